//! Small functions that glue generated code to the runtime: the stubs of runtime
//! entries (with the stack check), the SystemV->tail thunk through which the runtime makes
//! deferred calls during a panic, and the SystemV entry trampolines that start a run.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    types, AbiParam, BlockCall, ExceptionTableData, ExceptionTableItem, FuncRef, Function,
    GlobalValue, InstBuilder, MemFlagsData, Signature, TrapCode, UserFuncName,
};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use runtime::abi::{RuntimeFunction, CLOSURE_CODE_OFFSET};

fn i64s(n: usize) -> Vec<AbiParam> {
    vec![AbiParam::new(types::I64); n]
}

/// The SystemV signature of a runtime function (with the leading stub FP when it has a
/// stub).
pub fn runtime_signature(rf: &RuntimeFunction) -> Signature {
    let mut sig = Signature::new(CallConv::SystemV);
    sig.params = i64s(rf.params.len() + 1);
    sig.returns = i64s(rf.results.len());
    sig
}

/// The signature of the stubs' stack-check slow path `rt_morestack(stub_fp)`: it preserves
/// every register, so the stub keeps its arguments where they arrived.
pub fn morestack_signature() -> Signature {
    let mut sig = Signature::new(CallConv::PreserveAll);
    sig.params = i64s(1);
    sig
}

/// The signature of a runtime function's stub (without the FP): the convention of Go
/// functions called only directly (`tail`: the runtime's SystemV code preserves the
/// callee-saved registers, so a caller keeps its values there across the call, and two
/// result words come back in registers), or `preserve_all` for an entry generated code
/// calls only on cold paths ([`RuntimeFunction::preserves_all`]): the stub saves what the
/// runtime clobbers, so the hot code around the call keeps its values in registers.
/// A stub whose runtime function does not return (a panic that is recovered, a switch to
/// another goroutine that never comes back) leaves no caller expecting its registers: the
/// frame that resumes is a `winch` one, which assumes every register clobbered.
pub fn stub_signature(rf: &RuntimeFunction) -> Signature {
    let conv = if rf.preserves_all() {
        CallConv::PreserveAll
    } else {
        crate::context::DIRECT_CALL_CONV
    };
    let mut sig = Signature::new(conv);
    sig.params = i64s(rf.params.len());
    sig.returns = i64s(rf.results.len());
    sig
}

/// What a stub's stack check needs, declared in its function.
pub struct StackCheck {
    /// The program's guard word (`abi::STACK_GUARD_SYMBOL`).
    pub guard: GlobalValue,
    /// `rt_morestack(stub_fp)`.
    pub morestack: FuncRef,
}

/// `<name>.stub(args...) = <name>(frame_pointer, args...)`, Go convention. The stub's
/// frame is where the runtime's walk starts: its return address is a call site of the Go
/// function that called it. First, the stack check: one compare of SP with the guard
/// word; below it (a cold block) `rt_morestack(frame_pointer)`, which ends the run with
/// Go's stack overflow or returns when the stack is in fact fine.
pub fn build_stub(
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
    cfg: TargetFrontendConfig,
    target: cranelift_codegen::ir::ExtFuncData,
    check: StackCheck,
    rf: &RuntimeFunction,
) {
    let mut b = FunctionBuilder::new(func, fctx);
    let target = b.import_function(target);
    let entry = b.create_block();
    let slow = b.create_block();
    let call_block = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let fp = b.ins().get_frame_pointer(types::I64);
    let sp = b.ins().get_stack_pointer(types::I64);
    let guard_addr = b.ins().symbol_value(types::I64, check.guard);
    let guard = b
        .ins()
        .load(types::I64, MemFlagsData::trusted(), guard_addr, 0);
    let low = b.ins().icmp(IntCC::UnsignedLessThan, sp, guard);
    b.ins().brif(low, slow, &[], call_block, &[]);
    b.switch_to_block(slow);
    b.set_cold_block(slow);
    b.ins().call(check.morestack, &[fp]);
    b.ins().jump(call_block, &[]);
    b.switch_to_block(call_block);
    let mut args = vec![fp];
    args.extend_from_slice(b.block_params(entry));
    let call = b.ins().call(target, &args);
    if rf.no_return {
        b.ins().trap(TrapCode::unwrap_user(1));
    } else {
        let rets = b.inst_results(call).to_vec();
        b.ins().return_(&rets);
    }
    b.seal_all_blocks();
    b.finalize(cfg);
}

/// The signature of `deferjit.calldeferred(closure, thunk_fp_out, g)` (SystemV).
pub fn call_deferred_signature() -> Signature {
    let mut sig = Signature::new(CallConv::SystemV);
    sig.params = i64s(3);
    sig
}

/// `deferjit.calldeferred(closure, thunk_fp_out, g)`: stores its frame pointer, puts the
/// goroutine `g` in the pinned register (keeping the caller's value, which SystemV
/// preserves), then calls the niladic Go closure. The runtime identifies a deferred call
/// made during a panic by this frame (gorecover's rule, and where a nested panic's walk
/// continues).
pub fn build_call_deferred(
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
    cfg: TargetFrontendConfig,
) {
    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let p = b.block_params(entry).to_vec();
    let fp = b.ins().get_frame_pointer(types::I64);
    b.ins().store(MemFlagsData::trusted(), fp, p[1], 0);
    let host = b.ins().get_pinned_reg(types::I64);
    b.ins().set_pinned_reg(p[2]);
    let code = b.ins().load(
        types::I64,
        MemFlagsData::trusted(),
        p[0],
        CLOSURE_CODE_OFFSET,
    );
    let mut sig = Signature::new(crate::context::GO_CALL_CONV);
    sig.params = i64s(1);
    let sref = b.import_signature(sig);
    b.ins().call_indirect(sref, code, &[p[0]]);
    b.ins().set_pinned_reg(host);
    b.ins().return_(&[]);
    b.seal_all_blocks();
    b.finalize(cfg);
}

/// The SystemV signature of an entry trampoline with `nargs` Go arguments:
/// `(code, closure, args..., entry_fp_out, g) -> status`.
pub fn entry_signature(nargs: usize) -> Signature {
    let mut sig = Signature::new(CallConv::SystemV);
    sig.params = i64s(4 + nargs);
    sig.returns = i64s(1);
    sig
}

/// `deferjit.entryN(code, closure, args..., entry_fp_out, g) -> status`: keeps the host's
/// pinned register in a frame slot (restored on both ways out: SystemV preserves it),
/// puts the goroutine `g` there, stores its frame pointer, then `try_call`s
/// `code(closure, args...)`;
/// returns 0 on a normal return, or 1 when the runtime ended the run and resumed the
/// handler (the status is then in the goroutine's `ended`; the Go convention has no
/// exception payload registers).
pub fn build_entry(
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
    cfg: TargetFrontendConfig,
    nargs: usize,
) {
    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let p = b.block_params(entry).to_vec();
    // The host's pinned register goes to a slot of this frame before the frame is
    // published as the run's entry frame: from then on a timeout may resume the handler
    // at any instruction, and the handler gives the host its value back from the slot.
    let host_slot = save_host_pinned(&mut b);
    b.ins().set_pinned_reg(p[3 + nargs]);
    let fp = b.ins().get_frame_pointer(types::I64);
    b.ins().store(MemFlagsData::trusted(), fp, p[2 + nargs], 0);
    let mut sig = Signature::new(crate::context::GO_CALL_CONV);
    sig.params = i64s(1 + nargs);
    let (table, normal, handler) = handled_call_table(&mut b, sig, 0);
    let mut args = vec![p[1]];
    args.extend_from_slice(&p[2..2 + nargs]);
    b.ins().try_call_indirect(p[0], &args, table);
    b.switch_to_block(normal);
    let host = b.ins().stack_load(types::I64, types::I64, host_slot, 0);
    b.ins().set_pinned_reg(host);
    let zero = b.ins().iconst(types::I64, 0);
    b.ins().return_(&[zero]);
    // The run ended (the runtime recorded the status in the goroutine before resuming
    // here; the calling convention has no payload registers).
    b.switch_to_block(handler);
    let host = b.ins().stack_load(types::I64, types::I64, host_slot, 0);
    b.ins().set_pinned_reg(host);
    let ended = b.ins().iconst(types::I64, 1);
    b.ins().return_(&[ended]);
    b.seal_all_blocks();
    b.finalize(cfg);
}

/// The signature of `deferjit.callmethod(code, data, g, thunk_fp_out, out) -> status`
/// (SystemV).
pub fn call_method_signature() -> Signature {
    let mut sig = Signature::new(CallConv::SystemV);
    sig.params = i64s(5);
    sig.returns = i64s(1);
    sig
}

/// `deferjit.callmethod(code, data, g, thunk_fp_out, out)`: stores its frame pointer,
/// installs the goroutine in the pinned register, and calls the `func() string` method
/// wrapper `code` on the data word `data`; stores the string's two words to `out` and
/// returns 0, or returns 1 when a panic inside was caught here (the runtime resumed the
/// landing pad; the value is in the goroutine).
pub fn build_call_method(
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
    cfg: TargetFrontendConfig,
) {
    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let p = b.block_params(entry).to_vec();
    let host_slot = save_host_pinned(&mut b);
    let fp = b.ins().get_frame_pointer(types::I64);
    b.ins().store(MemFlagsData::trusted(), fp, p[3], 0);
    b.ins().set_pinned_reg(p[2]);
    let mut sig = Signature::new(crate::context::GO_CALL_CONV);
    sig.params = i64s(2);
    sig.returns = i64s(2);
    let (table, normal, handler) = handled_call_table(&mut b, sig, 2);
    let zero = b.ins().iconst(types::I64, 0);
    b.ins().try_call_indirect(p[0], &[zero, p[1]], table);
    b.switch_to_block(normal);
    let r = b.block_params(normal).to_vec();
    let t = MemFlagsData::trusted();
    b.ins().store(t, r[0], p[4], 0);
    b.ins().store(t, r[1], p[4], 8);
    let host = b.ins().stack_load(types::I64, types::I64, host_slot, 0);
    b.ins().set_pinned_reg(host);
    let ok = b.ins().iconst(types::I64, 0);
    b.ins().return_(&[ok]);
    b.switch_to_block(handler);
    let host = b.ins().stack_load(types::I64, types::I64, host_slot, 0);
    b.ins().set_pinned_reg(host);
    let caught = b.ins().iconst(types::I64, 1);
    b.ins().return_(&[caught]);
    b.seal_all_blocks();
    b.finalize(cfg);
}

/// Saves the host's pinned register in a new 8-byte frame slot (SystemV preserves it;
/// the trampolines give it back on every way out).
fn save_host_pinned(b: &mut FunctionBuilder) -> cranelift_codegen::ir::StackSlot {
    let host_slot = b.create_sized_stack_slot(cranelift_codegen::ir::StackSlotData::new(
        cranelift_codegen::ir::StackSlotKind::ExplicitSlot,
        8,
        3,
    ));
    let host = b.ins().get_pinned_reg(types::I64);
    b.ins().stack_store(types::I64, host, host_slot, 0);
    host_slot
}

/// The exception table of a `try_call_indirect` of signature `sig` whose normal
/// continuation receives its `nrets` results and whose every exception goes to a handler
/// block (where the runtime resumes): the table and both blocks.
fn handled_call_table(
    b: &mut FunctionBuilder,
    sig: Signature,
    nrets: u32,
) -> (
    cranelift_codegen::ir::ExceptionTable,
    cranelift_codegen::ir::Block,
    cranelift_codegen::ir::Block,
) {
    let sref = b.import_signature(sig);
    let normal = b.create_block();
    for _ in 0..nrets {
        b.append_block_param(normal, types::I64);
    }
    let handler = b.create_block();
    let pool = &mut b.func.dfg.value_lists;
    let normal_call = BlockCall::new(
        normal,
        (0..nrets).map(cranelift_codegen::ir::BlockArg::TryCallRet),
        pool,
    );
    let exc_call = BlockCall::new(handler, std::iter::empty(), pool);
    let table = b.func.dfg.exception_tables.push(ExceptionTableData::new(
        sref,
        normal_call,
        [ExceptionTableItem::Default(exc_call)],
    ));
    (table, normal, handler)
}

/// A fresh function with a user name (for symbol naming in dumps).
pub fn new_function(index: u32, sig: Signature) -> Function {
    Function::with_name_signature(UserFuncName::user(0, index), sig)
}
