//! Tab completion at the prompt, as CPython's `rlcompleter` (plus module names after
//! `import`/`from`): keywords and the names of `__main__` and builtins, attributes of
//! `name.attr…` through `dir()`, with `(` after callables.

use rpy_vm::protocol::attr;
use rpy_vm::{ObjRef, Payload, Value, Vm};

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
    "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn str_of(vm: &Vm, v: &Value) -> Option<String> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => Some(vm.str_of(o)),
        _ => None,
    }
}

fn dict_keys(vm: &Vm, d: &ObjRef) -> Vec<String> {
    match &d.payload {
        Payload::Dict(data) => {
            let keys: Vec<Value> = data.borrow().keys();
            keys.iter().filter_map(|k| str_of(vm, k)).collect()
        }
        _ => Vec::new(),
    }
}

fn callable_suffix(vm: &mut Vm, v: &Value) -> &'static str {
    let f = vm.dict_get_str(&vm.builtins_dict.clone(), "callable");
    match f.map(|f| vm.call(&f, std::slice::from_ref(v))) {
        Some(Ok(Value::Bool(true))) => "(",
        _ => "",
    }
}

/// Completes the word ending at `pos`; returns where the replaced text starts and the
/// candidates.
pub fn complete(vm: &mut Vm, globals: &ObjRef, line: &str, pos: usize) -> (usize, Vec<String>) {
    let before = &line[..pos];
    if before.trim().is_empty() {
        return (pos, vec!["    ".to_string()]);
    }
    if let Some(r) = complete_import(vm, before) {
        return r;
    }
    let start = before.rfind(|c: char| !(is_ident(c) || c == '.')).map(|i| i + before[i..].chars().next().map_or(1, char::len_utf8)).unwrap_or(0);
    let word = &before[start..];
    let mut out = match word.rsplit_once('.') {
        Some((expr, prefix)) => attr_matches(vm, globals, expr, prefix).into_iter().map(|m| format!("{expr}.{m}")).collect(),
        None => global_matches(vm, globals, word),
    };
    out.sort();
    out.dedup();
    (start, out)
}

fn global_matches(vm: &mut Vm, globals: &ObjRef, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    for k in KEYWORDS.iter().filter(|k| k.starts_with(prefix)) {
        out.push(match *k {
            "finally" | "try" => format!("{k}:"),
            "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => k.to_string(),
            _ => format!("{k} "),
        });
    }
    let bd = vm.builtins_dict.clone();
    for d in [globals.clone(), bd] {
        for name in dict_keys(vm, &d) {
            if name.starts_with(prefix) && !KEYWORDS.contains(&name.as_str()) {
                let v = vm.dict_get_str(&d, &name).unwrap_or(Value::None);
                let suffix = callable_suffix(vm, &v);
                out.push(format!("{name}{suffix}"));
            }
        }
    }
    out
}

/// Attributes of the dotted name `expr` starting with `prefix`; names starting with `_` only
/// when the prefix does (and `__` ones only when it starts with `__`).
fn attr_matches(vm: &mut Vm, globals: &ObjRef, expr: &str, prefix: &str) -> Vec<String> {
    let mut parts = expr.split('.');
    let Some(head) = parts.next().filter(|h| !h.is_empty() && h.chars().all(is_ident)) else { return Vec::new() };
    let bd = vm.builtins_dict.clone();
    let Some(mut obj) = vm.dict_get_str(globals, head).or_else(|| vm.dict_get_str(&bd, head)) else { return Vec::new() };
    for p in parts {
        match attr::getattr_str(vm, &obj, p) {
            Ok(v) => obj = v,
            Err(_) => return Vec::new(),
        }
    }
    let Some(dir) = vm.dict_get_str(&bd, "dir") else { return Vec::new() };
    let names = match vm.call(&dir, std::slice::from_ref(&obj)) {
        Ok(Value::Obj(l)) => match &l.payload {
            Payload::List(items) => items.borrow().clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let mut out = Vec::new();
    let names: Vec<String> = names.iter().filter_map(|v| str_of(vm, v)).collect();
    for n in names {
        if !n.starts_with(prefix) {
            continue;
        }
        if prefix.is_empty() && n.starts_with('_') || prefix == "_" && n.starts_with("__") {
            continue;
        }
        let suffix = match attr::getattr_str(vm, &obj, &n) {
            Ok(v) => callable_suffix(vm, &v),
            Err(_) => "",
        };
        out.push(format!("{n}{suffix}"));
    }
    out
}

/// Module names after `import` or `from`: built-in modules and those on `sys.path`.
fn complete_import(vm: &mut Vm, before: &str) -> Option<(usize, Vec<String>)> {
    let t = before.trim_start();
    let rest = t.strip_prefix("import ").or_else(|| t.strip_prefix("from "))?;
    let word = rest.rsplit([' ', ',']).next().unwrap_or("");
    if rest.trim_start().contains(' ') && t.starts_with("from ") || !word.chars().all(|c| is_ident(c) || c == '.') {
        return None;
    }
    let start = before.len() - word.len();
    let (pkg, prefix) = match word.rsplit_once('.') {
        Some((p, x)) => (Some(p), x),
        None => (None, word),
    };
    let mut names: Vec<String> = Vec::new();
    let dirs: Vec<String> = match pkg {
        None => {
            names.extend(vm.native_modules.keys().cloned());
            names.extend(["sys".to_string(), "builtins".to_string()]);
            rpy_vm::import::sys_path(vm)
        }
        Some(p) => {
            let rel: std::path::PathBuf = p.split('.').collect();
            rpy_vm::import::sys_path(vm)
                .iter()
                .map(|d| std::path::Path::new(if d.is_empty() { "." } else { d }).join(&rel).to_string_lossy().into_owned())
                .collect()
        }
    };
    for d in dirs {
        let Ok(rd) = std::fs::read_dir(if d.is_empty() { "." } else { &d }) else { continue };
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let path = e.path();
            if let Some(stem) = name.strip_suffix(".py") {
                if stem != "__init__" && stem.chars().all(is_ident) {
                    names.push(stem.to_string());
                }
            } else if path.is_dir() && name.chars().all(is_ident) && !name.starts_with("__") {
                names.push(name);
            }
        }
    }
    let mut out: Vec<String> = names
        .into_iter()
        .filter(|n| n.starts_with(prefix))
        .map(|n| match pkg {
            Some(p) => format!("{p}.{n}"),
            None => n,
        })
        .collect();
    out.sort();
    out.dedup();
    Some((start, out))
}
