//! The map builtins generated code calls: `make`, `m[k]`, `m[k] = v`, `delete`, `len`,
//! `clear` and `range` over a [`GoMap`] (see `maptable`). A map value is a pointer to a
//! `GoMap` the goroutine owns until the run ends; keys are passed by address.

use crate::errors;
use crate::goroutine::run;
use crate::maptable::GoMap;
use crate::types::TypeDesc;
use crate::words::Words2;

/// Panics with `runtime error: hash of unhashable type T` from the stub frame `fp`.
fn unhashable(fp: usize, name: String) -> ! {
    crate::goroutine::entered(fp);
    let v = errors::runtime_error_string(&format!("hash of unhashable type {name}"));
    drop(name);
    // SAFETY: `fp` is a stub frame of generated code (the entries' contract); this
    // frame holds nothing to drop.
    unsafe { crate::panic::gopanic(fp, v.0, v.1, false) }
}

/// `rt_map_new(stub_fp, key_type, val_type, entry_map) -> map`: `entry_map` is the
/// pointer map of an entry block, the pair (key, value) with the value at the next
/// multiple of 8 (`abi::PtrMap`).
///
/// # Safety
/// The descriptors and the map must outlive the run.
pub unsafe extern "C" fn rt_map_new(fp: usize, key: i64, val: i64, entry_map: i64) -> i64 {
    crate::goroutine::entered(fp);
    // SAFETY: the lowering passes descriptors and maps that live as long as the code.
    let m = Box::new(unsafe {
        let scan = crate::heap::Scan::of(entry_map as *const crate::abi::PtrMap);
        GoMap::new(key as *const TypeDesc, val as *const TypeDesc, scan)
    });
    let p = &*m as *const GoMap as i64;
    // SAFETY: a short exclusive borrow; no generated code runs meanwhile.
    unsafe { run() }.maps.push(m);
    p
}

/// `rt_map_access(stub_fp, map, key_ptr) -> value_ptr or 0`: `m[k]` (of a nil map: 0).
///
/// # Safety
/// `map` null or a map of this run; `key_ptr` a valid key.
pub unsafe extern "C" fn rt_map_access(fp: usize, map: i64, k: i64) -> i64 {
    let m = map as *const GoMap;
    if m.is_null() {
        return 0;
    }
    // SAFETY: a live map (caller).
    match unsafe { (*m).find(k as *const u8) } {
        // SAFETY: as above.
        Ok((_, Some(i))) => unsafe { (*m).value(i) as i64 },
        Ok((_, None)) => 0,
        Err(name) => unhashable(fp, name),
    }
}

/// `rt_map_assign(stub_fp, map, key_ptr) -> value_ptr`: the key's value, a new zero
/// one if absent; assigning into a nil map panics.
///
/// # Safety
/// As [`rt_map_access`].
pub unsafe extern "C" fn rt_map_assign(fp: usize, map: i64, k: i64) -> i64 {
    let m = map as *mut GoMap;
    if m.is_null() {
        crate::goroutine::entered(fp);
        let v = errors::plain_error("assignment to entry in nil map");
        // SAFETY: stub frame (caller); nothing to drop.
        unsafe { crate::panic::gopanic(fp, v.0, v.1, false) }
    }
    // SAFETY: a live map (caller); the new block gets a copy of the key.
    unsafe {
        match (*m).find(k as *const u8) {
            Ok((_, Some(i))) => {
                // Go stores the new key over the equal old one (`-0` replaces `+0`).
                let v = (*m).value(i);
                let size = (*(*m).key).size as usize;
                std::ptr::copy(k as *const u8, v.sub((*m).val_offset), size);
                v as i64
            }
            Ok((h, None)) => {
                crate::goroutine::entered(fp);
                let block = crate::collector::alloc_at(fp, (*m).block_size(), (*m).block_scan);
                std::ptr::copy_nonoverlapping(k as *const u8, block, (*(*m).key).size as usize);
                (*m).insert(h, block);
                block.add((*m).val_offset) as i64
            }
            Err(name) => unhashable(fp, name),
        }
    }
}

/// `rt_map_delete(stub_fp, map, key_ptr)`: `delete(m, k)`.
///
/// # Safety
/// As [`rt_map_access`].
pub unsafe extern "C" fn rt_map_delete(fp: usize, map: i64, k: i64) {
    let m = map as *mut GoMap;
    if m.is_null() {
        return;
    }
    // SAFETY: a live map (caller).
    match unsafe { (*m).find(k as *const u8) } {
        // SAFETY: as above.
        Ok((h, Some(i))) => unsafe { (*m).remove(h, i) },
        Ok((_, None)) => {}
        Err(name) => unhashable(fp, name),
    }
}

/// `rt_map_clear(stub_fp, map)`: `clear(m)`.
///
/// # Safety
/// `map` null or a map of this run.
pub unsafe extern "C" fn rt_map_clear(_fp: usize, map: i64) {
    let m = map as *mut GoMap;
    if !m.is_null() {
        // SAFETY: a live map (caller).
        unsafe { (*m).clear() }
    }
}

/// `rt_map_len(stub_fp, map) -> len`.
///
/// # Safety
/// `map` null or a map of this run.
pub unsafe extern "C" fn rt_map_len(_fp: usize, map: i64) -> i64 {
    let m = map as *const GoMap;
    if m.is_null() {
        0
    } else {
        // SAFETY: a live map (caller).
        unsafe { (*m).len() as i64 }
    }
}

/// `rt_map_end(stub_fp, map) -> end`: where a `range` starting now stops (entries added
/// during the loop are not visited).
///
/// # Safety
/// `map` null or a map of this run.
pub unsafe extern "C" fn rt_map_end(_fp: usize, map: i64) -> i64 {
    let m = map as *const GoMap;
    if m.is_null() {
        0
    } else {
        // SAFETY: a live map (caller).
        unsafe { (*m).end() as i64 }
    }
}

/// `rt_map_next(stub_fp, map, i, end) -> (next, entry)`: for `range`, the first live entry
/// at index `i` or later and below `end`, and the index after it; entry 0 when none.
///
/// # Safety
/// `map` null or a map of this run.
pub unsafe extern "C" fn rt_map_next(_fp: usize, map: i64, i: i64, end: i64) -> Words2 {
    let m = map as *const GoMap;
    if m.is_null() {
        return Words2::default();
    }
    // SAFETY: a live map (caller).
    match unsafe { (*m).next(i.max(0) as usize, end.max(0) as usize) } {
        Some((n, e)) => Words2::new(n, e as usize),
        None => Words2::default(),
    }
}
