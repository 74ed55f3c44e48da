//! A function's header: what kind of code it is, its defers and their strategies, the
//! frame layout the runtime reads (deferBits, closure slots, resume line, records) and the
//! exception table (each call's landing pad).

use super::render::{fp_off, signed_hex, Context, BOLD, DIM};
use lowering::{CompiledFunc, FrameSlotKind};
use runtime::abi::CodeKind;
use std::fmt::Write as _;

impl Context<'_> {
    pub(super) fn header(&self, f: &CompiledFunc, start: usize) -> String {
        let mut s = String::new();
        let kind = match f.kind {
            CodeKind::GoFunc => "Go function",
            CodeKind::DeferWrapper => "defer wrapper",
            CodeKind::Stub => "runtime stub",
            CodeKind::DeferCallThunk => "deferred-call thunk",
            CodeKind::MethodCallThunk => "method-call thunk",
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
        let frame = frame_slots(f);
        lines.push("frame layout the runtime reads (offsets from FP = rbp; [FP] caller's FP, [FP+8] return address):".into());
        if f.call_sites.iter().all(|c| c.handler.is_none()) && !f.decisions.is_empty() {
            lines.push(
                "  (no call has a landing pad: a panic never finds a defer of this frame pending, \
                 so the runtime never reads these slots and the code does not write them)"
                    .into(),
            );
        }
        match frame.bits {
            Some(off) => {
                lines.push(format!(
                    "  deferBits          {}  1 byte; bit i set = defer i registered and not yet run",
                    fp_off(off)
                ));
                for (i, (off, size)) in frame.closures.iter().enumerate() {
                    lines.push(format!(
                        "  closure slot {i}     {}  {size} bytes; closure object of defer {i} (code pointer, then captures)",
                        fp_off(*off)
                    ));
                }
            }
            None => lines.push("  open-coded defers: none (no deferBits slot)".into()),
        }
        for s in &f.frame_slots {
            match s.kind {
                FrameSlotKind::ResumeLine => lines.push(format!(
                    "  resume line        {}  {} bytes; 0, or the line of the call a recovered panic came through",
                    fp_off(s.fp_offset),
                    s.size
                )),
                FrameSlotKind::StackRecord(i) => lines.push(format!(
                    "  stack record {i}     {}  {} bytes; `_defer` record of defer {i} (header, then closure object)",
                    fp_off(s.fp_offset),
                    s.size
                )),
                _ => {}
            }
        }
        if f.has_defer_records {
            lines.push(
                "  defer records: yes; `_defer` records on the goroutine's chain tagged with this FP, \
                 pushed and popped inline (chain head and pool from the goroutine in r15), run LIFO at \
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
                "  plain calls (no handler: the callee cannot panic, or no defer of this frame can be pending there), ret at:".into(),
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
}

/// Where the defer slots of a frame are, for recognizing memory operands: the lowering's
/// frame-slot metadata ([`CompiledFunc::frame_slots`]) in the form the recognizer wants.
pub(super) struct FrameSlots {
    /// FP - SP in the body (from the call sites' `frame_offset`).
    pub(super) frame_size: Option<u32>,
    /// FP offset of deferBits.
    pub(super) bits: Option<i32>,
    /// (FP offset, size) of the closure slot of each open-coded defer, by defer index.
    pub(super) closures: Vec<(i32, u32)>,
    /// (FP offset, size) of each stack-allocated defer record.
    pub(super) records: Vec<(i64, u32)>,
}

pub(super) fn frame_slots(f: &CompiledFunc) -> FrameSlots {
    let mut closures: Vec<(usize, i32, u32)> = Vec::new();
    let mut slots = FrameSlots {
        frame_size: f.call_sites.iter().find_map(|c| c.frame_offset),
        bits: None,
        closures: Vec::new(),
        records: Vec::new(),
    };
    for s in &f.frame_slots {
        match s.kind {
            FrameSlotKind::DeferBits => slots.bits = Some(s.fp_offset),
            FrameSlotKind::OpenClosure(i) => closures.push((i, s.fp_offset, s.size)),
            FrameSlotKind::StackRecord(_) => slots.records.push((s.fp_offset as i64, s.size)),
            FrameSlotKind::ResumeLine => {}
        }
    }
    closures.sort();
    slots.closures = closures
        .into_iter()
        .map(|(_, off, size)| (off, size))
        .collect();
    slots
}
