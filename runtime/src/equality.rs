//! Go's `==` on values described by type descriptors (`iface_eq`, `mem_eq`) and the
//! matching hash (`hash_value`): what interface comparison and map keys use. Strings
//! compare by content, interfaces by dynamic type and value, structs field by field;
//! an uncomparable dynamic type is reported as `Err(its name)`.

use crate::types::{self, same_type, TypeDesc, TypeKind};

/// The bytes of the string `(ptr, len)` (ptr may be anything when len is 0).
///
/// # Safety
/// `(ptr, len)` must be a valid Go string.
unsafe fn bytes<'a>(ptr: usize, len: usize) -> &'a [u8] {
    if len == 0 {
        &[]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(ptr as *const u8, len) }
    }
}

/// The string in a box (`[ptr, len]`).
///
/// # Safety
/// `boxp` must point to a valid string header.
unsafe fn unbox<'a>(boxp: usize) -> &'a [u8] {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let w = boxp as *const usize;
        bytes(*w, *w.add(1))
    }
}

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
        // SAFETY: a float's data word holds its bits.
        k if k.is_float() => unsafe {
            types::read_float(&d1 as *const usize as *const u8, k)
                == types::read_float(&d2 as *const usize as *const u8, k)
        },
        // Value types compare by content: strings, runtime.errorString, runtime.boundsError.
        // SAFETY: string data words are boxed strings.
        TypeKind::String => d1 == d2 || unsafe { unbox(d1) == unbox(d2) },
        TypeKind::RuntimeError if !std::ptr::eq(a, &types::RUNTIME_TYPE_ASSERTION_ERROR) => {
            // SAFETY: runtime error data words are boxed strings.
            d1 == d2 || unsafe { unbox(d1) == unbox(d2) }
        }
        // SAFETY: a struct's (array's, complex number's) data word points to a boxed
        // value of its type.
        TypeKind::Struct | TypeKind::Array | TypeKind::Complex64 | TypeKind::Complex128 => unsafe {
            mem_eq(a, d1 as *const u8, d2 as *const u8)?
        },
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
            k if k.is_float() => types::read_float(p, k) == types::read_float(q, k),
            // Part by part, as floats: `-0 == +0`, NaN unequal to everything.
            k if k.is_complex() => types::read_complex(p, k) == types::read_complex(q, k),
            TypeKind::String => {
                let (a, b) = (p as *const usize, q as *const usize);
                bytes(*a, *a.add(1)) == bytes(*b, *b.add(1))
            }
            TypeKind::Any | TypeKind::Error => {
                let (a, b) = (p as *const usize, q as *const usize);
                iface_eq(*a, *a.add(1), *b, *b.add(1))?
            }
            TypeKind::Struct => {
                // Blank fields take no part in comparisons.
                for f in t.fields.iter().filter(|f| f.name != "_") {
                    if !mem_eq(&*f.typ, p.add(f.offset), q.add(f.offset))? {
                        return Ok(false);
                    }
                }
                true
            }
            TypeKind::Array => {
                for i in 0..t.len {
                    let o = i * t.elem_size;
                    if !mem_eq(&*t.elem, p.add(o), q.add(o))? {
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

/// FNV-1a over `b`, continuing from `h`.
fn fnv(mut h: u64, b: &[u8]) -> u64 {
    for x in b {
        h ^= *x as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h
}

/// The FNV offset basis, where a hash starts.
pub const HASH_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// A hash of the value of type `t` at `p` consistent with [`mem_eq`]; `Err(name)` for
/// an uncomparable (dynamic) type.
///
/// # Safety
/// `p` must point to a valid value of type `t`.
pub unsafe fn hash_value(h: u64, t: &TypeDesc, p: *const u8) -> Result<u64, String> {
    // SAFETY (whole body): `p` holds a value of type `t` (caller).
    unsafe {
        Ok(match t.kind {
            TypeKind::String => {
                let w = p as *const usize;
                fnv(h, bytes(*w, *w.add(1)))
            }
            k if k.is_float() => {
                let f = types::read_float(p, k);
                if f.is_nan() {
                    // NaN is unequal to every key, itself included: any hash will do,
                    // a fresh one spreads many NaN keys.
                    fnv(h, &nan_salt().to_le_bytes())
                } else {
                    // +0 and -0 are equal keys.
                    fnv(h, &(f + 0.0).to_bits().to_le_bytes())
                }
            }
            k if k.is_complex() => {
                let (re, im) = types::read_complex(p, k);
                if re.is_nan() || im.is_nan() {
                    // Never equal to any key (see the float case).
                    fnv(h, &nan_salt().to_le_bytes())
                } else {
                    // +0 and -0 are equal parts.
                    let h = fnv(h, &(re + 0.0).to_bits().to_le_bytes());
                    fnv(h, &(im + 0.0).to_bits().to_le_bytes())
                }
            }
            TypeKind::Any | TypeKind::Error => {
                let w = p as *const usize;
                let (dt, d) = (*w, *w.add(1));
                let Some(dd) = types::desc(dt) else {
                    return Ok(fnv(h, &[0]));
                };
                if !dd.comparable() {
                    return Err(dd.name().to_string());
                }
                let h = fnv(h, dd.name().as_bytes());
                if dd.kind.is_float() {
                    // Hashed by value (+0 and -0 alike) from the bits in the data word.
                    hash_value(h, dd, &d as *const usize as *const u8)?
                } else if dd.kind == TypeKind::String || dd.is_error() {
                    fnv(h, unbox(d))
                } else if dd.is_direct() {
                    fnv(h, &d.to_le_bytes())
                } else {
                    hash_value(h, dd, d as *const u8)?
                }
            }
            TypeKind::Struct => {
                let mut h = h;
                for f in t.fields.iter().filter(|f| f.name != "_") {
                    h = hash_value(h, &*f.typ, p.add(f.offset))?;
                }
                h
            }
            TypeKind::Array => {
                let mut h = h;
                for i in 0..t.len {
                    h = hash_value(h, &*t.elem, p.add(i * t.elem_size))?;
                }
                h
            }
            TypeKind::Slice | TypeKind::Func => return Err(t.name().to_string()),
            _ => fnv(h, std::slice::from_raw_parts(p, t.size as usize)),
        })
    }
}

/// A different number at each call, to hash NaN keys apart.
fn nan_salt() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0x9e37_79b9_7f4a_7c15);
    NEXT.fetch_add(0x9e37_79b9_7f4a_7c15, Ordering::Relaxed)
}
