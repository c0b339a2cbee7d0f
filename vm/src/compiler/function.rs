//! Code generation for `def`, `async def` and `lambda`: defaults, annotations, closures and the
//! function body's own code object.

use super::ast::{self, Expr, ExprContext, Ranged, Stmt};
use super::symtable::ScopeKind;
use super::{CResult, Compiler};
use crate::bytecode::{CodeObject, Op};
use crate::value::Value;
use std::rc::Rc;

impl Compiler<'_> {
    /// The qualified name of a new scope named `name` inside the current unit.
    pub(crate) fn qualname_for(&self, name: &str) -> String {
        let u = self.unit_ref();
        // a function or class declared `global` where it is defined is named from the module
        let mangled = self.mangle(name);
        if u.scope.symbols.get(mangled.as_str()).is_some_and(|s| s.scope == super::symtable::NameScope::GlobalExplicit) {
            return name.to_string();
        }
        match u.scope.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class | ScopeKind::Comprehension => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Emits defaults / kw-defaults / annotations; returns the MAKE_FUNCTION flags.
    fn function_prelude(&mut self, args: &ast::Arguments, returns: Option<&Expr>, with_annotations: bool) -> CResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&Expr> = args.posonlyargs.iter().chain(&args.args).filter_map(|a| a.default.as_deref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple, defaults.len() as u32);
            flags |= 1;
        }
        let kwdefaults: Vec<(&str, &Expr)> = args.kwonlyargs.iter().filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d))).collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                let m = self.mangle(n);
                let s = self.str_const(&m);
                self.emit_const(s);
                self.expr(d)?;
            }
            self.emit(Op::BuildMap, kwdefaults.len() as u32);
            flags |= 2;
        }
        if with_annotations {
            let mut n = 0;
            let all: Vec<&ast::Arg> = args
                .posonlyargs
                .iter()
                .chain(&args.args)
                .map(|a| &a.def)
                .chain(args.vararg.as_deref())
                .chain(args.kwonlyargs.iter().map(|a| &a.def))
                .chain(args.kwarg.as_deref())
                .collect();
            for a in all {
                if let Some(an) = &a.annotation {
                    let m = self.mangle(&a.arg);
                    let s = self.str_const(&m);
                    self.emit_const(s);
                    self.expr(an)?;
                    n += 1;
                }
            }
            if let Some(r) = returns {
                let s = self.str_const("return");
                self.emit_const(s);
                self.expr(r)?;
                n += 1;
            }
            if n > 0 {
                self.emit(Op::BuildTuple, 2 * n);
                flags |= 4;
            }
        }
        Ok(flags)
    }

    /// Emits the closure tuple (if the code has free variables) and MAKE_FUNCTION.
    pub(crate) fn make_closure(&mut self, code: Rc<CodeObject>, mut flags: u32) {
        if !code.freevars.is_empty() {
            let names: Vec<String> = code.freevars.iter().map(|n| self.vm.str_of(n)).collect();
            for n in &names {
                let idx = self.unit().deref_index(n);
                self.emit(Op::LoadClosure, idx);
            }
            self.emit(Op::BuildTuple, names.len() as u32);
            flags |= 8;
        }
        let c = self.vm.new_code(code);
        self.emit_const(c);
        self.emit(Op::MakeFunction, flags);
    }

    fn set_arg_counts(&mut self, args: &ast::Arguments) {
        let u = self.unit();
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn function_def(
        &mut self,
        s: &Stmt,
        name: &str,
        args: &ast::Arguments,
        body: &[Stmt],
        decorators: &[Expr],
        returns: Option<&Expr>,
        is_async: bool,
    ) -> CResult {
        for d in decorators {
            self.expr(d)?;
        }
        let flags = self.function_prelude(args, returns, true)?;
        let scope = self.take_child_scope(s.range(), name);
        let qualname = self.qualname_for(name);
        let firstline = if let Some(d) = decorators.first() { self.position_of(d.range()).line } else { self.position_of(s.range()).line };
        self.push_unit(scope, name.to_string(), qualname, firstline, None);
        self.set_arg_counts(args);
        let _ = is_async;
        // co_consts[0] is the docstring or None
        let mut rest = body;
        match super::docstring(body) {
            Some(doc) if self.optimize < 2 => {
                let v = self.vm.new_str(doc);
                self.unit().add_const(v);
                rest = &body[1..];
            }
            Some(_) => {
                self.unit().add_const(Value::None);
                rest = &body[1..];
            }
            None => {
                self.unit().add_const(Value::None);
            }
        }
        for st in rest {
            self.stmt(st)?;
        }
        self.emit_none_return();
        let code = self.pop_unit();
        self.set_loc_of(s);
        self.make_closure(code, flags);
        for _ in decorators {
            self.emit(Op::Call, 0);
        }
        self.nameop(name, ExprContext::Store)
    }

    pub(crate) fn lambda(&mut self, l: &ast::ExprLambda) -> CResult {
        let flags = self.function_prelude(&l.args, None, false)?;
        let scope = self.take_child_scope(l.range, "<lambda>");
        let qualname = self.qualname_for("<lambda>");
        let line = self.position_of(l.range).line;
        self.push_unit(scope, "<lambda>".into(), qualname, line, None);
        self.set_arg_counts(&l.args);
        self.unit().add_const(Value::None);
        // a generator lambda returns its body's value too (CPython 3.8+)
        self.expr(&l.body)?;
        self.emit(Op::ReturnValue, 0);
        let code = self.pop_unit();
        self.set_loc(l.range);
        self.make_closure(code, flags);
        Ok(())
    }
}
