"""One way to turn "done of total" into a percentage, so every page shows the same number."""


def percent_of(done: float, total: float) -> int:
    """Whole percent of `done` out of `total`, at most 100; 0 when there is nothing to do."""
    if not total:
        return 0
    return min(100, round(100 * done / total))
