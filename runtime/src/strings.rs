//! Go strings: viewing `(ptr, len)` words as bytes, arena copies and boxes, `rt_concat`
//! and `rt_str_cmp`.

pub use crate::format::{bytes, unbox};
use crate::memory::{alloc, alloc_noscan};
use crate::words::Words2;

/// Copies `b` into the arena; returns `(ptr, len)`.
pub fn new_string(b: &[u8]) -> (usize, usize) {
    if b.is_empty() {
        return (0, 0);
    }
    let p = alloc_noscan(b.len());
    // SAFETY: `p` is a fresh arena block of `b.len()` bytes.
    unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
    (p as usize, b.len())
}

/// Boxes a string value `[ptr, len]` in the arena (an interface data word).
pub fn box_string(ptr: usize, len: usize) -> usize {
    let p = alloc(16, crate::heap::Scan::of_static(&crate::abi::POINTER_FIRST)) as *mut usize;
    // SAFETY: a fresh 16-byte arena block.
    unsafe {
        p.write(ptr);
        p.add(1).write(len);
    }
    p as usize
}

/// Copies `b` into the arena and boxes it.
pub fn box_new_string(b: &[u8]) -> usize {
    let (p, l) = new_string(b);
    box_string(p, l)
}

/// `rt_concat(aptr, alen, bptr, blen) -> (ptr, len)`.
///
/// # Safety
/// Both arguments must be valid Go strings.
pub unsafe extern "C" fn rt_concat(
    fp: usize,
    aptr: i64,
    alen: i64,
    bptr: i64,
    blen: i64,
) -> Words2 {
    crate::goroutine::entered(fp);
    if alen == 0 {
        return Words2 { a: bptr, b: blen };
    }
    if blen == 0 {
        return Words2 { a: aptr, b: alen };
    }
    let total = (alen as usize).saturating_add(blen as usize);
    let p = alloc_noscan(total);
    // SAFETY: the strings are valid (caller) and `p` has room for both.
    unsafe {
        std::ptr::copy_nonoverlapping(aptr as *const u8, p, alen as usize);
        std::ptr::copy_nonoverlapping(bptr as *const u8, p.add(alen as usize), blen as usize);
    }
    Words2 {
        a: p as i64,
        b: total as i64,
    }
}

/// `rt_str_cmp(aptr, alen, bptr, blen) -> -1/0/1`, bytewise.
///
/// # Safety
/// Both arguments must be valid Go strings.
pub unsafe extern "C" fn rt_str_cmp(_fp: usize, aptr: i64, alen: i64, bptr: i64, blen: i64) -> i64 {
    // SAFETY: valid strings (caller).
    let (a, b) = unsafe {
        (
            bytes(aptr as usize, alen as usize),
            bytes(bptr as usize, blen as usize),
        )
    };
    match a.cmp(b) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::goroutine::install;

    #[test]
    fn concat_and_compare() {
        let (_run, mut gr) = crate::goroutine::test_goroutine();
        let prev = install(&mut *gr);
        let (a, b) = (b"foo", b"barbaz");
        // SAFETY: static strings.
        unsafe {
            let r = rt_concat(0, a.as_ptr() as i64, 3, b.as_ptr() as i64, 6);
            assert_eq!(bytes(r.a as usize, r.b as usize), b"foobarbaz");
            let r = rt_concat(0, 0, 0, b.as_ptr() as i64, 6);
            assert_eq!(r.a, b.as_ptr() as i64);
            assert_eq!(rt_str_cmp(0, a.as_ptr() as i64, 3, b.as_ptr() as i64, 6), 1);
            assert_eq!(
                rt_str_cmp(0, b.as_ptr() as i64, 3, b.as_ptr() as i64, 6),
                -1
            );
            assert_eq!(rt_str_cmp(0, a.as_ptr() as i64, 3, a.as_ptr() as i64, 3), 0);
            assert_eq!(rt_str_cmp(0, 0, 0, 0, 0), 0);
        }
        install(prev);
    }
}
