//! Types: type literals, qualified and instantiated names, struct and interface types,
//! signatures and parameter lists (gc's rules for names, constraints and unions), and the
//! conversion of expressions that turn out to be types.

use super::{PResult, Parser, SyntaxError};
use crate::syntax::ast::*;
use crate::syntax::lexer::Tok;
use source::Pos;

/// A parameter as parsed, before names and types are distributed (gc's `Field`).
struct Par {
    pos: Pos,
    name: Option<Ident>,
    ty: Option<TypeExpr>,
    variadic: bool,
}

/// What `name [ ...` turned out to be (gc's `arrayOrTArgs`).
enum ArrayOrArgs {
    Type(TypeExpr),
    Args(Vec<TypeExpr>, Pos),
}

impl Parser {
    pub(super) fn type_(&mut self) -> PResult<TypeExpr> {
        match self.type_or_nil()? {
            Some(t) => Ok(t),
            None => self.err("expected type"),
        }
    }

    pub(super) fn type_or_nil(&mut self) -> PResult<Option<TypeExpr>> {
        self.nest(|p| p.type_inner())
    }

    fn type_inner(&mut self) -> PResult<Option<TypeExpr>> {
        let pos = self.pos();
        let kind = match self.tok() {
            Tok::Op("*") => {
                self.next();
                TypeKind::Pointer(Box::new(self.type_()?))
            }
            Tok::Op("<-") => {
                self.next();
                self.want_kw("chan")?;
                TypeKind::Chan(ChanDir::Recv, Box::new(self.chan_elem()?))
            }
            Tok::Kw("func") => {
                self.next();
                let (_, ft) = self.func_type(pos, "function type")?;
                TypeKind::Func(ft)
            }
            Tok::Op("[") => {
                self.next();
                if self.got_op("]") {
                    TypeKind::Slice(Box::new(self.type_()?))
                } else {
                    return self.array_type(pos, None).map(Some);
                }
            }
            Tok::Kw("chan") => {
                self.next();
                let dir = if self.got_op("<-") {
                    ChanDir::Send
                } else {
                    ChanDir::Both
                };
                TypeKind::Chan(dir, Box::new(self.chan_elem()?))
            }
            Tok::Kw("map") => {
                self.next();
                self.want_op("[")?;
                let k = self.type_()?;
                self.want_op("]")?;
                TypeKind::Map(Box::new(k), Box::new(self.type_()?))
            }
            Tok::Kw("struct") => return self.struct_type().map(Some),
            Tok::Kw("interface") => return self.interface_type().map(Some),
            Tok::Ident(_) => return self.qualified_name(None).map(Some),
            Tok::Op("(") => {
                self.next();
                let t = self.type_()?;
                self.want_op(")")?;
                return Ok(Some(t));
            }
            _ => return Ok(None),
        };
        Ok(Some(TypeExpr { kind, pos }))
    }

    fn chan_elem(&mut self) -> PResult<TypeExpr> {
        match self.type_or_nil()? {
            Some(t) => Ok(t),
            None => self.err("missing channel element type"),
        }
    }

    /// After `[` (at `pos`); `len` is an already parsed length.
    pub(super) fn array_type(&mut self, pos: Pos, len: Option<Expr>) -> PResult<TypeExpr> {
        let len = match len {
            Some(l) => Some(Box::new(l)),
            None if self.got_op("...") => None,
            None => {
                self.xnest += 1;
                let l = self.expr()?;
                self.xnest -= 1;
                Some(Box::new(l))
            }
        };
        if self.is_op(",") {
            return self.err("unexpected comma; expected ]");
        }
        self.want_op("]")?;
        let elem = self.type_()?;
        Ok(TypeExpr {
            kind: TypeKind::Array(len, Box::new(elem)),
            pos,
        })
    }

    /// A signature after `func` (or a function's name); `pos` becomes the type's position.
    /// Type parameters are an error where `context` is not empty.
    pub(super) fn func_type(
        &mut self,
        pos: Pos,
        context: &str,
    ) -> PResult<(Option<TypeParams>, FuncType)> {
        let mut tparams = None;
        if self.is_op("[") {
            let tpos = self.pos();
            self.next();
            if !context.is_empty() {
                return self.err_at(tpos, &format!("{context} must have no type parameters"));
            }
            if self.is_op("]") {
                return self.err("empty type parameter list");
            }
            let list = self.param_list(None, None, "]", true)?;
            tparams = Some(TypeParams { pos: tpos, list });
        }
        self.want_op("(")?;
        let params = self.param_list(None, None, ")", false)?;
        let results = self.func_result()?;
        Ok((
            tparams,
            FuncType {
                pos,
                params,
                results,
            },
        ))
    }

    fn func_result(&mut self) -> PResult<Vec<Field>> {
        if self.got_op("(") {
            return self.param_list(None, None, ")", false);
        }
        Ok(match self.type_or_nil()? {
            Some(ty) => vec![Field {
                name: None,
                ty,
                variadic: false,
            }],
            None => Vec::new(),
        })
    }

    /// gc's `paramList`, after `(` or `[`: `name` (and `typ`) are an already parsed first
    /// parameter. Either all fields have names or none has; in a type parameter list
    /// (`require_names`) all must.
    pub(super) fn param_list(
        &mut self,
        mut name: Option<Ident>,
        mut typ: Option<TypeExpr>,
        close: &str,
        require_names: bool,
    ) -> PResult<Vec<Field>> {
        if let (Some(n), Some(t)) = (&name, &typ) {
            if self.is_op(close) {
                self.next();
                return Ok(vec![Field {
                    name: Some(n.clone()),
                    ty: t.clone(),
                    variadic: false,
                }]);
            }
        }
        let mut list: Vec<Par> = Vec::new();
        let (mut named, mut typed) = (0, 0);
        let end = self.list("parameter list", ",", close, |p| {
            let par = match typ.take() {
                Some(t) => {
                    let n = name.take().expect("a first type comes with a name");
                    Par {
                        pos: n.pos,
                        name: Some(n),
                        ty: Some(t),
                        variadic: false,
                    }
                }
                None => p.param_decl(name.take(), close)?,
            };
            if par.name.is_some() && par.ty.is_some() {
                named += 1;
            }
            if par.ty.is_some() {
                typed += 1;
            }
            list.push(par);
            Ok(false)
        })?;
        if list.is_empty() {
            return Ok(Vec::new());
        }
        if named == 0 && !require_names {
            // all unnamed: the names found are type names
            for par in &mut list {
                if let Some(n) = par.name.take() {
                    par.ty = Some(TypeExpr {
                        pos: n.pos,
                        kind: TypeKind::Name(n.name),
                    });
                }
            }
        } else if named != list.len() {
            let mut err_pos: Option<Pos> = None;
            let mut cur: Option<(TypeExpr, bool)> = None;
            for par in list.iter_mut().rev() {
                if let Some(t) = &par.ty {
                    cur = Some((t.clone(), par.variadic));
                    if par.name.is_none() {
                        err_pos = Some(type_start(t));
                        par.name = Some(Ident {
                            name: "_".into(),
                            pos: par.pos,
                        });
                    }
                } else if let Some((t, v)) = &cur {
                    par.ty = Some(t.clone());
                    par.variadic = *v;
                } else {
                    err_pos = par.name.as_ref().map(|n| n.pos);
                }
            }
            if let Some(mut pos) = err_pos {
                let msg = if require_names {
                    if named == typed {
                        pos = end;
                        "missing type constraint".to_string()
                    } else if list.len() == 1 {
                        "missing type parameter name or invalid array length".into()
                    } else {
                        "missing type parameter name".into()
                    }
                } else {
                    "mixed named and unnamed parameters".into()
                };
                return Err(SyntaxError {
                    pos,
                    msg: format!("syntax error: {msg}"),
                });
            }
        }
        Ok(list
            .into_iter()
            .filter_map(|p| {
                p.ty.map(|ty| Field {
                    name: p.name,
                    ty,
                    variadic: p.variadic,
                })
            })
            .collect())
    }

    /// gc's `paramDeclOrNil`: `[name] [...] Type`, or a constraint in a type parameter
    /// list (`close` is `]`).
    fn param_decl(&mut self, name: Option<Ident>, close: &str) -> PResult<Par> {
        let type_sets = close == "]";
        let pos = name.as_ref().map_or(self.pos(), |n| n.pos);
        if name.is_none() && type_sets && self.is_op("~") {
            return self.embedded_elem(None);
        }
        let mut par = Par {
            pos,
            name: None,
            ty: None,
            variadic: false,
        };
        if self.is_name() || name.is_some() {
            let n = match name {
                Some(n) => n,
                None => self.name()?,
            };
            if self.is_op("[") {
                match self.array_or_targs()? {
                    ArrayOrArgs::Args(args, apos) => {
                        par.ty = Some(generic(name_type(n), args, apos));
                    }
                    ArrayOrArgs::Type(t) => {
                        par.name = Some(n);
                        par.ty = Some(t);
                    }
                }
                if type_sets && self.is_op("|") {
                    return self.embedded_elem(Some(par));
                }
                return Ok(par);
            }
            if self.is_op(".") {
                par.ty = Some(self.qualified_name(Some(n))?);
                if type_sets && self.is_op("|") {
                    return self.embedded_elem(Some(par));
                }
                return Ok(par);
            }
            if type_sets && self.is_op("|") {
                par.ty = Some(name_type(n));
                return self.embedded_elem(Some(par));
            }
            par.name = Some(n);
        }
        if self.is_op("...") {
            self.next();
            match self.type_or_nil()? {
                Some(t) => par.ty = Some(t),
                None => return self.err("... is missing type"),
            }
            par.variadic = true;
            return Ok(par);
        }
        if type_sets && self.is_op("~") {
            par.ty = self.embedded_elem(None)?.ty;
            return Ok(par);
        }
        par.ty = self.type_or_nil()?;
        if type_sets && self.is_op("|") && par.ty.is_some() {
            return self.embedded_elem(Some(par));
        }
        if par.name.is_some() || par.ty.is_some() {
            return Ok(par);
        }
        self.err(&format!("expected {close}"))
    }

    /// `EmbeddedTerm { "|" EmbeddedTerm }`, the first term possibly already in `f`.
    fn embedded_elem(&mut self, f: Option<Par>) -> PResult<Par> {
        let mut f = match f {
            Some(f) => f,
            None => {
                let pos = self.pos();
                let t = self.embedded_term()?;
                Par {
                    pos,
                    name: None,
                    ty: Some(t),
                    variadic: false,
                }
            }
        };
        if let Some(first) = f.ty.take() {
            f.ty = Some(self.union_rest(first)?);
        }
        Ok(f)
    }

    /// The `| term | term` after a first term.
    fn union_rest(&mut self, first: TypeExpr) -> PResult<TypeExpr> {
        if !self.is_op("|") {
            return Ok(first);
        }
        let pos = first.pos;
        let mut terms = vec![first];
        while self.got_op("|") {
            terms.push(self.embedded_term()?);
        }
        Ok(TypeExpr {
            kind: TypeKind::Union(terms),
            pos,
        })
    }

    /// `[ "~" ] Type`.
    fn embedded_term(&mut self) -> PResult<TypeExpr> {
        let pos = self.pos();
        if self.got_op("~") {
            let t = self.type_()?;
            return Ok(TypeExpr {
                kind: TypeKind::Tilde(Box::new(t)),
                pos,
            });
        }
        match self.type_or_nil()? {
            Some(t) => Ok(t),
            None => self.err("expected ~ term or type"),
        }
    }

    /// After a name, at `[`: an array or slice type, or type arguments.
    fn array_or_targs(&mut self) -> PResult<ArrayOrArgs> {
        let pos = self.pos();
        self.want_op("[")?;
        if self.got_op("]") {
            let elem = self.type_()?;
            return Ok(ArrayOrArgs::Type(TypeExpr {
                kind: TypeKind::Slice(Box::new(elem)),
                pos,
            }));
        }
        let (mut list, comma) = self.type_list(false)?;
        self.want_op("]")?;
        if !comma {
            if let Some(elem) = self.type_or_nil()? {
                let len = list.pop().expect("one element");
                return Ok(ArrayOrArgs::Type(TypeExpr {
                    kind: TypeKind::Array(Some(Box::new(len)), Box::new(elem)),
                    pos,
                }));
            }
        }
        let mut args = Vec::new();
        for e in list {
            args.push(self.expr_into_type(e)?);
        }
        Ok(ArrayOrArgs::Args(args, pos))
    }

    /// gc's `typeList`: `arg { "," arg } [","]`; the first may be an expression unless
    /// `strict`. Returns the elements and whether there was a comma.
    pub(super) fn type_list(&mut self, strict: bool) -> PResult<(Vec<Expr>, bool)> {
        self.xnest += 1;
        let first = if strict {
            let t = self.type_()?;
            type_expr(t)
        } else {
            self.expr()?
        };
        let mut list = vec![first];
        let mut comma = false;
        if self.got_op(",") {
            comma = true;
            while let Some(t) = self.type_or_nil()? {
                list.push(type_expr(t));
                if !self.got_op(",") {
                    break;
                }
            }
        }
        self.xnest -= 1;
        Ok((list, comma))
    }

    /// `TypeName [ TypeArgs ]`, the first name possibly already read.
    pub(super) fn qualified_name(&mut self, name: Option<Ident>) -> PResult<TypeExpr> {
        let n = match name {
            Some(n) => n,
            None => self.name()?,
        };
        let mut t = if self.is_op(".") {
            self.next();
            let sel = self.name()?;
            TypeExpr {
                pos: n.pos,
                kind: TypeKind::Qualified(n.name, sel.name),
            }
        } else {
            name_type(n)
        };
        if self.is_op("[") {
            let pos = self.pos();
            self.next();
            if self.is_op("]") {
                return self.err("expected type argument list");
            }
            let (list, _) = self.type_list(true)?;
            self.want_op("]")?;
            let mut args = Vec::new();
            for e in list {
                args.push(self.expr_into_type(e)?);
            }
            t = generic(t, args, pos);
        }
        Ok(t)
    }

    fn struct_type(&mut self) -> PResult<TypeExpr> {
        let pos = self.pos();
        self.next(); // struct
        self.want_op("{")?;
        let mut fields = Vec::new();
        self.list("struct type", ";", "}", |p| {
            p.field_decl(&mut fields)?;
            Ok(false)
        })?;
        Ok(TypeExpr {
            kind: TypeKind::Struct(fields),
            pos,
        })
    }

    fn tag(&mut self) -> Option<String> {
        if let Tok::Str { val, .. } = self.tok() {
            let v = String::from_utf8_lossy(val).into_owned();
            self.next();
            Some(v)
        } else {
            None
        }
    }

    /// `(IdentifierList Type | EmbeddedField) [ Tag ]`.
    fn field_decl(&mut self, out: &mut Vec<StructField>) -> PResult<()> {
        let pos = self.pos();
        match self.tok() {
            Tok::Ident(_) => {
                let name = self.name()?;
                if self.is_op(".")
                    || self.is_op("}")
                    || self.is_semi()
                    || matches!(self.tok(), Tok::Str { .. })
                {
                    let ty = self.qualified_name(Some(name))?;
                    let tag = self.tag();
                    out.push(StructField {
                        names: vec![],
                        ty,
                        tag,
                    });
                    return Ok(());
                }
                let names = self.name_list(name)?;
                let ty = if names.len() == 1 && self.is_op("[") {
                    match self.array_or_targs()? {
                        ArrayOrArgs::Args(args, apos) => {
                            let n = names.into_iter().next().expect("one name");
                            let ty = generic(name_type(n), args, apos);
                            let tag = self.tag();
                            out.push(StructField {
                                names: vec![],
                                ty,
                                tag,
                            });
                            return Ok(());
                        }
                        ArrayOrArgs::Type(t) => t,
                    }
                } else {
                    self.type_()?
                };
                let tag = self.tag();
                out.push(StructField { names, ty, tag });
                Ok(())
            }
            Tok::Op("*") => {
                self.next();
                if self.is_op("(") {
                    return self.err("cannot parenthesize embedded type");
                }
                let t = self.qualified_name(None)?;
                let tag = self.tag();
                out.push(StructField {
                    names: vec![],
                    ty: TypeExpr {
                        kind: TypeKind::Pointer(Box::new(t)),
                        pos,
                    },
                    tag,
                });
                Ok(())
            }
            Tok::Op("(") => self.err("cannot parenthesize embedded type"),
            _ => self.err("expected field name or embedded type"),
        }
    }

    fn interface_type(&mut self) -> PResult<TypeExpr> {
        let pos = self.pos();
        self.next(); // interface
        self.want_op("{")?;
        let mut elems = Vec::new();
        self.list("interface type", ";", "}", |p| {
            let e = if p.is_name() {
                p.method_decl()?
            } else {
                let t = p.embedded_term()?;
                InterfaceElem::Embed(p.union_rest(t)?)
            };
            elems.push(e);
            Ok(false)
        })?;
        Ok(TypeExpr {
            kind: TypeKind::Interface(elems),
            pos,
        })
    }

    /// A method `m(params) results`, or an embedded (possibly instantiated) type name
    /// starting a union.
    fn method_decl(&mut self) -> PResult<InterfaceElem> {
        let name = self.name()?;
        if self.is_op("(") {
            let (_, ty) = self.func_type(self.pos(), "interface method")?;
            return Ok(InterfaceElem::Method { name, ty });
        }
        let t = if self.is_op("[") {
            let pos = self.pos();
            self.next();
            if self.is_op("]") {
                return self.plain_err_at(self.pos(), "empty type argument list");
            }
            let list = self.param_list(None, None, "]", false)?;
            if list.iter().any(|f| f.name.is_some()) {
                return self.plain_err_at(pos, "interface method must have no type parameters");
            }
            let args = list.into_iter().map(|f| f.ty).collect();
            generic(name_type(name), args, pos)
        } else {
            self.qualified_name(Some(name))?
        };
        Ok(InterfaceElem::Embed(self.union_rest(t)?))
    }

    /// An expression that must denote a type (a type argument, a constraint, the type of
    /// a composite literal).
    pub(super) fn expr_into_type(&self, e: Expr) -> PResult<TypeExpr> {
        let pos = e.pos;
        match expr_to_type(e) {
            Some(t) => Ok(t),
            None => Err(SyntaxError {
                pos,
                msg: "syntax error: expected type".into(),
            }),
        }
    }
}

/// The type an expression denotes, if it is one syntactically.
pub(super) fn expr_to_type(mut e: Expr) -> Option<TypeExpr> {
    source::stack::grow(move || {
        let pos = e.pos;
        let kind = match e.take_kind() {
            ExprKind::Ident(n) => TypeKind::Name(n),
            ExprKind::Selector(mut x, sel) => match x.take_kind() {
                ExprKind::Ident(p) => {
                    return Some(TypeExpr {
                        kind: TypeKind::Qualified(p, sel.name),
                        pos: x.pos,
                    })
                }
                _ => return None,
            },
            ExprKind::Paren(x) => return expr_to_type(*x),
            ExprKind::Type(mut t) => return Some(take_type(&mut t)),
            ExprKind::Unary(UnOp::Deref, x) => TypeKind::Pointer(Box::new(expr_to_type(*x)?)),
            ExprKind::Unary(UnOp::Tilde, x) => TypeKind::Tilde(Box::new(expr_to_type(*x)?)),
            ExprKind::Binary(BinOp::Or, a, b) => {
                let mut terms = Vec::new();
                for side in [*a, *b] {
                    let mut t = expr_to_type(side)?;
                    if matches!(t.kind, TypeKind::Union(_)) {
                        if let TypeKind::Union(ts) = t.take_kind() {
                            terms.extend(ts);
                        }
                    } else {
                        terms.push(t);
                    }
                }
                TypeKind::Union(terms)
            }
            ExprKind::Index(x, i) => {
                let base = expr_to_type(*x)?;
                let arg = expr_to_type(*i)?;
                return Some(generic(base, vec![arg], pos));
            }
            ExprKind::IndexList(x, l) => {
                let base = expr_to_type(*x)?;
                let mut args = Vec::new();
                for a in l {
                    args.push(expr_to_type(a)?);
                }
                return Some(generic(base, args, pos));
            }
            _ => return None,
        };
        Some(TypeExpr { kind, pos })
    })
}

fn take_type(t: &mut TypeExpr) -> TypeExpr {
    TypeExpr {
        kind: t.take_kind(),
        pos: t.pos,
    }
}

pub(super) fn type_expr(t: TypeExpr) -> Expr {
    Expr {
        pos: t.pos,
        kind: ExprKind::Type(t),
    }
}

fn name_type(n: Ident) -> TypeExpr {
    TypeExpr {
        pos: n.pos,
        kind: TypeKind::Name(n.name),
    }
}

/// `base[args]`; its position is the base's (the `[`'s position is where the arguments
/// start, kept for messages about them).
fn generic(base: TypeExpr, args: Vec<TypeExpr>, _lbrack: Pos) -> TypeExpr {
    TypeExpr {
        pos: base.pos,
        kind: TypeKind::Generic(Box::new(base), args),
    }
}

/// The leftmost position of a type.
fn type_start(t: &TypeExpr) -> Pos {
    t.pos
}
