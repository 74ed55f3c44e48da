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

use crate::Program;
use iced_x86::{
    ConstantOffsets, Decoder, DecoderOptions, FlowControl, Formatter, FormatterTextKind,
    Instruction, InstructionInfoFactory, IntelFormatter, Mnemonic, OpAccess, OpKind, Register,
    SymbolResolver, SymbolResult,
};
use lowering::CompiledFunc;
use runtime::abi::CodeKind;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::rc::Rc;

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
        name: String,
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
        None => code.funcs.iter().filter(|(f, _)| is_go(f)).collect(),
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
// Shared state: names of addresses, colours.

struct Context<'p> {
    program: &'p Program,
    opts: &'p DumpOptions,
    /// Absolute addresses with a name: runtime symbols, type descriptors, compiled code.
    known: HashMap<u64, String>,
    /// Mapped address ranges of this process, to mask addresses nobody named.
    maps: Vec<(u64, u64)>,
    /// Module function ids (`u0:N` in CLIF) and data ids (`u1:N`) by name.
    clif_names: HashMap<(u32, u32), String>,
}

const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const GREEN: &str = "\x1b[32m";
const YELLOW: &str = "\x1b[33m";
const CYAN: &str = "\x1b[36m";
const RESET: &str = "\x1b[0m";

impl<'p> Context<'p> {
    fn new(program: &'p Program, opts: &'p DumpOptions) -> Context<'p> {
        let mut known = HashMap::new();
        for (name, addr) in runtime::symbols::symbols() {
            known.insert(addr as u64, name.to_string());
        }
        for (d, n) in [
            (&runtime::types::INT, "int"),
            (&runtime::types::BOOL, "bool"),
            (&runtime::types::STRING, "string"),
            (&runtime::types::ERROR, "error"),
            (&runtime::types::ANY, "interface {}"),
        ] {
            known.insert(runtime::types::addr(d) as u64, format!("type:{n}"));
        }
        for (f, start) in &program.code().funcs {
            known.insert(*start as u64, f.name.clone());
        }
        Context {
            program,
            opts,
            known,
            maps: read_maps(),
            clif_names: clif_names(program),
        }
    }

    fn paint(&self, color: &str, text: &str) -> String {
        if self.opts.color && !text.is_empty() {
            format!("{color}{text}{RESET}")
        } else {
            text.to_string()
        }
    }

    /// The name (or mask) of an absolute value that is an address in this process; `None`
    /// for a plain number.
    fn address_name(&self, v: u64) -> Option<String> {
        if let Some(n) = self.known.get(&v) {
            return Some(n.clone());
        }
        if v >= 0x10000 && self.maps.iter().any(|&(lo, hi)| v >= lo && v < hi) {
            return Some("<addr>".into());
        }
        None
    }

    // -----------------------------------------------------------------------------------
    // Header: kind, defers, frame layout, exception table.

    fn header(&self, f: &CompiledFunc, start: usize) -> String {
        let mut s = String::new();
        let kind = match f.kind {
            CodeKind::GoFunc => "Go function",
            CodeKind::DeferWrapper => "defer wrapper",
            CodeKind::Stub => "runtime stub",
            CodeKind::DeferCallThunk => "deferred-call thunk",
            CodeKind::Entry => "entry trampoline",
        };
        let _ = writeln!(s, "{}", self.paint(BOLD, &format!("==== {} ====", f.name)));
        let at = if self.opts.addresses {
            format!(" at {start:#x}")
        } else {
            String::new()
        };
        let _ = writeln!(
            s,
            "{}",
            self.paint(DIM, &format!("; {kind}, {:#x} bytes of code{at}", f.size))
        );
        let mut lines = Vec::new();
        let irf = f.ir_func.map(|id| &self.program.ir().funcs[id.0 as usize]);
        if let Some(irf) = irf {
            if !irf.defers.is_empty() {
                lines.push("defers (strategy of each, and why):".to_string());
                for (i, (site, d)) in irf.defers.iter().zip(&f.decisions).enumerate() {
                    lines.push(format!(
                        "  defer {i} at line {}:{}: {} ({})",
                        site.pos.line,
                        site.pos.col,
                        d.kind.gc_text(),
                        d.reason
                    ));
                }
            }
        }
        let frame = frame_slots(self.program, f);
        lines.push("frame layout the runtime reads (offsets from FP = rbp; [FP] caller's FP, [FP+8] return address):".into());
        match &f.open_defers {
            Some(o) => {
                lines.push(format!(
                    "  deferBits          {}  1 byte; bit i set = defer i registered and not yet run",
                    fp_off(o.bits_fp_offset)
                ));
                for (i, off) in o.closure_fp_offsets.iter().enumerate() {
                    let size = frame.closures.get(i).map(|c| c.1).unwrap_or(0);
                    lines.push(format!(
                        "  closure slot {i}     {}  {size} bytes; closure object of defer {i} (code pointer, then captures)",
                        fp_off(*off)
                    ));
                }
            }
            None => lines.push("  open-coded defers: none (no deferBits slot)".into()),
        }
        if let Some(off) = f.resume_line_fp_offset {
            lines.push(format!(
                "  resume line        {}  4 bytes; 0, or the line of the call a recovered panic came through",
                fp_off(off)
            ));
        }
        if f.has_defer_records {
            lines.push(
                "  defer records: yes; `_defer` records on the goroutine's chain tagged with this FP, \
                 pushed and popped inline (chain head and pool from rt_defer_state), run LIFO at \
                 exits and by the runtime during a panic"
                    .into(),
            );
        } else {
            lines.push("  defer records: none".into());
        }
        if let Some(fo) = frame.frame_size {
            lines.push(format!(
                "  FP - SP in the body: {fo:#x} (so [rsp+X] is FP{})",
                signed_hex(-(fo as i64))
            ));
        }
        lines.push(
            "exception table (return offset of each call -> handler, FP - SP at the call):".into(),
        );
        if f.call_sites.is_empty() {
            lines.push("  no calls".into());
        }
        for cs in f.call_sites.iter().filter(|c| c.handler.is_some()) {
            let fo = cs
                .frame_offset
                .map(|o| format!("frame_offset {o:#x}"))
                .unwrap_or_else(|| "no frame_offset".into());
            lines.push(format!(
                "  ret +{:#06x} -> landing pad +{:#x}, {fo}",
                cs.ret_offset,
                cs.handler.unwrap_or(0)
            ));
        }
        let plain: Vec<String> = f
            .call_sites
            .iter()
            .filter(|c| c.handler.is_none())
            .map(|c| format!("+{:#x}", c.ret_offset))
            .collect();
        if !plain.is_empty() {
            lines.push(
                "  plain calls (no handler: runtime entries that cannot panic), ret at:".into(),
            );
            for chunk in plain.chunks(10) {
                lines.push(format!("    {}", chunk.join(" ")));
            }
        }
        for l in lines {
            let _ = writeln!(s, "{}", self.paint(DIM, &format!("; {l}")));
        }
        s
    }

    // -----------------------------------------------------------------------------------
    // CLIF.

    fn clif(&self, f: &CompiledFunc) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{}",
            self.paint(CYAN, "---- Cranelift IR after optimization ----")
        );
        let text = f.clif.as_deref().unwrap_or("");
        let lines: Vec<String> = text
            .lines()
            .map(|l| self.name_clif_decl(&self.mask_clif_line(l)))
            .collect();
        for line in lines {
            let line = decimal_srcloc(&line);
            let trimmed = line.trim_start();
            if trimmed.starts_with(';') {
                let color = if trimmed.starts_with("; landing pad") {
                    YELLOW
                } else {
                    GREEN
                };
                let _ = writeln!(s, "{}", self.paint(color, &line));
            } else if let Some(i) = comment_start(&line) {
                let (code, comment) = line.split_at(i);
                let _ = writeln!(s, "{code}{}", self.paint(GREEN, comment));
            } else {
                let _ = writeln!(s, "{line}");
            }
        }
        s
    }

    /// Replaces hex literals that are addresses in this process by their name or `<addr>`.
    fn mask_clif_line(&self, line: &str) -> String {
        if self.opts.addresses {
            return line.to_string();
        }
        let mut out = String::with_capacity(line.len());
        let b = line.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'0'
                && i + 1 < b.len()
                && b[i + 1] == b'x'
                && (i == 0 || !is_ident(b[i - 1]))
            {
                let mut j = i + 2;
                while j < b.len() && (b[j].is_ascii_hexdigit() || b[j] == b'_') {
                    j += 1;
                }
                let digits: String = line[i + 2..j].chars().filter(|c| *c != '_').collect();
                if let Ok(v) = u64::from_str_radix(&digits, 16) {
                    if let Some(name) = self.address_name(v) {
                        let name = if name.starts_with('<') {
                            name
                        } else {
                            format!("<{name}>")
                        };
                        out.push_str(&name);
                        i = j;
                        continue;
                    }
                }
                out.push_str(&line[i..j]);
                i = j;
                continue;
            }
            let ch = line[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8();
        }
        out
    }

    /// `fn0 = colocated u0:5 sig0` gets `; main.f`, `function u0:3(...)` its name, and the
    /// keyed stack slots what they are.
    fn name_clif_decl(&self, line: &str) -> String {
        let t = line.trim_start();
        if t.starts_with("ss") && t.contains("explicit_slot") {
            if let Some(key) = t
                .rsplit_once("key = ")
                .and_then(|(_, k)| k.trim().parse::<u64>().ok())
            {
                let what = if key == lowering::DEFER_BITS_KEY {
                    "deferBits".to_string()
                } else if key == lowering::RESUME_LINE_KEY {
                    "resume line (set by the runtime when it resumes this frame)".to_string()
                } else {
                    format!(
                        "closure slot {} (closure object of defer {})",
                        key - 1,
                        key - 1
                    )
                };
                return format!("{line}  ; {what}");
            }
            return line.to_string();
        }
        if let Some(rest) = t.strip_prefix("function u") {
            if let Some((ns, idx)) = rest.split('(').next().and_then(|x| x.split_once(':')) {
                if let (Ok(ns), Ok(idx)) = (ns.parse::<u32>(), idx.parse::<u32>()) {
                    if let Some(n) = self.clif_names.get(&(ns, idx)) {
                        return format!("{line}  ; {n}");
                    }
                }
            }
            return line.to_string();
        }
        if !(t.starts_with("fn") || t.starts_with("gv"))
            || !t.contains(" = ")
            || comment_start(line).is_some()
        {
            return line.to_string();
        }
        for word in t.split_whitespace() {
            if let Some(rest) = word.strip_prefix('u') {
                if let Some((ns, idx)) = rest.split_once(':') {
                    if let (Ok(ns), Ok(idx)) =
                        (ns.parse::<u32>(), idx.trim_end_matches(',').parse::<u32>())
                    {
                        if let Some(n) = self.clif_names.get(&(ns, idx)) {
                            return format!("{line}  ; {n}");
                        }
                    }
                }
            }
        }
        line.to_string()
    }

    // -----------------------------------------------------------------------------------
    // Machine code.

    fn asm(&self, f: &CompiledFunc, start: usize) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{}",
            self.paint(
                CYAN,
                "---- machine code (x86-64, Intel syntax; +offsets from the function start) ----"
            )
        );
        let owned;
        let bytes: &[u8] = if self.opts.addresses {
            // SAFETY: the code of a live `Program` is mapped readable for `size` bytes from
            // `start` until the program drops, and `self.program` borrows it.
            owned =
                unsafe { std::slice::from_raw_parts(start as *const u8, f.size as usize) }.to_vec();
            &owned
        } else {
            f.code.as_deref().unwrap_or(&[])
        };
        let ip = if self.opts.addresses { start as u64 } else { 0 };
        let mut frame = frame_slots(self.program, f);
        let handlers: Vec<u32> = f.call_sites.iter().filter_map(|c| c.handler).collect();
        let reloc_of = |off: u32, end: u32| {
            f.relocs
                .iter()
                .find(|r| r.offset >= off && r.offset < end)
                .map(|r| (r.offset - off, r.target.clone()))
        };

        // Decode everything first: the annotations are a small forward dataflow analysis
        // over the code (which register holds deferBits, a closure's code pointer, a
        // record, a call target), iterated until the states at branch targets settle.
        let mut decoder = Decoder::with_ip(64, bytes, ip, DecoderOptions::NONE);
        let mut insns: Vec<(Instruction, ConstantOffsets)> = Vec::new();
        while decoder.can_decode() {
            let instr = decoder.decode();
            let offs = decoder.get_constant_offsets(&instr);
            insns.push((instr, offs));
        }
        let index_of: HashMap<u64, usize> = insns
            .iter()
            .enumerate()
            .map(|(i, (ins, _))| (ins.ip(), i))
            .collect();
        let target_of = |ins: &Instruction| -> Option<usize> {
            if matches!(
                ins.flow_control(),
                FlowControl::UnconditionalBranch | FlowControl::ConditionalBranch
            ) && matches!(
                ins.op0_kind(),
                OpKind::NearBranch16 | OpKind::NearBranch32 | OpKind::NearBranch64
            ) {
                index_of.get(&ins.near_branch_target()).copied()
            } else {
                None
            }
        };
        let mut preds: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, (ins, _)) in insns.iter().enumerate() {
            if let Some(t) = target_of(ins) {
                preds.entry(t).or_default().push(i);
            }
        }
        let mut info = InstructionInfoFactory::new();
        let mut edge_out: Vec<Option<State>> = vec![None; insns.len()];
        let mut comments: Vec<Vec<String>> = vec![Vec::new(); insns.len()];
        for _pass in 0..4 {
            let mut fall: Option<State> = Some(State::default());
            let mut changed = false;
            for (i, (ins, _)) in insns.iter().enumerate() {
                let off = (ins.ip() - ip) as u32;
                let mut st = if handlers.contains(&off) {
                    // The exception edge clobbers every register.
                    Some(State {
                        regs: HashMap::new(),
                        ..fall.clone().unwrap_or_default()
                    })
                } else {
                    fall.take()
                };
                for p in preds.get(&i).into_iter().flatten() {
                    if let Some(e) = &edge_out[*p] {
                        st = Some(match st {
                            None => e.clone(),
                            Some(s) => s.meet(e),
                        });
                    }
                }
                let mut st = st.unwrap_or_default();
                let reloc = reloc_of(off, off + ins.len() as u32);
                let c = self.transfer(
                    &mut frame,
                    ins,
                    &mut info,
                    &mut st,
                    reloc.as_ref().map(|r| r.1.as_str()),
                );
                comments[i] = c;
                if target_of(ins).is_some() && edge_out[i].as_ref() != Some(&st) {
                    edge_out[i] = Some(st.clone());
                    changed = true;
                }
                fall = match ins.flow_control() {
                    FlowControl::UnconditionalBranch
                    | FlowControl::IndirectBranch
                    | FlowControl::Return => None,
                    FlowControl::Interrupt if ins.mnemonic() == Mnemonic::Ud2 => None,
                    _ => Some(st),
                };
                if ins.mnemonic() == Mnemonic::Ud2 {
                    fall = None;
                }
            }
            if !changed {
                break;
            }
        }

        let state = Rc::new(RefCell::new(ResolverState {
            func_start: ip,
            func_end: ip + f.size as u64,
            addresses: self.opts.addresses,
            names: self.known.clone(),
            maps: self.maps.clone(),
            reloc: None,
        }));
        let mut fmt = IntelFormatter::with_options(
            Some(Box::new(Resolver {
                state: state.clone(),
            })),
            None,
        );
        let o = fmt.options_mut();
        o.set_hex_prefix("0x");
        o.set_hex_suffix("");
        o.set_uppercase_hex(false);
        o.set_branch_leading_zeros(false);
        o.set_space_after_operand_separator(true);
        o.set_show_branch_size(false);
        o.set_small_hex_numbers_in_decimal(false);
        o.set_signed_immediate_operands(true);
        o.set_rip_relative_addresses(true);
        o.set_memory_size_options(iced_x86::MemorySizeOptions::Minimal);
        o.set_show_symbol_address(self.opts.addresses);

        let mut last_line: Option<u32> = None;
        for (i, (ins, offs)) in insns.iter().enumerate() {
            let off = (ins.ip() - ip) as u32;
            let end = off + ins.len() as u32;
            let line = f
                .lines
                .iter()
                .take_while(|(o, _)| *o <= off)
                .last()
                .map(|l| l.1);
            if let Some(l) = line {
                if line != last_line {
                    let _ = writeln!(s, "{}", self.paint(GREEN, &format!("; line {l}")));
                }
            }
            last_line = line;
            if handlers.contains(&off) {
                let _ = writeln!(
                    s,
                    "{}",
                    self.paint(
                        YELLOW,
                        "; <- landing pad: exception edge of the try_calls; after a recovered panic the runtime resumes here"
                    )
                );
            }
            let reloc = reloc_of(off, end);
            state.borrow_mut().reloc = reloc.clone().map(|(at, name)| (at, name, *offs));
            let mut text = String::new();
            fmt.format(ins, &mut text);
            let mut c = std::mem::take(&mut comments[i]);
            if matches!(
                ins.flow_control(),
                FlowControl::Call | FlowControl::IndirectCall
            ) {
                if let Some(cs) = f.call_sites.iter().find(|c| c.ret_offset == end) {
                    match cs.handler {
                        Some(h) => c.push(format!("landing pad at +{h:#x}")),
                        None => c.push("plain call, no handler".into()),
                    }
                }
            }
            let addr = if self.opts.addresses {
                format!("{:#016x}  ", ins.ip())
            } else {
                String::new()
            };
            let mut hex: Vec<String> = bytes[off as usize..end as usize]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            // An immediate that is a host address is masked in the bytes too.
            if !self.opts.addresses && offs.has_immediate() {
                let is_addr = (0..ins.op_count()).any(|k| {
                    matches!(
                        ins.op_kind(k),
                        OpKind::Immediate64 | OpKind::Immediate32to64 | OpKind::Immediate32
                    ) && self.address_name(ins.immediate(k)).is_some()
                });
                if is_addr {
                    let at = offs.immediate_offset();
                    for h in hex.iter_mut().skip(at).take(offs.immediate_size()) {
                        *h = "..".into();
                    }
                }
            }
            let code = format!("  {addr}+{off:#06x}  {:<30} {text}", hex.join(" "));
            if c.is_empty() {
                let _ = writeln!(s, "{}", code.trim_end());
            } else {
                let comment = self.paint(GREEN, &format!("; {}", c.join("; ")));
                let _ = writeln!(s, "{code:<84}{comment}");
            }
        }
        s
    }

    /// What one instruction does for defers, calls and the frame; updates `st`, the
    /// tracked contents of registers and spill slots.
    fn transfer(
        &self,
        frame: &mut FrameSlots,
        instr: &Instruction,
        info: &mut InstructionInfoFactory,
        st: &mut State,
        reloc: Option<&str>,
    ) -> Vec<String> {
        use runtime::abi::{
            DEFER_CLOSURE_OFFSET, DEFER_CLOSURE_SIZE_OFFSET, DEFER_HEAP_CLASS_OFFSET,
        };
        let mut out = Vec::new();
        let mn = instr.mnemonic();
        let flow = instr.flow_control();
        let mem = memory_slot(instr, frame, &st.regs);
        let reg_op = |i: u32| {
            (instr.op_count() > i && instr.op_kind(i) == OpKind::Register)
                .then(|| instr.op_register(i).full_register())
        };
        let reg0 = reg_op(0);
        let reg1 = reg_op(1);
        let imm = (0..instr.op_count()).find_map(|i| match instr.op_kind(i) {
            OpKind::Immediate8
            | OpKind::Immediate16
            | OpKind::Immediate32
            | OpKind::Immediate64
            | OpKind::Immediate8to16
            | OpKind::Immediate8to32
            | OpKind::Immediate8to64
            | OpKind::Immediate32to64 => Some(instr.immediate(i)),
            _ => None,
        });
        let mem_is_dest = instr.op_count() > 0
            && instr.op_kind(0) == OpKind::Memory
            && !matches!(mn, Mnemonic::Cmp | Mnemonic::Test | Mnemonic::Bt);
        let src_tag = reg1.and_then(|r| st.regs.get(&r).cloned());
        let mut new_tag: Option<(Register, Tag)> = None;

        if matches!(flow, FlowControl::Call | FlowControl::IndirectCall) {
            let target: Option<String> = if let Some(r) = reloc {
                Some(r.to_string())
            } else if let Some(r) = reg0 {
                match st.regs.get(&r) {
                    Some(Tag::Symbol(n)) => Some(n.clone()),
                    Some(Tag::ClosureCode(i)) => {
                        out.push(format!("call deferred closure {i}"));
                        None
                    }
                    Some(Tag::RecordCode) => {
                        out.push("call the record's deferred closure".into());
                        None
                    }
                    _ => None,
                }
            } else {
                match mem {
                    Some(Slot::ClosureBase(i)) => {
                        out.push(format!("call deferred closure {i}"));
                        None
                    }
                    Some(Slot::RecordClosure(0)) => {
                        out.push("call the record's deferred closure".into());
                        None
                    }
                    _ => None,
                }
            };
            if let Some(t) = &target {
                if reloc.is_none() {
                    out.push(format!("-> {t}"));
                }
                if let Some(what) = runtime_meaning(t) {
                    out.push(what.to_string());
                }
            }
            // Runtime entries are called through their stubs (same arguments and results).
            let entry = target.as_deref().map(|t| t.trim_end_matches(".stub"));
            if entry == Some("rt_defer_push") {
                if let Some(Tag::StackAddr(a)) = st.regs.get(&Register::RDI) {
                    if !frame.records.contains(a) {
                        frame.records.push(*a);
                    }
                }
            }
            // A call clobbers every caller-saved register (all of them under `tail`).
            st.regs.clear();
            if matches!(entry, Some("rt_defer_next" | "rt_defer_alloc")) {
                st.regs.insert(Register::RAX, Tag::Record);
            }
            if entry == Some("rt_defer_state") {
                out.push(
                    "chain head address (rax) and pool free lists (rdx) of this goroutine".into(),
                );
                st.regs.insert(Register::RAX, Tag::ChainHead);
                st.regs.insert(Register::RDX, Tag::PoolBase);
            }
            return out;
        }

        match mem {
            Some(Slot::Bits) => {
                if mem_is_dest {
                    if mn == Mnemonic::Mov && imm == Some(0) {
                        out.push("deferBits = 0: no defer registered yet".into());
                    } else if mn == Mnemonic::Mov {
                        match &src_tag {
                            Some(Tag::BitsSet(m)) => out.push(format!(
                                "store deferBits with {} set: defer {} is registered",
                                bit_list(*m),
                                bit_idx(*m)
                            )),
                            Some(Tag::BitsCleared(m)) => out.push(format!(
                                "store deferBits with {} cleared before the call: defer {} will not run twice",
                                bit_list(*m),
                                bit_idx(*m)
                            )),
                            _ => out.push("store deferBits".into()),
                        }
                    } else if mn == Mnemonic::Or {
                        let m = imm.unwrap_or(0) as u8;
                        out.push(format!(
                            "set {} of deferBits: defer {} is registered",
                            bit_list(m),
                            bit_idx(m)
                        ));
                    } else if mn == Mnemonic::And {
                        let m = !(imm.unwrap_or(0) as u8);
                        out.push(format!(
                            "clear {} of deferBits before calling closure {}",
                            bit_list(m),
                            bit_idx(m)
                        ));
                    } else {
                        out.push("update deferBits".into());
                    }
                } else if matches!(mn, Mnemonic::Test | Mnemonic::Bt) {
                    let m = imm.unwrap_or(0) as u8;
                    out.push(format!(
                        "exit: test {} of deferBits: is defer {} pending?",
                        bit_list(m),
                        bit_idx(m)
                    ));
                } else if let Some(r) = reg0 {
                    out.push("load deferBits".into());
                    new_tag = Some((r, Tag::Bits));
                }
            }
            Some(Slot::ClosureBase(i)) | Some(Slot::Closure(i, _)) => {
                let field = match mem {
                    Some(Slot::Closure(_, k)) => format!("capture at +{k:#x}"),
                    _ => "code pointer".into(),
                };
                if mn == Mnemonic::Lea {
                    if let (Some(r), Some(Slot::ClosureBase(_))) = (reg0, mem) {
                        out.push(format!("address of closure slot {i}"));
                        new_tag = Some((r, Tag::ClosureAddr(i)));
                    }
                } else if mem_is_dest {
                    out.push(format!(
                        "defer {i}: {field} of its closure object in closure slot {i}"
                    ));
                } else if let Some(r) = reg0 {
                    if matches!(mem, Some(Slot::ClosureBase(_))) {
                        out.push(format!("code pointer of closure {i}"));
                        new_tag = Some((r, Tag::ClosureCode(i)));
                    } else {
                        out.push(format!("closure slot {i}: {field}"));
                    }
                }
            }
            Some(Slot::RecordClosure(k)) => {
                let what = if k == 0 {
                    "closure code pointer".to_string()
                } else {
                    format!("closure capture at +{k:#x}")
                };
                if mn == Mnemonic::Lea && k == 0 {
                    if let Some(r) = reg0 {
                        out.push("address of the record's closure object".into());
                        new_tag = Some((r, Tag::RecordClosure));
                    }
                } else if mem_is_dest {
                    out.push(format!("defer record: {what}"));
                } else if let Some(r) = reg0 {
                    if k == 0 {
                        out.push("code pointer of the record's closure".into());
                        new_tag = Some((r, Tag::RecordCode));
                    }
                }
            }
            Some(Slot::RecordField(rec, k)) => {
                let what = match k {
                    k if k == runtime::abi::DEFER_LINK_OFFSET => {
                        "link (next older record)".to_string()
                    }
                    k if k == runtime::abi::DEFER_FRAME_FP_OFFSET => {
                        "frame pointer of this frame".to_string()
                    }
                    k if k == DEFER_HEAP_CLASS_OFFSET => "heap class (0: stack record)".to_string(),
                    k if k == DEFER_CLOSURE_SIZE_OFFSET => "closure size".to_string(),
                    k if k == DEFER_CLOSURE_OFFSET => "closure code pointer".to_string(),
                    k if k > DEFER_CLOSURE_OFFSET => {
                        format!("closure capture at +{:#x}", k - DEFER_CLOSURE_OFFSET)
                    }
                    k => format!("header word at +{k:#x}"),
                };
                if mn == Mnemonic::Lea && k == 0 {
                    if let Some(r) = reg0 {
                        out.push("address of the stack defer record".into());
                        new_tag = Some((r, Tag::StackAddr(rec)));
                    }
                } else if mem_is_dest {
                    out.push(format!("stack defer record: {what}"));
                }
            }
            Some(Slot::ChainHead) => {
                if mem_is_dest {
                    match &src_tag {
                        Some(Tag::StackAddr(a)) => {
                            out.push(format!(
                                "push: the chain head is now this frame's stack record (FP{}) (deferprocStack)",
                                signed_hex(*a)
                            ));
                            if !frame.records.contains(a) {
                                frame.records.push(*a);
                            }
                        }
                        Some(Tag::Record) => out.push(
                            "push: the chain head is now this heap record (deferproc)".into(),
                        ),
                        _ => out
                            .push("exit: unlink the record: the chain head is now its link".into()),
                    }
                } else if let Some(r) = reg0 {
                    out.push("load the chain head (newest defer record, or 0)".into());
                    new_tag = Some((r, Tag::Record));
                }
            }
            Some(Slot::RecordHeader(k)) => {
                let what = match k {
                    k if k == runtime::abi::DEFER_LINK_OFFSET => "link (next older record)",
                    k if k == runtime::abi::DEFER_FRAME_FP_OFFSET => {
                        "frame pointer of its deferring frame"
                    }
                    k if k == DEFER_HEAP_CLASS_OFFSET => "heap class (0: stack record)",
                    k if k == DEFER_CLOSURE_SIZE_OFFSET => "closure size",
                    _ => "header word",
                };
                if mem_is_dest {
                    out.push(format!("record's {what} :="));
                } else if matches!(mn, Mnemonic::Cmp) {
                    out.push(format!(
                        "exit: compare the record's {what}: does it belong to this frame?"
                    ));
                } else {
                    out.push(format!("load the record's {what}"));
                }
            }
            Some(Slot::Spill(a)) => {
                if mem_is_dest && mn == Mnemonic::Mov {
                    match &src_tag {
                        Some(t) if *t != Tag::Other => {
                            st.spills.insert(a, t.clone());
                        }
                        _ => {
                            st.spills.remove(&a);
                        }
                    }
                } else if mem_is_dest {
                    st.spills.remove(&a);
                } else if matches!(mn, Mnemonic::Mov | Mnemonic::Movzx) {
                    if let (Some(r), Some(t)) = (reg0, st.spills.get(&a)) {
                        new_tag = Some((r, t.clone()));
                    }
                } else if mn == Mnemonic::Lea {
                    if let Some(r) = reg0 {
                        new_tag = Some((r, Tag::StackAddr(a)));
                    }
                }
            }
            None => {}
        }

        // Register-only operations on deferBits and copies of tagged registers.
        if mem.is_none() {
            if let Some(r) = reg0 {
                let tag = st.regs.get(&r).cloned();
                let is_bits =
                    matches!(tag, Some(Tag::Bits | Tag::BitsSet(_) | Tag::BitsCleared(_)));
                match mn {
                    Mnemonic::Or if is_bits && imm.is_some() => {
                        let m = imm.unwrap_or(0) as u8;
                        out.push(format!("set {} (defer {})", bit_list(m), bit_idx(m)));
                        new_tag = Some((r, Tag::BitsSet(m)));
                    }
                    Mnemonic::And if is_bits && imm.is_some() => {
                        let v = imm.unwrap_or(0) as u8;
                        if v.count_ones() == 1 {
                            out.push(format!(
                                "exit: isolate {}: is defer {} pending?",
                                bit_list(v),
                                bit_idx(v)
                            ));
                            new_tag = Some((r, Tag::Other));
                        } else {
                            let m = !v;
                            out.push(format!(
                                "clear {} (defer {} is about to run)",
                                bit_list(m),
                                bit_idx(m)
                            ));
                            new_tag = Some((r, Tag::BitsCleared(m)));
                        }
                    }
                    Mnemonic::Test | Mnemonic::Bt if is_bits && imm.is_some() => {
                        let m = if mn == Mnemonic::Bt {
                            1u8 << (imm.unwrap_or(0) & 7)
                        } else {
                            imm.unwrap_or(0) as u8
                        };
                        out.push(format!(
                            "exit: test {} of deferBits: is defer {} pending?",
                            bit_list(m),
                            bit_idx(m)
                        ));
                    }
                    Mnemonic::Test if reg0 == reg1 && tag == Some(Tag::Record) => {
                        out.push("record of this frame left?".into());
                    }
                    Mnemonic::Mov | Mnemonic::Movzx if instr.op_count() == 2 => {
                        if let Some(t) = &src_tag {
                            new_tag = Some((r, t.clone()));
                        } else if let Some(name) = reloc {
                            new_tag = Some((r, Tag::Symbol(name.to_string())));
                        }
                    }
                    Mnemonic::Lea => {
                        let base = st.regs.get(&instr.memory_base().full_register());
                        if base == Some(&Tag::Record)
                            && instr.memory_displacement64() as i64 == DEFER_CLOSURE_OFFSET as i64
                        {
                            out.push("address of the record's closure object".into());
                            new_tag = Some((r, Tag::RecordClosure));
                        } else if let Some(name) = reloc {
                            new_tag = Some((r, Tag::Symbol(name.to_string())));
                        }
                    }
                    Mnemonic::Add
                        if tag == Some(Tag::Record)
                            && imm.map(|v| v as i64) == Some(DEFER_CLOSURE_OFFSET as i64) =>
                    {
                        out.push("address of the record's closure object".into());
                        new_tag = Some((r, Tag::RecordClosure));
                    }
                    _ => {}
                }
            }
        }

        // Registers this instruction writes lose their tags (unless just set).
        let written: Vec<Register> = info
            .info(instr)
            .used_registers()
            .iter()
            .filter(|u| {
                matches!(
                    u.access(),
                    OpAccess::Write
                        | OpAccess::ReadWrite
                        | OpAccess::CondWrite
                        | OpAccess::ReadCondWrite
                )
            })
            .map(|u| u.register().full_register())
            .collect();
        for r in written {
            st.regs.remove(&r);
        }
        if let Some((r, t)) = new_tag {
            if t != Tag::Other {
                st.regs.insert(r, t);
            }
        }
        out
    }
}
/// CLIF prints a source location as 4 hex digits (`@0012`); ours are line numbers, so
/// show them in decimal (`L18  `), keeping the column.
fn decimal_srcloc(line: &str) -> String {
    let t = line.trim_start();
    let indent = line.len() - t.len();
    if let Some(rest) = t.strip_prefix('@') {
        let hex: String = rest.chars().take_while(|c| c.is_ascii_hexdigit()).collect();
        if hex.len() >= 4 && rest[hex.len()..].starts_with(' ') {
            if let Ok(v) = u32::from_str_radix(&hex, 16) {
                let tag = format!("L{v:<width$}", width = hex.len());
                return format!("{}{tag}{}", &line[..indent], &rest[hex.len()..]);
            }
        }
    }
    line.to_string()
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Byte index of a `;` comment in a CLIF line, if any.
fn comment_start(line: &str) -> Option<usize> {
    line.find("  ; ").map(|i| i + 2)
}

fn fp_off(off: i32) -> String {
    format!("FP{}", signed_hex(off as i64))
}

fn signed_hex(v: i64) -> String {
    if v < 0 {
        format!("-{:#x}", -v)
    } else {
        format!("+{v:#x}")
    }
}

fn bit_list(m: u8) -> String {
    let bits: Vec<String> = (0..8)
        .filter(|i| m & (1 << i) != 0)
        .map(|i| i.to_string())
        .collect();
    match bits.len() {
        1 => format!("bit {}", bits[0]),
        _ => format!("bits {}", bits.join(",")),
    }
}

fn bit_idx(m: u8) -> String {
    let bits: Vec<String> = (0..8)
        .filter(|i| m & (1 << i) != 0)
        .map(|i| i.to_string())
        .collect();
    bits.join(",")
}

/// What a call of a runtime entry means for defers and panics.
fn runtime_meaning(name: &str) -> Option<&'static str> {
    Some(match name.trim_end_matches(".stub") {
        "rt_defer_push" => {
            "push the defer record on the goroutine's chain (deferprocStack / deferproc)"
        }
        "rt_defer_alloc" => "take a heap defer record from the pool (deferproc)",
        "rt_defer_next" => "deferreturn: unlink this frame's newest record, or 0",
        "rt_defer_done" => {
            "record done: a heap record goes back to the pool (no-op for a stack record)"
        }
        "rt_gopanic" => "panic(v): the runtime walks the frames and runs their defers",
        "rt_gorecover" => "recover()",
        "rt_panic_divide" => "panic: integer divide by zero",
        "rt_panic_index" => "panic: index out of range",
        "rt_panic_shift" => "panic: negative shift amount",
        "rt_panic_nil_deref" => "panic: nil pointer dereference",
        "rt_panic_assert" => "panic: failed type assertion",
        "rt_os_exit" => "os.Exit",
        _ => return None,
    })
}

// ---------------------------------------------------------------------------------------
// Frame slots and register tags.

/// Where the defer slots of a frame are, for recognizing memory operands.
struct FrameSlots {
    /// FP - SP in the body (from the call sites' `frame_offset`).
    frame_size: Option<u32>,
    bits: Option<i32>,
    /// (FP offset, size) of each closure slot.
    closures: Vec<(i32, u32)>,
    /// FP offsets of stack defer records (learned from the `rt_defer_push` calls).
    records: Vec<i64>,
    /// Largest closure object of the function's defers.
    max_closure: u32,
}

fn frame_slots(program: &Program, f: &CompiledFunc) -> FrameSlots {
    let frame_size = f.call_sites.iter().find_map(|c| c.frame_offset);
    let irf = f.ir_func.map(|id| &program.ir().funcs[id.0 as usize]);
    let closure_size = |i: usize| {
        irf.and_then(|irf| irf.defers.get(i)).map(|d| {
            lowering::layout::closure_layout(&program.ir().funcs[d.closure.0 as usize]).size
        })
    };
    let mut closures = Vec::new();
    let mut bits = None;
    if let Some(o) = &f.open_defers {
        bits = Some(o.bits_fp_offset);
        for (i, off) in o.closure_fp_offsets.iter().enumerate() {
            closures.push((*off, closure_size(i).unwrap_or(8)));
        }
    }
    let max_closure = (0..irf.map(|f| f.defers.len()).unwrap_or(0))
        .filter_map(closure_size)
        .max()
        .unwrap_or(8);
    FrameSlots {
        frame_size,
        bits,
        closures,
        records: Vec::new(),
        max_closure,
    }
}

/// What the dataflow knows at one point of the code.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct State {
    regs: HashMap<Register, Tag>,
    /// Tagged values stored in other frame slots, by FP offset.
    spills: HashMap<i64, Tag>,
}

impl State {
    /// What holds on every path: the tags both states agree on.
    fn meet(&self, other: &State) -> State {
        let keep = |a: &HashMap<Register, Tag>, b: &HashMap<Register, Tag>| {
            a.iter()
                .filter(|(k, v)| b.get(k) == Some(v))
                .map(|(k, v)| (*k, v.clone()))
                .collect()
        };
        State {
            regs: keep(&self.regs, &other.regs),
            spills: self
                .spills
                .iter()
                .filter(|(k, v)| other.spills.get(k) == Some(v))
                .map(|(k, v)| (*k, v.clone()))
                .collect(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Tag {
    /// deferBits as loaded.
    Bits,
    /// deferBits with these bits set.
    BitsSet(u8),
    /// deferBits with these bits cleared.
    BitsCleared(u8),
    ClosureAddr(usize),
    ClosureCode(usize),
    /// A heap or stack defer record pointer (from the chain head or rt_defer_alloc).
    Record,
    /// The address of the goroutine's defer chain head (from rt_defer_state).
    ChainHead,
    /// The base of the defer-record pool's free lists (from rt_defer_state).
    PoolBase,
    RecordClosure,
    RecordCode,
    /// The address of a frame slot (FP offset).
    StackAddr(i64),
    /// The address of a named function or data object.
    Symbol(String),
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    Bits,
    ClosureBase(usize),
    Closure(usize, i32),
    /// A word of the closure object inside a record reached through a register.
    RecordClosure(i32),
    /// A field of a stack record in this frame: (the record's FP offset, offset of the
    /// field from the record start).
    RecordField(i64, i32),
    /// The goroutine's defer chain head.
    ChainHead,
    /// A header word of a record reached through a register (link, frame FP, class).
    RecordHeader(i32),
    /// Any other frame slot (FP offset).
    Spill(i64),
}

/// The known slot a memory operand of `instr` refers to.
fn memory_slot(
    instr: &Instruction,
    frame: &FrameSlots,
    regs: &HashMap<Register, Tag>,
) -> Option<Slot> {
    let has_mem = (0..instr.op_count()).any(|i| instr.op_kind(i) == OpKind::Memory);
    if !has_mem || instr.memory_index() != Register::None {
        return None;
    }
    let base = instr.memory_base().full_register();
    let disp = instr.memory_displacement64() as i64;
    let fp_rel = match base {
        Register::RBP => Some(disp),
        Register::RSP => frame.frame_size.map(|fs| disp - fs as i64),
        _ => None,
    };
    if let Some(fp_rel) = fp_rel {
        if frame.bits == Some(fp_rel as i32) {
            return Some(Slot::Bits);
        }
        for (i, (off, size)) in frame.closures.iter().enumerate() {
            let k = fp_rel - *off as i64;
            if k == 0 {
                return Some(Slot::ClosureBase(i));
            }
            if k > 0 && k < *size as i64 {
                return Some(Slot::Closure(i, k as i32));
            }
        }
        let rec_size = runtime::abi::DEFER_CLOSURE_OFFSET as i64 + frame.max_closure as i64;
        for r in &frame.records {
            let k = fp_rel - r;
            if (0..rec_size).contains(&k) {
                return Some(Slot::RecordField(*r, k as i32));
            }
        }
        return Some(Slot::Spill(fp_rel));
    }
    let co = runtime::abi::DEFER_CLOSURE_OFFSET as i64;
    match regs.get(&base) {
        Some(Tag::ClosureAddr(i)) if disp == 0 => Some(Slot::ClosureBase(*i)),
        Some(Tag::ClosureAddr(i)) => Some(Slot::Closure(*i, disp as i32)),
        Some(Tag::Record) if disp >= co => Some(Slot::RecordClosure((disp - co) as i32)),
        Some(Tag::Record) if disp >= 0 => Some(Slot::RecordHeader(disp as i32)),
        Some(Tag::ChainHead) if disp == 0 => Some(Slot::ChainHead),
        Some(Tag::RecordClosure) => Some(Slot::RecordClosure(disp as i32)),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------
// Symbol resolution for the formatter.

struct ResolverState {
    /// Relocation of the current instruction: (offset in the instruction, target, where
    /// its displacement and immediate are).
    reloc: Option<(u32, String, ConstantOffsets)>,
    func_start: u64,
    func_end: u64,
    addresses: bool,
    names: HashMap<u64, String>,
    maps: Vec<(u64, u64)>,
}

struct Resolver {
    state: Rc<RefCell<ResolverState>>,
}

impl SymbolResolver for Resolver {
    fn symbol(
        &mut self,
        instruction: &Instruction,
        _operand: u32,
        instruction_operand: Option<u32>,
        address: u64,
        _address_size: u32,
    ) -> Option<SymbolResult<'_>> {
        let st = self.state.borrow();
        let op = instruction_operand?;
        let kind = instruction.op_kind(op);
        let is_mem = kind == OpKind::Memory;
        let is_branch = matches!(
            kind,
            OpKind::NearBranch16 | OpKind::NearBranch32 | OpKind::NearBranch64
        );
        // A relocated field names its target.
        if let Some((at, name, offs)) = &st.reloc {
            let at = *at as usize;
            let in_disp = offs.has_displacement()
                && at >= offs.displacement_offset()
                && at < offs.displacement_offset() + offs.displacement_size();
            let in_imm = offs.has_immediate()
                && at >= offs.immediate_offset()
                && at < offs.immediate_offset() + offs.immediate_size();
            if (is_mem && in_disp) || (!is_mem && in_imm) {
                return Some(SymbolResult::with_string(address, name.clone()));
            }
        }
        if is_branch {
            if !st.addresses && address >= st.func_start && address <= st.func_end {
                return Some(SymbolResult::with_string_kind(
                    address,
                    format!("+{:#x}", address - st.func_start),
                    FormatterTextKind::LabelAddress,
                ));
            }
            return None;
        }
        if is_mem {
            // Only RIP-relative operands have an absolute address worth naming.
            if instruction.memory_base() != Register::RIP {
                return None;
            }
            if !st.addresses && address >= st.func_start && address < st.func_end {
                return Some(SymbolResult::with_string(
                    address,
                    format!("+{:#x}", address - st.func_start),
                ));
            }
        }
        // Absolute values that are addresses in this process.
        if let Some(n) = st.names.get(&address) {
            return Some(SymbolResult::with_string(address, n.clone()));
        }
        if !st.addresses
            && address >= 0x10000
            && st
                .maps
                .iter()
                .any(|&(lo, hi)| address >= lo && address < hi)
        {
            return Some(SymbolResult::with_string(address, "<addr>".to_string()));
        }
        None
    }
}

/// Mapped address ranges of this process (empty where /proc is unavailable).
fn read_maps() -> Vec<(u64, u64)> {
    let Ok(text) = std::fs::read_to_string("/proc/self/maps") else {
        return Vec::new();
    };
    text.lines()
        .filter_map(|l| {
            let range = l.split_whitespace().next()?;
            let (lo, hi) = range.split_once('-')?;
            Some((
                u64::from_str_radix(lo, 16).ok()?,
                u64::from_str_radix(hi, 16).ok()?,
            ))
        })
        .collect()
}

/// Names of the module's function (`u0:N`) and data (`u1:N`) ids, as the lowering declares
/// them: Go functions, then each runtime import followed by its stub, then the
/// trampolines; data: each Go function's static closure, then the globals. Import names
/// are only given when the stub ids confirm that order.
fn clif_names(program: &Program) -> HashMap<(u32, u32), String> {
    let mut m = HashMap::new();
    let code = program.code();
    for (f, _) in &code.funcs {
        m.insert((0, f.id.as_u32()), f.name.clone());
    }
    let ir = program.ir();
    let mut id = ir.funcs.len() as u32;
    let mut imports = Vec::new();
    let mut consistent = true;
    for rf in runtime::abi::RUNTIME_FUNCTIONS {
        imports.push((id, rf.name.to_string()));
        id += 1;
        if rf.has_stub() {
            // Stubs of entries that cannot panic are compiled only when called.
            let stub = format!("{}.stub", rf.name);
            if m.get(&(0, id)).is_some_and(|n| *n != stub) {
                consistent = false;
            }
            id += 1;
        }
    }
    if consistent {
        for (id, name) in imports {
            m.entry((0, id)).or_insert(name);
        }
    }
    for (i, f) in ir.funcs.iter().enumerate() {
        m.insert((1, i as u32), format!("{}·f", f.name));
    }
    for (i, g) in ir.globals.iter().enumerate() {
        m.insert((1, (ir.funcs.len() + i) as u32), format!("main.{}", g.name));
    }
    m
}
