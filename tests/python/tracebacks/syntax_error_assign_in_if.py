# rpy: full-stderr
# "=" in a condition: CPython suggests "==" or ":=" and underlines the comparison.
x = 3
if x = 3:
    print(x)
