//! The lexer: Go tokens with byte-column positions and Go's automatic semicolon insertion.

use lowering::ir::Pos;

/// Why a semicolon token is there: written, or inserted at a newline / EOF.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemiKind {
    Explicit,
    Newline,
    Eof,
}

/// A token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tok {
    Eof,
    Ident(String),
    Int(String),
    Float(String),
    Imag(String),
    /// A rune literal, raw source text.
    Char(String),
    /// A string literal: raw source text and decoded value.
    Str {
        raw: String,
        val: String,
    },
    /// A keyword (`func`, `if`, ...).
    Kw(&'static str),
    /// An operator or punctuation (`+`, `+=`, `(`, `...`).
    Op(&'static str),
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
            Tok::Kw(k) => format!("keyword {k}"),
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
    pub tok: Tok,
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

/// Splits `src` into tokens, inserting semicolons as Go does. Stops after the first
/// lexical error, which becomes a [`Tok::Error`] token followed by [`Tok::Eof`].
pub fn tokenize(src: &str) -> Vec<Token> {
    let mut lx = Lexer {
        src: src.as_bytes(),
        text: src,
        i: 0,
        line: 1,
        line_start: 0,
        out: Vec::new(),
        nlsemi: false,
    };
    lx.run();
    lx.out
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
            if is_letter(ch) {
                let start = self.i;
                while let Some(ch) = self.cur_char() {
                    if is_letter(ch) || ch.is_ascii_digit() || (!ch.is_ascii() && ch.is_numeric()) {
                        self.i += ch.len_utf8();
                    } else {
                        break;
                    }
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
                let start = self.i;
                self.i += 1;
                let mut closed = false;
                while self.i < self.src.len() {
                    let b = self.src[self.i];
                    if b == b'`' {
                        self.i += 1;
                        closed = true;
                        break;
                    }
                    if b == b'\n' {
                        self.newline();
                    } else {
                        self.i += 1;
                    }
                }
                if !closed {
                    self.error(pos, "raw string literal not terminated".into());
                    return;
                }
                let raw = &self.text[start..self.i];
                let val = raw[1..raw.len() - 1].replace('\r', "");
                self.push(
                    Tok::Str {
                        raw: raw.to_string(),
                        val,
                    },
                    pos,
                );
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
            let msg = if ch.is_ascii_graphic() {
                format!("invalid character U+{:04X} '{}'", ch as u32, ch)
            } else {
                format!("invalid character U+{:04X}", ch as u32)
            };
            self.error(pos, msg);
            return;
        }
    }

    fn number(&mut self, pos: Pos) -> bool {
        let start = self.i;
        let mut is_float = false;
        if self.peek(0) == b'0' && matches!(self.peek(1), b'x' | b'X' | b'b' | b'B' | b'o' | b'O') {
            self.i += 2;
            while self.peek(0).is_ascii_alphanumeric() || self.peek(0) == b'_' {
                self.i += 1;
            }
        } else {
            while self.peek(0).is_ascii_digit() || self.peek(0) == b'_' {
                self.i += 1;
            }
            if self.peek(0) == b'.' {
                is_float = true;
                self.i += 1;
                while self.peek(0).is_ascii_digit() || self.peek(0) == b'_' {
                    self.i += 1;
                }
            }
            if matches!(self.peek(0), b'e' | b'E') {
                is_float = true;
                self.i += 1;
                if matches!(self.peek(0), b'+' | b'-') {
                    self.i += 1;
                }
                while self.peek(0).is_ascii_digit() || self.peek(0) == b'_' {
                    self.i += 1;
                }
            }
        }
        let mut imag = false;
        if self.peek(0) == b'i' {
            self.i += 1;
            imag = true;
        }
        let lit = self.text[start..self.i].to_string();
        if imag {
            self.push(Tok::Imag(lit), pos);
        } else if is_float {
            self.push(Tok::Float(lit), pos);
        } else {
            // validate digits
            let body = lit.replace('_', "");
            let ok = if let Some(h) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
                !h.is_empty() && h.bytes().all(|b| b.is_ascii_hexdigit())
            } else if let Some(b) = body.strip_prefix("0b").or_else(|| body.strip_prefix("0B")) {
                !b.is_empty() && b.bytes().all(|b| b == b'0' || b == b'1')
            } else if let Some(o) = body.strip_prefix("0o").or_else(|| body.strip_prefix("0O")) {
                !o.is_empty() && o.bytes().all(|b| (b'0'..=b'7').contains(&b))
            } else if body.len() > 1 && body.starts_with('0') {
                body.bytes().all(|b| (b'0'..=b'7').contains(&b))
            } else {
                body.bytes().all(|b| b.is_ascii_digit())
            };
            if !ok {
                self.error(pos, format!("invalid digits in numeric literal {lit}"));
                return false;
            }
            self.push(Tok::Int(lit), pos);
        }
        true
    }

    /// Decodes one escape after a backslash (self.i at the char after `\`).
    fn escape(&mut self, quote: u8, out: &mut Vec<u8>) -> Result<(), String> {
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
                None => return Err("invalid character in escape sequence".into()),
            };
            v = v.wrapping_mul(base).wrapping_add(dv);
            self.i += 1;
        }
        if c == b'x' || (b'0'..=b'7').contains(&c) {
            if v > 255 {
                return Err("octal escape value > 255".into());
            }
            out.push(v as u8);
        } else {
            match char::from_u32(v) {
                Some(ch) => {
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                None => return Err("escape is invalid Unicode code point".into()),
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
                self.error(pos, "string literal not terminated".into());
                return false;
            }
            let b = self.src[self.i];
            if b == b'"' {
                self.i += 1;
                break;
            }
            if b == b'\n' {
                self.error(pos, "newline in string".into());
                return false;
            }
            if b == b'\\' {
                let epos = self.pos();
                self.i += 1;
                if let Err(m) = self.escape(b'"', &mut out) {
                    self.error(epos, m);
                    return false;
                }
                continue;
            }
            out.push(b);
            self.i += 1;
        }
        let raw = self.text[start..self.i].to_string();
        let val = String::from_utf8_lossy(&out).into_owned();
        self.push(Tok::Str { raw, val }, pos);
        true
    }

    fn rune(&mut self, pos: Pos) -> bool {
        let start = self.i;
        self.i += 1;
        let mut n = 0;
        loop {
            if self.i >= self.src.len() || self.src[self.i] == b'\n' {
                self.error(pos, "rune literal not terminated".into());
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
                if let Err(m) = self.escape(b'\'', &mut sink) {
                    self.error(pos, m);
                    return false;
                }
            } else {
                let ch = self.cur_char().map(|c| c.len_utf8()).unwrap_or(1);
                self.i += ch;
            }
            n += 1;
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
                "keyword return",
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
}
