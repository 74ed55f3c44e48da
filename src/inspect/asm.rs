//! The machine code of a function, disassembled with iced-x86: relocated operands and
//! host addresses named, each call's landing pad, source lines, and the defer annotations
//! of [`super::recognize`] computed by a small forward dataflow over the code.

use super::frame::frame_slots;
use super::recognize::State;
use super::render::{Context, CYAN, GREEN, YELLOW};
use iced_x86::{
    ConstantOffsets, Decoder, DecoderOptions, FlowControl, Formatter, FormatterTextKind,
    Instruction, InstructionInfoFactory, IntelFormatter, Mnemonic, OpKind, Register,
    SymbolResolver, SymbolResult,
};
use lowering::CompiledFunc;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::rc::Rc;

impl Context<'_> {
    pub(super) fn asm(&self, f: &CompiledFunc, start: usize) -> String {
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
}

// ---------------------------------------------------------------------------------------
// Symbol resolution for the formatter.

pub(super) struct ResolverState {
    /// Relocation of the current instruction: (offset in the instruction, target, where
    /// its displacement and immediate are).
    reloc: Option<(u32, String, ConstantOffsets)>,
    func_start: u64,
    func_end: u64,
    addresses: bool,
    names: HashMap<u64, String>,
    maps: Vec<(u64, u64)>,
}

pub(super) struct Resolver {
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
pub(super) fn read_maps() -> Vec<(u64, u64)> {
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
