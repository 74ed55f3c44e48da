//! The heap's address space: one reservation, made inaccessible and committed as the heap
//! grows, handed out in runs of pages; and the page table that maps every page to the
//! span that owns it, so that any address inside an object finds the object.

use super::sizeclass::PAGE;
use std::collections::BTreeMap;

/// How much address space a heap asks for first; halved until the system grants it.
const RESERVE: usize = 64 << 30;
/// The smallest reservation accepted.
const MIN_RESERVE: usize = 256 << 20;
/// Address space is made accessible in steps of at least this much.
const COMMIT_STEP: usize = 1 << 20;
/// Free runs at least this long are handed back to the system (their pages read as
/// zero when touched again).
const RELEASE_MIN: usize = 64 << 10;

/// A run of free pages.
#[derive(Clone, Copy, Debug)]
struct FreeRun {
    pages: usize,
    /// Its memory reads as zero (never used, or released).
    zeroed: bool,
}

/// The heap's pages.
pub struct Pages {
    /// Start of the reservation (page-aligned).
    base: usize,
    /// Its size in bytes.
    reserved: usize,
    /// Pages below this have been handed out at least once (the rest were never used).
    used: usize,
    /// Bytes from `base` made accessible.
    committed: usize,
    /// Free runs below `used`, by first page, never adjacent (merged when freed).
    free: BTreeMap<usize, FreeRun>,
    /// The owner of each page: its span's index plus one, 0 for none.
    owner: Vec<u32>,
}

impl Pages {
    /// Reserves the heap's address space; `None` if the system grants too little.
    pub fn reserve() -> Option<Pages> {
        let mut size = RESERVE;
        loop {
            // SAFETY: a fresh private anonymous mapping, inaccessible; nothing refers to it.
            let p = unsafe {
                libc::mmap(
                    std::ptr::null_mut(),
                    size,
                    libc::PROT_NONE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                    -1,
                    0,
                )
            };
            if p != libc::MAP_FAILED {
                return Some(Pages {
                    base: p as usize,
                    reserved: size,
                    used: 0,
                    committed: 0,
                    free: BTreeMap::new(),
                    // Zeroed allocation: the table's pages are only touched when used.
                    owner: vec![0; size / PAGE],
                });
            }
            size /= 2;
            if size < MIN_RESERVE {
                return None;
            }
        }
    }

    /// The address range pages may lie in: `[lo, hi)`.
    #[inline]
    pub fn bounds(&self) -> (usize, usize) {
        (self.base, self.base + self.used * PAGE)
    }

    /// The owner (span index plus one, or 0) of the page holding `addr`, which lies
    /// within [`Pages::bounds`].
    #[inline]
    pub fn owner_of(&self, addr: usize) -> u32 {
        self.owner[(addr - self.base) / PAGE]
    }

    /// Bytes made accessible so far (what the heap took from the system).
    pub fn committed(&self) -> usize {
        self.committed
    }

    /// `n` contiguous pages owned by span `span`: their address and whether they read as
    /// zero; `None` when the reservation is full or the system refuses.
    pub fn alloc(&mut self, n: usize, span: u32) -> Option<(usize, bool)> {
        let found = self
            .free
            .iter()
            .find(|(_, r)| r.pages >= n)
            .map(|(&p, &r)| (p, r));
        let (page, zeroed) = match found {
            Some((p, r)) => {
                self.free.remove(&p);
                if r.pages > n {
                    self.free.insert(
                        p + n,
                        FreeRun {
                            pages: r.pages - n,
                            zeroed: r.zeroed,
                        },
                    );
                }
                (p, r.zeroed)
            }
            None => {
                let p = self.used;
                if (p + n) * PAGE > self.reserved {
                    return None;
                }
                self.commit((p + n) * PAGE)?;
                self.used = p + n;
                (p, true)
            }
        };
        self.owner[page..page + n].fill(span + 1);
        Some((self.base + page * PAGE, zeroed))
    }

    /// Makes the first `bytes` of the reservation accessible.
    fn commit(&mut self, bytes: usize) -> Option<()> {
        if bytes <= self.committed {
            return Some(());
        }
        let to = (bytes.max(self.committed + COMMIT_STEP)).min(self.reserved);
        // SAFETY: `[base + committed, base + to)` lies inside our reservation.
        let r = unsafe {
            libc::mprotect(
                (self.base + self.committed) as *mut libc::c_void,
                to - self.committed,
                libc::PROT_READ | libc::PROT_WRITE,
            )
        };
        if r != 0 {
            return None;
        }
        self.committed = to;
        Some(())
    }

    /// Gives back the `n` pages at `addr` (handed out by [`Pages::alloc`]), merging them
    /// with free neighbours. The pages of a span of [`RELEASE_MIN`] bytes or more go
    /// back to the system (each freed span once: releasing a merged run again on every
    /// free would cost the whole run each time).
    pub fn free(&mut self, addr: usize, n: usize) {
        let page = (addr - self.base) / PAGE;
        self.owner[page..page + n].fill(0);
        let released = n * PAGE >= RELEASE_MIN;
        if released {
            // SAFETY: the pages are ours, accessible and owned by no span: their
            // contents are dead, and private anonymous pages read as zero afterwards.
            unsafe { libc::madvise(addr as *mut libc::c_void, n * PAGE, libc::MADV_DONTNEED) };
        }
        let mut run = FreeRun {
            pages: n,
            zeroed: released,
        };
        let mut start = page;
        if let Some((&p, &prev)) = self.free.range(..page).next_back() {
            if p + prev.pages == page {
                self.free.remove(&p);
                start = p;
                run.pages += prev.pages;
                run.zeroed &= prev.zeroed;
            }
        }
        if let Some(&next) = self.free.get(&(start + run.pages)) {
            self.free.remove(&(start + run.pages));
            run.pages += next.pages;
            run.zeroed &= next.zeroed;
        }
        self.free.insert(start, run);
    }
}

impl Drop for Pages {
    fn drop(&mut self) {
        // SAFETY: our own reservation; the run that used it is over.
        unsafe { libc::munmap(self.base as *mut libc::c_void, self.reserved) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocates_reuses_and_merges() {
        let mut p = Pages::reserve().unwrap();
        let (a, z) = p.alloc(2, 0).unwrap();
        assert!(z);
        let (b, _) = p.alloc(1, 1).unwrap();
        assert_eq!(b, a + 2 * PAGE);
        assert_eq!(p.owner_of(a + PAGE + 5), 1);
        assert_eq!(p.owner_of(b), 2);
        // SAFETY: committed pages of ours.
        unsafe { *(a as *mut u64) = 7 };
        p.free(a, 2);
        p.free(b, 1);
        assert_eq!(p.owner_of(a), 0);
        let (c, _) = p.alloc(3, 2).unwrap();
        assert_eq!(c, a);
    }
}
