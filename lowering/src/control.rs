//! Control flow of a Go function body: `if`, the three-clause `for` (with Go 1.22's fresh
//! loop variables per iteration), `range` over a slice, `switch`, and `return` (results
//! written to their variables, then the function's exit with its deferred calls).

use crate::function::{FnLowerer, Targets};
use crate::ir::{Block as IrBlock, Expr, LabelId, LocalId, SwitchCase, Type};
use crate::layout;
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData};

impl<'a> FnLowerer<'a, '_, '_> {
    /// `if cond { then } else { els }`.
    pub(crate) fn lower_if(&mut self, cond: &'a Expr, then: &'a IrBlock, els: &'a IrBlock) {
        let c = self.expr(cond)[0];
        let then_b = self.b.create_block();
        let else_b = self.b.create_block();
        let join = self.b.create_block();
        self.b.ins().brif(c, then_b, &[], else_b, &[]);
        self.b.switch_to_block(then_b);
        self.lower_block(then);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(else_b);
        self.lower_block(els);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
    }

    /// `for init; cond; post { body }`; the loop variables in `per_iteration` (those that
    /// live on the heap) get a fresh copy before each post statement.
    pub(crate) fn lower_for(
        &mut self,
        label: LabelId,
        init: &'a IrBlock,
        cond: Option<&'a Expr>,
        post: &'a IrBlock,
        body: &'a IrBlock,
        per_iteration: &[LocalId],
    ) {
        self.lower_block(init);
        let header = self.b.create_block();
        let body_b = self.b.create_block();
        let post_b = self.b.create_block();
        let exit = self.b.create_block();
        self.targets.insert(
            label,
            Targets {
                brk: exit,
                cont: Some(post_b),
            },
        );
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        // The body is the branch's first successor, so Cranelift lays it out after the
        // exit (its block order is a reverse postorder visiting the first successor
        // last). Inverting the test would make the body the fall-through, but then
        // Cranelift's LICM starts hoisting the addresses of globals and functions out of
        // the loop, and across the loop's calls (which save no register) they are spilled
        // and reloaded every iteration: loops calling small functions got slower.
        match cond {
            Some(c) => {
                self.set_pos(c.pos);
                self.calls_first(&[c]);
                let v = self.expr(c)[0];
                self.b.ins().brif(v, body_b, &[], exit, &[]);
            }
            None => {
                self.b.ins().jump(body_b, &[]);
            }
        }
        self.b.switch_to_block(body_b);
        self.lower_block(body);
        self.b.ins().jump(post_b, &[]);
        self.b.switch_to_block(post_b);
        // Go 1.22: a fresh copy of each captured loop variable per iteration.
        for &v in per_iteration {
            let cur = self.read_local(v);
            self.declare_local(v);
            self.write_local(v, &cur);
        }
        self.lower_block(post);
        self.poll_preempt();
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(exit);
    }

    /// At a loop's back edge, in a program that can start goroutines: when the runtime's
    /// ticker has set the preemption word (`abi::PREEMPT_SYMBOL`), calls `rt_preempt`,
    /// which lets the other goroutines run (a loop without calls would otherwise keep
    /// them from ever running, one thread running them all). One load and a branch not
    /// taken per iteration; nothing in a program without `go` statements.
    pub(crate) fn poll_preempt(&mut self) {
        let Some(data) = self.shared.preempt else {
            return;
        };
        let addr = self.data_address(data);
        let word = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), addr, 0);
        let slow = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(word, slow, &[], cont, &[]);
        self.b.set_cold_block(slow);
        self.b.switch_to_block(slow);
        self.call_rt("rt_preempt", &[]);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// `for i, r := range s { body }` over a string: an ASCII byte is its own rune; other
    /// bytes are decoded by the runtime.
    pub(crate) fn lower_range_string(
        &mut self,
        label: LabelId,
        key: Option<LocalId>,
        value: Option<LocalId>,
        s: &'a Expr,
        body: &'a IrBlock,
    ) {
        use cranelift_codegen::ir::condcodes::IntCC;
        use cranelift_codegen::ir::MemFlagsData;
        self.calls_first(&[s]);
        let sv = self.expr(s);
        let (ptr_v, len_v) = (self.new_var(types::I64), self.new_var(types::I64));
        self.b.def_var(ptr_v, sv[0]);
        self.b.def_var(len_v, sv[1]);
        let cursor = self.new_var(types::I64);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.def_var(cursor, zero);
        let width = self.new_var(types::I64);
        let header = self.b.create_block();
        let decode = self.b.create_block();
        let ascii = self.b.create_block();
        let wide = self.b.create_block();
        let body_b = self.b.create_block();
        self.b.append_block_param(body_b, types::I64);
        let next = self.b.create_block();
        let exit = self.b.create_block();
        self.targets.insert(
            label,
            Targets {
                brk: exit,
                cont: Some(next),
            },
        );
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        let (i, n) = (self.b.use_var(cursor), self.b.use_var(len_v));
        let more = self.b.ins().icmp(IntCC::SignedLessThan, i, n);
        self.b.ins().brif(more, decode, &[], exit, &[]);
        self.b.switch_to_block(decode);
        let (p, i) = (self.b.use_var(ptr_v), self.b.use_var(cursor));
        let at = self.b.ins().iadd(p, i);
        let byte = self
            .b
            .ins()
            .uload8(types::I64, MemFlagsData::trusted(), at, 0);
        let is_ascii = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, byte, 0x80);
        self.b.ins().brif(is_ascii, ascii, &[], wide, &[]);
        self.b.switch_to_block(ascii);
        let one = self.b.ins().iconst(types::I64, 1);
        self.b.def_var(width, one);
        self.b.ins().jump(body_b, &[byte.into()]);
        self.b.switch_to_block(wide);
        let (p, n, i) = (
            self.b.use_var(ptr_v),
            self.b.use_var(len_v),
            self.b.use_var(cursor),
        );
        let r = self.call_rt("rt_decode_rune", &[p, n, i]);
        self.b.def_var(width, r[1]);
        self.b.ins().jump(body_b, &[r[0].into()]);
        self.b.switch_to_block(body_b);
        let rune = self.b.block_params(body_b)[0];
        if let Some(k) = key {
            self.declare_local(k);
            let i = self.b.use_var(cursor);
            self.write_local(k, &[i]);
        }
        if let Some(v) = value {
            self.declare_local(v);
            let r32 = self.b.ins().ireduce(types::I32, rune);
            self.write_local(v, &[r32]);
        }
        self.lower_block(body);
        self.b.ins().jump(next, &[]);
        self.b.switch_to_block(next);
        let (i, w) = (self.b.use_var(cursor), self.b.use_var(width));
        let i1 = self.b.ins().iadd(i, w);
        self.b.def_var(cursor, i1);
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(exit);
    }

    /// `for key, value := range slice { body }`.
    pub(crate) fn lower_range_slice(
        &mut self,
        label: LabelId,
        key: Option<LocalId>,
        value: Option<LocalId>,
        slice: &'a Expr,
        body: &'a IrBlock,
    ) {
        let elem_ty = match slice.ty.under() {
            Type::Slice(e) => (**e).clone(),
            other => panic!("range over non-slice {other:?}"),
        };
        self.calls_first(&[slice]);
        let s = self.expr(slice);
        let (ptr, len) = (s[0], s[1]);
        self.lower_counted_loop(label, len, key, body, |this, i| {
            if let Some(v) = value {
                this.declare_local(v);
                let esize = layout::size_of(&elem_ty) as i64;
                let off = this.b.ins().imul_imm_s(i, esize);
                let addr = this.b.ins().iadd(ptr, off);
                let vals = this.load_value(&elem_ty, addr, 0);
                this.write_local(v, &vals);
            }
        });
    }

    /// `switch`: the cases' conditions in order, then the default (given with its place
    /// among the clauses and whether it falls through); each body breaks to the exit, or
    /// falls through to the next clause's body in source order.
    pub(crate) fn lower_switch(
        &mut self,
        label: LabelId,
        cases: &'a [SwitchCase],
        default: Option<(&'a IrBlock, usize, bool)>,
    ) {
        let exit = self.b.create_block();
        self.targets.insert(
            label,
            Targets {
                brk: exit,
                cont: None,
            },
        );
        let bodies: Vec<Block> = cases.iter().map(|_| self.b.create_block()).collect();
        if let Some((tag, keys)) = int_case_table(cases) {
            // `switch x { case 1: ... case 7: ... }` on an int with constant cases: a jump
            // table or a binary search (cranelift-frontend's `Switch`), as gc does from
            // a handful of cases on. The first case with a key wins, as in order.
            let v = self.read_local(tag)[0];
            let mut table = cranelift_frontend::Switch::new();
            let mut seen = std::collections::HashSet::new();
            for (k, i) in keys {
                if seen.insert(k) {
                    table.set_entry(k as u64 as u128, bodies[i]);
                }
            }
            let default_b = self.b.create_block();
            table.emit(&mut self.b, v, default_b);
            self.b.switch_to_block(default_b);
        } else {
            for (case, &body_b) in cases.iter().zip(&bodies) {
                for cond in &case.conds {
                    self.set_pos(cond.pos);
                    self.calls_first(&[cond]);
                    let c = self.expr(cond)[0];
                    let next = self.b.create_block();
                    self.b.ins().brif(c, body_b, &[], next, &[]);
                    self.b.switch_to_block(next);
                }
            }
        }
        // No case matched.
        let default_b = default.map(|_| self.b.create_block());
        self.b.ins().jump(default_b.unwrap_or(exit), &[]);
        // The clauses' bodies in source order, each with whether it falls through.
        let mut clauses: Vec<(Block, &'a IrBlock, bool)> = cases
            .iter()
            .zip(&bodies)
            .map(|(c, &b)| (b, &c.body, c.fallthrough))
            .collect();
        if let (Some((d, at, falls)), Some(db)) = (default, default_b) {
            clauses.insert(at.min(clauses.len()), (db, d, falls));
        }
        for k in 0..clauses.len() {
            let (blk, body, falls) = clauses[k];
            self.b.switch_to_block(blk);
            self.lower_block(body);
            let next = match clauses.get(k + 1) {
                Some(&(nb, _, _)) if falls => nb,
                _ => exit,
            };
            self.b.ins().jump(next, &[]);
        }
        self.b.switch_to_block(exit);
    }

    /// `return values`: the values go to the result variables, then the exit runs the
    /// pending deferred calls and returns them.
    pub(crate) fn lower_return(&mut self, values: &'a [Expr]) {
        let mut words = Vec::new();
        for v in values {
            words.extend(self.expr(v));
        }
        if !values.is_empty() {
            let results = self.func.results.clone();
            let mut i = 0;
            for r in results {
                let n = layout::words(self.local_ty(r)).len();
                let w = words[i..i + n].to_vec();
                i += n;
                self.write_local(r, &w);
            }
        }
        self.emit_exit();
        self.start_dead_block();
    }
}

/// Cases from which a table dispatch pays (gc uses a jump table from 8 cases on, a binary
/// search from 4).
const TABLE_SWITCH_MIN_KEYS: usize = 4;

/// When every condition of `cases` is `tag == K` for one int local `tag` and constants
/// `K`: the tag and `(K, case index)` in source order.
fn int_case_table(cases: &[SwitchCase]) -> Option<(LocalId, Vec<(i64, usize)>)> {
    use crate::ir::{BinaryOp, ExprKind};
    let mut tag = None;
    let mut keys = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        for cond in &case.conds {
            let ExprKind::Binary(BinaryOp::Eq, l, r) = &cond.kind else {
                return None;
            };
            let (ExprKind::Local(t), ExprKind::Int(k)) = (&l.kind, &r.kind) else {
                return None;
            };
            if *l.ty.under() != Type::Int || tag.is_some_and(|x| x != *t) {
                return None;
            }
            tag = Some(*t);
            keys.push((*k, i));
        }
    }
    (keys.len() >= TABLE_SWITCH_MIN_KEYS).then_some((tag?, keys))
}
