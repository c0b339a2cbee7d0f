//! Code generation for `try`/`except`/`finally`, `except*` and `with`/`async with`, following
//! CPython 3.11's exception-table layout.

use super::ast::{self, ExprContext, Stmt, TextRange};
use super::unit::FBlock;
use super::{CResult, Compiler};
use crate::bytecode::Op;
use std::rc::Rc;

impl Compiler<'_> {
    /// COPY 3; POP_EXCEPT; RERAISE 1 — the cleanup of a failing handler.
    fn pop_except_and_reraise(&mut self) {
        self.emit_noline(Op::Copy, 3);
        self.emit_noline(Op::PopExcept, 0);
        self.emit_noline(Op::Reraise, 1);
    }

    pub(crate) fn try_finally(&mut self, body: &[Stmt], handlers: &[ast::ExceptHandler], orelse: &[Stmt], finalbody: &[Stmt], star: bool) -> CResult {
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.emit_jump(Op::SetupFinally, end);
        self.unit().fblocks.push(FBlock::FinallyTry { body: Rc::new(finalbody.to_vec()) });
        if handlers.is_empty() {
            self.stmts(body)?;
        } else if star {
            self.try_star_except(body, handlers, orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.emit_noline(Op::PopBlock, 0);
        self.unit().fblocks.pop();
        self.stmts(finalbody)?;
        self.emit_jump_noline(Op::JumpForward, exit);
        // the exceptional path
        self.bind(end);
        self.emit_jump_noline(Op::SetupCleanup, cleanup);
        self.emit_noline(Op::PushExcInfo, 0);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.emit_noline(Op::Reraise, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    pub(crate) fn try_except(&mut self, body: &[Stmt], handlers: &[ast::ExceptHandler], orelse: &[Stmt]) -> CResult {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.emit_jump(Op::SetupFinally, except);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit_noline(Op::PopBlock, 0);
        self.stmts(orelse)?;
        self.emit_jump_noline(Op::JumpForward, end);
        self.bind(except);
        self.emit_jump_noline(Op::SetupCleanup, cleanup);
        self.emit_noline(Op::PushExcInfo, 0);
        self.unit().fblocks.push(FBlock::ExceptionHandler);
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            if h.type_.is_none() && i + 1 < n {
                return self.error("default 'except:' must be last", h.range);
            }
            let next = self.new_label();
            if let Some(t) = &h.type_ {
                self.expr(t)?;
                self.set_loc(h.range);
                self.emit(Op::CheckExcMatch, 0);
                self.emit_jump(Op::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    let name = name.to_string();
                    let cleanup_end = self.new_label();
                    self.nameop(&name, ExprContext::Store)?;
                    self.emit_jump(Op::SetupCleanup, cleanup_end);
                    self.unit().fblocks.push(FBlock::HandlerCleanup { name: Some(name.clone()) });
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit_noline(Op::PopBlock, 0);
                    self.emit_noline(Op::PopBlock, 0);
                    self.emit_noline(Op::PopExcept, 0);
                    self.emit_none();
                    self.nameop(&name, ExprContext::Store)?;
                    self.nameop(&name, ExprContext::Del)?;
                    self.emit_jump_noline(Op::JumpForward, end);
                    self.bind(cleanup_end);
                    self.emit_none();
                    self.nameop(&name, ExprContext::Store)?;
                    self.nameop(&name, ExprContext::Del)?;
                    self.emit_noline(Op::Reraise, 1);
                }
                None => {
                    self.emit(Op::PopTop, 0);
                    self.unit().fblocks.push(FBlock::HandlerCleanup { name: None });
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit_noline(Op::PopBlock, 0);
                    self.emit_noline(Op::PopExcept, 0);
                    self.emit_jump_noline(Op::JumpForward, end);
                }
            }
            self.bind(next);
        }
        self.unit().fblocks.pop();
        self.emit_noline(Op::Reraise, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    pub(crate) fn try_star_except(&mut self, body: &[Stmt], handlers: &[ast::ExceptHandler], orelse: &[Stmt]) -> CResult {
        let except = self.new_label();
        let orelse_l = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        self.emit_jump(Op::SetupFinally, except);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit_noline(Op::PopBlock, 0);
        self.emit_jump_noline(Op::JumpForward, orelse_l);
        self.bind(except);
        self.emit_jump_noline(Op::SetupCleanup, cleanup);
        self.emit_noline(Op::PushExcInfo, 0);
        self.unit().fblocks.push(FBlock::ExceptionGroupHandler);
        // [prev, exc] -> [prev, orig, list, rest]
        self.emit_noline(Op::Copy, 1);
        self.emit_noline(Op::BuildList, 0);
        self.emit_noline(Op::Swap, 2);
        for h in handlers.iter() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            let Some(t) = &h.type_ else {
                return self.error("expected one or more exception types", h.range);
            };
            let next = self.new_label();
            let no_match = self.new_label();
            let cleanup_end = self.new_label();
            self.expr(t)?;
            self.set_loc(h.range);
            self.emit(Op::CheckEgMatch, 0);
            self.emit(Op::Copy, 1);
            self.emit_jump(Op::PopJumpIfNone, no_match);
            let name = h.name.as_ref().map(|n| n.to_string());
            match &name {
                Some(n) => self.nameop(n, ExprContext::Store)?,
                None => self.emit(Op::PopTop, 0),
            }
            self.emit_jump(Op::SetupCleanup, cleanup_end);
            self.unit().fblocks.push(FBlock::HandlerCleanup { name: name.clone() });
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit_noline(Op::PopBlock, 0);
            if let Some(n) = &name {
                self.emit_none();
                self.nameop(n, ExprContext::Store)?;
                self.nameop(n, ExprContext::Del)?;
            }
            self.emit_jump_noline(Op::JumpForward, next);
            self.bind(cleanup_end);
            if let Some(n) = &name {
                self.emit_none();
                self.nameop(n, ExprContext::Store)?;
                self.nameop(n, ExprContext::Del)?;
            }
            self.emit_noline(Op::ListAppend, 3);
            self.emit_noline(Op::PopTop, 0);
            self.emit_jump_noline(Op::JumpForward, next);
            self.bind(no_match);
            self.emit_noline(Op::PopTop, 0);
            self.bind(next);
        }
        self.unit().fblocks.pop();
        self.emit_noline(Op::ListAppend, 1);
        self.bind(reraise_star);
        let reraise = self.new_label();
        self.emit_noline(Op::PrepReraiseStar, 0);
        self.emit_noline(Op::Copy, 1);
        self.emit_jump_noline(Op::PopJumpIfNotNone, reraise);
        self.emit_noline(Op::PopTop, 0);
        self.emit_noline(Op::PopBlock, 0);
        self.emit_noline(Op::PopExcept, 0);
        self.emit_jump_noline(Op::JumpForward, end);
        self.bind(reraise);
        self.emit_noline(Op::PopBlock, 0);
        self.emit_noline(Op::Swap, 2);
        self.emit_noline(Op::PopExcept, 0);
        self.emit_noline(Op::Reraise, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(orelse_l);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    pub(crate) fn with_stmt(&mut self, items: &[ast::WithItem], body: &[Stmt], pos: usize, range: TextRange, is_async: bool) -> CResult {
        let item = &items[pos];
        let final_l = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_loc(range);
        if is_async {
            self.emit(Op::BeforeAsyncWith, 0);
            self.emit(Op::GetAwaitable, 1);
            self.emit_none();
            self.yield_from(true);
        } else {
            self.emit(Op::BeforeWith, 0);
        }
        self.emit_jump(Op::SetupWith, final_l);
        self.unit().fblocks.push(FBlock::With { is_async, range });
        match &item.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.emit(Op::PopTop, 0),
        }
        if pos + 1 == items.len() {
            self.stmts(body)?;
        } else {
            self.with_stmt(items, body, pos + 1, range, is_async)?;
        }
        self.emit_noline(Op::PopBlock, 0);
        self.unit().fblocks.pop();
        self.set_loc(range);
        self.emit_none();
        self.emit_none();
        self.emit_none();
        self.emit(Op::Call, 2);
        if is_async {
            self.emit(Op::GetAwaitable, 2);
            self.emit_none();
            self.yield_from(true);
        }
        self.emit(Op::PopTop, 0);
        self.emit_jump_noline(Op::JumpForward, exit);
        // exceptional exit
        self.bind(final_l);
        self.emit_jump_noline(Op::SetupCleanup, cleanup);
        self.emit_noline(Op::PushExcInfo, 0);
        self.emit(Op::WithExceptStart, 0);
        if is_async {
            self.emit(Op::GetAwaitable, 2);
            self.emit_none();
            self.yield_from(true);
        }
        let suppress = self.new_label();
        self.emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit_noline(Op::Reraise, 2);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(suppress);
        self.emit_noline(Op::PopTop, 0);
        self.emit_noline(Op::PopBlock, 0);
        self.emit_noline(Op::PopExcept, 0);
        self.emit_noline(Op::PopTop, 0);
        self.emit_noline(Op::PopTop, 0);
        self.bind(exit);
        Ok(())
    }
}
