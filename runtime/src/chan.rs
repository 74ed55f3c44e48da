//! Channels and `select`, as gc's `runtime/chan.go` and `select.go` behave on one P: a
//! channel is a queue of element copies with a capacity, and queues of goroutines waiting
//! to send or receive. A send to a waiting receiver hands the value over directly (as a
//! receive from a waiting sender does); a goroutine that must wait parks on the channel
//! (`sched::park`) with the address of its value, and whoever completes its operation
//! copies the value, sets its `wake` (a receive's ok, a select's case) and readies it.
//!
//! Values are passed by address (a frame slot of the caller holding the element's
//! bytes), the element size being the channel's.

use crate::goroutine::{current, Goroutine};
use crate::sched::{park, ready};
use std::cell::Cell;
use std::collections::VecDeque;
use std::rc::Rc;

/// One goroutine waiting on a channel (gc's `sudog`).
#[derive(Clone)]
struct Waiter {
    g: *mut Goroutine,
    /// Where the value to send is, or where a received value goes (null: discarded).
    elem: *mut u8,
    /// The select this wait belongs to (set once one of its cases completed: the other
    /// cases' waiters are then stale, and skipped when they come up), or none.
    select: Option<Rc<Cell<bool>>>,
    /// The select case's index.
    case: usize,
}

/// A channel (gc's `hchan`). Lives until its run ends (owned by `RunState::objects`).
pub struct Chan {
    elem_size: usize,
    cap: usize,
    /// The buffered elements, oldest first, each `elem_size` bytes.
    buf: VecDeque<Box<[u8]>>,
    closed: bool,
    recvq: VecDeque<Waiter>,
    sendq: VecDeque<Waiter>,
}

/// The wake values a channel operation leaves in its goroutine.
const WAKE_OK: usize = 1;
const WAKE_CLOSED: usize = 0;

impl crate::goroutine::RunObject for Chan {
    fn scan_ranges(&self, f: &mut dyn FnMut(usize, usize)) {
        for e in &self.buf {
            let lo = e.as_ptr() as usize;
            f(lo, lo + e.len());
        }
    }
}

impl Chan {
    /// The first waiter of `q` whose select (if any) is still waiting, removed.
    fn dequeue(q: &mut VecDeque<Waiter>) -> Option<Waiter> {
        while let Some(w) = q.pop_front() {
            if !w.select.as_ref().is_some_and(|done| done.get()) {
                return Some(w);
            }
        }
        None
    }
}

/// Completes the wait of `w` (its select too) with `wake` and readies its goroutine.
///
/// # Safety
/// `w` must be a live waiter just dequeued.
unsafe fn wake(w: Waiter, value: usize) {
    // SAFETY: live waiter (caller).
    unsafe {
        let wake = match &w.select {
            None => value,
            Some(done) => {
                done.set(true);
                // The case in the high bits, the receive's ok in the low one.
                (w.case << 1) | value
            }
        };
        (*w.g).wake = wake;
        ready(w.g, true);
    }
}

/// Copies `n` bytes.
///
/// # Safety
/// Both ranges valid and disjoint (or `dst` null: nothing is copied).
unsafe fn copy(dst: *mut u8, src: *const u8, n: usize) {
    if !dst.is_null() && n > 0 {
        // SAFETY: caller's contract.
        unsafe { std::ptr::copy_nonoverlapping(src, dst, n) };
    }
}

/// The channel a channel value points to.
///
/// # Safety
/// `c` must be 0 or a channel made by `rt_makechan` in the current run.
unsafe fn chan<'a>(c: i64) -> Option<&'a mut Chan> {
    // SAFETY: caller's contract.
    unsafe { (c as *mut Chan).as_mut() }
}

/// Panics with the runtime's plain error `msg` (`send on closed channel`).
fn panic_plain(fp: usize, msg: &str) -> ! {
    let (t, d) = crate::errors::plain_error(msg);
    // SAFETY: called from a runtime entry whose stub frame is `fp`.
    unsafe { crate::panic::gopanic(fp, t, d, false) }
}

/// `rt_makechan(stub_fp, elem_size, cap) -> chan`: `make(chan T, cap)`.
pub extern "C" fn rt_makechan(fp: usize, elem_size: i64, cap: i64) -> i64 {
    if cap < 0 || cap > (1 << 40) {
        let (t, d) = crate::errors::plain_error("makechan: size out of range");
        // SAFETY: called from generated code through its stub.
        unsafe { crate::panic::gopanic(fp, t, d, false) }
    }
    let mut c = Box::new(Chan {
        elem_size: elem_size as usize,
        cap: cap as usize,
        buf: VecDeque::new(),
        closed: false,
        recvq: VecDeque::new(),
        sendq: VecDeque::new(),
    });
    let p = &mut *c as *mut Chan as i64;
    // SAFETY: the current run; the box moves into its objects, its address unchanged.
    unsafe { crate::goroutine::run() }.objects.push(c);
    p
}

/// One attempt at sending the value at `elem` on `c` without blocking: true when done.
///
/// # Safety
/// `elem` holds `c.elem_size` bytes.
unsafe fn try_send(c: &mut Chan, elem: *const u8) -> bool {
    if let Some(w) = Chan::dequeue(&mut c.recvq) {
        // SAFETY: the receiver's slot holds elem_size bytes; distinct from ours.
        unsafe {
            copy(w.elem, elem, c.elem_size);
            wake(w, WAKE_OK);
        }
        return true;
    }
    if c.buf.len() < c.cap {
        // SAFETY: `elem` holds elem_size bytes (caller).
        let v = unsafe { std::slice::from_raw_parts(elem, c.elem_size) };
        c.buf.push_back(v.into());
        return true;
    }
    false
}

/// One attempt at receiving from `c` into `elem` without blocking: `Some(ok)` when done.
///
/// # Safety
/// `elem` is null or holds `c.elem_size` bytes.
unsafe fn try_recv(c: &mut Chan, elem: *mut u8) -> Option<bool> {
    if let Some(v) = c.buf.pop_front() {
        // SAFETY: `elem` holds elem_size bytes (caller).
        unsafe { copy(elem, v.as_ptr(), c.elem_size) };
        // A waiting sender's value takes the freed place.
        if let Some(w) = Chan::dequeue(&mut c.sendq) {
            // SAFETY: the sender's slot holds elem_size bytes.
            unsafe {
                let v = std::slice::from_raw_parts(w.elem, c.elem_size);
                c.buf.push_back(v.into());
                wake(w, WAKE_OK);
            }
        }
        return Some(true);
    }
    if let Some(w) = Chan::dequeue(&mut c.sendq) {
        // SAFETY: the sender's slot holds elem_size bytes.
        unsafe {
            copy(elem, w.elem, c.elem_size);
            wake(w, WAKE_OK);
        }
        return Some(true);
    }
    if c.closed {
        if !elem.is_null() {
            // SAFETY: `elem` holds elem_size bytes (caller).
            unsafe { std::ptr::write_bytes(elem, 0, c.elem_size) };
        }
        return Some(false);
    }
    None
}

/// `rt_chansend(stub_fp, c, elem)`: `c <- v`, the value at `elem`.
///
/// # Safety
/// Called by generated code: `c` a channel of the run or 0, `elem` its element's bytes.
pub unsafe extern "C" fn rt_chansend(fp: usize, c: i64, elem: i64) {
    crate::goroutine::entered(fp);
    // SAFETY: caller's contract.
    let Some(ch) = (unsafe { chan(c) }) else {
        // SAFETY: inside a runtime entry, nothing held.
        unsafe { park("chan send (nil chan)") };
        crate::bug::runtime_bug("a goroutine blocked forever was woken");
    };
    if ch.closed {
        panic_plain(fp, "send on closed channel");
    }
    // SAFETY: `elem` holds the element (caller).
    if unsafe { try_send(ch, elem as *const u8) } {
        return;
    }
    ch.sendq.push_back(Waiter {
        g: current(),
        elem: elem as *mut u8,
        select: None,
        case: 0,
    });
    // SAFETY: inside a runtime entry, nothing held; our slot stays on our stack.
    if unsafe { park("chan send") } == WAKE_CLOSED {
        panic_plain(fp, "send on closed channel");
    }
}

/// `rt_chanrecv(stub_fp, c, elem) -> ok`: `v, ok := <-c`, the value stored at `elem`
/// (0: discarded).
///
/// # Safety
/// Called by generated code: `c` a channel of the run or 0, `elem` room for an element.
pub unsafe extern "C" fn rt_chanrecv(fp: usize, c: i64, elem: i64) -> i64 {
    crate::goroutine::entered(fp);
    // SAFETY: caller's contract.
    let Some(ch) = (unsafe { chan(c) }) else {
        // SAFETY: inside a runtime entry, nothing held.
        unsafe { park("chan receive (nil chan)") };
        crate::bug::runtime_bug("a goroutine blocked forever was woken");
    };
    // SAFETY: `elem` has room for the element (caller).
    if let Some(ok) = unsafe { try_recv(ch, elem as *mut u8) } {
        return ok as i64;
    }
    ch.recvq.push_back(Waiter {
        g: current(),
        elem: elem as *mut u8,
        select: None,
        case: 0,
    });
    // SAFETY: inside a runtime entry, nothing held; our slot stays on our stack.
    (unsafe { park("chan receive") } == WAKE_OK) as i64
}

/// `rt_closechan(stub_fp, c)`: `close(c)`: wakes every waiting receiver (with the zero
/// value, not ok) and every waiting sender (which then panics).
///
/// # Safety
/// Called by generated code: `c` a channel of the run or 0.
pub unsafe extern "C" fn rt_closechan(fp: usize, c: i64) {
    // SAFETY: caller's contract.
    let Some(ch) = (unsafe { chan(c) }) else {
        panic_plain(fp, "close of nil channel");
    };
    if ch.closed {
        panic_plain(fp, "close of closed channel");
    }
    ch.closed = true;
    // As gc's closechan: every waiter is taken off the queues (receivers, then senders;
    // a select's other cases see it is done), then readied last first, each displacing
    // the one before it from runnext.
    let mut waiters = Vec::new();
    for (q, receivers) in [(&mut ch.recvq, true), (&mut ch.sendq, false)] {
        while let Some(w) = Chan::dequeue(q) {
            if let Some(done) = &w.select {
                done.set(true);
            }
            waiters.push((w, receivers));
        }
    }
    for (w, receiver) in waiters.into_iter().rev() {
        // SAFETY: a receiver's slot has room for an element; a live waiter.
        unsafe {
            if receiver && !w.elem.is_null() {
                std::ptr::write_bytes(w.elem, 0, ch.elem_size);
            }
            wake(w, WAKE_CLOSED);
        }
    }
}

/// `rt_chanlen(stub_fp, c) -> n`: `len(c)`.
///
/// # Safety
/// `c` a channel of the run or 0.
pub unsafe extern "C" fn rt_chanlen(_fp: usize, c: i64) -> i64 {
    // SAFETY: caller's contract.
    unsafe { chan(c) }.map_or(0, |ch| ch.buf.len() as i64)
}

/// `rt_chancap(stub_fp, c) -> n`: `cap(c)`.
///
/// # Safety
/// `c` a channel of the run or 0.
pub unsafe extern "C" fn rt_chancap(_fp: usize, c: i64) -> i64 {
    // SAFETY: caller's contract.
    unsafe { chan(c) }.map_or(0, |ch| ch.cap as i64)
}

/// One case of a select as generated code lays it out: three words.
#[repr(C)]
struct SelectCase {
    /// The channel (0: nil, never ready).
    chan: i64,
    /// The value to send, or where the received value goes (0: discarded).
    elem: i64,
    /// 1 for a send, 0 for a receive.
    send: i64,
}

/// A pseudo-random number for select's order: xorshift over the run's state, seeded by
/// the run's `--seed` (so a run's choices are reproducible).
fn fastrand() -> u64 {
    // SAFETY: the current run; a short borrow.
    let r = unsafe { crate::goroutine::run() };
    let mut x = r.rand_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    r.rand_state = x;
    x
}

/// `rt_select(stub_fp, cases, n, block) -> (case, ok)`: a `select` over `n` cases at
/// `cases`: one ready case, chosen at random among the ready ones as Go does, is done;
/// none ready, the result is -1 when `block` is 0 (the `default` case), else the
/// goroutine waits on every case's channel until one completes. A send on a closed
/// channel panics; `ok` is a receive's.
///
/// # Safety
/// Called by generated code: `cases` points to `n` valid cases.
pub unsafe extern "C" fn rt_select(
    fp: usize,
    cases: i64,
    n: i64,
    block: i64,
) -> crate::words::Words2 {
    crate::goroutine::entered(fp);
    // SAFETY: `n` cases at `cases` (caller).
    let cases = unsafe { std::slice::from_raw_parts(cases as *const SelectCase, n as usize) };
    // Poll in a random order, as gc's selectgo does.
    let mut order: Vec<usize> = (0..cases.len()).collect();
    for i in (1..order.len()).rev() {
        let j = (fastrand() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    for &i in &order {
        let k = &cases[i];
        // SAFETY: the case's channel (caller).
        let Some(ch) = (unsafe { chan(k.chan) }) else {
            continue;
        };
        if k.send != 0 {
            if ch.closed {
                drop(order);
                panic_plain(fp, "send on closed channel");
            }
            // SAFETY: the case's value (caller).
            if unsafe { try_send(ch, k.elem as *const u8) } {
                return crate::words::Words2::new(i, 1);
            }
        } else if let Some(ok) = unsafe { try_recv(ch, k.elem as *mut u8) } {
            return crate::words::Words2::new(i, ok as usize);
        }
    }
    drop(order);
    if block == 0 {
        return crate::words::Words2::new(usize::MAX, 0);
    }
    let reason = if cases.iter().all(|k| k.chan == 0) {
        "select (no cases)"
    } else {
        "select"
    };
    let done = Rc::new(Cell::new(false));
    let g = current();
    for (i, k) in cases.iter().enumerate() {
        // SAFETY: the case's channel (caller).
        if let Some(ch) = unsafe { chan(k.chan) } {
            let w = Waiter {
                g,
                elem: k.elem as *mut u8,
                select: Some(done.clone()),
                case: i,
            };
            if k.send != 0 {
                ch.sendq.push_back(w);
            } else {
                ch.recvq.push_back(w);
            }
        }
    }
    drop(done);
    // SAFETY: inside a runtime entry; the slots stay on our stack while we wait. The
    // other cases' waiters are stale from now on: skipped (and freed) when they come up
    // in their queues, so that waking costs no search.
    let woke = unsafe { park(reason) };
    let (case, ok) = (woke >> 1, woke & 1);
    if cases[case].send != 0 && ok == WAKE_CLOSED {
        panic_plain(fp, "send on closed channel");
    }
    crate::words::Words2::new(case, ok)
}
