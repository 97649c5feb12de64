"""A fixed shuffle per learner and attempt, so the place of an answer tells nothing.

The order comes from a hash of the seed and each item's own id, not from a random generator:
it is the same on every reload and on every web process, needs nothing stored to be
reproduced, and changes as soon as the seed (the attempt) changes.
"""

import hashlib
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def shuffled(items: Iterable[T], *, seed: str, key: Callable[[T], str]) -> list[T]:
    def rank(item: T) -> bytes:
        return hashlib.sha256(f"{seed}\x1f{key(item)}".encode()).digest()

    return sorted(items, key=rank)
