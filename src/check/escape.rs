//! Escape analysis for pointer receivers: a variable whose address is taken only to
//! call pointer-receiver methods (`mu.Lock()`, `defer mu.Unlock()`) can stay in its
//! function's frame when none of those methods lets its receiver escape, as gc decides
//! with the leak information of parameters. A receiver does not escape when the method
//! only reads or writes through it (`p.f`, `*p`), compares it with nil, or passes it as
//! the receiver of a method whose receiver does not escape; anything else (storing it,
//! returning it, converting it, capturing it, taking `&p.f`) counts as escaping.
//!
//! The analysis is deliberately conservative: it errs towards the heap, where a pointer
//! is always valid, and treats recursion as escaping.

use super::scope::VarId;
use super::Checker;
use lowering::ir::{Callee, Expr, ExprKind, FuncId, LValue, LocalId, Stmt};
use std::collections::HashMap;

/// Whether each method's receiver escapes, computed on demand.
#[derive(Default)]
pub struct ReceiverLeaks {
    known: HashMap<FuncId, bool>,
    in_progress: Vec<FuncId>,
}

impl ReceiverLeaks {
    /// Whether the receiver (first parameter) of `f` may escape `f`'s call.
    pub fn leaks(&mut self, c: &Checker<'_>, f: FuncId) -> bool {
        if let Some(k) = self.known.get(&f) {
            return *k;
        }
        if self.in_progress.contains(&f) {
            return true;
        }
        self.in_progress.push(f);
        let r = self.compute(c, f);
        self.in_progress.retain(|x| *x != f);
        self.known.insert(f, r);
        r
    }

    fn compute(&mut self, c: &Checker<'_>, f: FuncId) -> bool {
        let Some(func) = c.funcs.get(f.0 as usize).and_then(|x| x.as_ref()) else {
            return true;
        };
        let Some(&recv) = func.params.first() else {
            return true;
        };
        // A receiver variable that is itself addressed or captured escapes.
        if let Some(Some(v)) = c
            .func_local_vars
            .get(f.0 as usize)
            .and_then(|l| l.get(recv.0 as usize))
        {
            let info = &c.vars[*v as VarId];
            if info.addressed || info.captured || !info.receiver_of.is_empty() {
                return true;
            }
        }
        let mut scan = Scan {
            leaks: self,
            c,
            recv: vec![recv],
            escaped: false,
        };
        // Every name the receiver gets anywhere (uses may come before the copy in a
        // loop), then every use of any of them.
        loop {
            let before = scan.recv.len();
            scan.aliases(&func.body);
            if scan.recv.len() == before {
                break;
            }
        }
        // A copy in a result leaves with a bare `return`.
        if func.results.iter().any(|r| scan.recv.contains(r)) {
            return true;
        }
        scan.block(&func.body);
        scan.escaped
    }
}

struct Scan<'s, 'c, 'a> {
    leaks: &'s mut ReceiverLeaks,
    c: &'c Checker<'a>,
    /// The receiver's local and the locals assigned a copy of it (`tmp := p`, as the
    /// checker makes for `p.n++`): each is checked as the receiver is.
    recv: Vec<LocalId>,
    escaped: bool,
}

impl Scan<'_, '_, '_> {
    fn is_recv(&self, e: &Expr) -> bool {
        matches!(e.kind, ExprKind::Local(l) if self.recv.contains(&l))
    }

    /// Whether the closure `f` captures the receiver or a copy of it.
    fn captures_recv(&self, f: FuncId) -> bool {
        self.c
            .funcs
            .get(f.0 as usize)
            .and_then(|x| x.as_ref())
            .is_none_or(|func| {
                func.captures
                    .iter()
                    .any(|cap| self.recv.contains(&cap.outer))
            })
    }

    /// Adds the locals assigned a copy of the receiver (or of a copy) in `b`.
    fn aliases(&mut self, b: &[Stmt]) {
        for s in b {
            if let Stmt::Assign { lhs, rhs, .. } = s {
                if let ([LValue::Local(l)], [r]) = (lhs.as_slice(), rhs.as_slice()) {
                    if self.is_recv(r) && !self.recv.contains(l) {
                        self.recv.push(*l);
                    }
                }
            }
            for inner in s.blocks() {
                self.aliases(inner);
            }
        }
    }

    fn block(&mut self, b: &[Stmt]) {
        for s in b {
            if self.escaped {
                return;
            }
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            // `q := p`: q is another name for the receiver (collected by `aliases`).
            Stmt::Assign { lhs, rhs, .. }
                if lhs.len() == 1
                    && rhs.len() == 1
                    && self.is_recv(&rhs[0])
                    && matches!(lhs[0], LValue::Local(_)) => {}
            Stmt::Assign { lhs, rhs, .. } => {
                for lv in lhs {
                    self.lvalue(lv);
                }
                for e in rhs {
                    self.expr(e);
                }
            }
            Stmt::Defer { closure, .. } => {
                // The deferred call's closure holds what it captures until it runs; a
                // captured receiver is passed on there: counted as escaping.
                if self.captures_recv(*closure) {
                    self.escaped = true;
                }
            }
            other => {
                for e in other.exprs() {
                    self.expr(e);
                }
                for b in other.blocks() {
                    self.block(b);
                }
            }
        }
    }

    /// An assignment target: writing through the receiver or reassigning it is fine.
    fn lvalue(&mut self, lv: &LValue) {
        match lv {
            LValue::Deref { ptr, .. } if self.is_recv(ptr) => {}
            LValue::Field { base, .. } => self.lvalue(base),
            LValue::ArrayIndex { array, index, .. } => {
                self.lvalue(array);
                self.expr(index);
            }
            other => {
                for e in other.operands() {
                    self.expr(e);
                }
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        if self.escaped {
            return;
        }
        match &e.kind {
            ExprKind::Local(l) if self.recv.contains(l) => self.escaped = true,
            // `*p`, `p.f`: reads through it.
            ExprKind::Deref(p) if self.is_recv(p) => {}
            ExprKind::Binary(_, a, b)
                if (self.is_recv(a) && matches!(b.kind, ExprKind::Nil))
                    || (self.is_recv(b) && matches!(a.kind, ExprKind::Nil)) => {}
            ExprKind::Call {
                callee: Callee::Func(f),
                args,
            } => {
                for (i, a) in args.iter().enumerate() {
                    if self.is_recv(a) {
                        if i != 0 || self.leaks.leaks(self.c, *f) {
                            self.escaped = true;
                            return;
                        }
                    } else {
                        self.expr(a);
                    }
                }
            }
            ExprKind::Closure(f) => {
                if self.captures_recv(*f) {
                    self.escaped = true;
                }
            }
            ExprKind::AddrOf(lv) => {
                // `&p.f` derives a pointer from the receiver: escaping.
                let mut base = &**lv;
                loop {
                    match base {
                        LValue::Field { base: b, .. } => base = b,
                        LValue::ArrayIndex { array, .. } => base = array,
                        _ => break,
                    }
                }
                match base {
                    LValue::Deref { ptr, .. } if self.is_recv(ptr) => {
                        self.escaped = true;
                        return;
                    }
                    LValue::Local(l) if self.recv.contains(l) => {
                        self.escaped = true;
                        return;
                    }
                    _ => {}
                }
                for o in lv.operands() {
                    self.expr(o);
                }
            }
            _ => {
                for c in e.children() {
                    self.expr(c);
                }
            }
        }
    }
}
