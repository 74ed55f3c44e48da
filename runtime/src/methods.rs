//! Calling a Go method from the runtime: `fmt` and panic printing call a value's
//! `Error()` or `String()` through the `callmethod` thunk (SystemV -> Go), which installs
//! the goroutine in the pinned register and calls the method's wrapper on the value's
//! data word. A panic inside the method is caught at the thunk's frame (the panic walk
//! resumes there, see `panic`), as fmt's catchPanic recovers it; the caller gets the
//! panic value instead of the text.

use crate::bug::runtime_bug;
use crate::goroutine::{current, Goroutine, MethodCall};

type CallMethod = unsafe extern "C" fn(
    code: usize,
    data: usize,
    g: *mut Goroutine,
    thunk_fp_out: *mut usize,
    out: *mut [usize; 2],
) -> i64;

/// Calls the `func() string` method wrapper `code` on the data word `data`: the
/// string's `(ptr, len)`, or the value `(type, data)` of the panic it raised.
///
/// # Safety
/// Must run on the run thread inside a runtime entry called by generated code (whose stub
/// frame is the goroutine's `stub_fp`); `code` must be a wrapper of a `func() string`
/// method whose receiver the data word `data` holds, and the caller's Rust frames must
/// tolerate arbitrary Go code running (it may print, allocate, panic).
pub unsafe fn call_text_method(code: usize, data: usize) -> Result<(usize, usize), (usize, usize)> {
    let g = current();
    // SAFETY: live goroutine (caller's contract); the record lives on this frame for the
    // whole call and is unlinked before it returns.
    unsafe {
        let thunk = (*(*g).run).call_method;
        if thunk == 0 {
            runtime_bug("no callmethod thunk installed for this run");
        }
        let mut call = MethodCall {
            thunk_fp: 0,
            stub_fp: (*g).stub_fp,
            link: (*g).method_calls,
        };
        (*g).method_calls = &call;
        let mut out = [0usize; 2];
        let f: CallMethod = std::mem::transmute::<usize, CallMethod>(thunk);
        let status = f(code, data, g, &mut call.thunk_fp, &mut out);
        (*g).method_calls = call.link;
        (*g).stub_fp = call.stub_fp;
        if status == 0 {
            Ok((out[0], out[1]))
        } else {
            Err((*g).caught)
        }
    }
}

/// The method call whose thunk frame is `fp`, if the runtime is making one.
///
/// # Safety
/// `g` must be live.
pub unsafe fn method_call_at(g: *mut Goroutine, fp: usize) -> Option<&'static MethodCall> {
    // SAFETY: the records are on the live Rust stack of their callers (linked only for
    // the duration of each call).
    unsafe {
        let mut c = (*g).method_calls;
        while !c.is_null() {
            if (*c).thunk_fp == fp {
                return Some(&*c);
            }
            c = (*c).link;
        }
        None
    }
}
