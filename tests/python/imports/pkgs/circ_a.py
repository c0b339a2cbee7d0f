print("circ_a: start")
VALUE_A = "defined before importing circ_b"
from pkgs import circ_b
VALUE_A_LATE = "defined after importing circ_b"
print("circ_a: end, circ_b.SEEN =", circ_b.SEEN)
