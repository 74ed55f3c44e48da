//! How Go writes floats: `println`'s fixed `+d.dddddde+ddd` form (runtime.printfloat)
//! and `fmt`'s `%v`, which is strconv's shortest `'g'` form (`1.5`, `1e+06`, `1e-05`).

/// `println`'s text of `v`: seven significant digits in e-notation with a sign, or
/// `NaN`, `+Inf`, `-Inf` (the algorithm of gc's `runtime.printfloat`, digit by digit,
/// so that its roundings agree).
pub fn print_float(v: f64) -> Vec<u8> {
    if v.is_nan() {
        return b"NaN".to_vec();
    }
    if v.is_infinite() {
        return if v > 0.0 {
            b"+Inf".to_vec()
        } else {
            b"-Inf".to_vec()
        };
    }
    const N: usize = 7;
    let mut buf = [0u8; N + 7];
    buf[0] = b'+';
    let mut e: i32 = 0;
    let mut v = v;
    if v == 0.0 {
        if v.is_sign_negative() {
            buf[0] = b'-';
        }
    } else {
        if v < 0.0 {
            v = -v;
            buf[0] = b'-';
        }
        while v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
        while v < 1.0 {
            e -= 1;
            v *= 10.0;
        }
        let mut h = 5.0;
        for _ in 0..N {
            h /= 10.0;
        }
        v += h;
        if v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
    }
    for i in 0..N {
        let s = v as i64;
        buf[i + 2] = b'0' + s as u8;
        v -= s as f64;
        v *= 10.0;
    }
    buf[1] = buf[2];
    buf[2] = b'.';
    buf[N + 2] = b'e';
    buf[N + 3] = b'+';
    if e < 0 {
        e = -e;
        buf[N + 3] = b'-';
    }
    buf[N + 4] = b'0' + (e / 100) as u8;
    buf[N + 5] = b'0' + ((e / 10) % 10) as u8;
    buf[N + 6] = b'0' + (e % 10) as u8;
    buf.to_vec()
}

/// The shortest decimal digits that read back as the value, and its decimal exponent:
/// `(digits, dp)` with value = 0.digits × 10^dp. `v` is finite and positive.
pub(crate) fn shortest_digits(v: f64, single: bool) -> (String, i32) {
    // Rust's `{:e}` prints the shortest round-tripping digits (of an f32 for `single`).
    let s = if single {
        format!("{:e}", v as f32)
    } else {
        format!("{v:e}")
    };
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0').to_string();
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits = if digits.is_empty() {
        "0".to_string()
    } else {
        digits
    };
    (digits, exp + 1)
}

/// `fmt`'s `%v` of a float (`strconv.FormatFloat(v, 'g', -1, bits)`): the shortest
/// digits that read back as the value, in `%e` form when the exponent is below -4 or at
/// least 6 (strconv's rule for the shortest precision), else plain.
pub fn fmt_float(v: f64, single: bool) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let neg = v.is_sign_negative();
    let sign = if neg { "-" } else { "" };
    if v == 0.0 {
        return format!("{sign}0");
    }
    let (digits, dp) = shortest_digits(v.abs(), single);
    let exp = dp - 1;
    if !(-4..6).contains(&exp) {
        let (first, rest) = digits.split_at(1);
        let mut out = format!("{sign}{first}");
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        let (es, ea) = if exp < 0 { ('-', -exp) } else { ('+', exp) };
        out.push_str(&format!("e{es}{ea:02}"));
        return out;
    }
    let nd = digits.len() as i32;
    let mut out = String::from(sign);
    if dp <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-dp) as usize));
        out.push_str(&digits);
    } else if dp >= nd {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', (dp - nd) as usize));
    } else {
        out.push_str(&digits[..dp as usize]);
        out.push('.');
        out.push_str(&digits[dp as usize..]);
    }
    out
}

/// `%b`: the mantissa and binary exponent, `-4503599627370496p-52`.
pub(crate) fn binary_form(v: f64, single: bool) -> String {
    let (neg, mant, exp) = if single {
        let bits = (v as f32).to_bits();
        let e = ((bits >> 23) & 0xFF) as i64;
        let m = (bits & 0x7F_FFFF) as u64;
        let (m, e) = if e == 0 { (m, 1) } else { (m | 1 << 23, e) };
        (bits >> 31 != 0, m, e - 127 - 23)
    } else {
        let bits = v.to_bits();
        let e = ((bits >> 52) & 0x7FF) as i64;
        let m = bits & ((1 << 52) - 1);
        let (m, e) = if e == 0 { (m, 1) } else { (m | 1 << 52, e) };
        (bits >> 63 != 0, m, e - 1023 - 52)
    };
    let sign = if neg { "-" } else { "" };
    let esign = if exp >= 0 { "+" } else { "" };
    format!("{sign}{mant}p{esign}{exp}")
}

/// `%x` (`%X` when `upper`) of a finite float: `-0x1.8p+01`, the mantissa in hex with
/// `prec` digits after the point (rounded half to even; -1: as many as needed) and the
/// binary exponent in at least two decimal digits.
pub(crate) fn hex_form(v: f64, single: bool, prec: i64, upper: bool) -> String {
    let (neg, mut mant, mut exp, mantbits) = if single {
        let bits = (v as f32).to_bits();
        let e = ((bits >> 23) & 0xFF) as i64;
        let m = (bits & 0x7F_FFFF) as u64;
        let (m, e) = if e == 0 { (m, 1) } else { (m | 1 << 23, e) };
        (bits >> 31 != 0, m, e - 127, 23)
    } else {
        let bits = v.to_bits();
        let e = ((bits >> 52) & 0x7FF) as i64;
        let m = bits & ((1 << 52) - 1);
        let (m, e) = if e == 0 { (m, 1) } else { (m | 1 << 52, e) };
        (bits >> 63 != 0, m, e - 1023, 52)
    };
    if mant == 0 {
        exp = 0;
    }
    // The leading 1 (if any) at bit 60, the fraction below it.
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            // Rounded up past the leading digit.
            mant >>= 1;
            exp += 1;
        }
    }
    let digits: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    out.push_str(if upper { "0X" } else { "0x" });
    out.push(if (mant >> 60) & 1 != 0 { '1' } else { '0' });
    mant <<= 4;
    if (prec < 0 && mant != 0) || prec > 0 {
        out.push('.');
        let mut n = 0;
        while if prec < 0 { mant != 0 } else { n < prec } {
            out.push(digits[((mant >> 60) & 15) as usize] as char);
            mant <<= 4;
            n += 1;
        }
    }
    out.push(if upper { 'P' } else { 'p' });
    out.push(if exp < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", exp.abs()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn println_form() {
        assert_eq!(print_float(1.5), b"+1.500000e+000");
        assert_eq!(print_float(-0.0), b"-0.000000e+000");
        assert_eq!(print_float(f64::NAN), b"NaN");
        assert_eq!(print_float(1e300), b"+1.000000e+300");
    }
}
