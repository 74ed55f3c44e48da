//! Interface operations: Go's `==` on interface values (`rt_iface_eq`) and `err.Error()`
//! (`rt_error_string`, which panics on a nil error).

use crate::types;
use crate::words::Words2;

pub use crate::equality::{iface_eq, mem_eq};

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
            unsafe { crate::panic::panic_nil_deref_at(fp, 0) }
        }
        Some(td) if td.is_error() => {
            let w = d as *const usize;
            // SAFETY: error data words are boxed strings.
            unsafe { Words2::new(*w, *w.add(1)) }
        }
        Some(td) => crate::bug::runtime_bug(&format!("Error() called on a {}", td.name())),
    }
}

/// The method-table entry of a method that the lowering did not compile because no
/// compiled code calls its selector through an interface: it tells assertions that the
/// type has the method, and is never called (calling it is a compiler bug).
pub extern "C" fn rt_uncompiled_method() -> ! {
    crate::bug::runtime_bug("called a method that the compiler found no caller of")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::goroutine::install;
    use crate::strings::box_new_string;
    use crate::types::*;

    #[test]
    fn go_equality() {
        let (_run, mut gr) = crate::goroutine::test_goroutine();
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
