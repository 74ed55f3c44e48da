//! The run's garbage-collected heap: a non-moving mark-sweep collector in the manner of
//! gc's, stop-the-world (a run's goroutines share one thread).
//!
//! Objects live in spans ([`span`]) of Go's size classes ([`sizeclass`]), pointer-free
//! ones apart (`noscan` spans, marked but never scanned); objects above 32 KiB get spans
//! of their own. Every span's pages are recorded in a page table ([`pages`]), so any
//! address inside an object, interior pointers included, finds the object.
//!
//! A collection is driven from above (`collector`), which knows the run: it marks from the
//! roots (the goroutines' stacks, conservatively; package variables; what the runtime
//! holds), [`Heap::drain`]s the mark stack, which scans reachable objects word by word,
//! and [`Heap::sweep`]s: unmarked slots become free, empty spans give their pages back.
//! Pacing is gc's: the next collection comes when the heap has grown by `GOGC` percent
//! over what the last one found live.

pub mod pages;
pub mod sizeclass;
pub mod span;

use pages::Pages;
use sizeclass::{class_of, rounded, span_pages, MAX_SMALL, NUM_CLASSES, PAGE, SIZES};
use span::Span;

/// The heap goal never goes below this (gc's 4 MB minimum heap).
const MIN_GOAL: usize = 4 << 20;

/// The allocator's counters, as `runtime.MemStats` reports them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeapStats {
    /// Bytes in allocated objects (size-class rounded): `HeapAlloc`.
    pub live: u64,
    /// Bytes ever allocated: `TotalAlloc`.
    pub total_alloc: u64,
    /// Objects ever allocated: `Mallocs`.
    pub mallocs: u64,
    /// Objects freed: `Frees`.
    pub frees: u64,
    /// Collections completed: `NumGC`.
    pub num_gc: u32,
    /// Collections forced by `runtime.GC`: `NumForcedGC`.
    pub num_forced_gc: u32,
    /// Bytes of address space made accessible: `HeapSys`.
    pub sys: u64,
    /// Bytes in spans in use: `HeapInuse`.
    pub in_use: u64,
    /// The heap size that triggers the next collection: `NextGC`.
    pub next_gc: u64,
    /// Total time spent collecting, in nanoseconds: `PauseTotalNs`.
    pub pause_total_ns: u64,
    /// When the last collection ended, in nanoseconds since 1970 (0: none): `LastGC`.
    pub last_gc_unix_ns: u64,
}

/// A run's heap.
pub struct Heap {
    pages: Pages,
    /// Spans by id; `None` for ids free for reuse.
    spans: Vec<Option<Span>>,
    free_ids: Vec<u32>,
    /// Per span class (`class * 2 + noscan`): the span allocated from now (id + 1, or 0).
    current: [u32; NUM_CLASSES * 2],
    /// Per span class: spans with free slots, besides `current`.
    partial: Vec<Vec<u32>>,
    /// The mark stack: objects found reachable whose words are still to scan.
    gray: Vec<(usize, usize)>,
    stats: HeapStats,
    /// `GOGC`: the heap may grow by this percent over the live set; negative: off.
    percent: i64,
    /// The most live bytes allowed (`--max-memory`).
    limit: Option<usize>,
    /// Poison freed objects (for testing with a collection at every allocation).
    poison: bool,
}

/// Byte written over freed objects when poisoning.
pub const POISON: u8 = 0xa5;

impl Heap {
    /// An empty heap with `GOGC` = `percent` (negative: off) and at most `limit` live
    /// bytes; `None` when the address space cannot be reserved.
    pub fn new(percent: i64, limit: Option<usize>) -> Option<Heap> {
        let mut h = Heap {
            pages: Pages::reserve()?,
            spans: Vec::new(),
            free_ids: Vec::new(),
            current: [0; NUM_CLASSES * 2],
            partial: vec![Vec::new(); NUM_CLASSES * 2],
            gray: Vec::new(),
            stats: HeapStats::default(),
            percent,
            limit,
            poison: false,
        };
        h.stats.next_gc = h.goal(0) as u64;
        Some(h)
    }

    /// Poisons freed objects from now on.
    pub fn set_poison(&mut self, on: bool) {
        self.poison = on;
    }

    /// Sets `GOGC` (negative: off) and returns the previous setting.
    pub fn set_percent(&mut self, percent: i64) -> i64 {
        let old = std::mem::replace(&mut self.percent, percent);
        self.stats.next_gc = self.goal(self.stats.live as usize) as u64;
        old
    }

    /// The counters now.
    pub fn stats(&self) -> HeapStats {
        HeapStats {
            sys: self.pages.committed() as u64,
            ..self.stats
        }
    }

    /// The heap size at which to collect after one that found `live` bytes live.
    fn goal(&self, live: usize) -> usize {
        if self.percent < 0 {
            return usize::MAX;
        }
        let grown = live.saturating_add(live / 100 * self.percent as usize);
        grown.max(MIN_GOAL)
    }

    /// Whether allocating `size` bytes should first collect: the heap would pass its
    /// goal, or its limit.
    pub fn wants_collection(&self, size: usize) -> bool {
        let after = self.stats.live as usize + rounded(size);
        after > self.stats.next_gc as usize || self.limit.is_some_and(|l| after > l)
    }

    /// Whether `size` more bytes would pass the live-heap limit.
    pub fn over_limit(&self, size: usize) -> bool {
        self.limit
            .is_some_and(|l| self.stats.live as usize + rounded(size) > l)
    }

    /// `size` (> 0) zeroed bytes, 16-aligned when `size` >= 16, for an object that holds
    /// pointers unless `noscan`; `None` when the address space is exhausted.
    pub fn alloc(&mut self, size: usize, noscan: bool) -> Option<*mut u8> {
        let p = if size <= MAX_SMALL {
            self.alloc_small(class_of(size), noscan)?
        } else {
            self.alloc_large(size, noscan)?
        };
        let r = rounded(size) as u64;
        self.stats.live += r;
        self.stats.total_alloc += r;
        self.stats.mallocs += 1;
        Some(p as *mut u8)
    }

    fn alloc_small(&mut self, class: usize, noscan: bool) -> Option<usize> {
        let sc = class * 2 + usize::from(noscan);
        loop {
            let cur = self.current[sc];
            if cur != 0 {
                if let Some(Some(s)) = self.spans.get_mut(cur as usize - 1) {
                    if let Some(p) = s.take() {
                        return Some(p);
                    }
                }
            }
            self.current[sc] = match self.partial[sc].pop() {
                Some(id) => id + 1,
                None => {
                    let pages = span_pages(class);
                    self.new_span(pages, SIZES[class] as usize, class, noscan)? + 1
                }
            };
        }
    }

    fn alloc_large(&mut self, size: usize, noscan: bool) -> Option<usize> {
        let pages = size.checked_add(PAGE - 1)? / PAGE;
        let id = self.new_span(pages, pages * PAGE, 0, noscan)?;
        let s = self.spans[id as usize].as_mut()?;
        s.take()
    }

    /// A new span of `pages` pages in slots of `elem` bytes: its id.
    fn new_span(&mut self, pages: usize, elem: usize, class: usize, noscan: bool) -> Option<u32> {
        let id = match self.free_ids.pop() {
            Some(id) => id,
            None => {
                self.spans.push(None);
                (self.spans.len() - 1) as u32
            }
        };
        let Some((base, zeroed)) = self.pages.alloc(pages, id) else {
            self.free_ids.push(id);
            return None;
        };
        self.spans[id as usize] = Some(Span::new(base, pages, elem, class, noscan, zeroed));
        self.stats.in_use += (pages * PAGE) as u64;
        Some(id)
    }

    /// The object holding `addr`, if `addr` points into an allocated object: its span id
    /// and slot.
    #[inline]
    fn find(&self, addr: usize) -> Option<(u32, usize)> {
        let (lo, hi) = self.pages.bounds();
        if addr.wrapping_sub(lo) >= hi - lo {
            return None;
        }
        let owner = self.pages.owner_of(addr);
        if owner == 0 {
            return None;
        }
        let s = self.spans[owner as usize - 1].as_ref()?;
        Some((owner - 1, s.slot_of(addr)?))
    }

    /// The start of the object `addr` points into, if it points into one.
    pub fn object_start(&self, addr: usize) -> Option<usize> {
        let (id, i) = self.find(addr)?;
        let s = self.spans[id as usize].as_ref()?;
        Some(s.base + i * s.elem)
    }

    /// Marks the object `w` points into, if any (a conservative root or word).
    #[inline]
    pub fn mark_word(&mut self, w: usize) {
        let Some((id, i)) = self.find(w) else { return };
        // SAFETY of the unwrap: `find` found the span.
        let s = self.spans[id as usize].as_mut().expect("span found");
        if s.mark(i) && !s.noscan {
            self.gray.push((s.base + i * s.elem, s.elem));
        }
    }

    /// Marks what every aligned word of `[lo, hi)` points into.
    ///
    /// # Safety
    /// The range must be readable memory.
    pub unsafe fn mark_range(&mut self, lo: usize, hi: usize) {
        let mut p = (lo + 7) & !7;
        while p + 8 <= hi {
            // SAFETY: an aligned word of a readable range (caller).
            let w = unsafe { (p as *const usize).read() };
            self.mark_word(w);
            p += 8;
        }
    }

    /// Scans the objects found reachable until none is left to scan.
    pub fn drain(&mut self) {
        while let Some((p, n)) = self.gray.pop() {
            // SAFETY: an allocated object of the heap: `n` readable bytes.
            unsafe { self.mark_range(p, p + n) };
        }
    }

    /// Whether the object at `addr` (an object's start) was marked by this collection.
    pub fn is_marked(&self, addr: usize) -> bool {
        match self.find(addr) {
            Some((id, i)) => self.spans[id as usize]
                .as_ref()
                .is_some_and(|s| s.is_marked(i)),
            None => true,
        }
    }

    /// Ends a collection that took `ns` nanoseconds (`forced` by `runtime.GC`): frees
    /// what was not marked and sets the next goal.
    pub fn sweep(&mut self, ns: u64, forced: bool) {
        let poison = self.poison;
        let mut live = 0u64;
        let mut freed_objects = 0u64;
        self.current = [0; NUM_CLASSES * 2];
        for list in &mut self.partial {
            list.clear();
        }
        for id in 0..self.spans.len() {
            let Some(s) = self.spans[id].as_mut() else {
                continue;
            };
            let before = s.allocated();
            let left = s.sweep(|p, n| {
                if poison {
                    // SAFETY: a freed slot of ours, `n` bytes.
                    unsafe { std::ptr::write_bytes(p as *mut u8, POISON, n) };
                }
            });
            freed_objects += (before - left) as u64;
            live += (left * s.elem) as u64;
            if left == 0 {
                let (base, pages) = (s.base, s.pages);
                self.spans[id] = None;
                self.pages.free(base, pages);
                self.free_ids.push(id as u32);
                self.stats.in_use -= (pages * PAGE) as u64;
            } else if s.nfree > 0 {
                self.partial[s.class * 2 + usize::from(s.noscan)].push(id as u32);
            }
        }
        for list in &mut self.partial {
            // Fill the lowest spans first (popped from the end).
            list.reverse();
        }
        self.stats.live = live;
        self.stats.frees += freed_objects;
        self.stats.num_gc += 1;
        self.stats.num_forced_gc += u32::from(forced);
        self.stats.pause_total_ns += ns;
        self.stats.last_gc_unix_ns = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        self.stats.next_gc = self.goal(live as usize) as u64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreachable_objects_are_freed_and_reused() {
        let mut h = Heap::new(100, None).unwrap();
        let a = h.alloc(24, false).unwrap() as usize;
        let b = h.alloc(24, false).unwrap() as usize;
        let big = h.alloc(100_000, true).unwrap() as usize;
        // `a` points to `b`'s middle; only `a` is a root.
        // SAFETY: fresh objects of ours.
        unsafe { *(a as *mut usize) = b + 8 };
        h.mark_word(a + 3);
        h.drain();
        assert!(h.is_marked(b));
        assert!(!h.is_marked(big));
        h.sweep(0, false);
        let st = h.stats();
        assert_eq!((st.mallocs, st.frees, st.num_gc), (3, 1, 1));
        assert_eq!(st.live, 48);
        // Nothing marked now: both small objects go, and their slots come back zeroed.
        h.sweep(0, false);
        let c = h.alloc(24, false).unwrap() as usize;
        assert_eq!(c, a);
        // SAFETY: an object of ours.
        assert_eq!(unsafe { *(c as *const usize) }, 0);
        assert_eq!(h.stats().live, 24);
    }

    #[test]
    fn goal_follows_gogc() {
        let mut h = Heap::new(100, None).unwrap();
        assert_eq!(h.stats().next_gc, MIN_GOAL as u64);
        assert_eq!(h.set_percent(-1), 100);
        assert!(!h.wants_collection(1 << 30));
    }
}
