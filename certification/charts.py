"""A server-rendered SVG progress chart (CSP forbids inline styles, so no CSS widths)."""

LABEL_WIDTH = 210
BAR_WIDTH = 400
ROW_HEIGHT = 46
GAP = 3


def progress_chart(view) -> dict:
    """One row per level; one segment per requirement, filled as far as it has come."""
    rows = []
    for index, item in enumerate(view.levels):
        statuses = item.statuses
        segment = BAR_WIDTH / max(len(statuses), 1)
        y = index * ROW_HEIGHT + 8
        rows.append(
            {
                "label": item.level.name,
                "y": y,
                "text_y": y + 19,
                "percent": item.progress.percent,
                "certified": item.certificate is not None,
                "segments": [
                    {
                        "x": round(LABEL_WIDTH + i * segment, 1),
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
        "width": LABEL_WIDTH + BAR_WIDTH + 70,
        "height": len(rows) * ROW_HEIGHT + 8,
        "percent_x": LABEL_WIDTH + BAR_WIDTH + 10,
        "rows": rows,
    }
