"""Reply threads under something a learner shared with a trainer (a logbook entry, an intake).

The owning app decides who may read and write; this package stores the replies and announces
them. API:

- `services.reply_add(target=..., author=..., text=..., recipients=[(user, link), ...])`:
  stores a reply under any model instance and, after the commit, sends `signals.reply_added`
  (reply, recipients); notifications tells each recipient (not the author), linking to `link`.
- `selectors.replies_for(target)`: the thread, oldest first, with authors (one query).
- `templates/replies/thread.html`: the thread and a form posting `reply` to `action`.
- Models that own threads add `GenericRelation("replies.Reply")` so their replies go with them.
"""
