# rpy: full-stderr
# A failing assert on a comparison: the traceback underlines the comparison.
def check(x):
    assert x > 1, f"bad {x}"

check(5)
check(0)
