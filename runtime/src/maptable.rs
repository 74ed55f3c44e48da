//! The table behind a Go map: entries in insertion order, each one arena block holding
//! the key and then the value (at `val_offset`), so that entry addresses never move,
//! and an index from key hashes (`equality::hash_value`) to entries. Keys compare with
//! Go's `==` (`equality::mem_eq`). Deleted entries leave a null in the order.

use crate::equality::{hash_value, mem_eq, HASH_SEED};
use crate::types::{read_int, TypeDesc, TypeKind};
use std::collections::HashMap;

/// The entries whose keys have one hash: nearly always one (64-bit hashes), so that the
/// index costs a word per entry, not a vector.
#[derive(Debug)]
enum Bucket {
    One(usize),
    Many(Box<Vec<usize>>),
}

impl Bucket {
    fn as_slice(&self) -> &[usize] {
        match self {
            Bucket::One(i) => std::slice::from_ref(i),
            Bucket::Many(v) => v,
        }
    }
}

/// A map's state (a Go map value points to one; the goroutine owns it).
pub struct GoMap {
    /// The key type.
    pub key: *const TypeDesc,
    /// The value type.
    pub val: *const TypeDesc,
    /// Byte offset of the value in an entry block.
    pub val_offset: usize,
    /// How the collector scans an entry block: the pointer map of the pair (key, value),
    /// laid out as a block is.
    pub block_scan: crate::heap::Scan,
    entries: Vec<*mut u8>,
    index: HashMap<u64, Bucket>,
    len: usize,
    /// Every entry below this index is deleted: a `range` starts its search here, so
    /// deleting the first entry of each new `range` (`for k := range m { delete(m, k);
    /// break }`, Go's iterate/delete idiom) costs O(1) amortized instead of a walk over
    /// every deleted slot.
    first_live: usize,
}

impl GoMap {
    /// An empty map of the given key and value types, whose entry blocks are scanned as
    /// `block_scan` says.
    ///
    /// # Safety
    /// Both must be live descriptors that outlive the map.
    pub unsafe fn new(
        key: *const TypeDesc,
        val: *const TypeDesc,
        block_scan: crate::heap::Scan,
    ) -> GoMap {
        // SAFETY: live descriptors (caller).
        let key_size = unsafe { (*key).size } as usize;
        GoMap {
            key,
            val,
            val_offset: key_size.div_ceil(8) * 8,
            block_scan,
            entries: Vec::new(),
            index: HashMap::new(),
            len: 0,
            first_live: 0,
        }
    }

    /// The entry blocks of the map (heap objects the collector must keep), each once.
    pub fn blocks(&self) -> impl Iterator<Item = usize> + '_ {
        self.entries[self.first_live..]
            .iter()
            .filter(|b| !b.is_null())
            .map(|&b| b as usize)
    }

    /// Bytes an entry block needs.
    pub fn block_size(&self) -> usize {
        // SAFETY: a live descriptor.
        (self.val_offset + unsafe { (*self.val).size } as usize).max(1)
    }

    /// The key's hash and the index of the entry holding an equal key, if any;
    /// `Err(name)` for an unhashable key.
    ///
    /// # Safety
    /// `k` must point to a valid key.
    pub unsafe fn find(&self, k: *const u8) -> Result<(u64, Option<usize>), String> {
        // SAFETY: live descriptor; `k` valid (caller); entries hold valid keys.
        unsafe {
            let kt = &*self.key;
            let h = hash_value(HASH_SEED, kt, k)?;
            if let Some(ids) = self.index.get(&h) {
                for &i in ids.as_slice() {
                    let e = self.entries[i];
                    if !e.is_null() && mem_eq(kt, e, k)? {
                        return Ok((h, Some(i)));
                    }
                }
            }
            Ok((h, None))
        }
    }

    /// Adds the entry `block` (key already copied in, value zero) with key hash `h`.
    pub fn insert(&mut self, h: u64, block: *mut u8) {
        let i = self.entries.len();
        self.entries.push(block);
        match self.index.entry(h) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(Bucket::One(i));
            }
            std::collections::hash_map::Entry::Occupied(mut o) => match o.get_mut() {
                Bucket::Many(v) => v.push(i),
                b => *b = Bucket::Many(Box::new(vec![b.as_slice()[0], i])),
            },
        }
        self.len += 1;
    }

    /// The value of entry `i`.
    pub fn value(&self, i: usize) -> *mut u8 {
        // SAFETY: a live entry block has the value at `val_offset`.
        unsafe { self.entries[i].add(self.val_offset) }
    }

    /// Removes entry `i` (of key hash `h`).
    pub fn remove(&mut self, h: u64, i: usize) {
        self.entries[i] = std::ptr::null_mut();
        let emptied = match self.index.get_mut(&h) {
            Some(Bucket::One(x)) => *x == i,
            Some(b @ Bucket::Many(_)) => {
                if let Bucket::Many(v) = b {
                    v.retain(|&x| x != i);
                    if v.len() == 1 {
                        *b = Bucket::One(v[0]);
                    }
                }
                false
            }
            None => false,
        };
        if emptied {
            self.index.remove(&h);
        }
        self.len -= 1;
        // A map that shrank gives its index's memory back (the entry slots stay, so
        // that a `range` in progress keeps its place).
        if self.index.capacity() > 64 && self.index.len() * 8 < self.index.capacity() {
            self.index.shrink_to(self.index.len() * 2);
        }
        if i == self.first_live {
            while self
                .entries
                .get(self.first_live)
                .is_some_and(|e| e.is_null())
            {
                self.first_live += 1;
            }
        }
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
        self.first_live = 0;
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the map has no entries.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The number of entry slots so far (live or deleted): a `range` started now visits
    /// the live ones below it (entries added during the loop are not visited).
    pub fn end(&self) -> usize {
        self.entries.len()
    }

    /// The first live entry at index `i` or later and below `end`, with the index after it.
    pub fn next(&self, i: usize, end: usize) -> Option<(usize, *mut u8)> {
        let mut i = i.max(self.first_live);
        while i < self.entries.len().min(end) {
            let e = self.entries[i];
            i += 1;
            if !e.is_null() {
                return Some((i, e));
            }
        }
        None
    }

    /// The live entries sorted by key as fmt prints them (integers, strings and bools
    /// by value; other keys in insertion order).
    pub fn sorted_entries(&self) -> Vec<*const u8> {
        let mut es: Vec<*const u8> = self
            .entries
            .iter()
            .filter(|e| !e.is_null())
            .map(|e| *e as *const u8)
            .collect();
        // SAFETY: live descriptor; entries hold valid keys.
        unsafe {
            let kt = &*self.key;
            es.sort_by(|&a, &b| compare(kt, a, b));
        }
        es
    }
}

/// internal/fmtsort's order of floats (`cmp.Compare`): NaN first, then by value.
fn float_order(x: f64, y: f64) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    match (x.is_nan(), y.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
    }
}

/// fmt's key order (internal/fmtsort) for two values of type `t`: numbers, strings and
/// bools by value, pointers by address, structs field by field, interfaces by dynamic
/// type (nil first; different types in descriptor order) and then value.
///
/// # Safety
/// `a` and `b` must point to valid values of type `t`.
unsafe fn compare(t: &TypeDesc, a: *const u8, b: *const u8) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    // SAFETY (whole body): both hold values of type `t` (caller).
    unsafe {
        if let Some((size, signed)) = t.kind.int_layout() {
            return read_int(a, size, signed).cmp(&read_int(b, size, signed));
        }
        match t.kind {
            // internal/fmtsort: NaN first, then by value.
            k if k.is_float() => float_order(
                crate::types::read_float(a, k),
                crate::types::read_float(b, k),
            ),
            // internal/fmtsort: by real part, then by imaginary part.
            k if k.is_complex() => {
                let (x, y) = (
                    crate::types::read_complex(a, k),
                    crate::types::read_complex(b, k),
                );
                float_order(x.0, y.0).then(float_order(x.1, y.1))
            }
            TypeKind::String => string_at(a).cmp(string_at(b)),
            TypeKind::Bool => (*a).cmp(&*b),
            TypeKind::Struct => {
                for f in &t.fields {
                    let c = compare(&*f.typ, a.add(f.offset), b.add(f.offset));
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            TypeKind::Array => {
                for i in 0..t.len {
                    let o = i * t.elem_size;
                    let c = compare(&*t.elem, a.add(o), b.add(o));
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            TypeKind::Any | TypeKind::Error => {
                let (wa, wb) = (a as *const usize, b as *const usize);
                let (ta, tb) = (*wa, *wb);
                if ta != tb || ta == 0 {
                    return ta.cmp(&tb);
                }
                let dt = &*(ta as *const TypeDesc);
                let (da, db) = (*wa.add(1), *wb.add(1));
                if dt.kind == TypeKind::String || dt.is_error() {
                    return string_at(da as *const u8).cmp(string_at(db as *const u8));
                }
                if dt.is_direct() {
                    let (x, y) = (
                        &da as *const usize as *const u8,
                        &db as *const usize as *const u8,
                    );
                    return compare(dt, x, y);
                }
                compare(dt, da as *const u8, db as *const u8)
            }
            _ => (*(a as *const usize)).cmp(&*(b as *const usize)),
        }
    }
}

/// The string stored at `p`.
///
/// # Safety
/// `p` must point to a valid string header.
unsafe fn string_at<'a>(p: *const u8) -> &'a [u8] {
    // SAFETY: caller's contract.
    unsafe {
        let w = p as *const usize;
        if *w.add(1) == 0 {
            &[]
        } else {
            std::slice::from_raw_parts(*w as *const u8, *w.add(1))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::GoMap;
    use crate::types::INT;

    #[test]
    fn range_after_deleting_the_first_entries_starts_at_the_first_live_one() {
        let mut blocks = [[0u64; 2]; 4];
        // SAFETY: static descriptors.
        let mut m = unsafe { GoMap::new(&INT, &INT, crate::heap::Scan::NoScan) };
        for (h, b) in blocks.iter_mut().enumerate() {
            m.insert(h as u64, b.as_mut_ptr().cast());
        }
        let end = m.end();
        m.remove(0, 0);
        m.remove(2, 2);
        assert_eq!(m.next(0, end).map(|(i, _)| i), Some(2));
        m.remove(1, 1);
        // Entries 0-2 are deleted: the search starts at 3 without walking them.
        assert_eq!(m.first_live, 3);
        assert_eq!(m.next(0, end).map(|(i, _)| i), Some(4));
        m.remove(3, 3);
        assert_eq!(m.next(0, end), None);
        assert!(m.is_empty());
        m.clear();
        assert_eq!(m.first_live, 0);
    }
}
