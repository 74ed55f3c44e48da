//! The texts of faults, written from the signal handler without allocating or locking:
//! the one-line description of a fault in generated code, and gc's report of a fault in
//! the runtime's own code (`fatal error: unexpected signal during runtime execution`, the
//! `[signal ...]` line, the place in the runtime as `OBJECT+0xOFFSET` for addr2line, and
//! the Go frames that entered the runtime), after which the process aborts: memory may be
//! corrupt, nothing can be resumed safely, and dying silently is not an option.

use crate::abi::CodeKind;
use crate::frames::Frames;
use crate::goroutine::Goroutine;
use crate::registry;
use crate::traceback::{write_trace, Trace};
use std::fmt::{self, Write};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The runtime's object (the executable or library containing it): load bias and the
/// range of its executable segments, and its path, found once in normal context.
static OBJ_BASE: AtomicUsize = AtomicUsize::new(0);
static OBJ_TEXT_LO: AtomicUsize = AtomicUsize::new(0);
static OBJ_TEXT_HI: AtomicUsize = AtomicUsize::new(0);
static OBJ_PATH_LEN: AtomicUsize = AtomicUsize::new(0);
static mut OBJ_PATH: [u8; 512] = [0; 512];

/// How far up the stack a runtime fault looks for the stub that entered the runtime.
const STUB_SCAN: usize = crate::abi::STACK_RESERVE;

/// A text buffer on the stack: never allocates; text past its capacity is dropped.
pub struct StackText<const N: usize> {
    buf: [u8; N],
    len: usize,
}

impl<const N: usize> StackText<N> {
    /// An empty buffer.
    pub fn new() -> Self {
        StackText {
            buf: [0; N],
            len: 0,
        }
    }

    /// The text written so far.
    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

impl<const N: usize> Default for StackText<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> Write for StackText<N> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let n = (N - self.len).min(s.len());
        self.buf[self.len..self.len + n].copy_from_slice(&s.as_bytes()[..n]);
        self.len += n;
        Ok(())
    }
}

/// Finds, in normal context, the loaded object that contains `addr` (the runtime's own
/// code) and remembers its range and path for [`runtime_fault`].
pub fn remember_runtime_object(addr: usize) {
    struct Found {
        addr: usize,
        base: usize,
        lo: usize,
        hi: usize,
        name: [u8; 512],
        name_len: usize,
    }
    /// `dl_iterate_phdr`'s callback: records the object whose executable segments
    /// contain `Found::addr`.
    ///
    /// # Safety
    /// `info` must be the loader's description of a loaded object, `data` our `Found`.
    unsafe extern "C" fn each(
        info: *mut libc::dl_phdr_info,
        _size: libc::size_t,
        data: *mut libc::c_void,
    ) -> libc::c_int {
        // SAFETY: the loader's description of one object, and our `Found`.
        unsafe {
            let f = &mut *(data as *mut Found);
            let info = &*info;
            let base = info.dlpi_addr as usize;
            let (mut lo, mut hi) = (usize::MAX, 0);
            let mut contains = false;
            for i in 0..info.dlpi_phnum as usize {
                let ph = &*info.dlpi_phdr.add(i);
                if ph.p_type == libc::PT_LOAD && ph.p_flags & libc::PF_X != 0 {
                    let s = base + ph.p_vaddr as usize;
                    let e = s + ph.p_memsz as usize;
                    lo = lo.min(s);
                    hi = hi.max(e);
                    contains |= f.addr >= s && f.addr < e;
                }
            }
            if !contains {
                return 0;
            }
            f.base = base;
            f.lo = lo;
            f.hi = hi;
            if !info.dlpi_name.is_null() {
                let name = std::ffi::CStr::from_ptr(info.dlpi_name).to_bytes();
                let n = name.len().min(f.name.len());
                f.name[..n].copy_from_slice(&name[..n]);
                f.name_len = n;
            }
            1
        }
    }
    let mut f = Found {
        addr,
        base: 0,
        lo: 0,
        hi: 0,
        name: [0; 512],
        name_len: 0,
    };
    // SAFETY: iterates the loaded objects with a callback that only reads them.
    unsafe { libc::dl_iterate_phdr(Some(each), &mut f as *mut Found as *mut libc::c_void) };
    if f.hi == 0 {
        return;
    }
    if f.name_len == 0 {
        // The main executable has no name in the list.
        if let Ok(p) = std::fs::read_link("/proc/self/exe") {
            let b = p.as_os_str().as_encoded_bytes();
            let n = b.len().min(f.name.len());
            f.name[..n].copy_from_slice(&b[..n]);
            f.name_len = n;
        }
    }
    // SAFETY: written once here (under the handler's install Once), before the handler
    // that reads it is installed.
    unsafe { (&raw mut OBJ_PATH).write(f.name) };
    OBJ_PATH_LEN.store(f.name_len, Ordering::Release);
    OBJ_BASE.store(f.base, Ordering::Release);
    OBJ_TEXT_LO.store(f.lo, Ordering::Release);
    OBJ_TEXT_HI.store(f.hi, Ordering::Release);
}

/// `SIGSEGV`, and gc's description of the signal.
fn signal_names(sig: libc::c_int) -> (&'static str, &'static str) {
    match sig {
        libc::SIGSEGV => ("SIGSEGV", "segmentation violation"),
        libc::SIGBUS => ("SIGBUS", "bus error"),
        libc::SIGILL => ("SIGILL", "illegal instruction"),
        libc::SIGFPE => ("SIGFPE", "floating-point exception"),
        _ => ("signal", "unexpected signal"),
    }
}

/// `SIGILL in JIT code at main.main+0x1c (ud2 trap)`.
pub fn describe_jit_fault(
    w: &mut dyn Write,
    sig: libc::c_int,
    addr: usize,
    pc: usize,
) -> fmt::Result {
    let (name, _) = signal_names(sig);
    write!(w, "{name} in JIT code at ")?;
    // SAFETY: the reference is used here only, while the faulting run's code is
    // registered (it is executing).
    let meta = unsafe { registry::lookup_nonblocking(pc, 10_000) }
        .ok()
        .flatten();
    match meta {
        Some(m) => write!(w, "{}+{:#x}", m.name, pc - m.start)?,
        None => write!(w, "{pc:#x}")?,
    }
    match sig {
        libc::SIGSEGV => write!(w, " (invalid memory access at {addr:#x})"),
        libc::SIGBUS => write!(w, " (bus error at {addr:#x})"),
        libc::SIGFPE => w.write_str(" (arithmetic exception)"),
        _ => {
            // The instruction is readable: `pc` is inside registered code, and two bytes
            // fit before its end.
            let ud2 = meta.is_some_and(|m| {
                // SAFETY: `[pc, pc + 2)` lies in the function's registered code.
                pc + 2 <= m.start + m.size
                    && unsafe { std::ptr::read_unaligned(pc as *const [u8; 2]) } == [0x0f, 0x0b]
            });
            w.write_str(if ud2 {
                " (ud2 trap)"
            } else {
                " (illegal instruction)"
            })
        }
    }
}

/// Looks up the stack from `sp` for the return address into a runtime stub of generated
/// code (the stub that called into the runtime): the stub's frame pointer and name.
///
/// # Safety
/// `g` must be this thread's live goroutine; `sp` its stack pointer at the fault.
unsafe fn find_stub(g: *const Goroutine, sp: usize) -> Option<(usize, &'static str)> {
    // SAFETY: this thread's live goroutine (caller).
    let stack = unsafe { Frames::above(g, sp) };
    // SAFETY: plain field reads (caller).
    let hi = unsafe { (*g).stack_hi };
    let end = sp.saturating_add(STUB_SCAN).min(hi);
    let mut a = (sp + 7) & !7;
    while a + 8 <= end {
        let w = stack.word(a)?;
        // SAFETY: used only within this report, while the run's code is registered.
        if let Ok(Some(m)) = unsafe { registry::lookup_nonblocking(w, 1_000) } {
            if m.kind == CodeKind::Stub {
                // The stub called the runtime from SP = `a + 8`; its FP is above by the
                // call site's frame offset when recorded, else the first word from there
                // that looks like a frame: the caller's FP above it and a return address
                // into generated code after it.
                if let Some(fo) = m.call_site(w).and_then(|cs| cs.frame_offset) {
                    return Some((a + 8 + fo as usize, m.name.as_str()));
                }
                let mut x = a + 8;
                while x + 16 <= end.min(a + 8 + 512) {
                    if let Some((up, ret)) = stack.caller_of(x) {
                        // SAFETY: as above.
                        let known = unsafe { registry::lookup_nonblocking(ret, 1_000) };
                        if up < hi && matches!(known, Ok(Some(_))) {
                            return Some((x, m.name.as_str()));
                        }
                    }
                    x += 8;
                }
                return None;
            }
            // A return address into other generated code first: not entered by a stub.
            return None;
        }
        a += 8;
    }
    None
}

/// gc's report of a fault in runtime code, then abort.
///
/// # Safety
/// Called from the signal handler on the faulting thread, whose live goroutine is `g`.
pub unsafe fn runtime_fault(
    g: *mut Goroutine,
    sig: libc::c_int,
    info: *const libc::siginfo_t,
    regs: crate::arch::Interrupted,
) -> ! {
    let mut t = StackText::<16384>::new();
    let (name, desc) = signal_names(sig);
    // SAFETY: the kernel's info for this signal.
    let (code, addr) = unsafe { ((*info).si_code, (*info).si_addr() as usize) };
    let _ = write!(
        t,
        "fatal error: unexpected signal during runtime execution\n[signal {name}: {desc} code={code:#x} addr={addr:#x} pc={:#x}]\n",
        regs.pc
    );
    let (lo, hi) = (
        OBJ_TEXT_LO.load(Ordering::Acquire),
        OBJ_TEXT_HI.load(Ordering::Acquire),
    );
    let _ = t.write_str("deferjit: the fault is in runtime code at ");
    if regs.pc >= lo && regs.pc < hi {
        let n = OBJ_PATH_LEN.load(Ordering::Acquire);
        // SAFETY: written once before the handler was installed.
        let path =
            unsafe { std::slice::from_raw_parts((&raw const OBJ_PATH).cast::<u8>(), n.min(512)) };
        let _ = write!(
            t,
            "{}+{:#x}",
            std::str::from_utf8(path).unwrap_or("?"),
            regs.pc - OBJ_BASE.load(Ordering::Acquire)
        );
    } else {
        let _ = write!(
            t,
            "{:#x} (outside deferjit's runtime: a library it calls)",
            regs.pc
        );
    }
    // SAFETY: this thread's live goroutine (caller).
    match unsafe { find_stub(g, regs.sp) } {
        Some((fp, stub)) => {
            // SAFETY: this thread's live goroutine (caller).
            let id = unsafe { (*g).id };
            let _ = write!(t, ", entered through {stub}\n\ngoroutine {id} [running]:\n");
            // SAFETY: as above; the walk reads only checked stack words.
            let frames = unsafe { Trace::from_stub(g, fp, false, (*g).panic_head) }.without_cache();
            let _ = write_trace(&mut t, frames);
        }
        None => {
            let _ = t.write_str("\n");
        }
    }
    let mut budget = 1000;
    crate::sink::write_raw(2, t.as_bytes(), &mut budget);
    // SAFETY: ends the process (SIGABRT), as gc's fatal errors do.
    unsafe { libc::abort() }
}
