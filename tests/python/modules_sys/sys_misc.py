# Miscellaneous sys functions and attributes ordinary programs touch.
import sys
print(sys.getdefaultencoding(), callable(sys.exit), callable(sys.getrecursionlimit))
print(isinstance(sys.warnoptions, list), sys.exc_info()[0] is None)
print(sys.stdout.encoding.lower().replace("-", "") == "utf8")
def flush_all():
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    return "flushed"
print(flush_all(), sys.stdout.isatty() in (True, False))
print(sys.stdout is sys.__stdout__, hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"))
old = sys.stdout
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
sys.stdout = cap
print("captured line")
print("second", 2)
sys.stdout = old
print("restored; captured:", cap.data)
print("".join(cap.data).splitlines())
