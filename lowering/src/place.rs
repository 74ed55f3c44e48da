//! Addressable places: assignment targets (`x`, `s[i]`, `*p`, `x.f` of any of them) and the
//! operand of `&`. A place is resolved in two steps, as Go orders an assignment: its
//! operands (slice, index, pointer) are evaluated first, before the right-hand sides; its
//! checks (bounds, nil) happen when the value is stored.

use crate::function::{FnLowerer, LocalHome};
use crate::ir::{GlobalId, LValue, LocalId, Pos, Type};
use crate::layout;
use cranelift_codegen::ir::{types, InstBuilder, Value};
use std::ops::Range;

/// A place whose operands are evaluated but whose checks are still to come.
pub(crate) enum Place {
    /// `_`.
    Blank,
    /// Some words of a local kept in SSA variables (the whole local, or a field of it).
    Vars(LocalId, Range<usize>),
    /// A local in memory (its address is computed when it is stored to), at `offset`.
    LocalMem(LocalId, i32),
    /// A package-level variable, at `offset` into it.
    Global(GlobalId, i32),
    /// Element `index` of the slice `slice` (bounds-checked when finished), at `offset`
    /// into the element.
    Elem {
        slice: Vec<Value>,
        index: Value,
        elem: Type,
        pos: Pos,
        offset: i32,
        unsigned: bool,
    },
    /// The entry of `key` in the map `map` (added when finished), at `offset` into the
    /// value.
    MapElem {
        map: Value,
        key: Vec<Value>,
        map_ty: Type,
        pos: Pos,
        offset: i32,
    },
    /// `*ptr` (nil-checked when finished), at `offset` into the pointee.
    Deref { ptr: Value, pos: Pos, offset: i32 },
    /// Element `index` of the array at `base` (bounds-checked against `len` when
    /// finished, after `base`'s own checks), at `offset` into the element.
    ArrayElem {
        base: Box<Place>,
        index: Value,
        len: u64,
        elem_size: u32,
        pos: Pos,
        offset: i32,
        unsigned: bool,
    },
}

impl Place {
    /// The same place `off` bytes further into the value (a field of it).
    fn shifted(self, off: i32) -> Place {
        match self {
            Place::Blank | Place::Vars(..) => unreachable!("byte offset into a non-memory place"),
            Place::LocalMem(l, o) => Place::LocalMem(l, o + off),
            Place::Global(g, o) => Place::Global(g, o + off),
            Place::Elem {
                slice,
                index,
                elem,
                pos,
                offset,
                unsigned,
            } => Place::Elem {
                slice,
                index,
                elem,
                pos,
                offset: offset + off,
                unsigned,
            },
            Place::Deref { ptr, pos, offset } => Place::Deref {
                ptr,
                pos,
                offset: offset + off,
            },
            Place::MapElem {
                map,
                key,
                map_ty,
                pos,
                offset,
            } => Place::MapElem {
                map,
                key,
                map_ty,
                pos,
                offset: offset + off,
            },
            Place::ArrayElem {
                base,
                index,
                len,
                elem_size,
                pos,
                offset,
                unsigned,
            } => Place::ArrayElem {
                base,
                index,
                len,
                elem_size,
                pos,
                offset: offset + off,
                unsigned,
            },
        }
    }
}

impl<'a, 'b, 'm> FnLowerer<'a, 'b, 'm> {
    /// Evaluates the operands of the place `lv` (left to right) and returns it with its
    /// type.
    pub(crate) fn place(&mut self, lv: &'a LValue) -> (Place, Type) {
        match lv {
            LValue::Blank => (Place::Blank, Type::Tuple(Vec::new())),
            LValue::Local(id) => {
                let ty = self.local_ty(*id).clone();
                let place = match &self.homes[id.0 as usize] {
                    LocalHome::Vars(v) => Place::Vars(*id, 0..v.len()),
                    _ => Place::LocalMem(*id, 0),
                };
                (place, ty)
            }
            LValue::Global(id) => (
                Place::Global(*id, 0),
                self.shared.prog.globals[id.0 as usize].ty.clone(),
            ),
            LValue::Index { slice, index, pos } => {
                let elem = match slice.ty.under() {
                    Type::Slice(e) => (**e).clone(),
                    other => panic!("index of {other:?}"),
                };
                let s = self.expr(slice);
                let i = self.expr(index)[0];
                let place = Place::Elem {
                    slice: s,
                    index: i,
                    elem: elem.clone(),
                    pos: *pos,
                    offset: 0,
                    unsigned: crate::expr::unsigned_index(index),
                };
                (place, elem)
            }
            LValue::MapIndex { map, key } => {
                let (_, vt) = crate::maps::map_types(&map.ty);
                let m = self.expr(map)[0];
                let k = self.expr(key);
                let place = Place::MapElem {
                    map: m,
                    key: k,
                    map_ty: map.ty.clone(),
                    pos: key.pos,
                    offset: 0,
                };
                (place, vt)
            }
            LValue::Deref { ptr, pos } => {
                let pointee = match ptr.ty.under() {
                    Type::Pointer(t) => (**t).clone(),
                    other => panic!("dereference of {other:?}"),
                };
                let p = self.expr(ptr)[0];
                (
                    Place::Deref {
                        ptr: p,
                        pos: *pos,
                        offset: 0,
                    },
                    pointee,
                )
            }
            LValue::ArrayIndex { array, index, pos } => {
                let (base, ty) = self.place(array);
                let (elem, len) = ty.array_type().expect("index of a non-array place");
                let elem = elem.clone();
                let i = self.expr(index)[0];
                let place = match base {
                    Place::Blank => Place::Blank,
                    Place::Vars(..) => unreachable!("arrays live in memory"),
                    base => Place::ArrayElem {
                        base: Box::new(base),
                        index: i,
                        len,
                        elem_size: layout::size_of(&elem),
                        pos: *pos,
                        offset: 0,
                        unsigned: crate::expr::unsigned_index(index),
                    },
                };
                (place, elem)
            }
            LValue::Field { base, index } => {
                let (place, ty) = self.place(base);
                let i = *index as usize;
                let fty = ty.struct_type().expect("field of a non-struct").fields[i]
                    .ty
                    .clone();
                let off = layout::struct_layout(&ty).0[i] as i32;
                let place = match place {
                    Place::Blank => Place::Blank,
                    Place::Vars(id, r) => {
                        let w = layout::field_words(&ty, i);
                        Place::Vars(id, r.start + w.start..r.start + w.end)
                    }
                    other => other.shifted(off),
                };
                (place, fty)
            }
        }
    }

    /// Runs the place's checks (bounds, nil) and gives its memory address; `None` for `_`
    /// and SSA-variable places.
    fn finish_place(&mut self, place: &Place) -> Option<(Value, i32)> {
        match place {
            Place::Blank | Place::Vars(..) => None,
            Place::LocalMem(l, o) => Some((self.local_addr(*l).expect("memory local"), *o)),
            Place::Global(g, o) => Some((self.global_addr(*g), *o)),
            Place::Elem {
                slice,
                index,
                elem,
                pos,
                offset,
                unsigned,
            } => {
                self.set_pos(*pos);
                Some((self.elem_addr(slice, *index, elem, *unsigned), *offset))
            }
            Place::Deref { ptr, pos, offset } => {
                self.set_pos(*pos);
                self.nil_check_at(*ptr, *offset as i64);
                Some((*ptr, *offset))
            }
            Place::ArrayElem {
                base,
                index,
                len,
                elem_size,
                pos,
                offset,
                unsigned,
            } => {
                let (a, o) = self.finish_place(base)?;
                self.set_pos(*pos);
                let start = self.b.ins().iadd_imm_s(a, o as i64);
                let n = self.b.ins().iconst(types::I64, *len as i64);
                let addr = self.elem_addr_sized(&[start, n], *index, *elem_size, *unsigned);
                Some((addr, *offset))
            }
            Place::MapElem {
                map,
                key,
                map_ty,
                pos,
                offset,
            } => {
                self.set_pos(*pos);
                Some((self.map_assign_addr(map_ty, *map, key), *offset))
            }
        }
    }

    /// Stores the words `vals` of a value of type `ty` into `place`.
    pub(crate) fn store_place(&mut self, place: &Place, ty: &Type, vals: &[Value]) {
        if let Place::Vars(id, r) = place {
            let LocalHome::Vars(vars) = &self.homes[id.0 as usize] else {
                unreachable!("Vars place of a memory local");
            };
            let vars = vars[r.clone()].to_vec();
            for (v, x) in vars.iter().zip(vals) {
                self.b.def_var(*v, *x);
            }
            return;
        }
        if let Some((a, o)) = self.finish_place(place) {
            self.store_value(ty, vals, a, o);
        }
    }

    /// The address of the place (`&x`): the checker only takes addresses of places in
    /// memory.
    pub(crate) fn place_addr(&mut self, (place, _ty): (Place, Type)) -> Value {
        let Some((a, o)) = self.finish_place(&place) else {
            panic!("address of a place that is not in memory");
        };
        if o == 0 {
            a
        } else {
            self.b.ins().iadd_imm_s(a, o as i64)
        }
    }
}
