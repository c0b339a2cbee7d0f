# Bare raise re-raises the current exception; RuntimeError when none is active.
def handler():
    try:
        raise ValueError("first")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    handler()
except ValueError as e:
    print("outer got", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def reraise_after_nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise
try:
    reraise_after_nested()
except KeyError as e:
    print("bare raise re-raises the outer exception:", repr(e))
def reraise_instance():
    try:
        raise TypeError("keep me")
    except TypeError as e:
        raise e
try:
    reraise_instance()
except TypeError as e:
    print("raise e works too:", e)
def helper_reraise():
    raise
def calls_helper():
    try:
        raise OSError("from caller")
    except OSError:
        helper_reraise()
try:
    calls_helper()
except OSError as e:
    print("bare raise in called function sees active exception:", e)
def retry(n):
    attempts = 0
    while True:
        try:
            attempts += 1
            if attempts < n:
                raise ConnectionError(f"attempt {attempts} failed")
            return f"succeeded after {attempts} attempts"
        except ConnectionError as e:
            print("retrying:", e)
            if attempts >= 5:
                raise
print(retry(3))
try:
    retry(10)
except ConnectionError as e:
    print("gave up:", e)
