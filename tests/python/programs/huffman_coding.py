# Huffman compression: a prefix-code table with deterministic tie-breaking, encode and decode.
def build_tree(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(count, order, ch) for order, (ch, count) in enumerate(sorted(freq.items()))]
    order = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda n: (n[0], n[1]))
        a = nodes.pop(0)
        b = nodes.pop(0)
        nodes.append((a[0] + b[0], order, (a, b)))
        order += 1
    return nodes[0], freq
def code_table(node, prefix="", table=None):
    if table is None:
        table = {}
    payload = node[2]
    if isinstance(payload, str):
        table[payload] = prefix or "0"
    else:
        code_table(payload[0], prefix + "0", table)
        code_table(payload[1], prefix + "1", table)
    return table
def encode(text, table):
    return "".join(table[ch] for ch in text)
def decode(bits, tree):
    out = []
    node = tree
    if isinstance(tree[2], str):
        return tree[2] * len(bits)
    for b in bits:
        node = node[2][int(b)]
        if isinstance(node[2], str):
            out.append(node[2])
            node = tree
    return "".join(out)
for text in ["abracadabra", "mississippi river", "aaaa", "the quick brown fox jumps over the lazy dog"]:
    tree, freq = build_tree(text)
    table = code_table(tree)
    bits = encode(text, table)
    print(repr(text))
    for ch in sorted(table, key=lambda c: (len(table[c]), c)):
        print(f"   {ch!r}: {freq[ch]:>2} {table[ch]}")
    print("   bits:", len(bits), "vs", 8 * len(text), f"ratio {len(bits) / (8 * len(text)):.3f}")
    print("   roundtrip:", decode(bits, tree) == text)
    assert all(not b.startswith(a) for a in table.values() for b in table.values() if a != b)
packed = encode("abracadabra", code_table(build_tree("abracadabra")[0]))
padded = packed + "0" * (-len(packed) % 8)
print(bytes(int(padded[i:i + 8], 2) for i in range(0, len(padded), 8)).hex(), len(packed))
