//! Expressions: the dispatch over expression kinds, names (variables, functions, constants,
//! `iota`, types and builtins of the universe) and func literals.

use super::operand::Operand;
use super::scope::Entity;
use super::types::{parse_int_lit, ConstVal};
use super::{Checker, R};
use crate::syntax::ast::{self, ExprKind as AK};
use lowering::ir::{Expr, ExprKind, FuncKind, Pos, Signature, Type};

impl<'a> Checker<'a> {
    /// Checks an expression (parentheses cost no nesting).
    pub fn expr(&mut self, mut e: &ast::Expr) -> R<Operand> {
        while let AK::Paren(x) = &e.kind {
            e = x;
        }
        let callee = std::mem::take(&mut self.checking_callee);
        self.nested(e.pos, |c| c.expr_here(e, callee))
    }

    /// Checks the function operand of a call: a method selector stays a method (rather
    /// than becoming a method value).
    pub fn callee_expr(&mut self, e: &ast::Expr) -> R<Operand> {
        self.checking_callee = true;
        self.expr(e)
    }

    fn expr_here(&mut self, e: &ast::Expr, callee: bool) -> R<Operand> {
        let pos = e.pos;
        match &e.kind {
            AK::Ident(n) => self.ident(n, pos),
            AK::Int(lit) => match parse_int_lit(lit) {
                Some(v) => Ok(Operand::Const {
                    val: ConstVal::Int(v),
                    ty: None,
                }),
                None => self.error(pos, format!("integer constant overflow: {lit}")),
            },
            AK::Float(lit) => match super::floats::parse_float_lit(lit) {
                Some(r) => Ok(Operand::Const {
                    val: ConstVal::Float(r),
                    ty: None,
                }),
                None => self.unsupported(
                    pos,
                    format!(
                        "floating-point constants with exponents beyond ±{}",
                        super::floats::MAX_EXP10
                    ),
                ),
            },
            AK::Imag(lit) => match super::complex::parse_imag_lit(lit) {
                Some(im) => Ok(Operand::Const {
                    val: ConstVal::Complex(Box::new(super::complex::Cx {
                        re: num_traits::Zero::zero(),
                        im,
                        re_int: true,
                        im_int: false,
                    })),
                    ty: None,
                }),
                None => self.unsupported(
                    pos,
                    format!(
                        "floating-point constants with exponents beyond ±{}",
                        super::floats::MAX_EXP10
                    ),
                ),
            },
            AK::Char(lit) => match rune_literal_value(lit) {
                Some(v) => Ok(Operand::Const {
                    val: ConstVal::Rune(v as i128),
                    ty: None,
                }),
                None => self.error(pos, format!("invalid rune literal {lit}")),
            },
            AK::Str { val, .. } => Ok(Operand::Const {
                val: ConstVal::Str(val.clone()),
                ty: None,
            }),
            AK::FuncLit(..) if self.ctxs.is_empty() => {
                self.unsupported(pos, "function literals in constant declarations and types")
            }
            AK::FuncLit(ft, body) => {
                let (id, sig) = self.func_lit(ft, body, pos)?;
                Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::Closure(id),
                        ty: Type::Func(Box::new(sig)),
                        pos,
                    },
                    var: false,
                })
            }
            AK::Composite {
                ty,
                elems,
                keyed,
                rbrace,
            } => {
                if let ast::TypeKind::Array(None, elem) = &ty.kind {
                    let elem = self.resolve_type(elem)?;
                    return self.indexed_literal(None, &elem, elems, pos);
                }
                let t = self.resolve_type(ty)?;
                self.composite(t, elems, *keyed, pos, *rbrace)
            }
            AK::Paren(x) => self.expr(x),
            AK::Selector(x, sel) => match self.selector(e, x, sel)? {
                Operand::Method { recv, method } if !callee => Ok(Operand::Value {
                    e: self.method_value(recv, &method, sel.pos),
                    var: false,
                }),
                Operand::IfaceMethod {
                    recv,
                    selector,
                    sig,
                } if !callee => Ok(Operand::Value {
                    e: self.iface_method_value(recv, selector, &sig, &sel.name, sel.pos),
                    var: false,
                }),
                op => Ok(op),
            },
            AK::Index(x, i) => {
                let xo = self.expr(x)?;
                self.single(x, &xo)?;
                let xo_var = matches!(xo, Operand::Value { var: true, .. });
                let xe = match xo {
                    Operand::Value { e, .. } => e,
                    Operand::Const {
                        ty,
                        val: val @ ConstVal::Str(_),
                    } => {
                        let t = ty.unwrap_or(Type::String);
                        self.const_expr(&val, &t, x.start())
                    }
                    other => {
                        let d = self.describe(x, &other);
                        return self.error(pos, format!("invalid operation: cannot index {d}"));
                    }
                };
                if let Type::Map(kt, vt) = xe.ty.under() {
                    let (kt, vt) = ((**kt).clone(), (**vt).clone());
                    let ke = self.expr_to(i, &kt, "map index")?;
                    return Ok(Operand::Value {
                        e: Expr {
                            kind: ExprKind::MapIndex {
                                map: Box::new(xe),
                                key: Box::new(ke),
                                comma_ok: false,
                            },
                            ty: vt,
                            pos,
                        },
                        var: false,
                    });
                }
                if *xe.ty.under() == Type::String {
                    let ie = self.index_operand(i)?;
                    return Ok(Operand::Value {
                        e: Expr {
                            kind: ExprKind::Index(Box::new(xe), Box::new(ie)),
                            ty: Type::Sized(lowering::ir::IntKind::Byte),
                            pos,
                        },
                        var: false,
                    });
                }
                let is_array = xe.ty.array_type().is_some()
                    || matches!(xe.ty.under(), Type::Pointer(p) if p.array_type().is_some());
                if is_array {
                    let var = matches!(xo_var, true);
                    return self.array_index(xe, var, i, pos);
                }
                let elem = match xe.ty.under() {
                    Type::Slice(el) => (**el).clone(),
                    _ => {
                        let d = self.describe(
                            x,
                            &Operand::Value {
                                e: xe.clone(),
                                var: true,
                            },
                        );
                        return self.error(pos, format!("invalid operation: cannot index {d}"));
                    }
                };
                let ie = self.index_operand(i)?;
                Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::Index(Box::new(xe), Box::new(ie)),
                        ty: elem,
                        pos,
                    },
                    var: true,
                })
            }
            AK::SliceExpr(x, ix) => self.slice_expr(e, x, ix),
            AK::IndexList(..) => self.unsupported(e.start(), "generic instantiations"),
            AK::KeyValue(..) => self.unsupported(e.start(), "keyed composite literals"),
            AK::TypeAssert(x, t) => {
                let Some(t) = t else {
                    return self.error(
                        e.start(),
                        "invalid syntax tree: use of .(type) outside type switch",
                    );
                };
                let (xe, target) = self.assert_parts(e, x, t)?;
                Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::TypeAssert {
                            x: Box::new(xe),
                            target: target.clone(),
                            comma_ok: false,
                        },
                        ty: target,
                        pos,
                    },
                    var: false,
                })
            }
            AK::Call {
                fun,
                args,
                ellipsis,
            } => self.call(e, fun, args, *ellipsis),
            AK::Unary(op, x) => self.unary(e, *op, x),
            AK::Binary(op, l, r) => self.binary(e, *op, l, r),
            AK::Type(t) => Ok(Operand::Type(self.resolve_type(t)?)),
        }
    }

    fn ident(&mut self, n: &str, pos: Pos) -> R<Operand> {
        if n == "_" {
            return self.error(pos, "cannot use _ as value");
        }
        if n == "iota" {
            if let Some(v) = self.iota {
                if !matches!(
                    self.scopes.lookup(n),
                    Some(Entity::Var(_) | Entity::Const(..) | Entity::Global(_))
                ) {
                    return Ok(Operand::Const {
                        val: ConstVal::Int(v as i128),
                        ty: None,
                    });
                }
            }
        }
        let ent = match self.scopes.lookup(n).cloned() {
            Some(e) => e,
            None => return self.error(pos, format!("undefined: {n}")),
        };
        self.entity_operand(n, ent, pos)
    }

    /// The operand that entity `ent`, named `n`, stands for.
    pub(super) fn entity_operand(&mut self, n: &str, ent: Entity, pos: Pos) -> R<Operand> {
        match ent {
            Entity::Var(vid) => {
                self.vars[vid].used = true;
                if self.vars[vid].invalid {
                    return Err(());
                }
                let l = self.var_local(vid);
                let ty = self.vars[vid].ty.clone();
                Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::Local(l),
                        ty,
                        pos,
                    },
                    var: true,
                })
            }
            Entity::Global(g) => {
                self.add_ref_global(g.0);
                let ty = self.globals[g.0 as usize].ty.clone();
                Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::Global(g),
                        ty,
                        pos,
                    },
                    var: true,
                })
            }
            Entity::PendingGlobal(idx) => {
                self.resolve_pkg_var(idx)?;
                match self.scopes.lookup(n).cloned() {
                    Some(Entity::Global(_)) => self.ident(n, pos),
                    _ => Err(()),
                }
            }
            Entity::Const(val, ty) => Ok(Operand::Const { val, ty }),
            Entity::PendingConst(idx) => {
                self.resolve_pkg_const(idx)?;
                match self.scopes.lookup(n).cloned() {
                    Some(Entity::Const(val, ty)) => Ok(Operand::Const { val, ty }),
                    _ => Err(()),
                }
            }
            Entity::Func(id) => {
                self.add_ref_func(id.0);
                let sig = self.declare_func(id);
                Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::FuncRef(id),
                        ty: Type::Func(Box::new(sig)),
                        pos,
                    },
                    var: false,
                })
            }
            Entity::Type(t) => Ok(Operand::Type(t)),
            Entity::PendingType(idx) => {
                self.resolve_pkg_type(idx)?;
                match self.scopes.lookup(n).cloned() {
                    Some(Entity::Type(t)) => Ok(Operand::Type(t)),
                    _ => Err(()),
                }
            }
            Entity::Package(name, idx) => {
                self.imports[idx].used = true;
                self.error(pos, format!("use of package {name} without selector"))
            }
            Entity::Builtin(b) => Ok(Operand::Builtin(b)),
            Entity::Nil => Ok(Operand::Nil),
            Entity::Unsupported(what) => self.unsupported(pos, format!("{n} ({what})")),
        }
    }

    /// Checks a func literal; returns its id and signature.
    pub fn func_lit(
        &mut self,
        ft: &ast::FuncType,
        body: &ast::Block,
        pos: Pos,
    ) -> R<(super::FuncId, Signature)> {
        let sig = self.signature(ft)?;
        let id = self.reserve_func();
        let parent = self.ctx();
        parent.lit_counter += 1;
        let n = parent.lit_counter;
        let name = match parent.kind {
            FuncKind::TopLevel | FuncKind::Init => format!("{}.func{n}", parent.name),
            _ => format!("{}.{n}", parent.name),
        };
        let ctx = self.new_ctx(id, name, FuncKind::Literal, pos, sig.clone());
        self.check_func_body(ctx, ft, body);
        Ok((id, sig))
    }
}

/// The value of a rune literal as written (`'a'`, `'\n'`, `'\x41'`, `'\101'`,
/// `'\u00e9'`, `'\U0001F600'`); the lexer has already checked its form.
fn rune_literal_value(lit: &str) -> Option<u32> {
    let inner = lit.strip_prefix('\'')?.strip_suffix('\'')?;
    let Some(esc) = inner.strip_prefix('\\') else {
        return inner.chars().next().map(|c| c as u32);
    };
    let hex = |s: &str| u32::from_str_radix(s, 16).ok();
    match esc.chars().next()? {
        'a' => Some(7),
        'b' => Some(8),
        'f' => Some(12),
        'n' => Some(10),
        'r' => Some(13),
        't' => Some(9),
        'v' => Some(11),
        '\\' => Some(92),
        '\'' => Some(39),
        'x' => hex(&esc[1..]),
        'u' | 'U' => hex(&esc[1..]),
        '0'..='7' => u32::from_str_radix(esc, 8).ok(),
        _ => None,
    }
}
