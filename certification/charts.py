"""A server-rendered SVG progress chart (CSP forbids inline styles, so no CSS widths)."""

BAR_WIDTH = 560
ROW_HEIGHT = 58
LABEL_HEIGHT = 22
GAP = 4


def progress_chart(view) -> dict:
    """One row per level (name above its bar); one segment per requirement, filled as far
    as it has come."""
    rows = []
    for index, item in enumerate(view.levels):
        statuses = item.statuses
        segment = BAR_WIDTH / max(len(statuses), 1)
        top = index * ROW_HEIGHT
        y = top + LABEL_HEIGHT
        rows.append(
            {
                "label": item.level.name,
                "y": y,
                "label_y": top + 16,
                "text_y": y + 19,
                "percent": item.percent,
                "certified": item.certificate is not None,
                "segments": [
                    {
                        "x": round(i * segment, 1),
                        "width": round(segment - GAP, 1),
                        "fill": round((segment - GAP) * status.percent / 100, 1),
                        "state": status.state,
                        "title": f"{status.requirement.display_title}: "
                        f"{status.get_state_display()}",
                    }
                    for i, status in enumerate(statuses)
                ],
            }
        )
    return {
        "width": BAR_WIDTH + 70,
        "height": len(rows) * ROW_HEIGHT,
        "percent_x": BAR_WIDTH + 10,
        "rows": rows,
    }
