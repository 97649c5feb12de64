# Short dates as Dutch writes them: "2 dec. 2026", "14 mei 2026". "N" is the abbreviated month
# whose Dutch spelling (with its full stop) comes from our translations of Django's month names.
SHORT_DATE_FORMAT = "j N Y"
SHORT_DATETIME_FORMAT = "j N Y H:i"
MONTH_DAY_FORMAT = "j N"
