# rpy: full-stderr
# AttributeError with a "Did you mean" suggestion in the traceback.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    def withdraw(self, amount):
        self.balance -= amount
        return self.balance
acct = Account("ann")
acct.deposit(10)
acct.withdraw(3)
print(acct.owner, acct.balance)
print(hasattr(acct, "deposit"), hasattr(acct, "deposti"))
try:
    acct.balanse
except AttributeError as e:
    print("caught:", e)
print(getattr(acct, "owner"), getattr(acct, "missing", "default"))
acct.deposti(5)
