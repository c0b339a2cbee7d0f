//! `str.translate` and the static `str.maketrans`.

use super::argutil::one_arg;
use super::search::same_or_copy;
use super::{as_pystr, this};
use rpy_vm::objects::native::{mflags, Args, MethodDef};
use rpy_vm::objects::typeobj::is_subtype;
use rpy_vm::protocol::number::as_int;
use rpy_vm::protocol::{dictops, seq};
use rpy_vm::{Payload, PyResult, Value, Vm};

/// Looks `c` up in the table: Ok(None) when the table raises LookupError (keep `c`).
fn lookup(vm: &mut Vm, table: &Value, c: char) -> PyResult<Option<Value>> {
    let key = Value::Int(c as i64);
    if let Value::Obj(o) = table {
        if matches!(o.payload, Payload::Dict(_)) && o.class().is(&vm.types.dict) {
            return dictops::dict_getitem_opt(vm, o, &key);
        }
    }
    match seq::getitem(vm, table, &key) {
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            let le = vm.types.lookup_error.clone();
            if e.0.with_class(|c| is_subtype(c, &le)) {
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

fn str_translate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let table = one_arg(vm, &a, "str.translate")?;
    let text = s.as_str();
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    for c in text.chars() {
        match lookup(vm, &table, c)? {
            None => out.push(c),
            Some(Value::None) => changed = true,
            Some(v) => {
                changed = true;
                if let Some(i) = as_int(&v) {
                    let cp = match i {
                        rpy_vm::objects::int::Int::Small(n) if (0..0x110000).contains(&n) => n as u32,
                        _ => return Err(vm.value_error("character mapping must be in range(0x110000)")),
                    };
                    out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                } else if let Some(t) = as_pystr(&v) {
                    out.push_str(t.as_str());
                } else {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            }
        }
    }
    if !changed {
        return Ok(same_or_copy(vm, &a.values[0], text));
    }
    Ok(vm.new_string(out))
}

fn str_maketrans(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.has_kwargs() {
        return Err(vm.type_error("str.maketrans() takes no keyword arguments"));
    }
    let r = a.pos();
    if r.is_empty() || r.len() > 3 {
        let msg = if r.is_empty() {
            format!("maketrans expected at least 1 argument, got {}", r.len())
        } else {
            format!("maketrans expected at most 3 arguments, got {}", r.len())
        };
        return Err(vm.type_error(msg));
    }
    for (i, v) in r.iter().enumerate().skip(1) {
        if as_pystr(v).is_none() {
            let tn = crate::types::str::argutil::clinic_type_name(vm, v);
            return Err(vm.type_error(format!("maketrans() argument {} must be str, not {tn}", i + 1)));
        }
    }
    let d = vm.new_dict_obj();
    if r.len() == 1 {
        let x = &r[0];
        let is_dict = matches!(x, Value::Obj(o) if matches!(o.payload, Payload::Dict(_)));
        if !is_dict {
            return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
        }
        let items = dictops::mapping_items(vm, x)?;
        for (k, v) in items {
            let key = if let Some(s) = as_pystr(&k) {
                if s.char_len() != 1 {
                    return Err(vm.value_error("string keys in translate table must be of length 1"));
                }
                Value::Int(s.char_at(0) as i64)
            } else if as_int(&k).is_some() {
                k.clone()
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            dictops::dict_setitem(vm, &d, key, v)?;
        }
        return Ok(Value::Obj(d));
    }
    let Some(x) = as_pystr(&r[0]) else {
        return Err(vm.type_error("first maketrans argument must be a string if there is a second argument"));
    };
    let y = as_pystr(&r[1]).map(|s| s.as_str().to_string()).unwrap_or_default();
    if x.char_len() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    let xs: Vec<char> = x.as_str().chars().collect();
    for (cx, cy) in xs.into_iter().zip(y.chars()) {
        dictops::dict_setitem(vm, &d, Value::Int(cx as i64), Value::Int(cy as i64))?;
    }
    if let Some(z) = r.get(2).and_then(as_pystr) {
        let zs: Vec<char> = z.as_str().chars().collect();
        for cz in zs {
            dictops::dict_setitem(vm, &d, Value::Int(cz as i64), Value::None)?;
        }
    }
    Ok(Value::Obj(d))
}

pub static METHODS: &[MethodDef] = &[
    MethodDef { name: "translate", func: str_translate, flags: 0, sig: "($self, table, /)", doc: "Replace each character in the string using the given translation table.\n\n  table\n    Translation table, which must be a mapping of Unicode ordinals to\n    Unicode ordinals, strings, or None.\n\nThe table must implement lookup/indexing via __getitem__, for instance a\ndictionary or list.  If this operation raises LookupError, the character is\nleft untouched.  Characters mapped to None are deleted." },
    MethodDef { name: "maketrans", func: str_maketrans, flags: mflags::STATIC, sig: "(x, y=<unrepresentable>, z=<unrepresentable>, /)", doc: "Return a translation table usable for str.translate().\n\nIf there is only one argument, it must be a dictionary mapping Unicode\nordinals (integers) or characters to Unicode ordinals, strings or None.\nCharacter keys will be then converted to ordinals.\nIf there are two arguments, they must be strings of equal length, and\nin the resulting dictionary, each character in x will be mapped to the\ncharacter at the same position in y. If there is a third argument, it\nmust be a string, whose characters will be mapped to None in the result." },
];
