//! A span: a run of pages cut into slots of one size class (or one large object), with a
//! bit per slot saying whether it is allocated, a bit the collector sets when it finds
//! the slot's object reachable, and what says which of its objects' words hold pointers
//! ([`Layout`]): the one pointer map of all its objects, as long as they share one (the
//! common case: a span filled by one type; a large object's span), else a bit per word
//! (gc's heap bitmap).

use crate::abi::PtrMap;

/// How the collector scans an object's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scan {
    /// Not at all: the object holds no pointers.
    NoScan,
    /// Every word, as a possible pointer (an object of a layout the runtime does not know).
    Conservative,
    /// The words its pointer map names: the object is an array of the map's elements.
    Typed(LiveMap),
}

/// A pointer map known to outlive the objects allocated with it (the code's maps live as
/// long as the code, which outlives its runs; the runtime's are static or owned by the
/// run).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LiveMap(*const PtrMap);

impl LiveMap {
    /// The map.
    pub fn get(self) -> *const PtrMap {
        self.0
    }
}

impl Scan {
    /// How to scan an object allocated with the map at `map` (null: conservatively).
    ///
    /// # Safety
    /// `map` must be null or a live pointer map (see [`PtrMap::bits`]) that outlives the
    /// objects allocated with it.
    pub unsafe fn of(map: *const PtrMap) -> Scan {
        if map.is_null() {
            return Scan::Conservative;
        }
        // SAFETY: a live map (caller).
        match unsafe { (*map).words } {
            0 => Scan::NoScan,
            PtrMap::CONSERVATIVE => Scan::Conservative,
            _ => Scan::Typed(LiveMap(map)),
        }
    }

    /// How to scan an object through the static map `map`.
    pub fn of_static<const N: usize>(map: &'static crate::abi::StaticPtrMap<N>) -> Scan {
        // SAFETY: a static map lives for ever.
        unsafe { Scan::of(map.as_ptr()) }
    }
}

/// Sets bits `[from, from + n)` of `bits` to `on`.
fn set_bit_range(bits: &mut [u64], from: usize, n: usize, on: bool) {
    let mut i = from;
    let end = from + n;
    while i < end {
        let w = i / 64;
        let lo = i % 64;
        let take = (64 - lo).min(end - i);
        let mask = if take == 64 {
            !0
        } else {
            ((1u64 << take) - 1) << lo
        };
        if on {
            bits[w] |= mask;
        } else {
            bits[w] &= !mask;
        }
        i += take;
    }
}

/// Words of `n` bits.
fn words(n: usize) -> usize {
    n.div_ceil(64)
}

/// How a scanned span knows which words of its objects may hold pointers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// No object has been allocated in it yet: the first one sets the layout.
    Unset,
    /// Every object allocated in it so far is scanned so, over its whole slot (words past
    /// an object's end are zero): no bits are kept, and allocating costs a comparison.
    Uniform(Scan),
    /// Objects scanned in different ways were allocated in it: the span keeps a bit per
    /// word, written at each allocation.
    Mixed,
}

/// One span of the heap.
pub struct Span {
    /// Address of the first slot.
    pub base: usize,
    /// Pages it spans.
    pub pages: usize,
    /// Slot size in bytes.
    pub elem: usize,
    /// Number of slots.
    pub nelems: usize,
    /// Size class (0: one large object).
    pub class: usize,
    /// Its objects hold no pointers: the collector marks them without scanning them.
    pub noscan: bool,
    /// Allocated slots.
    alloc: Vec<u64>,
    /// Slots found reachable by the collection in progress.
    mark: Vec<u64>,
    /// No free slot lies below this one.
    free_index: usize,
    /// Free slots.
    pub nfree: usize,
    /// Free slots may hold old bytes (the slot must be cleared when handed out).
    pub needzero: bool,
    /// How its objects' pointer words are known (a scanned span).
    pub layout: Layout,
    /// [`Layout::Mixed`]: a bit per word of the span, set for the words of its objects
    /// that may hold pointers. Empty otherwise.
    ptr_bits: Vec<u64>,
    /// A large object's size in bytes.
    pub large_len: usize,
}

impl Span {
    /// A span of `nelems` free slots of `elem` bytes at `base`.
    pub fn new(
        base: usize,
        pages: usize,
        elem: usize,
        class: usize,
        noscan: bool,
        zeroed: bool,
    ) -> Span {
        let nelems = if class == 0 {
            1
        } else {
            pages * super::sizeclass::PAGE / elem
        };
        Span {
            base,
            pages,
            elem,
            nelems,
            class,
            noscan,
            alloc: vec![0; words(nelems)],
            mark: vec![0; words(nelems)],
            free_index: 0,
            nfree: nelems,
            needzero: !zeroed,
            layout: if noscan {
                Layout::Uniform(Scan::NoScan)
            } else {
                Layout::Unset
            },
            ptr_bits: Vec::new(),
            large_len: 0,
        }
    }

    /// Records how the object just allocated at `p`, `size` bytes, is scanned.
    #[inline]
    pub fn record_pointers(&mut self, p: usize, size: usize, scan: Scan) {
        if self.noscan {
            return;
        }
        if self.class == 0 {
            self.layout = Layout::Uniform(scan);
            self.large_len = size;
            return;
        }
        match self.layout {
            Layout::Uniform(u) if u == scan => {}
            Layout::Unset => self.layout = Layout::Uniform(scan),
            Layout::Uniform(u) => {
                self.become_mixed(u, p);
                self.write_slot_bits(p, size, scan);
            }
            Layout::Mixed => self.write_slot_bits(p, size, scan),
        }
    }

    /// Turns a span whose objects were all scanned as `u` into a mixed one: writes the
    /// bits of every allocated slot but the one at `new` (just taken).
    #[cold]
    fn become_mixed(&mut self, u: Scan, new: usize) {
        self.ptr_bits = vec![0; words(self.nelems * self.elem / 8)];
        self.layout = Layout::Mixed;
        for i in self.allocated_slots().collect::<Vec<_>>() {
            let p = self.base + i * self.elem;
            if p != new {
                self.write_slot_bits(p, self.elem, u);
            }
        }
    }

    /// Writes the pointer bits of the slot at `p`, holding an object of `size` bytes
    /// scanned as `scan` (a mixed span).
    fn write_slot_bits(&mut self, p: usize, size: usize, scan: Scan) {
        let ew = self.elem / 8;
        let start = (p - self.base) / 8;
        match scan {
            Scan::NoScan => set_bit_range(&mut self.ptr_bits, start, ew, false),
            Scan::Conservative => set_bit_range(&mut self.ptr_bits, start, ew, true),
            Scan::Typed(map) => {
                set_bit_range(&mut self.ptr_bits, start, ew, false);
                let bits = &mut self.ptr_bits;
                // SAFETY: a `LiveMap` is live.
                unsafe {
                    PtrMap::for_each_pointer_word(map.get(), size.div_ceil(8).min(ew), |i| {
                        bits[(start + i) / 64] |= 1 << ((start + i) % 64)
                    })
                };
            }
        }
    }

    /// Bit word `k` of a mixed span's pointer bits: which of the span's words `[k * 64,
    /// k * 64 + 64)` may hold pointers.
    #[inline]
    pub fn pointer_word(&self, k: usize) -> u64 {
        self.ptr_bits[k]
    }

    /// Takes a free slot: its address (cleared), or `None` when the span is full.
    #[inline]
    pub fn take(&mut self) -> Option<usize> {
        if self.nfree == 0 {
            return None;
        }
        let mut w = self.free_index / 64;
        loop {
            let free = !self.alloc[w];
            if free != 0 {
                let i = w * 64 + free.trailing_zeros() as usize;
                if i >= self.nelems {
                    return None;
                }
                self.alloc[w] |= 1 << (i % 64);
                self.free_index = i + 1;
                self.nfree -= 1;
                let p = self.base + i * self.elem;
                if self.needzero {
                    // SAFETY: the slot is ours (just taken) and `elem` bytes long.
                    unsafe { std::ptr::write_bytes(p as *mut u8, 0, self.elem) };
                }
                return Some(p);
            }
            w += 1;
            if w >= self.alloc.len() {
                return None;
            }
        }
    }

    /// The slot holding `addr` (which lies in the span's pages), if it is allocated.
    #[inline]
    pub fn slot_of(&self, addr: usize) -> Option<usize> {
        let i = (addr - self.base) / self.elem;
        (i < self.nelems && self.alloc[i / 64] & (1 << (i % 64)) != 0).then_some(i)
    }

    /// Marks slot `i`; whether it was unmarked.
    #[inline]
    pub fn mark(&mut self, i: usize) -> bool {
        let bit = 1u64 << (i % 64);
        let w = &mut self.mark[i / 64];
        let fresh = *w & bit == 0;
        *w |= bit;
        fresh
    }

    /// Whether slot `i` is marked.
    pub fn is_marked(&self, i: usize) -> bool {
        self.mark[i / 64] & (1 << (i % 64)) != 0
    }

    /// Allocated slots.
    pub fn allocated(&self) -> usize {
        self.nelems - self.nfree
    }

    /// Ends a collection: unmarked slots become free (each passed to `freed`, which may
    /// poison it), marks are cleared. Returns the slots still allocated.
    pub fn sweep(&mut self, mut freed: impl FnMut(usize, usize)) -> usize {
        let mut live = 0;
        for w in 0..self.alloc.len() {
            let mut dead = self.alloc[w] & !self.mark[w];
            while dead != 0 {
                let i = w * 64 + dead.trailing_zeros() as usize;
                freed(self.base + i * self.elem, self.elem);
                dead &= dead - 1;
            }
            self.alloc[w] = self.mark[w];
            live += self.mark[w].count_ones() as usize;
            self.mark[w] = 0;
        }
        if live < self.allocated() {
            self.needzero = true;
        }
        self.nfree = self.nelems - live;
        self.free_index = 0;
        live
    }

    /// Iterates over the allocated slots' indices (to find objects to finalize).
    pub fn allocated_slots(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.nelems).filter(|&i| self.alloc[i / 64] & (1 << (i % 64)) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn take_mark_sweep() {
        let mut buf = vec![0u64; 1024];
        let base = buf.as_mut_ptr() as usize;
        let mut s = Span::new(base, 1, 16, 2, false, true);
        assert_eq!(s.nelems, 512);
        let a = s.take().unwrap();
        let b = s.take().unwrap();
        assert_eq!((a, b), (base, base + 16));
        assert_eq!(s.slot_of(b + 7), Some(1));
        assert_eq!(s.slot_of(base + 40), None);
        assert!(s.mark(1));
        assert!(!s.mark(1));
        let mut freed = Vec::new();
        assert_eq!(s.sweep(|p, _| freed.push(p)), 1);
        assert_eq!(freed, vec![a]);
        assert!(s.needzero);
        assert_eq!(s.take(), Some(a));
    }
}
