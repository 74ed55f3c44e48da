//! Complex division as gc's runtime does it (`runtime.complex128div`): Smith's algorithm,
//! with C99's corrections to infinities and zeros when both parts come out NaN. gc
//! divides `complex64` values by widening them to `complex128`, and so does the lowering.

use crate::words::Words2;

/// A signed 1 if `f` is an infinity and a signed 0 otherwise, with `f`'s sign.
fn inf2one(f: f64) -> f64 {
    let g: f64 = if f.is_infinite() { 1.0 } else { 0.0 };
    g.copysign(f)
}

/// `n / m` for complex numbers given as (real, imaginary) pairs.
pub fn complex128div(n: (f64, f64), m: (f64, f64)) -> (f64, f64) {
    let (mut e, mut f);
    // Robert L. Smith: Algorithm 116: Complex division. Commun. ACM 5(8): 435 (1962).
    if m.0.abs() >= m.1.abs() {
        let ratio = m.1 / m.0;
        let denom = m.0 + ratio * m.1;
        e = (n.0 + n.1 * ratio) / denom;
        f = (n.1 - n.0 * ratio) / denom;
    } else {
        let ratio = m.0 / m.1;
        let denom = m.1 + ratio * m.0;
        e = (n.0 * ratio + n.1) / denom;
        f = (n.1 * ratio - n.0) / denom;
    }
    if e.is_nan() && f.is_nan() {
        // Correct the result to infinities and zeros where C99 (G.5.1) says so.
        let (mut a, mut b) = n;
        let (mut c, mut d) = m;
        let inf = f64::INFINITY;
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = inf.copysign(c) * a;
            f = inf.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            a = inf2one(a);
            b = inf2one(b);
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            c = inf2one(c);
            d = inf2one(d);
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    (e, f)
}

/// `rt_complex128div(a, b, c, d)`: `(a + bi) / (c + di)`, each operand a `float64`'s bits;
/// the quotient's parts as bits.
pub extern "C" fn rt_complex128div(_fp: usize, a: i64, b: i64, c: i64, d: i64) -> Words2 {
    let bits = |x: i64| f64::from_bits(x as u64);
    let (e, f) = complex128div((bits(a), bits(b)), (bits(c), bits(d)));
    Words2 {
        a: e.to_bits() as i64,
        b: f.to_bits() as i64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotients() {
        assert_eq!(complex128div((1.0, 2.0), (3.0, 4.0)), (0.44, 0.08));
        let (e, f) = complex128div((1.0, 1.0), (0.0, 0.0));
        assert!(e.is_infinite() && f.is_infinite());
        let (e, f) = complex128div((f64::INFINITY, 0.0), (1.0, 1.0));
        assert!(e.is_infinite() && f.is_infinite() && f < 0.0);
        assert_eq!(complex128div((1.0, 1.0), (f64::INFINITY, 0.0)), (0.0, 0.0));
    }
}
