//! fmt's Printf family (`Sprintf`, `Printf`, `Errorf`): the format string is read as
//! fmt's `doPrintf` reads it (flags `# + - space 0`, width, precision, `*`, explicit
//! argument indexes `[n]`, verbs), each operand printed as its `printArg` prints it by
//! dynamic type (`%#v`'s composite forms are in gosyntax.rs), with Go's error forms
//! (`%!d(string=hi)`, `%!d(MISSING)`, `%!d(BADINDEX)`, `%!(EXTRA int=3)`, `%!(NOVERB)`).
//! The checker refuses what [`unsupported_in_format`] names; an operand that a verb does not
//! cover here (`%d` or `%#v` of a `runtime.boundsError`, whose fields the runtime does not
//! keep) ends the run with a `deferjit does not support` fatal error rather than printing
//! something Go would not.

use crate::format::{self, bytes};
use crate::printfscan::{decode_rune, Scanner, Target};
pub use crate::printfscan::{unsupported_in_format, wrapped_operands};
use crate::printint::integer;
use crate::types::{self, TypeDesc, TypeKind};
use std::io::Write;

/// One verb's flags, width and precision (fmt's `fmtFlags`, `wid`, `prec`).
#[derive(Clone, Copy, Default)]
pub(crate) struct Spec {
    pub(crate) sharp: bool,
    /// `%#v`: Go syntax (`sharp` is then cleared).
    pub(crate) sharp_v: bool,
    /// `%+v`: struct fields printed with their names (`plus` is then cleared).
    pub(crate) plus_v: bool,
    pub(crate) plus: bool,
    pub(crate) minus: bool,
    pub(crate) space: bool,
    pub(crate) zero: bool,
    pub(crate) wid: Option<usize>,
    pub(crate) prec: Option<usize>,
}

/// The text of `fmt.Sprintf(format, args...)`.
///
/// # Safety
/// `args` must be valid interface values; the caller runs inside a runtime entry called
/// by generated code (operands' `String`/`Error` methods may be called).
pub unsafe fn sprintf(format: &[u8], args: &[[usize; 2]]) -> Vec<u8> {
    // SAFETY: caller's contract.
    unsafe { sprintf_wrapping(format, args, false) }
}

/// `sprintf`, where `wrap` says whether `%w` of an error prints it as `%v` (in
/// `fmt.Errorf`) rather than as a bad verb.
///
/// # Safety
/// As [`sprintf`].
pub unsafe fn sprintf_wrapping(format: &[u8], args: &[[usize; 2]], wrap: bool) -> Vec<u8> {
    let mut out = Vec::new();
    // SAFETY: caller's contract.
    unsafe { sprintf_into(&mut out, format, args, wrap) };
    out
}

thread_local! {
    /// A buffer kept between calls of [`with_scratch`], so that formatting a short text
    /// costs no allocation of the host's.
    static SCRATCH: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Runs `f` with an empty buffer, the one the last call gave back when there is one (a
/// call nested in `f`, from an operand's `String` method, gets a new one).
pub fn with_scratch<R>(f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
    let mut buf = SCRATCH.take();
    buf.clear();
    let r = f(&mut buf);
    // Keep a buffer of ordinary size only.
    if buf.capacity() <= 1 << 16 {
        SCRATCH.set(buf);
    }
    r
}

/// [`sprintf_wrapping`], appending the text to `out`.
///
/// # Safety
/// As [`sprintf`].
pub unsafe fn sprintf_into(out: &mut Vec<u8>, format: &[u8], args: &[[usize; 2]], wrap: bool) {
    if let Some(what) = unsupported_in_format(format, wrap) {
        crate::fatal::fatal_error(&format!("deferjit does not support {what} in a format yet"));
    }
    let mut scan = Scanner::new(format, args.len());
    // SAFETY (closure): valid operands (caller).
    let mut int_at = |k: usize| unsafe { int_operand(args[k]) };
    while let Some(d) = scan.next(&mut int_at) {
        out.extend_from_slice(&format[d.text]);
        if d.bad_width {
            out.extend_from_slice(b"%!(BADWIDTH)");
        }
        if d.bad_prec {
            out.extend_from_slice(b"%!(BADPREC)");
        }
        if d.no_verb {
            out.extend_from_slice(b"%!(NOVERB)");
            break;
        }
        let Some((verb, s, target)) = d.verb else {
            continue;
        };
        let k = match target {
            Target::Percent => {
                out.push(b'%');
                continue;
            }
            Target::BadIndex => {
                let _ = write!(out, "%!{verb}(BADINDEX)");
                continue;
            }
            Target::Missing => {
                let _ = write!(out, "%!{verb}(MISSING)");
                continue;
            }
            Target::Arg(k) => k,
        };
        if verb == 'w' {
            // fmt's handleMethods: %w is %v of an error operand in Errorf, else bad.
            // SAFETY: valid operands (caller).
            let is_error = unsafe { types::desc(args[k][0]) }
                .is_some_and(|t| t.error_method != 0 || t.is_error());
            if wrap && is_error {
                // SAFETY: as above.
                unsafe { print_arg(out, &s, 'v', args[k]) };
            } else {
                // SAFETY: as above.
                unsafe { bad_verb(out, &s, verb, args[k]) };
            }
            continue;
        }
        // SAFETY: valid operands (caller).
        unsafe { print_arg(out, &s, verb, args[k]) };
    }
    if !scan.reordered && scan.arg < args.len() {
        out.extend_from_slice(b"%!(EXTRA ");
        for (k, a) in args[scan.arg..].iter().enumerate() {
            if k > 0 {
                out.extend_from_slice(b", ");
            }
            // SAFETY: valid operands (caller).
            match unsafe { types::desc(a[0]) } {
                None => out.extend_from_slice(b"<nil>"),
                Some(t) => {
                    out.extend_from_slice(t.name().as_bytes());
                    out.push(b'=');
                    // SAFETY: as above.
                    unsafe { print_arg(out, &Spec::default(), 'v', *a) };
                }
            }
        }
        out.push(b')');
    }
}

/// fmt's `intFromArg` of the operand `a`: the operand as a width or precision, when it
/// is an integer within ±1e6.
///
/// # Safety
/// `a` must be a valid interface value.
unsafe fn int_operand(a: [usize; 2]) -> Option<i64> {
    // SAFETY: a valid operand (caller).
    let t = unsafe { types::desc(a[0]) }?;
    let (size, signed) = t.kind.int_layout()?;
    let p = if t.is_direct() {
        &a[1] as *const usize as *const u8
    } else {
        a[1] as *const u8
    };
    // SAFETY: the operand's integer value is at `p`.
    let v = unsafe { types::read_int(p, size, signed) };
    let v = i64::try_from(v).ok()?;
    (-1_000_000..=1_000_000).contains(&v).then_some(v)
}

/// fmt's `badVerb`: `%!verb(type=value)`, the value printed with `%v`, the verb's flags
/// and width, and no methods.
///
/// # Safety
/// As [`sprintf`].
unsafe fn bad_verb(out: &mut Vec<u8>, s: &Spec, verb: char, a: [usize; 2]) {
    let _ = write!(out, "%!{verb}(");
    // SAFETY: valid operand (caller).
    match unsafe { types::desc(a[0]) } {
        None => out.extend_from_slice(b"<nil>"),
        Some(t) => {
            out.extend_from_slice(t.name().as_bytes());
            out.push(b'=');
            let p = if t.is_direct() {
                &a[1] as *const usize as *const u8
            } else {
                a[1] as *const u8
            };
            // SAFETY: the operand's value is at `p`.
            unsafe { print_value(out, s, 'v', t, p, [0, 0], 0, false) };
        }
    }
    out.push(b')');
}

/// fmt's `printArg` of one operand.
///
/// # Safety
/// As [`sprintf`].
unsafe fn print_arg(out: &mut Vec<u8>, s: &Spec, verb: char, a: [usize; 2]) {
    // SAFETY: valid operand (caller).
    let Some(t) = (unsafe { types::desc(a[0]) }) else {
        match verb {
            'T' | 'v' => pad(out, s, b"<nil>"),
            _ => {
                // SAFETY: as above.
                unsafe { bad_verb(out, s, verb, a) }
            }
        }
        return;
    };
    if verb == 'T' {
        string_verb(out, s, 's', t.name().as_bytes());
        return;
    }
    let p = if t.is_direct() {
        &a[1] as *const usize as *const u8
    } else {
        a[1] as *const u8
    };
    if verb == 'p' {
        // Before any method: the address of a pointer, slice, map or func.
        // SAFETY: the operand's value is at `p`.
        unsafe { pointer_verb(out, s, t, p, a) };
        return;
    }
    if verb == 'v' && s.sharp_v && t.kind == TypeKind::Slice && t.name() == "[]uint8" {
        // fmt's printArg has a case for `[]byte` operands: %#v spells the type so.
        // SAFETY: a slice's three words are at `p`.
        unsafe { crate::gosyntax::byte_slice(out, s, p) };
        return;
    }
    // SAFETY: the operand's value is at `p` (direct values are the data word itself).
    unsafe { print_value(out, s, verb, t, p, a, 0, true) }
}

/// `%p` of an operand: fmt's `fmtPointer` of a pointer, slice (its first element's
/// address), map, func (its code's address) or unsafe.Pointer; anything else is a bad
/// verb.
///
/// # Safety
/// `p` must hold the operand `a`'s value, of type `t`.
unsafe fn pointer_verb(out: &mut Vec<u8>, s: &Spec, t: &TypeDesc, p: *const u8, a: [usize; 2]) {
    let is_pointer = match t.kind {
        TypeKind::Pointer
        | TypeKind::Slice
        | TypeKind::Map
        | TypeKind::Chan
        | TypeKind::Func
        | TypeKind::UnsafePointer
        | TypeKind::ErrorsErrorString
        | TypeKind::PanicNilError => true,
        TypeKind::RuntimeError if t.size == crate::abi::POINTER_SIZE => true,
        TypeKind::RuntimeError => unsupported('p', t),
        _ => false,
    };
    if !is_pointer {
        // SAFETY: valid operand (caller).
        unsafe { bad_verb(out, s, 'p', a) };
        return;
    }
    let mut addr = if t.is_error() && !t.is_direct() {
        // The runtime's error pointers are the data word itself, which `p` is.
        p as usize
    } else {
        // SAFETY: the first word of each of these is the address (caller).
        unsafe { *(p as *const usize) }
    };
    if t.kind == TypeKind::Func && addr != 0 {
        // SAFETY: a non-nil func value points to a closure object starting with the code.
        addr = unsafe { *(addr as *const usize) };
    }
    hex0x(out, s, addr as u64, !s.sharp);
}

/// fmt's `fmt0x64`: `v` in hex (padded as the spec says), after `0x` when `leading`.
pub(crate) fn hex0x(out: &mut Vec<u8>, s: &Spec, v: u64, leading: bool) {
    integer(
        out,
        &Spec {
            sharp: leading,
            ..*s
        },
        'x',
        v as i128,
    );
}

/// fmt's `printValue` (with `handleMethods` first, where fmt may call methods) of the
/// value of type `t` at `p`; `a` is the operand, for error texts.
///
/// # Safety
/// `p` must hold a valid value of type `t`; as [`sprintf`].
#[allow(clippy::too_many_arguments)]
pub(crate) unsafe fn print_value(
    out: &mut Vec<u8>,
    s: &Spec,
    verb: char,
    t: &TypeDesc,
    p: *const u8,
    a: [usize; 2],
    depth: usize,
    methods: bool,
) {
    if depth > crate::format::MAX_FORMAT_DEPTH {
        out.extend_from_slice(b"...");
        return;
    }
    // SAFETY: `p` holds a value of type `t` (caller).
    if methods && unsafe { crate::formatter::format_method(out, s, verb, t, p) } {
        return;
    }
    if methods && (s.sharp_v || matches!(verb, 'v' | 's' | 'x' | 'X' | 'q')) {
        // %#v uses only a GoString method, the others Error or String.
        // SAFETY: `p` holds a value of type `t` (caller).
        let text = unsafe {
            if s.sharp_v {
                format::gostring_text(t, p)
            } else {
                format::method_text(t, p)
            }
        };
        match text {
            format::MethodText::None => {}
            format::MethodText::Text(text) => {
                // A GoString's text is printed as %s would.
                let v = if s.sharp_v { 's' } else { verb };
                string_verb(out, s, v, &text);
                return;
            }
            format::MethodText::NilReceiver => {
                // fmt's catchPanic writes it unpadded.
                out.extend_from_slice(b"<nil>");
                return;
            }
            format::MethodText::Panicked(which, pt, pd) => {
                let _ = write!(out, "%!{verb}(PANIC={which} method: ");
                // SAFETY: the panic value is a valid interface value.
                unsafe { format::format_value(out, pt, pd) };
                out.push(b')');
                return;
            }
        }
    }
    // SAFETY: `p` holds a value of type `t` (caller).
    if s.sharp_v && unsafe { crate::gosyntax::value(out, s, verb, t, p, a, depth, methods) } {
        return;
    }
    // SAFETY (whole body): `p` holds a value of type `t` laid out as abi.rs describes.
    unsafe {
        match t.kind {
            _ if t.is_error() => {
                // The data word: the value itself when direct, else `p` is it.
                let d = if t.is_direct() {
                    *(p as *const usize)
                } else {
                    p as usize
                };
                let text = format::error_text(t, d).to_vec();
                let string_like = matches!(verb, 'v' | 's' | 'x' | 'X' | 'q');
                if methods && string_like {
                    // What its Error method returns.
                    string_verb(out, s, verb, &text);
                } else if std::ptr::eq(t, &types::ERRORS_ERROR_STRING) {
                    // fmt prints the `*errors.errorString` itself: a pointer to a struct
                    // whose one (unexported) field is the text (in the box at `d`);
                    // nested, its address.
                    if depth == 0 {
                        out.extend_from_slice(b"&{");
                        let sp = d as *const u8;
                        print_value(out, s, verb, &types::STRING, sp, a, depth + 1, false);
                        out.push(b'}');
                    } else {
                        pointer(out, s, verb, d, t, p, a, depth);
                    }
                } else if std::ptr::eq(t, &types::RUNTIME_ERROR_STRING)
                    || std::ptr::eq(t, &types::RUNTIME_PLAIN_ERROR)
                {
                    // String types; runtime.errorString's Error() puts "runtime error: "
                    // first.
                    let bare = match std::ptr::eq(t, &types::RUNTIME_ERROR_STRING) {
                        true => text.strip_prefix(b"runtime error: ").unwrap_or(&text),
                        false => &text,
                    };
                    if string_like {
                        string_verb(out, s, verb, bare);
                    } else {
                        bad_verb_at(out, s, verb, t, p, a, depth);
                    }
                } else {
                    unsupported(verb, t);
                }
            }
            k if k.int_layout().is_some() => {
                let (size, signed) = k.int_layout().unwrap_or((8, true));
                let v = types::read_int(p, size, signed);
                if verb == 'v' && s.sharp_v && !signed {
                    // %#v of an unsigned integer: Go's hex literal.
                    hex0x(out, s, v as u64, true);
                } else if !integer(out, s, verb, v) {
                    bad_verb_at(out, s, verb, t, p, a, depth);
                }
            }
            TypeKind::Bool => match verb {
                't' | 'v' => pad(out, s, if *p != 0 { b"true" } else { b"false" }),
                _ => bad_verb_at(out, s, verb, t, p, a, depth),
            },
            k if k.is_float() => {
                let v = types::read_float(p, k);
                match verb {
                    'v' | 'g' | 'G' | 'e' | 'E' | 'f' | 'F' | 'b' | 'x' | 'X' => {
                        float(out, s, verb, v, k == TypeKind::Float32, false)
                    }
                    _ => bad_verb_at(out, s, verb, t, p, a, depth),
                }
            }
            k if k.is_complex() => {
                let (re, im) = types::read_complex(p, k);
                match verb {
                    'v' | 'g' | 'G' | 'e' | 'E' | 'f' | 'F' | 'b' | 'x' | 'X' => {
                        let single = k == TypeKind::Complex64;
                        let mut body = Vec::new();
                        // Both parts with the verb's flags; the imaginary one signed.
                        let inner = Spec {
                            plus: false,
                            space: false,
                            ..*s
                        };
                        let oldplus = *s;
                        body.push(b'(');
                        float(&mut body, &oldplus, verb, re, single, false);
                        float(&mut body, &inner, verb, im, single, true);
                        body.extend_from_slice(b"i)");
                        out.extend_from_slice(&body);
                    }
                    _ => bad_verb_at(out, s, verb, t, p, a, depth),
                }
            }
            TypeKind::String => {
                let w = p as *const usize;
                let text = bytes(*w, *w.add(1)).to_vec();
                match verb {
                    // %#v: a quoted string.
                    'v' if s.sharp_v => string_verb(out, s, 'q', &text),
                    'v' | 's' | 'x' | 'X' | 'q' => string_verb(out, s, verb, &text),
                    _ => bad_verb_at(out, s, verb, t, p, a, depth),
                }
            }
            TypeKind::Slice | TypeKind::Array
                if matches!(verb, 's' | 'x' | 'X' | 'q') && (*t.elem).kind == TypeKind::Uint8 =>
            {
                // Bytes (of any byte type, slice or array) print as a string would.
                let text = if t.kind == TypeKind::Slice {
                    let w = p as *const usize;
                    bytes(*w, *w.add(1))
                } else {
                    std::slice::from_raw_parts(p, t.len)
                }
                .to_vec();
                string_verb(out, s, verb, &text);
            }
            TypeKind::Slice | TypeKind::Array => {
                let (base, len) = if t.kind == TypeKind::Slice {
                    let w = p as *const usize;
                    (*w as *const u8, *w.add(1))
                } else {
                    (p, t.len)
                };
                out.push(b'[');
                for i in 0..len {
                    if i > 0 {
                        out.push(b' ');
                    }
                    let e = base.add(i * t.elem_size);
                    print_value(out, s, verb, &*t.elem, e, a, depth + 1, methods);
                }
                out.push(b']');
            }
            TypeKind::Struct => {
                out.push(b'{');
                for (i, f) in t.fields.iter().enumerate() {
                    if i > 0 {
                        out.push(b' ');
                    }
                    if s.plus_v && !f.name.is_empty() {
                        out.extend_from_slice(f.name.as_bytes());
                        out.push(b':');
                    }
                    print_value(
                        out,
                        s,
                        verb,
                        &*f.typ,
                        p.add(f.offset),
                        a,
                        depth + 1,
                        f.methods(methods),
                    );
                }
                out.push(b'}');
            }
            TypeKind::Map => {
                let m = *(p as *const usize) as *const crate::maptable::GoMap;
                out.extend_from_slice(b"map[");
                if !m.is_null() {
                    let off = (*m).val_offset;
                    for (i, e) in (*m).sorted_entries().into_iter().enumerate() {
                        if i > 0 {
                            out.push(b' ');
                        }
                        print_value(out, s, verb, &*t.key, e, a, depth + 1, methods);
                        out.push(b':');
                        print_value(out, s, verb, &*t.elem, e.add(off), a, depth + 1, methods);
                    }
                }
                out.push(b']');
            }
            TypeKind::Any | TypeKind::Error => {
                let w = p as *const usize;
                match types::desc(*w) {
                    // %#v of a nil interface inside a value: its type's.
                    None if s.sharp_v => {
                        out.extend_from_slice(t.name().as_bytes());
                        out.extend_from_slice(b"(nil)");
                    }
                    // fmt prints a nil interface inside a value so, whatever the verb.
                    None => pad(out, s, b"<nil>"),
                    Some(dt) => {
                        let dp = if dt.is_direct() {
                            w.add(1) as *const u8
                        } else {
                            *w.add(1) as *const u8
                        };
                        print_value(out, s, verb, dt, dp, [*w, *w.add(1)], depth + 1, methods)
                    }
                }
            }
            TypeKind::Pointer => {
                let addr = *(p as *const usize);
                let elem = &*t.elem;
                if addr != 0
                    && depth == 0
                    && matches!(
                        elem.kind,
                        TypeKind::Struct | TypeKind::Array | TypeKind::Slice | TypeKind::Map
                    )
                {
                    out.push(b'&');
                    print_value(out, s, verb, elem, addr as *const u8, a, depth + 1, methods);
                } else {
                    pointer(out, s, verb, addr, t, p, a, depth);
                }
            }
            TypeKind::UnsafePointer | TypeKind::Func | TypeKind::Chan => {
                pointer(out, s, verb, *(p as *const usize), t, p, a, depth)
            }
            _ => unsupported(verb, t),
        }
    }
}

/// fmt's `fmtPointer` for `%v` (anything else is refused or a bad verb).
///
/// # Safety
/// As [`print_value`].
#[allow(clippy::too_many_arguments)]
unsafe fn pointer(
    out: &mut Vec<u8>,
    s: &Spec,
    verb: char,
    addr: usize,
    t: &TypeDesc,
    p: *const u8,
    a: [usize; 2],
    depth: usize,
) {
    let shown = if t.kind == TypeKind::Func && addr != 0 {
        // fmt prints a func value's code address.
        // SAFETY: a non-nil func value points to a closure object starting with the code.
        unsafe { *(addr as *const usize) }
    } else {
        addr
    };
    match verb {
        'v' if s.sharp_v => {
            // Go syntax: a conversion of the address to the type.
            let _ = write!(out, "({})(", t.name());
            if shown == 0 {
                out.extend_from_slice(b"nil");
            } else {
                hex0x(out, s, shown as u64, true);
            }
            out.push(b')');
        }
        'v' if shown == 0 => pad(out, s, b"<nil>"),
        'v' => hex0x(out, s, shown as u64, true),
        'b' | 'o' | 'd' | 'x' | 'X' => {
            integer(out, s, verb, shown as i128);
        }
        // SAFETY: as the caller's.
        _ => unsafe { bad_verb_at(out, s, verb, t, p, a, depth) },
    }
}

/// A bad verb for a value: at the top, the operand; nested, the element itself.
///
/// # Safety
/// As [`print_value`].
unsafe fn bad_verb_at(
    out: &mut Vec<u8>,
    s: &Spec,
    verb: char,
    t: &TypeDesc,
    p: *const u8,
    a: [usize; 2],
    depth: usize,
) {
    let _ = (a, depth);
    let _ = write!(out, "%!{verb}({}=", t.name());
    // SAFETY: `p` holds a value of type `t` (caller).
    unsafe { print_value(out, s, 'v', t, p, [0, 0], 0, false) };
    out.push(b')');
}

fn unsupported(verb: char, t: &TypeDesc) -> ! {
    crate::fatal::fatal_error(&format!(
        "deferjit does not support fmt's %{verb} of {} yet",
        t.name()
    ))
}

/// fmt's `pad`: `b` padded to the width with spaces (zeros with the `0` flag), on the
/// left unless `-`.
pub(crate) fn pad(out: &mut Vec<u8>, s: &Spec, b: &[u8]) {
    let width = s.wid.unwrap_or(0);
    if width == 0 {
        out.extend_from_slice(b);
        return;
    }
    let n = String::from_utf8_lossy(b).chars().count();
    if n >= width {
        out.extend_from_slice(b);
        return;
    }
    let fill = if s.zero { b'0' } else { b' ' };
    let padding = std::iter::repeat_n(fill, width - n);
    if s.minus {
        out.extend_from_slice(b);
        out.extend(std::iter::repeat_n(b' ', width - n));
    } else {
        out.extend(padding);
        out.extend_from_slice(b);
    }
}

/// `%s`/`%v` (precision: at most that many runes), `%x`/`%X` (hex of the bytes, a space
/// between bytes with the space flag) of a string.
pub(crate) fn string_verb(out: &mut Vec<u8>, s: &Spec, verb: char, text: &[u8]) {
    match verb {
        'q' => {
            // fmtQ: the first `prec` runes, backquoted with `#` when they can be, else
            // quoted (escaping non-ASCII with `+`).
            let text = match s.prec {
                Some(p) => truncate_runes(text, p),
                None => text,
            };
            if s.sharp && crate::quote::can_backquote(text) {
                let mut b = Vec::with_capacity(text.len() + 2);
                b.push(b'`');
                b.extend_from_slice(text);
                b.push(b'`');
                pad(out, s, &b);
            } else {
                pad(out, s, &crate::quote::quote(text, s.plus));
            }
        }
        'x' | 'X' => {
            let digits: &[u8; 16] = if verb == 'x' {
                b"0123456789abcdef"
            } else {
                b"0123456789ABCDEF"
            };
            let n = s.prec.map_or(text.len(), |p| p.min(text.len()));
            let mut b = Vec::with_capacity(n * 5);
            let prefix: &[u8] = if verb == 'x' { b"0x" } else { b"0X" };
            if s.sharp && n > 0 {
                b.extend_from_slice(prefix);
            }
            for (i, &c) in text[..n].iter().enumerate() {
                if s.space && i > 0 {
                    b.push(b' ');
                    if s.sharp {
                        b.extend_from_slice(prefix);
                    }
                }
                b.push(digits[(c >> 4) as usize]);
                b.push(digits[(c & 15) as usize]);
            }
            pad(out, s, &b);
        }
        _ => {
            let text = match s.prec {
                Some(p) => truncate_runes(text, p),
                None => text,
            };
            pad(out, s, text);
        }
    }
}

/// The first `p` runes of `text` (an invalid byte counts as one).
fn truncate_runes(text: &[u8], p: usize) -> &[u8] {
    let mut runes = 0;
    let mut k = 0;
    while k < text.len() && runes < p {
        let (_, size) = decode_rune(&text[k..]);
        k += size;
        runes += 1;
    }
    &text[..k]
}

/// fmt's `fmtFloat` for `%v %g %G %e %E %f %F %b %x %X`; `imag`: the imaginary part of a complex
/// number (always signed).
fn float(out: &mut Vec<u8>, s: &Spec, verb: char, v: f64, single: bool, imag: bool) {
    let plus = s.plus || imag;
    // strconv's text, with a sign always present.
    let mut num: Vec<u8> = if v.is_nan() {
        b"+NaN".to_vec()
    } else if v.is_infinite() {
        if v > 0.0 {
            b"+Inf".to_vec()
        } else {
            b"-Inf".to_vec()
        }
    } else {
        let body = match (verb, s.prec) {
            ('b', _) => crate::floatfmt::binary_form(v, single),
            ('x' | 'X', p) => {
                crate::floatfmt::hex_form(v, single, p.map_or(-1, |p| p as i64), verb == 'X')
            }
            ('v' | 'g' | 'G', None) => crate::floatfmt::fmt_float(v, single),
            ('v' | 'g' | 'G', Some(p)) => g_prec(v, p.max(1)),
            ('e' | 'E', p) => e_prec(v, p.unwrap_or(6)),
            (_, p) => format!("{:.*}", p.unwrap_or(6), v),
        };
        let mut b = body.into_bytes();
        if verb == 'G' || verb == 'E' {
            b.make_ascii_uppercase();
        }
        if b[0] != b'-' {
            b.insert(0, b'+');
        }
        b
    };
    if s.space && num[0] == b'+' && !plus {
        num[0] = b' ';
    }
    if num[1] == b'I' || num[1] == b'N' {
        if num[1] == b'N' && !s.space && !plus {
            num.remove(0);
        }
        let nozero = Spec { zero: false, ..*s };
        pad(out, &nozero, &num);
        return;
    }
    if s.sharp {
        sharp_float(&mut num, verb, s.prec);
    }
    if plus || num[0] != b'+' {
        if s.zero && !s.minus && s.wid.is_some_and(|w| w > num.len()) {
            out.push(num[0]);
            let w = s.wid.unwrap_or(0);
            out.extend(std::iter::repeat_n(b'0', w - num.len()));
            out.extend_from_slice(&num[1..]);
            return;
        }
        pad(out, s, &num);
        return;
    }
    pad(out, s, &num[1..]);
}

/// The `#` flag of a float's text `num` (its sign first): always a decimal point, and for
/// `%g`/`%G`/`%x` the trailing zeros up to the precision (6 when none is given).
fn sharp_float(num: &mut Vec<u8>, verb: char, prec: Option<usize>) {
    if verb == 'b' {
        return;
    }
    // As fmt counts them: for %x, the `x` of `0x` is a digit too (but not for %X).
    let mut digits: i64 = match verb {
        'v' | 'g' | 'G' | 'x' => prec.map_or(6, |p| p as i64),
        _ => 0,
    };
    let mut tail = Vec::new();
    let mut point = false;
    let mut nonzero = false;
    let mut k = 1;
    while k < num.len() {
        match num[k] {
            b'.' => point = true,
            b'p' | b'P' => {
                tail = num.split_off(k);
                break;
            }
            b'e' | b'E' if verb != 'x' && verb != 'X' => {
                tail = num.split_off(k);
                break;
            }
            c => {
                nonzero |= c != b'0';
                if nonzero {
                    digits -= 1;
                }
            }
        }
        k += 1;
    }
    if !point {
        // A lone 0 counts as a significant digit.
        if num.len() == 2 && num[1] == b'0' {
            digits -= 1;
        }
        num.push(b'.');
    }
    while digits > 0 {
        num.push(b'0');
        digits -= 1;
    }
    num.extend_from_slice(&tail);
}

/// `%.{p}e` as strconv writes it: at least two exponent digits.
pub(crate) fn e_prec(v: f64, p: usize) -> String {
    let r = format!("{:.*e}", p, v);
    let (mant, exp) = r.split_once('e').unwrap_or((&r, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    let (sign, ea) = if e < 0 { ('-', -e) } else { ('+', e) };
    format!("{mant}e{sign}{ea:02}")
}

/// `%.{p}g` as strconv writes it: `p` significant digits, `%e` form when the exponent is
/// below -4 or at least `p`, trailing zeros removed.
pub(crate) fn g_prec(v: f64, p: usize) -> String {
    if v == 0.0 {
        return if v.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let e = format!("{:.*e}", p - 1, v);
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let x: i32 = exp.parse().unwrap_or(0);
    // Digits actually needed (strconv drops trailing zeros of the rounded digits).
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let nd = digits.len() as i32;
    let sign = if neg { "-" } else { "" };
    let mut eprec = p as i32;
    if eprec > nd && nd > x {
        eprec = nd;
    }
    if x < -4 || x >= eprec {
        let (first, rest) = digits.split_at(1);
        let mut s = format!("{sign}{first}");
        if !rest.is_empty() {
            s.push('.');
            s.push_str(rest);
        }
        let (es, ea) = if x < 0 { ('-', -x) } else { ('+', x) };
        s.push_str(&format!("e{es}{ea:02}"));
        return s;
    }
    let dp = x + 1;
    let mut s = String::from(sign);
    if dp <= 0 {
        s.push_str("0.");
        s.extend(std::iter::repeat_n('0', (-dp) as usize));
        s.push_str(digits);
    } else if dp >= nd {
        s.push_str(digits);
        s.extend(std::iter::repeat_n('0', (dp - nd) as usize));
    } else {
        s.push_str(&digits[..dp as usize]);
        s.push('.');
        s.push_str(&digits[dp as usize..]);
    }
    s
}
