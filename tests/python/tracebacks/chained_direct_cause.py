# rpy: full-stderr
# Explicit chaining with raise ... from: "The above exception was the direct cause".
class ConfigError(Exception):
    pass
def read_port(settings):
    try:
        port = int(settings["port"])
    except ValueError as exc:
        raise ConfigError("port must be an integer") from exc
    except KeyError as exc:
        raise ConfigError("port is required") from exc
    if not 0 < port < 65536:
        raise ConfigError(f"port out of range: {port}")
    return port
print(read_port({"port": "80"}))
for bad in [{}, {"port": "99999"}]:
    try:
        read_port(bad)
    except ConfigError as e:
        print("caught:", e, "| cause:", repr(e.__cause__))
print(read_port({"port": "eighty"}))
