//! The symbol table: which scope each name belongs to (local, global, free, cell), built in one
//! pass over the AST and resolved in a second, as CPython's symtable.c does.

use super::ast::{self, Expr, Pattern, Ranged, Stmt};
use super::CompileError;
use ahash::AHashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

pub mod flag {
    pub const LOCAL: u32 = 1;
    pub const PARAM: u32 = 2;
    pub const GLOBAL: u32 = 4;
    pub const NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const IMPORT: u32 = 32;
    pub const ANNOT: u32 = 64;
    /// bound by a walrus inside a comprehension (lives in the enclosing function)
    pub const COMP_ITER: u32 = 128;
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: NameScope,
    /// where first used/defined (byte offset), for error positions
    pub pos: usize,
    /// the declaring statement's range, for global/nonlocal errors
    pub range: Option<ast::TextRange>,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub symbols: AHashMap<String, Symbol>,
    /// symbol names in first-seen order
    pub order: Vec<String>,
    pub params: Vec<String>,
    pub children: Vec<Scope>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub needs_class_cell: bool,
    pub has_varargs: bool,
    pub has_varkw: bool,
    /// the scope's range start, to match children to AST nodes
    pub start: usize,
    pub comp_inlined_iter: bool,
    /// names bound in a class body that methods also use from an enclosing function: the class
    /// code object carries them as free variables to pass on, while its own code uses NAME ops
    pub extra_free: Vec<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, start: usize) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: AHashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            has_varargs: false,
            has_varkw: false,
            start,
            comp_inlined_iter: false,
            extra_free: Vec::new(),
        }
    }

    pub fn lookup(&self, name: &str) -> Option<NameScope> {
        self.symbols.get(name).map(|s| s.scope)
    }

    /// Cell variables in CPython's order (sorted by name).
    pub fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> = self.order.iter().filter(|n| self.symbols[*n].scope == NameScope::Cell).cloned().collect();
        if self.needs_class_cell {
            v.push("__class__".to_string());
        }
        v.sort();
        v
    }

    /// Free variables in CPython's order (sorted by name).
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self.order.iter().filter(|n| self.symbols[*n].scope == NameScope::Free).cloned().collect();
        v.extend(self.extra_free.iter().cloned());
        v.sort();
        v
    }
}

struct Builder {
    stack: Vec<Scope>,
    errors: Option<CompileError>,
    /// Nonzero while visiting a comprehension's iterable (CPython's ste_comp_iter_expr,
    /// which nested scopes inherit).
    comp_iter_expr: usize,
}

pub fn build(module: &[Stmt]) -> Result<Scope, CompileError> {
    let mut b = Builder { stack: vec![Scope::new(ScopeKind::Module, "top", 0)], errors: None, comp_iter_expr: 0 };
    for s in module {
        b.stmt(s);
    }
    if let Some(e) = b.errors {
        return Err(e);
    }
    let mut top = b.stack.pop().unwrap_or_else(|| Scope::new(ScopeKind::Module, "top", 0));
    analyze(&mut top, &AHashMap::new())?;
    Ok(top)
}

pub fn build_expr(e: &Expr) -> Result<Scope, CompileError> {
    let mut b = Builder { stack: vec![Scope::new(ScopeKind::Module, "top", 0)], errors: None, comp_iter_expr: 0 };
    b.expr(e);
    if let Some(e) = b.errors {
        return Err(e);
    }
    let mut top = b.stack.pop().unwrap_or_else(|| Scope::new(ScopeKind::Module, "top", 0));
    analyze(&mut top, &AHashMap::new())?;
    Ok(top)
}

fn start(r: ast::TextRange) -> usize {
    u32::from(r.start()) as usize
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        self.stack.last_mut().expect("scope stack empty")
    }

    fn error(&mut self, msg: String, pos: usize) {
        if self.errors.is_none() {
            self.errors = Some(CompileError::new(msg, pos));
        }
    }

    fn error_range(&mut self, msg: String, r: ast::TextRange) {
        if self.errors.is_none() {
            self.errors = Some(CompileError::at(msg, r));
        }
    }

    fn add(&mut self, name: &str, f: u32, pos: usize) {
        let name = mangle_name(&self.stack, name);
        let cur = self.cur();
        if let Some(s) = cur.symbols.get_mut(&name) {
            if f & flag::PARAM != 0 && s.flags & flag::PARAM != 0 {
                let n = name.clone();
                self.error(format!("duplicate argument '{n}' in function definition"), pos);
                return;
            }
            s.flags |= f;
        } else {
            cur.order.push(name.clone());
            cur.symbols.insert(name.clone(), Symbol { flags: f, scope: NameScope::Local, pos, range: None });
        }
        if f & flag::PARAM != 0 {
            self.cur().params.push(name);
        }
    }

    fn push(&mut self, kind: ScopeKind, name: &str, pos: usize) {
        self.stack.push(Scope::new(kind, name, pos));
    }

    fn pop(&mut self) {
        if let Some(s) = self.stack.pop() {
            self.cur().children.push(s);
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn global_decl(&mut self, names: &[ast::Identifier], is_global: bool, r: ast::TextRange) {
        let pos = start(r);
        for n in names {
            let n = n.as_str();
            let kind = self.cur().kind;
            if kind == ScopeKind::Module && !is_global {
                self.error_range("nonlocal declaration not allowed at module level".into(), r);
                return;
            }
            let existing = self.cur().symbols.get(n).map(|s| s.flags);
            if let Some(f) = existing {
                let what = if is_global { "global" } else { "nonlocal" };
                let msg = if f & flag::PARAM != 0 {
                    Some(format!("name '{n}' is parameter and {what}"))
                } else if (is_global && f & flag::NONLOCAL != 0) || (!is_global && f & flag::GLOBAL != 0) {
                    Some(format!("name '{n}' is nonlocal and global"))
                } else if f & flag::ANNOT != 0 {
                    Some(format!("annotated name '{n}' can't be {what}"))
                } else if f & (flag::LOCAL | flag::IMPORT) != 0 {
                    Some(format!("name '{n}' is assigned to before {what} declaration"))
                } else if f & flag::USE != 0 {
                    Some(format!("name '{n}' is used prior to {what} declaration"))
                } else {
                    None
                };
                if let Some(m) = msg {
                    self.error_range(m, r);
                    return;
                }
            }
            self.add(n, if is_global { flag::GLOBAL } else { flag::NONLOCAL }, pos);
            if let Some(s) = self.cur().symbols.get_mut(n) {
                s.range = Some(r);
            }
            if is_global && self.stack.len() > 1 {
                // CPython records a nested `global` declaration in the module's table too, so
                // module-level code reaches that name with GLOBAL ops (visible when exec() is
                // given separate globals and locals).
                let name = mangle_name(&self.stack, n);
                let m = &mut self.stack[0];
                match m.symbols.get_mut(&name) {
                    Some(s) => s.flags |= flag::GLOBAL,
                    None => {
                        m.order.push(name.clone());
                        m.symbols.insert(name, Symbol { flags: flag::GLOBAL, scope: NameScope::Local, pos, range: None });
                    }
                }
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => self.funcdef(&f.name, &f.args, &f.body, &f.decorator_list, f.returns.as_deref(), false, start(f.range), &f.type_params),
            Stmt::AsyncFunctionDef(f) => self.funcdef(&f.name, &f.args, &f.body, &f.decorator_list, f.returns.as_deref(), true, start(f.range), &f.type_params),
            Stmt::ClassDef(c) => {
                if !c.type_params.is_empty() {
                    self.error("invalid syntax".into(), start(c.range));
                }
                for d in &c.decorator_list {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.expr(b);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                self.add(&c.name, flag::LOCAL, start(c.range));
                self.push(ScopeKind::Class, &c.name, start(c.range));
                self.stmts(&c.body);
                self.pop();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t);
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.target(t);
                }
                self.expr(&a.value);
            }
            Stmt::TypeAlias(t) => self.error("invalid syntax".into(), start(t.range)),
            Stmt::AugAssign(a) => {
                self.target(&a.target);
                if let Expr::Name(n) = &*a.target {
                    self.add(&n.id, flag::USE, start(n.range));
                }
                self.expr(&a.value);
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let f = self.cur().symbols.get(n.id.as_str()).map(|s| s.flags).unwrap_or(0);
                    if f & (flag::GLOBAL | flag::NONLOCAL) != 0 && a.simple {
                        let what = if f & flag::GLOBAL != 0 { "global" } else { "nonlocal" };
                        self.error(format!("annotated name '{}' can't be {what}", n.id), start(n.range));
                    }
                    if a.simple {
                        self.add(&n.id, flag::ANNOT | if a.value.is_some() { flag::LOCAL } else { 0 }, start(n.range));
                        if a.value.is_none() && self.cur().kind != ScopeKind::Function {
                            // module/class: annotation only, name not bound
                        } else if a.value.is_none() {
                            self.add(&n.id, flag::LOCAL, start(n.range));
                        }
                    } else {
                        self.target(&a.target);
                    }
                } else {
                    self.target(&a.target);
                }
                if self.cur().kind != ScopeKind::Function {
                    self.expr(&a.annotation);
                }
                if let Some(v) = &a.value {
                    self.expr(v);
                }
            }
            Stmt::For(f) => {
                self.target(&f.target);
                self.expr(&f.iter);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::AsyncFor(f) => {
                self.target(&f.target);
                self.expr(&f.iter);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                self.stmts(&i.orelse);
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::AsyncWith(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(e) = &r.cause {
                    self.expr(e);
                }
            }
            Stmt::Try(t) => self.try_like(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            Stmt::TryStar(t) => self.try_like(&t.body, &t.handlers, &t.orelse, &t.finalbody),
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add(&bound, flag::IMPORT, start(a.range));
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            self.error("import * only allowed at module level".into(), start(a.range));
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.add(&bound, flag::IMPORT, start(a.range));
                }
            }
            Stmt::Global(g) => self.global_decl(&g.names, true, g.range),
            Stmt::Nonlocal(g) => self.global_decl(&g.names, false, g.range),
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
    }

    fn try_like(&mut self, body: &[Stmt], handlers: &[ast::ExceptHandler], orelse: &[Stmt], finalbody: &[Stmt]) {
        self.stmts(body);
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if let Some(t) = &h.type_ {
                self.expr(t);
            }
            if let Some(n) = &h.name {
                self.add(n, flag::LOCAL, start(h.range));
            }
            self.stmts(&h.body);
        }
        self.stmts(orelse);
        self.stmts(finalbody);
    }

    #[allow(clippy::too_many_arguments)]
    fn funcdef(
        &mut self,
        name: &str,
        args: &ast::Arguments,
        body: &[Stmt],
        decos: &[Expr],
        returns: Option<&Expr>,
        is_async: bool,
        pos: usize,
        tps: &[ast::TypeParam],
    ) {
        if !tps.is_empty() {
            self.error("invalid syntax".into(), pos);
        }
        for d in decos {
            self.expr(d);
        }
        self.arg_defaults_and_annotations(args);
        if let Some(r) = returns {
            self.expr(r);
        }
        self.add(name, flag::LOCAL, pos);
        self.push(ScopeKind::Function, name, pos);
        self.cur().is_coroutine = is_async;
        self.params(args);
        self.stmts(body);
        self.pop();
    }

    fn arg_defaults_and_annotations(&mut self, args: &ast::Arguments) {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            if let Some(an) = &a.def.annotation {
                self.expr(an);
            }
        }
        for a in args.vararg.iter().chain(&args.kwarg) {
            if let Some(an) = &a.annotation {
                self.expr(an);
            }
        }
    }

    fn params(&mut self, args: &ast::Arguments) {
        for a in args.posonlyargs.iter().chain(&args.args) {
            self.add(&a.def.arg, flag::PARAM, start(a.def.range));
        }
        for a in &args.kwonlyargs {
            self.add(&a.def.arg, flag::PARAM, start(a.def.range));
        }
        if let Some(v) = &args.vararg {
            self.add(&v.arg, flag::PARAM, start(v.range));
            self.cur().has_varargs = true;
        }
        if let Some(v) = &args.kwarg {
            self.add(&v.arg, flag::PARAM, start(v.range));
            self.cur().has_varkw = true;
        }
    }

    fn target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.add(&n.id, flag::LOCAL, start(n.range)),
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.target(e);
                }
            }
            Expr::List(t) => {
                for e in &t.elts {
                    self.target(e);
                }
            }
            Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn pattern(&mut self, p: &Pattern) {
        match p {
            Pattern::MatchValue(v) => self.expr(&v.value),
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                for p in &s.patterns {
                    self.pattern(p);
                }
            }
            Pattern::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k);
                }
                for p in &m.patterns {
                    self.pattern(p);
                }
                if let Some(r) = &m.rest {
                    self.add(r, flag::LOCAL, start(m.range));
                }
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls);
                for p in c.patterns.iter().chain(&c.kwd_patterns) {
                    self.pattern(p);
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add(n, flag::LOCAL, start(s.range));
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p);
                }
                if let Some(n) = &a.name {
                    self.add(n, flag::LOCAL, start(a.range));
                }
            }
            Pattern::MatchOr(o) => {
                for p in &o.patterns {
                    self.pattern(p);
                }
            }
        }
    }

    fn comprehension(&mut self, name: &str, gens: &[ast::Comprehension], elts: &[&Expr], pos: usize, is_gen: bool) {
        // the first iterator is evaluated in the enclosing scope
        if let Some(first) = gens.first() {
            self.comp_iter_expr += 1;
            self.expr(&first.iter);
            self.comp_iter_expr -= 1;
        }
        self.push(ScopeKind::Comprehension, name, pos);
        self.cur().is_generator = is_gen;
        self.add(".0", flag::PARAM, pos);
        for (i, g) in gens.iter().enumerate() {
            if g.is_async {
                self.cur().is_coroutine = true;
            }
            self.comp_target(&g.target);
            if i > 0 {
                self.comp_iter_expr += 1;
                self.expr(&g.iter);
                self.comp_iter_expr -= 1;
            }
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.pop();
    }

    fn comp_target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => {
                // an earlier `:=` in this comprehension made the name nonlocal/global here
                let bound_by_walrus = self.cur().symbols.get(n.id.as_str()).is_some_and(|s| s.flags & (flag::GLOBAL | flag::NONLOCAL) != 0);
                if bound_by_walrus {
                    self.error_range(format!("comprehension inner loop cannot rebind assignment expression target '{}'", n.id), n.range);
                    return;
                }
                self.add(&n.id, flag::LOCAL | flag::COMP_ITER, start(n.range))
            }
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.comp_target(e)),
            Expr::List(t) => t.elts.iter().for_each(|e| self.comp_target(e)),
            Expr::Starred(s) => self.comp_target(&s.value),
            other => self.expr(other),
        }
    }

    fn walrus_target(&mut self, name: &str, pos: usize) {
        // Bind in the nearest enclosing non-comprehension scope.
        let n = self.stack.len();
        let mut i = n - 1;
        while self.stack[i].kind == ScopeKind::Comprehension {
            if let Some(s) = self.stack[i].symbols.get(name) {
                if s.flags & flag::COMP_ITER != 0 {
                    self.error(format!("assignment expression cannot rebind comprehension iteration variable '{name}'"), pos);
                    return;
                }
            }
            i -= 1;
        }
        if i == n - 1 {
            self.add(name, flag::LOCAL, pos);
            return;
        }
        if self.stack[i].kind == ScopeKind::Class {
            self.error("assignment expression within a comprehension cannot be used in a class body".into(), pos);
            return;
        }
        // mark as nonlocal/global in each comprehension scope (global when the enclosing
        // function declares the name global)
        let declared_global = self.stack[i].symbols.get(name).is_some_and(|s| s.flags & flag::GLOBAL != 0);
        let target_is_module = self.stack[i].kind == ScopeKind::Module || declared_global;
        {
            let t = &mut self.stack[i];
            if let Some(s) = t.symbols.get_mut(name) {
                s.flags |= flag::LOCAL;
            } else {
                t.order.push(name.to_string());
                t.symbols.insert(name.to_string(), Symbol { flags: flag::LOCAL, scope: NameScope::Local, pos, range: None });
            }
        }
        for j in i + 1..n {
            let t = &mut self.stack[j];
            let f = if target_is_module { flag::GLOBAL } else { flag::NONLOCAL };
            if let Some(s) = t.symbols.get_mut(name) {
                s.flags |= f;
            } else {
                t.order.push(name.to_string());
                t.symbols.insert(name.to_string(), Symbol { flags: f, scope: NameScope::Local, pos, range: None });
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::NamedExpr(n) => {
                if self.comp_iter_expr > 0 {
                    self.error_range("assignment expression cannot be used in a comprehension iterable expression".into(), n.range);
                }
                self.expr(&n.value);
                if let Expr::Name(t) = &*n.target {
                    self.walrus_target(&t.id, start(t.range));
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                self.arg_defaults_and_annotations_lambda(&l.args);
                self.push(ScopeKind::Function, "<lambda>", start(l.range));
                self.params(&l.args);
                self.expr(&l.body);
                self.pop();
            }
            Expr::IfExp(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for (k, v) in d.keys.iter().zip(&d.values) {
                    if let Some(k) = k {
                        self.expr(k);
                    }
                    self.expr(v);
                }
            }
            Expr::Set(s) => s.elts.iter().for_each(|v| self.expr(v)),
            Expr::ListComp(c) => self.comprehension("<listcomp>", &c.generators, &[&c.elt], start(c.range), false),
            Expr::SetComp(c) => self.comprehension("<setcomp>", &c.generators, &[&c.elt], start(c.range), false),
            Expr::DictComp(c) => self.comprehension("<dictcomp>", &c.generators, &[&c.key, &c.value], start(c.range), false),
            Expr::GeneratorExp(c) => self.comprehension("<genexpr>", &c.generators, &[&c.elt], start(c.range), true),
            Expr::Await(a) => {
                if self.cur().kind == ScopeKind::Comprehension {
                    // `await` makes a comprehension asynchronous
                    self.cur().is_coroutine = true;
                }
                self.expr(&a.value);
            }
            Expr::Yield(y) => {
                self.mark_generator(start(y.range));
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.mark_generator(start(y.range));
                self.expr(&y.value);
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|v| self.expr(v));
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                c.args.iter().for_each(|v| self.expr(v));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value);
                if let Some(s) = &f.format_spec {
                    self.expr(s);
                }
            }
            Expr::JoinedStr(j) => j.values.iter().for_each(|v| self.expr(v)),
            Expr::Constant(_) => {}
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(n) => {
                let f = match n.ctx {
                    ast::ExprContext::Load => flag::USE,
                    _ => flag::LOCAL,
                };
                self.add(&n.id, f, start(n.range));
                if n.ctx == ast::ExprContext::Load && n.id.as_str() == "super" && matches!(self.cur().kind, ScopeKind::Function | ScopeKind::Comprehension) {
                    self.add("__class__", flag::USE, start(n.range));
                }
                if n.id.as_str() == "__class__" && self.cur().kind == ScopeKind::Class {
                    // `__class__` in a class body refers to the enclosing scope's binding
                }
            }
            Expr::List(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Expr::Tuple(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(x);
                }
            }
        }
    }

    fn arg_defaults_and_annotations_lambda(&mut self, args: &ast::Arguments) {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
    }

    fn mark_generator(&mut self, pos: usize) {
        let cur = self.cur();
        match cur.kind {
            ScopeKind::Function => cur.is_generator = true,
            ScopeKind::Comprehension => {
                self.error("'yield' inside list comprehension".into(), pos);
            }
            _ => {}
        }
    }
}

/// Private name mangling (`__x` inside class `C` becomes `_C__x`).
fn mangle_name(stack: &[Scope], name: &str) -> String {
    let class = stack.iter().rev().find(|s| s.kind == ScopeKind::Class).map(|s| s.name.as_str());
    match class {
        Some(c) => mangle(c, name),
        None => name.to_string(),
    }
}

pub fn mangle(class: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Resolves every symbol's scope. `enclosing` maps names bound in enclosing function scopes.
fn analyze(scope: &mut Scope, enclosing: &AHashMap<String, ()>) -> Result<Vec<String>, CompileError> {
    let is_func = matches!(scope.kind, ScopeKind::Function | ScopeKind::Comprehension);
    for name in scope.order.clone() {
        let sym = scope.symbols.get_mut(&name).expect("symbol");
        sym.scope = if sym.flags & flag::GLOBAL != 0 {
            NameScope::GlobalExplicit
        } else if sym.flags & flag::NONLOCAL != 0 {
            if !enclosing.contains_key(&name) {
                return Err(match sym.range {
                    Some(r) => CompileError::at(format!("no binding for nonlocal '{name}' found"), r),
                    None => CompileError::new(format!("no binding for nonlocal '{name}' found"), sym.pos),
                });
            }
            NameScope::Free
        } else if sym.flags & flag::BOUND != 0 {
            NameScope::Local
        } else if scope.kind != ScopeKind::Module && enclosing.contains_key(&name) {
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
    }
    // names visible to children
    let mut child_enclosing = enclosing.clone();
    if is_func {
        for (n, s) in &scope.symbols {
            if s.scope == NameScope::Local {
                child_enclosing.insert(n.clone(), ());
            }
            if s.scope == NameScope::GlobalExplicit {
                child_enclosing.remove(n);
            }
        }
    }
    if scope.kind == ScopeKind::Class {
        child_enclosing.insert("__class__".to_string(), ());
    }
    let mut free_from_children: Vec<String> = Vec::new();
    let mut children = std::mem::take(&mut scope.children);
    for c in children.iter_mut() {
        for f in analyze(c, &child_enclosing)? {
            if !free_from_children.contains(&f) {
                free_from_children.push(f);
            }
        }
    }
    scope.children = children;
    for f in free_from_children {
        if scope.kind == ScopeKind::Class && f == "__class__" {
            scope.needs_class_cell = true;
            continue;
        }
        match scope.symbols.get_mut(&f) {
            Some(s) if is_func && s.scope == NameScope::Local => s.scope = NameScope::Cell,
            Some(s) if s.scope == NameScope::GlobalExplicit => {
                // `global x` in a class body does not hide an enclosing function's `x` from the
                // methods: the class passes that variable through as free.
                if scope.kind == ScopeKind::Class && enclosing.contains_key(&f) && !scope.extra_free.contains(&f) {
                    scope.extra_free.push(f.clone());
                }
            }
            Some(s) if s.scope == NameScope::Cell || s.scope == NameScope::Free => {}
            Some(s) => {
                if scope.kind == ScopeKind::Class && s.scope != NameScope::Free {
                    // a class-level name is not visible to methods; the child's free var
                    // comes from further out: the class passes it through as free too.
                    if enclosing.contains_key(&f) && !scope.extra_free.contains(&f) {
                        scope.extra_free.push(f.clone());
                    }
                } else if !is_func && enclosing.contains_key(&f) {
                    s.scope = NameScope::Free;
                }
            }
            None => {
                if scope.kind != ScopeKind::Module {
                    scope.order.push(f.clone());
                    scope.symbols.insert(f.clone(), Symbol { flags: 0, scope: NameScope::Free, pos: 0, range: None });
                }
            }
        }
    }
    // free variables of this scope propagate to the parent
    let mut out: Vec<String> = scope.symbols.iter().filter(|(_, s)| s.scope == NameScope::Free).map(|(n, _)| n.clone()).collect();
    out.extend(scope.extra_free.iter().cloned());
    if scope.kind == ScopeKind::Function || scope.kind == ScopeKind::Comprehension {
        if let Some(s) = scope.symbols.get("__class__") {
            if s.scope == NameScope::Free && !out.contains(&"__class__".to_string()) {
                out.push("__class__".into());
            }
        }
    }
    Ok(out)
}

pub fn expr_start(e: &Expr) -> usize {
    start(e.range())
}
