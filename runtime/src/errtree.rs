//! Package errors' questions about types, which Go answers with reflection: whether a
//! target is comparable, whether As's target is usable, and assigning an error to it. The
//! runtime entries behind the bodyless functions of `lib/errors/errors.go`.

use crate::types::{TypeDesc, TypeKind};

/// Whether values of dynamic type `d` implement the interface type `iface` (`error`, or
/// an interface with methods; `any` is implemented by everything).
fn implements(d: &TypeDesc, iface: &TypeDesc) -> bool {
    let has_error = || d.error_method != 0 || d.is_error();
    match iface.kind {
        TypeKind::Error => has_error(),
        TypeKind::Any => {
            // The runtime's own error types have no method tables.
            if d.vtable.is_null() {
                return iface
                    .imethods
                    .iter()
                    .all(|(name, _)| crate::types::builtin_method_kinds(name).contains(&d.kind));
            }
            d.missing_method(iface).is_none()
        }
        _ => false,
    }
}

fn is_interface(t: &TypeDesc) -> bool {
    matches!(t.kind, TypeKind::Error | TypeKind::Any)
}

/// `errors.comparable(stub_fp, t, d) -> bool`: `==` on `t`'s values cannot panic.
///
/// # Safety
/// `t` must be null or a live descriptor.
pub unsafe extern "C" fn rt_errors_comparable(_fp: usize, t: i64, _d: i64) -> i64 {
    // SAFETY: null or a live descriptor (caller).
    let Some(t) = (unsafe { (t as *const TypeDesc).as_ref() }) else {
        return 1;
    };
    i64::from(t.comparable())
}

/// `errors.targetState(stub_fp, t, d) -> 0..3`: 0 a nil target, 1 not a non-nil pointer,
/// 2 a pointer to a type that is neither an interface nor an error, 3 usable.
///
/// # Safety
/// `(t, d)` must be a valid interface value.
pub unsafe extern "C" fn rt_errors_target_state(_fp: usize, t: i64, d: i64) -> i64 {
    // SAFETY: null or a live descriptor (caller).
    let Some(t) = (unsafe { (t as *const TypeDesc).as_ref() }) else {
        return 0;
    };
    if t.kind != TypeKind::Pointer || d == 0 {
        return 1;
    }
    // SAFETY: a pointer type's element descriptor outlives it.
    let elem = unsafe { &*t.elem };
    if is_interface(elem) || elem.error_method != 0 || elem.is_error() {
        3
    } else {
        2
    }
}

/// `errors.assignTo(stub_fp, et, ed, t, d) -> bool`: when the error's dynamic type is
/// assignable to the element type of the pointer `(t, d)` (which `targetState` found
/// usable), stores the error there.
///
/// # Safety
/// `(et, ed)` must be a non-nil error and `(t, d)` a usable As target.
pub unsafe extern "C" fn rt_errors_assign_to(_fp: usize, et: i64, ed: i64, t: i64, d: i64) -> i64 {
    // SAFETY: live descriptors (caller).
    let (err_t, target_t) = unsafe { (&*(et as *const TypeDesc), &*(t as *const TypeDesc)) };
    // SAFETY: as above.
    let elem = unsafe { &*target_t.elem };
    let dst = d as *mut usize;
    if is_interface(elem) {
        if !implements(err_t, elem) {
            return 0;
        }
        // SAFETY: an interface variable: two words.
        unsafe {
            dst.write(et as usize);
            dst.add(1).write(ed as usize);
        }
        return 1;
    }
    if !std::ptr::eq(err_t, elem) {
        return 0;
    }
    // The runtime's pointer-typed errors (`*runtime.TypeAssertionError`) are pointers too.
    if elem.is_direct() || (elem.is_error() && elem.size == crate::abi::POINTER_SIZE) {
        // SAFETY: a variable of a one-word type.
        unsafe { dst.write(ed as usize) };
    } else {
        // SAFETY: the data word points to a boxed value of `elem.size` bytes, and the
        // target to a variable of that type.
        unsafe {
            std::ptr::copy_nonoverlapping(ed as *const u8, dst as *mut u8, elem.size as usize)
        };
    }
    1
}
