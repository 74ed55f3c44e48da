//! The code registry: what the JIT tells the runtime about every piece of generated code
//! (name, range, call sites with their exception handlers, frame layout of open-coded
//! defers, PC-to-line table), and the process-wide lookup from a return address to it.
//!
//! The JIT registers a program's functions after finalizing them and unregisters them
//! before freeing the code. The frame walk only ever resumes at a handler offset recorded
//! here for a registered function.

use crate::abi::CodeKind;
pub use crate::abi::{CallSiteMeta, GcFrameMeta, OpenDeferMeta};
use std::cell::UnsafeCell;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

/// Everything the runtime knows about one piece of generated code.
#[derive(Clone, Debug)]
pub struct FuncMeta {
    /// gc's name (`main.main.func1`), or the stub/thunk name.
    pub name: String,
    /// What kind of code it is (Go function, defer wrapper, stub, thunk, entry).
    pub kind: CodeKind,
    /// Absolute address of the first instruction.
    pub start: usize,
    /// Code size in bytes.
    pub size: usize,
    /// Sorted by `ret_offset`.
    pub call_sites: Vec<CallSiteMeta>,
    /// The source line of each call of `call_sites` (same order), computed by
    /// [`register`] from `lines` (whatever the caller put here is replaced): recovery
    /// reads the line of the call a panic came through without searching `lines`.
    pub call_site_lines: Vec<u32>,
    /// Present when the function has open-coded defers.
    pub open_defers: Option<OpenDeferMeta>,
    /// Whether the function pushes defer records (stack or heap).
    pub has_defer_records: bool,
    /// For a function with defers: FP offset of a 4-byte slot, zeroed at entry, where the
    /// runtime stores, when it resumes the frame at its landing pad after a recovery, the
    /// source line of the call the panic came through. Traces show that line for the
    /// frame while its landing pad runs, as Go does.
    pub resume_line_fp_offset: Option<i32>,
    /// The source file name, for traces.
    pub file: Arc<str>,
    /// What a trace prints between the parentheses after the function's name: gc's
    /// argument list (the receiver and parameters, one `0x0?` per word: `0x0?, {0x0?,
    /// 0x0?}` for `(int, string)`), computed when the function was compiled; empty for a
    /// function without parameters, and for code other than Go functions.
    pub args: String,
    /// `(code offset, source line)`, sorted by offset: the line of the code from that
    /// offset up to the next entry.
    pub lines: Vec<(u32, u32)>,
    /// Present for a Go function compiled with stack maps: how the collector scans its
    /// frames (else they are scanned conservatively, whole).
    pub gc_frame: Option<GcFrameMeta>,
}

impl FuncMeta {
    /// The call site whose return address is `ret_addr`, if any.
    pub fn call_site(&self, ret_addr: usize) -> Option<&CallSiteMeta> {
        self.call_site_index(ret_addr).map(|i| &self.call_sites[i])
    }

    /// The index in `call_sites` of the call site whose return address is `ret_addr`.
    #[inline]
    pub fn call_site_index(&self, ret_addr: usize) -> Option<usize> {
        let off = ret_addr.checked_sub(self.start)? as u32;
        if self.call_sites.len() <= 8 {
            // A few call sites: a scan is shorter than a search.
            return self.call_sites.iter().position(|c| c.ret_offset == off);
        }
        self.call_sites
            .binary_search_by_key(&off, |c| c.ret_offset)
            .ok()
    }

    /// The source line of the call site `i` (see `call_site_lines`), 0 if unknown.
    #[inline]
    pub fn call_site_line(&self, i: usize) -> u32 {
        self.call_site_lines.get(i).copied().unwrap_or(0)
    }

    /// Fills `call_site_lines` from `call_sites` and `lines`.
    fn compute_call_site_lines(&mut self) {
        let lines = (self.call_sites.iter())
            .map(|c| {
                let pc = self.start + c.ret_offset as usize;
                self.line_at(pc.wrapping_sub(1)).unwrap_or(0)
            })
            .collect();
        self.call_site_lines = lines;
    }

    /// The source line of the instruction at `pc` (use `ret_addr - 1` for a call).
    pub fn line_at(&self, pc: usize) -> Option<u32> {
        let off = pc.checked_sub(self.start)? as u32;
        match self.lines.binary_search_by_key(&off, |l| l.0) {
            Ok(i) => Some(self.lines[i].1),
            Err(0) => None,
            Err(i) => Some(self.lines[i - 1].1),
        }
    }

    fn contains(&self, pc: usize) -> bool {
        pc >= self.start && pc < self.start + self.size
    }
}

static REGISTRY: RwLock<BTreeMap<usize, Arc<FuncMeta>>> = RwLock::new(BTreeMap::new());

/// Bumped by every registration change; per-thread caches of lookups are valid only for
/// the generation they were filled in.
static GENERATION: AtomicU64 = AtomicU64::new(1);

const CACHE_SLOTS: usize = 256;

/// A direct-mapped cache from return addresses to registered functions, per thread: the
/// frame walk looks up every frame, and the registry's lock and reference counts would
/// dominate its cost.
struct LookupCache {
    generation: u64,
    pcs: [usize; CACHE_SLOTS],
    metas: [*const FuncMeta; CACHE_SLOTS],
}

thread_local! {
    static CACHE: UnsafeCell<LookupCache> = const {
        UnsafeCell::new(LookupCache {
            generation: 0,
            pcs: [0; CACHE_SLOTS],
            metas: [std::ptr::null(); CACHE_SLOTS],
        })
    };
}

/// Registers generated code. Ranges must not overlap registered code.
pub fn register(funcs: Vec<FuncMeta>) {
    let mut map = REGISTRY.write().unwrap_or_else(|e| e.into_inner());
    for mut f in funcs {
        f.compute_call_site_lines();
        map.insert(f.start, Arc::new(f));
    }
    GENERATION.fetch_add(1, Ordering::Release);
}

/// Unregisters every function starting at one of `starts` (before the code is freed).
pub fn unregister(starts: &[usize]) {
    let mut map = REGISTRY.write().unwrap_or_else(|e| e.into_inner());
    for s in starts {
        map.remove(s);
    }
    GENERATION.fetch_add(1, Ordering::Release);
}

/// The registered function containing `pc`, if any.
pub fn lookup(pc: usize) -> Option<Arc<FuncMeta>> {
    let map = REGISTRY.read().unwrap_or_else(|e| e.into_inner());
    let (_, f) = map.range(..=pc).next_back()?;
    if f.contains(pc) {
        Some(f.clone())
    } else {
        None
    }
}

/// Whether `pc` is inside registered code, for signal handlers: never blocks and never
/// allocates; `None` when the registry is locked for writing.
pub fn try_contains(pc: usize) -> Option<bool> {
    let map = match REGISTRY.try_read() {
        Ok(m) => m,
        Err(std::sync::TryLockError::Poisoned(e)) => e.into_inner(),
        Err(std::sync::TryLockError::WouldBlock) => return None,
    };
    Some(
        map.range(..=pc)
            .next_back()
            .is_some_and(|(_, f)| f.contains(pc)),
    )
}

/// The registry stayed locked for writing (another thread registers or unregisters code).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegistryBusy;

/// The registered function containing `pc`, never blocking and never allocating, for
/// fatal reports (which may run while another thread registers code, or in a signal
/// handler): `Err` when the registry stays locked for writing through `tries` attempts.
///
/// # Safety
/// As [`lookup_ref`]: the reference is valid only while that function stays registered.
pub unsafe fn lookup_nonblocking(
    pc: usize,
    tries: u32,
) -> Result<Option<&'static FuncMeta>, RegistryBusy> {
    for _ in 0..tries.max(1) {
        let map = match REGISTRY.try_read() {
            Ok(m) => m,
            Err(std::sync::TryLockError::Poisoned(e)) => e.into_inner(),
            Err(std::sync::TryLockError::WouldBlock) => {
                std::hint::spin_loop();
                continue;
            }
        };
        let found = map
            .range(..=pc)
            .next_back()
            .filter(|(_, f)| f.contains(pc))
            .map(|(_, f)| Arc::as_ptr(f));
        drop(map);
        // SAFETY: the registry holds the `Arc` until the function is unregistered, which
        // the caller rules out for the reference's lifetime.
        return Ok(found.map(|p| unsafe { &*p }));
    }
    Err(RegistryBusy)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(start: usize, size: usize) -> FuncMeta {
        FuncMeta {
            resume_line_fp_offset: None,
            args: String::new(),
            name: format!("main.f{start:x}"),
            kind: CodeKind::GoFunc,
            start,
            size,
            call_sites: vec![
                CallSiteMeta {
                    ret_offset: 0x10,
                    frame_offset: Some(32),
                    handler: Some(0x40),
                    live: Vec::new(),
                },
                CallSiteMeta {
                    ret_offset: 0x20,
                    frame_offset: Some(32),
                    handler: None,
                    live: Vec::new(),
                },
            ],
            call_site_lines: Vec::new(),
            open_defers: None,
            has_defer_records: false,
            file: Arc::from("x.go"),
            lines: vec![(0, 3), (0x0c, 4), (0x18, 7)],
            gc_frame: None,
        }
    }

    #[test]
    fn lookup_call_sites_and_lines() {
        let base = 0x7fff_0000_0000usize;
        register(vec![f(base, 0x100), f(base + 0x100, 0x80)]);
        assert_eq!(lookup(base).unwrap().start, base);
        assert_eq!(lookup(base + 0xff).unwrap().start, base);
        assert_eq!(lookup(base + 0x100).unwrap().start, base + 0x100);
        assert!(lookup(base + 0x180).is_none());
        assert!(lookup(base - 1).is_none());
        let m = lookup(base + 0x10).unwrap();
        assert_eq!(m.call_site(base + 0x10).unwrap().handler, Some(0x40));
        assert!(m.call_site(base + 0x11).is_none());
        assert_eq!(m.line_at(base + 0x10 - 1), Some(4));
        assert_eq!(m.line_at(base + 0x20 - 1), Some(7));
        assert_eq!(m.line_at(base), Some(3));
        assert_eq!((m.call_site_line(0), m.call_site_line(1)), (4, 7));
        unregister(&[base, base + 0x100]);
        assert!(lookup(base + 0x10).is_none());
    }
}

/// This thread's lookup cache, for a loop of lookups (the frame walk) that should not
/// pay the thread-local access on every frame.
#[derive(Clone, Copy)]
pub struct CacheHandle(*mut LookupCache);

/// The handle of this thread's lookup cache (valid for the thread's lifetime).
#[inline(always)]
pub fn cache_handle() -> CacheHandle {
    CACHE.with(|c| CacheHandle(c.get()))
}

/// The registered function containing `pc`, through this thread's lookup cache.
///
/// # Safety
/// The reference is valid only while that function stays registered: callers must not
/// keep it past the run of the program that contains `pc` (the frame walk and recovery
/// use it only during the run, whose program cannot be unregistered meanwhile).
pub unsafe fn lookup_ref(pc: usize) -> Option<&'static FuncMeta> {
    // SAFETY: forwarded (caller); the handle is this thread's.
    unsafe { lookup_in(cache_handle(), pc) }
}

/// [`lookup_ref`] through a handle obtained on this thread.
///
/// # Safety
/// As [`lookup_ref`]; `h` must come from [`cache_handle`] on the current thread.
#[inline]
pub unsafe fn lookup_in(h: CacheHandle, pc: usize) -> Option<&'static FuncMeta> {
    let generation = GENERATION.load(Ordering::Acquire);
    let slot = (pc ^ (pc >> 8)) % CACHE_SLOTS;
    // SAFETY: the cache is this thread's own (caller); the mutable borrow ends before
    // anything else can reach it (no callbacks below re-enter it).
    let cache = unsafe { &mut *h.0 };
    if cache.generation == generation && cache.pcs[slot] == pc {
        // SAFETY: filled in this generation from a registered `Arc<FuncMeta>`, which the
        // registry keeps alive until an unregistration bumps the generation.
        return Some(unsafe { &*cache.metas[slot] });
    }
    // SAFETY: forwarded (caller).
    unsafe { lookup_miss(cache, generation, slot, pc) }
}

/// [`lookup_in`] when `pc` is not in the cache: reads the registry and fills the slot
/// (out of line, to keep the hit path short).
///
/// # Safety
/// As [`lookup_in`]: the reference is valid only while that function stays registered.
#[cold]
#[inline(never)]
unsafe fn lookup_miss(
    cache: &mut LookupCache,
    generation: u64,
    slot: usize,
    pc: usize,
) -> Option<&'static FuncMeta> {
    if cache.generation != generation {
        cache.generation = generation;
        cache.pcs = [0; CACHE_SLOTS];
    }
    let meta = lookup(pc)?;
    let ptr = Arc::as_ptr(&meta);
    drop(meta);
    cache.pcs[slot] = pc;
    cache.metas[slot] = ptr;
    // SAFETY: the registry still holds the `Arc` and keeps it until an unregistration,
    // which the caller rules out for the reference's lifetime.
    Some(unsafe { &*ptr })
}

/// [`lookup_in`] that never blocks: a cache miss reads the registry with
/// [`lookup_nonblocking`].
///
/// # Safety
/// As [`lookup_in`].
pub unsafe fn lookup_in_nonblocking(
    h: CacheHandle,
    pc: usize,
    tries: u32,
) -> Result<Option<&'static FuncMeta>, RegistryBusy> {
    let generation = GENERATION.load(Ordering::Acquire);
    let slot = (pc ^ (pc >> 8)) % CACHE_SLOTS;
    // SAFETY: as in `lookup_in`.
    let cache = unsafe { &mut *h.0 };
    if cache.generation == generation && cache.pcs[slot] == pc {
        // SAFETY: as in `lookup_in`.
        return Ok(Some(unsafe { &*cache.metas[slot] }));
    }
    // SAFETY: forwarded (caller).
    let found = unsafe { lookup_nonblocking(pc, tries) }?;
    if let Some(m) = found {
        if cache.generation != generation {
            cache.generation = generation;
            cache.pcs = [0; CACHE_SLOTS];
        }
        cache.pcs[slot] = pc;
        cache.metas[slot] = m as *const FuncMeta;
    }
    Ok(found)
}
