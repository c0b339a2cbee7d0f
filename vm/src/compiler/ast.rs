//! The only module that touches rustpython-parser: re-exports the AST and parses source.

pub use rustpython_parser::ast::*;
pub use rustpython_parser::text_size::{TextRange, TextSize};

/// A syntax error as the parser reports it: message and byte offset.
pub struct ParseFailure {
    pub msg: String,
    pub offset: usize,
    pub eof: bool,
}

pub enum ParseMode {
    Module,
    Interactive,
    Expression,
}

pub fn parse(source: &str, mode: ParseMode, filename: &str) -> Result<Mod, ParseFailure> {
    use rustpython_parser::Mode;
    let m = match mode {
        ParseMode::Module => Mode::Module,
        ParseMode::Interactive => Mode::Interactive,
        ParseMode::Expression => Mode::Expression,
    };
    rustpython_parser::parse(source, m, filename).map_err(|e| {
        use rustpython_parser::ParseErrorType as P;
        let eof = matches!(e.error, P::Eof) || format!("{:?}", e.error).contains("Eof");
        ParseFailure { msg: describe(&e.error), offset: u32::from(e.offset) as usize, eof }
    })
}

fn describe(e: &rustpython_parser::ParseErrorType) -> String {
    use rustpython_parser::ParseErrorType as P;
    match e {
        P::Eof => "unexpected EOF while parsing".to_string(),
        P::Lexical(le) => {
            let s = le.to_string();
            if s.contains("unindent does not match") {
                "unindent does not match any outer indentation level".to_string()
            } else if s.contains("unexpected indent") || s.contains("Unexpected indent") {
                "unexpected indent".to_string()
            } else if s.contains("expected an indented block") {
                "expected an indented block".to_string()
            } else if s.contains("unterminated string") || s.contains("EOL while scanning") {
                "unterminated string literal".to_string()
            } else if s.contains("triple-quoted") {
                "unterminated triple-quoted string literal".to_string()
            } else {
                s
            }
        }
        P::UnrecognizedToken(tok, expected) => {
            let t = format!("{tok:?}");
            if t.contains("Indent") {
                "unexpected indent".to_string()
            } else if expected.as_deref() == Some("Indent") || t.contains("Dedent") && expected.is_some() {
                "expected an indented block".to_string()
            } else {
                "invalid syntax".to_string()
            }
        }
        P::InvalidToken => "invalid syntax".to_string(),
        P::ExtraToken(_) => "invalid syntax".to_string(),
    }
}

/// Maps byte offsets to (line, column) pairs; lines are 1-based, columns are byte offsets.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// (1-based line, 0-based byte column) of a byte offset.
    pub fn locate(&self, offset: usize) -> (u32, u32) {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        ((line + 1) as u32, (offset - self.starts[line]) as u32)
    }

    pub fn line_start(&self, line: u32) -> usize {
        self.starts.get(line.saturating_sub(1) as usize).copied().unwrap_or(0)
    }
}
