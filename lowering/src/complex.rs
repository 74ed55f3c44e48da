//! Complex values, two float words (real, imaginary) of the part type: constants,
//! arithmetic with gc's semantics (`+ -` part by part at the part's width; `*` computed in
//! float64 and rounded back, as gc's SSA does for `complex64`; `/` by the runtime's
//! `complex128div` on widened operands, as gc's walk rewrites it), `==`, negation,
//! conversions between the two complex types, and `println`'s form.

use crate::function::FnLowerer;
use crate::ir::{BinaryOp, FloatKind, Type};
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};

impl<'a, 'b, 'm> FnLowerer<'a, 'b, 'm> {
    /// The constant `re + im i` as the words of the complex type `ty`.
    pub(crate) fn complex_const(&mut self, ty: &Type, re: f64, im: f64) -> Vec<Value> {
        match ty.complex_kind() {
            Some(FloatKind::F32) => vec![
                self.b.ins().f32const(re as f32),
                self.b.ins().f32const(im as f32),
            ],
            _ => vec![self.b.ins().f64const(re), self.b.ins().f64const(im)],
        }
    }

    /// The part `v` of kind `k` widened to `float64`.
    fn widen(&mut self, k: FloatKind, v: Value) -> Value {
        match k {
            FloatKind::F32 => self.b.ins().fpromote(types::F64, v),
            FloatKind::F64 => v,
        }
    }

    /// The `float64` `v` rounded to a part of kind `k`.
    fn narrow(&mut self, k: FloatKind, v: Value) -> Value {
        match k {
            FloatKind::F32 => self.b.ins().fdemote(types::F32, v),
            FloatKind::F64 => v,
        }
    }

    /// `a op b` of two complex numbers whose parts are of kind `k` (`+ - * /`).
    pub(crate) fn complex_arith(
        &mut self,
        op: BinaryOp,
        k: FloatKind,
        a: &[Value],
        b: &[Value],
    ) -> Vec<Value> {
        match op {
            BinaryOp::Add => vec![self.b.ins().fadd(a[0], b[0]), self.b.ins().fadd(a[1], b[1])],
            BinaryOp::Sub => vec![self.b.ins().fsub(a[0], b[0]), self.b.ins().fsub(a[1], b[1])],
            BinaryOp::Mul => {
                // (ar*br - ai*bi) + (ar*bi + ai*br)i, in float64.
                let [ar, ai, br, bi] = [a[0], a[1], b[0], b[1]].map(|v| self.widen(k, v));
                let rr = self.b.ins().fmul(ar, br);
                let ii = self.b.ins().fmul(ai, bi);
                let ri = self.b.ins().fmul(ar, bi);
                let ir = self.b.ins().fmul(ai, br);
                let re = self.b.ins().fsub(rr, ii);
                let im = self.b.ins().fadd(ri, ir);
                vec![self.narrow(k, re), self.narrow(k, im)]
            }
            BinaryOp::Div => {
                let flags = MemFlagsData::new();
                let words: Vec<Value> = [a[0], a[1], b[0], b[1]]
                    .into_iter()
                    .map(|v| {
                        let w = self.widen(k, v);
                        self.b.ins().bitcast(types::I64, flags, w)
                    })
                    .collect();
                let q = self.call_rt("rt_complex128div", &words);
                q.into_iter()
                    .map(|w| {
                        let f = self.b.ins().bitcast(types::F64, flags, w);
                        self.narrow(k, f)
                    })
                    .collect()
            }
            other => unreachable!("complex operator {other:?}"),
        }
    }

    /// Go's `==` (`!=` when `ne`) on two complex numbers: both parts equal as floats.
    /// Gives an `I8` 0 or 1.
    pub(crate) fn complex_equal(&mut self, a: &[Value], b: &[Value], ne: bool) -> Value {
        let re = self.float_compare(BinaryOp::Eq, a[0], b[0]);
        let im = self.float_compare(BinaryOp::Eq, a[1], b[1]);
        let eq = self.b.ins().band(re, im);
        if ne {
            self.b.ins().bxor_imm_u(eq, 1)
        } else {
            eq
        }
    }

    /// `-x` of a complex number: both parts negated.
    pub(crate) fn complex_neg(&mut self, v: &[Value]) -> Vec<Value> {
        vec![self.b.ins().fneg(v[0]), self.b.ins().fneg(v[1])]
    }

    /// Converts the complex number `v` with parts of kind `from` to parts of kind `to`.
    pub(crate) fn convert_complex(
        &mut self,
        v: &[Value],
        from: FloatKind,
        to: FloatKind,
    ) -> Vec<Value> {
        v.iter()
            .map(|&p| {
                let w = self.widen(from, p);
                self.narrow(to, w)
            })
            .collect()
    }

    /// `print`/`println` of a complex number with parts of kind `k`, as gc's
    /// `printcomplex` (a `complex64` is printed as a `complex128`).
    pub(crate) fn print_complex(&mut self, k: FloatKind, v: &[Value]) {
        let flags = MemFlagsData::new();
        let bits: Vec<Value> = v
            .iter()
            .map(|&p| {
                let w = self.widen(k, p);
                self.b.ins().bitcast(types::I64, flags, w)
            })
            .collect();
        self.call_rt("rt_print_complex", &bits);
    }
}
