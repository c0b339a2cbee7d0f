//! The builtin `bool` type (a subclass of int with the two instances True and False):
//! `bool(x)`, its repr, and `&`, `|`, `^` that stay bool for bool operands.

use super::wrap;
use crate::types::object;
use rpy_vm::bytecode::BinOp;
use rpy_vm::objects::native::{mflags, Args, MethodDef};
use rpy_vm::protocol::number::{as_int, int_op};
use rpy_vm::{PyResult, Value, Vm};

fn bool_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let bool_t = vm.types.bool_.clone();
    object::new_cls(vm, &a, &bool_t, "bool")?;
    if a.has_kwargs() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    let n = a.len() - 1;
    if n > 1 {
        return Err(vm.type_error(format!("bool expected at most 1 argument, got {n}")));
    }
    match a.values.get(1) {
        Some(x) => Ok(Value::Bool(vm.truthy(x)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn bool_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    wrap::unary(vm, &a, "__repr__")?;
    let b = matches!(a.values[0], Value::Bool(true));
    Ok(vm.new_str(if b { "True" } else { "False" }))
}

/// `bool & x` (and `|`, `^`, reflected or not): a bool for two bools, else int's operation.
fn logic(vm: &mut Vm, a: &Args, op: BinOp, rev: bool, name: &str) -> PyResult<Value> {
    let other = wrap::binary(vm, a, name)?;
    let this = a.values[0].clone();
    if let (Value::Bool(p), Value::Bool(q)) = (&this, &other) {
        return Ok(Value::Bool(match op {
            BinOp::And => p & q,
            BinOp::Or => p | q,
            _ => p ^ q,
        }));
    }
    let (Some(x), Some(y)) = (as_int(&this), as_int(&other)) else { return Ok(vm.not_implemented()) };
    let (l, r) = if rev { (y, x) } else { (x, y) };
    match int_op(vm, &l, &r, op) {
        Some(res) => res,
        None => Ok(vm.not_implemented()),
    }
}

fn bool_and(vm: &mut Vm, a: Args) -> PyResult<Value> {
    logic(vm, &a, BinOp::And, false, "__and__")
}
fn bool_rand(vm: &mut Vm, a: Args) -> PyResult<Value> {
    logic(vm, &a, BinOp::And, true, "__rand__")
}
fn bool_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    logic(vm, &a, BinOp::Or, false, "__or__")
}
fn bool_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    logic(vm, &a, BinOp::Or, true, "__ror__")
}
fn bool_xor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    logic(vm, &a, BinOp::Xor, false, "__xor__")
}
fn bool_rxor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    logic(vm, &a, BinOp::Xor, true, "__rxor__")
}

static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: bool_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef { name: "__repr__", func: bool_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__and__", func: bool_and, flags: 0, sig: "($self, value, /)", doc: "Return self&value." },
    MethodDef { name: "__rand__", func: bool_rand, flags: 0, sig: "($self, value, /)", doc: "Return value&self." },
    MethodDef { name: "__or__", func: bool_or, flags: 0, sig: "($self, value, /)", doc: "Return self|value." },
    MethodDef { name: "__ror__", func: bool_ror, flags: 0, sig: "($self, value, /)", doc: "Return value|self." },
    MethodDef { name: "__xor__", func: bool_xor, flags: 0, sig: "($self, value, /)", doc: "Return self^value." },
    MethodDef { name: "__rxor__", func: bool_rxor, flags: 0, sig: "($self, value, /)", doc: "Return value^self." },
];

const DOC: &str = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.";

pub fn init(vm: &mut Vm) {
    let t = vm.types.bool_.clone();
    vm.add_methods(&t, METHODS);
    let doc = vm.new_str(DOC);
    vm.type_set_attr(&t, "__doc__", doc);
}
