# property errors name the property by the name __set_name__ gave it (copies keep it)
class C:
    @property
    def getter(self): return 1
    prop = getter
c = C()
try: c.prop = 2
except AttributeError as e: print(e)
class D:
    x = property(None, lambda s, v: None)
try: D().x
except AttributeError as e: print(e)
p = property(lambda s: 1)
class E: pass
E.y = p
try: E().y = 3
except AttributeError as e: print(e)
class F:
    @property
    def a(self): return 1
    @a.setter
    def a(self, v): pass
    b = a.deleter(None)
try: del F().a
except AttributeError as e: print(e)
try: del F().b
except AttributeError as e: print(e)
