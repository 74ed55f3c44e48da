//! The run's garbage-collected heap: a non-moving mark-sweep collector in the manner of
//! gc's, stop-the-world (a run's goroutines share one thread).
//!
//! Objects live in spans ([`span`]) of Go's size classes ([`sizeclass`]), pointer-free
//! ones apart (`noscan` spans, marked but never scanned); objects above 32 KiB get spans
//! of their own. Every span's pages are recorded in a page table ([`pages`]), so any
//! address inside an object, interior pointers included, finds the object.
//!
//! Each object is allocated with what says which of its words may hold pointers ([`Scan`]):
//! none (`noscan`), the pointer map of its type (`abi::PtrMap`, which the lowering emits
//! for each allocated type), or all (conservatively, for the few runtime objects of a
//! layout it does not describe). A span keeps the one map all its objects share (a span
//! filled by one type, a large object's span: gc's type header), or, once objects of
//! several layouts share it, a bit per word written at allocation (gc's heap bitmap).
//!
//! A collection is driven from above (`collector`), which knows the run: it marks from the
//! roots (the goroutines' stacks; package variables; what the runtime holds),
//! [`Heap::drain`]s the mark stack, which scans the pointer words of reachable objects,
//! and [`Heap::sweep`]s: unmarked slots become free, empty spans give their pages back.
//! Pacing is gc's: the next collection comes when the heap has grown by `GOGC` percent
//! over what the last one found live.

pub mod pages;
pub mod sizeclass;
pub mod span;

use crate::abi::PtrMap;
use pages::Pages;
use sizeclass::{class_and_rounded, rounded, span_pages, NUM_CLASSES, PAGE, SIZES};
use span::Span;
pub use span::{Layout, LiveMap, Scan};

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
    /// The mark stack: objects found reachable whose words are still to scan (address and
    /// span id).
    gray: Vec<(usize, u32)>,
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

    /// Whether `size` more bytes would pass the live-heap limit.
    pub fn over_limit(&self, size: usize) -> bool {
        self.limit
            .is_some_and(|l| self.stats.live as usize + rounded(size) > l)
    }

    /// `size` (> 0) zeroed bytes, 16-aligned when `size` >= 16, for an object whose words
    /// are scanned as `scan` says; `None` when the address space is exhausted.
    pub fn alloc(&mut self, size: usize, scan: Scan) -> Option<*mut u8> {
        let (class, r) = class_and_rounded(size);
        self.alloc_sized(size, class, r, scan)
    }

    /// [`Heap::alloc`], unless the heap would pass its goal or limit: then `Err(())`, and
    /// the caller collects first.
    #[inline]
    pub fn alloc_within_goal(&mut self, size: usize, scan: Scan) -> Result<Option<*mut u8>, ()> {
        let (class, r) = class_and_rounded(size);
        let after = self.stats.live as usize + r;
        if after > self.stats.next_gc as usize || self.limit.is_some_and(|l| after > l) {
            return Err(());
        }
        Ok(self.alloc_sized(size, class, r, scan))
    }

    #[inline]
    fn alloc_sized(&mut self, size: usize, class: usize, r: usize, scan: Scan) -> Option<*mut u8> {
        let p = if class != 0 {
            self.alloc_small(class, size, scan)?
        } else {
            self.alloc_large(size, scan)?
        };
        self.stats.live += r as u64;
        self.stats.total_alloc += r as u64;
        self.stats.mallocs += 1;
        Some(p as *mut u8)
    }

    #[inline]
    fn alloc_small(&mut self, class: usize, size: usize, scan: Scan) -> Option<usize> {
        let noscan = scan == Scan::NoScan;
        let sc = class * 2 + usize::from(noscan);
        loop {
            let cur = self.current[sc];
            if cur != 0 {
                if let Some(Some(s)) = self.spans.get_mut(cur as usize - 1) {
                    if let Some(p) = s.take() {
                        s.record_pointers(p, size, scan);
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

    fn alloc_large(&mut self, size: usize, scan: Scan) -> Option<usize> {
        let pages = size.checked_add(PAGE - 1)? / PAGE;
        let id = self.new_span(pages, pages * PAGE, 0, scan == Scan::NoScan)?;
        let s = self.spans[id as usize].as_mut()?;
        let p = s.take()?;
        s.record_pointers(p, size, scan);
        Some(p)
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
            self.gray.push((s.base + i * s.elem, id));
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

    /// Marks what the pointer words of `[lo, lo + len)` point into, the range holding an
    /// array of the elements `map` describes (as many as begin in it).
    ///
    /// # Safety
    /// The range must be readable, 8-aligned memory; `map` a live pointer map (see
    /// [`PtrMap::bits`]).
    pub unsafe fn mark_typed(&mut self, lo: usize, len: usize, map: *const PtrMap) {
        // SAFETY: a live map (caller).
        if unsafe { (*map).words } == PtrMap::CONSERVATIVE {
            // SAFETY: readable (caller).
            return unsafe { self.mark_range(lo, lo + len) };
        }
        // SAFETY: a live map; each word named lies inside the readable range (caller).
        unsafe {
            PtrMap::for_each_pointer_word(map, len / 8, |i| {
                self.mark_word(((lo + i * 8) as *const usize).read())
            })
        };
    }

    /// Scans the object at `p` of span `id`: the words its span's layout names.
    fn scan_object(&mut self, p: usize, id: u32) {
        // SAFETY of the unwrap: grayed objects' spans live until the sweep.
        let s = self.spans[id as usize].as_ref().expect("grayed span");
        let len = if s.class == 0 { s.large_len } else { s.elem };
        match s.layout {
            Layout::Uniform(Scan::NoScan) => {}
            // An allocated object always set its span's layout; scanning it all is safe.
            // SAFETY: the object, `len` bytes.
            Layout::Uniform(Scan::Conservative) | Layout::Unset => unsafe {
                self.mark_range(p, p + len)
            },
            // SAFETY: as above; a `LiveMap` is live.
            Layout::Uniform(Scan::Typed(map)) => unsafe { self.mark_typed(p, len, map.get()) },
            Layout::Mixed => self.scan_mixed(p, id),
        }
    }

    /// Scans the object at `p` of the mixed span `id` through the span's pointer bits.
    fn scan_mixed(&mut self, p: usize, id: u32) {
        let s = self.spans[id as usize].as_ref().expect("grayed span");
        let (base, ew) = (s.base, s.elem / 8);
        let start = (p - base) / 8;
        let end = start + ew;
        let mut k = start / 64;
        while k * 64 < end {
            let s = self.spans[id as usize].as_ref().expect("grayed span");
            let mut w = s.pointer_word(k);
            if k * 64 < start {
                w &= !0u64 << (start - k * 64);
            }
            if end < k * 64 + 64 {
                w &= (1u64 << (end - k * 64)) - 1;
            }
            while w != 0 {
                let a = base + (k * 64 + w.trailing_zeros() as usize) * 8;
                // SAFETY: a word of the object, an allocated slot of ours.
                self.mark_word(unsafe { (a as *const usize).read() });
                w &= w - 1;
            }
            k += 1;
        }
    }

    /// Scans the objects found reachable until none is left to scan.
    pub fn drain(&mut self) {
        while let Some((p, id)) = self.gray.pop() {
            self.scan_object(p, id);
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

    fn untyped(h: &mut Heap, size: usize, scan: Scan) -> usize {
        h.alloc(size, scan).unwrap() as usize
    }

    #[test]
    fn unreachable_objects_are_freed_and_reused() {
        let mut h = Heap::new(100, None).unwrap();
        let a = untyped(&mut h, 24, Scan::Conservative);
        let b = untyped(&mut h, 24, Scan::Conservative);
        let big = untyped(&mut h, 100_000, Scan::NoScan);
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
        let c = untyped(&mut h, 24, Scan::Conservative);
        assert_eq!(c, a);
        // SAFETY: an object of ours.
        assert_eq!(unsafe { *(c as *const usize) }, 0);
        assert_eq!(h.stats().live, 24);
    }

    /// Allocates `size` bytes scanned through `map` and stores each `(word, value)` of
    /// `words` in it.
    fn object_with(
        h: &mut Heap,
        size: usize,
        map: &'static crate::abi::StaticPtrMap<1>,
        words: &[(usize, usize)],
    ) -> usize {
        let p = h.alloc(size, Scan::of_static(map)).unwrap() as usize;
        // SAFETY: the words written lie in the fresh object.
        unsafe {
            for &(i, v) in words {
                *((p + i * 8) as *mut usize) = v;
            }
            p
        }
    }

    #[test]
    fn only_the_pointer_words_of_a_typed_object_keep_objects() {
        use crate::abi::StaticPtrMap;
        let mut h = Heap::new(100, None).unwrap();
        let t1 = untyped(&mut h, 8, Scan::NoScan);
        let t2 = untyped(&mut h, 8, Scan::NoScan);
        let t3 = untyped(&mut h, 8, Scan::NoScan);
        // Elements of 16 bytes, word 1 a pointer: an array of 3 of them (48 bytes).
        static SECOND: StaticPtrMap<1> = StaticPtrMap::new(16, 2, [0b10]);
        let arr = object_with(&mut h, 48, &SECOND, &[(0, t1), (1, t2), (3, t3)]);
        // A large object of the same elements: word 0 of element 1000 is not a pointer,
        // word 1 of element 2000 is.
        let t4 = untyped(&mut h, 8, Scan::NoScan);
        let t5 = untyped(&mut h, 8, Scan::NoScan);
        let big = object_with(&mut h, 16 * 4000, &SECOND, &[(2000, t4), (4001, t5)]);
        h.mark_word(arr);
        h.mark_word(big);
        h.drain();
        assert!(!h.is_marked(t1) && !h.is_marked(t4));
        assert!(h.is_marked(t2) && h.is_marked(t3) && h.is_marked(t5));
        h.sweep(0, false);
        h.sweep(0, false);
        // A slot reused by an object of another layout is scanned by the new one: the old
        // object's bits are cleared.
        static FIRST: StaticPtrMap<1> = StaticPtrMap::new(48, 1, [1]);
        let old = untyped(&mut h, 48, Scan::Conservative);
        let keep = untyped(&mut h, 48, Scan::Conservative);
        let u = untyped(&mut h, 8, Scan::NoScan);
        let v = untyped(&mut h, 8, Scan::NoScan);
        for p in [keep, u, v] {
            h.mark_word(p);
        }
        h.drain();
        h.sweep(0, false);
        let again = object_with(&mut h, 48, &FIRST, &[(0, u), (1, v)]);
        assert_eq!(again, old);
        // SAFETY: a word of the fresh object.
        assert_eq!(unsafe { *((again + 8) as *const usize) }, v);
        h.mark_word(again);
        h.drain();
        assert!(h.is_marked(u) && !h.is_marked(v));
        // The span holds objects of two layouts now; the older object is still scanned
        // whole (conservatively).
        assert_eq!(
            h.spans
                .iter()
                .flatten()
                .filter(|s| s.layout == Layout::Mixed)
                .count(),
            1
        );
        // SAFETY: a word of a live object of ours.
        unsafe { *((keep + 40) as *mut usize) = v };
        h.mark_word(keep);
        h.drain();
        assert!(h.is_marked(v));
    }

    #[test]
    fn goal_follows_gogc() {
        let mut h = Heap::new(100, None).unwrap();
        assert_eq!(h.stats().next_gc, MIN_GOAL as u64);
        assert_eq!(h.set_percent(-1), 100);
        assert!(h.alloc_within_goal(64 << 20, Scan::NoScan).is_ok());
    }
}
