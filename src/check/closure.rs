//! Variables, closures and captures: declaring locals, resolving a variable from a nested
//! closure (adding captures along the chain), and the final storage decisions
//! (Value / Frame / Heap / Env, by value or by reference) made after the whole file is seen.

use super::scope::VarId;
use super::{Checker, VarInfo};
use lowering::ir::{Block, Capture, Expr, ExprKind, LocalId, Pos, Stmt, Storage, Type};
use std::collections::HashSet;

impl<'a> Checker<'a> {
    /// Declares a new source variable in the current function (not yet in scope).
    pub fn declare_var(
        &mut self,
        name: &str,
        ty: Type,
        pos: Pos,
        check_unused: bool,
    ) -> (VarId, LocalId) {
        let ctx = self.ctxs.last_mut().expect("ctx");
        let local = LocalId(ctx.locals.len() as u32);
        ctx.locals.push(lowering::ir::Local {
            name: name.to_string(),
            ty: ty.clone(),
            storage: Storage::Value,
            pos,
            loop_depth: ctx.loop_depth,
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
            assigned: false,
            used: false,
            captured: false,
            invalid: false,
            check_unused,
            is_result: false,
            addressed: false,
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
            loop_depth: ctx.loop_depth,
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
                loop_depth: 0,
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
        // Captures: by reference when the variable is assigned after its declaration.
        for fi in 0..self.funcs.len() {
            let Some(f) = self.funcs[fi].as_mut() else {
                continue;
            };
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
        }
        let (address_escapes, frame_allocs) = self.escape_analysis();
        for fi in 0..self.funcs.len() {
            let has_defers = self.funcs[fi]
                .as_ref()
                .is_some_and(|f| !f.defers.is_empty());
            let Some(f) = self.funcs[fi].as_mut() else {
                continue;
            };
            // own variables
            for (li, vid) in self.func_local_vars[fi].iter().enumerate() {
                let Some(vid) = *vid else { continue };
                let v = &self.vars[vid];
                // In memory when its address is taken or a closure captures it by
                // reference; in the frame unless escape analysis says otherwise.
                let in_memory = v.addressed || (v.captured && v.assigned);
                let storage = if !in_memory {
                    Storage::Value
                } else if address_escapes[vid] {
                    Storage::Heap
                } else {
                    Storage::Frame
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
            if !frame_allocs[fi].is_empty() {
                for s in f.body.iter_mut() {
                    in_frame_stmt(s, &frame_allocs[fi]);
                }
            }
        }
    }

    /// Per variable: whether escape analysis found its address escaping its frame, in
    /// its own function or in a closure capturing it; and per function, the allocation
    /// expressions (by address) that can be made in its frame.
    fn escape_analysis(&self) -> (Vec<bool>, Vec<HashSet<usize>>) {
        let mut out = vec![false; self.vars.len()];
        let mut frame_allocs = vec![HashSet::new(); self.funcs.len()];
        let mut esc = super::escape::Escapes::new(&self.funcs);
        for fi in 0..self.funcs.len() {
            let Some(f) = self.funcs[fi].as_ref() else {
                continue;
            };
            let (escaping, allocs) = esc.of_func(lowering::ir::FuncId(fi as u32));
            for (li, vid) in self.func_local_vars[fi].iter().enumerate() {
                if let Some(vid) = vid {
                    out[*vid] |= escaping.get(li).copied().unwrap_or(true);
                }
            }
            for (ci, vid) in self.func_capture_vars[fi].iter().enumerate() {
                if let (Some(vid), Some(cap)) = (vid, f.captures.get(ci)) {
                    out[*vid] |= escaping.get(cap.inner.0 as usize).copied().unwrap_or(true);
                }
            }
            frame_allocs[fi] = allocs.into_iter().collect();
        }
        (out, frame_allocs)
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
            Stmt::Select { cases, default, .. } => {
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

/// Wraps the allocation expressions of `s` listed (by address) in `sites` in
/// [`ExprKind::InFrame`].
fn in_frame_stmt(s: &mut Stmt, sites: &HashSet<usize>) {
    for e in s.exprs_mut() {
        in_frame_expr(e, sites);
    }
    for b in s.blocks_mut() {
        for s in b.iter_mut() {
            source::stack::grow(|| in_frame_stmt(s, sites));
        }
    }
}

fn in_frame_expr(e: &mut Expr, sites: &HashSet<usize>) {
    if sites.contains(&(e as *const Expr as usize)) {
        let alloc = std::mem::replace(&mut e.kind, ExprKind::Nil);
        let inner = Expr {
            kind: alloc,
            ty: e.ty.clone(),
            pos: e.pos,
        };
        e.kind = ExprKind::InFrame(Box::new(inner));
    }
    for c in e.children_mut() {
        source::stack::grow(|| in_frame_expr(c, sites));
    }
}
