//! Go's quoting of strings and runes (`strconv.Quote`, `QuoteToASCII`, `QuoteRune`,
//! `QuoteRuneToASCII`), for fmt's `%q`: escapes for quotes, backslashes, control and
//! non-printable runes (`unicode.IsPrint`), `\x` for each invalid byte.

use std::fmt::Write;

fn is_print(r: u32) -> bool {
    crate::unicode::rt_unicode_is_print(0, r as i64) != 0
}

/// Appends rune `r` escaped as Go quotes it inside `quote`.
fn escaped_rune(out: &mut Vec<u8>, r: u32, quote: u8, ascii_only: bool) {
    if r == quote as u32 || r == '\\' as u32 {
        out.push(b'\\');
        out.push(r as u8);
        return;
    }
    let printable = if ascii_only {
        r < 0x80 && is_print(r)
    } else {
        is_print(r)
    };
    if printable {
        let mut buf = [0u8; 4];
        // A printable rune is a valid scalar value.
        let c = char::from_u32(r).unwrap_or('\u{FFFD}');
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        return;
    }
    let named = match r {
        0x07 => Some("\\a"),
        0x08 => Some("\\b"),
        0x0C => Some("\\f"),
        0x0A => Some("\\n"),
        0x0D => Some("\\r"),
        0x09 => Some("\\t"),
        0x0B => Some("\\v"),
        _ => None,
    };
    if let Some(n) = named {
        out.extend_from_slice(n.as_bytes());
        return;
    }
    let mut s = String::new();
    let r = if r < 0x20 || r == 0x7F {
        let _ = write!(s, "\\x{r:02x}");
        out.extend_from_slice(s.as_bytes());
        return;
    } else if char::from_u32(r).is_none() {
        0xFFFD
    } else {
        r
    };
    if r < 0x10000 {
        let _ = write!(s, "\\u{r:04x}");
    } else {
        let _ = write!(s, "\\U{r:08x}");
    }
    out.extend_from_slice(s.as_bytes());
}

/// Go's UTF-8 decoding of the first rune of `b`: `(rune, width)`, `(0xFFFD, 1)` for an
/// invalid encoding.
fn decode(b: &[u8]) -> (u32, usize) {
    let n = match b[0] {
        0x00..=0x7F => return (b[0] as u32, 1),
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return (0xFFFD, 1),
    };
    match b.get(..n).map(std::str::from_utf8) {
        Some(Ok(s)) => (s.chars().next().map_or(0xFFFD, |c| c as u32), n),
        _ => (0xFFFD, 1),
    }
}

/// `strconv.Quote(s)` (or `QuoteToASCII` when `ascii_only`).
pub fn quote(s: &[u8], ascii_only: bool) -> Vec<u8> {
    let mut out = vec![b'"'];
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode(&s[i..]);
        if w == 1 && r == 0xFFFD {
            let _ = write!(Hex(&mut out), "\\x{:02x}", s[i]);
        } else {
            escaped_rune(&mut out, r, b'"', ascii_only);
        }
        i += w;
    }
    out.push(b'"');
    out
}

/// `strconv.QuoteRune(r)` (or `QuoteRuneToASCII`); an invalid rune quotes U+FFFD.
pub fn quote_rune(r: i64, ascii_only: bool) -> Vec<u8> {
    let r = u32::try_from(r)
        .ok()
        .filter(|&r| char::from_u32(r).is_some())
        .unwrap_or(0xFFFD);
    let mut out = vec![b'\''];
    escaped_rune(&mut out, r, b'\'', ascii_only);
    out.push(b'\'');
    out
}

/// `strconv.CanBackquote(s)`: `s` is valid UTF-8 without control characters other than
/// tab, without a backquote and without U+FEFF.
pub fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode(&s[i..]);
        i += w;
        if w > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == 0xFFFD || (r < 0x20 && r != 0x09) || r == 0x60 || r == 0x7F {
            return false;
        }
    }
    true
}

/// A `fmt::Write` over a byte vector.
struct Hex<'a>(&'a mut Vec<u8>);

impl std::fmt::Write for Hex<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}
