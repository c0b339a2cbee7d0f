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
                i = string_end(src, i);
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
                i = string_end(src, i);
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

/// The index just past the string literal whose quote is at `i`; an unterminated one ends
/// with its line (or, triple-quoted, with the source).
fn string_end(src: &str, i: usize) -> usize {
    match super::lex_errors::skip_string(src, i) {
        Ok(n) => n,
        Err(e) if e.kind == ErrorKind::Incomplete => src.len(),
        Err(_) => src[i..].find('\n').map(|k| i + k + 1).unwrap_or(src.len()),
    }
}

fn line_of(src: &str, pos: usize) -> usize {
    src[..pos.min(src.len())].bytes().filter(|b| *b == b'\n').count() + 1
}

/// Refines a raw parser failure into CPython's message and position.
pub fn refine(src: &str, e: CompileError) -> CompileError {
    // CPython tokenizes the whole source after a parser error and reports a tokenizer error
    // instead if there is one (_PyPegen_tokenize_full_source_to_check_for_errors); errors the
    // tokenizer raised itself (indentation) come first.
    let limit = if matches!(e.kind, ErrorKind::Indentation | ErrorKind::Tab) { e.pos } else { usize::MAX };
    if let Some(t) = super::lex_errors::tokenizer_error(src, limit) {
        if t.pos <= e.pos || !matches!(e.kind, ErrorKind::Indentation | ErrorKind::Tab) {
            return t;
        }
    }
    let mut e = refine_parser(src, e);
    if e.msg == "invalid syntax" && e.end.is_none() {
        // an error inside a bracket that is never closed: CPython's parser reads on to the end
        // of the file and reports the bracket
        let starts_operand = src[e.pos.min(src.len())..].starts_with(|ch: char| ch.is_alphanumeric() || ch == '_' || ch == '\'' || ch == '"');
        if let Some((c, at)) = unclosed_bracket(src).filter(|_| starts_operand) {
            if at < e.pos {
                e.msg = format!("'{c}' was never closed");
                e.pos = at;
                return e;
            }
        }
        if let Some(h) = super::hints::refine_invalid_syntax(src, &e) {
            return h;
        }
    }
    if e.msg == "invalid syntax" && e.end.is_none() && e.pos < src.len() {
        // CPython underlines the whole offending token
        let end = super::lex_errors::token_end(src, e.pos).min(src.len());
        if end > e.pos && !src[e.pos..end].contains('\n') {
            e.end = Some(end);
        }
    }
    e
}

fn refine_parser(src: &str, mut e: CompileError) -> CompileError {
    let pos = e.pos.min(src.len());
    let line_start = src[..pos].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let line_end = src[line_start..].find('\n').map(|i| line_start + i).unwrap_or(src.len());
    if e.msg == "unexpected indent" {
        // CPython's offset is the width of the indentation
        let indent = src[line_start..line_end].len() - src[line_start..line_end].trim_start_matches([' ', '\t', '\x0c']).len();
        if indent > 0 {
            e.pos = line_start + indent - 1;
            e.end = None;
        }
        return e;
    }
    if e.msg == "unindent does not match any outer indentation level" {
        // reported with the tokenizer at the end of the line
        e.pos = line_end;
        e.end = None;
        return e;
    }
    if let Some(tok) = e.msg.strip_prefix("Got unexpected token ") {
        // the lexer reports the position after the character
        let tok = tok.to_string();
        if !src[e.pos.min(src.len())..].starts_with(tok.as_str()) && src[..e.pos.min(src.len())].ends_with(tok.as_str()) {
            e.pos -= tok.len();
        }
        e.msg = "invalid syntax".into();
    }
    if e.msg == "Invalid Token" || e.msg.contains("ParseBigIntError") {
        e.msg = "invalid syntax".into();
    }
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
        if let Some(at) = missing_colon(src, e.pos) {
            e.msg = "expected ':'".into();
            e.pos = at;
            e.end = None;
            return e;
        }
        let start = src[..e.pos.min(src.len())].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let line_end = src[start..].find('\n').map(|i| start + i).unwrap_or(src.len());
        let line = &src[start..line_end];
        let indent = line.len() - line.trim_start().len();
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix("yield") {
            if !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_') && assigns(rest) {
                e.msg = "assignment to yield expression not possible".into();
                e.pos = start + indent;
                e.end = None;
                return e;
            }
        }
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

/// Does a statement's text contain a plain `=` (an assignment, not `==`, `<=`, `>=`, `!=`)
/// outside brackets?
fn assigns(t: &str) -> bool {
    let b = t.as_bytes();
    let mut depth = 0i32;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b'#' => return false,
            b'=' if depth == 0 => {
                let prev = if i > 0 { b[i - 1] } else { b' ' };
                let next = b.get(i + 1).copied().unwrap_or(b' ');
                if !matches!(prev, b'=' | b'<' | b'>' | b'!' | b':') && next != b'=' {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// A compound statement's header that ends without its colon, on the line of the parser's
/// failure or the one before: the offset just after the header's last token.
fn missing_colon(src: &str, err_pos: usize) -> Option<usize> {
    let err_line = line_of(src, err_pos);
    let mut line_start = 0;
    let mut starts = Vec::new();
    for (n, l) in src.split('\n').enumerate() {
        starts.push((n + 1, line_start, l));
        line_start += l.len() + 1;
    }
    for &(n, off, l) in starts.iter().rev() {
        if n > err_line || n + 1 < err_line {
            continue;
        }
        let t = l.trim_start();
        let word = t.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
        let word = if word == "async" { t[5..].trim_start().split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("") } else { word };
        let needs_expr = matches!(word, "if" | "elif" | "while" | "for" | "with" | "def" | "class" | "except");
        let needs_expr = needs_expr && (n > 1 || !matches!(word, "elif" | "except"));
        let bare = matches!(word, "try") || (matches!(word, "else" | "finally") && n > 1);
        if !(needs_expr || bare) {
            continue;
        }
        // the logical line: continue through open brackets
        let mut depth = 0i32;
        let mut last_token_end = None;
        let mut newline_at;
        let mut k = starts.iter().position(|s| s.0 == n)?;
        loop {
            let (_, loff, ltext) = starts[k];
            let code = strip_comment(ltext.trim_end_matches('\r'));
            // where the NEWLINE token starts: at a comment, else at the end of the line
            newline_at = loff + code.len();
            for (i, c) in code.char_indices() {
                match c {
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' | '}' => depth -= 1,
                    _ => {}
                }
                if !c.is_whitespace() {
                    last_token_end = Some(loff + i + c.len_utf8());
                }
            }
            if depth <= 0 || k + 1 >= starts.len() {
                break;
            }
            k += 1;
        }
        let end = last_token_end?;
        if src[..end].ends_with(':') || depth > 0 {
            return None;
        }
        // a bare keyword needs nothing after it; an expression-taking one needs something
        let header = src[off..end].trim();
        if needs_expr && header.len() <= word.len() {
            return None;
        }
        if bare && header != word {
            return None;
        }
        // only when the parser stopped at the end of the header (where the colon belongs), not
        // inside it (`for i in x print(i)` is plain invalid syntax)
        if err_pos < newline_at {
            return None;
        }
        return Some(newline_at);
    }
    None
}

/// The code part of a line (a `#` outside strings starts a comment).
fn strip_comment(l: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in l.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '#' => return &l[..i],
                '\'' | '"' => quote = Some(c),
                _ => {}
            },
        }
    }
    l
}
