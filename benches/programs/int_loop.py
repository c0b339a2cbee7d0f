# Integer arithmetic in a tight loop.
def main():
    total = 0
    i = 0
    while i < 3_000_000:
        total += i * 3 % 7
        i += 1
    print(total)

main()
