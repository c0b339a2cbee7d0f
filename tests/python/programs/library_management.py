# A library system: class hierarchy, properties, class/static methods, exceptions, reports.
class LibraryError(Exception):
    pass
class NotAvailable(LibraryError):
    pass
class LimitReached(LibraryError):
    pass
class Item:
    _ids = 0
    loan_days = 14
    def __init__(self, title, year):
        Item._ids += 1
        self.id = f"{type(self).__name__[0]}{Item._ids:03d}"
        self.title, self.year = title, year
        self.borrower = None
    @property
    def available(self):
        return self.borrower is None
    def __repr__(self):
        return f"<{self.id} {self.title!r} ({self.year})>"
class Book(Item):
    def __init__(self, title, year, author):
        super().__init__(title, year)
        self.author = author
class DVD(Item):
    loan_days = 7
class Reference(Book):
    loan_days = 0
class Member:
    limit = 3
    def __init__(self, name):
        self.name = name
        self.loans = []
class PremiumMember(Member):
    limit = 5
class Library:
    def __init__(self):
        self.items = {}
        self.day = 0
        self.events = []
    def add(self, *items):
        for it in items:
            self.items[it.id] = it
    def checkout(self, member, item_id):
        item = self.items[item_id]
        if item.loan_days == 0:
            raise NotAvailable(f"{item.title!r} is reference only")
        if not item.available:
            raise NotAvailable(f"{item.title!r} is on loan to {item.borrower.name}")
        if len(member.loans) >= member.limit:
            raise LimitReached(f"{member.name} already has {len(member.loans)} items")
        item.borrower = member
        due = self.day + item.loan_days
        member.loans.append((item, due))
        self.events.append(f"day {self.day}: {member.name} borrowed {item.id}, due day {due}")
    def checkin(self, member, item_id):
        for i, (item, due) in enumerate(member.loans):
            if item.id == item_id:
                del member.loans[i]
                item.borrower = None
                fine = max(0, self.day - due) * 0.25
                self.events.append(f"day {self.day}: {member.name} returned {item.id}, fine {fine:.2f}")
                return fine
        raise LibraryError(f"{member.name} does not have {item_id}")
    def overdue(self, members):
        return sorted((m.name, it.id, self.day - due) for m in members for it, due in m.loans if due < self.day)
lib = Library()
lib.add(Book("Dune", 1965, "Herbert"), Book("Emma", 1815, "Austen"), DVD("Alien", 1979),
        Reference("Atlas", 2020, "Various"), DVD("Heat", 1995), Book("Ulysses", 1922, "Joyce"))
ann, bob = Member("ann"), PremiumMember("bob")
print(list(lib.items.values()))
actions = [(ann, "B001"), (ann, "D003"), (bob, "B001"), (bob, "R004"), (ann, "B002"), (ann, "D005"), (bob, "B006")]
for member, item_id in actions:
    try:
        lib.checkout(member, item_id)
    except LibraryError as e:
        print(f"{type(e).__name__}: {e}")
lib.day = 10
print("overdue on day 10:", lib.overdue([ann, bob]))
print("fine:", lib.checkin(ann, "D003"))
lib.day = 20
print("fine:", lib.checkin(ann, "B001"), "|", lib.overdue([ann, bob]))
try:
    lib.checkin(bob, "B001")
except LibraryError as e:
    print(type(e).__name__, e)
for line in lib.events:
    print(line)
print(sorted(it.title for it in lib.items.values() if it.available))
print(isinstance(lib.items["R004"], Book), Reference.__mro__[1].__name__, DVD.loan_days, Book.loan_days)
