//! x86-64 recognition of defer operations in machine code: which register or spill slot
//! holds deferBits, a closure object, a defer record, the chain head; what each load, store,
//! bit operation and call does for the defers of the frame.

use super::frame::FrameSlots;
use super::render::{signed_hex, Context};
use iced_x86::FlowControl;
use iced_x86::{Instruction, InstructionInfoFactory, Mnemonic, OpAccess, OpKind, Register};
use std::collections::HashMap;

impl Context<'_> {
    /// What one instruction does for defers, calls and the frame; updates `st`, the
    /// tracked contents of registers and spill slots.
    pub(super) fn transfer(
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
            if target.as_deref() == Some("rt_defer_push") {
                if let Some(Tag::StackAddr(a)) = st.regs.get(&Register::RDI) {
                    if !frame.records.contains(a) {
                        frame.records.push(*a);
                    }
                }
            }
            // A call clobbers every caller-saved register (all of them under `tail`).
            st.regs.clear();
            if matches!(target.as_deref(), Some("rt_defer_next" | "rt_defer_alloc")) {
                st.regs.insert(Register::RAX, Tag::Record);
            }
            if target.as_deref() == Some("rt_defer_state") {
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

pub(super) fn bit_list(m: u8) -> String {
    let bits: Vec<String> = (0..8)
        .filter(|i| m & (1 << i) != 0)
        .map(|i| i.to_string())
        .collect();
    match bits.len() {
        1 => format!("bit {}", bits[0]),
        _ => format!("bits {}", bits.join(",")),
    }
}

pub(super) fn bit_idx(m: u8) -> String {
    let bits: Vec<String> = (0..8)
        .filter(|i| m & (1 << i) != 0)
        .map(|i| i.to_string())
        .collect();
    bits.join(",")
}

/// What a call of a runtime entry means for defers and panics.
pub(super) fn runtime_meaning(name: &str) -> Option<&'static str> {
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

/// What the dataflow knows at one point of the code.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct State {
    pub(super) regs: HashMap<Register, Tag>,
    /// Tagged values stored in other frame slots, by FP offset.
    pub(super) spills: HashMap<i64, Tag>,
}

impl State {
    /// What holds on every path: the tags both states agree on.
    pub(super) fn meet(&self, other: &State) -> State {
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
pub(super) enum Tag {
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
pub(super) enum Slot {
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
pub(super) fn memory_slot(
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
