//! Operands and implicit conversions: what an expression checked to (constant, value, type,
//! builtin...), how it reads in messages, and its conversion to a context's type (untyped
//! constants, `nil`, values to interfaces).

use super::types::{assignable, type_name, ConstVal};
use super::{Checker, R};
use crate::syntax::ast::{self, expr_string};
use lowering::ir::{Expr, ExprKind, Pos, Type};

/// The result of checking an expression, before it is used in a context.
#[derive(Clone, Debug)]
pub(crate) enum Operand {
    /// A constant; `ty` None for untyped.
    Const {
        val: ConstVal,
        ty: Option<Type>,
    },
    /// A value; `var` when it is addressable (a variable or slice element).
    Value {
        e: Expr,
        var: bool,
    },
    Nil,
    Type(Type),
    Builtin(&'static str),
    /// `fmt.Println` etc.
    PkgFunc(&'static str),
    /// `err.Error` (only callable).
    ErrMethod(Expr),
    /// `b.ResetTimer` and the other methods of `*testing.B` that deferjit has (only
    /// callable): the method's name and `b`.
    BenchMethod(&'static str, Expr),
    /// `x.M`: a method with its receiver already adjusted (`&x`, `*p`) to the method's
    /// receiver type (only callable for now).
    Method {
        recv: Expr,
        method: lowering::ir::Method,
    },
    /// `x.M` of an interface value `x` (only callable for now).
    IfaceMethod {
        recv: Expr,
        selector: u32,
        sig: lowering::ir::Signature,
    },
}

fn is_novalue(t: &Type) -> bool {
    matches!(t, Type::Tuple(ts) if ts.is_empty())
}

pub(crate) fn to_iface(e: Expr, target: &Type) -> Expr {
    if e.ty == *target {
        return e;
    }
    let pos = e.pos;
    Expr {
        kind: ExprKind::ToIface(Box::new(e)),
        ty: target.clone(),
        pos,
    }
}

/// Whether `e` is an untyped boolean value: a comparison, or `!`, `&&`, `||` of such.
fn untyped_bool(e: &Expr) -> bool {
    use lowering::ir::{BinaryOp as B, UnaryOp};
    match &e.kind {
        ExprKind::Binary(B::Eq | B::Ne | B::Lt | B::Le | B::Gt | B::Ge, ..) => true,
        ExprKind::Binary(B::LogAnd | B::LogOr, a, b) => untyped_bool(a) && untyped_bool(b),
        ExprKind::Unary(UnaryOp::Not, x) => untyped_bool(x),
        _ => false,
    }
}

pub(crate) fn int_expr(v: i64, pos: Pos) -> Expr {
    Expr {
        kind: ExprKind::Int(v),
        ty: Type::Int,
        pos,
    }
}

impl Operand {
    /// The operand with an untyped rune constant seen as an untyped integer one (where
    /// only the value matters: shift operands, indexes, range counts).
    pub(crate) fn rune_as_int(self) -> Operand {
        match self {
            Operand::Const {
                val: ConstVal::Rune(v),
                ty,
            } => Operand::Const {
                val: ConstVal::Int(v),
                ty,
            },
            other => other,
        }
    }

    /// Whether this is a boolean value or constant (a condition).
    pub(crate) fn is_bool(&self) -> bool {
        match self {
            Operand::Const {
                val: ConstVal::Bool(_),
                ..
            } => true,
            Operand::Value { e, .. } => *e.ty.under() == Type::Bool,
            _ => false,
        }
    }
}

impl<'a> Checker<'a> {
    /// types2's operand description: `x (variable of type int)`, `"a" (untyped string constant)`.
    pub fn describe(&self, e: &ast::Expr, op: &Operand) -> String {
        let s = expr_string(e);
        match op {
            Operand::Nil => "nil".into(),
            Operand::Const { val, ty: None } => {
                let v = val.go_string();
                if v == s {
                    format!("{s} ({} constant)", val.untyped_name())
                } else {
                    format!("{s} ({} constant {v})", val.untyped_name())
                }
            }
            Operand::Const { val, ty: Some(t) } => {
                let v = val.go_string();
                if v == s {
                    format!("{s} (constant of type {})", type_name(t))
                } else {
                    format!("{s} (constant {v} of type {})", type_name(t))
                }
            }
            Operand::Value { e: x, var } => {
                if is_novalue(&x.ty) {
                    format!("{s} (no value)")
                } else {
                    let mode = if *var {
                        "variable"
                    } else if matches!(
                        x.kind,
                        ExprKind::Builtin(lowering::ir::Builtin::ChanRecv, _)
                    ) {
                        "comma, ok expression"
                    } else {
                        "value"
                    };
                    format!("{s} ({mode} of type {})", type_name(&x.ty))
                }
            }
            Operand::Type(_) => format!("{s} (type)"),
            Operand::Builtin(_) => format!("{s} (built-in)"),
            Operand::PkgFunc(_) => format!("{s} (value of type func)"),
            Operand::ErrMethod(_) => format!("{s} (value of type func() string)"),
            Operand::BenchMethod(m, _) => {
                let sig = if *m == "SetBytes" {
                    "func(n int64)"
                } else {
                    "func()"
                };
                format!("{s} (value of type {sig})")
            }
            Operand::Method { method, .. } => {
                let f = lowering::ir::Type::Func(Box::new(method.sig.clone()));
                format!("{s} (value of type {})", type_name(&f))
            }
            Operand::IfaceMethod { sig, .. } => {
                let f = lowering::ir::Type::Func(Box::new(sig.clone()));
                format!("{s} (value of type {})", type_name(&f))
            }
        }
    }

    /// The IR expression of a constant of type `ty`.
    pub fn const_expr(&mut self, val: &ConstVal, ty: &Type, pos: Pos) -> Expr {
        if let Some(k) = ty.complex_kind() {
            let c = super::complex::Cx::of(val)
                .and_then(|c| c.round_to(k))
                .unwrap_or_else(|| super::complex::Cx::new(Default::default(), Default::default()));
            return Expr {
                kind: ExprKind::Complex(super::floats::to_f64(&c.re), super::floats::to_f64(&c.im)),
                ty: ty.clone(),
                pos,
            };
        }
        // A complex constant given another type has a zero imaginary part.
        let val = &match val {
            ConstVal::Complex(c) => ConstVal::Float(c.re.clone()),
            v => v.clone(),
        };
        let kind = match (val, ty.float_kind()) {
            (ConstVal::Int(_) | ConstVal::Rune(_) | ConstVal::Float(_), Some(k)) => {
                let r = val.rat().unwrap_or_default();
                let r = super::floats::round_to(&r, k).unwrap_or_default();
                ExprKind::Float(super::floats::to_f64(&r))
            }
            (ConstVal::Int(v) | ConstVal::Rune(v), None) => ExprKind::Int(*v as i64),
            (ConstVal::Float(r), None) => {
                ExprKind::Int(super::floats::to_i128(r).unwrap_or(0) as i64)
            }
            (ConstVal::Bool(b), _) => ExprKind::Bool(*b),
            (ConstVal::Str(s), _) => ExprKind::Str(s.clone()),
            (ConstVal::Complex(_), _) => unreachable!("made a float above"),
        };
        Expr {
            kind,
            ty: ty.clone(),
            pos,
        }
    }

    /// Checks that an operand is a single value (not a type, builtin, tuple, no value).
    pub fn single(&mut self, e: &ast::Expr, op: &Operand) -> R<()> {
        match op {
            Operand::Type(_) => {
                let msg = format!("{} (type) is not an expression", expr_string(e));
                self.error(e.start(), msg)
            }
            Operand::Builtin(_) => {
                let msg = format!("{} (built-in) must be called", expr_string(e));
                self.error(e.start(), msg)
            }
            Operand::PkgFunc(_) => self.unsupported(
                e.start(),
                format!("{} used as a func value", expr_string(e)),
            ),
            Operand::ErrMethod(_) | Operand::Method { .. } | Operand::IfaceMethod { .. } => {
                self.unsupported(e.start(), "method values of interfaces")
            }
            Operand::BenchMethod(..) => self.unsupported(e.start(), "method values of *testing.B"),
            Operand::Value { e: x, .. } => match &x.ty {
                Type::Tuple(ts) if ts.is_empty() => {
                    let msg = format!("{} (no value) used as value", expr_string(e));
                    self.error(e.start(), msg)
                }
                Type::Tuple(_) => {
                    let msg = format!(
                        "multiple-value {} (value of type {}) in single-value context",
                        expr_string(e),
                        type_name(&x.ty)
                    );
                    self.error(e.start(), msg)
                }
                _ => Ok(()),
            },
            _ => Ok(()),
        }
    }

    /// Converts an operand for use as a value of type `target` (assignability).
    pub fn convert(&mut self, op: Operand, e: &ast::Expr, target: &Type, context: &str) -> R<Expr> {
        self.single(e, &op)?;
        let pos = e.start();
        let desc = self.describe(e, &op);
        let tname = type_name(target);
        match op {
            Operand::Nil => match target.under() {
                Type::Slice(_)
                | Type::Func(_)
                | Type::Any
                | Type::Error
                | Type::Pointer(_)
                | Type::UnsafePointer
                | Type::Interface(_)
                | Type::Map(..)
                | Type::Chan(..) => Ok(Expr {
                    kind: ExprKind::Nil,
                    ty: target.clone(),
                    pos,
                }),
                _ => self.error(pos, format!("cannot use nil as {tname} value in {context}")),
            },
            Operand::Const { val, ty: None } => {
                if *target.under() == Type::Any {
                    let x = self.default_value(Operand::Const { val, ty: None }, e, context)?;
                    self.need_methods_of(&x.ty);
                    return Ok(to_iface(x, target));
                }
                let ok = super::types::const_kind_fits(&val, target);
                if !ok {
                    if *target == Type::Error {
                        let dt = val.default_type();
                        let dn = type_name(&dt);
                        let vs = val.go_string();
                        let src = expr_string(e);
                        let d2 = if vs == src {
                            format!("{src} (constant of type {dn})")
                        } else {
                            format!("{src} (constant {vs} of type {dn})")
                        };
                        return self.error(
                            pos,
                            format!("cannot use {d2} as error value in {context}: {dn} does not implement error (missing method Error)"),
                        );
                    }
                    return self.error(
                        pos,
                        format!("cannot use {desc} as {tname} value in {context}"),
                    );
                }
                if let Some(k) = target.complex_kind() {
                    let fits = super::complex::Cx::of(&val).and_then(|c| c.round_to(k));
                    if fits.is_none() {
                        return self.unrepresentable(&desc, target, context, "overflows", pos);
                    }
                    return Ok(self.const_expr(&val, target, pos));
                }
                // types2's representation: a complex constant with an imaginary part is
                // truncated as an integer, overflows as a float.
                let val = val.real_if_exact();
                if let ConstVal::Complex(_) = val {
                    let why = if target.is_integer() {
                        "truncated"
                    } else {
                        "overflows"
                    };
                    return self.unrepresentable(&desc, target, context, why, pos);
                }
                if let (ConstVal::Float(r), true) = (&val, target.is_integer()) {
                    if !super::floats::is_integer(r) {
                        return self.unrepresentable(&desc, target, context, "truncated", pos);
                    }
                }
                if let Some(k) = target.float_kind() {
                    let r = val.rat().unwrap_or_default();
                    if super::floats::round_to(&r, k).is_none() {
                        return self.unrepresentable(&desc, target, context, "overflows", pos);
                    }
                    return Ok(self.const_expr(&val, target, pos));
                }
                let as_int = match &val {
                    ConstVal::Float(r) => super::floats::to_i128(r),
                    v => v.int(),
                };
                if let Some(v) = as_int {
                    if !super::types::fits(v, target) {
                        // types2: a float (or complex) constant that is no value of an
                        // integer type is truncated, whatever the reason.
                        let why = if matches!(val, ConstVal::Float(_)) {
                            "truncated"
                        } else {
                            "overflows"
                        };
                        return self.unrepresentable(&desc, target, context, why, pos);
                    }
                }
                Ok(self.const_expr(&val, target, pos))
            }
            Operand::Const { val, ty: Some(t) } => {
                let x = self.const_expr(&val, &t, pos);
                self.convert_value(x, &t, target, &desc, context, pos)
            }
            Operand::Value { e: x, .. } => {
                if let Some(y) = super::shift::retype_untyped_shift(&x, target) {
                    return Ok(y);
                }
                if target.float_kind().is_some() || target.complex_kind().is_some() {
                    // `var f float32 = 1 << s`: the constant would be a float32.
                    if let Some(l) = super::shift::untyped_shift_operand(&x) {
                        let v = match l.kind {
                            ExprKind::Int(v) => v.to_string(),
                            _ => String::new(),
                        };
                        return self.error(
                            l.pos,
                            format!(
                                "invalid operation: shifted operand {v} (type {tname}) must be integer"
                            ),
                        );
                    }
                }
                let t = x.ty.clone();
                self.convert_value(x, &t, target, &desc, context, pos)
            }
            _ => self.error(
                pos,
                format!("cannot use {desc} as {tname} value in {context}"),
            ),
        }
    }

    /// Reports an untyped constant (described by `desc`) whose value `target` cannot
    /// represent (`why`: `truncated` or `overflows`). As an operand of a binary operation
    /// types2 converts it implicitly and says `1.5 (untyped float constant) truncated to
    /// int`; elsewhere `cannot use ... as int value in assignment (truncated)`.
    fn unrepresentable(
        &mut self,
        desc: &str,
        target: &Type,
        context: &str,
        why: &str,
        pos: Pos,
    ) -> R<Expr> {
        let tname = type_name(target);
        if context == "operation" {
            let verb = if why == "truncated" {
                "truncated to"
            } else {
                "overflows"
            };
            let under = type_name(target.under());
            return self.error(pos, format!("{desc} {verb} {under}"));
        }
        self.error(
            pos,
            format!("cannot use {desc} as {tname} value in {context} ({why})"),
        )
    }

    pub(super) fn convert_value(
        &mut self,
        x: Expr,
        t: &Type,
        target: &Type,
        desc: &str,
        context: &str,
        pos: Pos,
    ) -> R<Expr> {
        if t == target {
            return Ok(x);
        }
        if *target.under() == Type::Bool && *t == Type::Bool && untyped_bool(&x) {
            // A comparison's result is an untyped boolean value.
            return Ok(Expr {
                ty: target.clone(),
                ..x
            });
        }
        if assignable(t, target) {
            if target.is_interface() {
                if !t.is_interface() {
                    self.need_methods_of(t);
                }
                return Ok(to_iface(x, target));
            }
            // Identical underlying types: the same words, another type.
            return Ok(Expr {
                ty: target.clone(),
                ..x
            });
        }
        let tname = type_name(target);
        if target.is_interface() && unnamed_struct_with_embedding(t) {
            return self.unsupported(
                pos,
                "method sets of unnamed struct types with embedded fields",
            );
        }
        if target.is_interface() {
            let why = self.not_implemented(t, target);
            return self.error(
                pos,
                format!("cannot use {desc} as {tname} value in {context}: {why}"),
            );
        }
        self.error(
            pos,
            format!("cannot use {desc} as {tname} value in {context}"),
        )
    }

    /// The operand as a value of its default type (for `:=`, `println`, `var x = e`).
    pub fn default_value(&mut self, op: Operand, e: &ast::Expr, context: &str) -> R<Expr> {
        self.single(e, &op)?;
        match op {
            Operand::Nil => self.error(e.start(), format!("use of untyped nil in {context}")),
            Operand::Const { val, ty: None } => {
                let t = val.default_type();
                self.convert(Operand::Const { val, ty: None }, e, &t, context)
            }
            Operand::Const { val, ty: Some(t) } => Ok(self.const_expr(&val, &t, e.start())),
            Operand::Value { e: x, .. } => Ok(x),
            _ => self.error(e.start(), "invalid operand"),
        }
    }

    /// A condition: an operand of any boolean type as a `bool` value.
    pub fn as_bool(&mut self, op: Operand, e: &ast::Expr, context: &str) -> R<Expr> {
        match op {
            Operand::Value { e: x, .. } if *x.ty.under() == Type::Bool => Ok(Expr {
                ty: Type::Bool,
                ..x
            }),
            Operand::Const { val, ty: Some(t) } if *t.under() == Type::Bool => {
                Ok(self.const_expr(&val, &Type::Bool, e.start()))
            }
            op => self.convert(op, e, &Type::Bool, context),
        }
    }

    /// Checks an expression and converts it to a value of its default type.
    pub fn value_expr(&mut self, e: &ast::Expr, context: &str) -> R<Expr> {
        let op = self.expr(e)?;
        self.default_value(op, e, context)
    }

    /// Checks an expression and converts it to `target`.
    pub fn expr_to(&mut self, e: &ast::Expr, target: &Type, context: &str) -> R<Expr> {
        let op = self.expr(e)?;
        self.convert(op, e, target, context)
    }
}

/// Whether `t` is an unnamed struct type with embedded fields that have methods, or a
/// pointer to one: deferjit gives such types no promoted methods yet.
pub(crate) fn unnamed_struct_with_embedding(t: &Type) -> bool {
    let base = match t {
        Type::Pointer(p) => &**p,
        t => t,
    };
    let has_methods = |t: &Type| {
        !super::iface::method_set(t).is_empty()
            || !super::iface::method_set(&Type::Pointer(Box::new(t.clone()))).is_empty()
    };
    matches!(base, Type::Struct(st) if st.fields.iter().any(|f| f.embedded && has_methods(&f.ty)))
}
