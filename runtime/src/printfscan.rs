//! Reading a Printf format as fmt's `doPrintf` reads it: the directives in order, each
//! with its flags, width, precision and operand (explicit indexes `[n]`, `*` operands),
//! and the questions the checker asks of a constant format (what deferjit refuses in it,
//! which operands Errorf's `%w` wraps).

use crate::printf::Spec;

/// Which operand a directive's verb prints.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// `%%`: none.
    Percent,
    /// An explicit index out of range, or an index followed by a width or precision:
    /// `%!d(BADINDEX)`.
    BadIndex,
    /// No operand left: `%!d(MISSING)`.
    Missing,
    /// The operand at this index.
    Arg(usize),
}

/// One `%` directive of a format and the literal text before it.
pub(crate) struct Directive {
    /// The literal text before the `%` (or up to the end).
    pub(crate) text: std::ops::Range<usize>,
    /// A `*` width whose operand is not a small enough integer (`%!(BADWIDTH)`).
    pub(crate) bad_width: bool,
    /// Likewise for a `*` precision (`%!(BADPREC)`).
    pub(crate) bad_prec: bool,
    /// The verb, its flags and its operand; `None` when the format ends first (after a
    /// `%`: `%!(NOVERB)`; else no directive, only text).
    pub(crate) verb: Option<(char, Spec, Target)>,
    /// Whether the format ended inside the directive.
    pub(crate) no_verb: bool,
}

/// Reads a format's directives in order as fmt's `doPrintf` does, keeping its operand
/// number: each verb but `%%` and each `*` takes the next operand, `[n]` sets which one is
/// next (and marks the format reordered: no `%!(EXTRA ...)` then).
pub(crate) struct Scanner<'f> {
    pub(crate) format: &'f [u8],
    pub(crate) nargs: usize,
    pub(crate) i: usize,
    /// The next operand's index.
    pub(crate) arg: usize,
    /// Whether an explicit index appeared.
    pub(crate) reordered: bool,
}

impl<'f> Scanner<'f> {
    pub(crate) fn new(format: &'f [u8], nargs: usize) -> Self {
        Scanner {
            format,
            nargs,
            i: 0,
            arg: 0,
            reordered: false,
        }
    }

    /// fmt's `argNumber` at the current position: a valid `[n]` makes operand `n-1` the
    /// next; an invalid one clears `good`. True when a well-formed `[n]` was read.
    pub(crate) fn arg_number(&mut self, good: &mut bool) -> bool {
        let f = self.format;
        if self.i >= f.len() || f[self.i] != b'[' {
            return false;
        }
        self.reordered = true;
        // fmt's parseArgNumber: up to the first `]`, a number and nothing else.
        let rest = &f[self.i..];
        let (index, width, ok) = match rest.iter().position(|&c| c == b']') {
            Some(close) if rest.len() >= 3 => {
                let (n, isnum, after) = parse_num(rest, 1, close);
                if !isnum || after != close {
                    (0, close + 1, false)
                } else {
                    (n as isize - 1, close + 1, true)
                }
            }
            _ => (0, 1, false),
        };
        self.i += width;
        if ok && index >= 0 && (index as usize) < self.nargs {
            self.arg = index as usize;
            return true;
        }
        *good = false;
        ok
    }

    /// A `*` width or precision: the next operand as an integer (`int_at` reads it; None
    /// when it is not one within ±1e6); it is taken whenever there is one.
    pub(crate) fn star(&mut self, int_at: &mut dyn FnMut(usize) -> Option<i64>) -> Option<i64> {
        if self.arg >= self.nargs {
            return None;
        }
        self.arg += 1;
        int_at(self.arg - 1)
    }

    /// The next directive, or None at the end of the format.
    pub(crate) fn next(
        &mut self,
        int_at: &mut dyn FnMut(usize) -> Option<i64>,
    ) -> Option<Directive> {
        let f = self.format;
        let end = f.len();
        if self.i >= end {
            return None;
        }
        let last = self.i;
        while self.i < end && f[self.i] != b'%' {
            self.i += 1;
        }
        let mut d = Directive {
            text: last..self.i,
            bad_width: false,
            bad_prec: false,
            verb: None,
            no_verb: false,
        };
        if self.i >= end {
            return Some(d);
        }
        self.i += 1;
        let mut good = true;
        let mut s = Spec::default();
        while self.i < end {
            match f[self.i] {
                b'0' => s.zero = !s.minus,
                b'#' => s.sharp = true,
                b'+' => s.plus = true,
                b'-' => {
                    s.minus = true;
                    s.zero = false;
                }
                b' ' => s.space = true,
                _ => break,
            }
            self.i += 1;
        }
        let mut after_index = self.arg_number(&mut good);
        if self.i < end && f[self.i] == b'*' {
            self.i += 1;
            match self.star(int_at) {
                // Negative means `-`.
                Some(w) if w < 0 => {
                    s.wid = Some(w.unsigned_abs() as usize);
                    s.minus = true;
                    s.zero = false;
                }
                Some(w) => s.wid = Some(w as usize),
                None => d.bad_width = true,
            }
            after_index = false;
        } else {
            let (w, present, ni) = parse_num(f, self.i, end);
            self.i = ni;
            if present {
                s.wid = Some(w);
                // `%[3]2d`: an index must come right before the verb.
                if after_index {
                    good = false;
                }
            }
        }
        // A '.' ending the format is the verb (`%!.(int=1)`).
        if self.i + 1 < end && f[self.i] == b'.' {
            self.i += 1;
            if after_index {
                good = false;
            }
            after_index = self.arg_number(&mut good);
            if self.i < end && f[self.i] == b'*' {
                self.i += 1;
                match self.star(int_at) {
                    Some(p) if p >= 0 => s.prec = Some(p as usize),
                    _ => d.bad_prec = true,
                }
                after_index = false;
            } else {
                let (p, _, ni) = parse_num(f, self.i, end);
                self.i = ni;
                s.prec = Some(p);
            }
        }
        if !after_index {
            self.arg_number(&mut good);
        }
        if self.i >= end {
            d.no_verb = true;
            return Some(d);
        }
        let (verb, size) = decode_rune(&f[self.i..]);
        self.i += size;
        let target = if verb == '%' {
            Target::Percent
        } else if !good {
            Target::BadIndex
        } else if self.arg >= self.nargs {
            Target::Missing
        } else {
            self.arg += 1;
            Target::Arg(self.arg - 1)
        };
        if matches!(verb, 'v' | 'w') {
            s.sharp_v = s.sharp;
            s.sharp = false;
            s.plus_v = s.plus;
            s.plus = false;
        }
        d.verb = Some((verb, s, target));
        Some(d)
    }
}

/// fmt's `parsenum`: a decimal number at `b[start..end]`, whether there was one, and the
/// index after it. A number growing past 1e6 gives up, as if the format ended there.
fn parse_num(b: &[u8], start: usize, end: usize) -> (usize, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut n = 0usize;
    let mut i = start;
    while i < end && b[i].is_ascii_digit() {
        if n > 1_000_000 {
            return (0, false, end);
        }
        n = n * 10 + (b[i] - b'0') as usize;
        i += 1;
    }
    (n, i > start, i)
}

/// The first part of `format` this Printf does not implement yet (`errorf`: `%w` is
/// allowed): the checker refuses a constant format with it, and a format known only at
/// run time ends the run with a fatal error naming it.
pub fn unsupported_in_format(format: &[u8], errorf: bool) -> Option<String> {
    if !format.contains(&b'w') {
        // Both refusals are about `%w`.
        return None;
    }
    let mut scan = Scanner::new(format, usize::MAX);
    let (mut wraps, mut sharp_wraps) = (false, false);
    while let Some(d) = scan.next(&mut |_| Some(0)) {
        if let Some(('w', s, _)) = d.verb {
            wraps = true;
            sharp_wraps |= s.sharp_v;
        }
    }
    if wraps && scan.reordered {
        // Errorf's %w operands are found in the library's Go (`errorfd`), which reads no
        // explicit indexes.
        Some("explicit argument indexes with %w".into())
    } else if sharp_wraps && errorf {
        Some("the # flag with %w".into())
    } else {
        None
    }
}

/// The operands (indexes in the `nargs` operands) that the `%w` verbs of `format` print,
/// in order: what Go's `fmt.Errorf` wraps.
pub fn wrapped_operands(format: &[u8], nargs: usize) -> Vec<usize> {
    let mut scan = Scanner::new(format, nargs);
    let mut out = Vec::new();
    while let Some(d) = scan.next(&mut |_| Some(0)) {
        if let Some(('w', _, Target::Arg(k))) = d.verb {
            out.push(k);
        }
    }
    out
}

/// The first rune of `b` (U+FFFD for invalid UTF-8, one byte) and its length.
pub(crate) fn decode_rune(b: &[u8]) -> (char, usize) {
    if b[0] < 0x80 {
        return (b[0] as char, 1);
    }
    let n = match b[0] {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
    .min(b.len());
    match std::str::from_utf8(&b[..n]) {
        Ok(s) => (s.chars().next().unwrap_or('\u{fffd}'), n),
        Err(_) => ('\u{fffd}', 1),
    }
}
