//! Creating the built-in (non-heap, immutable) type objects that native modules define, such as
//! `sys.version_info`, `types.SimpleNamespace` and `_io.TextIOWrapper`.

use rpy_vm::objects::typeobj::{c3_mro, tflags, type_data, Layout, TypeData};
use rpy_vm::{ObjRef, Payload, Value, Vm};
use std::cell::{Cell, RefCell};

/// What a native type looks like.
pub struct TypeSpec<'a> {
    /// `__name__` (and `__qualname__`)
    pub name: &'a str,
    /// `__module__`
    pub module: &'a str,
    pub base: ObjRef,
    pub layout: Layout,
    /// extra type flags (`tflags::BASETYPE`, …); IMMUTABLE is always added
    pub flags: u32,
    /// instances carry a `__dict__`
    pub instance_dict: bool,
    /// number of hidden per-instance storage cells
    pub nslots: usize,
    pub doc: Option<&'static str>,
}

/// Creates the type object described by `spec` (metaclass `type`).
pub fn new_type(vm: &mut Vm, spec: TypeSpec) -> ObjRef {
    let dict = vm.new_dict_obj();
    let base_flags = type_data(&spec.base).flags.get() & (tflags::SEQUENCE | tflags::MAPPING);
    let td = TypeData {
        name: RefCell::new(spec.name.to_string()),
        qualname: RefCell::new(spec.name.to_string()),
        bases: RefCell::new(vec![spec.base.clone()]),
        mro: RefCell::new(Vec::new()),
        dict: dict.clone(),
        flags: Cell::new(spec.flags | base_flags | tflags::IMMUTABLE),
        version: Cell::new(rpy_vm::objects::typeobj::next_version()),
        layout: spec.layout,
        nslots: spec.nslots,
        instance_dict: spec.instance_dict,
        doc: spec.doc,
        subclasses: RefCell::new(Vec::new()),
        cache: RefCell::new(Default::default()),
    };
    let cls = ObjRef::new(vm.types.type_.clone(), Payload::Type(Box::new(td)));
    let mro = c3_mro(&cls, &[spec.base.clone()]).unwrap_or_else(|| vec![cls.clone()]);
    *type_data(&cls).mro.borrow_mut() = mro;
    type_data(&spec.base).subclasses.borrow_mut().push(cls.clone());
    let m = vm.new_str(spec.module);
    vm.dict_set_str(&dict, "__module__", m);
    let doc = match spec.doc {
        Some(d) => vm.new_str(d),
        None => Value::None,
    };
    vm.dict_set_str(&dict, "__doc__", doc);
    cls
}

/// CPython's `tp_name` of a type: `module.name` for static types defined outside `builtins`,
/// just the name for builtins and for classes.
pub fn tp_name(vm: &Vm, t: &ObjRef) -> String {
    if type_data(t).has(tflags::HEAPTYPE) {
        return type_data(t).name.borrow().clone();
    }
    rpy_vm::protocol::repr::type_qualified_name(vm, t)
}
