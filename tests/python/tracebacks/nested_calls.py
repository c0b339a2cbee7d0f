# rpy: full-stderr
# A traceback through several nested function calls and a list comprehension.
def parse_number(text):
    return int(text)
def parse_row(row):
    return [parse_number(cell) for cell in row.split(",")]
def parse_table(rows):
    table = []
    for row in rows:
        table.append(parse_row(row))
    return table
def column_sums(table):
    return [sum(col) for col in zip(*table)]
table = parse_table(["1,2,3", "4,5,6"])
print(table, column_sums(table))
try:
    parse_table(["1,2", ""])
except ValueError as e:
    print("caught:", e)
print(parse_table(["10,20"]))
print(parse_table(["7,8", "9,x"]))
