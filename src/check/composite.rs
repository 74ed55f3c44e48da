//! Composite literals (slices, arrays, structs, maps) and index operands.

use super::operand::Operand;
use super::types::{type_name, ConstVal};
use super::{Checker, R};
use crate::syntax::ast::{self, expr_string, ExprKind as AK};
use lowering::ir::{Expr, ExprKind, Pos, Type};

impl<'a> Checker<'a> {
    /// A composite literal of type `t` (a slice or struct type, possibly defined);
    /// elements with an elided type get the element type.
    pub(super) fn composite(
        &mut self,
        t: Type,
        elems: &[ast::Expr],
        keyed: bool,
        pos: Pos,
        rbrace: Pos,
    ) -> R<Operand> {
        if t.struct_type().is_some() {
            return self.struct_literal(t, elems, keyed, pos, rbrace);
        }
        if let Type::Map(kt, vt) = t.under().clone() {
            let mut kvs = Vec::new();
            // Constant keys seen: each one's value (floats by their bits, -0 as +0) and
            // its text in messages.
            let mut seen: Vec<(String, String)> = Vec::new();
            for el in elems {
                let AK::KeyValue(k, v) = &el.kind else {
                    return self.error(el.start(), "missing key in map literal");
                };
                let ke = self.element(k, &kt, "map literal")?;
                let float_text = |f: f64| {
                    super::floats::Rat::from_float(f)
                        .map_or_else(String::new, |r| super::floats::go_string(&r))
                };
                let bits = |f: f64| (f + 0.0).to_bits();
                let constant = match &ke.kind {
                    ExprKind::Int(i) => Some((i.to_string(), i.to_string())),
                    ExprKind::Str(s) => Some((super::types::quote(s), super::types::quote(s))),
                    ExprKind::Bool(b) => Some((b.to_string(), b.to_string())),
                    ExprKind::Float(f) => Some((bits(*f).to_string(), float_text(*f))),
                    ExprKind::Complex(re, im) => {
                        let text = format!("({} + {}i)", float_text(*re), float_text(*im));
                        Some((format!("{} {}", bits(*re), bits(*im)), text))
                    }
                    _ => None,
                };
                if let Some((key, text)) = constant {
                    if seen.iter().any(|(k, _)| *k == key) {
                        return self
                            .error(k.start(), format!("duplicate key {text} in map literal"));
                    }
                    seen.push((key, text));
                }
                let ve = self.element(v, &vt, "map literal")?;
                kvs.push((ke, ve));
            }
            return Ok(Operand::Value {
                e: Expr {
                    kind: ExprKind::MapLit(kvs),
                    ty: t,
                    pos,
                },
                var: false,
            });
        }
        let elem = match t.under() {
            Type::Slice(el) | Type::Array(el, _) => (**el).clone(),
            _ => {
                return self.error(
                    pos,
                    format!("invalid composite literal type {}", type_name(&t)),
                )
            }
        };
        let _ = keyed;
        self.indexed_literal(Some(t), &elem, elems, pos)
    }

    /// An element of a composite literal whose element type is `elem`: a literal with an
    /// elided type (`{1, 2}`, or `&T{...}` written `{...}` for a pointer element) or a value.
    pub(super) fn element(&mut self, el: &ast::Expr, elem: &Type, context: &str) -> R<Expr> {
        if let AK::Composite {
            ty:
                ast::TypeExpr {
                    kind: ast::TypeKind::Elided,
                    ..
                },
            elems: es,
            keyed: k,
            rbrace,
        } = &el.kind
        {
            let (lit_ty, pointer) = match elem.under() {
                Type::Pointer(p) => ((**p).clone(), true),
                _ => (elem.clone(), false),
            };
            let v = match self.composite(lit_ty, es, *k, el.pos, *rbrace)? {
                Operand::Value { e, .. } => e,
                _ => return Err(()),
            };
            if pointer {
                return Ok(Expr {
                    kind: ExprKind::New(Box::new(v)),
                    ty: elem.clone(),
                    pos: el.pos,
                });
            }
            return Ok(v);
        }
        self.expr_to(el, elem, context)
    }

    /// `T{a, b}` or `T{f: a}` of a struct type: every field's value in field order
    /// (zero values for the fields a keyed literal omits).
    fn struct_literal(
        &mut self,
        t: Type,
        elems: &[ast::Expr],
        keyed: bool,
        pos: Pos,
        rbrace: Pos,
    ) -> R<Operand> {
        let st = t.struct_type().cloned().expect("struct type");
        let tn = type_name(&t);
        let mut values: Vec<Option<Expr>> = vec![None; st.fields.len()];
        let mut order: Vec<u32> = Vec::new();
        if keyed {
            for el in elems {
                let AK::KeyValue(k, v) = &el.kind else {
                    return self.error(
                        el.start(),
                        "mixture of field:value and value elements in struct literal",
                    );
                };
                let AK::Ident(name) = &k.kind else {
                    return self.error(
                        k.start(),
                        format!("invalid field name {} in struct literal", expr_string(k)),
                    );
                };
                let Some(i) = st.fields.iter().position(|f| &f.name == name) else {
                    return self.error(
                        k.start(),
                        format!("unknown field {name} in struct literal of type {tn}"),
                    );
                };
                if values[i].is_some() {
                    return self.error(
                        k.start(),
                        format!("duplicate field name {name} in struct literal"),
                    );
                }
                values[i] = Some(self.element(v, &st.fields[i].ty, "struct literal")?);
                order.push(i as u32);
            }
        } else {
            for (i, el) in elems.iter().enumerate() {
                if matches!(el.kind, AK::KeyValue(..)) {
                    return self.error(
                        el.start(),
                        "mixture of field:value and value elements in struct literal",
                    );
                }
                let Some(f) = st.fields.get(i) else {
                    return self.error(
                        el.start(),
                        format!("too many values in struct literal of type {tn}"),
                    );
                };
                values[i] = Some(self.element(el, &f.ty, "struct literal")?);
                order.push(i as u32);
            }
            if !elems.is_empty() && elems.len() < st.fields.len() {
                return self.error(
                    rbrace,
                    format!("too few values in struct literal of type {tn}"),
                );
            }
        }
        // In source order (Go evaluates the elements as written).
        let fields = order
            .into_iter()
            .filter_map(|i| values[i as usize].take().map(|v| (i, v)))
            .collect();
        Ok(Operand::Value {
            e: Expr {
                kind: ExprKind::StructLit(fields),
                ty: t,
                pos,
            },
            var: false,
        })
    }

    /// An index operand: an int value, non-negative when constant.
    pub fn index_operand(&mut self, i: &ast::Expr) -> R<Expr> {
        let io = super::complex::integral_real(self.expr(i)?.rune_as_int());
        if let Operand::Const {
            val: ConstVal::Int(v),
            ty,
        } = &io
        {
            if *v < 0 {
                let d = match ty {
                    None => format!("{} (constant of type int)", expr_string(i)),
                    Some(_) => self.describe(i, &io),
                };
                return self.error(
                    i.start(),
                    format!("invalid argument: index {d} must not be negative"),
                );
            }
        }
        let io = match io {
            // An integral untyped float constant is a valid index.
            Operand::Const {
                val: ConstVal::Float(r),
                ty: None,
            } if super::floats::is_integer(&r) => Operand::Const {
                val: super::floats::to_i128(&r).map_or(ConstVal::Float(r), ConstVal::Int),
                ty: None,
            },
            // A typed integer constant indexes as its value.
            Operand::Const {
                val: ConstVal::Int(v),
                ty: Some(t),
            } if t.is_integer() => Operand::Const {
                val: ConstVal::Int(v),
                ty: None,
            },
            io => io,
        };
        match &io {
            Operand::Const { ty: Some(t), .. } if !t.is_integer() => {
                let d = self.describe(i, &io);
                return self.error(
                    i.start(),
                    format!("invalid argument: index {d} must be integer"),
                );
            }
            Operand::Value { e: x, .. }
                if !x.ty.is_integer() && !matches!(x.ty, Type::Tuple(_)) =>
            {
                let d = self.describe(i, &io);
                return self.error(
                    i.start(),
                    format!("invalid argument: index {d} must be integer"),
                );
            }
            Operand::Const {
                val: ConstVal::Bool(_) | ConstVal::Str(_),
                ..
            } => {
                let d = self.describe(i, &io);
                return self.error(
                    i.start(),
                    format!("invalid argument: index {d} must be integer"),
                );
            }
            _ => {}
        }
        if let Operand::Value { e: x, .. } = &io {
            // Any integer type indexes: sized ones, and defined types over int.
            if matches!(x.ty.under(), Type::Sized(_))
                || (x.ty != Type::Int && *x.ty.under() == Type::Int)
            {
                return Ok(Expr {
                    pos: x.pos,
                    kind: ExprKind::Convert(Box::new(x.clone())),
                    ty: Type::Int,
                });
            }
        }
        self.convert(io, i, &Type::Int, "index")
    }
}
