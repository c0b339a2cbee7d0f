# rpy: full-stderr
# NameError with a "Did you mean" suggestion for a misspelled local variable.
def total_price(items):
    running_total = 0
    for price in items:
        running_total += price
    return running_total
def total_price_buggy(items):
    running_total = 0
    for price in items:
        running_total += price
    return runing_total
print("computing")
print(total_price([1, 2, 3]))
try:
    print(undefined_global)
except NameError as e:
    print("caught:", e)
inventory = {"apple": 3}
print(len(inventory), sorted(inventory))
print(total_price_buggy([1, 2, 3]))
