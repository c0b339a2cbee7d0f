//! Input when stdin is not a terminal (`rpy -i < file`): the prompt goes to stderr and a line
//! is read from stdin, with no editing and no escape codes, as CPython's `PyOS_StdioReadline`.

use super::{Input, Read};
use std::io::{BufRead, Write};

pub struct Plain;

impl Input for Plain {
    fn read(&mut self, prompt: &str, _indent: &str) -> Read {
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(prompt.as_bytes());
        let _ = err.flush();
        let mut buf = Vec::new();
        match std::io::stdin().lock().read_until(b'\n', &mut buf) {
            Ok(0) | Err(_) => Read::Eof,
            Ok(_) => {
                if buf.last() == Some(&b'\n') {
                    buf.pop();
                }
                Read::Text(String::from_utf8_lossy(&buf).into_owned())
            }
        }
    }

    fn is_editor(&self) -> bool {
        false
    }
}
