# rpy: full-stderr
# sys.exit with an integer: no traceback, the exit status is the integer.
import sys
def validate(records):
    errors = 0
    for i, rec in enumerate(records):
        if not isinstance(rec.get("id"), int):
            print(f"record {i}: bad id {rec.get('id')!r}")
            errors += 1
        if not rec.get("name"):
            print(f"record {i}: missing name")
            errors += 1
    return errors
records = [{"id": 1, "name": "a"}, {"id": "2", "name": "b"}, {"id": 3, "name": ""}]
errors = validate(records)
print("errors found:", errors)
status = 0 if errors == 0 else 3
print("exiting with status", status)
sys.stdout.flush()
try:
    sys.exit(status)
finally:
    print("finally runs before the process exits")
