//! Package `unsafe`: `Pointer` (a type), `Sizeof`, `Alignof`, `Offsetof` (constants of
//! type `uintptr`, gc's amd64 layout), `Add`, `String`, `StringData`, `Slice`,
//! `SliceData`.

use super::operand::Operand;
use super::types::{type_name, ConstVal};
use super::{Checker, R};
use crate::syntax::ast::{self, expr_string, ExprKind as AK};
use lowering::ir::{Builtin, Expr, ExprKind, IntKind, Type};
use lowering::layout;

/// The functions of package `unsafe`, by qualified name.
pub const FUNCS: &[&str] = &[
    "unsafe.Sizeof",
    "unsafe.Alignof",
    "unsafe.Offsetof",
    "unsafe.Add",
    "unsafe.String",
    "unsafe.StringData",
    "unsafe.Slice",
    "unsafe.SliceData",
];

fn uintptr_const(v: u64) -> Operand {
    Operand::Const {
        val: ConstVal::Int(v as i128),
        ty: Some(Type::Sized(IntKind::Uptr)),
    }
}

impl<'a> Checker<'a> {
    /// A call of `unsafe.<name>` with `args`.
    pub(super) fn unsafe_call(
        &mut self,
        e: &ast::Expr,
        name: &str,
        args: &[ast::Expr],
    ) -> R<Operand> {
        let full = name.to_string();
        let name = name.trim_start_matches("unsafe.");
        let want = match name {
            "Add" | "String" | "Slice" => 2,
            _ => 1,
        };
        self.builtin_count(e, &full, args, want, want)?;
        let pos = e.pos;
        let value = |e: Expr| Operand::Value { e, var: false };
        match name {
            "Sizeof" | "Alignof" => {
                let o = self.expr(&args[0])?;
                let x = self.default_value(o, &args[0], &format!("argument to {full}"))?;
                let v = if name == "Sizeof" {
                    layout::size_of(&x.ty)
                } else {
                    layout::align_of(&x.ty)
                };
                Ok(uintptr_const(v as u64))
            }
            "Offsetof" => self.offsetof(&args[0]),
            "Add" => {
                let p = self.expr_to(&args[0], &Type::UnsafePointer, "argument to unsafe.Add")?;
                let n = self.signed_int_operand(&args[1], "argument to unsafe.Add")?;
                Ok(value(Expr {
                    kind: ExprKind::Binary(
                        lowering::ir::BinaryOp::Add,
                        Box::new(Expr { ty: Type::Int, ..p }),
                        Box::new(n),
                    ),
                    ty: Type::UnsafePointer,
                    pos,
                }))
            }
            "StringData" | "SliceData" => {
                let o = self.expr(&args[0])?;
                self.single(&args[0], &o)?;
                let x = if name == "StringData" {
                    self.convert(o, &args[0], &Type::String, &format!("argument to {full}"))?
                } else {
                    match o {
                        Operand::Value { e: x, .. } if matches!(x.ty.under(), Type::Slice(_)) => x,
                        other => {
                            let d = self.describe(&args[0], &other);
                            return self.error(
                                args[0].start(),
                                format!("invalid argument: {d} is not a slice"),
                            );
                        }
                    }
                };
                let elem = match x.ty.under() {
                    Type::Slice(el) => (**el).clone(),
                    _ => Type::Sized(IntKind::Byte),
                };
                Ok(value(Expr {
                    kind: ExprKind::Word(Box::new(x), 0),
                    ty: Type::Pointer(Box::new(elem)),
                    pos,
                }))
            }
            _ => {
                // String(ptr *byte, len), Slice(ptr *T, len)
                let o = self.expr(&args[0])?;
                self.single(&args[0], &o)?;
                let p = match o {
                    Operand::Value { e: x, .. } if matches!(x.ty.under(), Type::Pointer(_)) => x,
                    other if name == "String" => self.convert(
                        other,
                        &args[0],
                        &Type::Pointer(Box::new(Type::Sized(IntKind::Byte))),
                        "argument to unsafe.String",
                    )?,
                    other => {
                        let d = self.describe(&args[0], &other);
                        return self.error(
                            args[0].start(),
                            format!("invalid argument: {d} is not a pointer"),
                        );
                    }
                };
                let Type::Pointer(elem) = p.ty.under().clone() else {
                    return Err(());
                };
                let ty = if name == "String" {
                    if *elem.under() != Type::Sized(IntKind::Byte) {
                        let d = self.describe(&args[0], &value(p.clone()));
                        return self.error(
                            args[0].start(),
                            format!("cannot use {d} as *byte value in argument to unsafe.String"),
                        );
                    }
                    Type::String
                } else {
                    Type::Slice(elem)
                };
                let n = self.index_like(&args[1])?;
                Ok(value(Expr {
                    kind: ExprKind::Builtin(Builtin::UnsafeMake, vec![p, n]),
                    ty,
                    pos,
                }))
            }
        }
    }

    /// A length argument: any integer type, as an `int`; a negative constant is an error.
    fn index_like(&mut self, a: &ast::Expr) -> R<Expr> {
        let o = self.expr(a)?.rune_as_int();
        if let Operand::Const {
            val: ConstVal::Int(v),
            ..
        } = &o
        {
            if *v < 0 {
                let d = match &o {
                    Operand::Const { ty: None, .. } => {
                        format!("{} (constant of type int)", expr_string(a))
                    }
                    _ => self.describe(a, &o),
                };
                return self.error(
                    a.start(),
                    format!("invalid argument: length {d} must not be negative"),
                );
            }
        }
        self.index_operand(a)
    }

    /// An offset argument: any integer type (negative values too), as an `int`.
    fn signed_int_operand(&mut self, a: &ast::Expr, context: &str) -> R<Expr> {
        let o = self.expr(a)?.rune_as_int();
        self.single(a, &o)?;
        match o {
            Operand::Value { e: x, .. } if x.ty.is_integer() => Ok(Expr {
                pos: x.pos,
                kind: ExprKind::Convert(Box::new(x)),
                ty: Type::Int,
            }),
            Operand::Const {
                val: ConstVal::Int(v),
                ty: Some(t),
            } if t.is_integer() => Ok(self.const_expr(&ConstVal::Int(v), &Type::Int, a.start())),
            o => self.convert(o, a, &Type::Int, context),
        }
    }

    /// `unsafe.Offsetof(x.f)`: the offset of field `f` in the struct `x` denotes
    /// (through embedded fields, none of them a pointer).
    fn offsetof(&mut self, arg: &ast::Expr) -> R<Operand> {
        let mut inner = arg;
        while let AK::Paren(y) = &inner.kind {
            inner = y;
        }
        let AK::Selector(x, sel) = &inner.kind else {
            return self.error(
                arg.start(),
                format!(
                    "invalid argument: {} is not a selector expression",
                    expr_string(arg)
                ),
            );
        };
        let xo = self.expr(x)?;
        let base_ty = match &xo {
            Operand::Value { e, .. } => e.ty.clone(),
            _ => {
                return self.error(
                    arg.start(),
                    format!(
                        "invalid argument: {} is not a selector expression",
                        expr_string(arg)
                    ),
                )
            }
        };
        let fo = self.expr(inner)?;
        let Operand::Value { e: mut f, .. } = fo else {
            return self.error(
                arg.start(),
                format!("invalid argument: {} is a method value", expr_string(arg)),
            );
        };
        if !matches!(f.kind, ExprKind::Field(..)) {
            return self.error(
                arg.start(),
                format!("invalid argument: {} is a method value", expr_string(arg)),
            );
        }
        let mut off = 0u64;
        loop {
            match f.kind {
                ExprKind::Field(inner_x, i) => {
                    off += layout::struct_layout(&inner_x.ty).0[i as usize] as u64;
                    let reached = inner_x.ty == base_ty;
                    f = *inner_x;
                    if reached {
                        break;
                    }
                }
                ExprKind::Deref(p) if p.ty == base_ty => break,
                _ => {
                    return self.error(
                        arg.start(),
                        format!(
                            "invalid argument: field {} is embedded via a pointer in {}",
                            sel.name,
                            type_name(match base_ty.under() {
                                Type::Pointer(p) => p,
                                _ => &base_ty,
                            })
                        ),
                    )
                }
            }
        }
        Ok(uintptr_const(off))
    }
}
