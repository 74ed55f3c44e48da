//! Lowering a whole program into a Cranelift module: declarations (Go functions, runtime
//! imports and stubs, globals, static closures, string data), each function's body, and
//! the metadata the runtime needs, read from the compiled code before the context is
//! cleared (call sites with handlers, frame slots of open-coded defers, line table).

use crate::defers::{FrameState, DEFER_BITS_KEY, RESUME_LINE_KEY, STACK_RECORD_KEY};
use crate::function::FnLowerer;
use crate::ir::{self, FuncKind, Type};
use crate::layout;
use crate::strategy::{decide, DeferDecision, DeferKind, DeferStrategy, FrameDefers};
use crate::trampolines;
use cranelift_codegen::ir::{AbiParam, Signature};
use cranelift_codegen::isa::CallConv;
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use runtime::abi::{CallSiteMeta, CodeKind, OpenDeferMeta, RUNTIME_FUNCTIONS};
use std::cell::RefCell;
use std::collections::HashMap;

/// Options of the lowering.
#[derive(Clone, Debug, Default)]
pub struct LowerOptions {
    /// The user's defer strategy (`Auto` = gc's rules).
    pub strategy: DeferStrategy,
    /// Keep the optimized CLIF text and machine code bytes of each function (for dumps).
    pub keep_text: bool,
}

/// One compiled function and what the runtime and the dump need about it.
#[derive(Clone, Debug)]
pub struct CompiledFunc {
    pub id: FuncId,
    /// gc's name or the stub/thunk name.
    pub name: String,
    pub kind: CodeKind,
    /// The Go function it implements, if any.
    pub ir_func: Option<ir::FuncId>,
    /// Code size in bytes.
    pub size: u32,
    pub call_sites: Vec<CallSiteMeta>,
    pub open_defers: Option<OpenDeferMeta>,
    pub has_defer_records: bool,
    /// FP offset of the resume-line slot (functions with defers).
    pub resume_line_fp_offset: Option<i32>,
    /// Every frame slot the runtime or a reader of the code needs to find (deferBits, the
    /// resume line, open-coded closure slots, stack defer records), sorted by FP offset,
    /// from Cranelift's frame layout.
    pub frame_slots: Vec<FrameSlotMeta>,
    /// `(code offset, line)` sorted by offset.
    pub lines: Vec<(u32, u32)>,
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
    pub kind: FrameSlotKind,
    pub fp_offset: i32,
    pub size: u32,
}

/// A relocation in a function's machine code: the patched bytes at `offset` refer to
/// the function or data object named `target` (gc's name, a runtime symbol, a stub).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reloc {
    pub offset: u32,
    pub target: String,
}

/// The result of lowering a program.
pub struct LoweredProgram {
    pub funcs: Vec<CompiledFunc>,
    /// The module function of each Go function, by `ir::FuncId`.
    pub go_funcs: Vec<FuncId>,
    /// `deferjit.entry0` / `deferjit.entry1`.
    pub entry0: FuncId,
    pub entry1: FuncId,
    /// `deferjit.calldeferred`.
    pub call_deferred: FuncId,
    /// The data object of each package-level variable, by `ir::GlobalId`, and its size.
    pub globals: Vec<(DataId, usize)>,
    /// The word the stubs' stack check compares with (`abi::STACK_GUARD_SYMBOL`).
    pub stack_guard: DataId,
}

/// Declarations shared by all function bodies.
pub(crate) struct Shared<'a> {
    pub prog: &'a ir::Program,
    pub funcs: Vec<FuncId>,
    pub static_closures: Vec<DataId>,
    pub globals: Vec<DataId>,
    pub runtime: HashMap<&'static str, FuncId>,
    pub stubs: HashMap<&'static str, FuncId>,
    /// The runtime functions whose stubs the bodies call: of the entries that cannot
    /// panic, only those stubs are compiled (every stub is declared, so function ids do
    /// not depend on the program).
    pub used_stubs: RefCell<std::collections::HashSet<&'static str>>,
    pub niladic_sig: Signature,
    pub strings: RefCell<HashMap<String, DataId>>,
    pub type_descs: RefCell<&'a mut dyn FnMut(&Type) -> u64>,
}

impl Shared<'_> {
    /// The address of the runtime type descriptor of `ty` (owned by the caller of the
    /// lowering for as long as the code lives).
    pub fn type_desc(&self, ty: &Type) -> u64 {
        (self.type_descs.borrow_mut())(ty)
    }
}

/// The `tail` signature of a Go function: hidden closure pointer, then the words of the
/// parameters; the words of the results.
pub fn go_signature(_default: CallConv, sig: &ir::Signature) -> Signature {
    let mut s = Signature::new(CallConv::Tail);
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

fn map_err<E: std::fmt::Display>(what: &str) -> impl Fn(E) -> String + '_ {
    move |e| format!("{what}: {e}")
}

/// Lowers `prog` into `module` and defines every function (the caller finalizes).
pub fn lower_program(
    module: &mut dyn Module,
    prog: &ir::Program,
    opts: &LowerOptions,
    type_desc: &mut dyn FnMut(&Type) -> u64,
) -> Result<LoweredProgram, String> {
    let cc = module.isa().default_call_conv();
    // Declarations.
    let mut funcs = Vec::new();
    for (i, f) in prog.funcs.iter().enumerate() {
        let sig = go_signature(cc, &f.sig);
        let id = module
            .declare_function(&format!("{}#{}", f.name, i), Linkage::Local, &sig)
            .map_err(map_err("declare"))?;
        funcs.push(id);
    }
    let mut static_closures = Vec::new();
    for (i, f) in prog.funcs.iter().enumerate() {
        let data = module
            .declare_data(&format!("{}·f#{}", f.name, i), Linkage::Local, false, false)
            .map_err(map_err("declare"))?;
        let mut desc = DataDescription::new();
        desc.define_zeroinit(8);
        desc.set_align(8);
        let fref = module.declare_func_in_data(funcs[i], &mut desc);
        desc.write_function_addr(0, fref);
        module.define_data(data, &desc).map_err(map_err("define"))?;
        static_closures.push(data);
    }
    let mut globals = Vec::new();
    let mut global_sizes = Vec::new();
    for (i, g) in prog.globals.iter().enumerate() {
        let data = module
            .declare_data(
                &format!("main.{}#{}", g.name, i),
                Linkage::Local,
                true,
                false,
            )
            .map_err(map_err("declare"))?;
        let mut desc = DataDescription::new();
        let size = layout::align8(layout::size_of(&g.ty)).max(8) as usize;
        desc.define_zeroinit(size);
        global_sizes.push(size);
        desc.set_align(8);
        module.define_data(data, &desc).map_err(map_err("define"))?;
        globals.push(data);
    }
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
        if rf.has_stub() {
            let sid = module
                .declare_function(
                    &format!("{}.stub", rf.name),
                    Linkage::Local,
                    &trampolines::stub_signature(rf),
                )
                .map_err(map_err("declare"))?;
            stubs.insert(rf.name, sid);
        }
    }
    let entry0 = module
        .declare_function(
            "deferjit.entry0",
            Linkage::Local,
            &trampolines::entry_signature(0),
        )
        .map_err(map_err("declare"))?;
    let entry1 = module
        .declare_function(
            "deferjit.entry1",
            Linkage::Local,
            &trampolines::entry_signature(1),
        )
        .map_err(map_err("declare"))?;
    let call_deferred = module
        .declare_function(
            "deferjit.calldeferred",
            Linkage::Local,
            &trampolines::call_deferred_signature(),
        )
        .map_err(map_err("declare"))?;
    // The stack check of the stubs: the slow path, and the guard word.
    let morestack = module
        .declare_function(
            runtime::abi::MORESTACK.name,
            Linkage::Import,
            &trampolines::morestack_signature(),
        )
        .map_err(map_err("declare"))?;
    let stack_guard = module
        .declare_data(
            runtime::abi::STACK_GUARD_SYMBOL,
            Linkage::Local,
            true,
            false,
        )
        .map_err(map_err("declare"))?;
    {
        let mut desc = DataDescription::new();
        desc.define_zeroinit(8);
        desc.set_align(8);
        module
            .define_data(stack_guard, &desc)
            .map_err(map_err("define"))?;
    }

    let niladic_sig = go_signature(
        cc,
        &ir::Signature {
            params: vec![],
            results: vec![],
        },
    );
    let global_data: Vec<(DataId, usize)> = globals.iter().copied().zip(global_sizes).collect();
    let shared = Shared {
        prog,
        funcs: funcs.clone(),
        static_closures,
        globals,
        runtime: runtime.clone(),
        stubs: stubs.clone(),
        used_stubs: RefCell::new(std::collections::HashSet::new()),
        niladic_sig,
        strings: RefCell::new(HashMap::new()),
        type_descs: RefCell::new(type_desc),
    };

    let mut ctx = module.make_context();
    let mut fctx = FunctionBuilderContext::new();
    let mut out = Vec::new();

    // Go functions.
    for (i, f) in prog.funcs.iter().enumerate() {
        let decisions = decide(f, opts.strategy);
        let frame = crate::strategy::frame_defers(&decisions);
        ctx.func = trampolines::new_function(i as u32, go_signature(cc, &f.sig));
        let notes;
        {
            let b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
            let lowerer = FnLowerer::new(b, module, &shared, f, FrameState::new(decisions.clone()));
            notes = lowerer.lower_body();
        }
        let kind = match f.kind {
            FuncKind::DeferWrapper => CodeKind::DeferWrapper,
            _ => CodeKind::GoFunc,
        };
        let mut cf = define(
            module,
            &mut ctx,
            funcs[i],
            &f.name,
            kind,
            opts.keep_text,
            Some(&notes),
        )?;
        cf.ir_func = Some(ir::FuncId(i as u32));
        cf.has_defer_records = frame == FrameDefers::Records;
        if frame != FrameDefers::Open {
            cf.open_defers = None;
        }
        debug_assert!(decisions
            .iter()
            .all(|d| (d.kind == DeferKind::OpenCoded) == (frame == FrameDefers::Open)));
        cf.decisions = decisions;
        out.push(cf);
        module.clear_context(&mut ctx);
    }

    // Stubs.
    let base = prog.funcs.len() as u32;
    for (k, rf) in RUNTIME_FUNCTIONS.iter().enumerate() {
        // The stubs of entries that may panic always exist (dumps and tools expect
        // them); the others only when the program calls them.
        if !rf.has_stub() || !(rf.may_panic || shared.used_stubs.borrow().contains(rf.name)) {
            continue;
        }
        ctx.func = trampolines::new_function(base + k as u32, trampolines::stub_signature(rf));
        let target_sig = ctx
            .func
            .import_signature(trampolines::runtime_signature(rf));
        let target = cranelift_codegen::ir::ExtFuncData {
            name: cranelift_codegen::ir::ExternalName::user(
                ctx.func.declare_imported_user_function(
                    cranelift_codegen::ir::UserExternalName::new(0, runtime[rf.name].as_u32()),
                ),
            ),
            signature: target_sig,
            colocated: false,
            patchable: false,
        };
        let guard = module.declare_data_in_func(stack_guard, &mut ctx.func);
        let morestack = module.declare_func_in_func(morestack, &mut ctx.func);
        trampolines::build_stub(
            &mut ctx.func,
            &mut fctx,
            module.isa().frontend_config(),
            target,
            trampolines::StackCheck { guard, morestack },
            rf,
        );
        let name = format!("{}.stub", rf.name);
        out.push(define(
            module,
            &mut ctx,
            stubs[rf.name],
            &name,
            CodeKind::Stub,
            opts.keep_text,
            None,
        )?);
        module.clear_context(&mut ctx);
    }

    // Thunk and entries.
    let n = base + RUNTIME_FUNCTIONS.len() as u32;
    ctx.func = trampolines::new_function(n, trampolines::call_deferred_signature());
    trampolines::build_call_deferred(&mut ctx.func, &mut fctx, module.isa().frontend_config());
    out.push(define(
        module,
        &mut ctx,
        call_deferred,
        "deferjit.calldeferred",
        CodeKind::DeferCallThunk,
        opts.keep_text,
        None,
    )?);
    module.clear_context(&mut ctx);
    for (k, (id, nargs)) in [(entry0, 0usize), (entry1, 1usize)].into_iter().enumerate() {
        ctx.func = trampolines::new_function(n + 1 + k as u32, trampolines::entry_signature(nargs));
        trampolines::build_entry(
            &mut ctx.func,
            &mut fctx,
            module.isa().frontend_config(),
            nargs,
        );
        let name = format!("deferjit.entry{nargs}");
        out.push(define(
            module,
            &mut ctx,
            id,
            &name,
            CodeKind::Entry,
            opts.keep_text,
            None,
        )?);
        module.clear_context(&mut ctx);
    }

    Ok(LoweredProgram {
        funcs: out,
        go_funcs: funcs,
        entry0,
        entry1,
        call_deferred,
        globals: global_data,
        stack_guard,
    })
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
    module
        .define_function(id, ctx)
        .map_err(|e| format!("{name}: {e:?}"))?;
    let code = ctx
        .compiled_code()
        .ok_or_else(|| format!("{name}: no compiled code"))?;
    let buffer = &code.buffer;
    let mut call_sites: Vec<CallSiteMeta> = buffer
        .call_sites()
        .map(|cs| CallSiteMeta {
            ret_offset: cs.ret_addr,
            frame_offset: cs.frame_offset,
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
                FrameSlotKind::ResumeLine => resume_line = Some(off),
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
    let code_bytes = keep_text.then(|| buffer.data().to_vec());
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
        decisions: Vec::new(),
        clif,
        code: code_bytes,
        relocs,
        notes: all_notes,
    })
}
