# String methods and formatting: split/join/replace/find, f-strings, % and str.format.
def main():
    line = "The quick brown fox jumps over the lazy dog"
    out = []
    n = 0
    for i in range(60_000):
        words = line.split()
        w = words[i % len(words)]
        s = " ".join(words[::-1]).replace("o", "0").upper()
        n += s.find("D0G") + len(w)
        if i % 1000 == 0:
            out.append(f"{i:>6}|{w:<6}|{n:08d}")
            out.append("%s-%d-%.2f" % (w, i, i / 7))
            out.append("{}/{}".format(w.capitalize(), w.startswith("t")))
    print(n, len(out), out[-3:])

main()
