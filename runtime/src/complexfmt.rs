//! How Go writes complex numbers: `println`'s `(+1.000000e+000+2.000000e+000i)` (gc's
//! `runtime.printcomplex`) and `fmt`'s `%v`, `(1+2i)` (fmt's `fmtC`), both built from the
//! float forms of `floatfmt`.

use crate::floatfmt::{fmt_float, print_float};

/// `println`'s text of the complex number `re + im i`: each part as `print` writes a
/// float (`NaN` has no sign there: `(+InfNaNi)`), in parentheses, then `i)`.
pub fn print_complex(re: f64, im: f64) -> Vec<u8> {
    let mut out = Vec::with_capacity(32);
    out.push(b'(');
    out.extend_from_slice(&print_float(re));
    out.extend_from_slice(&print_float(im));
    out.extend_from_slice(b"i)");
    out
}

/// `fmt`'s `%v` of the complex number `re + im i` (`single`: a `complex64`, whose parts
/// are formatted as `float32`s): the real part as `%v` of a float, the imaginary part
/// always with a sign (`+NaN`, `+Inf`, `-0`), then `i`, in parentheses.
pub fn fmt_complex(re: f64, im: f64, single: bool) -> String {
    let mut out = String::with_capacity(32);
    out.push('(');
    out.push_str(&fmt_float(re, single));
    let imag = fmt_float(im, single);
    if !imag.starts_with(['+', '-']) {
        out.push('+');
    }
    out.push_str(&imag);
    out.push_str("i)");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn println_form() {
        assert_eq!(print_complex(1.0, 2.0), b"(+1.000000e+000+2.000000e+000i)");
        assert_eq!(print_complex(f64::INFINITY, f64::NAN), b"(+InfNaNi)");
    }

    #[test]
    fn fmt_form() {
        assert_eq!(fmt_complex(1.0, 2.0, false), "(1+2i)");
        assert_eq!(fmt_complex(-1.0, -2.0, false), "(-1-2i)");
        assert_eq!(fmt_complex(-0.0, -0.0, false), "(-0-0i)");
        assert_eq!(fmt_complex(f64::NAN, f64::INFINITY, false), "(NaN+Infi)");
        assert_eq!(fmt_complex(f64::INFINITY, f64::NAN, false), "(+Inf+NaNi)");
        assert_eq!(
            fmt_complex(1.100000023841858, 2.200000047683716, true),
            "(1.1+2.2i)"
        );
    }
}
