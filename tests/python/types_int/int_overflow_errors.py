# Operations that overflow or exceed limits on ints.
import sys
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print(type(e).__name__, e)
try:
    [0] * (sys.maxsize + 1)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    range(10 ** 20)[0:1]
    print(len(range(10 ** 20)))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(10 ** 20)[-1], 10 ** 20 - 1 in range(10 ** 20))
try:
    "x" * (10 ** 20)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    chr(10 ** 20)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(10 ** 20, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, (10 ** 400) % 7)
try:
    1 << (10 ** 20)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.get_int_max_str_digits())
