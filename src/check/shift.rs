//! Shifts `<<` and `>>`: the count's rules, folding of constant shifts, and shifts with a
//! run-time count (an untyped constant shifted operand becomes an int).

use super::operand::Operand;
use super::operator::binop_ir;
use super::types::ConstVal;
use super::{Checker, R};
use crate::syntax::ast::{self, BinOp};
use lowering::ir::{Expr, ExprKind, Type};

impl<'a> Checker<'a> {
    pub(super) fn shift(
        &mut self,
        e: &ast::Expr,
        op: BinOp,
        l: &ast::Expr,
        lo: Operand,
        r: &ast::Expr,
        ro: Operand,
    ) -> R<Operand> {
        let pos = e.pos;
        let (lo, ro) = (integral(lo.rune_as_int()), integral(ro.rune_as_int()));
        // the count
        let count_const = match &ro {
            Operand::Const {
                val: ConstVal::Int(v),
                ..
            } => {
                if *v < 0 {
                    let d = self.describe(r, &ro);
                    return self.error(
                        r.start(),
                        format!("invalid operation: negative shift count {d}"),
                    );
                }
                Some(*v)
            }
            Operand::Value { e: x, .. } if x.ty.is_integer() => None,
            // An untyped constant count must be representable as a uint.
            Operand::Const { val, ty: None } => {
                let d = self.describe(r, &ro);
                let msg = if val.is_numeric() {
                    format!("{d} truncated to uint")
                } else {
                    format!("cannot convert {d} to type uint")
                };
                return self.error(r.start(), msg);
            }
            _ => {
                let d = self.describe(r, &ro);
                return self.error(
                    r.start(),
                    format!("invalid operation: shift count {d} must be integer"),
                );
            }
        };
        // An integral untyped float too large for an i128 shifted right by a constant:
        // exactly, on its big integer (`1e100 >> 1000` is 0).
        if let (
            Operand::Const {
                val: ConstVal::Float(r),
                ty: None,
            },
            Some(c),
            BinOp::Shr,
        ) = (&lo, count_const, op)
        {
            if r.is_integer() {
                let shifted = r.to_integer() >> (c.min(1 << 20) as usize);
                if let Some(v) = num_traits::ToPrimitive::to_i128(&shifted) {
                    return Ok(Operand::Const {
                        val: ConstVal::Int(v),
                        ty: None,
                    });
                }
            }
        }
        match &lo {
            Operand::Const {
                val: ConstVal::Int(v),
                ty,
            } => {
                if let Some(c) = count_const {
                    let res = if op == BinOp::Shl {
                        if *v == 0 {
                            Some(0)
                        } else if c >= 127 {
                            None
                        } else {
                            v.checked_mul(1i128 << c)
                        }
                    } else if c >= 127 {
                        Some(if *v < 0 { -1 } else { 0 })
                    } else {
                        Some(v >> c)
                    };
                    return match res {
                        Some(x) => {
                            let out = Operand::Const {
                                val: ConstVal::Int(x),
                                ty: ty.clone(),
                            };
                            self.check_typed_const(e, &out)?;
                            Ok(out)
                        }
                        // Go's untyped integers have 512 bits; deferjit's 128.
                        None if v.unsigned_abs().ilog2() as u64 + 1 + c as u64 <= 512 => {
                            self.unsupported(e.start(), "integer constants wider than 128 bits")
                        }
                        None => self.error(e.start(), "constant shift overflow"),
                    };
                }
                // A typed constant keeps its type; an untyped one becomes an int.
                let lt = ty.clone().filter(|t| t.is_integer()).unwrap_or(Type::Int);
                let le = self.convert(lo.clone(), l, &lt, "shift")?;
                let re = match ro {
                    Operand::Value { e: c, .. } if c.ty.is_integer() => c,
                    // An untyped constant count need only be representable as a uint.
                    ro @ Operand::Const { ty: None, .. } => {
                        self.convert(ro, r, &Type::Sized(lowering::ir::IntKind::U), "shift")?
                    }
                    ro => self.convert(ro, r, &Type::Int, "shift")?,
                };
                Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::Binary(binop_ir(op), Box::new(le), Box::new(re)),
                        ty: lt,
                        pos,
                    },
                    var: false,
                })
            }
            Operand::Value { e: x, .. } if x.ty.is_integer() => {
                let le = x.clone();
                // The count keeps its own integer type (the lowering reads its sign).
                let re = match ro {
                    Operand::Value { e: c, .. } => c,
                    // An untyped constant count need only be representable as a uint.
                    ro @ Operand::Const { ty: None, .. } => {
                        self.convert(ro, r, &Type::Sized(lowering::ir::IntKind::U), "shift")?
                    }
                    ro => self.convert(ro, r, &Type::Int, "shift")?,
                };
                Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::Binary(binop_ir(op), Box::new(le), Box::new(re)),
                        ty: x.ty.clone(),
                        pos,
                    },
                    var: false,
                })
            }
            _ => {
                let d = self.describe(l, &lo);
                self.error(
                    l.start(),
                    format!("invalid operation: shifted operand {d} must be integer"),
                )
            }
        }
    }
}

/// `e` with the type `t` when it is a shift of an untyped (now `int`) constant by a
/// non-constant count, or a unary operation on one: Go gives such a constant the type
/// its context requires. (A constant written `int(1)` is not told apart.)
pub(super) fn retype_untyped_shift(e: &Expr, t: &Type) -> Option<Expr> {
    if e.ty != Type::Int || !t.is_integer() {
        return None;
    }
    match &e.kind {
        ExprKind::Binary(
            op @ (lowering::ir::BinaryOp::Shl | lowering::ir::BinaryOp::Shr),
            l,
            c,
        ) if matches!(l.kind, ExprKind::Int(_)) && !matches!(c.kind, ExprKind::Int(_)) => {
            let l = Expr {
                ty: t.clone(),
                ..(**l).clone()
            };
            Some(Expr {
                kind: ExprKind::Binary(*op, Box::new(l), c.clone()),
                ty: t.clone(),
                pos: e.pos,
            })
        }
        ExprKind::Unary(op, x) => Some(Expr {
            kind: ExprKind::Unary(*op, Box::new(retype_untyped_shift(x, t)?)),
            ty: t.clone(),
            pos: e.pos,
        }),
        // Arithmetic on such a shift and untyped constants (`1<<n - 1`): all of it.
        ExprKind::Binary(op, a, b) if !op.is_comparison() && !op.is_shift() => {
            let retype = |x: &Expr| match x.kind {
                ExprKind::Int(_) => Some(Expr {
                    ty: t.clone(),
                    ..x.clone()
                }),
                _ => retype_untyped_shift(x, t),
            };
            if matches!(a.kind, ExprKind::Int(_)) && matches!(b.kind, ExprKind::Int(_)) {
                return None;
            }
            Some(Expr {
                kind: ExprKind::Binary(*op, Box::new(retype(a)?), Box::new(retype(b)?)),
                ty: t.clone(),
                pos: e.pos,
            })
        }
        _ => None,
    }
}

/// An untyped float (or complex) constant with an integral value as the integer
/// constant it equals (valid as a shifted operand or count, as the spec's `1.0<<s` is).
fn integral(o: Operand) -> Operand {
    match super::complex::integral_real(o) {
        Operand::Const {
            val: ConstVal::Float(r),
            ty: None,
        } => match super::floats::to_i128(&r) {
            Some(v) => Operand::Const {
                val: ConstVal::Int(v),
                ty: None,
            },
            None => Operand::Const {
                val: ConstVal::Float(r),
                ty: None,
            },
        },
        o => o,
    }
}

/// The shifted constant of `e` when `e` is a shift of an untyped constant by a
/// non-constant count (possibly inside unary and arithmetic operations).
pub(super) fn untyped_shift_operand(e: &Expr) -> Option<&Expr> {
    if e.ty != Type::Int {
        return None;
    }
    match &e.kind {
        ExprKind::Binary(lowering::ir::BinaryOp::Shl | lowering::ir::BinaryOp::Shr, l, c)
            if matches!(l.kind, ExprKind::Int(_)) && !matches!(c.kind, ExprKind::Int(_)) =>
        {
            Some(l)
        }
        ExprKind::Unary(_, x) => untyped_shift_operand(x),
        ExprKind::Binary(op, a, b) if !op.is_comparison() && !op.is_shift() => {
            untyped_shift_operand(a).or_else(|| untyped_shift_operand(b))
        }
        _ => None,
    }
}
