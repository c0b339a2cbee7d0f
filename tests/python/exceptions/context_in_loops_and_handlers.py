# Implicit __context__ chaining across nested handlers, loops and functions.
def fail(kind):
    raise kind(f"{kind.__name__} raised")
def chain_of(e):
    out = []
    while e is not None:
        out.append(type(e).__name__)
        e = e.__context__
    return out
errors = []
for kind in (ValueError, KeyError, IndexError):
    try:
        fail(kind)
    except Exception as e:
        errors.append(e)
print([chain_of(e) for e in errors])
try:
    try:
        fail(ValueError)
    except ValueError:
        try:
            fail(KeyError)
        except KeyError:
            fail(TypeError)
except TypeError as e:
    print(chain_of(e))
try:
    try:
        fail(ValueError)
    except ValueError as first:
        raise first
except ValueError as e:
    print("re-raising the same exception does not chain to itself:", chain_of(e))
def handler_calls_failing_function():
    try:
        fail(OSError)
    except OSError:
        helper()
def helper():
    fail(RuntimeError)
try:
    handler_calls_failing_function()
except RuntimeError as e:
    print("context crosses function calls:", chain_of(e))
try:
    try:
        fail(ValueError)
    except ValueError as a:
        try:
            fail(KeyError)
        except KeyError as b:
            a.__context__ = b
            raise a
except ValueError as e:
    print("cycle avoided:", chain_of(e))
try:
    try:
        fail(ValueError)
    finally:
        pass
except ValueError as e:
    print("finally without new exception keeps context None:", e.__context__)
