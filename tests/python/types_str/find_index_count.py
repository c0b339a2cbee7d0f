# Searching: find/rfind/index/rindex/count/startswith/endswith/in.
s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("dog"), s.rfind("dog"))
print(s.find("at", 10, 20), s.rfind("at", 0, 10), s.find(""), s.rfind(""), s.find("", 100))
print(s.index("cat"), s.rindex("at"), s.count("at"), s.count("the"), s.count(""), s.count("at", 10))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "abc".count("", 1, 2))
print(s.startswith("the"), s.startswith("cat", 4), s.endswith("hat"), s.endswith(("dog", "hat")))
print(s.startswith(("a", "t")), s.startswith(""), "".startswith(""), "abc".endswith("abc", 0, 2))
print("cat" in s, "dog" not in s, "" in "", s.find("t", -5), s.find("t", -100, -30))
try:
    s.index("dog")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("dog")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.count(5)
except TypeError as e:
    print(type(e).__name__, e)
print("héllo wörld".find("ö"), "日本語の文字列".index("文"), "🎉a🎉".rfind("🎉"))
print("index of a missing substring, uncaught")
s.index("zebra")
