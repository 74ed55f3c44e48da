//! Floating-point constants: exact rationals (num-rational's `BigRational`, so `0.1 + 0.2
//! == 0.3` holds as Go's untyped arithmetic requires), literals decimal and hexadecimal,
//! rounding to `float32`/`float64`, and the `%.6g` text types2 prints in messages.

use lowering::ir::FloatKind;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// An exact constant value.
pub type Rat = BigRational;

/// The largest decimal exponent deferjit evaluates exactly (beyond it the rationals get
/// too big to compute with; Go's limit is far larger).
pub const MAX_EXP10: i64 = 4000;

/// Parses a Go floating-point literal (`1.5`, `1e-3`, `.5`, `0x1p-2`, with `_`); `None`
/// when malformed or its exponent is beyond [`MAX_EXP10`].
pub fn parse_float_lit(lit: &str) -> Option<Rat> {
    let s: String = lit.chars().filter(|c| *c != '_').collect();
    if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        let (mant, exp) = h.split_once(['p', 'P'])?;
        let exp: i64 = exp.parse().ok()?;
        let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{int}{frac}");
        let m = if digits.is_empty() {
            BigInt::zero()
        } else {
            BigInt::parse_bytes(digits.as_bytes(), 16)?
        };
        let e2 = exp - 4 * frac.len() as i64;
        if e2.abs() > MAX_EXP10 * 4 {
            return None;
        }
        return Some(scale(Rat::from_integer(m), 2, e2));
    }
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().ok()?),
        None => (s.as_str(), 0),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int}{frac}");
    let m = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(digits.as_bytes(), 10)?
    };
    let e10 = exp - frac.len() as i64;
    if e10.abs() > MAX_EXP10 {
        return None;
    }
    Some(scale(Rat::from_integer(m), 10, e10))
}

/// `r × base^exp`.
fn scale(r: Rat, base: u32, exp: i64) -> Rat {
    let p = Rat::from_integer(num_traits::pow(
        BigInt::from(base),
        exp.unsigned_abs() as usize,
    ));
    if exp >= 0 {
        r * p
    } else {
        r / p
    }
}

/// The nearest `f64` (ties to even); infinite when out of range.
pub fn to_f64(r: &Rat) -> f64 {
    r.to_f64().unwrap_or(if r.is_negative() {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    })
}

/// `r` rounded to the float type `k`, exactly; `None` when it overflows the type.
pub fn round_to(r: &Rat, k: FloatKind) -> Option<Rat> {
    let f = match k {
        FloatKind::F64 => to_f64(r),
        FloatKind::F32 => to_f32_exact(r),
    };
    if f.is_infinite() {
        return None;
    }
    Rat::from_float(f)
}

/// `r` correctly rounded to float32 (as an f64; infinite on overflow). Rounding to f64
/// first can land exactly between two float32 values when `r` is not (double rounding):
/// the exact value then decides.
fn to_f32_exact(r: &Rat) -> f64 {
    let x = to_f64(r);
    if !x.is_finite() {
        return x;
    }
    let y = x as f32;
    let Some(exact) = Rat::from_float(x) else {
        return y as f64;
    };
    if exact == *r {
        return y as f64;
    }
    // The float32 neighbours of x, as f64s; past the largest float32 the next one is
    // 2^128 (which rounds to infinity).
    let (below, above) = f32_neighbours(x);
    if below == above || (below + above) / 2.0 != x {
        return y as f64;
    }
    let pick = if *r < exact { below } else { above };
    if pick.abs() >= 2f64.powi(128) {
        pick.signum() * f64::INFINITY
    } else {
        pick
    }
}

/// The float32 values just at or below and at or above `x` (finite), as f64s; beyond
/// the largest float32 the next value is ±2^128.
fn f32_neighbours(x: f64) -> (f64, f64) {
    let big = 2f64.powi(128);
    if x.abs() > f32::MAX as f64 {
        return if x > 0.0 {
            (f32::MAX as f64, big)
        } else {
            (-big, -(f32::MAX as f64))
        };
    }
    // Truncation towards zero gives the neighbour nearer zero.
    let t = f32::from_bits(((x.abs() as f32).to_bits()).min(f32::MAX.to_bits()));
    let t = if (t as f64) > x.abs() {
        f32::from_bits(t.to_bits() - 1)
    } else {
        t
    };
    let (lo_mag, hi_mag) = if (t as f64) == x.abs() {
        (t as f64, t as f64)
    } else if t == f32::MAX {
        (t as f64, big)
    } else {
        (t as f64, f32::from_bits(t.to_bits() + 1) as f64)
    };
    if x >= 0.0 {
        (lo_mag, hi_mag)
    } else {
        (-hi_mag, -lo_mag)
    }
}

/// Whether `r` is an integer.
pub fn is_integer(r: &Rat) -> bool {
    r.denom().is_one()
}

/// `r` as an integer, when it is one and fits in `i128`.
pub fn to_i128(r: &Rat) -> Option<i128> {
    if !is_integer(r) {
        return None;
    }
    r.numer().to_i128()
}

/// `constant.Value.String()` of a float constant: `%.6g` of its float64 value (`%g`
/// when that would hide a fraction).
pub fn go_string(r: &Rat) -> String {
    let x = to_f64(r);
    if x.is_infinite() || (x == 0.0 && !r.is_zero()) {
        return out_of_range_string(r);
    }
    let s = format_g(x, Some(6));
    if !is_integer(r) && !s.contains('.') && !s.contains('e') {
        return format_g(x, None);
    }
    s
}

/// `go/constant`'s text of a value beyond the float64 range (overflowing, or
/// underflowing to zero): its approximate manual decimal conversion, `%.6g` of a mantissa
/// in [1, 10) followed by `e%+d` of the decimal exponent (`1e+309`, `-2.5e-400`).
fn out_of_range_string(r: &Rat) -> String {
    // r = mant × 2^exp with 0.5 <= |mant| < 1.
    let bits = |n: &BigInt| n.bits() as i64;
    let mut exp = bits(r.numer()) - bits(r.denom());
    let two =
        |e: i64| Rat::from_integer(num_traits::pow(BigInt::from(2), e.unsigned_abs() as usize));
    let scaled = |e: i64| if e >= 0 { r / two(e) } else { r * two(-e) };
    let mut mant = scaled(exp);
    if mant.abs() >= Rat::one() {
        exp += 1;
        mant = scaled(exp);
    } else if mant.abs() * Rat::from_integer(2.into()) < Rat::one() {
        exp -= 1;
        mant = scaled(exp);
    }
    let mut m = mant.to_f64().unwrap_or(0.0);
    // f ~ m × 10^d with d = exp × log10(2), e the integer part of d.
    let d = exp as f64 * (std::f64::consts::LN_2 / std::f64::consts::LN_10);
    let mut e = d as i64;
    m *= 10f64.powf(d - e as f64);
    let am = m.abs();
    if am < 1.0 - 0.5e-6 {
        m *= 10.0;
        e -= 1;
    } else if am >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    format!("{}e{e:+}", format_g(m, Some(6)))
}

/// C's `%g` (`%.Pg` with `prec`, shortest digits without): `%e` form when the exponent
/// is below -4 or at least the precision, trailing zeros dropped.
fn format_g(x: f64, prec: Option<usize>) -> String {
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let sci = match prec {
        Some(p) => format!("{:.*e}", p.max(1) - 1, x),
        None => format!("{x:e}"),
    };
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let p = prec.unwrap_or(digits.len().max(1)) as i32;
    let sign = if neg { "-" } else { "" };
    let eprec = if prec.is_none() { 21 } else { p };
    if exp < -4 || exp >= eprec {
        let (first, rest) = digits.split_at(1);
        let dot = if rest.is_empty() { "" } else { "." };
        let (es, ea) = if exp < 0 { ('-', -exp) } else { ('+', exp) };
        return format!("{sign}{first}{dot}{rest}e{es}{ea:02}");
    }
    let dp = exp + 1;
    let nd = digits.len() as i32;
    if dp <= 0 {
        format!("{sign}0.{}{digits}", "0".repeat((-dp) as usize))
    } else if dp >= nd {
        format!("{sign}{digits}{}", "0".repeat((dp - nd) as usize))
    } else {
        format!(
            "{sign}{}.{}",
            &digits[..dp as usize],
            &digits[dp as usize..]
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_are_exact() {
        let a = parse_float_lit("0.1").unwrap();
        let b = parse_float_lit("0.2").unwrap();
        let c = parse_float_lit("0.3").unwrap();
        assert_eq!(a + b, c);
        assert_eq!(to_f64(&parse_float_lit("0x1p-2").unwrap()), 0.25);
        assert_eq!(to_f64(&parse_float_lit("1_000.5e1").unwrap()), 10005.0);
        assert_eq!(to_f64(&parse_float_lit(".5").unwrap()), 0.5);
    }

    #[test]
    fn messages_use_six_digits() {
        assert_eq!(go_string(&parse_float_lit("1.5").unwrap()), "1.5");
        assert_eq!(go_string(&parse_float_lit("1e6").unwrap()), "1e+06");
        let third = Rat::new(BigInt::from(1), BigInt::from(3));
        assert_eq!(go_string(&third), "0.333333");
        assert_eq!(go_string(&parse_float_lit("1e100").unwrap()), "1e+100");
        assert_eq!(go_string(&parse_float_lit("1e309").unwrap()), "1e+309");
        assert_eq!(
            go_string(&parse_float_lit("-2.5e-400").unwrap()),
            "-2.5e-400"
        );
    }
}
