//! Statements: simple statements, blocks, `if`/`for`/`switch` (with gc's header rules),
//! type switches, `select`, labels, branches, `go`/`defer`, `return`.

use super::{PResult, Parser, SyntaxError};
use crate::syntax::ast::*;
use crate::syntax::lexer::{SemiKind, Tok};
use source::Pos;

/// A simple statement as the statement parser sees it: a statement, a range clause (in a
/// `for` header) or a type switch guard (in a `switch` header).
enum Simple {
    Stmt(Stmt),
    Range {
        pos: Pos,
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
    },
    /// `[bind :=] x.(type)`; `guard` is the `x.(type)` expression.
    Guard {
        bind: Option<Ident>,
        guard: Expr,
    },
}

/// A parsed control clause header.
struct Header {
    init: Option<Stmt>,
    cond: Option<Expr>,
    guard: Option<(Option<Ident>, Expr)>,
    post: Option<Stmt>,
    range: Option<Simple>,
}

impl Parser {
    /// `{ StatementList }`; `context` names the clause in the error for a missing `{`.
    pub(super) fn block(&mut self, context: &str) -> PResult<Block> {
        let lbrace = self.pos();
        if !self.got_op("{") {
            if context.is_empty() {
                return self.err("expected {");
            }
            return self.err(&format!("expected {{ after {context}"));
        }
        let stmts = self.nest(|p| p.stmt_list())?;
        let rbrace = self.pos();
        self.want_op("}")?;
        Ok(Block {
            lbrace,
            stmts,
            rbrace,
        })
    }

    fn stmt_list(&mut self) -> PResult<Vec<Stmt>> {
        let mut list = Vec::new();
        while !self.is_eof() && !self.is_op("}") && !self.is_kw("case") && !self.is_kw("default") {
            let Some(s) = self.stmt_or_nil()? else {
                break;
            };
            list.push(s);
            if self.is_semi() {
                self.next();
            } else if !self.is_op("}") {
                return self.err("at end of statement");
            }
        }
        Ok(list)
    }

    fn stmt_or_nil(&mut self) -> PResult<Option<Stmt>> {
        self.nest(|p| p.stmt_inner())
    }

    fn stmt_inner(&mut self) -> PResult<Option<Stmt>> {
        let pos = self.pos();
        if self.is_name() {
            let lhs = self.expr_list()?;
            if lhs.len() == 1 && self.is_op(":") {
                if let ExprKind::Ident(n) = &lhs[0].kind {
                    let label = Ident {
                        name: n.clone(),
                        pos: lhs[0].pos,
                    };
                    return self.labeled_stmt(label).map(Some);
                }
            }
            return self
                .simple_stmt(Some(lhs), "")
                .map(|s| Some(simple_into_stmt(s)));
        }
        let kw = match self.tok() {
            Tok::Kw(k) => *k,
            _ => "",
        };
        let s = match kw {
            "var" => {
                self.next();
                Stmt::Var(self.var_specs()?, pos)
            }
            "const" => {
                self.next();
                Stmt::Const(self.const_specs()?, pos)
            }
            "type" => {
                self.next();
                Stmt::Type(self.type_specs()?, pos)
            }
            "for" => self.for_stmt()?,
            "switch" => self.switch_stmt()?,
            "select" => self.select_stmt()?,
            "if" => self.if_stmt()?,
            "return" => {
                self.next();
                let mut results = Vec::new();
                if !self.is_semi() && !self.is_op("}") {
                    results = self.expr_list()?;
                }
                Stmt::Return { pos, results }
            }
            "defer" | "go" => {
                self.next();
                let call = self.primary_expr()?;
                if kw == "defer" {
                    Stmt::Defer { pos, call }
                } else {
                    Stmt::Go { pos, call }
                }
            }
            "break" | "continue" => {
                self.next();
                let label = if self.is_name() {
                    Some(self.name()?)
                } else {
                    None
                };
                if kw == "break" {
                    Stmt::Break { pos, label }
                } else {
                    Stmt::Continue { pos, label }
                }
            }
            "goto" => {
                self.next();
                let label = self.name()?;
                Stmt::Goto { pos, label }
            }
            "fallthrough" => {
                self.next();
                Stmt::Fallthrough(pos)
            }
            "func" | "map" | "chan" | "interface" | "struct" => {
                simple_into_stmt(self.simple_stmt(None, "")?)
            }
            _ => match self.tok() {
                Tok::Op("{") => Stmt::Block(self.block("")?),
                Tok::Op("+" | "-" | "*" | "&" | "^" | "!" | "(" | "[" | "<-")
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Char(_)
                | Tok::Str { .. } => simple_into_stmt(self.simple_stmt(None, "")?),
                Tok::Semi(_) => Stmt::Empty(pos),
                _ => return Ok(None),
            },
        };
        Ok(Some(s))
    }

    /// After `label`, at `:`.
    fn labeled_stmt(&mut self, label: Ident) -> PResult<Stmt> {
        let colon = self.pos();
        self.next();
        if self.is_op("}") {
            return Ok(Stmt::Labeled {
                label,
                stmt: Box::new(Stmt::Empty(self.pos())),
            });
        }
        match self.stmt_or_nil()? {
            Some(s) => Ok(Stmt::Labeled {
                label,
                stmt: Box::new(s),
            }),
            None => self.err_at(colon, "missing statement after label"),
        }
    }

    /// A simple statement; `keyword` is the header it is in (`for` allows a range clause,
    /// `switch` a type switch guard).
    fn simple_stmt(&mut self, lhs: Option<Vec<Expr>>, keyword: &str) -> PResult<Simple> {
        if keyword == "for" && self.is_kw("range") {
            return self.range_clause(Vec::new(), false);
        }
        let mut lhs = match lhs {
            Some(l) => l,
            None => self.expr_list()?,
        };
        let pos = self.pos();
        let op = match self.tok() {
            Tok::Op(o) => *o,
            _ => "",
        };
        if lhs.len() == 1 && op != "=" && op != ":=" {
            let x = lhs.pop().expect("one expression");
            let s = match op {
                "+=" | "-=" | "*=" | "/=" | "%=" | "&=" | "|=" | "^=" | "<<=" | ">>=" | "&^=" => {
                    self.next();
                    let bop = BinOp::from_op(&op[..op.len() - 1]).expect("assignment operator");
                    Stmt::Assign {
                        lhs: vec![x],
                        rhs: vec![self.expr()?],
                        op: AssignOp::Op(bop),
                        pos,
                    }
                }
                "++" | "--" => {
                    self.next();
                    Stmt::IncDec {
                        x,
                        inc: op == "++",
                        pos,
                    }
                }
                "<-" => {
                    self.next();
                    let value = self.expr()?;
                    Stmt::Send { pos, ch: x, value }
                }
                _ => {
                    if keyword == "switch" && is_guard(&x) {
                        return Ok(Simple::Guard {
                            bind: None,
                            guard: x,
                        });
                    }
                    Stmt::Expr(x)
                }
            };
            return Ok(Simple::Stmt(s));
        }
        if op != "=" && op != ":=" {
            return self.err("expected := or = or comma");
        }
        self.next();
        let define = op == ":=";
        if keyword == "for" && self.is_kw("range") {
            return self.range_clause(lhs, define);
        }
        let mut rhs = self.expr_list()?;
        if keyword == "switch" && define && lhs.len() == 1 && rhs.len() == 1 && is_guard(&rhs[0]) {
            if let ExprKind::Ident(n) = &lhs[0].kind {
                let bind = Ident {
                    name: n.clone(),
                    pos: lhs[0].pos,
                };
                let guard = rhs.pop().expect("one expression");
                return Ok(Simple::Guard {
                    bind: Some(bind),
                    guard,
                });
            }
        }
        let op = if define {
            AssignOp::Define
        } else {
            AssignOp::Plain
        };
        Ok(Simple::Stmt(Stmt::Assign { lhs, rhs, op, pos }))
    }

    /// At `range`, after `lhs =` or `lhs :=` (if any).
    fn range_clause(&mut self, lhs: Vec<Expr>, define: bool) -> PResult<Simple> {
        let pos = self.pos();
        self.next(); // range
        let x = self.expr()?;
        if lhs.len() > 2 {
            return Err(SyntaxError {
                pos: lhs[0].start(),
                msg: "syntax error: range clause permits at most two iteration variables".into(),
            });
        }
        let mut it = lhs.into_iter();
        let key = it.next();
        let value = it.next();
        Ok(Simple::Range {
            pos,
            key,
            value,
            define,
            x,
        })
    }

    /// Control clause header (gc's `header`).
    fn header(&mut self, keyword: &str) -> PResult<Header> {
        let mut h = Header {
            init: None,
            cond: None,
            guard: None,
            post: None,
            range: None,
        };
        if self.is_op("{") {
            if keyword == "if" {
                return self.err("missing condition in if statement");
            }
            return Ok(h);
        }
        let outer = self.xnest;
        self.xnest = -1;
        let mut init = None;
        if !self.is_semi() {
            if self.is_kw("var") {
                self.next();
                return self.err(&format!(
                    "var declaration not allowed in {keyword} initializer"
                ));
            }
            let s = self.simple_stmt(None, keyword)?;
            if let Simple::Range { .. } = s {
                self.xnest = outer;
                h.range = Some(s);
                return Ok(h);
            }
            init = Some(s);
        }
        let mut cond_stmt = None;
        let mut semi: Option<(Pos, SemiKind)> = None;
        if !self.is_op("{") {
            if let Tok::Semi(k) = self.tok() {
                semi = Some((self.pos(), *k));
                self.next();
            } else {
                return self.err("expected {");
            }
            if keyword == "for" {
                if !self.is_semi() {
                    if self.is_op("{") {
                        return self.err("expected for loop condition");
                    }
                    cond_stmt = Some(self.simple_stmt(None, "")?);
                }
                if !self.is_semi() {
                    return self.err("expected semicolon or newline");
                }
                self.next();
                if !self.is_op("{") {
                    let s = simple_into_stmt(self.simple_stmt(None, "")?);
                    if let Stmt::Assign {
                        op: AssignOp::Define,
                        pos,
                        ..
                    } = &s
                    {
                        return Err(SyntaxError {
                            pos: *pos,
                            msg: "syntax error: cannot declare in post statement of for loop"
                                .into(),
                        });
                    }
                    h.post = Some(s);
                }
            } else if !self.is_op("{") {
                cond_stmt = Some(self.simple_stmt(None, keyword)?);
            }
        } else {
            cond_stmt = init.take();
        }
        self.xnest = outer;
        h.init = init.map(simple_into_stmt);
        match cond_stmt {
            None => {
                if let ("if", Some((spos, kind))) = (keyword, semi) {
                    return Err(SyntaxError {
                        pos: spos,
                        msg: if kind == SemiKind::Newline {
                            "syntax error: unexpected newline, expected { after if clause".into()
                        } else {
                            "syntax error: missing condition in if statement".into()
                        },
                    });
                }
            }
            Some(Simple::Stmt(mut s)) if matches!(s, Stmt::Expr(_)) => h.cond = s.take_expr(),
            Some(Simple::Guard { bind, guard }) => h.guard = Some((bind, guard)),
            Some(s) => {
                let s = simple_into_stmt(s);
                let pos = match &s {
                    Stmt::Assign { pos, .. }
                    | Stmt::IncDec { pos, .. }
                    | Stmt::Send { pos, .. } => *pos,
                    _ => s.pos(),
                };
                return Err(SyntaxError {
                    pos,
                    msg: format!("syntax error: cannot use {} as value", stmt_as_value(&s)),
                });
            }
        }
        Ok(h)
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        self.next();
        let h = self.header("if")?;
        let then = self.block("if clause")?;
        let mut els = None;
        if self.is_kw("else") {
            self.next();
            if self.is_kw("if") {
                els = Some(Box::new(self.nest(|p| p.if_stmt())?));
            } else if self.is_op("{") {
                els = Some(Box::new(Stmt::Block(self.block("")?)));
            } else {
                return self.err("else must be followed by if or statement block");
            }
        }
        Ok(Stmt::If {
            pos,
            init: h.init.map(Box::new),
            cond: h.cond,
            then,
            els,
        })
    }

    fn for_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        self.next();
        let h = self.header("for")?;
        let body = self.block("for clause")?;
        if let Some(Simple::Range {
            key,
            value,
            define,
            x,
            ..
        }) = h.range
        {
            return Ok(Stmt::Range {
                pos,
                key,
                value,
                define,
                x,
                body,
            });
        }
        Ok(Stmt::For {
            pos,
            init: h.init.map(Box::new),
            cond: h.cond,
            post: h.post.map(Box::new),
            body,
        })
    }

    fn switch_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        self.next();
        let h = self.header("switch")?;
        if !self.got_op("{") {
            return self.err("missing { after switch clause");
        }
        let (clauses, rbrace) = self.nest(|p| {
            let mut clauses = Vec::new();
            while !p.is_eof() && !p.is_op("}") {
                clauses.push(p.case_clause()?);
            }
            Ok((clauses, p.pos()))
        })?;
        self.want_op("}")?;
        let init = h.init.map(Box::new);
        Ok(match h.guard {
            Some((bind, mut guard)) => {
                let ExprKind::TypeAssert(x, _) = guard.take_kind() else {
                    unreachable!("a guard is a type assertion")
                };
                Stmt::TypeSwitch {
                    pos,
                    init,
                    bind,
                    x: *x,
                    clauses,
                    rbrace,
                }
            }
            None => Stmt::Switch {
                pos,
                init,
                tag: h.cond,
                clauses,
                rbrace,
            },
        })
    }

    fn case_clause(&mut self) -> PResult<CaseClause> {
        let pos = self.pos();
        let exprs = if self.is_kw("case") {
            self.next();
            Some(self.expr_list()?)
        } else if self.is_kw("default") {
            self.next();
            None
        } else {
            return self.err("expected case or default or }");
        };
        self.want_op(":")?;
        let body = self.stmt_list()?;
        Ok(CaseClause { pos, exprs, body })
    }

    fn select_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        self.next();
        if !self.got_op("{") {
            return self.err("missing { after select clause");
        }
        let (clauses, rbrace) = self.nest(|p| {
            let mut clauses = Vec::new();
            while !p.is_eof() && !p.is_op("}") {
                clauses.push(p.comm_clause()?);
            }
            Ok((clauses, p.pos()))
        })?;
        self.want_op("}")?;
        Ok(Stmt::Select {
            pos,
            clauses,
            rbrace,
        })
    }

    fn comm_clause(&mut self) -> PResult<CommClause> {
        let pos = self.pos();
        let comm = if self.is_kw("case") {
            self.next();
            Some(Box::new(simple_into_stmt(self.simple_stmt(None, "")?)))
        } else if self.is_kw("default") {
            self.next();
            None
        } else {
            return self.err("expected case or default or }");
        };
        self.want_op(":")?;
        let body = self.stmt_list()?;
        Ok(CommClause { pos, comm, body })
    }
}

/// Whether `x` is `y.(type)`.
fn is_guard(x: &Expr) -> bool {
    matches!(x.kind, ExprKind::TypeAssert(_, None))
}

/// A simple statement outside a header: a range clause cannot occur, a guard is an
/// ordinary expression or assignment (the checker reports `.(type)` out of place).
fn simple_into_stmt(s: Simple) -> Stmt {
    match s {
        Simple::Stmt(s) => s,
        Simple::Guard { bind: None, guard } => Stmt::Expr(guard),
        Simple::Guard {
            bind: Some(b),
            guard,
        } => Stmt::Assign {
            pos: guard.pos,
            lhs: vec![Expr {
                pos: b.pos,
                kind: ExprKind::Ident(b.name),
            }],
            rhs: vec![guard],
            op: AssignOp::Define,
        },
        Simple::Range { pos, x, .. } => Stmt::Expr(Expr {
            pos,
            kind: x.kind.clone(),
        }),
    }
}

/// How gc's header names a statement used as a condition (`cannot use X as value`).
fn stmt_as_value(s: &Stmt) -> String {
    let emphasize = |e: &Expr| {
        let t = expr_string(e);
        if matches!(e.kind, ExprKind::Binary(..)) {
            format!("({t})")
        } else {
            t
        }
    };
    let list = |l: &[Expr]| l.iter().map(expr_string).collect::<Vec<_>>().join(", ");
    match s {
        Stmt::Assign {
            lhs,
            rhs,
            op: AssignOp::Plain,
            ..
        } if lhs.len() == 1 && rhs.len() == 1 => {
            format!("assignment {} = {}", emphasize(&lhs[0]), emphasize(&rhs[0]))
        }
        Stmt::Assign {
            lhs,
            rhs,
            op: AssignOp::Plain,
            ..
        } => format!("assignment {} = {}", list(lhs), list(rhs)),
        Stmt::Assign {
            lhs,
            rhs,
            op: AssignOp::Define,
            ..
        } => format!("{} := {}", list(lhs), list(rhs)),
        Stmt::Assign {
            lhs,
            rhs,
            op: AssignOp::Op(op),
            ..
        } => format!("{} {}= {}", list(lhs), op.text(), list(rhs)),
        Stmt::IncDec { x, inc, .. } => {
            format!("{}{}", expr_string(x), if *inc { "++" } else { "--" })
        }
        Stmt::Send { ch, value, .. } => {
            format!("{} <- {}", expr_string(ch), expr_string(value))
        }
        _ => "statement".into(),
    }
}
