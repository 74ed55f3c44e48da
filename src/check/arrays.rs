//! Arrays: array types' lengths, array and keyed slice literals, indexing arrays and
//! pointers to arrays, and `len`/`cap` of them (constant unless the operand calls).

use super::operand::Operand;
use super::types::{type_name, ConstVal};
use super::{Checker, R};
use crate::syntax::ast::{self, ExprKind as AK};
use lowering::ir::{Builtin, Expr, ExprKind, Pos, Type};

/// The largest array deferjit accepts, in bytes: array values travel as their words, so
/// a larger one would be thousands of values in every copy.
pub const MAX_ARRAY_BYTES: u64 = 1 << 16;

/// Whether evaluating `e` calls a function (so `len` of an array operand is not
/// constant, and a `range` over one evaluates it).
pub fn has_call(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } | ExprKind::IfaceCall { .. } => true,
        ExprKind::Builtin(b, _) if !matches!(b, Builtin::Len | Builtin::Cap) => true,
        _ => e.children().into_iter().any(has_call),
    }
}

impl<'a> Checker<'a> {
    /// The length `n` of an array type `[n]T`: a non-negative integer constant.
    pub(super) fn array_length(&mut self, n: &ast::Expr) -> R<u64> {
        // A name that is not a constant: types2's messages (it may be a type parameter
        // declaration missing its constraint).
        let is_iota = matches!(&n.kind, AK::Ident(x) if x == "iota") && self.iota.is_some();
        if let (AK::Ident(name), false) = (&n.kind, is_iota) {
            match self.scopes.lookup(name) {
                None => {
                    return self.error(
                        n.start(),
                        format!("undefined array length {name} or missing type constraint"),
                    )
                }
                Some(super::scope::Entity::Const(..) | super::scope::Entity::PendingConst(_)) => {}
                Some(_) => return self.error(n.start(), format!("invalid array length {name}")),
            }
        }
        let o = self.expr(n)?;
        let o = super::complex::integral_real(o.rune_as_int());
        // An integral float constant is a valid length.
        let o = match o {
            Operand::Const {
                val: ConstVal::Float(r),
                ty,
            } if super::floats::is_integer(&r) && ty.is_none() => Operand::Const {
                val: super::floats::to_i128(&r).map_or(ConstVal::Float(r), ConstVal::Int),
                ty,
            },
            o => o,
        };
        match &o {
            Operand::Const {
                val: ConstVal::Int(v),
                ty,
            } => {
                if *v < 0 || *v > super::types::MAX_INT {
                    let d = self.describe(n, &o);
                    return self.error(n.start(), format!("invalid array length {d}"));
                }
                let _ = ty;
                Ok(*v as u64)
            }
            Operand::Const { .. } => {
                let d = self.describe(n, &o);
                self.error(n.start(), format!("array length {d} must be integer"))
            }
            _ => {
                let d = self.describe(n, &o);
                self.error(n.start(), format!("array length {d} must be constant"))
            }
        }
    }

    /// `[n]T` of an element type and length, refused when too large for deferjit.
    pub(super) fn array_type(&mut self, elem: Type, n: u64, pos: Pos) -> R<Type> {
        let size = lowering::layout::size_of(&elem) as u128 * n as u128;
        if size > MAX_ARRAY_BYTES as u128 {
            return self.unsupported(
                pos,
                format!(
                    "arrays larger than {MAX_ARRAY_BYTES} bytes ({} is {size})",
                    { type_name(&Type::Array(Box::new(elem), n)) }
                ),
            );
        }
        Ok(Type::Array(Box::new(elem), n))
    }

    /// An array or slice literal of element type `elem`: `t` is the array or slice
    /// type, or `None` for `[...]T{...}` (whose length is the literal's).
    pub(super) fn indexed_literal(
        &mut self,
        t: Option<Type>,
        elem: &Type,
        elems: &[ast::Expr],
        pos: Pos,
    ) -> R<Operand> {
        let fixed = t.as_ref().and_then(|t| t.array_type()).map(|(_, n)| n);
        let mut out: Vec<(u64, Expr)> = Vec::with_capacity(elems.len());
        let mut seen = std::collections::HashSet::new();
        let (mut index, mut max) = (0u64, 0u64);
        for el in elems {
            let value = match &el.kind {
                AK::KeyValue(k, v) => {
                    index = self.literal_index(k, fixed)?;
                    v
                }
                _ => {
                    if let Some(n) = fixed {
                        if index >= n {
                            return self.error(
                                el.start(),
                                format!("index {index} is out of bounds (>= {n})"),
                            );
                        }
                    }
                    el
                }
            };
            if !seen.insert(index) {
                return self.error(
                    el.start(),
                    format!("duplicate index {index} in array or slice literal"),
                );
            }
            let v = self.element(value, elem, "array or slice literal")?;
            out.push((index, v));
            index += 1;
            max = max.max(index);
        }
        let (ty, len) = match t {
            Some(t) => {
                let len = fixed.unwrap_or(max);
                (t, len)
            }
            None => (self.array_type(elem.clone(), max, pos)?, max),
        };
        // A positional slice literal keeps its simpler form.
        if matches!(ty.under(), Type::Slice(_))
            && out.iter().enumerate().all(|(i, (k, _))| *k == i as u64)
        {
            let es = out.into_iter().map(|(_, e)| e).collect();
            return Ok(Operand::Value {
                e: Expr {
                    kind: ExprKind::SliceLit(es),
                    ty,
                    pos,
                },
                var: false,
            });
        }
        Ok(Operand::Value {
            e: Expr {
                kind: ExprKind::ElemLit { len, elems: out },
                ty,
                pos,
            },
            var: false,
        })
    }

    /// The key of an array or slice literal's element: a non-negative integer constant,
    /// below the array's length.
    fn literal_index(&mut self, k: &ast::Expr, len: Option<u64>) -> R<u64> {
        let o = super::complex::integral_real(self.expr(k)?.rune_as_int());
        let v = match &o {
            Operand::Const {
                val: ConstVal::Int(v),
                ..
            } => *v,
            Operand::Const {
                val: ConstVal::Float(r),
                ty: None,
            } if super::floats::is_integer(r) => super::floats::to_i128(r).unwrap_or(-1),
            _ => {
                let d = self.describe(k, &o);
                return self.error(k.start(), format!("index {d} must be integer constant"));
            }
        };
        if v < 0 {
            let d = self.describe(k, &o);
            return self.error(
                k.start(),
                format!("invalid argument: index {d} must not be negative"),
            );
        }
        if let Some(n) = len {
            if v as u64 >= n || v > super::types::MAX_INT {
                return self.error(
                    k.start(),
                    format!("invalid argument: index {v} out of bounds [0:{n}]"),
                );
            }
        }
        Ok(v as u64)
    }

    /// `x[i]` of an array or a pointer to an array `xe`; `var` when `xe` is addressable.
    pub(super) fn array_index(
        &mut self,
        xe: Expr,
        var: bool,
        i: &ast::Expr,
        pos: Pos,
    ) -> R<Operand> {
        let (array, var) = match xe.ty.under() {
            Type::Pointer(p) => {
                let at = (**p).clone();
                let d = Expr {
                    kind: ExprKind::Deref(Box::new(xe.clone())),
                    ty: at,
                    pos,
                };
                (d, true)
            }
            _ => (xe, var),
        };
        let (elem, n) = array.ty.array_type().expect("array");
        let elem = elem.clone();
        let ie = self.index_operand(i)?;
        if let ExprKind::Int(k) = ie.kind {
            if k as u64 >= n {
                return self.error(
                    i.start(),
                    format!("invalid argument: index {k} out of bounds [0:{n}]"),
                );
            }
        }
        Ok(Operand::Value {
            e: Expr {
                kind: ExprKind::Index(Box::new(array), Box::new(ie)),
                ty: elem,
                pos,
            },
            var,
        })
    }

    /// `len(x)` or `cap(x)` of an array or pointer to an array: the constant length,
    /// unless `x` calls a function (then `x` is evaluated, and the length is a value).
    pub(super) fn array_len(&self, x: &Expr, b: Builtin, pos: Pos) -> Option<Operand> {
        let n = match x.ty.under() {
            Type::Pointer(p) => p.array_type()?.1,
            t => t.array_type()?.1,
        };
        if !has_call(x) {
            return Some(Operand::Const {
                val: ConstVal::Int(n as i128),
                ty: Some(Type::Int),
            });
        }
        Some(Operand::Value {
            e: Expr {
                kind: ExprKind::Builtin(b, vec![x.clone()]),
                ty: Type::Int,
                pos,
            },
            var: false,
        })
    }
}
