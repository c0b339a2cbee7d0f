# How start/stop/step are clamped for negative steps and out-of-range bounds.
s = "0123456789"
cases = [(None, None, None), (2, None, None), (None, 3, None), (-3, None, None), (None, -3, None),
         (None, None, -1), (8, 2, -1), (2, 8, -1), (-1, -4, -1), (100, None, -2), (None, -100, -1),
         (-100, 100, 3), (5, 5, 1), (5, 4, -1), (0, 10, 4), (9, None, -4)]
for start, stop, step in cases:
    sl = slice(start, stop, step)
    print(f"[{start}:{stop}:{step}]".replace("None", ""), repr(s[sl]), sl.indices(len(s)), list(range(*sl.indices(len(s)))))
lst = list(s)
del lst[1:8:3]
print("".join(lst))
lst = list(s)
lst[8:2:-2] = "abc"
print("".join(lst))
t = tuple(s)
print(t[7:2:-2], t[::-3], t[-2:], t[:-8])
b = s.encode()
print(b[1:9:2], b[::-4], b[-1:-11:-5])
r = range(10)
print(r[8:2:-2], r[::-3], list(r[1:-1:4]))
class Recorder:
    def __getitem__(self, key):
        return key
rec = Recorder()
print(rec[::], rec[1:], rec[:2], rec[::3], rec[-1::-1], rec[1:2, 3:4])
