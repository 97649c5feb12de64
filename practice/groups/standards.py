"""The attendance rules a group's proof can be checked against, as rows.

Migration 0002 adds NOvA's rules once; `standards_ensure` puts them back where a database was
emptied without migrating again (the demo seed, tests that flush between runs). A provider's
own body is added as another row in the admin.
"""

from .models import AttendanceStandard

# NOvA's rules for recognised intervisie: groups of 3-10, meetings of 2-4 hours, at least
# 8 hours a year, led by a facilitator who followed a course.
NOVA = {
    "code": "nova",
    "name": "NOvA (advocatuur)",
    "min_group_size": 3,
    "max_group_size": 10,
    "min_meeting_minutes": 120,
    "max_meeting_minutes": 240,
    "min_hours_per_year": 8,
    "trained_facilitator": True,
}


def standards_ensure() -> list[AttendanceStandard]:
    """The known standards exist with their published values; others are left alone."""
    standard, _created = AttendanceStandard.objects.update_or_create(
        code=NOVA["code"], defaults={k: v for k, v in NOVA.items() if k != "code"}
    )
    return [standard]
