//! Audit hooks: `sys.addaudithook` and `sys.audit`, which passes an event to every hook.
//! (Only events raised through `sys.audit` reach the hooks; the interpreter raises none of
//! its own.)

use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::objects::typeobj::is_subtype;
use rpy_vm::{Payload, PyResult, Value, Vm};

fn hooks(vm: &Vm) -> Vec<Value> {
    crate::state::with(vm, |s| s.audit_hooks.clone())
}

/// Calls every hook with `event` and `args` (a tuple); the first error stops.
fn run_hooks(vm: &mut Vm, event: &Value, args: &Value) -> PyResult<()> {
    for h in hooks(vm) {
        vm.call(&h, &[event.clone(), args.clone()])?;
    }
    Ok(())
}

fn audit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.has_kwargs() {
        return Err(vm.type_error("sys.audit() takes no keyword arguments"));
    }
    let pos = a.pos();
    let Some(event) = pos.first() else {
        return Err(vm.type_error("audit() missing 1 required positional argument: 'event'"));
    };
    if hooks(vm).is_empty() {
        return Ok(Value::None);
    }
    if !matches!(event, Value::Obj(o) if matches!(o.payload, Payload::Str(_))) {
        let tn = vm.type_name(event);
        return Err(vm.type_error(format!("expected str for argument 'event', not {tn}")));
    }
    let args = vm.new_tuple(pos[1..].to_vec());
    run_hooks(vm, event, &args)?;
    Ok(Value::None)
}

fn addaudithook(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    let total = pos.len() + a.kwnames.len();
    if total > 1 {
        return Err(vm.type_error(format!("addaudithook() takes at most 1 argument ({total} given)")));
    }
    let mut hook = pos.first().cloned();
    for (k, v) in a.kwargs() {
        let key = match k {
            Value::Obj(o) => vm.str_of(o),
            _ => String::new(),
        };
        if key != "hook" {
            return Err(vm.type_error(format!("addaudithook() got an unexpected keyword argument '{key}'")));
        }
        hook = Some(v.clone());
    }
    let Some(hook) = hook else {
        return Err(vm.type_error("addaudithook() missing required argument 'hook' (pos 1)"));
    };
    // the existing hooks may veto a new one by raising RuntimeError
    let event = vm.new_str("sys.addaudithook");
    let empty = vm.new_tuple(vec![]);
    if let Err(e) = run_hooks(vm, &event, &empty) {
        let rt = vm.types.runtime_error.clone();
        if e.0.with_class(|c| is_subtype(c, &rt)) {
            return Ok(Value::None);
        }
        return Err(e);
    }
    crate::state::with(vm, |s| s.audit_hooks.push(hook));
    Ok(Value::None)
}

pub static FUNCS: &[MethodDef] = &[
    MethodDef { name: "audit", func: audit, flags: 0, sig: "", doc: "audit(event, *args)\n\nPasses the event to any audit hooks that are attached." },
    MethodDef { name: "addaudithook", func: addaudithook, flags: 0, sig: "($module, /, hook)", doc: "Adds a new audit hook callback." },
];
