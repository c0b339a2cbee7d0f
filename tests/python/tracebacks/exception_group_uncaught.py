# rpy: full-stderr
# An uncaught ExceptionGroup is rendered with nested boxes.
def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name is required"))
    if not isinstance(record.get("age"), int):
        errors.append(TypeError("age must be an int"))
    if errors:
        raise ExceptionGroup("invalid record", errors)
    return True
print(validate({"name": "ann", "age": 3}))
try:
    validate({"name": "", "age": 5})
except* ValueError as eg:
    print("caught value errors:", [str(e) for e in eg.exceptions])
try:
    validate({"name": "x", "age": "old"})
except ExceptionGroup as eg:
    print("caught group:", eg.message, len(eg.exceptions))
records = [{"name": "a", "age": 1}, {"name": "b", "age": 2}]
print(all(validate(r) for r in records))
validate({"name": "", "age": "three"})
