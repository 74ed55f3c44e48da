//! The per-function state of the defer lowering (decisions, frame shape, slots, landing
//! block) and the Cranelift keys of the frame slots the runtime and the dump
//! find after compilation.

use crate::strategy::{DeferDecision, FrameDefers};
use cranelift_codegen::ir::{Block, Inst, StackSlot, Value};
use cranelift_frontend::Variable;

/// Stack-slot key of the deferBits slot (closure slot `i` has key `i + 1`).
pub const DEFER_BITS_KEY: u64 = 0x0df0_0000;
/// Stack-slot key of the resume-line slot of a function with defers (see
/// `runtime::registry::FuncMeta::resume_line_fp_offset`).
pub const RESUME_LINE_KEY: u64 = 0x0df0_0001;
/// Stack slot key of the stack-allocated `_defer` record of defer `i`: this plus `i`.
pub const STACK_RECORD_KEY: u64 = 0x0df1_0000;

/// Per-function defer state.
pub(crate) struct FrameState {
    pub decisions: Vec<DeferDecision>,
    pub frame: FrameDefers,
    pub has_landing: bool,
    pub landing: Option<Block>,
    pub bits_slot: Option<StackSlot>,
    /// Open-coded: deferBits as an SSA variable. The slot is written from it only before
    /// a `try_call` (the only place where the runtime reads it), and read into it at the
    /// landing pad (after the runtime ran, and cleared, some of the bits).
    pub bits_var: Option<Variable>,
    /// The deferBits value last stored to the slot and the block of that store; a later
    /// `try_call` in that block (or in the continuation of a call in it) with the same
    /// value does not store again.
    pub bits_stored: Option<(Block, Value)>,
    /// Open-coded: how many defer statements are lowered so far (statements are lowered
    /// in source order and open-coded defers are never in loops, so no bit `>=` this can
    /// be set at the code being lowered).
    pub lowered: usize,
    /// Open-coded, in an exit sequence: the deferred call of defer `i` being emitted, at
    /// which only bits below `i` can still be set.
    pub exit_limit: Option<usize>,
    /// Records: the goroutine's defer chain head as an SSA variable. The goroutine's
    /// head word is written from it only before a call (every callee, and the runtime,
    /// read the chain there) and before a return, and read into it at entry and at the
    /// landing pad; a push between two calls touches only the record.
    pub head_var: Option<Variable>,
    /// The chain head last stored to the goroutine and the block of that store (as
    /// `bits_stored`).
    pub head_stored: Option<(Block, Value)>,
    /// Whether a call covered by the landing pad was emitted; when none was, the
    /// runtime never looks at the frame, and the entry's bookkeeping is removed.
    pub covered_calls: bool,
    /// Bookkeeping that only the runtime reads (the resume-line zeroing, code pointers
    /// of directly deferred functions): removed when no call is covered.
    pub runtime_only: Vec<Inst>,
    /// Open-coded: the closure slot of each defer.
    pub open_slots: Vec<StackSlot>,
    /// The exit being emitted is the landing pad's (traced code reports it).
    pub in_landing: bool,
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
            bits_var: None,
            bits_stored: None,
            head_var: None,
            head_stored: None,
            lowered: 0,
            exit_limit: None,
            covered_calls: false,
            runtime_only: Vec::new(),
            open_slots: Vec::new(),
            in_landing: false,
        }
    }

    /// Whether a call emitted now may be unwound through by a panic that a defer of this
    /// frame must see: with records, always; open-coded, when a bit can be set.
    pub fn call_is_covered(&self) -> bool {
        match self.frame {
            FrameDefers::None => false,
            FrameDefers::Records => true,
            FrameDefers::Open => self.lowered.min(self.exit_limit.unwrap_or(usize::MAX)) > 0,
        }
    }
}
