//! x86-64 recognition of defer operations in machine code: which register or spill slot
//! holds deferBits, a closure object, a defer record, the chain head; what each load, store,
//! bit operation and call does for the defers of the frame.

use super::frame::FrameSlots;
use super::render::signed_hex;
use iced_x86::{
    FlowControl, Instruction, InstructionInfoFactory, Mnemonic, OpAccess, OpKind, Register,
};
use runtime::abi::{
    DEFER_CLOSURE_OFFSET, DEFER_CLOSURE_SIZE_OFFSET, DEFER_FRAME_FP_OFFSET,
    DEFER_HEAP_CLASS_OFFSET, DEFER_LINK_OFFSET,
};
use std::collections::HashMap;

/// The operands of one instruction, as the recognizers need them.
struct Operands<'a> {
    instr: &'a Instruction,
    mn: Mnemonic,
    /// The known frame or record slot of its memory operand.
    mem: Option<Slot>,
    /// Register operands 0 and 1.
    reg0: Option<Register>,
    reg1: Option<Register>,
    /// Its immediate operand.
    imm: Option<u64>,
    /// Whether the memory operand is written.
    mem_is_dest: bool,
    /// The tag of register operand 1 (the source of a store or move).
    src_tag: Option<Tag>,
    /// The relocation target named by the instruction.
    reloc: Option<&'a str>,
}

/// What one instruction does for defers, calls and the frame; updates `st`, the tracked
/// contents of registers and spill slots.
pub(super) fn transfer(
    frame: &FrameSlots,
    instr: &Instruction,
    info: &mut InstructionInfoFactory,
    st: &mut State,
    reloc: Option<&str>,
) -> Vec<String> {
    let mn = instr.mnemonic();
    let reg_op = |i: u32| {
        (instr.op_count() > i && instr.op_kind(i) == OpKind::Register)
            .then(|| instr.op_register(i).full_register())
    };
    let reg1 = reg_op(1);
    let ops = Operands {
        instr,
        mn,
        mem: memory_slot(instr, frame, &st.regs),
        reg0: reg_op(0),
        reg1,
        imm: (0..instr.op_count()).find_map(|i| match instr.op_kind(i) {
            OpKind::Immediate8
            | OpKind::Immediate16
            | OpKind::Immediate32
            | OpKind::Immediate64
            | OpKind::Immediate8to16
            | OpKind::Immediate8to32
            | OpKind::Immediate8to64
            | OpKind::Immediate32to64 => Some(instr.immediate(i)),
            _ => None,
        }),
        mem_is_dest: instr.op_count() > 0
            && instr.op_kind(0) == OpKind::Memory
            && !matches!(mn, Mnemonic::Cmp | Mnemonic::Test | Mnemonic::Bt),
        src_tag: reg1.and_then(|r| st.regs.get(&r).cloned()),
        reloc,
    };
    let mut out = Vec::new();
    if matches!(
        instr.flow_control(),
        FlowControl::Call | FlowControl::IndirectCall
    ) {
        call(&ops, st, &mut out);
        return out;
    }
    let mut new_tag = match ops.mem {
        Some(slot) => memory_access(&ops, slot, st, &mut out),
        None => ops
            .reg0
            .and_then(|r| register_op(&ops, r, st, &mut out).map(|t| (r, t))),
    };
    // Registers this instruction writes lose their tags (unless just set).
    for u in info.info(instr).used_registers() {
        if matches!(
            u.access(),
            OpAccess::Write | OpAccess::ReadWrite | OpAccess::CondWrite | OpAccess::ReadCondWrite
        ) {
            st.regs.remove(&u.register().full_register());
        }
    }
    if let Some((r, t)) = new_tag.take() {
        if t != Tag::Other {
            st.regs.insert(r, t);
        }
    }
    out
}

/// A call: its target by name (a relocation, or a register holding a symbol or a closure's
/// code pointer) and what it means; every register is clobbered after it.
fn call(ops: &Operands, st: &mut State, out: &mut Vec<String>) {
    let deferred = |out: &mut Vec<String>, what: String| {
        out.push(what);
        None
    };
    let target: Option<String> = if let Some(r) = ops.reloc {
        Some(r.to_string())
    } else if let Some(r) = ops.reg0 {
        match st.regs.get(&r) {
            Some(Tag::Symbol(n)) => Some(n.clone()),
            Some(Tag::ClosureCode(i)) => deferred(out, format!("call deferred closure {i}")),
            Some(Tag::RecordCode) => deferred(out, "call the record's deferred closure".into()),
            _ => None,
        }
    } else {
        match ops.mem {
            Some(Slot::ClosureBase(i)) => deferred(out, format!("call deferred closure {i}")),
            Some(Slot::RecordClosure(0)) => {
                deferred(out, "call the record's deferred closure".into())
            }
            _ => None,
        }
    };
    if let Some(t) = &target {
        if ops.reloc.is_none() {
            out.push(format!("-> {t}"));
        }
        if let Some(what) = runtime_meaning(t) {
            out.push(what.to_string());
        }
    }
    // Runtime entries are called through their stubs (same arguments and results).
    let entry = target.as_deref().map(|t| t.trim_end_matches(".stub"));
    // A call clobbers every caller-saved register (all of them under the Go convention),
    // except the `preserve_all` stubs.
    if !entry.is_some_and(|e| runtime::abi::PRESERVE_ALL_ENTRIES.contains(&e)) {
        st.regs.clear();
    }
}

/// An access to a known slot; returns the tag its destination register gets.
fn memory_access(
    ops: &Operands,
    slot: Slot,
    st: &mut State,
    out: &mut Vec<String>,
) -> Option<(Register, Tag)> {
    match slot {
        Slot::Bits => bits_access(ops, out),
        Slot::ClosureBase(i) | Slot::Closure(i, _) => closure_access(ops, slot, i, out),
        Slot::RecordClosure(k) => record_closure_access(ops, k, out),
        Slot::RecordField(rec, k) => stack_record_access(ops, rec, k, out),
        Slot::ChainHead => chain_head_access(ops, out),
        Slot::PoolList(c) => {
            if ops.mem_is_dest {
                out.push(format!("pool: head of the free list of size class {c} :="));
                None
            } else {
                out.push(format!(
                    "pool: head of the free list of size class {c} (a record, or 0)"
                ));
                ops.reg0.map(|r| (r, Tag::Record))
            }
        }
        Slot::PanicHead => {
            out.push("recover: is a panic in flight? (the goroutine's panic head)".into());
            None
        }
        Slot::RecordHeader(k) => {
            record_header_access(ops, k, out);
            None
        }
        Slot::Spill(a) => spill_access(ops, a, st),
    }
}

/// deferBits in its frame slot: zeroed, stored with a bit set or cleared, tested, loaded.
fn bits_access(ops: &Operands, out: &mut Vec<String>) -> Option<(Register, Tag)> {
    let (mn, imm) = (ops.mn, ops.imm);
    if !ops.mem_is_dest {
        if matches!(mn, Mnemonic::Test | Mnemonic::Bt) {
            let m = imm.unwrap_or(0) as u8;
            out.push(format!(
                "exit: test {} of deferBits: is defer {} pending?",
                bit_list(m),
                bit_idx(m)
            ));
            return None;
        }
        let r = ops.reg0?;
        out.push("load deferBits".into());
        return Some((r, Tag::Bits));
    }
    let text = match (mn, &ops.src_tag) {
        (Mnemonic::Mov, _) if imm == Some(0) => "deferBits = 0: no defer registered yet".into(),
        (Mnemonic::Mov, Some(Tag::BitsSet(m))) => format!(
            "store deferBits with {} set: defer {} is registered",
            bit_list(*m),
            bit_idx(*m)
        ),
        (Mnemonic::Mov, Some(Tag::BitsCleared(m))) => format!(
            "store deferBits with {} cleared before the call: defer {} will not run twice",
            bit_list(*m),
            bit_idx(*m)
        ),
        (Mnemonic::Mov, _) => "store deferBits".into(),
        (Mnemonic::Or, _) => {
            let m = imm.unwrap_or(0) as u8;
            format!(
                "set {} of deferBits: defer {} is registered",
                bit_list(m),
                bit_idx(m)
            )
        }
        (Mnemonic::And, _) => {
            let m = !(imm.unwrap_or(0) as u8);
            format!(
                "clear {} of deferBits before calling closure {}",
                bit_list(m),
                bit_idx(m)
            )
        }
        _ => "update deferBits".into(),
    };
    out.push(text);
    None
}

/// A closure slot of an open-coded defer: its address taken, a word stored, its code
/// pointer loaded.
fn closure_access(
    ops: &Operands,
    slot: Slot,
    i: usize,
    out: &mut Vec<String>,
) -> Option<(Register, Tag)> {
    let field = match slot {
        Slot::Closure(_, k) => format!("capture at +{k:#x}"),
        _ => "code pointer".into(),
    };
    let base = matches!(slot, Slot::ClosureBase(_));
    if ops.mn == Mnemonic::Lea {
        let r = ops.reg0.filter(|_| base)?;
        out.push(format!("address of closure slot {i}"));
        return Some((r, Tag::ClosureAddr(i)));
    }
    if ops.mem_is_dest {
        out.push(format!(
            "defer {i}: {field} of its closure object in closure slot {i}"
        ));
        return None;
    }
    let r = ops.reg0?;
    if base {
        out.push(format!("code pointer of closure {i}"));
        return Some((r, Tag::ClosureCode(i)));
    }
    out.push(format!("closure slot {i}: {field}"));
    None
}

/// A word of the closure object inside a record reached through a register.
fn record_closure_access(ops: &Operands, k: i32, out: &mut Vec<String>) -> Option<(Register, Tag)> {
    if ops.mn == Mnemonic::Lea && k == 0 {
        let r = ops.reg0?;
        out.push("address of the record's closure object".into());
        return Some((r, Tag::RecordClosure));
    }
    if ops.mem_is_dest {
        let what = if k == 0 {
            "closure code pointer".to_string()
        } else {
            format!("closure capture at +{k:#x}")
        };
        out.push(format!("defer record: {what}"));
        return None;
    }
    let r = ops.reg0.filter(|_| k == 0)?;
    out.push("code pointer of the record's closure".into());
    Some((r, Tag::RecordCode))
}

/// A field of a stack record in this frame (at FP offset `rec`, field offset `k`).
fn stack_record_access(
    ops: &Operands,
    rec: i64,
    k: i32,
    out: &mut Vec<String>,
) -> Option<(Register, Tag)> {
    if ops.mn == Mnemonic::Lea && k == 0 {
        let r = ops.reg0?;
        out.push("address of the stack defer record".into());
        return Some((r, Tag::StackAddr(rec)));
    }
    if ops.mem_is_dest {
        let what = match k {
            k if k == DEFER_LINK_OFFSET => "link (next older record)".to_string(),
            k if k == DEFER_FRAME_FP_OFFSET => "frame pointer of this frame".to_string(),
            k if k == DEFER_HEAP_CLASS_OFFSET => "heap class (0: stack record)".to_string(),
            k if k == DEFER_CLOSURE_SIZE_OFFSET => "closure size".to_string(),
            k if k == DEFER_CLOSURE_OFFSET => "closure code pointer".to_string(),
            k if k > DEFER_CLOSURE_OFFSET => {
                format!("closure capture at +{:#x}", k - DEFER_CLOSURE_OFFSET)
            }
            k => format!("header word at +{k:#x}"),
        };
        out.push(format!("stack defer record: {what}"));
    }
    None
}

/// The goroutine's defer chain head: a push of a stack or heap record, an unlink, a load.
fn chain_head_access(ops: &Operands, out: &mut Vec<String>) -> Option<(Register, Tag)> {
    if !ops.mem_is_dest {
        let r = ops.reg0?;
        out.push("load the chain head (newest defer record, or 0)".into());
        return Some((r, Tag::Record));
    }
    match &ops.src_tag {
        Some(Tag::StackAddr(a)) => {
            out.push(format!(
                "push: the chain head is now this frame's stack record (FP{}) (deferprocStack)",
                signed_hex(*a)
            ));
        }
        Some(Tag::Record) => {
            out.push("push: the chain head is now this heap record (deferproc)".into())
        }
        _ => out.push("exit: unlink the record: the chain head is now its link".into()),
    }
    None
}

/// A header word of a record reached through a register (link, frame FP, class, size).
fn record_header_access(ops: &Operands, k: i32, out: &mut Vec<String>) {
    let what = match k {
        k if k == DEFER_LINK_OFFSET => "link (next older record)",
        k if k == DEFER_FRAME_FP_OFFSET => "frame pointer of its deferring frame",
        k if k == DEFER_HEAP_CLASS_OFFSET => "heap class (0: stack record)",
        k if k == DEFER_CLOSURE_SIZE_OFFSET => "closure size",
        _ => "header word",
    };
    out.push(if ops.mem_is_dest {
        format!("record's {what} :=")
    } else if ops.mn == Mnemonic::Cmp {
        format!("exit: compare the record's {what}: does it belong to this frame?")
    } else {
        format!("load the record's {what}")
    });
}

/// Any other frame slot: tagged values spilled and reloaded, slot addresses taken.
fn spill_access(ops: &Operands, a: i64, st: &mut State) -> Option<(Register, Tag)> {
    if ops.mem_is_dest {
        match &ops.src_tag {
            Some(t) if ops.mn == Mnemonic::Mov && *t != Tag::Other => {
                st.spills.insert(a, t.clone());
            }
            _ => {
                st.spills.remove(&a);
            }
        }
        return None;
    }
    let r = ops.reg0?;
    match ops.mn {
        Mnemonic::Mov | Mnemonic::Movzx => st.spills.get(&a).map(|t| (r, t.clone())),
        Mnemonic::Lea => Some((r, Tag::StackAddr(a))),
        _ => None,
    }
}

/// A register-only operation: bit operations on deferBits, copies of tagged registers,
/// addresses of symbols and of a record's closure object. Returns `r`'s new tag.
fn register_op(ops: &Operands, r: Register, st: &State, out: &mut Vec<String>) -> Option<Tag> {
    let tag = st.regs.get(&r).cloned();
    let is_bits = matches!(tag, Some(Tag::Bits | Tag::BitsSet(_) | Tag::BitsCleared(_)));
    let imm = ops.imm;
    let closure_offset = Some(DEFER_CLOSURE_OFFSET as i64);
    match ops.mn {
        Mnemonic::Or if is_bits && imm.is_some() => {
            let m = imm.unwrap_or(0) as u8;
            out.push(format!("set {} (defer {})", bit_list(m), bit_idx(m)));
            Some(Tag::BitsSet(m))
        }
        Mnemonic::And if is_bits && imm.is_some() => {
            let v = imm.unwrap_or(0) as u8;
            if v.count_ones() == 1 {
                out.push(format!(
                    "exit: isolate {}: is defer {} pending?",
                    bit_list(v),
                    bit_idx(v)
                ));
                Some(Tag::Other)
            } else {
                let m = !v;
                out.push(format!(
                    "clear {} (defer {} is about to run)",
                    bit_list(m),
                    bit_idx(m)
                ));
                Some(Tag::BitsCleared(m))
            }
        }
        Mnemonic::Test | Mnemonic::Bt if is_bits && imm.is_some() => {
            let m = if ops.mn == Mnemonic::Bt {
                1u8 << (imm.unwrap_or(0) & 7)
            } else {
                imm.unwrap_or(0) as u8
            };
            out.push(format!(
                "exit: test {} of deferBits: is defer {} pending?",
                bit_list(m),
                bit_idx(m)
            ));
            None
        }
        Mnemonic::Test if ops.reg0 == ops.reg1 && tag == Some(Tag::Record) => {
            out.push("record of this frame left?".into());
            None
        }
        Mnemonic::Mov if ops.reg1 == Some(Register::R15) => {
            out.push(
                "the goroutine (pinned register r15), whose first word is the defer chain head"
                    .into(),
            );
            Some(Tag::ChainHead)
        }
        Mnemonic::Mov | Mnemonic::Movzx if ops.instr.op_count() == 2 => ops
            .src_tag
            .clone()
            .or_else(|| ops.reloc.map(|name| Tag::Symbol(name.to_string()))),
        Mnemonic::Lea => {
            let base = st.regs.get(&ops.instr.memory_base().full_register());
            if base == Some(&Tag::Record)
                && Some(ops.instr.memory_displacement64() as i64) == closure_offset
            {
                out.push("address of the record's closure object".into());
                Some(Tag::RecordClosure)
            } else {
                ops.reloc.map(|name| Tag::Symbol(name.to_string()))
            }
        }
        Mnemonic::Add if tag == Some(Tag::Record) && imm.map(|v| v as i64) == closure_offset => {
            out.push("address of the record's closure object".into());
            Some(Tag::RecordClosure)
        }
        _ => None,
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
        "rt_defer_refill" => {
            "a new heap defer record on the pool's empty free list (deferproc's slow path)"
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
    /// A heap or stack defer record pointer (from the chain head or the pool).
    Record,
    /// The goroutine's address (a copy of the pinned register R15), which is also the
    /// address of its defer chain head.
    ChainHead,
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
    /// The head of the goroutine's defer-pool free list of this size class.
    PoolList(usize),
    /// The goroutine's newest panic (null when none is in flight).
    PanicHead,
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
        for (r, size) in &frame.records {
            let k = fp_rel - r;
            if (0..*size as i64).contains(&k) {
                return Some(Slot::RecordField(*r, k as i32));
            }
        }
        return Some(Slot::Spill(fp_rel));
    }
    if base == Register::R15 || regs.get(&base) == Some(&Tag::ChainHead) {
        // The goroutine (in the pinned register, or a copy of it).
        let lists = runtime::abi::G_POOL_LISTS_OFFSET as i64;
        let head = runtime::abi::DEFER_POOL_HEAD_SIZE as i64;
        return match disp as i32 {
            runtime::abi::G_DEFER_HEAD_OFFSET => Some(Slot::ChainHead),
            runtime::abi::G_PANIC_HEAD_OFFSET => Some(Slot::PanicHead),
            _ if disp >= lists && disp < lists + head * runtime::abi::DEFER_POOL_CLASSES as i64 => {
                Some(Slot::PoolList(((disp - lists) / head) as usize))
            }
            _ => None,
        };
    }
    let co = runtime::abi::DEFER_CLOSURE_OFFSET as i64;
    match regs.get(&base) {
        Some(Tag::ClosureAddr(i)) if disp == 0 => Some(Slot::ClosureBase(*i)),
        Some(Tag::ClosureAddr(i)) => Some(Slot::Closure(*i, disp as i32)),
        Some(Tag::Record) if disp >= co => Some(Slot::RecordClosure((disp - co) as i32)),
        Some(Tag::Record) if disp >= 0 => Some(Slot::RecordHeader(disp as i32)),
        Some(Tag::RecordClosure) => Some(Slot::RecordClosure(disp as i32)),
        _ => None,
    }
}
