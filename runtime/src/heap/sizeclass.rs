//! Go's size classes (Go 1.23's `runtime/sizeclasses.go` sizes): the slot size a small
//! object is rounded up to, how many pages a span of each class takes, and the class of
//! a request, found through two lookup tables as gc's `size_to_class8/128` are.

/// The heap's page size (gc's `_PageSize`).
pub const PAGE: usize = 8192;
/// The largest small object; larger ones get spans of their own (gc's `_MaxSmallSize`).
pub const MAX_SMALL: usize = 32768;
/// Classes 1..=67; class 0 stands for large objects.
pub const NUM_CLASSES: usize = 68;

/// Slot size of each class (class 0: large objects, sized by their span).
pub const SIZES: [u32; NUM_CLASSES] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// The smallest class whose slot holds `size` bytes, by search (to build the tables).
const fn search(size: usize) -> u8 {
    let mut c = 1;
    while (SIZES[c] as usize) < size {
        c += 1;
    }
    c as u8
}

/// Class of sizes up to 1024, indexed by `(size + 7) / 8`.
const SMALL_TABLE: [u8; 129] = {
    let mut t = [0u8; 129];
    let mut i = 1;
    while i < 129 {
        t[i] = search(i * 8);
        i += 1;
    }
    t[0] = 1;
    t
};

/// Class of sizes from 1025 to 32768, indexed by `(size - 1024 + 127) / 128`.
const LARGE_TABLE: [u8; 249] = {
    let mut t = [0u8; 249];
    let mut i = 0;
    while i < 249 {
        t[i] = search(1024 + i * 128);
        i += 1;
    }
    t
};

/// The class of a small request (`1..=MAX_SMALL` bytes; 0 counts as 1).
#[inline]
pub fn class_of(size: usize) -> usize {
    debug_assert!(size <= MAX_SMALL);
    if size <= 1024 {
        SMALL_TABLE[size.div_ceil(8)] as usize
    } else {
        LARGE_TABLE[(size - 1024).div_ceil(128)] as usize
    }
}

/// Pages in a span of class `c`: the fewest (up to 10) that waste at most an eighth of
/// the span at its end, else the fewest that waste least.
pub const fn span_pages(c: usize) -> usize {
    let size = SIZES[c] as usize;
    // The best so far: its pages, and its waste over its bytes as a fraction.
    let (mut best, mut best_waste, mut best_bytes) = (0, 1, 0);
    let mut n = 1;
    while n <= 10 {
        let bytes = n * PAGE;
        if bytes >= size {
            let waste = bytes % size;
            if waste * 8 <= bytes {
                return n;
            }
            if best == 0 || waste * best_bytes < best_waste * bytes {
                (best, best_waste, best_bytes) = (n, waste, bytes);
            }
        }
        n += 1;
    }
    best
}

/// The bytes Go's allocator accounts an object of `size` bytes for: its class's slot,
/// or whole pages above [`MAX_SMALL`].
pub fn rounded(size: usize) -> usize {
    class_and_rounded(size).1
}

/// The size class of an object of `size` bytes (0: a large object) and the bytes it
/// takes (its class's size, or whole pages).
#[inline]
pub fn class_and_rounded(size: usize) -> (usize, usize) {
    if size <= MAX_SMALL {
        let c = class_of(size);
        (c, SIZES[c] as usize)
    } else {
        (0, size.div_ceil(PAGE) * PAGE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_agree_with_search() {
        for size in 1..=MAX_SMALL {
            let c = class_of(size);
            assert!(SIZES[c] as usize >= size, "{size}");
            assert!(c == 1 || (SIZES[c - 1] as usize) < size, "{size}");
        }
        assert_eq!(rounded(0), 8);
        assert_eq!(rounded(33), 48);
        assert_eq!(rounded(32769), 40960);
    }

    #[test]
    fn spans_hold_a_slot_and_waste_little() {
        for c in 1..NUM_CLASSES {
            let bytes = span_pages(c) * PAGE;
            let size = SIZES[c] as usize;
            assert!(bytes >= size);
            assert!(bytes % size <= bytes / 8 || size > 8192, "class {c}");
        }
    }
}
