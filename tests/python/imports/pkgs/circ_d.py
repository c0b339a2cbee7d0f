from pkgs.circ_c import C_VALUE
D_VALUE = "d"
