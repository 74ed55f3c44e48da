//! fmt's Formatter: an operand whose type has a `Format(fmt.State, rune)` method formats
//! itself. The printer hands the operand, the directive and its own output buffer to
//! lib/fmt's `callFormat` (a Go function, called through the `callmethod` thunk as
//! `String` methods are), which gives the method a `fmt.State` whose `Write` appends to
//! that buffer through the `fmt.writeOut` entry. A panic inside prints as fmt's
//! catchPanic prints it, after whatever the method wrote.

use crate::format::{self, bytes};
use crate::goroutine::{current, g};
use crate::printf::Spec;
use crate::types::{TypeDesc, TypeKind};
use std::io::Write as _;

/// What lib/fmt's `callFormat` reads, laid out as its `formatCall` struct: six words.
#[repr(C)]
struct FormatCall {
    /// The operand as a `fmt.Formatter` interface value: type descriptor, data word.
    operand: [usize; 2],
    /// The output buffer (a `*mut Vec<u8>` that `writeOut` accepts during the call).
    out: usize,
    /// The width and precision, -1 when absent.
    wid: i64,
    prec: i64,
    /// lib/fmt's flag bits: `-` 1, `+` 2, `#` 4, space 8, `0` 16.
    flags: i64,
    verb: i64,
}

/// The directive's flags as `State.Flag` reports them (`+` and `#` include `%+v` and
/// `%#v`'s).
fn flag_bits(s: &Spec) -> i64 {
    let mut bits = 0;
    for (on, bit) in [
        (s.minus, 1),
        (s.plus || s.plus_v, 2),
        (s.sharp || s.sharp_v, 4),
        (s.space, 8),
        (s.zero, 16),
    ] {
        if on {
            bits |= bit;
        }
    }
    bits
}

/// fmt's handleMethods for a Formatter: when the value of type `t` at `p` has a `Format`
/// method, runs it for the directive `s` and `verb` (appending its text to `out`) and
/// returns true; false otherwise.
///
/// # Safety
/// `p` must hold a valid value of type `t`; the caller runs inside a runtime entry called
/// by generated code and tolerates arbitrary Go code running (as `call_text_method`).
pub(crate) unsafe fn format_method(
    out: &mut Vec<u8>,
    s: &Spec,
    verb: char,
    t: &TypeDesc,
    p: *const u8,
) -> bool {
    // Most types have no Format method: answer that without touching the goroutine.
    if t.format_method == 0 {
        return false;
    }
    let g = current();
    // SAFETY: the run's live goroutine (caller's contract).
    let call_format = unsafe { (*(*g).run).format_call };
    if call_format == 0 {
        return false;
    }
    // The interface data word: the value itself for one-word scalars and pointers, else
    // the address of the value.
    // SAFETY: `p` holds a value of type `t` (caller).
    let data = unsafe {
        match t.kind {
            TypeKind::Bool => *p as usize,
            _ if t.is_direct() => *(p as *const usize),
            _ => p as usize,
        }
    };
    let buffer: *mut Vec<u8> = out;
    let call = FormatCall {
        operand: [t as *const TypeDesc as usize, data],
        out: buffer as usize,
        wid: s.wid.map_or(-1, |w| w as i64),
        prec: s.prec.map_or(-1, |p| p as i64),
        flags: flag_bits(s),
        verb: verb as i64,
    };
    // SAFETY: live goroutine; `buffer` is accepted by `writeOut` only while it is on this
    // list, that is during the call, while `out` is not used here.
    let result = unsafe {
        (*g).format_outputs.push(buffer as usize);
        let r = crate::methods::call_text_method(call_format, &call as *const FormatCall as usize);
        (*g).format_outputs.pop();
        r
    };
    match result {
        Ok(_) => {}
        // catchPanic: a nil pointer receiver prints as <nil>.
        Err(_) if t.kind == TypeKind::Pointer && data == 0 => out.extend_from_slice(b"<nil>"),
        Err((pt, pd)) => {
            let _ = write!(out, "%!{verb}(PANIC=Format method: ");
            // SAFETY: the panic value is a valid interface value.
            unsafe { format::format_value(out, pt, pd) };
            out.push(b')');
        }
    }
    true
}

/// `fmt.writeOut(stub_fp, out, ptr, len)`: a Formatter's `State.Write`: appends the bytes
/// to the output buffer `out` if a Format call in progress writes to it (a State kept
/// past its call writes nowhere).
///
/// # Safety
/// `(ptr, len)` must be a valid string; called by generated code on the run thread.
pub unsafe extern "C" fn rt_fmt_write_out(_fp: usize, out: usize, ptr: i64, len: i64) {
    // SAFETY: short borrow of the run's goroutine.
    let live = unsafe { g() }.format_outputs.contains(&out);
    if !live || out == 0 {
        return;
    }
    // SAFETY: `out` is on the list of buffers of Format calls in progress: a `Vec<u8>`
    // of a `format_method` frame further up this stack, which does not use it until the
    // call returns; `(ptr, len)` is a valid string (caller) in Go memory, not in it.
    unsafe {
        let buffer = &mut *(out as *mut Vec<u8>);
        buffer.extend_from_slice(bytes(ptr as usize, len as usize));
    }
}
