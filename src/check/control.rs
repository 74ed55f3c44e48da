//! Control flow: `if`, the `for` forms and `range` (Go 1.22 per-iteration variables), and
//! the targets of labels, `break` and `continue`.

use super::operand::Operand;
use super::scope::Entity;
use super::types::{type_name, ConstVal};
use super::{Checker, Target, R};
use crate::syntax::ast::{self, expr_string, ExprKind as AK};
use lowering::ir::{self, Block, Expr, ExprKind, LValue, LabelId, LocalId, Pos, Stmt, Type};

/// The element type and length of an array, or of the array a pointer points to.
fn ranged_array(t: &Type) -> Option<(Type, u64)> {
    let at = match t.under() {
        Type::Pointer(p) => &**p,
        t => t,
    };
    at.array_type().map(|(e, n)| (e.clone(), n))
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
    source::stack::grow(|| label_used_here(s, name))
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
        ast::Stmt::Switch { clauses, .. } | ast::Stmt::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| in_list(&c.body, name))
        }
        ast::Stmt::Select { clauses, .. } => clauses.iter().any(|c| in_list(&c.body, name)),
        ast::Stmt::Labeled { stmt, .. } => label_used(stmt, name),
        _ => false,
    }
}

impl<'a> Checker<'a> {
    /// A labeled statement (or a chain `L1: L2: ... S`): unused labels are errors, and the
    /// last label names S when S is a loop or a switch.
    pub(super) fn labeled_stmt(
        &mut self,
        l: &ast::Ident,
        stmt: &ast::Stmt,
        out: &mut Block,
    ) -> R<()> {
        // A chain `L1: L2: ... S`: only S can hold branches to the labels (walked
        // once per label, not once per nesting level).
        let mut labels = vec![l];
        let mut inner: &ast::Stmt = stmt;
        while let ast::Stmt::Labeled { label, stmt } = inner {
            labels.push(label);
            inner = stmt;
        }
        for l in &labels {
            let goto_target = self.ctx().gotos.labels.get(&l.name).is_some_and(|g| g.used);
            if goto_target {
                if let Some(id) = self.goto_label(&l.name) {
                    out.push(Stmt::Label {
                        label: id,
                        pos: l.pos,
                    });
                }
            } else if !label_used(inner, &l.name)
                && l.name != "_"
                && !self.ctx().gotos.referenced.contains(&l.name)
            {
                let _: R<()> = self.error(l.pos, format!("label {} defined and not used", l.name));
            }
        }
        let is_target = matches!(
            inner,
            ast::Stmt::For { .. }
                | ast::Stmt::Range { .. }
                | ast::Stmt::Switch { .. }
                | ast::Stmt::Select { .. }
        );
        let target = labels.last().copied().filter(|_| is_target);
        self.stmt(inner, out, target)
    }

    /// `break [label]` (`is_continue` false) or `continue [label]`.
    pub(super) fn branch_stmt(
        &mut self,
        pos: Pos,
        label: Option<&ast::Ident>,
        is_continue: bool,
        out: &mut Block,
    ) -> R<()> {
        let (word, outside) = if is_continue {
            ("continue", "continue is not in a loop")
        } else {
            ("break", "break is not in a loop, switch, or select")
        };
        match self.find_target(label, is_continue) {
            Some(id) => {
                out.push(if is_continue {
                    Stmt::Continue { label: id, pos }
                } else {
                    Stmt::Break { label: id, pos }
                });
                Ok(())
            }
            None => match label {
                Some(l) => {
                    let defined = self
                        .ctx()
                        .targets
                        .iter()
                        .any(|t| t.name.as_deref() == Some(l.name.as_str()))
                        || self.ctx().gotos.labels.contains_key(&l.name);
                    if defined {
                        self.error(l.pos, format!("invalid {word} label {}", l.name))
                    } else {
                        self.error(l.pos, format!("{word} label not defined: {}", l.name))
                    }
                }
                None => self.error(pos, outside),
            },
        }
    }

    /// The IR label of the `goto` label `name` of the current function (`None` when the
    /// function has no such label: an error already reported).
    pub(super) fn goto_label(&mut self, name: &str) -> Option<LabelId> {
        if let Some(id) = self.ctx().gotos.labels.get(name)?.id {
            return Some(id);
        }
        let id = self.new_label();
        if let Some(l) = self.ctx().gotos.labels.get_mut(name) {
            l.id = Some(id);
        }
        Some(id)
    }

    fn new_label(&mut self) -> LabelId {
        let ctx = self.ctx();
        let l = LabelId(ctx.next_label);
        ctx.next_label += 1;
        l
    }

    pub(super) fn find_target(
        &mut self,
        label: Option<&ast::Ident>,
        cont: bool,
    ) -> Option<LabelId> {
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

    fn cond(&mut self, e: &ast::Expr, what: &str) -> R<Expr> {
        let op = self.expr(e)?;
        self.single(e, &op)?;
        let is_bool = op.is_bool();
        if !is_bool {
            return self.error(
                e.start(),
                format!("non-boolean condition in {what} statement"),
            );
        }
        self.as_bool(op, e, "condition")
    }

    pub(super) fn if_stmt(
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

    pub(super) fn push_target(&mut self, label: Option<&ast::Ident>, is_loop: bool) -> LabelId {
        let id = self.new_label();
        self.ctx().targets.push(Target {
            name: label.map(|l| l.name.clone()),
            id,
            is_loop,
        });
        id
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn for_stmt(
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
            // The post statement works on the next iteration's copy; a func literal in it
            // captures that copy, which the rest of the statement and the next iteration
            // change: by reference.
            let mut closures = Vec::new();
            for s in &post_ir {
                for e in s.exprs() {
                    closures_of(e, &mut closures);
                }
            }
            for f in closures {
                let captured: Vec<usize> = self.func_capture_vars[f.0 as usize]
                    .iter()
                    .flatten()
                    .copied()
                    .collect();
                for v in captured {
                    if loop_vars.contains(&v) {
                        self.vars[v].assigned = true;
                    }
                }
            }
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
    pub(super) fn range_stmt(
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
            // `range 'a'` and `range n` of another integer type: the count as an int,
            // the key of the operand's type.
            Operand::Const {
                val: ConstVal::Rune(v),
                ty: None,
            } => (
                self.const_expr(&ConstVal::Int(*v), &Type::Int, x.start()),
                true,
                Type::Sized(lowering::ir::IntKind::Rune),
            ),
            Operand::Const {
                val: val @ ConstVal::Int(_),
                ty: Some(t),
            } if matches!(t.under(), Type::Sized(_)) => {
                (self.const_expr(val, &Type::Int, x.start()), true, t.clone())
            }
            Operand::Const {
                val: val @ ConstVal::Int(_),
                ty: Some(t),
            } if *t.under() == Type::Int => (self.const_expr(val, t, x.start()), true, t.clone()),
            Operand::Const {
                val: ConstVal::Int(_),
                ..
            } => (
                self.convert(xo.clone(), x, &Type::Int, "range")?,
                true,
                Type::Int,
            ),
            Operand::Value { e, .. } if matches!(e.ty.under(), Type::Sized(_)) => (
                Expr {
                    kind: ExprKind::Convert(Box::new(e.clone())),
                    ty: Type::Int,
                    pos: e.pos,
                },
                true,
                e.ty.clone(),
            ),
            Operand::Value { e, .. } if *e.ty.under() == Type::Int => {
                (e.clone(), true, e.ty.clone())
            }
            Operand::Value { e, .. } if matches!(e.ty.under(), Type::Chan(..)) => {
                match super::chans::chan_parts(&e.ty) {
                    Some((lowering::ir::ChanDir::Send, _)) => {
                        let d = self.describe(x, &xo);
                        return self.error(
                            x.start(),
                            format!(
                                "invalid operation: range {} receive from send-only channel {d}",
                                expr_string(x)
                            ),
                        );
                    }
                    Some((_, el)) => (e.clone(), true, el),
                    None => (e.clone(), true, Type::Int),
                }
            }
            Operand::Value { e, .. } if matches!(e.ty.under(), Type::Slice(_)) => {
                let el = match e.ty.under() {
                    Type::Slice(el) => (**el).clone(),
                    _ => Type::Int,
                };
                (e.clone(), false, el)
            }
            Operand::Value { e, .. } if ranged_array(&e.ty).is_some() => {
                let (el, _) = ranged_array(&e.ty).unwrap_or((Type::Int, 0));
                (e.clone(), false, el)
            }
            Operand::Value { e, .. } if *e.ty.under() == Type::String => {
                (e.clone(), false, Type::Sized(lowering::ir::IntKind::Rune))
            }
            Operand::Const {
                val: val @ ConstVal::Str(_),
                ty,
            } => {
                let t = ty.clone().unwrap_or(Type::String);
                let se = self.const_expr(val, &t, x.start());
                (se, false, Type::Sized(lowering::ir::IntKind::Rune))
            }
            Operand::Value { e, .. } if matches!(e.ty.under(), Type::Map(..)) => {
                let v = match e.ty.under() {
                    Type::Map(_, v) => (**v).clone(),
                    _ => Type::Int,
                };
                (e.clone(), false, v)
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
            let ty = match (i, xe.ty.under()) {
                (0, Type::Map(k, _)) => (**k).clone(),
                (0, _) if is_int => elem.clone(),
                (0, _) => Type::Int,
                _ => elem.clone(),
            };
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
                // One assignment of both variables, as Go's: `for i, x[i] = range y`
                // indexes `x` with the old `i`.
                match prefix.first_mut() {
                    Some(Stmt::Assign { lhs, rhs, .. }) => {
                        lhs.push(lv);
                        rhs.push(Expr {
                            kind: ExprKind::Local(t),
                            ty,
                            pos: v.pos,
                        });
                    }
                    _ => prefix.push(Stmt::Assign {
                        lhs: vec![lv],
                        rhs: vec![Expr {
                            kind: ExprKind::Local(t),
                            ty,
                            pos: v.pos,
                        }],
                        pos: v.pos,
                    }),
                }
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
        if let Some((elem, n)) = ranged_array(&xe.ty) {
            self.range_array(id, xe, elem, n, slots, body_ir, pos, out);
            return Ok(());
        }
        if let Some((_, elem)) = super::chans::chan_parts(&xe.ty) {
            self.range_chan(id, xe, elem, slots[0], body_ir, pos, out);
        } else if is_int {
            out.push(Stmt::RangeInt {
                label: id,
                key: slots[0],
                n: xe,
                body: body_ir,
                pos,
            });
        } else if *xe.ty.under() == Type::String {
            out.push(Stmt::RangeString {
                label: id,
                key: slots[0],
                value: slots.get(1).copied().flatten(),
                s: xe,
                body: body_ir,
                pos,
            });
        } else if let Type::Map(..) = xe.ty.under() {
            out.push(Stmt::RangeMap {
                label: id,
                key: slots[0],
                value: slots.get(1).copied().flatten(),
                map: xe,
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
}

impl<'a> Checker<'a> {
    /// `for k, v := range x` over an array or a pointer to an array `xe` of `n` elements:
    /// a counted loop reading `v` from a copy of the array (from the array itself through
    /// a pointer), evaluated once before it; without `v`, `x` is evaluated only when it
    /// calls a function (its length is constant).
    #[allow(clippy::too_many_arguments)]
    fn range_array(
        &mut self,
        label: ir::LabelId,
        xe: Expr,
        elem: Type,
        n: u64,
        slots: Vec<Option<LocalId>>,
        body: Block,
        pos: Pos,
        out: &mut Block,
    ) {
        let value = slots.get(1).copied().flatten();
        let mut key = slots[0];
        let mut body = body;
        if let Some(v) = value {
            let xpos = xe.pos;
            let through_pointer = matches!(xe.ty.under(), Type::Pointer(_));
            let t = self.new_temp(xe.ty.clone(), xpos);
            out.push(Stmt::Decl {
                local: t,
                pos: xpos,
            });
            out.push(Stmt::Assign {
                lhs: vec![LValue::Local(t)],
                rhs: vec![xe.clone()],
                pos: xpos,
            });
            let mut source = Expr {
                kind: ExprKind::Local(t),
                ty: xe.ty.clone(),
                pos: xpos,
            };
            if through_pointer {
                let at = ranged_array(&xe.ty).map(|(e, n)| Type::Array(Box::new(e), n));
                source = Expr {
                    kind: ExprKind::Deref(Box::new(source)),
                    ty: at.unwrap_or(Type::Int),
                    pos: xpos,
                };
            }
            let k = *key.get_or_insert_with(|| self.new_temp(Type::Int, pos));
            let read = Expr {
                kind: ExprKind::Index(
                    Box::new(source),
                    Box::new(Expr {
                        kind: ExprKind::Local(k),
                        ty: Type::Int,
                        pos,
                    }),
                ),
                ty: elem,
                pos: xpos,
            };
            let mut head = vec![
                Stmt::Decl { local: v, pos },
                Stmt::Assign {
                    lhs: vec![LValue::Local(v)],
                    rhs: vec![read],
                    pos,
                },
            ];
            head.append(&mut body);
            body = head;
        } else if super::arrays::has_call(&xe) {
            let t = self.new_temp(xe.ty.clone(), xe.pos);
            let xpos = xe.pos;
            out.push(Stmt::Decl {
                local: t,
                pos: xpos,
            });
            out.push(Stmt::Assign {
                lhs: vec![LValue::Local(t)],
                rhs: vec![xe],
                pos: xpos,
            });
        }
        out.push(Stmt::RangeInt {
            label,
            key,
            n: Expr {
                kind: ExprKind::Int(n as i64),
                ty: Type::Int,
                pos,
            },
            body,
            pos,
        });
    }
}

/// The func literals made by `e`.
fn closures_of(e: &Expr, out: &mut Vec<lowering::ir::FuncId>) {
    if let ExprKind::Closure(f) = e.kind {
        out.push(f);
    }
    for c in e.children() {
        closures_of(c, out);
    }
}
