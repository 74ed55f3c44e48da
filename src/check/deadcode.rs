//! Dead code as gc sees it, which decides what `explain` lists and what the open-coding
//! rules count. Three passes of gc are mirrored:
//!
//! - its front end (the unified IR writer) drops the statements of a list that follow a
//!   terminating one (`return`, `goto`, `panic(...)`, a block ending in one, an `if` whose
//!   constant condition selects terminating branches), unless a label comes later in the
//!   list;
//! - its dead-code pass drops the untaken branch of an `if` with a constant condition;
//! - its SSA builder skips the statements it cannot reach, those after a `return`,
//!   `goto`, `break`, `continue` or `panic(...)`, up to the next label.
//!
//! Dropped statements are removed here too (with their defers: the defer indices are
//! renumbered, and returns recounted), so nothing in them counts for the open-coding rules,
//! and the func literals in them are never used (gc never compiles them: their defers are
//! marked [`GcView::Dropped`]). Skipped statements stay: their defers count, but gc emits
//! no code for them, so no `-d=defer` line ([`GcView::Unreachable`]); func literals in
//! them are compiled as usual.

use lowering::ir::{Builtin, Expr, ExprKind, Func, FuncId, GcView, Stmt};

/// Prunes every function as gc does; sets [`lowering::ir::DeferSite::gc_view`] and
/// recounts [`Func::return_count`].
pub(super) fn apply(funcs: &mut [Option<Func>]) {
    let mut dropped_funcs: Vec<FuncId> = Vec::new();
    for f in funcs.iter_mut().flatten() {
        let mut prune = Prune {
            kept: vec![true; f.defers.len()],
            dropped_funcs: &mut dropped_funcs,
        };
        prune.list(&mut f.body);
        let kept = prune.kept;
        if kept.iter().any(|k| !k) {
            let mut renumber = Vec::with_capacity(kept.len());
            let mut next = 0u32;
            for &k in &kept {
                renumber.push(next);
                next += u32::from(k);
            }
            let mut i = 0;
            f.defers.retain(|_| {
                i += 1;
                kept[i - 1]
            });
            renumber_defers(&mut f.body, &renumber);
        }
        let mut reach = Reach {
            views: vec![GcView::Live; f.defers.len()],
            returns: 0,
        };
        reach.list(&f.body, &mut true);
        for (d, v) in f.defers.iter_mut().zip(reach.views) {
            d.gc_view = v;
        }
        f.return_count = reach.returns;
    }
    // Func literals in dropped code, and the literals in them, are never compiled by gc.
    while let Some(id) = dropped_funcs.pop() {
        let Some(f) = funcs.get_mut(id.0 as usize).and_then(|f| f.as_mut()) else {
            continue;
        };
        for d in &mut f.defers {
            d.gc_view = GcView::Dropped;
        }
        closures_in(&f.body, &mut dropped_funcs);
    }
}

/// Removes what gc's front end and dead-code pass drop.
struct Prune<'d> {
    /// Per defer index: whether its statement is kept.
    kept: Vec<bool>,
    dropped_funcs: &'d mut Vec<FuncId>,
}

impl Prune<'_> {
    fn list(&mut self, list: &mut Vec<Stmt>) {
        let last_label = list.iter().rposition(|s| matches!(s, Stmt::Label { .. }));
        let mut dead = false;
        let mut drop = vec![false; list.len()];
        for (i, s) in list.iter().enumerate() {
            if dead && last_label.is_none_or(|l| i > l) && !matches!(s, Stmt::Label { .. }) {
                drop[i] = true;
                continue;
            }
            dead = terminates(s);
        }
        if drop.iter().any(|d| *d) {
            for (s, d) in std::mem::take(list).into_iter().zip(drop) {
                if d {
                    self.dropped(&s);
                } else {
                    list.push(s);
                }
            }
        }
        for s in list.iter_mut() {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        if let Stmt::If {
            cond, then, els, ..
        } = s
        {
            match constant(cond) {
                Some(true) => self.drop_all(std::mem::take(els)),
                Some(false) => self.drop_all(std::mem::take(then)),
                None => {}
            }
        }
        for b in s.blocks_mut() {
            self.list(b);
        }
    }

    fn drop_all(&mut self, list: Vec<Stmt>) {
        for s in &list {
            self.dropped(s);
        }
    }

    /// A statement removed: its defers are no longer the function's, its func literals
    /// are never compiled.
    fn dropped(&mut self, s: &Stmt) {
        if let Stmt::Defer { index, closure, .. } = s {
            if let Some(k) = self.kept.get_mut(*index as usize) {
                *k = false;
            }
            self.dropped_funcs.push(*closure);
        }
        for e in s.exprs() {
            closures_in_expr(e, self.dropped_funcs);
        }
        for b in s.blocks() {
            for s in b {
                self.dropped(s);
            }
        }
    }
}

/// Which defers the SSA builder reaches; counts the returns.
struct Reach {
    views: Vec<GcView>,
    returns: u32,
}

impl Reach {
    /// `reach`: whether the start of `list` is reached; becomes whether its end is.
    fn list(&mut self, list: &[Stmt], reach: &mut bool) {
        for s in list {
            if matches!(s, Stmt::Label { .. }) {
                *reach = true;
            }
            self.stmt(s, reach);
        }
    }

    fn stmt(&mut self, s: &Stmt, reach: &mut bool) {
        match s {
            Stmt::Defer { index, .. } if !*reach => {
                if let Some(v) = self.views.get_mut(*index as usize) {
                    *v = GcView::Unreachable;
                }
            }
            Stmt::Block(b) => self.list(b, reach),
            Stmt::Return { .. } => {
                self.returns += 1;
                *reach = false;
            }
            Stmt::Goto { .. } | Stmt::Break { .. } | Stmt::Continue { .. } => *reach = false,
            Stmt::Expr(e) if is_panic(e) => *reach = false,
            other => {
                // Each body of an `if`, loop or switch starts where the statement does;
                // the statement after it is reached if the statement is.
                for b in other.blocks() {
                    self.list(b, &mut reach.clone());
                }
            }
        }
    }
}

/// Gives each `Stmt::Defer` its new index.
fn renumber_defers(list: &mut [Stmt], renumber: &[u32]) {
    for s in list {
        if let Stmt::Defer { index, .. } = s {
            *index = renumber[*index as usize];
        }
        for b in s.blocks_mut() {
            renumber_defers(b, renumber);
        }
    }
}

/// The func literals of `list` (nested blocks included).
fn closures_in(list: &[Stmt], out: &mut Vec<FuncId>) {
    for s in list {
        if let Stmt::Defer { closure, .. } = s {
            out.push(*closure);
        }
        for e in s.exprs() {
            closures_in_expr(e, out);
        }
        for b in s.blocks() {
            closures_in(b, out);
        }
    }
}

fn closures_in_expr(e: &Expr, out: &mut Vec<FuncId>) {
    if let ExprKind::Closure(f) = e.kind {
        out.push(f);
    }
    for c in e.children() {
        source::stack::grow(|| closures_in_expr(c, out));
    }
}

/// Whether gc's front end counts `s` as terminating (for dropping what follows).
fn terminates(s: &Stmt) -> bool {
    match s {
        Stmt::Goto { .. } | Stmt::Return { .. } => true,
        Stmt::Expr(e) => is_panic(e),
        Stmt::If {
            cond, then, els, ..
        } => {
            let c = constant(cond);
            (c == Some(false) || ends_terminating(then))
                && (c == Some(true) || ends_terminating(els))
        }
        Stmt::Block(b) => ends_terminating(b),
        _ => false,
    }
}

fn ends_terminating(list: &[Stmt]) -> bool {
    list.last().is_some_and(terminates)
}

fn is_panic(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Builtin(Builtin::Panic | Builtin::PanicWrap, _)
    )
}

fn constant(cond: &Expr) -> Option<bool> {
    match cond.kind {
        ExprKind::Bool(b) => Some(b),
        _ => None,
    }
}
