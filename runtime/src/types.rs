//! Type descriptors (`TypeDesc`): the dynamic type word of interface values.
//!
//! The runtime owns statics for the predeclared and runtime types; the JIT owns (boxes)
//! descriptors for slice and func types it builds with [`TypeDesc::slice`] and
//! [`TypeDesc::func`] and keeps them alive while the code runs.

use crate::abi::{
    BOOL_SIZE, FUNC_SIZE, IFACE_SIZE, INT_SIZE, POINTER_SIZE, SLICE_SIZE, STRING_SIZE,
};
use std::borrow::Cow;

/// What a descriptor describes.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    /// `int`.
    Int = 1,
    /// `bool`.
    Bool = 2,
    /// `string`.
    String = 3,
    /// `[]T`; see [`TypeDesc::elem`].
    Slice = 4,
    /// A func type.
    Func = 5,
    /// The empty interface `interface {}` (only as a slice element or assertion target).
    Any = 6,
    /// The `error` interface (slice element, or `want_type` of `x.(error)`).
    Error = 7,
    /// `*errors.errorString`: data = pointer to a boxed `[ptr, len]` message.
    ErrorsErrorString = 8,
    /// A runtime error type (`runtime.errorString`, `runtime.boundsError`,
    /// `*runtime.TypeAssertionError`): data = pointer to the boxed full `Error()` text.
    RuntimeError = 9,
    /// `*runtime.PanicNilError`: data = pointer to the boxed `Error()` text.
    PanicNilError = 10,
    /// A struct type; see [`TypeDesc::fields`].
    Struct = 11,
    /// A pointer type `*T`; [`TypeDesc::elem`] is `T`.
    Pointer = 12,
    /// `int8`.
    Int8 = 13,
    /// `int16`.
    Int16 = 14,
    /// `int32` (`rune`).
    Int32 = 15,
    /// `int64`.
    Int64 = 16,
    /// `uint`.
    Uint = 17,
    /// `uint8` (`byte`).
    Uint8 = 18,
    /// `uint16`.
    Uint16 = 19,
    /// `uint32`.
    Uint32 = 20,
    /// `uint64`.
    Uint64 = 21,
    /// `uintptr`.
    Uintptr = 22,
    /// `map[K]V`: [`TypeDesc::key`] is `K`, [`TypeDesc::elem`] is `V`.
    Map = 23,
    /// `[N]T`: [`TypeDesc::elem`] is `T`, [`TypeDesc::len`] is `N`.
    Array = 24,
    /// `float32`: in an interface, the data word's low 32 bits are its bits.
    Float32 = 25,
    /// `float64`: in an interface, the data word is its bits.
    Float64 = 26,
    /// `unsafe.Pointer`: an address, without an element type.
    UnsafePointer = 27,
    /// `complex64`: two `float32`s, real then imaginary; boxed in an interface.
    Complex64 = 28,
    /// `complex128`: two `float64`s, real then imaginary; boxed in an interface.
    Complex128 = 29,
    /// A channel type; [`TypeDesc::elem`] is its element type.
    Chan = 30,
}

impl TypeKind {
    /// Whether this is `float32` or `float64`.
    pub fn is_float(self) -> bool {
        matches!(self, TypeKind::Float32 | TypeKind::Float64)
    }

    /// Whether this is `complex64` or `complex128`.
    pub fn is_complex(self) -> bool {
        matches!(self, TypeKind::Complex64 | TypeKind::Complex128)
    }

    /// For an integer kind: its size in bytes and whether it is signed.
    pub fn int_layout(self) -> Option<(usize, bool)> {
        Some(match self {
            TypeKind::Int | TypeKind::Int64 => (8, true),
            TypeKind::Int8 => (1, true),
            TypeKind::Int16 => (2, true),
            TypeKind::Int32 => (4, true),
            TypeKind::Uint | TypeKind::Uint64 | TypeKind::Uintptr => (8, false),
            TypeKind::Uint8 => (1, false),
            TypeKind::Uint16 => (2, false),
            TypeKind::Uint32 => (4, false),
            _ => return None,
        })
    }
}

/// Reads the integer of `size` bytes at `p`, sign- or zero-extended to 128 bits.
///
/// # Safety
/// `p` must point to `size` readable bytes (1, 2, 4 or 8).
pub unsafe fn read_int(p: *const u8, size: usize, signed: bool) -> i128 {
    // SAFETY: caller's contract; unaligned reads are fine on the supported ISAs.
    unsafe {
        match (size, signed) {
            (1, true) => *(p as *const i8) as i128,
            (2, true) => (p as *const i16).read_unaligned() as i128,
            (4, true) => (p as *const i32).read_unaligned() as i128,
            (_, true) => (p as *const i64).read_unaligned() as i128,
            (1, false) => *p as i128,
            (2, false) => (p as *const u16).read_unaligned() as i128,
            (4, false) => (p as *const u32).read_unaligned() as i128,
            (_, false) => (p as *const u64).read_unaligned() as i128,
        }
    }
}

/// The float of kind `k` (a float kind) at `p`, widened to `f64`.
///
/// # Safety
/// `p` must point to a float of that kind.
pub unsafe fn read_float(p: *const u8, k: TypeKind) -> f64 {
    // SAFETY: the caller's contract.
    unsafe {
        if k == TypeKind::Float32 {
            (p as *const f32).read_unaligned() as f64
        } else {
            (p as *const f64).read_unaligned()
        }
    }
}

/// The complex number of kind `k` (a complex kind) at `p`: its real and imaginary parts,
/// widened to `f64`.
///
/// # Safety
/// `p` must point to a complex number of that kind.
pub unsafe fn read_complex(p: *const u8, k: TypeKind) -> (f64, f64) {
    // SAFETY: the caller's contract; the parts are floats of half the size each.
    unsafe {
        if k == TypeKind::Complex64 {
            (
                read_float(p, TypeKind::Float32),
                read_float(p.add(4), TypeKind::Float32),
            )
        } else {
            (
                read_float(p, TypeKind::Float64),
                read_float(p.add(8), TypeKind::Float64),
            )
        }
    }
}

/// One field of a struct type's descriptor.
#[repr(C)]
#[derive(Debug)]
pub struct FieldDesc {
    /// The field's name.
    pub name: String,
    /// Byte offset of the field in the struct.
    pub offset: usize,
    /// The field's type.
    pub typ: *const TypeDesc,
    /// An embedded field (`T` or `*T`).
    pub embedded: bool,
}

impl FieldDesc {
    /// Whether fmt may call the methods of this field's value (its `CanInterface`), in a
    /// struct value where it may call those of fields (`parent`). An unexported field's
    /// value cannot be used as an interface, and neither can what is inside it; but for
    /// an embedded one (reflect's `flagEmbedRO`, which its own fields do not inherit)
    /// only the value itself is barred, which matters only when it has a method fmt calls.
    pub fn methods(&self, parent: bool) -> bool {
        if self.name.starts_with(|c: char| c.is_uppercase()) {
            return parent;
        }
        if !self.embedded {
            return false;
        }
        // SAFETY: field descriptors outlive their struct's (constructor contract).
        let t = unsafe { &*self.typ };
        let own = t.error_method != 0
            || t.string_method != 0
            || t.gostring_method != 0
            || t.format_method != 0
            || t.is_error();
        parent && !own
    }
}

/// A Go type as the runtime sees it. `#[repr(C)]`; the JIT only passes pointers to it.
#[repr(C)]
#[derive(Debug)]
pub struct TypeDesc {
    /// What the descriptor describes.
    pub kind: TypeKind,
    /// Size in bytes of a value of this type in memory (int 8, bool 1, string 16,
    /// interface 16, func 8, slice 24).
    pub size: u32,
    /// Element descriptor of a slice type, pointee of a pointer type; null otherwise.
    pub elem: *const TypeDesc,
    /// Element size of a slice type, 0 otherwise.
    pub elem_size: usize,
    /// Go's name of the type, as `%T` and runtime messages print it.
    pub name: Cow<'static, str>,
    /// A defined type (`main.T`): `kind` is its underlying type's kind, and panics print
    /// its values as `main.T(5)`.
    pub named: bool,
    /// The fields of a struct type (empty otherwise); each `typ` outlives this descriptor.
    pub fields: Vec<FieldDesc>,
    /// The method table of a type with methods, indexed by the program's method
    /// selectors (0 where the type has no such method), or null: what an interface method
    /// call loads (at [`VTABLE_OFFSET`]). Set by the JIT once the code is placed.
    pub vtable: *const usize,
    /// The methods of an interface type with methods: each name with its selector (its
    /// index in a vtable), sorted by name; empty otherwise.
    pub imethods: Vec<(String, u32)>,
    /// The wrapper of this type's `Error() string` method (called on a data word), or 0.
    pub error_method: usize,
    /// The wrapper of this type's `String() string` method, or 0.
    pub string_method: usize,
    /// The wrapper of this type's `GoString() string` method (what `%#v` prints), or 0.
    pub gostring_method: usize,
    /// The wrapper of this type's `Format(fmt.State, rune)` method (a fmt.Formatter), or 0.
    pub format_method: usize,
    /// The key type of a map type, null otherwise.
    pub key: *const TypeDesc,
    /// The length of an array type, 0 otherwise.
    pub len: usize,
}

/// Byte offset of [`TypeDesc::vtable`], as generated code loads it.
pub const VTABLE_OFFSET: i32 = std::mem::offset_of!(TypeDesc, vtable) as i32;

// SAFETY: descriptors are immutable after construction; `elem` points to another
// immutable descriptor that outlives it.
unsafe impl Sync for TypeDesc {}
// SAFETY: as above; moving an immutable descriptor between threads is harmless.
unsafe impl Send for TypeDesc {}

const fn prim(kind: TypeKind, size: u32, name: &'static str) -> TypeDesc {
    TypeDesc {
        kind,
        size,
        elem: std::ptr::null(),
        elem_size: 0,
        name: Cow::Borrowed(name),
        named: false,
        fields: Vec::new(),
        vtable: std::ptr::null(),
        imethods: Vec::new(),
        error_method: 0,
        string_method: 0,
        gostring_method: 0,
        format_method: 0,
        key: std::ptr::null(),
        len: 0,
    }
}

/// `unsafe.Pointer`.
pub static UNSAFE_POINTER: TypeDesc = prim(TypeKind::UnsafePointer, POINTER_SIZE, "unsafe.Pointer");
/// `float32`.
pub static FLOAT32: TypeDesc = prim(TypeKind::Float32, 4, "float32");
/// `float64`.
pub static FLOAT64: TypeDesc = prim(TypeKind::Float64, 8, "float64");
/// `complex64`.
pub static COMPLEX64: TypeDesc = prim(TypeKind::Complex64, 8, "complex64");
/// `complex128`.
pub static COMPLEX128: TypeDesc = prim(TypeKind::Complex128, 16, "complex128");
/// `int`.
pub static INT: TypeDesc = prim(TypeKind::Int, INT_SIZE, "int");
/// `bool`.
pub static BOOL: TypeDesc = prim(TypeKind::Bool, BOOL_SIZE, "bool");
/// `int8` .. `uintptr`, by [`TypeKind`].
pub static INT8: TypeDesc = prim(TypeKind::Int8, 1, "int8");
/// `int16`.
pub static INT16: TypeDesc = prim(TypeKind::Int16, 2, "int16");
/// `int32`.
pub static INT32: TypeDesc = prim(TypeKind::Int32, 4, "int32");
/// `int64`.
pub static INT64: TypeDesc = prim(TypeKind::Int64, 8, "int64");
/// `uint`.
pub static UINT: TypeDesc = prim(TypeKind::Uint, 8, "uint");
/// `uint8`.
pub static UINT8: TypeDesc = prim(TypeKind::Uint8, 1, "uint8");
/// `uint16`.
pub static UINT16: TypeDesc = prim(TypeKind::Uint16, 2, "uint16");
/// `uint32`.
pub static UINT32: TypeDesc = prim(TypeKind::Uint32, 4, "uint32");
/// `uint64`.
pub static UINT64: TypeDesc = prim(TypeKind::Uint64, 8, "uint64");
/// `uintptr`.
pub static UINTPTR: TypeDesc = prim(TypeKind::Uintptr, 8, "uintptr");
/// `string`.
pub static STRING: TypeDesc = prim(TypeKind::String, STRING_SIZE, "string");
/// `interface {}`.
pub static ANY: TypeDesc = prim(TypeKind::Any, IFACE_SIZE, "interface {}");
/// `error`.
pub static ERROR: TypeDesc = prim(TypeKind::Error, IFACE_SIZE, "error");
/// `*errors.errorString`, the dynamic type of `errors.New`'s values.
pub static ERRORS_ERROR_STRING: TypeDesc = prim(
    TypeKind::ErrorsErrorString,
    POINTER_SIZE,
    "*errors.errorString",
);
/// `runtime.errorString`: divide by zero, negative shift, nil dereference, makeslice,
/// comparing uncomparable types.
pub static RUNTIME_ERROR_STRING: TypeDesc =
    prim(TypeKind::RuntimeError, STRING_SIZE, "runtime.errorString");
/// `runtime.boundsError`: index out of range.
pub static RUNTIME_BOUNDS_ERROR: TypeDesc = prim(TypeKind::RuntimeError, 24, "runtime.boundsError");
/// `*runtime.TypeAssertionError`: failed type assertions.
pub static RUNTIME_TYPE_ASSERTION_ERROR: TypeDesc = prim(
    TypeKind::RuntimeError,
    POINTER_SIZE,
    "*runtime.TypeAssertionError",
);
/// `runtime.plainError`: a value method called through a nil pointer (panicwrap).
pub static RUNTIME_PLAIN_ERROR: TypeDesc =
    prim(TypeKind::RuntimeError, STRING_SIZE, "runtime.plainError");
/// `*runtime.PanicNilError`: `panic(nil)`.
pub static PANIC_NIL_ERROR: TypeDesc = prim(
    TypeKind::PanicNilError,
    POINTER_SIZE,
    "*runtime.PanicNilError",
);

impl TypeDesc {
    /// A descriptor of `kind` with an owned name and nothing else set yet (the JIT
    /// builds composite and defined types from it).
    pub fn owned(kind: TypeKind, size: u32, name: String) -> TypeDesc {
        TypeDesc {
            name: Cow::Owned(name),
            ..prim(kind, size, "")
        }
    }

    /// A slice type `[]elem`. The caller (the JIT) owns the box and must pass a live
    /// descriptor as `elem` and keep it alive as long as the result (a raw pointer because
    /// the JIT hands descriptors around as addresses).
    #[allow(clippy::not_unsafe_ptr_arg_deref)]
    pub fn slice(elem: *const TypeDesc) -> Box<TypeDesc> {
        // SAFETY: the caller passes a live descriptor (documented contract).
        let e = unsafe { &*elem };
        Box::new(TypeDesc {
            elem,
            elem_size: e.size as usize,
            ..TypeDesc::owned(TypeKind::Slice, SLICE_SIZE, format!("[]{}", e.name))
        })
    }

    /// A func type with Go's spelling, e.g. `func(int) string`.
    pub fn func(name: impl Into<String>) -> Box<TypeDesc> {
        Box::new(TypeDesc::owned(TypeKind::Func, FUNC_SIZE, name.into()))
    }

    /// A pointer type `*elem`. As [`TypeDesc::slice`], the caller keeps `elem` alive.
    #[allow(clippy::not_unsafe_ptr_arg_deref)]
    pub fn pointer(elem: *const TypeDesc) -> Box<TypeDesc> {
        // SAFETY: the caller passes a live descriptor (documented contract).
        let e = unsafe { &*elem };
        Box::new(TypeDesc {
            elem,
            elem_size: e.size as usize,
            ..TypeDesc::owned(TypeKind::Pointer, POINTER_SIZE, format!("*{}", e.name))
        })
    }

    /// The array type `[len]elem`. As [`TypeDesc::slice`], the caller keeps `elem` alive.
    #[allow(clippy::not_unsafe_ptr_arg_deref)]
    pub fn array(elem: *const TypeDesc, elem_size: usize, len: usize) -> Box<TypeDesc> {
        // SAFETY: the caller passes a live descriptor (documented contract).
        let e = unsafe { &*elem };
        let name = format!("[{len}]{}", e.name);
        Box::new(TypeDesc {
            elem,
            elem_size,
            len,
            ..TypeDesc::owned(TypeKind::Array, (elem_size * len) as u32, name)
        })
    }

    /// A struct type named `name` (Go's spelling) of `size` bytes with `fields`; each
    /// field's descriptor must outlive the result (the caller's contract).
    pub fn structure(name: impl Into<String>, size: u32, fields: Vec<FieldDesc>) -> Box<TypeDesc> {
        Box::new(TypeDesc {
            fields,
            ..TypeDesc::owned(TypeKind::Struct, size, name.into())
        })
    }

    /// The defined type `name` (`main.T`) whose underlying type is described by `under`:
    /// a copy of it, renamed. `under`'s element and field descriptors must outlive it.
    pub fn named_type(name: impl Into<String>, under: &TypeDesc) -> Box<TypeDesc> {
        Box::new(TypeDesc {
            elem: under.elem,
            elem_size: under.elem_size,
            named: true,
            fields: under
                .fields
                .iter()
                .map(|f| FieldDesc {
                    name: f.name.clone(),
                    offset: f.offset,
                    typ: f.typ,
                    embedded: f.embedded,
                })
                .collect(),
            imethods: under.imethods.clone(),
            key: under.key,
            len: under.len,
            ..TypeDesc::owned(under.kind, under.size, name.into())
        })
    }

    /// Whether an interface's data word holds the value itself (one-word scalars,
    /// pointers and funcs) rather than a pointer to a boxed copy.
    pub fn is_direct(&self) -> bool {
        matches!(
            self.kind,
            TypeKind::Int
                | TypeKind::Bool
                | TypeKind::Func
                | TypeKind::Pointer
                | TypeKind::Map
                | TypeKind::Chan
                | TypeKind::UnsafePointer
        ) || self.kind.int_layout().is_some()
            || self.kind.is_float()
    }

    /// Whether values of this dynamic type implement `error`.
    pub fn is_error(&self) -> bool {
        matches!(
            self.kind,
            TypeKind::ErrorsErrorString | TypeKind::RuntimeError | TypeKind::PanicNilError
        )
    }

    /// The first method of the interface type `iface` that this dynamic type lacks.
    pub fn missing_method<'a>(&self, iface: &'a TypeDesc) -> Option<&'a str> {
        iface.imethods.iter().find_map(|(name, sel)| {
            let present = !self.vtable.is_null()
                // SAFETY: a vtable has an entry for every selector of the program, and
                // an interface's selectors are the program's.
                && unsafe { *self.vtable.add(*sel as usize) } != 0;
            (!present).then_some(name.as_str())
        })
    }

    /// Whether `==` is defined on values of this dynamic type.
    pub fn comparable(&self) -> bool {
        match self.kind {
            TypeKind::Slice | TypeKind::Func | TypeKind::Map => false,
            // SAFETY: field descriptors outlive their struct's (constructor contract).
            TypeKind::Struct => self.fields.iter().all(|f| unsafe { &*f.typ }.comparable()),
            // SAFETY: an array's element descriptor outlives it (constructor contract).
            TypeKind::Array => unsafe { &*self.elem }.comparable(),
            _ => true,
        }
    }

    /// The descriptor's name as a `&str`.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// The kinds of the runtime's own error types (which have no method tables) that have
/// the method `name` (`Error`; `RuntimeError` for all but errors.New's): the one place
/// that says which methods those types have, for compiled assertions and the runtime's.
pub fn builtin_method_kinds(name: &str) -> &'static [TypeKind] {
    match name {
        "Error" => &[
            TypeKind::ErrorsErrorString,
            TypeKind::RuntimeError,
            TypeKind::PanicNilError,
        ],
        "RuntimeError" => &[TypeKind::RuntimeError, TypeKind::PanicNilError],
        _ => &[],
    }
}

/// Address of a static descriptor, as the JIT embeds it in code.
pub fn addr(t: &'static TypeDesc) -> usize {
    t as *const TypeDesc as usize
}

/// # Safety
/// `t` must be 0 or point to a live `TypeDesc`.
pub unsafe fn desc<'a>(t: usize) -> Option<&'a TypeDesc> {
    // SAFETY: guaranteed by the caller.
    unsafe { (t as *const TypeDesc).as_ref() }
}

/// Whether two descriptors denote the same type: the same descriptor, or two
/// unnamed descriptors of the same composite kind with the same name (the JIT may build
/// a slice, func, pointer or struct type more than once). Defined types are identical
/// only to themselves.
pub fn same_type(a: &TypeDesc, b: &TypeDesc) -> bool {
    std::ptr::eq(a, b)
        || (a.kind == b.kind
            && !a.named
            && !b.named
            && matches!(
                a.kind,
                TypeKind::Slice
                    | TypeKind::Func
                    | TypeKind::Pointer
                    | TypeKind::Struct
                    | TypeKind::Array
            )
            && a.name == b.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_names_and_sizes() {
        let s = TypeDesc::slice(&INT);
        assert_eq!(s.name(), "[]int");
        assert_eq!(s.elem_size, 8);
        let ss = TypeDesc::slice(&*s);
        assert_eq!(ss.name(), "[][]int");
        assert_eq!(ss.elem_size, 24);
        assert_eq!(TypeDesc::slice(&ANY).name(), "[]interface {}");
        assert_eq!(TypeDesc::slice(&STRING).elem_size, 16);
        assert_eq!(TypeDesc::slice(&BOOL).elem_size, 1);
        let f = TypeDesc::func("func()");
        assert_eq!(TypeDesc::slice(&*f).elem_size, 8);
        assert!(same_type(&TypeDesc::slice(&INT), &s));
        assert!(ERRORS_ERROR_STRING.is_error() && !INT.is_error());
    }
}
