//! The contract between generated code and the runtime: value layouts, the `_defer`
//! record, the closure object, and the table of runtime entry points with their signatures.
//!
//! Everything here is defined once and used by both sides: the `lowering` crate reads the
//! offsets and the [`RUNTIME_FUNCTIONS`] table to emit code; the runtime implements the
//! functions and interprets the records.
//!
//! # Value representation (one Cranelift value per word)
//!
//! | Go type        | words                                   |
//! |----------------|-----------------------------------------|
//! | `int`          | `i64`                                   |
//! | `bool`         | `i8` in generated code, `i64` (0/1) when passed to the runtime |
//! | `string`       | `ptr: i64, len: i64`                    |
//! | `[]T`          | `ptr: i64, len: i64, cap: i64`          |
//! | `any`, `error` | `type: i64` (`*const TypeDesc`, 0 = nil), `data: i64` |
//! | func value     | `i64`, pointer to a closure object, 0 = nil |
//! | `*testing.B`   | `i64`, pointer to [`BenchState`]        |
//!
//! Interface data words: `int` and `bool` hold the value itself; every other dynamic type
//! holds a pointer to an arena copy of the value (a string is boxed as `[ptr, len]`, a
//! slice as `[ptr, len, cap]`, an error made by `errors.New` or by the runtime is a pointer
//! to a boxed message string; a func value is the closure pointer itself).
//!
//! # Calling convention
//!
//! Every compiled Go function, closure and defer wrapper uses the lowering's Go calling
//! convention (Cranelift's `winch` on x64: no callee-saved registers, as in Go's
//! ABIInternal; the last result word in RAX, the others in a return area) and takes a
//! hidden first parameter: the closure object pointer (0 for a direct call of a top-level
//! function). Results come back as multiple return values.
//!
//! The current goroutine is in Cranelift's pinned register (R15 on x64; gc keeps `g` in
//! R14), which no generated code allocates. The entry trampolines and the deferred-call
//! thunk set it from their `g` argument and give the host its value back (SystemV
//! preserves R15); every resume of generated code sets it ([`crate::arch::Resume::g`]). Generated
//! code reads the goroutine's first fields at [`G_DEFER_HEAD_OFFSET`],
//! [`G_PANIC_HEAD_OFFSET`] and [`G_POOL_LISTS_OFFSET`].
//!
//! Runtime functions are `extern "C"` (SystemV). Generated code reaches every one of them
//! through a JIT-compiled stub (`<name>.stub`) that passes its frame pointer as the first
//! argument: the stub's return address is then a real call site of the Go function (which
//! `try_call` covers with the function's landing pad when the entry `may_panic`), and the
//! runtime can walk the Go frames from there (traces of fatal errors).
//!
//! # The stack check
//!
//! Rust runtime code never overflows the stack: every stub first compares its stack
//! pointer with the word at [`STACK_GUARD_SYMBOL`] (one `cmp` and a branch not taken), which
//! the run keeps at the low end of its stack plus [`STACK_RESERVE`], room enough for any
//! runtime entry. Below it the stub calls [`MORESTACK`] (`rt_morestack(stub_fp)`), which
//! reports Go's `fatal error: stack overflow` there, with the reserve still free.

/// Closure object: `[code pointer][environment ...]`. The code is called with the closure
/// pointer as its hidden first argument.
pub const CLOSURE_CODE_OFFSET: i32 = 0;
/// Offset of the first environment slot in a closure object.
pub const CLOSURE_ENV_OFFSET: i32 = 8;

/// A `_defer` record, the unit of the stack- and heap-allocated strategies. The closure
/// object of the deferred call follows the header inline, at [`DEFER_CLOSURE_OFFSET`].
///
/// Stack records live in a stack slot of the deferring frame (size
/// `DEFER_CLOSURE_OFFSET + closure size`); heap records come from the goroutine's pool
/// through [`rt_defer_refill`](RUNTIME_FUNCTIONS). Both are linked on the goroutine's
/// chain (inline, by generated code), newest first.
#[repr(C)]
pub struct DeferRecord {
    /// The next older record on the goroutine's chain.
    pub link: *mut DeferRecord,
    /// The frame pointer of the function that executed the `defer` statement.
    pub frame_fp: usize,
    /// 0 for a stack record; for a heap record, the pool size class + 1.
    pub heap_class: u32,
    /// Size in bytes of the inline closure object.
    pub closure_size: u32,
}

/// Offset of [`DeferRecord::link`].
pub const DEFER_LINK_OFFSET: i32 = 0;
/// Offset of [`DeferRecord::frame_fp`].
pub const DEFER_FRAME_FP_OFFSET: i32 = 8;
/// Offset of [`DeferRecord::heap_class`].
pub const DEFER_HEAP_CLASS_OFFSET: i32 = 16;
/// Offset of [`DeferRecord::closure_size`].
pub const DEFER_CLOSURE_SIZE_OFFSET: i32 = 20;
/// Offset of the inline closure object.
pub const DEFER_CLOSURE_OFFSET: i32 = 24;

const _: () = {
    assert!(std::mem::offset_of!(DeferRecord, link) == DEFER_LINK_OFFSET as usize);
    assert!(std::mem::offset_of!(DeferRecord, frame_fp) == DEFER_FRAME_FP_OFFSET as usize);
    assert!(std::mem::offset_of!(DeferRecord, heap_class) == DEFER_HEAP_CLASS_OFFSET as usize);
    assert!(std::mem::offset_of!(DeferRecord, closure_size) == DEFER_CLOSURE_SIZE_OFFSET as usize);
    assert!(std::mem::size_of::<DeferRecord>() == DEFER_CLOSURE_OFFSET as usize);
    assert!((DEFER_CLOSURE_OFFSET as usize).is_multiple_of(8));
};

/// Where generated code finds the goroutine: its address is in the pinned register
/// (Cranelift's `get_pinned_reg`; R15 on x64), set by the entry trampoline, the
/// deferred-call thunk and every resume. These fields are at fixed offsets (checked
/// against `goroutine::Goroutine`): the defer chain's head (`*mut DeferRecord`)...
pub const G_DEFER_HEAD_OFFSET: i32 = 0;
/// ...the newest panic (`*mut Panic`, null when none is in flight: `recover()`'s fast path)...
pub const G_PANIC_HEAD_OFFSET: i32 = 8;
/// ...and the defer pool's free-list heads, inline: [`DEFER_POOL_CLASSES`] words, the head
/// of size class `c` at `G_POOL_LISTS_OFFSET + c * DEFER_POOL_HEAD_SIZE`.
pub const G_POOL_LISTS_OFFSET: i32 = 16;
/// Where `recover()`'s inline fast path finds, in the newest `_panic`
/// (`goroutine::Panic`, checked there), the panic value's type word...
pub const PANIC_TYP_OFFSET: i32 = 8;
/// ...its data word...
pub const PANIC_DATA_OFFSET: i32 = 16;
/// ...the FP of the deferred-call thunk while one of the panic's deferred calls runs (0
/// otherwise): `recover()` recovers when its function's caller is that frame...
pub const PANIC_THUNK_FP_OFFSET: i32 = 40;
/// ...and the one-byte `recovered` flag, which it sets.
pub const PANIC_RECOVERED_OFFSET: i32 = 48;
/// The defer pool's free lists, as generated code pops them: an array of
/// [`DEFER_POOL_CLASSES`] heads (`*mut DeferRecord`, linked through
/// [`DeferRecord::link`]), one per size class; the head of class `c` is at byte offset
/// `c * DEFER_POOL_HEAD_SIZE` from [`G_POOL_LISTS_OFFSET`] in the goroutine.
pub const DEFER_POOL_HEAD_SIZE: usize = std::mem::size_of::<*mut DeferRecord>();
/// Classes `0..DEFER_POOL_SMALL_CLASSES` are [`DEFER_POOL_STEP`]-byte steps of the record
/// size; larger records use power-of-two classes above that.
pub const DEFER_POOL_SMALL_CLASSES: usize = 128;
/// Bytes between the record sizes of two successive small size classes.
pub const DEFER_POOL_STEP: usize = 16;
/// Number of size classes (and of free-list heads).
pub const DEFER_POOL_CLASSES: usize = DEFER_POOL_SMALL_CLASSES + 64;

const _: () = assert!(DEFER_POOL_HEAD_SIZE == 8);

/// Size class of a heap record with a closure of `closure_size` bytes, and the class's
/// record size (shared by the pool and the lowering's inline free-list pop).
pub const fn defer_size_class(closure_size: usize) -> (usize, usize) {
    let total = DEFER_CLOSURE_OFFSET as usize + closure_size;
    if total <= DEFER_POOL_SMALL_CLASSES * DEFER_POOL_STEP {
        let c = total.div_ceil(DEFER_POOL_STEP);
        let c = if c == 0 { 0 } else { c - 1 };
        (c, (c + 1) * DEFER_POOL_STEP)
    } else {
        let k = total.next_power_of_two().trailing_zeros() as usize;
        (DEFER_POOL_SMALL_CLASSES + k, 1usize << k)
    }
}

/// The size in bytes of the heap records of pool size class `class` (the inverse of
/// [`defer_size_class`]).
pub const fn defer_class_size(class: usize) -> usize {
    if class < DEFER_POOL_SMALL_CLASSES {
        (class + 1) * DEFER_POOL_STEP
    } else {
        1usize << (class - DEFER_POOL_SMALL_CLASSES)
    }
}

const _: () = {
    assert!(defer_class_size(defer_size_class(8).0) == defer_size_class(8).1);
    assert!(defer_class_size(defer_size_class(1000).0) == defer_size_class(1000).1);
};

/// Sizes in bytes of Go values in memory (amd64), shared by the lowering's layouts and the
/// runtime's type descriptors.
pub const INT_SIZE: u32 = 8;
/// `bool`: one byte.
pub const BOOL_SIZE: u32 = 1;
/// A pointer, or a func value (a closure pointer).
pub const POINTER_SIZE: u32 = 8;
/// `string`: `[ptr, len]`.
pub const STRING_SIZE: u32 = 16;
/// Interfaces (`any`, `error`): `[type, data]`.
pub const IFACE_SIZE: u32 = 16;
/// `[]T`: `[ptr, len, cap]`.
pub const SLICE_SIZE: u32 = 24;
/// A func value: a pointer to its closure object.
pub const FUNC_SIZE: u32 = 8;

/// What `*testing.B` points to: `b.N`, and the benchmark's timer and settings, which
/// the runtime's entries for `b.ResetTimer` and the like change (see `benchtimer`).
#[repr(C)]
pub struct BenchState {
    /// `b.N`
    pub n: i64,
    /// 1 while the timer runs (`StopTimer` stops it, `StartTimer` starts it again).
    pub timer_on: i64,
    /// The monotonic clock (ns) when the timer last started.
    pub start_ns: i64,
    /// Time measured while the timer ran, up to `start_ns`.
    pub elapsed_ns: i64,
    /// The run's allocation counters (bytes, objects) when the timer last started...
    pub alloc_start: [u64; 2],
    /// ...and what was allocated while it ran, up to then.
    pub allocated: [u64; 2],
    /// `b.SetBytes(n)`: bytes processed per iteration (MB/s is reported).
    pub bytes: i64,
    /// `b.ReportAllocs()` was called (B/op and allocs/op are reported).
    pub report_allocs: i64,
}

/// Offset of [`BenchState::n`].
pub const BENCH_N_OFFSET: i32 = 0;

const _: () = assert!(std::mem::offset_of!(BenchState, n) == BENCH_N_OFFSET as usize);

/// One call site of a compiled function, as the lowering records it for the runtime.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallSiteMeta {
    /// Offset of the return address from the function start.
    pub ret_offset: u32,
    /// FP minus SP at the call (Cranelift's `frame_offset`): the handler runs with
    /// `SP = FP - frame_offset`.
    pub frame_offset: Option<u32>,
    /// Offset of the exception handler (the landing pad) from the function start, for a
    /// `try_call`; `None` for a plain call.
    pub handler: Option<u32>,
    /// In a function compiled with stack maps ([`GcFrameMeta`]): the FP offsets of the
    /// words that hold the values live across this call (Cranelift's user stack map),
    /// which the collector scans instead of the frame's spill slots.
    pub live: Vec<i32>,
}

/// What the collector reads of a frame of a Go function compiled with stack maps: every
/// 64-bit value live across a call is in a stack-map slot listed by the call site
/// ([`CallSiteMeta::live`]), so the rest of the frame's spill slots, which may hold stale
/// copies of pointers the program dropped, are not scanned. The parts below are scanned
/// conservatively.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GcFrameMeta {
    /// The lowering's own stack slots (address-taken variables, defer records, call
    /// temporaries): `(FP offset, size)`.
    pub slots: Vec<(i32, u32)>,
    /// Bytes of outgoing call arguments at the bottom of the frame (at SP).
    pub outgoing: u32,
    /// Bytes of saved callee-saved registers just below FP (the caller's values).
    pub clobbers: u32,
    /// FP minus SP in the function's body (the same at every call).
    pub frame_size: u32,
}

/// Frame layout of a function with open-coded defers, as offsets from its frame pointer
/// (slot address = FP + offset; the offsets are negative).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenDeferMeta {
    /// The one-byte deferBits slot.
    pub bits_fp_offset: i32,
    /// The inline closure object of defer `i` (bit `i`).
    pub closure_fp_offsets: Vec<i32>,
}

/// Machine type of a runtime function's parameter or result (all 64-bit).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    /// A 64-bit integer or address.
    I64,
}

/// One runtime entry point.
#[derive(Clone, Copy, Debug)]
pub struct RuntimeFunction {
    /// The symbol name the generated code imports.
    pub name: &'static str,
    /// Parameters, not counting the leading stub frame pointer (every function with a stub).
    pub params: &'static [Word],
    /// Results (at most two, in the two SystemV return registers).
    pub results: &'static [Word],
    /// Can panic: calls of its stub are `try_call`s covered by the landing pad.
    pub may_panic: bool,
    /// Never returns (panics, exits).
    pub no_return: bool,
}

/// Entries that generated code calls only on a cold path inside hot code (a defer
/// record when the pool's free list is empty): their stubs use the `preserve_all`
/// convention. They cannot panic (a `try_call` clobbers every register anyway) and
/// return nothing (Cranelift's `preserve_all` has no return values).
pub const PRESERVE_ALL_ENTRIES: &[&str] = &["rt_defer_refill"];

impl RuntimeFunction {
    /// Whether its stub preserves every register (see [`PRESERVE_ALL_ENTRIES`]).
    pub fn preserves_all(&self) -> bool {
        PRESERVE_ALL_ENTRIES.contains(&self.name)
    }
}

/// Name of the data word (one per compiled program) that every stub compares its stack
/// pointer with: the run writes its stack's low end plus [`STACK_RESERVE`] there before
/// it calls generated code (runs of one program take turns; a word left over from another
/// thread only sends the stub to [`MORESTACK`], which checks the real bound).
pub const STACK_GUARD_SYMBOL: &str = "deferjit.stack_guard";

/// The symbol of a program's preemption word: nonzero asks the goroutine running a loop
/// to yield. A program that can start goroutines polls it at every loop's back edge
/// (one load and a branch not taken) and calls `rt_preempt` when it is set; the
/// runtime's ticker sets it every [`crate::sched::PREEMPT_PERIOD`] while the run has
/// goroutines, as gc's sysmon asks a goroutine that ran 10 ms to yield.
pub const PREEMPT_SYMBOL: &str = "deferjit.preempt";

/// Stack every runtime entry may use below its stub: the stack check fires this far above
/// the end of the usable stack. Generous: the deepest entries (a fatal panic's trace, the
/// allocator underneath formatting) use a few kilobytes.
pub const STACK_RESERVE: usize = 256 * 1024;

/// The exported symbol of the runtime's `rt_morestack`, which the arch layer's
/// register-preserving trampoline calls (an arch file imports no runtime module).
pub const MORESTACK_SLOW_PATH_SYMBOL: &str = "deferjit_rt_morestack";

/// `rt_morestack(stub_fp)`: called by a stub whose stack pointer is below the guard word,
/// with Cranelift's `preserve_all` convention (the stub's arguments stay in their
/// registers, so the fast path saves nothing); returns when the stack is in fact fine (a
/// stale word), otherwise ends the run with Go's `fatal error: stack overflow`.
pub const MORESTACK: RuntimeFunction = RuntimeFunction {
    name: "rt_morestack",
    params: &[],
    results: &[],
    may_panic: false,
    no_return: false,
};

const W: Word = Word::I64;

macro_rules! rtfn {
    ($name:literal, [$($p:expr),*], [$($r:expr),*], $may_panic:expr, $no_return:expr) => {
        RuntimeFunction {
            name: $name,
            params: &[$($p),*],
            results: &[$($r),*],
            may_panic: $may_panic,
            no_return: $no_return,
        }
    };
}

/// A pointer map: which words of a value of one Go type may hold pointers, as the
/// collector reads them when it scans a heap object (gc's `ptrdata` and GC bitmap). The
/// lowering computes it from the type and emits it as read-only data ([`PtrMap::encode`]);
/// `rt_alloc`, `rt_append`, `rt_make_slice` and `rt_map_new` receive its address.
///
/// An object allocated with a map is an array of `size`-byte elements (one element for a
/// single value): element `e`'s word `i` is scanned when bit `i` is set, for `i < words`.
/// The bits follow the header, `words.div_ceil(64)` little-endian 64-bit words.
#[repr(C)]
#[derive(Debug)]
pub struct PtrMap {
    /// Bytes of one element (a multiple of 8 when `words` > 0).
    pub size: u64,
    /// Words of an element that may hold pointers: those below the last pointer word, or
    /// [`PtrMap::CONSERVATIVE`]: every word of the object is scanned (a type too big to
    /// describe word by word).
    pub words: u64,
    /// The bits: `words.div_ceil(64)` of them follow (read with [`PtrMap::bits`] or
    /// [`PtrMap::for_each_pointer_word`]).
    bits: [u64; 0],
}

impl PtrMap {
    /// [`PtrMap::words`] of a map that asks for every word to be scanned.
    pub const CONSERVATIVE: u64 = u64::MAX;

    /// The bytes of a map for elements of `size` bytes with pointer words `bits` (bit `i`
    /// of `bits[i / 64]`: word `i`), `words` long (or [`PtrMap::CONSERVATIVE`], no bits).
    pub fn encode(size: u64, words: u64, bits: &[u64]) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + bits.len() * 8);
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&words.to_le_bytes());
        for b in bits {
            out.extend_from_slice(&b.to_le_bytes());
        }
        out
    }

    /// The bit words of the map at `map` (empty for a conservative map).
    ///
    /// # Safety
    /// `map` must point to a map followed by its `words.div_ceil(64)` bit words (the
    /// layout [`PtrMap::encode`] writes and [`StaticPtrMap`] keeps), live
    /// for `'a`, through a pointer whose provenance covers them.
    pub unsafe fn bits<'a>(map: *const PtrMap) -> &'a [u64] {
        // SAFETY: the caller's contract.
        unsafe {
            let words = (*map).words;
            if words == Self::CONSERVATIVE {
                return &[];
            }
            let n = words.div_ceil(64) as usize;
            std::slice::from_raw_parts((map as *const u64).add(2), n)
        }
    }

    /// Calls `f` with the index of each word that may hold a pointer in an object of `n`
    /// words made of the map's elements (as many as begin in it), in increasing order.
    /// Not for a conservative map.
    ///
    /// # Safety
    /// As [`PtrMap::bits`].
    #[inline]
    pub unsafe fn for_each_pointer_word(map: *const PtrMap, n: usize, mut f: impl FnMut(usize)) {
        // SAFETY: the caller's contract.
        let (esize, bits) = unsafe { ((*map).size as usize / 8, PtrMap::bits(map)) };
        let mut e = 0;
        while e < n {
            for (j, &w) in bits.iter().enumerate() {
                let mut w = w;
                while w != 0 {
                    let i = e + j * 64 + w.trailing_zeros() as usize;
                    if i >= n {
                        break;
                    }
                    f(i);
                    w &= w - 1;
                }
            }
            if esize == 0 {
                break;
            }
            e += esize;
        }
    }
}

/// A pointer map of a fixed number of bit words, for the runtime's own objects.
#[repr(C)]
pub struct StaticPtrMap<const N: usize> {
    /// The header.
    pub map: PtrMap,
    /// Its bits.
    pub bits: [u64; N],
}

impl<const N: usize> StaticPtrMap<N> {
    /// The map of `size`-byte elements with pointer words `bits`, `words` long.
    pub const fn new(size: u64, words: u64, bits: [u64; N]) -> Self {
        StaticPtrMap {
            map: PtrMap {
                size,
                words,
                bits: [],
            },
            bits,
        }
    }

    /// The map, through a pointer whose provenance covers its bits.
    pub const fn as_ptr(&self) -> *const PtrMap {
        self as *const Self as *const PtrMap
    }
}

/// The map of `int` elements (no pointers), for the runtime's tests.
pub static INTS: StaticPtrMap<0> = StaticPtrMap::new(8, 0, []);

/// The map of a box holding one pointer-first value, as a string's `[ptr, len]` boxed in
/// an interface: word 0 is a pointer.
pub static POINTER_FIRST: StaticPtrMap<1> = StaticPtrMap::new(16, 1, [1]);

/// Every runtime entry point the generated code may call. Parameter lists exclude the
/// stub frame pointer that every function with a stub receives first.
pub const RUNTIME_FUNCTIONS: &[RuntimeFunction] = &[
    // --- memory ---
    // rt_alloc(size, ptr_map) -> zeroed heap memory, 8-aligned, for an object with
    // pointers: an array of the map's elements (see `PtrMap`).
    rtfn!("rt_alloc", [W, W], [W], false, false),
    // rt_alloc_noscan(size) -> the same, for an object without pointers.
    rtfn!("rt_alloc_noscan", [W], [W], false, false),
    // --- printing (println/print to stderr) ---
    rtfn!("rt_print_int", [W], [], false, false),
    rtfn!("rt_print_uint", [W], [], false, false),
    // rt_print_float(bits of a float64)
    rtfn!("rt_print_float", [W], [], false, false),
    // rt_print_complex(bits of the real part, bits of the imaginary part), float64s
    rtfn!("rt_print_complex", [W, W], [], false, false),
    rtfn!("rt_print_bool", [W], [], false, false),
    rtfn!("rt_print_string", [W, W], [], false, false),
    // interface: Go's println prints "(0x<type>,0x<data>)"
    rtfn!("rt_print_iface", [W, W], [], false, false),
    // slice: Go's println prints "[len/cap]0x<ptr>"
    rtfn!("rt_print_slice", [W, W, W], [], false, false),
    // func value: Go's println prints "0x<ptr>"
    rtfn!("rt_print_pointer", [W], [], false, false),
    rtfn!("rt_print_space", [], [], false, false),
    rtfn!("rt_print_nl", [], [], false, false),
    // rt_fmt_print(args: *const [type, data], n, newline) : fmt.Println (newline=1) / fmt.Print
    rtfn!("rt_fmt_print", [W, W, W], [], false, false),
    // rt_fmt_sprint(args, n, newline) -> (ptr, len): fmt.Sprintln (newline=1) / fmt.Sprint
    rtfn!("rt_fmt_sprint", [W, W, W], [W, W], false, false),
    // rt_fmt_sprintf(fptr, flen, args, n) -> (ptr, len): fmt.Sprintf
    rtfn!("rt_fmt_sprintf", [W, W, W, W], [W, W], false, false),
    // rt_fmt_printf(fptr, flen, args, n) -> bytes written: fmt.Printf (to stdout)
    rtfn!("rt_fmt_printf", [W, W, W, W], [W], false, false),
    // rt_fmt_errorf(fptr, flen, args, n) -> (type, data) of a new *errors.errorString
    rtfn!("rt_fmt_errorf", [W, W, W, W], [W, W], false, false),
    // --- strings ---
    // rt_concat(aptr, alen, bptr, blen) -> (ptr, len) in the arena
    rtfn!("rt_concat", [W, W, W, W], [W, W], false, false),
    // rt_str_cmp(aptr, alen, bptr, blen) -> -1, 0, 1 (bytewise)
    rtfn!("rt_str_cmp", [W, W, W, W], [W], false, false),
    // --- complex numbers ---
    // rt_complex128div(a, b, c, d) -> (e, f): (a+bi)/(c+di), all float64 bits
    rtfn!("rt_complex128div", [W, W, W, W], [W, W], false, false),
    // --- slices ---
    // rt_append(out: *mut [ptr, len, cap], ptr, len, cap, src, n, elem_map): appends n
    // elements copied from src, growing as Go does; elem_map: the elements' `PtrMap`.
    rtfn!("rt_append", [W, W, W, W, W, W, W], [], true, false),
    // rt_make_slice(len, cap, elem_map) -> ptr; panics "makeslice: len out of range" /
    // "makeslice: cap out of range".
    rtfn!("rt_make_slice", [W, W, W], [W], true, false),
    // --- interfaces and errors ---
    // rt_iface_eq(t1, d1, t2, d2) -> 0/1, Go's == on interface values; panics on
    // uncomparable dynamic types ("comparing uncomparable type []int").
    rtfn!("rt_iface_eq", [W, W, W, W], [W], true, false),
    // rt_errors_new(ptr, len) -> (type, data) of a new *errors.errorString
    rtfn!("rt_errors_new", [W, W], [W, W], false, false),
    // rt_error_string(type, data) -> (ptr, len): err.Error(); nil panics (nil deref)
    rtfn!("rt_error_string", [W, W], [W, W], true, false),
    // rt_assert_error(type, data) -> (type, data): x.(error); returns (0, 0) when the
    // dynamic type does not implement error (the caller panics or sets ok=false).
    rtfn!("rt_assert_error", [W, W], [W, W], false, false),
    // --- panics ---
    // rt_gopanic(type, data): panic(v); panic(nil) becomes *runtime.PanicNilError.
    rtfn!("rt_gopanic", [W, W], [], true, true),
    rtfn!("rt_panic_divide", [], [], true, true),
    // rt_panic_index(index, len, unsigned)
    rtfn!("rt_panic_index", [W, W, W], [], true, true),
    rtfn!("rt_panic_shift", [], [], true, true),
    // nil func call, Error() on nil error
    rtfn!("rt_panic_nil_deref", [W], [], true, true),
    // rt_panic_assert(have_type, want_type, source_type): failed x.(T); `want_type` is
    // the descriptor of T (the error descriptor for `error`).
    rtfn!("rt_panic_assert", [W, W, W], [], true, true),
    // rt_panic_wrap(ptr, len): a value method called through a nil *T in an interface
    rtfn!("rt_panic_wrap", [W, W], [], true, true),
    // rt_panic_slice(code, x, y): a slice expression's bounds (gc's boundsErrorCode)
    rtfn!("rt_panic_slice", [W, W, W], [], true, true),
    // rt_copy(dst, src, n, elem_size) -> n: copy(dst, src); see slices.rs
    rtfn!("rt_copy", [W, W, W, W], [W], false, false),
    // rt_clear(ptr, nbytes): clear(s) of a slice
    rtfn!("rt_clear", [W, W], [], false, false),
    // maps (see maps.rs): new(key_type, val_type, entry_ptr_map), access/assign/delete(map, key_ptr),
    // clear(map), len(map), next(map, i) -> (next, entry)
    rtfn!("rt_map_new", [W, W, W], [W], false, false),
    // strings as UTF-8 (see runes.rs)
    rtfn!("rt_decode_rune", [W, W, W], [W, W], false, false),
    rtfn!("rt_string_from_rune", [W], [W, W], false, false),
    rtfn!("rt_string_from_bytes", [W, W], [W, W], false, false),
    rtfn!("rt_bytes_from_string", [W, W], [W], false, false),
    rtfn!("rt_runes_from_string", [W, W], [W, W], false, false),
    rtfn!("rt_string_from_runes", [W, W], [W, W], false, false),
    rtfn!("rt_map_access", [W, W], [W], true, false),
    rtfn!("rt_map_assign", [W, W], [W], true, false),
    rtfn!("rt_map_delete", [W, W], [], true, false),
    rtfn!("rt_map_clear", [W], [], false, false),
    rtfn!("rt_map_len", [W], [W], false, false),
    rtfn!("rt_map_next", [W, W, W], [W, W], false, false),
    rtfn!("rt_map_end", [W], [W], false, false),
    // rt_gorecover() -> (type, data) or (0, 0)
    rtfn!("rt_gorecover", [], [W, W], true, false),
    // rt_gorecover_deferring() -> (type, data) or (0, 0): the call in the wrapper of
    // `defer recover()`, which applies gorecover's rule to the function that executed
    // the defer statement (the wrapper's caller) rather than to the wrapper.
    rtfn!("rt_gorecover_deferring", [], [W, W], true, false),
    // rt_os_exit(code): ends the run at once with that status.
    rtfn!("rt_os_exit", [W], [], true, true),
    // rt_panic_unsafe(code): a bad unsafe.String or unsafe.Slice call.
    rtfn!("rt_panic_unsafe", [W], [], true, true),
    // rt_num_cpu() -> runtime.NumCPU()
    rtfn!("rt_num_cpu", [], [W], false, false),
    // rt_gomaxprocs(n) -> the previous setting (n < 1 only reads it)
    rtfn!("rt_gomaxprocs", [W], [W], false, false),
    // --- defer records ---
    // rt_defer_refill(closure_size): a new heap record on the free list of its size class
    // (called when that list is empty; generated code then pops it); `preserve_all` stub
    rtfn!("rt_defer_refill", [W], [], false, false),
    // --- tracing (only code compiled for `deferjit trace` calls these; see tracer.rs) ---
    // rt_trace_defer(index, record): defer statement `index` registered its call
    rtfn!("rt_trace_defer", [W, W], [], false, false),
    // rt_trace_defer_call(index, record, landing): an exit is about to run a deferred call
    rtfn!("rt_trace_defer_call", [W, W, W], [], false, false),
    // rt_trace_return(landing): a function with defers returns, its deferred calls done
    rtfn!("rt_trace_return", [W], [], false, false),
    // rt_trace_recover() -> (type, data) or (0, 0): recover(), recorded
    rtfn!("rt_trace_recover", [], [W, W], true, false),
    // === the standard library's entries (bodyless functions of lib/), by symbol ===
    // --- package unicode (the bodyless functions of lib/unicode: rune -> answer) ---
    rtfn!("unicode.IsLetter", [W], [W], false, false),
    rtfn!("unicode.IsUpper", [W], [W], false, false),
    rtfn!("unicode.IsLower", [W], [W], false, false),
    rtfn!("unicode.IsTitle", [W], [W], false, false),
    rtfn!("unicode.IsDigit", [W], [W], false, false),
    rtfn!("unicode.IsNumber", [W], [W], false, false),
    rtfn!("unicode.IsPunct", [W], [W], false, false),
    rtfn!("unicode.IsSymbol", [W], [W], false, false),
    rtfn!("unicode.IsMark", [W], [W], false, false),
    rtfn!("unicode.IsControl", [W], [W], false, false),
    rtfn!("unicode.IsSpace", [W], [W], false, false),
    rtfn!("unicode.IsPrint", [W], [W], false, false),
    rtfn!("unicode.IsGraphic", [W], [W], false, false),
    rtfn!("unicode.ToUpper", [W], [W], false, false),
    rtfn!("unicode.ToLower", [W], [W], false, false),
    rtfn!("unicode.ToTitle", [W], [W], false, false),
    rtfn!("unicode.SimpleFold", [W], [W], false, false),
    // unicode.loadTable(id, *RangeTable): fills the table in from the runtime's data
    rtfn!("unicode.loadTable", [W, W], [], false, false),
    // --- package strconv ---
    rtfn!("strconv.IsPrint", [W], [W], false, false),
    rtfn!("strconv.IsGraphic", [W], [W], false, false),
    // strconv.formatFloat(bits, fmt, prec, bitSize) -> string
    rtfn!("strconv.formatFloat", [W, W, W, W], [W, W], false, false),
    // strconv.parseFloat(ptr, len, bitSize) -> (bits, in range)
    rtfn!("strconv.parseFloat", [W, W, W], [W, W], false, false),
    // --- package errors: comparable(any), targetState(any), assignTo(error, any) ---
    // errors.New(text) -> error: the runtime's *errors.errorString (as rt_errors_new)
    rtfn!("errors.New", [W, W], [W, W], false, false),
    rtfn!("errors.comparable", [W, W], [W], false, false),
    rtfn!("errors.targetState", [W, W], [W], false, false),
    rtfn!("errors.assignTo", [W, W, W, W], [W], false, false),
    // --- package math (float64 bits in, bits out) ---
    rtfn!("math.Sqrt", [W], [W], false, false),
    rtfn!("math.Floor", [W], [W], false, false),
    rtfn!("math.Ceil", [W], [W], false, false),
    rtfn!("math.Trunc", [W], [W], false, false),
    rtfn!("math.Round", [W], [W], false, false),
    rtfn!("math.RoundToEven", [W], [W], false, false),
    rtfn!("math.Mod", [W, W], [W], false, false),
    // --- package sort's reflection: kindOf(any) string, lenOf(any), elemSize(any) ---
    rtfn!("sort.kindOf", [W, W], [W, W], false, false),
    rtfn!("sort.lenOf", [W, W], [W], false, false),
    rtfn!("sort.elemSize", [W, W], [W], false, false),
    // math/bits.overflowError() -> error: runtime error "integer overflow"
    rtfn!("math/bits.overflowError", [], [W, W], false, false),
    // fmt.sprintv(a []any, ln) -> string; fmt.sprintfv(format, a []any) -> string
    rtfn!("fmt.sprintv", [W, W, W, W], [W, W], false, false),
    rtfn!("fmt.sprintfv", [W, W, W, W, W], [W, W], false, false),
    // fmt.writeStdout(s); fmt.newError(s) -> error (errors.New's)
    rtfn!("fmt.writeStdout", [W, W], [], false, false),
    rtfn!("fmt.newError", [W, W], [W, W], false, false),
    // os.write(fd, b []byte) -> n (-1: not stdout or stderr)
    rtfn!("os.write", [W, W, W, W], [W], false, false),
    // fmt.sprintfw(format, a []any) -> string: Errorf's text, %w wrapping
    rtfn!("fmt.sprintfw", [W, W, W, W, W], [W, W], false, false),
    // runtime.callerPC(k) -> pc; pcFuncName(pc), pcFile(pc) -> string; pcLine, pcEntry
    rtfn!("runtime.callerPC", [W], [W], false, false),
    rtfn!("runtime.pcFuncName", [W], [W, W], false, false),
    rtfn!("runtime.pcFile", [W], [W, W], false, false),
    rtfn!("runtime.pcLine", [W], [W], false, false),
    rtfn!("runtime.pcEntry", [W], [W], false, false),
    // runtime.stackText() -> string: runtime.Stack's text
    rtfn!("runtime.stackText", [], [W, W], false, false),
    // runtime.GC(): a full collection.
    rtfn!("runtime.GC", [], [], false, false),
    // runtime.readMemStats(out *[N]uint64): the collector's counters (see collector.rs)
    rtfn!("runtime.readMemStats", [W], [], false, false),
    // runtime.KeepAlive(x any)
    rtfn!("runtime.KeepAlive", [W, W], [], false, false),
    // runtime.setFinalizer(obj, finalizer any)
    rtfn!("runtime.setFinalizer", [W, W, W, W], [], false, false),
    // runtime.startFinalizers(f func()): the finalizer goroutine
    rtfn!("runtime.startFinalizers", [W], [], false, false),
    // runtime.nextFinalizer(c *finalizerCall): blocks until a finalizer is queued
    rtfn!("runtime.nextFinalizer", [W], [], false, false),
    // runtime/debug.setGCPercent(percent) -> previous
    rtfn!("runtime/debug.setGCPercent", [W], [W], false, false),
    // runtime/debug.setMaxStack(n) -> previous limit
    rtfn!("runtime/debug.setMaxStack", [W], [W], false, false),
    // --- package time: walltime() (sec, nsec), nanotime() ns, Sleep(d) ---
    rtfn!("time.walltime", [], [W, W], false, false),
    rtfn!("time.nanotime", [], [W], false, false),
    rtfn!("time.Sleep", [W], [], false, false),
    // --- package os (see `host`): the command line and environment ---
    rtfn!("os.argc", [], [W], false, false),
    rtfn!("os.argv", [W], [W, W], false, false),
    rtfn!("os.envc", [], [W], false, false),
    rtfn!("os.envv", [W], [W, W], false, false),
    rtfn!("os.getwd", [], [W, W], false, false),
    // files: results are values or -errno; paths are absolute strings
    rtfn!("os.open", [W, W, W, W], [W], false, false),
    rtfn!("os.read", [W, W, W, W], [W], false, false),
    rtfn!("os.pread", [W, W, W, W, W], [W], false, false),
    rtfn!("os.seek", [W, W, W], [W], false, false),
    rtfn!("os.closeFd", [W], [W], false, false),
    rtfn!("os.fsync", [W], [W], false, false),
    rtfn!("os.ftruncate", [W, W], [W], false, false),
    rtfn!("os.unlink", [W, W], [W], false, false),
    rtfn!("os.rmdir", [W, W], [W], false, false),
    rtfn!("os.mkdir", [W, W, W], [W], false, false),
    rtfn!("os.chmod", [W, W, W], [W], false, false),
    rtfn!("os.rename", [W, W, W, W], [W], false, false),
    rtfn!("os.stat", [W, W, W, W], [W], false, false),
    rtfn!("os.fstat", [W, W], [W], false, false),
    rtfn!("os.readdir", [W, W, W], [W, W], false, false),
    rtfn!("syscall.errnoText", [W], [W, W], false, false),
    rtfn!("os.getpid", [], [W], false, false),
    rtfn!("os.random", [], [W], false, false),
    // fmt.writeOut(out, s): a Formatter's State.Write (see formatter.rs)
    rtfn!("fmt.writeOut", [W, W, W], [], false, false),
    // flag.zeroOf(v) -> the zero value of v's dynamic type (see reflectlite.rs)
    rtfn!("flag.zeroOf", [W, W], [W, W], false, false),
    // --- goroutines (see sched.rs) ---
    // rt_go(closure): the `go` statement
    rtfn!("rt_go", [W], [], false, false),
    // rt_gosched(): runtime.Gosched
    rtfn!("rt_gosched", [], [], false, false),
    // rt_num_goroutine() -> runtime.NumGoroutine
    rtfn!("rt_num_goroutine", [], [W], false, false),
    // --- channels and select (see chan.rs) ---
    // rt_makechan(elem_size, cap) -> chan
    rtfn!("rt_makechan", [W, W], [W], true, false),
    // rt_chansend(c, elem_addr): c <- *elem
    rtfn!("rt_chansend", [W, W], [], true, false),
    // rt_chanrecv(c, elem_addr) -> ok
    rtfn!("rt_chanrecv", [W, W], [W], false, false),
    // rt_closechan(c)
    rtfn!("rt_closechan", [W], [], true, false),
    rtfn!("rt_chanlen", [W], [W], false, false),
    rtfn!("rt_chancap", [W], [W], false, false),
    // rt_select(cases, n, block) -> (case or -1, ok)
    rtfn!("rt_select", [W, W, W], [W, W], true, false),
    // --- package sync's semaphores (see sema.rs) ---
    // sync.semacquire(addr *uint32, reason), sync.semrelease(addr *uint32)
    rtfn!("sync.semacquire", [W, W], [], false, false),
    rtfn!("sync.semrelease", [W], [], false, false),
    // sync.fatal(msg): fatal error
    rtfn!("sync.fatal", [W, W], [], false, true),
    // runtime.Goexit(): runs the goroutine's deferred calls and ends it
    rtfn!("runtime.Goexit", [], [], true, true),
    // rt_preempt(): a loop's back edge found the preemption word set (see PREEMPT_SYMBOL)
    rtfn!("rt_preempt", [], [], false, false),
    // *testing.B's methods (see benchtimer.rs): b.ResetTimer() and the like, b.SetBytes(n)
    rtfn!("testing.benchResetTimer", [W], [], false, false),
    rtfn!("testing.benchStartTimer", [W], [], false, false),
    rtfn!("testing.benchStopTimer", [W], [], false, false),
    rtfn!("testing.benchReportAllocs", [W], [], false, false),
    rtfn!("testing.benchSetBytes", [W, W], [], false, false),
    // testing.divertStdout(), testing.restoreStdout() string: an example's output
    rtfn!("testing.divertStdout", [], [], false, false),
    rtfn!("testing.restoreStdout", [], [W, W], false, false),
];

/// Looks up a runtime function by name (for the lowering's imports).
pub fn runtime_function(name: &str) -> &'static RuntimeFunction {
    RUNTIME_FUNCTIONS
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no runtime function named {name}"))
}

/// Kinds of JIT code the registry knows, which decides how the frame walk treats a frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    /// A compiled Go function or closure: walked, its defers run, shown in traces.
    GoFunc,
    /// A defer wrapper (`main.f.deferwrap1`): walked like a Go function, hidden in traces.
    DeferWrapper,
    /// A runtime stub (`rt_gopanic.stub`): walked through.
    Stub,
    /// The SystemV->tail thunk through which the runtime makes deferred calls during a
    /// panic (`deferjit.calldeferred`): the walk of a nested panic continues from the
    /// older panic's position when it reaches this frame.
    DeferCallThunk,
    /// The SystemV->Go thunk through which the runtime calls a method (`String`,
    /// `Error`) while formatting (`deferjit.callmethod`): a panic that reaches it is
    /// caught there (resumed at its landing pad), as fmt's catchPanic does.
    MethodCallThunk,
    /// The SystemV entry trampoline (`deferjit.entry`): the outermost frame of a run.
    Entry,
}
