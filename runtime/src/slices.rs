//! Slices: `rt_append` with Go's growth policy (growslice + malloc size classes) and
//! `rt_make_slice` with Go's `makeslice` checks.

use crate::heap::Scan;

/// Go's `maxAlloc` on linux/amd64.
const MAX_ALLOC: usize = 1 << 48;

/// Go's `roundupsize` for pointer-free objects.
pub fn roundupsize(size: usize) -> usize {
    if size <= crate::heap::sizeclass::MAX_SMALL {
        crate::heap::sizeclass::rounded(size)
    } else {
        size.checked_add(8191).map_or(usize::MAX, |s| s & !8191)
    }
}

/// Go's `nextslicecap`: double below 256 elements, then grow by ~1.25x + 192.
pub fn nextslicecap(new_len: usize, old_cap: usize) -> usize {
    let mut newcap = old_cap;
    let doublecap = newcap + newcap;
    if new_len > doublecap {
        return new_len;
    }
    const THRESHOLD: usize = 256;
    if old_cap < THRESHOLD {
        return doublecap;
    }
    loop {
        newcap += (newcap + 3 * THRESHOLD) >> 2;
        if newcap >= new_len {
            break;
        }
    }
    newcap
}

/// The capacity Go gives a slice of `old_cap` grown to hold `new_len` elements.
pub fn grown_cap(new_len: usize, old_cap: usize, elem_size: usize) -> Option<usize> {
    let cap = nextslicecap(new_len, old_cap);
    if elem_size == 0 {
        return Some(cap);
    }
    let mem = cap.checked_mul(elem_size)?;
    if mem > MAX_ALLOC {
        return None;
    }
    Some(roundupsize(mem) / elem_size)
}

/// `rt_clear(ptr, nbytes)`: `clear(s)` of a slice, its `nbytes` bytes zeroed.
///
/// # Safety
/// `ptr` must hold `nbytes` writable bytes.
pub unsafe extern "C" fn rt_clear(_fp: usize, ptr: i64, nbytes: i64) {
    if nbytes > 0 {
        // SAFETY: caller's contract.
        unsafe { std::ptr::write_bytes(ptr as *mut u8, 0, nbytes as usize) };
    }
}

/// `rt_copy(dst, src, n, elem_size) -> n`: Go's `copy` of `n` elements (the shorter
/// length, computed by the caller) from `src` to `dst`, which may overlap.
///
/// # Safety
/// `dst` and `src` must each hold `n` elements of `elem_size` bytes.
pub unsafe extern "C" fn rt_copy(_fp: usize, dst: i64, src: i64, n: i64, elem_size: i64) -> i64 {
    if n > 0 && dst != src {
        // SAFETY: both ranges are valid (caller); `copy` handles overlap.
        unsafe {
            std::ptr::copy(
                src as *const u8,
                dst as *mut u8,
                (n as usize) * (elem_size as usize),
            )
        };
    }
    n
}

/// `rt_append(out, ptr, len, cap, src, n, elem_map)`: appends `n` elements copied from
/// `src` to the slice `(ptr, len, cap)` and writes the result `[ptr, len, cap]` to `out`.
/// `elem_map` is the elements' pointer map (`abi::PtrMap`), which gives their size.
///
/// # Safety
/// The slice and `src` must be valid for their lengths; `out` must be writable;
/// `elem_map` a pointer map of the code, which outlives the run.
pub unsafe extern "C" fn rt_append(
    fp: usize,
    out: i64,
    ptr: i64,
    len: i64,
    cap: i64,
    src: i64,
    n: i64,
    elem_map: i64,
) {
    // SAFETY: the code's map (caller).
    let (es, scan) = unsafe {
        let m = elem_map as *const crate::abi::PtrMap;
        ((*m).size as usize, Scan::of(m))
    };
    let (ptr, len, cap, n) = (ptr as usize, len as usize, cap as usize, n as usize);
    crate::goroutine::entered(fp);
    let out = out as *mut usize;
    let new_len = match len.checked_add(n) {
        Some(l) if l <= isize::MAX as usize => l,
        _ => {
            let v = crate::errors::runtime_error_string("growslice: len out of range");
            // SAFETY: `fp` is the stub frame (caller); this frame holds nothing to drop.
            unsafe { crate::panic::gopanic(fp, v.0, v.1, false) }
        }
    };
    let (dst, new_cap) = if new_len <= cap {
        (ptr, cap)
    } else {
        let Some(new_cap) = grown_cap(new_len, cap, es) else {
            crate::fatal::fatal_error("runtime: out of memory")
        };
        let p = crate::collector::alloc_at(fp, new_cap * es, scan) as usize;
        if len > 0 {
            // SAFETY: the old slice holds `len` elements; the new block has room.
            unsafe { std::ptr::copy_nonoverlapping(ptr as *const u8, p as *mut u8, len * es) };
        }
        (p, new_cap)
    };
    if n > 0 {
        // SAFETY: `dst` has room for `new_len` elements; `src` may alias the slice.
        unsafe { std::ptr::copy(src as *const u8, (dst + len * es) as *mut u8, n * es) };
    }
    // SAFETY: `out` is writable (caller).
    unsafe {
        out.write(if new_len == 0 && dst == 0 { 0 } else { dst });
        out.add(1).write(new_len);
        out.add(2).write(new_cap);
    }
}

/// `rt_make_slice(stub_fp, len, cap, elem_map) -> ptr` (zeroed); panics as Go's
/// `makeslice` does. `elem_map` is the elements' pointer map, which gives their size.
///
/// # Safety
/// `fp` must be the frame pointer of the `rt_make_slice.stub` frame; `elem_map` a pointer
/// map of the code, which outlives the run.
pub unsafe extern "C" fn rt_make_slice(fp: usize, len: i64, cap: i64, elem_map: i64) -> i64 {
    // SAFETY: the code's map (caller).
    let (es, scan) = unsafe {
        let m = elem_map as *const crate::abi::PtrMap;
        ((*m).size as usize, Scan::of(m))
    };
    let bad = |n: i64| n < 0 || (n as usize).checked_mul(es).is_none_or(|m| m > MAX_ALLOC);
    if bad(cap) || len < 0 || len > cap {
        let msg = if bad(len) {
            "makeslice: len out of range"
        } else {
            "makeslice: cap out of range"
        };
        // SAFETY: `fp` is the stub frame (caller).
        unsafe { crate::panic::panic_runtime_error_string(fp, msg) }
    }
    crate::goroutine::entered(fp);
    crate::collector::alloc_at(fp, cap as usize * es, scan) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_like_go() {
        // append to an empty []int one at a time: caps 1 2 4 8 ... 512, then 848.
        let mut cap = 0;
        let mut caps = vec![];
        for len in 0..1000usize {
            if len + 1 > cap {
                cap = grown_cap(len + 1, cap, 8).unwrap();
                caps.push(cap);
            }
        }
        assert_eq!(caps, vec![1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280]);
        // []byte-sized elements round to size classes: append 5 to empty gives cap 8.
        assert_eq!(grown_cap(5, 0, 1), Some(8));
        assert_eq!(grown_cap(3, 0, 24), Some(3)); // 72 -> 80 / 24 = 3
        assert_eq!(roundupsize(33000), 40960);
    }

    #[test]
    fn append_grows_and_aliases() {
        use crate::goroutine::install;
        let (_run, mut gr) = crate::goroutine::test_goroutine();
        let prev = install(&mut *gr);
        let mut s = [0usize; 3];
        let mut v = 0i64;
        for i in 0..10i64 {
            v = i;
            // SAFETY: `s` is a valid []int; `v` one element.
            unsafe {
                rt_append(
                    0,
                    s.as_mut_ptr() as i64,
                    s[0] as i64,
                    s[1] as i64,
                    s[2] as i64,
                    &v as *const i64 as i64,
                    1,
                    crate::abi::INTS.as_ptr() as i64,
                )
            };
        }
        let _ = v;
        assert_eq!(s[1], 10);
        assert_eq!(s[2], 16);
        // SAFETY: 10 ints.
        let got = unsafe { std::slice::from_raw_parts(s[0] as *const i64, 10) };
        assert_eq!(got, &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        // Appending within capacity writes in place (shares the backing array).
        let before = s[0];
        let mut t = [0usize; 3];
        // SAFETY: `s` as above; appends its own first element.
        unsafe {
            rt_append(
                0,
                t.as_mut_ptr() as i64,
                s[0] as i64,
                10,
                16,
                s[0] as i64,
                1,
                crate::abi::INTS.as_ptr() as i64,
            )
        };
        assert_eq!((t[0], t[1], t[2]), (before, 11, 16));
        // Appending nothing to a nil slice stays nil.
        let mut n = [1usize; 3];
        // SAFETY: nil slice, no elements.
        unsafe {
            rt_append(
                0,
                n.as_mut_ptr() as i64,
                0,
                0,
                0,
                0,
                0,
                crate::abi::INTS.as_ptr() as i64,
            )
        };
        assert_eq!(n, [0, 0, 0]);
        install(prev);
    }
}
