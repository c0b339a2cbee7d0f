//! The `builtins` module: its functions, the constructor types it exposes, constants and the
//! exception classes.

mod eval;
mod functions;
mod iterators;
mod numeric;
mod sequence;

use rpy_vm::objects::native::MethodDef;
use rpy_vm::{Value, Vm};

pub use eval::frame_builtin_hook;

pub static FUNCTIONS: &[&[MethodDef]] = &[functions::FUNCS, numeric::FUNCS, sequence::FUNCS, eval::FUNCS];

pub fn init(vm: &mut Vm) {
    iterators::init(vm);
    let d = vm.builtins_dict.clone();
    let name = vm.new_str("builtins");
    vm.dict_set_str(&d, "__name__", name);
    let doc = vm.new_str("Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices.");
    vm.dict_set_str(&d, "__doc__", doc);
    vm.dict_set_str(&d, "__package__", Value::None);
    let m = Some(Value::Obj(vm.builtins.clone()));
    for table in FUNCTIONS {
        for def in table.iter() {
            let f = vm.new_builtin_fn(def, m.clone());
            vm.dict_set_str(&d, def.name, f);
        }
    }
    let bc = vm.new_builtin_fn(&crate::types::typeobj::BUILD_CLASS, m);
    vm.dict_set_str(&d, "__build_class__", bc);
    let t = vm.types.clone_list();
    for (name, ty) in t {
        vm.dict_set_str(&d, name, Value::Obj(ty));
    }
    for ty in vm.types.exception_types().into_iter().cloned().collect::<Vec<_>>() {
        let n = rpy_vm::objects::typeobj::type_data(&ty).name.borrow().clone();
        vm.dict_set_str(&d, &n, Value::Obj(ty));
    }
    let os = vm.types.os_error.clone();
    vm.dict_set_str(&d, "EnvironmentError", Value::Obj(os.clone()));
    vm.dict_set_str(&d, "IOError", Value::Obj(os));
    vm.dict_set_str(&d, "None", Value::None);
    vm.dict_set_str(&d, "True", Value::Bool(true));
    vm.dict_set_str(&d, "False", Value::Bool(false));
    let e = vm.ellipsis();
    vm.dict_set_str(&d, "Ellipsis", e);
    let ni = vm.not_implemented();
    vm.dict_set_str(&d, "NotImplemented", ni);
    let dbg = Value::Bool(vm.settings.optimize == 0);
    vm.dict_set_str(&d, "__debug__", dbg);
    rpy_vm::protocol::frameops::FRAME_BUILTIN_HOOK.with(|h| h.set(Some(frame_builtin_hook)));
}
