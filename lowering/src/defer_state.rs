//! The per-function state of the defer lowering (decisions, frame shape, slots, landing
//! block, chain head) and the Cranelift keys of the frame slots the runtime and the dump
//! find after compilation.

use crate::strategy::{DeferDecision, FrameDefers};
use cranelift_codegen::ir::{Block, StackSlot, Value};

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
    /// Open-coded: the closure slot of each defer.
    pub open_slots: Vec<StackSlot>,
    /// Records: the address of the goroutine's chain head and the base of the pool's
    /// free lists (from `rt_defer_state` at entry), and this frame's FP.
    pub chain: Option<(Value, Value, Value)>,
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
            chain: None,
        }
    }
}
