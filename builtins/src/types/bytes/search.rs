//! bytes/bytearray searching: find rfind index rindex count startswith endswith partition
//! rpartition replace removeprefix removesuffix.

use super::{byte_value, bytes_arg, kind, new_like, simple_arg, this_view};
use crate::types::str::argutil::{adjust_indices, check_size, clinic_pos, one_arg, parse_tuple, slice_index, ssize};
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::protocol::attr;
use rpy_vm::protocol::number::as_int;
use rpy_vm::{Payload, PyResult, Value, Vm};

pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    let first = needle[0];
    let last_start = hay.len() - needle.len();
    let mut i = 0;
    while i <= last_start {
        match hay[i..=last_start].iter().position(|&b| b == first) {
            None => return None,
            Some(p) => {
                i += p;
                if &hay[i..i + needle.len()] == needle {
                    return Some(i);
                }
                i += 1;
            }
        }
    }
    None
}

pub fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).rev().find(|&i| &hay[i..i + needle.len()] == needle)
}

pub fn count_bytes(hay: &[u8], needle: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find_bytes(&hay[i..], needle) {
        n += 1;
        i += p + needle.len();
    }
    n
}

/// The `sub` of find/count/index: an int byte value or a bytes-like object.
fn sub_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = simple_arg(vm, v)? {
        return Ok(b);
    }
    if as_int(v).is_some() || attr::lookup_special(vm, v, "__index__").is_some() {
        return Ok(vec![byte_value(vm, v)?]);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("argument should be integer or bytes-like object, not '{tn}'")))
}

fn find_args<'a>(vm: &mut Vm, a: &Args<'a>, name: &str) -> PyResult<(&'a Value, Option<i64>, Option<i64>)> {
    let k = kind(&a.values[0]);
    let r = parse_tuple(vm, a, &format!("{k}.{name}"), name, 1, 3)?;
    let start = slice_index(vm, r.get(1))?;
    let end = slice_index(vm, r.get(2))?;
    Ok((&r[0], start, end))
}

fn find_in(data: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, reverse: bool) -> i64 {
    let (st, en) = adjust_indices(start, end, data.len());
    if en - st < sub.len() as i64 {
        return -1;
    }
    let hay = &data[st as usize..en as usize];
    let r = if reverse { rfind_bytes(hay, sub) } else { find_bytes(hay, sub) };
    r.map(|p| st + p as i64).unwrap_or(-1)
}

fn find_common(vm: &mut Vm, a: Args, name: &str, reverse: bool, raise: bool) -> PyResult<Value> {
    let (sub, start, end) = find_args(vm, &a, name)?;
    let sub = sub_arg(vm, sub)?;
    let r = {
        let d = this_view(vm, &a)?;
        find_in(&d, &sub, start, end, reverse)
    };
    if r < 0 && raise {
        return Err(vm.value_error("subsection not found"));
    }
    Ok(Value::Int(r))
}

fn b_find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    find_common(vm, a, "find", false, false)
}
fn b_rfind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    find_common(vm, a, "rfind", true, false)
}
fn b_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    find_common(vm, a, "index", false, true)
}
fn b_rindex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    find_common(vm, a, "rindex", true, true)
}

fn b_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sub, start, end) = find_args(vm, &a, "count")?;
    let sub = sub_arg(vm, sub)?;
    let d = this_view(vm, &a)?;
    let (st, en) = adjust_indices(start, end, d.len());
    if en < st {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(en - st + 1));
    }
    Ok(Value::Int(count_bytes(&d[st as usize..en as usize], &sub) as i64))
}

fn tailmatch(data: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (st, en) = adjust_indices(start, end, data.len());
    let m = sub.len() as i64;
    if en - m < st {
        return false;
    }
    if m == 0 {
        return true;
    }
    if at_end {
        &data[(en - m) as usize..en as usize] == sub
    } else {
        &data[st as usize..(st + m) as usize] == sub
    }
}

fn starts_ends(vm: &mut Vm, a: Args, name: &str, at_end: bool) -> PyResult<Value> {
    let (prefix, start, end) = find_args(vm, &a, name)?;
    if let Value::Obj(o) = prefix {
        if let Payload::Tuple(items) = &o.payload {
            for it in items.iter() {
                let sub = bytes_arg(vm, it)?;
                let d = this_view(vm, &a)?;
                if tailmatch(&d, &sub, start, end, at_end) {
                    return Ok(Value::Bool(true));
                }
            }
            return Ok(Value::Bool(false));
        }
    }
    let Some(sub) = simple_arg(vm, prefix)? else {
        let tn = vm.type_name(prefix);
        return Err(vm.type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {tn}")));
    };
    let d = this_view(vm, &a)?;
    Ok(Value::Bool(tailmatch(&d, &sub, start, end, at_end)))
}

fn b_startswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    starts_ends(vm, a, "startswith", false)
}
fn b_endswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    starts_ends(vm, a, "endswith", true)
}

fn partition(vm: &mut Vm, a: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let k = kind(&a.values[0]);
    let sep = one_arg(vm, &a, &format!("{k}.{name}"))?;
    let sep = bytes_arg(vm, &sep)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let d = this_view(vm, &a)?.to_vec();
    let this_v = a.values[0].clone();
    let found = if reverse { rfind_bytes(&d, &sep) } else { find_bytes(&d, &sep) };
    let items = match found {
        Some(p) => vec![new_like(vm, &this_v, d[..p].to_vec()), new_like(vm, &this_v, sep.clone()), new_like(vm, &this_v, d[p + sep.len()..].to_vec())],
        None => {
            // bytes (even a subclass) returns itself, bytearray a copy
            let whole = if super::is_bytearray(&this_v) { new_like(vm, &this_v, d.clone()) } else { this_v.clone() };
            let (e1, e2) = (new_like(vm, &this_v, Vec::new()), new_like(vm, &this_v, Vec::new()));
            if reverse {
                vec![e1, e2, whole]
            } else {
                vec![whole, e1, e2]
            }
        }
    };
    Ok(vm.new_tuple(items))
}

fn b_partition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    partition(vm, a, "partition", false)
}
fn b_rpartition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    partition(vm, a, "rpartition", true)
}

/// `data.replace(old, new, count)` (count < 0: all).
pub fn replace_bytes(data: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let mut left = if count < 0 { usize::MAX } else { count as usize };
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        for &b in data {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(b);
        }
        if left > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while left > 0 {
        match find_bytes(&data[i..], old) {
            Some(p) => {
                out.extend_from_slice(&data[i..i + p]);
                out.extend_from_slice(new);
                i += p + old.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&data[i..]);
    out
}

fn b_replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = kind(&a.values[0]);
    let r = clinic_pos(vm, &a, &format!("{k}.replace"), "replace", 2, 3)?;
    let old = bytes_arg(vm, &r[0])?;
    let new = bytes_arg(vm, &r[1])?;
    let count = match r.get(2) {
        Some(v) => ssize(vm, v)?,
        None => -1,
    };
    let d = this_view(vm, &a)?.to_vec();
    let n = if old.is_empty() { d.len() as u128 + 1 } else { count_bytes(&d, &old) as u128 };
    let n = if count < 0 { n } else { n.min(count as u128) };
    check_size(vm, d.len() as u128 + n * new.len() as u128, "replace bytes is too long")?;
    let out = replace_bytes(&d, &old, &new, count);
    Ok(new_like(vm, &a.values[0], out))
}

fn remove_affix(vm: &mut Vm, a: Args, name: &str, suffix: bool) -> PyResult<Value> {
    let k = kind(&a.values[0]);
    let arg = one_arg(vm, &a, &format!("{k}.{name}"))?;
    let p = bytes_arg(vm, &arg)?;
    let d = this_view(vm, &a)?.to_vec();
    let this_v = a.values[0].clone();
    let hit = !p.is_empty() && if suffix { d.ends_with(&p) } else { d.starts_with(&p) };
    if !hit {
        if let Value::Obj(o) = &this_v {
            if o.class().is(&vm.types.bytes) {
                return Ok(this_v.clone());
            }
        }
        return Ok(new_like(vm, &this_v, d));
    }
    let out = if suffix { d[..d.len() - p.len()].to_vec() } else { d[p.len()..].to_vec() };
    Ok(new_like(vm, &this_v, out))
}

fn b_removeprefix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    remove_affix(vm, a, "removeprefix", false)
}
fn b_removesuffix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    remove_affix(vm, a, "removesuffix", true)
}

pub static METHODS: &[MethodDef] = &[
    MethodDef { name: "find", func: b_find, flags: 0, sig: "", doc: "B.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure." },
    MethodDef { name: "rfind", func: b_rfind, flags: 0, sig: "", doc: "B.rfind(sub[, start[, end]]) -> int\n\nReturn the highest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure." },
    MethodDef { name: "index", func: b_index, flags: 0, sig: "", doc: "B.index(sub[, start[, end]]) -> int\n\nReturn the lowest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaises ValueError when the subsection is not found." },
    MethodDef { name: "rindex", func: b_rindex, flags: 0, sig: "", doc: "B.rindex(sub[, start[, end]]) -> int\n\nReturn the highest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaise ValueError when the subsection is not found." },
    MethodDef { name: "count", func: b_count, flags: 0, sig: "", doc: "B.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occurrences of subsection sub in\nbytes B[start:end].  Optional arguments start and end are interpreted\nas in slice notation." },
    MethodDef { name: "startswith", func: b_startswith, flags: 0, sig: "", doc: "B.startswith(prefix[, start[, end]]) -> bool\n\nReturn True if B starts with the specified prefix, False otherwise.\nWith optional start, test B beginning at that position.\nWith optional end, stop comparing B at that position.\nprefix can also be a tuple of bytes to try." },
    MethodDef { name: "endswith", func: b_endswith, flags: 0, sig: "", doc: "B.endswith(suffix[, start[, end]]) -> bool\n\nReturn True if B ends with the specified suffix, False otherwise.\nWith optional start, test B beginning at that position.\nWith optional end, stop comparing B at that position.\nsuffix can also be a tuple of bytes to try." },
    MethodDef { name: "partition", func: b_partition, flags: 0, sig: "($self, sep, /)", doc: "Partition the bytes into three parts using the given separator.\n\nThis will search for the separator sep in the bytes. If the separator is found,\nreturns a 3-tuple containing the part before the separator, the separator\nitself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing the original bytes\nobject and two empty bytes objects." },
    MethodDef { name: "rpartition", func: b_rpartition, flags: 0, sig: "($self, sep, /)", doc: "Partition the bytes into three parts using the given separator.\n\nThis will search for the separator sep in the bytes, starting at the end. If\nthe separator is found, returns a 3-tuple containing the part before the\nseparator, the separator itself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing two empty bytes\nobjects and the original bytes object." },
    MethodDef { name: "replace", func: b_replace, flags: 0, sig: "($self, old, new, count=-1, /)", doc: "Return a copy with all occurrences of substring old replaced by new.\n\n  count\n    Maximum number of occurrences to replace.\n    -1 (the default value) means replace all occurrences.\n\nIf the optional argument count is given, only the first count occurrences are\nreplaced." },
    MethodDef { name: "removeprefix", func: b_removeprefix, flags: 0, sig: "($self, prefix, /)", doc: "Return a bytes object with the given prefix string removed if present.\n\nIf the bytes starts with the prefix string, return bytes[len(prefix):].\nOtherwise, return a copy of the original bytes." },
    MethodDef { name: "removesuffix", func: b_removesuffix, flags: 0, sig: "($self, suffix, /)", doc: "Return a bytes object with the given suffix string removed if present.\n\nIf the bytes ends with the suffix string and that suffix is not empty,\nreturn bytes[:-len(prefix)].  Otherwise, return a copy of the original\nbytes." },
];
