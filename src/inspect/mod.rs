//! `deferjit dump`: the optimized Cranelift IR and the machine code of compiled functions,
//! annotated for people: source lines, what each defer-related instruction does, the frame
//! layout and exception table the runtime uses, call targets by name, landing pads.
//!
//! Output is deterministic unless [`DumpOptions::addresses`] is set: machine code is
//! disassembled at address 0 (offsets from the function start), relocated operands are
//! shown by the name of their target (gc's name for Go functions, the runtime's for runtime
//! entries and stubs, `str` / `main.f·f` for data), and any other immediate that is an
//! address in this process (a runtime type descriptor, say) is named when known and masked
//! as `<addr>` otherwise, in the assembly and in the CLIF alike.
//!
//! Which Cranelift notes may be missing: the lowering attaches its notes to CLIF
//! instructions before optimization, and the optimizer may replace an instruction it
//! rewrites (pure arithmetic, constants) with a new one that carries no note. The notes sit
//! on stores, calls and branches, which the optimizer keeps, so in practice all of them
//! survive; [`lost_notes`] lists what a function's text lacks compared with its decisions.
//!
//! One file per concern: [`render`] holds the shared naming and colours, [`frame`] the frame
//! layout and exception table of a function's header, [`clif`] the annotated Cranelift IR,
//! [`asm`] the disassembly, and [`recognize`] the x86-64 recognition of defer operations
//! (which register holds deferBits, a closure, a record) that annotates it.

mod asm;
mod clif;
mod frame;
mod recognize;
mod render;

use crate::Program;
use lowering::CompiledFunc;
use render::Context;
use runtime::abi::CodeKind;

/// What to print.
#[derive(Clone, Debug, Default)]
pub struct DumpOptions {
    /// Only the function with this name (gc's name, or a stub/trampoline name).
    pub func: Option<String>,
    /// The annotated Cranelift IR after optimization.
    pub clif: bool,
    /// The annotated disassembly.
    pub asm: bool,
    /// Show absolute addresses (and disassemble the relocated code in memory).
    pub addresses: bool,
    /// ANSI colours.
    pub color: bool,
}

/// Why nothing could be dumped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DumpError {
    /// `--func NAME` names no compiled function; `available` lists the ones that exist.
    NoSuchFunction {
        /// The name asked for.
        name: String,
        /// The names of the compiled functions, for the error message.
        available: Vec<String>,
    },
    /// The program was compiled without `Options::keep_text`.
    NoText,
}

impl std::fmt::Display for DumpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DumpError::NoSuchFunction { name, available } => {
                write!(
                    f,
                    "no function named {name}; the program has: {}",
                    available.join(", ")
                )
            }
            DumpError::NoText => f.write_str("the program was compiled without keep_text"),
        }
    }
}

impl std::error::Error for DumpError {}

/// The functions a dump shows by default: Go functions and closures, including gc's defer
/// wrappers (`main.f.deferwrap1`), in the order of the program.
pub fn go_function_names(program: &Program) -> Vec<String> {
    program
        .code()
        .funcs
        .iter()
        .filter(|(f, _)| is_go(f))
        .map(|(f, _)| f.name.clone())
        .collect()
}

fn is_go(f: &CompiledFunc) -> bool {
    matches!(f.kind, CodeKind::GoFunc | CodeKind::DeferWrapper)
}

/// Dumps the selected functions of `program` (compiled with `Options::keep_text`). With
/// neither `clif` nor `asm` set, both are printed.
pub fn dump(program: &Program, opts: &DumpOptions) -> Result<String, DumpError> {
    let code = program.code();
    let selected: Vec<&(CompiledFunc, usize)> = match &opts.func {
        Some(name) => {
            let found: Vec<_> = code.funcs.iter().filter(|(f, _)| &f.name == name).collect();
            if found.is_empty() {
                let mut available = go_function_names(program);
                available.extend(
                    code.funcs
                        .iter()
                        .filter(|(f, _)| !is_go(f))
                        .map(|(f, _)| f.name.clone()),
                );
                return Err(DumpError::NoSuchFunction {
                    name: name.clone(),
                    available,
                });
            }
            found
        }
        // The user's functions; a library package's only when asked for by name.
        None => code
            .funcs
            .iter()
            .filter(|(f, _)| {
                is_go(f)
                    && f.ir_func
                        .is_none_or(|id| !program.ir().funcs[id.0 as usize].is_library())
            })
            .collect(),
    };
    if selected
        .iter()
        .any(|(f, _)| f.clif.is_none() || f.code.is_none())
    {
        return Err(DumpError::NoText);
    }
    let (clif, asm) = if opts.clif || opts.asm {
        (opts.clif, opts.asm)
    } else {
        (true, true)
    };
    let ctx = Context::new(program, opts);
    let mut out = String::new();
    for (i, (f, start)) in selected.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&ctx.header(f, *start));
        if clif {
            out.push_str(&ctx.clif(f));
        }
        if asm {
            out.push_str(&ctx.asm(f, *start));
        }
    }
    Ok(out)
}

/// Notes the lowering attached to `f` that its optimized CLIF text does not contain
/// (their instruction was folded away, e.g. the bit test of an exit where the optimizer
/// knows the bit is set).
pub fn lost_notes(_program: &Program, f: &CompiledFunc) -> Vec<String> {
    let Some(text) = &f.clif else {
        return Vec::new();
    };
    f.notes
        .iter()
        .filter(|n| !text.contains(n.as_str()))
        .cloned()
        .collect()
}

// ---------------------------------------------------------------------------------------
