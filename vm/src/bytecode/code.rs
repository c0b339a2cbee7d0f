//! Code objects: instructions with their source positions, constants, names and the
//! exception table.

use super::Op;
use crate::object::ObjRef;
use crate::value::Value;
use std::cell::Cell;
use std::rc::Rc;

/// One instruction: opcode and a 32-bit argument (no EXTENDED_ARG needed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
}

/// Source range of an instruction. Columns are UTF-8 byte offsets within the line, as in
/// CPython's `co_positions()`; `NONE` marks an unknown column.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

impl Position {
    pub const NONE: u32 = u32::MAX;
}

/// An exception-table entry: instructions in `start..end` are protected by the handler at
/// `target`, entered with the value stack cut to `depth` (plus lasti when `lasti`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

pub mod flags {
    pub const OPTIMIZED: u32 = 1;
    pub const NEWLOCALS: u32 = 2;
    pub const VARARGS: u32 = 4;
    pub const VARKEYWORDS: u32 = 8;
    pub const NESTED: u32 = 16;
    pub const GENERATOR: u32 = 32;
    pub const NOFREE: u32 = 64;
    pub const COROUTINE: u32 = 128;
    pub const ITERABLE_COROUTINE: u32 = 256;
    pub const ASYNC_GENERATOR: u32 = 512;
}

/// An instruction's inline cache (DESIGN.md §6): what the last execution learned, guarded by
/// a type version tag or dict keys versions. Every instruction has one (indexed by pc); only
/// attribute and global accesses use them. They are also the JIT's type feedback.
#[derive(Default)]
pub struct InlineCache {
    /// what the entry describes (see `interp::cache`); 0 = empty
    pub kind: Cell<u8>,
    /// the type version tag the entry is valid for
    pub version: Cell<u32>,
    /// position hint into a dict's entries
    pub index: Cell<u32>,
    /// keys versions of the dicts the entry depends on
    pub keys: Cell<u64>,
    pub keys2: Cell<u64>,
    /// the object the entry resolved to (a method), kept alive by the cache
    pub obj: crate::object::ObjCell,
}

pub struct CodeObject {
    pub name: ObjRef,
    pub qualname: ObjRef,
    pub filename: ObjRef,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub instrs: Box<[Instr]>,
    pub positions: Box<[Position]>,
    pub exc_table: Box<[ExcEntry]>,
    pub consts: Box<[Value]>,
    pub names: Box<[ObjRef]>,
    pub varnames: Box<[ObjRef]>,
    pub cellvars: Box<[ObjRef]>,
    pub freevars: Box<[ObjRef]>,
    /// For each cell variable, the argument slot it is initialised from, if it is an argument.
    pub cell2arg: Box<[Option<u32>]>,
    pub max_stack: u32,
    /// Calls plus loop back-edges, for the JIT's hotness threshold.
    pub hotness: Cell<u32>,
    /// one inline cache per instruction
    pub caches: Box<[InlineCache]>,
}

impl CodeObject {
    #[inline]
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    #[inline]
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }

    pub fn is_generator_like(&self) -> bool {
        self.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }

    /// The line of the instruction at `pc` (0 if unknown).
    pub fn line_at(&self, pc: usize) -> u32 {
        self.positions.get(pc).map(|p| p.line).unwrap_or(self.firstlineno)
    }

    /// The innermost handler covering instruction `pc`.
    pub fn find_handler(&self, pc: usize) -> Option<ExcEntry> {
        let pc = pc as u32;
        self.exc_table.iter().find(|e| e.start <= pc && pc < e.end).copied()
    }
}

/// Shared handle to a code object.
pub type CodeRef = Rc<CodeObject>;
