# rpy: full-stderr
# An uncaught AssertionError with a message from a function.
def withdraw(balance, amount):
    assert amount > 0, "amount must be positive"
    assert amount <= balance, f"insufficient funds: {amount} > {balance}"
    return balance - amount
balance = 100
for amount in [10, 20, 30]:
    balance = withdraw(balance, amount)
    print("balance now", balance)
try:
    withdraw(balance, -5)
except AssertionError as e:
    print("caught:", e)
def check_sorted(items):
    for a, b in zip(items, items[1:]):
        assert a <= b, f"{a} > {b}"
    return True
print(check_sorted([1, 2, 3]))
print("final withdrawal")
print(withdraw(balance, 300))
