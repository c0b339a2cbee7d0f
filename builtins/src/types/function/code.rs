//! Code objects (`co_*` attributes, `co_lines()`, `co_positions()`, `__repr__`) and cells
//! (`cell_contents`, comparison by contents, `types.CellType(...)`).

use super::readonly;
use crate::args;
use rpy_vm::bytecode::{CmpOp, CodeObject, Position};
use rpy_vm::objects::native::{mflags, Args, GetSetDef, MethodDef};
use rpy_vm::protocol::{compare, seq};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};
use std::cell::RefCell;
use std::rc::Rc;

fn code_of(vm: &mut Vm, v: &Value) -> PyResult<Rc<CodeObject>> {
    if let Value::Obj(o) = v {
        if let Payload::Code(c) = &o.payload {
            return Ok(c.clone());
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'code' object but received a '{tn}'")))
}

fn names_tuple(vm: &Vm, names: &[ObjRef]) -> Value {
    vm.new_tuple(names.iter().map(|n| Value::Obj(n.clone())).collect())
}

macro_rules! code_getter {
    ($name:ident, |$vm:ident, $c:ident| $body:expr) => {
        fn $name($vm: &mut Vm, v: &Value) -> PyResult<Value> {
            let $c = code_of($vm, v)?;
            Ok($body)
        }
    };
}

code_getter!(co_name, |vm, c| Value::Obj(c.name.clone()));
code_getter!(co_qualname, |vm, c| Value::Obj(c.qualname.clone()));
code_getter!(co_filename, |vm, c| Value::Obj(c.filename.clone()));
code_getter!(co_firstlineno, |vm, c| Value::Int(c.firstlineno as i64));
code_getter!(co_argcount, |vm, c| Value::Int(c.argcount as i64));
code_getter!(co_posonlyargcount, |vm, c| Value::Int(c.posonlyargcount as i64));
code_getter!(co_kwonlyargcount, |vm, c| Value::Int(c.kwonlyargcount as i64));
code_getter!(co_nlocals, |vm, c| Value::Int(c.nlocals() as i64));
// CO_NOFREE (0x40) no longer exists in 3.11
code_getter!(co_flags, |vm, c| Value::Int((c.flags & !rpy_vm::bytecode::flags::NOFREE) as i64));
code_getter!(co_stacksize, |vm, c| Value::Int(c.max_stack as i64));
code_getter!(co_varnames, |vm, c| names_tuple(vm, &c.varnames));
code_getter!(co_cellvars, |vm, c| names_tuple(vm, &c.cellvars));
code_getter!(co_freevars, |vm, c| names_tuple(vm, &c.freevars));
code_getter!(co_names, |vm, c| names_tuple(vm, &c.names));
code_getter!(co_consts, |vm, c| vm.new_tuple(c.consts.to_vec()));

fn opt_int(v: u32, none: u32) -> Value {
    if v == none {
        Value::None
    } else {
        Value::Int(v as i64)
    }
}

fn line_value(p: &Position) -> Value {
    if p.line == 0 {
        Value::None
    } else {
        Value::Int(p.line as i64)
    }
}

/// `co_lines()`: (start, end, line) byte ranges (2 bytes per instruction) of runs of
/// instructions on the same line.
fn code_lines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "co_lines")?;
    let c = code_of(vm, &a.values[0])?;
    let mut out = Vec::new();
    let mut start = 0usize;
    let n = c.instrs.len();
    for i in 1..=n {
        let boundary = i == n || c.positions.get(i).map(|p| p.line) != c.positions.get(start).map(|p| p.line);
        if boundary {
            let line = c.positions.get(start).map(line_value).unwrap_or(Value::None);
            out.push(vm.new_tuple(vec![Value::Int(start as i64 * 2), Value::Int(i as i64 * 2), line]));
            start = i;
        }
    }
    let l = vm.new_list(out);
    seq::get_iter(vm, &l)
}

/// `co_positions()`: (line, end_line, column, end_column) per instruction.
fn code_positions(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "co_positions")?;
    let c = code_of(vm, &a.values[0])?;
    let mut out = Vec::with_capacity(c.instrs.len());
    for i in 0..c.instrs.len() {
        let p = c.positions.get(i).copied().unwrap_or_default();
        let end_line = if p.line == 0 { Value::None } else { opt_int(p.end_line, 0) };
        out.push(vm.new_tuple(vec![line_value(&p), end_line, opt_int(p.col, Position::NONE), opt_int(p.end_col, Position::NONE)]));
    }
    let l = vm.new_list(out);
    seq::get_iter(vm, &l)
}

fn code_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__repr__")?;
    let c = code_of(vm, &a.values[0])?;
    let addr = a.values[0].as_obj().map(|o| o.addr()).unwrap_or(0);
    let n = vm.str_of(&c.name);
    let f = vm.str_of(&c.filename);
    Ok(vm.new_string(format!("<code object {n} at {addr:#x}, file \"{f}\", line {}>", c.firstlineno)))
}

fn same_names(vm: &Vm, a: &[ObjRef], b: &[ObjRef]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.is(y) || vm.str_of(x) == vm.str_of(y))
}

/// Constants compare equal only with the same type (so `0`, `0.0` and `False` differ), as
/// CPython's `_PyCode_ConstantKey`.
fn same_consts(vm: &mut Vm, a: &[Value], b: &[Value]) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (x, y) in a.iter().zip(b) {
        if x.is(y) {
            continue;
        }
        if !vm.type_of(x).is(&vm.type_of(y)) {
            return Ok(false);
        }
        if let (Value::Float(p), Value::Float(q)) = (x, y) {
            if p.to_bits() != q.to_bits() {
                return Ok(false);
            }
            continue;
        }
        if !vm.eq(x, y)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn code_equal(vm: &mut Vm, a: &Rc<CodeObject>, b: &Rc<CodeObject>) -> PyResult<bool> {
    if Rc::ptr_eq(a, b) {
        return Ok(true);
    }
    let same = vm.str_of(&a.name) == vm.str_of(&b.name)
        && a.argcount == b.argcount
        && a.posonlyargcount == b.posonlyargcount
        && a.kwonlyargcount == b.kwonlyargcount
        && a.flags == b.flags
        && a.firstlineno == b.firstlineno
        && a.instrs == b.instrs
        && a.positions == b.positions
        && a.exc_table == b.exc_table
        && same_names(vm, &a.names, &b.names)
        && same_names(vm, &a.varnames, &b.varnames)
        && same_names(vm, &a.cellvars, &b.cellvars)
        && same_names(vm, &a.freevars, &b.freevars);
    if !same {
        return Ok(false);
    }
    same_consts(vm, &a.consts, &b.consts)
}

fn code_compare(vm: &mut Vm, a: Args, name: &str, negate: bool) -> PyResult<Value> {
    let other = args::one_arg(vm, &a, name)?;
    let c = code_of(vm, &a.values[0])?;
    let d = match &other {
        Value::Obj(o) => match &o.payload {
            Payload::Code(d) => d.clone(),
            _ => return Ok(vm.not_implemented()),
        },
        _ => return Ok(vm.not_implemented()),
    };
    let eq = code_equal(vm, &c, &d)?;
    Ok(Value::Bool(eq != negate))
}

fn code_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    code_compare(vm, a, "__eq__", false)
}

fn code_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    code_compare(vm, a, "__ne__", true)
}

fn code_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__hash__")?;
    let c = code_of(vm, &a.values[0])?;
    let name = rpy_vm::objects::hash::hash_str(&vm.str_of(&c.name));
    let parts = [name, c.argcount as i64, c.posonlyargcount as i64, c.kwonlyargcount as i64, c.flags as i64, c.firstlineno as i64, c.instrs.len() as i64];
    let h = rpy_vm::objects::hash::hash_tuple(parts.into_iter());
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

static CODE_METHODS: &[MethodDef] = &[
    MethodDef { name: "__eq__", func: code_eq, flags: 0, sig: "($self, value, /)", doc: "Return self==value." },
    MethodDef { name: "__ne__", func: code_ne, flags: 0, sig: "($self, value, /)", doc: "Return self!=value." },
    MethodDef { name: "__hash__", func: code_hash, flags: 0, sig: "($self, /)", doc: "Return hash(self)." },
    MethodDef { name: "__repr__", func: code_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "co_lines", func: code_lines, flags: 0, sig: "", doc: "" },
    MethodDef { name: "co_positions", func: code_positions, flags: 0, sig: "", doc: "" },
];

static CODE_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "co_name", get: co_name, set: Some(readonly), doc: "" },
    GetSetDef { name: "co_qualname", get: co_qualname, set: Some(readonly), doc: "" },
    GetSetDef { name: "co_filename", get: co_filename, set: Some(readonly), doc: "" },
    GetSetDef { name: "co_firstlineno", get: co_firstlineno, set: Some(readonly), doc: "" },
    GetSetDef { name: "co_argcount", get: co_argcount, set: Some(readonly), doc: "" },
    GetSetDef { name: "co_posonlyargcount", get: co_posonlyargcount, set: Some(readonly), doc: "" },
    GetSetDef { name: "co_kwonlyargcount", get: co_kwonlyargcount, set: Some(readonly), doc: "" },
    GetSetDef { name: "co_nlocals", get: co_nlocals, set: Some(readonly), doc: "" },
    GetSetDef { name: "co_flags", get: co_flags, set: Some(readonly), doc: "" },
    GetSetDef { name: "co_stacksize", get: co_stacksize, set: Some(readonly), doc: "" },
    GetSetDef { name: "co_varnames", get: co_varnames, set: None, doc: "" },
    GetSetDef { name: "co_cellvars", get: co_cellvars, set: None, doc: "" },
    GetSetDef { name: "co_freevars", get: co_freevars, set: None, doc: "" },
    GetSetDef { name: "co_names", get: co_names, set: Some(readonly), doc: "" },
    GetSetDef { name: "co_consts", get: co_consts, set: Some(readonly), doc: "" },
];

// ----- cells -----------------------------------------------------------------------------

fn cell_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a RefCell<Option<Value>>> {
    if let Value::Obj(o) = v {
        if let Payload::Cell(c) = &o.payload {
            return Ok(c);
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("descriptor requires a 'cell' object but received a '{tn}'")))
}

fn cell_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ct = vm.types.cell.clone();
    crate::types::object::new_cls(vm, &a, &ct, "cell")?;
    if a.has_kwargs() {
        return Err(vm.type_error("cell() takes no keyword arguments"));
    }
    let n = a.len() - 1;
    if n > 1 {
        return Err(vm.type_error(format!("cell expected at most 1 argument, got {n}")));
    }
    let v = a.pos().get(1).cloned();
    Ok(Value::Obj(ObjRef::new(ct, Payload::Cell(RefCell::new(v)))))
}

fn cell_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    args::no_args(vm, &a, "__repr__")?;
    let c = cell_of(vm, &a.values[0])?.borrow().clone();
    let addr = a.values[0].as_obj().map(|o| o.addr()).unwrap_or(0);
    let s = match c {
        None => format!("<cell at {addr:#x}: empty>"),
        Some(v) => {
            let tn = vm.type_name(&v);
            let va = v.as_obj().map(|o| o.addr()).unwrap_or(0);
            format!("<cell at {addr:#x}: {tn} object at {va:#x}>")
        }
    };
    Ok(vm.new_string(s))
}

fn cell_compare(vm: &mut Vm, a: Args, op: CmpOp, name: &str) -> PyResult<Value> {
    let other = args::one_arg(vm, &a, name)?;
    let x = cell_of(vm, &a.values[0])?.borrow().clone();
    let y = match &other {
        Value::Obj(o) => match &o.payload {
            Payload::Cell(c) => c.borrow().clone(),
            _ => return Ok(vm.not_implemented()),
        },
        _ => return Ok(vm.not_implemented()),
    };
    match (x, y) {
        (Some(x), Some(y)) => compare::rich_compare(vm, &x, &y, op),
        (x, y) => {
            // empty cells sort before anything else
            let (l, r) = (x.is_some() as u8, y.is_some() as u8);
            Ok(Value::Bool(match op {
                CmpOp::Lt => l < r,
                CmpOp::Le => l <= r,
                CmpOp::Eq => l == r,
                CmpOp::Ne => l != r,
                CmpOp::Gt => l > r,
                CmpOp::Ge => l >= r,
            }))
        }
    }
}

macro_rules! cell_cmp {
    ($f:ident, $op:expr, $name:literal) => {
        fn $f(vm: &mut Vm, a: Args) -> PyResult<Value> {
            cell_compare(vm, a, $op, $name)
        }
    };
}
cell_cmp!(cell_lt, CmpOp::Lt, "__lt__");
cell_cmp!(cell_le, CmpOp::Le, "__le__");
cell_cmp!(cell_eq, CmpOp::Eq, "__eq__");
cell_cmp!(cell_ne, CmpOp::Ne, "__ne__");
cell_cmp!(cell_gt, CmpOp::Gt, "__gt__");
cell_cmp!(cell_ge, CmpOp::Ge, "__ge__");

fn get_contents(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = cell_of(vm, v)?.borrow().clone();
    match c {
        Some(x) => Ok(x),
        None => Err(vm.value_error("Cell is empty")),
    }
}

fn set_contents(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let c = cell_of(vm, v)?;
    let old = c.replace(new);
    drop(old);
    Ok(())
}

static CELL_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: cell_new,
        flags: mflags::STATIC,
        sig: "($type, *args, **kwargs)",
        doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    MethodDef { name: "__repr__", func: cell_repr, flags: 0, sig: "($self, /)", doc: "Return repr(self)." },
    MethodDef { name: "__lt__", func: cell_lt, flags: 0, sig: "($self, value, /)", doc: "Return self<value." },
    MethodDef { name: "__le__", func: cell_le, flags: 0, sig: "($self, value, /)", doc: "Return self<=value." },
    MethodDef { name: "__eq__", func: cell_eq, flags: 0, sig: "($self, value, /)", doc: "Return self==value." },
    MethodDef { name: "__ne__", func: cell_ne, flags: 0, sig: "($self, value, /)", doc: "Return self!=value." },
    MethodDef { name: "__gt__", func: cell_gt, flags: 0, sig: "($self, value, /)", doc: "Return self>value." },
    MethodDef { name: "__ge__", func: cell_ge, flags: 0, sig: "($self, value, /)", doc: "Return self>=value." },
];

static CELL_GETSETS: &[GetSetDef] = &[GetSetDef { name: "cell_contents", get: get_contents, set: Some(set_contents), doc: "" }];

pub fn init(vm: &mut Vm) {
    let t = vm.types.code.clone();
    vm.add_methods(&t, CODE_METHODS);
    vm.add_getsets(&t, CODE_GETSETS);
    let d = vm.new_str("Create a code object.  Not for the faint of heart.");
    vm.type_set_attr(&t, "__doc__", d);
    let t = vm.types.cell.clone();
    vm.add_methods(&t, CELL_METHODS);
    vm.add_getsets(&t, CELL_GETSETS);
    vm.type_set_attr(&t, "__hash__", Value::None);
    let d = vm.new_str("Create a new cell object.\n\n  contents\n    the contents of the cell. If not specified, the cell will be empty,\n    and \n further attempts to access its cell_contents attribute will\n    raise a ValueError.");
    vm.type_set_attr(&t, "__doc__", d);
}
