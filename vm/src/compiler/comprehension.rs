//! Code generation for list/set/dict comprehensions and generator expressions, each compiled
//! as a nested function taking the outermost iterator as its argument `.0`.

use super::ast::{self, Expr, Ranged};
use super::symtable::ScopeKind;
use super::{CResult, Compiler};
use crate::bytecode::Op;
use crate::value::Value;

impl Compiler<'_> {
    pub(crate) fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        gens: &[ast::Comprehension],
        elt: Option<&Expr>,
        kv: Option<(&Expr, &Expr)>,
        build: Op,
    ) -> CResult {
        let scope = self.take_child_scope(e.range(), name);
        let is_async = scope.is_coroutine;
        let is_genexp = build == Op::Nop;
        if is_async && !is_genexp && !self.in_async_function() && self.unit_ref().scope.kind != ScopeKind::Comprehension {
            return self.error("asynchronous comprehension outside of an asynchronous function", e.range());
        }
        let qualname = self.qualname_for(name);
        let line = self.position_of(e.range()).line;
        self.push_unit(scope, name.to_string(), qualname, line, None);
        self.unit().argcount = 1;
        if !is_genexp {
            self.set_loc(e.range());
            self.emit(build, 0);
        }
        self.comp_generator(e, gens, 0, 0, elt, kv, build)?;
        if !is_genexp {
            self.emit(Op::ReturnValue, 0);
        } else {
            self.emit_none();
            self.emit(Op::ReturnValue, 0);
        }
        let code = self.pop_unit();
        self.set_loc(e.range());
        self.make_closure(code, 0);
        let outer = &gens[0];
        self.expr(&outer.iter)?;
        self.set_loc(e.range());
        self.emit(if outer.is_async { Op::GetAiter } else { Op::GetIter }, 0);
        self.emit(Op::Call, 0);
        if is_async && !is_genexp {
            self.emit(Op::GetAwaitable, 0);
            self.emit_const(Value::None);
            self.yield_from(true);
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn comp_generator(
        &mut self,
        e: &Expr,
        gens: &[ast::Comprehension],
        idx: usize,
        depth: u32,
        elt: Option<&Expr>,
        kv: Option<(&Expr, &Expr)>,
        build: Op,
    ) -> CResult {
        let g = &gens[idx];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if idx == 0 {
            self.emit(Op::LoadFast, 0);
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async { Op::GetAiter } else { Op::GetIter }, 0);
        }
        self.bind(start);
        if g.is_async {
            self.emit_jump(Op::SetupFinally, anchor);
            self.emit(Op::GetAnext, 0);
            self.emit_none();
            self.yield_from(true);
            self.emit(Op::PopBlock, 0);
        } else {
            self.emit_jump(Op::ForIter, anchor);
        }
        let depth = depth + 1;
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if idx + 1 < gens.len() {
            self.comp_generator(e, gens, idx + 1, depth, elt, kv, build)?;
        } else {
            self.set_loc(e.range());
            match build {
                Op::Nop => {
                    if let Some(x) = elt {
                        self.expr(x)?;
                    }
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::PopTop, 0);
                }
                Op::BuildList => {
                    if let Some(x) = elt {
                        self.expr(x)?;
                    }
                    self.emit(Op::ListAppend, depth + 1);
                }
                Op::BuildSet => {
                    if let Some(x) = elt {
                        self.expr(x)?;
                    }
                    self.emit(Op::SetAdd, depth + 1);
                }
                _ => {
                    if let Some((k, v)) = kv {
                        self.expr(k)?;
                        self.expr(v)?;
                    }
                    self.emit(Op::MapAdd, depth + 1);
                }
            }
        }
        self.bind(if_cleanup);
        self.emit_jump_noline(Op::JumpBackward, start);
        self.bind(anchor);
        if g.is_async {
            self.emit(Op::EndAsyncFor, 0);
        }
        Ok(())
    }
}
