//! Runs the command-line cases in `tests/cli/cases/` with the `rpy` binary and compares the exit
//! status, stdout and stderr with CPython's (the `.expected` files made by `tests/cli/bless.py`,
//! whose docstring describes the case format and the normalisation).
//!
//! Environment: `RPY_BIN` (binary to test; default `target/debug/rpy`), `RPY_FILTER`
//! (substring of case names to run).

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(Default)]
struct Case {
    name: String,
    args: Vec<String>,
    env: Vec<(String, String)>,
    cwd: String,
    stdout: String,
    stderr: String,
    stdout_to: Option<String>,
    masks: Vec<String>,
    /// `stderr-grep:` words (stderr keeps the lines holding one of them)
    grep: Option<Vec<String>>,
    files: Vec<(String, String)>,
    zips: Vec<String>,
    stdin: Option<String>,
    xfail: Option<String>,
}

/// `shlex.split` for the quoting the cases use: single and double quotes, backslash escapes.
fn shell_words(s: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => cur.push(c),
                        None => return Err("unclosed '".into()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\' | '$' | '`')) => cur.push(c),
                            Some('\n') => {}
                            Some(c) => {
                                cur.push('\\');
                                cur.push(c);
                            }
                            None => return Err("unclosed \"".into()),
                        },
                        Some(c) => cur.push(c),
                        None => return Err("unclosed \"".into()),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(c) = chars.next() {
                    cur.push(c);
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    out.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        out.push(cur);
    }
    Ok(out)
}

fn parse_case(path: &Path) -> Result<Case, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let mut c = Case { name: path.file_stem().unwrap_or_default().to_string_lossy().into_owned(), ..Case::default() };
    // the section being filled: ("file", path) / ("zip", path) / ("stdin", "")
    let mut section: Option<(String, String)> = None;
    let mut body = String::new();
    let mut lines: Vec<&str> = text.split('\n').collect();
    if lines.last() == Some(&"") {
        lines.pop();
    }
    let flush = |c: &mut Case, section: &mut Option<(String, String)>, body: &mut String| {
        if let Some((kind, p)) = section.take() {
            match kind.as_str() {
                "file" => c.files.push((p, std::mem::take(body))),
                "zip" => {
                    if !c.zips.contains(&p) {
                        c.zips.push(p);
                    }
                    body.clear();
                }
                _ => c.stdin = Some(std::mem::take(body)),
            }
        }
    };
    for line in lines {
        if let Some(rest) = line.strip_prefix("--- ") {
            flush(&mut c, &mut section, &mut body);
            let words: Vec<&str> = rest.split_whitespace().collect();
            match words.first().copied() {
                Some("file") | Some("zip") => section = Some((words[0].to_string(), words.get(1).ok_or("section without a path")?.to_string())),
                Some("stdin") => section = Some(("stdin".into(), String::new())),
                _ => return Err(format!("unknown section {line:?}")),
            }
            continue;
        }
        if section.is_some() {
            body.push_str(line);
            body.push('\n');
            continue;
        }
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = line.split_once(':').ok_or_else(|| format!("bad line {line:?}"))?;
        let value = value.trim();
        match key {
            "args" => c.args = shell_words(value)?,
            "cpython-args" => {}
            "env" => {
                let (k, v) = value.split_once('=').unwrap_or((value, ""));
                c.env.push((k.to_string(), v.to_string()));
            }
            "cwd" => c.cwd = value.to_string(),
            "stdout" => c.stdout = value.to_string(),
            "stderr" => c.stderr = value.to_string(),
            "stdout-to" => c.stdout_to = Some(value.to_string()),
            "mask" => c.masks.push(value.to_string()),
            "stderr-grep" => c.grep = Some(shell_words(value)?),
            "xfail" => c.xfail = Some(value.to_string()),
            _ => return Err(format!("unknown directive {line:?}")),
        }
    }
    flush(&mut c, &mut section, &mut body);
    Ok(c)
}

struct Expected {
    exit: i32,
    stdout: String,
    stderr: String,
}

/// Reads the `|`-prefixed blocks of an `.expected` file.
fn parse_expected(text: &str) -> Option<Expected> {
    let mut exit = None;
    let (mut stdout, mut stderr) = (String::new(), String::new());
    let mut cur: Option<&mut String> = None;
    for line in text.split('\n') {
        if let Some(v) = line.strip_prefix("exit: ") {
            exit = v.trim().parse().ok();
        } else if line == "--- stdout" {
            cur = Some(&mut stdout);
        } else if line == "--- stderr" {
            cur = Some(&mut stderr);
        } else if let Some(l) = line.strip_prefix('|') {
            let out = cur.as_mut()?;
            out.push_str(l);
            out.push('\n');
        } else if line == "\\ no newline at end" {
            let out = cur.as_mut()?;
            out.pop();
        }
    }
    Some(Expected { exit: exit?, stdout, stderr })
}

/// Replaces each match of a glob (`*` = any text within a line) by the glob itself, as the
/// regular expression in bless.py does (leftmost match, each `*` as long as the rest allows).
fn mask(text: &str, glob: &str) -> String {
    let parts: Vec<&str> = glob.split('*').collect();
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find(parts[0]) {
        let at = start + parts[0].len();
        let line_end = rest[at..].find('\n').map(|i| at + i).unwrap_or(rest.len());
        match match_stars(&rest[at..line_end], &parts[1..]) {
            Some(n) => {
                out.push_str(&rest[..start]);
                out.push_str(glob);
                rest = &rest[at + n..];
            }
            None => {
                out.push_str(&rest[..at]);
                rest = &rest[at..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Matches `*p1*p2…` at the start of `line`: the length matched, trying the longest text for
/// each `*` first.
fn match_stars(line: &str, parts: &[&str]) -> Option<usize> {
    let Some((p, more)) = parts.split_first() else { return Some(0) };
    let ends: Vec<usize> = line.match_indices(p).map(|(i, _)| i + p.len()).collect();
    ends.into_iter().rev().find_map(|e| match_stars(&line[e..], more).map(|n| e + n))
}

/// The lines of `text` holding one of `words` (all of it without words), as bless.py's `grep`.
fn grep(text: &str, words: Option<&[String]>) -> String {
    match words {
        None => text.to_string(),
        Some(words) => text.split_inclusive('\n').filter(|l| words.iter().any(|w| l.contains(w.as_str()))).collect(),
    }
}

fn read_all(r: Option<impl Read + Send + 'static>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut b = Vec::new();
        if let Some(mut r) = r {
            let _ = r.read_to_end(&mut b);
        }
        b
    })
}

fn run(bin: &Path, cases_dir: &Path, case: &Case, seq: usize) -> Result<(), String> {
    let exp_text = std::fs::read_to_string(cases_dir.join(format!("{}.expected", case.name))).map_err(|_| "missing .expected (run tests/cli/bless.py)")?;
    let exp = parse_expected(&exp_text).ok_or("malformed .expected file")?;
    let root = std::env::temp_dir().join(format!("rpy-cli-{}-{seq}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).map_err(|e| e.to_string())?;
    let root = std::fs::canonicalize(&root).map_err(|e| e.to_string())?;
    for (p, text) in &case.files {
        let f = root.join(p);
        if let Some(d) = f.parent() {
            std::fs::create_dir_all(d).map_err(|e| e.to_string())?;
        }
        std::fs::write(&f, text).map_err(|e| e.to_string())?;
    }
    for z in &case.zips {
        let f = root.join(z);
        if let Some(d) = f.parent() {
            std::fs::create_dir_all(d).map_err(|e| e.to_string())?;
        }
        std::fs::copy(cases_dir.join(format!("{}.files", case.name)).join(z), &f).map_err(|e| format!("zip fixture: {e}"))?;
    }
    let mut cmd = Command::new(bin);
    cmd.args(&case.args).current_dir(root.join(&case.cwd)).env_clear();
    cmd.env("PATH", std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into())).env("LANG", "C.UTF-8").env("HOME", &root);
    for (k, v) in &case.env {
        cmd.env(k, v);
    }
    cmd.stdin(Stdio::piped()).stderr(Stdio::piped());
    match &case.stdout_to {
        Some(p) => cmd.stdout(std::fs::OpenOptions::new().write(true).open(p).map_err(|e| e.to_string())?),
        None => cmd.stdout(Stdio::piped()),
    };
    let mut child = cmd.spawn().map_err(|e| format!("cannot run {}: {e}", bin.display()))?;
    let stdin_text = case.stdin.clone().unwrap_or_default();
    let mut sin = child.stdin.take();
    let t_in = std::thread::spawn(move || {
        use std::io::Write;
        if let Some(s) = sin.as_mut() {
            let _ = s.write_all(stdin_text.as_bytes());
        }
    });
    let t_out = read_all(child.stdout.take());
    let t_err = read_all(child.stderr.take());
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st,
            Ok(None) if start.elapsed() > Duration::from_secs(30) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err("timed out after 30 s".into());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(2)),
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    };
    let _ = t_in.join();
    let norm = |b: Vec<u8>| {
        let s = String::from_utf8_lossy(&b).replace(&root.to_string_lossy().to_string(), "<dir>").replace(&bin.to_string_lossy().to_string(), "<exe>");
        case.masks.iter().fold(s, |s, g| mask(&s, g))
    };
    let stdout = norm(t_out.join().unwrap_or_default());
    let stderr_all = norm(t_err.join().unwrap_or_default());
    let _ = std::fs::remove_dir_all(&root);
    let code = status.code().unwrap_or_else(|| -status.signal().unwrap_or(0));
    if stderr_all.contains("panicked at") || stderr_all.contains("please report") {
        return Err(format!("internal error:\n{}", stderr_all.lines().take(12).collect::<Vec<_>>().join("\n")));
    }
    let stderr = grep(&stderr_all, case.grep.as_deref());
    let mut problems = Vec::new();
    if code != exp.exit {
        problems.push(format!("exit status {code}, expected {}", exp.exit));
    }
    compare("stdout", &case.stdout, &exp.stdout, &stdout, &mut problems);
    compare("stderr", &case.stderr, &exp.stderr, &stderr, &mut problems);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

fn compare(what: &str, mode: &str, exp: &str, got: &str, problems: &mut Vec<String>) {
    let ok = match mode {
        "ignore" => true,
        "prefix" => got.starts_with(exp),
        "last-line" => exp.lines().last() == got.lines().last(),
        _ => got == exp,
    };
    if !ok {
        problems.push(format!("{what} differs:\n--- expected (CPython)\n{exp}--- got (rpy)\n{got}---"));
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = std::env::var_os("RPY_BIN").map(PathBuf::from).unwrap_or_else(|| root.join("../target/debug/rpy"));
    let Ok(bin) = std::fs::canonicalize(&bin) else {
        eprintln!("rpy binary not found at {} (build it with `cargo build -p rpy`, or set RPY_BIN)", bin.display());
        std::process::exit(1);
    };
    let cases_dir = root.join("cli/cases");
    let filter = std::env::var("RPY_FILTER").ok();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&cases_dir)
        .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "case")).collect())
        .unwrap_or_default();
    paths.sort();
    let mut cases = Vec::new();
    for p in paths {
        match parse_case(&p) {
            Ok(c) if filter.as_ref().is_none_or(|f| c.name.contains(f.as_str())) => cases.push(c),
            Ok(_) => {}
            Err(e) => {
                eprintln!("{}: {e}", p.display());
                std::process::exit(1);
            }
        }
    }
    let cases = Arc::new(cases);
    let results: Arc<Mutex<Vec<(String, Result<(), String>, Option<String>)>>> = Arc::new(Mutex::new(Vec::new()));
    let next = Arc::new(AtomicUsize::new(0));
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).max(2);
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let (cases, results, next, bin, dir) = (cases.clone(), results.clone(), next.clone(), bin.clone(), cases_dir.clone());
            std::thread::spawn(move || loop {
                let k = next.fetch_add(1, Ordering::SeqCst);
                let Some(c) = cases.get(k) else { break };
                let r = run(&bin, &dir, c, k);
                if let Ok(mut v) = results.lock() {
                    v.push((c.name.clone(), r, c.xfail.clone()));
                }
            })
        })
        .collect();
    for h in handles {
        let _ = h.join();
    }
    let mut results = std::mem::take(&mut *results.lock().unwrap_or_else(|e| e.into_inner()));
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let (mut passed, mut failed, mut xfailed) = (0, 0, 0);
    for (name, r, xfail) in &results {
        match (r, xfail) {
            (Ok(()), None) => passed += 1,
            (Ok(()), Some(_)) => {
                failed += 1;
                println!("XPASS {name} (remove its xfail line)");
            }
            (Err(_), Some(reason)) => {
                xfailed += 1;
                println!("xfail {name}: {reason}");
            }
            (Err(e), None) => {
                failed += 1;
                println!("FAIL {name}\n{e}\n");
            }
        }
    }
    println!("cli: {} cases, {xfailed} xfail", results.len());
    println!("{passed} passed, {failed} failed");
    if failed > 0 {
        std::process::exit(1);
    }
}
