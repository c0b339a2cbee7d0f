__all__ = ["public_func", "PublicClass", "_explicitly_exported"]
def public_func():
    return "public_func"
class PublicClass:
    pass
def not_in_all():
    return "not exported by *"
def _explicitly_exported():
    return "underscore but listed in __all__"
