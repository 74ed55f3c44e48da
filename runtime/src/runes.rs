//! Strings as UTF-8: decoding a rune for `range` over a string, and the conversions
//! `string(r)`, `string(bytes)`, `[]byte(s)`, `[]rune(s)`, `string(runes)` (each a fresh
//! arena copy, as Go's). Invalid UTF-8 decodes as U+FFFD of width 1; an invalid code
//! point encodes as U+FFFD.

use crate::memory::alloc_noscan;
use crate::strings::{bytes, new_string};
use crate::words::Words2;

/// The rune starting at byte `i` of `s` and its width, as Go's `range` decodes it.
pub fn decode(s: &[u8], i: usize) -> (u32, usize) {
    let rest = &s[i.min(s.len())..];
    let n = rest.len().min(4);
    for w in 1..=n {
        if let Ok(t) = std::str::from_utf8(&rest[..w]) {
            if let Some(c) = t.chars().next() {
                return (c as u32, w);
            }
        }
    }
    (0xFFFD, 1)
}

/// `rt_decode_rune(stub_fp, ptr, len, i) -> (rune, width)`.
///
/// # Safety
/// `(ptr, len)` must be a valid string and `i < len`.
pub unsafe extern "C" fn rt_decode_rune(_fp: usize, ptr: i64, len: i64, i: i64) -> Words2 {
    // SAFETY: a valid string (caller).
    let s = unsafe { bytes(ptr as usize, len as usize) };
    let (r, w) = decode(s, i as usize);
    Words2::new(r as usize, w)
}

/// The UTF-8 encoding of `r` (U+FFFD for an invalid code point).
fn encode(r: i64, out: &mut Vec<u8>) {
    let c = u32::try_from(r)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// `rt_string_from_rune(stub_fp, r) -> (ptr, len)`: `string(r)`.
pub extern "C" fn rt_string_from_rune(fp: usize, r: i64) -> Words2 {
    crate::goroutine::entered(fp);
    let mut b = Vec::with_capacity(4);
    encode(r, &mut b);
    let (p, l) = new_string(&b);
    Words2::new(p, l)
}

/// `rt_string_from_bytes(stub_fp, ptr, len) -> (ptr, len)`: `string(b)` of a `[]byte`.
///
/// # Safety
/// `ptr` must hold `len` bytes.
pub unsafe extern "C" fn rt_string_from_bytes(fp: usize, ptr: i64, len: i64) -> Words2 {
    crate::goroutine::entered(fp);
    // SAFETY: caller's contract.
    let (p, l) = new_string(unsafe { bytes(ptr as usize, len as usize) });
    Words2::new(p, l)
}

/// `rt_bytes_from_string(stub_fp, ptr, len) -> ptr`: the backing array of `[]byte(s)`
/// (length and capacity `len`).
///
/// # Safety
/// `(ptr, len)` must be a valid string.
pub unsafe extern "C" fn rt_bytes_from_string(fp: usize, ptr: i64, len: i64) -> i64 {
    crate::goroutine::entered(fp);
    let n = len as usize;
    let p = alloc_noscan(n.max(1));
    // SAFETY: a valid string (caller) and a fresh block of `n` bytes.
    unsafe { std::ptr::copy_nonoverlapping(bytes(ptr as usize, n).as_ptr(), p, n) };
    p as i64
}

/// `rt_runes_from_string(stub_fp, ptr, len) -> (ptr, n)`: `[]rune(s)` (capacity `n`).
///
/// # Safety
/// `(ptr, len)` must be a valid string.
pub unsafe extern "C" fn rt_runes_from_string(fp: usize, ptr: i64, len: i64) -> Words2 {
    crate::goroutine::entered(fp);
    // SAFETY: a valid string (caller).
    let s = unsafe { bytes(ptr as usize, len as usize) };
    let mut runes = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode(s, i);
        runes.push(r);
        i += w;
    }
    let p = alloc_noscan((runes.len() * 4).max(1)) as *mut u32;
    // SAFETY: a fresh block of `4 * n` bytes.
    unsafe { std::ptr::copy_nonoverlapping(runes.as_ptr(), p, runes.len()) };
    Words2::new(p as usize, runes.len())
}

/// `rt_string_from_runes(stub_fp, ptr, n) -> (ptr, len)`: `string(rs)` of a `[]rune`.
///
/// # Safety
/// `ptr` must hold `n` runes.
pub unsafe extern "C" fn rt_string_from_runes(fp: usize, ptr: i64, n: i64) -> Words2 {
    crate::goroutine::entered(fp);
    let mut b = Vec::new();
    for i in 0..n.max(0) as usize {
        // SAFETY: caller's contract.
        let r = unsafe { *(ptr as *const i32).add(i) };
        encode(r as i64, &mut b);
    }
    let (p, l) = new_string(&b);
    Words2::new(p, l)
}
