//! Slicing: slice expressions `s[lo:hi]` and `s[lo:hi:max]` of slices and strings, and
//! the builtins `cap` and `copy`.

use super::operand::Operand;
use super::types::type_name;
use super::{Checker, R};
use crate::syntax::ast::{self, expr_string};
use lowering::ir::{Builtin, Expr, ExprKind, Type};

impl<'a> Checker<'a> {
    /// `x[lo:hi]` or `x[lo:hi:max]`.
    pub(super) fn slice_expr(
        &mut self,
        e: &ast::Expr,
        x: &ast::Expr,
        ix: &ast::SliceIndices,
    ) -> R<Operand> {
        let xo = self.expr(x)?;
        self.single(x, &xo)?;
        let xe = match xo {
            // `a[lo:hi]` of an addressable array slices `&a`.
            Operand::Value { e: ae, var } if ae.ty.array_type().is_some() => {
                if !var {
                    let d = self.describe(x, &Operand::Value { e: ae.clone(), var });
                    return self.error(
                        x.start(),
                        format!("invalid operation: {d} (slice of unaddressable value)"),
                    );
                }
                let pos = ae.pos;
                self.address_of(ae, pos)?
            }
            Operand::Value { e, .. } => e,
            Operand::Const { ty, val } => {
                let t = ty.unwrap_or(Type::String);
                self.const_expr(&val, &t, x.start())
            }
            other => {
                let d = self.describe(x, &other);
                return self.error(x.start(), format!("invalid operation: cannot slice {d}"));
            }
        };
        let is_string = *xe.ty.under() == Type::String;
        let array_len = match xe.ty.under() {
            Type::Pointer(p) => p.array_type().map(|(el, n)| (el.clone(), n)),
            _ => None,
        };
        if !is_string && !matches!(xe.ty.under(), Type::Slice(_)) && array_len.is_none() {
            let d = self.describe(
                x,
                &Operand::Value {
                    e: xe.clone(),
                    var: true,
                },
            );
            return self.error(x.start(), format!("invalid operation: cannot slice {d}"));
        }
        if is_string && ix.max.is_some() {
            return self.error(e.start(), "invalid operation: 3-index slice of string");
        }
        let bound = |c: &mut Self, b: &Option<ast::Expr>| -> R<Option<Box<Expr>>> {
            match b {
                Some(b) => Ok(Some(Box::new(c.index_operand(b)?))),
                None => Ok(None),
            }
        };
        let lo = bound(self, &ix.lo)?;
        let hi = bound(self, &ix.hi)?;
        let max = bound(self, &ix.max)?;
        // Constant bounds must be in order.
        let consts: Vec<Option<i64>> = [&lo, &hi, &max]
            .iter()
            .map(|b| match b.as_deref().map(|x| &x.kind) {
                Some(ExprKind::Int(v)) => Some(*v),
                _ => None,
            })
            .collect();
        let known: Vec<i64> = consts.iter().flatten().copied().collect();
        if known.windows(2).any(|w| w[0] > w[1]) {
            let (a, b) = known
                .windows(2)
                .find(|w| w[0] > w[1])
                .map(|w| (w[0], w[1]))
                .unwrap_or_default();
            return self.error(e.start(), format!("invalid slice indices: {b} < {a}"));
        }
        if let Some((_, n)) = &array_len {
            if let Some(k) = known.iter().find(|k| **k as u64 > *n) {
                return self.error(
                    e.start(),
                    format!("invalid argument: index {k} out of bounds [0:{}]", n + 1),
                );
            }
        }
        let ty = match array_len {
            Some((el, _)) => Type::Slice(Box::new(el)),
            None => xe.ty.clone(),
        };
        Ok(Operand::Value {
            e: Expr {
                kind: ExprKind::SliceExpr {
                    x: Box::new(xe),
                    lo,
                    hi,
                    max,
                },
                ty,
                pos: e.pos,
            },
            var: false,
        })
    }

    /// `cap(s)` of a slice.
    pub(super) fn builtin_cap(&mut self, e: &ast::Expr, args: &[ast::Expr]) -> R<Operand> {
        self.builtin_count(e, "cap", args, 1, 1)?;
        let o = self.expr(&args[0])?;
        self.single(&args[0], &o)?;
        if let Operand::Value { e: x, .. } = &o {
            if let Some(op) = self.array_len(x, Builtin::Cap, e.pos) {
                return Ok(op);
            }
        }
        match o {
            Operand::Value { e: x, .. }
                if matches!(x.ty.under(), Type::Slice(_) | Type::Chan(..)) =>
            {
                Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::Builtin(Builtin::Cap, vec![x]),
                        ty: Type::Int,
                        pos: e.pos,
                    },
                    var: false,
                })
            }
            other => {
                let d = self.describe(&args[0], &other);
                self.error(
                    args[0].start(),
                    format!("invalid argument: {d} for built-in cap"),
                )
            }
        }
    }

    /// `copy(dst, src)`: slices of identical element types.
    pub(super) fn builtin_copy(&mut self, e: &ast::Expr, args: &[ast::Expr]) -> R<Operand> {
        // `copy(f())` of a function with two results.
        let spread = if args.len() == 1 {
            let o = self.expr(&args[0])?;
            self.spread(&o).filter(|v| v.len() == 2)
        } else {
            None
        };
        let (d, s) = match spread {
            Some(mut v) => {
                let s = v.pop().expect("two values");
                (v.pop().expect("two values"), s)
            }
            None => {
                self.builtin_count(e, "copy", args, 2, 2)?;
                let d = self.value_expr(&args[0], "argument to copy")?;
                let s = self.value_expr(&args[1], "argument to copy")?;
                (d, s)
            }
        };
        if let (Type::Slice(de), Type::String) = (d.ty.under(), s.ty.under()) {
            if **de == Type::Sized(lowering::ir::IntKind::U8) {
                return Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::Builtin(Builtin::Copy, vec![d, s]),
                        ty: Type::Int,
                        pos: e.pos,
                    },
                    var: false,
                });
            }
        }
        let (Type::Slice(de), Type::Slice(se)) = (d.ty.under(), s.ty.under()) else {
            return self.error(
                e.start(),
                format!(
                    "invalid argument: copy expects slice arguments; found {} (value of type {}) and {} (value of type {})",
                    expr_string(&args[0]),
                    type_name(&d.ty),
                    expr_string(&args[1]),
                    type_name(&s.ty)
                ),
            );
        };
        if de != se {
            return self.error(
                e.start(),
                format!(
                    "invalid argument: arguments to copy {} (value of type {}) and {} (value of type {}) have different element types {} and {}",
                    expr_string(&args[0]),
                    type_name(&d.ty),
                    expr_string(&args[1]),
                    type_name(&s.ty),
                    type_name(de),
                    type_name(se)
                ),
            );
        }
        Ok(Operand::Value {
            e: Expr {
                kind: ExprKind::Builtin(Builtin::Copy, vec![d, s]),
                ty: Type::Int,
                pos: e.pos,
            },
            var: false,
        })
    }
}
