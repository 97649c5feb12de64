"""The demo learner subscribes to her calendar, as a learner following a group would."""

from .services import feed_for


def run(ctx) -> None:
    feed_for(user=ctx.users["learner"])
