//! Expressions: operands, constant folding, implicit conversions (to interfaces, of
//! untyped constants), calls of functions, func values, builtins and package functions.

use super::scope::Entity;
use super::types::{assignable, comparable, fits_int, parse_int_lit, type_name, ConstVal};
use super::{Checker, R};
use crate::syntax::ast::{self, expr_string, BinOp, ExprKind as AK, UnOp};
use lowering::ir::{
    BinaryOp, Builtin, Callee, Expr, ExprKind, FuncKind, Pos, Signature, Type, UnaryOp,
};

/// The result of checking an expression, before it is used in a context.
#[derive(Clone, Debug)]
pub(crate) enum Operand {
    /// A constant; `ty` None for untyped.
    Const {
        val: ConstVal,
        ty: Option<Type>,
    },
    /// A value; `var` when it is addressable (a variable or slice element).
    Value {
        e: Expr,
        var: bool,
    },
    Nil,
    Type(Type),
    Builtin(&'static str),
    /// `fmt.Println` etc.
    PkgFunc(&'static str),
    /// `err.Error` (only callable).
    ErrMethod(Expr),
}

fn is_novalue(t: &Type) -> bool {
    matches!(t, Type::Tuple(ts) if ts.is_empty())
}

pub(crate) fn to_iface(e: Expr, target: &Type) -> Expr {
    if e.ty == *target {
        return e;
    }
    let pos = e.pos;
    Expr {
        kind: ExprKind::ToIface(Box::new(e)),
        ty: target.clone(),
        pos,
    }
}

pub(crate) fn int_expr(v: i64, pos: Pos) -> Expr {
    Expr {
        kind: ExprKind::Int(v),
        ty: Type::Int,
        pos,
    }
}

fn binop_ir(op: BinOp) -> BinaryOp {
    match op {
        BinOp::Add => BinaryOp::Add,
        BinOp::Sub => BinaryOp::Sub,
        BinOp::Mul => BinaryOp::Mul,
        BinOp::Div => BinaryOp::Div,
        BinOp::Rem => BinaryOp::Rem,
        BinOp::And => BinaryOp::And,
        BinOp::Or => BinaryOp::Or,
        BinOp::Xor => BinaryOp::Xor,
        BinOp::AndNot => BinaryOp::AndNot,
        BinOp::Shl => BinaryOp::Shl,
        BinOp::Shr => BinaryOp::Shr,
        BinOp::Eq => BinaryOp::Eq,
        BinOp::Ne => BinaryOp::Ne,
        BinOp::Lt => BinaryOp::Lt,
        BinOp::Le => BinaryOp::Le,
        BinOp::Gt => BinaryOp::Gt,
        BinOp::Ge => BinaryOp::Ge,
        BinOp::LogAnd => BinaryOp::LogAnd,
        BinOp::LogOr => BinaryOp::LogOr,
    }
}

fn is_comparison(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
    )
}

impl<'a> Checker<'a> {
    /// types2's operand description: `x (variable of type int)`, `"a" (untyped string constant)`.
    pub fn describe(&self, e: &ast::Expr, op: &Operand) -> String {
        let s = expr_string(e);
        match op {
            Operand::Nil => "nil".into(),
            Operand::Const { val, ty: None } => {
                let v = val.go_string();
                if v == s {
                    format!("{s} ({} constant)", val.untyped_name())
                } else {
                    format!("{s} ({} constant {v})", val.untyped_name())
                }
            }
            Operand::Const { val, ty: Some(t) } => {
                let v = val.go_string();
                if v == s {
                    format!("{s} (constant of type {})", type_name(t))
                } else {
                    format!("{s} (constant {v} of type {})", type_name(t))
                }
            }
            Operand::Value { e: x, var } => {
                if is_novalue(&x.ty) {
                    format!("{s} (no value)")
                } else {
                    let mode = if *var { "variable" } else { "value" };
                    format!("{s} ({mode} of type {})", type_name(&x.ty))
                }
            }
            Operand::Type(_) => format!("{s} (type)"),
            Operand::Builtin(_) => format!("{s} (built-in)"),
            Operand::PkgFunc(_) => format!("{s} (value of type func)"),
            Operand::ErrMethod(_) => format!("{s} (value of type func() string)"),
        }
    }

    /// The IR expression of a constant of type `ty`.
    pub fn const_expr(&mut self, val: &ConstVal, ty: &Type, pos: Pos) -> Expr {
        let kind = match val {
            ConstVal::Int(v) => ExprKind::Int(*v as i64),
            ConstVal::Bool(b) => ExprKind::Bool(*b),
            ConstVal::Str(s) => ExprKind::Str(s.clone()),
        };
        Expr {
            kind,
            ty: ty.clone(),
            pos,
        }
    }

    /// Checks that an operand is a single value (not a type, builtin, tuple, no value).
    pub fn single(&mut self, e: &ast::Expr, op: &Operand) -> R<()> {
        match op {
            Operand::Type(_) => {
                let msg = format!("{} (type) is not an expression", expr_string(e));
                self.error(e.start(), msg)
            }
            Operand::Builtin(_) => {
                let msg = format!("{} (built-in) must be called", expr_string(e));
                self.error(e.start(), msg)
            }
            Operand::PkgFunc(_) => self.unsupported(
                e.start(),
                format!("{} used as a func value", expr_string(e)),
            ),
            Operand::ErrMethod(_) => self.unsupported(e.start(), "method values"),
            Operand::Value { e: x, .. } => match &x.ty {
                Type::Tuple(ts) if ts.is_empty() => {
                    let msg = format!("{} (no value) used as value", expr_string(e));
                    self.error(e.start(), msg)
                }
                Type::Tuple(_) => {
                    let msg = format!(
                        "multiple-value {} (value of type {}) in single-value context",
                        expr_string(e),
                        type_name(&x.ty)
                    );
                    self.error(e.start(), msg)
                }
                _ => Ok(()),
            },
            _ => Ok(()),
        }
    }

    /// Converts an operand for use as a value of type `target` (assignability).
    pub fn convert(&mut self, op: Operand, e: &ast::Expr, target: &Type, context: &str) -> R<Expr> {
        self.single(e, &op)?;
        let pos = e.start();
        let desc = self.describe(e, &op);
        let tname = type_name(target);
        match op {
            Operand::Nil => match target {
                Type::Slice(_) | Type::Func(_) | Type::Any | Type::Error => Ok(Expr {
                    kind: ExprKind::Nil,
                    ty: target.clone(),
                    pos,
                }),
                _ => self.error(pos, format!("cannot use nil as {tname} value in {context}")),
            },
            Operand::Const { val, ty: None } => {
                if *target == Type::Any {
                    let x = self.default_value(Operand::Const { val, ty: None }, e, context)?;
                    return Ok(to_iface(x, target));
                }
                let ok = matches!(
                    (&val, target),
                    (ConstVal::Int(_), Type::Int)
                        | (ConstVal::Bool(_), Type::Bool)
                        | (ConstVal::Str(_), Type::String)
                );
                if !ok {
                    if *target == Type::Error {
                        let dt = val.default_type();
                        let dn = type_name(&dt);
                        let vs = val.go_string();
                        let src = expr_string(e);
                        let d2 = if vs == src {
                            format!("{src} (constant of type {dn})")
                        } else {
                            format!("{src} (constant {vs} of type {dn})")
                        };
                        return self.error(
                            pos,
                            format!("cannot use {d2} as error value in {context}: {dn} does not implement error (missing method Error)"),
                        );
                    }
                    return self.error(
                        pos,
                        format!("cannot use {desc} as {tname} value in {context}"),
                    );
                }
                if let ConstVal::Int(v) = val {
                    if !fits_int(v) {
                        return self.error(
                            pos,
                            format!("cannot use {desc} as {tname} value in {context} (overflows)"),
                        );
                    }
                }
                Ok(self.const_expr(&val, target, pos))
            }
            Operand::Const { val, ty: Some(t) } => {
                let x = self.const_expr(&val, &t, pos);
                self.convert_value(x, &t, target, &desc, context, pos)
            }
            Operand::Value { e: x, .. } => {
                let t = x.ty.clone();
                self.convert_value(x, &t, target, &desc, context, pos)
            }
            _ => self.error(
                pos,
                format!("cannot use {desc} as {tname} value in {context}"),
            ),
        }
    }

    fn convert_value(
        &mut self,
        x: Expr,
        t: &Type,
        target: &Type,
        desc: &str,
        context: &str,
        pos: Pos,
    ) -> R<Expr> {
        if t == target {
            return Ok(x);
        }
        if assignable(t, target) {
            return Ok(to_iface(x, target));
        }
        let tname = type_name(target);
        if *target == Type::Error {
            return self.error(
                pos,
                format!(
                    "cannot use {desc} as error value in {context}: {} does not implement error (missing method Error)",
                    type_name(t)
                ),
            );
        }
        self.error(
            pos,
            format!("cannot use {desc} as {tname} value in {context}"),
        )
    }

    /// The operand as a value of its default type (for `:=`, `println`, `var x = e`).
    pub fn default_value(&mut self, op: Operand, e: &ast::Expr, context: &str) -> R<Expr> {
        self.single(e, &op)?;
        match op {
            Operand::Nil => self.error(e.start(), format!("use of untyped nil in {context}")),
            Operand::Const { val, ty: None } => {
                let t = val.default_type();
                self.convert(Operand::Const { val, ty: None }, e, &t, context)
            }
            Operand::Const { val, ty: Some(t) } => Ok(self.const_expr(&val, &t, e.start())),
            Operand::Value { e: x, .. } => Ok(x),
            _ => self.error(e.start(), "invalid operand"),
        }
    }

    /// Checks an expression and converts it to a value of its default type.
    pub fn value_expr(&mut self, e: &ast::Expr, context: &str) -> R<Expr> {
        let op = self.expr(e)?;
        self.default_value(op, e, context)
    }

    /// Checks an expression and converts it to `target`.
    pub fn expr_to(&mut self, e: &ast::Expr, target: &Type, context: &str) -> R<Expr> {
        let op = self.expr(e)?;
        self.convert(op, e, target, context)
    }

    /// Checks an expression (parentheses cost no nesting).
    pub fn expr(&mut self, mut e: &ast::Expr) -> R<Operand> {
        while let AK::Paren(x) = &e.kind {
            e = x;
        }
        self.nested(e.pos, |c| c.expr_here(e))
    }

    fn expr_here(&mut self, e: &ast::Expr) -> R<Operand> {
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
            AK::Float(_) | AK::Imag(_) => {
                self.unsupported(pos, "floating-point and complex constants")
            }
            AK::Char(_) => self.unsupported(pos, "rune literals"),
            AK::Str { val, .. } => Ok(Operand::Const {
                val: ConstVal::Str(val.clone()),
                ty: None,
            }),
            AK::FuncLit(ft, body) => {
                let (id, sig) = self.func_lit(ft, body, pos, false)?;
                Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::Closure(id),
                        ty: Type::Func(Box::new(sig)),
                        pos,
                    },
                    var: false,
                })
            }
            AK::Composite { ty, elems, keyed } => {
                let t = self.resolve_type(ty)?;
                self.composite(t, elems, *keyed, pos)
            }
            AK::Paren(x) => self.expr(x),
            AK::Selector(x, sel) => self.selector(e, x, sel),
            AK::Index(x, i) => {
                let xo = self.expr(x)?;
                self.single(x, &xo)?;
                let xe = match xo {
                    Operand::Value { e, .. } => e,
                    Operand::Const {
                        ty: Some(Type::String),
                        ..
                    }
                    | Operand::Const {
                        ty: None,
                        val: ConstVal::Str(_),
                    } => return self.unsupported(e.start(), "indexing strings"),
                    other => {
                        let d = self.describe(x, &other);
                        return self
                            .error(x.start(), format!("invalid operation: cannot index {d}"));
                    }
                };
                let elem = match &xe.ty {
                    Type::Slice(el) => (**el).clone(),
                    Type::String => return self.unsupported(e.start(), "indexing strings"),
                    _ => {
                        let d = self.describe(
                            x,
                            &Operand::Value {
                                e: xe.clone(),
                                var: true,
                            },
                        );
                        return self
                            .error(x.start(), format!("invalid operation: cannot index {d}"));
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
            AK::SliceExpr(..) => self.unsupported(e.start(), "slice expressions"),
            AK::IndexList(..) => self.unsupported(e.start(), "generic instantiations"),
            AK::KeyValue(..) => self.unsupported(e.start(), "keyed composite literals"),
            AK::TypeAssert(x, t) => {
                let Some(t) = t else {
                    return self.error(
                        pos,
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

    /// A slice literal of type `t`; elements with an elided type get the element type.
    fn composite(&mut self, t: Type, elems: &[ast::Expr], keyed: bool, pos: Pos) -> R<Operand> {
        let elem = match &t {
            Type::Slice(el) => (**el).clone(),
            _ => {
                return self.error(
                    pos,
                    format!("invalid composite literal type {}", type_name(&t)),
                )
            }
        };
        if keyed {
            return self.unsupported(pos, "keyed slice literals");
        }
        let mut out = Vec::new();
        for el in elems {
            if let AK::Composite {
                ty:
                    ast::TypeExpr {
                        kind: ast::TypeKind::Elided,
                        ..
                    },
                elems: es,
                keyed: k,
            } = &el.kind
            {
                match self.composite(elem.clone(), es, *k, el.pos)? {
                    Operand::Value { e, .. } => out.push(e),
                    _ => return Err(()),
                }
                continue;
            }
            out.push(self.expr_to(el, &elem, "array or slice literal")?);
        }
        Ok(Operand::Value {
            e: Expr {
                kind: ExprKind::SliceLit(out),
                ty: t,
                pos,
            },
            var: false,
        })
    }

    /// An index operand: an int value, non-negative when constant.
    pub fn index_operand(&mut self, i: &ast::Expr) -> R<Expr> {
        let io = self.expr(i)?;
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
        match &io {
            Operand::Value { e: x, .. } if x.ty != Type::Int && !matches!(x.ty, Type::Tuple(_)) => {
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
        self.convert(io, i, &Type::Int, "index")
    }

    /// The operand and target of `x.(T)`.
    pub fn assert_parts(
        &mut self,
        whole: &ast::Expr,
        x: &ast::Expr,
        t: &ast::TypeExpr,
    ) -> R<(Expr, Type)> {
        let xo = self.expr(x)?;
        self.single(x, &xo)?;
        let xe = match &xo {
            Operand::Value { e, .. } if e.ty.is_interface() => e.clone(),
            _ => {
                let d = self.describe(x, &xo);
                return self.error(
                    x.start(),
                    format!("invalid operation: {d} is not an interface"),
                );
            }
        };
        let target = self.resolve_type(t)?;
        if !matches!(target, Type::Int | Type::Bool | Type::String | Type::Error) {
            return self.unsupported(t.pos, format!("type assertions to {}", type_name(&target)));
        }
        if xe.ty == Type::Error && target != Type::Error {
            return self.error(
                whole.start(),
                format!(
                    "impossible type assertion: {}\n\t{} does not implement error (missing method Error)",
                    expr_string(whole),
                    type_name(&target)
                ),
            );
        }
        Ok((xe, target))
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
                let sig = self.funcs[id.0 as usize]
                    .as_ref()
                    .map(|f| f.sig.clone())
                    .unwrap_or(Signature {
                        params: vec![],
                        results: vec![],
                    });
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
            Entity::Package(name, idx) => {
                self.imports[idx].used = true;
                self.error(pos, format!("use of package {name} without selector"))
            }
            Entity::Builtin(b) => Ok(Operand::Builtin(b)),
            Entity::Nil => Ok(Operand::Nil),
            Entity::Unsupported(what) => self.unsupported(pos, format!("{n} ({what})")),
        }
    }

    fn selector(&mut self, e: &ast::Expr, x: &ast::Expr, sel: &ast::Ident) -> R<Operand> {
        if let AK::Ident(pkg) = &x.kind {
            if let Some(Entity::Package(name, idx)) = self.scopes.lookup(pkg).cloned() {
                self.imports[idx].used = true;
                let path = self.imports[idx].path.clone();
                let f: Option<&'static str> = match (path.as_str(), sel.name.as_str()) {
                    ("fmt", "Println") => Some("fmt.Println"),
                    ("fmt", "Print") => Some("fmt.Print"),
                    ("errors", "New") => Some("errors.New"),
                    ("os", "Exit") => Some("os.Exit"),
                    _ => None,
                };
                return match f {
                    Some(f) => Ok(Operand::PkgFunc(f)),
                    None => {
                        if path == "testing" && sel.name == "B" {
                            return self.unsupported(x.pos, "testing.B other than as *testing.B");
                        }
                        if self.std_member(pkg, &sel.name) {
                            return self.unsupported(x.pos, format!("{name}.{}", sel.name));
                        }
                        self.error(sel.pos, format!("undefined: {name}.{}", sel.name))
                    }
                };
            }
        }
        let xo = self.expr(x)?;
        if let Operand::Type(_) = xo {
            return self.unsupported(x.start(), "method expressions");
        }
        self.single(x, &xo)?;
        if let Operand::Value { e: xe, .. } = &xo {
            match (&xe.ty, sel.name.as_str()) {
                (Type::Error, "Error") => return Ok(Operand::ErrMethod(xe.clone())),
                (Type::TestingB, "N") => {
                    return Ok(Operand::Value {
                        e: Expr {
                            kind: ExprKind::BenchN(Box::new(xe.clone())),
                            ty: Type::Int,
                            pos: e.pos,
                        },
                        var: false,
                    })
                }
                (Type::TestingB, _) => {
                    return self.unsupported(sel.pos, format!("b.{} (only b.N)", sel.name));
                }
                _ => {}
            }
            let msg = format!(
                "{}.{} undefined (type {} has no field or method {})",
                expr_string(x),
                sel.name,
                type_name(&xe.ty),
                sel.name
            );
            return self.error(sel.pos, msg);
        }
        let d = self.describe(x, &xo);
        self.error(
            sel.pos,
            format!(
                "{}.{} undefined ({d} has no field or method {})",
                expr_string(x),
                sel.name,
                sel.name
            ),
        )
    }

    /// Checks a func literal; returns its id and signature.
    pub fn func_lit(
        &mut self,
        ft: &ast::FuncType,
        body: &ast::Block,
        pos: Pos,
        deferred: bool,
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
        let mut ctx = self.new_ctx(id, name, FuncKind::Literal, pos, sig.clone());
        ctx.deferred_literal = deferred;
        self.check_func_body(ctx, ft, body);
        Ok((id, sig))
    }

    fn unary(&mut self, e: &ast::Expr, op: UnOp, x: &ast::Expr) -> R<Operand> {
        let mut xo = self.expr(x)?;
        if let (UnOp::Deref, Operand::Type(_)) = (op, &xo) {
            return self.unsupported(e.pos, "pointer types");
        }
        self.single(x, &xo)?;
        let pos = e.pos;
        let bad = |c: &mut Self, xo: &Operand| {
            let d = c.describe(x, xo);
            c.error::<Operand>(
                pos,
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    op.text()
                ),
            )
        };
        match op {
            UnOp::Tilde => {
                return self.error(
                    pos,
                    "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)",
                )
            }
            UnOp::Addr | UnOp::Deref | UnOp::Recv => {
                return self.unsupported(pos, format!("operator {}", op.text()))
            }
            _ => {}
        }
        match &xo {
            Operand::Const { val, ty } => {
                let r = match (op, val) {
                    (UnOp::Neg, ConstVal::Int(v)) => v.checked_neg().map(ConstVal::Int),
                    (UnOp::Plus, ConstVal::Int(v)) => Some(ConstVal::Int(*v)),
                    (UnOp::BitNot, ConstVal::Int(v)) => Some(ConstVal::Int(!*v)),
                    (UnOp::Not, ConstVal::Bool(b)) => Some(ConstVal::Bool(!*b)),
                    (UnOp::Neg | UnOp::Plus | UnOp::BitNot | UnOp::Not, _) => {
                        return bad(self, &xo)
                    }
                    _ => None,
                };
                match r {
                    Some(v) => {
                        let out = Operand::Const {
                            val: v,
                            ty: ty.clone(),
                        };
                        self.check_typed_const(e, &out)?;
                        Ok(out)
                    }
                    None => self.error(pos, "constant overflow"),
                }
            }
            Operand::Value { e: xe, .. } => {
                let (uop, ok) = match op {
                    UnOp::Neg => (Some(UnaryOp::Neg), xe.ty == Type::Int),
                    UnOp::Plus => (None, xe.ty == Type::Int),
                    UnOp::BitNot => (Some(UnaryOp::BitNot), xe.ty == Type::Int),
                    UnOp::Not => (Some(UnaryOp::Not), xe.ty == Type::Bool),
                    _ => (None, false),
                };
                if !ok {
                    return bad(self, &xo);
                }
                let ty = xe.ty.clone();
                let Operand::Value { e: xe, .. } = take_operand(&mut xo) else {
                    unreachable!("matched a value")
                };
                Ok(match uop {
                    Some(u) => Operand::Value {
                        e: Expr {
                            kind: ExprKind::Unary(u, Box::new(xe)),
                            ty,
                            pos,
                        },
                        var: false,
                    },
                    None => Operand::Value { e: xe, var: false },
                })
            }
            Operand::Nil => bad(self, &xo),
            _ => bad(self, &xo),
        }
    }

    /// A typed int constant must fit in int.
    fn check_typed_const(&mut self, e: &ast::Expr, op: &Operand) -> R<()> {
        if let Operand::Const {
            val: ConstVal::Int(v),
            ty: Some(t),
        } = op
        {
            if !fits_int(*v) {
                let d = self.describe(e, op);
                return self.error(e.start(), format!("{d} overflows {}", type_name(t)));
            }
        }
        Ok(())
    }

    fn binary(&mut self, e: &ast::Expr, op: BinOp, l: &ast::Expr, r: &ast::Expr) -> R<Operand> {
        let lo = self.expr(l)?;
        self.single(l, &lo)?;
        let ro = self.expr(r)?;
        self.single(r, &ro)?;
        self.binary_operands(e, op, l, lo, r, ro)
    }

    /// A binary operation on checked operands (`e` is the whole expression, for messages).
    pub fn binary_operands(
        &mut self,
        e: &ast::Expr,
        op: BinOp,
        l: &ast::Expr,
        mut lo: Operand,
        r: &ast::Expr,
        mut ro: Operand,
    ) -> R<Operand> {
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift(e, op, l, lo, r, ro);
        }
        let pos = e.pos;
        let whole = expr_string(e);
        // constant folding
        if let (Operand::Const { val: lv, ty: lt }, Operand::Const { val: rv, ty: rt }) = (&lo, &ro)
        {
            let ty = match (lt, rt) {
                (Some(a), Some(b)) if a != b => {
                    return self.error(
                        e.start(),
                        format!(
                            "invalid operation: {whole} (mismatched types {} and {})",
                            type_name(a),
                            type_name(b)
                        ),
                    )
                }
                (Some(a), _) | (_, Some(a)) => Some(a.clone()),
                _ => None,
            };
            // Go's message names each side's type, or its untyped constant kind.
            let mismatched = || {
                let ln = lt
                    .as_ref()
                    .map(type_name)
                    .unwrap_or_else(|| lv.untyped_name().to_string());
                let rn = rt
                    .as_ref()
                    .map(type_name)
                    .unwrap_or_else(|| rv.untyped_name().to_string());
                format!("invalid operation: {whole} (mismatched types {ln} and {rn})")
            };
            if std::mem::discriminant(lv) != std::mem::discriminant(rv) {
                return self.error(e.start(), mismatched());
            }
            // the typed side's type must accept the untyped constant kind
            if let Some(t) = &ty {
                let ok = matches!(
                    (lv, t),
                    (ConstVal::Int(_), Type::Int)
                        | (ConstVal::Bool(_), Type::Bool)
                        | (ConstVal::Str(_), Type::String)
                );
                if !ok {
                    return self.error(e.start(), mismatched());
                }
            }
            let defined = match lv {
                ConstVal::Int(_) => !matches!(op, BinOp::LogAnd | BinOp::LogOr),
                ConstVal::Bool(_) => {
                    matches!(op, BinOp::LogAnd | BinOp::LogOr | BinOp::Eq | BinOp::Ne)
                }
                ConstVal::Str(_) => matches!(op, BinOp::Add) || is_comparison(op),
            };
            if !defined {
                let d = self.describe(l, &lo);
                return self.error(
                    e.start(),
                    format!(
                        "invalid operation: operator {} not defined on {d}",
                        op.text()
                    ),
                );
            }
            if matches!(op, BinOp::Div | BinOp::Rem) && *rv == ConstVal::Int(0) {
                return self.error(r.start(), "invalid operation: division by zero");
            }
            let res = fold(op, lv, rv);
            return match res {
                Some(v) => {
                    let ty = if is_comparison(op) { None } else { ty };
                    let out = Operand::Const { val: v, ty };
                    self.check_typed_const(e, &out)?;
                    Ok(out)
                }
                None => {
                    let what = match op {
                        BinOp::Add => "addition",
                        BinOp::Sub => "subtraction",
                        BinOp::Mul => "multiplication",
                        _ => "arithmetic",
                    };
                    self.error(e.start(), format!("constant {what} overflow"))
                }
            };
        }
        // nil comparisons
        if matches!(lo, Operand::Nil) || matches!(ro, Operand::Nil) {
            let (other, other_ast) = if matches!(lo, Operand::Nil) {
                (&ro, r)
            } else {
                (&lo, l)
            };
            if matches!(other, Operand::Nil) {
                return self.error(
                    e.start(),
                    format!(
                        "invalid operation: {whole} (operator {} not defined on nil)",
                        op.text()
                    ),
                );
            }
            let ot = match other {
                Operand::Value { e: x, .. } => x.ty.clone(),
                Operand::Const { val, ty } => ty.clone().unwrap_or_else(|| val.default_type()),
                _ => Type::Int,
            };
            if !matches!(ot, Type::Slice(_) | Type::Func(_) | Type::Any | Type::Error) {
                let d = self.describe(other_ast, other);
                let _ = d;
                let (ln, rn) = if matches!(lo, Operand::Nil) {
                    ("untyped nil".to_string(), self.op_type_name(&ro))
                } else {
                    (self.op_type_name(&lo), "untyped nil".to_string())
                };
                return self.error(
                    e.start(),
                    format!("invalid operation: {whole} (mismatched types {ln} and {rn})"),
                );
            }
            if !matches!(op, BinOp::Eq | BinOp::Ne) {
                return self.error(
                    e.start(),
                    format!(
                        "invalid operation: {whole} (operator {} not defined on nil)",
                        op.text()
                    ),
                );
            }
            let le = self.convert(lo, l, &ot, "comparison")?;
            let re = self.convert(ro, r, &ot, "comparison")?;
            return Ok(Operand::Value {
                e: Expr {
                    kind: ExprKind::Binary(binop_ir(op), Box::new(le), Box::new(re)),
                    ty: Type::Bool,
                    pos,
                },
                var: false,
            });
        }
        // unify operand types
        let lt = match &lo {
            Operand::Value { e: x, .. } => Some(x.ty.clone()),
            Operand::Const { ty, .. } => ty.clone(),
            _ => None,
        };
        let rt = match &ro {
            Operand::Value { e: x, .. } => Some(x.ty.clone()),
            Operand::Const { ty, .. } => ty.clone(),
            _ => None,
        };
        let mismatch = |c: &mut Self| {
            let ln = c.op_type_name(&lo);
            let rn = c.op_type_name(&ro);
            c.error::<Operand>(
                e.start(),
                format!("invalid operation: {whole} (mismatched types {ln} and {rn})"),
            )
        };
        let (le, re, ty) = match (lt, rt) {
            (Some(a), Some(b)) => {
                if a == b {
                    let le = self.convert(take_operand(&mut lo), l, &a, "operation")?;
                    let re = self.convert(take_operand(&mut ro), r, &b, "operation")?;
                    (le, re, a)
                } else if is_comparison(op)
                    && matches!(op, BinOp::Eq | BinOp::Ne)
                    && (assignable(&a, &b) || assignable(&b, &a))
                {
                    let t = if b.is_interface() && assignable(&a, &b) {
                        b
                    } else {
                        a
                    };
                    let le = self.convert(take_operand(&mut lo), l, &t, "comparison")?;
                    let re = self.convert(take_operand(&mut ro), r, &t, "comparison")?;
                    (le, re, t)
                } else {
                    return mismatch(self);
                }
            }
            (Some(a), None) | (None, Some(a)) => {
                // one side is an untyped constant
                let (cval, cast) = if let Operand::Const { val, .. } = &lo {
                    (val.clone(), l)
                } else if let Operand::Const { val, .. } = &ro {
                    (val.clone(), r)
                } else {
                    return mismatch(self);
                };
                let _ = cast;
                let target = if a.is_interface() {
                    if !matches!(op, BinOp::Eq | BinOp::Ne) {
                        // the constant takes its default type first
                        let dn = type_name(&cval.default_type());
                        let an = type_name(&a);
                        let (ln, rn) = if matches!(lo, Operand::Const { .. }) {
                            (dn, an)
                        } else {
                            (an, dn)
                        };
                        return self.error(
                            e.start(),
                            format!("invalid operation: {whole} (mismatched types {ln} and {rn})"),
                        );
                    }
                    if a == Type::Error {
                        // untyped constants never implement error
                        let ok = false;
                        if !ok {
                            let dt = cval.default_type();
                            let cd = if let Operand::Const { .. } = &lo {
                                l
                            } else {
                                r
                            };
                            let msg = format!(
                                "cannot convert {} (untyped {} constant) to type interface{{Error() string}}",
                                expr_string(cd),
                                type_name(&dt)
                            );
                            return self.error(cd.start(), msg);
                        }
                    }
                    a.clone()
                } else {
                    let ok = matches!(
                        (&cval, &a),
                        (ConstVal::Int(_), Type::Int)
                            | (ConstVal::Bool(_), Type::Bool)
                            | (ConstVal::Str(_), Type::String)
                    );
                    if !ok {
                        return mismatch(self);
                    }
                    a.clone()
                };
                let le = self.convert(take_operand(&mut lo), l, &target, "operation")?;
                let re = self.convert(take_operand(&mut ro), r, &target, "operation")?;
                (le, re, target)
            }
            (None, None) => return mismatch(self),
        };
        // operator defined?
        let defined = match op {
            BinOp::Add => matches!(ty, Type::Int | Type::String),
            BinOp::Sub
            | BinOp::Mul
            | BinOp::Div
            | BinOp::Rem
            | BinOp::And
            | BinOp::Or
            | BinOp::Xor
            | BinOp::AndNot => ty == Type::Int,
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => matches!(ty, Type::Int | Type::String),
            BinOp::Eq | BinOp::Ne => comparable(&ty),
            BinOp::LogAnd | BinOp::LogOr => ty == Type::Bool,
            BinOp::Shl | BinOp::Shr => ty == Type::Int,
        };
        if !defined {
            if matches!(op, BinOp::Eq | BinOp::Ne) {
                let what = match ty {
                    Type::Slice(_) => "slice",
                    Type::Func(_) => "func",
                    _ => "value",
                };
                return self.error(
                    e.start(),
                    format!("invalid operation: {whole} ({what} can only be compared to nil)"),
                );
            }
            let (d, at) = if matches!(lo, Operand::Value { .. }) {
                (self.describe(l, &lo), l)
            } else {
                (self.describe(r, &ro), l)
            };
            return self.error(
                at.start(),
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    op.text()
                ),
            );
        }
        if matches!(op, BinOp::Div | BinOp::Rem) {
            if let Operand::Const {
                val: ConstVal::Int(0),
                ..
            } = ro
            {
                return self.error(r.start(), "invalid operation: division by zero");
            }
        }
        let rty = if is_comparison(op) { Type::Bool } else { ty };
        Ok(Operand::Value {
            e: Expr {
                kind: ExprKind::Binary(binop_ir(op), Box::new(le), Box::new(re)),
                ty: rty,
                pos,
            },
            var: false,
        })
    }

    fn op_type_name(&self, o: &Operand) -> String {
        match o {
            Operand::Value { e, .. } => type_name(&e.ty),
            Operand::Const { ty: Some(t), .. } => type_name(t),
            Operand::Const { val, ty: None } => val.untyped_name().to_string(),
            Operand::Nil => "untyped nil".into(),
            _ => "invalid type".into(),
        }
    }

    fn shift(
        &mut self,
        e: &ast::Expr,
        op: BinOp,
        l: &ast::Expr,
        lo: Operand,
        r: &ast::Expr,
        ro: Operand,
    ) -> R<Operand> {
        let pos = e.pos;
        // the count
        let count_const = match &ro {
            Operand::Const {
                val: ConstVal::Int(v),
                ..
            } => {
                if *v < 0 {
                    let d = self.describe(r, &ro);
                    return self.error(
                        r.start(),
                        format!("invalid operation: negative shift count {d}"),
                    );
                }
                Some(*v)
            }
            Operand::Value { e: x, .. } if x.ty == Type::Int => None,
            _ => {
                let d = self.describe(r, &ro);
                return self.error(
                    r.start(),
                    format!("invalid operation: shift count {d} must be integer"),
                );
            }
        };
        match &lo {
            Operand::Const {
                val: ConstVal::Int(v),
                ty,
            } => {
                if let Some(c) = count_const {
                    let res = if op == BinOp::Shl {
                        if *v == 0 {
                            Some(0)
                        } else if c >= 127 {
                            None
                        } else {
                            v.checked_mul(1i128 << c)
                        }
                    } else if c >= 127 {
                        Some(if *v < 0 { -1 } else { 0 })
                    } else {
                        Some(v >> c)
                    };
                    return match res {
                        Some(x) => {
                            let out = Operand::Const {
                                val: ConstVal::Int(x),
                                ty: ty.clone(),
                            };
                            self.check_typed_const(e, &out)?;
                            Ok(out)
                        }
                        None => self.error(e.start(), "constant shift overflow"),
                    };
                }
                let le = self.convert(lo.clone(), l, &Type::Int, "shift")?;
                let re = self.convert(ro, r, &Type::Int, "shift")?;
                Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::Binary(binop_ir(op), Box::new(le), Box::new(re)),
                        ty: Type::Int,
                        pos,
                    },
                    var: false,
                })
            }
            Operand::Value { e: x, .. } if x.ty == Type::Int => {
                let le = x.clone();
                let re = self.convert(ro, r, &Type::Int, "shift")?;
                Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::Binary(binop_ir(op), Box::new(le), Box::new(re)),
                        ty: Type::Int,
                        pos,
                    },
                    var: false,
                })
            }
            _ => {
                let d = self.describe(l, &lo);
                self.error(
                    l.start(),
                    format!("invalid operation: shifted operand {d} must be integer"),
                )
            }
        }
    }

    /// Argument-count message lists: `(int, string)`, untyped numbers as `number`.
    pub fn summary(&self, ops: &[(Operand, &ast::Expr)]) -> String {
        let parts: Vec<String> = ops
            .iter()
            .map(|(o, _)| match o {
                Operand::Const {
                    ty: None,
                    val: ConstVal::Int(_),
                } => "number".to_string(),
                Operand::Const { ty: None, val } => val
                    .untyped_name()
                    .trim_start_matches("untyped ")
                    .to_string(),
                Operand::Nil => "nil".into(),
                other => self.op_type_name(other),
            })
            .collect();
        format!("({})", parts.join(", "))
    }

    fn call(
        &mut self,
        e: &ast::Expr,
        fun: &ast::Expr,
        args: &[ast::Expr],
        ellipsis: bool,
    ) -> R<Operand> {
        let pos = e.pos;
        let fo = self.expr(fun)?;
        match fo {
            Operand::Type(t) => {
                if args.len() != 1 {
                    return self.error(
                        e.start(),
                        format!("wrong argument count in conversion to {}", type_name(&t)),
                    );
                }
                let ao = self.expr(&args[0])?;
                let d = self.describe(&args[0], &ao);
                match self.convert(ao.clone(), &args[0], &t, "conversion") {
                    Ok(x) => {
                        if let Operand::Const { val, .. } = &ao {
                            if !t.is_interface() {
                                return Ok(Operand::Const {
                                    val: val.clone(),
                                    ty: Some(t),
                                });
                            }
                        }
                        Ok(Operand::Value { e: x, var: false })
                    }
                    Err(()) => {
                        self.errors.pop();
                        self.error(
                            args[0].start(),
                            format!("cannot convert {d} to type {}", type_name(&t)),
                        )
                    }
                }
            }
            Operand::Builtin(b) => self.builtin_call(e, b, args, ellipsis),
            Operand::PkgFunc(f) => self.pkg_call(e, fun, f, args, ellipsis),
            Operand::ErrMethod(x) => {
                if !args.is_empty() {
                    let msg = format!(
                        "too many arguments in call to {}\n\thave {}\n\twant ()",
                        expr_string(fun),
                        "(...)"
                    );
                    return self.error(args[0].start(), msg);
                }
                Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::ErrorMethod(Box::new(x)),
                        ty: Type::String,
                        pos,
                    },
                    var: false,
                })
            }
            Operand::Value { e: fe, var } => {
                let sig = match &fe.ty {
                    Type::Func(sig) => (**sig).clone(),
                    _ => {
                        let d = self.describe(fun, &Operand::Value { e: fe.clone(), var });
                        return self.error(
                            e.start(),
                            format!("invalid operation: cannot call non-function {d}"),
                        );
                    }
                };
                if ellipsis {
                    return self.unsupported(e.start(), "variadic calls");
                }
                let args_ir = self.call_args(e, fun, args, &sig)?;
                let callee = match fe.kind {
                    ExprKind::FuncRef(id) => Callee::Func(id),
                    _ => Callee::Value(Box::new(fe)),
                };
                let ty = if sig.results.len() == 1 {
                    sig.results[0].clone()
                } else {
                    Type::Tuple(sig.results.clone())
                };
                Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::Call {
                            callee,
                            args: args_ir,
                        },
                        ty,
                        pos,
                    },
                    var: false,
                })
            }
            Operand::Nil => {
                self.error(e.start(), "invalid operation: cannot call non-function nil")
            }
            Operand::Const { .. } => {
                let d = self.describe(fun, &fo);
                self.error(
                    e.start(),
                    format!("invalid operation: cannot call non-function {d}"),
                )
            }
        }
    }

    /// For a multi-value call operand: evaluates it into temporaries (statements queued
    /// before the current statement) and returns the temporaries.
    pub fn spread(&mut self, op: &Operand) -> Option<Vec<Expr>> {
        let Operand::Value { e: x, .. } = op else {
            return None;
        };
        let Type::Tuple(ts) = &x.ty else { return None };
        if ts.len() < 2 {
            return None;
        }
        let pos = x.pos;
        let mut temps = Vec::new();
        let mut stmts = Vec::new();
        for t in ts {
            let l = self.new_temp(t.clone(), pos);
            stmts.push(lowering::ir::Stmt::Decl { local: l, pos });
            temps.push((l, t.clone()));
        }
        stmts.push(lowering::ir::Stmt::Assign {
            lhs: temps
                .iter()
                .map(|(l, _)| lowering::ir::LValue::Local(*l))
                .collect(),
            rhs: vec![x.clone()],
            pos,
        });
        self.ctx().pending.extend(stmts);
        Some(
            temps
                .into_iter()
                .map(|(l, t)| Expr {
                    kind: ExprKind::Local(l),
                    ty: t,
                    pos,
                })
                .collect(),
        )
    }

    /// Checks call arguments against a signature (count and assignability).
    pub fn call_args(
        &mut self,
        call: &ast::Expr,
        fun: &ast::Expr,
        args: &[ast::Expr],
        sig: &Signature,
    ) -> R<Vec<Expr>> {
        let mut ops = Vec::new();
        for a in args {
            let o = self.expr(a)?;
            ops.push((o, a));
        }
        // f(g()) with a multi-value g: g's results go through temporaries
        if ops.len() == 1 {
            if let Some(vals) = self.spread(&ops[0].0) {
                if vals.len() != sig.params.len() {
                    let tys: Vec<String> = vals.iter().map(|v| type_name(&v.ty)).collect();
                    let ps: Vec<String> = sig.params.iter().map(type_name).collect();
                    let q = if vals.len() > sig.params.len() {
                        "too many"
                    } else {
                        "not enough"
                    };
                    return self.error(
                        args[0].start(),
                        format!(
                            "{q} arguments in call to {}\n\thave ({})\n\twant ({})",
                            expr_string(fun),
                            tys.join(", "),
                            ps.join(", ")
                        ),
                    );
                }
                let ctx = format!("argument to {}", expr_string(fun));
                let mut out = Vec::new();
                for (v, t) in vals.into_iter().zip(&sig.params) {
                    let vt = v.ty.clone();
                    let d = format!(
                        "{} (value of type {})",
                        expr_string(&args[0]),
                        type_name(&vt)
                    );
                    out.push(self.convert_value(v, &vt, t, &d, &ctx, args[0].start())?);
                }
                return Ok(out);
            }
        }
        if ops.len() != sig.params.len() {
            let have = self.summary(&ops);
            let ps: Vec<String> = sig.params.iter().map(type_name).collect();
            let want = format!("({})", ps.join(", "));
            let (q, at) = if ops.len() > sig.params.len() {
                ("too many", args[sig.params.len()].start())
            } else if let Some(last) = args.last() {
                ("not enough", last.start())
            } else {
                ("not enough", call.start())
            };
            let _ = call;
            return self.error(
                at,
                format!(
                    "{q} arguments in call to {}\n\thave {have}\n\twant {want}",
                    expr_string(fun)
                ),
            );
        }
        let ctx = format!("argument to {}", expr_string(fun));
        let mut out = Vec::new();
        for ((o, a), t) in ops.into_iter().zip(&sig.params) {
            out.push(self.convert(o, a, t, &ctx)?);
        }
        Ok(out)
    }

    fn builtin_count(
        &mut self,
        e: &ast::Expr,
        name: &str,
        args: &[ast::Expr],
        min: usize,
        max: usize,
    ) -> R<()> {
        let n = args.len();
        if n < min {
            let msg = format!(
                "not enough arguments for {} (expected {min}, found {n})",
                expr_string(e)
            );
            let at = e.start();
            let _ = name;
            return self.error(at, format!("invalid operation: {msg}"));
        }
        if n > max {
            let msg = format!(
                "too many arguments for {} (expected {max}, found {n})",
                expr_string(e)
            );
            return self.error(e.start(), format!("invalid operation: {msg}"));
        }
        Ok(())
    }

    fn builtin_call(
        &mut self,
        e: &ast::Expr,
        b: &'static str,
        args: &[ast::Expr],
        ellipsis: bool,
    ) -> R<Operand> {
        let pos = e.pos;
        let novalue = Type::Tuple(vec![]);
        if ellipsis && b != "append" {
            return self.error(
                e.start(),
                format!("invalid operation: invalid use of ... with built-in {b}"),
            );
        }
        let mk = |kind: Builtin, args: Vec<Expr>, ty: Type| Operand::Value {
            e: Expr {
                kind: ExprKind::Builtin(kind, args),
                ty,
                pos,
            },
            var: false,
        };
        match b {
            "len" => {
                self.builtin_count(e, b, args, 1, 1)?;
                let o = self.expr(&args[0])?;
                self.single(&args[0], &o)?;
                match &o {
                    Operand::Const {
                        val: ConstVal::Str(s),
                        ..
                    } => Ok(Operand::Const {
                        val: ConstVal::Int(s.len() as i128),
                        ty: None,
                    }),
                    Operand::Value { e: x, .. }
                        if matches!(x.ty, Type::String | Type::Slice(_)) =>
                    {
                        Ok(mk(Builtin::Len, vec![x.clone()], Type::Int))
                    }
                    _ => {
                        let d = self.describe(&args[0], &o);
                        self.error(
                            args[0].start(),
                            format!("invalid argument: {d} for built-in len"),
                        )
                    }
                }
            }
            "make" => {
                if args.is_empty() {
                    return self.error(
                        e.start(),
                        format!(
                            "not enough arguments for {} (expected 1, found 0)",
                            expr_string(e)
                        ),
                    );
                }
                let to = self.expr(&args[0])?;
                let t = match to {
                    Operand::Type(t) => t,
                    _ => {
                        return self.error(
                            args[0].start(),
                            format!("{} is not a type", expr_string(&args[0])),
                        )
                    }
                };
                if !matches!(t, Type::Slice(_)) {
                    return self.error(
                        args[0].start(),
                        format!(
                            "invalid argument: cannot make {}; type must be slice, map, or channel",
                            expr_string(&args[0])
                        ),
                    );
                }
                if args.len() == 1 {
                    return self.error(
                        e.start(),
                        format!(
                            "invalid operation: {} expects 2 or 3 arguments; found 1",
                            expr_string(e)
                        ),
                    );
                }
                if args.len() > 3 {
                    return self.error(
                        e.start(),
                        format!(
                            "invalid operation: {} expects 2 or 3 arguments; found {}",
                            expr_string(e),
                            args.len()
                        ),
                    );
                }
                let mut ops = Vec::new();
                for a in &args[1..] {
                    ops.push(self.index_operand(a)?);
                }
                if let (Some(ExprKind::Int(l)), Some(ExprKind::Int(c))) =
                    (ops.first().map(|x| &x.kind), ops.get(1).map(|x| &x.kind))
                {
                    if l > c {
                        return self.error(
                            args[1].start(),
                            "invalid argument: length and capacity swapped".to_string(),
                        );
                    }
                }
                Ok(mk(Builtin::MakeSlice, ops, t))
            }
            "append" => {
                if args.is_empty() {
                    return self.error(
                        e.start(),
                        format!(
                            "not enough arguments for {} (expected 1, found 0)",
                            expr_string(e)
                        ),
                    );
                }
                if ellipsis {
                    return self.unsupported(e.start(), "append with ...");
                }
                let so = self.expr(&args[0])?;
                self.single(&args[0], &so)?;
                let se = match &so {
                    Operand::Value { e: x, .. } if matches!(x.ty, Type::Slice(_)) => x.clone(),
                    Operand::Nil => {
                        return self.error(
                            args[0].start(),
                            "first argument to append must be a typed slice; have untyped nil",
                        )
                    }
                    _ => {
                        let d = self.describe(&args[0], &so);
                        return self.error(
                            args[0].start(),
                            format!("invalid argument: {d} is not a slice"),
                        );
                    }
                };
                let elem = match &se.ty {
                    Type::Slice(el) => (**el).clone(),
                    _ => unreachable_type(),
                };
                let ty = se.ty.clone();
                let mut out = vec![se];
                for a in &args[1..] {
                    out.push(self.expr_to(a, &elem, "argument to append")?);
                }
                Ok(mk(Builtin::Append, out, ty))
            }
            "println" | "print" => {
                let mut out = Vec::new();
                for a in args {
                    let o = self.expr(a)?;
                    if args.len() == 1 {
                        if let Some(vals) = self.spread(&o) {
                            out.extend(vals);
                            continue;
                        }
                    }
                    out.push(self.default_value(o, a, &format!("argument to built-in{b}"))?);
                }
                Ok(mk(
                    if b == "println" {
                        Builtin::Println
                    } else {
                        Builtin::Print
                    },
                    out,
                    novalue,
                ))
            }
            "panic" => {
                self.builtin_count(e, b, args, 1, 1)?;
                let x = self.expr_to(&args[0], &Type::Any, "argument to panic")?;
                Ok(mk(Builtin::Panic, vec![x], novalue))
            }
            "recover" => {
                self.builtin_count(e, b, args, 0, 0)?;
                Ok(mk(Builtin::Recover, vec![], Type::Any))
            }
            _ => self.unsupported(e.start(), format!("the built-in {b}")),
        }
    }

    fn pkg_call(
        &mut self,
        e: &ast::Expr,
        fun: &ast::Expr,
        f: &'static str,
        args: &[ast::Expr],
        ellipsis: bool,
    ) -> R<Operand> {
        let pos = e.pos;
        let mk = |kind: Builtin, args: Vec<Expr>, ty: Type| Operand::Value {
            e: Expr {
                kind: ExprKind::Builtin(kind, args),
                ty,
                pos,
            },
            var: false,
        };
        let ctx = format!("argument to {f}");
        let println = f == "fmt.Println";
        match f {
            "fmt.Println" | "fmt.Print" if ellipsis => {
                let any_slice = Type::Slice(Box::new(Type::Any));
                if args.len() > 1 {
                    let msg = format!("too many arguments in call to {f}");
                    return self.error(args[1].start(), msg);
                }
                let s = self.expr_to(&args[0], &any_slice, &ctx)?;
                let kind = if println {
                    Builtin::FmtPrintlnSpread
                } else {
                    Builtin::FmtPrintSpread
                };
                Ok(mk(kind, vec![s], Type::Tuple(vec![])))
            }
            _ if ellipsis => self.error(
                e.start(),
                format!("cannot use ... in call to non-variadic {f}"),
            ),
            "fmt.Println" | "fmt.Print" => {
                let mut out = Vec::new();
                for a in args {
                    let o = self.expr(a)?;
                    if args.len() == 1 {
                        if let Some(vals) = self.spread(&o) {
                            out.extend(vals.into_iter().map(|v| to_iface(v, &Type::Any)));
                            continue;
                        }
                    }
                    out.push(self.convert(o, a, &Type::Any, &ctx)?);
                }
                Ok(mk(
                    if f == "fmt.Println" {
                        Builtin::FmtPrintln
                    } else {
                        Builtin::FmtPrint
                    },
                    out,
                    Type::Tuple(vec![]),
                ))
            }
            "errors.New" | "os.Exit" => {
                let (param, kind, ty) = if f == "errors.New" {
                    (Type::String, Builtin::ErrorsNew, Type::Error)
                } else {
                    (Type::Int, Builtin::OsExit, Type::Tuple(vec![]))
                };
                let sig = Signature {
                    params: vec![param],
                    results: vec![],
                };
                let out = self.call_args(e, fun, args, &sig)?;
                Ok(mk(kind, out, ty))
            }
            _ => self.unsupported(e.start(), format!("function {f}")),
        }
    }
}

fn unreachable_type() -> Type {
    Type::Int
}

/// Folds a binary operation on constants of the same kind; `None` on overflow.
fn fold(op: BinOp, l: &ConstVal, r: &ConstVal) -> Option<ConstVal> {
    use ConstVal::*;
    Some(match (l, r) {
        (Int(a), Int(b)) => match op {
            BinOp::Add => Int(a.checked_add(*b)?),
            BinOp::Sub => Int(a.checked_sub(*b)?),
            BinOp::Mul => Int(a.checked_mul(*b)?),
            BinOp::Div => Int(a.checked_div(*b)?),
            BinOp::Rem => Int(a.checked_rem(*b)?),
            BinOp::And => Int(a & b),
            BinOp::Or => Int(a | b),
            BinOp::Xor => Int(a ^ b),
            BinOp::AndNot => Int(a & !b),
            BinOp::Eq => Bool(a == b),
            BinOp::Ne => Bool(a != b),
            BinOp::Lt => Bool(a < b),
            BinOp::Le => Bool(a <= b),
            BinOp::Gt => Bool(a > b),
            BinOp::Ge => Bool(a >= b),
            _ => return None,
        },
        (Bool(a), Bool(b)) => match op {
            BinOp::LogAnd => Bool(*a && *b),
            BinOp::LogOr => Bool(*a || *b),
            BinOp::Eq => Bool(a == b),
            BinOp::Ne => Bool(a != b),
            _ => return None,
        },
        (Str(a), Str(b)) => match op {
            BinOp::Add => {
                if a.len() + b.len() > (1 << 24) {
                    return None;
                }
                Str(format!("{a}{b}"))
            }
            BinOp::Eq => Bool(a == b),
            BinOp::Ne => Bool(a != b),
            BinOp::Lt => Bool(a < b),
            BinOp::Le => Bool(a <= b),
            BinOp::Gt => Bool(a > b),
            BinOp::Ge => Bool(a >= b),
            _ => return None,
        },
        _ => return None,
    })
}

/// Moves an operand out, leaving a copy without its (possibly deep) IR expression that is
/// still good for messages about it (deep copies made long chains quadratic).
fn take_operand(o: &mut Operand) -> Operand {
    let shallow = match &*o {
        Operand::Value { e, var } => Operand::Value {
            e: Expr {
                kind: ExprKind::Nil,
                ty: e.ty.clone(),
                pos: e.pos,
            },
            var: *var,
        },
        other => other.clone(),
    };
    std::mem::replace(o, shallow)
}
