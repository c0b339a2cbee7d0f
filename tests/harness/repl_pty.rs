//! The REPL on a real pseudo-terminal (rexpect): multi-line definitions, auto-indent, bracketed
//! paste, tab completion, Ctrl-C while code runs and while typing, history kept across
//! sessions, tracebacks with the source line, colour, and leaving with `exit` or Ctrl-D.
//!
//! Each test starts `rpy -q` with its own HOME and `PYTHON_HISTORY` in a temporary directory.
//! `RPY_BIN` selects the binary (default `target/debug/rpy`).

use rexpect::session::PtySession;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Generous: the machine may be busy building.
const TIMEOUT_MS: u64 = 20_000;

fn bin() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::env::var_os("RPY_BIN").map(PathBuf::from).unwrap_or_else(|| root.join("../target/debug/rpy"))
}

fn temp_home(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("rpy-repl-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temporary directory");
    d
}

fn spawn(home: &Path, color: bool) -> PtySession {
    let mut cmd = Command::new(bin());
    cmd.arg("-q").current_dir(home).env_clear().env("HOME", home).env("PYTHON_HISTORY", home.join("history")).env("TERM", "xterm").env("LANG", "C.UTF-8");
    if let Some(p) = std::env::var_os("PATH") {
        cmd.env("PATH", p);
    }
    if !color {
        cmd.env("NO_COLOR", "1");
    }
    rexpect::session::spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn rpy on a pty")
}

/// Waits for a fresh `>>> ` prompt.
fn prompt(p: &mut PtySession) {
    p.exp_string(">>> ").expect("the >>> prompt");
}

/// Types keys (without a newline).
fn keys(p: &mut PtySession, s: &str) {
    p.send(s).expect("send keys");
    p.flush().expect("flush keys");
}

fn quit(mut p: PtySession) {
    p.send_line("exit").expect("send exit");
    p.exp_eof().expect("rpy exits after `exit`");
}

#[test]
fn multi_line_function_definition_and_call() {
    let home = temp_home("def");
    let mut p = spawn(&home, false);
    prompt(&mut p);
    p.send_line("def double(x):").unwrap();
    // the body line starts indented by the editor: type only the code
    p.exp_string("...     ").unwrap();
    p.send_line("y = x * 2").unwrap();
    p.exp_string("...     ").unwrap();
    p.send_line("return y").unwrap();
    p.exp_string("...     ").unwrap();
    p.send_line("").unwrap();
    prompt(&mut p);
    p.send_line("double(21)").unwrap();
    p.exp_string("42").unwrap();
    prompt(&mut p);
    quit(p);
}

#[test]
fn auto_indent_nests_and_blank_line_ends_block() {
    let home = temp_home("indent");
    let mut p = spawn(&home, false);
    prompt(&mut p);
    p.send_line("for i in range(2):").unwrap();
    p.exp_string("...     ").unwrap();
    p.send_line("if i:").unwrap();
    p.exp_string("...         ").unwrap();
    p.send_line("print('odd', i)").unwrap();
    p.exp_string("...         ").unwrap();
    p.send_line("").unwrap();
    p.exp_string("odd 1").unwrap();
    prompt(&mut p);
    quit(p);
}

#[test]
fn bracketed_paste_keeps_indentation() {
    let home = temp_home("paste");
    let mut p = spawn(&home, false);
    prompt(&mut p);
    keys(&mut p, "\x1b[200~def tens(n):\n    out = []\n    for i in range(n):\n        out.append(i * 10)\n    return out\n\nprint(tens(3))\x1b[201~");
    p.send_line("").unwrap();
    p.exp_string("[0, 10, 20]").unwrap();
    prompt(&mut p);
    quit(p);
}

#[test]
fn tab_completion_of_names_attributes_and_modules() {
    let home = temp_home("tab");
    let mut p = spawn(&home, false);
    prompt(&mut p);
    p.send_line("unique_name_for_test = 7").unwrap();
    prompt(&mut p);
    keys(&mut p, "unique_na\t");
    p.exp_string("unique_name_for_test").unwrap();
    p.send_line("").unwrap();
    p.exp_string("7").unwrap();
    prompt(&mut p);
    keys(&mut p, "impo\t");
    p.exp_string("import ").unwrap();
    keys(&mut p, "ma\t");
    p.exp_string("math").unwrap();
    p.send_line("").unwrap();
    prompt(&mut p);
    keys(&mut p, "math.fact\t");
    p.exp_string("math.factorial(").unwrap();
    p.send_line("5)").unwrap();
    p.exp_string("120").unwrap();
    prompt(&mut p);
    quit(p);
}

#[test]
fn ctrl_c_interrupts_running_code_and_cancels_input() {
    let home = temp_home("ctrlc");
    let mut p = spawn(&home, false);
    prompt(&mut p);
    p.send_line("n = 0").unwrap();
    prompt(&mut p);
    p.send_line("while True: n += 1").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    prompt(&mut p);
    p.send_line("n > 0").unwrap();
    p.exp_string("True").unwrap();
    prompt(&mut p);
    // Ctrl-C while typing drops the line
    keys(&mut p, "this is not run");
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    prompt(&mut p);
    p.send_line("'still alive'").unwrap();
    p.exp_string("'still alive'").unwrap();
    prompt(&mut p);
    quit(p);
}

#[test]
fn history_persists_across_sessions() {
    let home = temp_home("history");
    let mut p = spawn(&home, false);
    prompt(&mut p);
    p.send_line("remembered = 12345").unwrap();
    prompt(&mut p);
    quit(p);
    let saved = std::fs::read_to_string(home.join("history")).expect("history file written");
    assert!(saved.contains("remembered = 12345"), "history file: {saved:?}");

    let mut p = spawn(&home, false);
    prompt(&mut p);
    // Up arrow recalls the last entry of the previous session (`exit` is not recorded
    // before it is run, so the assignment is one step further back when it is)
    keys(&mut p, "\x1b[A");
    p.exp_string("exit").ok();
    keys(&mut p, "\x1b[A");
    p.exp_string("remembered = 12345").unwrap();
    p.send_line("").unwrap();
    prompt(&mut p);
    p.send_line("remembered + 1").unwrap();
    p.exp_string("12346").unwrap();
    prompt(&mut p);
    // Ctrl-R searches the history
    p.send_control('r').unwrap();
    keys(&mut p, "rememb");
    p.exp_string("remembered").unwrap();
    p.send_control('g').unwrap();
    quit(p);
}

#[test]
fn traceback_shows_the_source_line() {
    let home = temp_home("traceback");
    let mut p = spawn(&home, false);
    prompt(&mut p);
    p.send_line("def f(x):").unwrap();
    p.exp_string("...     ").unwrap();
    p.send_line("return 10 // x").unwrap();
    p.exp_string("...     ").unwrap();
    p.send_line("").unwrap();
    prompt(&mut p);
    p.send_line("f(0)").unwrap();
    p.exp_string("Traceback (most recent call last):").unwrap();
    p.exp_string("File \"<python-input-1>\", line 1, in <module>").unwrap();
    p.exp_string("f(0)").unwrap();
    p.exp_string("File \"<python-input-0>\", line 2, in f").unwrap();
    p.exp_string("return 10 // x").unwrap();
    p.exp_string("ZeroDivisionError: integer division or modulo by zero").unwrap();
    prompt(&mut p);
    quit(p);
}

#[test]
fn colour_on_a_terminal() {
    let home = temp_home("colour");
    let mut p = spawn(&home, true);
    p.exp_string("\x1b[1;35m>>> \x1b[0m").unwrap();
    p.send_line("1/0").unwrap();
    p.exp_string("\x1b[1;35mZeroDivisionError\x1b[0m: \x1b[35mdivision by zero\x1b[0m").unwrap();
    quit(p);
}

#[test]
fn ctrl_d_and_exit_end_the_session() {
    let home = temp_home("eof");
    let mut p = spawn(&home, false);
    prompt(&mut p);
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    let mut p = spawn(&home, false);
    prompt(&mut p);
    p.send_line("quit").unwrap();
    p.exp_eof().unwrap();
    // a name defined by the user is shown, not obeyed
    let mut p = spawn(&home, false);
    prompt(&mut p);
    p.send_line("exit = 'mine'").unwrap();
    prompt(&mut p);
    p.send_line("exit").unwrap();
    p.exp_string("'mine'").unwrap();
    prompt(&mut p);
    p.send_line("raise SystemExit(3)").unwrap();
    p.exp_eof().unwrap();
    match p.process().wait().unwrap() {
        rexpect::process::WaitStatus::Exited(_, code) => assert_eq!(code, 3),
        other => panic!("unexpected status {other:?}"),
    }
}
