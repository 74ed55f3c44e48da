//! Lowering a whole program into a Cranelift module: declarations (Go functions, runtime
//! imports and stubs, globals, static closures, string data), each function's body, and
//! the metadata the runtime needs, read from the compiled code before the context is
//! cleared (call sites with handlers, frame slots of open-coded defers, line table).

use crate::context::{direct_call_only, go_func_signature, go_signature, Shared};
use crate::defer_state::FrameState;
use crate::function::FnLowerer;
use crate::ir::{self, FuncKind};
use crate::layout;
use crate::meta::{
    CompiledFunc, FrameSlotKind, FrameSlotMeta, LowerOptions, LoweredProgram, Reloc,
};
use crate::strategy::{decide, DeferKind, FrameDefers};
use crate::trampolines;
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use runtime::abi::{CallSiteMeta, CodeKind, OpenDeferMeta, RUNTIME_FUNCTIONS};
use std::cell::RefCell;
use std::collections::HashMap;

fn map_err<E: std::fmt::Display>(what: &str) -> impl Fn(E) -> String + '_ {
    move |e| format!("{what}: {e}")
}

/// Lowers `prog` into `module` and defines every function (the caller finalizes).
pub fn lower_program(
    module: &mut dyn Module,
    prog: &ir::Program,
    opts: &LowerOptions,
    type_desc: &mut dyn crate::meta::TypeDescSource,
) -> Result<LoweredProgram, String> {
    let cc = module.isa().default_call_conv();
    let direct_only = direct_call_only(prog);
    let mut d = declare(module, prog, &direct_only)?;
    let niladic_sig = go_signature(
        cc,
        &ir::Signature {
            variadic: false,
            params: vec![],
            results: vec![],
        },
    );
    let shared = Shared {
        prog,
        funcs: d.funcs.clone(),
        static_closures: d.static_closures.clone(),
        reached: RefCell::new(vec![false; prog.funcs.len()]),
        to_compile: RefCell::new(std::collections::VecDeque::new()),
        reached_unchecked: RefCell::new(None),
        live_selectors: RefCell::new(
            prog.selectors
                .iter()
                .map(|s| runtime_calls_selector(s))
                .collect(),
        ),
        globals: d.globals.iter().map(|g| g.0).collect(),
        stubs: d.stubs.clone(),
        used_stubs: RefCell::new(std::collections::HashSet::new()),
        niladic_sig,
        preempt: (prog.starts_goroutines
            && (opts.assume_goroutines || prog.main_starts_goroutines))
            .then_some(d.preempt),
        strings: RefCell::new(HashMap::new()),
        string_boxes: RefCell::new(HashMap::new()),
        ptr_maps: RefCell::new(std::mem::take(&mut d.ptr_maps)),
        type_descs: RefCell::new(type_desc),
        wanted_adapters: RefCell::new(vec![false; prog.funcs.len()]),
        direct_only,
        trace: opts.trace,
    };
    let mut ctx = module.make_context();
    let mut fctx = FunctionBuilderContext::new();
    let mut out = Vec::new();
    // Every function of the user's file is compiled; of the library packages, the
    // functions that compiled code refers to, and of the methods in the method tables of
    // the types it converts to interfaces, those of the selectors that compiled code
    // calls through interfaces, until nothing new is reached.
    for (i, f) in prog.funcs.iter().enumerate() {
        if !f.is_library() {
            shared.reach(ir::FuncId(i as u32));
        }
    }
    // The runtime's printer calls it, not compiled code.
    if let Some(f) = prog.format_call {
        shared.reach(f);
    }
    // Method-table entries whose selector no compiled code has called yet.
    let mut pending: Vec<(u32, ir::FuncId, ir::FuncId)> = Vec::new();
    loop {
        let next = shared.to_compile.borrow_mut().pop_front();
        let Some(id) = next else {
            // A method the checker never checked belongs to a type that no code converts
            // to an interface (its descriptor was made for another reason): no call can
            // reach it through the table.
            pending.extend(
                shared
                    .type_descs
                    .borrow_mut()
                    .take_vtable_funcs()
                    .into_iter()
                    .filter(|(_, _, m)| prog.unchecked.binary_search(m).is_err()),
            );
            let live = shared.live_selectors.borrow().clone();
            let before = pending.len();
            pending.retain(|&(sel, w, _)| {
                if live[sel as usize] {
                    shared.reach(w);
                    false
                } else {
                    true
                }
            });
            if pending.len() == before && shared.to_compile.borrow().is_empty() {
                break;
            }
            continue;
        };
        if prog.unchecked.binary_search(&id).is_ok() {
            return Err(format!(
                "internal error: {} is reached but its body was never checked",
                prog.funcs[id.0 as usize].name
            ));
        }
        let i = id.0 as usize;
        let cf = lower_go_function(
            module,
            &mut ctx,
            &mut fctx,
            &shared,
            &d,
            opts,
            i,
            &prog.funcs[i],
        )?;
        out.push(cf);
    }
    if let Some(f) = *shared.reached_unchecked.borrow() {
        return Err(format!(
            "internal error: {} is reached but its body was never checked",
            prog.funcs[f.0 as usize].name
        ));
    }
    let reached = shared.reached.borrow().clone();
    let wanted_adapters = shared.wanted_adapters.borrow().clone();
    for (i, data) in d.static_closures.iter().enumerate() {
        if !reached[i] {
            continue;
        }
        if !shared.direct_only[i] {
            define_static_closure(module, *data, d.funcs[i])?;
        } else if wanted_adapters[i] {
            let f = &prog.funcs[i];
            let (id, cf) = define_adapter(module, &mut ctx, &mut fctx, d.funcs[i], f, i, opts)?;
            define_static_closure(module, *data, id)?;
            out.push(cf);
        }
    }
    let used_stubs = shared.used_stubs.borrow().clone();
    define_stubs(module, &mut ctx, &mut fctx, &d, &used_stubs, opts, &mut out)?;
    define_trampolines(module, &mut ctx, &mut fctx, &d, opts, &mut out)?;
    Ok(LoweredProgram {
        funcs: out,
        go_funcs: d
            .funcs
            .iter()
            .zip(&reached)
            .map(|(f, r)| r.then_some(*f))
            .collect(),
        entry0: d.entry0,
        entry1: d.entry1,
        call_deferred: d.call_deferred,
        call_method: d.call_method,
        globals: d.globals,
        stack_guard: d.stack_guard,
        preempt: d.preempt,
        goroutines_without_polls: shared.preempt.is_none() && used_stubs.contains("rt_go"),
    })
}

/// Whether the runtime itself calls methods of this selector through method tables
/// (printing an error, a Stringer or a GoStringer: fmt, panics), so that they are always
/// compiled.
fn runtime_calls_selector(selector: &str) -> bool {
    matches!(
        selector,
        "Error() string" | "String() string" | "GoString() string"
    )
}

/// The module ids of everything a program's code refers to.
struct Decls {
    /// Each Go function, by `ir::FuncId`.
    funcs: Vec<FuncId>,
    /// The static closure object of each Go function (its code pointer).
    static_closures: Vec<DataId>,
    /// Each package-level variable's storage, its size and its pointer map.
    globals: Vec<(DataId, usize, Option<DataId>)>,
    /// The pointer maps emitted so far (the globals').
    ptr_maps: crate::ptrmap::PtrMaps,
    /// Each runtime entry, and the stub of each entry that has one.
    runtime: HashMap<&'static str, FuncId>,
    stubs: HashMap<&'static str, FuncId>,
    entry0: FuncId,
    entry1: FuncId,
    call_deferred: FuncId,
    call_method: FuncId,
    /// The stubs' stack check: its slow path and the guard word it compares with.
    morestack: FuncId,
    stack_guard: DataId,
    /// The preemption word that loops poll (`abi::PREEMPT_SYMBOL`).
    preempt: DataId,
}

/// Declares the Go functions and their static closures, the globals, the runtime entries
/// and stubs, the trampolines and the stack-guard word.
fn declare(
    module: &mut dyn Module,
    prog: &ir::Program,
    direct_only: &[bool],
) -> Result<Decls, String> {
    // The user's functions first, then the runtime's entries and the trampolines, then
    // the library's functions: the ids (and the dumps that show them) of the user's code
    // and of the runtime do not depend on the library's size.
    let declare_go = |module: &mut dyn Module, i: usize, f: &ir::Func| {
        let sig = go_func_signature(direct_only[i], &f.sig);
        module
            .declare_function(&format!("{}#{}", f.name, i), Linkage::Local, &sig)
            .map_err(map_err("declare"))
    };
    let mut funcs: Vec<Option<FuncId>> = vec![None; prog.funcs.len()];
    for (i, f) in prog.funcs.iter().enumerate() {
        if !f.is_library() {
            funcs[i] = Some(declare_go(module, i, f)?);
        }
    }
    let mut static_closures = Vec::new();
    for (i, f) in prog.funcs.iter().enumerate() {
        let data = module
            .declare_data(&format!("{}·f#{}", f.name, i), Linkage::Local, false, false)
            .map_err(map_err("declare"))?;
        static_closures.push(data);
    }
    let mut globals = Vec::new();
    let mut ptr_maps = crate::ptrmap::PtrMaps::default();
    for (i, g) in prog.globals.iter().enumerate() {
        let size = layout::align8(layout::size_of(&g.ty)).max(8) as usize;
        let data = zeroed_data(module, &format!("main.{}#{}", g.name, i), size)?;
        let map = layout::has_pointers(&g.ty).then(|| ptr_maps.data(module, &g.ty));
        globals.push((data, size, map));
    }
    let (runtime, stubs) = declare_runtime(module)?;
    let mut declare_fn = |name: &str, linkage: Linkage, sig: &cranelift_codegen::ir::Signature| {
        module
            .declare_function(name, linkage, sig)
            .map_err(map_err("declare"))
    };
    let entry0 = declare_fn(
        "deferjit.entry0",
        Linkage::Local,
        &trampolines::entry_signature(0),
    )?;
    let entry1 = declare_fn(
        "deferjit.entry1",
        Linkage::Local,
        &trampolines::entry_signature(1),
    )?;
    let call_deferred = declare_fn(
        "deferjit.calldeferred",
        Linkage::Local,
        &trampolines::call_deferred_signature(),
    )?;
    let call_method = declare_fn(
        "deferjit.callmethod",
        Linkage::Local,
        &trampolines::call_method_signature(),
    )?;
    let morestack = declare_fn(
        runtime::abi::MORESTACK.name,
        Linkage::Import,
        &trampolines::morestack_signature(),
    )?;
    let stack_guard = zeroed_data(module, runtime::abi::STACK_GUARD_SYMBOL, 8)?;
    let preempt = zeroed_data(module, runtime::abi::PREEMPT_SYMBOL, 8)?;
    for (i, f) in prog.funcs.iter().enumerate() {
        if f.is_library() {
            funcs[i] = Some(declare_go(module, i, f)?);
        }
    }
    let funcs = funcs
        .into_iter()
        .map(|f| f.ok_or_else(|| "a function was not declared".to_string()))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Decls {
        funcs,
        static_closures,
        globals,
        ptr_maps,
        runtime,
        stubs,
        entry0,
        entry1,
        call_deferred,
        call_method,
        morestack,
        stack_guard,
        preempt,
    })
}

/// Declares and defines the adapter of Go function `f` (ir id `i`, module id `callee`),
/// which is compiled with `DIRECT_CALL_CONV`: a function with `GO_CALL_CONV` that
/// calls it with its arguments and returns its results, for the code that calls `f`
/// through a closure object. It is registered as a wrapper: hidden in traces and
/// transparent to `recover`, as the frame it adds is not one of Go's.
fn define_adapter(
    module: &mut dyn Module,
    ctx: &mut Context,
    fctx: &mut FunctionBuilderContext,
    callee: FuncId,
    f: &ir::Func,
    i: usize,
    opts: &LowerOptions,
) -> Result<(FuncId, CompiledFunc), String> {
    let sig = go_func_signature(false, &f.sig);
    let name = format!("{}·adapter", f.name);
    let id = module
        .declare_function(&format!("{name}#{i}"), Linkage::Local, &sig)
        .map_err(map_err("declare"))?;
    ctx.func = trampolines::new_function(id.as_u32(), sig);
    let callee_ref = module.declare_func_in_func(callee, &mut ctx.func);
    let config = module.isa().frontend_config();
    {
        use cranelift_codegen::ir::InstBuilder;
        let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        b.seal_block(entry);
        let args = b.block_params(entry).to_vec();
        let call = b.ins().call(callee_ref, &args);
        let results = b.inst_results(call).to_vec();
        b.ins().return_(&results);
        b.finalize(config);
    }
    let cf = define(
        module,
        ctx,
        id,
        &name,
        CodeKind::DeferWrapper,
        opts.keep_text,
        None,
    )?;
    module.clear_context(ctx);
    Ok((id, cf))
}

/// Defines the static closure object of a compiled Go function: its code pointer.
fn define_static_closure(
    module: &mut dyn Module,
    data: DataId,
    func: FuncId,
) -> Result<(), String> {
    let mut desc = DataDescription::new();
    desc.define_zeroinit(8);
    desc.set_align(8);
    let fref = module.declare_func_in_data(func, &mut desc);
    desc.write_function_addr(0, fref);
    module.define_data(data, &desc).map_err(map_err("define"))
}

/// A writable, zero-initialized, 8-aligned data object of `size` bytes.
fn zeroed_data(module: &mut dyn Module, name: &str, size: usize) -> Result<DataId, String> {
    let data = module
        .declare_data(name, Linkage::Local, true, false)
        .map_err(map_err("declare"))?;
    let mut desc = DataDescription::new();
    desc.define_zeroinit(size);
    desc.set_align(8);
    module.define_data(data, &desc).map_err(map_err("define"))?;
    Ok(data)
}

/// The runtime entries (imports) and the stubs of those that have one.
#[allow(clippy::type_complexity)]
fn declare_runtime(
    module: &mut dyn Module,
) -> Result<(HashMap<&'static str, FuncId>, HashMap<&'static str, FuncId>), String> {
    let mut runtime = HashMap::new();
    let mut stubs = HashMap::new();
    for rf in RUNTIME_FUNCTIONS {
        let id = module
            .declare_function(
                rf.name,
                Linkage::Import,
                &trampolines::runtime_signature(rf),
            )
            .map_err(map_err("declare"))?;
        runtime.insert(rf.name, id);
        let sid = module
            .declare_function(
                &format!("{}.stub", rf.name),
                Linkage::Local,
                &trampolines::stub_signature(rf),
            )
            .map_err(map_err("declare"))?;
        stubs.insert(rf.name, sid);
    }
    Ok((runtime, stubs))
}

/// Lowers and defines Go function `i` with its defer decisions.
#[allow(clippy::too_many_arguments)]
fn lower_go_function<'a>(
    module: &mut dyn Module,
    ctx: &mut Context,
    fctx: &mut FunctionBuilderContext,
    shared: &'a Shared<'a>,
    d: &Decls,
    opts: &LowerOptions,
    i: usize,
    f: &'a ir::Func,
) -> Result<CompiledFunc, String> {
    // A forced strategy applies to the user's code; the library keeps gc's choices.
    let strategy = if f.is_library() {
        crate::strategy::DeferStrategy::Auto
    } else {
        opts.strategy
    };
    let decisions = decide(f, strategy);
    let frame = crate::strategy::frame_defers(&decisions);
    let sig = go_func_signature(shared.direct_only[i], &f.sig);
    ctx.func = trampolines::new_function(d.funcs[i].as_u32(), sig);
    let (notes, lowered_slots);
    {
        let b = FunctionBuilder::new(&mut ctx.func, fctx);
        let lowerer = FnLowerer::new(b, module, shared, f, FrameState::new(decisions.clone()));
        (notes, lowered_slots) = lowerer.lower_body();
    }
    let kind = match f.kind {
        // Both kinds of wrapper are hidden in traces and transparent to recover.
        FuncKind::DeferWrapper | FuncKind::MethodWrapper => CodeKind::DeferWrapper,
        _ => CodeKind::GoFunc,
    };
    let mut cf = define(
        module,
        ctx,
        d.funcs[i],
        &f.name,
        kind,
        opts.keep_text,
        Some(&notes),
    )?;
    cf.gc_frame = Some(gc_frame_meta(ctx, lowered_slots, &mut cf.call_sites)?);
    cf.ir_func = Some(ir::FuncId(i as u32));
    cf.has_defer_records = frame == FrameDefers::Records;
    if frame != FrameDefers::Open {
        cf.open_defers = None;
    }
    debug_assert!(decisions
        .iter()
        .all(|d| (d.kind == DeferKind::OpenCoded) == (frame == FrameDefers::Open)));
    cf.decisions = decisions;
    module.clear_context(ctx);
    Ok(cf)
}

/// Defines the stubs: those of entries that may panic always (dumps and tools expect
/// them), the others only when the program calls them (`used`).
#[allow(clippy::too_many_arguments)]
fn define_stubs(
    module: &mut dyn Module,
    ctx: &mut Context,
    fctx: &mut FunctionBuilderContext,
    d: &Decls,
    used: &std::collections::HashSet<&'static str>,
    opts: &LowerOptions,
    out: &mut Vec<CompiledFunc>,
) -> Result<(), String> {
    for rf in RUNTIME_FUNCTIONS.iter() {
        if !(rf.may_panic || used.contains(rf.name)) {
            continue;
        }
        ctx.func =
            trampolines::new_function(d.stubs[rf.name].as_u32(), trampolines::stub_signature(rf));
        let target_sig = ctx
            .func
            .import_signature(trampolines::runtime_signature(rf));
        let target = cranelift_codegen::ir::ExtFuncData {
            name: cranelift_codegen::ir::ExternalName::user(
                ctx.func.declare_imported_user_function(
                    cranelift_codegen::ir::UserExternalName::new(0, d.runtime[rf.name].as_u32()),
                ),
            ),
            signature: target_sig,
            colocated: false,
            patchable: false,
        };
        let guard = module.declare_data_in_func(d.stack_guard, &mut ctx.func);
        let morestack = module.declare_func_in_func(d.morestack, &mut ctx.func);
        trampolines::build_stub(
            &mut ctx.func,
            fctx,
            module.isa().frontend_config(),
            target,
            trampolines::StackCheck { guard, morestack },
            rf,
        );
        let name = format!("{}.stub", rf.name);
        out.push(define(
            module,
            ctx,
            d.stubs[rf.name],
            &name,
            CodeKind::Stub,
            opts.keep_text,
            None,
        )?);
        module.clear_context(ctx);
    }
    Ok(())
}

/// Defines the deferred-call thunk and the two entry trampolines.
fn define_trampolines(
    module: &mut dyn Module,
    ctx: &mut Context,
    fctx: &mut FunctionBuilderContext,
    d: &Decls,
    opts: &LowerOptions,
    out: &mut Vec<CompiledFunc>,
) -> Result<(), String> {
    ctx.func = trampolines::new_function(
        d.call_deferred.as_u32(),
        trampolines::call_deferred_signature(),
    );
    trampolines::build_call_deferred(&mut ctx.func, fctx, module.isa().frontend_config());
    out.push(define(
        module,
        ctx,
        d.call_deferred,
        "deferjit.calldeferred",
        CodeKind::DeferCallThunk,
        opts.keep_text,
        None,
    )?);
    module.clear_context(ctx);
    ctx.func =
        trampolines::new_function(d.call_method.as_u32(), trampolines::call_method_signature());
    trampolines::build_call_method(&mut ctx.func, fctx, module.isa().frontend_config());
    out.push(define(
        module,
        ctx,
        d.call_method,
        "deferjit.callmethod",
        CodeKind::MethodCallThunk,
        opts.keep_text,
        None,
    )?);
    module.clear_context(ctx);
    for (id, nargs) in [(d.entry0, 0usize), (d.entry1, 1usize)] {
        ctx.func = trampolines::new_function(id.as_u32(), trampolines::entry_signature(nargs));
        trampolines::build_entry(&mut ctx.func, fctx, module.isa().frontend_config(), nargs);
        let name = format!("deferjit.entry{nargs}");
        out.push(define(
            module,
            ctx,
            id,
            &name,
            CodeKind::Entry,
            opts.keep_text,
            None,
        )?);
        module.clear_context(ctx);
    }
    Ok(())
}

/// Compiles and defines one function, reading its metadata from the compiled code.
fn define(
    module: &mut dyn Module,
    ctx: &mut Context,
    id: FuncId,
    name: &str,
    kind: CodeKind,
    keep_text: bool,
    notes: Option<&(
        crate::annotate::Notes,
        HashMap<cranelift_codegen::ir::Block, String>,
    )>,
) -> Result<CompiledFunc, String> {
    // Compiled here rather than by `define_function`, so that the epilogue peephole
    // (`crate::epilogue`) edits the bytes before they are copied into executable memory.
    crate::dead_slots::shrink_dead_slots(&mut ctx.func);
    let mut ctrl_plane = cranelift_codegen::control::ControlPlane::default();
    ctx.compile(module.isa(), &mut ctrl_plane)
        .map_err(|e| format!("{name}: {:?}", e.inner))?;
    let code = ctx
        .compiled_code()
        .ok_or_else(|| format!("{name}: no compiled code"))?;
    let mut bytes = code.code_buffer().to_vec();
    if module.isa().triple().architecture == target_lexicon::Architecture::X86_64 {
        let mut at: Vec<u32> = code.buffer.relocs().iter().map(|r| r.offset).collect();
        at.sort_unstable();
        let mut sizes = ctx
            .func
            .stencil
            .dfg
            .jump_tables
            .values()
            .map(|jt| jt.all_branches().len());
        let first = sizes.next();
        let table_entries = first.filter(|&n| sizes.all(|m| m == n));
        crate::epilogue::drop_redundant_sp_restores(&mut bytes, &at, table_entries);
    }
    let relocs: Vec<cranelift_module::ModuleReloc> = code
        .buffer
        .relocs()
        .iter()
        .map(|r| cranelift_module::ModuleReloc::from_mach_reloc(r, &ctx.func, id))
        .collect();
    module
        .define_function_bytes(id, u64::from(code.buffer.alignment), &bytes, &relocs)
        .map_err(|e| format!("{name}: {e:?}"))?;
    let buffer = &code.buffer;
    let mut call_sites: Vec<CallSiteMeta> = buffer
        .call_sites()
        .map(|cs| CallSiteMeta {
            ret_offset: cs.ret_addr,
            frame_offset: cs.frame_offset,
            live: Vec::new(),
            handler: cs.exception_handlers.iter().find_map(|h| match h {
                cranelift_codegen::FinalizedMachExceptionHandler::Default(off) => Some(*off),
                cranelift_codegen::FinalizedMachExceptionHandler::Tag(_, off) => Some(*off),
                _ => None,
            }),
        })
        .collect();
    call_sites.sort_by_key(|c| c.ret_offset);
    let mut open = OpenDeferMeta {
        bits_fp_offset: 0,
        closure_fp_offsets: Vec::new(),
    };
    let mut has_bits = false;
    let mut resume_line = None;
    let mut closures: Vec<(usize, i32)> = Vec::new();
    let mut frame_slots = Vec::new();
    if let Some(fl) = buffer.frame_layout() {
        for (slot, info) in fl.stackslots.iter() {
            let Some(key) = info.key else { continue };
            let off = info.offset as i32 - fl.frame_to_fp_offset as i32;
            let kind = FrameSlotKind::from_key(key.bits());
            match kind {
                FrameSlotKind::DeferBits => {
                    open.bits_fp_offset = off;
                    has_bits = true;
                }
                // Zeroed, and written by the runtime, only when some call has a landing
                // pad (see `FrameState::runtime_only`): else traces must not read it.
                FrameSlotKind::ResumeLine if call_sites.iter().any(|c| c.handler.is_some()) => {
                    resume_line = Some(off)
                }
                FrameSlotKind::ResumeLine => {}
                FrameSlotKind::OpenClosure(i) => closures.push((i, off)),
                FrameSlotKind::StackRecord(_) => {}
            }
            frame_slots.push(FrameSlotMeta {
                kind,
                fp_offset: off,
                size: ctx.func.sized_stack_slots[slot].size,
            });
        }
    }
    frame_slots.sort_by_key(|s| s.fp_offset);
    closures.sort();
    open.closure_fp_offsets = closures.into_iter().map(|c| c.1).collect();
    let mut lines: Vec<(u32, u32)> = Vec::new();
    for sl in buffer.get_srclocs_sorted() {
        if sl.loc.is_default() {
            continue;
        }
        if lines.last().map(|l| l.1) != Some(sl.loc.bits()) {
            lines.push((sl.start, sl.loc.bits()));
        }
    }
    let size = buffer.data().len() as u32;
    let clif = keep_text.then(|| match notes {
        Some((n, b)) => crate::annotate::annotated_clif(&ctx.func, n, b),
        None => ctx.func.display().to_string(),
    });
    let code_bytes = keep_text.then_some(bytes);
    let all_notes = match notes {
        Some((n, b)) if keep_text => {
            let mut v: Vec<String> = n
                .values()
                .flatten()
                .cloned()
                .chain(b.values().cloned())
                .collect();
            v.sort();
            v
        }
        _ => Vec::new(),
    };
    // Call and address targets by name, for the disassembly.
    let relocs = if keep_text {
        named_relocs(module, ctx)
    } else {
        Vec::new()
    };
    Ok(CompiledFunc {
        id,
        name: name.to_string(),
        kind,
        ir_func: None,
        size,
        call_sites,
        open_defers: has_bits.then_some(open),
        has_defer_records: false,
        resume_line_fp_offset: resume_line,
        frame_slots,
        lines,
        gc_frame: None,
        decisions: Vec::new(),
        clif,
        code: code_bytes,
        relocs,
        notes: all_notes,
    })
}

/// How the collector scans the frames of the function just compiled in `ctx`, whose
/// first `lowered_slots` stack slots are the lowering's own: their places, the outgoing
/// argument and saved-register areas, and (written into `call_sites`) the FP offsets of
/// the values live across each call, from the user stack maps.
fn gc_frame_meta(
    ctx: &Context,
    lowered_slots: usize,
    call_sites: &mut [CallSiteMeta],
) -> Result<runtime::abi::GcFrameMeta, String> {
    let code = ctx.compiled_code().ok_or("no compiled code")?;
    let buffer = &code.buffer;
    let fl = buffer
        .frame_layout()
        .ok_or("no frame layout in the compiled code")?;
    let mut meta = runtime::abi::GcFrameMeta {
        frame_size: fl.frame_to_fp_offset,
        ..Default::default()
    };
    let mut lowest = None::<u32>;
    for (slot, info) in fl.stackslots.iter() {
        let size = ctx.func.sized_stack_slots[slot].size;
        lowest = Some(lowest.map_or(info.offset, |l| l.min(info.offset)));
        if cranelift_codegen::entity::EntityRef::index(slot) < lowered_slots && size > 0 {
            meta.slots
                .push((info.offset as i32 - fl.frame_to_fp_offset as i32, size));
        }
    }
    // The slots' storage starts right above the outgoing arguments; without slots, the
    // whole frame below the saved registers counts as arguments (scanned conservatively).
    for (_, inst) in &buffer.unwind_info {
        if let cranelift_codegen::isa::unwind::UnwindInst::DefineNewFrame {
            offset_downward_to_clobbers,
            ..
        } = inst
        {
            meta.clobbers = *offset_downward_to_clobbers;
        }
    }
    meta.outgoing = lowest.unwrap_or_else(|| fl.frame_to_fp_offset.saturating_sub(meta.clobbers));
    for (ret, _span, map) in buffer.user_stack_maps() {
        let Some(cs) = call_sites.iter_mut().find(|c| c.ret_offset == *ret) else {
            return Err(format!("a stack map at {ret:#x} is at no call site"));
        };
        // The frame's SP is the same at every call (outgoing arguments are preallocated).
        let fo = fl.frame_to_fp_offset;
        if cs.frame_offset.is_some_and(|f| f != fo) {
            return Err(format!(
                "the frame at the call at {ret:#x} is not the function's"
            ));
        }
        cs.live = map
            .entries()
            .map(|(_, sp_offset)| sp_offset as i32 - fo as i32)
            .collect();
        cs.live.sort_unstable();
    }
    Ok(meta)
}

/// The relocations of `ctx`'s compiled code with their targets by name (declared names
/// without their `#index` suffix), for the disassembly.
fn named_relocs(module: &dyn Module, ctx: &Context) -> Vec<Reloc> {
    let Some(code) = ctx.compiled_code() else {
        return Vec::new();
    };
    let buffer = &code.buffer;
    buffer
        .relocs()
        .iter()
        .filter_map(|r| match &r.target {
            cranelift_codegen::FinalizedRelocTarget::ExternalName(
                cranelift_codegen::ir::ExternalName::User(u),
            ) => {
                let un = &ctx.func.params.user_named_funcs()[*u];
                let name = if un.namespace == 0 {
                    let id = FuncId::from_u32(un.index);
                    module
                        .declarations()
                        .get_function_decl(id)
                        .linkage_name(id)
                        .to_string()
                } else {
                    let id = DataId::from_u32(un.index);
                    module
                        .declarations()
                        .get_data_decl(id)
                        .linkage_name(id)
                        .to_string()
                };
                // Declared names carry a `#index` suffix to stay unique.
                let name = name.split('#').next().unwrap_or_default().to_string();
                Some(Reloc {
                    offset: r.offset,
                    target: name,
                })
            }
            _ => None,
        })
        .collect()
}
