//! Robustness: runs mutated versions of the corpus programs through parse, compile and run
//! in-process for a bounded time, and fails on any Rust panic (an internal error). Python
//! exceptions of any kind are fine; a runaway program is stopped with KeyboardInterrupt.
//!
//! `RPY_FUZZ_SECONDS` bounds the run (default 40), `RPY_FUZZ_SEED` picks the mutations.

use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

const SNIPPETS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    "lambda",
    "yield",
    "*",
    "**",
    "=",
    "==",
    "not",
    "await",
    "async",
    "\\",
    "'",
    "\"",
    "\"\"\"",
    "#",
    "\t",
    "    ",
    "\n",
    "0",
    "1e309",
    "-",
    "@",
    "...",
    "None",
    "return",
    "class",
    "def",
    "del",
    "global x",
    "nonlocal x",
    "import sys",
    "f'{",
    "}'",
    "match",
    "case",
    ",",
    ";",
    "if",
    "else",
    "for",
    "in",
    "try:",
    "except*",
    "finally:",
    "with",
    "as",
    "raise",
    "from",
    "del x",
];

fn mutate(src: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<String> = src.lines().map(|l| l.to_string()).collect();
    if lines.is_empty() {
        return String::new();
    }
    for _ in 0..1 + rng.below(3) {
        let n = lines.len().max(1);
        match rng.below(7) {
            0 => {
                let i = rng.below(n);
                if i < lines.len() {
                    lines.remove(i);
                }
            }
            1 => {
                let i = rng.below(n);
                if let Some(l) = lines.get(i).cloned() {
                    lines.insert(i, l);
                }
            }
            2 => {
                let (i, j) = (rng.below(n), rng.below(n));
                if i < lines.len() && j < lines.len() {
                    lines.swap(i, j);
                }
            }
            3 | 4 => {
                let i = rng.below(n);
                if let Some(l) = lines.get_mut(i) {
                    let chars: Vec<char> = l.chars().collect();
                    let at = rng.below(chars.len() + 1);
                    let s = SNIPPETS[rng.below(SNIPPETS.len())];
                    let mut out: String = chars[..at].iter().collect();
                    out.push_str(s);
                    out.extend(chars[at..].iter());
                    *l = out;
                }
            }
            5 => {
                let i = rng.below(n);
                if let Some(l) = lines.get_mut(i) {
                    let chars: Vec<char> = l.chars().collect();
                    if !chars.is_empty() {
                        let at = rng.below(chars.len());
                        let len = 1 + rng.below(4);
                        *l = chars[..at].iter().chain(chars[(at + len).min(chars.len())..].iter()).collect();
                    }
                }
            }
            _ => {
                let i = rng.below(n);
                lines.truncate(i.max(1));
            }
        }
    }
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().map(|e| e == "py").unwrap_or(false) {
            out.push(p);
        }
    }
}

/// Runs one source in a fresh interpreter on a big-stack thread; Err(message) on a panic.
fn run_one(src: String) -> Result<(), String> {
    let h = std::thread::Builder::new().stack_size(256 << 20).spawn(move || {
        rpy_vm::stack::init(256 << 20);
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut vm = rpy_vm::Vm::new();
            rpy_builtins::init(&mut vm);
            vm.recursion_limit = 300;
            let flag = vm.interrupt.clone();
            let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
            let d2 = done.clone();
            let watchdog = std::thread::spawn(move || {
                let start = Instant::now();
                while !d2.load(Ordering::Relaxed) {
                    if start.elapsed() > Duration::from_millis(300) {
                        flag.store(true, Ordering::Relaxed);
                    }
                    std::thread::sleep(Duration::from_millis(5));
                }
            });
            let g = vm.new_dict_obj();
            let name = vm.new_str("__main__");
            vm.dict_set_str(&g, "__name__", name);
            let r = rpy_vm::run::exec_source(&mut vm, &src, "<fuzz>", &g);
            if let Err(e) = &r {
                // formatting the traceback must not panic either
                let _ = rpy_vm::error::traceback::format_exception(&mut vm, &rpy_vm::Value::Obj(e.0.clone()));
            }
            done.store(true, Ordering::Relaxed);
            let _ = watchdog.join();
        }));
        r.map_err(|p| p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_else(|| "panic".into()))
    });
    match h {
        Ok(h) => h.join().unwrap_or_else(|_| Err("thread died".into())),
        Err(e) => Err(format!("spawn failed: {e}")),
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("python");
    let mut files = Vec::new();
    collect(&root, &mut files);
    let seconds: u64 = std::env::var("RPY_FUZZ_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(40);
    let seed: u64 = std::env::var("RPY_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x9e37_79b9_7f4a_7c15);
    let mut rng = Rng(seed | 1);
    let start = Instant::now();
    let sources: Vec<String> = files.iter().filter_map(|f| std::fs::read_to_string(f).ok()).collect();
    let mut runs = 0usize;
    let mut failures = Vec::new();
    // every program once unmutated, then mutations until the time is up
    let mut i = 0usize;
    std::panic::set_hook(Box::new(|_| {}));
    while start.elapsed() < Duration::from_secs(seconds) && !sources.is_empty() {
        let base = &sources[i % sources.len()];
        let src = if i < sources.len() { base.clone() } else { mutate(base, &mut rng) };
        i += 1;
        runs += 1;
        if let Err(msg) = run_one(src.clone()) {
            failures.push((msg, src));
            if failures.len() >= 5 {
                break;
            }
        }
    }
    for (msg, src) in &failures {
        println!("PANIC: {msg}\n--- program ---\n{src}\n---------------");
    }
    println!("fuzz: {runs} programs run in {:.1}s", start.elapsed().as_secs_f64());
    println!("{} passed, {} failed", runs - failures.len(), failures.len());
    if !failures.is_empty() {
        std::process::exit(1);
    }
}
