import sys as _sys
import math
visible = "visible"
_hidden = "hidden"
def helper():
    return "helper"
