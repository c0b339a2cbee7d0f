# Circular imports see a partially initialised module.
import sys
import pkgs.circ_a
print("main: circ_a fully loaded:", pkgs.circ_a.VALUE_A_LATE)
print("main: circ_b.SEEN =", pkgs.circ_b.SEEN)
try:
    import pkgs.circ_c
except ImportError as e:
    message = str(e)
    print(type(e).__name__, message[:message.index(" (most likely")] if "(most likely" in message else message)
    print("circular hint present:", "most likely due to a circular import" in message)
    print("name attribute:", e.name)
print("pkgs.circ_c" in sys.modules, "pkgs.circ_d" in sys.modules)
print(sorted(k for k in sys.modules if k.startswith("pkgs.circ")))
import pkgs.circ_a as again
print(again is pkgs.circ_a, "module body did not run twice")
print(pkgs.circ_a.VALUE_A, "|", pkgs.circ_b.circ_a is pkgs.circ_a)
try:
    from pkgs.circ_c import C_VALUE
except ImportError as e:
    print("second attempt fails the same way:", type(e).__name__, e.name)
print("pkgs.circ_c" in sys.modules)
