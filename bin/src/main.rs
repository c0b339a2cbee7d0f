//! The `rpy` binary: parses the command line like `python`, resolves the configuration with the
//! environment, runs the program on a thread with a large stack, and ends the process with
//! CPython's exit status.

mod cli;
mod config;
mod exit;
mod help;
mod locale;
mod module;
mod repl;
mod run;
mod signals;
mod site;
mod xoptions;
mod zip;

use std::io::Write;
use std::process::ExitCode;

/// Stack for the thread that runs Python code: deep recursion in native code (nested repr,
/// the compiler, native→Python re-entry) is bounded by checks well before this is used up.
const STACK_SIZE: usize = 1 << 30;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    let program = argv.first().cloned().unwrap_or_else(|| "rpy".into());
    let parsed = match cli::parse(&argv) {
        cli::Outcome::Run(c) => c,
        cli::Outcome::Help(kind) => {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(help::text(kind, &program).as_bytes());
            return ExitCode::from(if out.flush().is_ok() { 0 } else { 120 });
        }
        cli::Outcome::Usage(msg) => return ExitCode::from(help::usage_error(&program, &msg)),
    };
    if parsed.opts.version > 0 {
        let v = if parsed.opts.version > 1 { lib_version() } else { format!("{}.{}.{}", rpy_lib::sys::MAJOR, rpy_lib::sys::MINOR, rpy_lib::sys::MICRO) };
        println!("Python {v}");
        return ExitCode::SUCCESS;
    }
    let config = match config::resolve(&argv, parsed) {
        Ok(c) => c,
        Err(f) => {
            f.print();
            return ExitCode::from(1);
        }
    };
    let handle = std::thread::Builder::new().name("main".into()).stack_size(STACK_SIZE).spawn(move || {
        rpy_vm::stack::init(STACK_SIZE);
        run::main(config)
    });
    let status = match handle {
        Ok(h) => h.join().unwrap_or(exit::Status::Code(1)),
        Err(_) => {
            eprintln!("rpy: cannot start the interpreter thread");
            exit::Status::Code(1)
        }
    };
    match status {
        exit::Status::Code(c) => ExitCode::from(c as u8),
        exit::Status::SigInt => signals::die_of_sigint(),
    }
}

/// `sys.version`, which `-VV` prints.
fn lib_version() -> String {
    rpy_lib::sys::version_string()
}
