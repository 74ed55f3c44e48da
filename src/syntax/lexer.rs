//! The lexer: Go tokens with byte-column positions and Go's automatic semicolon insertion.

use source::Pos;

/// Why a semicolon token is there: written, or inserted at a newline / EOF.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemiKind {
    /// A `;` written in the source.
    Explicit,
    /// Inserted at a newline (after an identifier, literal, `)`, `]`, `}`, `return`, ...).
    Newline,
    /// Inserted at the end of the file.
    Eof,
}

/// A token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tok {
    /// The end of the input (always the last token).
    Eof,
    /// An identifier (not a keyword).
    Ident(String),
    /// An integer literal, source text (`0x1F`, `1_000`).
    Int(String),
    /// A floating-point literal, source text.
    Float(String),
    /// An imaginary literal, source text (`2i`).
    Imag(String),
    /// A rune literal, raw source text.
    Char(String),
    /// A string literal: raw source text and decoded value.
    Str {
        /// The source text, quotes (or backquotes) included.
        raw: String,
        /// The decoded value: bytes, which need not be UTF-8 (`"\xff"`).
        val: Vec<u8>,
    },
    /// A keyword (`func`, `if`, ...).
    Kw(&'static str),
    /// An operator or punctuation (`+`, `+=`, `(`, `...`).
    Op(&'static str),
    /// A semicolon, explicit or inserted.
    Semi(SemiKind),
    /// A lexical error; the parser reports it when it reaches it.
    Error(String),
}

impl Tok {
    /// How gc's parser names the token in `syntax error: unexpected X`.
    pub fn describe(&self) -> String {
        match self {
            Tok::Eof => "EOF".into(),
            Tok::Ident(s) => format!("name {s}"),
            Tok::Int(s) | Tok::Float(s) | Tok::Imag(s) | Tok::Char(s) => format!("literal {s}"),
            Tok::Str { raw, .. } => format!("literal {raw}"),
            Tok::Kw(k) => (*k).into(),
            Tok::Op(",") => "comma".into(),
            Tok::Op(o) => (*o).into(),
            Tok::Semi(SemiKind::Explicit) => "semicolon".into(),
            Tok::Semi(SemiKind::Newline) => "newline".into(),
            Tok::Semi(SemiKind::Eof) => "EOF".into(),
            Tok::Error(m) => m.clone(),
        }
    }
}

/// A token with its position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The token.
    pub tok: Tok,
    /// Position of the token's first byte (for an inserted semicolon, where it was inserted).
    pub pos: Pos,
}

const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

// Longest first so that maximal munch works by prefix test.
const OPS: &[&str] = &[
    "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^", "+", "-", "*", "/", "%", "&", "|",
    "^", "<", ">", "=", "!", "(", ")", "[", "]", "{", "}", ",", ";", ".", ":", "~",
];

struct Lexer<'a> {
    src: &'a [u8],
    text: &'a str,
    i: usize,
    line: u32,
    line_start: usize,
    out: Vec<Token>,
    nlsemi: bool,
}

const BOM: &str = "\u{FEFF}";

/// Splits `src` into tokens, inserting semicolons as Go does. Stops after the first
/// lexical error, which becomes a [`Tok::Error`] token followed by [`Tok::Eof`]. A byte
/// order mark is skipped at the start of the file (columns still count its bytes, as gc's
/// do) and is an error anywhere else.
pub fn tokenize(src: &str) -> Vec<Token> {
    let start = if src.starts_with(BOM) { BOM.len() } else { 0 };
    let mut lx = Lexer {
        src: src.as_bytes(),
        text: src,
        i: start,
        line: 1,
        line_start: 0,
        out: Vec::new(),
        nlsemi: false,
    };
    lx.run();
    let mut out = lx.out;
    if let Some(off) = src[start..].find(BOM).map(|o| o + start) {
        let line_start = src[..off].rfind('\n').map_or(0, |i| i + 1);
        let pos = Pos {
            line: 1 + src[..off].bytes().filter(|b| *b == b'\n').count() as u32,
            col: (off - line_start + 1) as u32,
        };
        let keep = out
            .iter()
            .position(|t| matches!(t.tok, Tok::Eof | Tok::Semi(SemiKind::Eof)) || t.pos >= pos)
            .unwrap_or(out.len());
        if !out[..keep].iter().any(|t| matches!(t.tok, Tok::Error(_))) {
            out.truncate(keep);
            out.push(Token {
                tok: Tok::Error("invalid BOM in the middle of the file".into()),
                pos,
            });
            out.push(Token { tok: Tok::Eof, pos });
        }
    }
    out
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        16 => "hexadecimal",
        _ => "decimal",
    }
}

/// Go's `invalidSep`: the offset of the first `_` that does not separate two digits (a
/// base prefix counts as a digit), if any.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1].to_ascii_lowercase();
        if matches!(x1, b'x' | b'o' | b'b') {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

/// Go's `%#U` of a rune: `U+0041 'A'` (the character only when printable).
fn unicode_name(c: char) -> String {
    if c.is_control() || c.is_whitespace() {
        format!("U+{:04X}", c as u32)
    } else {
        format!("U+{:04X} '{c}'", c as u32)
    }
}

/// Go's `%q` of a rune, for messages.
fn quote_char(c: char) -> String {
    match c {
        '\'' => "'\\''".into(),
        c if c.is_ascii_graphic() || c == ' ' || (!c.is_ascii() && !c.is_control()) => {
            format!("'{c}'")
        }
        c => format!("'{}'", c.escape_default()),
    }
}

fn is_letter(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

impl<'a> Lexer<'a> {
    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            col: (self.i - self.line_start + 1) as u32,
        }
    }

    fn peek(&self, k: usize) -> u8 {
        *self.src.get(self.i + k).unwrap_or(&0)
    }

    fn cur_char(&self) -> Option<char> {
        self.text.get(self.i..).and_then(|s| s.chars().next())
    }

    fn newline(&mut self) {
        // called with self.i at the '\n'
        self.i += 1;
        self.line += 1;
        self.line_start = self.i;
    }

    fn push(&mut self, tok: Tok, pos: Pos) {
        self.nlsemi = matches!(
            tok,
            Tok::Ident(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Char(_)
                | Tok::Str { .. }
                | Tok::Kw("break")
                | Tok::Kw("continue")
                | Tok::Kw("fallthrough")
                | Tok::Kw("return")
                | Tok::Op("++")
                | Tok::Op("--")
                | Tok::Op(")")
                | Tok::Op("]")
                | Tok::Op("}")
        );
        self.out.push(Token { tok, pos });
    }

    fn error(&mut self, pos: Pos, msg: String) {
        self.out.push(Token {
            tok: Tok::Error(msg),
            pos,
        });
        let p = self.pos();
        self.out.push(Token {
            tok: Tok::Eof,
            pos: p,
        });
    }

    fn run(&mut self) {
        loop {
            // skip white space
            while self.i < self.src.len() {
                let c = self.src[self.i];
                if c == b' ' || c == b'\t' || c == b'\r' {
                    self.i += 1;
                } else if c == b'\n' && !self.nlsemi {
                    self.newline();
                } else {
                    break;
                }
            }
            let pos = self.pos();
            if self.i >= self.src.len() {
                if self.nlsemi {
                    self.push(Tok::Semi(SemiKind::Eof), pos);
                }
                self.out.push(Token { tok: Tok::Eof, pos });
                return;
            }
            let c = self.src[self.i];
            if c == b'\n' {
                self.newline();
                self.push(Tok::Semi(SemiKind::Newline), pos);
                continue;
            }
            // Line directives (`//line` at the start of a line, `/*line` anywhere) change
            // the positions Go reports: refused rather than ignored.
            if c == b'/'
                && matches!(self.peek(1), b'/' | b'*')
                && self.src[self.i + 2..].starts_with(b"line ")
                && (self.peek(1) == b'*' || pos.col == 1)
            {
                self.error(
                    pos,
                    "deferjit does not support line directives (//line, /*line*/) yet".into(),
                );
                return;
            }
            if c == b'/' && self.peek(1) == b'/' {
                while self.i < self.src.len() && self.src[self.i] != b'\n' {
                    self.i += 1;
                }
                continue;
            }
            if c == b'/' && self.peek(1) == b'*' {
                self.i += 2;
                let start_line = self.line;
                let mut closed = false;
                while self.i < self.src.len() {
                    if self.src[self.i] == b'*' && self.peek(1) == b'/' {
                        self.i += 2;
                        closed = true;
                        break;
                    }
                    if self.src[self.i] == b'\n' {
                        self.newline();
                    } else {
                        self.i += 1;
                    }
                }
                if !closed {
                    self.error(pos, "comment not terminated".into());
                    return;
                }
                if self.line != start_line && self.nlsemi {
                    self.push(Tok::Semi(SemiKind::Newline), pos);
                }
                continue;
            }
            let ch = match self.cur_char() {
                Some(ch) => ch,
                None => {
                    self.error(pos, "invalid character".into());
                    return;
                }
            };
            if is_letter(ch) || !ch.is_ascii() {
                // gc's `atIdentChar`: any non-ASCII character continues an identifier,
                // an error unless it is a letter or (not first) a digit.
                let start = self.i;
                while let Some(ch) = self.cur_char() {
                    let digit = ch.is_ascii_digit() || (!ch.is_ascii() && ch.is_numeric());
                    let msg = if is_letter(ch) || (digit && self.i > start) {
                        None
                    } else if digit {
                        Some(format!(
                            "identifier cannot begin with digit {}",
                            unicode_name(ch)
                        ))
                    } else if !ch.is_ascii() {
                        Some(format!(
                            "invalid character {} in identifier",
                            unicode_name(ch)
                        ))
                    } else {
                        break;
                    };
                    if let Some(msg) = msg {
                        let p = self.pos();
                        self.error(p, msg);
                        return;
                    }
                    self.i += ch.len_utf8();
                }
                let word = &self.text[start..self.i];
                if let Some(kw) = KEYWORDS.iter().find(|k| **k == word) {
                    self.push(Tok::Kw(kw), pos);
                } else {
                    self.push(Tok::Ident(word.to_string()), pos);
                }
                continue;
            }
            if c.is_ascii_digit() || (c == b'.' && self.peek(1).is_ascii_digit()) {
                if !self.number(pos) {
                    return;
                }
                continue;
            }
            if c == b'"' {
                if !self.string(pos) {
                    return;
                }
                continue;
            }
            if c == b'`' {
                if !self.raw_string(pos) {
                    return;
                }
                continue;
            }
            if c == b'\'' {
                if !self.rune(pos) {
                    return;
                }
                continue;
            }
            if let Some(op) = OPS
                .iter()
                .find(|op| self.src[self.i..].starts_with(op.as_bytes()))
            {
                self.i += op.len();
                if *op == ";" {
                    self.push(Tok::Semi(SemiKind::Explicit), pos);
                } else {
                    self.push(Tok::Op(op), pos);
                }
                continue;
            }
            self.error(pos, format!("invalid character {}", unicode_name(ch)));
            return;
        }
    }

    /// Go's `number` scanner: decimal, `0x`, `0o`, `0b` and legacy octal integers, decimal
    /// and hexadecimal floats, `_` separators and the `i` suffix, with gc's messages.
    fn number(&mut self, pos: Pos) -> bool {
        let start = self.i;
        let mut base = 10u32;
        let mut prefix = 0u8;
        let mut digsep = 0u8;
        let mut invalid: Option<usize> = None;
        let mut is_float = false;
        let mut err: Option<(usize, String)> = None;
        if self.peek(0) == b'.' {
            self.i += 1;
            is_float = true;
        } else {
            if self.peek(0) == b'0' {
                self.i += 1;
                match self.peek(0).to_ascii_lowercase() {
                    b'x' => (base, prefix) = (16, b'x'),
                    b'o' => (base, prefix) = (8, b'o'),
                    b'b' => (base, prefix) = (2, b'b'),
                    _ => (base, prefix, digsep) = (8, b'0', 1),
                }
                if prefix != b'0' {
                    self.i += 1;
                }
            }
            digsep |= self.digits(base, &mut invalid, start);
            if self.peek(0) == b'.' {
                if prefix == b'o' || prefix == b'b' {
                    let msg = format!("invalid radix point in {} literal", base_name(base));
                    err = Some((self.i, msg));
                }
                self.i += 1;
                is_float = true;
            }
        }
        if is_float {
            digsep |= self.digits(base, &mut invalid, start);
        }
        if digsep & 1 == 0 && err.is_none() {
            err = Some((self.i, format!("{} literal has no digits", base_name(base))));
        }
        let e = self.peek(0);
        if matches!(e, b'e' | b'E' | b'p' | b'P') {
            if err.is_none() {
                let lower = e.to_ascii_lowercase();
                if lower == b'e' && prefix != 0 && prefix != b'0' {
                    let msg = format!("'{}' exponent requires decimal mantissa", e as char);
                    err = Some((self.i, msg));
                } else if lower == b'p' && prefix != b'x' {
                    let msg = format!("'{}' exponent requires hexadecimal mantissa", e as char);
                    err = Some((self.i, msg));
                }
            }
            self.i += 1;
            is_float = true;
            if matches!(self.peek(0), b'+' | b'-') {
                self.i += 1;
            }
            let ds = self.digits(10, &mut None, start);
            digsep = ds | (digsep & 2);
            if ds & 1 == 0 && err.is_none() {
                err = Some((self.i, "exponent has no digits".into()));
            }
        } else if prefix == b'x' && is_float && err.is_none() {
            err = Some((
                self.i,
                "hexadecimal mantissa requires a 'p' exponent".into(),
            ));
        }
        let imag = self.peek(0) == b'i';
        if imag {
            self.i += 1;
        }
        let lit = self.text[start..self.i].to_string();
        if let (false, false, Some(k), None) = (is_float, imag, invalid, &err) {
            let msg = format!(
                "invalid digit '{}' in {} literal",
                lit.as_bytes()[k] as char,
                base_name(base)
            );
            err = Some((start + k, msg));
        }
        if digsep & 2 != 0 && err.is_none() {
            if let Some(k) = invalid_sep(lit.as_bytes()) {
                err = Some((start + k, "'_' must separate successive digits".into()));
            }
        }
        if let Some((off, msg)) = err {
            let epos = Pos {
                line: pos.line,
                col: pos.col + (off - start) as u32,
            };
            self.error(epos, msg);
            return false;
        }
        let tok = if imag {
            Tok::Imag(lit)
        } else if is_float {
            Tok::Float(lit)
        } else {
            Tok::Int(lit)
        };
        self.push(tok, pos);
        true
    }

    /// Go's `digits`: `{ digit | '_' }`; for bases up to 10 any decimal digit is taken and
    /// the offset (from `start`) of the first one too large for `base` recorded. Returns
    /// bit 0 if there was a digit, bit 1 if there was a separator.
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>, start: usize) -> u8 {
        let mut digsep = 0;
        loop {
            let c = self.peek(0);
            let ok = if base <= 10 {
                c.is_ascii_digit()
            } else {
                c.is_ascii_hexdigit()
            };
            if c == b'_' {
                digsep |= 2;
            } else if ok {
                digsep |= 1;
                if base <= 10 && (c - b'0') as u32 >= base && invalid.is_none() {
                    *invalid = Some(self.i - start);
                }
            } else {
                return digsep;
            }
            self.i += 1;
        }
    }

    /// Decodes one escape after a backslash (self.i at the char after `\`); an error is
    /// reported where gc reports it (the offending character, or after the escape).
    fn escape(&mut self, quote: u8, out: &mut Vec<u8>) -> Result<(), (Pos, String)> {
        let start = self.pos();
        self.escape_here(quote, out).map_err(|m| {
            let at = if m == "unknown escape" {
                start
            } else {
                self.pos()
            };
            (at, m)
        })
    }

    fn escape_here(&mut self, quote: u8, out: &mut Vec<u8>) -> Result<(), String> {
        let c = self.peek(0);
        self.i += 1;
        let simple = match c {
            b'a' => Some(7),
            b'b' => Some(8),
            b'f' => Some(12),
            b'n' => Some(10),
            b'r' => Some(13),
            b't' => Some(9),
            b'v' => Some(11),
            b'\\' => Some(b'\\'),
            _ if c == quote => Some(quote),
            _ => None,
        };
        if let Some(b) = simple {
            out.push(b);
            return Ok(());
        }
        let (n, base) = match c {
            b'0'..=b'7' => {
                self.i -= 1;
                (3, 8)
            }
            b'x' => (2, 16),
            b'u' => (4, 16),
            b'U' => (8, 16),
            _ => return Err("unknown escape".into()),
        };
        let mut v: u32 = 0;
        for _ in 0..n {
            let d = self.peek(0);
            let dv = match (d as char).to_digit(base) {
                Some(dv) => dv,
                None => {
                    let ch = self.cur_char().unwrap_or('\0');
                    return Err(format!(
                        "invalid character {} in {} escape",
                        quote_char(ch),
                        base_name(base)
                    ));
                }
            };
            v = v.wrapping_mul(base).wrapping_add(dv);
            self.i += 1;
        }
        if c == b'x' || (b'0'..=b'7').contains(&c) {
            if v > 255 {
                return Err(format!("octal escape value {v} > 255"));
            }
            out.push(v as u8);
        } else {
            match char::from_u32(v) {
                Some(ch) => {
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                None => return Err(format!("escape is invalid Unicode code point U+{v:04X}")),
            }
        }
        Ok(())
    }

    fn string(&mut self, pos: Pos) -> bool {
        let start = self.i;
        self.i += 1;
        let mut out = Vec::new();
        loop {
            if self.i >= self.src.len() {
                self.error(pos, "string not terminated".into());
                return false;
            }
            let b = self.src[self.i];
            if b == b'"' {
                self.i += 1;
                break;
            }
            if b == b'\n' {
                let p = self.pos();
                self.error(p, "newline in string".into());
                return false;
            }
            if b == b'\\' {
                self.i += 1;
                if let Err((epos, m)) = self.escape(b'"', &mut out) {
                    self.error(epos, m);
                    return false;
                }
                continue;
            }
            out.push(b);
            self.i += 1;
        }
        let raw = self.text[start..self.i].to_string();
        self.push(Tok::Str { raw, val: out }, pos);
        true
    }

    fn raw_string(&mut self, pos: Pos) -> bool {
        let start = self.i;
        self.i += 1;
        loop {
            if self.i >= self.src.len() {
                self.error(pos, "string not terminated".into());
                return false;
            }
            match self.src[self.i] {
                b'`' => break,
                b'\n' => self.newline(),
                _ => self.i += 1,
            }
        }
        self.i += 1;
        let raw = &self.text[start..self.i];
        let val = raw[1..raw.len() - 1].replace('\r', "").into_bytes();
        self.push(
            Tok::Str {
                raw: raw.to_string(),
                val,
            },
            pos,
        );
        true
    }

    fn rune(&mut self, pos: Pos) -> bool {
        let start = self.i;
        self.i += 1;
        let mut n = 0;
        loop {
            if self.i >= self.src.len() {
                self.error(pos, "rune literal not terminated".into());
                return false;
            }
            if self.src[self.i] == b'\n' {
                let p = self.pos();
                self.error(p, "newline in rune literal".into());
                return false;
            }
            let b = self.src[self.i];
            if b == b'\'' {
                self.i += 1;
                break;
            }
            if b == b'\\' {
                self.i += 1;
                let mut sink = Vec::new();
                if let Err((epos, m)) = self.escape(b'\'', &mut sink) {
                    self.error(epos, m);
                    return false;
                }
            } else {
                let ch = self.cur_char().map(|c| c.len_utf8()).unwrap_or(1);
                self.i += ch;
            }
            n += 1;
        }
        if n == 0 {
            let p = self.pos();
            self.error(
                Pos {
                    col: p.col - 1,
                    ..p
                },
                "empty rune literal or unescaped '".into(),
            );
            return false;
        }
        if n != 1 {
            self.error(pos, "more than one character in rune literal".into());
            return false;
        }
        let raw = self.text[start..self.i].to_string();
        self.push(Tok::Char(raw), pos);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<String> {
        tokenize(src)
            .into_iter()
            .map(|t| t.tok.describe())
            .collect()
    }

    #[test]
    fn semicolons_inserted_after_line_end_tokens() {
        let k = kinds("x := 1\nreturn\n}\nf(\na)\n");
        assert_eq!(
            k,
            vec![
                "name x",
                ":=",
                "literal 1",
                "newline",
                "return",
                "newline",
                "}",
                "newline",
                "name f",
                "(",
                "name a",
                ")",
                "newline",
                "EOF"
            ]
        );
    }

    #[test]
    fn no_semicolon_after_operator_and_eof_semicolon() {
        let k = kinds("a +\nb");
        assert_eq!(k, vec!["name a", "+", "name b", "EOF", "EOF"]);
        let t = tokenize("x++ // c\n");
        assert_eq!(t[2].tok, Tok::Semi(SemiKind::Newline));
        assert_eq!(t[2].pos, Pos { line: 1, col: 9 });
    }

    #[test]
    fn multiline_comment_acts_as_newline() {
        let k = kinds("a /* x\n */ b");
        assert_eq!(k, vec!["name a", "newline", "name b", "EOF", "EOF"]);
        let k = kinds("a /* x */ b");
        assert_eq!(k, vec!["name a", "name b", "EOF", "EOF"]);
    }

    #[test]
    fn positions_count_bytes_and_tabs_as_one() {
        let t = tokenize("\tx := \"é\" + y");
        assert_eq!(t[0].pos, Pos { line: 1, col: 2 });
        assert_eq!(t[4].pos, Pos { line: 1, col: 14 });
    }

    #[test]
    fn string_escapes_and_errors() {
        let t = tokenize(r#""a\tb\x41\u00e9""#);
        assert_eq!(
            t[0].tok,
            Tok::Str {
                raw: r#""a\tb\x41\u00e9""#.into(),
                val: "a\tbAé".into()
            }
        );
        assert!(matches!(
            tokenize("\"abc").first().unwrap().tok,
            Tok::Error(_)
        ));
        assert!(matches!(tokenize("x # y")[1].tok, Tok::Error(_)));
    }

    fn first_error(src: &str) -> Option<(u32, u32, String)> {
        tokenize(src).into_iter().find_map(|t| match t.tok {
            Tok::Error(m) => Some((t.pos.line, t.pos.col, m)),
            _ => None,
        })
    }

    #[test]
    fn number_forms_like_go() {
        for (lit, want) in [
            ("0x_cafe", "literal 0x_cafe"),
            ("0b1010", "literal 0b1010"),
            ("0O17", "literal 0O17"),
            ("017", "literal 017"),
            ("1_000_000", "literal 1_000_000"),
            ("0x1p-2", "literal 0x1p-2"),
            ("0X.8P+1", "literal 0X.8P+1"),
            ("1e+10", "literal 1e+10"),
            ("09.5", "literal 09.5"),
            ("089i", "literal 089i"),
            ("0x_1p4i", "literal 0x_1p4i"),
        ] {
            assert_eq!(kinds(lit)[0], want);
        }
        assert!(matches!(tokenize("0x1p-2")[0].tok, Tok::Float(_)));
        assert!(matches!(tokenize("2i")[0].tok, Tok::Imag(_)));
        assert!(matches!(tokenize("0o17")[0].tok, Tok::Int(_)));
        for (src, col, msg) in [
            ("089", 2, "invalid digit '8' in octal literal"),
            ("0b102", 5, "invalid digit '2' in binary literal"),
            ("0x", 3, "hexadecimal literal has no digits"),
            ("1__0", 3, "'_' must separate successive digits"),
            ("0x_", 4, "hexadecimal literal has no digits"),
            ("0x_1_", 5, "'_' must separate successive digits"),
            ("0x1.5", 6, "hexadecimal mantissa requires a 'p' exponent"),
            ("0b1.0", 4, "invalid radix point in binary literal"),
            ("1p3", 2, "'p' exponent requires hexadecimal mantissa"),
            ("0x1e3p", 7, "exponent has no digits"),
        ] {
            assert_eq!(first_error(src), Some((1, col, msg.to_string())), "{src}");
        }
    }

    #[test]
    fn rune_escapes_and_errors() {
        for ok in [
            "'a'",
            "'\\x41'",
            "'\\101'",
            "'\\u00e9'",
            "'\\U0001F600'",
            "'\\''",
            "'é'",
        ] {
            assert!(matches!(tokenize(ok)[0].tok, Tok::Char(_)), "{ok}");
        }
        assert_eq!(
            first_error("x = ''"),
            Some((1, 6, "empty rune literal or unescaped '".into()))
        );
        assert_eq!(
            first_error("'\\400'").map(|e| e.2),
            Some("octal escape value 256 > 255".into())
        );
        assert_eq!(
            first_error("\"\\uD800\"").map(|e| e.2),
            Some("escape is invalid Unicode code point U+D800".into())
        );
        assert_eq!(
            first_error("\"\\xZZ\"").map(|e| e.2),
            Some("invalid character 'Z' in hexadecimal escape".into())
        );
    }

    #[test]
    fn byte_order_mark_only_at_the_start() {
        let t = tokenize("\u{feff}package main");
        assert_eq!(t[0].tok, Tok::Kw("package"));
        // columns count the BOM's bytes, as gc's do
        assert_eq!(t[1].pos, Pos { line: 1, col: 12 });
        assert_eq!(
            first_error("package main\nvar s = \"a\u{feff}\"\n"),
            Some((2, 11, "invalid BOM in the middle of the file".into()))
        );
        assert_eq!(
            first_error("\u{feff}\u{feff}package main"),
            Some((1, 4, "invalid BOM in the middle of the file".into()))
        );
    }
}
