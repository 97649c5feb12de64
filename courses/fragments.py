"""Rendered HTML of the learner-independent parts of course and lesson pages, cached.

Rendering the outline and the lesson blocks was most of a page's time, yet it only changes when
an editor publishes. So it is rendered once per published revision and language and kept in the
cache. What differs per learner (ticks, counts, the quiz and reflection forms) is never in a
cached fragment: the outline leaves named slots that `Fragment.fill` fills from the learner's own
rows on each request, and learner blocks are rendered per request.

Keys hold the revision (lesson `live_revision_id`, course `outline_version` and publish time),
so a publish is seen at once. Method snippets shown in lessons are not part of a lesson's
revision; saving one stores a new method generation (practice.selectors.methods_changed), which
is part of every lesson body's key.

As the value under such a versioned key never changes, each worker also keeps what it read in
memory (`intervisor.caching.LocalCopies`): a page whose outline and body it served before
needs neither the round trip nor the unpickling.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from django.core.cache import cache
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from intervisor.caching import local_copies
from practice.selectors import METHODS_GENERATION_KEY, methods_generation

from .blocks import STATIC_BLOCK_TYPES

FRAGMENT_TIMEOUT = 24 * 3600
MEMO_TIMEOUT = 3600

# Keys that name the version of what they hold: outlines with their HTML, lesson bodies, and
# the learner blocks rendered from their inputs (_memo_key).
VERSIONED_PREFIXES = ("courses:outline:", "courses:lesson-body:", "courses:memo:")
_copies = local_copies(max_entries=256)


def _versioned(key: str) -> bool:
    return key.startswith(VERSIONED_PREFIXES)


@dataclass(frozen=True)
class Fragment:
    """Static HTML with named holes: `parts` alternates HTML and slot names."""

    parts: tuple[str, ...]

    @classmethod
    def parse(cls, html: str, marker: str) -> Fragment:
        return cls(tuple(re.split(re.escape(marker) + r"([\w:.-]+)@@", html)))

    def fill(self, values: Mapping[str, str]) -> SafeString:
        """Join the HTML with each slot's value; values must already be escaped HTML."""
        out = list(self.parts)
        for i in range(1, len(out), 2):
            out[i] = values.get(out[i], "")
        return mark_safe("".join(out))  # noqa: S308 - rendered by our templates, escaped there


def _slot_marker() -> str:
    # Random per render, so no text an editor writes can ever be taken for a slot.
    return f"@@slot{secrets.token_hex(6)}:"


# --- one cache round trip per page ---------------------------------------------------------


def prefetch(request, keys: list[str]) -> None:
    """Read every key a page will need in one round trip; `cached_get` answers from it.
    Keys already read for this request (`remember`) are not read again, nor versioned keys
    this worker holds a copy of."""
    if request is None:
        return
    read, found = getattr(request, "_courses_cache", (frozenset(), {}))
    missing = [key for key in keys if key not in read]
    if missing:
        found = {**found, **get_many(missing)}
    request._courses_cache = (read | set(missing), found)


def get_many(keys: list[str]) -> dict:
    """`cache.get_many`, answering versioned keys from this worker's copies where it can."""
    found, remote = {}, []
    for key in keys:
        copy = _copies.get(key) if _versioned(key) else None
        if copy is None:
            remote.append(key)
        else:
            found[key] = copy
    if remote:
        new = cache.get_many(remote)
        for key, value in new.items():
            if _versioned(key):
                _copies.put(key, value)
        found.update(new)
    return found


def remember(request, keys: list[str], found: dict) -> None:
    """What a view already read for `keys` (with the user, say): `cached_get` and `prefetch`
    answer from it. A key in `keys` that is not in `found` is a known miss."""
    request._courses_cache = (frozenset(keys), dict(found))


def cached_get(request, key: str):
    keys, found = getattr(request, "_courses_cache", ((), {}))
    if key in keys:
        return found.get(key)
    return get_many([key]).get(key)


def keep(key: str, value, timeout: int) -> None:
    """Store an entry; a versioned one also in this worker's copies."""
    cache.set(key, value, timeout)
    if _versioned(key):
        _copies.put(key, value)


# --- outline -----------------------------------------------------------------------------


def outline_html_key(
    outline_key: str, *, current: int | None, show_summaries: bool, locked: bool
) -> str:
    return f"{outline_key}:html:{current or 0}:{int(show_summaries)}:{int(locked)}"


def outline_fragment(
    *,
    outline_key: str,
    outline,
    current: int | None,
    show_summaries: bool,
    locked: bool,
    request=None,
) -> Fragment:
    key = outline_html_key(
        outline_key, current=current, show_summaries=show_summaries, locked=locked
    )
    fragment = cached_get(request, key)
    if fragment is None:
        marker = _slot_marker()
        html = render_to_string(
            "courses/fragment_outline.html",
            {
                "outline": outline,
                "current": current,
                "show_summaries": show_summaries,
                "locked": locked,
                "slot": marker,
            },
        )
        fragment = Fragment.parse(html, marker)
        keep(key, fragment, FRAGMENT_TIMEOUT)
    return fragment


def outline_slots(*, progress: dict, completed, enrolled: bool) -> dict[str, str]:
    """The learner's ticks and counts for `fragment_outline.html`."""
    done_note = format_html('<span class="visually-hidden">{}</span>', _("(done)"))
    values = {}
    for item in progress["modules"]:
        if enrolled:
            values[f"count:{item.module.id}"] = format_html(
                '<span class="muted outline-count">{}/{}</span>', item.done, item.total
            )
        for lesson in item.module.lessons:
            done = lesson.id in completed
            values[f"done:{lesson.id}"] = " is-done" if done else ""
            values[f"tick:{lesson.id}"] = "✓" if done else escape(lesson.number)
            values[f"note:{lesson.id}"] = done_note if done else ""
    return values


# --- learner pages rendered from their inputs ----------------------------------------------


def _memo_key(name: str, user_id: int, inputs) -> str:
    """The user, the language and a digest of `repr(inputs)`, which must name everything the
    fragment shows. The user id keeps one learner's fragment from ever reaching another."""
    digest = hashlib.sha256(repr(inputs).encode()).hexdigest()[:32]
    return f"courses:memo:{name}:{user_id}:{get_language()}:{digest}"


# --- lesson body -------------------------------------------------------------------------


@dataclass(frozen=True)
class BodyItem:
    id: str
    type: str
    html: str | None  # None: rendered per request, it shows the learner's own state


def lesson_body_key(lesson, *, request=None) -> str:
    """The body's key: its revision, the language and the method generation (a lesson may show
    a method's steps), the latter as read for this request."""
    generation = cached_get(request, METHODS_GENERATION_KEY) or methods_generation()
    return (
        f"courses:lesson-body:{lesson.pk}:{lesson.live_revision_id}:{get_language()}:{generation}"
    )


def lesson_body_items(*, lesson, request=None) -> list[BodyItem]:
    """The lesson's blocks in order, static ones as HTML rendered once per revision.

    Previews are rendered afresh: their body is a draft, not the live revision of the key.
    """
    if getattr(request, "is_preview", False):
        return _body_render(lesson)
    key = lesson_body_key(lesson, request=request)
    items = cached_get(request, key)
    if items is None:
        items = _body_render(lesson)
        keep(key, items, FRAGMENT_TIMEOUT)
    return items


def _body_render(lesson) -> list[BodyItem]:
    items = []
    for index, raw in enumerate(lesson.body.raw_data):
        html = None
        if raw["type"] in STATIC_BLOCK_TYPES:
            html = lesson.body[index].render({"block_id": raw.get("id")})
        items.append(BodyItem(id=raw.get("id") or "", type=raw["type"], html=html))
    return items


# Learner blocks whose template shows only the block value, the learner's result or answer,
# the enrolment and lesson ids, and a CSRF token (filled per request).
MEMO_BLOCK_TYPES = frozenset({"quiz", "reflection"})


def _row(obj) -> tuple | None:
    if obj is None:
        return None
    return tuple((f.attname, getattr(obj, f.attname)) for f in obj._meta.concrete_fields)


def learner_blocks_html(*, request, lesson, enrollment, blocks: list[tuple]) -> list[SafeString]:
    """Quiz and reflection blocks with the learner's own state, each rendered once per state.

    `blocks`: (bound block, result, answer). The key holds the lesson revision, the enrolment
    and every field of the result and answer rows; the form's CSRF token is a slot.
    """
    keys = [
        _memo_key(
            "block",
            enrollment.user_id,
            (lesson.pk, lesson.live_revision_id, child.id, enrollment.pk, _row(res), _row(ans)),
        )
        for child, res, ans in blocks
    ]
    found = get_many(keys) if keys else {}
    token = {"csrf": get_token(request)}
    out = []
    for key, (child, result, answer) in zip(keys, blocks, strict=True):
        fragment = found.get(key)
        if fragment is None:
            marker = _slot_marker()
            html = child.render(
                {
                    "page": lesson,
                    "enrollment": enrollment,
                    "block_id": child.id,
                    "result": result,
                    "answer": answer,
                    "csrf_token": f"{marker}csrf@@",
                }
            )
            fragment = Fragment.parse(html, marker)
            keep(key, fragment, MEMO_TIMEOUT)
        out.append(fragment.fill(token))
    return out
