//! The `gc` module: the interface to rpy's cycle collector (`rpy_vm::gc`) — collecting,
//! enabling, thresholds and counts, introspection of tracked objects and their references,
//! freezing, debug flags, `gc.garbage` and `gc.callbacks`.

use rpy_builtins::args::{self, Spec};
use rpy_vm::gc::{self, state};
use rpy_vm::object::track::{self, NUM_GENERATIONS, PERMANENT};
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::{ObjRef, Payload, PyResult, Value, Vm};

const DOC: &str = "This module provides access to the garbage collector for reference cycles.\n\n\
enable() -- Enable automatic garbage collection.\n\
disable() -- Disable automatic garbage collection.\n\
isenabled() -- Returns true if automatic collection is enabled.\n\
collect() -- Do a full collection right now.\n\
get_count() -- Return the current collection counts.\n\
get_stats() -- Return list of dictionaries containing per-generation stats.\n\
set_debug() -- Set debugging flags.\n\
get_debug() -- Get debugging flags.\n\
set_threshold() -- Set the collection thresholds.\n\
get_threshold() -- Return the current the collection thresholds.\n\
get_objects() -- Return a list of all objects tracked by the collector.\n\
is_tracked() -- Returns true if a given object is tracked.\n\
is_finalized() -- Returns true if a given object has been already finalized.\n\
get_referrers() -- Return the list of objects that refer to an object.\n\
get_referents() -- Return the list of objects that an object refers to.\n\
freeze() -- Freeze all tracked objects and ignore them for future collections.\n\
unfreeze() -- Unfreeze all objects in the permanent generation.\n\
get_freeze_count() -- Return the number of objects in the permanent generation.\n";

// ----- argument checks ---------------------------------------------------------------------

fn noargs(vm: &mut Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("gc.{name}() takes no keyword arguments")));
    }
    if a.len() != 0 {
        return Err(vm.type_error(format!("gc.{name}() takes no arguments ({} given)", a.len())));
    }
    Ok(())
}

fn one(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("gc.{name}() takes no keyword arguments")));
    }
    if a.len() != 1 {
        return Err(vm.type_error(format!("gc.{name}() takes exactly one argument ({} given)", a.len())));
    }
    Ok(a.values[0].clone())
}

/// `*objs` functions take no keywords: "get_referents() takes no keyword arguments".
fn star_args<'a>(vm: &mut Vm, a: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(a.pos())
}

fn new_list(vm: &Vm, objs: impl IntoIterator<Item = ObjRef>) -> Value {
    vm.new_list(objs.into_iter().map(Value::Obj).collect())
}

// ----- collecting --------------------------------------------------------------------------

fn gc_collect(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let slots = args::bind(vm, &a, &Spec { name: "collect", params: &["generation"], required: 0 })?;
    let generation = match &slots[0] {
        Some(v) => args::expect_i64(vm, v)?,
        None => NUM_GENERATIONS as i64 - 1,
    };
    if !(0..NUM_GENERATIONS as i64).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    let out = gc::collect(vm, generation as usize);
    Ok(Value::Int((out.collected + out.uncollectable) as i64))
}

fn gc_enable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "enable")?;
    state::set_enabled(true);
    Ok(Value::None)
}

fn gc_disable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "disable")?;
    state::set_enabled(false);
    Ok(Value::None)
}

fn gc_isenabled(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "isenabled")?;
    Ok(Value::Bool(state::is_enabled()))
}

fn gc_get_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "get_count")?;
    let c = state::get_counts();
    Ok(vm.new_tuple(c.iter().map(|&n| Value::Int(n as i64)).collect()))
}

fn gc_get_threshold(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "get_threshold")?;
    let t = state::with(|s| s.thresholds);
    Ok(vm.new_tuple(t.iter().map(|&n| Value::Int(n as i64)).collect()))
}

/// `set_threshold(threshold0, [threshold1, [threshold2]])` (PyArg_ParseTuple "i|ii"; negative
/// values are accepted as CPython does and make a generation never collect automatically).
fn gc_set_threshold(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.has_kwargs() {
        return Err(vm.type_error("set_threshold() takes no keyword arguments"));
    }
    let pos = a.pos();
    if pos.is_empty() {
        return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    if pos.len() > 3 {
        return Err(vm.type_error(format!("set_threshold() takes at most 3 arguments ({} given)", pos.len())));
    }
    let mut t = Vec::with_capacity(3);
    for v in pos {
        if matches!(v, Value::Float(_)) {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        let n = args::expect_i64(vm, v)?;
        if n < i32::MIN as i64 || n > i32::MAX as i64 {
            let msg = if n < 0 { "signed integer is less than minimum" } else { "signed integer is greater than maximum" };
            return Err(vm.overflow_error(msg));
        }
        t.push(n);
    }
    // a negative threshold can never be passed by a count: it behaves as "never"
    let t: Vec<usize> = t.into_iter().map(|n| if n < 0 { usize::MAX } else { n as usize }).collect();
    state::set_thresholds(&t);
    Ok(Value::None)
}

fn gc_get_stats(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "get_stats")?;
    let stats = state::with(|s| s.stats);
    let mut out = Vec::with_capacity(stats.len());
    for st in stats {
        let d = vm.new_dict_obj();
        vm.dict_set_str(&d, "collections", Value::Int(st.collections as i64));
        vm.dict_set_str(&d, "collected", Value::Int(st.collected as i64));
        vm.dict_set_str(&d, "uncollectable", Value::Int(st.uncollectable as i64));
        out.push(Value::Obj(d));
    }
    Ok(vm.new_list(out))
}

fn gc_set_debug(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(vm, &a, "set_debug")?;
    if matches!(v, Value::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = args::expect_i64(vm, &v)?;
    state::with(|s| s.debug = n as u32);
    Ok(Value::None)
}

fn gc_get_debug(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "get_debug")?;
    Ok(Value::Int(state::with(|s| s.debug) as i64))
}

// ----- introspection -----------------------------------------------------------------------

fn gc_is_tracked(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(vm, &a, "is_tracked")?;
    Ok(Value::Bool(matches!(&v, Value::Obj(o) if gc::view::is_visible(o))))
}

fn gc_is_finalized(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(vm, &a, "is_finalized")?;
    Ok(Value::Bool(matches!(&v, Value::Obj(o) if track::is_finalized(o))))
}

/// The lists of the generations `get_objects`/`get_referrers` look at (not the frozen ones).
const GENERATIONS: [u8; NUM_GENERATIONS] = [0, 1, 2];

fn gc_get_objects(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let slots = args::bind(vm, &a, &Spec { name: "get_objects", params: &["generation"], required: 0 })?;
    let generation = match &slots[0] {
        None | Some(Value::None) => -1,
        Some(v) => args::expect_i64(vm, v)?,
    };
    if generation >= NUM_GENERATIONS as i64 {
        return Err(vm.value_error(format!("generation parameter must be less than the number of available generations ({NUM_GENERATIONS})")));
    }
    if generation < -1 {
        return Err(vm.value_error("generation parameter cannot be negative"));
    }
    let gens: &[u8] = if generation == -1 { &GENERATIONS } else { &GENERATIONS[generation as usize..=generation as usize] };
    let objs = track::objects_in(gens);
    Ok(new_list(vm, objs.into_iter().filter(gc::view::is_visible)))
}

fn gc_get_referents(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let objs = star_args(vm, &a, "get_referents")?;
    let mut out = Vec::new();
    for v in objs {
        if let Value::Obj(o) = v {
            if track::is_tracked(o) {
                out.extend(gc::traverse::referents(o));
            }
        }
    }
    Ok(new_list(vm, out))
}

fn gc_get_referrers(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let targets: Vec<ObjRef> = star_args(vm, &a, "get_referrers")?
        .iter()
        .filter_map(|v| match v {
            Value::Obj(o) => Some(o.clone()),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    for o in track::objects_in(&GENERATIONS) {
        let mut hit = false;
        gc::traverse::traverse(&o, &mut |r, _| hit |= targets.iter().any(|t| t.is(r)));
        if hit {
            out.push(o);
        }
    }
    Ok(new_list(vm, out))
}

// ----- freezing ----------------------------------------------------------------------------

fn gc_freeze(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "freeze")?;
    for g in GENERATIONS {
        track::move_all(g, PERMANENT);
    }
    track::set_count0(0);
    Ok(Value::None)
}

fn gc_unfreeze(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "unfreeze")?;
    track::move_all(PERMANENT, NUM_GENERATIONS as u8 - 1);
    Ok(Value::None)
}

fn gc_get_freeze_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "get_freeze_count")?;
    Ok(Value::Int(track::list_len(PERMANENT) as i64))
}

static FUNCS: &[MethodDef] = &[
    MethodDef {
        name: "collect",
        func: gc_collect,
        flags: 0,
        sig: "($module, /, generation=2)",
        doc: "Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\nis raised if the generation number is invalid.\n\nThe number of unreachable objects is returned.",
    },
    MethodDef { name: "enable", func: gc_enable, flags: 0, sig: "($module, /)", doc: "Enable automatic garbage collection." },
    MethodDef { name: "disable", func: gc_disable, flags: 0, sig: "($module, /)", doc: "Disable automatic garbage collection." },
    MethodDef { name: "isenabled", func: gc_isenabled, flags: 0, sig: "($module, /)", doc: "Returns true if automatic garbage collection is enabled." },
    MethodDef { name: "get_count", func: gc_get_count, flags: 0, sig: "($module, /)", doc: "Return a three-tuple of the current collection counts." },
    MethodDef { name: "get_threshold", func: gc_get_threshold, flags: 0, sig: "($module, /)", doc: "Return the current collection thresholds." },
    MethodDef {
        name: "set_threshold",
        func: gc_set_threshold,
        flags: 0,
        sig: "",
        doc: "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n",
    },
    MethodDef { name: "get_stats", func: gc_get_stats, flags: 0, sig: "($module, /)", doc: "Return a list of dictionaries containing per-generation statistics." },
    MethodDef {
        name: "set_debug",
        func: gc_set_debug,
        flags: 0,
        sig: "($module, flags, /)",
        doc: "Set the garbage collection debugging flags.\n\n  flags\n    An integer that can have the following bits turned on:\n      DEBUG_STATS - Print statistics during collection.\n      DEBUG_COLLECTABLE - Print collectable objects found.\n      DEBUG_UNCOLLECTABLE - Print unreachable but uncollectable objects\n        found.\n      DEBUG_SAVEALL - Save objects to gc.garbage rather than freeing them.\n      DEBUG_LEAK - Debug leaking programs (everything but STATS).\n\nDebugging information is written to sys.stderr.",
    },
    MethodDef { name: "get_debug", func: gc_get_debug, flags: 0, sig: "($module, /)", doc: "Get the garbage collection debugging flags." },
    MethodDef {
        name: "is_tracked",
        func: gc_is_tracked,
        flags: 0,
        sig: "($module, obj, /)",
        doc: "Returns true if the object is tracked by the garbage collector.\n\nSimple atomic objects will return false.",
    },
    MethodDef { name: "is_finalized", func: gc_is_finalized, flags: 0, sig: "($module, obj, /)", doc: "Returns true if the object has been already finalized by the GC." },
    MethodDef {
        name: "get_objects",
        func: gc_get_objects,
        flags: 0,
        sig: "($module, /, generation=None)",
        doc: "Return a list of objects tracked by the collector (excluding the list returned).\n\n  generation\n    Generation to extract the objects from.\n\nIf generation is not None, return only the objects tracked by the collector\nthat are in that generation.",
    },
    MethodDef { name: "get_referents", func: gc_get_referents, flags: 0, sig: "", doc: "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs." },
    MethodDef { name: "get_referrers", func: gc_get_referrers, flags: 0, sig: "", doc: "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs." },
    MethodDef {
        name: "freeze",
        func: gc_freeze,
        flags: 0,
        sig: "($module, /)",
        doc: "Freeze all current tracked objects and ignore them for future collections.\n\nThis can be used before a POSIX fork() call to make the gc copy-on-write friendly.\nNote: collection before a POSIX fork() call may free pages for future allocation\nwhich can cause copy-on-write.",
    },
    MethodDef { name: "unfreeze", func: gc_unfreeze, flags: 0, sig: "($module, /)", doc: "Unfreeze all objects in the permanent generation.\n\nPut all objects in the permanent generation back into oldest generation." },
    MethodDef { name: "get_freeze_count", func: gc_get_freeze_count, flags: 0, sig: "($module, /)", doc: "Return the number of objects in the permanent generation." },
];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = vm.new_module("gc", Some(DOC));
    let Payload::Module { dict } = &module.payload else { unreachable!("a module") };
    let d = dict.clone();
    let mv = Some(Value::Obj(module.clone()));
    for def in FUNCS {
        let f = vm.new_builtin_fn(def, mv.clone());
        vm.dict_set_str(&d, def.name, f);
    }
    for (name, v) in [
        ("DEBUG_STATS", state::debug::STATS),
        ("DEBUG_COLLECTABLE", state::debug::COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", state::debug::UNCOLLECTABLE),
        ("DEBUG_SAVEALL", state::debug::SAVEALL),
        ("DEBUG_LEAK", state::debug::LEAK),
    ] {
        vm.dict_set_str(&d, name, Value::Int(v as i64));
    }
    let garbage = vm.new_list(Vec::new());
    vm.dict_set_str(&d, "garbage", garbage);
    let callbacks = vm.new_list(Vec::new());
    vm.dict_set_str(&d, "callbacks", callbacks);
    Ok(module)
}
