//! Composite literals (slices) and index operands.

use super::operand::Operand;
use super::types::{type_name, ConstVal};
use super::{Checker, R};
use crate::syntax::ast::{self, expr_string, ExprKind as AK};
use lowering::ir::{Expr, ExprKind, Pos, Type};

impl<'a> Checker<'a> {
    /// A slice literal of type `t`; elements with an elided type get the element type.
    pub(super) fn composite(
        &mut self,
        t: Type,
        elems: &[ast::Expr],
        keyed: bool,
        pos: Pos,
    ) -> R<Operand> {
        let elem = match &t {
            Type::Slice(el) => (**el).clone(),
            _ => {
                return self.error(
                    pos,
                    format!("invalid composite literal type {}", type_name(&t)),
                )
            }
        };
        if keyed {
            return self.unsupported(pos, "keyed slice literals");
        }
        let mut out = Vec::new();
        for el in elems {
            if let AK::Composite {
                ty:
                    ast::TypeExpr {
                        kind: ast::TypeKind::Elided,
                        ..
                    },
                elems: es,
                keyed: k,
            } = &el.kind
            {
                match self.composite(elem.clone(), es, *k, el.pos)? {
                    Operand::Value { e, .. } => out.push(e),
                    _ => return Err(()),
                }
                continue;
            }
            out.push(self.expr_to(el, &elem, "array or slice literal")?);
        }
        Ok(Operand::Value {
            e: Expr {
                kind: ExprKind::SliceLit(out),
                ty: t,
                pos,
            },
            var: false,
        })
    }

    /// An index operand: an int value, non-negative when constant.
    pub fn index_operand(&mut self, i: &ast::Expr) -> R<Expr> {
        let io = self.expr(i)?;
        if let Operand::Const {
            val: ConstVal::Int(v),
            ty,
        } = &io
        {
            if *v < 0 {
                let d = match ty {
                    None => format!("{} (constant of type int)", expr_string(i)),
                    Some(_) => self.describe(i, &io),
                };
                return self.error(
                    i.start(),
                    format!("invalid argument: index {d} must not be negative"),
                );
            }
        }
        match &io {
            Operand::Value { e: x, .. } if x.ty != Type::Int && !matches!(x.ty, Type::Tuple(_)) => {
                let d = self.describe(i, &io);
                return self.error(
                    i.start(),
                    format!("invalid argument: index {d} must be integer"),
                );
            }
            Operand::Const {
                val: ConstVal::Bool(_) | ConstVal::Str(_),
                ..
            } => {
                let d = self.describe(i, &io);
                return self.error(
                    i.start(),
                    format!("invalid argument: index {d} must be integer"),
                );
            }
            _ => {}
        }
        self.convert(io, i, &Type::Int, "index")
    }
}
