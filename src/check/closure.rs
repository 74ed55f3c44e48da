//! Variables, closures and captures: declaring locals, resolving a variable from a nested
//! closure (adding captures along the chain), and the final storage decisions
//! (Value / Frame / Heap / Env, by value or by reference) made after the whole file is seen.

use super::scope::VarId;
use super::{Checker, VarInfo};
use lowering::ir::{Block, Capture, LocalId, Pos, Stmt, Storage, Type};

impl<'a> Checker<'a> {
    /// Declares a new source variable in the current function (not yet in scope).
    pub fn declare_var(
        &mut self,
        name: &str,
        ty: Type,
        pos: Pos,
        check_unused: bool,
    ) -> (VarId, LocalId) {
        let in_loop = self.ctx().loop_depth > 0;
        let ctx = self.ctxs.last_mut().expect("ctx");
        let local = LocalId(ctx.locals.len() as u32);
        ctx.locals.push(lowering::ir::Local {
            name: name.to_string(),
            ty: ty.clone(),
            storage: Storage::Value,
            pos,
        });
        let vid = self.vars.len();
        ctx.local_vars.push(Some(vid));
        let owner = ctx.id;
        self.vars.push(VarInfo {
            name: name.to_string(),
            pos,
            ty,
            owner,
            local,
            in_loop,
            assigned: false,
            used: false,
            captured: false,
            escapes: false,
            invalid: false,
            check_unused,
            is_result: false,
            addressed: false,
            receiver_of: Vec::new(),
        });
        (vid, local)
    }

    /// A compiler temporary (`~tmpN`), storage `Value`.
    pub fn new_temp(&mut self, ty: Type, pos: Pos) -> LocalId {
        let ctx = self.ctx();
        let n = ctx.tmp_counter;
        ctx.tmp_counter += 1;
        let local = LocalId(ctx.locals.len() as u32);
        ctx.locals.push(lowering::ir::Local {
            name: format!("~tmp{n}"),
            ty,
            storage: Storage::Value,
            pos,
        });
        ctx.local_vars.push(None);
        local
    }

    /// The local standing for variable `vid` in the current function, adding captures to
    /// every closure between the variable's owner and the current function.
    pub fn var_local(&mut self, vid: VarId) -> LocalId {
        let owner = self.vars[vid].owner;
        let top = self.ctxs.len() - 1;
        let d = match self.ctxs.iter().rposition(|c| c.id == owner) {
            Some(d) => d,
            None => return self.vars[vid].local,
        };
        if d == top {
            return self.vars[vid].local;
        }
        let mut outer = self.vars[vid].local;
        for j in d + 1..=top {
            if let Some(l) = self.ctxs[j].cap_map.get(&vid) {
                outer = *l;
                continue;
            }
            let direct_deferred = j == d + 1 && self.ctxs[j].deferred_literal;
            if !direct_deferred {
                self.vars[vid].escapes = true;
            }
            self.vars[vid].captured = true;
            let ty = self.vars[vid].ty.clone();
            let name = self.vars[vid].name.clone();
            let pos = self.vars[vid].pos;
            let ctx = &mut self.ctxs[j];
            let index = ctx.captures.len() as u32;
            let inner = LocalId(ctx.locals.len() as u32);
            ctx.locals.push(lowering::ir::Local {
                name,
                ty,
                storage: Storage::Env {
                    index,
                    by_ref: false,
                },
                pos,
            });
            ctx.local_vars.push(None);
            ctx.captures.push(Capture {
                outer,
                inner,
                by_ref: false,
            });
            ctx.capture_vars.push(Some(vid));
            ctx.cap_map.insert(vid, inner);
            outer = inner;
        }
        outer
    }

    /// Records an assignment to `vid` after its declaration.
    pub fn mark_assigned(&mut self, vid: VarId) {
        if let Some(ctx) = self.ctxs.last() {
            if ctx.post_exempt.contains(&vid) && ctx.id == self.vars[vid].owner {
                return;
            }
        }
        self.vars[vid].assigned = true;
    }

    /// Decides every variable's storage and every capture's mode, once all uses are known.
    pub fn finalize_storage(&mut self) {
        // Variables addressed only as receivers of methods that keep them: in the frame.
        let mut leaks = super::escape::ReceiverLeaks::default();
        let frame_receivers: Vec<bool> = (0..self.vars.len())
            .map(|v| {
                let info = &self.vars[v];
                !info.receiver_of.is_empty()
                    && !info.addressed
                    && !info.in_loop
                    && info.receiver_of.iter().all(|f| !leaks.leaks(self, *f))
            })
            .collect();
        for fi in 0..self.funcs.len() {
            let has_defers = self.funcs[fi]
                .as_ref()
                .is_some_and(|f| !f.defers.is_empty());
            let Some(f) = self.funcs[fi].as_mut() else {
                continue;
            };
            // captures
            for (ci, cap) in f.captures.iter_mut().enumerate() {
                let by_ref = match self.func_capture_vars[fi].get(ci).copied().flatten() {
                    Some(vid) => self.vars[vid].assigned,
                    None => false,
                };
                cap.by_ref = by_ref;
                if let Some(l) = f.locals.get_mut(cap.inner.0 as usize) {
                    l.storage = Storage::Env {
                        index: ci as u32,
                        by_ref,
                    };
                }
            }
            // own variables
            for (li, vid) in self.func_local_vars[fi].iter().enumerate() {
                let Some(vid) = *vid else { continue };
                let v = &self.vars[vid];
                let receiver_heap = !v.receiver_of.is_empty() && !frame_receivers[vid];
                let storage = if v.addressed || receiver_heap {
                    Storage::Heap
                } else if v.captured && v.assigned {
                    if v.escapes || v.in_loop {
                        Storage::Heap
                    } else {
                        Storage::Frame
                    }
                } else if frame_receivers[vid] {
                    Storage::Frame
                } else {
                    Storage::Value
                };
                if let Some(l) = f.locals.get_mut(li) {
                    l.storage = storage;
                }
            }
            if has_defers {
                for r in f.results.clone() {
                    if let Some(l) = f.locals.get_mut(r.0 as usize) {
                        if l.storage == Storage::Value {
                            l.storage = Storage::Frame;
                        }
                    }
                }
            }
            // per-iteration loop variables: only those on the heap
            let locals: Vec<Storage> = f.locals.iter().map(|l| l.storage).collect();
            filter_per_iteration(&mut f.body, &locals);
        }
    }
}

fn filter_per_iteration(b: &mut Block, storage: &[Storage]) {
    for s in b.iter_mut() {
        match s {
            Stmt::For {
                init,
                post,
                body,
                per_iteration,
                ..
            } => {
                per_iteration.retain(|l| storage.get(l.0 as usize) == Some(&Storage::Heap));
                filter_per_iteration(init, storage);
                filter_per_iteration(post, storage);
                filter_per_iteration(body, storage);
            }
            Stmt::If { then, els, .. } => {
                filter_per_iteration(then, storage);
                filter_per_iteration(els, storage);
            }
            Stmt::RangeInt { body, .. }
            | Stmt::RangeSlice { body, .. }
            | Stmt::RangeMap { body, .. }
            | Stmt::RangeString { body, .. } => filter_per_iteration(body, storage),
            Stmt::Switch { cases, default, .. } => {
                for c in cases {
                    filter_per_iteration(&mut c.body, storage);
                }
                if let Some(d) = default {
                    filter_per_iteration(d, storage);
                }
            }
            Stmt::Block(b) => filter_per_iteration(b, storage),
            _ => {}
        }
    }
}
