//! Runs every program in `tests/python/` with the `rpy` binary and compares stdout, the exit
//! code and stderr (last line, or all of it with `# rpy: full-stderr`) with the expectations
//! generated from CPython 3.11 by `tests/bless.py`.
//!
//! Environment: `RPY_BIN` (binary to test; default `target/debug/rpy`), `RPY_FILTER` (substring
//! of program paths to run), `RPY_JIT` (extra `-X:jit=…` mode to run every program in as well).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Expected {
    exit: i32,
    stderr_last: Option<String>,
    stderr_full: Option<String>,
    stdout: String,
}

struct Program {
    path: PathBuf,
    args: Vec<String>,
    xfail: Option<String>,
    full_stderr: bool,
}

fn parse_expected(text: &str) -> Option<Expected> {
    let mut exit = None;
    let mut stderr_last = None;
    let mut lines = text.split_inclusive('\n');
    let mut consumed = 0;
    let mut stderr_full = None;
    for line in lines.by_ref() {
        consumed += line.len();
        let l = line.trim_end_matches('\n');
        if l.starts_with('#') {
            continue;
        }
        if let Some(v) = l.strip_prefix("exit: ") {
            exit = v.trim().parse().ok();
        } else if let Some(v) = l.strip_prefix("stderr:") {
            stderr_last = Some(v.strip_prefix(' ').unwrap_or(v).to_string());
        } else if l == "--- stderr" {
            let rest = &text[consumed..];
            let end = rest.find("--- stdout\n").unwrap_or(rest.len());
            stderr_full = Some(rest[..end].to_string());
            let after = &rest[end..];
            let out = after.strip_prefix("--- stdout\n").unwrap_or("");
            return Some(Expected { exit: exit?, stderr_last, stderr_full, stdout: out.to_string() });
        } else if l == "--- stdout" {
            return Some(Expected { exit: exit?, stderr_last, stderr_full, stdout: text[consumed..].to_string() });
        }
    }
    None
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().map(|n| n == "pkgs" || n == "__pycache__").unwrap_or(false) {
                continue;
            }
            collect(&p, out);
        } else if p.extension().map(|e| e == "py").unwrap_or(false) {
            out.push(p);
        }
    }
}

fn directives(path: &Path) -> Program {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut prog = Program { path: path.to_path_buf(), args: Vec::new(), xfail: None, full_stderr: false };
    for line in text.lines() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if !t.starts_with('#') {
            break;
        }
        if let Some(d) = t.strip_prefix("# rpy:") {
            let d = d.trim();
            if d == "full-stderr" {
                prog.full_stderr = true;
            } else if let Some(a) = d.strip_prefix("args") {
                prog.args = a.split_whitespace().map(|s| s.to_string()).collect();
            } else if let Some(r) = d.strip_prefix("xfail") {
                prog.xfail = Some(r.trim().to_string());
            }
        }
    }
    prog
}

/// Runs one program; returns Ok(()) on a match or Err(description of the difference).
fn run(bin: &Path, prog: &Program, extra: &[String]) -> Result<(), String> {
    let exp_path = prog.path.with_extension("expected");
    let exp_text = std::fs::read_to_string(&exp_path).map_err(|_| "missing .expected file (run tests/bless.py)".to_string())?;
    let exp = parse_expected(&exp_text).ok_or("malformed .expected file")?;
    let dir = prog.path.parent().unwrap_or(Path::new("."));
    let name = prog.path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let mut cmd = Command::new(bin);
    cmd.args(extra).arg(&name).args(&prog.args).current_dir(dir);
    cmd.env("PYTHONHASHSEED", "0").env("PYTHONIOENCODING", "utf-8").env("PYTHONDONTWRITEBYTECODE", "1").env_remove("PYTHONUNBUFFERED").env_remove("PYTHONPATH");
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| format!("cannot run {}: {e}", bin.display()))?;
    let mut so = child.stdout.take();
    let mut se = child.stderr.take();
    let t_out = std::thread::spawn(move || {
        let mut b = Vec::new();
        if let Some(s) = so.as_mut() {
            let _ = s.read_to_end(&mut b);
        }
        b
    });
    let t_err = std::thread::spawn(move || {
        let mut b = Vec::new();
        if let Some(s) = se.as_mut() {
            let _ = s.read_to_end(&mut b);
        }
        b
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st,
            Ok(None) => {
                if start.elapsed() > Duration::from_secs(60) {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err("timed out after 60 s".into());
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    };
    let stdout = String::from_utf8_lossy(&t_out.join().unwrap_or_default()).to_string();
    let stderr = String::from_utf8_lossy(&t_err.join().unwrap_or_default()).to_string();
    // tracebacks name the main script by its absolute path; expectations use the bare name
    let abs_dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let mut stderr = stderr.replace(&format!("File \"{}/", dir.display()), "File \"");
    stderr = stderr.replace(&format!("File \"{}/", abs_dir.display()), "File \"");
    let code = status.code().unwrap_or(-1);
    if stderr.contains("panicked at") || stderr.contains("please report") {
        return Err(format!("internal error:\n{}", stderr.lines().take(12).collect::<Vec<_>>().join("\n")));
    }
    let mut problems = Vec::new();
    if code != exp.exit {
        problems.push(format!("exit code {code}, expected {}", exp.exit));
    }
    if stdout != exp.stdout {
        problems.push(format!("stdout differs:\n{}", first_diff(&exp.stdout, &stdout)));
    }
    if let Some(full) = &exp.stderr_full {
        if prog.full_stderr && &stderr != full {
            problems.push(format!("stderr differs:\n{}", first_diff(full, &stderr)));
        }
    } else if let Some(last) = &exp.stderr_last {
        let got = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").to_string();
        if &got != last {
            problems.push(format!("stderr last line:\n  expected: {last}\n  got:      {got}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

fn first_diff(exp: &str, got: &str) -> String {
    let el: Vec<&str> = exp.lines().collect();
    let gl: Vec<&str> = got.lines().collect();
    for i in 0..el.len().max(gl.len()) {
        let (e, g) = (el.get(i), gl.get(i));
        if e != g {
            return format!("  line {}:\n  expected: {}\n  got:      {}", i + 1, e.unwrap_or(&"<end>"), g.unwrap_or(&"<end>"));
        }
    }
    "  (difference in trailing newline)".into()
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = std::env::var_os("RPY_BIN").map(PathBuf::from).unwrap_or_else(|| root.join("../target/debug/rpy"));
    if !bin.exists() {
        eprintln!("rpy binary not found at {} (build it with `cargo build -p rpy`, or set RPY_BIN)", bin.display());
        std::process::exit(1);
    }
    let filter = std::env::var("RPY_FILTER").ok();
    let mut files = Vec::new();
    collect(&root.join("python"), &mut files);
    let progs: Vec<Program> =
        files.iter().filter(|p| filter.as_ref().map(|f| p.to_string_lossy().contains(f.as_str())).unwrap_or(true)).map(|p| directives(p)).collect();
    let mut modes: Vec<Vec<String>> = vec![Vec::new()];
    if let Ok(j) = std::env::var("RPY_JIT") {
        modes.push(vec![format!("-X:jit={j}")]);
    }
    let progs = Arc::new(progs);
    let results: Arc<Mutex<Vec<(String, Option<String>, bool)>>> = Arc::new(Mutex::new(Vec::new()));
    let next = Arc::new(AtomicUsize::new(0));
    let jobs: Vec<(usize, usize)> = (0..progs.len()).flat_map(|i| (0..modes.len()).map(move |m| (i, m))).collect();
    let jobs = Arc::new(jobs);
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).max(2);
    let modes = Arc::new(modes);
    let mut handles = Vec::new();
    for _ in 0..threads {
        let (progs, results, next, jobs, modes, bin) = (progs.clone(), results.clone(), next.clone(), jobs.clone(), modes.clone(), bin.clone());
        handles.push(std::thread::spawn(move || loop {
            let k = next.fetch_add(1, Ordering::SeqCst);
            let Some(&(i, m)) = jobs.get(k) else { break };
            let p = &progs[i];
            let rel = p.path.strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")).join("python")).unwrap_or(&p.path).to_string_lossy().to_string();
            let label = if modes[m].is_empty() { rel } else { format!("{rel} [{}]", modes[m].join(" ")) };
            let r = run(&bin, p, &modes[m]);
            results.lock().map(|mut v| v.push((label, r.err(), p.xfail.is_some()))).ok();
        }));
    }
    for h in handles {
        let _ = h.join();
    }
    let mut results = results.lock().map(|v| v.iter().map(|(a, b, c)| (a.clone(), b.clone(), *c)).collect::<Vec<_>>()).unwrap_or_default();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let (mut passed, mut failed, mut xfailed, mut xpassed) = (0, 0, 0, 0);
    for (label, err, xfail) in &results {
        match (err, xfail) {
            (None, false) => passed += 1,
            (None, true) => {
                xpassed += 1;
                println!("XPASS {label} (remove its xfail directive)");
            }
            (Some(_), true) => xfailed += 1,
            (Some(e), false) => {
                failed += 1;
                println!("FAIL {label}\n{e}\n");
            }
        }
    }
    println!("programs: {} run, {xfailed} xfail, {xpassed} xpass", results.len());
    println!("{} passed, {failed} failed", passed + xpassed);
    if failed > 0 {
        std::process::exit(1);
    }
}
