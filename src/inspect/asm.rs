//! The machine code of a function, disassembled with iced-x86: relocated operands and
//! host addresses named, each call's landing pad, source lines, and the defer annotations
//! of [`super::recognize`] computed by a small forward dataflow over the code.

use super::frame::frame_slots;
use super::recognize::{self, State};
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

/// One decoded instruction and where its constant fields are.
type Decoded = (Instruction, ConstantOffsets);

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
        // Decode everything first: the annotations are a small forward dataflow analysis
        // over the code (which register holds deferBits, a closure's code pointer, a
        // record, a call target), iterated until the states at branch targets settle.
        let (insns, pool) = decode_with_jump_tables(bytes, ip);
        let comments = self.annotate(f, &insns, ip);
        self.listing(&mut s, f, bytes, (&insns, pool), comments, ip);
        s
    }

    /// The defer annotations of every instruction: [`recognize::transfer`] run forward
    /// over the code, with the states at branch targets met until they settle (at most
    /// four passes).
    fn annotate(&self, f: &CompiledFunc, insns: &[Decoded], ip: u64) -> Vec<Vec<String>> {
        let frame = frame_slots(f);
        let handlers: Vec<u32> = f.call_sites.iter().filter_map(|c| c.handler).collect();
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
                let reloc = reloc_of(f, off, off + ins.len() as u32);
                comments[i] = recognize::transfer(
                    &frame,
                    ins,
                    &mut info,
                    &mut st,
                    reloc.as_ref().map(|r| r.1.as_str()),
                );
                if target_of(ins).is_some() && edge_out[i].as_ref() != Some(&st) {
                    edge_out[i] = Some(st.clone());
                    changed = true;
                }
                fall = match ins.flow_control() {
                    FlowControl::UnconditionalBranch
                    | FlowControl::IndirectBranch
                    | FlowControl::Return => None,
                    _ if ins.mnemonic() == Mnemonic::Ud2 => None,
                    _ => Some(st),
                };
            }
            if !changed {
                break;
            }
        }
        comments
    }

    /// The formatter: Intel syntax, names for relocated operands and known addresses.
    fn formatter(&self, f: &CompiledFunc, ip: u64) -> (IntelFormatter, Rc<RefCell<ResolverState>>) {
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
        (fmt, state)
    }

    /// Writes the listing: source lines, landing pads, each instruction with its bytes
    /// (host addresses masked) and its annotations.
    fn listing(
        &self,
        s: &mut String,
        f: &CompiledFunc,
        bytes: &[u8],
        (insns, pool): (&[Decoded], (u64, u64)),
        mut comments: Vec<Vec<String>>,
        ip: u64,
    ) {
        let (mut fmt, state) = self.formatter(f, ip);
        let handlers: Vec<u32> = f.call_sites.iter().filter_map(|c| c.handler).collect();
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
            let reloc = reloc_of(f, off, end);
            state.borrow_mut().reloc = reloc.map(|(at, name)| (at, name, *offs));
            let mut text = String::new();
            let data = &bytes[off as usize..end as usize];
            if ins.code() == iced_x86::Code::INVALID && ins.ip() >= pool.0 {
                // A constant-pool word (see `decode_with_jump_tables`).
                if ins.ip() < pool.1 && data.iter().all(|&b| b == 0) {
                    // Zero bytes that align the pool.
                    text = format!("db {} dup (0)  ; padding", data.len());
                } else {
                    let mut le = [0u8; 8];
                    le[..data.len()].copy_from_slice(data);
                    text = format!("dq {:#018x}  ; constant", u64::from_le_bytes(le));
                }
            } else if ins.code() == iced_x86::Code::INVALID {
                // A jump table entry (see `decode_with_jump_tables`).
                let word = u32::from_le_bytes(
                    bytes[off as usize..end as usize]
                        .try_into()
                        .expect("4 bytes"),
                );
                let table = insns[..i]
                    .iter()
                    .rev()
                    .find(|(x, _)| x.code() != iced_x86::Code::INVALID)
                    .map_or(0, |(x, _)| (x.next_ip() - ip) as i64);
                text = format!(
                    "dd {word:#010x}  ; jump table entry -> +{:#x}",
                    table + word as i32 as i64
                );
            } else {
                fmt.format(ins, &mut text);
            }
            let mut c = std::mem::take(&mut comments[i]);
            let pops_rbp = insns.get(i + 1).is_some_and(|(n, _)| {
                n.code() == iced_x86::Code::Pop_r64 && n.op0_register() == iced_x86::Register::RBP
            });
            if data == lowering::epilogue::NOP3 && pops_rbp {
                c.push("Cranelift's mov rsp, rbp, dropped: SP == FP here".into());
            }
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
            let hex = self.code_bytes(ins, offs, &bytes[off as usize..end as usize]);
            let code = format!("  {addr}+{off:#06x}  {hex:<30} {text}");
            if c.is_empty() {
                let _ = writeln!(s, "{}", code.trim_end());
            } else {
                let comment = self.paint(GREEN, &format!("; {}", c.join("; ")));
                let _ = writeln!(s, "{code:<84}{comment}");
            }
        }
    }

    /// An instruction's bytes in hex, an immediate that is a host address masked as `..`.
    fn code_bytes(&self, ins: &Instruction, offs: &ConstantOffsets, bytes: &[u8]) -> String {
        let mut hex: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
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
        hex.join(" ")
    }
}

/// The relocation inside `[off, end)` of `f`'s code: (offset in the instruction, target).
/// Decodes `bytes`; data inside the code is listed as data, not decoded as code: the jump
/// table Cranelift places right after a `jmp reg` of a `br_table` (`lea reg, [rip+T]` with
/// `T` the next instruction, then 4-byte offsets from `T`), as `dd` entries up to the
/// first target, and the constant pool at the end (from the lowest address a
/// `[rip+X]` operand other than `lea`'s reads), as 8-byte words.
/// Returns the listing and where the listing of the constant pool starts (its alignment
/// padding first) and where the pool itself starts (both the end when there is none).
fn decode_with_jump_tables(bytes: &[u8], ip: u64) -> (Vec<Decoded>, (u64, u64)) {
    let mut decoder = Decoder::with_ip(64, bytes, ip, DecoderOptions::NONE);
    let mut insns: Vec<Decoded> = Vec::new();
    let mut table_base: Option<(iced_x86::Register, u64)> = None;
    let mut pool = ip + bytes.len() as u64;
    // Where the listing of the pool starts: its alignment padding, when decoded as code.
    let mut listed = pool;
    while decoder.can_decode() {
        if decoder.ip() >= pool || decoder.ip() >= listed {
            listed = listed.min(decoder.ip()).min(pool);
            // Zero bytes decoded as code just before the pool are its alignment padding.
            while let Some((last, _)) = insns.last() {
                let (a, b) = ((last.ip() - ip) as usize, (last.next_ip() - ip) as usize);
                if last.code() == iced_x86::Code::INVALID || bytes[a..b].iter().any(|&x| x != 0) {
                    break;
                }
                listed = last.ip();
                insns.pop();
            }
            let mut pos = (listed - ip) as usize;
            while pos < bytes.len() {
                // 8-byte words at 8-byte offsets (the pool is aligned; padding first).
                let n = (bytes.len() - pos).min(8 - pos % 8);
                let mut word = Instruction::new();
                word.set_len(n);
                word.set_ip(ip + pos as u64);
                insns.push((word, ConstantOffsets::default()));
                pos += n;
            }
            break;
        }
        let instr = decoder.decode();
        if instr.next_ip() > pool {
            // Alignment padding before the pool, decoded across the pool's start: list
            // the bytes from here with the pool.
            listed = instr.ip();
            continue;
        }
        if instr.is_ip_rel_memory_operand()
            && instr.mnemonic() != iced_x86::Mnemonic::Lea
            && (ip..pool).contains(&instr.ip_rel_memory_address())
        {
            pool = instr.ip_rel_memory_address();
        }
        let offs = decoder.get_constant_offsets(&instr);
        let next = instr.next_ip();
        if instr.mnemonic() == iced_x86::Mnemonic::Lea && instr.is_ip_rel_memory_operand() {
            table_base = Some((instr.op0_register(), instr.ip_rel_memory_address()));
        }
        let table = match table_base {
            Some((r, t))
                if instr.flow_control() == FlowControl::IndirectBranch
                    && instr.op0_kind() == iced_x86::OpKind::Register
                    && instr.op0_register() == r
                    && t == next =>
            {
                Some(t)
            }
            _ => None,
        };
        insns.push((instr, offs));
        let Some(base) = table else { continue };
        // Entries until the lowest target seen (the table ends where the code resumes).
        let mut pos = (next - ip) as usize;
        let mut end = bytes.len();
        while pos + 4 <= end {
            let v = i32::from_le_bytes(bytes[pos..pos + 4].try_into().expect("4 bytes"));
            let target = base as i64 + v as i64 - ip as i64;
            if target <= pos as i64 || target as usize > bytes.len() {
                break;
            }
            end = end.min(target as usize);
            // A placeholder (iced's INVALID code) that `listing` prints as the entry.
            let mut entry = Instruction::new();
            entry.set_len(4);
            entry.set_ip(ip + pos as u64);
            entry.set_immediate32(v as u32);
            insns.push((entry, ConstantOffsets::default()));
            pos += 4;
        }
        decoder.set_ip(ip + pos as u64);
        if decoder.set_position(pos).is_err() {
            break;
        }
        table_base = None;
    }
    (insns, (listed.min(pool), pool))
}

fn reloc_of(f: &CompiledFunc, off: u32, end: u32) -> Option<(u32, String)> {
    f.relocs
        .iter()
        .find(|r| r.offset >= off && r.offset < end)
        .map(|r| (r.offset - off, r.target.clone()))
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

#[cfg(test)]
mod tests {
    use super::decode_with_jump_tables;

    /// The pool's alignment padding is listed with it, even when decoding it as code
    /// would run into the pool's first word (`00 01` = `add [rcx], al`).
    #[test]
    fn pool_padding_decoded_across_the_pool_start() {
        let mut code = vec![0x48, 0x8b, 0x05, 0x09, 0, 0, 0, 0x90, 0xc3]; // mov rax, [rip+9]; nop; ret
        code.extend([0u8; 7]);
        code.extend(1u64.to_le_bytes());
        let ip = 0x1000;
        let (insns, (listed, pool)) = decode_with_jump_tables(&code, ip);
        assert_eq!((listed, pool), (ip + 9, ip + 16));
        let data: Vec<(u64, usize)> = insns
            .iter()
            .filter(|(i, _)| i.code() == iced_x86::Code::INVALID)
            .map(|(i, _)| (i.ip() - ip, i.len()))
            .collect();
        assert_eq!(data, [(9, 7), (16, 8)]);
    }
}
