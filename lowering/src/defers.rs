//! The three defer strategies in generated code, exits and the landing pad.
//!
//! - Open-coded: a one-byte deferBits stack slot, zeroed at entry; defer `i` builds its
//!   closure object in its own stack slot and sets bit `i`; every exit tests the bits from
//!   high to low, clearing each set bit before calling that closure. The runtime reads the
//!   same slots through the frame layout (keys identify them after compilation).
//! - Stack records: a `_defer` record in a stack slot (header + closure object), linked on
//!   the goroutine's chain by `rt_defer_push`.
//! - Heap records: the same record taken from the goroutine's pool (`rt_defer_alloc`).
//! - Records are run at exits by `while rec = rt_defer_next(fp) { call closure; done }`.
//!
//! The landing pad is the exceptional target of every `try_call` in the function. The
//! runtime resumes there after a deferred call recovered a panic: it runs the frame's
//! remaining defers exactly like a normal exit and returns the result variables (which
//! live in stack slots in such functions).

use crate::calls::CallTarget;
use crate::function::FnLowerer;
use crate::ir::FuncId;
use crate::layout::closure_layout;
use crate::strategy::{DeferDecision, DeferKind, FrameDefers};
use cranelift_codegen::ir::{
    types, Block, InstBuilder, MemFlagsData, StackSlot, StackSlotData, StackSlotKey, StackSlotKind,
    Value,
};
use runtime::abi::{
    CLOSURE_CODE_OFFSET, DEFER_CLOSURE_OFFSET, DEFER_CLOSURE_SIZE_OFFSET, DEFER_HEAP_CLASS_OFFSET,
};

/// Stack-slot key of the deferBits slot (closure slot `i` has key `i + 1`).
pub const DEFER_BITS_KEY: u64 = 0x0df0_0000;

/// Per-function defer state.
pub(crate) struct FrameState {
    pub decisions: Vec<DeferDecision>,
    pub frame: FrameDefers,
    pub has_landing: bool,
    pub landing: Option<Block>,
    pub bits_slot: Option<StackSlot>,
    /// Open-coded: the closure slot of each defer.
    pub open_slots: Vec<StackSlot>,
}

impl FrameState {
    pub fn new(decisions: Vec<DeferDecision>) -> FrameState {
        let frame = crate::strategy::frame_defers(&decisions);
        FrameState {
            decisions,
            frame,
            has_landing: false,
            landing: None,
            bits_slot: None,
            open_slots: Vec::new(),
        }
    }
}

impl<'a, 'b, 'm> FnLowerer<'a, 'b, 'm> {
    /// At entry: create the landing block and, for open-coded defers, the deferBits and
    /// closure slots, zeroing deferBits.
    pub fn defers_prologue(&mut self) {
        if self.func.defers.is_empty() {
            return;
        }
        self.defers.landing = Some(self.b.create_block());
        if self.defers.frame == FrameDefers::Open {
            let bits = self.b.create_sized_stack_slot(StackSlotData::new_with_key(
                StackSlotKind::ExplicitSlot,
                1,
                0,
                StackSlotKey::new(DEFER_BITS_KEY),
            ));
            let zero = self.b.ins().iconst(types::I8, 0);
            self.b.ins().stack_store(types::I64, zero, bits, 0);
            self.note("open-coded defers: zero deferBits");
            self.defers.bits_slot = Some(bits);
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
                self.fill_closure(closure, base, 0);
                self.note(format!("defer {index}: closure object in closure slot {index}"));
                let bits_slot = self.defers.bits_slot.unwrap();
                let bits = self.b.ins().stack_load(types::I64, types::I8, bits_slot, 0);
                let set = self.b.ins().bor_imm_u(bits, 1i64 << index);
                self.b.ins().stack_store(types::I64, set, bits_slot, 0);
                self.note(format!("defer {index}: set bit {index} of deferBits"));
            }
            DeferKind::StackRecord => {
                let size = DEFER_CLOSURE_OFFSET as u32 + lay.size;
                let slot = self.slot(size);
                let rec = self.b.ins().stack_addr(types::I64, slot, 0);
                let zero32 = self.b.ins().iconst(types::I32, 0);
                self.b.ins().store(MemFlagsData::trusted(), zero32, rec, DEFER_HEAP_CLASS_OFFSET);
                let sz = self.b.ins().iconst(types::I32, lay.size as i64);
                self.b.ins().store(MemFlagsData::trusted(), sz, rec, DEFER_CLOSURE_SIZE_OFFSET);
                self.fill_closure(closure, rec, DEFER_CLOSURE_OFFSET);
                self.note(format!("defer {index}: closure object in stack record"));
                let fp = self.b.ins().get_frame_pointer(types::I64);
                self.call_rt("rt_defer_push", &[rec, fp]);
                self.note(format!("defer {index}: push stack record (deferprocStack)"));
            }
            DeferKind::HeapRecord => {
                let sz = self.b.ins().iconst(types::I64, lay.size as i64);
                let rec = self.call_rt("rt_defer_alloc", &[sz])[0];
                self.note(format!("defer {index}: take a heap record from the pool (deferproc)"));
                self.fill_closure(closure, rec, DEFER_CLOSURE_OFFSET);
                self.note(format!("defer {index}: closure object in heap record"));
                let fp = self.b.ins().get_frame_pointer(types::I64);
                self.call_rt("rt_defer_push", &[rec, fp]);
                self.note(format!("defer {index}: push heap record"));
            }
        }
    }

    /// Calls the niladic closure object at `closure` (covered by the landing pad).
    fn call_deferred_closure(&mut self, closure: Value) {
        let code = self.b.ins().load(types::I64, MemFlagsData::trusted(), closure, CLOSURE_CODE_OFFSET);
        let sig = &self.shared.niladic_sig;
        let sref = self.b.import_signature(sig.clone());
        self.emit_call(CallTarget::Indirect(sref, code), &[closure]);
    }

    /// Runs the frame's pending defers (open-coded bits or records).
    fn run_pending_defers(&mut self) {
        match self.defers.frame {
            FrameDefers::None => {}
            FrameDefers::Open => {
                let bits_slot = self.defers.bits_slot.unwrap();
                for i in (0..self.func.defers.len()).rev() {
                    let bits = self.b.ins().stack_load(types::I64, types::I8, bits_slot, 0);
                    let t = self.b.ins().band_imm_u(bits, 1i64 << i);
                    let call_b = self.b.create_block();
                    let next = self.b.create_block();
                    self.b.ins().brif(t, call_b, &[], next, &[]);
                    self.note(format!("exit: test bit {i} of deferBits"));
                    self.b.switch_to_block(call_b);
                    let cleared = self.b.ins().band_imm_u(bits, !(1i64 << i) & 0xff);
                    self.b.ins().stack_store(types::I64, cleared, bits_slot, 0);
                    self.note(format!("exit: clear bit {i} before the call"));
                    let slot = self.defers.open_slots[i];
                    let clo = self.b.ins().stack_addr(types::I64, slot, 0);
                    self.call_deferred_closure(clo);
                    self.note(format!("exit: call deferred closure {i}"));
                    self.b.ins().jump(next, &[]);
                    self.b.switch_to_block(next);
                }
            }
            FrameDefers::Records => {
                let fp = self.b.ins().get_frame_pointer(types::I64);
                let head = self.b.create_block();
                let body = self.b.create_block();
                let done = self.b.create_block();
                self.b.ins().jump(head, &[]);
                self.b.switch_to_block(head);
                let rec = self.call_rt("rt_defer_next", &[fp])[0];
                self.note("exit: pop this frame's newest record (deferreturn)");
                self.b.ins().brif(rec, body, &[], done, &[]);
                self.b.switch_to_block(body);
                let clo = self.b.ins().iadd_imm_s(rec, DEFER_CLOSURE_OFFSET as i64);
                self.call_deferred_closure(clo);
                self.note("exit: call the record's deferred closure");
                self.call_rt("rt_defer_done", &[rec]);
                self.note("exit: return a heap record to the pool");
                self.b.ins().jump(head, &[]);
                self.b.switch_to_block(done);
            }
        }
    }

    /// A function exit: run the pending defers, then return the result variables.
    pub fn emit_exit(&mut self) {
        self.run_pending_defers();
        let mut rets = Vec::new();
        for r in self.func.results.clone() {
            rets.extend(self.read_local(r));
        }
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
            self.emit_exit();
        }
    }
}
