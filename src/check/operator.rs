//! Unary and binary operators and comparisons (shifts aside): Go's operand and type rules,
//! constant operands folded with `types::fold`, comparisons with `nil` and interfaces, and
//! the IR operator for each.

use super::operand::Operand;
use super::types::{assignable, comparable, fold, type_name, ConstVal};
use super::{Checker, R};
use crate::syntax::ast::{self, expr_string, BinOp, ExprKind as AK, UnOp};
use lowering::ir::{BinaryOp, Expr, ExprKind, Type, UnaryOp};

pub(super) fn binop_ir(op: BinOp) -> BinaryOp {
    match op {
        BinOp::Add => BinaryOp::Add,
        BinOp::Sub => BinaryOp::Sub,
        BinOp::Mul => BinaryOp::Mul,
        BinOp::Div => BinaryOp::Div,
        BinOp::Rem => BinaryOp::Rem,
        BinOp::And => BinaryOp::And,
        BinOp::Or => BinaryOp::Or,
        BinOp::Xor => BinaryOp::Xor,
        BinOp::AndNot => BinaryOp::AndNot,
        BinOp::Shl => BinaryOp::Shl,
        BinOp::Shr => BinaryOp::Shr,
        BinOp::Eq => BinaryOp::Eq,
        BinOp::Ne => BinaryOp::Ne,
        BinOp::Lt => BinaryOp::Lt,
        BinOp::Le => BinaryOp::Le,
        BinOp::Gt => BinaryOp::Gt,
        BinOp::Ge => BinaryOp::Ge,
        BinOp::LogAnd => BinaryOp::LogAnd,
        BinOp::LogOr => BinaryOp::LogOr,
    }
}

fn is_comparison(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
    )
}

/// Why the constant `v` cannot be given the numeric type `t` in an operation (types2's
/// `truncated to` or `overflows`), or `None` when it can (or `t` is not numeric).
pub(super) fn unrepresentable(v: &ConstVal, t: &Type) -> Option<&'static str> {
    if let Some(k) = t.complex_kind() {
        let c = super::complex::Cx::of(v)?;
        return c.round_to(k).is_none().then_some("overflows");
    }
    let v = v.real_if_exact();
    if let Some(k) = t.float_kind() {
        return match v {
            ConstVal::Complex(_) => Some("overflows"),
            v => v
                .rat()
                .is_some_and(|r| super::floats::round_to(&r, k).is_none())
                .then_some("overflows"),
        };
    }
    if t.is_integer() {
        return match v {
            ConstVal::Complex(_) => Some("truncated to"),
            ConstVal::Float(r) => match super::floats::to_i128(&r) {
                None => Some("truncated to"),
                // A float constant that is no value of the type is truncated.
                Some(x) => (!super::types::fits(x, t)).then_some("truncated to"),
            },
            v => v
                .int()
                .is_some_and(|x| !super::types::fits(x, t))
                .then_some("overflows"),
        };
    }
    None
}

/// Moves an operand out, leaving a copy without its (possibly deep) IR expression that is
/// still good for messages about it (deep copies made long chains quadratic).
fn take_operand(o: &mut Operand) -> Operand {
    let shallow = match &*o {
        Operand::Value { e, var } => Operand::Value {
            e: Expr {
                kind: ExprKind::Nil,
                ty: e.ty.clone(),
                pos: e.pos,
            },
            var: *var,
        },
        other => other.clone(),
    };
    std::mem::replace(o, shallow)
}

impl<'a> Checker<'a> {
    /// `&x` of an addressable operand, or `&T{...}` of a composite literal (a new
    /// variable holding its value).
    fn address_operand(&mut self, e: &ast::Expr, x: &ast::Expr) -> R<Operand> {
        let mut inner = x;
        while let AK::Paren(y) = &inner.kind {
            inner = y;
        }
        let xo = self.expr(x)?;
        if let Operand::Type(_) = xo {
            return self.error(
                x.start(),
                format!("{} (type) is not an expression", expr_string(x)),
            );
        }
        self.single(x, &xo)?;
        if let (AK::Composite { .. }, Operand::Value { e: v, .. }) = (&inner.kind, &xo) {
            return Ok(Operand::Value {
                e: Expr {
                    kind: ExprKind::New(Box::new(v.clone())),
                    ty: Type::Pointer(Box::new(v.ty.clone())),
                    pos: e.pos,
                },
                var: false,
            });
        }
        if let Operand::Value { e: v, var: true } = &xo {
            if let Ok(p) = self.address_of(v.clone(), e.pos) {
                return Ok(Operand::Value { e: p, var: false });
            }
        }
        let d = self.describe(x, &xo);
        self.error(
            e.pos,
            format!("invalid operation: cannot take address of {d}"),
        )
    }

    pub(super) fn unary(&mut self, e: &ast::Expr, op: UnOp, x: &ast::Expr) -> R<Operand> {
        if op == UnOp::Addr {
            return self.address_operand(e, x);
        }
        if op == UnOp::Recv {
            return self.recv_expr(e, x);
        }
        let mut xo = self.expr(x)?;
        if let (UnOp::Deref, Operand::Type(t)) = (op, &xo) {
            return Ok(Operand::Type(Type::Pointer(Box::new(t.clone()))));
        }
        if let (UnOp::Deref, Operand::Nil) = (op, &xo) {
            return self.error(e.pos, "invalid operation: cannot indirect nil");
        }
        self.single(x, &xo)?;
        let pos = e.pos;
        if op == UnOp::Deref {
            return match xo {
                Operand::Value { e: p, .. } if matches!(p.ty.under(), Type::Pointer(_)) => {
                    Ok(Operand::Value {
                        e: self.deref_expr(p, pos),
                        var: true,
                    })
                }
                other => {
                    let d = self.describe(x, &other);
                    self.error(x.start(), format!("invalid operation: cannot indirect {d}"))
                }
            };
        }
        let bad = |c: &mut Self, xo: &Operand| {
            let d = c.describe(x, xo);
            c.error::<Operand>(
                x.start(),
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    op.text()
                ),
            )
        };
        match op {
            UnOp::Tilde => {
                return self.error(
                    pos,
                    "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)",
                )
            }
            UnOp::Recv => return self.unsupported(pos, format!("operator {}", op.text())),
            _ => {}
        }
        match &xo {
            Operand::Const { val, ty } => {
                let rune = matches!(val, ConstVal::Rune(_));
                let val = &val.as_int();
                let r = match (op, val) {
                    (UnOp::Neg, ConstVal::Complex(c)) => {
                        Some(ConstVal::Complex(Box::new(super::complex::Cx {
                            re: -c.re.clone(),
                            im: -c.im.clone(),
                            ..(**c).clone()
                        })))
                    }
                    (UnOp::Plus, ConstVal::Complex(c)) => Some(ConstVal::Complex(c.clone())),
                    (UnOp::Neg, ConstVal::Float(f)) => Some(ConstVal::Float(-f.clone())),
                    (UnOp::Plus, ConstVal::Float(f)) => Some(ConstVal::Float(f.clone())),
                    (UnOp::Neg, ConstVal::Int(v)) => v.checked_neg().map(ConstVal::Int),
                    (UnOp::Plus, ConstVal::Int(v)) => Some(ConstVal::Int(*v)),
                    (UnOp::BitNot, ConstVal::Int(v)) => Some(ConstVal::Int(
                        // An unsigned type's complement stays within its width.
                        match ty.as_ref().and_then(|t| t.int_info()) {
                            Some((bits, false)) => !*v & ((1i128 << bits) - 1),
                            _ => !*v,
                        },
                    )),
                    (UnOp::Not, ConstVal::Bool(b)) => Some(ConstVal::Bool(!*b)),
                    (UnOp::Neg | UnOp::Plus | UnOp::BitNot | UnOp::Not, _) => {
                        return bad(self, &xo)
                    }
                    _ => None,
                };
                match r {
                    Some(v) => {
                        let v = match v {
                            ConstVal::Int(x) if rune && ty.is_none() => ConstVal::Rune(x),
                            v => v,
                        };
                        let out = Operand::Const {
                            val: v,
                            ty: ty.clone(),
                        };
                        self.check_typed_const(e, &out)?;
                        Ok(out)
                    }
                    None => self.error(pos, "constant overflow"),
                }
            }
            Operand::Value { e: xe, .. } => {
                let (uop, ok) = match op {
                    UnOp::Neg => (Some(UnaryOp::Neg), xe.ty.is_numeric()),
                    UnOp::Plus => (None, xe.ty.is_numeric()),
                    UnOp::BitNot => (Some(UnaryOp::BitNot), xe.ty.is_integer()),
                    UnOp::Not => (Some(UnaryOp::Not), *xe.ty.under() == Type::Bool),
                    _ => (None, false),
                };
                if !ok {
                    return bad(self, &xo);
                }
                let ty = xe.ty.clone();
                let Operand::Value { e: xe, .. } = take_operand(&mut xo) else {
                    unreachable!("matched a value")
                };
                Ok(match uop {
                    Some(u) => Operand::Value {
                        e: Expr {
                            kind: ExprKind::Unary(u, Box::new(xe)),
                            ty,
                            pos,
                        },
                        var: false,
                    },
                    None => Operand::Value { e: xe, var: false },
                })
            }
            Operand::Nil => bad(self, &xo),
            _ => bad(self, &xo),
        }
    }

    /// A typed constant must be representable in its type.
    pub(super) fn check_typed_const(&mut self, e: &ast::Expr, op: &Operand) -> R<()> {
        if let Operand::Const { val, ty: Some(t) } = op {
            if let Some(k) = t.complex_kind() {
                if super::complex::Cx::of(val)
                    .and_then(|c| c.round_to(k))
                    .is_none()
                {
                    let d = self.describe(e, op);
                    return self
                        .error(e.start(), format!("{d} overflows {}", type_name(t.under())));
                }
            }
            if let (Some(k), Some(r)) = (t.float_kind(), val.rat()) {
                if super::floats::round_to(&r, k).is_none() {
                    let d = self.describe(e, op);
                    return self
                        .error(e.start(), format!("{d} overflows {}", type_name(t.under())));
                }
            }
        }
        if let Operand::Const {
            val: ConstVal::Int(v),
            ty: Some(t),
        } = op
        {
            if !super::types::fits(*v, t) {
                let d = self.describe(e, op);
                return self.error(e.start(), format!("{d} overflows {}", type_name(t.under())));
            }
        }
        Ok(())
    }

    pub(super) fn binary(
        &mut self,
        e: &ast::Expr,
        op: BinOp,
        l: &ast::Expr,
        r: &ast::Expr,
    ) -> R<Operand> {
        let lo = self.expr(l)?;
        self.single(l, &lo)?;
        let ro = self.expr(r)?;
        self.single(r, &ro)?;
        self.binary_operands(e, op, l, lo, r, ro)
    }

    /// A binary operation on checked operands (`e` is the whole expression, for messages).
    pub fn binary_operands(
        &mut self,
        e: &ast::Expr,
        op: BinOp,
        l: &ast::Expr,
        mut lo: Operand,
        r: &ast::Expr,
        mut ro: Operand,
    ) -> R<Operand> {
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift(e, op, l, lo, r, ro);
        }
        let pos = e.pos;
        let whole = expr_string(e);
        if let (Operand::Const { .. }, Operand::Const { .. }) = (&lo, &ro) {
            return self.fold_binary(e, op, &whole, l, &lo, r, &ro);
        }
        if matches!(lo, Operand::Nil) || matches!(ro, Operand::Nil) {
            return self.nil_comparison(e, op, &whole, l, lo, r, ro);
        }
        let (le, re, ty) = self.unify_binary_operands(e, op, &whole, l, &mut lo, r, &mut ro)?;
        self.check_binary_defined(e, op, &whole, &ty, l, &lo, r, &ro)?;
        if matches!(op, BinOp::Div | BinOp::Rem) && ty.is_integer() {
            if let Operand::Const { val, .. } = &ro {
                if val.rat().is_some_and(|x| num_traits::Zero::is_zero(&x)) {
                    return self.error(r.start(), "invalid operation: division by zero");
                }
            }
        }
        let rty = if is_comparison(op) { Type::Bool } else { ty };
        Ok(Operand::Value {
            e: Expr {
                kind: ExprKind::Binary(binop_ir(op), Box::new(le), Box::new(re)),
                ty: rty,
                pos,
            },
            var: false,
        })
    }

    /// A binary operation on two constants: Go's type and operator rules, then folding.
    #[allow(clippy::too_many_arguments)]
    fn fold_binary(
        &mut self,
        e: &ast::Expr,
        op: BinOp,
        whole: &str,
        l: &ast::Expr,
        lo: &Operand,
        r: &ast::Expr,
        ro: &Operand,
    ) -> R<Operand> {
        let (Operand::Const { val: lv, ty: lt }, Operand::Const { val: rv, ty: rt }) = (lo, ro)
        else {
            unreachable!("both operands are constants")
        };
        // types2 reports a comparison's mismatch at its second operand.
        let mismatch_at = if is_comparison(op) {
            r.start()
        } else {
            e.start()
        };
        let ty = match (lt, rt) {
            (Some(a), Some(b)) if a != b => {
                return self.error(
                    mismatch_at,
                    format!(
                        "invalid operation: {whole} (mismatched types {} and {})",
                        type_name(a),
                        type_name(b)
                    ),
                )
            }
            (Some(a), _) | (_, Some(a)) => Some(a.clone()),
            _ => None,
        };
        // Go's message names each side's type, or its untyped constant kind.
        let mismatched = || {
            let ln = lt
                .as_ref()
                .map(type_name)
                .unwrap_or_else(|| lv.untyped_name().to_string());
            let rn = rt
                .as_ref()
                .map(type_name)
                .unwrap_or_else(|| rv.untyped_name().to_string());
            format!("invalid operation: {whole} (mismatched types {ln} and {rn})")
        };
        let same_kind = std::mem::discriminant(&lv.as_int())
            == std::mem::discriminant(&rv.as_int())
            || (lv.is_numeric() && rv.is_numeric());
        if !same_kind {
            return self.error(mismatch_at, mismatched());
        }
        // the typed side's type must accept the untyped constant kind
        if let Some(t) = &ty {
            if !super::types::const_kind_fits(lv, t) || !super::types::const_kind_fits(rv, t) {
                return self.error(mismatch_at, mismatched());
            }
        }
        // Operands of a typed constant operation are first converted to its type, as
        // types2 does implicitly: each must be representable (an integral float becomes
        // an integer; a number given a float or complex type is rounded to it).
        let (lv, rv) = match &ty {
            Some(t) => {
                for (v, side, o) in [(lv, l, lo), (rv, r, ro)] {
                    if let Some(why) = unrepresentable(v, t) {
                        let d = self.describe(side, o);
                        let under = type_name(t.under());
                        return self.error(side.start(), format!("{d} {why} {under}"));
                    }
                }
                (
                    super::types::typed_const_value(lv, t),
                    super::types::typed_const_value(rv, t),
                )
            }
            None => (lv.clone(), rv.clone()),
        };
        let (lv, rv) = (&lv, &rv);
        let complex_op = matches!(lv, ConstVal::Complex(_)) || matches!(rv, ConstVal::Complex(_));
        let float_op = matches!(lv, ConstVal::Float(_)) || matches!(rv, ConstVal::Float(_));
        let arith = matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div);
        let ordering = is_comparison(op) && !matches!(op, BinOp::Eq | BinOp::Ne);
        let defined = match lv {
            _ if complex_op => arith || matches!(op, BinOp::Eq | BinOp::Ne),
            _ if float_op => arith || is_comparison(op),
            ConstVal::Float(_) | ConstVal::Complex(_) => false,
            ConstVal::Int(_) | ConstVal::Rune(_) => !matches!(op, BinOp::LogAnd | BinOp::LogOr),
            ConstVal::Bool(_) => {
                matches!(op, BinOp::LogAnd | BinOp::LogOr | BinOp::Eq | BinOp::Ne)
            }
            ConstVal::Str(_) => matches!(op, BinOp::Add) || is_comparison(op),
        };
        if !defined && ordering {
            // types2's comparison error names the operands' type (an untyped kind).
            let kind = match &ty {
                Some(t) => type_name(t),
                None if complex_op => "untyped complex".into(),
                None => lv.untyped_name().into(),
            };
            return self.error(
                l.start(),
                format!(
                    "invalid operation: {whole} (operator {} not defined on {kind})",
                    op.text()
                ),
            );
        }
        if !defined {
            let d = self.describe(l, lo);
            return self.error(
                e.start(),
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    op.text()
                ),
            );
        }
        if matches!(op, BinOp::Div | BinOp::Rem) && rv.is_zero() {
            return self.error(r.start(), "invalid operation: division by zero");
        }
        let res = fold(op, lv, rv);
        match res {
            Some(v) => {
                let ty = if is_comparison(op) { None } else { ty };
                let v = if ty.is_some() { v.as_int() } else { v };
                // A typed constant must be representable in its type (reported with the
                // exact result), and holds its type's rounding of it.
                let out = Operand::Const { val: v, ty };
                self.check_typed_const(e, &out)?;
                Ok(match out {
                    Operand::Const { val, ty: Some(t) } => Operand::Const {
                        val: super::types::typed_const_value(&val, &t),
                        ty: Some(t),
                    },
                    out => out,
                })
            }
            None => {
                let what = match op {
                    BinOp::Add => "addition",
                    BinOp::Sub => "subtraction",
                    BinOp::Mul => "multiplication",
                    _ => "arithmetic",
                };
                self.error(e.start(), format!("constant {what} overflow"))
            }
        }
    }

    /// A comparison with `nil` (the only binary operation defined on it).
    #[allow(clippy::too_many_arguments)]
    fn nil_comparison(
        &mut self,
        e: &ast::Expr,
        op: BinOp,
        whole: &str,
        l: &ast::Expr,
        lo: Operand,
        r: &ast::Expr,
        ro: Operand,
    ) -> R<Operand> {
        let pos = e.pos;
        let (other, other_ast) = if matches!(lo, Operand::Nil) {
            (&ro, r)
        } else {
            (&lo, l)
        };
        if matches!(other, Operand::Nil) {
            return self.error(
                e.start(),
                format!(
                    "invalid operation: {whole} (operator {} not defined on nil)",
                    op.text()
                ),
            );
        }
        let ot = match other {
            Operand::Value { e: x, .. } => x.ty.clone(),
            Operand::Const { val, ty } => ty.clone().unwrap_or_else(|| val.default_type()),
            _ => Type::Int,
        };
        if !matches!(
            ot.under(),
            Type::Slice(_)
                | Type::Func(_)
                | Type::Any
                | Type::Error
                | Type::Pointer(_)
                | Type::UnsafePointer
                | Type::Interface(_)
                | Type::Map(..)
                | Type::Chan(..)
        ) {
            let d = self.describe(other_ast, other);
            let _ = d;
            let (ln, rn) = if matches!(lo, Operand::Nil) {
                ("untyped nil".to_string(), self.op_type_name(&ro))
            } else {
                (self.op_type_name(&lo), "untyped nil".to_string())
            };
            // types2 reports a comparison's mismatch at its second operand.
            let at = if is_comparison(op) {
                r.start()
            } else {
                e.start()
            };
            return self.error(
                at,
                format!("invalid operation: {whole} (mismatched types {ln} and {rn})"),
            );
        }
        if !matches!(op, BinOp::Eq | BinOp::Ne) {
            return self.error(
                e.start(),
                format!(
                    "invalid operation: {whole} (operator {} not defined on nil)",
                    op.text()
                ),
            );
        }
        let le = self.convert(lo, l, &ot, "comparison")?;
        let re = self.convert(ro, r, &ot, "comparison")?;
        Ok(Operand::Value {
            e: Expr {
                kind: ExprKind::Binary(binop_ir(op), Box::new(le), Box::new(re)),
                ty: Type::Bool,
                pos,
            },
            var: false,
        })
    }

    /// Gives both operands of a binary operation one type (converting an untyped constant
    /// or a value compared with an interface), or reports Go's mismatch.
    #[allow(clippy::too_many_arguments)]
    fn unify_binary_operands(
        &mut self,
        e: &ast::Expr,
        op: BinOp,
        whole: &str,
        l: &ast::Expr,
        lo: &mut Operand,
        r: &ast::Expr,
        ro: &mut Operand,
    ) -> R<(Expr, Expr, Type)> {
        let lt = match &lo {
            Operand::Value { e: x, .. } => Some(x.ty.clone()),
            Operand::Const { ty, .. } => ty.clone(),
            _ => None,
        };
        let rt = match &ro {
            Operand::Value { e: x, .. } => Some(x.ty.clone()),
            Operand::Const { ty, .. } => ty.clone(),
            _ => None,
        };
        let mismatch = |c: &mut Self| {
            let ln = c.op_type_name(lo);
            let rn = c.op_type_name(ro);
            // types2 reports a comparison's mismatch at its second operand.
            let at = if is_comparison(op) {
                r.start()
            } else {
                e.start()
            };
            c.error::<(Expr, Expr, Type)>(
                at,
                format!("invalid operation: {whole} (mismatched types {ln} and {rn})"),
            )
        };
        // `x | 1<<n`: the untyped constant of a non-constant shift takes the type the
        // other operand gives it.
        if let (Some(a), Some(b)) = (&lt, &rt) {
            if a != b && a.is_integer() && b.is_integer() {
                if let Operand::Value { e: x, .. } = &*lo {
                    if let Some(y) = super::shift::retype_untyped_shift(x, b) {
                        *lo = Operand::Value { e: y, var: false };
                        return self.unify_binary_operands(e, op, whole, l, lo, r, ro);
                    }
                }
                if let Operand::Value { e: x, .. } = &*ro {
                    if let Some(y) = super::shift::retype_untyped_shift(x, a) {
                        *ro = Operand::Value { e: y, var: false };
                        return self.unify_binary_operands(e, op, whole, l, lo, r, ro);
                    }
                }
            }
        }
        let (le, re, ty) = match (lt, rt) {
            (Some(a), Some(b)) => {
                if a == b {
                    let le = self.convert(take_operand(lo), l, &a, "operation")?;
                    let re = self.convert(take_operand(ro), r, &b, "operation")?;
                    (le, re, a)
                } else if is_comparison(op)
                    && matches!(op, BinOp::Eq | BinOp::Ne)
                    && (assignable(&a, &b) || assignable(&b, &a))
                {
                    // The side the other is assignable to (an interface, or a
                    // directional channel type that a bidirectional one converts to).
                    let t = if assignable(&a, &b) && (b.is_interface() || !assignable(&b, &a)) {
                        b
                    } else {
                        a
                    };
                    let le = self.convert(take_operand(lo), l, &t, "comparison")?;
                    let re = self.convert(take_operand(ro), r, &t, "comparison")?;
                    (le, re, t)
                } else {
                    return mismatch(self);
                }
            }
            (Some(a), None) | (None, Some(a)) => {
                // one side is an untyped constant
                let (cval, cast) = if let Operand::Const { val, .. } = &lo {
                    (val.clone(), l)
                } else if let Operand::Const { val, .. } = &ro {
                    (val.clone(), r)
                } else {
                    return mismatch(self);
                };
                let _ = cast;
                let target = if a.is_interface() {
                    if !matches!(op, BinOp::Eq | BinOp::Ne) {
                        // the constant takes its default type first
                        let dn = type_name(&cval.default_type());
                        let an = type_name(&a);
                        let (ln, rn) = if matches!(lo, Operand::Const { .. }) {
                            (dn, an)
                        } else {
                            (an, dn)
                        };
                        return self.error(
                            e.start(),
                            format!("invalid operation: {whole} (mismatched types {ln} and {rn})"),
                        );
                    }
                    if a == Type::Error {
                        // untyped constants never implement error
                        let ok = false;
                        if !ok {
                            let dt = cval.default_type();
                            let cd = if let Operand::Const { .. } = &lo {
                                l
                            } else {
                                r
                            };
                            let msg = format!(
                                "cannot convert {} (untyped {} constant) to type interface{{Error() string}}",
                                expr_string(cd),
                                type_name(&dt)
                            );
                            return self.error(cd.start(), msg);
                        }
                    }
                    a.clone()
                } else {
                    if *a.under() == Type::UnsafePointer && cval.is_numeric() {
                        let (cd, co) = if let Operand::Const { .. } = &lo {
                            (l, &*lo)
                        } else {
                            (r, &*ro)
                        };
                        let d = self.describe(cd, co);
                        return self.error(
                            cd.start(),
                            format!("cannot convert {d} to type unsafe.Pointer"),
                        );
                    }
                    if !super::types::const_kind_fits(&cval, &a) {
                        return mismatch(self);
                    }
                    a.clone()
                };
                let le = self.convert(take_operand(lo), l, &target, "operation")?;
                let re = self.convert(take_operand(ro), r, &target, "operation")?;
                (le, re, target)
            }
            (None, None) => return mismatch(self),
        };
        Ok((le, re, ty))
    }

    /// Reports an operator that is not defined on the operands' type `ty`.
    #[allow(clippy::too_many_arguments)]
    fn check_binary_defined(
        &mut self,
        e: &ast::Expr,
        op: BinOp,
        whole: &str,
        ty: &Type,
        l: &ast::Expr,
        lo: &Operand,
        r: &ast::Expr,
        ro: &Operand,
    ) -> R<()> {
        let u = ty.under();
        let defined = match op {
            BinOp::Add => ty.is_numeric() || *u == Type::String,
            BinOp::Sub | BinOp::Mul | BinOp::Div => ty.is_numeric(),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => ty.is_integer(),
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => ty.is_ordered(),
            BinOp::Eq | BinOp::Ne => comparable(ty),
            BinOp::LogAnd | BinOp::LogOr => *u == Type::Bool,
            BinOp::Shl | BinOp::Shr => ty.is_integer(),
        };
        if !defined {
            if matches!(op, BinOp::Eq | BinOp::Ne) {
                let why = super::types::incomparable_reason(ty);
                return self.error(e.start(), format!("invalid operation: {whole} ({why})"));
            }
            if is_comparison(op) {
                // types2's comparison error: at the first operand, naming its type (the
                // kind of a composite type).
                let kind = match u {
                    Type::Array(..) => "array".to_string(),
                    Type::Slice(_) => "slice".into(),
                    Type::Struct(_) => "struct".into(),
                    Type::Pointer(_) => "pointer".into(),
                    Type::Func(_) => "func".into(),
                    Type::Any | Type::Error | Type::Interface(_) => "interface".into(),
                    Type::Map(..) => "map".into(),
                    Type::Chan(..) => "chan".into(),
                    _ => type_name(ty),
                };
                return self.error(
                    l.start(),
                    format!(
                        "invalid operation: {whole} (operator {} not defined on {kind})",
                        op.text()
                    ),
                );
            }
            let (d, at) = if matches!(lo, Operand::Value { .. }) {
                (self.describe(l, lo), l)
            } else {
                (self.describe(r, ro), l)
            };
            return self.error(
                at.start(),
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    op.text()
                ),
            );
        }
        Ok(())
    }

    pub(super) fn op_type_name(&self, o: &Operand) -> String {
        match o {
            Operand::Value { e, .. } => type_name(&e.ty),
            Operand::Const { ty: Some(t), .. } => type_name(t),
            Operand::Const { val, ty: None } => val.untyped_name().to_string(),
            Operand::Nil => "untyped nil".into(),
            _ => "invalid type".into(),
        }
    }
}
