//! Compile-time SyntaxWarnings as CPython's compiler issues them ("is" with a literal, an
//! assert on a tuple, calling or indexing a literal "perhaps you missed a comma?"), and their
//! emission through `sys.stderr` under the `-W` options (`error` turns them into SyntaxError).

use super::ast::{self, Expr};
use super::{CompileError, ErrorKind};
use crate::vm::Vm;

/// The type name of a constant (what CPython's `infer_type` gives).
fn constant_type(c: &ast::Constant) -> &'static str {
    match c {
        ast::Constant::None => "NoneType",
        ast::Constant::Bool(_) => "bool",
        ast::Constant::Str(_) => "str",
        ast::Constant::Bytes(_) => "bytes",
        ast::Constant::Int(_) => "int",
        ast::Constant::Tuple(_) => "tuple",
        ast::Constant::Float(_) => "float",
        ast::Constant::Complex { .. } => "complex",
        ast::Constant::Ellipsis => "ellipsis",
    }
}

/// The type of an expression CPython's AST optimiser folds to a constant (a literal, a signed
/// number, a tuple of constants), or None.
fn folded_type(e: &Expr) -> Option<&'static str> {
    match e {
        Expr::Constant(c) => Some(constant_type(&c.value)),
        Expr::UnaryOp(u) if !matches!(u.op, ast::UnaryOp::Not) => match folded_type(&u.operand)? {
            t @ ("int" | "float" | "complex") => Some(t),
            "bool" => Some("int"),
            _ => None,
        },
        Expr::Tuple(t) if t.elts.iter().all(|x| folded_type(x).is_some()) => Some("tuple"),
        _ => None,
    }
}

/// CPython's `check_is_arg`: true for anything but a folded non-singleton constant.
fn is_arg_ok(e: &Expr) -> bool {
    match e {
        Expr::Constant(c) => matches!(c.value, ast::Constant::None | ast::Constant::Bool(_) | ast::Constant::Ellipsis),
        _ => folded_type(e).is_none(),
    }
}

/// `x is 1` / `x is not "a"`.
pub fn check_compare(c: &ast::ExprCompare) -> Option<&'static str> {
    let mut left = is_arg_ok(&c.left);
    for (op, right_e) in c.ops.iter().zip(c.comparators.iter()) {
        let right = is_arg_ok(right_e);
        match op {
            ast::CmpOp::Is if !(left && right) => return Some("\"is\" with a literal. Did you mean \"==\"?"),
            ast::CmpOp::IsNot if !(left && right) => return Some("\"is not\" with a literal. Did you mean \"!=\"?"),
            _ => {}
        }
        left = right;
    }
    None
}

/// `assert (cond, "message")`.
pub fn check_assert(test: &Expr) -> Option<&'static str> {
    match test {
        Expr::Tuple(t) if !t.elts.is_empty() => Some("assertion is always true, perhaps remove parentheses?"),
        _ => None,
    }
}

/// What CPython's `infer_type` knows about an expression's type.
fn infer_type(e: &Expr) -> Option<&'static str> {
    match e {
        Expr::Tuple(_) => Some("tuple"),
        Expr::List(_) | Expr::ListComp(_) => Some("list"),
        Expr::Dict(_) | Expr::DictComp(_) => Some("dict"),
        Expr::Set(_) | Expr::SetComp(_) => Some("set"),
        Expr::GeneratorExp(_) => Some("generator"),
        Expr::Lambda(_) => Some("function"),
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => Some("str"),
        _ => folded_type(e),
    }
}

/// `"abc"(x)`: a literal called.
pub fn check_call(func: &Expr) -> Option<String> {
    let callable_kind = matches!(
        func,
        Expr::Constant(_)
            | Expr::Tuple(_)
            | Expr::List(_)
            | Expr::ListComp(_)
            | Expr::Dict(_)
            | Expr::DictComp(_)
            | Expr::Set(_)
            | Expr::SetComp(_)
            | Expr::GeneratorExp(_)
            | Expr::JoinedStr(_)
            | Expr::FormattedValue(_)
    );
    if !callable_kind {
        return None;
    }
    Some(format!("'{}' object is not callable; perhaps you missed a comma?", infer_type(func)?))
}

/// `[1, 2][a, b]`-style subscripts of literals (loads only).
pub fn check_subscript(value: &Expr, slice: &Expr) -> Option<String> {
    let subscriptable_error = match value {
        Expr::Constant(c) => {
            matches!(c.value, ast::Constant::None | ast::Constant::Ellipsis | ast::Constant::Int(_) | ast::Constant::Float(_) | ast::Constant::Complex { .. })
        }
        Expr::Set(_) | Expr::SetComp(_) | Expr::GeneratorExp(_) | Expr::Lambda(_) => true,
        Expr::UnaryOp(_) => matches!(folded_type(value), Some("int" | "float" | "complex")),
        _ => false,
    };
    if subscriptable_error {
        return Some(format!("'{}' object is not subscriptable; perhaps you missed a comma?", infer_type(value)?));
    }
    let index_type = match slice {
        Expr::Slice(_) => return None,
        _ => infer_type(slice)?,
    };
    if matches!(index_type, "int" | "bool") {
        return None;
    }
    let sequence = match value {
        Expr::Constant(c) => matches!(c.value, ast::Constant::Str(_) | ast::Constant::Bytes(_) | ast::Constant::Tuple(_)),
        Expr::Tuple(_) | Expr::List(_) | Expr::ListComp(_) | Expr::JoinedStr(_) | Expr::FormattedValue(_) => true,
        _ => false,
    };
    if !sequence {
        return None;
    }
    Some(format!("{} indices must be integers or slices, not {index_type}; perhaps you missed a comma?", infer_type(value)?))
}

/// The action the `-W` options give SyntaxWarnings (the last matching option wins).
fn action(vm: &Vm, msg: &str) -> char {
    let mut act = 'd';
    for opt in &vm.settings.warnoptions {
        let mut parts = opt.split(':');
        let a = parts.next().unwrap_or("").trim();
        let message = parts.next().unwrap_or("").trim();
        let category = parts.next().unwrap_or("").trim();
        if !matches!(category, "" | "SyntaxWarning" | "Warning" | "builtins.SyntaxWarning" | "builtins.Warning") {
            continue;
        }
        if !message.is_empty() && !msg.to_lowercase().starts_with(&message.to_lowercase()) {
            continue;
        }
        if let Some(c) = a.chars().next() {
            if "deiamo".contains(c) {
                act = c;
            }
        }
    }
    act
}

/// Emits the compiler's warnings (byte range, message) in order: printed to `sys.stderr`
/// as `warnings.showwarning` does, or raised as SyntaxError under `-W error`.
pub fn emit(vm: &mut Vm, filename: &str, source: &str, warnings: &[(usize, usize, String)]) -> Result<(), CompileError> {
    let idx = ast::LineIndex::new(source);
    for (pos, end, msg) in warnings {
        let (line, _) = idx.locate((*pos).min(source.len()));
        // compile-time warnings have no registry: "default" shows every occurrence
        match action(vm, msg) {
            'i' => continue,
            'e' => return Err(CompileError { msg: msg.clone(), pos: *pos, end: Some(*end), kind: ErrorKind::Syntax }),
            _ => {}
        }
        // linecache finds the line only for a file that exists
        let mut text = format!("{filename}:{line}: SyntaxWarning: {msg}\n");
        if !filename.starts_with('<') && std::path::Path::new(filename).is_file() {
            let start = idx.line_start(line);
            let l = source[start..].split('\n').next().unwrap_or("").trim();
            if !l.is_empty() {
                text.push_str(&format!("  {l}\n"));
            }
        }
        write_stderr(vm, &text);
    }
    Ok(())
}

fn write_stderr(vm: &mut Vm, text: &str) {
    let stderr = vm.sys_dict.clone().and_then(|d| vm.dict_get_str(&d, "stderr"));
    if let Some(err) = stderr.filter(|e| !e.is_none()) {
        let s = vm.new_str(text);
        if vm.call_method(&err, "write", &[s]).is_ok() {
            return;
        }
    }
    let _ = crate::error::traceback::print_to_stderr(text);
}
