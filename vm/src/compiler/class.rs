//! Code generation for `class` statements: the class body as a function called by
//! `__build_class__`, the `__class__` cell for zero-argument `super()`.

use super::ast::{self, ExprContext};
use super::{CResult, Compiler};
use crate::bytecode::Op;

impl Compiler<'_> {
    pub(crate) fn class_def(&mut self, c: &ast::StmtClassDef) -> CResult {
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        let firstline = match c.decorator_list.first() {
            Some(d) => self.position_of(ast::Ranged::range(d)).line,
            None => self.position_of(c.range).line,
        };
        let scope = self.take_child_scope(c.range, &c.name);
        let qualname = self.qualname_for(&c.name);
        self.push_unit(scope, c.name.to_string(), qualname.clone(), firstline, Some(c.name.to_string()));
        self.set_loc(c.range);
        let name_idx = self.name_index_plain("__name__");
        self.emit(Op::LoadName, name_idx);
        let mod_idx = self.name_index_plain("__module__");
        self.emit(Op::StoreName, mod_idx);
        let q = self.vm.new_str(&qualname);
        self.emit_const(q);
        let q_idx = self.name_index_plain("__qualname__");
        self.emit(Op::StoreName, q_idx);
        let mut body: &[ast::Stmt] = &c.body;
        if let Some(doc) = super::docstring(body) {
            if self.optimize < 2 {
                self.set_loc(ast::Ranged::range(&body[0]));
                let d = self.vm.new_str(doc);
                self.emit_const(d);
                let di = self.name_index_plain("__doc__");
                self.emit(Op::StoreName, di);
            }
            body = &body[1..];
        }
        if super::has_annotations(&c.body) {
            self.emit(Op::SetupAnnotations, 0);
        }
        self.stmts(body)?;
        if self.unit_ref().scope.needs_class_cell {
            let idx = self.unit().deref_index("__class__");
            self.emit_noline(Op::LoadClosure, idx);
            self.emit_noline(Op::Copy, 1);
            let ci = self.name_index_plain("__classcell__");
            self.emit_noline(Op::StoreName, ci);
            self.emit_noline(Op::ReturnValue, 0);
        } else {
            self.emit_none_return();
        }
        let code = self.pop_unit();
        self.set_loc(c.range);
        self.emit(Op::PushNull, 0);
        self.emit(Op::LoadBuildClass, 0);
        self.make_closure(code, 0);
        let n = self.vm.new_str(&c.name);
        self.emit_const(n);
        let mut args = Vec::new();
        for b in &c.bases {
            args.push(b.clone());
        }
        self.call_args(&c.bases, &c.keywords, c.range, 2)?;
        let _ = args;
        for _ in &c.decorator_list {
            self.emit(Op::Call, 0);
        }
        self.nameop(&c.name, ExprContext::Store)
    }

    fn name_index_plain(&mut self, name: &str) -> u32 {
        let obj = self.vm.intern(name);
        self.unit().add_name(name, obj)
    }
}
