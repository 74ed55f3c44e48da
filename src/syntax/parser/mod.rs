//! The parser: recursive descent over the token stream for the whole Go 1.23 grammar,
//! modeled on gc's `cmd/compile/internal/syntax` parser so that syntax errors read and
//! point as Go's do. One file per construct family: declarations, statements,
//! expressions, types. Every recursive step goes through [`Parser::nest`], which runs it
//! on a fresh stack segment when needed, so nesting is limited by memory; [`MAX_DEPTH`]
//! only stops absurd inputs.

mod decl;
mod expr;
mod stmt;
#[cfg(test)]
mod tests;
mod types;

use super::ast::*;
use super::lexer::{tokenize, Tok, Token};
use source::Pos;

/// Maximum nesting of expressions, types, blocks and statements (Go has no fixed limit;
/// its goroutine stack, at most 1 GB, gives out at a few million levels).
pub const MAX_DEPTH: u32 = 1_000_000;

/// A syntax error: position and message (without the file name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Where the error is (for an unexpected token, the token's position).
    pub pos: Pos,
    /// gc's message, e.g. `syntax error: unexpected newline, expected {`.
    pub msg: String,
}

type PResult<T> = Result<T, SyntaxError>;

/// The recursive-descent parser over a token vector (gc's `syntax.parser`); see [`parse_file`].
pub struct Parser {
    toks: Vec<Token>,
    p: usize,
    /// gc's `xnest`: < 0 inside control clause headers, where `Name {` is not a literal.
    xnest: i32,
    depth: u32,
}

/// Parses a whole source file.
pub fn parse_file(src: &str) -> PResult<File> {
    let mut p = Parser {
        toks: tokenize(src),
        p: 0,
        xnest: 0,
        depth: 0,
    };
    p.file()
}

impl Parser {
    fn tok(&self) -> &Tok {
        &self.toks[self.p.min(self.toks.len() - 1)].tok
    }

    fn pos(&self) -> Pos {
        self.toks[self.p.min(self.toks.len() - 1)].pos
    }

    fn next(&mut self) {
        if self.p < self.toks.len() - 1 {
            self.p += 1;
        }
    }

    fn is_op(&self, op: &str) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }

    fn is_kw(&self, kw: &str) -> bool {
        matches!(self.tok(), Tok::Kw(k) if *k == kw)
    }

    fn is_semi(&self) -> bool {
        matches!(self.tok(), Tok::Semi(_))
    }

    fn is_eof(&self) -> bool {
        matches!(self.tok(), Tok::Eof)
    }

    fn is_name(&self) -> bool {
        matches!(self.tok(), Tok::Ident(_))
    }

    fn got_op(&mut self, op: &str) -> bool {
        if self.is_op(op) {
            self.next();
            true
        } else {
            false
        }
    }

    /// gc's `syntaxErrorAt`: messages starting with `in `/`at `/`after `/`expected ` are
    /// prefixed with `unexpected TOKEN`; a pending lexical error is reported instead.
    fn err_at<T>(&self, pos: Pos, msg: &str) -> PResult<T> {
        if let Tok::Error(m) = self.tok() {
            return Err(SyntaxError {
                pos: self.pos(),
                msg: m.clone(),
            });
        }
        let msg = if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!("syntax error: unexpected {} {}", self.tok().describe(), msg)
        } else if msg.starts_with("expected ") {
            format!(
                "syntax error: unexpected {}, {}",
                self.tok().describe(),
                msg
            )
        } else {
            format!("syntax error: {msg}")
        };
        Err(SyntaxError { pos, msg })
    }

    fn err<T>(&self, msg: &str) -> PResult<T> {
        self.err_at(self.pos(), msg)
    }

    /// gc's `errorAt`: a message without the `syntax error: ` prefix.
    fn plain_err_at<T>(&self, pos: Pos, msg: &str) -> PResult<T> {
        if let Tok::Error(m) = self.tok() {
            return Err(SyntaxError {
                pos: self.pos(),
                msg: m.clone(),
            });
        }
        Err(SyntaxError {
            pos,
            msg: msg.into(),
        })
    }

    fn want_op(&mut self, op: &str) -> PResult<()> {
        if self.got_op(op) {
            Ok(())
        } else {
            let name = if op == "," { "comma" } else { op };
            self.err(&format!("expected {name}"))
        }
    }

    fn want_kw(&mut self, kw: &str) -> PResult<()> {
        if self.is_kw(kw) {
            self.next();
            Ok(())
        } else {
            self.err(&format!("expected {kw}"))
        }
    }

    fn want_semi(&mut self) -> PResult<()> {
        if self.is_semi() {
            self.next();
            Ok(())
        } else {
            self.err("expected semicolon or newline")
        }
    }

    /// Counts `n` more levels of nesting (an iteratively built chain: `a+b+c`, `f()()`).
    fn enter(&mut self, n: u32) -> PResult<()> {
        self.depth += n;
        if self.depth > MAX_DEPTH {
            return Err(SyntaxError {
                pos: self.pos(),
                msg: format!(
                    "deferjit does not support nesting deeper than {MAX_DEPTH} levels yet"
                ),
            });
        }
        Ok(())
    }

    fn leave(&mut self, n: u32) {
        self.depth -= n;
    }

    /// One level of recursion: counted, and run on a new stack segment when needed. (After
    /// an error parsing stops, so the count is not restored on that path.)
    fn nest<T>(&mut self, f: impl FnOnce(&mut Parser) -> PResult<T>) -> PResult<T> {
        self.enter(1)?;
        let r = source::stack::grow(|| f(self))?;
        self.leave(1);
        Ok(r)
    }

    fn name(&mut self) -> PResult<Ident> {
        if let Tok::Ident(n) = self.tok() {
            let id = Ident {
                name: n.clone(),
                pos: self.pos(),
            };
            self.next();
            Ok(id)
        } else {
            self.err("expected name")
        }
    }

    /// `IdentifierList`, the first name already read.
    fn name_list(&mut self, first: Ident) -> PResult<Vec<Ident>> {
        let mut v = vec![first];
        while self.got_op(",") {
            v.push(self.name()?);
        }
        Ok(v)
    }

    /// gc's `list`: `[ f { sep f } [sep] ] close`, `context` naming it in errors; `f`
    /// returns true to accept no more elements. Returns the position of `close`.
    fn list(
        &mut self,
        context: &str,
        sep: &str,
        close: &str,
        mut f: impl FnMut(&mut Parser) -> PResult<bool>,
    ) -> PResult<Pos> {
        let mut done = false;
        while !self.is_eof() && !self.is_op(close) && !done {
            done = f(self)?;
            let got = if sep == ";" {
                let s = self.is_semi();
                if s {
                    self.next();
                }
                s
            } else {
                self.got_op(sep)
            };
            if !got && !self.is_op(close) {
                let sep_name = if sep == ";" {
                    "semicolon or newline"
                } else {
                    "comma"
                };
                return self.err(&format!(
                    "in {context}; possibly missing {sep_name} or {close}"
                ));
            }
        }
        let pos = self.pos();
        self.want_op(close)?;
        Ok(pos)
    }

    fn file(&mut self) -> PResult<File> {
        if !self.is_kw("package") {
            return self.err("package statement must be first");
        }
        self.next();
        let package = self.name()?;
        self.want_semi()?;
        let mut imports = Vec::new();
        let mut decls = Vec::new();
        let mut prev_import = true;
        let mut last_func_no_body = false;
        while !self.is_eof() {
            if let Tok::Error(_) = self.tok() {
                return self.err("");
            }
            if self.is_kw("import") && !prev_import {
                return self.err("imports must appear before other declarations");
            }
            prev_import = self.is_kw("import");
            let kw = if let Tok::Kw(k) = self.tok() { *k } else { "" };
            last_func_no_body = match kw {
                "import" => {
                    self.next();
                    self.group(|p| {
                        imports.push(p.import_spec()?);
                        Ok(())
                    })?;
                    false
                }
                "const" => {
                    self.next();
                    decls.push(Decl::Const(self.const_specs()?));
                    false
                }
                "var" => {
                    self.next();
                    decls.push(Decl::Var(self.var_specs()?));
                    false
                }
                "type" => {
                    let pos = self.pos();
                    self.next();
                    decls.push(Decl::Type(self.type_specs()?, pos));
                    false
                }
                "func" => {
                    let f = self.func_decl()?;
                    let nobody = f.body.is_none();
                    decls.push(Decl::Func(f));
                    nobody
                }
                _ => {
                    if self.is_op("{") && last_func_no_body {
                        return self.err("unexpected semicolon or newline before {");
                    }
                    return self.err("non-declaration statement outside function body");
                }
            };
            if !self.is_eof() {
                if self.is_semi() {
                    self.next();
                } else {
                    return self.err("after top level declaration");
                }
            }
        }
        Ok(File {
            package,
            imports,
            decls,
        })
    }

    /// gc's `appendGroup`: `X spec` or `X ( spec; spec; )`.
    fn group(&mut self, mut f: impl FnMut(&mut Parser) -> PResult<()>) -> PResult<()> {
        if self.got_op("(") {
            self.list("grouped declaration", ";", ")", |p| f(p).map(|_| false))?;
            Ok(())
        } else {
            f(self)
        }
    }
}
