//! Type switches: `switch [init;] [v :=] x.(type) { case T1, T2: ... case nil: ... }`,
//! desugared into a switch whose case conditions test the dynamic type of a temporary
//! holding `x`; in a clause listing one type, `v` is `x` asserted to it, else `x` itself.

use super::operand::Operand;
use super::types::type_name;
use super::{Checker, R};
use crate::syntax::ast::{self, expr_string};
use lowering::ir::{Block, Expr, ExprKind, LValue, Pos, Stmt, SwitchCase, Type};

impl<'a> Checker<'a> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn type_switch_stmt(
        &mut self,
        pos: Pos,
        init: Option<&ast::Stmt>,
        bind: Option<&ast::Ident>,
        x: &ast::Expr,
        clauses: &[ast::CaseClause],
        label: Option<&ast::Ident>,
        out: &mut Block,
    ) -> R<()> {
        let mut pre = Vec::new();
        if let Some(s) = init {
            let _ = self.stmt(s, &mut pre, None);
        }
        let xo = self.expr(x)?;
        self.single(x, &xo)?;
        let xe = match xo {
            Operand::Value { e, .. } if e.ty.is_interface() => e,
            other => {
                let d = self.describe(x, &other);
                return self.error(x.start(), format!("{d} is not an interface"));
            }
        };
        let xty = xe.ty.clone();
        let tmp = self.new_temp(xty.clone(), x.start());
        pre.push(Stmt::Decl {
            local: tmp,
            pos: x.start(),
        });
        pre.push(Stmt::Assign {
            lhs: vec![LValue::Local(tmp)],
            rhs: vec![xe],
            pos: x.start(),
        });
        let subject = Expr {
            kind: ExprKind::Local(tmp),
            ty: xty.clone(),
            pos: x.start(),
        };
        let id = self.push_target(label, false);
        let mut cases = Vec::new();
        let mut default = None;
        let mut default_index = 0;
        let mut failed = false;
        let mut bound_vars = Vec::new();
        let mut seen: Vec<Option<Type>> = Vec::new();
        for cl in clauses {
            // The clause's types (`None` for `nil`).
            let mut types: Vec<Option<Type>> = Vec::new();
            for e in cl.exprs.iter().flatten() {
                match self.case_type(e, &subject, x) {
                    Ok(t) => {
                        if seen.contains(&t) {
                            let what = t.as_ref().map(type_name).unwrap_or("nil".into());
                            let _: R<()> = self
                                .error(e.start(), format!("duplicate case {what} in type switch"));
                            failed = true;
                        }
                        seen.push(t.clone());
                        types.push(t);
                    }
                    Err(()) => failed = true,
                }
            }
            if let Some(ast::Stmt::Fallthrough(p)) = cl.body.last() {
                let _: R<()> = self.error(*p, "cannot fallthrough in type switch");
                failed = true;
            }
            self.scopes.push();
            let mut body = Vec::new();
            if let Some(b) = bind.filter(|b| b.name != "_") {
                let vty = match types.as_slice() {
                    [Some(t)] => t.clone(),
                    _ => xty.clone(),
                };
                let (vid, l) = self.declare_var(&b.name, vty.clone(), b.pos, false);
                self.scopes.insert(&b.name, super::scope::Entity::Var(vid));
                bound_vars.push(vid);
                let value = if vty == xty {
                    subject.clone()
                } else {
                    Expr {
                        kind: ExprKind::TypeAssert {
                            x: Box::new(subject.clone()),
                            target: vty.clone(),
                            comma_ok: false,
                        },
                        ty: vty,
                        pos: b.pos,
                    }
                };
                body.push(Stmt::Decl {
                    local: l,
                    pos: b.pos,
                });
                body.push(Stmt::Assign {
                    lhs: vec![LValue::Local(l)],
                    rhs: vec![value],
                    pos: b.pos,
                });
            }
            body.extend(self.stmt_list(&cl.body));
            self.scopes.pop();
            match &cl.exprs {
                Some(_) => {
                    let conds = types
                        .into_iter()
                        .map(|t| Expr {
                            kind: ExprKind::TypeIs {
                                x: Box::new(subject.clone()),
                                target: t,
                            },
                            ty: Type::Bool,
                            pos: cl.pos,
                        })
                        .collect();
                    cases.push(SwitchCase {
                        conds,
                        body,
                        fallthrough: false,
                        pos: cl.pos,
                    });
                }
                None => {
                    default_index = cases.len();
                    default = Some(body);
                }
            }
        }
        self.ctx().targets.pop();
        if let Some(b) = bind.filter(|b| b.name != "_") {
            if !bound_vars.iter().any(|v| self.vars[*v].used) {
                let _: R<()> = self.error(b.pos, format!("{} declared and not used", b.name));
            }
        }
        if failed {
            return Err(());
        }
        pre.push(Stmt::Switch {
            label: id,
            cases,
            default,
            default_index,
            default_fallthrough: false,
            pos,
        });
        out.push(Stmt::Block(pre));
        Ok(())
    }

    /// A type in a `case` of a type switch on `subject` (`None` for `nil`).
    fn case_type(&mut self, e: &ast::Expr, subject: &Expr, x: &ast::Expr) -> R<Option<Type>> {
        match self.expr(e)? {
            Operand::Nil => Ok(None),
            Operand::Type(t) => {
                if !t.is_interface() && *subject.ty.under() != Type::Any {
                    if let Some(why) = super::iface::missing_method(&t, &subject.ty) {
                        return self.error(
                            e.start(),
                            format!(
                                "impossible type switch case: {}\n\t{} cannot have dynamic type {} {}",
                                expr_string(e),
                                self.describe(
                                    x,
                                    &Operand::Value {
                                        e: subject.clone(),
                                        var: true
                                    }
                                ),
                                type_name(&t),
                                super::iface::paren_reason(&why)
                            ),
                        );
                    }
                }
                Ok(Some(t))
            }
            _ => self.error(e.start(), format!("{} is not a type", expr_string(e))),
        }
    }
}
