//! The interactive REPL: `>>> `/`... ` prompts (rustyline on a terminal, plain reads
//! otherwise), multi-line statements detected by the compiler's "incomplete input", results
//! shown through `sys.displayhook`, tracebacks that do not end the session.

use rpy_vm::compiler::{self, ErrorKind, Mode};
use rpy_vm::{ObjRef, Value, Vm};
use std::io::{BufRead, IsTerminal, Write};

enum Read {
    Line(String),
    Interrupted,
    Eof,
}

trait LineSource {
    fn read(&mut self, prompt: &str) -> Read;
    fn add_history(&mut self, _entry: &str) {}
}

struct Plain;

impl LineSource for Plain {
    fn read(&mut self, prompt: &str) -> Read {
        eprint!("{prompt}");
        let _ = std::io::stderr().flush();
        let mut s = String::new();
        match std::io::stdin().lock().read_line(&mut s) {
            Ok(0) | Err(_) => Read::Eof,
            Ok(_) => Read::Line(s.trim_end_matches('\n').to_string()),
        }
    }
}

struct Editor(rustyline::DefaultEditor, Option<std::path::PathBuf>);

impl LineSource for Editor {
    fn read(&mut self, prompt: &str) -> Read {
        match self.0.readline(prompt) {
            Ok(l) => Read::Line(l),
            Err(rustyline::error::ReadlineError::Interrupted) => Read::Interrupted,
            Err(_) => Read::Eof,
        }
    }
    fn add_history(&mut self, entry: &str) {
        let _ = self.0.add_history_entry(entry);
        if let Some(p) = &self.1 {
            let _ = self.0.append_history(p);
        }
    }
}

fn history_path() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("PYTHON_HISTORY") {
        return Some(p.into());
    }
    std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".rpy_history"))
}

fn sys_str(vm: &mut Vm, name: &str, default: &str) -> String {
    let v = vm.sys_dict.clone().and_then(|d| vm.dict_get_str(&d, name));
    match v {
        Some(v) => vm.to_string(&v).unwrap_or_else(|_| default.to_string()),
        None => default.to_string(),
    }
}

/// Runs the REPL in `main`'s namespace until EOF; returns the exit code.
pub fn run(vm: &mut Vm, main: &ObjRef, quiet: bool) -> Result<(), rpy_vm::PyErr> {
    let tty = std::io::stdin().is_terminal();
    let mut src: Box<dyn LineSource> = if tty {
        match rustyline::DefaultEditor::new() {
            Ok(mut ed) => {
                let hp = history_path();
                if let Some(p) = &hp {
                    let _ = ed.load_history(p);
                }
                Box::new(Editor(ed, hp))
            }
            Err(_) => Box::new(Plain),
        }
    } else {
        Box::new(Plain)
    };
    if !quiet {
        eprintln!("Python {} (rpy {}) on linux", crate::run::VERSION, env!("CARGO_PKG_VERSION"));
        eprintln!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    }
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
    let globals = match &main.payload {
        rpy_vm::Payload::Module { dict } => dict.clone(),
        _ => return Ok(()),
    };
    loop {
        let ps1 = sys_str(vm, "ps1", ">>> ");
        let mut buf = match src.read(&ps1) {
            Read::Line(l) => l,
            Read::Interrupted => {
                eprintln!("\nKeyboardInterrupt");
                continue;
            }
            Read::Eof => {
                if tty {
                    eprintln!();
                }
                return Ok(());
            }
        };
        // keep reading while the compiler says the statement is incomplete
        let code = loop {
            let opt = vm.settings.optimize;
            let r = compiler::compile(vm, &format!("{buf}\n"), "<stdin>", Mode::Single, opt);
            match r {
                Ok(c) => {
                    // a compound statement needs a blank line to end
                    if buf.lines().count() > 1
                        && !buf.ends_with('\n')
                        && buf.lines().last().map(|l| !l.trim().is_empty()).unwrap_or(false)
                        && starts_block(&buf)
                    {
                        let ps2 = sys_str(vm, "ps2", "... ");
                        match src.read(&ps2) {
                            Read::Line(l) => {
                                if l.trim().is_empty() {
                                    break Some(c);
                                }
                                buf.push('\n');
                                buf.push_str(&l);
                                continue;
                            }
                            Read::Interrupted => break None,
                            Read::Eof => break Some(c),
                        }
                    }
                    break Some(c);
                }
                Err(e)
                    if e.kind == ErrorKind::Incomplete
                        || (e.msg.starts_with("expected an indented block") && !buf.ends_with("\n"))
                        || buf.trim_end().ends_with(':') =>
                {
                    let ps2 = sys_str(vm, "ps2", "... ");
                    match src.read(&ps2) {
                        Read::Line(l) => {
                            if l.trim().is_empty() && !matches!(e.kind, ErrorKind::Incomplete) {
                                let err = rpy_vm::run::syntax_error(vm, &e, &buf, "<stdin>");
                                report(vm, err);
                                break None;
                            }
                            buf.push('\n');
                            buf.push_str(&l);
                        }
                        Read::Interrupted => {
                            eprintln!("\nKeyboardInterrupt");
                            break None;
                        }
                        Read::Eof => break None,
                    }
                }
                Err(e) => {
                    let err = rpy_vm::run::syntax_error(vm, &e, &buf, "<stdin>");
                    report(vm, err);
                    break None;
                }
            }
        };
        src.add_history(&buf);
        let Some(code) = code else { continue };
        if let Err(e) = rpy_vm::interp::run_code(vm, code, globals.clone(), None) {
            let se = vm.types.system_exit.clone();
            if vm.is_instance_of(&Value::Obj(e.0.clone()), &se) {
                return Err(e);
            }
            report(vm, e);
        }
    }
}

fn starts_block(buf: &str) -> bool {
    buf.lines().next().map(|l| l.trim_end().ends_with(':') || l.starts_with('@')).unwrap_or(false)
}

fn report(vm: &mut Vm, e: rpy_vm::PyErr) {
    let out = vm.sys_dict.clone().and_then(|d| vm.dict_get_str(&d, "stdout"));
    if let Some(o) = out {
        let _ = vm.call_method(&o, "flush", &[]);
    }
    let s = rpy_vm::error::traceback::format_exception(vm, &Value::Obj(e.0));
    let err = vm.sys_dict.clone().and_then(|d| vm.dict_get_str(&d, "stderr"));
    match err {
        Some(f) if !f.is_none() => {
            let v = vm.new_string(s);
            let _ = vm.call_method(&f, "write", &[v]);
            let _ = vm.call_method(&f, "flush", &[]);
        }
        _ => eprint!("{s}"),
    }
}
