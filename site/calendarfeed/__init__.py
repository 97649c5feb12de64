"""A personal calendar subscription: one secret URL per person with all their dates as .ics.

Feature apps add their dates in AppConfig.ready() with
`register(key, events)`, where `events(user)` returns `icalendar.Event`s with stable UIDs
(workshop days, group meetings, certificate expiry dates); this package never imports them.
The URL holds a random token (`/agenda/<token>.ics`, no login: calendar apps cannot log in);
resetting it on the account page makes the old URL answer 404.
"""

from collections.abc import Callable

_sources: dict[str, Callable] = {}


def register(key: str, events: Callable) -> None:
    _sources[key] = events


def sources() -> dict[str, Callable]:
    return dict(_sources)
