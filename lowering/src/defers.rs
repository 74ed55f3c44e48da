//! The three defer strategies in generated code, exits and the landing pad.
//!
//! - Open-coded: deferBits is an SSA value, zero at entry; defer `i` builds its closure
//!   object in its own stack slot and sets bit `i`; every exit tests the bits from high to
//!   low (only those of defers lowered before it), clearing each set bit before calling
//!   that closure (a top-level `f` of `defer f()` directly). The runtime reads a one-byte
//!   deferBits slot and the closure slots through the frame layout (keys identify them
//!   after compilation), but only at a `try_call`: the bits are stored there before each
//!   one. A call at which no bit can be set (before the first defer statement, or the
//!   exit's call of defer 0) is a plain call, and the runtime skips the frame there; a
//!   function left with no `try_call` drops the bookkeeping only the runtime reads.
//! - Stack records: a `_defer` record in a stack slot (header + closure object), pushed
//!   inline on the goroutine's chain (the goroutine is in the pinned register; its chain
//!   head and pool are at fixed offsets) and tagged with this frame's FP (gc's
//!   deferprocStack).
//! - Heap records: the same record popped inline from the free list of its size class in
//!   the pool, which `rt_defer_refill` refills when it is empty (gc's deferproc).
//! - Records are run at exits inline: while the chain head belongs to this frame, unlink
//!   it, call its closure, and give a heap record back to its free list (deferreturn).
//!
//! The landing pad is the exceptional target of every `try_call` in the function. The
//! runtime resumes there after a deferred call recovered a panic: it runs the frame's
//! remaining defers exactly like a normal exit and returns the result variables (which
//! live in stack slots in such functions).

use crate::calls::CallTarget;
use crate::defer_state::{DEFER_BITS_KEY, RESUME_LINE_KEY, STACK_RECORD_KEY};
use crate::function::FnLowerer;
use crate::ir::{self, FuncId};
use crate::layout::closure_layout;
use crate::strategy::{DeferKind, FrameDefers};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    types, Inst, InstBuilder, MemFlagsData, StackSlotData, StackSlotKey, StackSlotKind, Value,
};
use runtime::abi::{
    defer_size_class, CLOSURE_CODE_OFFSET, DEFER_CLOSURE_OFFSET, DEFER_CLOSURE_SIZE_OFFSET,
    DEFER_FRAME_FP_OFFSET, DEFER_HEAP_CLASS_OFFSET, DEFER_LINK_OFFSET, DEFER_POOL_HEAD_SIZE,
    G_DEFER_HEAD_OFFSET, G_POOL_LISTS_OFFSET,
};

/// When the deferred closure is the wrapper of `defer f()` for a top-level `f` with no
/// parameters and no results, `f` itself: it is deferred directly, as gc does, saving the
/// wrapper's call (and keeping the wrapper out of the frames `recover` and traces see).
pub(crate) fn direct_defer_target(prog: &ir::Program, closure: FuncId) -> Option<FuncId> {
    let w = &prog.funcs[closure.0 as usize];
    if w.kind != ir::FuncKind::DeferWrapper || !w.captures.is_empty() || w.body.len() != 1 {
        return None;
    }
    let ir::Stmt::Expr(e) = &w.body[0] else {
        return None;
    };
    let ir::ExprKind::Call {
        callee: ir::Callee::Func(f),
        args,
    } = &e.kind
    else {
        return None;
    };
    let target = &prog.funcs[f.0 as usize];
    (args.is_empty()
        && target.kind == ir::FuncKind::TopLevel
        && target.sig.params.is_empty()
        && target.sig.results.is_empty())
    .then_some(*f)
}

impl<'a, 'b, 'm> FnLowerer<'a, 'b, 'm> {
    /// Builds the closure object of deferred closure `closure` at `base + off`: the
    /// closure itself, or a code-only object for a directly deferred function. Returns
    /// the store of its code pointer.
    fn fill_deferred_closure(&mut self, closure: FuncId, base: Value, off: i32) -> Inst {
        match direct_defer_target(self.shared.prog, closure) {
            // A function compiled with the direct-call convention cannot be called
            // through a closure object: the object holds its wrapper (hidden, and
            // transparent to recover), which calls it. Exits still call it directly.
            Some(f) if !self.shared.direct_only[f.0 as usize] => {
                let fr = self.func_ref(self.shared.go_func(f));
                let code = self.b.ins().func_addr(types::I64, fr);
                self.b.ins().store(
                    MemFlagsData::trusted(),
                    code,
                    base,
                    off + CLOSURE_CODE_OFFSET,
                )
            }
            _ => self.fill_closure(closure, base, off),
        }
    }

    /// At entry: create the landing block and, for open-coded defers, the deferBits and
    /// closure slots, zeroing deferBits.
    pub fn defers_prologue(&mut self) {
        if self.func.defers.is_empty() {
            return;
        }
        self.defers.landing = Some(self.b.create_block());
        let line_slot = self.b.create_sized_stack_slot(StackSlotData::new_with_key(
            StackSlotKind::ExplicitSlot,
            4,
            2,
            StackSlotKey::new(RESUME_LINE_KEY),
        ));
        let zero = self.b.ins().iconst(types::I32, 0);
        let store = self.b.ins().stack_store(types::I64, zero, line_slot, 0);
        self.defers.runtime_only.push(store);
        self.note("resume line := 0 (set by the runtime if it resumes this frame)");
        if self.defers.frame == FrameDefers::Records {
            let var = self.b.declare_var(types::I64);
            let head = self.load_chain_head();
            self.b.def_var(var, head);
            self.defers.head_var = Some(var);
        }
        if self.defers.frame == FrameDefers::Open {
            let bits = self.b.create_sized_stack_slot(StackSlotData::new_with_key(
                StackSlotKind::ExplicitSlot,
                1,
                0,
                StackSlotKey::new(DEFER_BITS_KEY),
            ));
            let var = self.b.declare_var(types::I8);
            let zero = self.b.ins().iconst(types::I8, 0);
            self.b.def_var(var, zero);
            self.note(
                "open-coded defers: deferBits := 0 (an SSA value, stored before each try_call)",
            );
            self.defers.bits_slot = Some(bits);
            self.defers.bits_var = Some(var);
            for (i, d) in self.func.defers.iter().enumerate() {
                let lay = closure_layout(&self.shared.prog.funcs[d.closure.0 as usize]);
                let slot = self.b.create_sized_stack_slot(StackSlotData::new_with_key(
                    StackSlotKind::ExplicitSlot,
                    lay.size,
                    3,
                    StackSlotKey::new(i as u64 + 1),
                ));
                self.defers.open_slots.push(slot);
            }
        }
    }

    /// A `defer` statement.
    pub fn lower_defer(&mut self, index: usize, closure: FuncId) {
        let kind = self.defers.decisions[index].kind;
        let lay = closure_layout(&self.shared.prog.funcs[closure.0 as usize]);
        match kind {
            DeferKind::OpenCoded => {
                let slot = self.defers.open_slots[index];
                let base = self.b.ins().stack_addr(types::I64, slot, 0);
                let code_store = self.fill_deferred_closure(closure, base, 0);
                // Exits call the closure's function directly: only the runtime reads
                // the code pointer.
                self.defers.runtime_only.push(code_store);
                self.note(format!(
                    "defer {index}: closure object in closure slot {index}"
                ));
                let var = self.defers.bits_var.expect("open-coded state");
                let bits = self.b.use_var(var);
                let set = match self.known_constant(bits) {
                    Some(k) => self.b.ins().iconst(types::I8, (k | 1i64 << index) & 0xff),
                    None => self.b.ins().bor_imm_u(bits, 1i64 << index),
                };
                self.b.def_var(var, set);
                self.note(format!("defer {index}: set bit {index} of deferBits"));
                self.defers.lowered = self.defers.lowered.max(index + 1);
                self.trace_defer(index, None);
            }
            DeferKind::StackRecord => {
                let size = DEFER_CLOSURE_OFFSET as u32 + lay.size;
                let slot = self.b.create_sized_stack_slot(StackSlotData::new_with_key(
                    StackSlotKind::ExplicitSlot,
                    size,
                    3,
                    StackSlotKey::new(STACK_RECORD_KEY + index as u64),
                ));
                let rec = self.b.ins().stack_addr(types::I64, slot, 0);
                let zero32 = self.b.ins().iconst(types::I32, 0);
                self.b.ins().store(
                    MemFlagsData::trusted(),
                    zero32,
                    rec,
                    DEFER_HEAP_CLASS_OFFSET,
                );
                let sz = self.b.ins().iconst(types::I32, lay.size as i64);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), sz, rec, DEFER_CLOSURE_SIZE_OFFSET);
                self.fill_deferred_closure(closure, rec, DEFER_CLOSURE_OFFSET);
                self.note(format!("defer {index}: closure object in stack record"));
                self.push_record(rec);
                self.note(format!(
                    "defer {index}: push stack record on the chain (deferprocStack)"
                ));
                self.trace_defer(index, Some(rec));
            }
            DeferKind::HeapRecord => {
                let rec = self.take_heap_record(lay.size);
                self.fill_deferred_closure(closure, rec, DEFER_CLOSURE_OFFSET);
                self.note(format!("defer {index}: closure object in heap record"));
                self.push_record(rec);
                self.note(format!(
                    "defer {index}: push heap record on the chain (deferproc)"
                ));
                self.trace_defer(index, Some(rec));
            }
        }
    }

    /// Traced code: defer `index` registered its call (`rec`: its record).
    fn trace_defer(&mut self, index: usize, rec: Option<Value>) {
        if !self.shared.trace {
            return;
        }
        let i = self.b.ins().iconst(types::I64, index as i64);
        let r = rec.unwrap_or_else(|| self.b.ins().iconst(types::I64, 0));
        self.call_rt("rt_trace_defer", &[i, r]);
        self.note(format!("trace: defer {index} registered (rt_trace_defer)"));
    }

    /// Traced code: an exit is about to call open-coded defer `index` or the record `rec`.
    fn trace_defer_call(&mut self, index: Option<usize>, rec: Option<Value>) {
        if !self.shared.trace {
            return;
        }
        let i = self
            .b
            .ins()
            .iconst(types::I64, index.map_or(-1, |i| i as i64));
        let r = rec.unwrap_or_else(|| self.b.ins().iconst(types::I64, 0));
        let landing = self
            .b
            .ins()
            .iconst(types::I64, self.defers.in_landing as i64);
        self.call_rt("rt_trace_defer_call", &[i, r, landing]);
        self.note("trace: the exit runs a deferred call (rt_trace_defer_call)");
    }

    /// The goroutine's defer chain head, from memory (the goroutine is in the pinned
    /// register, the head at a fixed offset in it).
    fn load_chain_head(&mut self) -> Value {
        let g = self.b.ins().get_pinned_reg(types::I64);
        let head = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), g, G_DEFER_HEAD_OFFSET);
        self.not_heap.insert(head);
        self.note("the goroutine's defer chain head (pinned register)");
        head
    }

    /// Before a call or a return of a frame with records: the chain head to the goroutine
    /// (unless that value is known to be there).
    pub fn store_chain_head(&mut self) {
        let Some(var) = self.defers.head_var else {
            return;
        };
        let head = self.b.use_var(var);
        self.not_heap.insert(head);
        let here = self
            .b
            .current_block()
            .expect("a call is emitted in a block");
        if self.defers.head_stored == Some((here, head)) {
            return;
        }
        let g = self.b.ins().get_pinned_reg(types::I64);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), head, g, G_DEFER_HEAD_OFFSET);
        self.note("chain head to the goroutine: callees and the runtime read it");
        self.defers.head_stored = Some((here, head));
    }

    /// The address of the goroutine's defer-pool free-list heads (inline in it).
    fn pool_lists(&mut self) -> Value {
        let g = self.b.ins().get_pinned_reg(types::I64);
        self.b.ins().iadd_imm_s(g, G_POOL_LISTS_OFFSET as i64)
    }

    /// Links `rec` at the head of the goroutine's chain (the SSA head; the goroutine's
    /// word follows before the next call), tagged with this frame's FP.
    fn push_record(&mut self, rec: Value) {
        let var = self.defers.head_var.expect("records state");
        let fp = self.b.ins().get_frame_pointer(types::I64);
        let t = MemFlagsData::trusted();
        self.b.ins().store(t, fp, rec, DEFER_FRAME_FP_OFFSET);
        let old = self.b.use_var(var);
        self.b.ins().store(t, old, rec, DEFER_LINK_OFFSET);
        self.not_heap.extend([old, rec]);
        self.b.def_var(var, rec);
    }

    /// A heap record for a closure of `closure_size` bytes, popped from the pool's free
    /// list of its size class; when that list is empty (a cold block), `rt_defer_refill`
    /// puts a new record on it first. Its stub preserves every register, so the values
    /// of a loop of defers stay in registers across it.
    fn take_heap_record(&mut self, closure_size: u32) -> Value {
        let pool = self.pool_lists();
        let (class, _) = defer_size_class(closure_size as usize);
        let t = MemFlagsData::trusted();
        let list = self
            .b
            .ins()
            .iadd_imm_s(pool, (DEFER_POOL_HEAD_SIZE * class) as i64);
        let head = self.b.ins().load(types::I64, t, list, 0);
        let hit = self.b.create_block();
        let miss = self.b.create_block();
        self.b.append_block_param(hit, types::I64);
        self.b.ins().brif(head, hit, &[head.into()], miss, &[]);
        self.note(format!("pool: free list of size class {class} empty?"));
        self.b.switch_to_block(miss);
        self.b.set_cold_block(miss);
        let szv = self.b.ins().iconst(types::I64, closure_size as i64);
        self.call_rt("rt_defer_refill", &[szv]);
        self.note("pool empty: a new heap record on the free list (rt_defer_refill)");
        let fresh = self.b.ins().load(types::I64, t, list, 0);
        self.b.ins().jump(hit, &[fresh.into()]);
        self.b.switch_to_block(hit);
        let rec = self.b.block_params(hit)[0];
        let next = self.b.ins().load(types::I64, t, rec, DEFER_LINK_OFFSET);
        self.b.ins().store(t, next, list, 0);
        self.not_heap.extend([pool, list, head, fresh, rec, next]);
        self.note("pool: pop a heap record");
        let sz = self.b.ins().iconst(types::I32, closure_size as i64);
        self.b.ins().store(t, sz, rec, DEFER_CLOSURE_SIZE_OFFSET);
        rec
    }

    /// Calls the niladic closure object at `closure` (covered by the landing pad).
    fn call_deferred_closure(&mut self, closure: Value) {
        let code = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            closure,
            CLOSURE_CODE_OFFSET,
        );
        let sig = &self.shared.niladic_sig;
        let sref = self.b.import_signature(sig.clone());
        self.emit_call(CallTarget::Indirect(sref, code), &[closure]);
    }

    /// Runs the frame's pending defers (open-coded bits or records).
    fn run_pending_defers(&mut self) {
        match self.defers.frame {
            FrameDefers::None => {}
            FrameDefers::Open => {
                let var = self.defers.bits_var.expect("open-coded state");
                // Defers not lowered yet cannot be pending at this exit: not tested.
                for i in (0..self.defers.lowered).rev() {
                    let bits = self.b.use_var(var);
                    let known = self.known_constant(bits);
                    if known.is_some_and(|b| b & (1 << i) == 0) {
                        // The defer is known not to be pending here.
                        continue;
                    }
                    let call_b = self.b.create_block();
                    let next = self.b.create_block();
                    if known.is_some() {
                        // Known to be pending (straight-line code since the defer).
                        self.b.ins().jump(call_b, &[]);
                    } else {
                        let t = self.b.ins().band_imm_u(bits, 1i64 << i);
                        self.b.ins().brif(t, call_b, &[], next, &[]);
                        self.note(format!("exit: test bit {i} of deferBits"));
                    }
                    self.b.switch_to_block(call_b);
                    // Both blocks are sealed once their predecessors are all there, so a
                    // known deferBits stays known down the exit's calls.
                    self.b.seal_block(call_b);
                    let cleared = match known {
                        Some(k) => self.b.ins().iconst(types::I8, k & !(1i64 << i) & 0xff),
                        None => self.b.ins().band_imm_u(bits, !(1i64 << i) & 0xff),
                    };
                    self.b.def_var(var, cleared);
                    self.note(format!("exit: clear bit {i} before the call"));
                    // Only bits below `i` can still be set during this call.
                    self.defers.exit_limit = Some(i);
                    self.trace_defer_call(Some(i), None);
                    match direct_defer_target(self.shared.prog, self.func.defers[i].closure) {
                        Some(f) => {
                            // A top-level function ignores its closure context.
                            let fr = self.func_ref(self.shared.go_func(f));
                            let ctx = self.b.ins().iconst(types::I64, 0);
                            self.emit_call(CallTarget::Direct(fr), &[ctx]);
                        }
                        None => {
                            let closure = self.func.defers[i].closure;
                            let fr = self.func_ref(self.shared.go_func(closure));
                            let slot = self.defers.open_slots[i];
                            let clo = self.b.ins().stack_addr(types::I64, slot, 0);
                            self.emit_call(CallTarget::Direct(fr), &[clo]);
                        }
                    }
                    self.defers.exit_limit = None;
                    self.note(format!("exit: call deferred closure {i}"));
                    self.b.ins().jump(next, &[]);
                    self.b.switch_to_block(next);
                    self.b.seal_block(next);
                }
            }
            FrameDefers::Records => {
                let var = self.defers.head_var.expect("records state");
                let fp = self.b.ins().get_frame_pointer(types::I64);
                let t = MemFlagsData::trusted();
                let head = self.b.create_block();
                let check_fp = self.b.create_block();
                let body = self.b.create_block();
                let recycle = self.b.create_block();
                let done = self.b.create_block();
                self.b.ins().jump(head, &[]);
                self.b.switch_to_block(head);
                let rec = self.b.use_var(var);
                self.not_heap.insert(rec);
                self.b.ins().brif(rec, check_fp, &[], done, &[]);
                self.note("exit: any record on the chain? (deferreturn)");
                self.b.switch_to_block(check_fp);
                let owner = self.b.ins().load(types::I64, t, rec, DEFER_FRAME_FP_OFFSET);
                let mine = self.b.ins().icmp(IntCC::Equal, owner, fp);
                self.b.ins().brif(mine, body, &[], done, &[]);
                self.note("exit: does the newest record belong to this frame?");
                self.b.switch_to_block(body);
                let next = self.b.ins().load(types::I64, t, rec, DEFER_LINK_OFFSET);
                self.b.def_var(var, next);
                self.note("exit: unlink the record (stored to the goroutine before the call)");
                self.trace_defer_call(None, Some(rec));
                let clo = self.b.ins().iadd_imm_s(rec, DEFER_CLOSURE_OFFSET as i64);
                self.not_heap.extend([owner, next, clo]);
                match self.records_function() {
                    // One defer statement: every record of the frame holds its closure.
                    Some(f) => {
                        let fr = self.func_ref(self.shared.go_func(f));
                        self.emit_call(CallTarget::Direct(fr), &[clo]);
                    }
                    None => self.call_deferred_closure(clo),
                }
                self.note("exit: call the record's deferred closure");
                let list = match self.records_heap_class() {
                    Some(class) => {
                        // Every record of the frame is a heap record of this class.
                        self.b.ins().jump(recycle, &[]);
                        self.b.switch_to_block(recycle);
                        let pool = self.pool_lists();
                        self.b
                            .ins()
                            .iadd_imm_s(pool, (DEFER_POOL_HEAD_SIZE * class) as i64)
                    }
                    None => {
                        let class = self
                            .b
                            .ins()
                            .load(types::I32, t, rec, DEFER_HEAP_CLASS_OFFSET);
                        self.b.ins().brif(class, recycle, &[], head, &[]);
                        self.note("exit: heap record? (class 0 = stack record)");
                        self.b.switch_to_block(recycle);
                        let pool = self.pool_lists();
                        let class64 = self.b.ins().uextend(types::I64, class);
                        let off = self.b.ins().imul_imm_s(class64, 8);
                        let list = self.b.ins().iadd(pool, off);
                        self.b.ins().iadd_imm_s(list, -8)
                    }
                };
                let first = self.b.ins().load(types::I64, t, list, 0);
                self.not_heap.extend([list, first]);
                self.b.ins().store(t, first, rec, DEFER_LINK_OFFSET);
                self.b.ins().store(t, rec, list, 0);
                self.note("exit: return the heap record to its pool free list");
                self.b.ins().jump(head, &[]);
                self.b.switch_to_block(done);
            }
        }
    }

    /// The function every record of this frame calls, when the frame has one defer
    /// statement: its closure's function (or the top-level function it defers directly).
    fn records_function(&self) -> Option<FuncId> {
        let [d] = self.func.defers.as_slice() else {
            return None;
        };
        Some(direct_defer_target(self.shared.prog, d.closure).unwrap_or(d.closure))
    }

    /// The pool size class of every record of this frame, when all its defers are heap
    /// records of one class (the records' `heap_class` is this plus one).
    fn records_heap_class(&self) -> Option<usize> {
        let mut classes = self
            .func
            .defers
            .iter()
            .zip(&self.defers.decisions)
            .map(|(d, k)| {
                let lay = closure_layout(&self.shared.prog.funcs[d.closure.0 as usize]);
                (k.kind == DeferKind::HeapRecord).then(|| defer_size_class(lay.size as usize).0)
            });
        let first = classes.next()??;
        classes.all(|c| c == Some(first)).then_some(first)
    }

    /// The value of `v` when it is an integer constant.
    fn known_constant(&self, v: Value) -> Option<i64> {
        let cranelift_codegen::ir::ValueDef::Result(inst, _) = self.b.func.dfg.value_def(v) else {
            return None;
        };
        match self.b.func.dfg.insts[inst] {
            cranelift_codegen::ir::InstructionData::UnaryImm {
                opcode: cranelift_codegen::ir::Opcode::Iconst,
                imm,
            } => Some(imm.bits()),
            _ => None,
        }
    }

    /// A function exit: run the pending defers, then return the result variables.
    pub fn emit_exit(&mut self) {
        self.run_pending_defers();
        if self.shared.trace && !self.func.defers.is_empty() {
            let landing = self
                .b
                .ins()
                .iconst(types::I64, self.defers.in_landing as i64);
            self.call_rt("rt_trace_return", &[landing]);
            self.note("trace: the function returns (rt_trace_return)");
        }
        let mut rets = Vec::new();
        for r in self.func.results.clone() {
            rets.extend(self.read_local(r));
        }
        self.store_chain_head();
        self.b.ins().return_(&rets);
    }

    /// After the body: the landing pad.
    pub fn defers_epilogue(&mut self) {
        if let Some(landing) = self.defers.landing {
            self.b.switch_to_block(landing);
            self.b.set_cold_block(landing);
            self.block_notes.insert(
                landing,
                "landing pad: the exception edge of every call; after a recovered panic the runtime \
                 resumes here to run the remaining defers and return the results"
                    .into(),
            );
            self.set_pos(self.func.end_pos);
            if let (Some(var), Some(slot)) = (self.defers.bits_var, self.defers.bits_slot) {
                let bits = self.b.ins().stack_load(types::I64, types::I8, slot, 0);
                self.b.def_var(var, bits);
                self.note("landing pad: deferBits as the runtime left them");
            }
            if let Some(var) = self.defers.head_var {
                let head = self.load_chain_head();
                self.b.def_var(var, head);
            }
            self.defers.in_landing = true;
            self.emit_exit();
            self.defers.in_landing = false;
        }
        if !self.defers.covered_calls {
            // No panic can see this frame's defers: what only the runtime reads goes.
            for inst in std::mem::take(&mut self.defers.runtime_only) {
                self.b.func.layout.remove_inst(inst);
            }
        }
    }

    /// Before a `try_call` of an open-coded frame: deferBits to its slot (unless that
    /// value is known to be there), where the runtime reads it if the call panics.
    pub fn store_defer_bits(&mut self) {
        let (Some(var), Some(slot)) = (self.defers.bits_var, self.defers.bits_slot) else {
            return;
        };
        let bits = self.b.use_var(var);
        let here = self
            .b
            .current_block()
            .expect("a call is emitted in a block");
        if self.defers.bits_stored == Some((here, bits)) {
            return;
        }
        self.b.ins().stack_store(types::I64, bits, slot, 0);
        self.note("deferBits to the frame before the call: the runtime reads it if a panic passes");
        self.defers.bits_stored = Some((here, bits));
    }
}
