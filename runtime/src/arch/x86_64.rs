//! The only assembly of the runtime: resume execution at a landing pad or at the entry
//! trampoline's handler by setting RSP, RBP, RAX, RDX and jumping.

/// Where and how to resume: the target of an exception edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resume {
    /// New RSP: the frame's FP minus the call site's `frame_offset`.
    pub sp: usize,
    /// New RBP: the frame's FP.
    pub fp: usize,
    /// The handler address (function start + handler offset).
    pub pc: usize,
    /// Payload words (RAX, RDX).
    pub rax: usize,
    pub rdx: usize,
}

/// Transfers control to `r.pc` with the given stack and frame pointer; the Rust frames
/// between here and the target are abandoned without running destructors.
///
/// # Safety
/// `r` must describe a live frame of the current thread above the caller's stack
/// pointer, `r.pc` must be the exception handler of the call site active in that frame
/// (or of the entry trampoline), and every abandoned Rust frame must hold nothing that
/// needs dropping.
pub unsafe fn resume(r: Resume) -> ! {
    // SAFETY: guaranteed by the caller; the handler of a Tail-convention try_call expects
    // only RSP/RBP set and the payload in RAX/RDX (all other registers are clobbered).
    unsafe {
        core::arch::asm!(
            "mov rsp, {sp}",
            "mov rbp, {fp}",
            "jmp {pc}",
            sp = in(reg) r.sp,
            fp = in(reg) r.fp,
            pc = in(reg) r.pc,
            in("rax") r.rax,
            in("rdx") r.rdx,
            options(noreturn)
        )
    }
}

/// The current stack pointer (approximately: of the caller's frame).
#[inline(always)]
pub fn stack_pointer() -> usize {
    let sp: usize;
    // SAFETY: reads RSP into a register; no memory access.
    unsafe {
        core::arch::asm!("mov {}, rsp", out(reg) sp, options(nomem, nostack, preserves_flags))
    };
    sp
}
