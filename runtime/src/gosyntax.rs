//! fmt's Go-syntax forms (`%#v`) of composite values and errors: `[]int{1, 2}`,
//! `[]int(nil)`, `map[string]int{"a":1}`, `main.T{A:1, b:"x"}`, `&errors.errorString{s:"x"}`;
//! their elements are printed back through printf.rs (scalars, pointers and interfaces
//! have their `%#v` forms there).

use crate::printf::{self, Spec};
use crate::types::{self, TypeDesc, TypeKind};

/// `%#v` of a `[]byte` operand (fmt's printArg case for that type): `[]byte{0x1, 0x2}`,
/// `[]byte(nil)`.
///
/// # Safety
/// `p` must point to a valid `[]byte` value.
pub(crate) unsafe fn byte_slice(out: &mut Vec<u8>, s: &Spec, p: *const u8) {
    let w = p as *const usize;
    // SAFETY: a slice's data pointer and length (caller).
    let (ptr, len) = unsafe { (*w, *w.add(1)) };
    out.extend_from_slice(b"[]byte");
    if ptr == 0 {
        out.extend_from_slice(b"(nil)");
        return;
    }
    out.push(b'{');
    for i in 0..len {
        if i > 0 {
            out.extend_from_slice(b", ");
        }
        // SAFETY: `i` is within the slice.
        let c = unsafe { *((ptr + i) as *const u8) };
        printf::hex0x(out, s, c as u64, true);
    }
    out.push(b'}');
}

/// `%#v` (verb `v`, `s.sharp_v`) of the value of type `t` at `p` when it is a slice,
/// array, map, struct or error value: appends it and returns true; false for any other
/// kind, which printf.rs prints itself. `a`, `depth` and `methods` are as in printf.rs's
/// `print_value`.
///
/// # Safety
/// `p` must hold a valid value of type `t`; the caller runs inside a runtime entry called
/// by generated code (elements' `GoString` methods may be called).
#[allow(clippy::too_many_arguments)]
pub(crate) unsafe fn value(
    out: &mut Vec<u8>,
    s: &Spec,
    verb: char,
    t: &TypeDesc,
    p: *const u8,
    a: [usize; 2],
    depth: usize,
    methods: bool,
) -> bool {
    // SAFETY (whole body): `p` holds a value of type `t` laid out as abi.rs describes.
    unsafe {
        match t.kind {
            _ if t.is_error() => error_value(out, s, t, p, depth),
            TypeKind::Slice | TypeKind::Array => {
                let (base, len) = if t.kind == TypeKind::Slice {
                    let w = p as *const usize;
                    if *w == 0 {
                        out.extend_from_slice(t.name().as_bytes());
                        out.extend_from_slice(b"(nil)");
                        return true;
                    }
                    (*w as *const u8, *w.add(1))
                } else {
                    (p, t.len)
                };
                out.extend_from_slice(t.name().as_bytes());
                out.push(b'{');
                for i in 0..len {
                    if i > 0 {
                        out.extend_from_slice(b", ");
                    }
                    let e = base.add(i * t.elem_size);
                    printf::print_value(out, s, verb, &*t.elem, e, a, depth + 1, methods);
                }
                out.push(b'}');
            }
            TypeKind::Map => {
                let m = *(p as *const usize) as *const crate::maptable::GoMap;
                out.extend_from_slice(t.name().as_bytes());
                if m.is_null() {
                    out.extend_from_slice(b"(nil)");
                    return true;
                }
                out.push(b'{');
                let off = (*m).val_offset;
                for (i, e) in (*m).sorted_entries().into_iter().enumerate() {
                    if i > 0 {
                        out.extend_from_slice(b", ");
                    }
                    printf::print_value(out, s, verb, &*t.key, e, a, depth + 1, methods);
                    out.push(b':');
                    let v = e.add(off);
                    printf::print_value(out, s, verb, &*t.elem, v, a, depth + 1, methods);
                }
                out.push(b'}');
            }
            TypeKind::Struct => {
                out.extend_from_slice(t.name().as_bytes());
                out.push(b'{');
                for (i, f) in t.fields.iter().enumerate() {
                    if i > 0 {
                        out.extend_from_slice(b", ");
                    }
                    if !f.name.is_empty() {
                        out.extend_from_slice(f.name.as_bytes());
                        out.push(b':');
                    }
                    // Methods of a field's value are used only when it is exported (as
                    // fmt's CanInterface); `_` fields are printed as such.
                    let fp = p.add(f.offset);
                    let ft = &*f.typ;
                    printf::print_value(out, s, verb, ft, fp, a, depth + 1, f.methods(methods));
                }
                out.push(b'}');
            }
            _ => return false,
        }
    }
    true
}

/// `%#v` of an error value of a type the runtime implements: `*errors.errorString` as the
/// pointer to a struct it is (`&errors.errorString{s:"boom"}` at the top, its address
/// below), the string types of runtime errors as quoted strings; the others (structs whose
/// fields the runtime does not keep) are refused.
///
/// # Safety
/// As [`value`], with `t.is_error()`.
unsafe fn error_value(out: &mut Vec<u8>, s: &Spec, t: &TypeDesc, p: *const u8, depth: usize) {
    // The data word: the value itself when direct, else `p` is it.
    let d = if t.is_direct() {
        // SAFETY: a direct value is a word at `p` (caller).
        unsafe { *(p as *const usize) }
    } else {
        p as usize
    };
    // SAFETY: an error value of a known type (caller).
    let text = unsafe { crate::format::error_text(t, d) };
    let quoted = Spec {
        sharp: false,
        plus: false,
        ..*s
    };
    if std::ptr::eq(t, &types::ERRORS_ERROR_STRING) {
        if depth == 0 {
            out.extend_from_slice(b"&errors.errorString{s:");
            printf::string_verb(out, &quoted, 'q', text);
            out.push(b'}');
        } else {
            out.extend_from_slice(b"(*errors.errorString)(");
            printf::hex0x(out, s, d as u64, true);
            out.push(b')');
        }
    } else if std::ptr::eq(t, &types::RUNTIME_ERROR_STRING) {
        // `type errorString string`, whose Error() puts "runtime error: " first.
        let bare = text.strip_prefix(b"runtime error: ").unwrap_or(text);
        printf::string_verb(out, &quoted, 'q', bare);
    } else if std::ptr::eq(t, &types::RUNTIME_PLAIN_ERROR) {
        printf::string_verb(out, &quoted, 'q', text);
    } else {
        crate::fatal::fatal_error(&format!(
            "deferjit does not support fmt's %#v of {} yet",
            t.name()
        ));
    }
}
