//! Go-format printing: the builtins `print`/`println` (to stderr) and `fmt.Print`/
//! `fmt.Println` with `%v` formatting (to stdout; the formatting is in `format`). Each entry
//! ends, with nothing left to drop, at a timeout point: a run whose deadline passed while
//! it was printing (perhaps blocked on a pipe nobody reads) ends there.

pub use crate::format::{fmt_text, format_elem, format_value, panic_value_text};
use crate::goroutine::run;
use crate::strings::bytes;
use crate::words::Words2;

fn stderr(b: &[u8]) {
    // SAFETY: short borrow, no generated code called.
    unsafe { run() }.out.stderr(b);
}

/// `rt_print_int(v)`.
pub extern "C" fn rt_print_int(_fp: usize, v: i64) {
    stderr(v.to_string().as_bytes());
    crate::signals::timeout_point();
}

/// `rt_print_float(bits)`: a float64 (its bits in `bits`), as gc's printfloat.
pub extern "C" fn rt_print_float(_fp: usize, bits: i64) {
    stderr(&crate::floatfmt::print_float(f64::from_bits(bits as u64)));
    crate::signals::timeout_point();
}

/// `rt_print_complex(re, im)`: a complex128 (its parts' bits), as gc's printcomplex.
pub extern "C" fn rt_print_complex(_fp: usize, re: i64, im: i64) {
    let part = |x: i64| f64::from_bits(x as u64);
    stderr(&crate::complexfmt::print_complex(part(re), part(im)));
    crate::signals::timeout_point();
}

/// `rt_print_uint(v)`: an unsigned integer (its bits in `v`).
pub extern "C" fn rt_print_uint(_fp: usize, v: i64) {
    stderr((v as u64).to_string().as_bytes());
    crate::signals::timeout_point();
}

/// `rt_print_bool(v)`.
pub extern "C" fn rt_print_bool(_fp: usize, v: i64) {
    stderr(if v != 0 { b"true" } else { b"false" });
    crate::signals::timeout_point();
}

/// `rt_print_string(ptr, len)`.
///
/// # Safety
/// `(ptr, len)` must be a valid Go string.
pub unsafe extern "C" fn rt_print_string(_fp: usize, ptr: i64, len: i64) {
    // SAFETY: valid string (caller).
    stderr(unsafe { bytes(ptr as usize, len as usize) });
    crate::signals::timeout_point();
}

/// `rt_print_iface(type, data)`: Go prints `(0x<type>,0x<data>)`.
pub extern "C" fn rt_print_iface(_fp: usize, t: i64, d: i64) {
    stderr(format!("({:#x},{:#x})", t as usize, d as usize).as_bytes());
    crate::signals::timeout_point();
}

/// `rt_print_slice(ptr, len, cap)`: Go prints `[len/cap]0x<ptr>`.
pub extern "C" fn rt_print_slice(_fp: usize, ptr: i64, len: i64, cap: i64) {
    stderr(format!("[{len}/{cap}]{:#x}", ptr as usize).as_bytes());
    crate::signals::timeout_point();
}

/// `rt_print_pointer(p)`: Go prints `0x<p>`.
pub extern "C" fn rt_print_pointer(_fp: usize, p: i64) {
    stderr(format!("{:#x}", p as usize).as_bytes());
    crate::signals::timeout_point();
}

/// `rt_print_space()`.
pub extern "C" fn rt_print_space(_fp: usize) {
    stderr(b" ");
    crate::signals::timeout_point();
}

/// `rt_print_nl()`.
pub extern "C" fn rt_print_nl(_fp: usize) {
    stderr(b"\n");
    crate::signals::timeout_point();
}

/// `rt_fmt_print(args, n, newline)`: `fmt.Println` (newline = 1) or `fmt.Print` of `n`
/// interface values `[type, data]` at `args`; one write to stdout.
///
/// # Safety
/// `args` must point to `n` valid interface values.
pub unsafe extern "C" fn rt_fmt_print(_fp: usize, args: i64, n: i64, newline: i64) {
    let args: &[[usize; 2]] = if n <= 0 {
        &[]
    } else {
        // SAFETY: `n` values at `args` (caller).
        unsafe { std::slice::from_raw_parts(args as *const [usize; 2], n as usize) }
    };
    // SAFETY: valid values (caller).
    let text = unsafe { fmt_text(args, newline != 0) };
    // SAFETY: short borrow.
    unsafe { run() }.out.stdout(&text);
    drop(text);
    crate::signals::timeout_point();
}

/// `rt_fmt_sprint(args, n, newline) -> (ptr, len)`: `fmt.Sprintln` (newline = 1) or
/// `fmt.Sprint` of `n` interface values `[type, data]` at `args`, a new string in the
/// run's arena.
///
/// # Safety
/// `args` must point to `n` valid interface values.
pub unsafe extern "C" fn rt_fmt_sprint(_fp: usize, args: i64, n: i64, newline: i64) -> Words2 {
    let args: &[[usize; 2]] = if n <= 0 {
        &[]
    } else {
        // SAFETY: `n` values at `args` (caller).
        unsafe { std::slice::from_raw_parts(args as *const [usize; 2], n as usize) }
    };
    // SAFETY: valid values (caller).
    let text = unsafe { fmt_text(args, newline != 0) };
    let (ptr, len) = crate::strings::new_string(&text);
    Words2::new(ptr, len)
}

/// The text of a Printf-family call of the format `(fptr, flen)` and the `n` operands at
/// `args`, passed to `f` in a scratch buffer; `wrap` says whether `%w` wraps
/// (`fmt.Errorf`) or is a bad verb.
///
/// # Safety
/// `(fptr, flen)` must be a valid string and `args` point to `n` valid interface values.
/// (The format is read in place: the runtime's frames are scanned conservatively, so the
/// string lives while this reads it.)
unsafe fn with_printf_text<R>(
    fptr: i64,
    flen: i64,
    args: i64,
    n: i64,
    wrap: bool,
    f: impl FnOnce(&[u8]) -> R,
) -> R {
    // SAFETY: a valid string (caller).
    let format = unsafe { bytes(fptr as usize, flen as usize) };
    let args: &[[usize; 2]] = if n <= 0 {
        &[]
    } else {
        // SAFETY: `n` values at `args` (caller).
        unsafe { std::slice::from_raw_parts(args as *const [usize; 2], n as usize) }
    };
    crate::printf::with_scratch(|out| {
        // SAFETY: valid values, inside a runtime entry (caller).
        unsafe { crate::printf::sprintf_into(out, format, args, wrap) };
        f(out)
    })
}

/// A new Go string of the text of a Printf-family call (see [`with_printf_text`]).
///
/// # Safety
/// As [`with_printf_text`].
unsafe fn printf_string(fptr: i64, flen: i64, args: i64, n: i64, wrap: bool) -> (usize, usize) {
    // SAFETY: caller's contract.
    unsafe { with_printf_text(fptr, flen, args, n, wrap, crate::strings::new_string) }
}

/// The operands of a `[]any` as a slice of interface values.
///
/// # Safety
/// `(aptr, alen)` must be a valid `[]any`.
unsafe fn any_slice<'a>(aptr: i64, alen: i64) -> &'a [[usize; 2]] {
    if alen <= 0 {
        &[]
    } else {
        // SAFETY: `alen` interface values at `aptr` (caller).
        unsafe { std::slice::from_raw_parts(aptr as *const [usize; 2], alen as usize) }
    }
}

/// `fmt.sprintv(stub_fp, aptr, alen, acap, ln) -> string`: `fmt.Sprint(a...)`, or
/// `Sprintln` when `ln`, of a `[]any` (the library's Fprint family).
///
/// # Safety
/// `(aptr, alen)` must be a valid `[]any`.
pub unsafe extern "C" fn rt_fmt_sprintv(
    _fp: usize,
    aptr: i64,
    alen: i64,
    _acap: i64,
    ln: i64,
) -> Words2 {
    // SAFETY: caller's contract.
    let text = unsafe { fmt_text(any_slice(aptr, alen), ln != 0) };
    let (ptr, len) = crate::strings::new_string(&text);
    Words2::new(ptr, len)
}

/// `fmt.sprintfv(stub_fp, fptr, flen, aptr, alen, acap) -> string`: `fmt.Sprintf(format,
/// a...)` of a `[]any` (`%w` is a bad verb).
///
/// # Safety
/// `(fptr, flen)` must be a valid string and `(aptr, alen)` a valid `[]any`.
pub unsafe extern "C" fn rt_fmt_sprintfv(
    _fp: usize,
    fptr: i64,
    flen: i64,
    aptr: i64,
    alen: i64,
    _acap: i64,
) -> Words2 {
    // SAFETY: caller's contract.
    let (ptr, len) = unsafe { printf_string(fptr, flen, aptr, alen, false) };
    Words2::new(ptr, len)
}

/// `fmt.writeStdout(stub_fp, ptr, len)`: writes the string to the run's standard output.
///
/// # Safety
/// `(ptr, len)` must be a valid string.
pub unsafe extern "C" fn rt_fmt_write_stdout(_fp: usize, ptr: i64, len: i64) {
    // SAFETY: a valid string (caller).
    let text = unsafe { bytes(ptr as usize, len as usize) };
    // SAFETY: short borrow.
    unsafe { run() }.out.stdout(text);
    crate::signals::timeout_point();
}

/// `fmt.sprintfw(stub_fp, fptr, flen, aptr, alen, acap) -> string`: the text of
/// `fmt.Errorf(format, a...)`, where `%w` prints an error operand as `%v` does.
///
/// # Safety
/// `(fptr, flen)` must be a valid string and `(aptr, alen)` a valid `[]any`.
pub unsafe extern "C" fn rt_fmt_sprintfw(
    _fp: usize,
    fptr: i64,
    flen: i64,
    aptr: i64,
    alen: i64,
    _acap: i64,
) -> Words2 {
    // SAFETY: caller's contract.
    let (ptr, len) = unsafe { printf_string(fptr, flen, aptr, alen, true) };
    Words2::new(ptr, len)
}

/// `rt_fmt_sprintf(fptr, flen, args, n) -> (ptr, len)`: `fmt.Sprintf`.
///
/// # Safety
/// As [`with_printf_text`].
pub unsafe extern "C" fn rt_fmt_sprintf(
    _fp: usize,
    fptr: i64,
    flen: i64,
    args: i64,
    n: i64,
) -> Words2 {
    // SAFETY: caller's contract.
    let (ptr, len) = unsafe { printf_string(fptr, flen, args, n, false) };
    Words2::new(ptr, len)
}

/// `rt_fmt_printf(fptr, flen, args, n) -> bytes written`: `fmt.Printf` to stdout.
///
/// # Safety
/// As [`with_printf_text`].
pub unsafe extern "C" fn rt_fmt_printf(_fp: usize, fptr: i64, flen: i64, args: i64, n: i64) -> i64 {
    // SAFETY: caller's contract.
    let len = unsafe {
        with_printf_text(fptr, flen, args, n, false, |text| {
            // SAFETY: short borrow.
            run().out.stdout(text);
            text.len()
        })
    };
    crate::signals::timeout_point();
    len as i64
}

/// `rt_fmt_errorf(fptr, flen, args, n) -> (type, data)`: `fmt.Errorf` without `%w`, a new
/// `*errors.errorString` as Go's is.
///
/// # Safety
/// As [`with_printf_text`].
pub unsafe extern "C" fn rt_fmt_errorf(
    fp: usize,
    fptr: i64,
    flen: i64,
    args: i64,
    n: i64,
) -> Words2 {
    // SAFETY: caller's contract. (Errorf's %w without an operand is `%!w(MISSING)`.)
    let (ptr, len) = unsafe { printf_string(fptr, flen, args, n, true) };
    crate::errors::rt_errors_new(fp, ptr as i64, len as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::goroutine::{install, Goroutine, RunState};
    use crate::sink::Output;
    use crate::strings::box_new_string;
    use crate::types::*;

    fn with_g<R>(f: impl FnOnce() -> R) -> (R, Vec<u8>, Vec<u8>) {
        let mut run = Box::new(RunState::new(Output::Capture, None, 0, 0));
        let mut gr = Box::new(Goroutine::new(&mut *run));
        let prev = install(&mut *gr);
        let r = f();
        install(prev);
        (
            r,
            std::mem::take(&mut run.out.stdout),
            std::mem::take(&mut run.out.stderr),
        )
    }

    fn s(v: &str) -> [usize; 2] {
        [addr(&STRING), box_new_string(v.as_bytes())]
    }
    fn i(v: i64) -> [usize; 2] {
        [addr(&INT), v as usize]
    }

    #[test]
    fn builtin_print() {
        let (_, _, err) = with_g(|| {
            // SAFETY: static strings.
            unsafe { rt_print_string(0, b"to stderr".as_ptr() as i64, 9) };
            rt_print_space(0);
            rt_print_int(0, -42);
            rt_print_space(0);
            rt_print_bool(0, 1);
            rt_print_nl(0);
            rt_print_int(0, i64::MIN);
            rt_print_slice(0, 0x10, 3, 4);
            rt_print_iface(0, 0, 0);
            rt_print_pointer(0, 0xabc);
        });
        assert_eq!(
            String::from_utf8(err).unwrap(),
            "to stderr -42 true\n-9223372036854775808[3/4]0x10(0x0,0x0)0xabc"
        );
    }

    #[test]
    fn fmt_formats() {
        let (_, out, _) = with_g(|| {
            let ints = [1i64, 2, 3];
            let slice = [ints.as_ptr() as usize, 3, 3];
            let int_slice = TypeDesc::slice(&INT);
            let strs = [s("a")[1], s("b")[1]];
            // []string elements are inline strings, not boxes:
            let sv: Vec<usize> = strs
                .iter()
                .flat_map(|&b| unsafe { [*(b as *const usize), *(b as *const usize).add(1)] })
                .collect();
            let sslice = [sv.as_ptr() as usize, 2, 2];
            let str_slice = TypeDesc::slice(&STRING);
            let nested_inner = [slice, [ints.as_ptr() as usize, 1, 1]];
            let nested = [nested_inner.as_ptr() as usize, 2, 2];
            let nested_t = TypeDesc::slice(&*int_slice);
            let e = crate::errors::rt_errors_new(0, b"boom".as_ptr() as i64, 4);
            let anys = [i(7), [0, 0], s("x"), [e.a as usize, e.b as usize]];
            let any_slice = [anys.as_ptr() as usize, 4, 4];
            let any_t = TypeDesc::slice(&ANY);
            let bools = [1u8, 0];
            let bool_slice = [bools.as_ptr() as usize, 2, 2];
            let bool_t = TypeDesc::slice(&BOOL);
            let nil_slice = [0usize, 0, 0];
            // SAFETY: all values built above are valid.
            unsafe {
                rt_fmt_print(
                    0,
                    [
                        s("hello,"),
                        i(-3),
                        [addr(&BOOL), 1],
                        [0, 0],
                        [e.a as usize, e.b as usize],
                    ]
                    .as_ptr() as i64,
                    5,
                    1,
                );
                let v = [
                    [
                        &*int_slice as *const TypeDesc as usize,
                        &slice as *const _ as usize,
                    ],
                    [
                        &*str_slice as *const TypeDesc as usize,
                        &sslice as *const _ as usize,
                    ],
                    [
                        &*nested_t as *const TypeDesc as usize,
                        &nested as *const _ as usize,
                    ],
                    [
                        &*any_t as *const TypeDesc as usize,
                        &any_slice as *const _ as usize,
                    ],
                    [
                        &*bool_t as *const TypeDesc as usize,
                        &bool_slice as *const _ as usize,
                    ],
                    [
                        &*int_slice as *const TypeDesc as usize,
                        &nil_slice as *const _ as usize,
                    ],
                ];
                rt_fmt_print(0, v.as_ptr() as i64, v.len() as i64, 1);
                // fmt.Print: spaces only between two non-strings.
                let p = [
                    i(1),
                    i(2),
                    s("a"),
                    i(3),
                    s("b"),
                    s("c"),
                    i(4),
                    [addr(&BOOL), 0],
                ];
                rt_fmt_print(0, p.as_ptr() as i64, p.len() as i64, 0);
            }
        });
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "hello, -3 true <nil> boom\n[1 2 3] [a b] [[1 2 3] [1]] [7 <nil> x boom] [true false] []\n1 2a3bc4 false"
        );
    }

    #[test]
    fn panic_values() {
        let ((a, b, c), _, _) = with_g(|| {
            let (t, d) = crate::errors::bounds_error(5, 3, false);
            // SAFETY: valid values.
            unsafe {
                (
                    panic_value_text(t, d),
                    panic_value_text(addr(&INT), 42),
                    panic_value_text(s("x")[0], s("x")[1]),
                )
            }
        });
        assert_eq!(a, b"runtime error: index out of range [5] with length 3");
        assert_eq!(b, b"42");
        assert_eq!(c, b"x");
    }
}
