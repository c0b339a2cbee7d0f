//! Command-line parsing with CPython's rules: options before the script, combined short flags
//! (`-uc CODE`), `-X opt[=val]` and IronPython-style `-X:opt=val`, `--`, and the script's own
//! arguments left untouched.

/// What to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Script(String),
    Command(String),
    Module(String),
    Stdin,
    Repl,
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub unbuffered: bool,
    pub dont_write_bytecode: bool,
    pub ignore_env: bool,
    pub isolated: bool,
    pub no_user_site: bool,
    pub no_site: bool,
    pub optimize: u8,
    pub quiet: bool,
    pub verbose: u8,
    pub inspect: bool,
    pub safe_path: bool,
    pub version: u8,
    pub help: bool,
    pub help_xoptions: bool,
    pub warnings: Vec<String>,
    pub xoptions: Vec<(String, Option<String>)>,
    pub bytes_warning: u8,
}

#[derive(Debug, Clone)]
pub struct Cli {
    pub opts: Options,
    pub target: Target,
    /// sys.argv[1:] (for -c and -m, sys.argv[0] is set by the caller)
    pub args: Vec<String>,
}

pub enum CliError {
    /// unknown option: message and exit code 2
    Usage(String),
}

pub const USAGE: &str = "usage: rpy [option] ... [-c cmd | -m mod | file | -] [arg] ...";

fn parse_x(s: &str) -> (String, Option<String>) {
    let s = s.strip_prefix(':').unwrap_or(s);
    match s.split_once('=') {
        Some((k, v)) => (k.to_string(), Some(v.to_string())),
        None => (s.to_string(), None),
    }
}

pub fn parse(argv: &[String]) -> Result<Cli, CliError> {
    let mut opts = Options::default();
    let mut i = 1;
    while i < argv.len() {
        let a = &argv[i];
        if a == "-" {
            return Ok(Cli { opts, target: Target::Stdin, args: argv[i + 1..].to_vec() });
        }
        if a == "--" {
            i += 1;
            break;
        }
        if let Some(long) = a.strip_prefix("--") {
            match long {
                "help" => opts.help = true,
                "version" => opts.version += 1,
                "help-xoptions" | "help-env" | "help-all" => opts.help_xoptions = true,
                "check-hash-based-pycs" => {
                    i += 1;
                }
                _ => return Err(CliError::Usage(format!("unknown option --{long}"))),
            }
            i += 1;
            continue;
        }
        if !a.starts_with('-') || a.len() < 2 {
            break;
        }
        let chars: Vec<char> = a[1..].chars().collect();
        let mut j = 0;
        while j < chars.len() {
            let c = chars[j];
            let rest: String = chars[j + 1..].iter().collect();
            match c {
                'c' | 'm' | 'W' | 'X' => {
                    let val = if !rest.is_empty() {
                        rest.clone()
                    } else {
                        i += 1;
                        match argv.get(i) {
                            Some(v) => v.clone(),
                            None => return Err(CliError::Usage(format!("Argument expected for the -{c} option"))),
                        }
                    };
                    match c {
                        'c' => {
                            return Ok(Cli { opts, target: Target::Command(val), args: argv[i + 1..].to_vec() });
                        }
                        'm' => return Ok(Cli { opts, target: Target::Module(val), args: argv[i + 1..].to_vec() }),
                        'W' => opts.warnings.push(val),
                        _ => opts.xoptions.push(parse_x(&val)),
                    }
                    j = chars.len();
                    continue;
                }
                'u' => opts.unbuffered = true,
                'B' => opts.dont_write_bytecode = true,
                'E' => opts.ignore_env = true,
                'I' => {
                    opts.isolated = true;
                    opts.ignore_env = true;
                    opts.no_user_site = true;
                    opts.safe_path = true;
                }
                's' => opts.no_user_site = true,
                'S' => opts.no_site = true,
                'O' => opts.optimize = (opts.optimize + 1).min(2),
                'q' => opts.quiet = true,
                'v' => opts.verbose += 1,
                'i' => opts.inspect = true,
                'P' => opts.safe_path = true,
                'V' => opts.version += 1,
                'h' | '?' => opts.help = true,
                'b' => opts.bytes_warning += 1,
                'd' | 'R' | 'x' => {}
                ':' if j == 0 => {
                    // IronPython style -X:opt
                }
                _ => return Err(CliError::Usage(format!("Unknown option: -{c}"))),
            }
            j += 1;
        }
        i += 1;
    }
    if i < argv.len() {
        let script = argv[i].clone();
        return Ok(Cli { opts, target: Target::Script(script), args: argv[i + 1..].to_vec() });
    }
    Ok(Cli { opts, target: Target::Repl, args: Vec::new() })
}
