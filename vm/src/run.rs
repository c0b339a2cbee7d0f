//! Compiling and running source text: modules, `exec`/`eval` strings, and turning compile
//! errors into `SyntaxError` instances.

use crate::compiler::{self, CompileError, ErrorKind, Mode};
use crate::error::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// Builds the SyntaxError (or IndentationError/TabError) for a compile error.
pub fn syntax_error(vm: &mut Vm, e: &CompileError, source: &str, filename: &str) -> PyErr {
    let idx = compiler::ast::LineIndex::new(source);
    let pos = e.pos.min(source.len());
    let (line, col) = idx.locate(pos);
    let start = idx.line_start(line);
    let line_text: String = source[start..].split('\n').next().unwrap_or("").trim_end_matches('\r').to_string();
    let col_chars = source[start..(start + col as usize).min(source.len())].chars().count();
    let (end_line, end_col) = match e.end {
        Some(end) => {
            let (el, ec) = idx.locate(end.min(source.len()));
            if el != line {
                (line as i64, line_text.chars().count() as i64 + 1)
            } else {
                let es = idx.line_start(el);
                let ec_chars = source[es..(es + ec as usize).min(source.len())].chars().count();
                (el as i64, ec_chars as i64 + 1)
            }
        }
        None => (line as i64, col_chars as i64 + 1),
    };
    if e.kind == ErrorKind::Recursion {
        let t = vm.types.recursion_error.clone();
        return vm.new_error(&t, &e.msg);
    }
    let t = match e.kind {
        ErrorKind::Indentation => vm.types.indentation_error.clone(),
        ErrorKind::Tab => vm.types.tab_error.clone(),
        _ => vm.types.syntax_error.clone(),
    };
    let msg = vm.new_str(&e.msg);
    let fname = vm.new_str(filename);
    let text = if line_text.is_empty() && pos >= source.len() { Value::None } else { vm.new_str(&format!("{line_text}\n")) };
    let details =
        vm.new_tuple(vec![fname.clone(), Value::Int(line as i64), Value::Int(col_chars as i64 + 1), text.clone(), Value::Int(end_line), Value::Int(end_col)]);
    let exc = vm.new_exception(&t, vec![msg.clone(), details]);
    vm.set_attr_raw(&exc, "msg", msg);
    vm.set_attr_raw(&exc, "filename", fname);
    vm.set_attr_raw(&exc, "lineno", Value::Int(line as i64));
    vm.set_attr_raw(&exc, "offset", Value::Int(col_chars as i64 + 1));
    vm.set_attr_raw(&exc, "text", text);
    vm.set_attr_raw(&exc, "end_lineno", Value::Int(end_line));
    vm.set_attr_raw(&exc, "end_offset", Value::Int(end_col));
    vm.set_attr_raw(&exc, "print_file_and_line", Value::None);
    PyErr(exc)
}

pub fn compile(vm: &mut Vm, source: &str, filename: &str, mode: Mode) -> PyResult<Rc<crate::bytecode::CodeObject>> {
    let opt = vm.settings.optimize;
    compiler::compile(vm, source, filename, mode, opt).map_err(|e| syntax_error(vm, &e, source, filename))
}

/// Compiles and runs module source in `globals`.
pub fn exec_source(vm: &mut Vm, source: &str, filename: &str, globals: &ObjRef) -> PyResult<Value> {
    let code = compile(vm, source, filename, Mode::Exec)?;
    crate::interp::run_code(vm, code, globals.clone(), None)
}
