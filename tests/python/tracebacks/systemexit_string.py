# rpy: full-stderr
# sys.exit with a string prints the string to stderr and exits with status 1.
import sys
REQUIRED = ["host", "port", "user"]
def load(text):
    config = {}
    for line in text.strip().splitlines():
        key, _, value = line.partition("=")
        config[key.strip()] = value.strip()
    return config
def check(config):
    missing = [k for k in REQUIRED if k not in config]
    return missing
good = load("host = example.org\nport = 8080\nuser = ann")
print("good config:", good, "missing:", check(good))
bad = load("host = example.org\nport = 8080")
missing = check(bad)
print("checking configuration")
if missing:
    sys.exit("fatal: configuration is missing: " + ", ".join(missing))
print("never printed")
