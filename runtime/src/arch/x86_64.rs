//! The only assembly and register knowledge of the runtime: resume execution at a landing
//! pad or at the entry trampoline's handler by setting RSP, RBP, RAX, RDX and jumping (or,
//! from a signal handler, by rewriting the signal's context), reading the interrupted
//! registers of a signal, and recognizing a generated function's prologue.

/// Frame layout with frame pointers preserved: at a frame pointer `fp`, the caller's FP
/// is at `fp + FRAME_CALLER_FP` and the return address into the caller at
/// `fp + FRAME_RETURN_ADDRESS` (`push rbp; mov rbp, rsp` after the `call`).
pub const FRAME_CALLER_FP: usize = 0;
/// `[fp + FRAME_RETURN_ADDRESS]` is the return address into the caller.
pub const FRAME_RETURN_ADDRESS: usize = 8;

/// Where and how to resume: the target of an exception edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resume {
    /// New RSP: the frame's FP minus the call site's `frame_offset`.
    pub sp: usize,
    /// New RBP: the frame's FP.
    pub fp: usize,
    /// The handler address (function start + handler offset).
    pub pc: usize,
    /// The exception payload: the two words a handler receives (in RAX and RDX).
    pub payload: [usize; 2],
    /// The goroutine, for the pinned register (R15) that generated code reads it from:
    /// the runtime's Rust frames may have left anything there.
    pub g: usize,
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
    // SAFETY: guaranteed by the caller; the handler of a try_call to a Go-convention (no
    // callee-saved registers) callee expects only RSP/RBP set; every other register is
    // clobbered (the payload words in RAX/RDX are not read by such handlers).
    unsafe {
        core::arch::asm!(
            "mov rsp, {sp}",
            "mov rbp, {fp}",
            "jmp {pc}",
            sp = in(reg) r.sp,
            fp = in(reg) r.fp,
            pc = in(reg) r.pc,
            in("rax") r.payload[0],
            in("rdx") r.payload[1],
            in("r15") r.g,
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

/// How many registers SystemV makes callee-saved (RBX, RBP, R12-R15).
pub const CALLEE_SAVED: usize = 6;

/// The values of the callee-saved registers now: a caller's pointer may live only in one
/// of them, so the collector keeps a copy on the stack it scans.
#[inline(always)]
pub fn callee_saved() -> [usize; CALLEE_SAVED] {
    let r: [usize; CALLEE_SAVED];
    let (a, b, c, d, e, f): (usize, usize, usize, usize, usize, usize);
    // SAFETY: copies registers into registers; no memory access.
    unsafe {
        core::arch::asm!(
            // Fixed outputs outside the registers read, so that none is overwritten
            // before it is copied.
            "mov rax, rbx",
            "mov rcx, rbp",
            "mov rdx, r12",
            "mov rsi, r13",
            "mov rdi, r14",
            "mov r8, r15",
            out("rax") a, out("rcx") b, out("rdx") c,
            out("rsi") d, out("rdi") e, out("r8") f,
            options(nomem, nostack, preserves_flags),
        )
    };
    r = [a, b, c, d, e, f];
    r
}

/// The registers of an interrupted context that the signal handler needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interrupted {
    /// The interrupted instruction.
    pub pc: usize,
    /// The stack pointer there.
    pub sp: usize,
    /// The frame pointer (RBP) there.
    pub fp: usize,
}

/// Reads PC, SP and FP from a signal's context.
///
/// # Safety
/// `uc` must be the kernel's context of a signal being handled on this thread.
pub unsafe fn interrupted(uc: *const libc::ucontext_t) -> Interrupted {
    // SAFETY: the kernel's context (caller).
    let gregs = unsafe { &(*uc).uc_mcontext.gregs };
    Interrupted {
        pc: gregs[libc::REG_RIP as usize] as usize,
        sp: gregs[libc::REG_RSP as usize] as usize,
        fp: gregs[libc::REG_RBP as usize] as usize,
    }
}

/// Rewrites a signal's context so that returning from the handler resumes at `r`, exactly
/// as [`resume`] would from normal code.
///
/// # Safety
/// `uc` must be the kernel's context of a signal being handled on this thread, and `r`
/// satisfy [`resume`]'s contract for the interrupted thread.
pub unsafe fn redirect(uc: *mut libc::ucontext_t, r: Resume) {
    // SAFETY: the kernel's context (caller); plain register writes.
    let gregs = unsafe { &mut (*uc).uc_mcontext.gregs };
    gregs[libc::REG_RSP as usize] = r.sp as i64;
    gregs[libc::REG_RBP as usize] = r.fp as i64;
    gregs[libc::REG_RIP as usize] = r.pc as i64;
    gregs[libc::REG_RAX as usize] = r.payload[0] as i64;
    gregs[libc::REG_RDX as usize] = r.payload[1] as i64;
    gregs[libc::REG_R15 as usize] = r.g as i64;
}

/// Where the return address is when the prologue of the generated function starting at
/// `start` has not set up the frame yet at `pc`: `Some(offset)` from SP (`push rbp` not
/// run: 0; run, but not `mov rbp, rsp`: 8), while RBP still holds the caller's FP; `None`
/// once RBP is the function's.
pub fn prologue_return_address(start: usize, pc: usize) -> Option<usize> {
    // SAFETY: `start` is the first byte of registered, readable generated code.
    let first = unsafe { *(start as *const u8) };
    // Cranelift's x64 prologue with frame pointers: `push rbp` (0x55), `mov rbp, rsp`.
    match (first, pc.wrapping_sub(start)) {
        (0x55, 0) => Some(0),
        (0x55, 1) => Some(8),
        _ => None,
    }
}

unsafe extern "C" {
    /// `stackcheck::rt_morestack`, linked by its exported name.
    fn deferjit_rt_morestack(stub_fp: usize);
}

/// A suspended execution context (a goroutine's, for the M:1 scheduler to come): its
/// stack pointer; the callee-saved registers and the resume address are on its stack.
#[repr(C)]
#[derive(Debug, Default)]
pub struct Context {
    /// The suspended stack pointer (the saved registers and the resume address are above it).
    pub sp: usize,
}

/// Saves the running context into `from` and continues the one in `to`; returns when
/// another switch continues `from`. Saves what SystemV makes callee-saved (RBX, RBP,
/// R12-R15 and RSP; MXCSR and the x87 control word are not changed by generated code or
/// the runtime, so they are not switched).
///
/// # Safety
/// `to` must hold a context saved by `switch` or made by [`new_context`], whose stack
/// is live and not the running one; `from` must stay valid until it is continued.
#[unsafe(naked)]
pub unsafe extern "C" fn switch(from: *mut Context, to: *const Context) {
    core::arch::naked_asm!(
        "push rbp",
        "push rbx",
        "push r12",
        "push r13",
        "push r14",
        "push r15",
        "mov [rdi], rsp",
        "mov rsp, [rsi]",
        "pop r15",
        "pop r14",
        "pop r13",
        "pop r12",
        "pop rbx",
        "pop rbp",
        "ret",
    )
}

/// First code of a context made by [`new_context`]: calls `entry(arg)` (kept in R13 and
/// R12 by the initial frame) with the frame-pointer chain ending here (RBP = 0).
#[unsafe(naked)]
unsafe extern "C" fn context_start() {
    core::arch::naked_asm!("mov rdi, r12", "call r13", "ud2")
}

/// A context that, when [`switch`]ed to, runs `entry(arg)` on the stack ending at
/// `stack_hi` (exclusive; at least 128 bytes must be usable below it).
///
/// # Safety
/// `[stack_hi - 128, stack_hi)` must be writable memory that stays allocated while the
/// context can run; `entry` must never return.
pub unsafe fn new_context(
    stack_hi: usize,
    entry: extern "C" fn(usize) -> !,
    arg: usize,
) -> Context {
    let top = stack_hi & !15;
    // R15, R14, R13 = entry, R12 = arg, RBX, RBP = 0, return address; SP = 8 (mod 16) so
    // that `context_start`'s call is made with RSP 16-aligned.
    let sp = top - 72;
    let words = [
        0,
        0,
        entry as usize,
        arg,
        0,
        0,
        context_start as *const () as usize,
    ];
    // SAFETY: `[sp, sp + 56)` lies in the writable stack (caller).
    unsafe { std::ptr::copy_nonoverlapping(words.as_ptr(), sp as *mut usize, words.len()) };
    Context { sp }
}

/// The stubs' stack-check slow path as generated code calls it: Cranelift's
/// `preserve_all` convention (argument in RDI, every register preserved), so that the
/// stub's fast path keeps its arguments in place and saves nothing. Saves the registers
/// SystemV lets a callee clobber (general-purpose and XMM; generated code uses no
/// wider vectors), calls the runtime's `rt_morestack` (by its exported symbol
/// [`MORESTACK_SLOW_PATH_SYMBOL`](crate::abi::MORESTACK_SLOW_PATH_SYMBOL), so that this
/// layer imports nothing above it) with the stub's
/// frame pointer, and restores them; keeps a frame-pointer frame for debuggers.
///
/// # Safety
/// Only for the stubs of generated code: RDI is the calling stub's frame pointer.
#[unsafe(naked)]
pub unsafe extern "C" fn morestack_preserving(_stub_fp: usize) {
    core::arch::naked_asm!(
        "push rbp",
        "mov rbp, rsp",
        "push rax",
        "push rcx",
        "push rdx",
        "push rsi",
        "push rdi",
        "push r8",
        "push r9",
        "push r10",
        "push r11",
        // Entry RSP = 8 (mod 16); after the 10 pushes, 8 again: 264 = 16 * 16 + 8.
        "sub rsp, 264",
        "movdqu [rsp], xmm0",
        "movdqu [rsp + 16], xmm1",
        "movdqu [rsp + 32], xmm2",
        "movdqu [rsp + 48], xmm3",
        "movdqu [rsp + 64], xmm4",
        "movdqu [rsp + 80], xmm5",
        "movdqu [rsp + 96], xmm6",
        "movdqu [rsp + 112], xmm7",
        "movdqu [rsp + 128], xmm8",
        "movdqu [rsp + 144], xmm9",
        "movdqu [rsp + 160], xmm10",
        "movdqu [rsp + 176], xmm11",
        "movdqu [rsp + 192], xmm12",
        "movdqu [rsp + 208], xmm13",
        "movdqu [rsp + 224], xmm14",
        "movdqu [rsp + 240], xmm15",
        "call {f}",
        "movdqu xmm0, [rsp]",
        "movdqu xmm1, [rsp + 16]",
        "movdqu xmm2, [rsp + 32]",
        "movdqu xmm3, [rsp + 48]",
        "movdqu xmm4, [rsp + 64]",
        "movdqu xmm5, [rsp + 80]",
        "movdqu xmm6, [rsp + 96]",
        "movdqu xmm7, [rsp + 112]",
        "movdqu xmm8, [rsp + 128]",
        "movdqu xmm9, [rsp + 144]",
        "movdqu xmm10, [rsp + 160]",
        "movdqu xmm11, [rsp + 176]",
        "movdqu xmm12, [rsp + 192]",
        "movdqu xmm13, [rsp + 208]",
        "movdqu xmm14, [rsp + 224]",
        "movdqu xmm15, [rsp + 240]",
        "add rsp, 264",
        "pop r11",
        "pop r10",
        "pop r9",
        "pop r8",
        "pop rdi",
        "pop rsi",
        "pop rdx",
        "pop rcx",
        "pop rax",
        "pop rbp",
        "ret",
        f = sym deferjit_rt_morestack,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Pair {
        main: Context,
        co: Context,
        count: usize,
        sp_in_body: usize,
    }

    extern "C" fn body(arg: usize) -> ! {
        let p = arg as *mut Pair;
        loop {
            // SAFETY: the test's `Pair` outlives the coroutine; the main context is
            // suspended in `switch` while this runs.
            unsafe {
                (*p).count += 1;
                let sp: usize;
                core::arch::asm!("mov {}, rsp", out(reg) sp);
                (*p).sp_in_body = sp;
                switch(&mut (*p).co, &(*p).main);
            }
        }
    }

    #[test]
    fn switch_runs_a_context_on_its_own_stack_and_back() {
        let mut stack = vec![0u8; 64 * 1024];
        let hi = stack.as_mut_ptr() as usize + stack.len();
        let mut p = Box::new(Pair {
            main: Context::default(),
            co: Context::default(),
            count: 0,
            sp_in_body: 0,
        });
        let pp: *mut Pair = &mut *p;
        // SAFETY: the stack outlives the context; `body` never returns.
        unsafe {
            (*pp).co = new_context(hi, body, pp as usize);
            for i in 1..=3 {
                switch(&mut (*pp).main, &(*pp).co);
                assert_eq!((*pp).count, i);
                // It ran on its own stack.
                assert!((*pp).sp_in_body > hi - 64 * 1024 && (*pp).sp_in_body < hi);
                assert!((*pp).co.sp > hi - 64 * 1024 && (*pp).co.sp < hi);
            }
        }
        drop(stack);
    }
}
