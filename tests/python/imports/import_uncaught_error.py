# An exception class from an imported module escaping: its module path is shown.
from pkgs.errors_mod import validate, ValidationError
print(validate(5))
try:
    validate("x")
except ValidationError as e:
    print("caught:", e, type(e).__module__, type(e).__qualname__)
import pkgs.errors_mod as errors_mod
print(errors_mod.ValidationError is ValidationError, errors_mod.ValidationError.__doc__)
print(issubclass(ValidationError, Exception), ValidationError.__module__)
results = []
for value in [1, "two", 3, None]:
    try:
        results.append(validate(value))
    except ValidationError as e:
        results.append(f"error: {e}")
print(results)
e = ValidationError("manual")
print(repr(e), str(e), type(e).__name__)
try:
    raise ValidationError("raised directly")
except Exception as err:
    print("caught as Exception:", err)
print("now uncaught")
validate(2.5)
