//! Interface operations: Go's `==` on interface values (`rt_iface_eq`) and `err.Error()`
//! (`rt_error_string`, which panics on a nil error).

use crate::strings::unbox;
use crate::types::{self, same_type, TypeKind};
use crate::words::Words2;

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
        // SAFETY: a struct's data word points to a boxed value of its type.
        TypeKind::Struct => unsafe { mem_eq(a, d1 as *const u8, d2 as *const u8)? },
        // Pointer types compare by address.
        _ => d1 == d2,
    })
}

/// Go's `==` on two values of the comparable type `t` stored at `p` and `q`; `Err(name)`
/// when an interface inside holds an uncomparable dynamic type.
///
/// # Safety
/// `p` and `q` must point to valid values of type `t`.
pub unsafe fn mem_eq(t: &types::TypeDesc, p: *const u8, q: *const u8) -> Result<bool, String> {
    // SAFETY (whole body): both point to values laid out as `t` describes (caller).
    unsafe {
        Ok(match t.kind {
            TypeKind::Bool => *p == *q,
            TypeKind::String => {
                let (a, b) = (p as *const usize, q as *const usize);
                crate::format::bytes(*a, *a.add(1)) == crate::format::bytes(*b, *b.add(1))
            }
            TypeKind::Any | TypeKind::Error => {
                let (a, b) = (p as *const usize, q as *const usize);
                iface_eq(*a, *a.add(1), *b, *b.add(1))?
            }
            TypeKind::Struct => {
                for f in &t.fields {
                    if !mem_eq(&*f.typ, p.add(f.offset), q.add(f.offset))? {
                        return Ok(false);
                    }
                }
                true
            }
            TypeKind::Slice | TypeKind::Func => return Err(t.name().to_string()),
            _ => {
                std::slice::from_raw_parts(p, t.size as usize)
                    == std::slice::from_raw_parts(q, t.size as usize)
            }
        })
    }
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
        Err(name) => {
            crate::goroutine::entered(fp);
            crate::errors::runtime_error_string(&format!("comparing uncomparable type {name}"))
        }
    };
    // SAFETY: `fp` is the stub frame (caller).
    unsafe { crate::panic::gopanic(fp, v.0, v.1, false) }
}

/// `rt_error_string(stub_fp, type, data) -> (ptr, len)`: `err.Error()`; a nil error
/// panics with a nil dereference.
///
/// # Safety
/// `fp` must be the `rt_error_string.stub` frame; `(t, d)` a valid error value.
pub unsafe extern "C" fn rt_error_string(fp: usize, t: i64, d: i64) -> Words2 {
    // SAFETY: `t` is 0 or a descriptor (caller).
    match unsafe { types::desc(t as usize) } {
        None => {
            // SAFETY: `fp` is the stub frame (caller).
            unsafe { crate::panic::panic_nil_deref_at(fp) }
        }
        Some(td) if td.is_error() => {
            let w = d as *const usize;
            // SAFETY: error data words are boxed strings.
            unsafe { Words2::new(*w, *w.add(1)) }
        }
        Some(td) => crate::bug::runtime_bug(&format!("Error() called on a {}", td.name())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::goroutine::{install, Goroutine};
    use crate::sink::Output;
    use crate::strings::box_new_string;
    use crate::types::*;

    #[test]
    fn go_equality() {
        let mut gr = Box::new(Goroutine::new(Output::Capture, None, 0, 0));
        let prev = install(&mut *gr);
        let int = addr(&INT);
        let st = addr(&STRING);
        let (a, b) = (box_new_string(b"abc"), box_new_string(b"abc"));
        let e1 = crate::errors::rt_errors_new(0, 0, 0);
        let e2 = crate::errors::rt_errors_new(0, 0, 0);
        let sl = TypeDesc::slice(&INT);
        let sl2 = TypeDesc::slice(&INT);
        let slt = &*sl as *const TypeDesc as usize;
        // SAFETY: all values are valid.
        unsafe {
            assert_eq!(iface_eq(0, 0, 0, 0), Ok(true));
            assert_eq!(iface_eq(int, 5, int, 5), Ok(true));
            assert_eq!(iface_eq(int, 5, int, 6), Ok(false));
            assert_eq!(iface_eq(int, 5, 0, 0), Ok(false));
            assert_eq!(iface_eq(int, 1, addr(&BOOL), 1), Ok(false));
            assert_eq!(iface_eq(st, a, st, b), Ok(true));
            assert_eq!(
                iface_eq(e1.a as usize, e1.b as usize, e1.a as usize, e1.b as usize),
                Ok(true)
            );
            assert_eq!(
                iface_eq(e1.a as usize, e1.b as usize, e2.a as usize, e2.b as usize),
                Ok(false)
            );
            assert_eq!(iface_eq(slt, 8, slt, 8), Err("[]int".to_string()));
            assert_eq!(
                iface_eq(slt, 8, &*sl2 as *const TypeDesc as usize, 16),
                Err("[]int".to_string())
            );
            assert_eq!(iface_eq(slt, 8, int, 8), Ok(false));
            let (r1, r2) = (
                crate::errors::bounds_error(5, 3, false),
                crate::errors::bounds_error(5, 3, false),
            );
            assert_eq!(iface_eq(r1.0, r1.1, r2.0, r2.1), Ok(true));
        }
        install(prev);
    }
}
