//! SIGINT: while Python code runs, Ctrl-C sets the interpreter's interrupt flag (the loop
//! raises KeyboardInterrupt at the next check); an uncaught KeyboardInterrupt ends the process
//! by SIGINT itself, as CPython does, so a shell sees status 130.

use std::sync::atomic::AtomicBool;
use std::sync::Arc;

pub fn install(flag: Arc<AtomicBool>) {
    // failure leaves the default action (termination), which is all that can be done
    let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, flag);
}

/// Re-raises SIGINT with its default action; exits with 130 if the process survives it.
pub fn die_of_sigint() -> ! {
    let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
    std::process::exit(130)
}
