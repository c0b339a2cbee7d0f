# return/break/continue in finally override pending exceptions and returns.
def return_overrides_exception():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(return_overrides_exception())
def return_overrides_return():
    try:
        return "try value"
    finally:
        return "finally value"
print(return_overrides_return())
def finally_sees_value():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x, "after return expression evaluated")
print(finally_sees_value())
def mutable_return():
    items = []
    try:
        return items
    finally:
        items.append("appended in finally")
print(mutable_return())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "exception discarded by break, i=%d" % i
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def count_finally():
    log = []
    def inner():
        try:
            try:
                return "inner"
            finally:
                log.append("first finally")
        finally:
            log.append("second finally")
    r = inner()
    return r, log
print(count_finally())
def generator_return_in_finally():
    try:
        yield 1
    finally:
        return
print(list(generator_return_in_finally()))
