"""One rule for every CSV and XLSX export: a text cell that a spreadsheet would read as a
formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe, so a
learner named `=HYPERLINK(...)` is shown as text in a trainer's spreadsheet, never run."""

import csv

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeCsvWriter:
    """`csv.writer` whose rows pass through `safe_cell`."""

    def __init__(self, stream, **kwargs):
        self.writer = csv.writer(stream, **kwargs)

    def writerow(self, row):
        return self.writer.writerow([safe_cell(value) for value in row])


class SafeSpreadsheetExportMixin:
    """For Wagtail index views with `list_export` (CSV and XLSX)."""

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(super().preprocess_field_value(field, value, export_format))
