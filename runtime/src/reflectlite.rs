//! The little reflection package sort needs for `sort.Slice` (Go's `reflectlite`): the
//! kind of an interface's dynamic type, the length of its value, a slice's element size.
//! The runtime entries behind the bodyless functions of `lib/sort/sort.go`.

use crate::types::{TypeDesc, TypeKind};
use crate::words::Words2;

/// Go's `reflect.Kind.String()` of the dynamic type `t` (`invalid` for nil).
fn kind_name(t: Option<&TypeDesc>) -> &'static str {
    let Some(t) = t else { return "invalid" };
    match t.kind {
        TypeKind::Int => "int",
        TypeKind::Int8 => "int8",
        TypeKind::Int16 => "int16",
        TypeKind::Int32 => "int32",
        TypeKind::Int64 => "int64",
        TypeKind::Uint => "uint",
        TypeKind::Uint8 => "uint8",
        TypeKind::Uint16 => "uint16",
        TypeKind::Uint32 => "uint32",
        TypeKind::Uint64 => "uint64",
        TypeKind::Uintptr => "uintptr",
        TypeKind::Bool => "bool",
        TypeKind::String => "string",
        TypeKind::Slice => "slice",
        TypeKind::Func => "func",
        TypeKind::Map => "map",
        TypeKind::Chan => "chan",
        TypeKind::Array => "array",
        TypeKind::Struct => "struct",
        TypeKind::Float32 => "float32",
        TypeKind::Float64 => "float64",
        TypeKind::Complex64 => "complex64",
        TypeKind::Complex128 => "complex128",
        TypeKind::UnsafePointer => "unsafe.Pointer",
        TypeKind::Pointer | TypeKind::ErrorsErrorString | TypeKind::PanicNilError => "ptr",
        // The runtime's error values are of several Go types; none is sorted.
        TypeKind::RuntimeError => "struct",
        TypeKind::Any | TypeKind::Error => "interface",
    }
}

/// `sort.kindOf(stub_fp, t, d) -> string`: the kind of `x`'s dynamic type.
///
/// # Safety
/// `t` must be null or a live descriptor.
pub unsafe extern "C" fn rt_sort_kind_of(_fp: usize, t: i64, _d: i64) -> Words2 {
    // SAFETY: null or a live descriptor (caller).
    let name = kind_name(unsafe { (t as *const TypeDesc).as_ref() });
    // A static string: its bytes live as long as the program.
    Words2::new(name.as_ptr() as usize, name.len())
}

/// `sort.lenOf(stub_fp, t, d) -> int`: the length of a slice, array, string or map held
/// in an interface (0 for anything else).
///
/// # Safety
/// `(t, d)` must be a valid interface value.
pub unsafe extern "C" fn rt_sort_len_of(_fp: usize, t: i64, d: i64) -> i64 {
    // SAFETY: null or a live descriptor (caller).
    let Some(t) = (unsafe { (t as *const TypeDesc).as_ref() }) else {
        return 0;
    };
    match t.kind {
        // SAFETY: the data word points to the boxed header (ptr, len[, cap]).
        TypeKind::Slice | TypeKind::String => unsafe { *(d as *const i64).add(1) },
        TypeKind::Array => t.len as i64,
        // SAFETY: the data word is the map.
        TypeKind::Map => unsafe { crate::maps::rt_map_len(0, d) },
        _ => 0,
    }
}

/// `sort.elemSize(stub_fp, t, d) -> uintptr`: the element size of a slice type.
///
/// # Safety
/// `t` must be null or a live descriptor.
pub unsafe extern "C" fn rt_sort_elem_size(_fp: usize, t: i64, _d: i64) -> i64 {
    // SAFETY: null or a live descriptor (caller).
    match unsafe { (t as *const TypeDesc).as_ref() } {
        Some(t) if t.kind == TypeKind::Slice => t.elem_size as i64,
        _ => 0,
    }
}

/// `flag.zeroOf(stub_fp, t, d) -> (t, d)`: what flag's `isZeroValue` builds with
/// reflection: the zero value of the dynamic type `t` as an interface value of that type,
/// or, when `t` is a pointer type, a pointer to a new zero value of its element type.
///
/// # Safety
/// `t` must be null or a live descriptor; runs inside a runtime entry called by generated
/// code (it allocates from the run's arena).
pub unsafe extern "C" fn rt_flag_zero_of(fp: usize, t: i64, _d: i64) -> Words2 {
    crate::goroutine::entered(fp);
    // SAFETY: null or a live descriptor (caller).
    let Some(desc) = (unsafe { (t as *const TypeDesc).as_ref() }) else {
        return Words2::new(0, 0);
    };
    let size = if desc.kind == TypeKind::Pointer {
        // SAFETY: a pointer type's element descriptor outlives it.
        unsafe { desc.elem.as_ref() }.map_or(0, |e| e.size as usize)
    } else if desc.is_direct() || desc.kind == TypeKind::Bool {
        // The data word itself is the value: zero.
        return Words2::new(t as usize, 0);
    } else {
        desc.size as usize
    };
    let data = if size == 0 {
        crate::memory::zerobase()
    } else {
        // The descriptor does not say where its pointers are: scanned conservatively.
        crate::memory::alloc(size, crate::heap::Scan::Conservative) as usize
    };
    Words2::new(t as usize, data)
}
