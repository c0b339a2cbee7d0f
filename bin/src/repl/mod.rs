//! The interactive prompt. Statements are assembled line by line as CPython's interactive
//! tokenizer does (`>>> `/`... `, the compiler's "incomplete input", a blank line ending a
//! compound statement), compiled in "single" mode so expression values go through
//! `sys.displayhook`, and run in `__main__`. On a terminal the line editor of `editor.rs` is
//! used (3.13-style: auto-indent, paste, completion, history, colour, bare `exit`); otherwise
//! lines are read plainly from stdin with prompts on stderr, exactly like CPython 3.11.

mod color;
mod complete;
mod editor;
mod plain;

use crate::exit::{self, Status};
use crate::run::main_dict;
use rpy_vm::bytecode::CodeObject;
use rpy_vm::compiler::{self, ErrorKind, Mode};
use rpy_vm::{ObjRef, PyErr, Value, Vm};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

/// What one read from the user gives.
pub enum Read {
    /// one line, or several when pasted
    Text(String),
    Interrupted,
    Eof,
}

/// A source of input lines.
pub trait Input {
    /// Reads after showing `prompt`; `indent` is offered as the start of the line. No borrow
    /// of the interpreter may be held: completion uses it while the line is read.
    fn read(&mut self, prompt: &str, indent: &str) -> Read;
    fn add_history(&mut self, _entry: &str) {}
    /// The terminal editor (3.13-style behaviour) rather than plain reads.
    fn is_editor(&self) -> bool;
    /// Shows a traceback (coloured on a terminal that allows it).
    fn show_error(&mut self, vm: &mut Vm, e: &PyErr) {
        exit::print_exception(vm, e);
    }
}

/// The banner CPython prints on stderr for an interactive session.
pub fn banner(vm: &mut Vm, site: bool) {
    let version = rpy_lib::sys::version_string();
    let _ = vm;
    eprintln!("Python {version} on {}", std::env::consts::OS);
    if site {
        eprintln!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    }
}

/// Runs the `PYTHONSTARTUP` file in `__main__` (its `__file__` is set while it runs).
pub fn run_startup(vm: &mut Vm, main: &ObjRef, path: &str) {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            exit::write_stderr(vm, "Could not open PYTHONSTARTUP\n");
            let err = rpy_vm::error::host::io_error(vm, &e, Some(path));
            exit::print_exception(vm, &err);
            return;
        }
    };
    let d = main_dict(main);
    let f = vm.new_str(path);
    vm.dict_set_str(&d, "__file__", f);
    let r = rpy_vm::run::exec_source(vm, &String::from_utf8_lossy(&bytes), path, &d);
    let k = vm.new_str("__file__");
    let _ = rpy_vm::protocol::dictops::dict_pop(vm, &d, &k);
    if let Err(e) = r {
        let se = vm.types.system_exit.clone();
        if vm.is_instance_of(&Value::Obj(e.0.clone()), &se) {
            let code = exit::system_exit_code(vm, &e);
            let status = exit::finalize(vm, Status::Code(code));
            if let Status::Code(c) = status {
                std::process::exit(c);
            }
        }
        exit::print_exception(vm, &e);
    }
}

fn sys_str(vm: &mut Vm, name: &str, default: &str) -> String {
    let v = vm.sys_dict.clone().and_then(|d| vm.dict_get_str(&d, name));
    match v {
        Some(v) => vm.to_string(&v).unwrap_or_else(|_| default.to_string()),
        None => default.to_string(),
    }
}

/// Whether the first line of a statement opens a compound statement, which only a blank line
/// ends at the prompt.
fn starts_block(first: &str) -> bool {
    let code = first.split('#').next().unwrap_or("").trim_end();
    let word: String = first.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    code.ends_with(':') || first.trim_start().starts_with('@') || matches!(word.as_str(), "if" | "while" | "for" | "def" | "class" | "with" | "try" | "async")
}

/// The indentation to offer on the next line of a block (the editor's auto-indent).
fn next_indent(lines: &[String]) -> String {
    let Some(last) = lines.iter().rev().find(|l| !l.trim().is_empty()) else { return String::new() };
    let indent: String = last.chars().take_while(|c| *c == ' ' || *c == '\t').collect();
    let code = last.split('#').next().unwrap_or("").trim_end();
    if code.ends_with(':') {
        format!("{indent}    ")
    } else {
        indent
    }
}

/// A line at column 0 that starts a new statement (not `else:`, `except`, …).
fn starts_new_statement(line: &str) -> bool {
    let first = line.chars().next();
    if first.is_none_or(|c| c == ' ' || c == '\t' || c == '#') {
        return false;
    }
    let word: String = line.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    !matches!(word.as_str(), "else" | "elif" | "except" | "finally") && !line.starts_with(')') && !line.starts_with(']') && !line.starts_with('}')
}

struct Session<'a> {
    input: Box<dyn Input + 'a>,
    queue: VecDeque<String>,
    counter: usize,
}

enum Line {
    Text(String),
    Interrupted,
    Eof,
}

impl Session<'_> {
    fn next_line(&mut self, prompt: &str, indent: &str) -> Line {
        if let Some(l) = self.queue.pop_front() {
            return Line::Text(l);
        }
        match self.input.read(prompt, indent) {
            Read::Text(t) => {
                let mut lines = t.split('\n').map(|l| l.trim_end_matches('\r').to_string());
                let first = lines.next().unwrap_or_default();
                self.queue.extend(lines);
                Line::Text(first)
            }
            Read::Interrupted => Line::Interrupted,
            Read::Eof => Line::Eof,
        }
    }
}

/// Reads one statement; Ok(None) when there is nothing to run.
fn read_statement(vmc: &RefCell<Vm>, s: &mut Session, filename: &str) -> Result<Option<(String, Rc<CodeObject>)>, Line> {
    let ps1 = sys_str(&mut vmc.borrow_mut(), "ps1", ">>> ");
    let first = match s.next_line(&ps1, "") {
        Line::Text(t) => t,
        other => return Err(other),
    };
    let editor = s.input.is_editor();
    let mut lines = vec![first];
    let mut block = false;
    loop {
        let src = format!("{}\n", lines.join("\n"));
        if lines.len() == 1 && lines[0].trim().is_empty() {
            return Ok(None);
        }
        if !block {
            let vm = &mut *vmc.borrow_mut();
            let opt = vm.settings.optimize;
            match compiler::compile(vm, &src, filename, Mode::Single, opt) {
                Err(e) if e.kind == ErrorKind::Incomplete => {}
                r if starts_block(&lines[0]) => {
                    if r.is_ok() || e_is_block(&r) {
                        block = true;
                    } else if let Err(e) = r {
                        let err = rpy_vm::run::syntax_error(vm, &e, &src, filename);
                        s.input.show_error(vm, &err);
                        return Ok(None);
                    }
                }
                Ok(code) => return Ok(Some((src, code))),
                Err(e) => {
                    let err = rpy_vm::run::syntax_error(vm, &e, &src, filename);
                    s.input.show_error(vm, &err);
                    return Ok(None);
                }
            }
        }
        let ps2 = sys_str(&mut vmc.borrow_mut(), "ps2", "... ");
        let indent = if editor && block { next_indent(&lines) } else { String::new() };
        let line = match s.next_line(&ps2, &indent) {
            Line::Text(t) => t,
            Line::Interrupted => return Err(Line::Interrupted),
            Line::Eof if block => {
                // CPython ends the line the prompt was on, then runs the block
                exit::write_stderr(&mut vmc.borrow_mut(), "\n");
                String::new()
            }
            Line::Eof => {
                // end of input inside an unfinished statement
                return Err(Line::Eof);
            }
        };
        let ends_block = block && (line.trim().is_empty() || (editor && starts_new_statement(&line)));
        if ends_block {
            if !line.trim().is_empty() {
                s.queue.push_front(line);
            }
            let src = format!("{}\n", lines.join("\n"));
            let vm = &mut *vmc.borrow_mut();
            let opt = vm.settings.optimize;
            return match compiler::compile(vm, &src, filename, Mode::Single, opt) {
                Ok(code) => Ok(Some((src, code))),
                Err(e) => {
                    let err = rpy_vm::run::syntax_error(vm, &e, &src, filename);
                    s.input.show_error(vm, &err);
                    Ok(None)
                }
            };
        }
        lines.push(line);
    }
}

/// A compile error that more lines of a block can fix.
fn e_is_block<T>(r: &Result<T, compiler::CompileError>) -> bool {
    match r {
        Err(e) => e.kind == ErrorKind::Indentation || e.msg.starts_with("expected an indented block") || e.msg.starts_with("expected 'except' or 'finally'"),
        Ok(_) => true,
    }
}

/// Runs the interactive loop in `main`'s namespace until end of input or SystemExit; returns
/// the interpreter and the exit status. The interpreter is shared with the line editor, which
/// uses it for completion while a line is read.
pub fn run(vm: Vm, main: &ObjRef) -> (Vm, Status) {
    let vmc = Rc::new(RefCell::new(vm));
    let status = session(&vmc, main);
    let vm = match Rc::try_unwrap(vmc) {
        Ok(cell) => cell.into_inner(),
        Err(_) => unreachable!("the editor is dropped with the session"),
    };
    (vm, status)
}

fn session(vmc: &Rc<RefCell<Vm>>, main: &ObjRef) -> Status {
    {
        let vm = &mut *vmc.borrow_mut();
        if let Some(d) = vm.sys_dict.clone() {
            if vm.dict_get_str(&d, "ps1").is_none() {
                let p = vm.new_str(">>> ");
                vm.dict_set_str(&d, "ps1", p);
            }
            if vm.dict_get_str(&d, "ps2").is_none() {
                let p = vm.new_str("... ");
                vm.dict_set_str(&d, "ps2", p);
            }
        }
    }
    let globals = main_dict(main);
    let input: Box<dyn Input> = match editor::Editor::open(vmc.clone(), globals.clone()) {
        Some(e) => Box::new(e),
        None => Box::new(plain::Plain),
    };
    let mut s = Session { input, queue: VecDeque::new(), counter: 0 };
    loop {
        flush_stdout(&mut vmc.borrow_mut());
        let filename = if s.input.is_editor() { format!("<python-input-{}>", s.counter) } else { "<stdin>".to_string() };
        let r = read_statement(vmc, &mut s, &filename);
        let vm = &mut *vmc.borrow_mut();
        let (src, code) = match r {
            Ok(Some(x)) => x,
            Ok(None) => continue,
            Err(Line::Interrupted) => {
                s.queue.clear();
                exit::write_stderr(vm, "\nKeyboardInterrupt\n");
                continue;
            }
            Err(_) => {
                exit::write_stderr(vm, "\n");
                return Status::Code(0);
            }
        };
        s.input.add_history(src.trim_end_matches('\n'));
        if s.input.is_editor() {
            s.counter += 1;
            vm.source_cache.insert(filename.clone(), src.as_str().into());
            let cmd = src.trim();
            if (cmd == "exit" || cmd == "quit") && vm.dict_get_str(&globals, cmd).is_none() {
                return Status::Code(0);
            }
        }
        vm.interrupt.store(false, std::sync::atomic::Ordering::SeqCst);
        if let Err(e) = rpy_vm::interp::run_code(vm, code, globals.clone(), None) {
            let se = vm.types.system_exit.clone();
            if vm.is_instance_of(&Value::Obj(e.0.clone()), &se) {
                return Status::Code(exit::system_exit_code(vm, &e));
            }
            s.input.show_error(vm, &e);
        }
    }
}

fn flush_stdout(vm: &mut Vm) {
    if let Some(f) = vm.sys_dict.clone().and_then(|d| vm.dict_get_str(&d, "stdout")) {
        if !f.is_none() {
            let _ = vm.call_method(&f, "flush", &[]);
        }
    }
}
