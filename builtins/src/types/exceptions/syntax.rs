//! SyntaxError (and IndentationError/TabError): the `(msg, (filename, lineno, offset, text
//! [, end_lineno, end_offset]))` arguments, their attributes and `__str__`.

use super::{no_kwargs, set_args, store, this_exc};
use rpy_vm::objects::native::{Args, GetSetDef, MethodDef};
use rpy_vm::protocol::seq;
use rpy_vm::{Payload, PyResult, Value, Vm};

const FIELDS: [&str; 6] = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];

fn syntax_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = this_exc(vm, &a.values[0])?;
    let tn = vm.type_name(&a.values[0]);
    no_kwargs(vm, &a, &tn)?;
    let items = a.pos()[1..].to_vec();
    set_args(vm, &o, items.clone());
    if let Some(m) = items.first() {
        store(vm, &o, "msg", Some(m.clone()))?;
    }
    if items.len() == 2 {
        let info = seq::to_vec(vm, &items[1])?;
        if info.len() < 4 {
            return Err(vm.type_error(format!("function takes at least 4 arguments ({} given)", info.len())));
        }
        if info.len() > 6 {
            return Err(vm.type_error(format!("function takes at most 6 arguments ({} given)", info.len())));
        }
        if info.len() == 5 {
            return Err(vm.type_error("end_offset must be provided when end_lineno is provided"));
        }
        for (i, k) in FIELDS.iter().enumerate() {
            store(vm, &o, k, info.get(i).cloned())?;
        }
    }
    Ok(Value::None)
}

fn is_exact_int(vm: &Vm, v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Obj(o) if o.class().is(&vm.types.int) => match &o.payload {
            // PyLong_AsLongAndOverflow reports -1 for values beyond a C long
            Payload::Int(_) => Some(-1),
            _ => None,
        },
        _ => None,
    }
}

fn syntax_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::args::no_args(vm, &a, "__str__")?;
    let o = this_exc(vm, &a.values[0])?;
    let msg = vm.get_attr_raw(&o, "msg").unwrap_or(Value::None);
    let filename = match vm.get_attr_raw(&o, "filename") {
        Some(Value::Obj(f)) if matches!(f.payload, Payload::Str(_)) => {
            let s = vm.str_of(&f);
            Some(match s.rfind('/') {
                Some(i) => s[i + 1..].to_string(),
                None => s,
            })
        }
        _ => None,
    };
    let lineno = vm.get_attr_raw(&o, "lineno").and_then(|l| is_exact_int(vm, &l));
    let m = vm.to_string(&msg)?;
    let s = match (filename, lineno) {
        (None, None) => m,
        (Some(f), Some(l)) => format!("{m} ({f}, line {l})"),
        (Some(f), None) => format!("{m} ({f})"),
        (None, Some(l)) => format!("{m} (line {l})"),
    };
    Ok(vm.new_string(s))
}

super::dict_member!(get_msg, set_msg, "msg");
super::dict_member!(get_filename, set_filename, "filename");
super::dict_member!(get_lineno, set_lineno, "lineno");
super::dict_member!(get_offset, set_offset, "offset");
super::dict_member!(get_text, set_text, "text");
super::dict_member!(get_end_lineno, set_end_lineno, "end_lineno");
super::dict_member!(get_end_offset, set_end_offset, "end_offset");
super::dict_member!(get_pfal, set_pfal, "print_file_and_line");

static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__init__",
        func: syntax_init,
        flags: 0,
        sig: "($self, /, *args, **kwargs)",
        doc: "Initialize self.  See help(type(self)) for accurate signature.",
    },
    MethodDef { name: "__str__", func: syntax_str, flags: 0, sig: "($self, /)", doc: "Return str(self)." },
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "msg", get: get_msg, set: Some(set_msg), doc: "exception msg" },
    GetSetDef { name: "filename", get: get_filename, set: Some(set_filename), doc: "exception filename" },
    GetSetDef { name: "lineno", get: get_lineno, set: Some(set_lineno), doc: "exception lineno" },
    GetSetDef { name: "offset", get: get_offset, set: Some(set_offset), doc: "exception offset" },
    GetSetDef { name: "text", get: get_text, set: Some(set_text), doc: "exception text" },
    GetSetDef { name: "end_lineno", get: get_end_lineno, set: Some(set_end_lineno), doc: "exception end lineno" },
    GetSetDef { name: "end_offset", get: get_end_offset, set: Some(set_end_offset), doc: "exception end offset" },
    GetSetDef { name: "print_file_and_line", get: get_pfal, set: Some(set_pfal), doc: "exception print_file_and_line" },
];

pub fn init(vm: &mut Vm) {
    let t = vm.types.syntax_error.clone();
    vm.add_methods(&t, METHODS);
    vm.add_getsets(&t, GETSETS);
}
