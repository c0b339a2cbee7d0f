//! "Did you mean …?" suggestions for NameError and AttributeError, computed at print time with
//! CPython 3.11's weighted Levenshtein distance.

use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::vm::Vm;

const MAX_CANDIDATES: usize = 750;
const MAX_STRING: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        return CASE_COST;
    }
    MOVE_COST
}

fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING || b.len() > MAX_STRING {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name`, as CPython's `calculate_suggestions`.
pub fn best_match(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_dist = usize::MAX;
    for c in candidates {
        if c == name {
            continue;
        }
        let max = ((name.len() + c.len() + 3) * MOVE_COST / 6).min(best_dist.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), c.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none() || d < best_dist {
            best = Some(c);
            best_dist = d;
        }
    }
    best.cloned()
}

fn dict_keys(vm: &Vm, d: &ObjRef) -> Vec<String> {
    match &d.payload {
        Payload::Dict(dd) => {
            dd.borrow().keys().iter().filter_map(|k| k.as_obj().filter(|o| matches!(o.payload, Payload::Str(_))).map(|o| vm.str_of(o))).collect()
        }
        _ => Vec::new(),
    }
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// The suggestion for an exception about to be printed, if any.
pub fn suggestion(vm: &mut Vm, exc: &ObjRef) -> Option<String> {
    let name = match vm.get_attr_raw(exc, "name") {
        Some(Value::Obj(n)) if matches!(n.payload, Payload::Str(_)) => vm.str_of(&n),
        _ => return None,
    };
    let ty = exc.class();
    if crate::objects::typeobj::is_subtype(&ty, &vm.types.attribute_error) {
        let obj = vm.get_attr_raw(exc, "obj")?;
        let dir = crate::protocol::attr::lookup_special(vm, &obj, "__dir__")?;
        let r = vm.call(&dir, &[obj]).ok()?;
        let items = crate::protocol::seq::to_vec(vm, &r).ok()?;
        let names: Vec<String> = items.iter().filter_map(|v| v.as_obj().filter(|o| matches!(o.payload, Payload::Str(_))).map(|o| vm.str_of(o))).collect();
        return best_match(&sorted(names), &name);
    }
    if crate::objects::typeobj::is_subtype(&ty, &vm.types.name_error) {
        // the frame the error was raised in: the last traceback entry
        let mut tb = match &exc.payload {
            Payload::Exception(d) => d.borrow().traceback.clone(),
            _ => None,
        }?;
        loop {
            let next = match &tb.payload {
                Payload::Traceback(t) => t.next.borrow().clone(),
                _ => None,
            };
            match next {
                Some(n) => tb = n,
                None => break,
            }
        }
        let Payload::Traceback(t) = &tb.payload else { return None };
        let Payload::Frame(f) = &t.frame.payload else { return None };
        let locals: Vec<String> = if f.code.flags & crate::bytecode::flags::OPTIMIZED != 0 {
            f.code.varnames.iter().chain(f.code.cellvars.iter()).chain(f.code.freevars.iter()).map(|n| vm.str_of(n)).collect()
        } else {
            match &*f.locals.borrow() {
                Some(l) => dict_keys(vm, l),
                None => dict_keys(vm, &f.globals),
            }
        };
        if let Some(s) = best_match(&sorted(locals), &name) {
            return Some(s);
        }
        if let Some(s) = best_match(&sorted(dict_keys(vm, &f.globals)), &name) {
            return Some(s);
        }
        let b = vm.builtins_dict.clone();
        return best_match(&sorted(dict_keys(vm, &b)), &name);
    }
    None
}
