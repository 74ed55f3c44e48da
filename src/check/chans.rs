//! Channels: channel types' rules (direction, assignability), receive expressions and
//! their comma-ok form, send statements, `close`, range over a channel and `select`.
//! The operations become builtins that the lowering turns into calls of the runtime's
//! channel entries (`runtime::chan`).

use super::operand::Operand;
use super::{Checker, R};
use crate::syntax::ast::{self, expr_string, ExprKind as AK};
use lowering::ir::{
    Block, Builtin, ChanDir, Expr, ExprKind, LValue, LocalId, Pos, SelectCase, Stmt, Type,
};

/// The element type and direction of a channel type.
pub(crate) fn chan_parts(t: &Type) -> Option<(ChanDir, Type)> {
    match t.under() {
        Type::Chan(d, e) => Some((*d, (**e).clone())),
        _ => None,
    }
}

impl<'a> Checker<'a> {
    /// The channel operand of a receive (`<-x`), checked: its expression and element.
    fn recv_operand(&mut self, _e: &ast::Expr, x: &ast::Expr) -> R<(Expr, Type)> {
        let xo = self.expr(x)?;
        self.single(x, &xo)?;
        let dir = match &xo {
            Operand::Value { e: xe, .. } => chan_parts(&xe.ty),
            _ => None,
        };
        match (dir, xo) {
            (Some((ChanDir::Send, _)), xo) => {
                let d = self.describe(x, &xo);
                self.error(
                    x.start(),
                    format!("invalid operation: cannot receive from send-only channel {d}"),
                )
            }
            (Some((_, elem)), Operand::Value { e: xe, .. }) => Ok((xe, elem)),
            (_, xo) => {
                let d = self.describe(x, &xo);
                self.error(
                    x.start(),
                    format!("invalid operation: cannot receive from non-channel {d}"),
                )
            }
        }
    }

    /// `<-x`: the received value.
    pub(super) fn recv_expr(&mut self, e: &ast::Expr, x: &ast::Expr) -> R<Operand> {
        let (c, elem) = self.recv_operand(e, x)?;
        Ok(Operand::Value {
            e: Expr {
                kind: ExprKind::Builtin(Builtin::ChanRecv, vec![c]),
                ty: elem,
                pos: e.pos,
            },
            var: false,
        })
    }

    /// `v, ok = <-x`: the value and whether it was sent (not the zero value of a closed
    /// channel), as one tuple expression.
    pub(super) fn recv_comma_ok(&mut self, e: &ast::Expr, x: &ast::Expr) -> R<Expr> {
        let (c, elem) = self.recv_operand(e, x)?;
        Ok(Expr {
            kind: ExprKind::Builtin(Builtin::ChanRecvOk, vec![c]),
            ty: Type::Tuple(vec![elem, Type::Bool]),
            pos: e.pos,
        })
    }

    /// `ch <- v`.
    pub(super) fn send_stmt(
        &mut self,
        pos: Pos,
        ch: &ast::Expr,
        value: &ast::Expr,
        out: &mut Block,
    ) -> R<()> {
        let (c, v) = self.send_parts(pos, ch, value)?;
        out.push(Stmt::Expr(Expr {
            kind: ExprKind::Builtin(Builtin::ChanSend, vec![c, v]),
            ty: Type::Tuple(vec![]),
            pos,
        }));
        Ok(())
    }

    /// The channel and the value (converted to the element type) of a send.
    fn send_parts(&mut self, _pos: Pos, ch: &ast::Expr, value: &ast::Expr) -> R<(Expr, Expr)> {
        let co = self.expr(ch)?;
        self.single(ch, &co)?;
        let dir = match &co {
            Operand::Value { e: c, .. } => chan_parts(&c.ty),
            _ => None,
        };
        let (c, elem) = match (dir, co) {
            (Some((ChanDir::Recv, _)), co) => {
                let d = self.describe(ch, &co);
                return self.error(
                    ch.start(),
                    format!("invalid operation: cannot send to receive-only channel {d}"),
                );
            }
            (Some((_, elem)), Operand::Value { e: c, .. }) => (c, elem),
            (_, co) => {
                let d = self.describe(ch, &co);
                return self.error(
                    ch.start(),
                    format!("invalid operation: cannot send to non-channel {d}"),
                );
            }
        };
        let v = self.expr_to(value, &elem, "send")?;
        Ok((c, v))
    }

    /// `close(c)`.
    pub(super) fn builtin_close(&mut self, e: &ast::Expr, args: &[ast::Expr]) -> R<Operand> {
        self.builtin_count(e, "close", args, 1, 1)?;
        let x = &args[0];
        let xo = self.expr(x)?;
        self.single(x, &xo)?;
        let dir = match &xo {
            Operand::Value { e: c, .. } => chan_parts(&c.ty),
            _ => None,
        };
        match (dir, xo) {
            (Some((ChanDir::Recv, _)), xo) => {
                let d = self.describe(x, &xo);
                self.error(
                    x.start(),
                    format!("invalid operation: cannot close receive-only channel {d}"),
                )
            }
            (Some(_), Operand::Value { e: c, .. }) => Ok(Operand::Value {
                e: Expr {
                    kind: ExprKind::Builtin(Builtin::ChanClose, vec![c]),
                    ty: Type::Tuple(vec![]),
                    pos: e.pos,
                },
                var: false,
            }),
            (_, xo) => {
                let d = self.describe(x, &xo);
                self.error(
                    x.start(),
                    format!("invalid operation: non-chan argument {d} for built-in close"),
                )
            }
        }
    }

    /// `for v := range c` (one variable at most): a loop receiving until the channel is
    /// closed, as `for { v, ok := <-c; if !ok { break }; body }` with `c` evaluated once.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_chan(
        &mut self,
        label: lowering::ir::LabelId,
        c: Expr,
        elem: Type,
        var: Option<LocalId>,
        body: Block,
        pos: Pos,
        out: &mut Block,
    ) {
        let ct = self.new_temp(c.ty.clone(), pos);
        out.push(Stmt::Decl { local: ct, pos });
        out.push(Stmt::Assign {
            lhs: vec![LValue::Local(ct)],
            rhs: vec![c.clone()],
            pos,
        });
        let vt = self.new_temp(elem.clone(), pos);
        let okt = self.new_temp(Type::Bool, pos);
        let mut loop_body = vec![
            Stmt::Decl { local: vt, pos },
            Stmt::Decl { local: okt, pos },
            Stmt::Assign {
                lhs: vec![LValue::Local(vt), LValue::Local(okt)],
                rhs: vec![Expr {
                    kind: ExprKind::Builtin(
                        Builtin::ChanRecvOk,
                        vec![Expr {
                            kind: ExprKind::Local(ct),
                            ty: c.ty.clone(),
                            pos,
                        }],
                    ),
                    ty: Type::Tuple(vec![elem.clone(), Type::Bool]),
                    pos,
                }],
                pos,
            },
            Stmt::If {
                cond: Expr {
                    kind: ExprKind::Unary(
                        lowering::ir::UnaryOp::Not,
                        Box::new(Expr {
                            kind: ExprKind::Local(okt),
                            ty: Type::Bool,
                            pos,
                        }),
                    ),
                    ty: Type::Bool,
                    pos,
                },
                then: vec![Stmt::Break { label, pos }],
                els: vec![],
                pos,
            },
        ];
        if let Some(v) = var {
            loop_body.push(Stmt::Decl { local: v, pos });
            loop_body.push(Stmt::Assign {
                lhs: vec![LValue::Local(v)],
                rhs: vec![Expr {
                    kind: ExprKind::Local(vt),
                    ty: elem,
                    pos,
                }],
                pos,
            });
        }
        loop_body.push(Stmt::Block(body));
        out.push(Stmt::For {
            label,
            init: vec![],
            cond: None,
            post: vec![],
            body: loop_body,
            per_iteration: vec![],
            pos,
        });
    }

    /// `select { ... }`: the cases' channels and sent values are evaluated in source order
    /// on entry; a receive case's assignment, on the chosen case only.
    pub(super) fn select_stmt(
        &mut self,
        pos: Pos,
        clauses: &[ast::CommClause],
        name: Option<&ast::Ident>,
        out: &mut Block,
    ) -> R<()> {
        let label = self.push_target(name, false);
        let mut cases = Vec::new();
        let mut default: Option<Block> = None;
        let mut default_pos: Option<Pos> = None;
        let mut failed = false;
        for cl in clauses {
            self.scopes.push();
            let r = self.comm_clause(cl, &mut cases, &mut default, &mut default_pos);
            self.scopes.pop();
            failed |= r.is_err();
        }
        self.ctx().targets.pop();
        if failed {
            return Err(());
        }
        out.push(Stmt::Select {
            label,
            cases,
            default,
            pos,
        });
        Ok(())
    }

    fn comm_clause(
        &mut self,
        cl: &ast::CommClause,
        cases: &mut Vec<SelectCase>,
        default: &mut Option<Block>,
        default_pos: &mut Option<Pos>,
    ) -> R<()> {
        let Some(comm) = &cl.comm else {
            if let Some(first) = *default_pos {
                let file = std::path::Path::new(&self.file)
                    .file_name()
                    .map(|f| f.to_string_lossy().into_owned())
                    .unwrap_or_default();
                return self.error(
                    cl.pos,
                    format!(
                        "multiple defaults (first at ./{file}:{}:{})",
                        first.line, first.col
                    ),
                );
            }
            *default_pos = Some(cl.pos);
            let body = self.stmt_list(&cl.body);
            *default = Some(body);
            return Ok(());
        };
        let pos = cl.pos;
        match &**comm {
            ast::Stmt::Send {
                pos: spos,
                ch,
                value,
            } => {
                let (c, v) = self.send_parts(*spos, ch, value)?;
                let body = self.stmt_list(&cl.body);
                cases.push(SelectCase {
                    chan: c,
                    send: Some(v),
                    value: None,
                    ok: None,
                    body,
                    pos,
                });
                Ok(())
            }
            ast::Stmt::Expr(e) => {
                let AK::Unary(ast::UnOp::Recv, x) = &unparen(e).kind else {
                    return self.error(
                        e.start(),
                        "select case must be receive, send or assign recv",
                    );
                };
                let (c, _) = self.recv_operand(unparen(e), x)?;
                let body = self.stmt_list(&cl.body);
                cases.push(SelectCase {
                    chan: c,
                    send: None,
                    value: None,
                    ok: None,
                    body,
                    pos,
                });
                Ok(())
            }
            ast::Stmt::Assign {
                lhs,
                rhs,
                op: op @ (ast::AssignOp::Plain | ast::AssignOp::Define),
                pos: apos,
            } if rhs.len() == 1 => {
                let define = matches!(op, ast::AssignOp::Define);
                let AK::Unary(ast::UnOp::Recv, x) = &unparen(&rhs[0]).kind else {
                    return self.error(
                        rhs[0].start(),
                        "select case must be receive, send or assign recv",
                    );
                };
                if lhs.len() > 2 {
                    return self.error(
                        lhs[0].start(),
                        format!(
                            "assignment mismatch: {} variables but {} values",
                            lhs.len(),
                            2
                        ),
                    );
                }
                let (c, elem) = self.recv_operand(unparen(&rhs[0]), x)?;
                let vt = self.new_temp(elem.clone(), pos);
                let okt = self.new_temp(Type::Bool, pos);
                // The assignment, as a statement of the case's body: `lhs = vt, okt`.
                let mut body: Block = Vec::new();
                let temps = [(vt, elem.clone()), (okt, Type::Bool)];
                self.assign_received(lhs, &rhs[0], define, &temps, *apos, &mut body)?;
                let rest = self.stmt_list(&cl.body);
                body.push(Stmt::Block(rest));
                cases.push(SelectCase {
                    chan: c,
                    send: None,
                    value: Some(vt),
                    ok: (lhs.len() == 2).then_some(okt),
                    body,
                    pos,
                });
                Ok(())
            }
            _ => self.error(cl.pos, "select case must be receive, send or assign recv"),
        }
    }

    /// A receive case's `v, ok := <-c` or `v, ok = <-c`: the left-hand sides get the
    /// temporaries holding the received value and ok.
    fn assign_received(
        &mut self,
        lhs: &[ast::Expr],
        recv: &ast::Expr,
        define: bool,
        temps: &[(LocalId, Type)],
        pos: Pos,
        out: &mut Block,
    ) -> R<()> {
        for (l, (t, ty)) in lhs.iter().zip(temps) {
            let rhs = Expr {
                kind: ExprKind::Local(*t),
                ty: ty.clone(),
                pos,
            };
            if define {
                match &l.kind {
                    AK::Ident(n) if n == "_" => {}
                    AK::Ident(n) => {
                        let (vid, local) = self.declare_var(n, ty.clone(), l.pos, true);
                        self.scopes.insert(n, super::scope::Entity::Var(vid));
                        out.push(Stmt::Decl { local, pos });
                        out.push(Stmt::Assign {
                            lhs: vec![LValue::Local(local)],
                            rhs: vec![rhs],
                            pos,
                        });
                    }
                    _ => {
                        return self.error(
                            l.start(),
                            format!("non-name {} on left side of :=", expr_string(l)),
                        )
                    }
                }
            } else {
                let (place, lt) = self.lvalue(l, true)?;
                let v = match lt {
                    Some(lt) if lt != *ty => self.convert(
                        Operand::Value { e: rhs, var: false },
                        recv,
                        &lt,
                        "assignment",
                    )?,
                    _ => rhs,
                };
                out.push(Stmt::Assign {
                    lhs: vec![place],
                    rhs: vec![v],
                    pos,
                });
            }
        }
        Ok(())
    }
}

/// `e` without parentheses.
fn unparen(e: &ast::Expr) -> &ast::Expr {
    match &e.kind {
        AK::Paren(x) => unparen(x),
        _ => e,
    }
}
