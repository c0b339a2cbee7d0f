print("broken: starting to import")
READY = True
result = 1 / 0
NEVER = True
