//! Floating-point values: constants, arithmetic and comparisons (IEEE 754, rounded to
//! the operand's width as Go requires), conversions between numeric types with gc's
//! amd64 results for out-of-range float-to-integer conversions, and the bits a float
//! keeps in an interface's data word.

use crate::function::FnLowerer;
use crate::ir::{BinaryOp, FloatKind, Type};
use cranelift_codegen::ir::condcodes::FloatCC;
use cranelift_codegen::ir::{types, InstBuilder, Value};

/// The Cranelift type of a float kind's word.
fn word(k: FloatKind) -> types::Type {
    match k {
        FloatKind::F32 => types::F32,
        FloatKind::F64 => types::F64,
    }
}

impl<'a, 'b, 'm> FnLowerer<'a, 'b, 'm> {
    /// The constant `v` as a value of the float type `ty`.
    pub(crate) fn float_const(&mut self, ty: &Type, v: f64) -> Value {
        match ty.float_kind() {
            Some(FloatKind::F32) => self.b.ins().f32const(v as f32),
            _ => self.b.ins().f64const(v),
        }
    }

    /// `a op b` of two floats (`+ - * /`; division by zero gives an infinity or NaN).
    pub(crate) fn float_arith(&mut self, op: BinaryOp, a: Value, b: Value) -> Value {
        match op {
            BinaryOp::Add => self.b.ins().fadd(a, b),
            BinaryOp::Sub => self.b.ins().fsub(a, b),
            BinaryOp::Mul => self.b.ins().fmul(a, b),
            BinaryOp::Div => self.b.ins().fdiv(a, b),
            other => panic!("float operator {other:?}"),
        }
    }

    /// `a op b` comparing two floats: NaN is unordered (only `!=` holds), `-0 == +0`.
    pub(crate) fn float_compare(&mut self, op: BinaryOp, a: Value, b: Value) -> Value {
        let cc = match op {
            BinaryOp::Eq => FloatCC::Equal,
            BinaryOp::Ne => FloatCC::NotEqual,
            BinaryOp::Lt => FloatCC::LessThan,
            BinaryOp::Le => FloatCC::LessThanOrEqual,
            BinaryOp::Gt => FloatCC::GreaterThan,
            BinaryOp::Ge => FloatCC::GreaterThanOrEqual,
            other => panic!("float comparison {other:?}"),
        };
        self.b.ins().fcmp(cc, a, b)
    }

    /// Converts `v` of the numeric type `from` to the numeric type `to` (at least one
    /// of them a float).
    pub(crate) fn convert_numeric(&mut self, v: Value, from: &Type, to: &Type) -> Value {
        match (from.float_kind(), to.float_kind()) {
            (Some(FloatKind::F32), Some(FloatKind::F64)) => self.b.ins().fpromote(types::F64, v),
            (Some(FloatKind::F64), Some(FloatKind::F32)) => self.b.ins().fdemote(types::F32, v),
            (Some(_), Some(_)) => v,
            (None, Some(t)) => {
                let (_, signed) = from.int_info().unwrap_or((64, true));
                let w = self.convert_int(v, from, &Type::Int);
                if signed {
                    self.b.ins().fcvt_from_sint(word(t), w)
                } else {
                    self.b.ins().fcvt_from_uint(word(t), w)
                }
            }
            (Some(f), None) => {
                let x = match f {
                    FloatKind::F32 => self.b.ins().fpromote(types::F64, v),
                    FloatKind::F64 => v,
                };
                let (bits, signed) = to.int_info().unwrap_or((64, true));
                let w = if !signed && bits == 64 {
                    self.float_to_u64(x)
                } else {
                    self.float_to_i64(x)
                };
                self.convert_int(w, &Type::Int, to)
            }
            (None, None) => self.convert_int(v, from, to),
        }
    }

    /// gc's float64 to int64 on amd64 (`CVTTSD2SQ`): truncation toward zero, and
    /// `-1 << 63` for NaN and values out of range.
    fn float_to_i64(&mut self, x: Value) -> Value {
        let sat = self.b.ins().fcvt_to_sint_sat(types::I64, x);
        let lo = self.b.ins().f64const(-9.223_372_036_854_775_808e18);
        let hi = self.b.ins().f64const(9.223_372_036_854_775_808e18);
        let ge_lo = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, x, lo);
        let lt_hi = self.b.ins().fcmp(FloatCC::LessThan, x, hi);
        let in_range = self.b.ins().band(ge_lo, lt_hi);
        let min = self.b.ins().iconst(types::I64, i64::MIN);
        self.b.ins().select(in_range, sat, min)
    }

    /// gc's float64 to uint64 on amd64: values below 2^63 convert as signed; larger
    /// ones are offset by 2^63 first and get the top bit back.
    fn float_to_u64(&mut self, x: Value) -> Value {
        let two63 = self.b.ins().f64const(9.223_372_036_854_775_808e18);
        let small = self.b.ins().fcmp(FloatCC::LessThan, x, two63);
        let low = self.float_to_i64(x);
        let shifted = self.b.ins().fsub(x, two63);
        let high = self.float_to_i64(shifted);
        let top = self.b.ins().iconst(types::I64, i64::MIN);
        let high = self.b.ins().bxor(high, top);
        self.b.ins().select(small, low, high)
    }

    /// The data word of an interface holding the float `v`: its bits.
    pub(crate) fn float_bits(&mut self, ty: &Type, v: Value) -> Value {
        match ty.float_kind() {
            Some(FloatKind::F32) => {
                let b =
                    self.b
                        .ins()
                        .bitcast(types::I32, cranelift_codegen::ir::MemFlagsData::new(), v);
                self.b.ins().uextend(types::I64, b)
            }
            _ => self
                .b
                .ins()
                .bitcast(types::I64, cranelift_codegen::ir::MemFlagsData::new(), v),
        }
    }

    /// The float of type `ty` whose bits an interface's data word `w` holds.
    pub(crate) fn float_from_bits(&mut self, ty: &Type, w: Value) -> Value {
        match ty.float_kind() {
            Some(FloatKind::F32) => {
                let b = self.b.ins().ireduce(types::I32, w);
                self.b
                    .ins()
                    .bitcast(types::F32, cranelift_codegen::ir::MemFlagsData::new(), b)
            }
            _ => self
                .b
                .ins()
                .bitcast(types::F64, cranelift_codegen::ir::MemFlagsData::new(), w),
        }
    }
}
