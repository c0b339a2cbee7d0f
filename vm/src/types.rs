//! The registry of built-in type objects, created at start-up (bootstrapping `type` and
//! `object`), including the whole 3.11 exception hierarchy.

use crate::object::{ObjRef, Payload};
use crate::objects::dict::DictData;
use crate::objects::typeobj::{tflags, Layout, TypeData};
use std::cell::{Cell, RefCell};

macro_rules! types_struct {
    ($($field:ident),* $(,)?) => {
        pub struct Types { $(pub $field: ObjRef,)* }
    };
}

types_struct!(
    object,
    type_,
    int,
    bool_,
    float,
    complex,
    str,
    bytes,
    bytearray,
    list,
    tuple,
    dict,
    set,
    frozenset,
    range,
    slice,
    none_type,
    not_implemented_type,
    ellipsis_type,
    function,
    builtin_function,
    method_descriptor,
    classmethod_descriptor,
    wrapper_descriptor,
    method_wrapper,
    method,
    code,
    module,
    cell,
    property,
    staticmethod,
    classmethod,
    super_,
    generator,
    coroutine,
    async_generator,
    traceback,
    frame,
    getset_descriptor,
    member_descriptor,
    mappingproxy,
    list_iterator,
    list_reverseiterator,
    tuple_iterator,
    range_iterator,
    str_iterator,
    str_ascii_iterator,
    bytes_iterator,
    bytearray_iterator,
    dict_keyiterator,
    dict_valueiterator,
    dict_itemiterator,
    dict_reversekeyiterator,
    set_iterator,
    enumerate,
    zip,
    map,
    filter,
    reversed,
    callable_iterator,
    seq_iterator,
    dict_keys,
    dict_values,
    dict_items,
    coroutine_wrapper,
    async_gen_asend,
    async_gen_athrow,
    base_exception,
    base_exception_group,
    exception_group,
    generator_exit,
    keyboard_interrupt,
    system_exit,
    exception,
    arithmetic_error,
    floating_point_error,
    overflow_error,
    zero_division_error,
    assertion_error,
    attribute_error,
    buffer_error,
    eof_error,
    import_error,
    module_not_found_error,
    lookup_error,
    index_error,
    key_error,
    memory_error,
    name_error,
    unbound_local_error,
    os_error,
    file_not_found_error,
    file_exists_error,
    permission_error,
    is_a_directory_error,
    not_a_directory_error,
    interrupted_error,
    blocking_io_error,
    child_process_error,
    connection_error,
    broken_pipe_error,
    connection_aborted_error,
    connection_refused_error,
    connection_reset_error,
    process_lookup_error,
    timeout_error,
    reference_error,
    runtime_error,
    not_implemented_error,
    recursion_error,
    stop_async_iteration,
    stop_iteration,
    syntax_error,
    indentation_error,
    tab_error,
    system_error,
    type_error,
    value_error,
    unicode_error,
    unicode_decode_error,
    unicode_encode_error,
    unicode_translate_error,
    warning,
    bytes_warning,
    deprecation_warning,
    encoding_warning,
    future_warning,
    import_warning,
    pending_deprecation_warning,
    resource_warning,
    runtime_warning,
    syntax_warning,
    unicode_warning,
    user_warning,
);

fn new_dict_obj(dict_type: Option<&ObjRef>) -> ObjRef {
    let p = Payload::Dict(RefCell::new(DictData::new()));
    match dict_type {
        Some(t) => ObjRef::new(t.clone(), p),
        None => ObjRef::new_unclassed(p),
    }
}

fn type_payload(name: &str, bases: Vec<ObjRef>, layout: Layout, flags: u32, dict: ObjRef) -> Payload {
    Payload::Type(Box::new(TypeData {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        bases: RefCell::new(bases),
        mro: RefCell::new(Vec::new()),
        dict,
        flags: Cell::new(flags | tflags::IMMUTABLE),
        version: Cell::new(crate::objects::typeobj::next_version()),
        layout,
        nslots: 0,
        instance_dict: matches!(layout, Layout::Exception | Layout::Function | Layout::Module | Layout::Type),
        doc: None,
        subclasses: RefCell::new(Vec::new()),
        cache: RefCell::new(Default::default()),
    }))
}

fn set_mro(t: &ObjRef) {
    let td = crate::objects::typeobj::type_data(t);
    let bases = td.bases.borrow().clone();
    let mro = crate::objects::typeobj::c3_mro(t, &bases).unwrap_or_else(|| vec![t.clone()]);
    *td.mro.borrow_mut() = mro;
    for b in bases {
        crate::objects::typeobj::type_data(&b).subclasses.borrow_mut().push(t.clone());
    }
}

impl Types {
    pub fn new() -> Types {
        // bootstrap: type, object and dict reference each other
        let type_ = ObjRef::new_unclassed(type_payload("type", vec![], Layout::Type, tflags::BASETYPE, new_dict_obj(None)));
        type_.set_class(type_.clone());
        let object = ObjRef::new(type_.clone(), type_payload("object", vec![], Layout::Object, tflags::BASETYPE, new_dict_obj(None)));
        if let Payload::Type(td) = &type_.payload {
            td.bases.borrow_mut().push(object.clone());
        }
        let dict = ObjRef::new(type_.clone(), type_payload("dict", vec![object.clone()], Layout::Dict, tflags::BASETYPE | tflags::MAPPING, new_dict_obj(None)));
        for t in [&type_, &object, &dict] {
            crate::objects::typeobj::type_data(t).dict.set_class(dict.clone());
        }
        *crate::objects::typeobj::type_data(&object).mro.borrow_mut() = vec![object.clone()];
        set_mro(&type_);
        set_mro(&dict);

        let mk = |name: &str, base: &ObjRef, layout: Layout, flags: u32| -> ObjRef {
            let t = ObjRef::new(type_.clone(), type_payload(name, vec![base.clone()], layout, flags, new_dict_obj(Some(&dict))));
            set_mro(&t);
            t
        };
        let b = tflags::BASETYPE;
        let int = mk("int", &object, Layout::Int, b);
        let bool_ = mk("bool", &int, Layout::Bool, 0);
        let exc_base = mk("BaseException", &object, Layout::Exception, b);
        let e = |name: &str, base: &ObjRef| mk(name, base, Layout::Exception, b);
        let exception = e("Exception", &exc_base);
        let arithmetic_error = e("ArithmeticError", &exception);
        let lookup_error = e("LookupError", &exception);
        let import_error = e("ImportError", &exception);
        let name_error = e("NameError", &exception);
        let os_error = e("OSError", &exception);
        let connection_error = e("ConnectionError", &os_error);
        let runtime_error = e("RuntimeError", &exception);
        let syntax_error = e("SyntaxError", &exception);
        let indentation_error = e("IndentationError", &syntax_error);
        let value_error = e("ValueError", &exception);
        let unicode_error = e("UnicodeError", &value_error);
        let warning = e("Warning", &exception);
        let base_exception_group = e("BaseExceptionGroup", &exc_base);
        let exception_group = ObjRef::new(
            type_.clone(),
            type_payload("ExceptionGroup", vec![base_exception_group.clone(), exception.clone()], Layout::Exception, b, new_dict_obj(Some(&dict))),
        );
        set_mro(&exception_group);
        let special = |name: &str| mk(name, &object, Layout::Special, 0);
        let builtin_function = special("builtin_function_or_method");
        Types {
            int: int.clone(),
            bool_,
            float: mk("float", &object, Layout::Float, b),
            complex: mk("complex", &object, Layout::Complex, b),
            str: mk("str", &object, Layout::Str, b),
            bytes: mk("bytes", &object, Layout::Bytes, b | tflags::SEQUENCE),
            bytearray: mk("bytearray", &object, Layout::ByteArray, b | tflags::SEQUENCE),
            list: mk("list", &object, Layout::List, b | tflags::SEQUENCE),
            tuple: mk("tuple", &object, Layout::Tuple, b | tflags::SEQUENCE),
            set: mk("set", &object, Layout::Set, b),
            frozenset: mk("frozenset", &object, Layout::FrozenSet, b),
            range: mk("range", &object, Layout::Special, tflags::SEQUENCE),
            slice: special("slice"),
            none_type: special("NoneType"),
            not_implemented_type: special("NotImplementedType"),
            ellipsis_type: special("ellipsis"),
            function: special("function"),
            builtin_function: builtin_function.clone(),
            method_descriptor: special("method_descriptor"),
            classmethod_descriptor: special("classmethod_descriptor"),
            wrapper_descriptor: special("wrapper_descriptor"),
            method_wrapper: {
                let bf = builtin_function.clone();
                mk("method-wrapper", &bf, Layout::Special, 0)
            },
            method: special("method"),
            code: special("code"),
            module: mk("module", &object, Layout::Module, b),
            cell: special("cell"),
            property: mk("property", &object, Layout::Property, b),
            staticmethod: mk("staticmethod", &object, Layout::StaticMethod, b),
            classmethod: mk("classmethod", &object, Layout::ClassMethod, b),
            super_: mk("super", &object, Layout::Super, b),
            generator: special("generator"),
            coroutine: special("coroutine"),
            async_generator: special("async_generator"),
            traceback: special("traceback"),
            frame: special("frame"),
            getset_descriptor: special("getset_descriptor"),
            member_descriptor: special("member_descriptor"),
            mappingproxy: special("mappingproxy"),
            list_iterator: special("list_iterator"),
            list_reverseiterator: special("list_reverseiterator"),
            tuple_iterator: special("tuple_iterator"),
            range_iterator: special("range_iterator"),
            str_iterator: special("str_iterator"),
            str_ascii_iterator: special("str_ascii_iterator"),
            bytes_iterator: special("bytes_iterator"),
            bytearray_iterator: special("bytearray_iterator"),
            dict_keyiterator: special("dict_keyiterator"),
            dict_valueiterator: special("dict_valueiterator"),
            dict_itemiterator: special("dict_itemiterator"),
            dict_reversekeyiterator: special("dict_reversekeyiterator"),
            set_iterator: special("set_iterator"),
            enumerate: mk("enumerate", &object, Layout::Special, b),
            zip: mk("zip", &object, Layout::Special, b),
            map: mk("map", &object, Layout::Special, b),
            filter: mk("filter", &object, Layout::Special, b),
            reversed: mk("reversed", &object, Layout::Special, b),
            callable_iterator: special("callable_iterator"),
            seq_iterator: special("iterator"),
            dict_keys: special("dict_keys"),
            dict_values: special("dict_values"),
            dict_items: special("dict_items"),
            coroutine_wrapper: special("coroutine_wrapper"),
            async_gen_asend: special("async_generator_asend"),
            async_gen_athrow: special("async_generator_athrow"),
            generator_exit: e("GeneratorExit", &exc_base),
            keyboard_interrupt: e("KeyboardInterrupt", &exc_base),
            system_exit: e("SystemExit", &exc_base),
            floating_point_error: e("FloatingPointError", &arithmetic_error),
            overflow_error: e("OverflowError", &arithmetic_error),
            zero_division_error: e("ZeroDivisionError", &arithmetic_error),
            assertion_error: e("AssertionError", &exception),
            attribute_error: e("AttributeError", &exception),
            buffer_error: e("BufferError", &exception),
            eof_error: e("EOFError", &exception),
            module_not_found_error: e("ModuleNotFoundError", &import_error),
            index_error: e("IndexError", &lookup_error),
            key_error: e("KeyError", &lookup_error),
            memory_error: e("MemoryError", &exception),
            unbound_local_error: e("UnboundLocalError", &name_error),
            blocking_io_error: e("BlockingIOError", &os_error),
            child_process_error: e("ChildProcessError", &os_error),
            broken_pipe_error: e("BrokenPipeError", &connection_error),
            connection_aborted_error: e("ConnectionAbortedError", &connection_error),
            connection_refused_error: e("ConnectionRefusedError", &connection_error),
            connection_reset_error: e("ConnectionResetError", &connection_error),
            file_exists_error: e("FileExistsError", &os_error),
            file_not_found_error: e("FileNotFoundError", &os_error),
            interrupted_error: e("InterruptedError", &os_error),
            is_a_directory_error: e("IsADirectoryError", &os_error),
            not_a_directory_error: e("NotADirectoryError", &os_error),
            permission_error: e("PermissionError", &os_error),
            process_lookup_error: e("ProcessLookupError", &os_error),
            timeout_error: e("TimeoutError", &os_error),
            reference_error: e("ReferenceError", &exception),
            not_implemented_error: e("NotImplementedError", &runtime_error),
            recursion_error: e("RecursionError", &runtime_error),
            stop_async_iteration: e("StopAsyncIteration", &exception),
            stop_iteration: e("StopIteration", &exception),
            tab_error: e("TabError", &indentation_error),
            system_error: e("SystemError", &exception),
            type_error: e("TypeError", &exception),
            unicode_decode_error: e("UnicodeDecodeError", &unicode_error),
            unicode_encode_error: e("UnicodeEncodeError", &unicode_error),
            unicode_translate_error: e("UnicodeTranslateError", &unicode_error),
            bytes_warning: e("BytesWarning", &warning),
            deprecation_warning: e("DeprecationWarning", &warning),
            encoding_warning: e("EncodingWarning", &warning),
            future_warning: e("FutureWarning", &warning),
            import_warning: e("ImportWarning", &warning),
            pending_deprecation_warning: e("PendingDeprecationWarning", &warning),
            resource_warning: e("ResourceWarning", &warning),
            runtime_warning: e("RuntimeWarning", &warning),
            syntax_warning: e("SyntaxWarning", &warning),
            unicode_warning: e("UnicodeWarning", &warning),
            user_warning: e("UserWarning", &warning),
            base_exception: exc_base,
            base_exception_group,
            exception_group,
            exception,
            arithmetic_error,
            lookup_error,
            import_error,
            name_error,
            os_error,
            connection_error,
            runtime_error,
            syntax_error,
            indentation_error,
            value_error,
            unicode_error,
            warning,
            object,
            type_,
            dict,
        }
    }

    /// The exception types, in the order the `builtins` module lists them.
    pub fn exception_types(&self) -> Vec<&ObjRef> {
        vec![
            &self.base_exception,
            &self.base_exception_group,
            &self.exception_group,
            &self.generator_exit,
            &self.keyboard_interrupt,
            &self.system_exit,
            &self.exception,
            &self.arithmetic_error,
            &self.floating_point_error,
            &self.overflow_error,
            &self.zero_division_error,
            &self.assertion_error,
            &self.attribute_error,
            &self.buffer_error,
            &self.eof_error,
            &self.import_error,
            &self.module_not_found_error,
            &self.lookup_error,
            &self.index_error,
            &self.key_error,
            &self.memory_error,
            &self.name_error,
            &self.unbound_local_error,
            &self.os_error,
            &self.file_not_found_error,
            &self.file_exists_error,
            &self.permission_error,
            &self.is_a_directory_error,
            &self.not_a_directory_error,
            &self.interrupted_error,
            &self.blocking_io_error,
            &self.child_process_error,
            &self.connection_error,
            &self.broken_pipe_error,
            &self.connection_aborted_error,
            &self.connection_refused_error,
            &self.connection_reset_error,
            &self.process_lookup_error,
            &self.timeout_error,
            &self.reference_error,
            &self.runtime_error,
            &self.not_implemented_error,
            &self.recursion_error,
            &self.stop_async_iteration,
            &self.stop_iteration,
            &self.syntax_error,
            &self.indentation_error,
            &self.tab_error,
            &self.system_error,
            &self.type_error,
            &self.value_error,
            &self.unicode_error,
            &self.unicode_decode_error,
            &self.unicode_encode_error,
            &self.unicode_translate_error,
            &self.warning,
            &self.bytes_warning,
            &self.deprecation_warning,
            &self.encoding_warning,
            &self.future_warning,
            &self.import_warning,
            &self.pending_deprecation_warning,
            &self.resource_warning,
            &self.runtime_warning,
            &self.syntax_warning,
            &self.unicode_warning,
            &self.user_warning,
        ]
    }
}

impl Types {
    /// The builtin types the `builtins` module exposes by name.
    pub fn clone_list(&self) -> Vec<(&'static str, ObjRef)> {
        vec![
            ("object", self.object.clone()),
            ("type", self.type_.clone()),
            ("int", self.int.clone()),
            ("bool", self.bool_.clone()),
            ("float", self.float.clone()),
            ("complex", self.complex.clone()),
            ("str", self.str.clone()),
            ("bytes", self.bytes.clone()),
            ("bytearray", self.bytearray.clone()),
            ("list", self.list.clone()),
            ("tuple", self.tuple.clone()),
            ("dict", self.dict.clone()),
            ("set", self.set.clone()),
            ("frozenset", self.frozenset.clone()),
            ("range", self.range.clone()),
            ("slice", self.slice.clone()),
            ("property", self.property.clone()),
            ("staticmethod", self.staticmethod.clone()),
            ("classmethod", self.classmethod.clone()),
            ("super", self.super_.clone()),
            ("enumerate", self.enumerate.clone()),
            ("zip", self.zip.clone()),
            ("map", self.map.clone()),
            ("filter", self.filter.clone()),
            ("reversed", self.reversed.clone()),
        ]
    }
}
