# rpy: full-stderr
# Uncaught KeyError in a chained subscript: the failing subscript is underlined.
config = {
    "server": {"host": "localhost", "port": 8080, "tls": False},
    "database": {"url": "sqlite://", "pool": 5},
}
print("host:", config["server"]["host"])
print("port:", config["server"]["port"])
print("pool:", config["database"]["pool"])
print("timeout:", config["server"].get("timeout", "not set"))
matrix = [[1, 2, 3], [4, 5, 6]]
print("matrix[1][2]:", matrix[1][2])
try:
    matrix[2][0]
except IndexError as e:
    print("caught IndexError:", e)
sections = list(config)
print("sections:", sections)
for name in sections:
    print(name, sorted(config[name]))
timeout = config["server"]["timeout"] * 2
print("never", timeout)
