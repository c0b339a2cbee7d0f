//! Code generation for expressions.

use super::ast::{self, Constant, Expr, ExprContext, Ranged};
use super::unit::Label;
use super::{CResult, Compiler};
use crate::bytecode::{BinOp, CmpOp, Op};
use crate::value::Value;

pub(crate) fn binop_arg(op: &ast::Operator) -> BinOp {
    use ast::Operator::*;
    match op {
        Add => BinOp::Add,
        Sub => BinOp::Subtract,
        Mult => BinOp::Multiply,
        MatMult => BinOp::MatrixMultiply,
        Div => BinOp::TrueDivide,
        Mod => BinOp::Remainder,
        Pow => BinOp::Power,
        LShift => BinOp::Lshift,
        RShift => BinOp::Rshift,
        BitOr => BinOp::Or,
        BitXor => BinOp::Xor,
        BitAnd => BinOp::And,
        FloorDiv => BinOp::FloorDivide,
    }
}

impl Compiler<'_> {
    pub(crate) fn const_value(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Str(s) => {
                if s.len() <= 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                    Value::Obj(self.vm.intern(s))
                } else {
                    self.vm.new_str(s)
                }
            }
            Constant::Bytes(b) => self.vm.new_bytes(b.clone()),
            Constant::Int(i) => self.vm.new_int_big(i.clone()),
            Constant::Tuple(t) => {
                let items: Vec<Value> = t.iter().map(|c| self.const_value(c)).collect();
                self.vm.new_tuple(items)
            }
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex { real, imag } => self.vm.new_complex(*real, *imag),
            Constant::Ellipsis => self.vm.ellipsis(),
        }
    }

    /// The value of a constant expression after CPython's AST folding of unary operators on
    /// numbers (`-5` is a constant), if `e` is one.
    pub(crate) fn folded_const(&mut self, e: &Expr) -> Option<Value> {
        match e {
            Expr::Constant(c) if !matches!(c.value, Constant::Tuple(_)) => Some(self.const_value(&c.value)),
            Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd | ast::UnaryOp::Invert) => {
                let Expr::Constant(c) = &*u.operand else { return None };
                let v = match &c.value {
                    Constant::Int(_) | Constant::Float(_) | Constant::Complex { .. } => self.const_value(&c.value),
                    _ => return None,
                };
                if matches!(u.op, ast::UnaryOp::Invert) && !matches!(c.value, Constant::Int(_)) {
                    return None;
                }
                let r = match u.op {
                    ast::UnaryOp::USub => crate::protocol::number::neg(self.vm, &v),
                    ast::UnaryOp::UAdd => crate::protocol::number::pos(self.vm, &v),
                    _ => crate::protocol::number::invert(self.vm, &v),
                };
                r.ok()
            }
            _ => None,
        }
    }

    pub(crate) fn expr(&mut self, e: &Expr) -> CResult {
        self.enter_depth(e.range())?;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> CResult {
        self.set_loc_of(e);
        match e {
            Expr::Constant(c) => {
                let v = self.const_value(&c.value);
                self.emit_const(v);
            }
            Expr::Name(n) => {
                if n.ctx == ExprContext::Load && n.id.as_str() == "__debug__" {
                    self.emit_const(Value::Bool(self.optimize == 0));
                } else {
                    self.nameop(&n.id, n.ctx)?;
                }
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_loc_of(e);
                let i = self.name_index(&a.attr);
                match a.ctx {
                    ExprContext::Load => self.emit(Op::LoadAttr, i),
                    ExprContext::Store => self.emit(Op::StoreAttr, i),
                    ExprContext::Del => self.emit(Op::DeleteAttr, i),
                }
            }
            Expr::Subscript(s) => {
                if s.ctx == ExprContext::Load {
                    if let Some(w) = super::warnings::check_subscript(&s.value, &s.slice) {
                        self.warn(s.range, w);
                    }
                }
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_loc_of(e);
                match s.ctx {
                    ExprContext::Load => self.emit(Op::BinarySubscr, 0),
                    ExprContext::Store => self.emit(Op::StoreSubscr, 0),
                    ExprContext::Del => self.emit(Op::DeleteSubscr, 0),
                }
            }
            Expr::Slice(s) => {
                let mut n = 2;
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.emit_none(),
                    }
                }
                if let Some(st) = &s.step {
                    self.expr(st)?;
                    n = 3;
                }
                self.set_loc_of(e);
                self.emit(Op::BuildSlice, n);
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_loc_of(e);
                self.emit(Op::BinaryOp, binop_arg(&b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.set_loc_of(e);
                let op = match u.op {
                    ast::UnaryOp::Invert => Op::UnaryInvert,
                    ast::UnaryOp::Not => Op::UnaryNot,
                    ast::UnaryOp::UAdd => Op::UnaryPositive,
                    ast::UnaryOp::USub => Op::UnaryNegative,
                };
                self.emit(op, 0);
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = match b.op {
                    ast::BoolOp::And => Op::JumpIfFalseOrPop,
                    ast::BoolOp::Or => Op::JumpIfTrueOrPop,
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit_jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::IfExp(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, orelse, false)?;
                self.expr(&i.body)?;
                self.emit_jump_noline(Op::JumpForward, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Op::Copy, 1);
                self.store_target(&n.target)?;
            }
            Expr::Tuple(t) => match t.ctx {
                ExprContext::Load => {
                    if !t.elts.is_empty() && t.elts.iter().all(|x| matches!(x, Expr::Constant(_))) {
                        let items: Vec<Value> =
                            t.elts.iter().map(|x| if let Expr::Constant(c) = x { self.const_value(&c.value) } else { Value::None }).collect();
                        let tup = self.vm.new_tuple(items);
                        self.emit_const(tup);
                    } else {
                        self.starunpack(&t.elts, Op::BuildTuple)?;
                    }
                }
                _ => self.store_target(e)?,
            },
            Expr::List(l) => match l.ctx {
                ExprContext::Load => self.starunpack(&l.elts, Op::BuildList)?,
                _ => self.store_target(e)?,
            },
            Expr::Set(s) => {
                let folded: Option<Vec<Value>> = if s.elts.len() >= 3 { s.elts.iter().map(|x| self.folded_const(x)).collect() } else { None };
                if let Some(items) = folded {
                    let fs = self.vm.new_frozenset_const(items);
                    self.emit(Op::BuildSet, 0);
                    self.emit_const(fs);
                    self.emit(Op::SetUpdate, 1);
                } else {
                    self.starunpack(&s.elts, Op::BuildSet)?
                }
            }
            Expr::Dict(d) => self.dict_display(d)?,
            Expr::Starred(s) => {
                return self.error(
                    if s.ctx == ExprContext::Store { "starred assignment target must be in a list or tuple" } else { "can't use starred expression here" },
                    s.range,
                );
            }
            Expr::JoinedStr(j) => self.joined_str(j)?,
            Expr::FormattedValue(f) => {
                self.formatted_value(f)?;
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::ListComp(c) => self.comprehension(e, "<listcomp>", &c.generators, Some(&c.elt), None, Op::BuildList)?,
            Expr::SetComp(c) => self.comprehension(e, "<setcomp>", &c.generators, Some(&c.elt), None, Op::BuildSet)?,
            Expr::DictComp(c) => self.comprehension(e, "<dictcomp>", &c.generators, None, Some((&c.key, &c.value)), Op::BuildMap)?,
            Expr::GeneratorExp(c) => self.comprehension(e, "<genexpr>", &c.generators, Some(&c.elt), None, Op::Nop)?,
            Expr::Yield(y) => {
                self.check_yield_allowed(e, "yield")?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_none(),
                }
                self.set_loc_of(e);
                self.emit(Op::YieldValue, 0);
            }
            Expr::YieldFrom(y) => {
                self.check_yield_allowed(e, "yield from")?;
                if self.in_async_function() {
                    return self.error("'yield from' inside async function", y.range);
                }
                self.expr(&y.value)?;
                self.set_loc_of(e);
                self.emit(Op::GetYieldFromIter, 0);
                self.emit_none();
                self.yield_from(false);
            }
            Expr::Await(a) => {
                use super::symtable::ScopeKind;
                let u = self.unit_ref();
                let kind = u.scope.kind;
                if kind == ScopeKind::Module || kind == ScopeKind::Class {
                    return self.error("'await' outside function", a.range);
                }
                if !u.scope.is_coroutine && kind != ScopeKind::Comprehension {
                    return self.error("'await' outside async function", a.range);
                }
                self.expr(&a.value)?;
                self.set_loc_of(e);
                self.emit(Op::GetAwaitable, 0);
                self.emit_none();
                self.yield_from(true);
            }
        }
        Ok(())
    }

    fn check_yield_allowed(&mut self, e: &Expr, what: &str) -> CResult {
        use super::symtable::ScopeKind;
        match self.unit_ref().scope.kind {
            ScopeKind::Module | ScopeKind::Class => self.error(format!("'{}' outside function", what.split(' ').next().unwrap_or(what)), e.range()),
            _ => Ok(()),
        }
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> CResult {
        if let Some(w) = super::warnings::check_compare(c) {
            self.warn(c.range, w.to_string());
        }
        self.expr(&c.left)?;
        let n = c.ops.len();
        let range = c.range;
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.set_loc(range);
            self.emit_compare(&c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.expr(&c.comparators[i])?;
            self.set_loc(range);
            self.emit(Op::Swap, 2);
            self.emit(Op::Copy, 2);
            self.emit_compare(&c.ops[i]);
            self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
        }
        self.expr(&c.comparators[n - 1])?;
        self.set_loc(range);
        self.emit_compare(&c.ops[n - 1]);
        self.emit_jump_noline(Op::JumpForward, end);
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    fn emit_compare(&mut self, op: &ast::CmpOp) {
        use ast::CmpOp::*;
        match op {
            Eq => self.emit(Op::CompareOp, CmpOp::Eq as u32),
            NotEq => self.emit(Op::CompareOp, CmpOp::Ne as u32),
            Lt => self.emit(Op::CompareOp, CmpOp::Lt as u32),
            LtE => self.emit(Op::CompareOp, CmpOp::Le as u32),
            Gt => self.emit(Op::CompareOp, CmpOp::Gt as u32),
            GtE => self.emit(Op::CompareOp, CmpOp::Ge as u32),
            Is => self.emit(Op::IsOp, 0),
            IsNot => self.emit(Op::IsOp, 1),
            In => self.emit(Op::ContainsOp, 0),
            NotIn => self.emit(Op::ContainsOp, 1),
        }
    }

    /// Evaluates `e` and jumps to `target` if its truth equals `cond`.
    pub(crate) fn jump_if(&mut self, e: &Expr, target: Label, cond: bool) -> CResult {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => return self.jump_if(&u.operand, target, !cond),
            Expr::BoolOp(b) => {
                let is_or = b.op == ast::BoolOp::Or;
                let n = b.values.len();
                if is_or == cond {
                    // any value short-circuits to target
                    for v in &b.values {
                        self.jump_if(v, target, cond)?;
                    }
                } else {
                    let skip = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, skip, !cond)?;
                        } else {
                            self.jump_if(v, target, cond)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.set_loc_of(e);
        self.emit_jump(if cond { Op::PopJumpIfTrue } else { Op::PopJumpIfFalse }, target);
        Ok(())
    }

    /// Builds a tuple/list/set from elements that may contain `*iterable`.
    pub(crate) fn starunpack(&mut self, elts: &[Expr], build: Op) -> CResult {
        let has_star = elts.iter().any(|x| matches!(x, Expr::Starred(_)));
        if !has_star {
            for x in elts {
                self.expr(x)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        let (build_seq, add, extend) =
            if build == Op::BuildSet { (Op::BuildSet, Op::SetAdd, Op::SetUpdate) } else { (Op::BuildList, Op::ListAppend, Op::ListExtend) };
        let mut seen_star = false;
        let mut pending = 0;
        for x in elts {
            match x {
                Expr::Starred(s) => {
                    if !seen_star {
                        self.emit(build_seq, pending);
                        seen_star = true;
                    }
                    self.expr(&s.value)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(x)?;
                    if seen_star {
                        self.emit(add, 1);
                    } else {
                        pending += 1;
                    }
                }
            }
        }
        if build == Op::BuildTuple {
            self.emit(Op::ListToTuple, 0);
        }
        Ok(())
    }

    fn dict_display(&mut self, d: &ast::ExprDict) -> CResult {
        let has_unpack = d.keys.iter().any(|k| k.is_none());
        if !has_unpack {
            let n = d.keys.len();
            let all_const_keys = n > 1 && d.keys.iter().all(|k| matches!(k, Some(Expr::Constant(_))));
            if all_const_keys {
                for v in &d.values {
                    self.expr(v)?;
                }
                let keys: Vec<Value> = d.keys.iter().map(|k| if let Some(Expr::Constant(c)) = k { self.const_value(&c.value) } else { Value::None }).collect();
                let t = self.vm.new_tuple(keys);
                self.emit_const(t);
                self.emit(Op::BuildConstKeyMap, n as u32);
                return Ok(());
            }
            for (k, v) in d.keys.iter().zip(&d.values) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Op::BuildMap, n as u32);
            return Ok(());
        }
        self.emit(Op::BuildMap, 0);
        let mut pending = 0;
        for (k, v) in d.keys.iter().zip(&d.values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 {
                        self.emit(Op::BuildMap, pending);
                        self.emit(Op::DictUpdate, 1);
                        pending = 0;
                    }
                    self.expr(v)?;
                    self.emit(Op::DictUpdate, 1);
                }
            }
        }
        if pending > 0 {
            self.emit(Op::BuildMap, pending);
            self.emit(Op::DictUpdate, 1);
        }
        Ok(())
    }

    fn joined_str(&mut self, j: &ast::ExprJoinedStr) -> CResult {
        if j.values.len() == 1 {
            if let Expr::Constant(_) = &j.values[0] {
                return self.expr(&j.values[0]);
            }
        }
        if j.values.is_empty() {
            let v = self.vm.new_str("");
            self.emit_const(v);
            return Ok(());
        }
        for v in &j.values {
            match v {
                Expr::FormattedValue(f) => self.formatted_value(f)?,
                other => self.expr(other)?,
            }
        }
        if j.values.len() > 1 {
            self.emit(Op::BuildString, j.values.len() as u32);
        }
        Ok(())
    }

    fn formatted_value(&mut self, f: &ast::ExprFormattedValue) -> CResult {
        self.expr(&f.value)?;
        let conv = match f.conversion {
            ast::ConversionFlag::None => 0,
            ast::ConversionFlag::Str => 1,
            ast::ConversionFlag::Repr => 2,
            ast::ConversionFlag::Ascii => 3,
        };
        let mut flags = conv;
        if let Some(spec) = &f.format_spec {
            self.expr(spec)?;
            flags |= 4;
        }
        self.emit(Op::FormatValue, flags);
        Ok(())
    }

    /// Compiles a call, using LOAD_METHOD for `obj.name(...)` without star arguments.
    fn call(&mut self, c: &ast::ExprCall) -> CResult {
        let range = c.range;
        if let Some(w) = super::warnings::check_call(&c.func) {
            self.warn(range, w);
        }
        let simple_args = !c.args.iter().any(|a| matches!(a, Expr::Starred(_))) && !c.keywords.iter().any(|k| k.arg.is_none());
        if let Expr::Attribute(a) = &*c.func {
            if a.ctx == ExprContext::Load && simple_args && c.args.len() + c.keywords.len() < 255 {
                self.expr(&a.value)?;
                self.set_loc(a.range);
                let i = self.name_index(&a.attr);
                self.emit(Op::LoadMethod, i);
                return self.call_args(&c.args, &c.keywords, range, 0);
            }
        }
        // PUSH_NULL then the callable (LOAD_GLOBAL can push the NULL itself)
        if let Expr::Name(n) = &*c.func {
            let before = self.unit_ref().instrs.len();
            self.expr(&c.func)?;
            let u = self.unit();
            if u.instrs.len() == before + 1 && u.instrs[before].op == Op::LoadGlobal {
                u.instrs[before].arg |= 1;
            } else {
                let ins = u.instrs.pop().expect("callable load");
                u.instrs.push(super::unit::RawInstr { op: Op::PushNull, arg: 0, pos: ins.pos, target: None });
                u.instrs.push(ins);
            }
            let _ = n;
        } else {
            self.emit(Op::PushNull, 0);
            self.expr(&c.func)?;
        }
        self.call_args(&c.args, &c.keywords, range, 0)
    }

    /// Emits the arguments and the call. `extra` positional args are already on the stack.
    pub(crate) fn call_args(&mut self, args: &[Expr], keywords: &[ast::Keyword], range: ast::TextRange, extra: u32) -> CResult {
        if args.len() + keywords.len() > 1 {
            for a in args {
                if let Expr::GeneratorExp(g) = a {
                    let st = u32::from(g.range.start()) as usize;
                    if self.source.as_bytes().get(st) != Some(&b'(') {
                        return self.error("Generator expression must be parenthesized", g.range);
                    }
                }
            }
        }
        // check duplicate keywords
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg {
                if keywords[..i].iter().any(|o| o.arg.as_ref() == Some(name)) {
                    return self.error(format!("keyword argument repeated: {name}"), k.range);
                }
            }
        }
        let has_star = args.iter().any(|a| matches!(a, Expr::Starred(_))) || keywords.iter().any(|k| k.arg.is_none());
        if !has_star {
            for a in args {
                self.expr(a)?;
            }
            let mut names = Vec::new();
            for k in keywords {
                self.expr(&k.value)?;
                names.push(self.str_const(k.arg.as_ref().map(|s| s.as_str()).unwrap_or("")));
            }
            self.set_loc(range);
            if !names.is_empty() {
                let t = self.vm.new_tuple(names);
                let i = self.unit().add_const(t);
                self.emit(Op::KwNames, i);
            }
            self.emit(Op::Call, extra + (args.len() + keywords.len()) as u32);
            return Ok(());
        }
        // general form: positional tuple (+ kwargs dict) then CALL_FUNCTION_EX
        if extra > 0 {
            self.emit(Op::BuildList, extra);
            for a in args {
                if let Expr::Starred(s) = a {
                    self.expr(&s.value)?;
                    self.emit(Op::ListExtend, 1);
                } else {
                    self.expr(a)?;
                    self.emit(Op::ListAppend, 1);
                }
            }
            self.emit(Op::ListToTuple, 0);
        } else if args.len() == 1 && matches!(args[0], Expr::Starred(_)) {
            if let Expr::Starred(s) = &args[0] {
                self.expr(&s.value)?;
                // CPython converts any iterable to a tuple at call time
            }
        } else {
            self.starunpack(args, Op::BuildTuple)?;
        }
        let mut has_kw = false;
        if !keywords.is_empty() {
            has_kw = true;
            self.emit(Op::BuildMap, 0);
            let mut pending = 0;
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        let s = self.str_const(name);
                        self.emit_const(s);
                        self.expr(&k.value)?;
                        pending += 1;
                    }
                    None => {
                        if pending > 0 {
                            self.emit(Op::BuildMap, pending);
                            self.emit(Op::DictMerge, 1);
                            pending = 0;
                        }
                        self.expr(&k.value)?;
                        self.emit(Op::DictMerge, 1);
                    }
                }
            }
            if pending > 0 {
                self.emit(Op::BuildMap, pending);
                self.emit(Op::DictMerge, 1);
            }
        }
        self.set_loc(range);
        self.emit(Op::CallFunctionEx, has_kw as u32);
        Ok(())
    }
}
