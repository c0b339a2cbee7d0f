# rpy: full-stderr
# A malformed number literal is reported by the tokenizer, before any parser error.
total = 0x1G + 2
