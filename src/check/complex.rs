//! Complex constants: exact pairs of rationals (as `go/constant` keeps them), imaginary
//! literals, constant arithmetic, rounding to `complex64`/`complex128`, and the
//! `(re + imi)` text types2 prints in messages.

use super::floats::{self, Rat};
use super::operand::Operand;
use super::types::{type_name, ConstVal};
use super::{Checker, R};
use crate::syntax::ast::{self, expr_string, BinOp};
use lowering::ir::{Builtin, Expr, ExprKind, FloatKind, Type};
use num_traits::Zero;

/// A complex constant. As in `go/constant`, each part remembers whether it is an
/// integer value (it came from integer constants through `+ - *` only), which decides
/// how messages print it (`1000000` rather than `1e+06`); equality ignores that.
#[derive(Clone, Debug)]
pub struct Cx {
    /// The real part.
    pub re: Rat,
    /// The imaginary part.
    pub im: Rat,
    /// Whether the real part is of integer kind.
    pub re_int: bool,
    /// Whether the imaginary part is of integer kind.
    pub im_int: bool,
}

impl PartialEq for Cx {
    fn eq(&self, other: &Cx) -> bool {
        self.re == other.re && self.im == other.im
    }
}
impl Eq for Cx {}

impl Cx {
    /// `re + im i` with parts of float kind.
    pub fn new(re: Rat, im: Rat) -> Cx {
        Cx {
            re,
            im,
            re_int: false,
            im_int: false,
        }
    }

    /// A numeric constant as a complex one (`go/constant`'s `ToComplex`): its value
    /// as the real part, an integer zero as the imaginary part; `None` for others.
    pub fn of(v: &ConstVal) -> Option<Cx> {
        Some(match v {
            ConstVal::Int(x) | ConstVal::Rune(x) => Cx {
                re: Rat::from_integer((*x).into()),
                im: Rat::zero(),
                re_int: true,
                im_int: true,
            },
            ConstVal::Float(r) => Cx {
                re: r.clone(),
                im: Rat::zero(),
                re_int: false,
                im_int: true,
            },
            ConstVal::Complex(c) => (**c).clone(),
            _ => return None,
        })
    }

    /// Whether both parts are zero.
    pub fn is_zero(&self) -> bool {
        self.re.is_zero() && self.im.is_zero()
    }

    /// Each part rounded to the float kind `k` (a typed constant's value, whose parts
    /// are floats); `None` when a part overflows it.
    pub fn round_to(&self, k: FloatKind) -> Option<Cx> {
        Some(Cx::new(
            floats::round_to(&self.re, k)?,
            floats::round_to(&self.im, k)?,
        ))
    }

    /// `constant.Value.String()` of a complex constant: `(1 + 2i)`, `(0 + -1.5i)`.
    pub fn go_string(&self) -> String {
        let part = |r: &Rat, int: bool| {
            if int && floats::is_integer(r) {
                r.numer().to_string()
            } else {
                floats::go_string(r)
            }
        };
        format!(
            "({} + {}i)",
            part(&self.re, self.re_int),
            part(&self.im, self.im_int)
        )
    }
}

/// Parses an imaginary literal (`2i`, `1.5i`, `0x1p2i`, `1_0i`, `0123i`): the value of
/// its imaginary part; `None` when malformed or beyond the exponents deferjit evaluates.
pub fn parse_imag_lit(lit: &str) -> Option<Rat> {
    let body = lit.strip_suffix('i')?;
    let digits: String = body.chars().filter(|c| *c != '_').collect();
    let lower = digits.to_ascii_lowercase();
    // An integer part of decimal digits only is decimal even with a leading 0 (the
    // spec keeps `0123i` as 123i for backward compatibility).
    if !lower.is_empty() && lower.bytes().all(|b| b.is_ascii_digit()) {
        return floats::parse_float_lit(&digits);
    }
    let radix = match lower.get(..2) {
        Some("0b") => 2,
        Some("0o") => 8,
        Some("0x") if !lower.contains(['.', 'p']) => 16,
        _ => return floats::parse_float_lit(body),
    };
    let n = num_bigint::BigInt::parse_bytes(&lower.as_bytes()[2..], radix)?;
    Some(Rat::from_integer(n))
}

/// `l op r` of two complex constants, exactly (`go/constant`'s `BinaryOp`); `None` for an
/// operator complex numbers lack. Division by zero is the caller's to reject.
pub fn fold(op: BinOp, l: &Cx, r: &Cx) -> Option<ConstVal> {
    let (a, b, c, d) = (&l.re, &l.im, &r.re, &r.im);
    let out = match op {
        BinOp::Add => Cx {
            re: a + c,
            im: b + d,
            re_int: l.re_int && r.re_int,
            im_int: l.im_int && r.im_int,
        },
        BinOp::Sub => Cx {
            re: a - c,
            im: b - d,
            re_int: l.re_int && r.re_int,
            im_int: l.im_int && r.im_int,
        },
        BinOp::Mul => {
            // (ac - bd) + (bc + ad)i
            let all_int = l.re_int && l.im_int && r.re_int && r.im_int;
            Cx {
                re: a * c - b * d,
                im: b * c + a * d,
                re_int: all_int,
                im_int: all_int,
            }
        }
        BinOp::Div => {
            // ((ac + bd) + (bc - ad)i) / (cc + dd)
            let s = c * c + d * d;
            if s.is_zero() {
                return None;
            }
            Cx::new((a * c + b * d) / &s, (b * c - a * d) / &s)
        }
        BinOp::Eq => return Some(ConstVal::Bool(l == r)),
        BinOp::Ne => return Some(ConstVal::Bool(l != r)),
        _ => return None,
    };
    Some(ConstVal::Complex(Box::new(out)))
}

/// An untyped complex constant with no imaginary part and an integral real part as the
/// untyped float constant of its real part, where only integers are valid (indices,
/// lengths, shifts: `ToInt` accepts it); any other operand unchanged.
pub(crate) fn integral_real(o: Operand) -> Operand {
    match o {
        Operand::Const {
            val: ConstVal::Complex(c),
            ty: None,
        } if c.im.is_zero() && floats::is_integer(&c.re) => Operand::Const {
            val: ConstVal::Float(c.re),
            ty: None,
        },
        o => o,
    }
}

/// The operand `o` of a builtin call as a value expression (a constant of its type).
fn value_of(c: &mut Checker, o: Operand, at: &ast::Expr) -> Expr {
    match o {
        Operand::Const { val, ty: Some(t) } => c.const_expr(&val, &t, at.start()),
        Operand::Value { e, .. } => e,
        _ => unreachable!("typed operands only"),
    }
}

/// The type of a typed operand.
fn type_of(o: &Operand) -> Option<&Type> {
    match o {
        Operand::Const { ty: Some(t), .. } => Some(t),
        Operand::Value { e, .. } => Some(&e.ty),
        _ => None,
    }
}

impl<'a> Checker<'a> {
    /// An untyped constant operand given the type `t` as an implicit conversion does
    /// (types2's `convertUntyped`): a typed constant, or Go's error.
    fn untyped_to(&mut self, o: Operand, at: &ast::Expr, t: &Type) -> R<Operand> {
        let under = type_name(t.under());
        let val = match o {
            Operand::Const { val, ty: None } => val,
            Operand::Nil => {
                return self.error(at.start(), format!("cannot convert nil to type {under}"))
            }
            // `1 << s` becomes a shift of the type (an error for a float type).
            Operand::Value { .. } => {
                let e = self.convert(o, at, t, "argument")?;
                return Ok(Operand::Value { e, var: false });
            }
            o => return Ok(o),
        };
        let d = self.describe(
            at,
            &Operand::Const {
                val: val.clone(),
                ty: None,
            },
        );
        if !super::types::const_kind_fits(&val, t) {
            return self.error(at.start(), format!("cannot convert {d} to type {under}"));
        }
        if let Some(why) = super::operator::unrepresentable(&val, t) {
            return self.error(at.start(), format!("{d} {why} {under}"));
        }
        Ok(Operand::Const {
            val: super::types::typed_const_value(&val, t),
            ty: Some(t.clone()),
        })
    }

    /// `complex(re, im)`: two floats of one type (untyped constants take the other's
    /// type, or are untyped floats when both are) make a complex number of the matching
    /// type; of two constants, a constant.
    pub(super) fn builtin_complex(&mut self, e: &ast::Expr, args: &[ast::Expr]) -> R<Operand> {
        // `complex(f())` of a function with two results.
        if args.len() == 1 {
            let o = self.expr(&args[0])?;
            if let Some(v) = self.spread(&o).filter(|v| v.len() == 2) {
                let mut v = v.into_iter().map(|e| Operand::Value { e, var: false });
                let (x, y) = (v.next(), v.next());
                if let (Some(x), Some(y)) = (x, y) {
                    return self.complex_of(e, x, &args[0], y, &args[0]);
                }
            }
        }
        self.builtin_count(e, "complex", args, 2, 2)?;
        let (xa, ya) = (&args[0], &args[1]);
        let x = self.expr(xa)?;
        self.single(xa, &x)?;
        let y = self.expr(ya)?;
        self.single(ya, &y)?;
        self.complex_of(e, x, xa, y, ya)
    }

    /// `complex(x, y)` of the checked operands `x` (of `xa`) and `y` (of `ya`).
    fn complex_of(
        &mut self,
        e: &ast::Expr,
        mut x: Operand,
        xa: &ast::Expr,
        mut y: Operand,
        ya: &ast::Expr,
    ) -> R<Operand> {
        // Untyped operands: constants, nil, and shifts of untyped constants by
        // non-constant counts (`1 << s`), which take the other operand's type.
        let untyped = |o: &Operand| match o {
            Operand::Const { ty: None, .. } | Operand::Nil => true,
            Operand::Value { e, .. } => super::shift::untyped_shift_operand(e).is_some(),
            _ => false,
        };
        let both_const = matches!(
            (&x, &y),
            (
                Operand::Const { ty: None, .. },
                Operand::Const { ty: None, .. }
            )
        );
        match (untyped(&x), untyped(&y)) {
            (true, false) => {
                let t = type_of(&y).cloned().unwrap_or(Type::Int);
                x = self.untyped_to(x, xa, &t)?;
            }
            (false, true) => {
                let t = type_of(&x).cloned().unwrap_or(Type::Int);
                y = self.untyped_to(y, ya, &t)?;
            }
            (true, true) if !both_const => {
                // Not both constants: both are to be float64s (a shift then fails).
                let f64t = Type::Float(FloatKind::F64);
                x = self.untyped_to(x, xa, &f64t)?;
                y = self.untyped_to(y, ya, &f64t)?;
            }
            (true, true) => {
                // Two untyped constants: numbers with no imaginary part are untyped
                // floats; the two must then be of one kind.
                let as_float = |o: &Operand| match o {
                    Operand::Const { val, .. } if val.is_numeric() => match val.real_if_exact() {
                        ConstVal::Complex(_) => None,
                        v => v.rat(),
                    },
                    _ => None,
                };
                return match (as_float(&x), as_float(&y)) {
                    (Some(re), Some(im)) => Ok(Operand::Const {
                        val: ConstVal::Complex(Box::new(Cx::new(re, im))),
                        ty: None,
                    }),
                    (re, im) => {
                        let kind = |o: &Operand, f: bool| match o {
                            _ if f => "untyped float".to_string(),
                            Operand::Const { val, .. } => val.untyped_name().into(),
                            _ => String::new(),
                        };
                        let (xn, yn) = (kind(&x, re.is_some()), kind(&y, im.is_some()));
                        self.error(
                            xa.start(),
                            format!(
                                "invalid operation: {} (mismatched types {xn} and {yn})",
                                expr_string(e)
                            ),
                        )
                    }
                };
            }
            (false, false) => {}
        }
        let (Some(xt), Some(yt)) = (type_of(&x).cloned(), type_of(&y).cloned()) else {
            return self.error(xa.start(), "invalid argument: complex of non-values");
        };
        if xt != yt {
            return self.error(
                xa.start(),
                format!(
                    "invalid operation: {} (mismatched types {} and {})",
                    expr_string(e),
                    type_name(&xt),
                    type_name(&yt)
                ),
            );
        }
        let Some(k) = xt.float_kind() else {
            return self.error(
                xa.start(),
                format!(
                    "invalid argument: arguments have type {}, expected floating-point",
                    type_name(&xt)
                ),
            );
        };
        let ty = Type::Complex(k);
        if let (Operand::Const { val: re, .. }, Operand::Const { val: im, .. }) = (&x, &y) {
            if let (Some(re), Some(im)) = (re.rat(), im.rat()) {
                return Ok(Operand::Const {
                    val: ConstVal::Complex(Box::new(Cx::new(re, im))),
                    ty: Some(ty),
                });
            }
        }
        let (xe, ye) = (value_of(self, x, xa), value_of(self, y, ya));
        Ok(Operand::Value {
            e: Expr {
                kind: ExprKind::Builtin(Builtin::MakeComplex, vec![xe, ye]),
                ty,
                pos: e.pos,
            },
            var: false,
        })
    }

    /// `real(c)` / `imag(c)` (`imag` when `imag`): the part of a complex number, a float
    /// of the matching type; of a constant, a constant (an untyped number counts as an
    /// untyped complex constant).
    pub(super) fn builtin_real_imag(
        &mut self,
        e: &ast::Expr,
        imag: bool,
        args: &[ast::Expr],
    ) -> R<Operand> {
        let name = if imag { "imag" } else { "real" };
        self.builtin_count(e, name, args, 1, 1)?;
        let a = &args[0];
        let o = self.expr(a)?;
        if let Operand::Value { e: x, .. } = &o {
            if let Type::Tuple(ts) = &x.ty {
                if ts.len() > 1 {
                    let msg = format!(
                        "too many arguments for {} (expected 1, found {})",
                        expr_string(e),
                        ts.len()
                    );
                    return self.error(e.start(), format!("invalid operation: {msg}"));
                }
            }
        }
        self.single(a, &o)?;
        let part = |c: &Cx| if imag { c.im.clone() } else { c.re.clone() };
        let bad = |c: &mut Self, tn: String| {
            c.error::<Operand>(
                a.start(),
                format!("invalid argument: argument has type {tn}, expected complex type"),
            )
        };
        match o {
            // An untyped non-constant (`1 << s`) is to be a complex128.
            Operand::Value { ref e, .. } if super::shift::untyped_shift_operand(e).is_some() => {
                let t = Type::Complex(FloatKind::F64);
                self.convert(o, a, &t, "argument")?;
                bad(self, "int".into())
            }
            Operand::Nil => self.error(a.start(), "cannot convert nil to type complex128"),
            Operand::Const { val, ty: None } => match Cx::of(&val) {
                Some(c) => Ok(Operand::Const {
                    val: ConstVal::Float(part(&c)),
                    ty: None,
                }),
                None => bad(self, val.untyped_name().into()),
            },
            Operand::Const { val, ty: Some(t) } => match (t.complex_kind(), Cx::of(&val)) {
                (Some(k), Some(c)) => Ok(Operand::Const {
                    val: ConstVal::Float(part(&c)),
                    ty: Some(Type::Float(k)),
                }),
                _ => bad(self, type_name(&t)),
            },
            Operand::Value { e: x, .. } => match x.ty.complex_kind() {
                Some(k) => Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::Builtin(
                            if imag { Builtin::Imag } else { Builtin::Real },
                            vec![x],
                        ),
                        ty: Type::Float(k),
                        pos: e.pos,
                    },
                    var: false,
                }),
                None => bad(self, type_name(&x.ty)),
            },
            other => {
                let d = self.describe(a, &other);
                self.error(a.start(), format!("invalid argument: {d}"))
            }
        }
    }

    /// `T(x)` where `T` or `x` is complex: a constant converts by value (a complex one
    /// to another numeric type only without an imaginary part), a complex value only to
    /// a complex type; `None` when this is not such a conversion (or an invalid one,
    /// which the caller reports).
    pub(super) fn complex_conversion(
        &mut self,
        t: &Type,
        ao: &Operand,
        arg: &ast::Expr,
    ) -> R<Option<Operand>> {
        match ao {
            Operand::Const { val, ty }
                if val.is_numeric() && ty.as_ref().is_none_or(|x| x.is_numeric()) =>
            {
                let is_complex = matches!(val, ConstVal::Complex(_));
                // To an interface: the ordinary conversion of the (typed) constant.
                if (t.complex_kind().is_none() && !is_complex) || t.is_interface() {
                    return Ok(None);
                }
                let typed = if t.is_numeric() {
                    let fits = super::operator::unrepresentable(val, t).is_none();
                    fits.then(|| super::types::typed_const_value(val, t))
                } else {
                    None
                };
                match typed {
                    Some(v) => Ok(Some(Operand::Const {
                        val: v,
                        ty: Some(t.clone()),
                    })),
                    None => {
                        let d = self.describe(arg, ao);
                        self.error(
                            arg.start(),
                            format!("cannot convert {d} to type {}", type_name(t)),
                        )
                    }
                }
            }
            Operand::Value { e: x, .. } => match (x.ty.complex_kind(), t.complex_kind()) {
                (Some(a), Some(b)) => Ok(Some(super::call::numeric_value(x, t, a == b))),
                _ => Ok(None),
            },
            _ => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(s: &str) -> Rat {
        parse_imag_lit(s).unwrap()
    }

    #[test]
    fn literals() {
        assert_eq!(lit("2i"), Rat::from_integer(2.into()));
        assert_eq!(lit("0123i"), Rat::from_integer(123.into()));
        assert_eq!(lit("1_0i"), Rat::from_integer(10.into()));
        assert_eq!(lit("0x1p2i"), Rat::from_integer(4.into()));
        assert_eq!(lit("0x10i"), Rat::from_integer(16.into()));
        assert_eq!(lit("0o17i"), Rat::from_integer(15.into()));
        assert_eq!(lit("0b101i"), Rat::from_integer(5.into()));
        assert_eq!(floats::to_f64(&lit("1.5i")), 1.5);
        assert_eq!(floats::to_f64(&lit(".5e1i")), 5.0);
    }

    #[test]
    fn arithmetic_is_exact() {
        let i = Cx::new(Rat::zero(), Rat::from_integer(1.into()));
        let Some(ConstVal::Complex(sq)) = fold(BinOp::Mul, &i, &i) else {
            panic!("a complex product")
        };
        assert_eq!(*sq, Cx::new(Rat::from_integer((-1).into()), Rat::zero()));
        assert_eq!(
            fold(BinOp::Div, &i, &Cx::new(Rat::zero(), Rat::zero())),
            None
        );
        assert_eq!(sq.go_string(), "(-1 + 0i)");
    }
}
