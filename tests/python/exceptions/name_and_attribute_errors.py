# NameError / UnboundLocalError / AttributeError messages and their attributes.
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e, "| name =", e.name)
def local_before_assignment():
    print(value)
    value = 1
try:
    local_before_assignment()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def free_var():
    def inner():
        return captured
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    captured = 1
free_var()
class Thing:
    existing = 1
try:
    Thing().missing
except AttributeError as e:
    print(type(e).__name__, e, "| name =", e.name, "| obj type =", type(e.obj).__name__)
try:
    Thing.missing
except AttributeError as e:
    print(type(e).__name__, e, "| name =", e.name)
import math
try:
    math.tau2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).bit_lenght()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].push(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len.attribute
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Thing.existing.real.imag.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Thing().existing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(__undefined_dunder__)
except NameError as e:
    print(type(e).__name__, e)
try:
    globals()["ok"] = 1
    print(ok)
    del globals()["ok"]
    print(ok)
except NameError as e:
    print(type(e).__name__, e)
