# rpy: full-stderr
# Exception notes are printed after the exception line.
def parse_setting(line, lineno):
    try:
        key, value = line.split("=")
    except ValueError as e:
        e.add_note(f"line {lineno}: {line!r}")
        raise
    return key.strip(), value.strip()
def load(lines):
    settings = {}
    for n, line in enumerate(lines, 1):
        key, value = parse_setting(line, n)
        settings[key] = value
    return settings
print(load(["a = 1", "b = 2"]))
try:
    load(["ok = 1", "broken line"])
except ValueError as e:
    print("caught:", e, e.__notes__)
def load_file(name, lines):
    try:
        return load(lines)
    except ValueError as e:
        e.add_note(f"while loading settings from {name}")
        e.add_note("hint: every line needs exactly one '='")
        raise
print("loading")
load_file("settings.ini", ["x = 1", "y = 2 = 3"])
