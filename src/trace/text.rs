//! The text of `deferjit trace`: one line per event, numbered, indented by the depth of
//! the frame it concerns, in words that need no manual.

use super::{DeferHow, DeferRef, FrameRef, Trace, TraceEvent, What};
use std::fmt::Write;

/// Describes how a defer's call is kept.
fn how_text(d: &DeferRef) -> String {
    match &d.how {
        DeferHow::OpenCoded {
            bit,
            bits_fp_offset,
        } => match bits_fp_offset {
            Some(off) => format!("open-coded, bit {bit} of deferBits at {}", fp_rel(*off)),
            None => format!("open-coded, bit {bit} of deferBits (kept in a register)"),
        },
        DeferHow::StackRecord { fp_offset } => match fp_offset {
            Some(off) => format!("stack record at {}", fp_rel(*off)),
            None => "stack record".to_string(),
        },
        DeferHow::HeapRecord { record, address } => match address {
            Some(a) => format!("heap record #{record} at {a:#x}, from the pool"),
            None => format!("heap record #{record}, from the pool"),
        },
    }
}

/// `FP-0x48` for a negative offset from the frame pointer.
fn fp_rel(off: i32) -> String {
    if off < 0 {
        format!("FP-{:#x}", -(off as i64))
    } else {
        format!("FP+{off:#x}")
    }
}

fn at(f: &FrameRef) -> String {
    match f.fp {
        Some(fp) => format!("{}:{} [FP={fp:#x}]", f.func, f.line),
        None => format!("{}:{}", f.func, f.line),
    }
}

/// The depth (0 = outermost) of the frame an event concerns, for indentation.
fn depth(e: &TraceEvent) -> usize {
    let frame = match &e.what {
        What::Defer { frame, .. }
        | What::Call { frame, .. }
        | What::Return { frame, .. }
        | What::Panic { frame, .. }
        | What::Goexit { frame, .. }
        | What::Walk { frame, .. }
        | What::Recover { frame, .. }
        | What::Resume { frame, .. } => Some(frame),
        _ => None,
    };
    // A truncated stack holds the innermost frames: indented as if one more were above.
    usize::from(e.truncated)
        + match frame {
            Some(f) => (e.stack.iter())
                .position(|s| s.key == f.key)
                .unwrap_or(e.stack.len()),
            None => e.stack.len().saturating_sub(1),
        }
}

/// One event in words.
pub fn describe(e: &TraceEvent) -> String {
    match &e.what {
        What::Defer { frame, defer } => format!(
            "{}: defer {} registers {}: {}",
            at(frame),
            defer.index,
            defer.callee,
            how_text(defer)
        ),
        What::Call {
            frame,
            defer,
            cause,
            panic,
        } => {
            let what = match defer {
                Some(d) => format!(
                    "defer {} ({}, line {}; {})",
                    d.index,
                    d.callee,
                    d.line,
                    how_text(d)
                ),
                None => "a deferred call".to_string(),
            };
            let why = match (*cause, panic) {
                ("return", _) => "the function returns".to_string(),
                ("landing pad", _) => {
                    "its landing pad runs the remaining defers after a recovery".to_string()
                }
                ("Goexit", Some(n)) => format!("runtime.Goexit (#{n}) runs it"),
                (_, Some(n)) => format!("panic {n}'s walk runs it"),
                (c, None) => c.to_string(),
            };
            format!("{}: runs {what}: {why}", at(frame))
        }
        What::Return {
            frame,
            after_recovery,
        } => {
            if *after_recovery {
                format!("{}: returns to its caller, recovered", at(frame))
            } else {
                format!("{}: returns, its deferred calls done", at(frame))
            }
        }
        What::Panic {
            panic,
            frame,
            value,
            runtime_error,
            during,
        } => {
            let mut s = format!("{}: PANIC {panic}: {value}", at(frame));
            if *runtime_error {
                s.push_str(" (a runtime error)");
            }
            if let Some(d) = during {
                let _ = write!(s, ", started while panic {d} runs a deferred call");
            }
            s
        }
        What::Goexit { panic, frame } => format!(
            "{}: runtime.Goexit (#{panic}) runs the goroutine's deferred calls",
            at(frame)
        ),
        What::Walk {
            panic,
            frame,
            open_pending,
            records_pending,
        } => {
            let mut pending = Vec::new();
            if !open_pending.is_empty() {
                let bits: Vec<String> = open_pending.iter().map(|b| b.to_string()).collect();
                pending.push(format!(
                    "open-coded defer{} {} (deferBits)",
                    if bits.len() > 1 { "s" } else { "" },
                    bits.join(", ")
                ));
            }
            if *records_pending > 0 {
                pending.push(format!(
                    "{records_pending} record{}",
                    if *records_pending > 1 { "s" } else { "" }
                ));
            }
            let pending = if pending.is_empty() {
                "nothing pending".to_string()
            } else {
                format!("pending: {}", pending.join(" and "))
            };
            format!("{}: panic {panic} walks this frame, {pending}", at(frame))
        }
        What::Aborted { panic, aborted } => format!(
            "panic {panic} reaches a deferred call of panic {aborted}: panic {aborted} is aborted, panic {panic} goes on with its walk"
        ),
        What::Recover {
            frame,
            recovered,
            why_nil,
            panic,
        } => match (recovered, panic) {
            (true, Some(n)) => format!("{}: recover() stops panic {n} and returns its value", at(frame)),
            _ => format!(
                "{}: recover() returns nil: {}",
                at(frame),
                why_nil.unwrap_or("")
            ),
        },
        What::Resume {
            panic,
            frame,
            landing_pad,
            sp_below_fp,
            sp,
            fp,
        } => {
            let regs = match (sp, fp) {
                (Some(sp), Some(fp)) => format!("SP={sp:#x} (FP-{sp_below_fp:#x}), FP={fp:#x}"),
                _ => format!("SP=FP-{sp_below_fp:#x}, FP=its frame"),
            };
            format!(
                "{}: panic {panic} is over: the frame resumes at its landing pad {landing_pad}, {regs}",
                at(frame)
            )
        }
        What::Fatal { panic } => {
            format!("panic {panic} is not recovered: the run ends with Go's panic text (exit status 2)")
        }
        What::GoexitDone { panic } => {
            format!("runtime.Goexit (#{panic}) ran every deferred call: the goroutine ends")
        }
    }
}

/// The whole text: a header, then one numbered line per event.
pub fn render(t: &Trace, strategy: &str) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}", t.title(strategy));
    let _ = writeln!(
        s,
        "The code was compiled with trace instrumentation: defer statements, exits and recover() call the runtime to report what untraced code does inline (see `deferjit dump --trace-instrumented`)."
    );
    if t.dropped > 0 {
        let _ = writeln!(
            s,
            "{} more events were not recorded: the buffer was full (--max-events).",
            t.dropped
        );
    }
    let _ = writeln!(
        s,
        "Each line: the event's number, its kind, then function:line of the frame it concerns, indented by that frame's depth on the goroutine's stack (main.main at the left)."
    );
    let width = t.events.len().to_string().len();
    let many_goroutines = t.events.iter().any(|e| e.goroutine != 1);
    for (i, e) in t.events.iter().enumerate() {
        let indent = "  ".repeat(depth(e));
        let g = if many_goroutines {
            format!("g{} ", e.goroutine)
        } else {
            String::new()
        };
        let _ = writeln!(
            s,
            "{:>width$}  {:<12}{g}{indent}{}",
            i + 1,
            e.what.kind(),
            describe(e)
        );
    }
    s
}
