//! The `Vm`: interpreter-wide state (types, interned strings, module registry, recursion
//! depth, the handled-exception state) and constructors for common objects and errors.

use crate::bytecode::CodeObject;
use crate::error::{PyErr, PyResult};
use crate::object::{InstanceExt, ObjCell, ObjRef, Payload};
use crate::objects::dict::DictData;
use crate::objects::exception::ExcData;
use crate::objects::native::{BuiltinFunctionData, MethodDef, NativeFn};
use crate::objects::set::SetData;
use crate::objects::str::PyStr;
use crate::objects::typeobj::type_data;
use crate::types::Types;
use crate::value::Value;
use ahash::AHashMap;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// A native module initialiser registered by the `lib` crate.
pub type ModuleInit = fn(&mut Vm) -> PyResult<ObjRef>;

/// Hooks the embedding sets up (the JIT plugs in here later).
#[derive(Default)]
pub struct Settings {
    pub optimize: u8,
    pub dont_write_bytecode: bool,
    pub verbose: u8,
    pub inspect: bool,
    pub quiet: bool,
    pub no_site: bool,
    pub isolated: bool,
    pub ignore_environment: bool,
    pub safe_path: bool,
    pub unbuffered: bool,
    pub int_max_str_digits: Option<usize>,
    pub xoptions: Vec<(String, Option<String>)>,
    pub warnoptions: Vec<String>,
    /// the rest of `sys.flags` (set by the embedding from the command line and environment)
    pub debug: u8,
    /// `-i` itself (`inspect` is also set by `PYTHONINSPECT`)
    pub interactive: bool,
    pub no_user_site: bool,
    pub bytes_warning: u8,
    pub dev_mode: bool,
    pub utf8_mode: bool,
    pub warn_default_encoding: bool,
    /// false when `PYTHONHASHSEED=0`
    pub hash_randomization: bool,
    /// `-X pycache_prefix` / `PYTHONPYCACHEPREFIX` (`sys.pycache_prefix`)
    pub pycache_prefix: Option<String>,
    /// `-X no_debug_ranges` / `PYTHONNODEBUGRANGES`: code objects keep no column ranges
    pub no_debug_ranges: bool,
}

pub struct Vm {
    pub types: Types,
    pub not_implemented: ObjRef,
    pub ellipsis_obj: ObjRef,
    interned: AHashMap<Box<str>, ObjRef>,
    pub builtins: ObjRef,
    pub builtins_dict: ObjRef,
    /// `sys.modules`
    pub modules: ObjRef,
    pub sys_dict: Option<ObjRef>,
    pub recursion_limit: usize,
    pub depth: usize,
    /// the exception currently being handled (`sys.exc_info()`)
    pub handled_exc: Option<Value>,
    /// the handled exceptions of the callers of running generators (innermost last): a
    /// generator has its own exception state, and `current_exc` looks through to these when
    /// it is empty (CPython's chained `_PyErr_StackItem`s)
    pub exc_chain: Vec<Option<Value>>,
    pub native_modules: AHashMap<String, ModuleInit>,
    pub settings: Settings,
    pub interrupt: Arc<AtomicBool>,
    /// the empty tuple singleton
    pub empty_tuple: ObjRef,
    /// builtins the interpreter handles specially (they need the caller's frame)
    pub frame_builtins: Vec<ObjRef>,
    /// source of modules compiled from strings, for tracebacks (`<string>` is never shown)
    pub source_cache: AHashMap<String, Rc<str>>,
    pub int_max_str_digits: usize,
    /// the globals of the frame that made the current call, for natives that need them
    /// (set for `type(name, bases, ns)`)
    pub caller_globals: Option<ObjRef>,
    /// the NULL marker the interpreter pushes for PUSH_NULL; never visible to Python code
    pub null: ObjRef,
}

impl Vm {
    pub fn new() -> Vm {
        let types = Types::new();
        let not_implemented = ObjRef::new(types.not_implemented_type.clone(), Payload::Plain);
        let ellipsis_obj = ObjRef::new(types.ellipsis_type.clone(), Payload::Plain);
        let builtins_dict = ObjRef::new(types.dict.clone(), Payload::Dict(RefCell::new(DictData::new())));
        let builtins = ObjRef::with_ext(types.module.clone(), Payload::Module { dict: builtins_dict.clone() }, None);
        let modules = ObjRef::new(types.dict.clone(), Payload::Dict(RefCell::new(DictData::new())));
        let empty_tuple = ObjRef::new(types.tuple.clone(), Payload::Tuple(Box::new([])));
        let null = ObjRef::new(types.object.clone(), Payload::Plain);
        crate::protocol::attr::set_str_type(&types.str);
        Vm {
            types,
            not_implemented,
            ellipsis_obj,
            interned: AHashMap::new(),
            builtins,
            builtins_dict,
            modules,
            sys_dict: None,
            recursion_limit: 1000,
            depth: 0,
            handled_exc: None,
            exc_chain: Vec::new(),
            native_modules: AHashMap::new(),
            settings: Settings::default(),
            interrupt: Arc::new(AtomicBool::new(false)),
            empty_tuple,
            frame_builtins: Vec::new(),
            source_cache: AHashMap::new(),
            int_max_str_digits: 4300,
            null,
            caller_globals: None,
        }
    }

    // ----- strings -------------------------------------------------------------------------

    /// The interned str object for `s`.
    pub fn intern(&mut self, s: &str) -> ObjRef {
        if let Some(o) = self.interned.get(s) {
            return o.clone();
        }
        let o = ObjRef::new(self.types.str.clone(), Payload::Str(PyStr::new(s)));
        self.interned.insert(s.into(), o.clone());
        o
    }

    pub fn new_str(&self, s: &str) -> Value {
        Value::Obj(self.new_str_obj(s))
    }

    pub fn new_str_obj(&self, s: &str) -> ObjRef {
        ObjRef::new(self.types.str.clone(), Payload::Str(PyStr::new(s)))
    }

    pub fn new_string(&self, s: String) -> Value {
        Value::Obj(ObjRef::new(self.types.str.clone(), Payload::Str(PyStr::new(s))))
    }

    /// The Rust string of a str object (empty for non-str).
    pub fn str_of(&self, o: &ObjRef) -> String {
        match &o.payload {
            Payload::Str(s) => s.as_str().to_string(),
            _ => String::new(),
        }
    }

    // ----- numbers -------------------------------------------------------------------------

    pub fn new_int_big(&self, b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Obj(ObjRef::new(self.types.int.clone(), Payload::Int(b))),
        }
    }

    /// A float value. NaNs are boxed so that, as in CPython, two NaNs made separately are
    /// different objects (`[nan] == [nan]` is True only for the same NaN, sets keep both).
    /// The exception being handled (`sys.exc_info()`, a bare `raise`, implicit chaining): this
    /// generator's or frame's own, else the nearest caller's.
    pub fn current_exc(&self) -> Option<Value> {
        if let Some(e) = &self.handled_exc {
            if !e.is_none() {
                return Some(e.clone());
            }
        }
        self.exc_chain.iter().rev().flatten().find(|e| !e.is_none()).cloned()
    }

    #[inline(always)]
    pub fn new_float(&self, f: f64) -> Value {
        if f.is_nan() {
            return self.new_nan(f);
        }
        Value::Float(f)
    }

    #[cold]
    #[inline(never)]
    fn new_nan(&self, f: f64) -> Value {
        Value::Obj(ObjRef::new(self.types.float.clone(), Payload::Float(f)))
    }

    pub fn new_complex(&self, re: f64, im: f64) -> Value {
        Value::Obj(ObjRef::new(self.types.complex.clone(), Payload::Complex(re, im)))
    }

    // ----- containers ----------------------------------------------------------------------

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::Obj(self.empty_tuple.clone());
        }
        Value::Obj(ObjRef::new(self.types.tuple.clone(), Payload::Tuple(items.into_boxed_slice())))
    }

    pub fn new_tuple_obj(&self, items: Vec<Value>) -> ObjRef {
        match self.new_tuple(items) {
            Value::Obj(o) => o,
            _ => unreachable!(),
        }
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(ObjRef::new(self.types.list.clone(), Payload::List(RefCell::new(items))))
    }

    pub fn new_dict_obj(&self) -> ObjRef {
        ObjRef::new(self.types.dict.clone(), Payload::Dict(RefCell::new(DictData::new())))
    }

    pub fn new_dict(&self) -> Value {
        Value::Obj(self.new_dict_obj())
    }

    pub fn new_set_obj(&self, frozen: bool) -> ObjRef {
        if frozen {
            ObjRef::new(self.types.frozenset.clone(), Payload::FrozenSet(RefCell::new(SetData::new())))
        } else {
            ObjRef::new(self.types.set.clone(), Payload::Set(RefCell::new(SetData::new())))
        }
    }

    /// A frozenset constant made by the compiler from hashable literals (no Python code runs
    /// for them); elements are added in order, as `frozenset(tuple)` does.
    pub fn new_frozenset_const(&mut self, items: Vec<Value>) -> Value {
        let first = self.new_set_obj(true);
        for it in items {
            let _ = crate::protocol::setops::set_add(self, &first, it);
        }
        // CPython's constant merging rebuilds the frozenset from its own iteration order
        let ordered = match &first.payload {
            Payload::FrozenSet(s) => s.borrow().keys(),
            _ => Vec::new(),
        };
        let fs = self.new_set_obj(true);
        for it in ordered {
            let _ = crate::protocol::setops::set_add(self, &fs, it);
        }
        Value::Obj(fs)
    }

    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        Value::Obj(ObjRef::new(self.types.bytes.clone(), Payload::Bytes(b.into_boxed_slice())))
    }

    pub fn new_bytearray(&self, b: Vec<u8>) -> Value {
        Value::Obj(ObjRef::new(self.types.bytearray.clone(), Payload::ByteArray(RefCell::new(b))))
    }

    pub fn ellipsis(&self) -> Value {
        Value::Obj(self.ellipsis_obj.clone())
    }

    pub fn not_implemented(&self) -> Value {
        Value::Obj(self.not_implemented.clone())
    }

    pub fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if o.is(&self.not_implemented))
    }

    pub fn new_code(&self, code: Rc<CodeObject>) -> Value {
        Value::Obj(ObjRef::new(self.types.code.clone(), Payload::Code(code)))
    }

    /// A module object with a fresh namespace holding `__name__`.
    pub fn new_module(&mut self, name: &str, doc: Option<&str>) -> ObjRef {
        let d = self.new_dict_obj();
        let m = ObjRef::new(self.types.module.clone(), Payload::Module { dict: d.clone() });
        let n = self.new_str(name);
        self.dict_set_str(&d, "__name__", n);
        let doc = match doc {
            Some(s) => self.new_str(s),
            None => Value::None,
        };
        self.dict_set_str(&d, "__doc__", doc);
        self.dict_set_str(&d, "__package__", Value::None);
        self.dict_set_str(&d, "__loader__", Value::None);
        self.dict_set_str(&d, "__spec__", Value::None);
        m
    }

    /// A `builtin_function_or_method` for a module-level native function.
    pub fn new_builtin_fn(&self, def: &'static MethodDef, module: Option<Value>) -> Value {
        Value::Obj(ObjRef::new(
            self.types.builtin_function.clone(),
            Payload::Builtin(Box::new(BuiltinFunctionData {
                name: def.name,
                func: def.func,
                flags: def.flags,
                this: module,
                bound_is_module: true,
                owner: None,
                sig: def.sig,
                doc: def.doc,
            })),
        ))
    }

    /// A native function without a method table entry.
    pub fn new_native_fn(&self, name: &'static str, func: NativeFn) -> Value {
        Value::Obj(ObjRef::new(
            self.types.builtin_function.clone(),
            Payload::Builtin(Box::new(BuiltinFunctionData { name, func, flags: 0, this: None, bound_is_module: true, owner: None, sig: "", doc: "" })),
        ))
    }

    /// Adds a method table to a builtin type's namespace as method descriptors.
    pub fn add_methods(&mut self, ty: &ObjRef, defs: &'static [MethodDef]) {
        use crate::objects::native::mflags;
        let dict = type_data(ty).dict.clone();
        for def in defs {
            let cls = if def.flags & mflags::CLASS != 0 {
                self.types.classmethod_descriptor.clone()
            } else if def.name.starts_with("__") && def.name.ends_with("__") && def.flags & mflags::STATIC == 0 {
                self.types.wrapper_descriptor.clone()
            } else if def.flags & mflags::STATIC != 0 {
                self.types.builtin_function.clone()
            } else {
                self.types.method_descriptor.clone()
            };
            let obj = ObjRef::new(
                cls,
                Payload::Builtin(Box::new(BuiltinFunctionData {
                    name: def.name,
                    func: def.func,
                    flags: def.flags,
                    this: None,
                    bound_is_module: false,
                    owner: Some(ty.clone()),
                    sig: def.sig,
                    doc: def.doc,
                })),
            );
            let value = if def.flags & mflags::STATIC != 0 && def.name != "__new__" {
                Value::Obj(ObjRef::new(self.types.staticmethod.clone(), Payload::StaticMethod(RefCell::new(Value::Obj(obj)))))
            } else {
                Value::Obj(obj)
            };
            let key = self.intern(def.name);
            if let Payload::Dict(d) = &dict.payload {
                d.borrow_mut().set_str(key, value);
            }
        }
        crate::protocol::attr::type_modified(self, ty);
    }

    /// Adds computed attributes to a builtin type.
    pub fn add_getsets(&mut self, ty: &ObjRef, defs: &'static [crate::objects::native::GetSetDef]) {
        let dict = type_data(ty).dict.clone();
        for def in defs {
            let obj = ObjRef::new(
                self.types.getset_descriptor.clone(),
                Payload::GetSet(Box::new(crate::object::GetSetData {
                    name: def.name,
                    owner: ty.clone(),
                    get: def.get,
                    set: def.set,
                    doc: if def.doc.is_empty() { None } else { Some(def.doc) },
                })),
            );
            let key = self.intern(def.name);
            if let Payload::Dict(d) = &dict.payload {
                d.borrow_mut().set_str(key, Value::Obj(obj));
            }
        }
        crate::protocol::attr::type_modified(self, ty);
    }

    /// Sets a str-keyed entry of a dict object (no Python code runs).
    pub fn dict_set_str(&mut self, d: &ObjRef, key: &str, value: Value) {
        let k = self.intern(key);
        if let Payload::Dict(dd) = &d.payload {
            let old = dd.borrow_mut().set_str(k, value);
            drop(old);
        }
    }

    pub fn dict_get_str(&self, d: &ObjRef, key: &str) -> Option<Value> {
        if let Payload::Dict(dd) = &d.payload {
            let h = crate::objects::hash::hash_str(key);
            return dd.borrow().get_str(key, h).cloned();
        }
        None
    }

    /// Sets an attribute in a type's namespace (for built-in setup).
    pub fn type_set_attr(&mut self, ty: &ObjRef, key: &str, value: Value) {
        let d = type_data(ty).dict.clone();
        self.dict_set_str(&d, key, value);
        crate::protocol::attr::type_modified(self, ty);
    }

    // ----- errors --------------------------------------------------------------------------

    /// Creates an exception instance of `ty` with the given args.
    pub fn new_exception(&mut self, ty: &ObjRef, args: Vec<Value>) -> ObjRef {
        let args = self.new_tuple(args);
        ObjRef::with_ext(
            ty.clone(),
            Payload::Exception(RefCell::new(ExcData::new(args))),
            Some(Box::new(InstanceExt { dict: ObjCell::new(None), slots: Box::new([]) })),
        )
    }

    pub fn new_error(&mut self, ty: &ObjRef, msg: impl AsRef<str>) -> PyErr {
        let m = self.new_str(msg.as_ref());
        PyErr(self.new_exception(ty, vec![m]))
    }

    pub fn type_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let t = self.types.type_error.clone();
        self.new_error(&t, msg)
    }

    pub fn value_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let t = self.types.value_error.clone();
        self.new_error(&t, msg)
    }

    pub fn index_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let t = self.types.index_error.clone();
        self.new_error(&t, msg)
    }

    pub fn key_error(&mut self, key: Value) -> PyErr {
        let t = self.types.key_error.clone();
        PyErr(self.new_exception(&t, vec![key]))
    }

    pub fn attribute_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let t = self.types.attribute_error.clone();
        self.new_error(&t, msg)
    }

    pub fn overflow_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let t = self.types.overflow_error.clone();
        self.new_error(&t, msg)
    }

    pub fn zero_division_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let t = self.types.zero_division_error.clone();
        self.new_error(&t, msg)
    }

    pub fn runtime_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let t = self.types.runtime_error.clone();
        self.new_error(&t, msg)
    }

    pub fn name_error(&mut self, name: &str) -> PyErr {
        let t = self.types.name_error.clone();
        let e = self.new_error(&t, format!("name '{name}' is not defined"));
        let n = self.new_str(name);
        self.set_attr_raw(&e.0, "name", n);
        e
    }

    pub fn system_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let t = self.types.system_error.clone();
        self.new_error(&t, msg)
    }

    pub fn stop_iteration(&mut self, value: Option<Value>) -> PyErr {
        let t = self.types.stop_iteration.clone();
        let args = value.into_iter().collect();
        let e = self.new_exception(&t, args);
        PyErr(e)
    }

    pub fn not_implemented_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let t = self.types.not_implemented_error.clone();
        self.new_error(&t, msg)
    }

    /// Stores an attribute directly in an object's instance dict.
    pub fn set_attr_raw(&mut self, obj: &ObjRef, name: &str, value: Value) {
        if let Some(ext) = &obj.ext {
            let d = match ext.dict.get() {
                Some(d) => d,
                None => {
                    let d = self.new_dict_obj();
                    ext.dict.set(Some(d.clone()));
                    d
                }
            };
            self.dict_set_str(&d, name, value);
        }
    }

    pub fn get_attr_raw(&self, obj: &ObjRef, name: &str) -> Option<Value> {
        let d = obj.ext.as_ref()?.dict.get()?;
        self.dict_get_str(&d, name)
    }

    /// The instance dict of an object that has one (created on demand).
    pub fn instance_dict(&mut self, obj: &ObjRef) -> Option<ObjRef> {
        let ext = obj.ext.as_ref()?;
        if let Some(d) = ext.dict.get() {
            return Some(d);
        }
        // classes with __slots__ (and no __dict__ slot) give their instances no dict
        if !obj.with_class(|c| type_data(c).instance_dict || !type_data(c).has(crate::objects::typeobj::tflags::HEAPTYPE)) {
            return None;
        }
        let d = self.new_dict_obj();
        ext.dict.set(Some(d.clone()));
        Some(d)
    }

    /// Is `o` an instance of exactly the builtin type its payload belongs to? (Native types in
    /// `lib` reuse payloads such as `Tuple` for struct sequences; they have their own dunders.)
    pub fn is_canonical(&self, o: &ObjRef) -> bool {
        let t = &self.types;
        o.with_class(|c| match &o.payload {
            Payload::Tuple(_) => c.is(&t.tuple),
            Payload::List(_) => c.is(&t.list),
            Payload::Dict(_) => c.is(&t.dict),
            Payload::Set(_) => c.is(&t.set),
            Payload::FrozenSet(_) => c.is(&t.frozenset),
            Payload::Str(_) => c.is(&t.str),
            Payload::Int(_) => c.is(&t.int),
            Payload::Float(_) => c.is(&t.float),
            Payload::Complex(..) => c.is(&t.complex),
            Payload::Bytes(_) => c.is(&t.bytes),
            Payload::ByteArray(_) => c.is(&t.bytearray),
            Payload::Plain | Payload::Native(_) | Payload::Iter(_) => false,
            _ => !crate::objects::typeobj::type_data(c).has(crate::objects::typeobj::tflags::HEAPTYPE),
        })
    }

    /// The type object of a value.
    #[inline]
    pub fn type_of(&self, v: &Value) -> ObjRef {
        match v {
            Value::None => self.types.none_type.clone(),
            Value::Bool(_) => self.types.bool_.clone(),
            Value::Int(_) => self.types.int.clone(),
            Value::Float(_) => self.types.float.clone(),
            Value::Obj(o) => o.class(),
        }
    }

    /// `type(v).__name__`.
    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::None => "NoneType".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Obj(o) => o.with_class(|c| type_data(c).name.borrow().clone()),
        }
    }

    pub fn is_instance_of(&self, v: &Value, t: &ObjRef) -> bool {
        match v {
            Value::Obj(o) => o.with_class(|c| crate::objects::typeobj::is_subtype(c, t)),
            _ => crate::objects::typeobj::is_subtype(&self.type_of(v), t),
        }
    }

    pub fn check_interrupt(&mut self) -> PyResult<()> {
        if self.interrupt.swap(false, Ordering::Relaxed) {
            let t = self.types.keyboard_interrupt.clone();
            return Err(PyErr(self.new_exception(&t, vec![])));
        }
        Ok(())
    }

    /// `repr()` of a constant, for compiler error messages.
    pub fn repr_for_compiler(&mut self, v: &Value) -> String {
        match crate::protocol::repr::repr(self, v) {
            Ok(s) => s,
            Err(_) => "?".into(),
        }
    }

    pub fn lookup_builtin(&self, name: &str) -> Option<Value> {
        self.dict_get_str(&self.builtins_dict, name)
    }
}
