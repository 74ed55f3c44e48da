//! What the lowering hands over: per compiled function, its code size, call sites and
//! landing pads, frame slots (deferBits, closure slots, resume line, stack records), line
//! table, defer decisions and, for dumps, its text; per program, the module ids of the
//! functions, trampolines and globals.

use crate::defer_state::{DEFER_BITS_KEY, RESUME_LINE_KEY, STACK_RECORD_KEY};
use crate::ir;
use crate::strategy::{DeferDecision, DeferStrategy};
use cranelift_module::{DataId, FuncId};
use runtime::abi::CodeKind;
use runtime::registry::{CallSiteMeta, OpenDeferMeta};

/// Options of the lowering.
#[derive(Clone, Debug, Default)]
pub struct LowerOptions {
    /// The user's defer strategy (`Auto` = gc's rules).
    pub strategy: DeferStrategy,
    /// Keep the optimized CLIF text and machine code bytes of each function (for dumps).
    pub keep_text: bool,
    /// Loops poll for preemption whenever some checked function has a `go` statement.
    /// Without it they poll only when the user's package has one (or the file is a test
    /// file); a `go` statement of a library function that compiled code reaches then makes
    /// the lowering report [`LoweredProgram::goroutines_without_polls`], and the caller
    /// lowers again with this set. So a benchmark file, which imports package testing
    /// (whose `T.Run` starts goroutines) without running its tests, pays for no poll.
    pub assume_goroutines: bool,
    /// Compile for `deferjit trace`: defer statements and exits report to the runtime
    /// what untraced code does inline (`rt_trace_defer`, `rt_trace_defer_call`), and
    /// `recover()` always asks the runtime (`rt_trace_recover`). Off, the code is exactly
    /// the untraced code.
    pub trace: bool,
}

/// Where the lowering gets the runtime type descriptors the code embeds.
pub trait TypeDescSource {
    /// The address of the descriptor of `ty` (made on first request, with those of the
    /// types it mentions; owned by the caller for as long as the code lives).
    fn desc(&mut self, ty: &ir::Type) -> u64;
    /// The methods that the method tables of the descriptors made since the last call
    /// can hold: `(selector, wrapper, method)`. The lowering compiles the wrappers of the
    /// selectors that compiled code calls through interfaces (see `Shared::use_selector`)
    /// whose methods were checked (`Program::unchecked`); the other entries hold a
    /// stand-in that says the type has the method.
    fn take_vtable_funcs(&mut self) -> Vec<(u32, ir::FuncId, ir::FuncId)>;
}

/// One compiled function and what the runtime and the dump need about it.
#[derive(Clone, Debug)]
pub struct CompiledFunc {
    /// The function's id in the Cranelift module.
    pub id: FuncId,
    /// gc's name or the stub/thunk name.
    pub name: String,
    /// What kind of code this is (Go function, runtime stub, trampoline), for the runtime's frame walker.
    pub kind: CodeKind,
    /// The Go function it implements, if any.
    pub ir_func: Option<ir::FuncId>,
    /// Code size in bytes.
    pub size: u32,
    /// The function's call sites, sorted by return-address offset, with their landing pads.
    pub call_sites: Vec<CallSiteMeta>,
    /// The frame layout of its open-coded defers, if the function open-codes them.
    pub open_defers: Option<OpenDeferMeta>,
    /// Whether the function pushes `_defer` records (stack or heap) on the goroutine's chain.
    pub has_defer_records: bool,
    /// FP offset of the resume-line slot (functions with defers).
    pub resume_line_fp_offset: Option<i32>,
    /// Every frame slot the runtime or a reader of the code needs to find (deferBits, the
    /// resume line, open-coded closure slots, stack defer records), sorted by FP offset,
    /// from Cranelift's frame layout.
    pub frame_slots: Vec<FrameSlotMeta>,
    /// `(code offset, line)` sorted by offset.
    pub lines: Vec<(u32, u32)>,
    /// How the collector scans the function's frames, for a function compiled with
    /// stack maps (see [`crate::function::FnLowerer::lower_body`]).
    pub gc_frame: Option<runtime::abi::GcFrameMeta>,
    /// The defer decisions of a Go function (indexed like `Func::defers`).
    pub decisions: Vec<DeferDecision>,
    /// Optimized CLIF, when `keep_text`.
    pub clif: Option<String>,
    /// Machine code, when `keep_text`.
    pub code: Option<Vec<u8>>,
    /// Relocations of the machine code (call targets, code and data addresses), when
    /// `keep_text`.
    pub relocs: Vec<Reloc>,
    /// Every note the lowering attached to an instruction or block, when `keep_text`
    /// (some may be absent from `clif` when the optimizer removed their instruction).
    pub notes: Vec<String>,
}

/// What a keyed frame slot holds (see [`CompiledFunc::frame_slots`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameSlotKind {
    /// The one-byte deferBits mask of open-coded defers.
    DeferBits,
    /// The line of the call a recovered panic came through (written by the runtime).
    ResumeLine,
    /// The closure object of open-coded defer `i`.
    OpenClosure(usize),
    /// The stack-allocated `_defer` record of defer `i`.
    StackRecord(usize),
}

impl FrameSlotKind {
    /// What the stack slot with Cranelift key `key` holds (keys are given by the lowering:
    /// [`DEFER_BITS_KEY`], [`RESUME_LINE_KEY`], `i + 1` for closure slots,
    /// [`STACK_RECORD_KEY`]` + i` for stack records).
    pub fn from_key(key: u64) -> FrameSlotKind {
        match key {
            DEFER_BITS_KEY => FrameSlotKind::DeferBits,
            RESUME_LINE_KEY => FrameSlotKind::ResumeLine,
            k if k >= STACK_RECORD_KEY => {
                FrameSlotKind::StackRecord((k - STACK_RECORD_KEY) as usize)
            }
            k => FrameSlotKind::OpenClosure(k.saturating_sub(1) as usize),
        }
    }
}

/// A keyed frame slot: what it holds, where (`FP + fp_offset`), how many bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrameSlotMeta {
    /// What the slot holds.
    pub kind: FrameSlotKind,
    /// Offset of the slot's first byte from the frame pointer (negative).
    pub fp_offset: i32,
    /// Size of the slot in bytes.
    pub size: u32,
}

/// A relocation in a function's machine code: the patched bytes at `offset` refer to
/// the function or data object named `target` (gc's name, a runtime symbol, a stub).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reloc {
    /// Offset of the patched bytes from the start of the function's code.
    pub offset: u32,
    /// The referenced symbol's name.
    pub target: String,
}

/// The result of lowering a program.
pub struct LoweredProgram {
    /// Every compiled function: the Go functions (those of the user's file in `ir::FuncId`
    /// order, then the library functions they reach), then the stubs used and the
    /// trampolines.
    pub funcs: Vec<CompiledFunc>,
    /// The module function of each Go function, by `ir::FuncId` (`None`: a library
    /// function that nothing reaches, not compiled).
    pub go_funcs: Vec<Option<FuncId>>,
    /// `deferjit.entry0` / `deferjit.entry1`.
    pub entry0: FuncId,
    /// `deferjit.entry1`: the entry trampoline for a Go function of one argument (a benchmark's `*testing.B`).
    pub entry1: FuncId,
    /// `deferjit.calldeferred`.
    pub call_deferred: FuncId,
    /// `deferjit.callmethod`, through which the runtime calls `String`/`Error` methods.
    pub call_method: FuncId,
    /// The data object of each package-level variable, by `ir::GlobalId`, its size, and
    /// the pointer map the collector scans it through (`None`: it holds no pointers).
    pub globals: Vec<(DataId, usize, Option<DataId>)>,
    /// The word the stubs' stack check compares with (`abi::STACK_GUARD_SYMBOL`).
    pub stack_guard: DataId,
    /// The word loops poll for preemption (`abi::PREEMPT_SYMBOL`).
    pub preempt: DataId,
    /// Compiled code can start a goroutine, but its loops do not poll for preemption
    /// (see [`LowerOptions::assume_goroutines`]): the code must not be used.
    pub goroutines_without_polls: bool,
}
