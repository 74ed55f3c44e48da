//! Stacks mapped by the runtime: the run thread's (see `thread`) and every goroutine's
//! but main's, reserved as address space only (pages are committed when first touched)
//! above an inaccessible guard area. Corosensei switches to and from a goroutine's stack;
//! dropping one unmaps it.

use corosensei::stack::{Stack, StackPointer};

/// Inaccessible area below every run and goroutine stack: generated code that runs off the stack's end
/// faults here, and the signal handler reports Go's stack overflow.
pub const GUARD_SIZE: usize = 64 * 1024;

/// Maps a stack of `stack_size` bytes above an inaccessible [`GUARD_SIZE`] guard area,
/// as address space only (pages are committed when first touched): the mapping's start
/// and total size (guard included), or why it could not be made. The caller unmaps it.
pub fn map_stack(stack_size: usize) -> Result<(usize, usize), String> {
    let total = stack_size
        .checked_add(GUARD_SIZE)
        .ok_or_else(|| format!("a stack of {stack_size} bytes does not fit the address space"))?;
    // SAFETY: a fresh private anonymous mapping; nothing else refers to it.
    let base = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            total,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE | libc::MAP_STACK,
            -1,
            0,
        )
    };
    if base == libc::MAP_FAILED {
        return Err(format!(
            "cannot reserve a stack of {stack_size} bytes: {}",
            std::io::Error::last_os_error()
        ));
    }
    // SAFETY: the lowest GUARD_SIZE bytes of our mapping become inaccessible.
    if unsafe { libc::mprotect(base, GUARD_SIZE, libc::PROT_NONE) } != 0 {
        let e = std::io::Error::last_os_error();
        // SAFETY: our mapping, unused.
        unsafe { libc::munmap(base, total) };
        return Err(format!("cannot protect the stack's guard area: {e}"));
    }
    Ok((base as usize, total))
}

/// One goroutine's stack mapping.
pub struct GoStack {
    /// Start of the mapping (the guard area's low end).
    start: usize,
    /// Size of the mapping, guard included.
    total: usize,
}

impl GoStack {
    /// Maps a stack with `size` usable bytes (rounded up to whole pages).
    pub fn new(size: usize) -> Result<GoStack, String> {
        let size = size
            .checked_add(4095)
            .map(|n| n & !4095)
            .ok_or("stack too large")?;
        let (start, total) = map_stack(size)?;
        Ok(GoStack { start, total })
    }

    /// The usable stack `[lo, hi)`.
    pub fn bounds(&self) -> (usize, usize) {
        (self.start + GUARD_SIZE, self.start + self.total)
    }
}

impl Drop for GoStack {
    fn drop(&mut self) {
        // SAFETY: our own mapping; the goroutine that ran on it is over or abandoned
        // (its coroutine was reset), so nothing runs on it or points into it any more.
        unsafe { libc::munmap(self.start as *mut libc::c_void, self.total) };
    }
}

// SAFETY: the mapping is page-aligned at both ends (so aligned to STACK_ALIGNMENT), has
// a guard area of GUARD_SIZE (more than a page) below the limit that faults on access,
// and at least one page of usable memory above it.
unsafe impl Stack for GoStack {
    fn base(&self) -> StackPointer {
        StackPointer::new(self.start + self.total).expect("a mapping is never at address 0")
    }

    fn limit(&self) -> StackPointer {
        StackPointer::new(self.start).expect("a mapping is never at address 0")
    }
}

/// The coroutine a goroutine other than main runs as: resumed by the scheduler, it
/// suspends when the goroutine blocks and returns when the goroutine's function does.
pub type GoCoroutine = corosensei::Coroutine<(), (), (), GoStack>;
