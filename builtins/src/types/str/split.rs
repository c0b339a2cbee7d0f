//! str splitting, joining, stripping and padding: split rsplit splitlines join strip lstrip
//! rstrip expandtabs center ljust rjust zfill.

use super::argutil::{bind_kw, c_int, check_size, clinic_pos, one_arg, ssize};
use super::chars::is_space;
use super::search::same_or_copy;
use super::{as_pystr, this};
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::protocol::seq;
use rpy_vm::{Payload, PyResult, Value, Vm};

/// Parses `(sep=None, maxsplit=-1)`; returns the separator (None for whitespace).
fn split_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(Option<String>, i64)> {
    let b = bind_kw(vm, a, 1, name, &["sep", "maxsplit"], 0)?;
    let sep = match &b[0] {
        None | Some(Value::None) => None,
        Some(v) => match as_pystr(v) {
            Some(s) => {
                if s.as_str().is_empty() {
                    return Err(vm.value_error("empty separator"));
                }
                Some(s.as_str().to_string())
            }
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("must be str or None, not {tn}")));
            }
        },
    };
    let maxsplit = match &b[1] {
        Some(v) => ssize(vm, v)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

/// CPython's `split_whitespace` over code points; returns byte ranges.
fn split_ws(s: &str, maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut max = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut it = s.char_indices().peekable();
    loop {
        while let Some(&(_, c)) = it.peek() {
            if !is_space(c) {
                break;
            }
            it.next();
        }
        let Some(&(start, _)) = it.peek() else { break };
        if max == 0 {
            // the rest, leading whitespace skipped, is the last piece
            out.push((start, s.len()));
            break;
        }
        max -= 1;
        it.next();
        let mut end = s.len();
        while let Some(&(p, c)) = it.peek() {
            if is_space(c) {
                end = p;
                break;
            }
            it.next();
        }
        out.push((start, end));
    }
    out
}

/// CPython's `rsplit_whitespace`; ranges in reverse order.
fn rsplit_ws(s: &str, maxsplit: i64) -> Vec<(usize, usize)> {
    let v: Vec<(usize, char)> = s.char_indices().collect();
    let pos = |i: usize| if i < v.len() { v[i].0 } else { s.len() };
    let mut out = Vec::new();
    let mut max = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut i = v.len() as isize - 1;
    while max > 0 {
        max -= 1;
        while i >= 0 && is_space(v[i as usize].1) {
            i -= 1;
        }
        if i < 0 {
            break;
        }
        let j = i;
        i -= 1;
        while i >= 0 && !is_space(v[i as usize].1) {
            i -= 1;
        }
        out.push((pos((i + 1) as usize), pos((j + 1) as usize)));
    }
    if i >= 0 {
        while i >= 0 && is_space(v[i as usize].1) {
            i -= 1;
        }
        if i >= 0 {
            out.push((0, pos((i + 1) as usize)));
        }
    }
    out
}

fn split_sep(s: &str, sep: &str, maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut max = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut i = 0;
    while max > 0 {
        max -= 1;
        match s[i..].find(sep) {
            Some(p) => {
                out.push((i, i + p));
                i = i + p + sep.len();
            }
            None => break,
        }
    }
    out.push((i, s.len()));
    out
}

fn rsplit_sep(s: &str, sep: &str, maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut max = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut j = s.len();
    while max > 0 {
        max -= 1;
        match s[..j].rfind(sep) {
            Some(p) => {
                out.push((p + sep.len(), j));
                j = p;
            }
            None => break,
        }
    }
    out.push((0, j));
    out
}

fn pieces(vm: &mut Vm, this_v: &Value, s: &str, ranges: &[(usize, usize)], rev: bool) -> Value {
    let mut items: Vec<Value> = Vec::with_capacity(ranges.len());
    for &(a, b) in ranges {
        if a == 0 && b == s.len() {
            items.push(same_or_copy(vm, this_v, s));
        } else {
            items.push(vm.new_str(&s[a..b]));
        }
    }
    if rev {
        items.reverse();
    }
    vm.new_list(items)
}

fn str_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let (sep, maxsplit) = split_args(vm, &a, "split")?;
    let text = s.as_str();
    let ranges = match &sep {
        None => split_ws(text, maxsplit),
        Some(sep) => split_sep(text, sep, maxsplit),
    };
    Ok(pieces(vm, &a.values[0], text, &ranges, false))
}

fn str_rsplit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let (sep, maxsplit) = split_args(vm, &a, "rsplit")?;
    let text = s.as_str();
    let ranges = match &sep {
        None => rsplit_ws(text, maxsplit),
        Some(sep) => rsplit_sep(text, sep, maxsplit),
    };
    Ok(pieces(vm, &a.values[0], text, &ranges, true))
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{1c}' | '\u{1d}' | '\u{1e}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn str_splitlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let b = bind_kw(vm, &a, 1, "splitlines", &["keepends"], 0)?;
    let keepends = match &b[0] {
        Some(v) => c_int(vm, v)? != 0,
        None => false,
    };
    let text = s.as_str();
    let v: Vec<(usize, char)> = text.char_indices().collect();
    let pos = |i: usize| if i < v.len() { v[i].0 } else { text.len() };
    let mut ranges = Vec::new();
    let mut i = 0;
    while i < v.len() {
        let j = i;
        while i < v.len() && !is_line_break(v[i].1) {
            i += 1;
        }
        let mut eol = i;
        if i < v.len() {
            if v[i].1 == '\r' && i + 1 < v.len() && v[i + 1].1 == '\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        ranges.push((pos(j), pos(eol)));
    }
    Ok(pieces(vm, &a.values[0], text, &ranges, false))
}

fn str_join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let iterable = one_arg(vm, &a, "str.join")?;
    let items = match &iterable {
        Value::Obj(o) if matches!(o.payload, Payload::List(_) | Payload::Tuple(_)) => seq::to_vec(vm, &iterable)?,
        _ => {
            let it = match seq::get_iter(vm, &iterable) {
                Ok(it) => it,
                Err(e) => {
                    let te = vm.types.type_error.clone();
                    if e.0.with_class(|c| rpy_vm::objects::typeobj::is_subtype(c, &te)) {
                        return Err(vm.type_error("can only join an iterable"));
                    }
                    return Err(e);
                }
            };
            let mut out = Vec::new();
            while let Some(x) = seq::next(vm, &it)? {
                out.push(x);
            }
            out
        }
    };
    if items.len() == 1 {
        if let Value::Obj(o) = &items[0] {
            if o.class().is(&vm.types.str) {
                return Ok(items[0].clone());
            }
        }
    }
    let sep = s.as_str();
    let mut total: u128 = 0;
    for (i, it) in items.iter().enumerate() {
        match as_pystr(it) {
            Some(x) => total += x.as_str().len() as u128 + if i > 0 { sep.len() as u128 } else { 0 },
            None => {
                let tn = vm.type_name(it);
                return Err(vm.type_error(format!("sequence item {i}: expected str instance, {tn} found")));
            }
        }
    }
    check_size(vm, total, "join() result is too long for a Python string")?;
    let mut out = String::with_capacity(total as usize);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        if let Some(x) = as_pystr(it) {
            out.push_str(x.as_str());
        }
    }
    Ok(vm.new_string(out))
}

fn strip(vm: &mut Vm, a: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let r = clinic_pos(vm, &a, &format!("str.{name}"), name, 0, 1)?;
    let text = s.as_str();
    let out = match r.first() {
        None | Some(Value::None) => {
            let mut t = text;
            if left {
                t = t.trim_start_matches(is_space);
            }
            if right {
                t = t.trim_end_matches(is_space);
            }
            t
        }
        Some(v) => match as_pystr(v) {
            Some(chars) => {
                let set: Vec<char> = chars.as_str().chars().collect();
                let mut t = text;
                if left {
                    t = t.trim_start_matches(|c| set.contains(&c));
                }
                if right {
                    t = t.trim_end_matches(|c| set.contains(&c));
                }
                t
            }
            None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    if out.len() == text.len() {
        return Ok(same_or_copy(vm, &a.values[0], text));
    }
    Ok(vm.new_str(out))
}

fn str_strip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip(vm, a, "strip", true, true)
}
fn str_lstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip(vm, a, "lstrip", true, false)
}
fn str_rstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip(vm, a, "rstrip", false, true)
}

fn str_expandtabs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let b = bind_kw(vm, &a, 1, "expandtabs", &["tabsize"], 0)?;
    let tabsize = match &b[0] {
        Some(v) => c_int(vm, v)?,
        None => 8,
    };
    let text = s.as_str();
    if !text.contains('\t') {
        return Ok(same_or_copy(vm, &a.values[0], text));
    }
    let mut total: u128 = 0;
    let mut line_pos: i64 = 0;
    for c in text.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - line_pos % tabsize;
                line_pos += incr;
                total += incr as u128;
            }
        } else {
            line_pos += 1;
            total += c.len_utf8() as u128;
            if c == '\n' || c == '\r' {
                line_pos = 0;
            }
        }
    }
    if total > i64::MAX as u128 {
        return Err(vm.overflow_error("new string is too long"));
    }
    check_size(vm, total, "new string is too long")?;
    let mut out = String::with_capacity(total as usize);
    let mut line_pos: i64 = 0;
    for c in text.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - line_pos % tabsize;
                line_pos += incr;
                for _ in 0..incr {
                    out.push(' ');
                }
            }
        } else {
            line_pos += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                line_pos = 0;
            }
        }
    }
    Ok(vm.new_string(out))
}

/// Parses `(width, fillchar=' ')` of center/ljust/rjust.
fn pad_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(i64, char)> {
    let r = clinic_pos(vm, a, &format!("str.{name}"), name, 1, 2)?;
    let width = ssize(vm, &r[0])?;
    let fill = match r.get(1) {
        None => ' ',
        Some(v) => match as_pystr(v) {
            Some(f) if f.char_len() == 1 => f.char_at(0),
            Some(_) => return Err(vm.type_error("The fill character must be exactly one character long")),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("The fill character must be a unicode character, not {tn}")));
            }
        },
    };
    Ok((width, fill))
}

fn pad(vm: &mut Vm, text: &str, left: usize, right: usize, fill: char) -> PyResult<Value> {
    let total = text.len() as u128 + (left as u128 + right as u128) * fill.len_utf8() as u128;
    check_size(vm, total, "padded string is too long")?;
    let mut out = String::with_capacity(total as usize);
    for _ in 0..left {
        out.push(fill);
    }
    out.push_str(text);
    for _ in 0..right {
        out.push(fill);
    }
    Ok(vm.new_string(out))
}

fn justify(vm: &mut Vm, a: Args, name: &str) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let (width, fill) = pad_args(vm, &a, name)?;
    let len = s.char_len() as i64;
    if len >= width {
        return Ok(same_or_copy(vm, &a.values[0], s.as_str()));
    }
    let marg = width - len;
    let (left, right) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    pad(vm, s.as_str(), left as usize, right as usize, fill)
}

fn str_center(vm: &mut Vm, a: Args) -> PyResult<Value> {
    justify(vm, a, "center")
}
fn str_ljust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    justify(vm, a, "ljust")
}
fn str_rjust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    justify(vm, a, "rjust")
}

fn str_zfill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let r = clinic_pos(vm, &a, "str.zfill", "zfill", 1, 1)?;
    let width = ssize(vm, &r[0])?;
    let len = s.char_len() as i64;
    if len >= width {
        return Ok(same_or_copy(vm, &a.values[0], s.as_str()));
    }
    let fill = (width - len) as u128;
    check_size(vm, fill + s.as_str().len() as u128, "padded string is too long")?;
    let text = s.as_str();
    let mut out = String::with_capacity(fill as usize + text.len());
    let rest = match text.chars().next() {
        Some(c @ ('+' | '-')) => {
            out.push(c);
            &text[1..]
        }
        _ => text,
    };
    for _ in 0..fill {
        out.push('0');
    }
    out.push_str(rest);
    Ok(vm.new_string(out))
}

pub static METHODS: &[MethodDef] = &[
    MethodDef { name: "split", func: str_split, flags: 0, sig: "($self, /, sep=None, maxsplit=-1)", doc: "Return a list of the substrings in the string, using sep as the separator string.\n\n  sep\n    The separator used to split the string.\n\n    When set to None (the default value), will split on any whitespace\n    character (including \\n \\r \\t \\f and spaces) and will discard\n    empty strings from the result.\n  maxsplit\n    Maximum number of splits (starting from the left).\n    -1 (the default value) means no limit.\n\nNote, str.split() is mainly useful for data that has been intentionally\ndelimited.  With natural text that includes punctuation, consider using\nthe regular expression module." },
    MethodDef { name: "rsplit", func: str_rsplit, flags: 0, sig: "($self, /, sep=None, maxsplit=-1)", doc: "Return a list of the substrings in the string, using sep as the separator string.\n\n  sep\n    The separator used to split the string.\n\n    When set to None (the default value), will split on any whitespace\n    character (including \\n \\r \\t \\f and spaces) and will discard\n    empty strings from the result.\n  maxsplit\n    Maximum number of splits (starting from the left).\n    -1 (the default value) means no limit.\n\nSplitting starts at the end of the string and works to the front." },
    MethodDef { name: "splitlines", func: str_splitlines, flags: 0, sig: "($self, /, keepends=False)", doc: "Return a list of the lines in the string, breaking at line boundaries.\n\nLine breaks are not included in the resulting list unless keepends is given and\ntrue." },
    MethodDef { name: "join", func: str_join, flags: 0, sig: "($self, iterable, /)", doc: "Concatenate any number of strings.\n\nThe string whose method is called is inserted in between each given string.\nThe result is returned as a new string.\n\nExample: '.'.join(['ab', 'pq', 'rs']) -> 'ab.pq.rs'" },
    MethodDef { name: "strip", func: str_strip, flags: 0, sig: "($self, chars=None, /)", doc: "Return a copy of the string with leading and trailing whitespace removed.\n\nIf chars is given and not None, remove characters in chars instead." },
    MethodDef { name: "lstrip", func: str_lstrip, flags: 0, sig: "($self, chars=None, /)", doc: "Return a copy of the string with leading whitespace removed.\n\nIf chars is given and not None, remove characters in chars instead." },
    MethodDef { name: "rstrip", func: str_rstrip, flags: 0, sig: "($self, chars=None, /)", doc: "Return a copy of the string with trailing whitespace removed.\n\nIf chars is given and not None, remove characters in chars instead." },
    MethodDef { name: "expandtabs", func: str_expandtabs, flags: 0, sig: "($self, /, tabsize=8)", doc: "Return a copy where all tab characters are expanded using spaces.\n\nIf tabsize is not given, a tab size of 8 characters is assumed." },
    MethodDef { name: "center", func: str_center, flags: 0, sig: "($self, width, fillchar=' ', /)", doc: "Return a centered string of length width.\n\nPadding is done using the specified fill character (default is a space)." },
    MethodDef { name: "ljust", func: str_ljust, flags: 0, sig: "($self, width, fillchar=' ', /)", doc: "Return a left-justified string of length width.\n\nPadding is done using the specified fill character (default is a space)." },
    MethodDef { name: "rjust", func: str_rjust, flags: 0, sig: "($self, width, fillchar=' ', /)", doc: "Return a right-justified string of length width.\n\nPadding is done using the specified fill character (default is a space)." },
    MethodDef { name: "zfill", func: str_zfill, flags: 0, sig: "($self, width, /)", doc: "Pad a numeric string with zeros on the left, to fill a field of the given width.\n\nThe string is never truncated." },
];
