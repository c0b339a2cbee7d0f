# OSError(errno, ...) constructs the matching subclass; attributes errno/strerror/filename.
import sys
for code in [2, 13, 17, 20, 21, 32, 99999]:
    e = OSError(code, "message text")
    print(code, type(e).__name__, e.errno, e.strerror, str(e))
e = OSError(2, "No such file or directory", "data.txt", None, "other.txt")
print(type(e).__name__, e.filename, e.filename2, str(e))
print(FileNotFoundError("just text").errno, FileNotFoundError("just text").args)
print(issubclass(FileNotFoundError, OSError), issubclass(ConnectionRefusedError, ConnectionError))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError))
try:
    raise PermissionError(13, "Permission denied", "/root/secret")
except OSError as err:
    print("caught as OSError:", type(err).__name__, err.errno, err.filename)
print(OSError().args, OSError("one").args, OSError(1, 2, 3, 4, 5, 6).args)
print(repr(OSError(2, "x")), repr(FileExistsError("exists")))
def classify(err):
    match err:
        case FileNotFoundError():
            return "missing"
        case PermissionError():
            return "forbidden"
        case OSError(errno=code):
            return f"other errno {code}"
for code in [2, 13, 17]:
    print(code, classify(OSError(code, "x")))
print(str(OSError(2, "No such file", "a.txt")), str(OSError(2, "No such file", None)))
print(OSError(5, "I/O error").strerror, OSError("no errno").errno, OSError("no errno").strerror)
