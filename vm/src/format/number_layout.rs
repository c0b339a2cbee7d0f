//! Field layout for formatted numbers: sign, prefix, padding, `=` alignment, zero padding through thousands grouping (CPython's `calc_number_widths` / `fill_number` / `_PyUnicode_InsertThousandsGrouping`).

/// The pieces of a number about to be laid out.
pub(crate) struct NumberParts<'a> {
    /// True if the number is negative (a `-` sign is always shown).
    pub negative: bool,
    /// Prefix such as `0x` (already upper-cased if needed); empty if none.
    pub prefix: &'a str,
    /// The integer digits (already upper-cased if needed); empty for `'c'`.
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the decimal point (or after the digits when there is no
    /// point): fraction, exponent, `%`, `inf`, the character for `'c'`, ...
    pub remainder: &'a str,
}

/// How the layout is done: the format spec parts relevant to padding.
pub(crate) struct Layout {
    pub fill: char,
    /// One of `<`, `>`, `^`, `=`.
    pub align: char,
    /// The sign option: `'+'`, `' '`, or anything else for the default `'-'`.
    pub sign: Option<char>,
    pub width: Option<usize>,
    /// Thousands separator and group size.
    pub grouping: Option<(char, usize)>,
}

/// Digits with separators inserted every `size` digits from the right, left-padded with
/// zeros (also grouped) to at least `min_width` characters.
fn insert_grouping(digits: &[char], min_width: i64, grouping: Option<(char, usize)>) -> String {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut digits_end = digits.len();
    // Chunks in right-to-left order; each chunk is written zeros + chars + separator.
    let mut chunks: Vec<String> = Vec::new();
    let mut emit = |n_zeros: i64, n_chars: i64, sep: Option<char>, digits_end: &mut usize| {
        let mut chunk = String::new();
        for _ in 0..n_zeros {
            chunk.push('0');
        }
        let start = *digits_end - n_chars as usize;
        chunk.extend(&digits[start..*digits_end]);
        *digits_end = start;
        if let Some(s) = sep {
            chunk.push(s);
        }
        chunks.push(chunk);
    };
    let mut use_separator = false;
    let mut loop_broken = false;
    if let Some((sep, size)) = grouping {
        let size = size as i64;
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(n_zeros, n_chars, if use_separator { Some(sep) } else { None }, &mut digits_end);
            use_separator = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !loop_broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let sep = if use_separator { grouping.map(|g| g.0) } else { None };
        emit(n_zeros, n_chars, sep, &mut digits_end);
    }
    let mut out = String::new();
    for c in chunks.iter().rev() {
        out.push_str(c);
    }
    out
}

fn push_fill(out: &mut String, fill: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(fill);
    }
}

/// Lay out a number as `<lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>`.
pub(crate) fn layout_number(parts: &NumberParts<'_>, layout: &Layout) -> String {
    let sign_char = match layout.sign {
        Some('+') => Some(if parts.negative { '-' } else { '+' }),
        Some(' ') => Some(if parts.negative { '-' } else { ' ' }),
        _ => {
            if parts.negative {
                Some('-')
            } else {
                None
            }
        }
    };
    let n_sign = sign_char.is_some() as i64;
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_decimal = parts.has_decimal as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let n_non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let width = layout.width.map(|w| w as i64).unwrap_or(-1);
    let min_width = if layout.fill == '0' && layout.align == '=' { width - n_non_digit } else { 0 };

    let digits: Vec<char> = parts.digits.chars().collect();
    let grouped = if digits.is_empty() { String::new() } else { insert_grouping(&digits, min_width, layout.grouping) };
    let n_grouped = grouped.chars().count() as i64;

    let n_padding = width - (n_non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match layout.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }

    let mut out = String::with_capacity((n_non_digit + n_grouped + n_padding.max(0)) as usize);
    push_fill(&mut out, layout.fill, lpad);
    if let Some(s) = sign_char {
        out.push(s);
    }
    out.push_str(parts.prefix);
    push_fill(&mut out, layout.fill, spad);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, layout.fill, rpad);
    out
}

/// Pad `body` (of `len` code points) to `width` with `fill` according to `align`
/// (`<`, `>`, `^`; `=` behaves as `<`), like CPython's `calc_padding` + `fill_padding`.
pub(crate) fn pad(body: &str, len: usize, width: Option<usize>, align: char, fill: char) -> String {
    let total = match width {
        Some(w) if w > len => w,
        _ => len,
    };
    let lpad = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(body.len() + total - len);
    push_fill(&mut out, fill, lpad as i64);
    out.push_str(body);
    push_fill(&mut out, fill, rpad as i64);
    out
}

/// Split a formatted float (`"-1234.5e+06"`) into sign, integer digits, decimal point
/// and remainder, like CPython's `parse_number`.
pub(crate) fn split_float_string(s: &str) -> (bool, &str, bool, &str) {
    let (negative, rest) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let n_digits = rest.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, after) = rest.split_at(n_digits);
    match after.strip_prefix('.') {
        Some(rem) => (negative, digits, true, rem),
        None => (negative, digits, false, after),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(d: &str, min_width: i64, sep: Option<(char, usize)>) -> String {
        insert_grouping(&d.chars().collect::<Vec<_>>(), min_width, sep)
    }

    #[test]
    fn grouping() {
        assert_eq!(g("1234", 8, Some((',', 3))), "0,001,234");
        assert_eq!(g("1234567", 0, Some((',', 3))), "1,234,567");
        assert_eq!(g("123", 0, Some((',', 3))), "123");
        assert_eq!(g("4d2", 8, Some(('_', 4))), "000_04d2");
        assert_eq!(g("5", 5, None), "00005");
        assert_eq!(g("", 3, None), "000");
    }
}
