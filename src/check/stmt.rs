//! Statements: function bodies, declarations, assignments (incl. `:=`, op-assign, comma-ok),
//! control flow with labels, Go 1.22 loop variables, switch desugaring, returns, and the
//! terminating-statement analysis behind `missing return`.

use super::operand::{int_expr, Operand};
use super::scope::Entity;
use super::types::{type_name, ConstVal};
use super::{Checker, FnCtx, Target, R};
use crate::syntax::ast::{self, expr_string, AssignOp, BinOp, ExprKind as AK};
use lowering::ir::{
    self, Block, Expr, ExprKind, LValue, LabelId, LocalId, Pos, Stmt, SwitchCase, Type,
};

fn unparen(e: &ast::Expr) -> &ast::Expr {
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
        let mut out = Vec::new();
        let saved = std::mem::take(&mut self.ctx().pending);
        for s in list {
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
        }
        self.ctx().pending = saved;
        out
    }

    fn new_label(&mut self) -> LabelId {
        let ctx = self.ctx();
        let l = LabelId(ctx.next_label);
        ctx.next_label += 1;
        l
    }

    fn stmt(&mut self, s: &ast::Stmt, out: &mut Block, label: Option<&ast::Ident>) -> R<()> {
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
            ast::Stmt::Const(specs, _) => {
                for spec in specs {
                    for (i, n) in spec.names.iter().enumerate() {
                        let val = match spec.values.get(i) {
                            Some(v) => self.const_value(v, spec.ty.as_ref(), spec.iota),
                            None => {
                                let _: R<()> =
                                    self.error(n.pos, "missing init expr for const declaration");
                                Err(())
                            }
                        };
                        if let Ok((v, t)) = val {
                            self.scopes.insert(&n.name, Entity::Const(v, t));
                        }
                    }
                }
                Ok(())
            }
            ast::Stmt::Type(_, p) => self.unsupported(*p, "type declarations"),
            ast::Stmt::Block(b) => {
                let body = self.scoped(|c| c.stmt_list(&b.stmts));
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
            ast::Stmt::TypeSwitch { pos, .. } => self.unsupported(*pos, "type switches"),
            ast::Stmt::Labeled { label: l, stmt } => {
                // A chain `L1: L2: ... S`: only S can hold branches to the labels (walked
                // once per label, not once per nesting level).
                let mut labels = vec![l];
                let mut inner: &ast::Stmt = stmt;
                while let ast::Stmt::Labeled { label, stmt } = inner {
                    labels.push(label);
                    inner = stmt;
                }
                for l in &labels {
                    if !label_used(inner, &l.name) && l.name != "_" {
                        let _: R<()> =
                            self.error(l.pos, format!("label {} defined and not used", l.name));
                    }
                }
                let is_target = matches!(
                    inner,
                    ast::Stmt::For { .. } | ast::Stmt::Range { .. } | ast::Stmt::Switch { .. }
                );
                let target = labels.last().copied().filter(|_| is_target);
                self.stmt(inner, out, target)
            }
            ast::Stmt::Break { pos, label } => {
                let t = self.find_target(label.as_ref(), false);
                match t {
                    Some(id) => {
                        out.push(Stmt::Break {
                            label: id,
                            pos: *pos,
                        });
                        Ok(())
                    }
                    None => match label {
                        Some(l) => {
                            let defined = self
                                .ctx()
                                .targets
                                .iter()
                                .any(|t| t.name.as_deref() == Some(l.name.as_str()));
                            if defined {
                                self.error(l.pos, format!("invalid break label {}", l.name))
                            } else {
                                self.error(l.pos, format!("break label not defined: {}", l.name))
                            }
                        }
                        None => self.error(*pos, "break is not in a loop, switch, or select"),
                    },
                }
            }
            ast::Stmt::Continue { pos, label } => {
                let t = self.find_target(label.as_ref(), true);
                match t {
                    Some(id) => {
                        out.push(Stmt::Continue {
                            label: id,
                            pos: *pos,
                        });
                        Ok(())
                    }
                    None => match label {
                        Some(l) => {
                            let defined = self
                                .ctx()
                                .targets
                                .iter()
                                .any(|t| t.name.as_deref() == Some(l.name.as_str()));
                            if defined {
                                self.error(l.pos, format!("invalid continue label {}", l.name))
                            } else {
                                self.error(l.pos, format!("continue label not defined: {}", l.name))
                            }
                        }
                        None => self.error(*pos, "continue is not in a loop"),
                    },
                }
            }
            ast::Stmt::Goto { pos, .. } => self.unsupported(*pos, "goto statements"),
            ast::Stmt::Fallthrough(p) => self.error(*p, "fallthrough statement out of place"),
            ast::Stmt::Return { pos, results } => self.return_stmt(*pos, results, out),
            ast::Stmt::Defer { pos, call } => self.defer_stmt(*pos, call, out),
            ast::Stmt::Go { pos, .. } => self.unsupported(*pos, "go statements"),
            ast::Stmt::Select { pos, .. } => self.unsupported(*pos, "select statements"),
            ast::Stmt::Send { pos, .. } => self.unsupported(*pos, "send statements"),
        }
    }

    fn find_target(&mut self, label: Option<&ast::Ident>, cont: bool) -> Option<LabelId> {
        let ctx = self.ctx();
        for t in ctx.targets.iter().rev() {
            match label {
                Some(l) => {
                    if t.name.as_deref() == Some(l.name.as_str()) {
                        if cont && !t.is_loop {
                            return None;
                        }
                        return Some(t.id);
                    }
                }
                None => {
                    if !cont || t.is_loop {
                        return Some(t.id);
                    }
                }
            }
        }
        None
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
                Some(b) => matches!(b, "len" | "make" | "append"),
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

    /// An assignment target.
    fn lvalue(&mut self, e: &ast::Expr, mark: bool) -> R<(LValue, Option<Type>)> {
        let inner = unparen(e);
        match &inner.kind {
            AK::Ident(n) if n == "_" => Ok((LValue::Blank, None)),
            AK::Ident(n) => {
                match self.scopes.lookup(n).cloned() {
                    Some(Entity::Var(vid)) => {
                        if self.vars[vid].invalid {
                            return Err(());
                        }
                        if mark {
                            self.mark_assigned(vid);
                        }
                        let l = self.var_local(vid);
                        Ok((LValue::Local(l), Some(self.vars[vid].ty.clone())))
                    }
                    Some(Entity::Global(g)) => {
                        self.add_ref_global(g.0);
                        Ok((
                            LValue::Global(g),
                            Some(self.globals[g.0 as usize].ty.clone()),
                        ))
                    }
                    Some(Entity::PendingGlobal(i)) => {
                        self.resolve_pkg_var(i)?;
                        match self.scopes.lookup(n) {
                            Some(Entity::Global(_)) => self.lvalue(e, mark),
                            _ => Err(()),
                        }
                    }
                    Some(_) => {
                        let _ = self.expr(inner)?;
                        self.error(
                        inner.start(),
                        format!("cannot assign to {} (neither addressable nor a map index expression)", expr_string(inner)),
                    )
                    }
                    None => self.error(inner.pos, format!("undefined: {n}")),
                }
            }
            AK::Index(..) => {
                let op = self.expr(inner)?;
                match op {
                    Operand::Value {
                        e:
                            Expr {
                                kind: ExprKind::Index(s, i),
                                ty,
                                pos,
                            },
                        ..
                    } => Ok((
                        LValue::Index {
                            slice: *s,
                            index: *i,
                            pos,
                        },
                        Some(ty),
                    )),
                    other => {
                        let d = self.describe(inner, &other);
                        self.error(inner.start(), format!("cannot assign to {d}"))
                    }
                }
            }
            _ => {
                let _ = self.expr(inner)?;
                self.error(
                    inner.start(),
                    format!(
                        "cannot assign to {} (neither addressable nor a map index expression)",
                        expr_string(inner)
                    ),
                )
            }
        }
    }

    fn assign_mismatch(&mut self, rhs: &[ast::Expr], l: usize, r: usize) -> R<()> {
        let vars = if l == 1 {
            "1 variable".to_string()
        } else {
            format!("{l} variables")
        };
        let vals = if r == 1 {
            "1 value".to_string()
        } else {
            format!("{r} values")
        };
        if rhs.len() == 1 {
            if let AK::Call { fun, .. } = &unparen(&rhs[0]).kind {
                return self.error(
                    rhs[0].start(),
                    format!(
                        "assignment mismatch: {vars} but {} returns {vals}",
                        expr_string(fun)
                    ),
                );
            }
        }
        self.error(
            rhs[0].start(),
            format!("assignment mismatch: {vars} but {vals}"),
        )
    }

    /// Checks right-hand sides for `n` targets of the given types (`None`: default type).
    /// Returns the IR right-hand sides (one tuple expression for `a, b = f()`).
    fn rhs_for(
        &mut self,
        lhs_types: &[Option<Type>],
        rhs: &[ast::Expr],
        context: &str,
    ) -> R<Vec<Expr>> {
        let n = lhs_types.len();
        if rhs.len() == 1 && n == 2 {
            if let AK::TypeAssert(x, Some(t)) = &unparen(&rhs[0]).kind {
                let (xe, target) = self.assert_parts(unparen(&rhs[0]), x, t)?;
                if let Some(Some(lt)) = lhs_types.first() {
                    if *lt != target
                        && !(lt.is_interface() && super::types::assignable(&target, lt))
                    {
                        let msg = format!(
                            "cannot use {} (comma, ok expression of type {}) as {} value in {context}",
                            expr_string(&rhs[0]),
                            type_name(&target),
                            type_name(lt)
                        );
                        return self.error(rhs[0].start(), msg);
                    }
                    if *lt != target {
                        return self.unsupported(
                            rhs[0].start(),
                            "comma-ok assertion into a variable of another type",
                        );
                    }
                }
                if let Some(Some(t2)) = lhs_types.get(1) {
                    if *t2 != Type::Bool {
                        return self.error(
                            rhs[0].start(),
                            format!(
                                "cannot use {} (untyped bool value) as {} value in {context}",
                                expr_string(&rhs[0]),
                                type_name(t2)
                            ),
                        );
                    }
                }
                let pos = unparen(&rhs[0]).pos;
                return Ok(vec![Expr {
                    kind: ExprKind::TypeAssert {
                        x: Box::new(xe),
                        target: target.clone(),
                        comma_ok: true,
                    },
                    ty: Type::Tuple(vec![target, Type::Bool]),
                    pos,
                }]);
            }
        }
        if rhs.len() == 1 && n > 1 {
            let op = self.expr(&rhs[0])?;
            if let Operand::Value { e: x, .. } = &op {
                if let Type::Tuple(ts) = &x.ty {
                    if ts.len() != n {
                        self.assign_mismatch(rhs, n, ts.len())?;
                    }
                    for (i, (t, lt)) in ts.iter().zip(lhs_types).enumerate() {
                        if let Some(lt) = lt {
                            if t != lt {
                                let _ = i;
                                if super::types::assignable(t, lt) {
                                    return self.unsupported(
                                        rhs[0].start(),
                                        "assigning a multi-value call with interface conversion",
                                    );
                                }
                                let msg = format!(
                                    "cannot use {} value of type {} as {} value in {context}",
                                    expr_string(&rhs[0]),
                                    type_name(t),
                                    type_name(lt)
                                );
                                return self.error(rhs[0].start(), msg);
                            }
                        }
                    }
                    return Ok(vec![x.clone()]);
                }
            }
            self.single(&rhs[0], &op)?;
            return self.assign_mismatch(rhs, n, 1).map(|_| vec![]);
        }
        if rhs.len() != n {
            // check the operands first (errors in them come first)
            let mut ops = Vec::new();
            for r in rhs {
                ops.push(self.expr(r)?);
            }
            if rhs.len() == 1 {
                if let Operand::Value { e: x, .. } = &ops[0] {
                    if let Type::Tuple(ts) = &x.ty {
                        if !ts.is_empty() {
                            return self.assign_mismatch(rhs, n, ts.len()).map(|_| vec![]);
                        }
                    }
                }
                self.single(&rhs[0], &ops[0])?;
            }
            return self.assign_mismatch(rhs, n, rhs.len()).map(|_| vec![]);
        }
        let mut out = Vec::new();
        let mut failed = false;
        for (r, lt) in rhs.iter().zip(lhs_types) {
            let op = match self.expr(r) {
                Ok(op) => op,
                Err(()) => {
                    failed = true;
                    continue;
                }
            };
            if n == 1 {
                if let Operand::Value { e: x, .. } = &op {
                    if let Type::Tuple(ts) = &x.ty {
                        if ts.len() > 1 {
                            return self.assign_mismatch(rhs, 1, ts.len()).map(|_| vec![]);
                        }
                    }
                }
            }
            let x = match lt {
                Some(t) => self.convert(op, r, t, context),
                None => self.default_value(op, r, context),
            };
            match x {
                Ok(x) => out.push(x),
                Err(()) => failed = true,
            }
        }
        if failed {
            return Err(());
        }
        Ok(out)
    }

    fn assign(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr], pos: Pos, out: &mut Block) -> R<()> {
        let mut lvs = Vec::new();
        let mut tys = Vec::new();
        for l in lhs {
            let (lv, t) = self.lvalue(l, true)?;
            lvs.push(lv);
            tys.push(t);
        }
        let rs = self.rhs_for(&tys, rhs, "assignment")?;
        out.push(Stmt::Assign {
            lhs: lvs,
            rhs: rs,
            pos,
        });
        Ok(())
    }

    fn define(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr], pos: Pos, out: &mut Block) -> R<()> {
        // which names are new
        let mut names = Vec::new();
        let mut any_new = false;
        let mut bad = false;
        for l in lhs {
            match &l.kind {
                AK::Ident(n) => {
                    if n != "_" && names.iter().any(|(m, _, _): &(String, Pos, bool)| m == n) {
                        let _: R<()> =
                            self.error(l.pos, format!("{n} repeated on left side of :="));
                        bad = true;
                    }
                    let existing =
                        n != "_" && matches!(self.scopes.declared_here(n), Some(Entity::Var(_)));
                    if n != "_" && !existing {
                        any_new = true;
                    }
                    names.push((n.clone(), l.pos, existing));
                }
                _ => {
                    let _: R<()> = self.error(
                        l.start(),
                        format!("non-name {} on left side of :=", expr_string(l)),
                    );
                    bad = true;
                }
            }
        }
        if bad {
            return Err(());
        }
        if !any_new {
            let _: R<()> = self.error(pos, "no new variables on left side of :=");
        }
        // types of the existing variables
        let mut tys = Vec::new();
        for (n, _, existing) in &names {
            if *existing {
                if let Some(Entity::Var(vid)) = self.scopes.declared_here(n).cloned() {
                    tys.push(Some(self.vars[vid].ty.clone()));
                    continue;
                }
            }
            tys.push(None);
        }
        let rs = self.rhs_for(&tys, rhs, "assignment");
        let rs = match rs {
            Ok(rs) => rs,
            Err(()) => {
                // declare the new names as invalid to avoid follow-on errors
                for (n, p, existing) in &names {
                    if !existing && n != "_" {
                        let (vid, _) = self.declare_var(n, Type::Int, *p, true);
                        self.vars[vid].invalid = true;
                        self.scopes.insert(n, Entity::Var(vid));
                    }
                }
                return Err(());
            }
        };
        // the types of the new variables
        let rtypes: Vec<Type> = if rs.len() == 1 && names.len() > 1 {
            match &rs[0].ty {
                Type::Tuple(ts) => ts.clone(),
                _ => vec![],
            }
        } else {
            rs.iter().map(|e| e.ty.clone()).collect()
        };
        let mut lvs = Vec::new();
        for (i, (n, p, existing)) in names.iter().enumerate() {
            if n == "_" {
                lvs.push(LValue::Blank);
                continue;
            }
            if *existing {
                if let Some(Entity::Var(vid)) = self.scopes.declared_here(n).cloned() {
                    self.mark_assigned(vid);
                    let l = self.var_local(vid);
                    lvs.push(LValue::Local(l));
                    continue;
                }
            }
            let ty = rtypes.get(i).cloned().unwrap_or(Type::Int);
            let (vid, l) = self.declare_var(n, ty, *p, true);
            out.push(Stmt::Decl { local: l, pos: *p });
            lvs.push(LValue::Local(l));
            self.scopes.insert(n, Entity::Var(vid));
        }
        out.push(Stmt::Assign {
            lhs: lvs,
            rhs: rs,
            pos,
        });
        Ok(())
    }

    /// `x op= y`, `x++`, `x--`.
    fn op_assign(
        &mut self,
        x: &ast::Expr,
        op: BinOp,
        y: &ast::Expr,
        pos: Pos,
        incdec: bool,
        out: &mut Block,
    ) -> R<()> {
        let (lv, lt) = self.lvalue(x, true)?;
        // x counts as used
        if let AK::Ident(n) = &unparen(x).kind {
            if let Some(Entity::Var(vid)) = self.scopes.lookup(n).cloned() {
                self.vars[vid].used = true;
            }
        }
        let lt = match lt {
            Some(t) => t,
            None => return self.error(x.start(), "cannot use _ as value"),
        };
        if incdec && lt != Type::Int {
            let msg = format!(
                "invalid operation: {}{} (non-numeric type {})",
                expr_string(x),
                if op == BinOp::Add { "++" } else { "--" },
                type_name(&lt)
            );
            return self.error(x.start(), msg);
        }
        // the current value, with index operands evaluated once
        let (lv, cur) = match lv {
            LValue::Local(l) => (
                LValue::Local(l),
                Expr {
                    kind: ExprKind::Local(l),
                    ty: lt.clone(),
                    pos: x.start(),
                },
            ),
            LValue::Global(g) => (
                LValue::Global(g),
                Expr {
                    kind: ExprKind::Global(g),
                    ty: lt.clone(),
                    pos: x.start(),
                },
            ),
            LValue::Index {
                slice,
                index,
                pos: ipos,
            } => {
                let ts = self.new_temp(slice.ty.clone(), ipos);
                let ti = self.new_temp(Type::Int, ipos);
                out.push(Stmt::Decl {
                    local: ts,
                    pos: ipos,
                });
                out.push(Stmt::Decl {
                    local: ti,
                    pos: ipos,
                });
                let sty = slice.ty.clone();
                out.push(Stmt::Assign {
                    lhs: vec![LValue::Local(ts), LValue::Local(ti)],
                    rhs: vec![slice, index],
                    pos: ipos,
                });
                let sl = Expr {
                    kind: ExprKind::Local(ts),
                    ty: sty,
                    pos: ipos,
                };
                let il = Expr {
                    kind: ExprKind::Local(ti),
                    ty: Type::Int,
                    pos: ipos,
                };
                let cur = Expr {
                    kind: ExprKind::Index(Box::new(sl.clone()), Box::new(il.clone())),
                    ty: lt.clone(),
                    pos: ipos,
                };
                (
                    LValue::Index {
                        slice: sl,
                        index: il,
                        pos: ipos,
                    },
                    cur,
                )
            }
            LValue::Blank => return self.error(x.start(), "cannot use _ as value"),
        };
        let lo = Operand::Value { e: cur, var: true };
        let ro = self.expr(y)?;
        self.single(y, &ro)?;
        let whole = ast::Expr {
            kind: AK::Binary(op, Box::new(x.clone()), Box::new(y.clone())),
            pos,
        };
        let nerr = self.errors.len();
        let res = self.binary_operands(&whole, op, x, lo, y, ro);
        if res.is_err() && !incdec {
            let plain = format!(" {} ", op.text());
            let assign = format!(" {}= ", op.text());
            let whole_s = expr_string(&whole);
            let fixed = whole_s.replacen(&plain, &assign, 1);
            for e in self.errors.iter_mut().skip(nerr) {
                e.1 = e.1.replacen(&whole_s, &fixed, 1);
            }
        }
        let res = res?;
        let mut e = match res {
            Operand::Value { e, .. } => e,
            _ => return Err(()),
        };
        e.pos = pos;
        let _ = int_expr;
        out.push(Stmt::Assign {
            lhs: vec![lv],
            rhs: vec![e],
            pos,
        });
        Ok(())
    }

    fn local_var_spec(&mut self, spec: &ast::VarSpec, out: &mut Block) -> R<()> {
        let declare_invalid = |c: &mut Self| {
            for n in &spec.names {
                let (vid, _) = c.declare_var(&n.name, Type::Int, n.pos, true);
                c.vars[vid].invalid = true;
                c.scopes.insert(&n.name, Entity::Var(vid));
            }
        };
        let ty = match &spec.ty {
            Some(t) => match self.resolve_type(t) {
                Ok(t) => Some(t),
                Err(()) => {
                    declare_invalid(self);
                    return Err(());
                }
            },
            None => None,
        };
        let mut rs = Vec::new();
        if !spec.values.is_empty() {
            let tys: Vec<Option<Type>> = spec.names.iter().map(|_| ty.clone()).collect();
            match self.rhs_for(&tys, &spec.values, "variable declaration") {
                Ok(r) => rs = r,
                Err(()) => {
                    declare_invalid(self);
                    return Err(());
                }
            }
        }
        let rtypes: Vec<Type> = if rs.len() == 1 && spec.names.len() > 1 {
            match &rs[0].ty {
                Type::Tuple(ts) => ts.clone(),
                _ => vec![],
            }
        } else {
            rs.iter().map(|e| e.ty.clone()).collect()
        };
        let mut lvs = Vec::new();
        let mut new_vars = Vec::new();
        for (i, n) in spec.names.iter().enumerate() {
            let t = match &ty {
                Some(t) => t.clone(),
                None => rtypes.get(i).cloned().unwrap_or(Type::Int),
            };
            if n.name == "_" {
                lvs.push(LValue::Blank);
                continue;
            }
            let (vid, l) = self.declare_var(&n.name, t, n.pos, true);
            out.push(Stmt::Decl {
                local: l,
                pos: n.pos,
            });
            lvs.push(LValue::Local(l));
            new_vars.push((n.name.clone(), vid));
        }
        if !rs.is_empty() {
            let pos = spec.names[0].pos;
            out.push(Stmt::Assign {
                lhs: lvs,
                rhs: rs,
                pos,
            });
        }
        for (n, vid) in new_vars {
            self.scopes.insert(&n, Entity::Var(vid));
        }
        Ok(())
    }

    /// Evaluates a constant declaration's value (with `iota`), typed when `ty` is given.
    pub fn const_value(
        &mut self,
        v: &ast::Expr,
        ty: Option<&ast::TypeExpr>,
        iota: i64,
    ) -> R<(ConstVal, Option<Type>)> {
        let saved = self.iota.replace(iota);
        let r = self.const_value_inner(v, ty);
        self.iota = saved;
        r
    }

    fn const_value_inner(
        &mut self,
        v: &ast::Expr,
        ty: Option<&ast::TypeExpr>,
    ) -> R<(ConstVal, Option<Type>)> {
        let op = self.expr(v)?;
        let (val, vt) = match op {
            Operand::Const { val, ty } => (val, ty),
            other => {
                self.single(v, &other)?;
                let d = self.describe(v, &other);
                return self.error(v.start(), format!("{d} is not constant"));
            }
        };
        match ty {
            None => Ok((val, vt)),
            Some(t) => {
                let t = self.resolve_type(t)?;
                if !matches!(t, Type::Int | Type::Bool | Type::String) {
                    return self.error(
                        v.start(),
                        format!("invalid constant type {}", type_name(&t)),
                    );
                }
                let op = Operand::Const {
                    val: val.clone(),
                    ty: vt,
                };
                self.convert(op, v, &t, "constant declaration")?;
                Ok((val, Some(t)))
            }
        }
    }

    fn cond(&mut self, e: &ast::Expr, what: &str) -> R<Expr> {
        let op = self.expr(e)?;
        self.single(e, &op)?;
        let is_bool = match &op {
            Operand::Const {
                val: ConstVal::Bool(_),
                ..
            } => true,
            Operand::Value { e: x, .. } => x.ty == Type::Bool,
            _ => false,
        };
        if !is_bool {
            return self.error(
                e.start(),
                format!("non-boolean condition in {what} statement"),
            );
        }
        self.convert(op, e, &Type::Bool, "condition")
    }

    fn if_stmt(
        &mut self,
        pos: Pos,
        init: Option<&ast::Stmt>,
        cond: Option<&ast::Expr>,
        then: &ast::Block,
        els: Option<&ast::Stmt>,
        out: &mut Block,
    ) -> R<()> {
        let mut pre = Vec::new();
        if let Some(s) = init {
            let _ = self.stmt(s, &mut pre, None);
        }
        let c = match cond {
            Some(c) => self.cond(c, "if"),
            None => self.error(pos, "missing condition in if statement"),
        };
        self.scopes.push();
        let then_ir = self.stmt_list(&then.stmts);
        self.scopes.pop();
        let mut els_ir = Vec::new();
        if let Some(e) = els {
            let _ = self.stmt(e, &mut els_ir, None);
            // an `else { }` block is flattened
            if els_ir.len() == 1 {
                if let Stmt::Block(_) = &els_ir[0] {
                    if let Some(Stmt::Block(b)) = els_ir.pop() {
                        els_ir = b;
                    }
                }
            }
        }
        let c = c?;
        let s = Stmt::If {
            cond: c,
            then: then_ir,
            els: els_ir,
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

    fn push_target(&mut self, label: Option<&ast::Ident>, is_loop: bool) -> LabelId {
        let id = self.new_label();
        self.ctx().targets.push(Target {
            name: label.map(|l| l.name.clone()),
            id,
            is_loop,
        });
        id
    }

    #[allow(clippy::too_many_arguments)]
    fn for_stmt(
        &mut self,
        pos: Pos,
        init: Option<&ast::Stmt>,
        cond: Option<&ast::Expr>,
        post: Option<&ast::Stmt>,
        body: &ast::Block,
        label: Option<&ast::Ident>,
        out: &mut Block,
    ) -> R<()> {
        self.ctx().loop_depth += 1;
        let first_var = self.vars.len();
        let mut init_ir = Vec::new();
        if let Some(s) = init {
            let _ = self.stmt(s, &mut init_ir, None);
        }
        let cur = self.ctx().id;
        let loop_vars: Vec<usize> = (first_var..self.vars.len())
            .filter(|v| self.vars[*v].owner == cur && !self.vars[*v].name.starts_with('~'))
            .collect();
        let per_iteration: Vec<LocalId> = loop_vars.iter().map(|v| self.vars[*v].local).collect();
        let c = cond.map(|c| self.cond(c, "for"));
        let id = self.push_target(label, true);
        self.scopes.push();
        let body_ir = self.stmt_list(&body.stmts);
        self.scopes.pop();
        self.ctx().targets.pop();
        let mut post_ir = Vec::new();
        if let Some(p) = post {
            let saved = std::mem::replace(&mut self.ctx().post_exempt, loop_vars.clone());
            let _ = self.stmt(p, &mut post_ir, None);
            self.ctx().post_exempt = saved;
        }
        self.ctx().loop_depth -= 1;
        let cond_ir = match c {
            Some(Ok(c)) => Some(c),
            Some(Err(())) => return Err(()),
            None => None,
        };
        out.push(Stmt::For {
            label: id,
            init: init_ir,
            cond: cond_ir,
            post: post_ir,
            body: body_ir,
            per_iteration,
            pos,
        });
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        pos: Pos,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        define: bool,
        x: &ast::Expr,
        body: &ast::Block,
        label: Option<&ast::Ident>,
        out: &mut Block,
    ) -> R<()> {
        let xo = self.expr(x)?;
        self.single(x, &xo)?;
        let (xe, is_int, elem) = match &xo {
            Operand::Const {
                val: ConstVal::Int(_),
                ..
            } => (
                self.convert(xo.clone(), x, &Type::Int, "range")?,
                true,
                Type::Int,
            ),
            Operand::Value { e, .. } if e.ty == Type::Int => (e.clone(), true, Type::Int),
            Operand::Value { e, .. } if matches!(e.ty, Type::Slice(_)) => {
                let el = match &e.ty {
                    Type::Slice(el) => (**el).clone(),
                    _ => Type::Int,
                };
                (e.clone(), false, el)
            }
            _ => {
                if let Some(what) = unsupported_range(&xo) {
                    return self.unsupported(x.start(), what);
                }
                let d = self.describe(x, &xo);
                return self.error(x.start(), format!("cannot range over {d}"));
            }
        };
        if let (true, Some(v)) = (is_int, value) {
            return self.error(
                v.start(),
                format!(
                    "range over {} permits only one iteration variable",
                    self.describe(x, &xo)
                ),
            );
        }
        self.ctx().loop_depth += 1;
        let mut prefix = Vec::new();
        let mut slots: Vec<Option<LocalId>> = Vec::new();
        let mut new_names = Vec::new();
        for (i, v) in [key, value].into_iter().enumerate() {
            let ty = if i == 0 { Type::Int } else { elem.clone() };
            let Some(v) = v else {
                slots.push(None);
                continue;
            };
            if define {
                match &v.kind {
                    AK::Ident(n) if n == "_" => slots.push(None),
                    AK::Ident(n) => {
                        let (vid, l) = self.declare_var(n, ty, v.pos, true);
                        new_names.push((n.clone(), vid));
                        slots.push(Some(l));
                    }
                    _ => {
                        self.ctx().loop_depth -= 1;
                        return self.error(
                            v.start(),
                            format!("non-name {} on left side of :=", expr_string(v)),
                        );
                    }
                }
            } else {
                let r = self.lvalue(v, true);
                let (lv, lt) = match r {
                    Ok(x) => x,
                    Err(()) => {
                        self.ctx().loop_depth -= 1;
                        return Err(());
                    }
                };
                if matches!(lv, LValue::Blank) {
                    slots.push(None);
                    continue;
                }
                if lt.as_ref() != Some(&ty) {
                    self.ctx().loop_depth -= 1;
                    return self.error(
                        v.start(),
                        format!(
                            "cannot use {} (value of type {}) as {} value in range",
                            expr_string(v),
                            type_name(&ty),
                            lt.map(|t| type_name(&t)).unwrap_or_default()
                        ),
                    );
                }
                let t = self.new_temp(ty.clone(), v.pos);
                prefix.push(Stmt::Assign {
                    lhs: vec![lv],
                    rhs: vec![Expr {
                        kind: ExprKind::Local(t),
                        ty,
                        pos: v.pos,
                    }],
                    pos: v.pos,
                });
                slots.push(Some(t));
            }
        }
        for (n, vid) in new_names {
            self.scopes.insert(&n, Entity::Var(vid));
        }
        let id = self.push_target(label, true);
        self.scopes.push();
        let mut body_ir = self.stmt_list(&body.stmts);
        self.scopes.pop();
        self.ctx().targets.pop();
        self.ctx().loop_depth -= 1;
        if !prefix.is_empty() {
            prefix.append(&mut body_ir);
            body_ir = prefix;
        }
        if is_int {
            out.push(Stmt::RangeInt {
                label: id,
                key: slots[0],
                n: xe,
                body: body_ir,
                pos,
            });
        } else {
            out.push(Stmt::RangeSlice {
                label: id,
                key: slots[0],
                value: slots.get(1).copied().flatten(),
                slice: xe,
                body: body_ir,
                pos,
            });
        }
        Ok(())
    }

    fn switch_stmt(
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
        let mut failed = false;
        for cl in clauses {
            let mut conds = Vec::new();
            if let Some(exprs) = &cl.exprs {
                for e in exprs {
                    let r = match &tag_op {
                        Some((te, tast)) => self.case_cond(te, tast, e),
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
            }
            if let Some(ast::Stmt::Fallthrough(p)) = cl.body.last() {
                let last = std::ptr::eq(cl, clauses.last().unwrap_or(cl));
                let _: R<()> = if last {
                    self.error(*p, "cannot fallthrough final case in switch")
                } else {
                    self.unsupported(*p, "fallthrough statements")
                };
            }
            self.scopes.push();
            let body = self.stmt_list(&cl.body);
            self.scopes.pop();
            if cl.exprs.is_some() {
                cases.push(SwitchCase {
                    conds,
                    body,
                    pos: cl.pos,
                });
            } else {
                default = Some(body);
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

    fn case_cond(&mut self, tag: &Expr, tast: &ast::Expr, e: &ast::Expr) -> R<Expr> {
        let ro = self.expr(e)?;
        self.single(e, &ro)?;
        if let Operand::Const { val, ty: None } = &ro {
            let ok = tag.ty.is_interface()
                || matches!(
                    (val, &tag.ty),
                    (ConstVal::Int(_), Type::Int)
                        | (ConstVal::Bool(_), Type::Bool)
                        | (ConstVal::Str(_), Type::String)
                );
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

    fn cond_case(&mut self, e: &ast::Expr) -> R<Expr> {
        let op = self.expr(e)?;
        self.single(e, &op)?;
        let is_bool = match &op {
            Operand::Const {
                val: ConstVal::Bool(_),
                ..
            } => true,
            Operand::Value { e: x, .. } => x.ty == Type::Bool,
            _ => false,
        };
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
        self.convert(op, e, &Type::Bool, "switch case")
    }

    fn return_stmt(&mut self, pos: Pos, results: &[ast::Expr], out: &mut Block) -> R<()> {
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

impl<'a> Checker<'a> {
    pub fn rhs_for_pub(
        &mut self,
        lhs_types: &[Option<Type>],
        rhs: &[ast::Expr],
        context: &str,
    ) -> R<Vec<Expr>> {
        self.rhs_for(lhs_types, rhs, context)
    }

    pub fn op_type_name_pub(&self, o: &Operand) -> String {
        match o {
            Operand::Value { e, .. } => type_name(&e.ty),
            Operand::Const { ty: Some(t), .. } => type_name(t),
            Operand::Const { val, ty: None } => val.untyped_name().to_string(),
            Operand::Nil => "untyped nil".into(),
            _ => "invalid type".into(),
        }
    }
}

/// The construct, when ranging over `xo` is valid Go that deferjit lacks.
fn unsupported_range(xo: &Operand) -> Option<&'static str> {
    match xo {
        Operand::Const {
            val: ConstVal::Str(_),
            ..
        } => Some("range over strings"),
        Operand::Value { e, .. } => match &e.ty {
            Type::String => Some("range over strings"),
            Type::Func(sig) if is_range_func(sig) => Some("range over functions"),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `sig` is a range-over-func iterator: `func(yield func([K[, V]]) bool)`.
fn is_range_func(sig: &ir::Signature) -> bool {
    match (sig.params.as_slice(), sig.results.is_empty()) {
        ([Type::Func(y)], true) => y.params.len() <= 2 && y.results == [Type::Bool],
        _ => false,
    }
}

/// Whether `name` is used by a `break`/`continue` inside `s`.
fn label_used(s: &ast::Stmt, name: &str) -> bool {
    lowering::stack::grow(|| label_used_here(s, name))
}

fn label_used_here(s: &ast::Stmt, name: &str) -> bool {
    fn in_list(l: &[ast::Stmt], name: &str) -> bool {
        l.iter().any(|s| label_used(s, name))
    }
    match s {
        ast::Stmt::Break { label: Some(l), .. } | ast::Stmt::Continue { label: Some(l), .. } => {
            l.name == name
        }
        ast::Stmt::Block(b) => in_list(&b.stmts, name),
        ast::Stmt::If { then, els, .. } => {
            in_list(&then.stmts, name) || els.as_deref().is_some_and(|e| label_used(e, name))
        }
        ast::Stmt::For { body, .. } | ast::Stmt::Range { body, .. } => in_list(&body.stmts, name),
        ast::Stmt::Switch { clauses, .. } => clauses.iter().any(|c| in_list(&c.body, name)),
        ast::Stmt::Labeled { stmt, .. } => label_used(stmt, name),
        _ => false,
    }
}

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
    lowering::stack::grow(|| is_terminating_here(s, label))
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
    lowering::stack::grow(|| stmt_has_break_here(s, label, top))
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
        ast::Stmt::Switch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        _ => false,
    }
}
