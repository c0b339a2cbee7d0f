# A tiny text adventure driven by a scripted list of commands parsed with match.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar with a locked chest", "exits": {"up": "kitchen"}, "items": ["chest"]},
}
class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.won = False
    def run(self, line):
        self.moves += 1
        words = line.lower().split()
        match words:
            case ["look"] | ["l"]:
                r = ROOMS[self.room]
                items = ", ".join(r["items"]) or "nothing"
                return f"You are in {r['desc']}. Exits: {', '.join(sorted(r['exits']))}. You see: {items}."
            case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
                exits = ROOMS[self.room]["exits"]
                if direction not in exits:
                    return f"You can't go {direction}."
                if exits[direction] == "cellar" and "lamp" not in self.inventory:
                    return "It is too dark to go down without a lamp."
                self.room = exits[direction]
                return f"You go {direction} to the {self.room}."
            case ["take" | "get", item]:
                items = ROOMS[self.room]["items"]
                if item == "chest":
                    return "The chest is too heavy."
                if item not in items:
                    return f"There is no {item} here."
                items.remove(item)
                self.inventory.append(item)
                return f"Taken: {item}."
            case ["drop", item] if item in self.inventory:
                self.inventory.remove(item)
                ROOMS[self.room]["items"].append(item)
                return f"Dropped {item}."
            case ["drop", item]:
                return f"You don't have a {item}."
            case ["inventory" | "i"]:
                return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
            case ["open", "chest"] if self.room == "cellar":
                if "key" not in self.inventory:
                    return "The chest is locked."
                self.won = True
                return "The chest opens: you found the treasure!"
            case ["open", thing]:
                return f"You can't open the {thing}."
            case []:
                return "Say something."
            case [verb, *rest]:
                return f"I don't know how to {verb!r}" + (f" {' '.join(rest)}." if rest else ".")
script = ["look", "down", "take lamp", "i", "east", "down", "open chest", "take chest", "up", "west",
          "north", "get key", "take sword", "drop book", "drop lamp", "take lamp", "", "dance wildly",
          "look", "go south", "go west", "east", "down", "open door", "open chest", "look"]
game = Game()
for cmd in script:
    print(f"> {cmd}")
    print(game.run(cmd))
    if game.won:
        break
print(f"won={game.won} in {game.moves} moves, inventory={sorted(game.inventory)}")
