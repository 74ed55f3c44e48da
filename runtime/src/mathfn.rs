//! Package math's operations that need the machine's exact IEEE results (`Sqrt`, the
//! roundings, `Mod`): the runtime entries behind the bodyless functions of
//! `lib/math/math.go`. Floats travel as their bits.

macro_rules! unary {
    ($(#[$doc:meta])* $name:ident, $op:expr) => {
        $(#[$doc])*
        pub extern "C" fn $name(_fp: usize, x: i64) -> i64 {
            let f: fn(f64) -> f64 = $op;
            f(f64::from_bits(x as u64)).to_bits() as i64
        }
    };
}

unary!(
    /// `math.Sqrt(x)`, correctly rounded.
    rt_math_sqrt, f64::sqrt);
unary!(
    /// `math.Floor(x)`.
    rt_math_floor, f64::floor);
unary!(
    /// `math.Ceil(x)`.
    rt_math_ceil, f64::ceil);
unary!(
    /// `math.Trunc(x)`.
    rt_math_trunc, f64::trunc);
unary!(
    /// `math.Round(x)`: half away from zero.
    rt_math_round, f64::round);
unary!(
    /// `math.RoundToEven(x)`: half to even.
    rt_math_round_to_even, f64::round_ties_even);

/// `math.Mod(x, y)`: the exact remainder with the sign of `x` (C's `fmod`, as Go's).
pub extern "C" fn rt_math_mod(_fp: usize, x: i64, y: i64) -> i64 {
    (f64::from_bits(x as u64) % f64::from_bits(y as u64)).to_bits() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(f: extern "C" fn(usize, i64) -> i64, x: f64) -> f64 {
        f64::from_bits(f(0, x.to_bits() as i64) as u64)
    }

    #[test]
    fn roundings_as_go() {
        assert_eq!(call(rt_math_round, -2.5), -3.0);
        assert_eq!(call(rt_math_round_to_even, 2.5), 2.0);
        assert!(call(rt_math_floor, -0.0).is_sign_negative());
        assert_eq!(call(rt_math_sqrt, 2.0), std::f64::consts::SQRT_2);
        let m = f64::from_bits(
            rt_math_mod(0, (-7.5f64).to_bits() as i64, 2f64.to_bits() as i64) as u64,
        );
        assert_eq!(m, -1.5);
    }
}
