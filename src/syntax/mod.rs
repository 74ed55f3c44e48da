//! Syntax: the lexer (with Go's semicolon insertion), the AST and the parser.

pub mod ast;
mod deep;
pub mod lexer;
pub mod parser;
mod print;

pub use parser::{parse_file, SyntaxError};

/// Parses a source file into its AST, or returns the first syntax error.
pub fn parse(source: &str) -> Result<ast::File, SyntaxError> {
    parse_file(source)
}

/// Stack size of the thread that parses and checks. The parser and checker go on in new
/// stack segments as they recurse deeper (`source::stack`), so this is only where they
/// start: ordinary programs never need a second segment.
pub const STACK_SIZE: usize = 256 << 20;

/// Runs `f` on a scoped thread with a [`STACK_SIZE`] stack; a panic in `f` is resumed
/// in the caller.
pub fn with_big_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|s| {
        let h = std::thread::Builder::new()
            .name("deferjit-frontend".into())
            .stack_size(STACK_SIZE)
            .spawn_scoped(s, f);
        match h {
            Ok(h) => match h.join() {
                Ok(v) => v,
                Err(p) => std::panic::resume_unwind(p),
            },
            Err(_) => panic!("could not spawn the front-end thread"),
        }
    })
}
