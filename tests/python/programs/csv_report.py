# Parsing quoted CSV by hand, converting types, grouping and aggregating.
DATA = '''id,name,department,salary,start_date,remote
1,"Smith, Anna",Engineering,95000,2019-03-15,yes
2,Bob Jones,Marketing,62000,2021-07-01,no
3,"O'Neil, Cy",Engineering,105000,2015-11-30,yes
4,Dee,Sales,58000.50,2022-01-10,no
5,"Evans, ""Ed""",Engineering,87000,2020-06-01,no
6,Fay,Marketing,71000,2018-09-09,yes
'''
def parse_line(line):
    fields, cur, i, quoted = [], [], 0, False
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                cur.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    if quoted:
        raise ValueError(f"unterminated quote in line: {line!r}")
    fields.append("".join(cur))
    return fields
lines = DATA.strip().splitlines()
header = parse_line(lines[0])
converters = {"id": int, "salary": float, "remote": lambda s: s == "yes",
              "start_date": lambda s: tuple(int(p) for p in s.split("-"))}
records = []
for line in lines[1:]:
    values = parse_line(line)
    if len(values) != len(header):
        raise ValueError(f"wrong field count in {line!r}")
    rec = {k: converters.get(k, str)(v) for k, v in zip(header, values)}
    records.append(rec)
for r in records:
    print(r)
by_dept = {}
for r in records:
    by_dept.setdefault(r["department"], []).append(r)
print(f"{'department':<12}{'count':>6}{'avg salary':>13}{'remote':>8}")
for dept in sorted(by_dept):
    group = by_dept[dept]
    avg = sum(r["salary"] for r in group) / len(group)
    print(f"{dept:<12}{len(group):>6}{avg:>13,.2f}{sum(r['remote'] for r in group):>8}")
senior = min(records, key=lambda r: r["start_date"])
print("most senior:", senior["name"], "since", "-".join(f"{p:02d}" for p in senior["start_date"]))
print("names:", "; ".join(r["name"] for r in sorted(records, key=lambda r: r["name"].split(",")[0])))
for bad in ['1,"unterminated,x', 'a,b']:
    try:
        vals = parse_line(bad)
        if len(vals) != len(header):
            raise ValueError(f"wrong field count: expected {len(header)}, got {len(vals)}")
    except ValueError as e:
        print(type(e).__name__, e)
