# A custom exception escaping the program: stderr's last line and exit code 1.
class InventoryError(Exception):
    pass
stock = {"apple": 3, "pear": 0}
def take(item, n):
    have = stock.get(item, 0)
    if have < n:
        raise InventoryError(f"cannot take {n} {item}(s): only {have} left")
    stock[item] = have - n
    return n
print(take("apple", 2))
print(stock)
try:
    take("pear", 1)
except InventoryError as e:
    print("handled:", e)
print(issubclass(InventoryError, Exception), InventoryError.__mro__[1].__name__)
print(take("apple", 0), stock)
print("now an unhandled one")
take("apple", 5)
print("never printed")
