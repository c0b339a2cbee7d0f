//! The tokenizer's literal errors, found by scanning the source the way CPython's tokenizer
//! reads it: unterminated string literals (single- and triple-quoted) and decimal integers
//! with leading zeros. Used to refine a parser failure into CPython's message and position.

/// A literal error: CPython's message, the byte offset of the literal, and the end of the
/// highlighted range.
pub struct LiteralError {
    pub msg: String,
    pub pos: usize,
    pub end: usize,
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// The number of the line holding byte `pos` (1-based).
fn line_at(b: &[u8], pos: usize) -> usize {
    b[..pos.min(b.len())].iter().filter(|c| **c == b'\n').count() + 1
}

/// The first literal error in `src`, in source order.
pub fn scan(src: &str) -> Option<LiteralError> {
    let b = src.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'#' {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        let token_start = i == 0 || !is_ident(b[i - 1]) && b[i - 1] != b'.';
        // a string, possibly with a prefix (r, b, u, f in any case and order)
        if token_start && (c.is_ascii_alphabetic() || c == b'\'' || c == b'"') {
            let mut j = i;
            while j < b.len() && j - i < 2 && matches!(b[j].to_ascii_lowercase(), b'r' | b'b' | b'u' | b'f') {
                j += 1;
            }
            if j < b.len() && (b[j] == b'\'' || b[j] == b'"') {
                match skip_string(b, i, j) {
                    Ok(next) => {
                        i = next;
                        continue;
                    }
                    Err(e) => return Some(e),
                }
            }
        }
        if token_start && c.is_ascii_digit() {
            if let Some(e) = leading_zeros(b, i) {
                return Some(e);
            }
            while i < b.len() && (is_ident(b[i]) || b[i] == b'.') {
                i += 1;
            }
            continue;
        }
        if is_ident(c) {
            while i < b.len() && is_ident(b[i]) {
                i += 1;
            }
            continue;
        }
        i += 1;
    }
    None
}

/// Skips the string literal whose prefix starts at `start` and quote at `q`: Ok(the offset
/// after it) or the unterminated-literal error.
fn skip_string(b: &[u8], start: usize, q: usize) -> Result<usize, LiteralError> {
    let quote = b[q];
    let triple = q + 2 < b.len() && b[q + 1] == quote && b[q + 2] == quote;
    let mut i = q + if triple { 3 } else { 1 };
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'\n' if !triple => {
                let msg = format!("unterminated string literal (detected at line {})", line_at(b, i));
                return Err(LiteralError { msg, pos: start, end: start });
            }
            x if x == quote => {
                if !triple {
                    return Ok(i + 1);
                }
                if i + 2 < b.len() && b[i + 1] == quote && b[i + 2] == quote {
                    return Ok(i + 3);
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    let detected = if triple {
        // the tokenizer reports the last line of the input
        let text = String::from_utf8_lossy(b);
        text.lines().count().max(1)
    } else {
        line_at(b, b.len())
    };
    let what = if triple { "unterminated triple-quoted string literal" } else { "unterminated string literal" };
    Err(LiteralError { msg: format!("{what} (detected at line {detected})"), pos: start, end: start })
}

/// `0012`: a decimal integer that starts with zeros and has a nonzero digit after them
/// (floats and imaginary literals such as `09.5` and `01j` are fine).
fn leading_zeros(b: &[u8], start: usize) -> Option<LiteralError> {
    if b[start] != b'0' {
        return None;
    }
    let mut i = start;
    while i < b.len() && (b[i] == b'0' || b[i] == b'_') {
        i += 1;
    }
    let zeros_end = i;
    if i >= b.len() || !b[i].is_ascii_digit() {
        return None;
    }
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
        i += 1;
    }
    if i < b.len() && matches!(b[i], b'.' | b'e' | b'E' | b'j' | b'J') {
        return None;
    }
    Some(LiteralError {
        msg: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(),
        pos: start,
        end: zeros_end,
    })
}
