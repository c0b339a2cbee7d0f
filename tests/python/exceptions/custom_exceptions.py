# User-defined exception hierarchies and catching by base class.
class AppError(Exception):
    """Base for application errors."""
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
class NotFoundError(AppError):
    pass
class DatabaseError(AppError):
    def __init__(self, query):
        self.query = query
    def __str__(self):
        return f"query failed: {self.query}"
def operation(kind):
    if kind == "validate":
        raise ValidationError("email", "missing @")
    if kind == "find":
        raise NotFoundError("user 7")
    if kind == "db":
        raise DatabaseError("SELECT 1")
    if kind == "builtin":
        raise ValueError("plain value error")
    return "success"
for kind in ["ok", "validate", "find", "db", "builtin"]:
    try:
        print(operation(kind))
    except ValidationError as e:
        print("validation on field", e.field, "-", e)
    except AppError as e:
        print("app error", type(e).__name__, "-", e)
    except Exception as e:
        print("other", type(e).__name__, "-", e)
print(AppError.__doc__, [c.__name__ for c in AppError.__subclasses__()])
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), WithDefault("given"))
try:
    raise WithDefault
except WithDefault as e:
    print("raised class, got instance:", repr(e))
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise "string"
except TypeError as e:
    print(type(e).__name__, e)
class BadInit(Exception):
    def __init__(self):
        raise RuntimeError("init failed")
try:
    raise BadInit
except RuntimeError as e:
    print(type(e).__name__, e)
