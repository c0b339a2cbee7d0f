# round() with floats: banker's rounding and representation error.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.49999999999999994, 4.5, 5.5]:
    print(x, round(x))
for x, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.135, 2), (3.14159, 3), (1234.5678, -2),
             (1234.5678, -1), (0.0, 3), (-0.0, 1), (1e300, 2), (1.5, 0), (2.5, 0), (-2.5, 0), (5e-324, 400)]:
    print(x, n, round(x, n))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(123.456, -1), round(123.456, -2), round(123.456, -3), round(-55.5, -1))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(1e-10, 5), round(-1e-10, 5), round(123456.789, -3))
print(round(float("inf"), 3), round(-float("inf"), -3))
def round_half_up(x, n=0):
    factor = 10 ** n
    return int(x * factor + (0.5 if x >= 0 else -0.5)) / factor
for v in [0.5, 1.5, 2.5, -2.5, 2.675]:
    print(v, round(v), round_half_up(v), round(v, 2), round_half_up(v, 2))
prices = [19.995, 4.445, 0.005, 100.125]
print([round(p, 2) for p in prices])
print([f"{p:.2f}" for p in prices])
print(sum(round(p, 2) for p in prices), round(sum(prices), 2))
