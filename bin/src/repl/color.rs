//! Colour on the terminal, as CPython 3.13's `_colorize`: on when stderr is a terminal, unless
//! `NO_COLOR` is set or `TERM=dumb`; `FORCE_COLOR` turns it on; `PYTHON_COLORS=0|1` decides
//! first. Prompts are bold magenta; tracebacks colour file names, line numbers, function names
//! and the exception line.

use std::io::IsTerminal;

const RESET: &str = "\x1b[0m";
const PROMPT: &str = "\x1b[1;35m";
const FILENAME: &str = "\x1b[35m";
const LINENO: &str = "\x1b[35m";
const FUNC: &str = "\x1b[35m";
const TYPE: &str = "\x1b[1;35m";
const MESSAGE: &str = "\x1b[35m";

fn set(name: &str) -> Option<String> {
    std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
}

/// Whether to colour output on stderr.
pub fn enabled(use_env: bool) -> bool {
    if use_env {
        match set("PYTHON_COLORS").as_deref() {
            Some("0") => return false,
            Some("1") => return true,
            _ => {}
        }
    }
    if set("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        return false;
    }
    if set("FORCE_COLOR").is_some_and(|v| !v.is_empty()) {
        return true;
    }
    if set("TERM").as_deref() == Some("dumb") {
        return false;
    }
    std::io::stderr().is_terminal()
}

pub fn prompt(p: &str) -> String {
    format!("{PROMPT}{p}{RESET}")
}

/// Colours a formatted traceback.
pub fn traceback(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let last = lines.iter().rposition(|l| !l.trim().is_empty() && !l.starts_with(' '));
    for (i, l) in lines.iter().enumerate() {
        if let Some(rest) = l.strip_prefix("  File \"") {
            // `  File "name", line N, in func`
            if let Some((file, after)) = rest.split_once("\", line ") {
                let (num, tail) = after.split_at(after.find(|c: char| !c.is_ascii_digit()).unwrap_or(after.len()));
                out.push_str(&format!("  File {FILENAME}\"{file}\"{RESET}, line {LINENO}{num}{RESET}"));
                match tail.strip_prefix(", in ") {
                    Some(f) => {
                        let (name, nl) = f.split_at(f.trim_end_matches('\n').len());
                        out.push_str(&format!(", in {FUNC}{name}{RESET}{nl}"));
                    }
                    None => out.push_str(tail),
                }
                continue;
            }
        }
        if Some(i) == last {
            let body = l.trim_end_matches('\n');
            let nl = &l[body.len()..];
            match body.split_once(": ") {
                Some((t, m)) => out.push_str(&format!("{TYPE}{t}{RESET}: {MESSAGE}{m}{RESET}{nl}")),
                None => out.push_str(&format!("{TYPE}{body}{RESET}{nl}")),
            }
            continue;
        }
        out.push_str(l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traceback_colours() {
        let t = "Traceback (most recent call last):\n  File \"<python-input-0>\", line 1, in <module>\nZeroDivisionError: division by zero\n";
        let c = traceback(t);
        assert!(c.contains("\x1b[1;35mZeroDivisionError\x1b[0m: \x1b[35mdivision by zero\x1b[0m\n"));
        assert!(c.contains("line \x1b[35m1\x1b[0m, in \x1b[35m<module>\x1b[0m\n"));
        assert_eq!(c.replace(RESET, "").replace(TYPE, "").replace(MESSAGE, ""), t);
    }
}
