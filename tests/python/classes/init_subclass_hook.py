# __init_subclass__ with and without keyword arguments.
class PluginBase:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        PluginBase.plugins.append(cls.plugin_name)
        print("registered", cls.plugin_name)
class Alpha(PluginBase):
    pass
class Beta(PluginBase, name="custom-beta"):
    pass
class Gamma(Alpha):
    pass
print(PluginBase.plugins)
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print(hasattr(PluginBase, "plugin_name"))
try:
    class Bad(PluginBase, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, "required"):
            raise TypeError(f"{cls.__name__} must define 'required'")
class Good(Strict):
    required = True
print("Good created")
try:
    class Missing(Strict):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class NoKw(kw=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Implicit:
    def __init_subclass__(cls, **kw):
        print("implicit classmethod, cls =", cls.__name__, kw)
class Child(Implicit, x=1):
    pass
print(type(Implicit.__dict__["__init_subclass__"]).__name__)
