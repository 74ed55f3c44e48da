//! Run threads on stacks the runtime maps itself: the whole stack is reserved as address
//! space only (`MAP_NORESERVE`: pages are committed when first touched), with a guard
//! area below it, so a large stack limit (Go's 1 GB, or 32 GiB) costs no memory up front,
//! and a stack that cannot be reserved is an error for the caller, never a panic.

use crate::abi::STACK_RESERVE;

pub use crate::gstack::{map_stack, GUARD_SIZE};

/// Stack above the goroutine's limit for the run thread's own Rust frames (thread start,
/// the session, the call of the entry trampoline).
pub const TOP_SLACK: usize = 256 * 1024;

const PAGE: usize = 4096;

/// The largest stack limit a run may have: half the 47-bit user address space of x86-64
/// Linux, or the process's address-space limit (`RLIMIT_AS`) when that is lower.
pub fn max_stack_limit() -> usize {
    let mut max = 1usize << 46;
    let mut rl = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: fills `rl`.
    if unsafe { libc::getrlimit(libc::RLIMIT_AS, &mut rl) } == 0
        && rl.rlim_cur != libc::RLIM_INFINITY
    {
        max = max.min(rl.rlim_cur as usize);
    }
    max
}

/// Checks a stack limit in bytes: `Err` with a message for the user when it is
/// impossible (zero, or more than [`max_stack_limit`]).
pub fn check_stack_limit(limit: usize) -> Result<(), String> {
    if limit == 0 {
        return Err("the stack limit must be at least 1 byte".into());
    }
    let max = max_stack_limit();
    if limit > max {
        return Err(format!(
            "a stack limit of {limit} bytes is more than this process can reserve (at most {max} bytes)"
        ));
    }
    Ok(())
}

/// The size of the stack mapped for a run whose goroutine stack limit is `limit`: the
/// limit, the runtime's reserve below the stack check, and room for the thread's own
/// frames, in whole pages.
pub fn stack_size_for(limit: usize) -> Option<usize> {
    let n = limit.checked_add(STACK_RESERVE)?.checked_add(TOP_SLACK)?;
    n.checked_add(PAGE - 1).map(|n| n & !(PAGE - 1))
}

struct Packet<F, R> {
    f: Option<F>,
    result: Option<std::thread::Result<R>>,
}

extern "C" fn start<F: FnOnce() -> R, R>(p: *mut libc::c_void) -> *mut libc::c_void {
    // SAFETY: `p` is the packet of `run_on_stack`, which waits for this thread to end
    // before it touches the packet again.
    let packet = unsafe { &mut *(p as *mut Packet<F, R>) };
    if let Some(f) = packet.f.take() {
        packet.result = Some(std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)));
    }
    std::ptr::null_mut()
}

/// Runs `f` on a new thread whose stack (`stack_size` bytes, above a [`GUARD_SIZE`]
/// guard) is mapped here and unmapped once the thread has ended; waits for it and returns
/// what `f` returned (a panic in `f` continues in the caller). `Err` describes why the
/// stack or the thread could not be made.
pub fn run_on_stack<R: Send, F: FnOnce() -> R + Send>(
    name: &std::ffi::CStr,
    stack_size: usize,
    f: F,
) -> Result<R, String> {
    let (base, total) = map_stack(stack_size)?;
    let unmap = || {
        // SAFETY: our mapping, no longer used by any thread.
        unsafe { libc::munmap(base as *mut libc::c_void, total) };
    };
    let mut packet = Packet::<F, R> {
        f: Some(f),
        result: None,
    };
    // SAFETY: the attributes are initialized, used for one pthread_create and destroyed;
    // the stack is our mapping above the guard; the packet outlives the thread because we
    // join it before returning (so `f` may borrow from the caller, as in a scoped thread).
    let created = unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        libc::pthread_attr_init(&mut attr);
        let mut r = libc::pthread_attr_setstack(
            &mut attr,
            (base + GUARD_SIZE) as *mut libc::c_void,
            stack_size,
        );
        let mut tid: libc::pthread_t = 0;
        if r == 0 {
            r = libc::pthread_create(
                &mut tid,
                &attr,
                start::<F, R>,
                &mut packet as *mut Packet<F, R> as *mut libc::c_void,
            );
        }
        libc::pthread_attr_destroy(&mut attr);
        if r == 0 {
            libc::pthread_setname_np(tid, name.as_ptr());
            libc::pthread_join(tid, std::ptr::null_mut());
        }
        r
    };
    unmap();
    if created != 0 {
        return Err(format!(
            "cannot start the run thread: {}",
            std::io::Error::from_raw_os_error(created)
        ));
    }
    match packet.result {
        Some(Ok(r)) => Ok(r),
        Some(Err(p)) => std::panic::resume_unwind(p),
        None => Err("the run thread ended without running".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_and_sizes() {
        assert!(check_stack_limit(0).is_err());
        assert!(check_stack_limit(1).is_ok());
        assert!(check_stack_limit(32 << 30).is_ok());
        assert!(check_stack_limit(usize::MAX).is_err());
        assert_eq!(stack_size_for(1).unwrap() % PAGE, 0);
        assert!(stack_size_for(usize::MAX).is_none());
    }

    #[test]
    fn big_stacks_cost_address_space_only() {
        let x = 5;
        let r = run_on_stack(c"t", 64 << 30, || {
            let (lo, hi) = crate::run::thread_stack_bounds();
            (x + 1, hi - lo)
        });
        assert_eq!(r, Ok((6, 64 << 30)));
        let p = std::panic::catch_unwind(|| run_on_stack(c"t", 1 << 20, || panic!("boom")));
        assert!(p.is_err());
    }
}
