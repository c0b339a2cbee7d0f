# f(**mapping) with non-str keys: 'keywords must be strings' wherever CPython's call unpacking checks
    try: print(f, eval(f))
    except Exception as e: print(f, '->', type(e).__name__, e)
