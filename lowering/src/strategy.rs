//! Which defer strategy each `defer` statement gets: gc's rules, or a strategy the user
//! forces, with the reason in words (for `deferjit explain`).
//!
//! gc (cmd/compile, ssagen) open-codes the defers of a function when it has at most 8
//! defers, none of them in a loop, and `explicit returns * defers <= 15`. Otherwise each
//! defer outside a loop gets a stack-allocated `_defer` record and each defer in a loop a
//! heap-allocated one. Open-coding is per function: one defer in a loop makes every other
//! defer of the function a stack record.

use crate::ir::Func;
use std::fmt;

/// gc's limit on open-coded defers per function (the width of deferBits).
pub const MAX_OPEN_DEFERS: usize = 8;
/// gc's limit on `returns * defers` for open-coding.
pub const MAX_OPEN_RETURNS_TIMES_DEFERS: u32 = 15;

/// What the user asks for (`--defer`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DeferStrategy {
    /// gc's rules.
    #[default]
    Auto,
    /// Open-code every function's defers where possible.
    Open,
    /// Stack records for every defer not in a loop.
    Stack,
    /// Heap records for every defer.
    Heap,
}

impl DeferStrategy {
    /// The `--defer` spelling of the strategy (`auto`, `open`, `stack`, `heap`).
    pub fn name(self) -> &'static str {
        match self {
            DeferStrategy::Auto => "auto",
            DeferStrategy::Open => "open",
            DeferStrategy::Stack => "stack",
            DeferStrategy::Heap => "heap",
        }
    }

    /// Every strategy, in `--defer` help order (for running a program under each in turn).
    pub const ALL: [DeferStrategy; 4] = [
        DeferStrategy::Auto,
        DeferStrategy::Open,
        DeferStrategy::Stack,
        DeferStrategy::Heap,
    ];
}

impl fmt::Display for DeferStrategy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How one defer statement is implemented.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DeferKind {
    /// Open-coded: the closure in its own frame slot, bit `i` of deferBits, the calls made inline at every exit.
    OpenCoded,
    /// A `_defer` record in a frame slot, pushed inline on the goroutine's chain (gc's `deferprocStack`).
    StackRecord,
    /// A `_defer` record from the pool's free lists or the heap (gc's `deferproc`); the only kind for a defer in a loop.
    HeapRecord,
}

impl DeferKind {
    /// gc's `-d=defer` wording.
    pub fn gc_text(self) -> &'static str {
        match self {
            DeferKind::OpenCoded => "open-coded defer",
            DeferKind::StackRecord => "stack-allocated defer",
            DeferKind::HeapRecord => "heap-allocated defer",
        }
    }
}

/// Why a defer got its kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// gc's rules allow open-coding: `defers` defers, `returns` returns.
    OpenAllowed {
        /// The number of defers in the function.
        defers: usize,
        /// The number of explicit `return` statements in the function.
        returns: u32,
    },
    /// More than 8 defers in the function.
    TooManyDefers {
        /// The number of defers in the function.
        defers: usize,
    },
    /// `returns * defers > 15`.
    TooManyReturns {
        /// The number of defers in the function.
        defers: usize,
        /// The number of explicit `return` statements in the function.
        returns: u32,
    },
    /// The defer is in a loop: each execution needs its own record.
    InLoop,
    /// Another defer of the function is in a loop, so the function is not open-coded.
    LoopDeferElsewhere,
    /// The user forced this strategy.
    Forced(DeferStrategy),
    /// The user forced a strategy impossible here (open or stack in a loop); fell back.
    ForcedButInLoop(DeferStrategy),
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = |n: usize, w: &str| {
            if n == 1 {
                format!("{n} {w}")
            } else {
                format!("{n} {w}s")
            }
        };
        match self {
            Reason::OpenAllowed { defers, returns } => write!(
                f,
                "{}, not in a loop; {} × {} = {} ≤ {}",
                plural(*defers, "defer"),
                plural(*returns as usize, "return"),
                plural(*defers, "defer"),
                *returns as usize * defers,
                MAX_OPEN_RETURNS_TIMES_DEFERS
            ),
            Reason::TooManyDefers { defers } => {
                write!(f, "{defers} defers > {MAX_OPEN_DEFERS}")
            }
            Reason::TooManyReturns { defers, returns } => write!(
                f,
                "{} × {} > {}",
                plural(*returns as usize, "return"),
                plural(*defers, "defer"),
                MAX_OPEN_RETURNS_TIMES_DEFERS
            ),
            Reason::InLoop => f.write_str("in a loop"),
            Reason::LoopDeferElsewhere => f.write_str("loop defer elsewhere in the function"),
            Reason::Forced(s) => write!(f, "forced by --defer {s}"),
            Reason::ForcedButInLoop(s) => {
                write!(f, "in a loop: --defer {s} is impossible here, fell back")
            }
        }
    }
}

/// The decision for one defer statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeferDecision {
    /// How the defer is implemented.
    pub kind: DeferKind,
    /// Why, for `deferjit explain`.
    pub reason: Reason,
}

/// Decides every defer of `func` (indexed like [`Func::defers`]).
pub fn decide(func: &Func, forced: DeferStrategy) -> Vec<DeferDecision> {
    let n = func.defers.len();
    let any_in_loop = func.defers.iter().any(|d| d.in_loop);
    let returns = func.return_count;
    func.defers
        .iter()
        .map(|d| {
            if d.in_loop {
                let reason = match forced {
                    DeferStrategy::Open | DeferStrategy::Stack => Reason::ForcedButInLoop(forced),
                    DeferStrategy::Heap => Reason::Forced(forced),
                    DeferStrategy::Auto => Reason::InLoop,
                };
                return DeferDecision {
                    kind: DeferKind::HeapRecord,
                    reason,
                };
            }
            match forced {
                DeferStrategy::Heap => DeferDecision {
                    kind: DeferKind::HeapRecord,
                    reason: Reason::Forced(forced),
                },
                DeferStrategy::Stack => DeferDecision {
                    kind: DeferKind::StackRecord,
                    reason: Reason::Forced(forced),
                },
                DeferStrategy::Open | DeferStrategy::Auto => {
                    let blocked = if any_in_loop {
                        Some(Reason::LoopDeferElsewhere)
                    } else if n > MAX_OPEN_DEFERS {
                        Some(Reason::TooManyDefers { defers: n })
                    } else if forced == DeferStrategy::Auto
                        && returns as usize * n > MAX_OPEN_RETURNS_TIMES_DEFERS as usize
                    {
                        Some(Reason::TooManyReturns { defers: n, returns })
                    } else {
                        None
                    };
                    match blocked {
                        Some(reason) => DeferDecision {
                            kind: DeferKind::StackRecord,
                            reason,
                        },
                        None if forced == DeferStrategy::Open => DeferDecision {
                            kind: DeferKind::OpenCoded,
                            reason: Reason::Forced(forced),
                        },
                        None => DeferDecision {
                            kind: DeferKind::OpenCoded,
                            reason: Reason::OpenAllowed { defers: n, returns },
                        },
                    }
                }
            }
        })
        .collect()
}

/// How a whole function implements its defers (open-coding is per function).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameDefers {
    /// The function has no defers.
    None,
    /// All defers open-coded (deferBits + closure slots).
    Open,
    /// Records (stack and/or heap) on the goroutine's chain.
    Records,
}

/// The function-level strategy implied by per-defer decisions.
pub fn frame_defers(decisions: &[DeferDecision]) -> FrameDefers {
    if decisions.is_empty() {
        FrameDefers::None
    } else if decisions.iter().all(|d| d.kind == DeferKind::OpenCoded) {
        FrameDefers::Open
    } else {
        FrameDefers::Records
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{DeferSite, Func, FuncId, FuncKind, Pos, Signature};

    fn func(defers: &[bool], returns: u32) -> Func {
        Func {
            name: "main.f".into(),
            file: 0,
            kind: FuncKind::TopLevel,
            pos: Pos::default(),
            sig: Signature {
                variadic: false,
                params: vec![],
                results: vec![],
            },
            locals: vec![],
            params: vec![],
            results: vec![],
            captures: vec![],
            body: vec![],
            defers: defers
                .iter()
                .map(|&in_loop| DeferSite {
                    pos: Pos::default(),
                    in_loop,
                    closure: FuncId(0),
                    gc_view: crate::ir::GcView::Live,
                })
                .collect(),
            return_count: returns,
            end_pos: Pos::default(),
        }
    }

    fn kinds(f: &Func, s: DeferStrategy) -> Vec<DeferKind> {
        decide(f, s).into_iter().map(|d| d.kind).collect()
    }

    use DeferKind::{HeapRecord as H, OpenCoded as O, StackRecord as S};

    #[test]
    fn gc_open_codes_up_to_eight_defers_and_fifteen_returns_times_defers() {
        assert_eq!(
            kinds(&func(&[false; 8], 1), DeferStrategy::Auto),
            vec![O; 8]
        );
        assert_eq!(
            kinds(&func(&[false; 9], 0), DeferStrategy::Auto),
            vec![S; 9]
        );
        assert_eq!(
            kinds(&func(&[false; 3], 5), DeferStrategy::Auto),
            vec![O; 3]
        );
        assert_eq!(kinds(&func(&[false; 1], 16), DeferStrategy::Auto), vec![S]);
        assert_eq!(
            kinds(&func(&[false; 2], 8), DeferStrategy::Auto),
            vec![S; 2]
        );
        let d = decide(&func(&[false], 17), DeferStrategy::Auto);
        assert_eq!(d[0].reason.to_string(), "17 returns × 1 defer > 15");
    }

    #[test]
    fn a_loop_defer_makes_the_others_stack_records() {
        let f = func(&[false, true, false], 0);
        assert_eq!(kinds(&f, DeferStrategy::Auto), vec![S, H, S]);
        let d = decide(&f, DeferStrategy::Auto);
        assert_eq!(d[0].reason, Reason::LoopDeferElsewhere);
        assert_eq!(d[1].reason, Reason::InLoop);
        assert_eq!(frame_defers(&d), FrameDefers::Records);
    }

    #[test]
    fn forced_strategies_fall_back_only_where_impossible() {
        let f = func(&[false, true], 20);
        assert_eq!(kinds(&f, DeferStrategy::Heap), vec![H, H]);
        assert_eq!(kinds(&f, DeferStrategy::Stack), vec![S, H]);
        assert_eq!(
            decide(&f, DeferStrategy::Stack)[1].reason,
            Reason::ForcedButInLoop(DeferStrategy::Stack)
        );
        // Forced open ignores the returns limit but not loops or the 8 bits of deferBits.
        assert_eq!(
            kinds(&func(&[false; 2], 20), DeferStrategy::Open),
            vec![O; 2]
        );
        assert_eq!(
            kinds(&func(&[false; 9], 0), DeferStrategy::Open),
            vec![S; 9]
        );
        assert_eq!(kinds(&f, DeferStrategy::Open), vec![S, H]);
    }

    #[test]
    fn frame_strategy_follows_the_decisions() {
        assert_eq!(frame_defers(&[]), FrameDefers::None);
        assert_eq!(
            frame_defers(&decide(&func(&[false; 2], 0), DeferStrategy::Auto)),
            FrameDefers::Open
        );
        assert_eq!(
            frame_defers(&decide(&func(&[false; 2], 0), DeferStrategy::Heap)),
            FrameDefers::Records
        );
    }
}
