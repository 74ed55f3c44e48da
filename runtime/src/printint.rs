//! fmt's integer verbs (`fmtInteger`, `fmtUnicode`, `fmtC`, `fmtQc`): the digits in any
//! base, precision and zero padding, `#` prefixes and signs.

use crate::printf::{pad, Spec};

/// fmt's `fmtInteger` for the verbs of integers; false for any other verb.
pub(crate) fn integer(out: &mut Vec<u8>, s: &Spec, verb: char, v: i128) -> bool {
    let (base, upper) = match verb {
        'v' | 'd' => (10, false),
        'b' => (2, false),
        'o' | 'O' => (8, false),
        'x' => (16, false),
        'X' => (16, true),
        'U' => {
            // fmtUnicode: U+ and at least `prec` (4) hex digits; with `#`, the rune quoted
            // after a space when printable. Never zero-padded.
            let u = v as u64;
            let mut b =
                format!("U+{:0width$X}", u, width = s.prec.unwrap_or(4).max(4)).into_bytes();
            if s.sharp && u <= 0x10FFFF && crate::unicode::rt_unicode_is_print(0, u as i64) != 0 {
                if let Some(c) = char::from_u32(u as u32) {
                    let mut e = [0u8; 4];
                    b.extend_from_slice(b" '");
                    b.extend_from_slice(c.encode_utf8(&mut e).as_bytes());
                    b.push(b'\'');
                }
            }
            pad(out, &Spec { zero: false, ..*s }, &b);
            return true;
        }
        'q' => {
            // fmtQc: the rune quoted; past MaxRune (or negative), U+FFFD.
            let r = if (0..=0x10FFFF).contains(&v) {
                v as i64
            } else {
                0xFFFD
            };
            pad(out, s, &crate::quote::quote_rune(r, s.plus));
            return true;
        }
        'c' => {
            let c = u32::try_from(v)
                .ok()
                .and_then(char::from_u32)
                .unwrap_or('\u{fffd}');
            let mut b = [0u8; 4];
            pad(out, s, c.encode_utf8(&mut b).as_bytes());
            return true;
        }
        _ => return false,
    };
    let negative = v < 0;
    let mut u = v.unsigned_abs();
    let mut prec = 0usize;
    if let Some(p) = s.prec {
        prec = p;
        if p == 0 && u == 0 {
            let blank = Spec { zero: false, ..*s };
            pad(out, &blank, b"");
            return true;
        }
    } else if s.zero && !s.minus {
        if let Some(w) = s.wid {
            prec = w;
            if negative || s.plus || s.space {
                prec = prec.saturating_sub(1);
            }
        }
    }
    let digits: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    // The text is written backwards, digits first: on the stack unless a precision
    // needs more room (at most 128 binary digits, a prefix of 2 and a sign).
    let room = prec.max(128) + 3;
    let mut stack = [0u8; 131];
    let mut heap = Vec::new();
    let buf: &mut [u8] = if room <= stack.len() {
        &mut stack[..room]
    } else {
        heap.resize(room, 0);
        &mut heap
    };
    let mut text = Backward {
        pos: buf.len(),
        buf,
    };
    if let Ok(mut w) = u64::try_from(u) {
        // The common case in 64-bit arithmetic (a 128-bit division is a library call).
        let base = base as u64;
        loop {
            text.push(digits[(w % base) as usize]);
            w /= base;
            if w == 0 {
                break;
            }
        }
    } else {
        loop {
            text.push(digits[(u % base) as usize]);
            u /= base;
            if u == 0 {
                break;
            }
        }
    }
    while text.len() < prec {
        text.push(b'0');
    }
    if s.sharp {
        // fmt's prefixes: 0b, a leading 0, 0x or 0X.
        match base {
            2 => text.push_front(b"0b"),
            8 if text.first() != b'0' => text.push(b'0'),
            16 => text.push_front(if upper { b"0X" } else { b"0x" }),
            _ => {}
        }
    }
    if verb == 'O' {
        text.push_front(b"0o");
    }
    if negative {
        text.push(b'-');
    } else if s.plus {
        text.push(b'+');
    } else if s.space {
        text.push(b' ');
    }
    let nozero = Spec { zero: false, ..*s };
    pad(out, &nozero, text.as_bytes());
    true
}

/// A text written from its end towards its start, in a buffer with room for it.
struct Backward<'a> {
    buf: &'a mut [u8],
    /// Where the text starts.
    pos: usize,
}

impl Backward<'_> {
    /// Puts `b` before the text.
    fn push(&mut self, b: u8) {
        self.pos -= 1;
        self.buf[self.pos] = b;
    }

    /// Puts `s` before the text.
    fn push_front(&mut self, s: &[u8]) {
        for &b in s.iter().rev() {
            self.push(b);
        }
    }

    /// The text's length.
    fn len(&self) -> usize {
        self.buf.len() - self.pos
    }

    /// The text's first byte.
    fn first(&self) -> u8 {
        self.buf[self.pos]
    }

    fn as_bytes(&self) -> &[u8] {
        &self.buf[self.pos..]
    }
}
