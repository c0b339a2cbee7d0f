# sys.exit(str) prints the message to stderr and exits with status 1.
import sys
def check_config(cfg):
    missing = [k for k in ("host", "port") if k not in cfg]
    if missing:
        sys.exit("error: missing config keys: " + ", ".join(missing))
    return True
print(check_config({"host": "h", "port": 1}))
def describe(cfg):
    return ", ".join(f"{k}={v}" for k, v in sorted(cfg.items()))
configs = [{"host": "a", "port": 1}, {"port": 2, "host": "b", "debug": True}]
for cfg in configs:
    print(describe(cfg), check_config(cfg))
try:
    check_config({})
except SystemExit as e:
    print("caught SystemExit with message:", e.code)
    print("code type:", type(e.code).__name__)
try:
    sys.exit(["a", "list"])
except SystemExit as e:
    print("any object can be an exit code:", e.code)
print("checking incomplete config")
check_config({"host": "h"})
