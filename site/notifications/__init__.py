"""Notifications: an in-app inbox for every event, and an e-mail where the recipient wants one.

API for other apps (import from here; nothing else is public):

- `kinds.register(key, label, *, description="", email_default=True)` at AppConfig.ready():
  declares a kind of notification. Its label is shown on the profile's preference list.
  The built-in kinds are registered in `kinds.py`; a later app (intervisie groups) registers its
  own, e.g. `kinds.register("meeting_planned", _("Meeting planned"))`.
- `services.notify(recipient=..., kind=..., title=..., body="", link="", key="", email=True,
  actor=None)`
  stores one Notification for the recipient and, when the recipient wants e-mail for that
  kind (and `email` is True), queues its e-mail once the transaction commits.
  - `title` and `body` may be lazy translations (`gettext_lazy`, `format_lazy`): they are
    rendered in the recipient's own language.
  - `link` is a path on this site (`reverse(...)` or a callable returning one, called in the
    recipient's language, so the link keeps their language prefix); e-mails make it absolute
    with `WAGTAILADMIN_BASE_URL`.
  - `key` makes a notification idempotent: a second `notify` with the same recipient, kind and
    key returns the first one and sends nothing (use it for signals that may arrive twice).
  - `actor` is the person who caused it, whose name the title may carry: when that person
    deletes their account, the notification goes too.
  - Pass `email=False` when the app already e-mails that person itself (a booking's own
    confirmation, a certificate with its PDF): the inbox still gets it.
- `selectors.unread_count(user)`, `selectors.inbox(user)` for pages.

E-mail is sent by `tasks.send_notification_email(notification_id)`: it locks the row, sends only
if `emailed_at` is empty, and records it, so a task delivered twice sends one e-mail; the beat
sweeper re-queues e-mails whose enqueue failed.

The app listens to the signals of certification, practice and workshops in `receivers.py`;
those apps never import it.
"""
