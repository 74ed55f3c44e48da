//! Pointer maps: which words of a value of a Go type may hold pointers, computed from the
//! type's layout and emitted once per distinct map as read-only data (`runtime::abi::PtrMap`,
//! gc's GC bitmaps). The collector scans a heap object's words through the map it was
//! allocated with, so that an integer that looks like an address keeps nothing alive.
//!
//! A map describes one element; an object is an array of them (a slice's backing array,
//! `new([N]T)`). So an array type's map is its element's, whatever its length: a big array
//! costs no bigger map. A type that would still need more than [`MAX_WORDS`] words (a
//! struct holding a huge array of pointers next to other fields) gets a conservative map:
//! every word of the object is scanned.

use crate::ir::Type;
use crate::layout::{align8, size_of, struct_layout};
use cranelift_module::{DataDescription, DataId, Linkage, Module};
use runtime::abi::PtrMap;
use std::collections::HashMap;

/// The most words a map describes one by one (gc too switches to a program for big types).
pub const MAX_WORDS: usize = 1 << 16;

/// The pointer map of a type: its element size and bits, before encoding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PtrBits {
    /// Bytes of one element.
    pub size: u64,
    /// Bit `i` of `bits[i / 64]`: word `i` may hold a pointer. `None`: conservative.
    pub bits: Option<Vec<u64>>,
}

impl PtrBits {
    /// Words below the last pointer word (the map's `words`).
    pub fn words(&self) -> u64 {
        match &self.bits {
            None => PtrMap::CONSERVATIVE,
            Some(b) => match b.iter().rposition(|&w| w != 0) {
                None => 0,
                Some(i) => i as u64 * 64 + 64 - b[i].leading_zeros() as u64,
            },
        }
    }

    /// The bytes of the map as the runtime reads them.
    pub fn encode(&self) -> Vec<u8> {
        let words = self.words();
        let bits = match &self.bits {
            Some(b) => &b[..words.div_ceil(64) as usize],
            None => &[][..],
        };
        PtrMap::encode(self.size, words, bits)
    }
}

/// The element type an object of type `ty` is an array of: `ty` without its array layers.
pub fn element(ty: &Type) -> &Type {
    match ty {
        Type::Named(n) => element(n.underlying()),
        Type::Array(e, _) => element(e),
        _ => ty,
    }
}

/// The pointer map of an object of type `ty` (an array of [`element`]s of it).
pub fn ptr_bits(ty: &Type) -> PtrBits {
    let unit = element(ty);
    let size = size_of(unit) as u64;
    let words = size.div_ceil(8) as usize;
    if words > MAX_WORDS {
        return PtrBits { size, bits: None };
    }
    let mut bits = vec![0u64; words.div_ceil(64)];
    set_pointer_words(unit, 0, &mut bits);
    PtrBits {
        size,
        bits: Some(bits),
    }
}

/// Sets in `bits` the words of a value of type `ty` at word `at` that may hold pointers.
fn set_pointer_words(ty: &Type, at: usize, bits: &mut [u64]) {
    let mut set = |w: usize| bits[w / 64] |= 1 << (w % 64);
    match ty {
        // A uintptr may hold the only copy of a pointer (see `layout::has_pointers`).
        Type::Sized(crate::ir::IntKind::Uptr) => set(at),
        Type::Int | Type::Bool | Type::Sized(_) | Type::Float(_) | Type::Complex(_) => {}
        // The data pointer; the length and capacity are numbers.
        Type::String | Type::Slice(_) => set(at),
        // The dynamic type's descriptor lives outside the heap; the data word is a pointer
        // or a value small enough to be kept in it.
        Type::Error | Type::Any | Type::Interface(_) => set(at + 1),
        Type::Func(_)
        | Type::TestingB
        | Type::Pointer(_)
        | Type::Map(..)
        | Type::Chan(..)
        | Type::UnsafePointer => set(at),
        Type::Named(n) => set_pointer_words(n.underlying(), at, bits),
        Type::Tuple(ts) => {
            let mut off = 0;
            for t in ts {
                set_pointer_words(t, at + off as usize / 8, bits);
                off += align8(size_of(t));
            }
        }
        Type::Struct(_) => {
            let (offsets, _) = struct_layout(ty);
            let st = ty.struct_type().expect("a struct type");
            for (f, off) in st.fields.iter().zip(offsets) {
                if crate::layout::has_pointers(&f.ty) {
                    // Fields with pointers are 8-aligned (a pointer's alignment).
                    set_pointer_words(&f.ty, at + off as usize / 8, bits);
                }
            }
        }
        Type::Array(e, n) => {
            if crate::layout::has_pointers(e) {
                let stride = size_of(e) as usize / 8;
                for i in 0..*n as usize {
                    set_pointer_words(e, at + i * stride, bits);
                }
            }
        }
    }
}

/// The maps emitted so far, by content: each distinct map is one data object.
#[derive(Default)]
pub struct PtrMaps {
    emitted: HashMap<Vec<u8>, DataId>,
}

impl PtrMaps {
    /// The data object holding the pointer map of objects of type `ty`.
    pub fn data(&mut self, module: &mut dyn Module, ty: &Type) -> DataId {
        let bytes = ptr_bits(ty).encode();
        if let Some(&id) = self.emitted.get(&bytes) {
            return id;
        }
        let id = module
            .declare_data(
                &format!("ptrmap#{}", self.emitted.len()),
                Linkage::Local,
                false,
                false,
            )
            .expect("declare a pointer map");
        let mut desc = DataDescription::new();
        desc.define(bytes.clone().into_boxed_slice());
        desc.set_align(8);
        module.define_data(id, &desc).expect("define a pointer map");
        self.emitted.insert(bytes, id);
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::IntKind;

    fn bits_of(ty: &Type) -> (u64, u64, Vec<u64>) {
        let b = ptr_bits(ty);
        (b.size, b.words(), b.bits.unwrap_or_default())
    }

    #[test]
    fn maps_name_the_pointer_words() {
        assert_eq!(bits_of(&Type::Int), (8, 0, vec![0]));
        assert_eq!(bits_of(&Type::String), (16, 1, vec![0b1]));
        assert_eq!(bits_of(&Type::Any), (16, 2, vec![0b10]));
        let slice = Type::Slice(Box::new(Type::Int));
        assert_eq!(bits_of(&slice), (24, 1, vec![0b1]));
        // (int, string, []int, any): words 1, 3 and 7.
        let t = Type::Tuple(vec![Type::Int, Type::String, slice.clone(), Type::Any]);
        assert_eq!(bits_of(&t), (64, 8, vec![0b1000_1010]));
        // An array's map is its element's.
        let arr = Type::Array(Box::new(Type::String), 1 << 20);
        assert_eq!(bits_of(&arr), (16, 1, vec![0b1]));
        // A struct field array of them is laid out word by word.
        let inner = Type::Array(Box::new(Type::Pointer(Box::new(Type::Int))), 3);
        let t = Type::Tuple(vec![Type::Sized(IntKind::I32), inner]);
        assert_eq!(bits_of(&t), (32, 4, vec![0b1110]));
        // Too big to describe: conservative.
        let huge = Type::Tuple(vec![Type::Int, arr]);
        assert_eq!(ptr_bits(&huge).words(), PtrMap::CONSERVATIVE);
    }
}
