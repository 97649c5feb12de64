"""reply_added: reply (Reply), recipients (list of (User, link path)); sent after commit."""

from django.dispatch import Signal

reply_added = Signal()
