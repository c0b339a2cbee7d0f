//! `PyStr`: the representation of `str` — UTF-8 with a cached code-point length and hash, and
//! (for long non-ASCII strings) a lazily built sparse index of code-point byte offsets.

use std::cell::{Cell, OnceCell};

/// Code points between two entries of the sparse offset index.
const STRIDE: usize = 32;

/// An immutable Python string. Indexing by code point is O(1) for ASCII strings; for other
/// strings the first indexing operation builds a table of the byte offset of every
/// `STRIDE`-th code point, after which indexing costs at most `STRIDE` steps.
pub struct PyStr {
    s: String,
    char_len: usize,
    hash: Cell<i64>,
    /// `index[k]` = byte offset of code point `k * STRIDE` (non-ASCII strings only).
    index: OnceCell<Box<[usize]>>,
}

/// Byte offset reached from byte offset `from` of `s` after `n` code points (or `s.len()`).
#[inline]
fn advance(s: &str, from: usize, n: usize) -> usize {
    if n == 0 {
        return from;
    }
    let bytes = &s.as_bytes()[from..];
    let mut seen = 0;
    for (k, &b) in bytes.iter().enumerate() {
        // a code point starts at every byte that is not a continuation byte
        if (b as i8) >= -0x40 {
            if seen == n {
                return from + k;
            }
            seen += 1;
        }
    }
    s.len()
}

impl PyStr {
    pub fn new(s: impl Into<String>) -> PyStr {
        // a String keeps its capacity: shrinking it to a Box<str> would cost a realloc
        let mut s: String = s.into();
        if s.capacity() > s.len() + s.len() / 4 + 32 {
            s.shrink_to_fit();
        }
        let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { s, char_len, hash: Cell::new(-1), index: OnceCell::new() }
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = super::hash::hash_str(&self.s);
        self.hash.set(h);
        h
    }

    fn offsets(&self) -> &[usize] {
        self.index.get_or_init(|| {
            let mut v = Vec::with_capacity(self.char_len / STRIDE + 1);
            for (k, (b, _)) in self.s.char_indices().enumerate() {
                if k % STRIDE == 0 {
                    v.push(b);
                }
            }
            v.into_boxed_slice()
        })
    }

    /// The code point at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            return self.s.as_bytes().get(i).map_or('\0', |&b| b as char);
        }
        let b = self.byte_offset(i);
        self.s[b..].chars().next().unwrap_or('\0')
    }

    /// Byte offset of code point index `i` (i may equal char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i.min(self.s.len());
        }
        if i >= self.char_len {
            return self.s.len();
        }
        if i < STRIDE {
            return advance(&self.s, 0, i);
        }
        let from = self.offsets()[i / STRIDE];
        advance(&self.s, from, i % STRIDE)
    }

    /// Substring by code-point range.
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let a = self.byte_offset(start);
        let b = if self.is_ascii() || end >= self.char_len {
            self.byte_offset(end)
        } else if end - start <= STRIDE {
            advance(&self.s, a, end - start)
        } else {
            self.byte_offset(end)
        };
        &self.s[a..b]
    }
}
