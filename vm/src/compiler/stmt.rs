//! Code generation for simple and compound statements (assignment forms, loops, imports, …).

use super::ast::{self, Expr, ExprContext, Ranged, Stmt};
use super::symtable::ScopeKind;
use super::unit::FBlock;
use super::{CResult, Compiler};
use crate::bytecode::Op;
use crate::value::Value;

impl Compiler<'_> {
    pub(crate) fn stmts(&mut self, body: &[Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn stmt(&mut self, s: &Stmt) -> CResult {
        self.set_loc_of(s);
        match s {
            Stmt::FunctionDef(f) => self.function_def(s, &f.name, &f.args, &f.body, &f.decorator_list, f.returns.as_deref(), false)?,
            Stmt::AsyncFunctionDef(f) => self.function_def(s, &f.name, &f.args, &f.body, &f.decorator_list, f.returns.as_deref(), true)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Assign(a) => {
                if a.targets.len() == 1 {
                    let t = &a.targets[0];
                    let suggest = match t {
                        Expr::Call(_)
                        | Expr::BinOp(_)
                        | Expr::Await(_)
                        | Expr::Dict(_)
                        | Expr::Set(_)
                        | Expr::ListComp(_)
                        | Expr::SetComp(_)
                        | Expr::DictComp(_)
                        | Expr::JoinedStr(_) => true,
                        Expr::UnaryOp(u) => u.op != ast::UnaryOp::Not,
                        Expr::Constant(c) => !matches!(c.value, ast::Constant::Bool(_) | ast::Constant::None),
                        _ => false,
                    };
                    if suggest {
                        let what = describe_expr(t);
                        return self.error(format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"), t.range());
                    }
                }
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::Copy, 1);
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::TypeAlias(t) => return self.error("invalid syntax", t.range),
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::For(f) => self.for_loop(&f.target, &f.iter, &f.body, &f.orelse)?,
            Stmt::AsyncFor(f) => self.async_for(f)?,
            Stmt::While(w) => self.while_loop(w)?,
            Stmt::If(i) => {
                let end = self.new_label();
                if i.orelse.is_empty() {
                    self.jump_if(&i.test, end, false)?;
                    self.stmts(&i.body)?;
                } else {
                    let orelse = self.new_label();
                    self.jump_if(&i.test, orelse, false)?;
                    self.stmts(&i.body)?;
                    self.emit_jump_noline(Op::JumpForward, end);
                    self.bind(orelse);
                    self.stmts(&i.orelse)?;
                }
                self.bind(end);
            }
            Stmt::With(w) => self.with_stmt(&w.items, &w.body, 0, w.range, false)?,
            Stmt::AsyncWith(w) => {
                if !self.in_async_function() {
                    return self.error("'async with' outside async function", w.range);
                }
                self.with_stmt(&w.items, &w.body, 0, w.range, true)?
            }
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_loc_of(s);
                self.emit(Op::RaiseVarargs, n);
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(&t.body, &t.handlers, &t.orelse)?
                } else {
                    self.try_finally(&t.body, &t.handlers, &t.orelse, &t.finalbody, false)?
                }
            }
            Stmt::TryStar(t) => {
                if t.finalbody.is_empty() {
                    self.try_star_except(&t.body, &t.handlers, &t.orelse)?
                } else {
                    self.try_finally(&t.body, &t.handlers, &t.orelse, &t.finalbody, true)?
                }
            }
            Stmt::Assert(a) => {
                if let Some(w) = super::warnings::check_assert(&a.test) {
                    self.warn(a.range, w.to_string());
                }
                if self.optimize == 0 {
                    let end = self.new_label();
                    self.jump_if(&a.test, end, true)?;
                    // CPython 3.11 leaves the location of the last comparison its jump_if
                    // compiled in place for the raise; otherwise it is the whole statement
                    let loc = last_compare(&a.test).unwrap_or(a.range);
                    self.set_loc(loc);
                    self.emit(Op::LoadAssertionError, 0);
                    if let Some(m) = &a.msg {
                        self.expr(m)?;
                        self.set_loc(loc);
                        self.emit(Op::Call, 0);
                    }
                    self.emit(Op::RaiseVarargs, 1);
                    self.bind(end);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.set_loc_of(s);
                    self.emit_const(Value::Int(0));
                    self.emit_none();
                    let idx = self.name_index_raw(&a.name);
                    self.emit(Op::ImportName, idx);
                    match &a.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = a.name.split('.').collect();
                            for (k, p) in parts.iter().enumerate().skip(1) {
                                let idx = self.name_index_raw(p);
                                self.emit(Op::ImportFrom, idx);
                                let _ = k;
                                self.emit(Op::Swap, 2);
                                self.emit(Op::PopTop, 0);
                            }
                            self.nameop(asname, ExprContext::Store)?;
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("").to_string();
                            self.nameop(&top, ExprContext::Store)?;
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => self.import_from(i)?,
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Expr(e) => {
                if self.interactive && self.unit_ref().scope.kind == ScopeKind::Module && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.emit(Op::PrintExpr, 0);
                } else if let Expr::Constant(_) = &*e.value {
                    self.emit(Op::Nop, 0);
                } else {
                    self.expr(&e.value)?;
                    self.emit(Op::PopTop, 0);
                }
            }
            Stmt::Pass(_) => self.emit(Op::Nop, 0),
            Stmt::Break(b) => {
                match self.unwind_fblock_stack(false, true)? {
                    Some(FBlock::ForLoop { exit, .. }) => {
                        // the for loop's iterator must go too
                        self.emit(Op::PopTop, 0);
                        self.emit_jump(Op::JumpForward, exit);
                    }
                    Some(FBlock::WhileLoop { exit, .. }) => self.emit_jump(Op::JumpForward, exit),
                    _ => return self.error("'break' outside loop", b.range),
                }
            }
            Stmt::Continue(c) => match self.unwind_fblock_stack(false, true)? {
                Some(FBlock::ForLoop { cont, .. }) | Some(FBlock::WhileLoop { cont, .. }) => self.emit_jump(Op::JumpBackward, cont),
                _ => return self.error("'continue' not properly in loop", c.range),
            },
        }
        Ok(())
    }

    fn name_index_raw(&mut self, name: &str) -> u32 {
        let obj = self.vm.intern(name);
        self.unit().add_name(name, obj)
    }

    fn return_stmt(&mut self, r: &ast::StmtReturn) -> CResult {
        let kind = self.unit_ref().scope.kind;
        if kind == ScopeKind::Module || kind == ScopeKind::Class {
            return self.error("'return' outside function", r.range);
        }
        if r.value.is_some() && self.unit_ref().scope.is_generator && self.unit_ref().scope.is_coroutine {
            return self.error("'return' with value in async generator", r.range);
        }
        let is_const = matches!(r.value.as_deref(), Some(Expr::Constant(_)));
        let preserve = r.value.is_some() && !is_const;
        if preserve {
            if let Some(v) = &r.value {
                self.expr(v)?;
            }
        }
        self.unwind_fblock_stack(preserve, false)?;
        self.set_loc(r.range);
        match r.value.as_deref() {
            None => self.emit_none(),
            Some(Expr::Constant(c)) => {
                let v = self.const_value(&c.value);
                self.emit_const(v);
            }
            Some(_) => {}
        }
        self.emit(Op::ReturnValue, 0);
        Ok(())
    }

    /// Stores TOS into an assignment target.
    pub(crate) fn store_target(&mut self, t: &Expr) -> CResult {
        match t {
            Expr::Name(n) => {
                self.check_forbidden(&n.id, n.range)?;
                self.nameop(&n.id, ExprContext::Store)
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_loc(a.range);
                let i = self.name_index(&a.attr);
                self.emit(Op::StoreAttr, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_loc(s.range);
                self.emit(Op::StoreSubscr, 0);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, range, .. }) | Expr::List(ast::ExprList { elts, range, .. }) => {
                self.set_loc(*range);
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    Some(i) => {
                        if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
                            return self.error("multiple starred expressions in assignment", *range);
                        }
                        let after = elts.len() - i - 1;
                        if i >= 256 || after >= (1 << 24) {
                            return self.error("too many expressions in star-unpacking assignment", *range);
                        }
                        self.emit(Op::UnpackEx, (i as u32) | ((after as u32) << 8));
                    }
                    None => self.emit(Op::UnpackSequence, elts.len() as u32),
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        _ => self.store_target(e)?,
                    }
                }
                Ok(())
            }
            Expr::Starred(s) => self.error("starred assignment target must be in a list or tuple", s.range),
            other => {
                let what = describe_expr(other);
                self.error(format!("cannot assign to {what}"), other.range())
            }
        }
    }

    fn check_forbidden(&self, name: &str, r: ast::TextRange) -> CResult {
        if name == "__debug__" {
            return self.error("cannot assign to __debug__", r);
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &Expr) -> CResult {
        self.set_loc_of(t);
        match t {
            Expr::Name(n) => self.nameop(&n.id, ExprContext::Del),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_loc(a.range);
                let i = self.name_index(&a.attr);
                self.emit(Op::DeleteAttr, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_loc(s.range);
                self.emit(Op::DeleteSubscr, 0);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            other => {
                let what = describe_expr(other);
                self.error(format!("cannot delete {what}"), other.range())
            }
        }
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> CResult {
        let op = super::expr::binop_arg(&a.op) as u32 + 13;
        match &*a.target {
            Expr::Name(n) => {
                self.nameop(&n.id, ExprContext::Load)?;
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Op::BinaryOp, op);
                self.nameop(&n.id, ExprContext::Store)?;
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::Copy, 1);
                self.set_loc(at.range);
                let i = self.name_index(&at.attr);
                self.emit(Op::LoadAttr, i);
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Op::BinaryOp, op);
                self.emit(Op::Swap, 2);
                self.set_loc(at.range);
                self.emit(Op::StoreAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.set_loc(s.range);
                self.emit(Op::BinarySubscr, 0);
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Op::BinaryOp, op);
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.set_loc(s.range);
                self.emit(Op::StoreSubscr, 0);
            }
            other => {
                let what = describe_expr(other);
                return self.error(format!("'{what}' is an illegal expression for augmented assignment"), other.range());
            }
        }
        Ok(())
    }

    fn ann_assign(&mut self, a: &ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let kind = self.unit_ref().scope.kind;
        match &*a.target {
            Expr::Name(n) => {
                let parenthesized = self.source.as_bytes().get(u32::from(a.range.start()) as usize) == Some(&b'(');
                if a.simple && !parenthesized && (kind == ScopeKind::Module || kind == ScopeKind::Class) {
                    self.expr(&a.annotation)?;
                    self.set_loc(a.range);
                    let idx = self.name_index_raw("__annotations__");
                    self.emit(Op::LoadName, idx);
                    let m = self.mangle(&n.id);
                    let s = self.str_const(&m);
                    self.emit_const(s);
                    self.emit(Op::StoreSubscr, 0);
                }
            }
            Expr::Attribute(at) => {
                if a.value.is_none() {
                    self.expr(&at.value)?;
                    self.emit(Op::PopTop, 0);
                }
                if kind != ScopeKind::Function {
                    self.expr(&a.annotation)?;
                    self.emit(Op::PopTop, 0);
                }
            }
            Expr::Subscript(s) => {
                if a.value.is_none() {
                    self.expr(&s.value)?;
                    self.emit(Op::PopTop, 0);
                    self.expr(&s.slice)?;
                    self.emit(Op::PopTop, 0);
                }
                if kind != ScopeKind::Function {
                    self.expr(&a.annotation)?;
                    self.emit(Op::PopTop, 0);
                }
            }
            other => {
                let what = describe_expr(other);
                return self.error(format!("only single target (not {what}) can be annotated"), other.range());
            }
        }
        Ok(())
    }

    pub(crate) fn for_loop(&mut self, target: &Expr, iter: &Expr, body: &[Stmt], orelse: &[Stmt]) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let stmt_loc = self.unit_ref().loc;
        self.expr(iter)?;
        self.unit().loc = stmt_loc;
        self.emit(Op::GetIter, 0);
        self.bind(start);
        self.unit().fblocks.push(FBlock::ForLoop { cont: start, exit: end });
        self.unit().loc = stmt_loc;
        self.emit_jump(Op::ForIter, cleanup);
        self.store_target(target)?;
        self.stmts(body)?;
        self.emit_jump_noline(Op::JumpBackward, start);
        self.bind(cleanup);
        self.unit().fblocks.pop();
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn while_loop(&mut self, w: &ast::StmtWhile) -> CResult {
        let start = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(start);
        let always_true = matches!(&*w.test, Expr::Constant(c) if c.value.clone().is_true());
        if !always_true {
            self.jump_if(&w.test, orelse, false)?;
        }
        self.unit().fblocks.push(FBlock::WhileLoop { cont: start, exit: end });
        self.stmts(&w.body)?;
        self.unit().fblocks.pop();
        self.emit_jump_noline(Op::JumpBackward, start);
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn async_for(&mut self, f: &ast::StmtAsyncFor) -> CResult {
        if !self.in_async_function() {
            return self.error("'async for' outside async function", f.range);
        }
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Op::GetAiter, 0);
        self.bind(start);
        self.unit().fblocks.push(FBlock::ForLoop { cont: start, exit: end });
        self.emit_jump(Op::SetupFinally, except);
        self.emit(Op::GetAnext, 0);
        self.emit_none();
        self.yield_from(true);
        self.emit(Op::PopBlock, 0);
        self.store_target(&f.target)?;
        self.stmts(&f.body)?;
        self.emit_jump_noline(Op::JumpBackward, start);
        self.unit().fblocks.pop();
        self.bind(except);
        self.emit(Op::EndAsyncFor, 0);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn import_from(&mut self, i: &ast::StmtImportFrom) -> CResult {
        let level = i.level.map(|l| l.to_u32()).unwrap_or(0);
        let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
        if module == "__future__" {
            for a in &i.names {
                let feat = a.name.as_str();
                let known = [
                    "nested_scopes",
                    "generators",
                    "division",
                    "absolute_import",
                    "with_statement",
                    "print_function",
                    "unicode_literals",
                    "barry_as_FLUFL",
                    "generator_stop",
                    "annotations",
                ];
                if feat == "braces" {
                    return self.error("not a chance", a.range);
                }
                if !known.contains(&feat) {
                    return self.error(format!("future feature {feat} is not defined"), a.range);
                }
            }
        }
        self.emit_const(Value::Int(level as i64));
        let names: Vec<Value> = i.names.iter().map(|a| self.str_const(&a.name)).collect();
        let t = self.vm.new_tuple(names);
        self.emit_const(t);
        let idx = self.name_index_raw(&module);
        self.emit(Op::ImportName, idx);
        if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
            self.emit(Op::ImportStar, 0);
            return Ok(());
        }
        for a in &i.names {
            self.set_loc(i.range);
            let idx = self.name_index_raw(&a.name);
            self.emit(Op::ImportFrom, idx);
            let store = a.asname.as_ref().unwrap_or(&a.name).to_string();
            self.nameop(&store, ExprContext::Store)?;
        }
        self.emit(Op::PopTop, 0);
        Ok(())
    }
}

/// How CPython names an expression in "cannot assign to …" messages.
pub(crate) fn describe_expr(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::Constant(c) => match c.value {
            ast::Constant::None => "None",
            ast::Constant::Bool(true) => "True",
            ast::Constant::Bool(false) => "False",
            ast::Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::IfExp(_) => "conditional expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "f-string expression",
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Slice(_) => "slice",
    }
}

/// The range of the last comparison CPython's `compiler_jump_if` compiles for an assert's test
/// (through `not`, `and`/`or` and conditional expressions), whose location sticks to the
/// instructions that follow.
fn last_compare(e: &Expr) -> Option<ast::TextRange> {
    match e {
        Expr::Compare(c) => Some(c.range),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => last_compare(&u.operand),
        Expr::BoolOp(b) => b.values.iter().rev().find_map(last_compare),
        Expr::IfExp(i) => [&*i.test, &*i.body, &*i.orelse].into_iter().rev().find_map(last_compare),
        _ => None,
    }
}
