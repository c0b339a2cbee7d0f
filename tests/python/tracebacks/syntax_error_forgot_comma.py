# rpy: full-stderr
# A forgotten comma in a call: CPython underlines both expressions.
print("start")
values = dict(a=1 b=2)
