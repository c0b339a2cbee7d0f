//! bytes/bytearray splitting, joining, stripping and padding: split rsplit splitlines join
//! strip lstrip rstrip expandtabs center ljust rjust zfill.

use super::search::{find_bytes, rfind_bytes};
use super::{buffer_bytes, bytes_arg, kind, new_like, this_view};
use crate::types::str::argutil::{bind_kw, c_int, check_size, clinic_pos, one_arg, ssize};
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::protocol::seq;
use rpy_vm::{Payload, PyResult, Value, Vm};

/// ASCII whitespace as bytes methods see it (`Py_ISSPACE`).
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn split_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(Option<Vec<u8>>, i64)> {
    let b = bind_kw(vm, a, 1, name, &["sep", "maxsplit"], 0)?;
    let sep = match &b[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = bytes_arg(vm, v)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
    };
    let maxsplit = match &b[1] {
        Some(v) => ssize(vm, v)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn split_ws(d: &[u8], maxsplit: i64) -> Vec<(usize, usize)> {
    let n = d.len();
    let mut out = Vec::new();
    let mut max = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut i = 0;
    while max > 0 {
        max -= 1;
        while i < n && is_space(d[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        i += 1;
        while i < n && !is_space(d[i]) {
            i += 1;
        }
        out.push((j, i));
    }
    if i < n {
        while i < n && is_space(d[i]) {
            i += 1;
        }
        if i != n {
            out.push((i, n));
        }
    }
    out
}

fn rsplit_ws(d: &[u8], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut max = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut i = d.len() as isize - 1;
    while max > 0 {
        max -= 1;
        while i >= 0 && is_space(d[i as usize]) {
            i -= 1;
        }
        if i < 0 {
            break;
        }
        let j = i;
        i -= 1;
        while i >= 0 && !is_space(d[i as usize]) {
            i -= 1;
        }
        out.push(((i + 1) as usize, (j + 1) as usize));
    }
    if i >= 0 {
        while i >= 0 && is_space(d[i as usize]) {
            i -= 1;
        }
        if i >= 0 {
            out.push((0, (i + 1) as usize));
        }
    }
    out
}

fn split_sep(d: &[u8], sep: &[u8], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut max = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut i = 0;
    while max > 0 {
        max -= 1;
        match find_bytes(&d[i..], sep) {
            Some(p) => {
                out.push((i, i + p));
                i += p + sep.len();
            }
            None => break,
        }
    }
    out.push((i, d.len()));
    out
}

fn rsplit_sep(d: &[u8], sep: &[u8], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut max = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut j = d.len();
    while max > 0 {
        max -= 1;
        match rfind_bytes(&d[..j], sep) {
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

fn pieces(vm: &mut Vm, this_v: &Value, d: &[u8], ranges: &[(usize, usize)], rev: bool) -> Value {
    let mut items: Vec<Value> = ranges.iter().map(|&(a, b)| new_like(vm, this_v, d[a..b].to_vec())).collect();
    if rev {
        items.reverse();
    }
    vm.new_list(items)
}

fn b_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, &a, "split")?;
    let d = this_view(vm, &a)?.to_vec();
    let ranges = match &sep {
        None => split_ws(&d, maxsplit),
        Some(s) => split_sep(&d, s, maxsplit),
    };
    Ok(pieces(vm, &a.values[0], &d, &ranges, false))
}

fn b_rsplit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, &a, "rsplit")?;
    let d = this_view(vm, &a)?.to_vec();
    let ranges = match &sep {
        None => rsplit_ws(&d, maxsplit),
        Some(s) => rsplit_sep(&d, s, maxsplit),
    };
    Ok(pieces(vm, &a.values[0], &d, &ranges, true))
}

fn b_splitlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = bind_kw(vm, &a, 1, "splitlines", &["keepends"], 0)?;
    let keepends = match &b[0] {
        Some(v) => c_int(vm, v)? != 0,
        None => false,
    };
    let d = this_view(vm, &a)?.to_vec();
    let mut ranges = Vec::new();
    let mut i = 0;
    while i < d.len() {
        let j = i;
        while i < d.len() && d[i] != b'\n' && d[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < d.len() {
            if d[i] == b'\r' && i + 1 < d.len() && d[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        ranges.push((j, eol));
    }
    Ok(pieces(vm, &a.values[0], &d, &ranges, false))
}

fn b_join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = kind(&a.values[0]);
    let iterable = one_arg(vm, &a, &format!("{k}.join"))?;
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
    let sep = this_view(vm, &a)?.to_vec();
    let mut parts = Vec::with_capacity(items.len());
    let mut total: u128 = 0;
    for (i, it) in items.iter().enumerate() {
        match buffer_bytes(it) {
            Some(b) => {
                total += b.len() as u128 + if i > 0 { sep.len() as u128 } else { 0 };
                parts.push(b);
            }
            None => {
                let tn = vm.type_name(it);
                return Err(vm.type_error(format!("sequence item {i}: expected a bytes-like object, {tn} found")));
            }
        }
    }
    check_size(vm, total, "join() result is too long")?;
    let mut out = Vec::with_capacity(total as usize);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(p);
    }
    Ok(new_like(vm, &a.values[0], out))
}

fn strip(vm: &mut Vm, a: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let k = kind(&a.values[0]);
    let r = clinic_pos(vm, &a, &format!("{k}.{name}"), name, 0, 1)?;
    let set: Option<Vec<u8>> = match r.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    let d = this_view(vm, &a)?.to_vec();
    let keep = |b: u8| match &set {
        None => is_space(b),
        Some(s) => s.contains(&b),
    };
    let mut i = 0;
    let mut j = d.len();
    if left {
        while i < j && keep(d[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && keep(d[j - 1]) {
            j -= 1;
        }
    }
    if i == 0 && j == d.len() {
        if let Value::Obj(o) = &a.values[0] {
            if o.class().is(&vm.types.bytes) {
                return Ok(a.values[0].clone());
            }
        }
    }
    Ok(new_like(vm, &a.values[0], d[i..j].to_vec()))
}

fn b_strip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip(vm, a, "strip", true, true)
}
fn b_lstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip(vm, a, "lstrip", true, false)
}
fn b_rstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip(vm, a, "rstrip", false, true)
}

fn b_expandtabs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = bind_kw(vm, &a, 1, "expandtabs", &["tabsize"], 0)?;
    let tabsize = match &b[0] {
        Some(v) => c_int(vm, v)?,
        None => 8,
    };
    let d = this_view(vm, &a)?.to_vec();
    let mut total: u128 = 0;
    let mut line_pos: i64 = 0;
    for &c in &d {
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize - line_pos % tabsize;
                line_pos += incr;
                total += incr as u128;
            }
        } else {
            line_pos += 1;
            total += 1;
            if c == b'\n' || c == b'\r' {
                line_pos = 0;
            }
        }
    }
    check_size(vm, total, "result too long")?;
    let mut out = Vec::with_capacity(total as usize);
    let mut line_pos: i64 = 0;
    for &c in &d {
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize - line_pos % tabsize;
                line_pos += incr;
                out.extend(std::iter::repeat_n(b' ', incr as usize));
            }
        } else {
            line_pos += 1;
            out.push(c);
            if c == b'\n' || c == b'\r' {
                line_pos = 0;
            }
        }
    }
    Ok(new_like(vm, &a.values[0], out))
}

fn justify(vm: &mut Vm, a: Args, name: &str) -> PyResult<Value> {
    let k = kind(&a.values[0]);
    let r = clinic_pos(vm, &a, &format!("{k}.{name}"), name, 1, 2)?;
    let width = ssize(vm, &r[0])?;
    let fill = match r.get(1) {
        None => b' ',
        // the clinic `char` converter takes bytes or bytearray only
        Some(v) => match super::is_bytes_or_bytearray(v).then(|| buffer_bytes(v)).flatten() {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                let tn = crate::types::str::argutil::clinic_type_name(vm, v);
                return Err(vm.type_error(format!("{name}() argument 2 must be a byte string of length 1, not {tn}")));
            }
        },
    };
    let d = this_view(vm, &a)?.to_vec();
    let len = d.len() as i64;
    if len >= width {
        if let Value::Obj(o) = &a.values[0] {
            if o.class().is(&vm.types.bytes) {
                return Ok(a.values[0].clone());
            }
        }
        return Ok(new_like(vm, &a.values[0], d));
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
    check_size(vm, width as u128, "padded bytes is too long")?;
    let mut out = Vec::with_capacity(width as usize);
    out.extend(std::iter::repeat_n(fill, left as usize));
    out.extend_from_slice(&d);
    out.extend(std::iter::repeat_n(fill, right as usize));
    Ok(new_like(vm, &a.values[0], out))
}

fn b_center(vm: &mut Vm, a: Args) -> PyResult<Value> {
    justify(vm, a, "center")
}
fn b_ljust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    justify(vm, a, "ljust")
}
fn b_rjust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    justify(vm, a, "rjust")
}

fn b_zfill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = kind(&a.values[0]);
    let r = clinic_pos(vm, &a, &format!("{k}.zfill"), "zfill", 1, 1)?;
    let width = ssize(vm, &r[0])?;
    let d = this_view(vm, &a)?.to_vec();
    if d.len() as i64 >= width {
        if let Value::Obj(o) = &a.values[0] {
            if o.class().is(&vm.types.bytes) {
                return Ok(a.values[0].clone());
            }
        }
        return Ok(new_like(vm, &a.values[0], d));
    }
    check_size(vm, width as u128, "padded bytes is too long")?;
    let fill = width as usize - d.len();
    let mut out = Vec::with_capacity(width as usize);
    let rest = match d.first() {
        Some(&c @ (b'+' | b'-')) => {
            out.push(c);
            &d[1..]
        }
        _ => &d[..],
    };
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(rest);
    Ok(new_like(vm, &a.values[0], out))
}

pub static METHODS: &[MethodDef] = &[
    MethodDef { name: "split", func: b_split, flags: 0, sig: "($self, /, sep=None, maxsplit=-1)", doc: "Return a list of the sections in the bytes, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytes.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit." },
    MethodDef { name: "rsplit", func: b_rsplit, flags: 0, sig: "($self, /, sep=None, maxsplit=-1)", doc: "Return a list of the sections in the bytes, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytes.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit.\n\nSplitting is done starting at the end of the bytes and working to the front." },
    MethodDef { name: "splitlines", func: b_splitlines, flags: 0, sig: "($self, /, keepends=False)", doc: "Return a list of the lines in the bytes, breaking at line boundaries.\n\nLine breaks are not included in the resulting list unless keepends is given and\ntrue." },
    MethodDef { name: "join", func: b_join, flags: 0, sig: "($self, iterable_of_bytes, /)", doc: "Concatenate any number of bytes objects.\n\nThe bytes whose method is called is inserted in between each pair.\n\nThe result is returned as a new bytes object.\n\nExample: b'.'.join([b'ab', b'pq', b'rs']) -> b'ab.pq.rs'." },
    MethodDef { name: "strip", func: b_strip, flags: 0, sig: "($self, bytes=None, /)", doc: "Strip leading and trailing bytes contained in the argument.\n\nIf the argument is omitted or None, strip leading and trailing ASCII whitespace." },
    MethodDef { name: "lstrip", func: b_lstrip, flags: 0, sig: "($self, bytes=None, /)", doc: "Strip leading bytes contained in the argument.\n\nIf the argument is omitted or None, strip leading  ASCII whitespace." },
    MethodDef { name: "rstrip", func: b_rstrip, flags: 0, sig: "($self, bytes=None, /)", doc: "Strip trailing bytes contained in the argument.\n\nIf the argument is omitted or None, strip trailing ASCII whitespace." },
    MethodDef { name: "expandtabs", func: b_expandtabs, flags: 0, sig: "($self, /, tabsize=8)", doc: "Return a copy where all tab characters are expanded using spaces.\n\nIf tabsize is not given, a tab size of 8 characters is assumed." },
    MethodDef { name: "center", func: b_center, flags: 0, sig: "($self, width, fillchar=b' ', /)", doc: "Return a centered string of length width.\n\nPadding is done using the specified fill character." },
    MethodDef { name: "ljust", func: b_ljust, flags: 0, sig: "($self, width, fillchar=b' ', /)", doc: "Return a left-justified string of length width.\n\nPadding is done using the specified fill character." },
    MethodDef { name: "rjust", func: b_rjust, flags: 0, sig: "($self, width, fillchar=b' ', /)", doc: "Return a right-justified string of length width.\n\nPadding is done using the specified fill character." },
    MethodDef { name: "zfill", func: b_zfill, flags: 0, sig: "($self, width, /)", doc: "Pad a numeric string with zeros on the left, to fill a field of the given width.\n\nThe original string is never truncated." },
];
