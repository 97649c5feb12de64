"""The trainer's home (/trainer/): her cohorts and the work waiting for her, in one place.

Feature apps fill it, so this package never imports them (as with `intervisor.navigation`).
API, called in AppConfig.ready():

- `register(key, label, items, *, order, empty="", more_url_name=None)`: a section of the home.
  `items(user)` returns a list of `Item` (title, url, detail, progress 0-100 or None) for one
  trainer, in a fixed number of queries whatever the number of rows, capped at `ITEMS_MAX`
  (the count shown is that of the list). `more_url_name` links to the app's full list.
  Intervisie groups register a section "Groups you facilitate" the same way.
- `user_trains(user)`: whether someone is a trainer of any provider (cached; the menu asks).
"""

from .registry import Item, register

__all__ = ["Item", "register"]
