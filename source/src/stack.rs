//! Deep recursion without stack overflow: every recursive walk over syntax trees and IR
//! (parser, checker, lowering, destructors) takes its recursive step through [`grow`] or
//! [`grow_big`], which go on in a fresh stack segment (the `stacker` crate, as rustc
//! does) when the current one runs low, so nesting depth is bounded by memory only.

use std::cell::Cell;

/// [`grow`]: space that must be left before a recursive step, and the size of a new segment.
pub const RED_ZONE: usize = 256 << 10;
/// [`grow`]: the size of a new stack segment (8 MiB).
pub const SEGMENT: usize = 8 << 20;

/// [`grow_big`]: for walks whose steps may drop or clone deep subtrees with derived (hence
/// unguarded, recursive) code between two guarded calls: the checker building IR. The
/// red zone bounds what such a drop may need (about 150 bytes per level; the checker
/// limits nesting so that no IR tree is deeper than a few hundred thousand levels).
pub const BIG_RED_ZONE: usize = 64 << 20;
/// [`grow_big`]: the size of a new stack segment (256 MiB).
pub const BIG_SEGMENT: usize = 256 << 20;

thread_local! {
    static DEPTH: Cell<usize> = const { Cell::new(0) };
}

/// Runs `f`, on a new stack segment if less than [`RED_ZONE`] is left.
#[inline]
pub fn grow<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(RED_ZONE, SEGMENT, f)
}

/// Runs `f`, on a new stack segment if less than [`BIG_RED_ZONE`] is left, counting the
/// nesting ([`depth`]) while it runs.
pub fn grow_big<R>(f: impl FnOnce() -> R) -> R {
    struct Level;
    impl Drop for Level {
        fn drop(&mut self) {
            DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
        }
    }
    DEPTH.with(|d| d.set(d.get() + 1));
    let _level = Level;
    stacker::maybe_grow(BIG_RED_ZONE, BIG_SEGMENT, f)
}

/// How many [`grow_big`] calls are active on this thread.
pub fn depth() -> usize {
    DEPTH.with(|d| d.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn down(n: u32) -> u32 {
        if n == 0 {
            0
        } else {
            let pad = [n as u8; 512];
            grow(|| down(n - 1)) + pad[(n % 512) as usize] as u32 % 2
        }
    }

    #[test]
    fn deep_recursion_runs_on_a_small_thread() {
        let h = std::thread::Builder::new()
            .stack_size(256 << 10)
            .spawn(|| down(200_000))
            .unwrap();
        assert!(h.join().is_ok());
    }

    #[test]
    fn depth_counts_active_big_steps() {
        assert_eq!(depth(), 0);
        let inner = grow_big(|| grow_big(depth));
        assert_eq!(inner, 2);
        assert_eq!(depth(), 0);
    }
}
