//! UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: argument parsing,
//! the encoding/object/start/end/reason attributes and their messages.

use super::{no_kwargs, set_args, store, this_exc};
use rpy_vm::objects::int::Int;
use rpy_vm::objects::native::{Args, GetSetDef, MethodDef};
use rpy_vm::protocol::number::as_int;
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Encode,
    Decode,
    Translate,
}

fn arg_str(vm: &mut Vm, v: &Value, i: usize) -> PyResult<Value> {
    if vm.is_instance_of(v, &vm.types.str.clone()) {
        return Ok(v.clone());
    }
    let tn = if v.is_none() { "None".to_string() } else { vm.type_name(v) };
    Err(vm.type_error(format!("argument {i} must be str, not {tn}")))
}

fn arg_ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.to_index(v)? {
        Int::Small(i) => Ok(i),
        Int::Big(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn arg_bytes(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        match &o.payload {
            Payload::Bytes(_) => return Ok(v.clone()),
            Payload::ByteArray(b) => {
                let b = b.borrow().clone();
                return Ok(vm.new_bytes(b));
            }
            _ => {
                if vm.type_name(v) == "memoryview" {
                    let bt = Value::Obj(vm.types.bytes.clone());
                    return vm.call(&bt, &[v.clone()]);
                }
            }
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
}

fn init_common(vm: &mut Vm, a: Args, kind: Kind) -> PyResult<Value> {
    let o = this_exc(vm, &a.values[0])?;
    let tn = vm.type_name(&a.values[0]);
    no_kwargs(vm, &a, &tn)?;
    let items = a.pos()[1..].to_vec();
    set_args(vm, &o, items.clone());
    for k in ["encoding", "object", "reason"] {
        store(vm, &o, k, None)?;
    }
    let want = if kind == Kind::Translate { 4 } else { 5 };
    if items.len() != want {
        return Err(vm.type_error(format!("function takes exactly {want} arguments ({} given)", items.len())));
    }
    let (encoding, rest) = if kind == Kind::Translate { (None, &items[..]) } else { (Some(arg_str(vm, &items[0], 1)?), &items[1..]) };
    let off = want - 4;
    let object = if kind == Kind::Decode { rest[0].clone() } else { arg_str(vm, &rest[0], off + 1)? };
    let start = arg_ssize(vm, &rest[1])?;
    let end = arg_ssize(vm, &rest[2])?;
    let reason = arg_str(vm, &rest[3], off + 4)?;
    let object = if kind == Kind::Decode { arg_bytes(vm, &object)? } else { object };
    store(vm, &o, "encoding", encoding)?;
    store(vm, &o, "object", Some(object))?;
    store(vm, &o, "start", Some(Value::Int(start)))?;
    store(vm, &o, "end", Some(Value::Int(end)))?;
    store(vm, &o, "reason", Some(reason))?;
    Ok(Value::None)
}

fn encode_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    init_common(vm, a, Kind::Encode)
}

fn decode_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    init_common(vm, a, Kind::Decode)
}

fn translate_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    init_common(vm, a, Kind::Translate)
}

/// `str()` of a field, "<NULL>" when it was deleted.
fn field_str(vm: &mut Vm, o: &ObjRef, k: &str) -> PyResult<String> {
    match vm.get_attr_raw(o, k) {
        Some(v) => vm.to_string(&v),
        None => Ok("<NULL>".into()),
    }
}

fn int_field(vm: &Vm, o: &ObjRef, k: &str) -> i64 {
    match vm.get_attr_raw(o, k) {
        Some(Value::Int(i)) => i,
        Some(Value::Bool(b)) => b as i64,
        _ => 0,
    }
}

fn char_escape(c: u32) -> String {
    if c <= 0xff {
        format!("\\x{c:02x}")
    } else if c <= 0xffff {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

fn str_common(vm: &mut Vm, a: Args, kind: Kind) -> PyResult<Value> {
    crate::args::no_args(vm, &a, "__str__")?;
    let o = this_exc(vm, &a.values[0])?;
    let Some(object) = vm.get_attr_raw(&o, "object") else { return Ok(vm.new_str("")) };
    let reason = field_str(vm, &o, "reason")?;
    let encoding = if kind == Kind::Translate { String::new() } else { field_str(vm, &o, "encoding")? };
    let start = int_field(vm, &o, "start");
    let end = int_field(vm, &o, "end");
    let s = match kind {
        Kind::Decode => {
            let bytes: Vec<u8> = match &object {
                Value::Obj(b) => match &b.payload {
                    Payload::Bytes(b) => b.to_vec(),
                    _ => return Err(vm.type_error("object attribute must be bytes")),
                },
                _ => return Err(vm.type_error("object attribute must be bytes")),
            };
            if start >= 0 && (start as usize) < bytes.len() && end == start + 1 {
                format!("'{encoding}' codec can't decode byte 0x{:02x} in position {start}: {reason}", bytes[start as usize])
            } else {
                format!("'{encoding}' codec can't decode bytes in position {start}-{}: {reason}", end - 1)
            }
        }
        _ => {
            let text: Vec<char> = match &object {
                Value::Obj(s) => match &s.payload {
                    Payload::Str(s) => s.as_str().chars().collect(),
                    _ => return Err(vm.type_error("object attribute must be unicode")),
                },
                _ => return Err(vm.type_error("object attribute must be unicode")),
            };
            let single = start >= 0 && (start as usize) < text.len() && end == start + 1;
            match (kind, single) {
                (Kind::Encode, true) => {
                    format!("'{encoding}' codec can't encode character '{}' in position {start}: {reason}", char_escape(text[start as usize] as u32))
                }
                (Kind::Encode, false) => format!("'{encoding}' codec can't encode characters in position {start}-{}: {reason}", end - 1),
                (_, true) => format!("can't translate character '{}' in position {start}: {reason}", char_escape(text[start as usize] as u32)),
                (_, false) => format!("can't translate characters in position {start}-{}: {reason}", end - 1),
            }
        }
    };
    Ok(vm.new_string(s))
}

fn encode_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    str_common(vm, a, Kind::Encode)
}

fn decode_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    str_common(vm, a, Kind::Decode)
}

fn translate_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    str_common(vm, a, Kind::Translate)
}

super::dict_member!(get_encoding, set_encoding, "encoding");
super::dict_member!(get_object, set_object, "object");
super::dict_member!(get_reason, set_reason, "reason");

fn ssize_member_set(vm: &mut Vm, v: &Value, new: Option<Value>, key: &str) -> PyResult<()> {
    let o = this_exc(vm, v)?;
    let Some(n) = new else { return Err(vm.type_error("can't delete numeric/char attribute")) };
    let i = match as_int(&n) {
        Some(Int::Small(i)) => i,
        Some(Int::Big(_)) => {
            // the member setter stores the -1 error value before reporting the overflow
            store(vm, &o, key, Some(Value::Int(-1)))?;
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
        }
        None => return Err(vm.type_error("an integer is required")),
    };
    store(vm, &o, key, Some(Value::Int(i)))
}

fn get_start(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = this_exc(vm, v)?;
    Ok(Value::Int(int_field(vm, &o, "start")))
}

fn set_start(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    ssize_member_set(vm, v, new, "start")
}

fn get_end(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = this_exc(vm, v)?;
    Ok(Value::Int(int_field(vm, &o, "end")))
}

fn set_end(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    ssize_member_set(vm, v, new, "end")
}

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "encoding", get: get_encoding, set: Some(set_encoding), doc: "exception encoding" },
    GetSetDef { name: "object", get: get_object, set: Some(set_object), doc: "exception object" },
    GetSetDef { name: "start", get: get_start, set: Some(set_start), doc: "exception start" },
    GetSetDef { name: "end", get: get_end, set: Some(set_end), doc: "exception end" },
    GetSetDef { name: "reason", get: get_reason, set: Some(set_reason), doc: "exception reason" },
];

const INIT_SIG: &str = "($self, /, *args, **kwargs)";
const INIT_DOC: &str = "Initialize self.  See help(type(self)) for accurate signature.";

static ENCODE: &[MethodDef] = &[
    MethodDef { name: "__init__", func: encode_init, flags: 0, sig: INIT_SIG, doc: INIT_DOC },
    MethodDef { name: "__str__", func: encode_str, flags: 0, sig: "($self, /)", doc: "Return str(self)." },
];
static DECODE: &[MethodDef] = &[
    MethodDef { name: "__init__", func: decode_init, flags: 0, sig: INIT_SIG, doc: INIT_DOC },
    MethodDef { name: "__str__", func: decode_str, flags: 0, sig: "($self, /)", doc: "Return str(self)." },
];
static TRANSLATE: &[MethodDef] = &[
    MethodDef { name: "__init__", func: translate_init, flags: 0, sig: INIT_SIG, doc: INIT_DOC },
    MethodDef { name: "__str__", func: translate_str, flags: 0, sig: "($self, /)", doc: "Return str(self)." },
];

pub fn init(vm: &mut Vm) {
    let pairs = [
        (vm.types.unicode_encode_error.clone(), ENCODE),
        (vm.types.unicode_decode_error.clone(), DECODE),
        (vm.types.unicode_translate_error.clone(), TRANSLATE),
    ];
    for (t, m) in pairs {
        vm.add_methods(&t, m);
        vm.add_getsets(&t, GETSETS);
    }
}
