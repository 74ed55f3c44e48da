//! What the lowering of every function body shares: the program, the module ids of the
//! Go functions, static closures, globals, runtime entries and their stubs, interned
//! strings and type descriptors, and the signature of Go functions.

use crate::ir::{self, Type};
use crate::layout;
use cranelift_codegen::ir::{AbiParam, Signature};
use cranelift_codegen::isa::CallConv;
use cranelift_module::{DataId, FuncId};
use std::cell::RefCell;
use std::collections::HashMap;

/// Declarations shared by all function bodies.
pub(crate) struct Shared<'a> {
    pub prog: &'a ir::Program,
    /// The module id of each Go function (by `ir::FuncId`); use [`Shared::go_func`], which
    /// records that the function must be compiled.
    pub funcs: Vec<FuncId>,
    /// The static closure object of each Go function; use [`Shared::static_closure`].
    pub static_closures: Vec<DataId>,
    /// Which Go functions the compiled code refers to (every function of the user's file,
    /// and what the compiled code reaches of the library), and those not compiled yet.
    pub reached: RefCell<Vec<bool>>,
    pub to_compile: RefCell<std::collections::VecDeque<ir::FuncId>>,
    /// By selector: whether compiled code calls the method through an interface (or the
    /// runtime does: `Error`, `String`). Only those entries of method tables are compiled.
    pub live_selectors: RefCell<Vec<bool>>,
    /// A library function that compiled code reaches although the checker never checked
    /// its body (a checker bug: the lowering fails).
    pub reached_unchecked: RefCell<Option<ir::FuncId>>,
    pub globals: Vec<DataId>,
    pub stubs: HashMap<&'static str, FuncId>,
    /// The runtime functions whose stubs the bodies call: of the entries that cannot
    /// panic, only those stubs are compiled (every stub is declared, so function ids do
    /// not depend on the program).
    pub used_stubs: RefCell<std::collections::HashSet<&'static str>>,
    pub niladic_sig: Signature,
    /// The preemption word that loops poll at their back edges, when the program can
    /// start goroutines (`abi::PREEMPT_SYMBOL`); `None`: loops do not poll.
    pub preempt: Option<DataId>,
    pub strings: RefCell<HashMap<Vec<u8>, DataId>>,
    /// Read-only boxes (`[data, len]`) of string constants converted to interfaces, as
    /// gc makes them: such a conversion allocates nothing.
    pub string_boxes: RefCell<HashMap<Vec<u8>, DataId>>,
    /// The pointer maps emitted so far (see `ptrmap`).
    pub ptr_maps: RefCell<crate::ptrmap::PtrMaps>,
    pub type_descs: RefCell<&'a mut dyn crate::meta::TypeDescSource>,
    /// By `ir::FuncId`: whether the function is compiled with [`DIRECT_CALL_CONV`] (see
    /// [`direct_call_only`]).
    pub direct_only: Vec<bool>,
    /// Compiling for `deferjit trace` (see `LowerOptions::trace`).
    pub trace: bool,
    /// By `ir::FuncId`: whether the code takes the address of such a function (its static
    /// closure), which then points at the function's adapter to [`GO_CALL_CONV`].
    pub wanted_adapters: RefCell<Vec<bool>>,
}

impl Shared<'_> {
    /// The address of the runtime type descriptor of `ty` (owned by the caller of the
    /// lowering for as long as the code lives).
    pub fn type_desc(&self, ty: &Type) -> u64 {
        self.type_descs.borrow_mut().desc(ty)
    }

    /// Records that compiled code calls method `selector` through an interface: the
    /// method-table entries of that selector must be compiled.
    pub fn use_selector(&self, selector: u32) {
        if let Some(live) = self.live_selectors.borrow_mut().get_mut(selector as usize) {
            *live = true;
        }
    }

    /// Records that the code refers to Go function `f`, which must then be compiled.
    pub fn reach(&self, f: ir::FuncId) {
        let mut reached = self.reached.borrow_mut();
        if !reached[f.0 as usize] {
            if self.prog.unchecked.binary_search(&f).is_ok() {
                self.reached_unchecked.borrow_mut().get_or_insert(f);
            }
            reached[f.0 as usize] = true;
            self.to_compile.borrow_mut().push_back(f);
        }
    }

    /// The module id of Go function `f`, which the code being lowered calls.
    pub fn go_func(&self, f: ir::FuncId) -> FuncId {
        self.reach(f);
        self.funcs[f.0 as usize]
    }

    /// The static closure object of Go function `f` (its code pointer: that of its
    /// adapter when `f` is compiled with [`DIRECT_CALL_CONV`]).
    pub fn static_closure(&self, f: ir::FuncId) -> DataId {
        self.reach(f);
        if self.direct_only[f.0 as usize] {
            self.wanted_adapters.borrow_mut()[f.0 as usize] = true;
        }
        self.static_closures[f.0 as usize]
    }
}

/// The calling convention of the Go functions that can be called through a closure
/// object, a method table or the runtime (closures, wrappers, entry points, functions
/// with defers, adapters): Cranelift's `winch` convention, which has no callee-saved
/// registers on x64 (as Go's ABIInternal), so a function whose calls are `try_call`s
/// saves nothing in its prologue. Only the SystemV trampolines that Rust calls save the
/// host's registers. The other Go functions and the runtime stubs use
/// [`DIRECT_CALL_CONV`]; the README's benchmark section gives the measurements behind
/// the split. On aarch64 Cranelift saves callee-saved registers whatever the convention.
pub const GO_CALL_CONV: CallConv = CallConv::Winch;

/// The calling convention of the Go functions that are only ever called directly (see
/// [`direct_call_only`]): Cranelift's `tail`, whose callee-saved registers (RBX, R12-R14;
/// R15 is the pinned goroutine) let a caller keep values in registers across the call,
/// and which returns up to eight words in registers (`winch` returns only the last one in
/// a register, the others through memory). Such a function has no defer, so no
/// `try_call`, whose exceptional edge would make it save every callee-saved register.
/// A panic that unwinds through such a frame abandons it without restoring those
/// registers: the frame that recovers is a `winch` one, whose `try_call`s assume that
/// every register is clobbered.
pub const DIRECT_CALL_CONV: CallConv = CallConv::Tail;

/// By `ir::FuncId`: whether the function can be compiled with [`DIRECT_CALL_CONV`]: a
/// top-level function or method without defers that the runtime does not start (not
/// `main`, `init`, a benchmark or the format hook). Code that takes its address as a
/// value gets its adapter (a hidden wrapper with [`GO_CALL_CONV`] that calls it), and
/// the closure object of `defer f()` holds the statement's wrapper rather than `f`, so
/// every call through a closure object, method table or the runtime uses
/// [`GO_CALL_CONV`].
pub fn direct_call_only(prog: &ir::Program) -> Vec<bool> {
    let mut direct: Vec<bool> = prog
        .funcs
        .iter()
        .map(|f| f.kind == ir::FuncKind::TopLevel && f.defers.is_empty())
        .collect();
    let mut entries = vec![prog.init];
    entries.extend(prog.main);
    entries.extend(prog.format_call);
    entries.extend(prog.benchmarks.iter().map(|b| b.1));
    for f in entries {
        direct[f.0 as usize] = false;
    }
    direct
}

/// The signature of Go function `sig`: [`go_signature`] in [`DIRECT_CALL_CONV`] when the
/// function is only called directly (`direct`, from [`direct_call_only`]).
pub fn go_func_signature(direct: bool, sig: &ir::Signature) -> Signature {
    let mut s = go_signature(GO_CALL_CONV, sig);
    if direct {
        s.call_conv = DIRECT_CALL_CONV;
    }
    s
}

/// The signature of a Go function: hidden closure pointer, then the words of the
/// parameters; the words of the results.
pub fn go_signature(_default: CallConv, sig: &ir::Signature) -> Signature {
    let mut s = Signature::new(GO_CALL_CONV);
    s.params
        .push(AbiParam::new(cranelift_codegen::ir::types::I64));
    for p in &sig.params {
        s.params
            .extend(layout::words(p).into_iter().map(AbiParam::new));
    }
    for r in &sig.results {
        s.returns
            .extend(layout::words(r).into_iter().map(AbiParam::new));
    }
    s
}
