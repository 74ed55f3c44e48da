//! Frame slots that no live instruction uses take no room in the frame.
//!
//! The lowering creates the slots of a function's defers up front (deferBits, the
//! resume line, closure slots), before it knows whether any call will have a landing pad.
//! When none does, the stores that only the runtime would read are removed, and what
//! remains of the slots' uses is dead code that Cranelift's optimizer drops: but Cranelift
//! still reserves every declared slot. A function whose only defer is called directly at
//! its exit (`defer inc()`) then subtracts 16 or 32 bytes from SP for nothing. Setting
//! the size of such a slot to 0 frees its room. The runtime reads a slot only where the
//! code writes it (a frame's defer slots are written before every call with a landing
//! pad), so a slot no live code touches is one the runtime never reads.

use cranelift_codegen::entity::EntitySet;
use cranelift_codegen::ir::{Block, Function, Inst, StackSlotKind, ValueDef};

/// Gives size 0 to every explicit stack slot of `func` that no instruction reachable from
/// the entry, and live (with an effect, or feeding one), refers to. Only functions with
/// the lowering's keyed slots (those of defers) are looked at: the other slots hold
/// variables whose address the code takes, and live code uses them.
pub fn shrink_dead_slots(func: &mut Function) {
    if func.sized_stack_slots.values().all(|s| s.key.is_none()) {
        return;
    }
    let Some(entry) = func.layout.entry_block() else {
        return;
    };
    // Blocks reachable from the entry (exception edges of `try_call`s included).
    let mut reachable: EntitySet<Block> = EntitySet::new();
    let mut order = Vec::new();
    let mut blocks = vec![entry];
    while let Some(b) = blocks.pop() {
        if reachable.insert(b) {
            order.push(b);
            blocks.extend(func.block_successors(b));
        }
    }
    // Live instructions: those with an effect, and what feeds them.
    let mut live: EntitySet<Inst> = EntitySet::new();
    let mut values = Vec::new();
    let mark = |inst: Inst, live: &mut EntitySet<Inst>, values: &mut Vec<_>| {
        if live.insert(inst) {
            values.extend(func.dfg.inst_values(inst));
        }
    };
    for &b in &order {
        for inst in func.layout.block_insts(b) {
            let op = func.dfg.insts[inst].opcode();
            if op.is_terminator()
                || op.is_branch()
                || op.is_call()
                || op.can_store()
                || op.can_trap()
                || op.other_side_effects()
            {
                mark(inst, &mut live, &mut values);
            }
        }
    }
    while let Some(v) = values.pop() {
        if let ValueDef::Result(inst, _) = func.dfg.value_def(v) {
            let placed = func
                .layout
                .inst_block(inst)
                .is_some_and(|b| reachable.contains(b));
            if placed {
                mark(inst, &mut live, &mut values);
            }
        }
    }
    let mut used = EntitySet::new();
    for &b in &order {
        for inst in func.layout.block_insts(b) {
            if live.contains(inst) {
                if let Some(slot) = func.dfg.insts[inst].stack_slot() {
                    used.insert(slot);
                }
            }
        }
    }
    for (slot, data) in func.sized_stack_slots.iter_mut() {
        if data.kind == StackSlotKind::ExplicitSlot && !used.contains(slot) {
            data.size = 0;
        }
    }
}
