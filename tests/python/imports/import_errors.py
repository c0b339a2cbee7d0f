# ImportError / ModuleNotFoundError messages (file paths are never printed).
import sys
def strip_path(msg):
    return msg.split(" (/")[0].split(" (" + "\\")[0]
attempts = [
    "import no_such_module_abc",
    "import pkgs.no_such_submodule",
    "from pkgs import no_such_name",
    "from pkgs.simple_module import no_such_function",
    "import pkgs.simple_module.not_a_package",
    "from . import sibling",
    "from .pkgs import simple_module",
]
for stmt in attempts:
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, "|", strip_path(str(e)), "|", e.name)
try:
    import pkgs.broken
except ZeroDivisionError as e:
    print("error during import propagates:", type(e).__name__, e)
print("pkgs.broken" in sys.modules)
try:
    from pkgs import broken
except ZeroDivisionError as e:
    print("and again on re-import:", e)
print(issubclass(ModuleNotFoundError, ImportError))
e = ImportError("custom", name="mod", path="/p")
print(e, e.name, e.path, e.msg)
import no_such_module_at_the_end
