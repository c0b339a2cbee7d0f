//! Formatting exceptions exactly as CPython 3.11 prints them: chained sections, frames with
//! source lines and `^~~` anchors, the "[Previous line repeated …]" cut-off, SyntaxError's own
//! layout, notes.

use crate::compiler::ast;
use crate::error::PyResult;
use crate::object::{ObjRef, Payload};
use crate::objects::typeobj::type_data;
use crate::protocol::attr;
use crate::value::Value;
use crate::vm::Vm;
use ahash::AHashMap;

struct Entry {
    filename: String,
    lineno: u32,
    name: String,
    pos: Option<crate::bytecode::Position>,
}

/// Formats `exc` (an exception instance) with its chain, as `traceback.print_exception`.
pub fn format_exception(vm: &mut Vm, exc: &Value) -> String {
    // sources of pseudo-files such as the REPL's `<python-input-N>` come from the VM's cache
    let cache = vm.source_cache.iter().map(|(k, v)| (k.clone(), Some(v.split('\n').map(|l| l.trim_end_matches('\r').to_string()).collect()))).collect();
    let mut ctx = Ctx { out: String::new(), depth: 0, need_close: false, seen: Vec::new(), cache };
    format_exc(vm, exc, &mut ctx, true);
    ctx.out
}

/// Printing state for nested exception groups (CPython's `_ExceptionPrintContext`).
struct Ctx {
    out: String,
    depth: usize,
    need_close: bool,
    seen: Vec<usize>,
    cache: AHashMap<String, Option<Vec<String>>>,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

fn group_members(vm: &mut Vm, e: &ObjRef) -> Option<Vec<Value>> {
    if !crate::objects::typeobj::is_subtype(&e.class(), &vm.types.base_exception_group) {
        return None;
    }
    let ex = attr::getattr_str(vm, &Value::Obj(e.clone()), "exceptions").ok()?;
    crate::protocol::seq::to_vec(vm, &ex).ok()
}

fn format_exc(vm: &mut Vm, exc: &Value, ctx: &mut Ctx, chain: bool) {
    let Value::Obj(e) = exc else {
        let s = format_exception_only(vm, exc);
        ctx.emit(&s, '|');
        return;
    };
    // the chain, outermost cause first
    let mut output: Vec<(Option<&str>, ObjRef)> = Vec::new();
    let mut cur = Some(e.clone());
    while let Some(x) = cur {
        if ctx.seen.contains(&x.addr()) {
            break;
        }
        ctx.seen.push(x.addr());
        let (_, cause, context, suppress) = exc_fields(&x);
        let (msg, next) = if !chain {
            (None, None)
        } else if let Some(Value::Obj(c)) = cause {
            (Some("\nThe above exception was the direct cause of the following exception:\n\n"), Some(c))
        } else if let (Some(Value::Obj(c)), false) = (context, suppress) {
            (Some("\nDuring handling of the above exception, another exception occurred:\n\n"), Some(c))
        } else {
            (None, None)
        };
        let next = next.filter(|n| !ctx.seen.contains(&n.addr()));
        output.push((if next.is_some() { msg } else { None }, x));
        cur = next;
    }
    for (msg, x) in output.into_iter().rev() {
        if let Some(m) = msg {
            ctx.emit(m, '|');
        }
        let (tb, ..) = exc_fields(&x);
        match group_members(vm, &x) {
            None => {
                if let Some(tb) = tb {
                    ctx.emit("Traceback (most recent call last):\n", '|');
                    let entries = collect(vm, &tb);
                    let mut s = String::new();
                    format_entries(&entries, &mut s, &mut ctx.cache);
                    ctx.emit(&s, '|');
                }
                let s = format_exception_only(vm, &Value::Obj(x.clone()));
                ctx.emit(&s, '|');
            }
            Some(_) if ctx.depth > MAX_GROUP_DEPTH => {
                ctx.emit(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
            }
            Some(members) => {
                let toplevel = ctx.depth == 0;
                if toplevel {
                    ctx.depth += 1;
                }
                if let Some(tb) = tb {
                    ctx.emit("Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
                    let entries = collect(vm, &tb);
                    let mut s = String::new();
                    format_entries(&entries, &mut s, &mut ctx.cache);
                    ctx.emit(&s, '|');
                }
                let s = format_exception_only(vm, &Value::Obj(x.clone()));
                ctx.emit(&s, '|');
                let n = if members.len() <= MAX_GROUP_WIDTH { members.len() } else { MAX_GROUP_WIDTH + 1 };
                ctx.need_close = false;
                for i in 0..n {
                    let last = i == n - 1;
                    if last {
                        ctx.need_close = true;
                    }
                    let truncated = i >= MAX_GROUP_WIDTH;
                    let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
                    let line = format!("{}{}+---------------- {title} ----------------\n", ctx.indent(), if i == 0 { "+-" } else { "  " });
                    ctx.out.push_str(&line);
                    ctx.depth += 1;
                    if !truncated {
                        format_exc(vm, &members[i], ctx, chain);
                    } else {
                        let remaining = members.len() - MAX_GROUP_WIDTH;
                        ctx.emit(&format!("and {remaining} more exception{}\n", if remaining > 1 { "s" } else { "" }), '|');
                    }
                    if last && ctx.need_close {
                        let line = format!("{}+------------------------------------\n", ctx.indent());
                        ctx.out.push_str(&line);
                        ctx.need_close = false;
                    }
                    ctx.depth -= 1;
                }
                if toplevel {
                    ctx.depth = 0;
                }
            }
        }
    }
}

fn exc_fields(e: &ObjRef) -> (Option<ObjRef>, Option<Value>, Option<Value>, bool) {
    match &e.payload {
        Payload::Exception(d) => {
            let d = d.borrow();
            (d.traceback.clone(), d.cause.clone(), d.context.clone(), d.suppress_context)
        }
        _ => (None, None, None, false),
    }
}

fn collect(vm: &mut Vm, tb: &ObjRef) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut cur = Some(tb.clone());
    while let Some(t) = cur {
        let Payload::Traceback(td) = &t.payload else { break };
        if let Payload::Frame(fd) = &td.frame.payload {
            let code = &fd.code;
            entries.push(Entry {
                filename: vm.str_of(&code.filename),
                lineno: td.lineno,
                name: vm.str_of(&code.name),
                pos: code.positions.get(td.lasti).copied(),
            });
        }
        cur = td.next.borrow().clone();
    }
    entries
}

fn source_lines<'a>(filename: &str, cache: &'a mut AHashMap<String, Option<Vec<String>>>) -> Option<&'a Vec<String>> {
    if filename.starts_with('<') && filename.ends_with('>') {
        return cache.get(filename).and_then(|l| l.as_ref());
    }
    cache
        .entry(filename.to_string())
        .or_insert_with(|| {
            std::fs::read(filename).ok().map(|b| String::from_utf8_lossy(&b).split('\n').map(|l| l.trim_end_matches('\r').to_string()).collect())
        })
        .as_ref()
}

fn format_entries(entries: &[Entry], out: &mut String, cache: &mut AHashMap<String, Option<Vec<String>>>) {
    let mut last: Option<(&str, u32, &str)> = None;
    let mut count = 0usize;
    for e in entries {
        let key = (e.filename.as_str(), e.lineno, e.name.as_str());
        if last != Some(key) {
            if count > 3 {
                let n = count - 3;
                out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" }));
            }
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > 3 {
            continue;
        }
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", e.filename, e.lineno, e.name));
        let line = source_lines(&e.filename, cache).and_then(|l| l.get(e.lineno.saturating_sub(1) as usize)).cloned();
        if let Some(line) = line {
            let stripped = line.trim_matches(|c: char| c == ' ' || c == '\t' || c == '\x0c');
            if stripped.is_empty() {
                continue;
            }
            out.push_str(&format!("    {stripped}\n"));
            if let Some(p) = e.pos {
                carets(&line, stripped, p, e.lineno, out);
            }
        }
    }
    if count > 3 {
        let n = count - 3;
        out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" }));
    }
}

fn byte_to_char(s: &str, b: usize) -> usize {
    let b = b.min(s.len());
    let mut b2 = b;
    while b2 > 0 && !s.is_char_boundary(b2) {
        b2 -= 1;
    }
    s[..b2].chars().count()
}

fn carets(line: &str, stripped: &str, p: crate::bytecode::Position, lineno: u32, out: &mut String) {
    if p.col == crate::bytecode::Position::NONE || p.end_col == crate::bytecode::Position::NONE || p.line != lineno {
        return;
    }
    let chars: Vec<char> = line.chars().collect();
    let start = byte_to_char(line, p.col as usize);
    let mut end = byte_to_char(line, p.end_col as usize);
    let lstripped_len = line.trim_start_matches([' ', '\t', '\x0c']).chars().count();
    let stripped_chars = chars.len() - lstripped_len;
    let mut anchors = None;
    if p.end_line == p.line {
        if start <= end && end <= chars.len() {
            let seg: String = chars[start..end].iter().collect();
            anchors = anchors_for(&seg);
        }
    } else {
        end = line.trim_end().chars().count();
    }
    if end < start {
        return;
    }
    let stripped_len = stripped.chars().count();
    let show = end - start < stripped_len || anchors.map(|(l, r)| r > l).unwrap_or(false);
    if !show {
        return;
    }
    out.push_str("    ");
    let pad = (start + 1).saturating_sub(1).saturating_sub(stripped_chars);
    out.push_str(&" ".repeat(pad));
    match anchors {
        Some((l, r)) => {
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r.saturating_sub(l)));
            out.push_str(&"~".repeat((end - start).saturating_sub(r)));
        }
        None => out.push_str(&"^".repeat(end - start)),
    }
    out.push('\n');
}

/// The (left_end, right_start) anchors for a binary operation or subscript segment.
fn anchors_for(segment: &str) -> Option<(usize, usize)> {
    let m = ast::parse(segment, ast::ParseMode::Module, "<anchor>").ok()?;
    let ast::Mod::Module(m) = m else { return None };
    if m.body.len() != 1 {
        return None;
    }
    let ast::Stmt::Expr(e) = &m.body[0] else { return None };
    let seg: Vec<char> = segment.chars().collect();
    let norm = |b: usize| byte_to_char(segment, b);
    let off = |x: ast::TextSize| u32::from(x) as usize;
    match &*e.value {
        ast::Expr::BinOp(b) => {
            use ast::Ranged;
            let op_start = norm(off(b.left.range().end()));
            let op_end = norm(off(b.right.range().start()));
            let op_str: Vec<char> = seg[op_start..op_end.max(op_start)].to_vec();
            let op_offset = op_str.iter().take_while(|c| c.is_whitespace()).count();
            let mut left = off(b.left.range().end()) + op_offset;
            let mut right = left + 1;
            if op_offset + 1 < op_str.len() && !op_str[op_offset + 1].is_whitespace() {
                right += 1;
            }
            let bytes = segment.as_bytes();
            while left < bytes.len() && ((bytes[left] as char).is_whitespace() || bytes[left] == b')' || bytes[left] == b'#') {
                left += 1;
                right += 1;
            }
            Some((norm(left), norm(right)))
        }
        ast::Expr::Subscript(s) => {
            use ast::Ranged;
            let mut left = norm(off(s.value.range().end()));
            let mut right = norm(off(s.slice.range().end()) + 1);
            while left < seg.len() && (seg[left].is_whitespace() || seg[left] != '[') {
                left += 1;
            }
            while right < seg.len() && (seg[right].is_whitespace() || seg[right] != ']') {
                right += 1;
            }
            if right < seg.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

/// `module.Qualname` for the exception line (bare name for builtins and __main__).
pub fn exc_type_name(vm: &Vm, t: &ObjRef) -> String {
    let td = type_data(t);
    let q = td.qualname.borrow().clone();
    match vm.dict_get_str(&td.dict, "__module__") {
        Some(Value::Obj(m)) if matches!(m.payload, Payload::Str(_)) => {
            let m = vm.str_of(&m);
            if m == "builtins" || m == "__main__" {
                q
            } else {
                format!("{m}.{q}")
            }
        }
        _ => q,
    }
}

/// The last line(s): `Type: message`, SyntaxError's source excerpt, and notes.
pub fn format_exception_only(vm: &mut Vm, exc: &Value) -> String {
    let t = vm.type_of(exc);
    let name = exc_type_name(vm, &t);
    let mut out = String::new();
    let is_syntax = crate::objects::typeobj::is_subtype(&t, &vm.types.syntax_error.clone());
    if is_syntax {
        if let Value::Obj(e) = exc {
            out.push_str(&format_syntax_error(vm, e, &name));
        }
    } else {
        let mut msg = match vm.to_string(exc) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if let Value::Obj(e) = exc {
            if let Some(s) = crate::error::suggest::suggestion(vm, e) {
                msg.push_str(&format!(". Did you mean: '{s}'?"));
            }
        }
        if msg.is_empty() {
            out.push_str(&format!("{name}\n"));
        } else {
            out.push_str(&format!("{name}: {msg}\n"));
        }
    }
    if let Value::Obj(e) = exc {
        if let Some(notes) = vm.get_attr_raw(e, "__notes__") {
            match crate::protocol::seq::to_vec(vm, &notes) {
                Ok(items) if matches!(&notes, Value::Obj(o) if matches!(o.payload, Payload::List(_) | Payload::Tuple(_))) => {
                    for n in items {
                        match &n {
                            Value::Obj(no) if matches!(no.payload, Payload::Str(_)) => {
                                out.push_str(&vm.str_of(no));
                                out.push('\n');
                            }
                            _ => {
                                let s = crate::protocol::repr::str(vm, &n).unwrap_or_else(|_| "<note str() failed>".into());
                                out.push_str(&s);
                                out.push('\n');
                            }
                        }
                    }
                }
                _ => {
                    let r = crate::protocol::repr::repr(vm, &notes).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
                    out.push_str(&r);
                    out.push('\n');
                }
            }
        }
    }
    out
}

fn attr_opt(vm: &mut Vm, e: &ObjRef, name: &str) -> Option<Value> {
    attr::getattr_str_opt(vm, &Value::Obj(e.clone()), name).ok().flatten()
}

fn format_syntax_error(vm: &mut Vm, e: &ObjRef, name: &str) -> String {
    let mut out = String::new();
    let lineno = attr_opt(vm, e, "lineno");
    let filename = attr_opt(vm, e, "filename").filter(|v| !v.is_none()).map(|v| vm.to_string(&v).unwrap_or_default());
    let mut suffix = String::new();
    match (&lineno, &filename) {
        (Some(Value::Int(l)), f) => out.push_str(&format!("  File \"{}\", line {}\n", f.clone().unwrap_or_else(|| "<string>".into()), l)),
        (_, Some(f)) => suffix = format!(" ({f})"),
        _ => {}
    }
    if let Some(Value::Obj(t)) = attr_opt(vm, e, "text") {
        if matches!(t.payload, Payload::Str(_)) {
            let text = vm.str_of(&t);
            let rtext = text.trim_end_matches('\n');
            let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
            let spaces = rtext.chars().count() - ltext.chars().count();
            out.push_str(&format!("    {ltext}\n"));
            if let Some(Value::Int(offset)) = attr_opt(vm, e, "offset") {
                let mut end = match attr_opt(vm, e, "end_offset") {
                    Some(Value::Int(x)) if x != 0 => x,
                    _ => offset,
                };
                if offset == end || end == -1 {
                    end = offset + 1;
                }
                let colno = offset - 1 - spaces as i64;
                let end_colno = end - 1 - spaces as i64;
                if colno >= 0 {
                    let lchars: Vec<char> = ltext.chars().collect();
                    let caretspace: String = lchars.iter().take(colno as usize).map(|c| if c.is_whitespace() { *c } else { ' ' }).collect();
                    out.push_str(&format!("    {}{}\n", caretspace, "^".repeat((end_colno - colno).max(0) as usize)));
                }
            }
        }
    }
    let msg = match attr_opt(vm, e, "msg") {
        Some(m) if !m.is_none() => vm.to_string(&m).unwrap_or_default(),
        _ => "<no detail available>".into(),
    };
    out.push_str(&format!("{name}: {msg}{suffix}\n"));
    out
}

/// Prints to the process's stderr without going through sys.stderr (fallback path).
pub fn print_to_stderr(s: &str) -> PyResult<()> {
    use std::io::Write;
    let _ = std::io::stderr().write_all(s.as_bytes());
    Ok(())
}
