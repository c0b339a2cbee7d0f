//! Code generation for `match` statements and every pattern kind.

use super::ast::{self, Constant, Expr, ExprContext, Pattern, Ranged};
use super::unit::Label;
use super::{CResult, Compiler};
use crate::bytecode::{CmpOp, Op};
use crate::value::Value;

/// Pattern compilation state: how many values sit above the case's base on the stack, and the
/// chain of labels that pop them on failure.
struct PatCtx {
    on_top: u32,
    fail_pop: Vec<Label>,
    allow_irrefutable: bool,
    stores: Vec<String>,
}

fn is_irrefutable(p: &Pattern) -> bool {
    match p {
        Pattern::MatchAs(a) => a.pattern.is_none(),
        Pattern::MatchOr(o) => o.patterns.iter().any(is_irrefutable),
        _ => false,
    }
}

impl Compiler<'_> {
    pub(crate) fn match_stmt(&mut self, m: &ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            self.set_loc_of(&case.pattern);
            if i + 1 < n && case.guard.is_none() && is_irrefutable(&case.pattern) {
                let msg = match &case.pattern {
                    Pattern::MatchAs(a) if a.name.is_some() => {
                        format!("name capture '{}' makes remaining patterns unreachable", a.name.as_ref().map(|s| s.as_str()).unwrap_or(""))
                    }
                    _ => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return self.error(msg, case.pattern.range());
            }
            self.emit(Op::Copy, 1);
            let mut pc = PatCtx { on_top: 0, fail_pop: Vec::new(), allow_irrefutable: case.guard.is_some() || i + 1 == n, stores: Vec::new() };
            self.pattern(&case.pattern, &mut pc)?;
            if let Some(g) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let l = pc.fail_pop[0];
                self.jump_if(g, l, false)?;
            }
            self.emit(Op::PopTop, 0);
            self.stmts(&case.body)?;
            self.emit_jump_noline(Op::JumpForward, end);
            self.emit_fail_pop(&mut pc);
        }
        self.emit_noline(Op::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatCtx, n: u32) {
        while pc.fail_pop.len() <= n as usize {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatCtx, op: Op) {
        let pops = pc.on_top;
        self.ensure_fail_pop(pc, pops);
        let l = pc.fail_pop[pops as usize];
        self.emit_jump(op, l);
    }

    fn emit_fail_pop(&mut self, pc: &mut PatCtx) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[i]);
            self.emit_noline(Op::PopTop, 0);
        }
        self.bind(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn capture(&mut self, name: &str, pc: &mut PatCtx, r: ast::TextRange) -> CResult {
        if name == "_" {
            return self.error("cannot use '_' as a target", r);
        }
        if pc.stores.iter().any(|s| s == name) {
            return self.error(format!("multiple assignments to name '{name}' in pattern"), r);
        }
        pc.stores.push(name.to_string());
        self.nameop(name, ExprContext::Store)
    }

    fn pattern(&mut self, p: &Pattern, pc: &mut PatCtx) -> CResult {
        self.set_loc_of(p);
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Op::CompareOp, CmpOp::Eq as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Pattern::MatchSingleton(s) => {
                let v = match s.value {
                    Constant::None => Value::None,
                    Constant::Bool(b) => Value::Bool(b),
                    _ => Value::None,
                };
                self.emit_const(v);
                self.emit(Op::IsOp, 0);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Pattern::MatchAs(a) => match &a.pattern {
                None => match &a.name {
                    None => self.emit(Op::PopTop, 0),
                    Some(n) => self.capture(n, pc, a.range)?,
                },
                Some(sub) => {
                    self.emit(Op::Copy, 1);
                    pc.on_top += 1;
                    let saved = pc.allow_irrefutable;
                    pc.allow_irrefutable = true;
                    self.pattern(sub, pc)?;
                    pc.allow_irrefutable = saved;
                    pc.on_top -= 1;
                    match &a.name {
                        Some(n) => self.capture(n, pc, a.range)?,
                        None => self.emit(Op::PopTop, 0),
                    }
                }
            },
            Pattern::MatchStar(s) => match &s.name {
                Some(n) => self.capture(n, pc, s.range)?,
                None => self.emit(Op::PopTop, 0),
            },
            Pattern::MatchOr(o) => {
                let end = self.new_label();
                let mut names: Option<Vec<String>> = None;
                let outer_stores = std::mem::take(&mut pc.stores);
                for alt in &o.patterns {
                    self.emit(Op::Copy, 1);
                    let mut sub = PatCtx { on_top: 0, fail_pop: Vec::new(), allow_irrefutable: true, stores: Vec::new() };
                    self.pattern(alt, &mut sub)?;
                    let mut got = sub.stores.clone();
                    got.sort();
                    match &names {
                        None => names = Some(got),
                        Some(prev) if *prev != got => return self.error("alternative patterns bind different names", alt.range()),
                        _ => {}
                    }
                    self.emit(Op::PopTop, 0);
                    self.emit_jump(Op::JumpForward, end);
                    self.emit_fail_pop(&mut sub);
                }
                self.emit(Op::PopTop, 0);
                self.jump_to_fail_pop(pc, Op::JumpForward);
                self.bind(end);
                pc.stores = outer_stores;
                for n in names.unwrap_or_default() {
                    if pc.stores.contains(&n) {
                        return self.error(format!("multiple assignments to name '{n}' in pattern"), o.range);
                    }
                    pc.stores.push(n);
                }
            }
            Pattern::MatchSequence(s) => {
                let stars: Vec<usize> = s.patterns.iter().enumerate().filter(|(_, p)| matches!(p, Pattern::MatchStar(_))).map(|(i, _)| i).collect();
                if stars.len() > 1 {
                    return self.error("multiple starred names in sequence pattern", s.range);
                }
                let size = s.patterns.len() as i64;
                self.emit(Op::MatchSequence, 0);
                pc.on_top += 1;
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
                self.emit(Op::GetLen, 0);
                match stars.first() {
                    None => {
                        self.emit_const(Value::Int(size));
                        self.emit(Op::CompareOp, CmpOp::Eq as u32);
                    }
                    Some(_) => {
                        self.emit_const(Value::Int(size - 1));
                        self.emit(Op::CompareOp, CmpOp::Ge as u32);
                    }
                }
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
                pc.on_top -= 1;
                match stars.first() {
                    None => self.emit(Op::UnpackSequence, size as u32),
                    Some(i) => self.emit(Op::UnpackEx, (*i as u32) | (((size as u32) - *i as u32 - 1) << 8)),
                }
                pc.on_top += size as u32;
                for sub in &s.patterns {
                    pc.on_top -= 1;
                    self.pattern(sub, pc)?;
                }
            }
            Pattern::MatchMapping(m) => {
                self.emit(Op::MatchMapping, 0);
                pc.on_top += 1;
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
                let n = m.keys.len();
                if n == 0 && m.rest.is_none() {
                    pc.on_top -= 1;
                    self.emit(Op::PopTop, 0);
                    return Ok(());
                }
                if n > 0 {
                    self.emit(Op::GetLen, 0);
                    self.emit_const(Value::Int(n as i64));
                    self.emit(Op::CompareOp, CmpOp::Ge as u32);
                    self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
                }
                let mut seen: Vec<String> = Vec::new();
                for k in &m.keys {
                    match k {
                        Expr::Constant(c) => {
                            let key = format!("{:?}", c.value);
                            if seen.contains(&key) {
                                let v = self.const_value(&c.value);
                                let r = self.vm.repr_for_compiler(&v);
                                return self.error(format!("mapping pattern checks duplicate key ({r})"), c.range);
                            }
                            seen.push(key);
                        }
                        Expr::Attribute(_) => {}
                        other => return self.error("mapping pattern keys may only match literals and attribute lookups", other.range()),
                    }
                    self.expr(k)?;
                }
                self.emit(Op::BuildTuple, n as u32);
                self.emit(Op::MatchKeys, 0);
                pc.on_top += 2;
                self.emit(Op::Copy, 1);
                self.jump_to_fail_pop(pc, Op::PopJumpIfNone);
                self.emit(Op::UnpackSequence, n as u32);
                pc.on_top -= 1;
                pc.on_top += n as u32;
                for sub in &m.patterns {
                    pc.on_top -= 1;
                    self.pattern(sub, pc)?;
                }
                // [subject, keys]
                pc.on_top -= 2;
                match &m.rest {
                    Some(r) => {
                        self.emit(Op::CopyDictWithoutKeys, 0);
                        let name = r.to_string();
                        self.capture(&name, pc, m.range)?;
                        self.emit(Op::PopTop, 0);
                    }
                    None => {
                        self.emit(Op::PopTop, 0);
                        self.emit(Op::PopTop, 0);
                    }
                }
            }
            Pattern::MatchClass(c) => {
                let npos = c.patterns.len();
                let nkw = c.kwd_attrs.len();
                for (i, a) in c.kwd_attrs.iter().enumerate() {
                    if c.kwd_attrs[..i].iter().any(|b| b == a) {
                        return self.error(format!("attribute name repeated in class pattern: {a}"), c.range);
                    }
                }
                self.expr(&c.cls)?;
                let names: Vec<Value> = c.kwd_attrs.iter().map(|a| self.str_const(a)).collect();
                let t = self.vm.new_tuple(names);
                self.emit_const(t);
                self.emit(Op::MatchClass, npos as u32);
                self.emit(Op::Copy, 1);
                pc.on_top += 1;
                self.jump_to_fail_pop(pc, Op::PopJumpIfNone);
                pc.on_top -= 1;
                self.emit(Op::UnpackSequence, (npos + nkw) as u32);
                pc.on_top += (npos + nkw) as u32;
                for sub in c.patterns.iter().chain(&c.kwd_patterns) {
                    pc.on_top -= 1;
                    self.pattern(sub, pc)?;
                }
            }
        }
        Ok(())
    }
}
