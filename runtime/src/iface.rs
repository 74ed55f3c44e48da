//! Interface equality (`rt_iface_eq`): Go's `==` on interface values.

use crate::strings::unbox;
use crate::types::{self, same_type, TypeKind};

/// Go's `==` on two interface values; `Err(name)` when the (identical) dynamic type is
/// not comparable.
///
/// # Safety
/// Both must be valid interface values.
pub unsafe fn iface_eq(t1: usize, d1: usize, t2: usize, d2: usize) -> Result<bool, String> {
    // SAFETY: valid descriptors (caller).
    let (a, b) = unsafe { (types::desc(t1), types::desc(t2)) };
    let (a, b) = match (a, b) {
        (None, None) => return Ok(true),
        (Some(a), Some(b)) => (a, b),
        _ => return Ok(false),
    };
    if !same_type(a, b) {
        return Ok(false);
    }
    if !a.comparable() {
        return Err(a.name().to_string());
    }
    Ok(match a.kind {
        TypeKind::Int | TypeKind::Bool => d1 == d2,
        // Value types compare by content: strings, runtime.errorString, runtime.boundsError.
        // SAFETY: string data words are boxed strings.
        TypeKind::String => d1 == d2 || unsafe { unbox(d1) == unbox(d2) },
        TypeKind::RuntimeError if !std::ptr::eq(a, &types::RUNTIME_TYPE_ASSERTION_ERROR) => {
            // SAFETY: runtime error data words are boxed strings.
            d1 == d2 || unsafe { unbox(d1) == unbox(d2) }
        }
        // Pointer types compare by address.
        _ => d1 == d2,
    })
}

/// `rt_iface_eq(stub_fp, t1, d1, t2, d2) -> 0/1`; panics on uncomparable dynamic types.
///
/// # Safety
/// `fp` must be the `rt_iface_eq.stub` frame; both values valid.
pub unsafe extern "C" fn rt_iface_eq(fp: usize, t1: i64, d1: i64, t2: i64, d2: i64) -> i64 {
    // SAFETY: valid values (caller).
    let v = match unsafe { iface_eq(t1 as usize, d1 as usize, t2 as usize, d2 as usize) } {
        Ok(b) => return b as i64,
        // The String is dropped at the end of this arm, before the panic starts.
        Err(name) => crate::errors::runtime_error_string(&format!("comparing uncomparable type {name}")),
    };
    // SAFETY: `fp` is the stub frame (caller).
    unsafe { crate::panic::gopanic(fp, v.0, v.1) }
}
