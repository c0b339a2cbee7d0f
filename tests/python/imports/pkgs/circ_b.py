print("circ_b: start")
from pkgs import circ_a
SEEN = (hasattr(circ_a, "VALUE_A"), hasattr(circ_a, "VALUE_A_LATE"))
print("circ_b: end")
