"""Groups listen to the session companion: a meeting is held when its session closes."""

from ..signals import companion_session_closed
from .services import meeting_held


def on_companion_session_closed(sender, *, session, **kwargs):
    meeting_held(session=session)


def connect() -> None:
    companion_session_closed.connect(
        on_companion_session_closed, dispatch_uid="groups-meeting-held"
    )
