# Calendar arithmetic without the datetime module: leap years, weekdays, day differences.
MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else MONTH_DAYS[m - 1]
def validate(y, m, d):
    if not 1 <= m <= 12:
        raise ValueError(f"month must be in 1..12, not {m}")
    if not 1 <= d <= days_in_month(y, m):
        raise ValueError(f"day is out of range for month: {y:04d}-{m:02d}-{d:02d}")
def ordinal(y, m, d):
    validate(y, m, d)
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    days += sum(days_in_month(y, k) for k in range(1, m))
    return days + d
def from_ordinal(n):
    y = max(1, n // 366)
    while ordinal(y + 1, 1, 1) <= n:
        y += 1
    m = 1
    while n - ordinal(y, m, 1) + 1 > days_in_month(y, m):
        m += 1
    return y, m, n - ordinal(y, m, 1) + 1
def weekday(y, m, d):
    return WEEKDAYS[(ordinal(y, m, d) - 1) % 7]
def add_days(date, n):
    return from_ordinal(ordinal(*date) + n)
print([y for y in (1900, 2000, 2023, 2024, 2100, 2400) if is_leap(y)])
for date in [(1970, 1, 1), (2000, 2, 29), (2024, 7, 4), (1969, 7, 20), (1, 1, 1), (9999, 12, 31)]:
    print(date, weekday(*date), ordinal(*date))
print("days between:", ordinal(2024, 12, 25) - ordinal(2024, 1, 1))
print("add 1000 days:", add_days((2020, 2, 28), 1000), "minus 60:", add_days((2024, 3, 1), -60))
def calendar(y, m):
    lines = [f"{WEEKDAYS[0][:2]} {' '.join(w[:2] for w in WEEKDAYS[1:])}"]
    first = (ordinal(y, m, 1) - 1) % 7
    cells = ["  "] * first + [f"{d:2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(calendar(2024, 2))
fridays_13 = [(y, m) for y in range(2024, 2027) for m in range(1, 13) if weekday(y, m, 13) == "Friday"]
print(fridays_13)
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31)]:
    try:
        ordinal(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
