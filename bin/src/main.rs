//! The `rpy` binary: parses the command line like `python`, builds the interpreter on a
//! thread with a large stack, runs the script / `-c` / `-m` / stdin, and maps the outcome to
//! CPython's exit codes.

mod cli;
mod repl;
mod run;

use std::process::ExitCode;

/// Stack for the thread that runs Python code: deep recursion in native code (nested repr,
/// the compiler, native→Python re-entry) is bounded by checks well before this is used up.
const STACK_SIZE: usize = 1 << 30;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().collect();
    let parsed = match cli::parse(&argv) {
        Ok(p) => p,
        Err(cli::CliError::Usage(msg)) => {
            eprintln!("{msg}");
            eprintln!("{}", cli::USAGE);
            eprintln!("Try `rpy -h' for more information.");
            return ExitCode::from(2);
        }
    };
    let handle = std::thread::Builder::new().name("main".into()).stack_size(STACK_SIZE).spawn(move || {
        rpy_vm::stack::init(STACK_SIZE);
        run::main(argv, parsed)
    });
    let code = match handle {
        Ok(h) => h.join().unwrap_or(1),
        Err(_) => {
            eprintln!("rpy: cannot start the interpreter thread");
            1
        }
    };
    ExitCode::from(code as u8)
}
