class BookingError(Exception):
    """A request the rules refuse; its message is meant for the person who made it."""
