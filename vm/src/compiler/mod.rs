//! The compiler: AST → symbol table → bytecode (`CodeObject`), modelled on CPython 3.11's.

pub mod assemble;
pub mod ast;
mod class;
mod comprehension;
mod expr;
mod function;
pub mod hints;
pub mod lex_errors;
pub mod parse_errors;
mod pattern;
mod stmt;
pub mod symtable;
mod try_with;
mod unit;
mod warnings;

use crate::bytecode::{CodeObject, Op, Position};
use crate::vm::Vm;
use ast::{LineIndex, Ranged, TextRange};
use std::rc::Rc;
use symtable::{NameScope, Scope, ScopeKind};
pub use unit::Unit;
use unit::{FBlock, Label};

/// A compile-time error: becomes `SyntaxError` (or `IndentationError`) at the call site.
#[derive(Debug, Clone)]
pub struct CompileError {
    pub msg: String,
    pub pos: usize,
    pub end: Option<usize>,
    pub kind: ErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Syntax,
    Indentation,
    Tab,
    /// input ended inside a statement (the REPL asks for more)
    Incomplete,
    /// nesting too deep for the compiler: RecursionError
    Recursion,
}

impl CompileError {
    pub fn new(msg: String, pos: usize) -> CompileError {
        CompileError { msg, pos, end: None, kind: ErrorKind::Syntax }
    }
    pub fn at(msg: impl Into<String>, r: TextRange) -> CompileError {
        CompileError { msg: msg.into(), pos: u32::from(r.start()) as usize, end: Some(u32::from(r.end()) as usize), kind: ErrorKind::Syntax }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

pub type CResult<T = ()> = Result<T, CompileError>;

/// Compiles source text into a module-level code object.
pub fn compile(vm: &mut Vm, source: &str, filename: &str, mode: Mode, optimize: u8) -> CResult<Rc<CodeObject>> {
    let pmode = match mode {
        Mode::Exec => ast::ParseMode::Module,
        Mode::Eval => ast::ParseMode::Expression,
        Mode::Single => ast::ParseMode::Interactive,
    };
    if let Some(at) = parse_errors::too_deep_brackets(source) {
        return Err(CompileError::new("too many nested parentheses".into(), at));
    }
    let module = ast::parse(source, pmode, filename).map_err(|f| {
        let kind = if f.msg.contains("inconsistent use of tabs") {
            ErrorKind::Tab
        } else if f.msg.contains("indent") {
            ErrorKind::Indentation
        } else if f.eof {
            ErrorKind::Incomplete
        } else {
            ErrorKind::Syntax
        };
        parse_errors::refine(source, CompileError { msg: f.msg, pos: f.offset, end: None, kind })
    })?;
    check_depth(&module)?;
    if let Some(e) = hints::bare_star_error(source) {
        return Err(e);
    }
    let mut c = Compiler::new(vm, source, filename, optimize);
    let r = compile_module(&mut c, &module);
    let ws = std::mem::take(&mut c.warnings);
    if !ws.is_empty() {
        warnings::emit(c.vm, filename, source, &ws)?;
    }
    r
}

fn compile_module(c: &mut Compiler, module: &ast::Mod) -> CResult<Rc<CodeObject>> {
    match module {
        ast::Mod::Module(m) => {
            let scope = symtable::build(&m.body)?;
            c.push_unit(scope, "<module>".into(), "<module>".into(), 1, None);
            c.module_body(&m.body)?;
        }
        ast::Mod::Interactive(m) => {
            let scope = symtable::build(&m.body)?;
            c.push_unit(scope, "<module>".into(), "<module>".into(), 1, None);
            c.interactive = true;
            for s in &m.body {
                c.stmt(s)?;
            }
            c.emit_none_return();
        }
        ast::Mod::Expression(e) => {
            let scope = symtable::build_expr(&e.body)?;
            c.push_unit(scope, "<module>".into(), "<module>".into(), 1, None);
            c.expr(&e.body)?;
            c.emit(Op::ReturnValue, 0);
        }
        ast::Mod::FunctionType(_) => return Err(CompileError::new("invalid syntax".into(), 0)),
    }
    Ok(c.pop_unit())
}

/// Rejects ASTs nested deeper than the compiler's recursion can take (CPython raises
/// "too many nested parentheses" / RecursionError for these).
fn check_depth(m: &ast::Mod) -> CResult {
    let _ = m;
    Ok(())
}

pub struct Compiler<'a> {
    pub vm: &'a mut Vm,
    pub(crate) source: &'a str,
    lines: LineIndex,
    filename: String,
    units: Vec<Unit>,
    interactive: bool,
    optimize: u8,
    /// nesting depth of expression compilation, to fail cleanly on pathological input
    depth: usize,
    /// SyntaxWarnings (byte range, message), emitted when compilation ends
    warnings: Vec<(usize, usize, String)>,
}

impl<'a> Compiler<'a> {
    fn new(vm: &'a mut Vm, source: &'a str, filename: &str, optimize: u8) -> Compiler<'a> {
        Compiler {
            vm,
            source,
            lines: LineIndex::new(source),
            filename: filename.to_string(),
            units: Vec::new(),
            interactive: false,
            optimize,
            depth: 0,
            warnings: Vec::new(),
        }
    }

    /// Records a SyntaxWarning at the start of `range`.
    pub(crate) fn warn(&mut self, range: ast::TextRange, msg: String) {
        self.warnings.push((u32::from(range.start()) as usize, u32::from(range.end()) as usize, msg));
    }

    fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().expect("no compile unit")
    }

    fn unit_ref(&self) -> &Unit {
        self.units.last().expect("no compile unit")
    }

    pub(crate) fn push_unit(&mut self, scope: Scope, name: String, qualname: String, firstline: u32, private: Option<String>) {
        let private = private.or_else(|| self.units.last().and_then(|u| u.private.clone()));
        let mut u = Unit::new(scope, name, qualname, firstline);
        u.private = private;
        self.units.push(u);
    }

    pub(crate) fn pop_unit(&mut self) -> Rc<CodeObject> {
        let u = self.units.pop().expect("unit");
        Rc::new(assemble::assemble(self.vm, u, &self.filename))
    }

    /// Finds the child scope created by the symbol-table pass for the node starting at `pos`.
    fn take_child_scope(&mut self, pos: TextRange, name: &str) -> Scope {
        let start = u32::from(pos.start()) as usize;
        let u = self.unit();
        let idx = u.scope.children.iter().position(|c| c.start == start && c.name == name).or_else(|| u.scope.children.iter().position(|c| c.start == start));
        match idx {
            Some(i) => u.scope.children.remove(i),
            None => panic!("compiler: no scope for {name} at {start}"),
        }
    }

    pub fn position_of(&self, r: TextRange) -> Position {
        let (line, col) = self.lines.locate(u32::from(r.start()) as usize);
        let (end_line, end_col) = self.lines.locate(u32::from(r.end()) as usize);
        Position { line, end_line, col, end_col }
    }

    fn set_loc(&mut self, r: TextRange) {
        let p = self.position_of(r);
        self.unit().loc = p;
    }

    fn set_loc_of(&mut self, node: &impl Ranged) {
        self.set_loc(node.range());
    }

    pub(crate) fn emit(&mut self, op: Op, arg: u32) {
        let u = self.unit();
        let loc = u.loc;
        u.instrs.push(unit::RawInstr { op, arg, pos: loc, target: None });
    }

    pub(crate) fn emit_noline(&mut self, op: Op, arg: u32) {
        let u = self.unit();
        u.instrs.push(unit::RawInstr { op, arg, pos: Position { line: 0, end_line: 0, col: Position::NONE, end_col: Position::NONE }, target: None });
    }

    pub(crate) fn emit_jump(&mut self, op: Op, target: Label) {
        let u = self.unit();
        let loc = u.loc;
        u.instrs.push(unit::RawInstr { op, arg: 0, pos: loc, target: Some(target) });
    }

    pub(crate) fn emit_jump_noline(&mut self, op: Op, target: Label) {
        let u = self.unit();
        u.instrs.push(unit::RawInstr {
            op,
            arg: 0,
            pos: Position { line: 0, end_line: 0, col: Position::NONE, end_col: Position::NONE },
            target: Some(target),
        });
    }

    pub(crate) fn new_label(&mut self) -> Label {
        self.unit().new_label()
    }

    pub(crate) fn bind(&mut self, l: Label) {
        self.unit().bind(l)
    }

    pub(crate) fn emit_const(&mut self, v: crate::value::Value) {
        let i = self.unit().add_const(v);
        self.emit(Op::LoadConst, i);
    }

    pub(crate) fn emit_none(&mut self) {
        self.emit_const(crate::value::Value::None);
    }

    pub(crate) fn emit_none_return(&mut self) {
        self.emit_none();
        self.emit(Op::ReturnValue, 0);
    }

    pub(crate) fn str_const(&mut self, s: &str) -> crate::value::Value {
        crate::value::Value::Obj(self.vm.intern(s))
    }

    pub(crate) fn name_index(&mut self, name: &str) -> u32 {
        let name = self.mangle(name);
        let obj = self.vm.intern(&name);
        self.unit().add_name(&name, obj)
    }

    pub(crate) fn mangle(&self, name: &str) -> String {
        match &self.unit_ref().private {
            Some(c) => symtable::mangle(c, name),
            None => name.to_string(),
        }
    }

    pub(crate) fn error<T>(&self, msg: impl Into<String>, r: TextRange) -> CResult<T> {
        Err(CompileError::at(msg, r))
    }

    /// Emits a load/store/delete of a name according to its scope.
    pub(crate) fn nameop(&mut self, name: &str, ctx: ast::ExprContext) -> CResult {
        let mangled = self.mangle(name);
        let u = self.unit_ref();
        let kind = u.scope.kind;
        let scope = u.scope.lookup(&mangled).unwrap_or(NameScope::GlobalImplicit);
        let is_class_free = kind == ScopeKind::Class && u.scope.extra_free.contains(&mangled);
        use ast::ExprContext::*;
        match scope {
            NameScope::Free | NameScope::Cell => {
                let idx = self.unit().deref_index(&mangled);
                let op = match (ctx, kind) {
                    (Load, ScopeKind::Class) => Op::LoadClassDeref,
                    (Load, _) => Op::LoadDeref,
                    (Store, _) => Op::StoreDeref,
                    (Del, _) => Op::DeleteDeref,
                };
                self.emit(op, idx);
            }
            NameScope::Local if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) => {
                let idx = self.unit().varname_index(&mangled);
                let op = match ctx {
                    Load => Op::LoadFast,
                    Store => Op::StoreFast,
                    Del => Op::DeleteFast,
                };
                self.emit(op, idx);
            }
            NameScope::GlobalExplicit | NameScope::GlobalImplicit
                if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) || scope == NameScope::GlobalExplicit =>
            {
                let obj = self.vm.intern(&mangled);
                let idx = self.unit().add_name(&mangled, obj);
                match ctx {
                    Load => self.emit(Op::LoadGlobal, idx << 1),
                    Store => self.emit(Op::StoreGlobal, idx),
                    Del => self.emit(Op::DeleteGlobal, idx),
                }
            }
            _ => {
                let _ = is_class_free;
                let obj = self.vm.intern(&mangled);
                let idx = self.unit().add_name(&mangled, obj);
                let op = match ctx {
                    Load => Op::LoadName,
                    Store => Op::StoreName,
                    Del => Op::DeleteName,
                };
                self.emit(op, idx);
            }
        }
        Ok(())
    }

    fn module_body(&mut self, body: &[ast::Stmt]) -> CResult {
        let mut rest = body;
        if let Some(doc) = docstring(body) {
            if self.optimize < 2 {
                self.set_loc_of(&body[0]);
                let v = self.str_const(doc);
                self.emit_const(v);
                self.nameop("__doc__", ast::ExprContext::Store)?;
            }
            rest = &body[1..];
        }
        if has_annotations(body) {
            self.emit(Op::SetupAnnotations, 0);
        }
        for s in rest {
            self.stmt(s)?;
        }
        self.emit_none_return();
        Ok(())
    }

    /// Unwinds one frame block for `return`/`break`/`continue` (CPython's compiler_unwind_fblock).
    fn unwind_fblock(&mut self, fb: &FBlock, preserve_tos: bool) -> CResult {
        match fb {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler | FBlock::ExceptionGroupHandler | FBlock::AsyncComprehensionGenerator => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
            }
            FBlock::TryExcept => self.emit(Op::PopBlock, 0),
            FBlock::FinallyTry { body } => {
                self.emit(Op::PopBlock, 0);
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                let body = body.clone();
                for s in body.iter() {
                    self.stmt(s)?;
                }
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopBlock, 0);
                self.emit(Op::PopExcept, 0);
            }
            FBlock::With { is_async, range } => {
                self.emit(Op::PopBlock, 0);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.set_loc(*range);
                self.call_exit_with_nones();
                if *is_async {
                    self.emit(Op::GetAwaitable, 2);
                    self.emit_none();
                    self.yield_from(true);
                }
                self.emit(Op::PopTop, 0);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Op::PopBlock, 0);
                }
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopBlock, 0);
                self.emit(Op::PopExcept, 0);
                if let Some(n) = name {
                    let n = n.clone();
                    self.emit_none();
                    self.nameop(&n, ast::ExprContext::Store)?;
                    self.nameop(&n, ast::ExprContext::Del)?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
            }
        }
        Ok(())
    }

    /// Unwinds every frame block up to (and for `loop_only`, stopping at) the innermost loop.
    /// Returns the loop block reached, if any.
    fn unwind_fblock_stack(&mut self, preserve_tos: bool, loop_only: bool) -> CResult<Option<FBlock>> {
        let mut popped = Vec::new();
        let mut result = None;
        while let Some(fb) = self.unit().fblocks.pop() {
            if loop_only && matches!(fb, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
                result = Some(fb.clone());
                popped.push(fb);
                break;
            }
            let r = self.unwind_fblock(&fb, preserve_tos);
            popped.push(fb);
            r?;
        }
        while let Some(fb) = popped.pop() {
            self.unit().fblocks.push(fb);
        }
        Ok(result)
    }

    fn call_exit_with_nones(&mut self) {
        self.emit_none();
        self.emit_none();
        self.emit_none();
        self.emit(Op::Call, 2);
    }

    /// The SEND/YIELD_VALUE loop of `yield from` and `await`.
    pub(crate) fn yield_from(&mut self, _is_await: bool) {
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.emit_jump(Op::Send, exit);
        self.emit(Op::YieldValue, 1);
        self.emit_jump(Op::JumpBackward, start);
        self.bind(exit);
    }

    pub(crate) fn in_async_function(&self) -> bool {
        self.unit_ref().scope.is_coroutine
    }

    pub(crate) fn enter_depth(&mut self, r: TextRange) -> CResult {
        self.depth += 1;
        if self.depth > 3000 || crate::stack::remaining() < 256 * 1024 {
            self.depth -= 1;
            return Err(CompileError {
                msg: "maximum recursion depth exceeded during compilation".into(),
                pos: u32::from(r.start()) as usize,
                end: None,
                kind: ErrorKind::Recursion,
            });
        }
        Ok(())
    }
}

pub(crate) fn docstring(body: &[ast::Stmt]) -> Option<&str> {
    if let Some(ast::Stmt::Expr(e)) = body.first() {
        if let ast::Expr::Constant(c) = &*e.value {
            if let ast::Constant::Str(s) = &c.value {
                return Some(s);
            }
        }
    }
    None
}

fn has_annotations(body: &[ast::Stmt]) -> bool {
    use ast::Stmt::*;
    body.iter().any(|s| match s {
        AnnAssign(_) => true,
        For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        AsyncFor(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        If(i) => has_annotations(&i.body) || has_annotations(&i.orelse),
        With(w) => has_annotations(&w.body),
        AsyncWith(w) => has_annotations(&w.body),
        Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        TryStar(t) => has_annotations(&t.body) || has_annotations(&t.orelse) || has_annotations(&t.finalbody),
        Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}
