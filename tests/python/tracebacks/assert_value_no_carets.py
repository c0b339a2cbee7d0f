# rpy: full-stderr
# A failing assert on a plain value: no carets (the raise is at the whole statement).
def check(items):
    assert items

check([1])
check([])
