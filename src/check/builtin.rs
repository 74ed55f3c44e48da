//! Builtin calls: `len`, `make`, `append`, `panic`, `recover`, `print`, `println` and the
//! builtins deferjit does not support yet.

use super::operand::Operand;
use super::types::ConstVal;
use super::{Checker, R};
use crate::syntax::ast::{self, expr_string};
use lowering::ir::{Builtin, Expr, ExprKind, Pos, Type};

/// The value of a builtin call.
fn builtin_value(kind: Builtin, args: Vec<Expr>, ty: Type, pos: Pos) -> Operand {
    Operand::Value {
        e: Expr {
            kind: ExprKind::Builtin(kind, args),
            ty,
            pos,
        },
        var: false,
    }
}

fn unreachable_type() -> Type {
    Type::Int
}

impl<'a> Checker<'a> {
    pub(super) fn builtin_count(
        &mut self,
        e: &ast::Expr,
        name: &str,
        args: &[ast::Expr],
        min: usize,
        max: usize,
    ) -> R<()> {
        let n = args.len();
        if n < min {
            let msg = format!(
                "not enough arguments for {} (expected {min}, found {n})",
                expr_string(e)
            );
            let at = e.start();
            let _ = name;
            return self.error(at, format!("invalid operation: {msg}"));
        }
        if n > max {
            let msg = format!(
                "too many arguments for {} (expected {max}, found {n})",
                expr_string(e)
            );
            return self.error(e.start(), format!("invalid operation: {msg}"));
        }
        Ok(())
    }

    pub(super) fn builtin_call(
        &mut self,
        e: &ast::Expr,
        b: &'static str,
        args: &[ast::Expr],
        ellipsis: bool,
    ) -> R<Operand> {
        let pos = e.pos;
        let novalue = Type::Tuple(vec![]);
        if ellipsis && b != "append" {
            return self.error(
                e.start(),
                format!("invalid operation: invalid use of ... with built-in {b}"),
            );
        }
        let mk = |kind: Builtin, args: Vec<Expr>, ty: Type| builtin_value(kind, args, ty, pos);
        match b {
            "len" => self.builtin_len(e, b, args),
            "cap" => self.builtin_cap(e, args),
            "delete" => {
                // `delete(f())` of a function with two results.
                if args.len() == 1 {
                    let o = self.expr(&args[0])?;
                    if let Some(mut v) = self.spread(&o).filter(|v| v.len() == 2) {
                        let k = v.pop().expect("two values");
                        let m = v.pop().expect("two values");
                        if let Type::Map(kt, _) = m.ty.under() {
                            if super::types::assignable(&k.ty, kt) {
                                return Ok(mk(Builtin::Delete, vec![m, k], novalue));
                            }
                        }
                    }
                }
                self.builtin_count(e, b, args, 2, 2)?;
                let m = self.value_expr(&args[0], "argument to delete")?;
                let Type::Map(kt, _) = m.ty.under().clone() else {
                    let d = format!(
                        "{} (variable of type {})",
                        expr_string(&args[0]),
                        super::types::type_name(&m.ty)
                    );
                    return self.error(
                        args[0].start(),
                        format!("invalid argument: {d} is not a map"),
                    );
                };
                let k = self.expr_to(&args[1], &kt, "argument to delete")?;
                Ok(mk(Builtin::Delete, vec![m, k], novalue))
            }
            "clear" => {
                self.builtin_count(e, b, args, 1, 1)?;
                let m = self.value_expr(&args[0], "argument to clear")?;
                match m.ty.under() {
                    Type::Map(..) => Ok(mk(Builtin::ClearMap, vec![m], novalue)),
                    Type::Slice(_) => Ok(mk(Builtin::ClearSlice, vec![m], novalue)),
                    _ => {
                        let d = format!(
                            "{} (variable of type {})",
                            expr_string(&args[0]),
                            super::types::type_name(&m.ty)
                        );
                        self.error(
                            args[0].start(),
                            format!("invalid argument: {d} must be a map or slice"),
                        )
                    }
                }
            }
            "min" | "max" => self.builtin_min_max(e, b, args),
            "complex" => self.builtin_complex(e, args),
            "real" | "imag" => self.builtin_real_imag(e, b == "imag", args),
            "copy" => self.builtin_copy(e, args),
            "make" => self.builtin_make(e, args),
            "close" => self.builtin_close(e, args),
            "append" => self.builtin_append(e, args, ellipsis),
            "println" | "print" => {
                let mut out = Vec::new();
                for a in args {
                    let o = self.expr(a)?;
                    if args.len() == 1 {
                        if let Some(vals) = self.spread(&o) {
                            out.extend(vals);
                            continue;
                        }
                    }
                    let v = self.default_value(o, a, &format!("argument to built-in{b}"))?;
                    if v.ty.struct_type().is_some() || v.ty.array_type().is_some() {
                        let d = format!(
                            "{} (variable of type {})",
                            expr_string(a),
                            super::types::type_name(&v.ty)
                        );
                        return self
                            .error(e.pos, format!("illegal types for operand: print\n\t{d}"));
                    }
                    out.push(v);
                }
                Ok(mk(
                    if b == "println" {
                        Builtin::Println
                    } else {
                        Builtin::Print
                    },
                    out,
                    novalue,
                ))
            }
            "panic" => {
                self.builtin_count(e, b, args, 1, 1)?;
                let x = self.expr_to(&args[0], &Type::Any, "argument to panic")?;
                Ok(mk(Builtin::Panic, vec![x], novalue))
            }
            "recover" => {
                self.builtin_count(e, b, args, 0, 0)?;
                Ok(mk(Builtin::Recover, vec![], Type::Any))
            }
            "new" => {
                self.builtin_count(e, b, args, 1, 1)?;
                let t = match self.expr(&args[0])? {
                    Operand::Type(t) => t,
                    _ => {
                        return self.error(
                            args[0].start(),
                            format!("{} is not a type", expr_string(&args[0])),
                        )
                    }
                };
                let zero = Expr {
                    kind: ExprKind::Nil,
                    ty: t.clone(),
                    pos,
                };
                Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::New(Box::new(zero)),
                        ty: Type::Pointer(Box::new(t)),
                        pos,
                    },
                    var: false,
                })
            }
            _ => self.unsupported(e.start(), format!("the built-in {b}")),
        }
    }

    /// `min(x, ...)` / `max(x, ...)` of integers or strings: a constant when every
    /// operand is one, else the operands converted to one type (as a binary operation
    /// would) and compared left to right.
    fn builtin_min_max(
        &mut self,
        e: &ast::Expr,
        b: &'static str,
        args: &[ast::Expr],
    ) -> R<Operand> {
        if args.is_empty() {
            return self.error(
                e.start(),
                format!(
                    "not enough arguments for {} (expected 1, found 0)",
                    expr_string(e)
                ),
            );
        }
        let mut ops = Vec::new();
        for a in args {
            let o = self.expr(a)?;
            self.single(a, &o)?;
            ops.push(o);
        }
        // Complex numbers have no order.
        for (o, a) in ops.iter().zip(args) {
            let complex = match o {
                Operand::Const { val, ty } => {
                    matches!(val, ConstVal::Complex(_))
                        || ty.as_ref().is_some_and(|t| t.complex_kind().is_some())
                }
                Operand::Value { e: x, .. } => x.ty.complex_kind().is_some(),
                _ => false,
            };
            if complex {
                let d = self.describe(a, o);
                return self.error(
                    a.start(),
                    format!("invalid argument: {d} cannot be ordered"),
                );
            }
        }
        let is_max = b == "max";
        // All constants: fold.
        if ops.iter().all(|o| matches!(o, Operand::Const { .. })) {
            let mut best = ops[0].clone();
            for o in &ops[1..] {
                if let (Operand::Const { val: x, ty: tx }, Operand::Const { val: y, ty: ty_ }) =
                    (&best, o)
                {
                    // `y` replaces the best so far only when strictly better.
                    let op = if is_max {
                        ast::BinOp::Gt
                    } else {
                        ast::BinOp::Lt
                    };
                    let better = match super::types::fold(op, y, x) {
                        Some(ConstVal::Bool(b)) => b,
                        _ => {
                            return self.error(
                                e.start(),
                                format!("invalid argument: mismatched types in {}", expr_string(e)),
                            )
                        }
                    };
                    let ty = tx.clone().or(ty_.clone());
                    best = if better {
                        Operand::Const { val: y.clone(), ty }
                    } else {
                        Operand::Const { val: x.clone(), ty }
                    };
                }
            }
            // Untyped operands give a constant of the largest of their kinds
            // (`min(3.5, 2)` is the float constant 2).
            if let Operand::Const { val, ty } = &mut best {
                let kind_of = |o: &Operand| match o {
                    Operand::Const {
                        val: ConstVal::Float(_),
                        ..
                    } => 2,
                    Operand::Const {
                        val: ConstVal::Rune(_),
                        ..
                    } => 1,
                    _ => 0,
                };
                let kind = ops.iter().map(kind_of).max().unwrap_or(0);
                match (kind, &*val, ty.is_none()) {
                    (2, v, true) if !matches!(v, ConstVal::Float(_)) => {
                        if let Some(r) = v.rat() {
                            *val = ConstVal::Float(r);
                        }
                    }
                    (1, ConstVal::Int(v), true) => *val = ConstVal::Rune(*v),
                    _ => {}
                }
            }
            return Ok(best);
        }
        // The operands' common type: the first typed one's.
        let t = ops
            .iter()
            .find_map(|o| match o {
                Operand::Value { e: x, .. } => Some(x.ty.clone()),
                _ => None,
            })
            .unwrap_or(Type::Int);
        if !t.is_integer() && !matches!(t.under(), Type::Float(_)) && *t.under() != Type::String {
            return self.unsupported(e.start(), format!("{b} of {}", super::types::type_name(&t)));
        }
        let mut out = Vec::new();
        for (o, a) in ops.into_iter().zip(args) {
            out.push(self.convert(o, a, &t, &format!("argument to {b}"))?);
        }
        let kind = if is_max { Builtin::Max } else { Builtin::Min };
        Ok(builtin_value(kind, out, t, e.pos))
    }

    /// `len(x)` of a string (constant for a constant one) or a slice.
    fn builtin_len(&mut self, e: &ast::Expr, b: &'static str, args: &[ast::Expr]) -> R<Operand> {
        let mk = |kind: Builtin, args: Vec<Expr>, ty: Type| builtin_value(kind, args, ty, e.pos);
        self.builtin_count(e, b, args, 1, 1)?;
        let o = self.expr(&args[0])?;
        self.single(&args[0], &o)?;
        if let Operand::Value { e: x, .. } = &o {
            if let Some(op) = self.array_len(x, Builtin::Len, e.pos) {
                return Ok(op);
            }
        }
        match &o {
            Operand::Const {
                val: ConstVal::Str(s),
                ..
            } => Ok(Operand::Const {
                // `len` of a constant string is a constant of type int.
                val: ConstVal::Int(s.len() as i128),
                ty: Some(Type::Int),
            }),
            Operand::Value { e: x, .. }
                if matches!(
                    x.ty.under(),
                    Type::String | Type::Slice(_) | Type::Map(..) | Type::Chan(..)
                ) =>
            {
                Ok(mk(Builtin::Len, vec![x.clone()], Type::Int))
            }
            _ => {
                let d = self.describe(&args[0], &o);
                self.error(
                    args[0].start(),
                    format!("invalid argument: {d} for built-in len"),
                )
            }
        }
    }

    /// `make([]T, len[, cap])`.
    fn builtin_make(&mut self, e: &ast::Expr, args: &[ast::Expr]) -> R<Operand> {
        let mk = |kind: Builtin, args: Vec<Expr>, ty: Type| builtin_value(kind, args, ty, e.pos);
        if args.is_empty() {
            return self.error(
                e.start(),
                format!(
                    "not enough arguments for {} (expected 1, found 0)",
                    expr_string(e)
                ),
            );
        }
        let to = self.expr(&args[0])?;
        let t = match to {
            Operand::Type(t) => t,
            _ => {
                return self.error(
                    args[0].start(),
                    format!("{} is not a type", expr_string(&args[0])),
                )
            }
        };
        if let Type::Map(..) = t.under() {
            if args.len() > 2 {
                return self.error(
                    e.start(),
                    format!(
                        "invalid operation: {} expects 1 or 2 arguments; found {}",
                        expr_string(e),
                        args.len()
                    ),
                );
            }
            let mut ops = Vec::new();
            for a in &args[1..] {
                ops.push(self.index_operand(a)?);
            }
            return Ok(mk(Builtin::MakeMap, ops, t));
        }
        if let Type::Chan(..) = t.under() {
            if args.len() > 2 {
                return self.error(
                    e.start(),
                    format!(
                        "invalid operation: {} expects 1 or 2 arguments; found {}",
                        expr_string(e),
                        args.len()
                    ),
                );
            }
            let mut ops = Vec::new();
            for a in &args[1..] {
                ops.push(self.index_operand(a)?);
            }
            return Ok(mk(Builtin::MakeChan, ops, t));
        }
        if !matches!(t.under(), Type::Slice(_)) {
            return self.error(
                args[0].start(),
                format!(
                    "invalid argument: cannot make {}; type must be slice, map, or channel",
                    expr_string(&args[0])
                ),
            );
        }
        if args.len() == 1 {
            return self.error(
                e.start(),
                format!(
                    "invalid operation: {} expects 2 or 3 arguments; found 1",
                    expr_string(e)
                ),
            );
        }
        if args.len() > 3 {
            return self.error(
                e.start(),
                format!(
                    "invalid operation: {} expects 2 or 3 arguments; found {}",
                    expr_string(e),
                    args.len()
                ),
            );
        }
        let mut ops = Vec::new();
        for a in &args[1..] {
            ops.push(self.index_operand(a)?);
        }
        if let (Some(ExprKind::Int(l)), Some(ExprKind::Int(c))) =
            (ops.first().map(|x| &x.kind), ops.get(1).map(|x| &x.kind))
        {
            if l > c {
                return self.error(
                    args[1].start(),
                    "invalid argument: length and capacity swapped".to_string(),
                );
            }
        }
        Ok(mk(Builtin::MakeSlice, ops, t))
    }

    /// `append(s, x...)` (without a final `...`).
    fn builtin_append(&mut self, e: &ast::Expr, args: &[ast::Expr], ellipsis: bool) -> R<Operand> {
        let mk = |kind: Builtin, args: Vec<Expr>, ty: Type| builtin_value(kind, args, ty, e.pos);
        if args.is_empty() {
            return self.error(
                e.start(),
                format!(
                    "not enough arguments for {} (expected 1, found 0)",
                    expr_string(e)
                ),
            );
        }
        let so = self.expr(&args[0])?;
        // `append(f())` of a function whose results are a slice and its elements.
        if !ellipsis && args.len() == 1 {
            let first_is_slice = matches!(
                &so,
                Operand::Value { e: x, .. }
                    if matches!(&x.ty, Type::Tuple(ts) if ts.len() > 1 && matches!(ts[0].under(), Type::Slice(_)))
            );
            if first_is_slice {
                if let Some(vals) = self.spread(&so) {
                    let mut vals = vals.into_iter();
                    let se = vals.next().expect("a slice first");
                    let ty = se.ty.clone();
                    let elem = match ty.under() {
                        Type::Slice(el) => (**el).clone(),
                        _ => unreachable_type(),
                    };
                    let mut out = vec![se];
                    for v in vals {
                        let o = Operand::Value { e: v, var: false };
                        out.push(self.convert(o, &args[0], &elem, "argument to append")?);
                    }
                    return Ok(mk(Builtin::Append, out, ty));
                }
            }
        }
        self.single(&args[0], &so)?;
        let se = match &so {
            Operand::Value { e: x, .. } if matches!(x.ty.under(), Type::Slice(_)) => x.clone(),
            Operand::Nil => {
                return self.error(
                    args[0].start(),
                    "first argument to append must be a typed slice; have untyped nil",
                )
            }
            _ => {
                let d = self.describe(&args[0], &so);
                return self.error(
                    args[0].start(),
                    format!("invalid argument: {d} is not a slice"),
                );
            }
        };
        let elem = match se.ty.under() {
            Type::Slice(el) => (**el).clone(),
            _ => unreachable_type(),
        };
        let ty = se.ty.clone();
        let mut out = vec![se];
        if ellipsis {
            if args.len() != 2 {
                return self.error(e.start(), "can only use ... with final argument in list");
            }
            // append([]byte, s...) of a string: its bytes.
            if *elem.under() == Type::Sized(lowering::ir::IntKind::U8) {
                let o = self.expr(&args[1])?;
                let s = match &o {
                    Operand::Value { e: x, .. } if *x.ty.under() == Type::String => Some(x.clone()),
                    Operand::Const {
                        val: ConstVal::Str(_),
                        ty,
                    } if ty.as_ref().is_none_or(|t| *t.under() == Type::String) => {
                        let t = ty.clone().unwrap_or(Type::String);
                        Some(self.convert(o.clone(), &args[1], &t, "argument to append")?)
                    }
                    _ => None,
                };
                if let Some(s) = s {
                    let pos = s.pos;
                    out.push(Expr {
                        kind: ExprKind::StrConv(lowering::ir::StrConv::ToBytes, Box::new(s)),
                        ty: Type::Slice(Box::new(elem)),
                        pos,
                    });
                    return Ok(mk(Builtin::AppendSlice, out, ty));
                }
            }
            let t = self.expr_to(&args[1], &Type::Slice(Box::new(elem)), "argument to append")?;
            out.push(t);
            return Ok(mk(Builtin::AppendSlice, out, ty));
        }
        for a in &args[1..] {
            out.push(self.expr_to(a, &elem, "argument to append")?);
        }
        Ok(mk(Builtin::Append, out, ty))
    }
}
