//! Compile errors: a position in the source and Go's wording, printed as `FILE:LINE:COL: msg`.

use source::Pos;
use std::fmt;

/// An error in the source program (syntax or type error), reported as Go would.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// The file name as given to the compiler.
    pub file: String,
    /// Where the error is.
    pub pos: Pos,
    /// Go's message, e.g. `declared and not used: x`.
    pub msg: String,
}

impl CompileError {
    /// An error at `pos` in `file` with Go's message `msg`.
    pub fn new(file: &str, pos: Pos, msg: impl Into<String>) -> CompileError {
        CompileError {
            file: file.to_string(),
            pos,
            msg: msg.into(),
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.pos.line, self.pos.col, self.msg
        )
    }
}

impl std::error::Error for CompileError {}
