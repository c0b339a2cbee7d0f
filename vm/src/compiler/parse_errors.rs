//! Turning parser failures into CPython's SyntaxError messages: unclosed brackets,
//! unterminated strings, missing indented blocks, the Python 2 print statement.

use super::{CompileError, ErrorKind};

/// CPython's tokenizer allows 200 nested brackets: the offset of the first one too many.
pub fn too_deep_brackets(src: &str) -> Option<usize> {
    let b = src.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let q = b[i];
                let triple = i + 2 < b.len() && b[i + 1] == q && b[i + 2] == q;
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if triple {
                        if i + 2 < b.len() && b[i] == q && b[i + 1] == q && b[i + 2] == q {
                            i += 3;
                            break;
                        }
                    } else if b[i] == q || b[i] == b'\n' {
                        i += 1;
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > 200 {
                    return Some(i);
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The innermost bracket still open at the end of `src` (skipping strings and comments).
pub fn unclosed_bracket(src: &str) -> Option<(char, usize)> {
    let b = src.as_bytes();
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c;
                let q = c;
                if triple {
                    i += 3;
                    while i + 2 < b.len() && !(b[i] == q && b[i + 1] == q && b[i + 2] == q) {
                        if b[i] == b'\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                    i += 3;
                } else {
                    i += 1;
                    while i < b.len() && b[i] != q && b[i] != b'\n' {
                        if b[i] == b'\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => stack.push((c as char, i)),
            b')' | b']' | b'}' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    stack.pop()
}

fn line_of(src: &str, pos: usize) -> usize {
    src[..pos.min(src.len())].bytes().filter(|b| *b == b'\n').count() + 1
}

/// Refines a raw parser failure into CPython's message and position.
pub fn refine(src: &str, mut e: CompileError) -> CompileError {
    if e.msg == "unexpected EOF while parsing" || (e.kind == ErrorKind::Incomplete) {
        if let Some((c, at)) = unclosed_bracket(src) {
            e.msg = format!("'{c}' was never closed");
            e.pos = at;
            e.end = None;
            e.kind = ErrorKind::Incomplete;
            return e;
        }
    }
    if e.msg == "unterminated string literal" || e.msg == "unterminated triple-quoted string literal" {
        let line = if e.msg.starts_with("unterminated triple") { src.lines().count().max(1) } else { line_of(src, e.pos) };
        e.msg = format!("{} (detected at line {line})", e.msg);
        e.kind = if e.msg.contains("triple") { ErrorKind::Incomplete } else { ErrorKind::Syntax };
        return e;
    }
    if e.msg == "expected an indented block" {
        let err_line = line_of(src, e.pos);
        let lines: Vec<&str> = src.lines().collect();
        let mut k = err_line.saturating_sub(1);
        while k > 0 {
            let l = lines.get(k - 1).map(|l| l.trim()).unwrap_or("");
            if l.is_empty() || l.starts_with('#') {
                k -= 1;
                continue;
            }
            let first = l.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
            let first = if first == "async" { l[5..].trim_start().split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("") } else { first };
            let what = match first {
                "if" | "elif" | "else" | "while" | "for" | "with" | "try" | "except" | "finally" | "match" | "case" => Some(format!("'{first}' statement")),
                "def" => Some("function definition".to_string()),
                "class" => Some("class definition".to_string()),
                _ => None,
            };
            if let Some(w) = what {
                e.msg = format!("expected an indented block after {w} on line {k}");
            }
            break;
        }
        return e;
    }
    if e.msg == "invalid syntax" {
        if let Some((c, at)) = unclosed_bracket(src) {
            if at < e.pos && line_of(src, at) < line_of(src, e.pos) {
                e.msg = format!("'{c}' was never closed");
                e.pos = at;
                e.end = None;
                return e;
            }
        }
        let start = src[..e.pos.min(src.len())].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let line_end = src[start..].find('\n').map(|i| start + i).unwrap_or(src.len());
        let line = &src[start..line_end];
        let indent = line.len() - line.trim_start().len();
        let t = line.trim_start();
        for kw in ["print", "exec"] {
            if let Some(rest) = t.strip_prefix(kw) {
                let r = rest.trim_start();
                if rest.starts_with(' ') && !r.is_empty() && !r.starts_with('(') && !r.starts_with('=') && !r.starts_with('.') && !r.starts_with('[') {
                    e.msg = format!("Missing parentheses in call to '{kw}'. Did you mean {kw}(...)?");
                    e.pos = start + indent;
                    e.end = Some(start + indent + t.trim_end().len());
                    return e;
                }
            }
        }
    }
    e
}
