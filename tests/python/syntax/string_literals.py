# String literal forms: quotes, escapes, raw, triple-quoted, concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mix "quotes"', "mix 'quotes'")
print("tab:\t|newline:\n|backslash:\\|bell-free")
print("\x41\x42 \101\102 \u00e9 \U0001F600 \N{GREEK SMALL LETTER ALPHA}")
print(r"raw \n \t \\ stays", R"RAW\d")
print("implicit" " concatenation" ' of' """ literals""")
print("""multi
line
string""")
print("""\
no leading newline""")
print("line continues \
here")
print(len("\n"), len(r"\n"), len("\\"), len("\0"))
print(repr("\0\a\b\f\v\r\x7f"))
print(b"bytes \x00\xff", rb"raw\bytes", Br"x\y")
print(u"unicode prefix")
print("é".encode("utf-8"), "日本語", len("日本語"))
print(repr('a"b'), repr("a'b"), repr("a'b\"c"))
s = ("parenthesized "
     "concatenation")
print(s)
print('\'' == "'", "\"" == '"')
print(repr("\t"), repr("\u200b"), repr("\xa0"), repr("\U0010ffff"))
