# Execution order of try/except/else/finally in every path.
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("v")
        if action == "return":
            return log + ["returned from try"]
        if action == "other":
            raise KeyError("k")
    except ValueError:
        log.append("except ValueError")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for action in ["ok", "raise", "return"]:
    print(action, run(action))
try:
    run("other")
except KeyError as e:
    print("other propagated", repr(e))
def nested():
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            print("wrong handler")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        raise RuntimeError("second")
    finally:
        print("finally while RuntimeError propagates")
try:
    handler_raises()
except RuntimeError as e:
    print("got", e, "context:", repr(e.__context__))
def else_raises():
    try:
        pass
    except Exception:
        print("not reached")
    else:
        raise IndexError("from else")
try:
    else_raises()
except IndexError as e:
    print("else exception not caught by same try:", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
def multiple_handlers(exc):
    try:
        raise exc
    except (TypeError, ValueError) as e:
        return "first handler " + type(e).__name__
    except LookupError as e:
        return "second handler " + type(e).__name__
    except Exception:
        return "generic"
for exc in [TypeError(), ValueError(), KeyError(), IndexError(), ZeroDivisionError()]:
    print(multiple_handlers(exc))
try:
    raise ValueError
except:
    print("bare except catches everything")
