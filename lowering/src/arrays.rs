//! Arrays: element reads (from memory where the array lives there, else from a spilled
//! copy), array and keyed slice literals, slice-to-array conversions.
//!
//! An array value is its elements' words (see `layout::words`), so it travels through
//! calls, returns, interfaces and struct fields like a struct. Variables holding arrays
//! always live in memory (`function.rs` gives them a stack slot at least), so indexing
//! one with a variable reads only the element, at a bounds-checked address.

use crate::function::FnLowerer;
use crate::ir::{Expr, ExprKind, Type};
use crate::layout;
use cranelift_codegen::ir::{types, InstBuilder, Value};

/// Arrays of at most this many bytes are zeroed with inline stores; larger ones by the
/// runtime's `rt_clear`.
const INLINE_ZERO_BYTES: u32 = 128;

impl<'a, 'b, 'm> FnLowerer<'a, 'b, 'm> {
    /// `a[i]` of an array `a` (type `elem`, `len` elements) with the index `i`.
    pub(crate) fn array_index(&mut self, a: &'a Expr, i: &'a Expr, e: &'a Expr) -> Vec<Value> {
        let (elem, len) = a.ty.array_type().expect("array index of a non-array");
        let elem = elem.clone();
        // A constant index of a value already in words: its words, no memory (the
        // checker proved it in range).
        if let ExprKind::Int(k) = i.kind {
            if !self.in_memory(a) {
                let v = self.expr(a);
                return v[layout::elem_words(&a.ty, k as u64)].to_vec();
            }
        }
        let base = if self.in_memory(a) {
            self.address_of_expr(a)
        } else {
            let v = self.expr(a);
            self.spill(&a.ty, &v)
        };
        let iv = self.expr(i)[0];
        self.set_pos(e.pos);
        let n = self.b.ins().iconst(types::I64, len as i64);
        let addr = self.elem_addr(&[base, n], iv, &elem, crate::expr::unsigned_index(i));
        self.load_value(&elem, addr, 0)
    }

    /// `[N]T(s)` (`ty` an array type) or `(*[N]T)(s)` (a pointer type) of the slice
    /// words `s`: a slice shorter than `N` panics (gc's `boundsConvert`, code 8).
    pub(crate) fn slice_to_array(&mut self, ty: &Type, s: &[Value]) -> Vec<Value> {
        use cranelift_codegen::ir::condcodes::IntCC;
        let at = match ty.under() {
            Type::Pointer(p) => (**p).clone(),
            _ => ty.clone(),
        };
        let (_, n) = at.array_type().expect("conversion to a non-array");
        let short = self
            .b
            .ins()
            .icmp_imm_u(IntCC::UnsignedLessThan, s[1], n as i64);
        let fail = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(short, fail, &[], ok, &[]);
        self.b.set_cold_block(fail);
        self.b.switch_to_block(fail);
        let code = self.b.ins().iconst(types::I64, 8);
        let want = self.b.ins().iconst(types::I64, n as i64);
        self.call_rt("rt_panic_slice", &[code, s[1], want]);
        self.b
            .ins()
            .trap(cranelift_codegen::ir::TrapCode::unwrap_user(1));
        self.b.switch_to_block(ok);
        if matches!(ty.under(), Type::Pointer(_)) {
            vec![s[0]]
        } else {
            self.load_value(&at, s[0], 0)
        }
    }

    /// Stores the words `v` of a value of type `ty` in a fresh stack slot; its address.
    pub(crate) fn spill(&mut self, ty: &Type, v: &[Value]) -> Value {
        let slot = self.slot(layout::align8(layout::size_of(ty)));
        let p = self.b.ins().stack_addr(types::I64, slot, 0);
        self.store_value(ty, v, p, 0);
        p
    }

    /// Whether `e` denotes a value held in memory that [`Self::address_of_expr`] can
    /// address without copying it: a memory local or global, `*p`, a slice element, or
    /// a field or array element of one of them.
    pub(crate) fn in_memory(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Local(id) => self.local_in_memory(*id),
            ExprKind::Global(_) | ExprKind::Deref(_) => true,
            ExprKind::Index(s, _) if matches!(s.ty.under(), Type::Slice(_)) => true,
            ExprKind::Index(a, _) if a.ty.array_type().is_some() => self.in_memory(a),
            ExprKind::Field(x, _) => self.in_memory(x),
            _ => false,
        }
    }

    /// The address of the memory holding `e`'s value (for which [`Self::in_memory`]
    /// holds), evaluating its operands in order and running its checks.
    pub(crate) fn address_of_expr(&mut self, e: &'a Expr) -> Value {
        match &e.kind {
            ExprKind::Local(id) => self.local_addr(*id).expect("memory local"),
            ExprKind::Global(g) => self.global_addr(*g),
            ExprKind::Deref(p) => {
                let pv = self.expr(p)[0];
                self.set_pos(e.pos);
                self.nil_check(pv);
                pv
            }
            ExprKind::Index(s, i) if matches!(s.ty.under(), Type::Slice(_)) => {
                let Type::Slice(elem) = s.ty.under() else {
                    unreachable!()
                };
                let sv = self.expr(s);
                let iv = self.expr(i)[0];
                self.set_pos(e.pos);
                self.elem_addr(&sv, iv, elem, crate::expr::unsigned_index(i))
            }
            ExprKind::Index(a, i) => {
                let (elem, len) = a.ty.array_type().expect("array");
                let base = self.address_of_expr(a);
                let iv = self.expr(i)[0];
                self.set_pos(e.pos);
                let n = self.b.ins().iconst(types::I64, len as i64);
                self.elem_addr(&[base, n], iv, elem, crate::expr::unsigned_index(i))
            }
            ExprKind::Field(x, index) => {
                let off = layout::struct_layout(&x.ty).0[*index as usize];
                let base = self.address_of_expr(x);
                self.b.ins().iadd_imm_s(base, off as i64)
            }
            other => panic!("address of {other:?}"),
        }
    }

    /// An array literal (`ty` an array type) or keyed slice literal (`ty` a slice type)
    /// of `len` elements, the listed ones evaluated in source order.
    pub(crate) fn elem_lit(&mut self, ty: &Type, len: u64, elems: &'a [(u64, Expr)]) -> Vec<Value> {
        match ty.under() {
            Type::Array(elem, _) => {
                let elem = (**elem).clone();
                let mut vals: Vec<Option<Vec<Value>>> = vec![None; len as usize];
                for (i, e) in elems {
                    vals[*i as usize] = Some(self.expr(e));
                }
                let mut out = Vec::new();
                for v in vals {
                    match v {
                        Some(w) => out.extend(w),
                        None => out.extend(self.zero_words(&elem)),
                    }
                }
                out
            }
            Type::Slice(elem) => {
                let elem = (**elem).clone();
                let esize = layout::size_of(&elem) as i64;
                let size = self.b.ins().iconst(types::I64, (esize * len as i64).max(1));
                // The arena hands out zeroed memory: unlisted elements are zero.
                let p = self.alloc_object(&elem, size);
                for (i, e) in elems {
                    let v = self.expr(e);
                    self.store_value(&elem, &v, p, (*i as i64 * esize) as i32);
                }
                let n = self.b.ins().iconst(types::I64, len as i64);
                vec![p, n, n]
            }
            other => panic!("element literal of {other:?}"),
        }
    }

    /// Zeroes `size` bytes at `addr`: inline stores when small, else the runtime.
    pub(crate) fn zero_memory(&mut self, ty: &Type, addr: Value) {
        let size = layout::size_of(ty);
        if size <= INLINE_ZERO_BYTES {
            let z = self.zero_words(ty);
            self.store_value(ty, &z, addr, 0);
        } else {
            let n = self.b.ins().iconst(types::I64, size as i64);
            self.call_rt("rt_clear", &[addr, n]);
        }
    }
}
