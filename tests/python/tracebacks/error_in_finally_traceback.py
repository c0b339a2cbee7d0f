# rpy: full-stderr
# An exception raised inside finally while another is propagating.
class Connection:
    def __init__(self, name):
        self.name = name
        self.open = True
    def close(self):
        self.open = False
        print("closed", self.name)
def process(conn, fail):
    try:
        print("processing with", conn.name if conn else None)
        if fail:
            raise ValueError("processing failed")
        return "ok"
    finally:
        conn.close()
print(process(Connection("db1"), fail=False))
try:
    process(Connection("db2"), fail=True)
except ValueError as e:
    print("caught:", e)
process(None, fail=True)
