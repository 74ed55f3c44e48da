//! Reading and formatting Go values without allocating from the run: the bytes of strings
//! and boxed strings, the `Error()` text of the error values the runtime knows, `%v`
//! formatting (`fmt.Print`, `print` of interfaces) and the text Go prints for a panic
//! value. Below the fatal reports, which print panic values.

use crate::types::{self, TypeDesc, TypeKind};
use std::io::Write;

/// The bytes of a Go string.
///
/// # Safety
/// `(ptr, len)` must be a valid Go string (ptr may be anything when len is 0).
pub unsafe fn bytes<'a>(ptr: usize, len: usize) -> &'a [u8] {
    if len == 0 {
        &[]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(ptr as *const u8, len) }
    }
}

/// The string in a box made by `strings::box_string` (or by generated code, same layout).
///
/// # Safety
/// `boxp` must point to a `[ptr, len]` pair describing a valid string.
pub unsafe fn unbox<'a>(boxp: usize) -> &'a [u8] {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let w = boxp as *const usize;
        bytes(*w, *w.add(1))
    }
}

/// The `Error()` text of an error value of a type the runtime knows.
///
/// # Safety
/// `(t, d)` must be a valid non-nil interface value whose type implements error.
pub unsafe fn error_text<'a>(t: &TypeDesc, d: usize) -> &'a [u8] {
    debug_assert!(t.is_error());
    // SAFETY: every error type's data word is a boxed string (module doc).
    unsafe { unbox(d) }
}

/// Appends `%v` of the interface value `(t, d)` to `out`.
///
/// # Safety
/// `(t, d)` must be a valid interface value.
pub unsafe fn format_value(out: &mut Vec<u8>, t: usize, d: usize) {
    // SAFETY: valid value (caller).
    unsafe { format_value_at(out, t, d, 0, true) }
}

/// `format_value` at nesting `depth` (fmt prints `&{...}` for a pointer to a struct only
/// at depth 0); `methods`: whether a value's `Error`/`String` method may be used (not
/// below an unexported struct field, as fmt's `CanInterface`).
///
/// # Safety
/// As [`format_value`].
unsafe fn format_value_at(out: &mut Vec<u8>, t: usize, d: usize, depth: usize, methods: bool) {
    // SAFETY: valid value (caller).
    let Some(td) = (unsafe { types::desc(t) }) else {
        out.extend_from_slice(b"<nil>");
        return;
    };
    if !methods && std::ptr::eq(td, &types::ERRORS_ERROR_STRING) {
        // A `*errors.errorString` where fmt may not call `Error()` (below an unexported
        // field): fmt prints the pointer.
        out.extend_from_slice(format!("{d:#x}").as_bytes());
        return;
    }
    if td.is_error() {
        // SAFETY: error values of known types.
        out.extend_from_slice(unsafe { error_text(td, d) });
        return;
    }
    if matches!(td.kind, TypeKind::Any | TypeKind::Error) {
        crate::bug::runtime_bug("interface type used as a dynamic type");
    }
    let p = if td.is_direct() {
        &d as *const usize as *const u8
    } else {
        d as *const u8
    };
    // SAFETY: a direct value is the data word itself; others are boxed (module doc).
    unsafe { format_elem_at(out, td, p, depth, methods) }
}

/// What fmt's handleMethods gets from a value's `Error()` (or else `String()`) method.
pub enum MethodText {
    /// The type has neither method.
    None,
    /// The method's result.
    Text(Vec<u8>),
    /// The method panicked on a nil pointer receiver: fmt prints `<nil>`.
    NilReceiver,
    /// The method panicked with this value: `(method name, type, data)`.
    Panicked(&'static str, usize, usize),
}

/// Calls the `Error()` (or else `String()`) method of the value of type `t` at `p`, as
/// fmt's handleMethods does (a panic inside is caught, as fmt's catchPanic does).
///
/// # Safety
/// `p` must point to a valid value of type `t`; the caller runs inside a runtime entry
/// called by generated code (`methods::call_text_method`).
pub unsafe fn method_text(t: &TypeDesc, p: *const u8) -> MethodText {
    let (code, which) = match (t.error_method, t.string_method) {
        (0, 0) => return MethodText::None,
        (0, s) => (s, "String"),
        (e, _) => (e, "Error"),
    };
    // SAFETY: the caller's contract.
    unsafe { call_method_text(t, p, code, which) }
}

/// What fmt's handleMethods gets from the `GoString()` method of the value of type `t`
/// at `p`, for `%#v` (a panic inside is caught, as fmt's catchPanic does).
///
/// # Safety
/// As [`method_text`].
pub unsafe fn gostring_text(t: &TypeDesc, p: *const u8) -> MethodText {
    match t.gostring_method {
        0 => MethodText::None,
        // SAFETY: the caller's contract.
        code => unsafe { call_method_text(t, p, code, "GoString") },
    }
}

/// Calls the `func() string` method wrapper `code` (named `which`) of the value of type
/// `t` at `p`.
///
/// # Safety
/// As [`method_text`]; `code` must be one of `t`'s method wrappers of that signature.
unsafe fn call_method_text(
    t: &TypeDesc,
    p: *const u8,
    code: usize,
    which: &'static str,
) -> MethodText {
    // The wrapper takes the interface data word: the value itself for one-word
    // scalars and pointers, else the address of the value.
    // SAFETY: `p` holds a value of type `t` (caller).
    let data = unsafe {
        match t.kind {
            TypeKind::Bool => *p as usize,
            _ if t.is_direct() => *(p as *const usize),
            _ => p as usize,
        }
    };
    // SAFETY: `code` is the method's wrapper, `data` its receiver's data word (caller).
    match unsafe { crate::methods::call_text_method(code, data) } {
        // SAFETY: the method returned a valid string.
        Ok((ptr, len)) => MethodText::Text(unsafe { bytes(ptr, len) }.to_vec()),
        Err(_) if t.kind == TypeKind::Pointer && data == 0 => MethodText::NilReceiver,
        Err((pt, pd)) => MethodText::Panicked(which, pt, pd),
    }
}

/// fmt's handleMethods for `%v` of a value of type `t` at `p`: appends the result of its
/// `Error()` (or else `String()`) method and returns true; false when it has neither.
/// A panic inside the method prints as fmt's catchPanic does.
///
/// # Safety
/// As [`method_text`].
unsafe fn text_method(out: &mut Vec<u8>, t: &TypeDesc, p: *const u8) -> bool {
    // SAFETY: caller's contract.
    match unsafe { method_text(t, p) } {
        MethodText::None => false,
        MethodText::Text(text) => {
            out.extend_from_slice(&text);
            true
        }
        MethodText::NilReceiver => {
            out.extend_from_slice(b"<nil>");
            true
        }
        MethodText::Panicked(which, pt, pd) => {
            out.extend_from_slice(b"%!v(PANIC=");
            out.extend_from_slice(which.as_bytes());
            out.extend_from_slice(b" method: ");
            // SAFETY: the panic's value is a valid interface value.
            unsafe { format_value(out, pt, pd) };
            out.push(b')');
            true
        }
    }
}

/// `%v` of the interface value `(t, d)` without calling any method (fmt's badVerb prints
/// the operand so).
///
/// # Safety
/// As [`format_value`].
pub unsafe fn format_value_plain(out: &mut Vec<u8>, t: usize, d: usize) {
    // SAFETY: valid value (caller).
    unsafe { format_value_at(out, t, d, 0, false) }
}

/// `%v` of a value of type `t` at `p` without calling any method.
///
/// # Safety
/// As [`format_elem`].
pub unsafe fn format_elem_plain(out: &mut Vec<u8>, t: &TypeDesc, p: *const u8) {
    // SAFETY: caller's contract.
    unsafe { format_elem_at(out, t, p, 0, false) }
}

fn format_func(out: &mut Vec<u8>, closure: usize) {
    if closure == 0 {
        out.extend_from_slice(b"<nil>");
    } else {
        // fmt prints a func value's code address.
        // SAFETY: a non-nil func value points to a closure object starting with the code.
        let code = unsafe { *(closure as *const usize) };
        let _ = write!(out, "{code:#x}");
    }
}

/// Appends `%v` of a value of static type `t` stored at `p`.
///
/// # Safety
/// `p` must point to a valid value of type `t`.
pub unsafe fn format_elem(out: &mut Vec<u8>, t: &TypeDesc, p: *const u8) {
    // SAFETY: caller's contract.
    unsafe { format_elem_at(out, t, p, 0, true) }
}

/// Nesting deeper than this prints `...` (fmt has no limit: a slice holding itself
/// overflows its stack). Pointer cycles need none, as nested pointers print as
/// addresses; 256 levels of these recursive frames stay well inside the 256 KiB that
/// every runtime entry is guaranteed.
pub(crate) const MAX_FORMAT_DEPTH: usize = 256;

/// `format_elem` at nesting `depth`.
///
/// # Safety
/// As [`format_elem`].
unsafe fn format_elem_at(
    out: &mut Vec<u8>,
    t: &TypeDesc,
    p: *const u8,
    depth: usize,
    methods: bool,
) {
    if depth > MAX_FORMAT_DEPTH {
        out.extend_from_slice(b"...");
        return;
    }
    // SAFETY: `p` holds a value of type `t` (caller).
    if methods
        && unsafe {
            crate::formatter::format_method(out, &crate::printf::Spec::default(), 'v', t, p)
                || text_method(out, t, p)
        }
    {
        return;
    }
    // SAFETY (whole body): `p` holds a value of type `t` laid out as abi.rs describes.
    unsafe {
        match t.kind {
            _ if t.is_error() => out.extend_from_slice(error_text(t, *(p as *const usize))),
            k if k.int_layout().is_some() => {
                let (size, signed) = k.int_layout().unwrap_or((8, true));
                let _ = write!(out, "{}", types::read_int(p, size, signed));
            }
            TypeKind::Bool => out.extend_from_slice(if *p != 0 { b"true" } else { b"false" }),
            k if k.is_float() => {
                let f = types::read_float(p, k);
                out.extend_from_slice(
                    crate::floatfmt::fmt_float(f, k == TypeKind::Float32).as_bytes(),
                );
            }
            k if k.is_complex() => {
                let (re, im) = types::read_complex(p, k);
                out.extend_from_slice(
                    crate::complexfmt::fmt_complex(re, im, k == TypeKind::Complex64).as_bytes(),
                );
            }
            TypeKind::String => {
                let w = p as *const usize;
                out.extend_from_slice(bytes(*w, *w.add(1)));
            }
            TypeKind::Func => format_func(out, *(p as *const usize)),
            TypeKind::Any | TypeKind::Error => {
                let w = p as *const usize;
                format_value_at(out, *w, *w.add(1), depth + 1, methods);
            }
            TypeKind::Slice => {
                let w = p as *const usize;
                let (ptr, len) = (*w, *w.add(1));
                let elem = &*t.elem;
                out.push(b'[');
                for i in 0..len {
                    if i > 0 {
                        out.push(b' ');
                    }
                    let e = (ptr + i * t.elem_size) as *const u8;
                    format_elem_at(out, elem, e, depth + 1, methods);
                }
                out.push(b']');
            }
            TypeKind::Array => {
                let elem = &*t.elem;
                out.push(b'[');
                for i in 0..t.len {
                    if i > 0 {
                        out.push(b' ');
                    }
                    format_elem_at(out, elem, p.add(i * t.elem_size), depth + 1, methods);
                }
                out.push(b']');
            }
            TypeKind::Struct => {
                out.push(b'{');
                for (i, f) in t.fields.iter().enumerate() {
                    if i > 0 {
                        out.push(b' ');
                    }
                    format_elem_at(out, &*f.typ, p.add(f.offset), depth + 1, f.methods(methods));
                }
                out.push(b'}');
            }
            TypeKind::UnsafePointer | TypeKind::Chan => match *(p as *const usize) {
                0 => out.extend_from_slice(b"<nil>"),
                a => {
                    let _ = write!(out, "{a:#x}");
                }
            },
            TypeKind::Map => {
                let m = *(p as *const usize) as *const crate::maptable::GoMap;
                out.extend_from_slice(b"map[");
                if !m.is_null() {
                    let off = (*m).val_offset;
                    for (i, e) in (*m).sorted_entries().into_iter().enumerate() {
                        if i > 0 {
                            out.push(b' ');
                        }
                        format_elem_at(out, &*t.key, e, depth + 1, methods);
                        out.push(b':');
                        format_elem_at(out, &*t.elem, e.add(off), depth + 1, methods);
                    }
                }
                out.push(b']');
            }
            TypeKind::Pointer => {
                let a = *(p as *const usize);
                let elem = &*t.elem;
                if a != 0
                    && depth == 0
                    && matches!(
                        elem.kind,
                        TypeKind::Struct | TypeKind::Array | TypeKind::Slice | TypeKind::Map
                    )
                {
                    out.push(b'&');
                    format_elem_at(out, elem, a as *const u8, depth + 1, methods);
                } else if a == 0 {
                    out.extend_from_slice(b"<nil>");
                } else {
                    let _ = write!(out, "{a:#x}");
                }
            }
            _ => crate::bug::runtime_bug("unformattable element type"),
        }
    }
}

/// The text of `fmt.Print` (`newline == false`) or `fmt.Println` of `args`.
///
/// # Safety
/// `args` must hold valid interface values.
pub unsafe fn fmt_text(args: &[[usize; 2]], newline: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut prev_string = false;
    for (i, a) in args.iter().enumerate() {
        // SAFETY: valid descriptors (caller).
        let is_string = unsafe { types::desc(a[0]) }.is_some_and(|t| t.kind == TypeKind::String);
        if i > 0 && (newline || (!is_string && !prev_string)) {
            out.push(b' ');
        }
        // SAFETY: valid values (caller).
        unsafe { format_value(&mut out, a[0], a[1]) };
        prev_string = is_string;
    }
    if newline {
        out.push(b'\n');
    }
    out
}

/// The text Go's `printpanicval` prints for a panic value (errors already turned into
/// their `Error()` text, as `preprintpanics` does), with a tab after every newline, as
/// Go 1.23 indents the lines of a multi-line panic value.
///
/// # Safety
/// `(t, d)` must be a valid interface value.
pub unsafe fn panic_value_text(t: usize, d: usize) -> Vec<u8> {
    // SAFETY: caller's contract.
    let text = unsafe { panic_value_line(t, d) };
    let mut out = Vec::with_capacity(text.len());
    for &b in &text {
        out.push(b);
        if b == b'\n' {
            out.push(b'\t');
        }
    }
    out
}

/// [`panic_value_text`] before the indentation.
///
/// # Safety
/// `(t, d)` must be a valid interface value.
unsafe fn panic_value_line(t: usize, d: usize) -> Vec<u8> {
    // SAFETY: valid value (caller).
    let Some(td) = (unsafe { types::desc(t) }) else {
        return b"nil".to_vec();
    };
    let mut out = Vec::new();
    if td.error_method != 0 || td.string_method != 0 {
        // printpanicval: an error's Error(), a Stringer's String().
        let p = if td.is_direct() {
            &d as *const usize as *const u8
        } else {
            d as *const u8
        };
        // SAFETY: valid value (caller); the fatal path runs inside gopanic, a runtime
        // entry called by generated code.
        if unsafe { text_method(&mut out, td, p) } {
            return out;
        }
    }
    match td.kind {
        // SAFETY: valid error value (caller).
        _ if td.is_error() => out.extend_from_slice(unsafe { error_text(td, d) }),
        // A defined type of a basic kind: Go's printanycustomtype, `main.T(5)`,
        // `main.S("x")`.
        // printpanicval prints floats as `print` does.
        k if k.is_float() => {
            // SAFETY: a float's data word holds its bits.
            let f = unsafe { types::read_float(&d as *const usize as *const u8, k) };
            let text = crate::floatfmt::print_float(f);
            if td.named {
                out.extend_from_slice(td.name().as_bytes());
                out.push(b'(');
                out.extend_from_slice(&text);
                out.push(b')');
            } else {
                out.extend_from_slice(&text);
            }
        }
        // printpanicval prints complex numbers as `print` does; printanycustomtype puts
        // a defined type's name right before the parenthesized number: `main.C(+1...i)`.
        k if k.is_complex() => {
            // SAFETY: a complex number's data word points to its boxed value.
            let (re, im) = unsafe { types::read_complex(d as *const u8, k) };
            if td.named {
                out.extend_from_slice(td.name().as_bytes());
            }
            out.extend_from_slice(&crate::complexfmt::print_complex(re, im));
        }
        k if (k == TypeKind::Bool || k == TypeKind::String || k.int_layout().is_some())
            && td.named =>
        {
            out.extend_from_slice(td.name().as_bytes());
            out.push(b'(');
            let quote = td.kind == TypeKind::String;
            if quote {
                out.push(b'"');
            }
            // SAFETY: valid value (caller).
            unsafe { format_value(&mut out, t, d) };
            if quote {
                out.push(b'"');
            }
            out.push(b')');
        }
        // SAFETY: valid value (caller).
        k if k == TypeKind::Bool || k == TypeKind::String || k.int_layout().is_some() => unsafe {
            format_value(&mut out, t, d)
        },
        _ => {
            let _ = write!(out, "({}) {:#x}", td.name(), d);
        }
    }
    out
}
