# SystemExit is an exception: finally blocks run, handlers can catch it.
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("caught SystemExit, code =", e.code, "args =", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit code:", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("string exit code:", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args code:", e.code)
try:
    sys.exit(0)
except Exception:
    print("never: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException handler caught", type(e).__name__)
def cleanup():
    try:
        print("about to exit with 4")
        sys.exit(4)
    finally:
        print("finally runs during SystemExit")
cleanup()
print("never reached")
