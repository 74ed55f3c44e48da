//! The JIT driver: a cranelift-jit module with the runtime's symbols, the lowering of a
//! checked program into it, finalization, and the hand-off of every function's metadata
//! to the runtime's code registry (undone, and the code freed, when the program drops).

use cranelift_codegen::settings::{self, Configurable};
use cranelift_jit::{JITBuilder, JITModule};
use lowering::ir::{self, Type};
use lowering::{CompiledFunc, LowerOptions};
use runtime::abi::CodeKind;
use runtime::registry::{self, FuncMeta};
use runtime::types::{self, FieldDesc, TypeDesc};
use std::collections::HashMap;
use std::sync::Arc;

/// Compiled code of one program, registered with the runtime while it lives.
pub struct JitCode {
    module: Option<JITModule>,
    /// Every compiled function with its absolute start address.
    pub funcs: Vec<(CompiledFunc, usize)>,
    /// Start address of each Go function, by `ir::FuncId`.
    pub go_funcs: Vec<usize>,
    /// Start address of `deferjit.entry0`, the entry trampoline for a Go function of no arguments.
    pub entry0: usize,
    /// Start address of `deferjit.entry1`, the entry trampoline for a Go function of one argument (a benchmark's `*testing.B`).
    pub entry1: usize,
    /// Start address of `deferjit.calldeferred`, the thunk through which the runtime makes a deferred call during a panic.
    pub call_deferred: usize,
    /// Start address of `deferjit.callmethod`, the thunk through which the runtime calls a method.
    pub call_method: usize,
    /// Start address of fmt's `callFormat`, through which the runtime's printer runs a
    /// Formatter (0 when the program has none).
    pub format_call: usize,
    /// Address of the stubs' stack-guard word (`runtime::abi::STACK_GUARD_SYMBOL`).
    pub stack_guard: usize,
    /// Address of the preemption word that loops poll (`runtime::abi::PREEMPT_SYMBOL`).
    pub preempt: usize,
    /// Address and size of each package-level variable's storage, by `ir::GlobalId`.
    pub globals: Vec<(usize, usize)>,
    /// The package-level variables that hold pointers: address, size and the address of
    /// the pointer map the collector scans them through (the run's roots).
    pub global_roots: Vec<(usize, usize, usize)>,
    /// Type descriptors the code points to (slice and func types). Boxed so that their
    /// addresses, embedded in the code, stay put while the vector grows.
    #[allow(clippy::vec_box)]
    _type_descs: Vec<Box<TypeDesc>>,
    /// The method tables the descriptors point to.
    _vtables: Vec<Box<[usize]>>,
}

// SAFETY: after finalization the module is only read (addresses) or freed on drop; the
// code and descriptors are immutable and may be used from any thread.
unsafe impl Send for JitCode {}
// SAFETY: as above: no interior mutability is reachable through `&JitCode`.
unsafe impl Sync for JitCode {}

/// Builds the host ISA with the settings the runtime relies on.
pub fn host_isa() -> Result<Arc<dyn cranelift_codegen::isa::TargetIsa>, String> {
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| {
        f.set(k, v)
            .map_err(|e| format!("cranelift setting {k}={v}: {e}"))
    };
    set(&mut flags, "opt_level", "speed")?;
    set(&mut flags, "preserve_frame_pointers", "true")?;
    set(&mut flags, "is_pic", "false")?;
    set(&mut flags, "enable_multi_ret_implicit_sret", "true")?;
    set(&mut flags, "unwind_info", "false")?;
    // Every function starts on a 32-byte boundary, as gc aligns them: a function's speed
    // then does not depend on where the code before it happened to end.
    set(&mut flags, "log2_min_function_alignment", "5")?;
    // The goroutine lives in the pinned register (R15 on x64; gc keeps `g` in R14): records
    // and `recover()` reach it without a call (see `runtime::abi::G_DEFER_HEAD_OFFSET`).
    set(&mut flags, "enable_pinned_reg", "true")?;
    let isa_builder = cranelift_native::builder().map_err(|e| format!("host ISA: {e}"))?;
    isa_builder
        .finish(settings::Flags::new(flags))
        .map_err(|e| format!("host ISA: {e}"))
}

/// The runtime's own descriptor for the types of the error values it makes that programs
/// can name (`*runtime.TypeAssertionError`, `*runtime.PanicNilError`): those values are
/// made by the runtime with its static descriptors, so the program's code must use the
/// same ones for `r.(*runtime.TypeAssertionError)` to hold. lib/runtime declares both as
/// structs whose one field is the `Error()` text, the layout of the runtime's values.
fn runtime_error_desc(ty: &Type) -> Option<&'static TypeDesc> {
    let Type::Pointer(elem) = ty else {
        return None;
    };
    let Type::Named(n) = &**elem else {
        return None;
    };
    match n.name.as_str() {
        "runtime.TypeAssertionError" => Some(&types::RUNTIME_TYPE_ASSERTION_ERROR),
        "runtime.PanicNilError" => Some(&types::PANIC_NIL_ERROR),
        _ => None,
    }
}

/// Interns runtime type descriptors for the types the code converts to interfaces.
struct TypeDescs {
    /// Boxed: the code embeds their addresses, which must not move as the vector grows.
    #[allow(clippy::vec_box)]
    owned: Vec<Box<TypeDesc>>,
    by_type: HashMap<Type, usize>,
    /// The method tables of the descriptors of types with methods.
    vtables: Vec<Box<[usize]>>,
    /// The `(selector, wrapper)` entries that the method tables of the descriptors made
    /// since the lowering last asked can hold.
    vtable_funcs: Vec<(u32, ir::FuncId, ir::FuncId)>,
}

impl lowering::TypeDescSource for TypeDescs {
    fn desc(&mut self, ty: &Type) -> u64 {
        self.get(ty) as u64
    }

    fn take_vtable_funcs(&mut self) -> Vec<(u32, ir::FuncId, ir::FuncId)> {
        std::mem::take(&mut self.vtable_funcs)
    }
}

impl TypeDescs {
    fn get(&mut self, ty: &Type) -> usize {
        if let Some(a) = self.by_type.get(ty) {
            return *a;
        }
        if let Some(t) = runtime_error_desc(ty) {
            // Not in `by_type`: a static descriptor gets no method table.
            return types::addr(t);
        }
        let addr = match ty {
            Type::Int => types::addr(&types::INT),
            Type::Sized(k) => types::addr(match k.canonical() {
                ir::IntKind::I8 => &types::INT8,
                ir::IntKind::I16 => &types::INT16,
                ir::IntKind::I32 => &types::INT32,
                ir::IntKind::I64 => &types::INT64,
                ir::IntKind::U => &types::UINT,
                ir::IntKind::U8 => &types::UINT8,
                ir::IntKind::U16 => &types::UINT16,
                ir::IntKind::U32 => &types::UINT32,
                ir::IntKind::U64 => &types::UINT64,
                ir::IntKind::Uptr => &types::UINTPTR,
                ir::IntKind::Byte | ir::IntKind::Rune => unreachable!("canonical kind"),
            }),
            Type::Bool => types::addr(&types::BOOL),
            Type::UnsafePointer => types::addr(&types::UNSAFE_POINTER),
            Type::Float(ir::FloatKind::F32) => types::addr(&types::FLOAT32),
            Type::Float(ir::FloatKind::F64) => types::addr(&types::FLOAT64),
            Type::Complex(ir::FloatKind::F32) => types::addr(&types::COMPLEX64),
            Type::Complex(ir::FloatKind::F64) => types::addr(&types::COMPLEX128),
            Type::String => types::addr(&types::STRING),
            Type::Error => types::addr(&types::ERROR),
            Type::Any => types::addr(&types::ANY),
            Type::Slice(e) => {
                let elem = self.get(e) as *const TypeDesc;
                let mut b = TypeDesc::slice(elem);
                // The element's descriptor may still be a placeholder (a defined type
                // whose underlying type mentions this slice type).
                b.elem_size = lowering::layout::size_of(e) as usize;
                let a = &*b as *const TypeDesc as usize;
                self.owned.push(b);
                a
            }
            Type::Map(k, v) => {
                let key = self.get(k) as *const TypeDesc;
                let elem = self.get(v) as *const TypeDesc;
                let mut b = TypeDesc::func(ty.go_name());
                b.kind = runtime::types::TypeKind::Map;
                b.key = key;
                b.elem = elem;
                let a = &*b as *const TypeDesc as usize;
                self.owned.push(b);
                a
            }
            Type::Chan(_, e) => {
                let elem = self.get(e) as *const TypeDesc;
                let mut b = TypeDesc::func(ty.go_name());
                b.kind = runtime::types::TypeKind::Chan;
                b.elem = elem;
                let a = &*b as *const TypeDesc as usize;
                self.owned.push(b);
                a
            }
            Type::Interface(it) => {
                let mut b = TypeDesc::func(ty.go_name());
                b.kind = runtime::types::TypeKind::Any;
                b.size = runtime::abi::IFACE_SIZE;
                b.imethods = it
                    .methods
                    .iter()
                    .map(|m| (m.name.clone(), m.selector))
                    .collect();
                let a = &*b as *const TypeDesc as usize;
                self.owned.push(b);
                a
            }
            Type::Func(_) | Type::TestingB | Type::Tuple(_) => {
                let b = TypeDesc::func(ty.go_name());
                let a = &*b as *const TypeDesc as usize;
                self.owned.push(b);
                a
            }
            Type::Pointer(e) => {
                let elem = self.get(e) as *const TypeDesc;
                let mut b = TypeDesc::pointer(elem);
                b.elem_size = lowering::layout::size_of(e) as usize;
                let a = &*b as *const TypeDesc as usize;
                self.owned.push(b);
                a
            }
            Type::Array(e, n) => {
                let elem = self.get(e) as *const TypeDesc;
                let b = TypeDesc::array(elem, lowering::layout::size_of(e) as usize, *n as usize);
                let a = &*b as *const TypeDesc as usize;
                self.owned.push(b);
                a
            }
            Type::Struct(st) => {
                let (offsets, size) = lowering::layout::struct_layout(ty);
                let fields = st
                    .fields
                    .iter()
                    .zip(offsets)
                    .map(|(f, off)| FieldDesc {
                        name: f.name.clone(),
                        offset: off as usize,
                        typ: self.get(&f.ty) as *const TypeDesc,
                        embedded: f.embedded,
                    })
                    .collect();
                let b = TypeDesc::structure(ty.go_name(), size, fields);
                let a = &*b as *const TypeDesc as usize;
                self.owned.push(b);
                a
            }
            Type::Named(n) => {
                // Registered before its underlying type is described: that may refer
                // back to it (`type L struct{ next *L }`).
                let b = TypeDesc::func(n.name.clone());
                let a = &*b as *const TypeDesc as usize;
                let index = self.owned.len();
                self.owned.push(b);
                self.by_type.insert(ty.clone(), a);
                let under = self.get(n.underlying()) as *const TypeDesc;
                // SAFETY: `under` is one of the live descriptors of this table (or a static).
                let filled = TypeDesc::named_type(n.name.clone(), unsafe { &*under });
                *self.owned[index] = *filled;
                a
            }
        };
        self.by_type.insert(ty.clone(), addr);
        // The wrappers its method table will hold must be compiled.
        let (named, pointer) = match ty {
            Type::Named(n) => (Some(n), false),
            Type::Pointer(p) => match &**p {
                Type::Named(n) => (Some(n), true),
                _ => (None, false),
            },
            _ => (None, false),
        };
        if let Some(n) = named {
            let methods = n.methods.lock().unwrap_or_else(|e| e.into_inner());
            self.vtable_funcs.extend(methods.iter().filter_map(|m| {
                let w = if pointer {
                    m.pointer_wrapper
                } else {
                    m.value_wrapper
                };
                w.map(|w| (m.selector, w, m.func))
            }));
        }
        addr
    }

    /// Gives each descriptor of a type with methods (`T`: its value-receiver methods;
    /// `*T`: all of them) its method table: for each of the program's `nselectors`
    /// selectors, the address of the wrapper through which an interface calls the method
    /// (`go_funcs` by `ir::FuncId`), or 0.
    fn fill_vtables(&mut self, selectors: &[String], go_funcs: &[usize]) {
        let nselectors = selectors.len();
        for (ty, &addr) in &self.by_type {
            let (n, pointer) = match ty {
                Type::Named(n) => (n, false),
                Type::Pointer(p) => match &**p {
                    Type::Named(n) => (n, true),
                    _ => continue,
                },
                _ => continue,
            };
            let methods = n.methods.lock().unwrap_or_else(|e| e.into_inner());
            if methods.is_empty() {
                continue;
            }
            let mut table = vec![0usize; nselectors.max(1)].into_boxed_slice();
            let (mut error_method, mut string_method, mut gostring_method) = (0, 0, 0);
            let mut format_method = 0;
            for m in methods.iter() {
                let wrapper = if pointer {
                    m.pointer_wrapper
                } else {
                    m.value_wrapper
                };
                if let Some(w) = wrapper {
                    // A method that no compiled code can call (its selector is never
                    // called through an interface) is not compiled; its entry still says
                    // that the type has it, for assertions to interfaces.
                    let code = match go_funcs[w.0 as usize] {
                        0 => runtime::iface::rt_uncompiled_method as *const () as usize,
                        code => code,
                    };
                    table[m.selector as usize] = code;
                    match selectors[m.selector as usize].as_str() {
                        "Error() string" => error_method = code,
                        "String() string" => string_method = code,
                        "GoString() string" => gostring_method = code,
                        "Format(fmt.State, int32)" => format_method = code,
                        _ => {}
                    }
                }
            }
            let Some(desc) = self
                .owned
                .iter_mut()
                .find(|d| std::ptr::eq(&***d, addr as *const TypeDesc))
            else {
                continue;
            };
            desc.vtable = table.as_ptr();
            desc.error_method = error_method;
            desc.string_method = string_method;
            desc.gostring_method = gostring_method;
            desc.format_method = format_method;
            self.vtables.push(table);
        }
    }
}

/// Compiles `prog` to native code and registers it with the runtime; traces name the
/// program's own file `trace_path` when given (else `prog.file_name`).
pub fn compile(
    prog: &ir::Program,
    opts: &LowerOptions,
    trace_path: Option<&str>,
) -> Result<JitCode, String> {
    let (mut module, mut descs, lowered) = {
        let isa = host_isa()?;
        let mut builder = JITBuilder::with_isa(isa, cranelift_module::default_libcall_names());
        for (name, addr) in runtime::symbols::symbols() {
            builder.symbol(name, addr);
        }
        let mut module = JITModule::new(builder);
        let mut descs = TypeDescs {
            owned: Vec::new(),
            by_type: HashMap::new(),
            vtables: Vec::new(),
            vtable_funcs: Vec::new(),
        };
        let lowered = lowering::lower_program(&mut module, prog, opts, &mut descs)?;
        if lowered.goroutines_without_polls {
            // A library function with a `go` statement is reached though the user's
            // package has none: lower again with the loops polling for preemption.
            // SAFETY: nothing was finalized, registered or run from this module.
            unsafe { module.free_memory() };
            if opts.assume_goroutines {
                return Err("goroutines started by code that was not checked".into());
            }
            let again = LowerOptions {
                assume_goroutines: true,
                ..opts.clone()
            };
            return compile(prog, &again, trace_path);
        }
        (module, descs, lowered)
    };
    module
        .finalize_definitions()
        .map_err(|e| format!("finalizing code: {e}"))?;
    let mut files: Vec<Arc<str>> = if prog.files.is_empty() {
        vec![Arc::from(prog.file_name.as_str())]
    } else {
        prog.files.iter().map(|f| Arc::from(f.as_str())).collect()
    };
    if let Some(path) = trace_path {
        files[0] = Arc::from(path);
    }
    let mut funcs = Vec::with_capacity(lowered.funcs.len());
    let mut metas = Vec::with_capacity(lowered.funcs.len());
    for cf in lowered.funcs {
        let start = module.get_finalized_function(cf.id) as usize;
        metas.push(FuncMeta {
            name: cf.name.clone(),
            kind: cf.kind,
            start,
            size: cf.size as usize,
            call_sites: cf.call_sites.clone(),
            call_site_lines: Vec::new(),
            open_defers: cf.open_defers.clone(),
            has_defer_records: cf.has_defer_records,
            resume_line_fp_offset: cf.resume_line_fp_offset,
            file: cf
                .ir_func
                .and_then(|f| files.get(prog.funcs[f.0 as usize].file as usize))
                .unwrap_or(&files[0])
                .clone(),
            args: cf.ir_func.map_or_else(String::new, |f| {
                crate::argshape::arg_shape(&prog.funcs[f.0 as usize].sig)
            }),
            lines: cf.lines.clone(),
            gc_frame: cf.gc_frame.clone(),
        });
        funcs.push((cf, start));
    }
    registry::register(metas);
    // 0 for a library function that no compiled code reaches (never called).
    let go_funcs: Vec<usize> = lowered
        .go_funcs
        .iter()
        .map(|id| id.map_or(0, |id| module.get_finalized_function(id) as usize))
        .collect();
    descs.fill_vtables(&prog.selectors, &go_funcs);
    let entry0 = module.get_finalized_function(lowered.entry0) as usize;
    let entry1 = module.get_finalized_function(lowered.entry1) as usize;
    let call_deferred = module.get_finalized_function(lowered.call_deferred) as usize;
    let call_method = module.get_finalized_function(lowered.call_method) as usize;
    let stack_guard = module.get_finalized_data(lowered.stack_guard).0 as usize;
    let preempt = module.get_finalized_data(lowered.preempt).0 as usize;
    let format_call = prog.format_call.map_or(0, |f| go_funcs[f.0 as usize]);
    let globals: Vec<(usize, usize)> = lowered
        .globals
        .iter()
        .map(|(id, size, _)| (module.get_finalized_data(*id).0 as usize, *size))
        .collect();
    let global_roots = lowered
        .globals
        .iter()
        .zip(&globals)
        .filter_map(|((_, _, map), &(addr, size))| {
            map.map(|m| (addr, size, module.get_finalized_data(m).0 as usize))
        })
        .collect();
    Ok(JitCode {
        module: Some(module),
        funcs,
        go_funcs,
        entry0,
        entry1,
        call_deferred,
        call_method,
        format_call,
        stack_guard,
        preempt,
        globals,
        global_roots,
        _type_descs: descs.owned,
        _vtables: descs.vtables,
    })
}

impl JitCode {
    /// Zeroes every package-level variable, so that a run starts from Go's initial state
    /// (`main.init` then assigns the initialized ones).
    ///
    /// # Safety
    /// No run of this code may be in progress (callers hold the program's run lock).
    pub unsafe fn reset_globals(&self) {
        for &(addr, size) in &self.globals {
            // SAFETY: `addr` is the writable data object of this module holding the
            // variable, `size` bytes long; nothing else accesses it now (caller).
            unsafe { std::ptr::write_bytes(addr as *mut u8, 0, size) };
        }
    }

    /// Appends every compiled function to the perf map of this process
    /// (`/tmp/perf-PID.map`, one `START SIZE NAME` line each, in hex), so that `perf
    /// report` names JIT code by gc's names. Returns the file's path.
    pub fn write_perf_map(&self) -> std::io::Result<std::path::PathBuf> {
        use std::io::Write as _;
        let path = std::env::temp_dir().join(format!("perf-{}.map", std::process::id()));
        let mut text = String::new();
        for (f, start) in &self.funcs {
            text.push_str(&format!("{start:x} {:x} {}\n", f.size, f.name));
        }
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)?
            .write_all(text.as_bytes())?;
        Ok(path)
    }

    /// The trampolines and the stack-guard word a run of this code needs.
    pub fn entry_points(&self) -> runtime::run::EntryPoints {
        runtime::run::EntryPoints {
            entry0: self.entry0,
            entry1: self.entry1,
            call_deferred: self.call_deferred,
            call_method: self.call_method,
            format_call: self.format_call,
            stack_guard: self.stack_guard,
            preempt: self.preempt,
        }
    }

    /// The compiled function named `name` (gc's name), if any.
    pub fn find(&self, name: &str) -> Option<&(CompiledFunc, usize)> {
        self.funcs
            .iter()
            .find(|(f, _)| f.name == name && f.kind == CodeKind::GoFunc)
    }
}

impl Drop for JitCode {
    fn drop(&mut self) {
        runtime::preempt::forget(self.preempt);
        let starts: Vec<usize> = self.funcs.iter().map(|(_, s)| *s).collect();
        registry::unregister(&starts);
        if let Some(module) = self.module.take() {
            // SAFETY: the code was unregistered above, and a `JitCode` is only dropped when
            // no run of it is in progress (runs borrow the program), so nothing executes or
            // references the freed code any more.
            unsafe { module.free_memory() };
        }
    }
}
