# f(**mapping) with non-str keys: 'keywords must be strings' wherever CPython's call unpacking checks
for f in ['min([1], **{1:2})', 'max(**{1:2})', 'print(1, **{1:2})', '"{}".format(1, **{1:2})', 'dict(**{1:2})', 'int(**{1:2})', '[].sort(**{1:2})', 'type("A",(),{})(**{1:2})', 'object(**{1:2})', 'range(**{1:2})', 'sorted([], **{1:2})', '(lambda **k: k)(**{1:2})']:
    try: print(f, eval(f))
    except Exception as e: print(f, '->', type(e).__name__, e)
print('min', end=' ')
try: min([1], **{1: 2})
except TypeError as e: print(e)
