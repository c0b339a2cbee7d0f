# round() on integers with negative ndigits, and int/float interaction.
print(round(5), round(15, -1), round(25, -1), round(35, -1), round(-25, -1))
print(round(1234567, -3), round(1500, -3), round(2500, -3), round(-1500, -3))
print(round(7, 2), round(7, 0), type(round(7, 2)).__name__, round(10 ** 20 + 5, -1))
print(round(123, -5), round(50, -2), round(150, -2), round(149, -2))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1e20), round(-0.4), round(-0.6), type(round(2.5)).__name__)
print(round(12.345, -1), round(15.0, -1), round(25.0, -1))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round(5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(round(5, None), round(5.5, None))
