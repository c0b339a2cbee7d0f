# A bank account system with transaction history, custom exceptions and transfers.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance:.2f}, cannot withdraw {amount:.2f}")
        self.shortfall = amount - account.balance
class AccountFrozen(BankError):
    pass
class Account:
    _next_number = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        Account._next_number += 1
        self.number = Account._next_number
    def _check(self, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        if amount <= 0:
            raise ValueError("amount must be positive")
    def deposit(self, amount):
        self._check(amount)
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance
    def withdraw(self, amount):
        self._check(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance
    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, {self.balance:.2f})"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a.deposit(amount)
            raise
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open(Account, "alice", 100.0)
bob = bank.open(SavingsAccount, "bob", 250.0, rate=0.05)
print(alice, bob)
alice.deposit(50)
bank.transfer(bob.number, alice.number, 75.5)
print(alice, bob, f"total={bank.total():.2f}")
print("interest:", bob.add_interest(), bob)
for action in [lambda: alice.withdraw(1000), lambda: alice.deposit(-5), lambda: bank.transfer(alice.number, 9999, 1)]:
    try:
        action()
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, f"(short by {e.shortfall:.2f})")
    except BankError as e:
        print(type(e).__name__ + ":", e)
    except (ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
bob.frozen = True
try:
    bank.transfer(alice.number, bob.number, 10)
except AccountFrozen as e:
    print("transfer rolled back:", e, alice)
print(alice.history)
print(bob.history)
print("final withdrawal attempt")
alice.withdraw(500)
