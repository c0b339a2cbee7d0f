//! CPython's specialised messages for plain "invalid syntax" failures, recovered from the tokens
//! around the failure: a forgotten comma between two expressions in brackets, and `=` where
//! `==` was meant in a condition or a display.

use super::lex_errors::token_end;
use super::CompileError;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Name,
    Number,
    Str,
    Op,
    Newline,
}

#[derive(Clone, Copy)]
struct Tok {
    kind: Kind,
    start: usize,
    end: usize,
    /// bracket depth before this token
    depth: usize,
}

const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// The tokens of the logical line containing `pos` (comments skipped, strings whole).
fn line_tokens(src: &str, pos: usize) -> Vec<Tok> {
    tokens(src, pos, true)
}

/// `def f(*, **kw)` / `lambda *, **kw: 0`, which the parser accepts: CPython's "named arguments
/// must follow bare *" (at the `*` of a def, at the `**` of a lambda).
pub fn bare_star_error(src: &str) -> Option<CompileError> {
    // cheap pre-check: a `*` followed by a comma somewhere, and a `**`
    let b = src.as_bytes();
    let star_comma = b.iter().enumerate().any(|(i, c)| *c == b'*' && b[i + 1..].iter().find(|x| **x != b' ' && **x != b'\t') == Some(&b','));
    if !star_comma || !src.contains("**") {
        return None;
    }
    let toks = tokens(src, usize::MAX, false);
    for k in 1..toks.len().saturating_sub(2) {
        let (prev, star, comma, dstar) = (&toks[k - 1], &toks[k], &toks[k + 1], &toks[k + 2]);
        if text(src, star) == "*" && text(src, comma) == "," && text(src, dstar) == "**" {
            let p = text(src, prev);
            let lambda = p == "lambda";
            if lambda || ((p == "(" || p == ",") && star.depth > 0) {
                let at = if lambda { dstar.start } else { star.start };
                // a def's parameters: only inside the parentheses after `def name`
                if !lambda && !in_def_params(src, &toks, k) {
                    continue;
                }
                return Some(CompileError { msg: "named arguments must follow bare *".into(), pos: at, end: None, kind: super::ErrorKind::Syntax });
            }
        }
    }
    None
}

/// Whether token `k` is inside the parameter list of a `def`.
fn in_def_params(src: &str, toks: &[Tok], k: usize) -> bool {
    let d = toks[k].depth;
    let mut j = k;
    while j > 0 {
        j -= 1;
        if toks[j].depth < d {
            return text(src, &toks[j]) == "(" && j >= 2 && text(src, &toks[j - 2]) == "def";
        }
    }
    false
}

fn tokens(src: &str, pos: usize, one_line: bool) -> Vec<Tok> {
    let b = src.as_bytes();
    let mut out: Vec<Tok> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'#' {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if c == b'\\' && b.get(i + 1) == Some(&b'\n') {
            i += 2;
            continue;
        }
        if c == b' ' || c == b'\t' || c == b'\r' || c == b'\x0c' {
            i += 1;
            continue;
        }
        if c == b'\n' {
            if depth == 0 && one_line {
                if i >= pos {
                    break;
                }
                out.clear();
            }
            i += 1;
            continue;
        }
        let end = token_end(src, i).min(b.len());
        if end <= i {
            break;
        }
        let kind = if c == b'\'' || c == b'"' {
            Kind::Str
        } else if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(|d| d.is_ascii_digit())) {
            Kind::Number
        } else if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            if end < b.len() && (b[end - 1] == b'\'' || b[end - 1] == b'"') && !src[i..end].starts_with(['\'', '"']) {
                Kind::Str
            } else {
                Kind::Name
            }
        } else {
            Kind::Op
        };
        out.push(Tok { kind, start: i, end, depth });
        if kind == Kind::Op {
            match c {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        i = end;
    }
    out.push(Tok { kind: Kind::Newline, start: i.min(b.len()), end: i.min(b.len()), depth: 0 });
    out
}

fn text<'a>(src: &'a str, t: &Tok) -> &'a str {
    &src[t.start..t.end]
}

fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

/// Whether token `t` can end an expression (a name, literal or closing bracket).
fn ends_expr(src: &str, t: &Tok) -> bool {
    match t.kind {
        Kind::Name => !is_keyword(text(src, t)),
        Kind::Number | Kind::Str => true,
        Kind::Op => matches!(text(src, t), ")" | "]" | "}"),
        Kind::Newline => false,
    }
}

/// Whether token `t` starts an expression that cannot continue the previous one.
fn starts_expr(src: &str, t: &Tok) -> bool {
    match t.kind {
        Kind::Name => !is_keyword(text(src, t)) || matches!(text(src, t), "not" | "lambda" | "await"),
        Kind::Number | Kind::Str => true,
        Kind::Op => text(src, t) == "{",
        Kind::Newline => false,
    }
}

/// The end of the expression starting at token `k` (an atom with its trailers).
fn expr_end(src: &str, toks: &[Tok], mut k: usize) -> usize {
    let d = toks[k].depth;
    let mut end = toks[k].end;
    if text(src, &toks[k]) == "{" {
        while k + 1 < toks.len() && toks[k + 1].depth > d {
            k += 1;
        }
        return toks.get(k + 1).map(|t| t.end).unwrap_or(end);
    }
    while k + 1 < toks.len() {
        let n = &toks[k + 1];
        let t = text(src, n);
        if n.depth == d && (t == "(" || t == "[") {
            k += 1;
            while k + 1 < toks.len() && toks[k + 1].depth > d {
                k += 1;
            }
            k += 1;
            end = toks.get(k).map(|t| t.end).unwrap_or(end);
        } else if n.depth == d && t == "." && toks.get(k + 2).is_some_and(|x| x.kind == Kind::Name) {
            k += 2;
            end = toks[k].end;
        } else {
            break;
        }
    }
    end
}

/// Rewrites a plain "invalid syntax" at `e.pos` into CPython's more specific message.
pub fn refine_invalid_syntax(src: &str, e: &CompileError) -> Option<CompileError> {
    let toks = line_tokens(src, e.pos);
    let k = toks.iter().position(|t| t.start == e.pos)?;
    let cur = toks[k];
    let cur_text = text(src, &cur);
    if k == 0 {
        return None;
    }
    // inside a bracket that is never closed CPython's parser reads on to the end of the file
    // and reports the bracket instead
    if let Some((_, at)) = super::parse_errors::unclosed_bracket(src) {
        if at < e.pos {
            return None;
        }
    }
    let prev = toks[k - 1];
    // `a b` inside brackets: "invalid syntax. Perhaps you forgot a comma?" over a..b
    if cur.depth > 0 && ends_expr(src, &prev) && starts_expr(src, &cur) {
        // the start of the element `a`: after the last ',', opening bracket, ':' or '=' at this depth
        let mut s = k - 1;
        let mut clause = false;
        while s > 0 {
            let p = &toks[s - 1];
            let t = text(src, p);
            if p.depth < cur.depth || (p.depth == cur.depth && p.kind == Kind::Op && matches!(t, "," | ":" | "=" | ":=")) {
                break;
            }
            // a star-argument's `*`/`**` is not part of the expression
            if p.depth == cur.depth && matches!(t, "*" | "**") && (s < 2 || toks[s - 2].depth < cur.depth || text(src, &toks[s - 2]) == ",") {
                break;
            }
            if p.depth == cur.depth && p.kind == Kind::Name && is_keyword(t) {
                clause = matches!(t, "for" | "in" | "if" | "else" | "async");
                break;
            }
            s -= 1;
        }
        let first = text(src, &toks[s]);
        let legacy = (first == "print" || first == "exec") && s + 1 == k;
        let name_string = toks[s].kind == Kind::Name && toks.get(s + 1).is_some_and(|t| t.kind == Kind::Str) && s + 1 == k;
        if !legacy && !name_string && !clause {
            return Some(CompileError {
                msg: "invalid syntax. Perhaps you forgot a comma?".into(),
                pos: toks[s].start,
                end: Some(expr_end(src, &toks, k)),
                kind: e.kind,
            });
        }
    }
    // `if x = 1:`: "Maybe you meant '==' or ':=' instead of '='?"
    if cur_text == "=" && k >= 2 && ends_expr(src, &prev) {
        let head = text(src, &toks[0]);
        let enclosing = {
            let mut j = k;
            while j > 0 && toks[j - 1].depth >= cur.depth {
                j -= 1;
            }
            if j > 0 {
                text(src, &toks[j - 1])
            } else {
                ""
            }
        };
        let in_condition = matches!(head, "if" | "elif" | "while") && (cur.depth == 0 || enclosing == "(");
        let in_display = cur.depth > 0 && {
            let mut j = k;
            while j > 0 && toks[j - 1].depth >= cur.depth {
                j -= 1;
            }
            j > 0 && matches!(text(src, &toks[j - 1]), "{" | "[")
        };
        if !(in_condition || in_display) {
            return None;
        }
        // the left operand: back to the keyword, ',', or opening bracket
        let mut s = k - 1;
        while s > 0 {
            let p = &toks[s - 1];
            let t = text(src, p);
            if p.depth < cur.depth || (p.depth == cur.depth && (matches!(t, "," | ":") || (p.kind == Kind::Name && is_keyword(t)))) {
                break;
            }
            s -= 1;
        }
        if s == k {
            return None;
        }
        // `a and b = c` is not an assignment-like mistake CPython recognises
        if s > 0 && toks[s - 1].depth == cur.depth && toks[s - 1].kind == Kind::Name && is_keyword(text(src, &toks[s - 1])) && s - 1 != 0 {
            return None;
        }
        let left_is_name = s + 1 == k && toks[s].kind == Kind::Name && !matches!(text(src, &toks[s]), "True" | "False" | "None");
        // the right operand: up to ':' / ',' / a closing bracket at this depth
        let mut r = k + 1;
        let mut end = cur.end;
        {
            while r < toks.len() {
                let t = &toks[r];
                let tt = text(src, t);
                let stops =
                    matches!(tt, ":" | "," | "=" | ":=" | ")" | "]" | "}" | "<" | ">" | "==" | "!=" | "<=" | ">=") || (t.kind == Kind::Name && is_keyword(tt));
                if t.kind == Kind::Newline || (t.depth == cur.depth && stops) || t.depth < cur.depth {
                    break;
                }
                end = t.end;
                r += 1;
            }
        }
        // CPython's rules require that no second '=' or ':=' follows
        if toks.get(r).is_some_and(|t| matches!(text(src, t), "=" | ":=")) {
            return None;
        }
        if left_is_name {
            return Some(CompileError {
                msg: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into(),
                pos: toks[s].start,
                end: Some(end),
                kind: e.kind,
            });
        }
        let what = match (toks[s].kind, s + 1 == k) {
            (Kind::Number | Kind::Str, true) => "literal",
            (Kind::Name, true) => "literal",
            _ if text(src, &toks[k - 1]) == ")" && toks[s].kind == Kind::Name => "function call",
            _ if text(src, &toks[k - 1]) == "]" => "subscript",
            _ if k >= 2 && text(src, &toks[k - 2]) == "." => "attribute",
            _ => "expression",
        };
        return Some(CompileError {
            msg: format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"),
            pos: toks[s].start,
            end: Some(toks[k - 1].end),
            kind: e.kind,
        });
    }
    None
}
