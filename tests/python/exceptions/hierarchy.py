# The builtin exception hierarchy.
def chain(cls):
    return " -> ".join(k.__name__ for k in cls.__mro__)
for cls in [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
            FloatingPointError, LookupError, IndexError, KeyError, ValueError, UnicodeError,
            UnicodeDecodeError, UnicodeEncodeError, TypeError, NameError, UnboundLocalError,
            AttributeError, ImportError, ModuleNotFoundError, OSError, FileNotFoundError,
            RuntimeError, RecursionError, NotImplementedError, StopIteration,
            StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit, AssertionError,
            SyntaxError, IndentationError, TabError, EOFError, MemoryError, BufferError,
            Warning, UserWarning, DeprecationWarning, RuntimeWarning, ExceptionGroup,
            BaseExceptionGroup, ConnectionError, TimeoutError, PermissionError]:
    print(chain(cls))
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(KeyError, LookupError), issubclass(SystemExit, Exception))
print(issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, BaseException))
try:
    {}["x"]
except LookupError as e:
    print("caught KeyError as LookupError:", type(e).__name__)
try:
    [][0]
except (KeyError, IndexError) as e:
    print("tuple of types:", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("ZeroDivisionError is ArithmeticError:", e)
try:
    int("x")
except Exception as e:
    print("generic Exception catches", type(e).__name__)
print(isinstance(ValueError(), Exception), isinstance(SystemExit(), Exception))
