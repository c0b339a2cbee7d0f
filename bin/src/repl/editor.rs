//! The line editor on a terminal (rustyline): emacs keys, Ctrl-R history search, bracketed
//! paste, auto-indent (the next line starts with the block's indentation), tab completion,
//! coloured prompts and tracebacks, and history persisted in `~/.rpy_history` (or
//! `PYTHON_HISTORY`), appended after every statement so a crash loses nothing.

use super::{color, complete, Input, Read};
use rpy_vm::{ObjRef, PyErr, Value, Vm};
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::{DefaultHistory, History};
use rustyline::validate::Validator;
use rustyline::{ColorMode, Config, Context};
use std::borrow::Cow;
use std::cell::RefCell;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::rc::Rc;

pub struct Editor {
    ed: rustyline::Editor<Helper, DefaultHistory>,
    history_path: Option<PathBuf>,
    color: bool,
}

/// What the editor calls back into while reading a line: the interpreter, for completion.
struct Helper {
    vm: Rc<RefCell<Vm>>,
    globals: ObjRef,
    color: bool,
}

impl Completer for Helper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let Ok(mut vm) = self.vm.try_borrow_mut() else { return Ok((pos, Vec::new())) };
        let (start, words) = complete::complete(&mut vm, &self.globals, line, pos);
        Ok((start, words.into_iter().map(|w| Pair { display: w.clone(), replacement: w }).collect()))
    }
}

impl Hinter for Helper {
    type Hint = String;
}

impl Highlighter for Helper {
    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(&'s self, prompt: &'p str, default: bool) -> Cow<'b, str> {
        if self.color && default {
            Cow::Owned(color::prompt(prompt))
        } else {
            Cow::Borrowed(prompt)
        }
    }
}

impl Validator for Helper {}

impl rustyline::Helper for Helper {}

fn history_path(use_env: bool) -> Option<PathBuf> {
    if use_env {
        if let Some(p) = std::env::var_os("PYTHON_HISTORY").filter(|p| !p.is_empty()) {
            return Some(p.into());
        }
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".rpy_history"))
}

impl Editor {
    /// The editor, when stdin is a terminal.
    pub fn open(vm: Rc<RefCell<Vm>>, globals: ObjRef) -> Option<Editor> {
        if !std::io::stdin().is_terminal() {
            return None;
        }
        let use_env = !vm.borrow().settings.ignore_environment;
        let color = color::enabled(use_env);
        let config = Config::builder()
            .auto_add_history(false)
            .bracketed_paste(true)
            .max_history_size(10_000)
            .ok()?
            .history_ignore_dups(false)
            .ok()?
            .color_mode(if color { ColorMode::Forced } else { ColorMode::Disabled })
            .build();
        let mut history = DefaultHistory::with_config(&config);
        let history_path = history_path(use_env);
        if let Some(p) = &history_path {
            let _ = history.load(p);
        }
        let mut ed = rustyline::Editor::with_history(config, history).ok()?;
        ed.set_helper(Some(Helper { vm, globals, color }));
        Some(Editor { ed, history_path, color })
    }
}

impl Input for Editor {
    fn read(&mut self, prompt: &str, indent: &str) -> Read {
        match self.ed.readline_with_initial(prompt, (indent, "")) {
            Ok(line) => Read::Text(line),
            Err(rustyline::error::ReadlineError::Interrupted) => Read::Interrupted,
            Err(_) => Read::Eof,
        }
    }

    fn add_history(&mut self, entry: &str) {
        if entry.trim().is_empty() {
            return;
        }
        let h = self.ed.history_mut();
        let _ = h.add(entry);
        if let Some(p) = &self.history_path {
            let _ = h.append(p);
        }
    }

    fn is_editor(&self) -> bool {
        true
    }

    fn show_error(&mut self, vm: &mut Vm, e: &PyErr) {
        // the default hook's text, coloured; a hook the user installed is called as usual
        let hook = vm.sys_dict.clone().and_then(|d| vm.dict_get_str(&d, "excepthook"));
        let default = vm.sys_dict.clone().and_then(|d| vm.dict_get_str(&d, "__excepthook__"));
        let is_default = matches!((&hook, &default), (Some(Value::Obj(a)), Some(Value::Obj(b))) if a.is(b));
        if !self.color || !is_default {
            crate::exit::print_exception(vm, e);
            return;
        }
        if let Some(sd) = vm.sys_dict.clone() {
            let exc = Value::Obj(e.0.clone());
            let ty = Value::Obj(vm.type_of(&exc));
            vm.dict_set_str(&sd, "last_type", ty);
            vm.dict_set_str(&sd, "last_value", exc);
        }
        let text = rpy_vm::error::traceback::format_exception(vm, &Value::Obj(e.0.clone()));
        crate::exit::write_stderr(vm, &color::traceback(&text));
    }
}
