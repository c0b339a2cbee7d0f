//! A compilation unit: the code being generated for one scope (instructions, labels, constants,
//! names, variables) and its stack of frame blocks for break/continue/return unwinding.

use super::ast::{Stmt, TextRange};
use super::symtable::Scope;
use crate::bytecode::{Op, Position};
use crate::object::ObjRef;
use crate::value::Value;
use ahash::AHashMap;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

pub struct RawInstr {
    pub op: Op,
    pub arg: u32,
    pub pos: Position,
    pub target: Option<Label>,
}

/// Frame blocks: what must be undone when control leaves a construct early.
#[derive(Clone)]
pub enum FBlock {
    WhileLoop { cont: Label, exit: Label },
    ForLoop { cont: Label, exit: Label },
    TryExcept,
    FinallyTry { body: Rc<Vec<Stmt>> },
    FinallyEnd,
    With { is_async: bool, range: TextRange },
    HandlerCleanup { name: Option<String> },
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

pub struct Unit {
    pub scope: Scope,
    pub name: String,
    pub qualname: String,
    pub firstlineno: u32,
    pub instrs: Vec<RawInstr>,
    /// label id -> instruction index it is bound to
    pub labels: Vec<Option<usize>>,
    pub consts: Vec<Value>,
    const_keys: AHashMap<String, u32>,
    pub names: Vec<ObjRef>,
    name_map: AHashMap<String, u32>,
    pub varnames: Vec<String>,
    var_map: AHashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub fblocks: Vec<FBlock>,
    pub loc: Position,
    pub private: Option<String>,
}

impl Unit {
    pub fn new(scope: Scope, name: String, qualname: String, firstlineno: u32) -> Unit {
        let cellvars = scope.cellvars();
        let freevars = scope.freevars();
        let mut u = Unit {
            scope,
            name,
            qualname,
            firstlineno,
            instrs: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            const_keys: AHashMap::new(),
            names: Vec::new(),
            name_map: AHashMap::new(),
            varnames: Vec::new(),
            var_map: AHashMap::new(),
            cellvars,
            freevars,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            fblocks: Vec::new(),
            loc: Position { line: firstlineno, end_line: firstlineno, col: 0, end_col: 0 },
            private: None,
        };
        let params = u.scope.params.clone();
        for p in params {
            u.varname_index(&p);
        }
        u
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, l: Label) {
        self.labels[l.0 as usize] = Some(self.instrs.len());
    }

    pub fn add_const(&mut self, v: Value) -> u32 {
        let key = const_key(&v);
        if let Some(k) = &key {
            if let Some(i) = self.const_keys.get(k) {
                return *i;
            }
        }
        self.consts.push(v);
        let i = self.consts.len() as u32 - 1;
        if let Some(k) = key {
            self.const_keys.insert(k, i);
        }
        i
    }

    pub fn add_name(&mut self, name: &str, obj: ObjRef) -> u32 {
        if let Some(i) = self.name_map.get(name) {
            return *i;
        }
        self.names.push(obj);
        let i = self.names.len() as u32 - 1;
        self.name_map.insert(name.to_string(), i);
        i
    }

    pub fn varname_index(&mut self, name: &str) -> u32 {
        if let Some(i) = self.var_map.get(name) {
            return *i;
        }
        self.varnames.push(name.to_string());
        let i = self.varnames.len() as u32 - 1;
        self.var_map.insert(name.to_string(), i);
        i
    }

    /// Index of a cell or free variable in the frame's cell array (cells first, then frees).
    pub fn deref_index(&mut self, name: &str) -> u32 {
        if let Some(i) = self.cellvars.iter().position(|c| c == name) {
            return i as u32;
        }
        if let Some(i) = self.freevars.iter().position(|c| c == name) {
            return (self.cellvars.len() + i) as u32;
        }
        // not resolved by the symbol table (e.g. implicit __class__): add as free
        self.freevars.push(name.to_string());
        (self.cellvars.len() + self.freevars.len() - 1) as u32
    }
}

fn const_key(v: &Value) -> Option<String> {
    match v {
        Value::None => Some("N".into()),
        Value::Bool(b) => Some(format!("b{b}")),
        Value::Int(i) => Some(format!("i{i}")),
        Value::Float(f) => Some(format!("f{}", f.to_bits())),
        Value::Obj(o) => match &o.payload {
            crate::object::Payload::Str(s) => Some(format!("s{}", s.as_str())),
            _ => None,
        },
    }
}
