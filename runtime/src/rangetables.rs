//! Package unicode's range tables (`unicode.Han`, `unicode.Letter`, ...): the runtime
//! entry that gives a table variable Go's ranges, copied from the generated data into the
//! run's memory in Go's layout.

use crate::unicode::tables;

/// `unicode.loadTable(id int, t *RangeTable)`: sets `t.R16`, `t.R32` and `t.LatinOffset`
/// to those of Go's table number `id` (`tables::RANGE_TABLES`), the ranges copied into
/// fresh memory of the run (programs may write to them). Layouts are gc's: a
/// `RangeTable` is two slices and an int; a `Range16` three `uint16`s (6 bytes), a
/// `Range32` three `uint32`s (12 bytes).
pub extern "C" fn rt_unicode_load_table(fp: usize, id: i64, t: i64) {
    crate::goroutine::entered(fp);
    let Some(&((s16, n16), (s32, n32), latin)) = usize::try_from(id)
        .ok()
        .and_then(|i| tables::RANGE_TABLES.get(i))
    else {
        crate::fatal::fatal_error("unicode: no such range table");
    };
    let r16 = &tables::RANGE16[s16 as usize..(s16 + n16) as usize];
    let r32 = &tables::RANGE32[s32 as usize..(s32 + n32) as usize];
    let p16 = if r16.is_empty() {
        0
    } else {
        let p = crate::memory::alloc_noscan(r16.len() * 6);
        for (i, &(lo, hi, stride)) in r16.iter().enumerate() {
            // SAFETY: `p` holds `r16.len()` 6-byte elements; unaligned writes of u16s.
            unsafe {
                let e = p.add(i * 6);
                (e as *mut u16).write_unaligned(lo);
                (e.add(2) as *mut u16).write_unaligned(hi);
                (e.add(4) as *mut u16).write_unaligned(stride);
            }
        }
        p as i64
    };
    let p32 = if r32.is_empty() {
        0
    } else {
        let p = crate::memory::alloc_noscan(r32.len() * 12);
        for (i, &(lo, hi, stride)) in r32.iter().enumerate() {
            // SAFETY: `p` holds `r32.len()` 12-byte elements; unaligned writes of u32s.
            unsafe {
                let e = p.add(i * 12);
                (e as *mut u32).write_unaligned(lo);
                (e.add(4) as *mut u32).write_unaligned(hi);
                (e.add(8) as *mut u32).write_unaligned(stride);
            }
        }
        p as i64
    };
    let words = [
        p16,
        n16 as i64,
        n16 as i64,
        p32,
        n32 as i64,
        n32 as i64,
        latin as i64,
    ];
    // SAFETY: `t` is a live `*RangeTable` (7 words) from `new(RangeTable)` in the library.
    unsafe {
        let t = t as *mut i64;
        for (i, w) in words.iter().enumerate() {
            t.add(i).write(*w);
        }
    }
}
