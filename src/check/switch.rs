//! Switch statements: expression and tagless switches, desugared into case conditions.

use super::operand::Operand;
use super::types::{type_name, ConstVal};
use super::{Checker, R};
use crate::syntax::ast::{self, expr_string, BinOp, ExprKind as AK};
use lowering::ir::{BinaryOp, Block, Expr, ExprKind, LValue, Pos, Stmt, SwitchCase, Type};

impl<'a> Checker<'a> {
    pub(super) fn switch_stmt(
        &mut self,
        pos: Pos,
        init: Option<&ast::Stmt>,
        tag: Option<&ast::Expr>,
        clauses: &[ast::CaseClause],
        label: Option<&ast::Ident>,
        out: &mut Block,
    ) -> R<()> {
        let mut pre = Vec::new();
        if let Some(s) = init {
            let _ = self.stmt(s, &mut pre, None);
        }
        let mut tag_op = None;
        if let Some(t) = tag {
            let te = self.value_expr(t, "switch expression")?;
            let tmp = self.new_temp(te.ty.clone(), t.start());
            pre.push(Stmt::Decl {
                local: tmp,
                pos: t.start(),
            });
            let ty = te.ty.clone();
            pre.push(Stmt::Assign {
                lhs: vec![LValue::Local(tmp)],
                rhs: vec![te],
                pos: t.start(),
            });
            tag_op = Some((
                Expr {
                    kind: ExprKind::Local(tmp),
                    ty,
                    pos: t.start(),
                },
                t,
            ));
        }
        let id = self.push_target(label, false);
        let mut cases = Vec::new();
        let mut default: Option<Block> = None;
        let mut default_pos: Option<Pos> = None;
        let mut default_index = 0;
        let mut default_fallthrough = false;
        let mut failed = false;
        // Constant case values seen, for types2's duplicate-case error.
        let mut seen: Vec<(ConstVal, Type)> = Vec::new();
        for cl in clauses {
            let mut conds = Vec::new();
            if let Some(exprs) = &cl.exprs {
                for e in exprs {
                    let r = match &tag_op {
                        Some((te, tast)) => self.case_cond(te, tast, e, &mut seen),
                        None => self.cond_case(e),
                    };
                    match r {
                        Ok(c) => conds.push(c),
                        Err(()) => failed = true,
                    }
                }
            } else if let Some(dp) = default_pos {
                let _: R<()> = self.error(
                    cl.pos,
                    format!(
                        "multiple defaults (first at {}:{}:{})",
                        self.file, dp.line, dp.col
                    ),
                );
                failed = true;
            } else {
                default_pos = Some(cl.pos);
                default_index = cases.len();
            }
            let mut stmts: &[ast::Stmt] = &cl.body;
            let mut falls = false;
            if let Some(ast::Stmt::Fallthrough(p)) = cl.body.last() {
                let last = std::ptr::eq(cl, clauses.last().unwrap_or(cl));
                if last {
                    let _: R<()> = self.error(*p, "cannot fallthrough final case in switch");
                    failed = true;
                }
                falls = true;
                stmts = &cl.body[..cl.body.len() - 1];
            }
            self.scopes.push();
            let body = self.stmt_list(stmts);
            self.scopes.pop();
            if cl.exprs.is_some() {
                cases.push(SwitchCase {
                    conds,
                    body,
                    fallthrough: falls,
                    pos: cl.pos,
                });
            } else {
                default = Some(body);
                default_fallthrough = falls;
            }
        }
        self.ctx().targets.pop();
        if failed {
            return Err(());
        }
        let s = Stmt::Switch {
            label: id,
            cases,
            default,
            default_index,
            default_fallthrough,
            pos,
        };
        if pre.is_empty() {
            out.push(s);
        } else {
            pre.push(s);
            out.push(Stmt::Block(pre));
        }
        Ok(())
    }

    fn case_cond(
        &mut self,
        tag: &Expr,
        tast: &ast::Expr,
        e: &ast::Expr,
        seen: &mut Vec<(ConstVal, Type)>,
    ) -> R<Expr> {
        let ro = self.expr(e)?;
        self.single(e, &ro)?;
        if let Operand::Const { val, ty: None } = &ro {
            let ok = tag.ty.is_interface() || super::types::const_kind_fits(val, &tag.ty);
            if !ok {
                let d = self.describe(e, &ro);
                return self.error(
                    e.start(),
                    format!("cannot convert {d} to type {}", type_name(&tag.ty)),
                );
            }
        }
        let whole = ast::Expr {
            kind: AK::Binary(BinOp::Eq, Box::new(tast.clone()), Box::new(e.clone())),
            pos: e.start(),
        };
        let nerr = self.errors.len();
        let lo = Operand::Value {
            e: tag.clone(),
            var: false,
        };
        match self.binary_operands(&whole, BinOp::Eq, tast, lo, e, ro.clone()) {
            Ok(Operand::Value { e: mut x, .. }) => {
                x.pos = e.start();
                self.duplicate_case(e, &ro, &tag.ty, seen)?;
                Ok(x)
            }
            Ok(_) => Err(()),
            Err(()) => {
                if self.errors.len() > nerr && self.errors[nerr].1.contains("mismatched types") {
                    self.errors.truncate(nerr);
                    let en = self.op_type_name_pub(&ro);
                    let msg = format!(
                        "invalid case {} in switch on {} (mismatched types {} and {})",
                        expr_string(e),
                        expr_string(tast),
                        en,
                        type_name(&tag.ty)
                    );
                    return self.error(e.start(), msg);
                }
                Err(())
            }
        }
    }

    /// types2's error for a constant case value (integer, float or string; not bool)
    /// equal to an earlier one of the same type.
    fn duplicate_case(
        &mut self,
        e: &ast::Expr,
        op: &Operand,
        tag_ty: &Type,
        seen: &mut Vec<(ConstVal, Type)>,
    ) -> R<()> {
        let Operand::Const { val, ty } = op else {
            return Ok(());
        };
        let ty = match ty {
            Some(t) => t.clone(),
            None if tag_ty.is_interface() => val.default_type(),
            None => tag_ty.clone(),
        };
        let val = super::types::typed_const_value(val, &ty);
        if !matches!(
            val,
            ConstVal::Int(_) | ConstVal::Float(_) | ConstVal::Str(_)
        ) {
            return Ok(());
        }
        if seen.iter().any(|(v, t)| *v == val && *t == ty) {
            let d = self.describe(e, &Operand::Const { val, ty: Some(ty) });
            return self.error(e.pos, format!("duplicate case {d} in expression switch"));
        }
        seen.push((val, ty));
        Ok(())
    }

    fn cond_case(&mut self, e: &ast::Expr) -> R<Expr> {
        let op = self.expr(e)?;
        self.single(e, &op)?;
        let is_bool = op.is_bool();
        // An interface case is compared with the missing tag, `true`.
        if let Operand::Value { e: x, .. } = &op {
            if x.ty.is_interface() && super::types::assignable(&Type::Bool, &x.ty) {
                let pos = x.pos;
                let truth = Expr {
                    kind: ExprKind::ToIface(Box::new(Expr {
                        kind: ExprKind::Bool(true),
                        ty: Type::Bool,
                        pos,
                    })),
                    ty: x.ty.clone(),
                    pos,
                };
                return Ok(Expr {
                    kind: ExprKind::Binary(BinaryOp::Eq, Box::new(x.clone()), Box::new(truth)),
                    ty: Type::Bool,
                    pos,
                });
            }
        }
        if !is_bool {
            let n = self.op_type_name_pub(&op);
            return self.error(
                e.start(),
                format!(
                    "invalid case {} in switch (mismatched types {n} and bool)",
                    expr_string(e)
                ),
            );
        }
        self.as_bool(op, e, "switch case")
    }
}
