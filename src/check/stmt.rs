//! Statements: function bodies, statement lists and the dispatch over statement kinds,
//! expression statements, and marking a failed statement's variables as used.

use super::operand::Operand;
use super::returns::is_terminating_list;
use super::scope::Entity;
use super::{Checker, FnCtx, R};
use crate::syntax::ast::{self, AssignOp, BinOp, ExprKind as AK};
use lowering::ir::{Block, Stmt, Type};

pub(super) fn unparen(e: &ast::Expr) -> &ast::Expr {
    let mut e = e;
    while let AK::Paren(x) = &e.kind {
        e = x;
    }
    e
}

impl<'a> Checker<'a> {
    /// Runs `f` in a new block scope (the implicit block of an `if`, `for`, `switch`, or
    /// an explicit `{ ... }`).
    fn scoped<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        self.scopes.push();
        let r = f(self);
        self.scopes.pop();
        r
    }

    /// Checks a function body with its parameters and results, and stores the function.
    pub fn check_func_body(&mut self, ctx: FnCtx, ft: &ast::FuncType, body: &ast::Block) {
        let depth = self.scopes.depth();
        let saved_iota = self.iota.take();
        self.scopes.push();
        let sig = ctx.sig.clone();
        self.ctxs.push(ctx);
        for (i, f) in ft.params.iter().enumerate() {
            let ty = sig.params.get(i).cloned().unwrap_or(Type::Int);
            let (name, pos) = match &f.name {
                Some(n) => (n.name.clone(), n.pos),
                None => (format!("~p{i}"), f.ty.pos),
            };
            let (vid, l) = self.declare_var(&name, ty, pos, false);
            self.ctx().params.push(l);
            if f.name.is_some() {
                self.scopes.insert(&name, Entity::Var(vid));
            }
        }
        let mut named = false;
        for (i, f) in ft.results.iter().enumerate() {
            let ty = sig.results.get(i).cloned().unwrap_or(Type::Int);
            let (name, pos, scoped) = match &f.name {
                Some(n) if n.name != "_" => (n.name.clone(), n.pos, true),
                Some(n) => (format!("~r{i}"), n.pos, false),
                None => (format!("~r{i}"), f.ty.pos, false),
            };
            named |= f.name.is_some();
            let (vid, l) = self.declare_var(&name, ty, pos, false);
            self.vars[vid].is_result = true;
            // Every `return EXPR` (and a recovered panic's landing) writes the results after
            // any closure over them was made: a capture must see those writes, so results
            // count as assigned.
            self.vars[vid].assigned = true;
            self.ctx().results.push(l);
            if scoped {
                self.scopes.insert(&name, Entity::Var(vid));
            }
        }
        self.ctx().named_results = named;
        let gotos = super::gotos::analyze(body, &self.file.clone());
        for (pos, msg) in &gotos.errors {
            let _: R<()> = self.error(*pos, msg.clone());
        }
        self.ctx().gotos = gotos;
        let ir_body = self.stmt_list(&body.stmts);
        if !sig.results.is_empty() && !is_terminating_list(&body.stmts, None) {
            let _: R<()> = self.error(body.rbrace, "missing return");
        }
        let ctx = self.ctxs.pop().expect("ctx");
        self.scopes.truncate(depth);
        self.iota = saved_iota;
        self.finish_ctx(ctx, ir_body, body.rbrace);
    }

    pub fn stmt_list(&mut self, list: &[ast::Stmt]) -> Block {
        let (out, looping) = self.stmt_list_looping(list);
        self.ctx().loop_depth -= looping;
        out
    }

    /// The statements of `list`, and how many looping labels (see [`Self::stmt_list`])
    /// raised the loop depth, still raised: a bare block's carry on into the enclosing
    /// list, as in gc's escape analysis.
    fn stmt_list_looping(&mut self, list: &[ast::Stmt]) -> (Block, u32) {
        let mut out = Vec::new();
        let saved = std::mem::take(&mut self.ctx().pending);
        // Statements after a label that a later `goto` jumps back to form a loop, up to
        // the end of this list (gc's escape analysis counts them as one).
        let mut looping = 0;
        for s in list {
            let mut inner = s;
            while let ast::Stmt::Labeled { label, stmt } = inner {
                if self
                    .ctx()
                    .gotos
                    .labels
                    .get(&label.name)
                    .is_some_and(|l| l.looping)
                {
                    looping += 1;
                    self.ctx().loop_depth += 1;
                }
                inner = stmt;
            }
            let depth = self.scopes.depth();
            let start = out.len();
            if self.stmt(s, &mut out, None).is_err() {
                self.use_stmt_exprs(s);
            }
            self.scopes
                .truncate(depth.max(self.scopes.depth().min(depth)));
            let pending = std::mem::take(&mut self.ctx().pending);
            if !pending.is_empty() {
                out.splice(start..start, pending);
            }
            looping += std::mem::take(&mut self.ctx().block_looping);
        }
        self.ctx().pending = saved;
        (out, looping)
    }

    pub(super) fn stmt(
        &mut self,
        s: &ast::Stmt,
        out: &mut Block,
        label: Option<&ast::Ident>,
    ) -> R<()> {
        self.nested(s.pos(), |c| c.stmt_here(s, out, label))
    }

    fn stmt_here(&mut self, s: &ast::Stmt, out: &mut Block, label: Option<&ast::Ident>) -> R<()> {
        match s {
            ast::Stmt::Empty(_) => Ok(()),
            ast::Stmt::Expr(e) => self.expr_stmt(e, out),
            ast::Stmt::IncDec { x, inc, pos } => {
                let one = ast::Expr {
                    kind: AK::Int("1".into()),
                    pos: *pos,
                };
                let op = if *inc { BinOp::Add } else { BinOp::Sub };
                self.op_assign(x, op, &one, *pos, true, out)
            }
            ast::Stmt::Assign { lhs, rhs, op, pos } => match op {
                AssignOp::Define => self.define(lhs, rhs, *pos, out),
                AssignOp::Plain => self.assign(lhs, rhs, *pos, out),
                AssignOp::Op(bop) => self.op_assign(&lhs[0], *bop, &rhs[0], *pos, false, out),
            },
            ast::Stmt::Var(specs, _) => {
                for spec in specs {
                    let _ = self.local_var_spec(spec, out);
                }
                Ok(())
            }
            ast::Stmt::Const(specs, _) => self.local_const_specs(specs),
            ast::Stmt::Type(specs, _) => self.local_type_specs(specs),
            ast::Stmt::Block(b) => {
                let (body, looping) = self.scoped(|c| c.stmt_list_looping(&b.stmts));
                self.ctx().block_looping += looping;
                out.push(Stmt::Block(body));
                Ok(())
            }
            ast::Stmt::If {
                pos,
                init,
                cond,
                then,
                els,
            } => self.scoped(|c| {
                c.if_stmt(
                    *pos,
                    init.as_deref(),
                    cond.as_ref(),
                    then,
                    els.as_deref(),
                    out,
                )
            }),
            ast::Stmt::For {
                pos,
                init,
                cond,
                post,
                body,
            } => self.scoped(|c| {
                c.for_stmt(
                    *pos,
                    init.as_deref(),
                    cond.as_ref(),
                    post.as_deref(),
                    body,
                    label,
                    out,
                )
            }),
            ast::Stmt::Range {
                pos,
                key,
                value,
                define,
                x,
                body,
            } => self.scoped(|c| {
                c.range_stmt(
                    *pos,
                    key.as_ref(),
                    value.as_ref(),
                    *define,
                    x,
                    body,
                    label,
                    out,
                )
            }),
            ast::Stmt::Switch {
                pos,
                init,
                tag,
                clauses,
                ..
            } => self.scoped(|c| {
                c.switch_stmt(*pos, init.as_deref(), tag.as_ref(), clauses, label, out)
            }),
            ast::Stmt::TypeSwitch {
                pos,
                init,
                bind,
                x,
                clauses,
                ..
            } => self.scoped(|c| {
                c.type_switch_stmt(*pos, init.as_deref(), bind.as_ref(), x, clauses, label, out)
            }),
            ast::Stmt::Labeled { label: l, stmt } => self.labeled_stmt(l, stmt, out),
            ast::Stmt::Break { pos, label } => self.branch_stmt(*pos, label.as_ref(), false, out),
            ast::Stmt::Continue { pos, label } => self.branch_stmt(*pos, label.as_ref(), true, out),
            ast::Stmt::Goto { pos, label } => {
                if let Some(id) = self.goto_label(&label.name) {
                    out.push(Stmt::Goto {
                        label: id,
                        pos: *pos,
                    });
                }
                Ok(())
            }
            ast::Stmt::Fallthrough(p) => self.error(*p, "fallthrough statement out of place"),
            ast::Stmt::Return { pos, results } => self.return_stmt(*pos, results, out),
            ast::Stmt::Defer { pos, call } => self.defer_stmt(*pos, call, out),
            ast::Stmt::Go { pos, call } => self.go_stmt(*pos, call, out),
            ast::Stmt::Select { pos, clauses, .. } => self.select_stmt(*pos, clauses, label, out),
            ast::Stmt::Send { pos, ch, value } => self.send_stmt(*pos, ch, value, out),
        }
    }

    fn expr_stmt(&mut self, e: &ast::Expr, out: &mut Block) -> R<()> {
        let inner = unparen(e);
        if let AK::Call { fun, .. } = &inner.kind {
            let op = self.expr(inner)?;
            // builtins and conversions whose value must be used
            let fo_is = |c: &Self| -> Option<&'static str> {
                if let AK::Ident(n) = &unparen(fun).kind {
                    if let Some(Entity::Builtin(b)) = c.scopes.lookup(n) {
                        return Some(b);
                    }
                }
                None
            };
            let must_use = match fo_is(self) {
                // The builtins the spec does not permit in statement context.
                Some(b) => matches!(
                    b,
                    "append"
                        | "cap"
                        | "complex"
                        | "imag"
                        | "len"
                        | "make"
                        | "max"
                        | "min"
                        | "new"
                        | "real"
                ),
                None => matches!(op, Operand::Const { .. }) || self.is_conversion(fun),
            };
            if must_use {
                let d = self.describe(inner, &op);
                return self.error(inner.start(), format!("{d} is not used"));
            }
            if let Operand::Value { e: x, .. } = op {
                out.push(Stmt::Expr(x));
            }
            return Ok(());
        }
        if let AK::Unary(ast::UnOp::Recv, _) = &inner.kind {
            // A receive may stand alone.
            if let Operand::Value { e: x, .. } = self.expr(inner)? {
                out.push(Stmt::Expr(x));
            }
            return Ok(());
        }
        let op = self.expr(e)?;
        let d = self.describe(e, &op);
        self.error(e.start(), format!("{d} is not used"))
    }

    fn is_conversion(&self, fun: &ast::Expr) -> bool {
        match &unparen(fun).kind {
            AK::Type(_) => true,
            AK::Ident(n) => matches!(self.scopes.lookup(n), Some(Entity::Type(_))),
            _ => false,
        }
    }
}

impl<'a> Checker<'a> {
    /// After a failed statement, marks the variables its expressions name as used (as
    /// types2 does), so that one error does not cause `declared and not used` ones.
    fn use_stmt_exprs(&mut self, s: &ast::Stmt) {
        let mut exprs: Vec<&ast::Expr> = Vec::new();
        match s {
            ast::Stmt::Expr(e) => exprs.push(e),
            ast::Stmt::IncDec { x, .. } => exprs.push(x),
            ast::Stmt::Assign { lhs, rhs, .. } => {
                exprs.extend(rhs.iter());
                exprs.extend(lhs.iter().filter(|e| !matches!(e.kind, AK::Ident(_))));
            }
            ast::Stmt::Var(specs, _) => {
                for sp in specs {
                    exprs.extend(sp.values.iter());
                }
            }
            ast::Stmt::If { cond: Some(c), .. } => exprs.push(c),
            ast::Stmt::For { cond: Some(c), .. } => exprs.push(c),
            ast::Stmt::Range { x, .. } => exprs.push(x),
            ast::Stmt::Switch { tag: Some(t), .. } => exprs.push(t),
            ast::Stmt::Return { results, .. } => exprs.extend(results.iter()),
            ast::Stmt::Defer { call, .. } | ast::Stmt::Go { call, .. } => exprs.push(call),
            _ => {}
        }
        let mut work = exprs;
        let mut steps = 0;
        while let Some(e) = work.pop() {
            steps += 1;
            if steps > 100_000 {
                break;
            }
            match &e.kind {
                AK::Ident(n) => {
                    if let Some(Entity::Var(vid)) = self.scopes.lookup(n).cloned() {
                        self.vars[vid].used = true;
                    }
                }
                AK::Paren(x)
                | AK::Selector(x, _)
                | AK::SliceExpr(x, _)
                | AK::TypeAssert(x, _)
                | AK::Unary(_, x) => work.push(x),
                AK::Index(a, b) | AK::Binary(_, a, b) => {
                    work.push(a);
                    work.push(b);
                }
                AK::Call { fun, args, .. } => {
                    work.push(fun);
                    work.extend(args.iter());
                }
                AK::Composite { elems, .. } => work.extend(elems.iter()),
                _ => {}
            }
        }
    }
}
