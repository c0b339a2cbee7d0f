//! bytearray's own signatures and docstrings for the methods it shares with bytes.

use rpy_vm::objects::native::MethodDef;

/// (name, `__text_signature__`, `__doc__`) where bytearray's differ from bytes'.
static OVERRIDES: &[(&str, &str, &str)] = &[
    ("decode", "($self, /, encoding='utf-8', errors='strict')", "Decode the bytearray using the codec registered for encoding.\n\n  encoding\n    The encoding with which to decode the bytearray.\n  errors\n    The error handling scheme to use for the handling of decoding errors.\n    The default is 'strict' meaning that decoding errors raise a\n    UnicodeDecodeError. Other possible values are 'ignore' and 'replace'\n    as well as any other name registered with codecs.register_error that\n    can handle UnicodeDecodeErrors."),
    ("fromhex", "($type, string, /)", "Create a bytearray object from a string of hexadecimal numbers.\n\nSpaces between two numbers are accepted.\nExample: bytearray.fromhex('B9 01EF') -> bytearray(b'\\\\xb9\\\\x01\\\\xef')"),
    ("hex", "($self, /, sep=<unrepresentable>, bytes_per_sep=1)", "Create a string of hexadecimal numbers from a bytearray object.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nExample:\n>>> value = bytearray([0xb9, 0x01, 0xef])\n>>> value.hex()\n'b901ef'\n>>> value.hex(':')\n'b9:01:ef'\n>>> value.hex(':', 2)\n'b9:01ef'\n>>> value.hex(':', -2)\n'b901:ef'"),
    ("join", "($self, iterable_of_bytes, /)", "Concatenate any number of bytes/bytearray objects.\n\nThe bytearray whose method is called is inserted in between each pair.\n\nThe result is returned as a new bytearray object."),
    ("lstrip", "($self, bytes=None, /)", "Strip leading bytes contained in the argument.\n\nIf the argument is omitted or None, strip leading ASCII whitespace."),
    ("partition", "($self, sep, /)", "Partition the bytearray into three parts using the given separator.\n\nThis will search for the separator sep in the bytearray. If the separator is\nfound, returns a 3-tuple containing the part before the separator, the\nseparator itself, and the part after it as new bytearray objects.\n\nIf the separator is not found, returns a 3-tuple containing the copy of the\noriginal bytearray object and two empty bytearray objects."),
    ("removeprefix", "($self, prefix, /)", "Return a bytearray with the given prefix string removed if present.\n\nIf the bytearray starts with the prefix string, return\nbytearray[len(prefix):].  Otherwise, return a copy of the original\nbytearray."),
    ("removesuffix", "($self, suffix, /)", "Return a bytearray with the given suffix string removed if present.\n\nIf the bytearray ends with the suffix string and that suffix is not\nempty, return bytearray[:-len(suffix)].  Otherwise, return a copy of\nthe original bytearray."),
    ("rpartition", "($self, sep, /)", "Partition the bytearray into three parts using the given separator.\n\nThis will search for the separator sep in the bytearray, starting at the end.\nIf the separator is found, returns a 3-tuple containing the part before the\nseparator, the separator itself, and the part after it as new bytearray\nobjects.\n\nIf the separator is not found, returns a 3-tuple containing two empty bytearray\nobjects and the copy of the original bytearray object."),
    ("rsplit", "($self, /, sep=None, maxsplit=-1)", "Return a list of the sections in the bytearray, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytearray.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit.\n\nSplitting is done starting at the end of the bytearray and working to the front."),
    ("split", "($self, /, sep=None, maxsplit=-1)", "Return a list of the sections in the bytearray, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytearray.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit."),
    ("splitlines", "($self, /, keepends=False)", "Return a list of the lines in the bytearray, breaking at line boundaries.\n\nLine breaks are not included in the resulting list unless keepends is given and\ntrue."),
    ("__sizeof__", "($self, /)", "Returns the size of the bytearray object in memory, in bytes."),
];

/// A copy of a shared method table with bytearray's docstrings (built once at start-up).
pub fn for_bytearray(table: &'static [MethodDef]) -> &'static [MethodDef] {
    let v: Vec<MethodDef> = table
        .iter()
        .map(|d| {
            let (sig, doc) = match OVERRIDES.iter().find(|(n, _, _)| *n == d.name) {
                Some((_, s, doc)) => (*s, *doc),
                None => (d.sig, d.doc),
            };
            MethodDef { name: d.name, func: d.func, flags: d.flags, sig, doc }
        })
        .collect();
    Box::leak(v.into_boxed_slice())
}
