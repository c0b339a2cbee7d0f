//! str searching: find rfind index rindex count startswith endswith partition rpartition
//! replace removeprefix removesuffix (indices in code points).

use super::argutil::{adjust_indices, check_size, clinic_pos, one_arg, parse_tuple, slice_index, ssize};
use super::{as_pystr, this};
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::objects::str::PyStr;
use rpy_vm::{Payload, PyResult, Value, Vm};

/// Number of code points in `s`.
pub fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The str argument of find/count/index: "must be str, not int".
fn sub_arg<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a PyStr> {
    match as_pystr(v) {
        Some(s) => Ok(s),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("must be str, not {tn}")))
        }
    }
}

/// Parses `(sub[, start[, end]])`.
fn find_args<'a>(vm: &mut Vm, a: &Args<'a>, name: &str) -> PyResult<(&'a Value, Option<i64>, Option<i64>)> {
    let r = parse_tuple(vm, a, &format!("str.{name}"), name, 1, 3)?;
    let start = slice_index(vm, r.get(1))?;
    let end = slice_index(vm, r.get(2))?;
    Ok((&r[0], start, end))
}

/// Code-point index of `sub` in `s[start:end]` (CPython's `any_find_slice`), or -1.
pub fn find_impl(s: &PyStr, sub: &str, start: Option<i64>, end: Option<i64>, reverse: bool) -> i64 {
    let (st, en) = adjust_indices(start, end, s.char_len());
    let sublen = char_count(sub) as i64;
    if en - st < sublen {
        return -1;
    }
    let (bs, be) = (s.byte_offset(st as usize), s.byte_offset(en as usize));
    let hay = &s.as_str()[bs..be];
    let pos = if reverse { hay.rfind(sub) } else { hay.find(sub) };
    match pos {
        Some(p) => st + char_count(&hay[..p]) as i64,
        None => -1,
    }
}

fn count_impl(s: &PyStr, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let (st, en) = adjust_indices(start, end, s.char_len());
    if en < st {
        return 0;
    }
    if sub.is_empty() {
        return en - st + 1;
    }
    let (bs, be) = (s.byte_offset(st as usize), s.byte_offset(en as usize));
    s.as_str()[bs..be].matches(sub).count() as i64
}

fn find_common(vm: &mut Vm, a: Args, name: &str, reverse: bool, raise: bool) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let (sub, start, end) = find_args(vm, &a, name)?;
    let sub = sub_arg(vm, sub)?;
    let r = find_impl(s, sub.as_str(), start, end, reverse);
    if r < 0 && raise {
        return Err(vm.value_error("substring not found"));
    }
    Ok(Value::Int(r))
}

fn str_find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    find_common(vm, a, "find", false, false)
}
fn str_rfind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    find_common(vm, a, "rfind", true, false)
}
fn str_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    find_common(vm, a, "index", false, true)
}
fn str_rindex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    find_common(vm, a, "rindex", true, true)
}

fn str_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let (sub, start, end) = find_args(vm, &a, "count")?;
    let sub = sub_arg(vm, sub)?;
    Ok(Value::Int(count_impl(s, sub.as_str(), start, end)))
}

/// CPython's `tailmatch`.
fn tailmatch(s: &PyStr, sub: &PyStr, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (st, en) = adjust_indices(start, end, s.char_len());
    let m = sub.char_len() as i64;
    let en2 = en - m;
    if en2 < st {
        return false;
    }
    if m == 0 {
        return true;
    }
    if at_end {
        s.slice_chars(en2 as usize, en as usize) == sub.as_str()
    } else {
        s.slice_chars(st as usize, (st + m) as usize) == sub.as_str()
    }
}

fn starts_ends(vm: &mut Vm, a: Args, name: &str, at_end: bool) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let (prefix, start, end) = find_args(vm, &a, name)?;
    if let Value::Obj(o) = prefix {
        if let Payload::Tuple(items) = &o.payload {
            for it in items.iter() {
                match as_pystr(it) {
                    Some(sub) => {
                        if tailmatch(s, sub, start, end, at_end) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    None => {
                        let tn = vm.type_name(it);
                        return Err(vm.type_error(format!("tuple for {name} must only contain str, not {tn}")));
                    }
                }
            }
            return Ok(Value::Bool(false));
        }
    }
    match as_pystr(prefix) {
        Some(sub) => Ok(Value::Bool(tailmatch(s, sub, start, end, at_end))),
        None => {
            let tn = vm.type_name(prefix);
            Err(vm.type_error(format!("{name} first arg must be str or a tuple of str, not {tn}")))
        }
    }
}

fn str_startswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    starts_ends(vm, a, "startswith", false)
}
fn str_endswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    starts_ends(vm, a, "endswith", true)
}

/// `self` itself when it is an exact str, else a fresh str with the same text.
pub fn same_or_copy(vm: &mut Vm, this_v: &Value, s: &str) -> Value {
    match this_v {
        Value::Obj(o) if o.class().is(&vm.types.str) => this_v.clone(),
        _ => vm.new_str(s),
    }
}

fn partition(vm: &mut Vm, a: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let sep = one_arg(vm, &a, &format!("str.{name}"))?;
    let sep = sub_arg(vm, &sep)?;
    if sep.as_str().is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if reverse { text.rfind(sep.as_str()) } else { text.find(sep.as_str()) };
    let empty = Value::Obj(vm.intern(""));
    let items = match found {
        Some(p) => {
            let head = vm.new_str(&text[..p]);
            let tail = vm.new_str(&text[p + sep.as_str().len()..]);
            vec![head, vm.new_str(sep.as_str()), tail]
        }
        None => {
            // CPython returns the receiver itself here, even for subclasses
            let whole = a.values[0].clone();
            if reverse {
                vec![empty.clone(), empty, whole]
            } else {
                vec![whole, empty.clone(), empty]
            }
        }
    };
    Ok(vm.new_tuple(items))
}

fn str_partition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    partition(vm, a, "partition", false)
}
fn str_rpartition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    partition(vm, a, "rpartition", true)
}

/// `s.replace(old, new, count)` on Rust strings (count < 0: all).
pub fn replace_impl(s: &str, old: &str, new: &str, count: i64) -> String {
    let count = if count < 0 { usize::MAX } else { count as usize };
    if old.is_empty() {
        let mut out = String::with_capacity(s.len() + new.len() * (s.len() + 1).min(count));
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        return out;
    }
    s.replacen(old, new, count)
}

fn str_replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let r = clinic_pos(vm, &a, "str.replace", "replace", 2, 3)?;
    let mut strs = Vec::new();
    for (i, v) in r.iter().take(2).enumerate() {
        match as_pystr(v) {
            Some(x) => strs.push(x),
            None => {
                let tn = crate::types::str::argutil::clinic_type_name(vm, v);
                return Err(vm.type_error(format!("replace() argument {} must be str, not {tn}", i + 1)));
            }
        }
    }
    let count = match r.get(2) {
        Some(v) => ssize(vm, v)?,
        None => -1,
    };
    let (old, new) = (strs[0].as_str(), strs[1].as_str());
    if count == 0 || (!old.is_empty() && !s.as_str().contains(old)) {
        return Ok(same_or_copy(vm, &a.values[0], s.as_str()));
    }
    let n_matches = if old.is_empty() { s.char_len() as u128 + 1 } else { s.as_str().matches(old).count() as u128 };
    let n = if count < 0 { n_matches } else { n_matches.min(count as u128) };
    let size = s.as_str().len() as u128 + n * new.len() as u128;
    check_size(vm, size, "replace string is too long")?;
    Ok(vm.new_string(replace_impl(s.as_str(), old, new, count)))
}

fn remove_affix(vm: &mut Vm, a: Args, name: &str, suffix: bool) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let arg = one_arg(vm, &a, &format!("str.{name}"))?;
    let Some(p) = as_pystr(&arg) else {
        let tn = crate::types::str::argutil::clinic_type_name(vm, &arg);
        return Err(vm.type_error(format!("{name}() argument must be str, not {tn}")));
    };
    let text = s.as_str();
    let stripped = if suffix { text.strip_suffix(p.as_str()) } else { text.strip_prefix(p.as_str()) };
    match stripped {
        Some(rest) if !p.as_str().is_empty() => Ok(vm.new_str(rest)),
        _ => Ok(same_or_copy(vm, &a.values[0], text)),
    }
}

fn str_removeprefix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    remove_affix(vm, a, "removeprefix", false)
}
fn str_removesuffix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    remove_affix(vm, a, "removesuffix", true)
}

pub static METHODS: &[MethodDef] = &[
    MethodDef { name: "find", func: str_find, flags: 0, sig: "", doc: "S.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in S where substring sub is found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure." },
    MethodDef { name: "rfind", func: str_rfind, flags: 0, sig: "", doc: "S.rfind(sub[, start[, end]]) -> int\n\nReturn the highest index in S where substring sub is found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure." },
    MethodDef { name: "index", func: str_index, flags: 0, sig: "", doc: "S.index(sub[, start[, end]]) -> int\n\nReturn the lowest index in S where substring sub is found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaises ValueError when the substring is not found." },
    MethodDef { name: "rindex", func: str_rindex, flags: 0, sig: "", doc: "S.rindex(sub[, start[, end]]) -> int\n\nReturn the highest index in S where substring sub is found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaises ValueError when the substring is not found." },
    MethodDef { name: "count", func: str_count, flags: 0, sig: "", doc: "S.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occurrences of substring sub in\nstring S[start:end].  Optional arguments start and end are\ninterpreted as in slice notation." },
    MethodDef { name: "startswith", func: str_startswith, flags: 0, sig: "", doc: "S.startswith(prefix[, start[, end]]) -> bool\n\nReturn True if S starts with the specified prefix, False otherwise.\nWith optional start, test S beginning at that position.\nWith optional end, stop comparing S at that position.\nprefix can also be a tuple of strings to try." },
    MethodDef { name: "endswith", func: str_endswith, flags: 0, sig: "", doc: "S.endswith(suffix[, start[, end]]) -> bool\n\nReturn True if S ends with the specified suffix, False otherwise.\nWith optional start, test S beginning at that position.\nWith optional end, stop comparing S at that position.\nsuffix can also be a tuple of strings to try." },
    MethodDef { name: "partition", func: str_partition, flags: 0, sig: "($self, sep, /)", doc: "Partition the string into three parts using the given separator.\n\nThis will search for the separator in the string.  If the separator is found,\nreturns a 3-tuple containing the part before the separator, the separator\nitself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing the original string\nand two empty strings." },
    MethodDef { name: "rpartition", func: str_rpartition, flags: 0, sig: "($self, sep, /)", doc: "Partition the string into three parts using the given separator.\n\nThis will search for the separator in the string, starting at the end. If\nthe separator is found, returns a 3-tuple containing the part before the\nseparator, the separator itself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing two empty strings\nand the original string." },
    MethodDef { name: "replace", func: str_replace, flags: 0, sig: "($self, old, new, count=-1, /)", doc: "Return a copy with all occurrences of substring old replaced by new.\n\n  count\n    Maximum number of occurrences to replace.\n    -1 (the default value) means replace all occurrences.\n\nIf the optional argument count is given, only the first count occurrences are\nreplaced." },
    MethodDef { name: "removeprefix", func: str_removeprefix, flags: 0, sig: "($self, prefix, /)", doc: "Return a str with the given prefix string removed if present.\n\nIf the string starts with the prefix string, return string[len(prefix):].\nOtherwise, return a copy of the original string." },
    MethodDef { name: "removesuffix", func: str_removesuffix, flags: 0, sig: "($self, suffix, /)", doc: "Return a str with the given suffix string removed if present.\n\nIf the string ends with the suffix string and that suffix is not empty,\nreturn string[:-len(suffix)]. Otherwise, return a copy of the original\nstring." },
];
