//! How Go values of each type are laid out: as Cranelift values (words) in registers and
//! as bytes in memory (stack slots, arena boxes, closure environments, slice elements).
//! The word layout is the one documented in `runtime::abi`.

use crate::ir::{Func, Type};
use cranelift_codegen::ir::types;
use runtime::abi::{self, CLOSURE_ENV_OFFSET};

/// The Cranelift types of the words of a value of type `ty`, in order. A struct's words
/// are its fields' words, in field order.
pub fn words(ty: &Type) -> Vec<types::Type> {
    match ty {
        Type::Int
        | Type::Func(_)
        | Type::TestingB
        | Type::Pointer(_)
        | Type::Map(..)
        | Type::Chan(..)
        | Type::UnsafePointer => vec![types::I64],
        Type::Bool => vec![types::I8],
        Type::String | Type::Error | Type::Any | Type::Interface(_) => {
            vec![types::I64, types::I64]
        }
        Type::Slice(_) => vec![types::I64, types::I64, types::I64],
        Type::Tuple(ts) => ts.iter().flat_map(words).collect(),
        Type::Named(n) => words(n.underlying()),
        Type::Sized(k) => vec![types::Type::int(k.bits() as u16).expect("integer width")],
        Type::Float(crate::ir::FloatKind::F32) => vec![types::F32],
        Type::Float(crate::ir::FloatKind::F64) => vec![types::F64],
        Type::Complex(crate::ir::FloatKind::F32) => vec![types::F32, types::F32],
        Type::Complex(crate::ir::FloatKind::F64) => vec![types::F64, types::F64],
        Type::Struct(st) => st.fields.iter().flat_map(|f| words(&f.ty)).collect(),
        Type::Array(e, n) => {
            let w = words(e);
            let mut v = Vec::with_capacity(w.len() * *n as usize);
            for _ in 0..*n {
                v.extend_from_slice(&w);
            }
            v
        }
    }
}

/// Size in bytes of a value of type `ty` in memory (Go's sizes on amd64, from the ABI).
pub fn size_of(ty: &Type) -> u32 {
    match ty {
        Type::Int => abi::INT_SIZE,
        Type::Bool => abi::BOOL_SIZE,
        Type::Func(_) => abi::FUNC_SIZE,
        Type::TestingB
        | Type::Pointer(_)
        | Type::Map(..)
        | Type::Chan(..)
        | Type::UnsafePointer => abi::POINTER_SIZE,
        Type::String => abi::STRING_SIZE,
        Type::Error | Type::Any | Type::Interface(_) => abi::IFACE_SIZE,
        Type::Slice(_) => abi::SLICE_SIZE,
        Type::Tuple(ts) => ts.iter().map(|t| align8(size_of(t))).sum(),
        Type::Named(n) => size_of(n.underlying()),
        Type::Sized(k) => k.bits() / 8,
        Type::Float(k) => k.bits() / 8,
        Type::Complex(k) => 2 * k.bits() / 8,
        Type::Struct(_) => struct_layout(ty).1,
        Type::Array(e, n) => size_of(e) * *n as u32,
    }
}

/// Whether a value of type `ty` may hold a pointer into the heap: an object of a type
/// without one is allocated `noscan` (the collector marks it but never scans it).
pub fn has_pointers(ty: &Type) -> bool {
    match ty {
        // A uintptr may hold the only copy of a pointer (a `//go:uintptrescapes` call's
        // argument, a variadic `...uintptr`): scanned, as the collector is conservative.
        Type::Sized(crate::ir::IntKind::Uptr) => true,
        Type::Int | Type::Bool | Type::Sized(_) | Type::Float(_) | Type::Complex(_) => false,
        Type::Named(n) => has_pointers(n.underlying()),
        Type::Array(e, n) => *n > 0 && has_pointers(e),
        Type::Struct(st) => st.fields.iter().any(|f| has_pointers(&f.ty)),
        Type::Tuple(ts) => ts.iter().any(has_pointers),
        _ => true,
    }
}

/// Alignment in bytes of a value of type `ty` in memory (gc's on amd64).
pub fn align_of(ty: &Type) -> u32 {
    match ty.under() {
        Type::Bool => 1,
        Type::Sized(k) => k.bits() / 8,
        Type::Float(k) | Type::Complex(k) => k.bits() / 8,
        Type::Struct(st) => st.fields.iter().map(|f| align_of(&f.ty)).max().unwrap_or(1),
        Type::Array(e, _) => align_of(e),
        _ => 8,
    }
}

/// The byte offset of each field of the struct type underlying `ty` and the struct's
/// size: each field at the next multiple of its alignment, the size rounded up to the
/// struct's alignment (gc's rule, so `unsafe.Offsetof` agrees).
pub fn struct_layout(ty: &Type) -> (Vec<u32>, u32) {
    let Some(st) = ty.struct_type() else {
        return (Vec::new(), size_of(ty));
    };
    let mut off = 0u32;
    let mut offsets = Vec::with_capacity(st.fields.len());
    for f in &st.fields {
        let a = align_of(&f.ty);
        off = off.div_ceil(a) * a;
        offsets.push(off);
        off += size_of(&f.ty);
    }
    // gc pads a non-empty struct ending in a zero-sized field by a byte, so that the
    // field's address cannot point to the next object.
    if off > 0 && st.fields.last().is_some_and(|f| size_of(&f.ty) == 0) {
        off += 1;
    }
    let a = align_of(ty);
    (offsets, off.div_ceil(a) * a)
}

/// Byte offset of each word of `ty` within its in-memory representation.
pub fn word_offsets(ty: &Type) -> Vec<i32> {
    match ty.under() {
        Type::Bool | Type::Sized(_) | Type::Float(_) => vec![0],
        Type::Complex(k) => vec![0, k.bits() as i32 / 8],
        Type::Struct(st) => {
            let (offs, _) = struct_layout(ty);
            st.fields
                .iter()
                .zip(offs)
                .flat_map(|(f, o)| word_offsets(&f.ty).into_iter().map(move |w| w + o as i32))
                .collect()
        }
        Type::Array(e, n) => {
            let (inner, size) = (word_offsets(e), size_of(e) as i32);
            (0..*n as i32)
                .flat_map(|i| inner.iter().map(move |o| o + i * size))
                .collect()
        }
        other => (0..words(other).len() as i32).map(|i| i * 8).collect(),
    }
}

/// The range of the words of field `index` among the words of the struct type `ty`.
pub fn field_words(ty: &Type, index: usize) -> std::ops::Range<usize> {
    let st = ty.struct_type().expect("field_words of a non-struct type");
    let start: usize = st.fields[..index].iter().map(|f| words(&f.ty).len()).sum();
    start..start + words(&st.fields[index].ty).len()
}

/// The range of the words of element `index` among the words of the array type `ty`.
pub fn elem_words(ty: &Type, index: u64) -> std::ops::Range<usize> {
    let (e, _) = ty.array_type().expect("elem_words of a non-array type");
    let n = words(e).len();
    let start = n * index as usize;
    start..start + n
}

/// Rounds up to a multiple of 8.
pub fn align8(n: u32) -> u32 {
    (n + 7) & !7
}

/// Layout of a closure object: `[code][env slot 0][env slot 1]...`.
#[derive(Clone, Debug)]
pub struct ClosureLayout {
    /// Byte offset of each capture's slot from the start of the closure object.
    pub capture_offsets: Vec<i32>,
    /// Total size in bytes (8-aligned).
    pub size: u32,
}

/// The type a closure object of `func` is laid out as, for its pointer map: the code
/// pointer (outside the heap), then each capture, by value or (by reference) a pointer to
/// its box, each at the next multiple of 8 as [`closure_layout`] places them.
pub fn closure_env_type(func: &Func) -> Type {
    let mut parts = vec![Type::Int];
    for cap in &func.captures {
        let inner_ty = &func.locals[cap.inner.0 as usize].ty;
        parts.push(if cap.by_ref {
            Type::Pointer(Box::new(inner_ty.clone()))
        } else {
            inner_ty.clone()
        });
    }
    Type::Tuple(parts)
}

/// The closure object layout of `func` (a closure; top-level functions have no captures).
pub fn closure_layout(func: &Func) -> ClosureLayout {
    let mut off = CLOSURE_ENV_OFFSET as u32;
    let mut capture_offsets = Vec::with_capacity(func.captures.len());
    for cap in &func.captures {
        capture_offsets.push(off as i32);
        let inner_ty = &func.locals[cap.inner.0 as usize].ty;
        off += if cap.by_ref {
            8
        } else {
            align8(size_of(inner_ty))
        };
    }
    ClosureLayout {
        capture_offsets,
        size: align8(off),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_words_match_the_runtime_abi() {
        assert_eq!(words(&Type::String), vec![types::I64, types::I64]);
        assert_eq!(words(&Type::Bool), vec![types::I8]);
        assert_eq!(size_of(&Type::Bool), 1);
        assert_eq!(size_of(&Type::Any), 16);
        assert_eq!(size_of(&Type::Slice(Box::new(Type::Int))), 24);
        assert_eq!(
            word_offsets(&Type::Slice(Box::new(Type::Int))),
            vec![0, 8, 16]
        );
        assert_eq!(size_of(&Type::Tuple(vec![Type::Bool, Type::Int])), 16);
        // Every multi-word value's memory size is its words', 8 bytes each.
        for ty in [
            Type::Int,
            Type::String,
            Type::Any,
            Type::Error,
            Type::TestingB,
            Type::Slice(Box::new(Type::Int)),
        ] {
            assert_eq!(size_of(&ty), 8 * words(&ty).len() as u32, "{ty:?}");
        }
    }
}
