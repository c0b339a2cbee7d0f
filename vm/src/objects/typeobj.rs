//! `TypeData`: the type object's representation — names, bases, C3 MRO, attribute dict,
//! flags, version tag and instance layout.

use crate::object::{ObjRef, Payload};
use crate::value::Value;
use std::cell::{Cell, RefCell};

pub mod tflags {
    pub const BASETYPE: u32 = 1;
    pub const HEAPTYPE: u32 = 2;
    pub const HAS_GETATTRIBUTE: u32 = 4;
    pub const HAS_GETATTR: u32 = 8;
    pub const HAS_SETATTR: u32 = 16;
    pub const HAS_DELATTR: u32 = 32;
    pub const IS_ABSTRACT: u32 = 64;
    pub const SEQUENCE: u32 = 128;
    pub const MAPPING: u32 = 256;
    pub const HAS_DEL: u32 = 512;
    pub const IMMUTABLE: u32 = 1024;
    pub const HAS_EQ_OR_HASH: u32 = 2048;
}

/// What payload an instance of the type carries (the "solid base" of CPython).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Module,
    Property,
    StaticMethod,
    ClassMethod,
    Function,
    Super,
    /// instances cannot be created by subclassing (NoneType, function, …)
    Special,
}

pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<ObjRef>>,
    pub mro: RefCell<Vec<ObjRef>>,
    /// the type's namespace, a dict object
    pub dict: ObjRef,
    pub flags: Cell<u32>,
    /// bumped whenever the type or a base is modified; inline caches key on it
    pub version: Cell<u32>,
    pub layout: Layout,
    /// `__slots__` storage cells per instance (including inherited ones)
    pub nslots: usize,
    /// instances have a `__dict__`
    pub instance_dict: bool,
    pub doc: Option<&'static str>,
    /// weak list of subclasses (addresses), for version propagation and __subclasses__()
    pub subclasses: RefCell<Vec<ObjRef>>,
    /// MRO lookups by interned-name address (the name is kept alive by the entry); cleared
    /// whenever the type or a base changes
    pub cache: RefCell<ahash::AHashMap<usize, (ObjRef, Option<Value>)>>,
}

thread_local! {
    static NEXT_VERSION: Cell<u32> = const { Cell::new(1) };
}

/// A fresh type version tag, never handed out before: a cache keyed by a version alone then
/// identifies both the type and its state (0 is never returned).
pub fn next_version() -> u32 {
    NEXT_VERSION.with(|n| {
        let v = n.get();
        n.set(v.wrapping_add(1).max(1));
        v
    })
}

impl TypeData {
    pub fn has(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }
}

/// Downcast helper: the TypeData of a type object.
pub fn type_data(t: &ObjRef) -> &TypeData {
    match &t.payload {
        Payload::Type(d) => d,
        _ => panic!("not a type object"),
    }
}

/// C3 linearisation. Returns None when no consistent order exists.
pub fn c3_mro(cls: &ObjRef, bases: &[ObjRef]) -> Option<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|b| type_data(b).mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let mut cand = None;
        for s in &seqs {
            let head = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(head))) {
                cand = Some(head.clone());
                break;
            }
        }
        let c = cand?;
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// Looks `name` up along the MRO of `t` without running Python code.
pub fn lookup_str(t: &ObjRef, name: &str, hash: i64) -> Option<Value> {
    let td = type_data(t);
    let mro = td.mro.borrow();
    for c in mro.iter() {
        if let Payload::Dict(d) = &type_data(c).dict.payload {
            if let Some(v) = d.borrow().get_str(name, hash) {
                return Some(v.clone());
            }
        }
    }
    None
}

pub fn is_subtype(t: &ObjRef, base: &ObjRef) -> bool {
    if t.is(base) {
        return true;
    }
    match &t.payload {
        Payload::Type(d) => d.mro.borrow().iter().any(|c| c.is(base)),
        _ => false,
    }
}
