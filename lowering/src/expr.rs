//! Lowering of expressions: constants, variables, Go's integer semantics (division,
//! shifts), strings, slices, interfaces and type assertions, closures, calls and builtins.

use crate::function::FnLowerer;
use crate::ir::{BinaryOp, Builtin, Callee, Expr, ExprKind, Type, UnaryOp};
use crate::layout::{self, closure_layout};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Inst, InstBuilder, MemFlagsData, TrapCode, Value};
use runtime::abi::{BENCH_N_OFFSET, CLOSURE_CODE_OFFSET};

/// Whether the index expression `i` (an `Int`) holds a value of an unsigned type (the
/// checker converted it), for the out-of-range message.
pub(crate) fn unsigned_index(i: &Expr) -> bool {
    match &i.kind {
        ExprKind::Convert(x) => x.ty.int_info().is_some_and(|(_, signed)| !signed),
        _ => false,
    }
}

/// What a slice expression's bounds checks report: whether the sliced value is an array
/// (its capacity is its length) and which of `lo`, `hi`, `max` have unsigned types.
#[derive(Clone, Copy)]
struct SliceChecks {
    array: bool,
    unsigned: [bool; 3],
}

/// The length of an array type or of the array a pointer type points to.
fn array_len(t: &Type) -> Option<u64> {
    match t.under() {
        Type::Pointer(p) => p.array_type().map(|(_, n)| n),
        _ => t.array_type().map(|(_, n)| n),
    }
}

impl<'a, 'b, 'm> FnLowerer<'a, 'b, 'm> {
    /// Evaluates `e` to its words (see `layout::words`).
    pub fn expr(&mut self, e: &'a Expr) -> Vec<Value> {
        let values = source::stack::grow(|| self.expr_here(e));
        // What the stack maps may leave out: a value of a type without pointers.
        if layout::has_pointers(&e.ty) {
            self.maybe_pointers.extend(values.iter().copied());
        } else {
            self.numbers.extend(values.iter().copied());
        }
        values
    }

    fn expr_here(&mut self, e: &'a Expr) -> Vec<Value> {
        // Calls, and what gc's order pass evaluates in their turn (see `order`), may have
        // been lowered ahead of their statement's other operands.
        if !self.precomputed.is_empty() {
            if let Some(results) = self.precomputed.remove(&(e as *const Expr)) {
                return results;
            }
        }
        match &e.kind {
            ExprKind::Int(v) => {
                let t = layout::words(&e.ty).first().copied().unwrap_or(types::I64);
                // iconst wants the value within the type's width.
                let v = if t.bits() < 64 {
                    *v & ((1i64 << t.bits()) - 1)
                } else {
                    *v
                };
                vec![self.b.ins().iconst(t, v)]
            }
            ExprKind::MapIndex { map, key, comma_ok } => {
                let m = self.expr(map)[0];
                let k = self.expr(key);
                self.set_pos(e.pos);
                self.map_index(&map.ty, m, &k, *comma_ok)
            }
            ExprKind::MapLit(kvs) => {
                self.set_pos(e.pos);
                vec![self.map_lit(&e.ty, kvs)]
            }
            ExprKind::SliceExpr { x, lo, hi, max } => {
                let mut xs = self.expr(x);
                let bounds: Vec<Option<Value>> = [lo, hi, max]
                    .into_iter()
                    .map(|b| b.as_deref().map(|b| self.expr(b)[0]))
                    .collect();
                self.set_pos(e.pos);
                // `p[lo:hi]` of a pointer to an array (`a[lo:hi]` of an addressable
                // array is `(&a)[lo:hi]`): the array's memory, its length the capacity.
                let mut ty = x.ty.clone();
                let array = matches!(x.ty.under(), Type::Pointer(_));
                let unsigned = [lo, hi, max].map(|b| b.as_deref().is_some_and(unsigned_index));
                if let Type::Pointer(pointee) = x.ty.under() {
                    let (elem, n) = pointee
                        .array_type()
                        .expect("slice of a pointer to an array");
                    self.nil_check(xs[0]);
                    let n = self.b.ins().iconst(types::I64, n as i64);
                    xs = vec![xs[0], n, n];
                    ty = Type::Slice(Box::new(elem.clone()));
                }
                let checks = SliceChecks { array, unsigned };
                self.slice_expr(&ty, &xs, [bounds[0], bounds[1], bounds[2]], checks)
            }
            ExprKind::StrConv(kind, x) => {
                let v = self.expr(x);
                use crate::ir::StrConv;
                match kind {
                    StrConv::FromRune => {
                        let r = self.convert_int(v[0], &x.ty, &Type::Int);
                        self.call_rt("rt_string_from_rune", &[r])
                    }
                    StrConv::FromBytes => self.call_rt("rt_string_from_bytes", &v[..2]),
                    StrConv::FromRunes => self.call_rt("rt_string_from_runes", &v[..2]),
                    StrConv::ToBytes => {
                        let p = self.call_rt("rt_bytes_from_string", &v)[0];
                        vec![p, v[1], v[1]]
                    }
                    StrConv::ToRunes => {
                        let r = self.call_rt("rt_runes_from_string", &v);
                        vec![r[0], r[1], r[1]]
                    }
                }
            }
            ExprKind::Convert(x) if x.ty.complex_kind().is_some() => {
                let v = self.expr(x);
                match (x.ty.complex_kind(), e.ty.complex_kind()) {
                    (Some(from), Some(to)) => self.convert_complex(&v, from, to),
                    _ => unreachable!("conversion of a complex number to {:?}", e.ty),
                }
            }
            ExprKind::Convert(x) => {
                let v = self.expr(x)[0];
                if x.ty.float_kind().is_some() || e.ty.float_kind().is_some() {
                    return vec![self.convert_numeric(v, &x.ty, &e.ty)];
                }
                vec![self.convert_int(v, &x.ty, &e.ty)]
            }
            ExprKind::Bool(v) => vec![self.b.ins().iconst(types::I8, *v as i64)],
            ExprKind::Float(v) => vec![self.float_const(&e.ty, *v)],
            ExprKind::Complex(re, im) => self.complex_const(&e.ty, *re, *im),
            ExprKind::Str(s) => self.string_const(s),
            ExprKind::Nil => self.zero_words(&e.ty),
            ExprKind::Local(id) => self.read_local(*id),
            ExprKind::Global(id) => {
                let a = self.global_addr(*id);
                self.load_value(&e.ty, a, 0)
            }
            ExprKind::FuncRef(f) => vec![self.static_closure(*f)],
            // A func literal that captures nothing is a static closure object, as in
            // gc: making it allocates nothing.
            ExprKind::Closure(f) if self.shared.prog.funcs[f.0 as usize].captures.is_empty() => {
                vec![self.static_closure(*f)]
            }
            ExprKind::Closure(f) => {
                let func = &self.shared.prog.funcs[f.0 as usize];
                let (lay, env) = (closure_layout(func), layout::closure_env_type(func));
                let size = self.b.ins().iconst(types::I64, lay.size as i64);
                let p = self.alloc_object(&env, size);
                self.fill_closure(*f, p, 0);
                vec![p]
            }
            ExprKind::Unary(UnaryOp::Neg, x) if x.ty.complex_kind().is_some() => {
                let v = self.expr(x);
                self.complex_neg(&v)
            }
            ExprKind::Unary(UnaryOp::Neg, x) if x.ty.float_kind().is_some() => {
                let v = self.expr(x)[0];
                vec![self.b.ins().fneg(v)]
            }
            ExprKind::Unary(op, x) => {
                let v = self.expr(x)[0];
                vec![match op {
                    UnaryOp::Neg => self.b.ins().ineg(v),
                    UnaryOp::BitNot => self.b.ins().bnot(v),
                    UnaryOp::Not => self.b.ins().bxor_imm_u(v, 1),
                }]
            }
            ExprKind::Binary(op, l, r) => self.binary(*op, l, r),
            ExprKind::Call { callee, args } => {
                let mut words = Vec::new();
                let callee_v = match callee {
                    Callee::Func(_) => None,
                    Callee::Value(fv) => Some(self.expr(fv)[0]),
                };
                for a in args {
                    words.extend(self.expr(a));
                }
                self.set_pos(e.pos);
                match callee {
                    Callee::Func(f) => {
                        let id = self.shared.go_func(*f);
                        let fr = self.func_ref(id);
                        let zero = self.b.ins().iconst(types::I64, 0);
                        words.insert(0, zero);
                        self.emit_call(crate::calls::CallTarget::Direct(fr), &words)
                    }
                    Callee::Value(fv) => {
                        let sig = match fv.ty.under() {
                            Type::Func(sig) => sig.clone(),
                            other => panic!("call of non-func {other:?}"),
                        };
                        let clo = callee_v.unwrap();
                        self.nil_check(clo);
                        let sref = self.go_sig_ref(&sig);
                        self.call_closure(sref, clo, &words)
                    }
                }
            }
            ExprKind::Builtin(b, args) => self.builtin(*b, args, e),
            ExprKind::Index(s, i) if *s.ty.under() == Type::String => {
                let sv = self.expr(s);
                let iv = self.expr(i)[0];
                self.set_pos(e.pos);
                let u8t = Type::Sized(crate::ir::IntKind::U8);
                let addr = self.elem_addr(&sv, iv, &u8t, unsigned_index(i));
                self.load_value(&u8t, addr, 0)
            }
            ExprKind::Index(a, i) if a.ty.array_type().is_some() => self.array_index(a, i, e),
            ExprKind::ElemLit { len, elems } => self.elem_lit(&e.ty, *len, elems),
            ExprKind::Word(x, i) => {
                let v = self.expr(x);
                vec![v[*i as usize]]
            }
            ExprKind::SliceToArray(x) => {
                let s = self.expr(x);
                self.set_pos(e.pos);
                self.slice_to_array(&e.ty, &s)
            }
            ExprKind::Index(s, i) => {
                let elem = match s.ty.under() {
                    Type::Slice(el) => (**el).clone(),
                    other => panic!("index of {other:?}"),
                };
                let sv = self.expr(s);
                let iv = self.expr(i)[0];
                self.set_pos(e.pos);
                let addr = self.elem_addr(&sv, iv, &elem, unsigned_index(i));
                self.load_value(&elem, addr, 0)
            }
            ExprKind::ToIface(x) => {
                if let (ExprKind::Str(s), Type::String) = (&x.kind, x.ty.under()) {
                    // A constant's box is read-only data, as gc's: no allocation.
                    let data = self.string_box(s);
                    let desc = self
                        .b
                        .ins()
                        .iconst(types::I64, self.shared.type_desc(&x.ty) as i64);
                    let p = self.data_address(data);
                    return vec![desc, p];
                }
                let v = self.expr(x);
                self.convert_to_iface(&x.ty, &v)
            }
            ExprKind::TypeAssert {
                x,
                target,
                comma_ok,
            } => {
                let v = self.expr(x);
                self.set_pos(e.pos);
                self.type_assert(&v, &x.ty, target, *comma_ok)
            }
            ExprKind::ErrorMethod(x) => {
                let v = self.expr(x);
                self.set_pos(e.pos);
                self.error_method(v[0], v[1])
            }
            ExprKind::SliceLit(elems) => {
                let size = self.b.ins().iconst(types::I64, slice_lit_size(e) as i64);
                let Type::Slice(elem) = e.ty.under() else {
                    panic!("slice literal of {:?}", e.ty)
                };
                let p = self.alloc_object(&elem.clone(), size);
                self.slice_lit_at(e, elems, p)
            }
            ExprKind::InFrame(x) => {
                let size = match &x.kind {
                    ExprKind::New(init) => layout::size_of(&init.ty),
                    ExprKind::Closure(f) => {
                        closure_layout(&self.shared.prog.funcs[f.0 as usize]).size
                    }
                    ExprKind::SliceLit(_) => slice_lit_size(x),
                    other => panic!("frame allocation of {other:?}"),
                };
                let slot = self.slot(layout::align8(size));
                let p = self.b.ins().stack_addr(types::I64, slot, 0);
                match &x.kind {
                    ExprKind::New(init) => {
                        let v = self.expr(init);
                        self.store_value(&init.ty, &v, p, 0);
                        vec![p]
                    }
                    ExprKind::Closure(f) => {
                        self.fill_closure(*f, p, 0);
                        vec![p]
                    }
                    ExprKind::SliceLit(elems) => self.slice_lit_at(x, elems, p),
                    _ => unreachable!("matched above"),
                }
            }
            ExprKind::BenchN(b) => {
                let p = self.expr(b)[0];
                vec![self
                    .b
                    .ins()
                    .load(types::I64, MemFlagsData::trusted(), p, BENCH_N_OFFSET)]
            }
            ExprKind::Field(x, index) => {
                let index = *index as usize;
                if let ExprKind::Deref(p) = &x.kind {
                    // `p.f`: load only the field.
                    let pv = self.expr(p)[0];
                    self.set_pos(e.pos);
                    let off = layout::struct_layout(&x.ty).0[index];
                    self.nil_check_at(pv, off as i64);
                    return self.load_value(&e.ty, pv, off as i32);
                }
                let v = self.expr(x);
                v[layout::field_words(&x.ty, index)].to_vec()
            }
            ExprKind::StructLit(fields) => {
                let st =
                    e.ty.struct_type()
                        .expect("struct literal of a non-struct type");
                let mut vals: Vec<Option<Vec<Value>>> = vec![None; st.fields.len()];
                for (i, f) in fields {
                    vals[*i as usize] = Some(self.expr(f));
                }
                let mut v = Vec::new();
                for (val, f) in vals.into_iter().zip(&st.fields) {
                    match val {
                        // A blank field's value is evaluated, not stored.
                        Some(w) if f.name != "_" => v.extend(w),
                        _ => v.extend(self.zero_words(&f.ty)),
                    }
                }
                v
            }
            ExprKind::Deref(p) => {
                let pv = self.expr(p)[0];
                self.set_pos(e.pos);
                self.nil_check(pv);
                self.load_value(&e.ty, pv, 0)
            }
            ExprKind::AddrOf(lv) => {
                let place = self.place(lv);
                vec![self.place_addr(place)]
            }
            ExprKind::IfaceCall {
                recv,
                selector,
                sig,
                args,
            } => {
                let r = self.expr(recv);
                let mut words = Vec::new();
                for a in args {
                    words.extend(self.expr(a));
                }
                self.set_pos(e.pos);
                self.iface_call(r[0], r[1], *selector, sig, &words)
            }
            ExprKind::TypeIs { x, target } => {
                let v = self.expr(x);
                let t = v[0];
                vec![match target.as_ref().map(|t| (t, t.under())) {
                    None => self.b.ins().icmp_imm_s(IntCC::Equal, t, 0),
                    Some((_, Type::Interface(it))) => self.implements(t, it),
                    Some((_, Type::Error)) => self.is_error_value(t, v[1]),
                    Some((_, Type::Any)) => self.b.ins().icmp_imm_s(IntCC::NotEqual, t, 0),
                    Some((target, _)) => {
                        let want = self.shared.type_desc(target) as i64;
                        self.b.ins().icmp_imm_s(IntCC::Equal, t, want)
                    }
                }]
            }
            ExprKind::Unbox(x) => {
                let w = self.expr(x)[0];
                self.unbox(&e.ty, w)
            }
            ExprKind::New(x) => {
                let v = self.expr(x);
                // A zero size gives the runtime's zerobase, as gc's `new` does.
                let size = layout::size_of(&x.ty);
                let size = self.b.ins().iconst(types::I64, size as i64);
                let p = self.alloc_object(&x.ty, size);
                self.store_value(&x.ty, &v, p, 0);
                vec![p]
            }
        }
    }

    /// The slice literal `lit` with its elements stored at `p`: the slice's words.
    fn slice_lit_at(&mut self, lit: &Expr, elems: &'a [Expr], p: Value) -> Vec<Value> {
        let elem_ty = slice_elem(lit);
        let esize = layout::size_of(&elem_ty);
        for (i, el) in elems.iter().enumerate() {
            let v = self.expr(el);
            self.store_value(&elem_ty, &v, p, (i as u32 * esize) as i32);
        }
        let len = self.b.ins().iconst(types::I64, elems.len() as i64);
        vec![p, len, len]
    }

    /// A string constant: (address of read-only bytes, length).
    fn string_const(&mut self, s: &[u8]) -> Vec<Value> {
        let len = self.b.ins().iconst(types::I64, s.len() as i64);
        if s.is_empty() {
            let z = self.b.ins().iconst(types::I64, 0);
            return vec![z, len];
        }
        let data = self.string_data(s);
        let p = self.data_address(data);
        vec![p, len]
    }

    /// Panics with a nil dereference when `p` is null.
    pub fn nil_check(&mut self, p: Value) {
        self.nil_check_at(p, 0)
    }

    /// A nil `p` panics with a nil dereference; Go's fault report gives the address
    /// of the access, nil plus `offset` (gc checks offsets past the first page
    /// explicitly, so they fault at 0).
    pub fn nil_check_at(&mut self, p: Value, offset: i64) {
        let addr = if (0..4096).contains(&offset) {
            offset
        } else {
            0
        };
        let fail = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(p, ok, &[], fail, &[]);
        self.b.set_cold_block(fail);
        self.b.switch_to_block(fail);
        let a = self.b.ins().iconst(types::I64, addr);
        self.call_rt("rt_panic_nil_deref", &[a]);
        self.b.ins().trap(TrapCode::unwrap_user(1));
        self.b.switch_to_block(ok);
    }

    /// `recover()` inline, gorecover's common cases: nil when no panic is in flight or
    /// the newest one is recovered already; the panic value, marking the panic
    /// recovered, when this function's caller is the frame of the thunk through which
    /// the panic makes its deferred call (the caller's FP is the one saved in this
    /// frame). Anything else (a deferred call through a defer wrapper, or not called by a
    /// panic at all) asks `rt_gorecover`, which applies the whole rule.
    fn recover_call(&mut self) -> Vec<Value> {
        // The runtime's gorecover relies on it (a wrapper's arguments are evaluated at
        // its defer statement; `defer recover()` is `DeferredRecover`).
        assert!(
            self.func.kind != crate::ir::FuncKind::DeferWrapper,
            "internal error: recover() in the body of defer wrapper {}",
            self.func.name
        );
        if self.shared.trace {
            // Traced code asks the runtime, which records the verdict.
            let r = self.call_rt("rt_trace_recover", &[]);
            self.note("trace: recover() asks the runtime (rt_trace_recover)");
            return r;
        }
        use runtime::abi::{
            G_PANIC_HEAD_OFFSET, PANIC_DATA_OFFSET, PANIC_RECOVERED_OFFSET, PANIC_THUNK_FP_OFFSET,
            PANIC_TYP_OFFSET,
        };
        let t = MemFlagsData::trusted();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        self.b.append_block_param(join, types::I64);
        let unrecovered = self.b.create_block();
        let by_thunk = self.b.create_block();
        let recovers = self.b.create_block();
        let slow = self.b.create_block();
        let zero = self.b.ins().iconst(types::I64, 0);
        let nil: [cranelift_codegen::ir::BlockArg; 2] = [zero.into(), zero.into()];
        let g = self.b.ins().get_pinned_reg(types::I64);
        let p = self.b.ins().load(types::I64, t, g, G_PANIC_HEAD_OFFSET);
        self.b.ins().brif(p, unrecovered, &[], join, &nil);
        self.b.switch_to_block(unrecovered);
        self.b.set_cold_block(unrecovered);
        let done = self.b.ins().load(types::I8, t, p, PANIC_RECOVERED_OFFSET);
        self.b.ins().brif(done, join, &nil, by_thunk, &[]);
        self.b.switch_to_block(by_thunk);
        self.b.set_cold_block(by_thunk);
        let thunk_fp = self.b.ins().load(types::I64, t, p, PANIC_THUNK_FP_OFFSET);
        let fp = self.b.ins().get_frame_pointer(types::I64);
        let caller_fp = self
            .b
            .ins()
            .load(types::I64, t, fp, runtime::arch::FRAME_CALLER_FP as i32);
        let direct = self.b.ins().icmp(IntCC::Equal, thunk_fp, caller_fp);
        self.b.ins().brif(direct, recovers, &[], slow, &[]);
        self.b.switch_to_block(recovers);
        self.b.set_cold_block(recovers);
        let one = self.b.ins().iconst(types::I8, 1);
        self.b.ins().store(t, one, p, PANIC_RECOVERED_OFFSET);
        let typ = self.b.ins().load(types::I64, t, p, PANIC_TYP_OFFSET);
        let data = self.b.ins().load(types::I64, t, p, PANIC_DATA_OFFSET);
        self.b.ins().jump(join, &[typ.into(), data.into()]);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        let r = self.call_rt("rt_gorecover", &[]);
        self.b.ins().jump(join, &[r[0].into(), r[1].into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join).to_vec()
    }

    /// Writes the code pointer and captures of closure `f` into the object at `base+off`.
    pub fn fill_closure(&mut self, f: crate::ir::FuncId, base: Value, off: i32) -> Inst {
        let cf = &self.shared.prog.funcs[f.0 as usize];
        let lay = closure_layout(cf);
        let id = self.shared.go_func(f);
        let fr = self.func_ref(id);
        let code = self.b.ins().func_addr(types::I64, fr);
        let code_store = self.b.ins().store(
            MemFlagsData::trusted(),
            code,
            base,
            off + CLOSURE_CODE_OFFSET,
        );
        for (cap, &coff) in cf.captures.iter().zip(&lay.capture_offsets) {
            if cap.by_ref {
                let addr = self.local_addr(cap.outer).unwrap_or_else(|| {
                    panic!("{}: captured by reference but not in memory", cf.name)
                });
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), addr, base, off + coff);
            } else {
                let ty = self.local_ty(cap.outer).clone();
                let v = self.read_local(cap.outer);
                self.store_value(&ty, &v, base, off + coff);
            }
        }
        code_store
    }

    fn binary(&mut self, op: BinaryOp, l: &'a Expr, r: &'a Expr) -> Vec<Value> {
        if op == BinaryOp::LogAnd || op == BinaryOp::LogOr {
            let lv = self.expr(l)[0];
            let rhs_b = self.b.create_block();
            let join = self.b.create_block();
            self.b.append_block_param(join, types::I8);
            if op == BinaryOp::LogAnd {
                self.b.ins().brif(lv, rhs_b, &[], join, &[lv.into()]);
            } else {
                self.b.ins().brif(lv, join, &[lv.into()], rhs_b, &[]);
            }
            self.b.switch_to_block(rhs_b);
            let rv = self.expr(r)[0];
            self.b.ins().jump(join, &[rv.into()]);
            self.b.switch_to_block(join);
            return vec![self.b.block_params(join)[0]];
        }
        let is_cmp = matches!(
            op,
            BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge
        );
        if is_cmp {
            return vec![self.compare(op, l, r)];
        }
        if *l.ty.under() == Type::String {
            let a = self.expr(l);
            let b = self.expr(r);
            return self.call_rt("rt_concat", &[a[0], a[1], b[0], b[1]]);
        }
        if let Some(k) = l.ty.complex_kind() {
            let a = self.expr(l);
            let b = self.expr(r);
            self.set_pos(r.pos);
            return self.complex_arith(op, k, &a, &b);
        }
        let a = self.expr(l)[0];
        let b = self.expr(r)[0];
        self.set_pos(r.pos);
        if l.ty.float_kind().is_some() {
            return vec![self.float_arith(op, a, b)];
        }
        let signed = l.ty.int_info().is_none_or(|(_, s)| s);
        let v = match op {
            BinaryOp::Add => self.b.ins().iadd(a, b),
            BinaryOp::Sub => self.b.ins().isub(a, b),
            BinaryOp::Mul => self.b.ins().imul(a, b),
            BinaryOp::And => self.b.ins().band(a, b),
            BinaryOp::Or => self.b.ins().bor(a, b),
            BinaryOp::Xor => self.b.ins().bxor(a, b),
            BinaryOp::AndNot => self.b.ins().band_not(a, b),
            BinaryOp::Div | BinaryOp::Rem if !signed => {
                let is_const_nonzero = matches!(r.kind, ExprKind::Int(c) if c != 0);
                if !is_const_nonzero {
                    self.zero_divisor_check(b);
                }
                if op == BinaryOp::Div {
                    self.b.ins().udiv(a, b)
                } else {
                    self.b.ins().urem(a, b)
                }
            }
            BinaryOp::Div | BinaryOp::Rem => {
                let is_const_nonzero = matches!(r.kind, ExprKind::Int(c) if c != 0 && c != -1);
                if is_const_nonzero {
                    if op == BinaryOp::Div {
                        self.b.ins().sdiv(a, b)
                    } else {
                        self.b.ins().srem(a, b)
                    }
                } else {
                    self.div_checked(op, a, b)
                }
            }
            BinaryOp::Shl | BinaryOp::Shr => self.shift(op, a, b, r, signed),
            _ => unreachable!(),
        };
        vec![v]
    }

    /// `x[lo:hi:max]` of the slice or string words `xs` (absent bounds: 0, the length,
    /// the capacity), checked in gc's order with its panic codes.
    fn slice_expr(
        &mut self,
        ty: &Type,
        xs: &[Value],
        [lo, hi, max]: [Option<Value>; 3],
        how: SliceChecks,
    ) -> Vec<Value> {
        let is_string = *ty.under() == Type::String;
        let (ptr, len) = (xs[0], xs[1]);
        let cap = if is_string { len } else { xs[2] };
        let zero = self.b.ins().iconst(types::I64, 0);
        let lo = lo.unwrap_or(zero);
        let hi = hi.unwrap_or(len);
        // Each check: `x <= y` as unsigned (a negative x fails), else panic `code`.
        // gc's message names the capacity only of a slice (an array's is its length), and
        // prints an index of an unsigned type as unsigned.
        let cap_code = |code: i64| if how.array { code - 1 } else { code };
        let [lo_u, hi_u, max_u] = how.unsigned;
        let check = |this: &mut Self, code: i64, x: Value, y: Value, unsigned: bool| {
            let code = code
                | if unsigned {
                    runtime::errors::SLICE_UNSIGNED
                } else {
                    0
                };
            let bad = this.b.ins().icmp(IntCC::UnsignedGreaterThan, x, y);
            let fail = this.b.create_block();
            let ok = this.b.create_block();
            this.b.ins().brif(bad, fail, &[], ok, &[]);
            this.b.set_cold_block(fail);
            this.b.switch_to_block(fail);
            let c = this.b.ins().iconst(types::I64, code);
            this.call_rt("rt_panic_slice", &[c, x, y]);
            this.b.ins().trap(TrapCode::unwrap_user(1));
            this.b.switch_to_block(ok);
        };
        let max = match max {
            Some(m) => {
                check(self, cap_code(5), m, cap, max_u);
                check(self, 6, hi, m, hi_u);
                check(self, 7, lo, hi, lo_u);
                m
            }
            None => {
                let code = if is_string { 1 } else { cap_code(2) };
                check(self, code, hi, cap, hi_u);
                check(self, 3, lo, hi, lo_u);
                cap
            }
        };
        let esize = match ty.under() {
            Type::Slice(el) => layout::size_of(el) as i64,
            _ => 1,
        };
        let off = self.b.ins().imul_imm_s(lo, esize);
        let n = self.b.ins().isub(hi, lo);
        let c = if is_string {
            n
        } else {
            self.b.ins().isub(max, lo)
        };
        // An empty result keeps the base pointer, as gc's does, so that it never points
        // past the end of the sliced memory.
        let zero = self.b.ins().iconst(types::I64, 0);
        let off = self.b.ins().select(c, off, zero);
        let p = self.b.ins().iadd(ptr, off);
        if is_string {
            vec![p, n]
        } else {
            vec![p, n, c]
        }
    }

    /// A zero divisor panics (`integer divide by zero`).
    fn zero_divisor_check(&mut self, b: Value) {
        let fail = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(b, ok, &[], fail, &[]);
        self.b.set_cold_block(fail);
        self.b.switch_to_block(fail);
        self.call_rt("rt_panic_divide", &[]);
        self.b.ins().trap(TrapCode::unwrap_user(1));
        self.b.switch_to_block(ok);
    }

    /// Converts the integer `v` of type `from` to the integer type `to`.
    pub fn convert_int(&mut self, v: Value, from: &Type, to: &Type) -> Value {
        let (fb, fs) = from.int_info().unwrap_or((64, true));
        let (tb, _) = to.int_info().unwrap_or((64, true));
        let tt = types::Type::int(tb as u16).expect("integer width");
        if tb > fb {
            if fs {
                self.b.ins().sextend(tt, v)
            } else {
                self.b.ins().uextend(tt, v)
            }
        } else if tb < fb {
            self.b.ins().ireduce(tt, v)
        } else {
            v
        }
    }

    /// Go's `/` and `%`: a zero divisor panics; `x / -1` is `-x` (wrapping), `x % -1` is 0.
    fn div_checked(&mut self, op: BinaryOp, a: Value, b: Value) -> Value {
        self.zero_divisor_check(b);
        let t = self.b.func.dfg.value_type(a);
        let minus_one = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
        let one = self.b.ins().iconst(t, 1);
        let safe_b = self.b.ins().select(minus_one, one, b);
        if op == BinaryOp::Div {
            let q = self.b.ins().sdiv(a, safe_b);
            let neg = self.b.ins().ineg(a);
            self.b.ins().select(minus_one, neg, q)
        } else {
            let r = self.b.ins().srem(a, safe_b);
            let zero = self.b.ins().iconst(t, 0);
            self.b.ins().select(minus_one, zero, r)
        }
    }

    /// Go's shifts: a negative (signed) count panics; counts of the operand's width or
    /// more shift everything out (`>>` of a signed operand fills with its sign).
    fn shift(&mut self, op: BinaryOp, a: Value, c: Value, count: &Expr, signed: bool) -> Value {
        let t = self.b.func.dfg.value_type(a);
        let width = t.bits() as i64;
        let count_signed = count.ty.int_info().is_none_or(|(_, s)| s);
        // The count as an i64 (extended by its own signedness).
        let c = if self.b.func.dfg.value_type(c).bits() < 64 {
            if count_signed {
                self.b.ins().sextend(types::I64, c)
            } else {
                self.b.ins().uextend(types::I64, c)
            }
        } else {
            c
        };
        let known_ok = !count_signed || matches!(count.kind, ExprKind::Int(k) if k >= 0);
        if !known_ok {
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, c, 0);
            let fail = self.b.create_block();
            let ok = self.b.create_block();
            self.b.ins().brif(neg, fail, &[], ok, &[]);
            self.b.set_cold_block(fail);
            self.b.switch_to_block(fail);
            self.call_rt("rt_panic_shift", &[]);
            self.b.ins().trap(TrapCode::unwrap_user(1));
            self.b.switch_to_block(ok);
        }
        let big = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, c, width);
        let c = if t.bits() < 64 {
            self.b.ins().ireduce(t, c)
        } else {
            c
        };
        if op == BinaryOp::Shl || !signed {
            let shifted = if op == BinaryOp::Shl {
                self.b.ins().ishl(a, c)
            } else {
                self.b.ins().ushr(a, c)
            };
            let zero = self.b.ins().iconst(t, 0);
            self.b.ins().select(big, zero, shifted)
        } else {
            let max = self.b.ins().iconst(t, width - 1);
            let cc = self.b.ins().select(big, max, c);
            self.b.ins().sshr(a, cc)
        }
    }

    fn compare(&mut self, op: BinaryOp, l: &'a Expr, r: &'a Expr) -> Value {
        if l.ty.complex_kind().is_some() {
            let a = self.expr(l);
            let b = self.expr(r);
            return self.complex_equal(&a, &b, op == BinaryOp::Ne);
        }
        if l.ty.float_kind().is_some() {
            let a = self.expr(l)[0];
            let b = self.expr(r)[0];
            return self.float_compare(op, a, b);
        }
        if let Some((_, false)) = l.ty.int_info() {
            let cc = match op {
                BinaryOp::Eq => IntCC::Equal,
                BinaryOp::Ne => IntCC::NotEqual,
                BinaryOp::Lt => IntCC::UnsignedLessThan,
                BinaryOp::Le => IntCC::UnsignedLessThanOrEqual,
                BinaryOp::Gt => IntCC::UnsignedGreaterThan,
                BinaryOp::Ge => IntCC::UnsignedGreaterThanOrEqual,
                _ => unreachable!(),
            };
            let a = self.expr(l)[0];
            let b = self.expr(r)[0];
            return self.b.ins().icmp(cc, a, b);
        }
        let cc_signed = |op: BinaryOp| match op {
            BinaryOp::Eq => IntCC::Equal,
            BinaryOp::Ne => IntCC::NotEqual,
            BinaryOp::Lt => IntCC::SignedLessThan,
            BinaryOp::Le => IntCC::SignedLessThanOrEqual,
            BinaryOp::Gt => IntCC::SignedGreaterThan,
            BinaryOp::Ge => IntCC::SignedGreaterThanOrEqual,
            _ => unreachable!(),
        };
        let l_nil = matches!(l.kind, ExprKind::Nil);
        let r_nil = matches!(r.kind, ExprKind::Nil);
        match l.ty.under() {
            Type::String => {
                let a = self.expr(l);
                let b = self.expr(r);
                let c = self.call_rt("rt_str_cmp", &[a[0], a[1], b[0], b[1]])[0];
                self.b.ins().icmp_imm_s(cc_signed(op), c, 0)
            }
            Type::Any
            | Type::Error
            | Type::Interface(_)
            | Type::Func(_)
            | Type::Slice(_)
            | Type::Pointer(_)
            | Type::Map(..)
            | Type::Chan(..)
                if l_nil || r_nil =>
            {
                // Comparison with nil: the first word (type / pointer) is zero.
                let a = self.expr(l)[0];
                let b = self.expr(r)[0];
                self.b.ins().icmp(cc_signed(op), a, b)
            }
            Type::Any | Type::Error | Type::Interface(_) => {
                let a = self.expr(l);
                let b = self.expr(r);
                self.set_pos(r.pos);
                let eq = self.call_rt("rt_iface_eq", &[a[0], a[1], b[0], b[1]])[0];
                let cc = if op == BinaryOp::Eq {
                    IntCC::NotEqual
                } else {
                    IntCC::Equal
                };
                self.b.ins().icmp_imm_s(cc, eq, 0)
            }
            Type::Struct(_) | Type::Array(..) => {
                let a = self.expr(l);
                let b = self.expr(r);
                self.set_pos(r.pos);
                let eq = self.values_equal(&l.ty, &a, &b);
                if op == BinaryOp::Eq {
                    eq
                } else {
                    self.b.ins().bxor_imm_u(eq, 1)
                }
            }
            _ => {
                let a = self.expr(l)[0];
                let b = self.expr(r)[0];
                self.b.ins().icmp(cc_signed(op), a, b)
            }
        }
    }

    /// The vtable index of `Error() string`, when some type of the program has it.
    fn error_selector(&self) -> Option<u32> {
        self.shared
            .prog
            .selectors
            .iter()
            .position(|s| s == "Error() string")
            .map(|i| i as u32)
    }

    /// Whether the interface value `(t, d)` holds an error (`I8`): a type with an
    /// `Error() string` method, or one of the runtime's error types.
    fn is_error_value(&mut self, t: Value, d: Value) -> Value {
        let rt_check = |this: &mut Self| {
            let r = this.call_rt("rt_assert_error", &[t, d]);
            this.b.ins().icmp_imm_s(IntCC::NotEqual, r[0], 0)
        };
        let Some(sel) = self.error_selector() else {
            return rt_check(self);
        };
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I8);
        let nonnil = self.b.create_block();
        let zero = self.b.ins().iconst(types::I8, 0);
        self.b.ins().brif(t, nonnil, &[], join, &[zero.into()]);
        self.b.switch_to_block(nonnil);
        let code = self.vtable_entry(t, sel);
        let runtime_b = self.b.create_block();
        let one = self.b.ins().iconst(types::I8, 1);
        self.b.ins().brif(code, join, &[one.into()], runtime_b, &[]);
        self.b.switch_to_block(runtime_b);
        let r = rt_check(self);
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// `err.Error()` of the error value `(t, d)`: through the vtable for a type with
    /// the method, else the runtime (its error types; a nil error panics there).
    fn error_method(&mut self, t: Value, d: Value) -> Vec<Value> {
        let Some(sel) = self.error_selector() else {
            return self.call_rt("rt_error_string", &[t, d]);
        };
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        self.b.append_block_param(join, types::I64);
        let runtime_b = self.b.create_block();
        let nonnil = self.b.create_block();
        self.b.ins().brif(t, nonnil, &[], runtime_b, &[]);
        self.b.switch_to_block(nonnil);
        let code = self.vtable_entry(t, sel);
        let user = self.b.create_block();
        self.b.ins().brif(code, user, &[], runtime_b, &[]);
        self.b.switch_to_block(user);
        let sig = crate::ir::Signature {
            variadic: false,
            params: vec![Type::Int],
            results: vec![Type::String],
        };
        let sref = self.go_sig_ref(&sig);
        let zero = self.b.ins().iconst(types::I64, 0);
        let r = self.emit_call(crate::calls::CallTarget::Indirect(sref, code), &[zero, d]);
        self.b.ins().jump(join, &[r[0].into(), r[1].into()]);
        self.b.switch_to_block(runtime_b);
        let r = self.call_rt("rt_error_string", &[t, d]);
        self.b.ins().jump(join, &[r[0].into(), r[1].into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join).to_vec()
    }

    /// The value of type `ty` held in the interface data word `w`: the word itself for
    /// one-word scalars, pointers and funcs, else loaded from the box it points to.
    pub fn unbox(&mut self, ty: &Type, w: Value) -> Vec<Value> {
        match ty.under() {
            Type::Int
            | Type::Pointer(_)
            | Type::Func(_)
            | Type::TestingB
            | Type::Map(..)
            | Type::Chan(..)
            | Type::UnsafePointer => {
                vec![w]
            }
            Type::Bool => vec![self.b.ins().ireduce(types::I8, w)],
            Type::Sized(_) => vec![self.convert_int(w, &Type::Int, ty)],
            Type::Float(_) => vec![self.float_from_bits(ty, w)],
            t if t.is_interface() => panic!("unbox of interface type {ty:?}"),
            _ => self.load_value(ty, w, 0),
        }
    }

    /// The code pointer of method `selector` in the vtable of the (non-nil) type
    /// descriptor `t`; 0 when the type has no vtable or no such method.
    pub fn vtable_entry(&mut self, t: Value, selector: u32) -> Value {
        let flags = MemFlagsData::trusted();
        let vt = self
            .b
            .ins()
            .load(types::I64, flags, t, runtime::types::VTABLE_OFFSET);
        let has = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        self.b.ins().brif(vt, has, &[], join, &[vt.into()]);
        self.b.switch_to_block(has);
        let code = self
            .b
            .ins()
            .load(types::I64, flags, vt, 8 * selector as i32);
        self.b.ins().jump(join, &[code.into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// Whether the dynamic type `t` (0 for nil) has every method of the interface `it`:
    /// an `I8` 0 or 1.
    fn implements(&mut self, t: Value, it: &crate::ir::InterfaceType) -> Value {
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I8);
        let zero = self.b.ins().iconst(types::I8, 0);
        let next = self.b.create_block();
        self.b.ins().brif(t, next, &[], join, &[zero.into()]);
        self.b.switch_to_block(next);
        for m in &it.methods {
            let code = self.vtable_entry(t, m.selector);
            // The runtime's error types have no method tables but have `Error` (and
            // `RuntimeError`, but for errors.New's) methods.
            let selector = &self.shared.prog.selectors[m.selector as usize];
            let name = selector.split('(').next().unwrap_or_default();
            let runtime_kinds = runtime::types::builtin_method_kinds(name);
            let code = if runtime_kinds.is_empty() {
                code
            } else {
                let kind = self.b.ins().load(
                    types::I32,
                    MemFlagsData::trusted(),
                    t,
                    std::mem::offset_of!(runtime::types::TypeDesc, kind) as i32,
                );
                let mut has = self.b.ins().icmp_imm_u(IntCC::NotEqual, code, 0);
                for k in runtime_kinds {
                    let is = self.b.ins().icmp_imm_u(IntCC::Equal, kind, *k as i64);
                    has = self.b.ins().bor(has, is);
                }
                has
            };
            let next = self.b.create_block();
            let zero = self.b.ins().iconst(types::I8, 0);
            self.b.ins().brif(code, next, &[], join, &[zero.into()]);
            self.b.switch_to_block(next);
        }
        let one = self.b.ins().iconst(types::I8, 1);
        self.b.ins().jump(join, &[one.into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// Calls method `selector` of the interface value `(t, d)` through the vtable of its
    /// dynamic type: the method's wrapper takes the data word first. A nil interface
    /// panics with a nil dereference.
    pub fn iface_call(
        &mut self,
        t: Value,
        d: Value,
        selector: u32,
        sig: &crate::ir::Signature,
        args: &[Value],
    ) -> Vec<Value> {
        self.shared.use_selector(selector);
        // `Error() string` may belong to one of the runtime's error types, which have no
        // method tables: the same dispatch as `err.Error()`.
        if self.error_selector() == Some(selector) {
            self.nil_check(t);
            return self.error_method(t, d);
        }
        if self.shared.prog.selectors[selector as usize] == "RuntimeError()" {
            // A marker method: the runtime's errors have it without a method table.
            self.nil_check(t);
            let code = self.vtable_entry(t, selector);
            let call = self.b.create_block();
            let done = self.b.create_block();
            self.b.ins().brif(code, call, &[], done, &[]);
            self.b.switch_to_block(call);
            self.call_method_wrapper(code, d, sig, args);
            self.b.ins().jump(done, &[]);
            self.b.switch_to_block(done);
            return vec![];
        }
        self.nil_check(t);
        let code = self.vtable_entry(t, selector);
        self.call_method_wrapper(code, d, sig, args)
    }

    /// Calls the method wrapper at `code` (from a vtable) on the data word `d`.
    fn call_method_wrapper(
        &mut self,
        code: Value,
        d: Value,
        sig: &crate::ir::Signature,
        args: &[Value],
    ) -> Vec<Value> {
        let mut wsig = sig.clone();
        wsig.params.insert(0, Type::Int);
        let sref = self.go_sig_ref(&wsig);
        let zero = self.b.ins().iconst(types::I64, 0);
        let mut all = vec![zero, d];
        all.extend_from_slice(args);
        self.emit_call(crate::calls::CallTarget::Indirect(sref, code), &all)
    }

    /// Go's `==` on two values of the comparable type `ty` given as words: field by
    /// field, stopping at the first field that differs (a later interface field holding
    /// an uncomparable value does not panic then). Gives an `I8` 0 or 1.
    pub fn values_equal(&mut self, ty: &Type, a: &[Value], b: &[Value]) -> Value {
        match ty.under() {
            Type::Struct(st) => {
                let mut parts = Vec::with_capacity(st.fields.len());
                let mut wi = 0;
                for f in &st.fields {
                    let n = layout::words(&f.ty).len();
                    // Blank fields take no part in comparisons.
                    if f.name != "_" {
                        parts.push((f.ty.clone(), wi..wi + n));
                    }
                    wi += n;
                }
                self.parts_equal(&parts, a, b)
            }
            Type::Array(elem, len) => {
                let parts: Vec<(Type, std::ops::Range<usize>)> = (0..*len)
                    .map(|k| ((**elem).clone(), layout::elem_words(ty, k)))
                    .collect();
                self.parts_equal(&parts, a, b)
            }
            Type::Float(_) => self.float_compare(BinaryOp::Eq, a[0], b[0]),
            Type::Complex(_) => self.complex_equal(a, b, false),
            Type::String => {
                let c = self.call_rt("rt_str_cmp", &[a[0], a[1], b[0], b[1]])[0];
                self.b.ins().icmp_imm_s(IntCC::Equal, c, 0)
            }
            Type::Any | Type::Error | Type::Interface(_) => {
                let eq = self.call_rt("rt_iface_eq", &[a[0], a[1], b[0], b[1]])[0];
                self.b.ins().icmp_imm_s(IntCC::NotEqual, eq, 0)
            }
            _ => self.b.ins().icmp(IntCC::Equal, a[0], b[0]),
        }
    }

    /// Go's `==` on the parts (fields, elements) of two values given as words: each
    /// part's type and the range of its words, compared in order up to the first that
    /// differs. Gives an `I8` 0 or 1.
    fn parts_equal(
        &mut self,
        parts: &[(Type, std::ops::Range<usize>)],
        a: &[Value],
        b: &[Value],
    ) -> Value {
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I8);
        for (t, r) in parts {
            let eq = self.values_equal(t, &a[r.clone()], &b[r.clone()]);
            let next = self.b.create_block();
            let zero = self.b.ins().iconst(types::I8, 0);
            self.b.ins().brif(eq, next, &[], join, &[zero.into()]);
            self.b.switch_to_block(next);
        }
        let one = self.b.ins().iconst(types::I8, 1);
        self.b.ins().jump(join, &[one.into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// Converts a concrete value (or an interface) to an interface value.
    pub fn convert_to_iface(&mut self, from: &Type, v: &[Value]) -> Vec<Value> {
        if from.is_interface() {
            return v.to_vec();
        }
        let desc = self
            .b
            .ins()
            .iconst(types::I64, self.shared.type_desc(from) as i64);
        let data = match from.under() {
            Type::Int
            | Type::Func(_)
            | Type::TestingB
            | Type::Pointer(_)
            | Type::Map(..)
            | Type::Chan(..)
            | Type::UnsafePointer => v[0],
            Type::Bool => self.b.ins().uextend(types::I64, v[0]),
            Type::Sized(_) => self.convert_int(v[0], from, &Type::Int),
            Type::Float(_) => self.float_bits(from, v[0]),
            Type::String
            | Type::Slice(_)
            | Type::Struct(_)
            | Type::Array(..)
            | Type::Complex(_) => {
                let size = self
                    .b
                    .ins()
                    .iconst(types::I64, layout::size_of(from).max(1) as i64);
                let p = self.alloc_object(from, size);
                self.store_value(from, v, p, 0);
                p
            }
            other => panic!("to_iface from {other:?}"),
        };
        vec![desc, data]
    }

    fn type_assert(
        &mut self,
        v: &[Value],
        source: &Type,
        target: &Type,
        comma_ok: bool,
    ) -> Vec<Value> {
        let (t, d) = (v[0], v[1]);
        let want = self.shared.type_desc(target) as i64;
        let ok_b = self.b.create_block();
        let fail_b = self.b.create_block();
        let join = self.b.create_block();
        let tys = layout::words(target);
        for ty in &tys {
            self.b.append_block_param(join, *ty);
        }
        self.b.append_block_param(join, types::I8);
        // The value to unpack on success.
        let (matched, data_t, data_d) = if *target.under() == Type::Error {
            (self.is_error_value(t, d), t, d)
        } else if let Type::Interface(it) = target.under() {
            (self.implements(t, it), t, d)
        } else {
            (self.b.ins().icmp_imm_s(IntCC::Equal, t, want), t, d)
        };
        self.b.ins().brif(matched, ok_b, &[], fail_b, &[]);
        self.b.switch_to_block(ok_b);
        let mut vals: Vec<Value> = if target.is_interface() {
            vec![data_t, data_d]
        } else {
            self.unbox(target, data_d)
        };
        let one = self.b.ins().iconst(types::I8, 1);
        vals.push(one);
        let args: Vec<_> = vals
            .iter()
            .map(|v| (*v).into())
            .collect::<Vec<cranelift_codegen::ir::BlockArg>>();
        self.b.ins().jump(join, &args);
        self.b.switch_to_block(fail_b);
        if comma_ok {
            let mut zeros = self.zero_words(target);
            zeros.push(self.b.ins().iconst(types::I8, 0));
            let args: Vec<cranelift_codegen::ir::BlockArg> =
                zeros.iter().map(|v| (*v).into()).collect();
            self.b.ins().jump(join, &args);
        } else {
            self.b.set_cold_block(fail_b);
            let w = self.b.ins().iconst(types::I64, want);
            let e = self
                .b
                .ins()
                .iconst(types::I64, self.shared.type_desc(source) as i64);
            self.call_rt("rt_panic_assert", &[t, w, e]);
            self.b.ins().trap(TrapCode::unwrap_user(1));
        }
        self.b.switch_to_block(join);
        let params = self.b.block_params(join).to_vec();
        if comma_ok {
            params
        } else {
            params[..params.len() - 1].to_vec()
        }
    }

    /// A word as the runtime's ABI takes it, an `i64`: a float as its bits, a narrower
    /// integer extended (by sign when `signed`).
    fn runtime_word(&mut self, v: Value, signed: bool) -> Value {
        let ty = self.b.func.dfg.value_type(v);
        if ty.is_int() && ty.bits() < 64 {
            if signed {
                self.b.ins().sextend(types::I64, v)
            } else {
                self.b.ins().uextend(types::I64, v)
            }
        } else if ty == types::F64 {
            self.b.ins().bitcast(types::I64, MemFlagsData::new(), v)
        } else if ty == types::F32 {
            let i = self.b.ins().bitcast(types::I32, MemFlagsData::new(), v);
            self.b.ins().uextend(types::I64, i)
        } else {
            v
        }
    }

    /// A runtime result word (`i64`) as the Go word of type `ty`.
    fn bits_to_word(&mut self, v: Value, ty: types::Type) -> Value {
        let have = self.b.func.dfg.value_type(v);
        if ty == types::F64 {
            self.b.ins().bitcast(types::F64, MemFlagsData::new(), v)
        } else if ty == types::F32 {
            let i = self.b.ins().ireduce(types::I32, v);
            self.b.ins().bitcast(types::F32, MemFlagsData::new(), i)
        } else if ty.bits() < have.bits() {
            self.b.ins().ireduce(ty, v)
        } else {
            v
        }
    }

    fn builtin(&mut self, b: Builtin, args: &'a [Expr], e: &'a Expr) -> Vec<Value> {
        match b {
            Builtin::Len | Builtin::Cap if array_len(&args[0].ty).is_some() => {
                // An operand with calls: evaluated for its effects (a nil pointer to an
                // array is fine), the length is the type's.
                self.expr(&args[0]);
                let n = array_len(&args[0].ty).unwrap_or(0);
                vec![self.b.ins().iconst(types::I64, n as i64)]
            }
            Builtin::Len => {
                let v = self.expr(&args[0]);
                if let Type::Map(..) = args[0].ty.under() {
                    return self.call_rt("rt_map_len", &v);
                }
                if let Type::Chan(..) = args[0].ty.under() {
                    return self.call_rt("rt_chanlen", &v);
                }
                vec![v[1]]
            }
            Builtin::MakeChan => {
                let cap = args.first().map(|a| self.expr(a)[0]);
                self.set_pos(e.pos);
                vec![self.make_chan(&e.ty, cap)]
            }
            Builtin::ChanRecv | Builtin::ChanRecvOk => {
                let c = self.expr(&args[0])[0];
                self.set_pos(e.pos);
                self.chan_recv(&args[0].ty, c, b == Builtin::ChanRecvOk)
            }
            Builtin::ChanSend => {
                let c = self.expr(&args[0])[0];
                let v = self.expr(&args[1]);
                self.set_pos(e.pos);
                self.chan_send(&args[0].ty, c, &v);
                vec![]
            }
            Builtin::ChanClose => {
                let c = self.expr(&args[0])[0];
                self.set_pos(e.pos);
                self.call_rt("rt_closechan", &[c]);
                vec![]
            }
            Builtin::MakeMap => {
                for a in args {
                    self.expr(a);
                }
                vec![self.make_map(&e.ty)]
            }
            Builtin::Delete => {
                let m = self.expr(&args[0])[0];
                let k = self.expr(&args[1]);
                self.set_pos(e.pos);
                self.map_delete(&args[0].ty, m, &k);
                vec![]
            }
            Builtin::ClearSlice => {
                let s = self.expr(&args[0]);
                let esize = match args[0].ty.under() {
                    Type::Slice(el) => layout::size_of(el) as i64,
                    _ => 1,
                };
                let n = self.b.ins().imul_imm_s(s[1], esize);
                self.call_rt("rt_clear", &[s[0], n]);
                vec![]
            }
            Builtin::Min | Builtin::Max => {
                let vals: Vec<Vec<Value>> = args.iter().map(|a| self.expr(a)).collect();
                let mut best = vals[0].clone();
                if matches!(e.ty.under(), Type::Float(_)) {
                    // IEEE 754-2019 minimum/maximum, as Go's: a NaN operand gives NaN, and
                    // -0 is less than +0.
                    for v in &vals[1..] {
                        best[0] = if b == Builtin::Min {
                            self.b.ins().fmin(best[0], v[0])
                        } else {
                            self.b.ins().fmax(best[0], v[0])
                        };
                    }
                    return best;
                }
                for v in &vals[1..] {
                    // Keep `best` unless `v` is strictly better (the first of equals wins).
                    let better = if *e.ty.under() == Type::String {
                        let c = self.call_rt("rt_str_cmp", &[v[0], v[1], best[0], best[1]])[0];
                        let cc = if b == Builtin::Min {
                            IntCC::SignedLessThan
                        } else {
                            IntCC::SignedGreaterThan
                        };
                        self.b.ins().icmp_imm_s(cc, c, 0)
                    } else {
                        let signed = e.ty.int_info().is_none_or(|(_, s)| s);
                        let cc = match (b == Builtin::Min, signed) {
                            (true, true) => IntCC::SignedLessThan,
                            (true, false) => IntCC::UnsignedLessThan,
                            (false, true) => IntCC::SignedGreaterThan,
                            (false, false) => IntCC::UnsignedGreaterThan,
                        };
                        self.b.ins().icmp(cc, v[0], best[0])
                    };
                    best = best
                        .iter()
                        .zip(v)
                        .map(|(x, y)| self.b.ins().select(better, *y, *x))
                        .collect();
                }
                best
            }
            Builtin::ClearMap => {
                let m = self.expr(&args[0])[0];
                self.call_rt("rt_map_clear", &[m]);
                vec![]
            }
            Builtin::Cap => {
                let v = self.expr(&args[0]);
                if let Type::Chan(..) = args[0].ty.under() {
                    return self.call_rt("rt_chancap", &v);
                }
                vec![v[2]]
            }
            Builtin::Copy => {
                let d = self.expr(&args[0]);
                let s = self.expr(&args[1]);
                let esize = match args[0].ty.under() {
                    Type::Slice(el) => layout::size_of(el) as i64,
                    _ => 1,
                };
                let less = self.b.ins().icmp(IntCC::SignedLessThan, d[1], s[1]);
                let n = self.b.ins().select(less, d[1], s[1]);
                let es = self.b.ins().iconst(types::I64, esize);
                self.call_rt("rt_copy", &[d[0], s[0], n, es])
            }
            Builtin::AppendSlice => {
                let elem_ty = match e.ty.under() {
                    Type::Slice(el) => (**el).clone(),
                    other => panic!("append to {other:?}"),
                };
                let s = self.expr(&args[0]);
                let t = self.expr(&args[1]);
                let out = self.slot(24);
                let out_a = self.b.ins().stack_addr(types::I64, out, 0);
                let es = self.ptr_map(&elem_ty);
                self.call_rt("rt_append", &[out_a, s[0], s[1], s[2], t[0], t[1], es]);
                let out_a = self.b.ins().stack_addr(types::I64, out, 0);
                let v = self.load_value(&e.ty, out_a, 0);
                self.clear_slot(out, 8);
                v
            }
            Builtin::Append => {
                let elem_ty = match e.ty.under() {
                    Type::Slice(el) => (**el).clone(),
                    other => panic!("append to {other:?}"),
                };
                let s = self.expr(&args[0]);
                let esize = layout::size_of(&elem_ty);
                let n = args.len() - 1;
                let src_slot = self.slot((esize * n as u32).max(8));
                for (i, a) in args[1..].iter().enumerate() {
                    let v = self.expr(a);
                    let base = self.b.ins().stack_addr(types::I64, src_slot, 0);
                    self.store_value(&elem_ty, &v, base, (i as u32 * esize) as i32);
                }
                let out = self.slot(24);
                let out_a = self.b.ins().stack_addr(types::I64, out, 0);
                let src = self.b.ins().stack_addr(types::I64, src_slot, 0);
                let nv = self.b.ins().iconst(types::I64, n as i64);
                let es = self.ptr_map(&elem_ty);
                self.call_rt("rt_append", &[out_a, s[0], s[1], s[2], src, nv, es]);
                let out_a = self.b.ins().stack_addr(types::I64, out, 0);
                let v = self.load_value(&e.ty, out_a, 0);
                self.clear_slot(out, 8);
                if layout::has_pointers(&elem_ty) {
                    self.clear_slot(src_slot, esize * n as u32);
                }
                v
            }
            Builtin::MakeSlice => {
                let elem_ty = match e.ty.under() {
                    Type::Slice(el) => (**el).clone(),
                    other => panic!("make of {other:?}"),
                };
                let len = self.expr(&args[0])[0];
                let cap = if args.len() > 1 {
                    self.expr(&args[1])[0]
                } else {
                    len
                };
                let es = self.ptr_map(&elem_ty);
                self.set_pos(e.pos);
                let p = self.call_rt("rt_make_slice", &[len, cap, es])[0];
                vec![p, len, cap]
            }
            Builtin::Println | Builtin::Print => {
                let mut vals = Vec::new();
                for a in args {
                    vals.push(self.expr(a));
                }
                for (i, (a, v)) in args.iter().zip(vals).enumerate() {
                    if i > 0 && b == Builtin::Println {
                        self.call_rt("rt_print_space", &[]);
                    }
                    match a.ty.under() {
                        Type::Int => {
                            self.call_rt("rt_print_int", &v);
                        }
                        Type::Sized(k) => {
                            let w = self.convert_int(v[0], &a.ty, &Type::Int);
                            if k.signed() {
                                self.call_rt("rt_print_int", &[w]);
                            } else {
                                self.call_rt("rt_print_uint", &[w]);
                            }
                        }
                        Type::Bool => {
                            let x = self.b.ins().uextend(types::I64, v[0]);
                            self.call_rt("rt_print_bool", &[x]);
                        }
                        Type::Float(_) => {
                            let f = self.convert_numeric(
                                v[0],
                                &a.ty,
                                &Type::Float(crate::ir::FloatKind::F64),
                            );
                            let bits = self.float_bits(&Type::Float(crate::ir::FloatKind::F64), f);
                            self.call_rt("rt_print_float", &[bits]);
                        }
                        Type::Complex(k) => self.print_complex(*k, &v),
                        Type::String => {
                            self.call_rt("rt_print_string", &v);
                        }
                        Type::Any | Type::Error | Type::Interface(_) => {
                            self.call_rt("rt_print_iface", &v);
                        }
                        Type::Slice(_) => {
                            self.call_rt("rt_print_slice", &v);
                        }
                        _ => {
                            self.call_rt("rt_print_pointer", &v[..1]);
                        }
                    }
                }
                if b == Builtin::Println {
                    self.call_rt("rt_print_nl", &[]);
                }
                vec![]
            }
            Builtin::FmtPrintln | Builtin::FmtPrint | Builtin::FmtSprintln | Builtin::FmtSprint => {
                let n = args.len();
                let slot = self.slot((16 * n as u32).max(16));
                for (i, a) in args.iter().enumerate() {
                    let v = self.expr(a);
                    let base = self.b.ins().stack_addr(types::I64, slot, 0);
                    self.store_value(&Type::Any, &v, base, 16 * i as i32);
                }
                let base = self.b.ins().stack_addr(types::I64, slot, 0);
                let nv = self.b.ins().iconst(types::I64, n as i64);
                let nl = matches!(b, Builtin::FmtPrintln | Builtin::FmtSprintln);
                let nl = self.b.ins().iconst(types::I64, nl as i64);
                self.set_pos(e.pos);
                if matches!(b, Builtin::FmtSprintln | Builtin::FmtSprint) {
                    return self.call_rt("rt_fmt_sprint", &[base, nv, nl]);
                }
                self.call_rt("rt_fmt_print", &[base, nv, nl]);
                vec![]
            }
            Builtin::FmtSprintf | Builtin::FmtPrintf | Builtin::FmtErrorf => {
                let format = self.expr(&args[0]);
                let n = args.len() - 1;
                let slot = self.slot((16 * n as u32).max(16));
                for (i, a) in args[1..].iter().enumerate() {
                    let v = self.expr(a);
                    let base = self.b.ins().stack_addr(types::I64, slot, 0);
                    self.store_value(&Type::Any, &v, base, 16 * i as i32);
                }
                let base = self.b.ins().stack_addr(types::I64, slot, 0);
                let nv = self.b.ins().iconst(types::I64, n as i64);
                self.set_pos(e.pos);
                let ops = [format[0], format[1], base, nv];
                match b {
                    Builtin::FmtSprintf => self.call_rt("rt_fmt_sprintf", &ops),
                    Builtin::FmtErrorf => self.call_rt("rt_fmt_errorf", &ops),
                    _ => {
                        let written = self.call_rt("rt_fmt_printf", &ops)[0];
                        let zero = self.b.ins().iconst(types::I64, 0);
                        vec![written, zero, zero]
                    }
                }
            }
            Builtin::FmtPrintlnSpread
            | Builtin::FmtPrintSpread
            | Builtin::FmtSprintlnSpread
            | Builtin::FmtSprintSpread => {
                // A `[]any` backing array holds the same (type, data) pairs as the
                // operand array built above: pass its data pointer and length.
                let s = self.expr(&args[0]);
                let nl = matches!(b, Builtin::FmtPrintlnSpread | Builtin::FmtSprintlnSpread);
                let nl = self.b.ins().iconst(types::I64, nl as i64);
                self.set_pos(e.pos);
                if matches!(b, Builtin::FmtSprintlnSpread | Builtin::FmtSprintSpread) {
                    return self.call_rt("rt_fmt_sprint", &[s[0], s[1], nl]);
                }
                self.call_rt("rt_fmt_print", &[s[0], s[1], nl]);
                vec![]
            }
            Builtin::Panic => {
                let v = self.expr(&args[0]);
                self.set_pos(e.pos);
                self.call_rt("rt_gopanic", &v);
                self.b.ins().trap(TrapCode::unwrap_user(1));
                self.start_dead_block();
                vec![]
            }
            Builtin::PanicWrap => {
                let v = self.expr(&args[0]);
                self.set_pos(e.pos);
                self.call_rt("rt_panic_wrap", &v);
                self.b.ins().trap(TrapCode::unwrap_user(1));
                self.start_dead_block();
                vec![]
            }
            Builtin::MakeComplex => {
                let re = self.expr(&args[0])[0];
                let im = self.expr(&args[1])[0];
                vec![re, im]
            }
            Builtin::Real | Builtin::Imag => {
                let v = self.expr(&args[0]);
                vec![v[(b == Builtin::Imag) as usize]]
            }
            Builtin::NilCheck => {
                let v = self.expr(&args[0]);
                self.set_pos(e.pos);
                self.nil_check(v[0]);
                vec![]
            }
            Builtin::Recover => {
                self.set_pos(e.pos);
                self.recover_call()
            }
            Builtin::DeferredRecover => {
                self.set_pos(e.pos);
                self.call_rt("rt_gorecover_deferring", &[]);
                vec![]
            }
            Builtin::ErrorsNew => {
                let s = self.expr(&args[0]);
                self.call_rt("rt_errors_new", &s)
            }
            Builtin::RuntimeNop => {
                for a in args {
                    self.expr(a);
                }
                vec![]
            }
            Builtin::NumCPU => self.call_rt("rt_num_cpu", &[]),
            Builtin::Runtime(name) => {
                // Words in, words out; floats travel as their bits in integer registers.
                let mut words = Vec::new();
                for a in args {
                    let signed = a.ty.is_signed_int();
                    for v in self.expr(a) {
                        words.push(self.runtime_word(v, signed));
                    }
                }
                self.set_pos(e.pos);
                let results = self.call_rt(name, &words);
                let want = crate::layout::words(&e.ty);
                results
                    .into_iter()
                    .zip(want)
                    .map(|(v, t)| self.bits_to_word(v, t))
                    .collect()
            }
            Builtin::GoMaxProcs => {
                let n = self.expr(&args[0]);
                self.call_rt("rt_gomaxprocs", &n)
            }
            Builtin::NumGoroutine => vec![self.b.ins().iconst(types::I64, 1)],
            Builtin::UnsafeMake => {
                let p = self.expr(&args[0])[0];
                let n = self.expr(&args[1])[0];
                self.set_pos(e.pos);
                let is_string = *e.ty.under() == Type::String;
                // gc's checks: a negative length, then a nil pointer with a length.
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, n, 0);
                let nil = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
                let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, n, 0);
                let nil_len = self.b.ins().band(nil, nonzero);
                // The memory must not wrap around the address space: len × size at
                // most -ptr (as unsigned), gc's overflow check.
                let esize = match e.ty.under() {
                    Type::Slice(el) => layout::size_of(el).max(1) as i64,
                    _ => 1,
                };
                let room = self.b.ins().ineg(p);
                let room = self.b.ins().udiv_imm_u(room, esize);
                let too_long = self.b.ins().icmp(IntCC::UnsignedGreaterThan, n, room);
                let not_nil = self.b.ins().bxor_imm_u(nil, 1);
                let too_long = self.b.ins().band(too_long, not_nil);
                let bad = self.b.ins().bor(neg, nil_len);
                let bad = self.b.ins().bor(bad, too_long);
                let fail = self.b.create_block();
                let ok = self.b.create_block();
                self.b.ins().brif(bad, fail, &[], ok, &[]);
                self.b.set_cold_block(fail);
                self.b.switch_to_block(fail);
                let base = self
                    .b
                    .ins()
                    .iconst(types::I64, if is_string { 0 } else { 2 });
                let which = self.b.ins().uextend(types::I64, nil_len);
                let code = self.b.ins().iadd(base, which);
                self.call_rt("rt_panic_unsafe", &[code]);
                self.b.ins().trap(TrapCode::unwrap_user(1));
                self.b.switch_to_block(ok);
                if is_string {
                    vec![p, n]
                } else {
                    vec![p, n, n]
                }
            }
            Builtin::OsExit => {
                let c = self.expr(&args[0]);
                self.set_pos(e.pos);
                self.call_rt("rt_os_exit", &c);
                self.b.ins().trap(TrapCode::unwrap_user(1));
                self.start_dead_block();
                vec![]
            }
        }
    }
}

/// The element type of the slice literal `lit`.
fn slice_elem(lit: &Expr) -> Type {
    match lit.ty.under() {
        Type::Slice(el) => (**el).clone(),
        other => panic!("slice literal of {other:?}"),
    }
}

/// The bytes the elements of the slice literal `lit` take (at least one: its pointer
/// is never nil).
fn slice_lit_size(lit: &Expr) -> u32 {
    let n = match &lit.kind {
        ExprKind::SliceLit(elems) => elems.len() as u32,
        _ => 0,
    };
    (layout::size_of(&slice_elem(lit)) * n).max(1)
}
