//! Errors CPython's tokenizer reports itself, found by re-scanning source the parser rejected:
//! malformed number literals ("invalid hexadecimal literal", "leading zeros in decimal integer
//! literals are not permitted; …") and characters that cannot start a token ("invalid
//! character '«' (U+00AB)"), with the positions CPython gives them.

use super::{CompileError, ErrorKind};

/// The first tokenizer error in `src` that starts at or before byte `limit`.
pub fn tokenizer_error(src: &str, limit: usize) -> Option<CompileError> {
    let b = src.as_bytes();
    let mut i = 0;
    // open brackets: (char, line)
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut line = 1;
    // indentation columns of the enclosing blocks; an inconsistent dedent is the tokenizer's
    // own IndentationError, which ends CPython's scan without replacing the parser's error
    let mut indents: Vec<usize> = vec![0];
    while i < b.len() && i <= limit {
        let c = b[i];
        match c {
            b'\n' => {
                line += 1;
                i += 1;
                if stack.is_empty() && !(i >= 2 && b[i - 2] == b'\\') {
                    let mut col = 0;
                    let mut j = i;
                    while j < b.len() {
                        match b[j] {
                            b' ' => col += 1,
                            b'\t' => col = (col / 8 + 1) * 8,
                            b'\x0c' => col = 0,
                            _ => break,
                        }
                        j += 1;
                    }
                    if j < b.len() && !matches!(b[j], b'\n' | b'\r' | b'#') {
                        let top = indents.last().copied().unwrap_or(0);
                        if col > top {
                            indents.push(col);
                        } else if col < top {
                            while indents.len() > 1 && col < indents.last().copied().unwrap_or(0) {
                                indents.pop();
                            }
                            if col != indents.last().copied().unwrap_or(0) {
                                return None;
                            }
                        }
                    }
                }
            }
            b'(' | b'[' | b'{' => {
                stack.push((c, line));
                i += 1;
            }
            b')' | b']' | b'}' => {
                let Some((open, open_line)) = stack.pop() else {
                    return Some(CompileError { msg: format!("unmatched '{}'", c as char), pos: i, end: None, kind: ErrorKind::Syntax });
                };
                let matching = matches!((open, c), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !matching {
                    let msg = if open_line != line {
                        format!("closing parenthesis '{}' does not match opening parenthesis '{}' on line {open_line}", c as char, open as char)
                    } else {
                        format!("closing parenthesis '{}' does not match opening parenthesis '{}'", c as char, open as char)
                    };
                    return Some(CompileError { msg, pos: i, end: None, kind: ErrorKind::Syntax });
                }
                i += 1;
            }
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'\'' | b'"' => match skip_string(src, i) {
                Ok(end) => {
                    line += b[i..end.min(b.len())].iter().filter(|c| **c == b'\n').count();
                    i = end;
                }
                Err(e) => return Some(e),
            },
            b'0'..=b'9' => match number(b, i) {
                Ok(end) => i = end,
                Err(e) => return Some(e),
            },
            b'.' if i + 1 < b.len() && b[i + 1].is_ascii_digit() => match number(b, i) {
                Ok(end) => i = end,
                Err(e) => return Some(e),
            },
            _ if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                let start = i;
                let ch = src[i..].chars().next().unwrap_or(' ');
                if c >= 0x80 && !is_id_start(ch) {
                    return Some(bad_char(ch, i));
                }
                while i < b.len() {
                    let ch = src[i..].chars().next().unwrap_or(' ');
                    if ch.is_ascii_alphanumeric() || ch == '_' {
                        i += 1;
                    } else if !ch.is_ascii() && is_id_continue(ch) {
                        i += ch.len_utf8();
                    } else if !ch.is_ascii() {
                        return Some(bad_char(ch, i));
                    } else {
                        break;
                    }
                }
                // a string prefix (r, b, f, u and their pairs) glued to a quote
                let word = &src[start..i];
                if i < b.len() && (b[i] == b'\'' || b[i] == b'"') && is_string_prefix(word) {
                    match skip_string(src, i) {
                        Ok(end) => {
                            line += b[i..end.min(b.len())].iter().filter(|c| **c == b'\n').count();
                            i = end;
                        }
                        Err(mut e) => {
                            e.pos = start;
                            return Some(e);
                        }
                    }
                }
            }
            _ => i += 1,
        }
    }
    None
}

fn is_string_prefix(w: &str) -> bool {
    matches!(w.to_ascii_lowercase().as_str(), "r" | "b" | "f" | "u" | "rb" | "br" | "fr" | "rf")
}

fn is_id_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_id_continue(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || matches!(c, '\u{300}'..='\u{36f}' | '\u{200c}' | '\u{200d}') || c.is_numeric()
}

/// CPython's message for a character no token can start with.
fn bad_char(ch: char, pos: usize) -> CompileError {
    let msg = if !crate::protocol::repr::is_printable(ch) {
        format!("invalid non-printable character U+{:04X}", ch as u32)
    } else {
        format!("invalid character '{ch}' (U+{:04X})", ch as u32)
    };
    CompileError { msg, pos, end: None, kind: ErrorKind::Syntax }
}

/// The index just past the string literal whose opening quote is at `start`, or CPython's
/// "unterminated string literal (detected at line N)" pointing at the opening quote.
pub(super) fn skip_string(src: &str, start: usize) -> Result<usize, CompileError> {
    let b = src.as_bytes();
    let q = b[start];
    let triple = start + 2 < b.len() && b[start + 1] == q && b[start + 2] == q;
    let mut i = start + if triple { 3 } else { 1 };
    while i < b.len() {
        if b[i] == b'\\' {
            i += 2;
            continue;
        }
        if triple {
            if i + 2 < b.len() && b[i] == q && b[i + 1] == q && b[i + 2] == q {
                return Ok(i + 3);
            }
        } else if b[i] == q {
            return Ok(i + 1);
        } else if b[i] == b'\n' {
            break;
        }
        i += 1;
    }
    let (what, at) = if triple { ("unterminated triple-quoted string literal", b.len()) } else { ("unterminated string literal", i.min(b.len())) };
    let line = src[..at.min(src.len())].bytes().filter(|c| *c == b'\n').count() + 1;
    let line = if triple && src.ends_with('\n') { line - 1 } else { line };
    Err(CompileError {
        msg: format!("{what} (detected at line {line})"),
        pos: start,
        end: None,
        kind: if triple { ErrorKind::Incomplete } else { ErrorKind::Syntax },
    })
}

/// The tokenizer's cursor over one number literal (`cur` is just past the last character
/// read, like `tok->cur`).
struct Num<'a> {
    b: &'a [u8],
    cur: usize,
}

impl Num<'_> {
    fn next(&mut self) -> u8 {
        let c = self.b.get(self.cur).copied().unwrap_or(0);
        self.cur += 1;
        c
    }

    fn backup(&mut self) {
        self.cur -= 1;
    }

    /// `syntaxerror(tok, msg)`: the offset is the text up to the cursor.
    fn error(&self, msg: String) -> CompileError {
        CompileError { msg, pos: self.cur.saturating_sub(1), end: None, kind: ErrorKind::Syntax }
    }

    fn lookahead(&self, rest: &str) -> bool {
        self.b.get(self.cur..self.cur + rest.len()) == Some(rest.as_bytes())
    }

    /// `verify_end_of_number`: a number glued to an identifier character is an error, unless
    /// it is a keyword that can follow a number (a SyntaxWarning in CPython).
    fn verify_end(&mut self, c: u8, kind: &str) -> Result<(), CompileError> {
        let keyword = match c {
            b'a' => self.lookahead("nd"),
            b'e' => self.lookahead("lse"),
            b'f' => self.lookahead("or"),
            b'i' => matches!(self.b.get(self.cur), Some(b'f' | b'n' | b's')),
            b'o' => self.lookahead("r"),
            b'n' => self.lookahead("ot"),
            _ => false,
        };
        // only ASCII: a non-ASCII letter ends the number and starts a name (CPython 3.11.4+)
        if !keyword && (c.is_ascii_alphanumeric() || c == b'_') {
            self.backup();
            return Err(self.error(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    /// `tok_decimal_tail`: digits with single underscores between them; returns the next char.
    fn decimal_tail(&mut self) -> Result<u8, CompileError> {
        loop {
            let mut c = self.next();
            while c.is_ascii_digit() {
                c = self.next();
            }
            if c != b'_' {
                return Ok(c);
            }
            c = self.next();
            if !c.is_ascii_digit() {
                self.backup();
                return Err(self.error("invalid decimal literal".into()));
            }
        }
    }

    /// Fraction, exponent and imaginary parts after the integer part (`c` is the next char).
    fn rest(&mut self, mut c: u8) -> Result<usize, CompileError> {
        if c == b'.' {
            c = self.next();
            if c.is_ascii_digit() {
                c = self.decimal_tail()?;
            }
        }
        if c == b'e' || c == b'E' {
            let e = c;
            c = self.next();
            if c == b'+' || c == b'-' {
                c = self.next();
                if !c.is_ascii_digit() {
                    self.backup();
                    return Err(self.error("invalid decimal literal".into()));
                }
            } else if !c.is_ascii_digit() {
                self.backup();
                self.verify_end(e, "decimal")?;
                return Ok(self.cur - 1);
            }
            c = self.decimal_tail()?;
        }
        if c == b'j' || c == b'J' {
            c = self.next();
            self.verify_end(c, "imaginary")?;
        } else {
            self.verify_end(c, "decimal")?;
        }
        Ok(self.cur - 1)
    }

    /// Hex, octal and binary digits after the prefix.
    fn radix(&mut self, kind: &str, ok: fn(u8) -> bool) -> Result<usize, CompileError> {
        let mut c = self.next();
        loop {
            if c == b'_' {
                c = self.next();
            }
            if !ok(c) {
                if kind != "hexadecimal" && c.is_ascii_digit() {
                    return Err(self.error(format!("invalid digit '{}' in {kind} literal", c as char)));
                }
                self.backup();
                return Err(self.error(format!("invalid {kind} literal")));
            }
            while ok(c) {
                c = self.next();
            }
            if c != b'_' {
                break;
            }
        }
        if kind != "hexadecimal" && c.is_ascii_digit() {
            return Err(self.error(format!("invalid digit '{}' in {kind} literal", c as char)));
        }
        self.verify_end(c, kind)?;
        Ok(self.cur - 1)
    }
}

/// Tokenizes the number starting at `start` (a digit, or '.' before a digit); Ok(index just
/// past it) or CPython's error.
fn number(b: &[u8], start: usize) -> Result<usize, CompileError> {
    let mut t = Num { b, cur: start };
    let c = t.next();
    if c == b'.' {
        let c = t.next();
        let c = if c.is_ascii_digit() { t.decimal_tail()? } else { c };
        return t.rest_after_fraction(c);
    }
    if c != b'0' {
        t.backup();
        let c = t.decimal_tail()?;
        return t.rest(c);
    }
    let mut c = t.next();
    match c {
        b'x' | b'X' => t.radix("hexadecimal", |c| c.is_ascii_hexdigit()),
        b'o' | b'O' => t.radix("octal", |c| (b'0'..b'8').contains(&c)),
        b'b' | b'B' => t.radix("binary", |c| c == b'0' || c == b'1'),
        _ => {
            let mut nonzero = false;
            loop {
                if c == b'_' {
                    c = t.next();
                    if !c.is_ascii_digit() {
                        t.backup();
                        return Err(t.error("invalid decimal literal".into()));
                    }
                }
                if c != b'0' {
                    break;
                }
                c = t.next();
            }
            let zeros_end = t.cur;
            if c.is_ascii_digit() {
                nonzero = true;
                c = t.decimal_tail()?;
            }
            if c == b'.' || c == b'e' || c == b'E' || c == b'j' || c == b'J' {
                return t.rest(c);
            }
            if nonzero {
                return Err(CompileError {
                    msg: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(),
                    pos: start,
                    end: Some(zeros_end - 1),
                    kind: ErrorKind::Syntax,
                });
            }
            t.verify_end(c, "decimal")?;
            Ok(t.cur - 1)
        }
    }
}

impl Num<'_> {
    /// `.5e3j`-style numbers: the fraction was read, continue at the exponent.
    fn rest_after_fraction(&mut self, c: u8) -> Result<usize, CompileError> {
        if c == b'.' {
            // "1..x" cannot happen here; a second '.' ends the number
            return Ok(self.cur - 1);
        }
        self.rest(c)
    }
}

/// The byte just past the token starting at `pos` (CPython's end of an "invalid syntax" range):
/// a name, number or string, else the longest operator there.
pub fn token_end(src: &str, pos: usize) -> usize {
    let b = src.as_bytes();
    if pos >= b.len() {
        return pos;
    }
    let c = b[pos];
    if c == b'\'' || c == b'"' {
        return skip_string(src, pos).unwrap_or(pos + 1);
    }
    if c.is_ascii_digit() || (c == b'.' && b.get(pos + 1).is_some_and(|d| d.is_ascii_digit())) {
        return number(b, pos).unwrap_or(pos + 1);
    }
    if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
        let mut i = pos;
        while i < b.len() {
            let ch = src[i..].chars().next().unwrap_or(' ');
            if ch.is_ascii_alphanumeric() || ch == '_' || (!ch.is_ascii() && is_id_continue(ch)) {
                i += ch.len_utf8();
            } else {
                break;
            }
        }
        if i < b.len() && (b[i] == b'\'' || b[i] == b'"') && is_string_prefix(&src[pos..i]) {
            return skip_string(src, i).unwrap_or(i + 1);
        }
        if i == pos {
            return pos + src[pos..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
        }
        return i;
    }
    for op in
        ["**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="]
    {
        if src[pos..].starts_with(op) {
            return pos + op.len();
        }
    }
    pos + src[pos..].chars().next().map(|c| c.len_utf8()).unwrap_or(1)
}
