//! `deferjit trace`: the runtime's events of one run (recorded by `runtime::tracer` in code
//! compiled with `Options::trace`), resolved against the program's code into functions,
//! source lines, defer statements and strategies; printed as text ([`text`]), JSON (the
//! types here are serializable) or an SVG drawing of the stack over time ([`svg`]).
//!
//! ```
//! use deferjit::{Options, Program};
//!
//! let src = "package main\n\nfunc f() {\n\tdefer func() { recover() }()\n\tpanic(\"boom\")\n}\n\nfunc main() {\n\tf()\n}\n";
//! let opts = Options { trace: Some(10_000), ..Options::default() };
//! let program = Program::compile("demo.go", src, &opts).unwrap();
//! let outcome = program.run();
//! let trace = deferjit::trace::Trace::resolve(&program, &outcome, false);
//! let kinds: Vec<&str> = trace.events.iter().map(|e| e.what.kind()).collect();
//! assert_eq!(kinds, ["defer", "panic", "walk", "call", "recover", "resume", "return"]);
//! ```

pub mod svg;
pub mod text;

use crate::{Outcome, Program};
use lowering::strategy::DeferKind;
use lowering::{CompiledFunc, FrameSlotKind};
use runtime::events::{DeferCallCause, Event, RecoverVerdict, TraceBuffer};
use serde::Serialize;
use std::collections::HashMap;

/// The events of one traced run, resolved.
#[derive(Clone, Debug, Serialize)]
pub struct Trace {
    /// The source file.
    pub file: String,
    /// The run's exit status.
    pub status: i32,
    /// The events in the order they happened.
    pub events: Vec<TraceEvent>,
    /// Events the runtime could not store (its buffer was full).
    pub dropped: u64,
}

/// A frame of a Go function at the moment of an event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FrameRef {
    /// gc's name of the function (`main.f`, `main.main.func1`).
    pub func: String,
    /// The line the frame is at (its active call, or the event's call).
    pub line: u32,
    /// The frame pointer, with `--addresses`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fp: Option<usize>,
    /// The frame's identity in this trace (its FP, which the SVG and the text use to
    /// tell frames apart; two frames with the same FP at different times are told apart
    /// by the stack below them).
    #[serde(skip)]
    pub key: usize,
}

/// How a defer statement registered its call.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "strategy", rename_all = "snake_case")]
pub enum DeferHow {
    /// Open-coded: bit `bit` of the frame's deferBits byte, the closure in a frame slot.
    OpenCoded {
        /// The bit (the defer's index among the function's defers).
        bit: u32,
        /// The deferBits byte's offset from FP.
        bits_fp_offset: Option<i32>,
    },
    /// A `_defer` record in the frame (gc's deferprocStack).
    StackRecord {
        /// The record's offset from FP.
        fp_offset: Option<i32>,
    },
    /// A `_defer` record from the goroutine's pool (gc's deferproc).
    HeapRecord {
        /// The record's number in this trace (records are reused: a number per address).
        record: u32,
        /// Its address, with `--addresses`.
        #[serde(skip_serializing_if = "Option::is_none")]
        address: Option<usize>,
    },
}

/// A defer statement and the call it registered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeferRef {
    /// The statement's index among its function's defers (source order).
    pub index: u32,
    /// The statement's line.
    pub line: u32,
    /// What it defers (`fmt.Println`, `main.f.func1`).
    pub callee: String,
    /// How.
    pub how: DeferHow,
}

/// What happened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum What {
    /// A defer statement registered its call.
    Defer {
        /// The function executing the statement.
        frame: FrameRef,
        /// The statement.
        defer: DeferRef,
    },
    /// A deferred call is about to run.
    Call {
        /// The function whose deferred call it is.
        frame: FrameRef,
        /// Its defer statement, when known.
        defer: Option<DeferRef>,
        /// Why it runs: `return`, `panic`, `landing pad`, `Goexit`.
        cause: &'static str,
        /// The panic (or Goexit) whose walk runs it.
        #[serde(skip_serializing_if = "Option::is_none")]
        panic: Option<u32>,
    },
    /// A function with defers returns, its deferred calls done.
    Return {
        /// The function, at its exit.
        frame: FrameRef,
        /// From its landing pad, after a recovery.
        after_recovery: bool,
    },
    /// A panic started.
    Panic {
        /// The panic's number in the run (from 1).
        panic: u32,
        /// The function that panicked, at the panic's line.
        frame: FrameRef,
        /// The value as Go prints it (a type name for values with methods).
        value: String,
        /// A runtime error (index out of range, nil dereference...) rather than `panic(v)`.
        runtime_error: bool,
        /// The newest panic already in flight (this one starts in one of its deferred calls).
        #[serde(skip_serializing_if = "Option::is_none")]
        during: Option<u32>,
    },
    /// `runtime.Goexit` started running the goroutine's deferred calls.
    Goexit {
        /// Its number (counted with the panics).
        panic: u32,
        /// The function that called Goexit.
        frame: FrameRef,
    },
    /// A panic's walk reached a frame.
    Walk {
        /// The panic.
        panic: u32,
        /// The frame, at its active call.
        frame: FrameRef,
        /// Its open-coded defers pending (bits of deferBits set), highest first.
        open_pending: Vec<u32>,
        /// Its `_defer` records on the chain.
        records_pending: u32,
    },
    /// A panic reached a deferred call of an older panic, which it aborts.
    Aborted {
        /// The newer panic.
        panic: u32,
        /// The aborted one.
        aborted: u32,
    },
    /// `recover()` was called.
    Recover {
        /// The function calling it.
        frame: FrameRef,
        /// Whether it stopped the panic.
        recovered: bool,
        /// Why not, when it returned nil.
        #[serde(skip_serializing_if = "Option::is_none")]
        why_nil: Option<&'static str>,
        /// The newest panic at the time.
        #[serde(skip_serializing_if = "Option::is_none")]
        panic: Option<u32>,
    },
    /// The recovering frame resumes at its landing pad.
    Resume {
        /// The recovered panic.
        panic: u32,
        /// The frame.
        frame: FrameRef,
        /// The landing pad, as `function+0xOFFSET`.
        landing_pad: String,
        /// SP restored, as an offset below FP (`FP-0x40`).
        sp_below_fp: usize,
        /// SP and FP restored, with `--addresses`.
        #[serde(skip_serializing_if = "Option::is_none")]
        sp: Option<usize>,
        /// See `sp`.
        #[serde(skip_serializing_if = "Option::is_none")]
        fp: Option<usize>,
    },
    /// Nothing recovered the panic: the run ends with Go's panic text.
    Fatal {
        /// The panic.
        panic: u32,
    },
    /// Goexit ran every deferred call; the goroutine ends.
    GoexitDone {
        /// Its number.
        panic: u32,
    },
}

impl What {
    /// A one-word name of the event's kind (the JSON `kind`).
    pub fn kind(&self) -> &'static str {
        match self {
            What::Defer { .. } => "defer",
            What::Call { .. } => "call",
            What::Return { .. } => "return",
            What::Panic { .. } => "panic",
            What::Goexit { .. } => "goexit",
            What::Walk { .. } => "walk",
            What::Aborted { .. } => "aborted",
            What::Recover { .. } => "recover",
            What::Resume { .. } => "resume",
            What::Fatal { .. } => "fatal",
            What::GoexitDone { .. } => "goexit_done",
        }
    }
}

/// One event with its goroutine and stack.
#[derive(Clone, Debug, Serialize)]
pub struct TraceEvent {
    /// The goroutine's id (1 for main).
    pub goroutine: u64,
    /// What happened.
    #[serde(flatten)]
    pub what: What,
    /// The goroutine's Go frames at that moment, outermost first: the innermost 32 of
    /// them at most (see `truncated`).
    pub stack: Vec<FrameRef>,
    /// The goroutine had more frames than `stack` holds (deep recursion).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub truncated: bool,
}

/// What the renderer knows about one compiled function.
struct FuncInfo<'a> {
    cf: &'a CompiledFunc,
    start: usize,
}

/// Resolves addresses against a program's compiled code.
struct Resolver<'a> {
    program: &'a Program,
    funcs: Vec<FuncInfo<'a>>,
    addresses: bool,
    heap_records: HashMap<usize, u32>,
    /// The defer statement of each record in use: record address -> (function start, index).
    record_owner: HashMap<usize, (usize, u32)>,
}

impl<'a> Resolver<'a> {
    fn new(program: &'a Program, addresses: bool) -> Resolver<'a> {
        let mut funcs: Vec<FuncInfo> = (program.code().funcs.iter())
            .map(|(cf, start)| FuncInfo { cf, start: *start })
            .collect();
        funcs.sort_by_key(|f| f.start);
        Resolver {
            program,
            funcs,
            addresses,
            heap_records: HashMap::new(),
            record_owner: HashMap::new(),
        }
    }

    fn func_at(&self, pc: usize) -> Option<&FuncInfo<'a>> {
        let i = self.funcs.partition_point(|f| f.start <= pc);
        let f = self.funcs.get(i.checked_sub(1)?)?;
        (pc < f.start + f.cf.size as usize).then_some(f)
    }

    /// The source line at `pc` (a return address: the line of its call).
    fn line_at(&self, f: &FuncInfo, pc: usize) -> u32 {
        let off = (pc - f.start).saturating_sub(1) as u32;
        let i = f.cf.lines.partition_point(|l| l.0 <= off);
        i.checked_sub(1).map_or(0, |i| f.cf.lines[i].1)
    }

    fn frame(&self, pc: usize, fp: usize) -> FrameRef {
        let (func, line) = match self.func_at(pc) {
            Some(f) => (f.cf.name.clone(), self.line_at(f, pc)),
            None => (format!("?{pc:#x}"), 0),
        };
        FrameRef {
            func,
            line,
            fp: self.addresses.then_some(fp),
            key: fp,
        }
    }

    /// The defer statement `index` of the function at `pc`, registered with `record`.
    fn defer_ref(&mut self, pc: usize, index: u32, record: usize) -> Option<DeferRef> {
        let f = self.func_at(pc)?;
        let (cf, start) = (f.cf, f.start);
        let ir = self.program.ir();
        let func = &ir.funcs[cf.ir_func?.0 as usize];
        let site = func.defers.get(index as usize)?;
        let decision = cf.decisions.get(index as usize)?;
        let slot = |want: FrameSlotKind| {
            (cf.frame_slots.iter())
                .find(|s| s.kind == want)
                .map(|s| s.fp_offset)
        };
        let how = match decision.kind {
            DeferKind::OpenCoded => DeferHow::OpenCoded {
                bit: index,
                bits_fp_offset: slot(FrameSlotKind::DeferBits),
            },
            DeferKind::StackRecord => DeferHow::StackRecord {
                fp_offset: slot(FrameSlotKind::StackRecord(index as usize)),
            },
            DeferKind::HeapRecord => {
                let n = self.heap_records.len() as u32 + 1;
                let record_no = *self.heap_records.entry(record).or_insert(n);
                DeferHow::HeapRecord {
                    record: record_no,
                    address: self.addresses.then_some(record),
                }
            }
        };
        if record != 0 {
            self.record_owner.insert(record, (start, index));
        }
        Some(DeferRef {
            index,
            line: site.pos.line,
            callee: crate::trace::deferred_callee(ir, site.closure),
            how,
        })
    }

    fn stack(&self, buf: &TraceBuffer, r: &runtime::events::TraceRecord) -> Vec<FrameRef> {
        let mut frames: Vec<FrameRef> = (buf.stack_of(r).iter())
            .map(|&(fp, pc)| self.frame(pc, fp))
            .collect();
        frames.reverse();
        frames
    }
}

/// The name of what a defer statement defers: the function a defer wrapper calls
/// (`fmt.Println`, `main.cleanup`, `println`), or the deferred closure itself
/// (`main.f.func1`).
fn deferred_callee(ir: &lowering::ir::Program, closure: lowering::ir::FuncId) -> String {
    use lowering::ir::{Callee, ExprKind, Stmt};
    let w = &ir.funcs[closure.0 as usize];
    if w.kind == lowering::ir::FuncKind::DeferWrapper {
        if let [Stmt::Expr(e)] = w.body.as_slice() {
            match &e.kind {
                ExprKind::Call {
                    callee: Callee::Func(f),
                    ..
                } => return ir.funcs[f.0 as usize].name.clone(),
                ExprKind::Call {
                    callee: Callee::Value(_),
                    ..
                } => return "a func value".to_string(),
                ExprKind::Builtin(b, _) => return builtin_name(b),
                _ => {}
            }
        }
    }
    w.name.clone()
}

/// Go's name of a builtin or library function the checker implements directly
/// (`FmtPrintln` is `fmt.Println`, `Println` is `println`).
fn builtin_name(b: &lowering::ir::Builtin) -> String {
    if let lowering::ir::Builtin::DeferredRecover = b {
        return "recover".to_string();
    }
    let debug = format!("{b:?}");
    let name = debug.trim_end_matches("Spread");
    for (prefix, package) in [
        ("Fmt", "fmt"),
        ("Errors", "errors"),
        ("Os", "os"),
        ("Runtime", "runtime"),
    ] {
        if let Some(rest) = name.strip_prefix(prefix) {
            if rest.starts_with(|c: char| c.is_ascii_uppercase()) {
                return format!("{package}.{rest}");
            }
        }
    }
    let mut chars = name.chars();
    match chars.next() {
        Some(c) => c.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

impl Trace {
    /// The first line of the text and the SVG's title: `deferjit trace demo.go (--defer
    /// auto): 23 events, exit status 0`.
    pub fn title(&self, strategy: &str) -> String {
        let n = self.events.len();
        let events = if n == 1 {
            "1 event".to_string()
        } else {
            format!("{n} events")
        };
        format!(
            "deferjit trace {} (--defer {strategy}): {events}, exit status {}",
            self.file, self.status
        )
    }
}

fn cause_text(c: DeferCallCause) -> &'static str {
    match c {
        DeferCallCause::Return => "return",
        DeferCallCause::Panic => "panic",
        DeferCallCause::LandingPad => "landing pad",
        DeferCallCause::Goexit => "Goexit",
    }
}

/// Why `recover()` returned nil, in words.
fn why_nil(v: RecoverVerdict) -> Option<&'static str> {
    Some(match v {
        RecoverVerdict::Recovered => return None,
        RecoverVerdict::NoPanic => "no panic is in flight",
        RecoverVerdict::AlreadyRecovered => "the panic is already recovered",
        RecoverVerdict::Goexit => "runtime.Goexit is running the deferred calls, and it cannot be recovered",
        RecoverVerdict::NotDeferredCall => {
            "not called directly by a deferred call of the panic"
        }
        RecoverVerdict::DeferredRecover => {
            "defer recover() applies recover's rule to the function that ran the defer statement, which the panic did not call"
        }
    })
}

impl Trace {
    /// Resolves the events of `outcome` (a run of `program`, compiled with tracing).
    /// `addresses`: include absolute addresses (which differ from run to run).
    pub fn resolve(program: &Program, outcome: &Outcome, addresses: bool) -> Trace {
        let empty = TraceBuffer::default();
        let buf = outcome.trace.as_deref().unwrap_or(&empty);
        let mut res = Resolver::new(program, addresses);
        let mut events = Vec::with_capacity(buf.records.len());
        for r in &buf.records {
            let what = match r.event {
                Event::DeferRegistered {
                    pc,
                    fp,
                    index,
                    record,
                } => {
                    let Some(defer) = res.defer_ref(pc, index, record) else {
                        continue;
                    };
                    What::Defer {
                        frame: res.frame(pc, fp),
                        defer,
                    }
                }
                Event::DeferCall {
                    pc,
                    fp,
                    index,
                    record,
                    cause,
                    panic,
                } => {
                    let owner_index = if index == u32::MAX {
                        res.record_owner.get(&record).map(|o| o.1)
                    } else {
                        Some(index)
                    };
                    let defer = owner_index.and_then(|i| res.defer_ref(pc, i, record));
                    let panic = (panic != 0).then_some(panic);
                    What::Call {
                        frame: res.frame(pc, fp),
                        defer,
                        cause: cause_text(cause),
                        panic,
                    }
                }
                Event::Panic {
                    panic,
                    pc,
                    fp,
                    value,
                    runtime_error,
                    during,
                } => What::Panic {
                    panic,
                    frame: res.frame(pc, fp),
                    value: buf.texts.get(value as usize).cloned().unwrap_or_default(),
                    runtime_error,
                    during: (during != 0).then_some(during),
                },
                Event::Return { pc, fp, landing } => What::Return {
                    frame: res.frame(pc, fp),
                    after_recovery: landing,
                },
                Event::Goexit { panic, pc, fp } => What::Goexit {
                    panic,
                    frame: res.frame(pc, fp),
                },
                Event::WalkFrame {
                    panic,
                    pc,
                    fp,
                    bits,
                    records,
                } => What::Walk {
                    panic,
                    frame: res.frame(pc, fp),
                    open_pending: (0..8).rev().filter(|i| bits & (1 << i) != 0).collect(),
                    records_pending: records,
                },
                Event::Aborted { panic, aborted } => What::Aborted { panic, aborted },
                Event::Recover {
                    pc,
                    fp,
                    verdict,
                    panic,
                } => What::Recover {
                    frame: res.frame(pc, fp),
                    recovered: verdict == RecoverVerdict::Recovered,
                    why_nil: why_nil(verdict),
                    panic: (panic != 0).then_some(panic),
                },
                Event::Resume { panic, pc, sp, fp } => {
                    let landing_pad = match res.func_at(pc) {
                        Some(f) => format!("{}+{:#x}", f.cf.name, pc - f.start),
                        None => format!("{pc:#x}"),
                    };
                    let mut frame = res.frame(pc + 1, fp);
                    // The frame's line: the call the panic came through (the event's stack
                    // has the frame at that call).
                    if let Some(f) = res.stack(buf, r).iter().rev().find(|f| f.key == fp) {
                        frame.line = f.line;
                    }
                    What::Resume {
                        panic,
                        frame,
                        landing_pad,
                        sp_below_fp: fp.saturating_sub(sp),
                        sp: addresses.then_some(sp),
                        fp: addresses.then_some(fp),
                    }
                }
                Event::Fatal { panic } => What::Fatal { panic },
                Event::GoexitDone { panic } => What::GoexitDone { panic },
            };
            events.push(TraceEvent {
                goroutine: r.goroutine,
                what,
                stack: res.stack(buf, r),
                truncated: r.truncated,
            });
        }
        Trace {
            file: program.ir().file_name.clone(),
            status: outcome.status,
            events,
            dropped: buf.dropped,
        }
    }
}
