# printf-style % formatting of strings.
print("%s is %d years" % ("Ann", 30))
print("%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abcdef", "xyz"))
print("%d %i %u" % (3, -4, 5), "%o %x %X %#o %#x %#X" % (8, 255, 255, 8, 255, 255))
print("%e %E %f %F %g %G" % (1234.5, 1234.5, 1.5, 1.5, 0.00001, 1e20))
print("%c%c%c" % (72, "i", 33), "%%", "100%% sure" % ())
print("%r %a %s" % ("é", "é", "é"))
print("%(name)s has %(count)d items" % {"name": "box", "count": 3})
print("%(a)s %(a)r" % {"a": "x"})
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159))
print("%+d % d %05d %-5d| %5.2f %-8.3e|" % (5, 5, -42, 7, 2.71828, 31415.9))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (1, 2), "%s" % ((1, 2),))
print("%d" % 3.99, "%x" % 255, "%s" % None, "%d" % True)
errors = [
    lambda: "%d" % "x",
    lambda: "%s %s" % ("one",),
    lambda: "%s" % ("a", "b"),
    lambda: "%z" % 1,
    lambda: "%(key)s" % {"other": 1},
    lambda: "%(key)s" % (1,),
    lambda: "%c" % 1114112,
    lambda: "%c" % "ab",
    lambda: "%x" % 1.5,
    lambda: "%" % (),
]
for fn in errors:
    try:
        print(fn())
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
