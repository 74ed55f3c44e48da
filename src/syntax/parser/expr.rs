//! Expressions: binary and unary operators, operands, primary expressions (selectors,
//! indices and instantiations, slices, type assertions, calls, composite literals).

use super::types::expr_to_type;
use super::{PResult, Parser};
use crate::syntax::ast::*;
use crate::syntax::lexer::Tok;

impl Parser {
    pub(super) fn expr_list(&mut self) -> PResult<Vec<Expr>> {
        let mut v = vec![self.expr()?];
        while self.got_op(",") {
            v.push(self.expr()?);
        }
        Ok(v)
    }

    /// An expression: one level of nesting (calls, composite literals, parentheses and
    /// brackets all recurse through here).
    pub fn expr(&mut self) -> PResult<Expr> {
        self.nest(|p| p.binary_expr(None, 0))
    }

    /// `x op y op z ...` with operators binding tighter than `prec`; `x` may be given.
    pub(super) fn binary_expr(&mut self, x: Option<Expr>, prec: u8) -> PResult<Expr> {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr()?,
        };
        let mut chained = 0;
        while let Tok::Op(o) = self.tok() {
            let Some(op) = BinOp::from_op(o) else { break };
            let p = op.precedence();
            if p <= prec {
                break;
            }
            let pos = self.pos();
            self.next();
            self.enter(1)?;
            chained += 1;
            let y = self.nest(|s| s.binary_expr(None, p))?;
            x = Expr {
                kind: ExprKind::Binary(op, Box::new(x), Box::new(y)),
                pos,
            };
        }
        self.leave(chained);
        Ok(x)
    }

    fn unary_expr(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        let op = match self.tok() {
            Tok::Op("-") => UnOp::Neg,
            Tok::Op("+") => UnOp::Plus,
            Tok::Op("!") => UnOp::Not,
            Tok::Op("^") => UnOp::BitNot,
            Tok::Op("&") => UnOp::Addr,
            Tok::Op("*") => UnOp::Deref,
            Tok::Op("~") => UnOp::Tilde,
            Tok::Op("<-") => UnOp::Recv,
            _ => return self.primary_expr(),
        };
        self.next();
        let mut x = self.nest(|p| p.unary_expr())?;
        if op == UnOp::Recv {
            if let ExprKind::Type(t) = &mut x.kind {
                if let TypeKind::Chan(..) = t.kind {
                    // `<-chan E` is a channel type: re-associate the arrow with it.
                    self.recv_chan(t)?;
                    t.pos = pos;
                    x.pos = pos;
                    return Ok(x);
                }
            }
        }
        Ok(Expr {
            kind: ExprKind::Unary(op, Box::new(x)),
            pos,
        })
    }

    /// gc's re-association of `<-` with a parsed channel type: `<-(chan E)` is `<-chan E`
    /// and `<-(chan<- E)` is `<-chan (<-E)`.
    fn recv_chan(&self, t: &mut TypeExpr) -> PResult<()> {
        let mut t = t;
        loop {
            if !matches!(t.kind, TypeKind::Chan(..)) {
                return self.err(&format!("unexpected {}, expected chan", type_string(t)));
            }
            let TypeKind::Chan(dir, elem) = &mut t.kind else {
                unreachable!("checked above")
            };
            let was = *dir;
            if was == ChanDir::Recv {
                return self.err("unexpected <-, expected chan");
            }
            *dir = ChanDir::Recv;
            if was != ChanDir::Send {
                return Ok(());
            }
            t = elem;
        }
    }

    fn operand(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        let kind = match self.tok().clone() {
            Tok::Ident(n) => {
                self.next();
                ExprKind::Ident(n)
            }
            Tok::Int(l) => {
                self.next();
                ExprKind::Int(l)
            }
            Tok::Float(l) => {
                self.next();
                ExprKind::Float(l)
            }
            Tok::Imag(l) => {
                self.next();
                ExprKind::Imag(l)
            }
            Tok::Char(l) => {
                self.next();
                ExprKind::Char(l)
            }
            Tok::Str { raw, val } => {
                self.next();
                ExprKind::Str { raw, val }
            }
            Tok::Op("(") => {
                self.next();
                self.xnest += 1;
                let x = self.expr()?;
                self.xnest -= 1;
                self.want_op(")")?;
                ExprKind::Paren(Box::new(x))
            }
            Tok::Kw("func") => {
                self.next();
                let (_, ft) = self.func_type(pos, "function type")?;
                if self.is_op("{") {
                    self.xnest += 1;
                    let b = self.block("")?;
                    self.xnest -= 1;
                    ExprKind::FuncLit(ft, Box::new(b))
                } else {
                    ExprKind::Type(TypeExpr {
                        kind: TypeKind::Func(ft),
                        pos,
                    })
                }
            }
            Tok::Op("[")
            | Tok::Kw("map")
            | Tok::Kw("chan")
            | Tok::Kw("interface")
            | Tok::Kw("struct") => ExprKind::Type(self.type_()?),
            _ => return self.err("expected expression"),
        };
        Ok(Expr { kind, pos })
    }

    pub(super) fn primary_expr(&mut self) -> PResult<Expr> {
        let x = self.operand()?;
        self.primary_from(x)
    }

    /// The selectors, indices, calls, ... after operand `x` (gc's `pexpr`). Each suffix is
    /// one more level of nesting.
    pub(super) fn primary_from(&mut self, mut x: Expr) -> PResult<Expr> {
        let mut chained = 0;
        loop {
            let pos = self.pos();
            let kind = match self.tok() {
                Tok::Op(".") => {
                    self.next();
                    match self.tok() {
                        Tok::Ident(_) => ExprKind::Selector(Box::new(x), self.name()?),
                        Tok::Op("(") => {
                            self.next();
                            let t = if self.is_kw("type") {
                                self.next();
                                None
                            } else {
                                Some(self.type_()?)
                            };
                            self.want_op(")")?;
                            ExprKind::TypeAssert(Box::new(x), t)
                        }
                        _ => return self.err("expected name or ("),
                    }
                }
                Tok::Op("[") => {
                    self.next();
                    self.index_suffix(x)?
                }
                Tok::Op("(") => {
                    self.next();
                    let (args, ellipsis) = self.call_args()?;
                    ExprKind::Call {
                        fun: Box::new(x),
                        args,
                        ellipsis,
                    }
                }
                Tok::Op("{") if self.complit_ok(&x) => {
                    if matches!(x.kind, ExprKind::Paren(_)) {
                        return self.err("cannot parenthesize type in composite literal");
                    }
                    let tpos = x.start();
                    let ty = match expr_to_type(x) {
                        Some(t) => t,
                        None => return self.err_at(tpos, "expected type"),
                    };
                    let (elems, keyed, rbrace) = self.complit()?;
                    x = Expr {
                        kind: ExprKind::Composite {
                            ty,
                            elems,
                            keyed,
                            rbrace,
                        },
                        pos: tpos,
                    };
                    self.enter(1)?;
                    chained += 1;
                    continue;
                }
                _ => break,
            };
            x = Expr { kind, pos };
            self.enter(1)?;
            chained += 1;
        }
        self.leave(chained);
        Ok(x)
    }

    /// Whether `{` after `x` starts a composite literal (gc's `complit_ok`).
    fn complit_ok(&self, x: &Expr) -> bool {
        let mut t = x;
        while let ExprKind::Paren(y) = &t.kind {
            t = y;
        }
        match &t.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => self.xnest >= 0,
            ExprKind::Index(..) | ExprKind::IndexList(..) => self.xnest >= 0 && !is_value(t),
            ExprKind::Type(ty) => matches!(
                ty.kind,
                TypeKind::Array(..) | TypeKind::Slice(_) | TypeKind::Struct(_) | TypeKind::Map(..)
            ),
            _ => false,
        }
    }

    /// After `x[`: an index, an instantiation or a slice expression.
    fn index_suffix(&mut self, x: Expr) -> PResult<ExprKind> {
        let mut lo = None;
        if !self.is_op(":") {
            if self.is_op("]") {
                return self.err("expected operand");
            }
            let (mut list, comma) = self.type_list(false)?;
            if comma || self.is_op("]") {
                self.want_op("]")?;
                return Ok(if list.len() == 1 {
                    let i = list.pop().expect("one element");
                    ExprKind::Index(Box::new(x), Box::new(i))
                } else {
                    ExprKind::IndexList(Box::new(x), list)
                });
            }
            lo = list.pop();
        }
        if !self.got_op(":") {
            return self.err("expected comma, : or ]");
        }
        self.xnest += 1;
        let mut hi = None;
        let mut max = None;
        if !self.is_op(":") && !self.is_op("]") {
            hi = Some(self.expr()?);
        }
        if self.is_op(":") {
            if hi.is_none() {
                return self.plain_err_at(self.pos(), "middle index required in 3-index slice");
            }
            self.next();
            if self.is_op("]") {
                return self.plain_err_at(self.pos(), "final index required in 3-index slice");
            }
            max = Some(self.expr()?);
        }
        self.xnest -= 1;
        self.want_op("]")?;
        Ok(ExprKind::SliceExpr(
            Box::new(x),
            Box::new(SliceIndices { lo, hi, max }),
        ))
    }

    /// After `(`: `[ arg { "," arg } [ "..." ] [ "," ] ] ")"`.
    fn call_args(&mut self) -> PResult<(Vec<Expr>, bool)> {
        let mut args = Vec::new();
        let mut ellipsis = false;
        self.xnest += 1;
        self.list("argument list", ",", ")", |p| {
            args.push(p.expr()?);
            ellipsis = p.got_op("...");
            Ok(ellipsis)
        })?;
        self.xnest -= 1;
        Ok((args, ellipsis))
    }

    /// `{ [ Element { "," Element } [","] ] }`; returns the elements and whether any is
    /// keyed.
    fn complit(&mut self) -> PResult<(Vec<Expr>, bool, source::Pos)> {
        let mut elems = Vec::new();
        let mut keyed = false;
        self.xnest += 1;
        self.want_op("{")?;
        let rbrace = self.list("composite literal", ",", "}", |p| {
            let e = p.element()?;
            if p.is_op(":") {
                let pos = p.pos();
                p.next();
                let v = p.element()?;
                keyed = true;
                elems.push(Expr {
                    kind: ExprKind::KeyValue(Box::new(e), Box::new(v)),
                    pos,
                });
            } else {
                elems.push(e);
            }
            Ok(false)
        })?;
        self.xnest -= 1;
        Ok((elems, keyed, rbrace))
    }

    /// An element or key: an expression, or a literal value with an elided type.
    fn element(&mut self) -> PResult<Expr> {
        if !self.is_op("{") {
            return self.expr();
        }
        let pos = self.pos();
        let (elems, keyed, rbrace) = self.nest(|p| p.complit())?;
        Ok(Expr {
            kind: ExprKind::Composite {
                ty: TypeExpr {
                    kind: TypeKind::Elided,
                    pos,
                },
                elems,
                keyed,
                rbrace,
            },
            pos,
        })
    }
}

/// gc's `isValue`: whether `x` can only be a value (not a type).
fn is_value(x: &Expr) -> bool {
    source::stack::grow(|| match &x.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Char(_)
        | ExprKind::Str { .. }
        | ExprKind::Composite { .. }
        | ExprKind::FuncLit(..)
        | ExprKind::SliceExpr(..)
        | ExprKind::TypeAssert(..)
        | ExprKind::Call { .. } => true,
        ExprKind::Unary(op, _) => *op != UnOp::Deref,
        ExprKind::Binary(..) => true,
        ExprKind::Paren(y) => is_value(y),
        ExprKind::Index(y, i) => is_value(y) || is_value(i),
        ExprKind::IndexList(y, l) => is_value(y) || l.iter().any(is_value),
        _ => false,
    })
}
