from django.db import migrations

# NOvA's rules for recognised intervisie: groups of 3-10, meetings of 2-4 hours, at least
# 8 hours a year, led by a facilitator who followed a course. Other bodies are added as rows.
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


def add_nova(apps, schema_editor):
    standard = apps.get_model("groups", "AttendanceStandard")
    standard.objects.update_or_create(code=NOVA["code"], defaults=NOVA)


def remove_nova(apps, schema_editor):
    apps.get_model("groups", "AttendanceStandard").objects.filter(code=NOVA["code"]).delete()


class Migration(migrations.Migration):
    dependencies = [("groups", "0001_groups_members_rules_meetings")]

    operations = [migrations.RunPython(add_nova, remove_nova)]
