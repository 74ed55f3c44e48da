//! Returns and terminating statements: `return` with values, named results or a
//! multi-value call, and the analysis behind `missing return`.

use super::operand::Operand;
use super::stmt::unparen;
use super::types::type_name;
use super::{Checker, R};
use crate::syntax::ast::{self, expr_string, ExprKind as AK};
use lowering::ir::{Block, Pos, Stmt, Type};

/// Go's terminating statement rule for a statement list (trailing empty statements skipped).
pub fn is_terminating_list(l: &[ast::Stmt], label: Option<&str>) -> bool {
    let mut it = l
        .iter()
        .rev()
        .skip_while(|s| matches!(s, ast::Stmt::Empty(_)));
    match it.next() {
        Some(s) => is_terminating(s, label),
        None => false,
    }
}

fn is_terminating(s: &ast::Stmt, label: Option<&str>) -> bool {
    source::stack::grow(|| is_terminating_here(s, label))
}

fn is_terminating_here(s: &ast::Stmt, label: Option<&str>) -> bool {
    match s {
        ast::Stmt::Return { .. } | ast::Stmt::Goto { .. } => true,
        ast::Stmt::Expr(e) => {
            if let AK::Call { fun, .. } = &unparen(e).kind {
                if let AK::Ident(n) = &unparen(fun).kind {
                    return n == "panic";
                }
            }
            false
        }
        ast::Stmt::Block(b) => is_terminating_list(&b.stmts, None),
        ast::Stmt::If {
            then, els: Some(e), ..
        } => is_terminating_list(&then.stmts, None) && is_terminating(e, None),
        ast::Stmt::For {
            cond: None, body, ..
        } => !has_break(&body.stmts, label, true),
        ast::Stmt::Switch { clauses, .. } => {
            clauses.iter().any(|c| c.exprs.is_none())
                && clauses.iter().all(|c| {
                    (is_terminating_list(&c.body, None)
                        || matches!(c.body.last(), Some(ast::Stmt::Fallthrough(_))))
                        && !has_break(&c.body, label, true)
                })
        }
        ast::Stmt::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| c.exprs.is_none())
                && clauses
                    .iter()
                    .all(|c| is_terminating_list(&c.body, None) && !has_break(&c.body, label, true))
        }
        // `select {}` too.
        ast::Stmt::Select { clauses, .. } => clauses
            .iter()
            .all(|c| is_terminating_list(&c.body, None) && !has_break(&c.body, label, true)),
        ast::Stmt::Labeled { label: l, stmt } => is_terminating(stmt, Some(&l.name)),
        _ => false,
    }
}

/// Whether the list has a `break` that targets the enclosing statement (unlabeled at the
/// top nesting level, or labeled with `label`).
fn has_break(l: &[ast::Stmt], label: Option<&str>, top: bool) -> bool {
    l.iter().any(|s| stmt_has_break(s, label, top))
}

fn stmt_has_break(s: &ast::Stmt, label: Option<&str>, top: bool) -> bool {
    source::stack::grow(|| stmt_has_break_here(s, label, top))
}

fn stmt_has_break_here(s: &ast::Stmt, label: Option<&str>, top: bool) -> bool {
    match s {
        ast::Stmt::Break { label: None, .. } => top,
        ast::Stmt::Break { label: Some(l), .. } => label == Some(l.name.as_str()),
        ast::Stmt::Block(b) => has_break(&b.stmts, label, top),
        ast::Stmt::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els
                    .as_deref()
                    .is_some_and(|e| stmt_has_break(e, label, top))
        }
        ast::Stmt::Labeled { stmt, .. } => stmt_has_break(stmt, label, top),
        ast::Stmt::For { body, .. } | ast::Stmt::Range { body, .. } => {
            has_break(&body.stmts, label, false)
        }
        ast::Stmt::Switch { clauses, .. } | ast::Stmt::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        ast::Stmt::Select { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        _ => false,
    }
}

impl<'a> Checker<'a> {
    pub(super) fn return_stmt(
        &mut self,
        pos: Pos,
        results: &[ast::Expr],
        out: &mut Block,
    ) -> R<()> {
        self.ctx().return_count += 1;
        let ctx = self.ctxs.last().expect("ctx");
        let want: Vec<Type> = ctx.sig.results.clone();
        let named = ctx.named_results;
        if results.is_empty() {
            if !want.is_empty() && !named {
                let ws: Vec<String> = want.iter().map(type_name).collect();
                return self.error(
                    pos,
                    format!(
                        "not enough return values\n\thave ()\n\twant ({})",
                        ws.join(", ")
                    ),
                );
            }
            out.push(Stmt::Return {
                values: vec![],
                pos,
            });
            return Ok(());
        }
        let ws: Vec<String> = want.iter().map(type_name).collect();
        let want_s = format!("({})", ws.join(", "));
        if results.len() == 1 && want.len() != 1 {
            let op = self.expr(&results[0])?;
            if let Operand::Value { e: x, .. } = &op {
                if let Type::Tuple(ts) = &x.ty {
                    if !ts.is_empty() && ts.len() == want.len() {
                        if *ts == want {
                            out.push(Stmt::Return {
                                values: vec![x.clone()],
                                pos,
                            });
                            return Ok(());
                        }
                        // `return h()` whose results are assignable to the function's
                        // (a `*T` to an interface): each converted.
                        let assignable = ts
                            .iter()
                            .zip(&want)
                            .all(|(h, w)| super::types::assignable(h, w));
                        if assignable {
                            if let Some(vals) = self.spread(&op) {
                                let mut values = Vec::new();
                                for (v, w) in vals.into_iter().zip(&want) {
                                    let o = Operand::Value { e: v, var: false };
                                    values.push(self.convert(
                                        o,
                                        &results[0],
                                        w,
                                        "return statement",
                                    )?);
                                }
                                out.push(Stmt::Return { values, pos });
                                return Ok(());
                            }
                        }
                        return self.error(
                            results[0].start(),
                            format!(
                                "cannot use {} (value of type {}) as {} value in return statement",
                                expr_string(&results[0]),
                                type_name(&x.ty),
                                want_s
                            ),
                        );
                    }
                    if !ts.is_empty() {
                        let have: Vec<String> = ts.iter().map(type_name).collect();
                        let q = if ts.len() > want.len() {
                            "too many"
                        } else {
                            "not enough"
                        };
                        return self.error(
                            results[0].start(),
                            format!(
                                "{q} return values\n\thave ({})\n\twant {want_s}",
                                have.join(", ")
                            ),
                        );
                    }
                }
            }
            if want.is_empty() {
                let have = self.summary(&[(op, &results[0])]);
                return self.error(
                    results[0].start(),
                    format!("too many return values\n\thave {have}\n\twant ()"),
                );
            }
            self.single(&results[0], &op)?;
            let have = self.summary(&[(op, &results[0])]);
            return self.error(
                results[0].start(),
                format!("not enough return values\n\thave {have}\n\twant {want_s}"),
            );
        }
        if results.len() != want.len() {
            let mut ops = Vec::new();
            for r in results {
                ops.push((self.expr(r)?, r));
            }
            let have = self.summary(&ops);
            if results.len() > want.len() {
                return self.error(
                    results[want.len()].start(),
                    format!("too many return values\n\thave {have}\n\twant {want_s}"),
                );
            }
            return self.error(
                results[0].start(),
                format!("not enough return values\n\thave {have}\n\twant {want_s}"),
            );
        }
        let mut values = Vec::new();
        for (r, t) in results.iter().zip(&want) {
            values.push(self.expr_to(r, t, "return statement")?);
        }
        out.push(Stmt::Return { values, pos });
        Ok(())
    }
}
