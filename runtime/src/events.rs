//! The events of `deferjit trace` as data: what the runtime did (a defer registered or
//! run, a panic started, a frame walked, a recover, a resume), each with its goroutine and
//! a snapshot of its stack, in a buffer preallocated per run. The run state owns the
//! buffer; `tracer` fills it.

/// Why a deferred call ran.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeferCallCause {
    /// The function returned normally (gc's deferreturn, or an open-coded exit).
    Return,
    /// A panic's walk ran it.
    Panic,
    /// The frame resumed at its landing pad after a recovery runs its remaining defers.
    LandingPad,
    /// `runtime.Goexit` ran it.
    Goexit,
}

/// What `recover()` returned, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecoverVerdict {
    /// It stopped the panic and returned its value.
    Recovered,
    /// No panic was in flight: nil.
    NoPanic,
    /// The newest panic was already recovered: nil.
    AlreadyRecovered,
    /// `runtime.Goexit` is running the deferred calls (it cannot be recovered): nil.
    Goexit,
    /// The function calling recover was not called directly by the deferred call of the
    /// panic (it was called by one, or no deferred call of the panic is running): nil.
    NotDeferredCall,
    /// `defer recover()`: recover applies its rule to the function that executed the
    /// defer statement, which is not the panic's deferred call here: nil.
    DeferredRecover,
}

/// One thing the runtime did. Addresses: `pc` is a return address (or the landing pad)
/// in the function concerned, `fp` that function's frame pointer.
#[allow(missing_docs)] // each variant's doc describes its fields
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// A defer statement registered its call: defer `index` of the function (in source
    /// order); `record` is the address of its `_defer` record, 0 when open-coded.
    DeferRegistered {
        pc: usize,
        fp: usize,
        index: u32,
        record: usize,
    },
    /// A deferred call is about to run: open-coded defer `index` (`record` 0), or the
    /// record at `record` (`index` unknown: `u32::MAX`); `panic`: the panic (or Goexit)
    /// whose walk runs it, 0 at an exit.
    DeferCall {
        pc: usize,
        fp: usize,
        index: u32,
        record: usize,
        cause: DeferCallCause,
        panic: u32,
    },
    /// A function with defers returns, its deferred calls done (`landing`: from its
    /// landing pad, after a recovery).
    Return { pc: usize, fp: usize, landing: bool },
    /// `panic(v)` or a runtime error started panic number `panic` (numbered from 1 in
    /// the run) at `pc`; `value` indexes [`TraceBuffer::texts`]; `during`: the number of
    /// the newest panic already in flight (0 if none).
    Panic {
        panic: u32,
        pc: usize,
        fp: usize,
        value: u32,
        runtime_error: bool,
        during: u32,
    },
    /// `runtime.Goexit` started running the goroutine's deferred calls (as panic number
    /// `panic`, which nothing can recover).
    Goexit { panic: u32, pc: usize, fp: usize },
    /// The walk of `panic` reached the frame `fp`, whose active call returns to `pc`,
    /// with `bits` (its deferBits, open-coded frames) and `records` (its `_defer` records
    /// on the chain) pending.
    WalkFrame {
        panic: u32,
        pc: usize,
        fp: usize,
        bits: u8,
        records: u32,
    },
    /// `panic` reached a deferred call of the older panic `aborted`, which it aborts; its
    /// walk continues where that one was.
    Aborted { panic: u32, aborted: u32 },
    /// `recover()` was called by the function at `pc`/`fp`; `panic` is the newest panic
    /// then (0 if none).
    Recover {
        pc: usize,
        fp: usize,
        verdict: RecoverVerdict,
        panic: u32,
    },
    /// After `panic` was recovered, the frame `fp` resumes at the landing pad `pc` with
    /// SP = `sp`.
    Resume {
        panic: u32,
        pc: usize,
        sp: usize,
        fp: usize,
    },
    /// Nothing recovered `panic`: the run ends with Go's fatal panic text.
    Fatal { panic: u32 },
    /// `runtime.Goexit` ran all the goroutine's deferred calls; the goroutine ends.
    GoexitDone { panic: u32 },
}

/// An event with its order, goroutine and stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TraceRecord {
    /// The goroutine's id (1 for main).
    pub goroutine: u64,
    /// What happened.
    pub event: Event,
    /// The goroutine's Go frames at that moment: `frames[stack.0..stack.1]` of the
    /// buffer, innermost first (at most `tracer::MAX_STACK` of them, and none once the
    /// buffer's frame budget is spent).
    pub stack: (u32, u32),
    /// The goroutine had more Go frames than `stack` holds.
    pub truncated: bool,
}

/// The events of one run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TraceBuffer {
    /// The events, in the order they happened.
    pub records: Vec<TraceRecord>,
    /// The frames of every record's stack, `(fp, pc)`.
    pub frames: Vec<(usize, usize)>,
    /// Panic values as text (Go's `panic:` text for values that need no method call; a
    /// type name otherwise, as tracing never calls Go code).
    pub texts: Vec<String>,
    /// Events not stored because the buffer was full.
    pub dropped: u64,
    pub(crate) capacity: usize,
    /// `(panic allocation, number)` for the panics in flight (allocations are reused).
    pub(crate) panic_numbers: Vec<(usize, u32)>,
    pub(crate) next_panic: u32,
}

impl TraceBuffer {
    /// A buffer that stores up to `capacity` events (allocated now).
    pub fn with_capacity(capacity: usize) -> TraceBuffer {
        TraceBuffer {
            records: Vec::with_capacity(capacity),
            frames: Vec::with_capacity(capacity.saturating_mul(8).min(1 << 22)),
            capacity,
            ..TraceBuffer::default()
        }
    }

    /// The stack of `r`, innermost first.
    pub fn stack_of(&self, r: &TraceRecord) -> &[(usize, usize)] {
        &self.frames[r.stack.0 as usize..r.stack.1 as usize]
    }
}
