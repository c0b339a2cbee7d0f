//! The interpreter loop: fetch, dispatch, with Python-to-Python calls handled by pushing
//! frames (no Rust recursion) and zero-cost exception handling through the exception table.

mod cache;
mod frame;
mod inline_gen;
pub mod ops;

pub use frame::{bind_args, Frame};

use crate::bytecode::{BinOp, CmpOp, Op};
use crate::error::{PyErr, PyResult};
use crate::object::{ObjRef, Payload};
use crate::protocol::{attr, compare, number, seq};
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

thread_local! {
    /// Empty caller stacks kept for the next `run_frame`.
    #[allow(clippy::vec_box)]
    static PARENTS: std::cell::RefCell<Vec<Vec<Box<Frame>>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// How a frame's execution ended.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// Runs `f` (and any Python frames it calls) until it returns or yields. `throw` raises an
/// exception at the current instruction first (generator `throw`). The frame is handed back
/// so generators can resume it.
pub fn run_frame(vm: &mut Vm, f: &mut Box<Frame>, throw: Option<PyErr>) -> PyResult<Exit> {
    if vm.depth >= vm.recursion_limit || crate::stack::remaining() < 512 * 1024 {
        let t = vm.types.recursion_error.clone();
        return Err(vm.new_error(&t, "maximum recursion depth exceeded"));
    }
    // gc hook: entering Python code from native code (`map(f, …)`) is a safe point
    if crate::gc::is_due() {
        crate::gc::collect_if_due(vm);
    }
    vm.depth += 1;
    let base_depth = vm.depth;
    // the stack of suspended callers, reused across entries (generators re-enter often)
    let mut parents: Vec<Box<Frame>> = PARENTS.with(|p| p.borrow_mut().pop()).unwrap_or_default();
    let r = execute(vm, f, &mut parents, throw);
    // on error every pushed frame has been popped by the unwinder
    vm.depth = base_depth - 1;
    if parents.is_empty() {
        PARENTS.with(|p| {
            let mut p = p.borrow_mut();
            if p.len() < 64 {
                p.push(parents);
            }
        });
    }
    r
}

/// Arithmetic on immediates that cannot fail or overflow (the rest goes to `number`).
#[inline(always)]
fn fast_binop(lhs: &Value, rhs: &Value, op: BinOp) -> Option<Value> {
    match (lhs, rhs) {
        (Value::Int(a), Value::Int(b)) => {
            let (a, b) = (*a, *b);
            match op {
                BinOp::Remainder if b > 0 && a >= 0 => Some(Value::Int(a % b)),
                BinOp::FloorDivide if b > 0 && a >= 0 => Some(Value::Int(a / b)),
                BinOp::And => Some(Value::Int(a & b)),
                BinOp::Or => Some(Value::Int(a | b)),
                BinOp::Xor => Some(Value::Int(a ^ b)),
                BinOp::Rshift if (0..64).contains(&b) => Some(Value::Int(a >> b)),
                BinOp::TrueDivide if b != 0 && a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) => Some(Value::Float(a as f64 / b as f64)),
                _ => None,
            }
        }
        (Value::Float(a), Value::Float(b)) => float_fast(*a, *b, op),
        (Value::Float(a), Value::Int(b)) if b.unsigned_abs() < (1 << 53) => float_fast(*a, *b as f64, op),
        (Value::Int(a), Value::Float(b)) if a.unsigned_abs() < (1 << 53) => float_fast(*a as f64, *b, op),
        _ => None,
    }
}

#[inline(always)]
fn float_fast(a: f64, b: f64, op: BinOp) -> Option<Value> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Subtract => a - b,
        BinOp::Multiply => a * b,
        BinOp::TrueDivide if b != 0.0 => a / b,
        BinOp::Power if a > 0.0 && a.is_finite() && b.is_finite() => {
            let r = a.powf(b);
            if !r.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    };
    if r.is_nan() {
        return None;
    }
    Some(Value::Float(r))
}

macro_rules! tri {
    ($e:expr, $lbl:lifetime) => {
        match $e {
            Ok(v) => v,
            Err(e) => break $lbl e,
        }
    };
}

#[inline(always)]
fn pop(f: &mut Frame) -> Value {
    f.stack.pop().unwrap_or(Value::None)
}

#[inline(always)]
fn top(f: &Frame) -> &Value {
    f.stack.last().unwrap_or(&Value::None)
}

#[allow(clippy::vec_box)]
fn execute(vm: &mut Vm, f: &mut Box<Frame>, parents: &mut Vec<Box<Frame>>, mut throw: Option<PyErr>) -> PyResult<Exit> {
    let mut code = f.code.clone();
    loop {
        let mut is_reraise = false;
        // an exception thrown into a generator is not chained to the thrower's (gen.throw
        // restores it as it is)
        let mut thrown = false;
        let mut err: PyErr = 'run: loop {
            if let Some(e) = throw.take() {
                thrown = true;
                break 'run e;
            }
            // objects freed by the last instruction may have a __del__ to run
            if crate::object::finalizers_due() {
                crate::gc::run_pending(vm);
            }
            let ins = code.instrs[f.pc];
            f.pc += 1;
            let arg = ins.arg;
            match ins.op {
                Op::Nop => {}
                Op::PopTop => {
                    f.stack.pop();
                }
                Op::PushNull => f.stack.push(ops::null(vm)),
                Op::Copy => {
                    let v = f.stack[f.stack.len() - arg as usize].clone();
                    f.stack.push(v);
                }
                Op::Swap => {
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - arg as usize);
                }
                Op::LoadConst => f.stack.push(code.consts[arg as usize].clone()),
                Op::LoadFast => match &f.locals[arg as usize] {
                    Some(v) => f.stack.push(v.clone()),
                    None => break 'run ops::unbound_local(vm, &code, arg),
                },
                Op::StoreFast => {
                    let v = pop(f);
                    f.locals[arg as usize] = Some(v);
                }
                Op::DeleteFast => {
                    if f.locals[arg as usize].take().is_none() {
                        break 'run ops::unbound_local(vm, &code, arg);
                    }
                }
                Op::LoadDeref => {
                    let v = match &f.cells[arg as usize].payload {
                        Payload::Cell(c) => c.borrow().clone(),
                        _ => None,
                    };
                    match v {
                        Some(v) => f.stack.push(v),
                        None => break 'run ops::unbound_deref(vm, &code, arg),
                    }
                }
                Op::StoreDeref => {
                    let v = pop(f);
                    if let Payload::Cell(c) = &f.cells[arg as usize].payload {
                        let old = c.replace(Some(v));
                        drop(old);
                    }
                }
                Op::DeleteDeref => {
                    let old = if let Payload::Cell(c) = &f.cells[arg as usize].payload { c.replace(None) } else { None };
                    if old.is_none() {
                        break 'run ops::unbound_deref(vm, &code, arg);
                    }
                }
                Op::LoadClosure => f.stack.push(Value::Obj(f.cells[arg as usize].clone())),
                Op::LoadClassDeref => {
                    let v = tri!(ops::load_classderef(vm, f, &code, arg), 'run);
                    f.stack.push(v);
                }
                Op::LoadName => {
                    let module_body = matches!(&f.locals_map, Some(Value::Obj(m)) if m.is(&f.globals));
                    let v = if module_body {
                        tri!(cache::load_global(vm, f, &code.names[arg as usize], &code.caches[f.pc - 1]), 'run)
                    } else {
                        tri!(ops::load_name(vm, f, &code.names[arg as usize]), 'run)
                    };
                    f.stack.push(v);
                }
                Op::StoreName => {
                    let v = pop(f);
                    let module_body = matches!(&f.locals_map, Some(Value::Obj(m)) if m.is(&f.globals));
                    if module_body {
                        tri!(cache::store_global(vm, &f.globals, &code.names[arg as usize], v, &code.caches[f.pc - 1]), 'run);
                    } else {
                        tri!(ops::store_name(vm, f, &code.names[arg as usize], v), 'run);
                    }
                }
                Op::DeleteName => tri!(ops::delete_name(vm, f, &code.names[arg as usize]), 'run),
                Op::LoadGlobal => {
                    if arg & 1 != 0 {
                        f.stack.push(ops::null(vm));
                    }
                    let v = tri!(cache::load_global(vm, f, &code.names[(arg >> 1) as usize], &code.caches[f.pc - 1]), 'run);
                    f.stack.push(v);
                }
                Op::StoreGlobal => {
                    let v = pop(f);
                    tri!(cache::store_global(vm, &f.globals, &code.names[arg as usize], v, &code.caches[f.pc - 1]), 'run);
                }
                Op::DeleteGlobal => {
                    let name = code.names[arg as usize].clone();
                    let removed = tri!(crate::protocol::dictops::dict_delitem_opt(vm, &f.globals, &Value::Obj(name.clone())), 'run);
                    if !removed {
                        let n = vm.str_of(&name);
                        break 'run vm.name_error(&n);
                    }
                }
                Op::LoadAttr => {
                    let obj = pop(f);
                    let v = tri!(cache::load_attr(vm, &obj, &code.names[arg as usize], &code.caches[f.pc - 1]), 'run);
                    f.stack.push(v);
                }
                Op::LoadMethod => {
                    let obj = pop(f);
                    let (m, this) = tri!(cache::load_method(vm, &obj, &code.names[arg as usize], &code.caches[f.pc - 1]), 'run);
                    match this {
                        Some(s) => {
                            f.stack.push(m);
                            f.stack.push(s);
                        }
                        None => {
                            f.stack.push(ops::null(vm));
                            f.stack.push(m);
                        }
                    }
                }
                Op::StoreAttr => {
                    let obj = pop(f);
                    let v = pop(f);
                    tri!(cache::store_attr(vm, &obj, &code.names[arg as usize], v, &code.caches[f.pc - 1]), 'run);
                }
                Op::DeleteAttr => {
                    let obj = pop(f);
                    tri!(attr::setattr(vm, &obj, &code.names[arg as usize], None), 'run);
                }
                Op::BinaryOp => {
                    let (op, inplace) = BinOp::from_arg(arg);
                    // immediates: the result overwrites the left operand's slot in place (a
                    // Value moved through a temporary is written as two words and read back
                    // as one 16-byte load, which stalls store forwarding)
                    let n = f.stack.len();
                    if n >= 2 {
                        let fast = match (&f.stack[n - 2], &f.stack[n - 1], op) {
                            (Value::Int(a), Value::Int(b), BinOp::Add) => a.checked_add(*b).map(Value::Int),
                            (Value::Int(a), Value::Int(b), BinOp::Subtract) => a.checked_sub(*b).map(Value::Int),
                            (Value::Int(a), Value::Int(b), BinOp::Multiply) => a.checked_mul(*b).map(Value::Int),
                            (Value::Float(a), Value::Float(b), BinOp::Add) if !(a + b).is_nan() => Some(Value::Float(a + b)),
                            (Value::Float(a), Value::Float(b), BinOp::Subtract) if !(a - b).is_nan() => Some(Value::Float(a - b)),
                            (Value::Float(a), Value::Float(b), BinOp::Multiply) if !(a * b).is_nan() => Some(Value::Float(a * b)),
                            (l, r, _) => fast_binop(l, r, op),
                        };
                        if let Some(v) = fast {
                            // both operands are immediates: nothing to release
                            f.stack.truncate(n - 1);
                            f.stack[n - 2] = v;
                            continue;
                        }
                    }
                    let rhs = pop(f);
                    let lhs = pop(f);
                    let r = tri!(number::binary_op(vm, &lhs, &rhs, op, inplace), 'run);
                    f.stack.push(r);
                }
                Op::UnaryNegative => {
                    let v = pop(f);
                    let r = tri!(number::neg(vm, &v), 'run);
                    f.stack.push(r);
                }
                Op::UnaryPositive => {
                    let v = pop(f);
                    let r = tri!(number::pos(vm, &v), 'run);
                    f.stack.push(r);
                }
                Op::UnaryInvert => {
                    let v = pop(f);
                    let r = tri!(number::invert(vm, &v), 'run);
                    f.stack.push(r);
                }
                Op::UnaryNot => {
                    let v = pop(f);
                    let b = tri!(vm.truthy(&v), 'run);
                    f.stack.push(Value::Bool(!b));
                }
                Op::CompareOp => {
                    let rhs = pop(f);
                    let lhs = pop(f);
                    let op = CmpOp::from_arg(arg);
                    let r = match (&lhs, &rhs) {
                        (Value::Int(a), Value::Int(b)) => Value::Bool(op.test(a, b)),
                        (Value::Float(a), Value::Float(b)) => Value::Bool(op.test(a, b)),
                        _ => tri!(compare::rich_compare(vm, &lhs, &rhs, op), 'run),
                    };
                    f.stack.push(r);
                }
                Op::IsOp => {
                    let rhs = pop(f);
                    let lhs = pop(f);
                    f.stack.push(Value::Bool(lhs.is(&rhs) != (arg == 1)));
                }
                Op::ContainsOp => {
                    let container = pop(f);
                    let item = pop(f);
                    let r = tri!(seq::contains(vm, &container, &item), 'run);
                    f.stack.push(Value::Bool(r != (arg == 1)));
                }
                Op::BinarySubscr => {
                    let key = pop(f);
                    let container = pop(f);
                    let r = tri!(seq::getitem(vm, &container, &key), 'run);
                    f.stack.push(r);
                }
                Op::StoreSubscr => {
                    let key = pop(f);
                    let container = pop(f);
                    let v = pop(f);
                    tri!(seq::setitem(vm, &container, key, v), 'run);
                }
                Op::DeleteSubscr => {
                    let key = pop(f);
                    let container = pop(f);
                    tri!(seq::delitem(vm, &container, key), 'run);
                }
                Op::BuildSlice => {
                    let step = if arg == 3 { pop(f) } else { Value::None };
                    let stop = pop(f);
                    let start = pop(f);
                    f.stack.push(Value::Obj(ObjRef::new(vm.types.slice.clone(), Payload::Slice { start, stop, step })));
                }
                Op::BuildTuple => {
                    let n = f.stack.len() - arg as usize;
                    let items = f.stack.split_off(n);
                    f.stack.push(vm.new_tuple(items));
                }
                Op::BuildList => {
                    let n = f.stack.len() - arg as usize;
                    let items = f.stack.split_off(n);
                    f.stack.push(vm.new_list(items));
                }
                Op::BuildSet => {
                    let n = f.stack.len() - arg as usize;
                    let items = f.stack.split_off(n);
                    let s = vm.new_set_obj(false);
                    for it in items {
                        tri!(crate::protocol::setops::set_add(vm, &s, it), 'run);
                    }
                    f.stack.push(Value::Obj(s));
                }
                Op::BuildMap => {
                    let n = f.stack.len() - 2 * arg as usize;
                    let items = f.stack.split_off(n);
                    let d = vm.new_dict_obj();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        tri!(crate::protocol::dictops::dict_setitem(vm, &d, k, v), 'run);
                    }
                    f.stack.push(Value::Obj(d));
                }
                Op::BuildConstKeyMap => {
                    let keys = pop(f);
                    let n = f.stack.len() - arg as usize;
                    let values = f.stack.split_off(n);
                    let d = vm.new_dict_obj();
                    if let Value::Obj(k) = &keys {
                        if let Payload::Tuple(ks) = &k.payload {
                            for (k, v) in ks.iter().zip(values) {
                                tri!(crate::protocol::dictops::dict_setitem(vm, &d, k.clone(), v), 'run);
                            }
                        }
                    }
                    f.stack.push(Value::Obj(d));
                }
                Op::BuildString => {
                    let n = f.stack.len() - arg as usize;
                    let parts = f.stack.split_off(n);
                    let mut s = String::new();
                    for p in &parts {
                        if let Value::Obj(o) = p {
                            if let Payload::Str(ps) = &o.payload {
                                s.push_str(ps.as_str());
                            }
                        }
                    }
                    f.stack.push(vm.new_string(s));
                }
                Op::ListAppend | Op::SetAdd | Op::MapAdd | Op::ListExtend | Op::SetUpdate | Op::DictUpdate | Op::DictMerge => {
                    tri!(ops::container_add(vm, f, ins.op, arg), 'run);
                }
                Op::ListToTuple => {
                    let l = pop(f);
                    let items = match &l {
                        Value::Obj(o) => match &o.payload {
                            Payload::List(v) => v.borrow().clone(),
                            _ => Vec::new(),
                        },
                        _ => Vec::new(),
                    };
                    f.stack.push(vm.new_tuple(items));
                }
                Op::UnpackSequence => {
                    let s = pop(f);
                    tri!(ops::unpack_sequence(vm, f, s, arg as usize), 'run);
                }
                Op::UnpackEx => {
                    let s = pop(f);
                    tri!(ops::unpack_ex(vm, f, s, (arg & 0xff) as usize, (arg >> 8) as usize), 'run);
                }
                Op::FormatValue => {
                    let spec = if arg & 4 != 0 { Some(pop(f)) } else { None };
                    let v = pop(f);
                    let r = tri!(ops::format_value(vm, v, arg & 3, spec), 'run);
                    f.stack.push(r);
                }
                Op::JumpForward => f.pc = arg as usize,
                Op::JumpBackward => {
                    f.pc = arg as usize;
                    if vm.interrupt.load(std::sync::atomic::Ordering::Relaxed) {
                        tri!(vm.check_interrupt(), 'run);
                    }
                    // gc hook (vm/src/gc): a cycle collection is due; this is a safe point
                    if crate::gc::is_due() {
                        crate::gc::collect_if_due(vm);
                    }
                }
                Op::PopJumpIfFalse => {
                    let v = pop(f);
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => tri!(vm.truthy(&v), 'run),
                    };
                    if !b {
                        f.pc = arg as usize;
                    }
                }
                Op::PopJumpIfTrue => {
                    let v = pop(f);
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => tri!(vm.truthy(&v), 'run),
                    };
                    if b {
                        f.pc = arg as usize;
                    }
                }
                Op::PopJumpIfNone => {
                    if pop(f).is_none() {
                        f.pc = arg as usize;
                    }
                }
                Op::PopJumpIfNotNone => {
                    if !pop(f).is_none() {
                        f.pc = arg as usize;
                    }
                }
                Op::JumpIfFalseOrPop => {
                    let b = tri!(vm.truthy(top(f)), 'run);
                    if !b {
                        f.pc = arg as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Op::JumpIfTrueOrPop => {
                    let b = tri!(vm.truthy(top(f)), 'run);
                    if b {
                        f.pc = arg as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Op::GetIter => {
                    let v = pop(f);
                    let it = tri!(seq::get_iter(vm, &v), 'run);
                    f.stack.push(it);
                }
                Op::ForIter => {
                    // a generator: run its frame in this loop
                    if let Value::Obj(io) = top(f) {
                        if matches!(io.payload, Payload::Generator(_)) {
                            let io = io.clone();
                            if let Some(gframe) = inline_gen::enter(vm, &io) {
                                vm.depth += 1;
                                let caller = std::mem::replace(f, gframe);
                                parents.push(caller);
                                code = f.code.clone();
                                continue;
                            }
                        }
                    }
                    let it = top(f).clone();
                    match tri!(seq::next(vm, &it), 'run) {
                        Some(v) => f.stack.push(v),
                        None => {
                            f.stack.pop();
                            f.pc = arg as usize;
                        }
                    }
                }
                Op::KwNames => {
                    if let Value::Obj(o) = &code.consts[arg as usize] {
                        f.kwnames = Some(o.clone());
                    }
                }
                Op::Call => {
                    let argc = arg as usize;
                    let kwnames = f.kwnames.take();
                    let kwn: &[Value] = match &kwnames {
                        Some(k) => match &k.payload {
                            Payload::Tuple(t) => t,
                            _ => &[],
                        },
                        None => &[],
                    };
                    let len = f.stack.len();
                    let base = len - argc - 2;
                    let is_meth = !ops::is_null(vm, &f.stack[base]);
                    let (callable_idx, args_start) = if is_meth { (base, base + 1) } else { (base + 1, base + 2) };
                    let callable = f.stack[callable_idx].clone();
                    // Python function: push a frame instead of recursing
                    if let Value::Obj(co) = &callable {
                        if let Payload::Function(fd) = &co.payload {
                            let fcode = fd.code.borrow().clone();
                            if !fcode.is_generator_like() {
                                let newf = tri!(bind_args(vm, co, fd, &f.stack[args_start..], kwn), 'run);
                                f.stack.truncate(base);
                                // gc hook: calls are safe points too (cycles made in code
                                // without loops)
                                if crate::gc::is_due() {
                                    crate::gc::collect_if_due(vm);
                                }
                                if vm.depth >= vm.recursion_limit {
                                    let t = vm.types.recursion_error.clone();
                                    break 'run vm.new_error(&t, "maximum recursion depth exceeded");
                                }
                                vm.depth += 1;
                                let caller = std::mem::replace(f, newf);
                                parents.push(caller);
                                code = f.code.clone();
                                continue;
                            }
                        }
                    }
                    // a class: allocate the instance and push its __init__ frame, or call a
                    // native __new__ directly
                    if let Value::Obj(co) = &callable {
                        // a native function or a method found on the receiver's type (so the
                        // receiver is an instance of its owner): call it on the stack slice
                        if let Payload::Builtin(b) = &co.payload {
                            let direct = b.flags & crate::objects::native::mflags::NEEDS_FRAME == 0
                                && match &b.this {
                                    None => is_meth || b.owner.is_none(),
                                    Some(_) => b.bound_is_module,
                                };
                            if direct {
                                let r = (b.func)(vm, crate::objects::native::Args::with_kw(&f.stack[args_start..], kwn));
                                f.stack.truncate(base);
                                let r = tri!(r, 'run);
                                f.stack.push(r);
                                continue;
                            }
                        }
                        if let (Payload::Type(_), false) = (&co.payload, is_meth || ops::needs_frame(vm, &callable, argc)) {
                            match cache::class_call(vm, co, &code.caches[f.pc - 1]) {
                                cache::ClassCall::Init(init) => {
                                    if let Payload::Function(ifd) = &init.payload {
                                        if !ifd.code.borrow().is_generator_like() {
                                            let obj = Value::Obj(crate::protocol::call::alloc_instance(co));
                                            f.stack[base + 1] = obj.clone();
                                            let mut newf = tri!(bind_args(vm, &init, ifd, &f.stack[base + 1..], kwn), 'run);
                                            f.stack.truncate(base);
                                            if vm.depth >= vm.recursion_limit {
                                                let t = vm.types.recursion_error.clone();
                                                break 'run vm.new_error(&t, "maximum recursion depth exceeded");
                                            }
                                            newf.init_self = Some(obj);
                                            vm.depth += 1;
                                            let caller = std::mem::replace(f, newf);
                                            parents.push(caller);
                                            code = f.code.clone();
                                            continue;
                                        }
                                    }
                                }
                                cache::ClassCall::NativeNew(new) => {
                                    let r = vm.call_args(&Value::Obj(new), crate::objects::native::Args::with_kw(&f.stack[base + 1..], kwn));
                                    f.stack.truncate(base);
                                    let r = tri!(r, 'run);
                                    f.stack.push(r);
                                    continue;
                                }
                                cache::ClassCall::Generic => {}
                            }
                        }
                    }
                    let r = if ops::needs_frame(vm, &callable, argc) {
                        let vals = f.stack[args_start..].to_vec();
                        ops::call_with_frame(vm, f, &callable, crate::objects::native::Args::with_kw(&vals, kwn))
                    } else {
                        vm.call_args(&callable, crate::objects::native::Args::with_kw(&f.stack[args_start..], kwn))
                    };
                    f.stack.truncate(base);
                    let r = tri!(r, 'run);
                    f.stack.push(r);
                }
                Op::CallFunctionEx => {
                    let kwargs = if arg & 1 != 0 { Some(pop(f)) } else { None };
                    let args = pop(f);
                    let callable = pop(f);
                    let null = pop(f);
                    let _ = null;
                    let r = tri!(ops::call_ex(vm, f, &callable, args, kwargs), 'run);
                    f.stack.push(r);
                }
                Op::MakeFunction => {
                    let r = ops::make_function(vm, f, arg);
                    f.stack.push(r);
                }
                Op::ReturnValue => {
                    let v = pop(f);
                    match parents.pop() {
                        Some(caller) => {
                            let mut done = std::mem::replace(f, caller);
                            if done.gen_owner.is_some() {
                                // an inlined generator finished: its FOR_ITER loop ends
                                inline_gen::finish(vm, &mut done);
                                Frame::recycle(done);
                                vm.depth -= 1;
                                code = f.code.clone();
                                drop(v);
                                let for_iter = code.instrs[f.pc - 1];
                                f.stack.pop();
                                f.pc = for_iter.arg as usize;
                                continue;
                            }
                            let init_self = done.init_self.take();
                            Frame::recycle(done);
                            vm.depth -= 1;
                            code = f.code.clone();
                            match init_self {
                                None => f.stack.push(v),
                                Some(obj) if v.is_none() => f.stack.push(obj),
                                Some(_) => {
                                    let tn = vm.type_name(&v);
                                    break 'run vm.type_error(format!("__init__() should return None, not '{tn}'"));
                                }
                            }
                        }
                        None => return Ok(Exit::Return(v)),
                    }
                }
                Op::YieldValue => {
                    let v = pop(f);
                    if f.gen_owner.is_some() {
                        if let Some(caller) = parents.pop() {
                            let gframe = std::mem::replace(f, caller);
                            inline_gen::suspend(vm, gframe);
                            vm.depth -= 1;
                            code = f.code.clone();
                            f.stack.push(v);
                            continue;
                        }
                    }
                    return Ok(Exit::Yield(v));
                }
                Op::Send => {
                    let v = pop(f);
                    let receiver = top(f).clone();
                    match tri!(ops::send(vm, &receiver, v), 'run) {
                        ops::SendResult::Yielded(y) => f.stack.push(y),
                        ops::SendResult::Returned(r) => {
                            f.stack.pop();
                            f.stack.push(r);
                            f.pc = arg as usize;
                        }
                    }
                }
                Op::GetYieldFromIter => {
                    let v = pop(f);
                    let r = tri!(ops::get_yield_from_iter(vm, &code, v), 'run);
                    f.stack.push(r);
                }
                Op::GetAwaitable => {
                    let v = pop(f);
                    let r = tri!(ops::get_awaitable(vm, v, arg), 'run);
                    f.stack.push(r);
                }
                Op::GetAiter => {
                    let v = pop(f);
                    let r = tri!(ops::get_aiter(vm, v), 'run);
                    f.stack.push(r);
                }
                Op::GetAnext => {
                    let r = tri!(ops::get_anext(vm, top(f)), 'run);
                    f.stack.push(r);
                }
                Op::EndAsyncFor => {
                    let exc = pop(f);
                    f.stack.pop();
                    let sai = vm.types.stop_async_iteration.clone();
                    if !vm.is_instance_of(&exc, &sai) {
                        if let Value::Obj(e) = exc {
                            is_reraise = true;
                            break 'run PyErr(e);
                        }
                    }
                }
                Op::BeforeAsyncWith => {
                    let mgr = pop(f);
                    let (exit, res) = tri!(ops::before_with(vm, &mgr, true), 'run);
                    f.stack.push(exit);
                    f.stack.push(res);
                }
                Op::BeforeWith => {
                    let mgr = pop(f);
                    let (exit, res) = tri!(ops::before_with(vm, &mgr, false), 'run);
                    f.stack.push(exit);
                    f.stack.push(res);
                }
                Op::WithExceptStart => {
                    let n = f.stack.len();
                    let exit = f.stack[n - 4].clone();
                    let exc = f.stack[n - 1].clone();
                    let r = tri!(ops::with_except_start(vm, &exit, &exc), 'run);
                    f.stack.push(r);
                }
                Op::RaiseVarargs => {
                    let e = ops::do_raise(vm, f, arg);
                    if arg == 0 {
                        is_reraise = true;
                    }
                    break 'run e;
                }
                Op::Reraise => {
                    let exc = pop(f);
                    if arg != 0 {
                        f.stack.pop();
                    }
                    is_reraise = true;
                    match exc {
                        Value::Obj(e) => break 'run PyErr(e),
                        _ => break 'run vm.system_error("RERAISE of a non-exception"),
                    }
                }
                Op::PushExcInfo => {
                    let exc = pop(f);
                    let prev = vm.handled_exc.replace(exc.clone()).unwrap_or(Value::None);
                    f.stack.push(prev);
                    f.stack.push(exc);
                }
                Op::PopExcept => {
                    let prev = pop(f);
                    vm.handled_exc = if prev.is_none() { None } else { Some(prev) };
                }
                Op::CheckExcMatch => {
                    let ty = pop(f);
                    let exc = top(f).clone();
                    let r = tri!(ops::exception_matches(vm, &exc, &ty), 'run);
                    f.stack.push(Value::Bool(r));
                }
                Op::CheckEgMatch => {
                    let ty = pop(f);
                    let exc = pop(f);
                    let (rest, matched) = tri!(ops::eg_match(vm, exc, &ty), 'run);
                    if !matched.is_none() {
                        vm.handled_exc = Some(matched.clone());
                    }
                    f.stack.push(rest);
                    f.stack.push(matched);
                }
                Op::PrepReraiseStar => {
                    let list = pop(f);
                    let orig = pop(f);
                    let r = tri!(ops::prep_reraise_star(vm, orig, list), 'run);
                    f.stack.push(r);
                }
                Op::LoadBuildClass => {
                    let v = tri!(ops::load_builtin(vm, f, "__build_class__"), 'run);
                    f.stack.push(v);
                }
                Op::SetupAnnotations => tri!(ops::setup_annotations(vm, f), 'run),
                Op::LoadAssertionError => f.stack.push(Value::Obj(vm.types.assertion_error.clone())),
                Op::PrintExpr => {
                    let v = pop(f);
                    tri!(ops::print_expr(vm, v), 'run);
                }
                Op::ImportName => {
                    let fromlist = pop(f);
                    let level = pop(f);
                    let m = tri!(ops::import_name(vm, f, &code.names[arg as usize], fromlist, level), 'run);
                    f.stack.push(m);
                }
                Op::ImportFrom => {
                    let m = top(f).clone();
                    let v = tri!(ops::import_from(vm, &m, &code.names[arg as usize]), 'run);
                    f.stack.push(v);
                }
                Op::ImportStar => {
                    let m = pop(f);
                    tri!(ops::import_star(vm, f, &m), 'run);
                }
                Op::MatchClass => {
                    let names = pop(f);
                    let cls = pop(f);
                    let subject = pop(f);
                    let r = tri!(ops::match_class(vm, &subject, &cls, &names, arg as usize), 'run);
                    f.stack.push(r);
                }
                Op::MatchMapping => {
                    let b = ops::is_mapping(vm, top(f));
                    f.stack.push(Value::Bool(b));
                }
                Op::MatchSequence => {
                    let b = ops::is_sequence(vm, top(f));
                    f.stack.push(Value::Bool(b));
                }
                Op::MatchKeys => {
                    let n = f.stack.len();
                    let keys = f.stack[n - 1].clone();
                    let subject = f.stack[n - 2].clone();
                    let r = tri!(ops::match_keys(vm, &subject, &keys), 'run);
                    f.stack.push(r);
                }
                Op::GetLen => {
                    let n = tri!(seq::len(vm, top(f)), 'run);
                    f.stack.push(Value::Int(n as i64));
                }
                Op::CopyDictWithoutKeys => {
                    let keys = pop(f);
                    let subject = top(f).clone();
                    let r = tri!(ops::copy_dict_without_keys(vm, &subject, &keys), 'run);
                    f.stack.push(r);
                }
                Op::SetupFinally | Op::SetupCleanup | Op::SetupWith | Op::PopBlock => {}
            }
        };
        // ---- exception unwinding ----
        let mut first = !is_reraise;
        loop {
            let pc = f.pc.saturating_sub(1);
            if first && !thrown {
                ops::set_context(vm, &err);
            }
            if !is_reraise {
                ops::add_traceback(vm, f, &err, pc);
            }
            is_reraise = false;
            first = false;
            if let Some(h) = code.find_handler(pc) {
                f.stack.truncate(h.depth as usize);
                if h.lasti {
                    f.stack.push(Value::Int(pc as i64));
                }
                f.stack.push(Value::Obj(err.0.clone()));
                f.pc = h.target as usize;
                f.kwnames = None;
                break;
            }
            // no handler: leave this frame
            match parents.pop() {
                Some(caller) => {
                    let mut left = std::mem::replace(f, caller);
                    if left.gen_owner.is_some() {
                        err = inline_gen::fail(vm, &mut left, err);
                    }
                    drop(left);
                    vm.depth -= 1;
                    code = f.code.clone();
                    f.kwnames = None;
                    // the error now belongs to the CALL in the caller
                    continue;
                }
                None => return Err(err),
            }
        }
    }
}

/// Calls a Python function object with the given arguments (used by `Vm::call`).
pub fn call_function(vm: &mut Vm, func: &ObjRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let Payload::Function(fd) = &func.payload else { return Err(vm.type_error("not a function")) };
    let frame = bind_args(vm, func, fd, args, kwnames)?;
    if frame.code.is_generator_like() {
        return Ok(crate::protocol::generator::new_generator(vm, frame, fd));
    }
    let mut b = frame;
    let r = run_frame(vm, &mut b, None);
    Frame::recycle(b);
    match r? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(vm.system_error("yield from a non-generator frame")),
    }
}

/// Runs module-level code in the given namespace.
pub fn run_code(vm: &mut Vm, code: Rc<crate::bytecode::CodeObject>, globals: ObjRef, locals: Option<Value>) -> PyResult<Value> {
    let builtins = match vm.dict_get_str(&globals, "__builtins__") {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Module { dict } => dict.clone(),
            Payload::Dict(_) => o.clone(),
            _ => vm.builtins_dict.clone(),
        },
        _ => {
            let b = vm.builtins.clone();
            vm.dict_set_str(&globals, "__builtins__", Value::Obj(b));
            vm.builtins_dict.clone()
        }
    };
    let locals = locals.or_else(|| Some(Value::Obj(globals.clone())));
    let mut frame = Box::new(Frame::new(code, globals, builtins, locals));
    frame.init_cells(vm, None);
    match run_frame(vm, &mut frame, None)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(vm.system_error("yield at module level")),
    }
}
