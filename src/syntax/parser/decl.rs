//! Declarations: imports, `const`, `var`, `type` (with type parameters, aliases and gc's
//! rule for telling `type A[N]E` from `type G[P C] E`) and `func` (methods, generics).

use super::{PResult, Parser};
use crate::syntax::ast::*;
use crate::syntax::lexer::Tok;

/// gc's `extractName`: how `x` in `type T[x ...` splits into a type parameter name and
/// its constraint.
enum Split {
    /// `name` alone, or `name` followed by a constraint.
    Param(Ident, Option<Expr>),
    /// Not a type parameter: an array length expression.
    Whole(Expr),
}

impl Parser {
    /// `[ "." | PackageName ] ImportPath`.
    pub(super) fn import_spec(&mut self) -> PResult<Import> {
        let name = match self.tok() {
            Tok::Ident(_) => Some(self.name()?),
            Tok::Op(".") => {
                let pos = self.pos();
                self.next();
                Some(Ident {
                    name: ".".into(),
                    pos,
                })
            }
            _ => None,
        };
        match self.tok().clone() {
            Tok::Str { val, .. } => {
                let pos = self.pos();
                self.next();
                Ok(Import {
                    name,
                    path: String::from_utf8_lossy(&val).into_owned(),
                    pos,
                })
            }
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Char(_) => {
                self.err("import path must be a string")
            }
            _ => self.err("missing import path"),
        }
    }

    pub(super) fn var_specs(&mut self) -> PResult<Vec<VarSpec>> {
        let mut specs = Vec::new();
        self.group(|p| {
            let first = p.name()?;
            let names = p.name_list(first)?;
            let mut ty = None;
            let mut values = Vec::new();
            if p.got_op("=") {
                values = p.expr_list()?;
            } else {
                ty = Some(p.type_()?);
                if p.got_op("=") {
                    values = p.expr_list()?;
                }
            }
            specs.push(VarSpec { names, ty, values });
            Ok(())
        })?;
        Ok(specs)
    }

    pub(super) fn const_specs(&mut self) -> PResult<Vec<ConstSpec>> {
        let mut specs: Vec<ConstSpec> = Vec::new();
        let mut iota = 0i64;
        let grouped = self.is_op("(");
        self.group(|p| {
            let first = p.name()?;
            let names = p.name_list(first)?;
            let mut ty = None;
            let mut values = Vec::new();
            let mut implicit = false;
            if !p.is_eof() && !p.is_semi() && !p.is_op(")") {
                ty = p.type_or_nil()?;
                if p.got_op("=") {
                    values = p.expr_list()?;
                }
            }
            if values.is_empty() && ty.is_none() && grouped {
                if let Some(prev) = specs.last() {
                    values = prev.values.clone();
                    ty = prev.ty.clone();
                    implicit = true;
                }
            }
            specs.push(ConstSpec {
                names,
                ty,
                values,
                iota,
                implicit,
            });
            iota += 1;
            Ok(())
        })?;
        Ok(specs)
    }

    pub(super) fn type_specs(&mut self) -> PResult<Vec<TypeSpec>> {
        let mut specs = Vec::new();
        self.group(|p| {
            specs.push(p.type_spec()?);
            Ok(())
        })?;
        Ok(specs)
    }

    /// `TypeSpec = identifier [ TypeParams ] [ "=" ] Type`.
    fn type_spec(&mut self) -> PResult<TypeSpec> {
        let name = self.name()?;
        let mut tparams = None;
        let mut alias = false;
        let ty;
        if self.is_op("[") {
            let pos = self.pos();
            self.next();
            if self.is_name() {
                // An array length or a type parameter list: parse an expression starting
                // with the name, then look at its shape (gc's `extractName`).
                let first = self.name()?;
                let mut x = Expr {
                    pos: first.pos,
                    kind: ExprKind::Ident(first.name),
                };
                if !self.is_op("[") {
                    self.xnest += 1;
                    let px = self.primary_from(x)?;
                    x = self.binary_expr(Some(px), 0)?;
                    self.xnest -= 1;
                }
                let force = self.is_op(",");
                match extract_name(x, force) {
                    Split::Param(pname, ptype) if ptype.is_some() || !self.is_op("]") => {
                        let ptype = match ptype {
                            Some(t) => Some(self.expr_into_type(t)?),
                            None => None,
                        };
                        let list = self.param_list(Some(pname), ptype, "]", true)?;
                        tparams = Some(TypeParams { pos, list });
                        alias = self.got_op("=");
                        ty = self.type_or_nil()?;
                    }
                    Split::Param(pname, _) => {
                        let len = Expr {
                            pos: pname.pos,
                            kind: ExprKind::Ident(pname.name),
                        };
                        ty = Some(self.array_type(pos, Some(len))?);
                    }
                    Split::Whole(len) => ty = Some(self.array_type(pos, Some(len))?),
                }
            } else if self.got_op("]") {
                let elem = self.type_()?;
                ty = Some(TypeExpr {
                    kind: TypeKind::Slice(Box::new(elem)),
                    pos,
                });
            } else {
                ty = Some(self.array_type(pos, None)?);
            }
        } else {
            alias = self.got_op("=");
            ty = self.type_or_nil()?;
        }
        match ty {
            Some(ty) => Ok(TypeSpec {
                name,
                tparams,
                alias,
                ty,
            }),
            None => self.err("in type declaration"),
        }
    }

    pub(super) fn func_decl(&mut self) -> PResult<FuncDecl> {
        let pos = self.pos();
        self.next(); // func
        let mut recv = None;
        let mut receiver = Vec::new();
        if self.is_op("(") {
            recv = Some(self.pos());
            self.next();
            receiver = self.param_list(None, None, ")", false)?;
            match receiver.len() {
                0 => return self.plain_err_at(self.pos(), "method has no receiver"),
                1 => {}
                _ => return self.plain_err_at(self.pos(), "method has multiple receivers"),
            }
        }
        if !self.is_name() {
            return self.err(if recv.is_some() {
                "expected name"
            } else {
                "expected name or ("
            });
        }
        let name = self.name()?;
        let tpos = self.pos();
        let context = if recv.is_some() { "method" } else { "" };
        let (tparams, ty) = self.func_type(tpos, context)?;
        let body = if self.is_op("{") {
            Some(self.block("")?)
        } else {
            None
        };
        Ok(FuncDecl {
            pos,
            name,
            recv,
            receiver,
            tparams,
            ty,
            body,
        })
    }
}

fn extract_name(x: Expr, force: bool) -> Split {
    source::stack::grow(move || extract_name_here(x, force))
}

fn extract_name_here(mut x: Expr, force: bool) -> Split {
    let pos = x.pos;
    match x.take_kind() {
        ExprKind::Ident(n) => Split::Param(Ident { name: n, pos }, None),
        ExprKind::Binary(BinOp::Mul, mut l, r)
            if matches!(l.kind, ExprKind::Ident(_)) && (force || is_type_elem(&r)) =>
        {
            let ExprKind::Ident(n) = l.take_kind() else {
                unreachable!("checked above")
            };
            let name = Ident {
                name: n,
                pos: l.pos,
            };
            Split::Param(
                name,
                Some(Expr {
                    kind: ExprKind::Unary(UnOp::Deref, r),
                    pos,
                }),
            )
        }
        ExprKind::Binary(BinOp::Or, l, r) => {
            let f = force || is_type_elem(&r);
            match extract_name(*l, f) {
                Split::Param(name, Some(lhs)) => Split::Param(
                    name,
                    Some(Expr {
                        kind: ExprKind::Binary(BinOp::Or, Box::new(lhs), r),
                        pos,
                    }),
                ),
                Split::Param(name, None) => Split::Whole(Expr {
                    kind: ExprKind::Binary(
                        BinOp::Or,
                        Box::new(Expr {
                            pos: name.pos,
                            kind: ExprKind::Ident(name.name),
                        }),
                        r,
                    ),
                    pos,
                }),
                Split::Whole(l) => Split::Whole(Expr {
                    kind: ExprKind::Binary(BinOp::Or, Box::new(l), r),
                    pos,
                }),
            }
        }
        ExprKind::Call {
            mut fun,
            mut args,
            ellipsis,
        } if matches!(fun.kind, ExprKind::Ident(_))
            && args.len() == 1
            && !ellipsis
            && (force || is_type_elem(&args[0])) =>
        {
            let ExprKind::Ident(n) = fun.take_kind() else {
                unreachable!("checked above")
            };
            let arg = args.pop().expect("one argument");
            Split::Param(
                Ident {
                    name: n,
                    pos: fun.pos,
                },
                Some(arg),
            )
        }
        kind => Split::Whole(Expr { kind, pos }),
    }
}

/// gc's `isTypeElem`: whether `x` can only be a type element (not a value expression).
fn is_type_elem(x: &Expr) -> bool {
    source::stack::grow(|| match &x.kind {
        ExprKind::Type(t) => matches!(
            t.kind,
            TypeKind::Array(..)
                | TypeKind::Struct(_)
                | TypeKind::Func(_)
                | TypeKind::Interface(_)
                | TypeKind::Slice(_)
                | TypeKind::Map(..)
                | TypeKind::Chan(..)
        ),
        ExprKind::Unary(op, y) => *op == UnOp::Tilde || is_type_elem(y),
        ExprKind::Binary(_, a, b) => is_type_elem(a) || is_type_elem(b),
        ExprKind::Paren(y) => is_type_elem(y),
        _ => false,
    })
}
