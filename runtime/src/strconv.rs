//! Package strconv's float conversions (`FormatFloat`, `ParseFloat`'s decimal and
//! hexadecimal digits): the runtime entries behind the bodyless functions of
//! `lib/strconv/strconv.go`, which does the syntax, the special values and the errors.

use crate::words::Words2;

/// The text of a finite, non-negative `v` from its shortest digits (`0.digits × 10^dp`) in
/// `%e` form (`e_char` 'e' or 'E').
fn shortest_e(digits: &str, dp: i32, e_char: char) -> String {
    let (first, rest) = digits.split_at(1);
    let mut s = String::from(first);
    if !rest.is_empty() {
        s.push('.');
        s.push_str(rest);
    }
    let x = dp - 1;
    let (sign, mag) = if x < 0 { ('-', -x) } else { ('+', x) };
    s.push_str(&format!("{e_char}{sign}{mag:02}"));
    s
}

/// The same in `%f` form.
fn shortest_f(digits: &str, dp: i32) -> String {
    let nd = digits.len() as i32;
    if dp <= 0 {
        format!("0.{}{digits}", "0".repeat((-dp) as usize))
    } else if dp >= nd {
        format!("{digits}{}", "0".repeat((dp - nd) as usize))
    } else {
        format!("{}.{}", &digits[..dp as usize], &digits[dp as usize..])
    }
}

/// `strconv.FormatFloat(f, fmt, prec, bitSize)` for bitSize 32 or 64 (`fmt` 'x' and 'X'
/// are refused by the caller).
fn format_float(v: f64, fmt: u8, prec: i64, single: bool) -> String {
    let v = if single { v as f32 as f64 } else { v };
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "+Inf" } else { "-Inf" }.into();
    }
    let neg = v.is_sign_negative();
    let sign = if neg { "-" } else { "" };
    let a = v.abs();
    let shortest = || {
        if a == 0.0 {
            ("0".to_string(), 1)
        } else {
            crate::floatfmt::shortest_digits(a, single)
        }
    };
    let body = match (fmt, prec) {
        (b'b', _) => return crate::floatfmt::binary_form(v, single),
        (b'x' | b'X', p) => return crate::floatfmt::hex_form(v, single, p, fmt == b'X'),
        (b'e' | b'E', p) if p < 0 => {
            let (d, dp) = shortest();
            shortest_e(&d, dp, fmt as char)
        }
        (b'e' | b'E', p) => {
            let s = crate::printf::e_prec(a, p as usize);
            if fmt == b'E' {
                s.to_ascii_uppercase()
            } else {
                s
            }
        }
        (b'f', p) if p < 0 => {
            let (d, dp) = shortest();
            shortest_f(&d, dp)
        }
        (b'f', p) => format!("{:.*}", p as usize, a),
        (b'g' | b'G', p) => {
            let s = if p < 0 {
                crate::floatfmt::fmt_float(a, single)
            } else {
                crate::printf::g_prec(a, (p as usize).max(1))
            };
            if fmt == b'G' {
                s.to_ascii_uppercase()
            } else {
                s
            }
        }
        _ => return format!("%{}", fmt as char),
    };
    format!("{sign}{body}")
}

/// `strconv.formatFloat(stub_fp, bits, fmt, prec, bitSize) -> string`.
pub extern "C" fn rt_strconv_format_float(
    _fp: usize,
    bits: i64,
    fmt: i64,
    prec: i64,
    bit_size: i64,
) -> Words2 {
    let text = format_float(f64::from_bits(bits as u64), fmt as u8, prec, bit_size == 32);
    let (ptr, len) = crate::strings::new_string(text.as_bytes());
    Words2::new(ptr, len)
}

/// Rounds `mant × 2^exp` (`mant` not zero; `sticky`: nonzero bits below it were dropped)
/// to the nearest float with `bits` mantissa bits and minimum normal exponent `emin`,
/// ties to even; `None` past `emax`.
fn round_binary(
    mut mant: u64,
    mut exp: i64,
    sticky: bool,
    bits: u32,
    emin: i64,
    emax: i64,
) -> Option<f64> {
    let shift = mant.leading_zeros();
    mant <<= shift;
    exp -= shift as i64;
    // The leading bit's exponent, and how many bits the result keeps.
    let lead = exp + 63;
    let keep_bits = if lead < emin {
        bits as i64 - (emin - lead)
    } else {
        bits as i64
    };
    let (mut keep, drop_shift) = if keep_bits <= 0 {
        (0u64, 64)
    } else {
        (mant >> (64 - keep_bits), 64 - keep_bits)
    };
    let (half, below) = if drop_shift >= 64 {
        // Everything is dropped: the leading bit is half of the smallest unit when
        // keep_bits is 0, else less than half.
        (
            keep_bits == 0,
            if keep_bits == 0 {
                (mant << 1) != 0 || sticky
            } else {
                true
            },
        )
    } else {
        let rest = mant << (64 - drop_shift);
        (rest >> 63 == 1, (rest << 1) != 0 || sticky)
    };
    if half && (below || keep & 1 == 1) {
        keep += 1;
    }
    // The value is keep × 2^k: the unit of keep's lowest bit.
    let k = lead - keep_bits + 1;
    if keep == 0 {
        return Some(0.0);
    }
    let top = 63 - keep.leading_zeros() as i64 + k;
    if top > emax {
        return None;
    }
    let mut v = keep as f64;
    let mut k = k;
    // In steps that stay exact: the result is representable, and bigger on the way down.
    while k != 0 {
        let step = k.clamp(-1000, 1000);
        v *= 2f64.powi(step as i32);
        k -= step;
    }
    Some(v)
}

/// A hexadecimal literal `[sign]0x h[.h]p[sign]d` (no underscores).
fn parse_hex(s: &str, single: bool) -> Option<(f64, bool)> {
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let s = s.get(2..)?;
    let (mantissa, exponent) = s.split_once(['p', 'P'])?;
    let pexp: i64 = exponent
        .parse::<i64>()
        .unwrap_or(if exponent.starts_with('-') {
            i64::MIN / 4
        } else {
            i64::MAX / 4
        });
    let pexp = pexp.clamp(-100_000, 100_000);
    let (mut mant, mut exp, mut sticky, mut digits) = (0u64, 0i64, false, 0);
    let mut after_point = false;
    for c in mantissa.bytes() {
        if c == b'.' {
            after_point = true;
            continue;
        }
        let d = (c as char).to_digit(16)? as u64;
        if mant == 0 && d == 0 {
            if after_point {
                exp -= 4;
            }
            continue;
        }
        if digits < 15 {
            mant = mant << 4 | d;
            digits += 1;
            if after_point {
                exp -= 4;
            }
        } else {
            sticky |= d != 0;
            if !after_point {
                exp += 4;
            }
        }
    }
    let sign = if neg { -1.0 } else { 1.0 };
    if mant == 0 {
        return Some((sign * 0.0, true));
    }
    let (bits, emin, emax) = if single {
        (24, -126, 127)
    } else {
        (53, -1022, 1023)
    };
    match round_binary(mant, exp + pexp, sticky, bits, emin, emax) {
        Some(v) => Some((sign * v, true)),
        None => Some((sign * f64::INFINITY, false)),
    }
}

/// `strconv.parseFloat(stub_fp, ptr, len, bitSize) -> (bits of the float64, in range)`:
/// a literal that the library's scanner accepted (decimal or hexadecimal, without
/// underscores), correctly rounded to float32 (widened) or float64.
///
/// # Safety
/// `(ptr, len)` must be a valid string.
pub unsafe extern "C" fn rt_strconv_parse_float(
    _fp: usize,
    ptr: i64,
    len: i64,
    bit_size: i64,
) -> Words2 {
    // SAFETY: a valid string (caller).
    let s = unsafe { crate::format::bytes(ptr as usize, len as usize) };
    let s = String::from_utf8_lossy(s);
    let single = bit_size == 32;
    let hex = s.trim_start_matches(['+', '-']).starts_with("0x")
        || s.trim_start_matches(['+', '-']).starts_with("0X");
    let (v, ok) = if hex {
        parse_hex(&s, single).unwrap_or((0.0, true))
    } else if single {
        let f: f32 = s.parse().unwrap_or(0.0);
        (f as f64, f.is_finite())
    } else {
        let f: f64 = s.parse().unwrap_or(0.0);
        (f, f.is_finite())
    };
    Words2::new(v.to_bits() as usize, usize::from(ok))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_as_go() {
        assert_eq!(format_float(1234.5678, b'e', -1, false), "1.2345678e+03");
        assert_eq!(format_float(0.000001234, b'f', -1, false), "0.000001234");
        assert_eq!(format_float(-2.5, b'f', 0, false), "-2");
        assert_eq!(format_float(1.0, b'b', -1, false), "4503599627370496p-52");
        assert_eq!(format_float(3.0, b'g', 0, false), "3");
        assert_eq!(format_float(0.1, b'g', -1, true), "0.1");
        assert_eq!(format_float(1e21, b'G', 3, false), "1E+21");
        assert_eq!(format_float(1.0, b'z', 2, false), "%z");
    }

    #[test]
    fn parses_hex_as_go() {
        assert_eq!(parse_hex("0x1p-2", false), Some((0.25, true)));
        assert_eq!(parse_hex("-0x1.8p1", false), Some((-3.0, true)));
        assert_eq!(
            parse_hex("0x1p-1074", false),
            Some((f64::from_bits(1), true))
        );
        assert_eq!(parse_hex("0x1p-1075", false), Some((0.0, true)));
        assert_eq!(
            parse_hex("0x1.8p-1075", false),
            Some((f64::from_bits(1), true))
        );
        assert_eq!(parse_hex("0x1p1024", false).map(|v| v.1), Some(false));
        assert_eq!(parse_hex("0x1.fffffffffffff8p0", false), Some((2.0, true)));
        assert_eq!(
            parse_hex("0x1.fffffep127", true),
            Some((f32::MAX as f64, true))
        );
    }
}
