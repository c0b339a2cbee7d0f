# Parsing structured text with only str methods.
CONFIG = """
# comment line
name = demo app
version=1.2.3
  debug = true
ports = 80, 443 ,8080
empty =
[section]
key = value = with equals
"""
settings = {}
section = "root"
for raw in CONFIG.splitlines():
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    if line.startswith("[") and line.endswith("]"):
        section = line[1:-1]
        continue
    key, sep, value = line.partition("=")
    settings[(section, key.strip())] = value.strip()
for k, v in settings.items():
    print(k, repr(v))
ports = [int(p) for p in settings[("root", "ports")].split(",")]
print(ports, sum(ports))
major, minor, patch = map(int, settings[("root", "version")].split("."))
print(major, minor, patch, (major, minor) >= (1, 2))
csv = "id,name,score\n1,Ann,93.5\n2,Bob,71\n3,\"Cy\",88.25"
header, *rows = csv.split("\n")
cols = header.split(",")
records = [dict(zip(cols, r.split(","))) for r in rows]
for r in records:
    r["name"] = r["name"].strip('"')
    r["score"] = float(r["score"])
print(records)
print(max(records, key=lambda r: r["score"])["name"])
url = "https://example.com:8080/path/to/page?x=1&y=two&flag#frag"
scheme, _, rest = url.partition("://")
rest, _, fragment = rest.partition("#")
rest, _, query = rest.partition("?")
hostport, _, path = rest.partition("/")
host, _, port = hostport.partition(":")
params = dict(p.partition("=")[::2] for p in query.split("&"))
print(scheme, host, int(port), "/" + path, params, fragment)
