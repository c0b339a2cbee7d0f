# rpy: full-stderr
# raise ... from None hides the context in the traceback.
TRUE_WORDS = {"yes", "true", "on", "1"}
FALSE_WORDS = {"no", "false", "off", "0"}
def to_bool(text):
    table = {**{w: True for w in TRUE_WORDS}, **{w: False for w in FALSE_WORDS}}
    try:
        return table[text.lower()]
    except KeyError:
        raise ValueError(f"not a boolean: {text!r}") from None
print(to_bool("yes"), to_bool("OFF"), to_bool("1"))
try:
    to_bool("perhaps")
except ValueError as e:
    print("caught:", e, "| context kept:", repr(e.__context__), "| suppressed:", e.__suppress_context__)
flags = {"debug": "on", "verbose": "no"}
print({k: to_bool(v) for k, v in flags.items()})
enabled = [k for k, v in flags.items() if to_bool(v)]
print("enabled:", enabled)
print("parsing an invalid flag")
to_bool("maybe")
