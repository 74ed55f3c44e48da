//! The parser: recursive descent over the token stream, modeled on gc's
//! `cmd/compile/internal/syntax` parser so that syntax errors read and point as Go's do.
//! Nesting is bounded ([`MAX_DEPTH`]) so that no input can exhaust the stack.

use super::ast::*;
use super::lexer::{tokenize, SemiKind, Tok, Token};
use lowering::ir::Pos;

/// Maximum nesting of expressions, types, blocks and statements.
pub const MAX_DEPTH: u32 = 400;

/// A syntax error: position and message (without the file name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub pos: Pos,
    pub msg: String,
}

type PResult<T> = Result<T, SyntaxError>;

pub struct Parser {
    toks: Vec<Token>,
    p: usize,
    /// gc's `xnest`: < 0 inside control clause headers, where `Name {` is not a literal.
    xnest: i32,
    depth: u32,
}

/// Parses a whole source file.
pub fn parse_file(src: &str) -> PResult<File> {
    let mut p = Parser {
        toks: tokenize(src),
        p: 0,
        xnest: 0,
        depth: 0,
    };
    p.file()
}

fn is_type_start(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Ident(_)
            | Tok::Op("[")
            | Tok::Op("*")
            | Tok::Op("(")
            | Tok::Kw("func")
            | Tok::Kw("map")
            | Tok::Kw("chan")
            | Tok::Kw("interface")
            | Tok::Kw("struct")
            | Tok::Op("<-")
    )
}

impl Parser {
    fn tok(&self) -> &Tok {
        &self.toks[self.p.min(self.toks.len() - 1)].tok
    }

    fn pos(&self) -> Pos {
        self.toks[self.p.min(self.toks.len() - 1)].pos
    }

    fn next(&mut self) {
        if self.p < self.toks.len() - 1 {
            self.p += 1;
        }
    }

    fn is_op(&self, op: &str) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }

    fn is_kw(&self, kw: &str) -> bool {
        matches!(self.tok(), Tok::Kw(k) if *k == kw)
    }

    fn is_semi(&self) -> bool {
        matches!(self.tok(), Tok::Semi(_))
    }

    fn got_op(&mut self, op: &str) -> bool {
        if self.is_op(op) {
            self.next();
            true
        } else {
            false
        }
    }

    /// gc's `syntaxErrorAt`: messages starting with `in `/`at `/`after `/`expected ` are
    /// prefixed with `unexpected TOKEN`.
    fn err_at<T>(&self, pos: Pos, msg: &str) -> PResult<T> {
        if let Tok::Error(m) = self.tok() {
            return Err(SyntaxError {
                pos: self.pos(),
                msg: m.clone(),
            });
        }
        let msg = if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!("syntax error: unexpected {} {}", self.tok().describe(), msg)
        } else if msg.starts_with("expected ") {
            format!(
                "syntax error: unexpected {}, {}",
                self.tok().describe(),
                msg
            )
        } else {
            format!("syntax error: {msg}")
        };
        Err(SyntaxError { pos, msg })
    }

    fn err<T>(&self, msg: &str) -> PResult<T> {
        self.err_at(self.pos(), msg)
    }

    fn want_op(&mut self, op: &str) -> PResult<()> {
        if self.got_op(op) {
            Ok(())
        } else {
            let name = if op == "," { "comma" } else { op };
            self.err(&format!("expected {name}"))
        }
    }

    fn want_semi(&mut self) -> PResult<()> {
        if self.is_semi() {
            self.next();
            Ok(())
        } else {
            self.err("expected semicolon or newline")
        }
    }

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(SyntaxError {
                pos: self.pos(),
                msg: "syntax error: nesting too deep".into(),
            });
        }
        Ok(())
    }

    fn leave(&mut self, n: u32) {
        self.depth -= n;
    }

    fn name(&mut self) -> PResult<Ident> {
        if let Tok::Ident(n) = self.tok() {
            let id = Ident {
                name: n.clone(),
                pos: self.pos(),
            };
            self.next();
            Ok(id)
        } else {
            self.err("expected name")
        }
    }

    fn file(&mut self) -> PResult<File> {
        // skip leading semicolons? Go requires package first.
        if !self.is_kw("package") {
            return self.err("package statement must be first");
        }
        self.next();
        let package = self.name()?;
        self.want_semi()?;
        let mut imports = Vec::new();
        let mut decls = Vec::new();
        let mut prev_import = true;
        let mut last_func_no_body = false;
        while !matches!(self.tok(), Tok::Eof) {
            if let Tok::Error(_) = self.tok() {
                return self.err("");
            }
            if self.is_kw("import") && !prev_import {
                return self.err("imports must appear before other declarations");
            }
            prev_import = self.is_kw("import");
            let kw = if let Tok::Kw(k) = self.tok() { *k } else { "" };
            last_func_no_body = match kw {
                "import" => {
                    self.next();
                    self.group(|p| {
                        let name = match p.tok() {
                            Tok::Ident(_) => Some(p.name()?),
                            Tok::Op(".") => return p.err("dot imports are not supported"),
                            _ => None,
                        };
                        match p.tok().clone() {
                            Tok::Str { val, .. } => {
                                imports.push(Import {
                                    name,
                                    path: val,
                                    pos: p.pos(),
                                });
                                p.next();
                                Ok(())
                            }
                            _ => {
                                let pos = p.pos();
                                p.err_at(pos, "missing import path; require quoted string")
                            }
                        }
                    })?;
                    false
                }
                "const" => {
                    self.next();
                    let specs = self.const_specs()?;
                    decls.push(Decl::Const(specs));
                    false
                }
                "var" => {
                    self.next();
                    let specs = self.var_specs()?;
                    decls.push(Decl::Var(specs));
                    false
                }
                "type" => {
                    let pos = self.pos();
                    self.next();
                    self.skip_type_decl()?;
                    decls.push(Decl::Type(pos));
                    false
                }
                "func" => {
                    let f = self.func_decl()?;
                    let nobody = f.body.is_none();
                    decls.push(Decl::Func(f));
                    nobody
                }
                _ => {
                    if self.is_op("{") && last_func_no_body {
                        return self.err("unexpected semicolon or newline before {");
                    }
                    return self.err("non-declaration statement outside function body");
                }
            };
            if !matches!(self.tok(), Tok::Eof) {
                if self.is_semi() {
                    self.next();
                } else {
                    return self.err("after top level declaration");
                }
            }
        }
        Ok(File {
            package,
            imports,
            decls,
        })
    }

    /// `X spec` or `X ( spec; spec; )`.
    fn group(&mut self, mut f: impl FnMut(&mut Parser) -> PResult<()>) -> PResult<()> {
        if self.got_op("(") {
            while !matches!(self.tok(), Tok::Eof) && !self.is_op(")") {
                f(self)?;
                if !self.is_semi() && !self.is_op(")") {
                    return self.err("after top level declaration");
                }
                if self.is_semi() {
                    self.next();
                }
            }
            self.want_op(")")
        } else {
            f(self)
        }
    }

    fn skip_type_decl(&mut self) -> PResult<()> {
        // Not in the subset: skip balanced tokens to the end of the declaration.
        let mut level = 0i32;
        loop {
            match self.tok() {
                Tok::Eof => return Ok(()),
                Tok::Op("(") | Tok::Op("{") | Tok::Op("[") => level += 1,
                Tok::Op(")") | Tok::Op("}") | Tok::Op("]") => {
                    level -= 1;
                    if level < 0 {
                        return Ok(());
                    }
                }
                Tok::Semi(_) if level == 0 => return Ok(()),
                Tok::Error(_) => return self.err(""),
                _ => {}
            }
            self.next();
        }
    }

    fn ident_list(&mut self) -> PResult<Vec<Ident>> {
        let mut v = vec![self.name()?];
        while self.got_op(",") {
            v.push(self.name()?);
        }
        Ok(v)
    }

    fn var_specs(&mut self) -> PResult<Vec<VarSpec>> {
        let mut specs = Vec::new();
        self.group(|p| {
            let names = p.ident_list()?;
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

    fn const_specs(&mut self) -> PResult<Vec<ConstSpec>> {
        let mut specs: Vec<ConstSpec> = Vec::new();
        let mut iota = 0i64;
        let grouped = self.is_op("(");
        self.group(|p| {
            let names = p.ident_list()?;
            let mut ty = None;
            let mut values = Vec::new();
            let mut implicit = false;
            if !p.is_semi() && !p.is_op(")") {
                if !p.is_op("=") {
                    ty = Some(p.type_()?);
                }
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

    fn func_decl(&mut self) -> PResult<FuncDecl> {
        let pos = self.pos();
        self.next(); // func
        let mut recv = None;
        if self.is_op("(") {
            recv = Some(self.pos());
            self.next();
            let _ = self.param_list(")")?;
        }
        let name = if let Tok::Ident(_) = self.tok() {
            self.name()?
        } else {
            return self.err(if recv.is_some() {
                "expected name"
            } else {
                "expected name or ("
            });
        };
        let tpos = self.pos();
        if self.is_op("[") {
            return self.err("generic functions are not supported");
        }
        let ty = self.signature(tpos)?;
        let body = if self.is_op("{") {
            Some(self.block("")?)
        } else {
            None
        };
        Ok(FuncDecl {
            pos,
            name,
            recv,
            ty,
            body,
        })
    }

    fn signature(&mut self, pos: Pos) -> PResult<FuncType> {
        if !self.is_op("(") {
            return self.err("expected (");
        }
        self.next();
        let params = self.param_list(")")?;
        let results = if self.is_op("(") {
            self.next();
            self.param_list(")")?
        } else if is_type_start(self.tok()) && !self.is_op("(") {
            let t = self.type_()?;
            vec![Field {
                name: None,
                ty: t,
                variadic: false,
            }]
        } else {
            Vec::new()
        };
        Ok(FuncType {
            pos,
            params,
            results,
        })
    }

    /// Parameter list after `(`, up to and including `)`.
    fn param_list(&mut self, close: &str) -> PResult<Vec<Field>> {
        // entries: (name?, type?, variadic, pos)
        struct Entry {
            name: Option<Ident>,
            ty: Option<TypeExpr>,
            variadic: bool,
            pos: Pos,
        }
        let mut entries: Vec<Entry> = Vec::new();
        while !matches!(self.tok(), Tok::Eof) && !self.is_op(close) {
            let pos = self.pos();
            let e = if let Tok::Ident(n) = self.tok().clone() {
                self.next();
                if self.is_op(",") || self.is_op(close) {
                    // name or type name
                    Entry {
                        name: None,
                        ty: Some(TypeExpr {
                            kind: TypeKind::Name(n),
                            pos,
                        }),
                        variadic: false,
                        pos,
                    }
                } else if self.is_op(".") {
                    self.next();
                    let sel = self.name()?;
                    Entry {
                        name: None,
                        ty: Some(TypeExpr {
                            kind: TypeKind::Qualified(n, sel.name),
                            pos,
                        }),
                        variadic: false,
                        pos,
                    }
                } else {
                    let variadic = self.got_op("...");
                    let t = self.type_()?;
                    Entry {
                        name: Some(Ident { name: n, pos }),
                        ty: Some(t),
                        variadic,
                        pos,
                    }
                }
            } else {
                let variadic = self.got_op("...");
                let t = self.type_()?;
                Entry {
                    name: None,
                    ty: Some(t),
                    variadic,
                    pos,
                }
            };
            entries.push(e);
            if !self.got_op(",") && !self.is_op(close) {
                return self.err(&format!(
                    "in parameter list; possibly missing comma or {close}"
                ));
            }
        }
        self.want_op(close)?;
        let named = entries.iter().any(|e| e.name.is_some());
        let mut fields = Vec::new();
        if named {
            // entries without a name are names whose type follows
            let mut pending: Vec<Ident> = Vec::new();
            for e in entries {
                match e.name {
                    Some(n) => {
                        let ty = e.ty.unwrap();
                        for p in pending.drain(..) {
                            fields.push(Field {
                                name: Some(p),
                                ty: ty.clone(),
                                variadic: e.variadic,
                            });
                        }
                        fields.push(Field {
                            name: Some(n),
                            ty,
                            variadic: e.variadic,
                        });
                    }
                    None => {
                        let ty = e.ty.unwrap();
                        match ty.kind {
                            TypeKind::Name(n) => pending.push(Ident {
                                name: n,
                                pos: e.pos,
                            }),
                            _ => {
                                return Err(SyntaxError {
                                    pos: e.pos,
                                    msg: "syntax error: mixed named and unnamed parameters".into(),
                                })
                            }
                        }
                    }
                }
            }
            if let Some(p) = pending.first() {
                return Err(SyntaxError {
                    pos: p.pos,
                    msg: "syntax error: mixed named and unnamed parameters".into(),
                });
            }
        } else {
            for e in entries {
                fields.push(Field {
                    name: None,
                    ty: e.ty.unwrap(),
                    variadic: e.variadic,
                });
            }
        }
        Ok(fields)
    }

    fn type_(&mut self) -> PResult<TypeExpr> {
        match self.type_or_nil()? {
            Some(t) => Ok(t),
            None => self.err("expected type"),
        }
    }

    fn type_or_nil(&mut self) -> PResult<Option<TypeExpr>> {
        self.enter()?;
        let r = self.type_inner();
        self.leave(1);
        r
    }

    fn type_inner(&mut self) -> PResult<Option<TypeExpr>> {
        let pos = self.pos();
        let kind = match self.tok().clone() {
            Tok::Ident(n) => {
                self.next();
                if self.got_op(".") {
                    let sel = self.name()?;
                    TypeKind::Qualified(n, sel.name)
                } else {
                    TypeKind::Name(n)
                }
            }
            Tok::Op("*") => {
                self.next();
                TypeKind::Pointer(Box::new(self.type_()?))
            }
            Tok::Op("[") => {
                self.next();
                if self.got_op("]") {
                    TypeKind::Slice(Box::new(self.type_()?))
                } else {
                    let n = self.expr()?;
                    self.want_op("]")?;
                    TypeKind::Array(Box::new(n), Box::new(self.type_()?))
                }
            }
            Tok::Op("(") => {
                self.next();
                let t = self.type_()?;
                self.want_op(")")?;
                return Ok(Some(t));
            }
            Tok::Kw("func") => {
                self.next();
                TypeKind::Func(self.signature(pos)?)
            }
            Tok::Kw("map") => {
                self.next();
                self.want_op("[")?;
                let k = self.type_()?;
                self.want_op("]")?;
                TypeKind::Map(Box::new(k), Box::new(self.type_()?))
            }
            Tok::Kw("chan") => {
                self.next();
                self.got_op("<-");
                TypeKind::Chan(Box::new(self.type_()?))
            }
            Tok::Op("<-") => {
                self.next();
                if !self.is_kw("chan") {
                    return self.err("expected chan");
                }
                self.next();
                TypeKind::Chan(Box::new(self.type_()?))
            }
            Tok::Kw("interface") | Tok::Kw("struct") => {
                let is_iface = self.is_kw("interface");
                self.next();
                if !self.is_op("{") {
                    return self.err("expected {");
                }
                self.next();
                let mut empty = true;
                let mut level = 0;
                loop {
                    match self.tok() {
                        Tok::Eof => return self.err("expected }"),
                        Tok::Error(_) => return self.err(""),
                        Tok::Op("}") if level == 0 => break,
                        Tok::Op("{") => level += 1,
                        Tok::Op("}") => level -= 1,
                        Tok::Semi(_) => {}
                        _ => empty = false,
                    }
                    self.next();
                }
                self.next();
                if is_iface {
                    TypeKind::Interface(empty)
                } else {
                    TypeKind::Struct
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(TypeExpr { kind, pos }))
    }

    fn block(&mut self, context: &str) -> PResult<Block> {
        let lbrace = self.pos();
        if !self.got_op("{") {
            if context.is_empty() {
                return self.err("expected {");
            }
            return self.err(&format!("expected {{ after {context}"));
        }
        self.enter()?;
        let stmts = self.stmt_list()?;
        let rbrace = self.pos();
        self.want_op("}")?;
        self.leave(1);
        Ok(Block {
            lbrace,
            stmts,
            rbrace,
        })
    }

    fn stmt_list(&mut self) -> PResult<Vec<Stmt>> {
        let mut list = Vec::new();
        while !matches!(self.tok(), Tok::Eof)
            && !self.is_op("}")
            && !self.is_kw("case")
            && !self.is_kw("default")
        {
            let s = match self.stmt_or_nil()? {
                Some(s) => s,
                None => break,
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
        self.enter()?;
        let r = self.stmt_inner();
        self.leave(1);
        r
    }

    fn stmt_inner(&mut self) -> PResult<Option<Stmt>> {
        let pos = self.pos();
        if let Tok::Ident(_) = self.tok() {
            let lhs = self.expr_list()?;
            if lhs.len() == 1 && self.is_op(":") {
                if let ExprKind::Ident(n) = &lhs[0].kind {
                    let label = Ident {
                        name: n.clone(),
                        pos: lhs[0].pos,
                    };
                    self.next();
                    if self.is_op("}") {
                        return Ok(Some(Stmt::Labeled {
                            label,
                            stmt: Box::new(Stmt::Empty(self.pos())),
                        }));
                    }
                    let s = match self.stmt_or_nil()? {
                        Some(s) => s,
                        None => return self.err("expected statement"),
                    };
                    return Ok(Some(Stmt::Labeled {
                        label,
                        stmt: Box::new(s),
                    }));
                }
            }
            return self.simple_stmt(Some(lhs), false).map(Some);
        }
        let kw = match self.tok() {
            Tok::Kw(k) => *k,
            _ => "",
        };
        match kw {
            "var" => {
                self.next();
                return Ok(Some(Stmt::Var(self.var_specs()?, pos)));
            }
            "const" => {
                self.next();
                return Ok(Some(Stmt::Const(self.const_specs()?, pos)));
            }
            "type" => {
                self.next();
                self.skip_type_decl()?;
                return Ok(Some(Stmt::Type(pos)));
            }
            "for" => return self.for_stmt().map(Some),
            "switch" => return self.switch_stmt().map(Some),
            "select" => {
                self.next();
                let _ = self.block("")?;
                return Ok(Some(Stmt::Unsupported(pos, "select")));
            }
            "if" => return self.if_stmt().map(Some),
            "return" => {
                self.next();
                let mut results = Vec::new();
                if !self.is_semi() && !self.is_op("}") {
                    results = self.expr_list()?;
                }
                return Ok(Some(Stmt::Return { pos, results }));
            }
            "defer" | "go" => {
                self.next();
                let call = self.expr()?;
                return Ok(Some(if kw == "defer" {
                    Stmt::Defer { pos, call }
                } else {
                    Stmt::Go { pos, call }
                }));
            }
            "break" | "continue" => {
                self.next();
                let label = if let Tok::Ident(_) = self.tok() {
                    Some(self.name()?)
                } else {
                    None
                };
                return Ok(Some(if kw == "break" {
                    Stmt::Break { pos, label }
                } else {
                    Stmt::Continue { pos, label }
                }));
            }
            "goto" => {
                self.next();
                let _ = self.name()?;
                return Ok(Some(Stmt::Goto(pos)));
            }
            "fallthrough" => {
                self.next();
                return Ok(Some(Stmt::Fallthrough(pos)));
            }
            "func" | "map" | "chan" | "interface" | "struct" => {
                return self.simple_stmt(None, false).map(Some)
            }
            _ => {}
        }
        match self.tok() {
            Tok::Op("{") => Ok(Some(Stmt::Block(self.block("")?))),
            Tok::Op("+")
            | Tok::Op("-")
            | Tok::Op("*")
            | Tok::Op("&")
            | Tok::Op("^")
            | Tok::Op("!") => self.simple_stmt(None, false).map(Some),
            Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Char(_)
            | Tok::Str { .. }
            | Tok::Op("(")
            | Tok::Op("[")
            | Tok::Op("<-") => self.simple_stmt(None, false).map(Some),
            Tok::Semi(_) => Ok(Some(Stmt::Empty(pos))),
            _ => Ok(None),
        }
    }

    /// A simple statement; `range_ok` in a `for` header.
    fn simple_stmt(&mut self, lhs: Option<Vec<Expr>>, range_ok: bool) -> PResult<Stmt> {
        if range_ok && self.is_kw("range") {
            let pos = self.pos();
            self.next();
            let x = self.expr()?;
            return Ok(Stmt::Range {
                pos,
                key: None,
                value: None,
                define: false,
                x,
                body: Block {
                    lbrace: pos,
                    stmts: vec![],
                    rbrace: pos,
                },
            });
        }
        let lhs = match lhs {
            Some(l) => l,
            None => self.expr_list()?,
        };
        let pos = self.pos();
        let op = match self.tok() {
            Tok::Op(o) => *o,
            _ => "",
        };
        match op {
            "++" | "--" => {
                if lhs.len() > 1 {
                    return self.err("expected := or = or comma");
                }
                self.next();
                let x = lhs.into_iter().next().unwrap();
                Ok(Stmt::IncDec {
                    x,
                    inc: op == "++",
                    pos,
                })
            }
            "=" | ":=" => {
                self.next();
                let define = op == ":=";
                if range_ok && self.is_kw("range") {
                    let rpos = self.pos();
                    let _ = rpos;
                    self.next();
                    let x = self.expr()?;
                    if lhs.len() > 2 {
                        return Err(SyntaxError {
                            pos: lhs[0].start(),
                            msg:
                                "syntax error: range clause permits at most two iteration variables"
                                    .into(),
                        });
                    }
                    let mut it = lhs.into_iter();
                    let key = it.next();
                    let value = it.next();
                    return Ok(Stmt::Range {
                        pos,
                        key,
                        value,
                        define,
                        x,
                        body: Block {
                            lbrace: pos,
                            stmts: vec![],
                            rbrace: pos,
                        },
                    });
                }
                let rhs = self.expr_list()?;
                let op = if define {
                    AssignOp::Define
                } else {
                    AssignOp::Plain
                };
                Ok(Stmt::Assign { lhs, rhs, op, pos })
            }
            "+=" | "-=" | "*=" | "/=" | "%=" | "&=" | "|=" | "^=" | "<<=" | ">>=" | "&^=" => {
                if lhs.len() > 1 {
                    return self.err("expected := or = or comma");
                }
                self.next();
                let bop = BinOp::from_op(&op[..op.len() - 1]).unwrap();
                let rhs = vec![self.expr()?];
                Ok(Stmt::Assign {
                    lhs,
                    rhs,
                    op: AssignOp::Op(bop),
                    pos,
                })
            }
            "<-" => {
                self.next();
                let _ = self.expr()?;
                Ok(Stmt::Unsupported(pos, "send"))
            }
            _ => {
                if lhs.len() > 1 {
                    return self.err("expected := or = or comma");
                }
                Ok(Stmt::Expr(lhs.into_iter().next().unwrap()))
            }
        }
    }

    /// Control clause header; returns (init, cond-stmt, post) per gc's `header`.
    fn header(&mut self, keyword: &str) -> PResult<(Option<Stmt>, Option<Expr>, Option<Stmt>)> {
        if self.is_op("{") {
            if keyword == "if" {
                return self.err("missing condition in if statement");
            }
            return Ok((None, None, None));
        }
        let outer = self.xnest;
        self.xnest = -1;
        let mut init = None;
        if !self.is_semi() {
            if self.is_kw("var") {
                return self.err(&format!(
                    "var declaration not allowed in {keyword} initializer"
                ));
            }
            let s = self.simple_stmt(None, keyword == "for")?;
            if let Stmt::Range { .. } = s {
                self.xnest = outer;
                return Ok((Some(s), None, None));
            }
            init = Some(s);
        }
        let mut cond_stmt = None;
        let mut post = None;
        let mut semi: Option<(Pos, SemiKind)> = None;
        if !self.is_op("{") {
            if let Tok::Semi(k) = self.tok() {
                semi = Some((self.pos(), *k));
                self.next();
            } else {
                return self.err(&format!("expected {{ after {keyword} clause"));
            }
            if keyword == "for" {
                if !self.is_semi() {
                    if self.is_op("{") {
                        return self.err("expected for loop condition");
                    }
                    cond_stmt = Some(self.simple_stmt(None, false)?);
                }
                if !self.is_semi() {
                    return self.err(&format!("expected {{ after {keyword} clause"));
                }
                self.next();
                if !self.is_op("{") {
                    let s = self.simple_stmt(None, false)?;
                    if let Stmt::Assign {
                        op: AssignOp::Define,
                        lhs,
                        ..
                    } = &s
                    {
                        return Err(SyntaxError {
                            pos: lhs[0].start(),
                            msg: "syntax error: cannot declare in post statement of for loop"
                                .into(),
                        });
                    }
                    post = Some(s);
                }
            } else if !self.is_op("{") {
                cond_stmt = Some(self.simple_stmt(None, false)?);
            }
        } else {
            cond_stmt = init.take();
        }
        self.xnest = outer;
        let cond = match cond_stmt {
            None => {
                if keyword == "if" {
                    if let Some((spos, kind)) = semi {
                        return Err(SyntaxError {
                            pos: spos,
                            msg: if kind == SemiKind::Newline {
                                "syntax error: unexpected newline, expected { after if clause"
                                    .into()
                            } else {
                                "syntax error: missing condition in if statement".into()
                            },
                        });
                    }
                }
                None
            }
            Some(Stmt::Expr(e)) => Some(e),
            Some(s) => {
                let msg = match &s {
                    Stmt::Assign {
                        lhs,
                        rhs,
                        op: AssignOp::Plain,
                        ..
                    } if lhs.len() == 1 && rhs.len() == 1 => {
                        format!(
                            "syntax error: cannot use assignment {} = {} as value",
                            expr_string(&lhs[0]),
                            expr_string(&rhs[0])
                        )
                    }
                    _ => format!("syntax error: cannot use {} as value", stmt_kind_text(&s)),
                };
                return Err(SyntaxError { pos: s.pos(), msg });
            }
        };
        Ok((init, cond, post))
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        self.next();
        let (init, cond, _) = self.header("if")?;
        let then = self.block("if clause")?;
        let mut els = None;
        if self.is_kw("else") {
            self.next();
            if self.is_kw("if") {
                self.enter()?;
                let s = self.if_stmt();
                self.leave(1);
                els = Some(Box::new(s?));
            } else if self.is_op("{") {
                els = Some(Box::new(Stmt::Block(self.block("")?)));
            } else {
                return self.err("else must be followed by if or statement block");
            }
        }
        Ok(Stmt::If {
            pos,
            init: init.map(Box::new),
            cond,
            then,
            els,
        })
    }

    fn for_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        self.next();
        let (init, cond, post) = self.header("for")?;
        let body = self.block("for clause")?;
        if let Some(Stmt::Range {
            key,
            value,
            define,
            x,
            ..
        }) = init
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
            init: init.map(Box::new),
            cond,
            post: post.map(Box::new),
            body,
        })
    }

    fn switch_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        self.next();
        let (init, tag, _) = self.header("switch")?;
        if let Some(t) = &tag {
            if let ExprKind::TypeAssert(_, None) = t.kind {
                // skip the body
                let _ = self.block("switch clause")?;
                return Ok(Stmt::TypeSwitch(pos));
            }
        }
        if !self.got_op("{") {
            return self.err("missing { after switch clause");
        }
        self.enter()?;
        let mut clauses = Vec::new();
        while !matches!(self.tok(), Tok::Eof) && !self.is_op("}") {
            let cpos = self.pos();
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
            clauses.push(CaseClause {
                pos: cpos,
                exprs,
                body,
            });
        }
        let rbrace = self.pos();
        self.want_op("}")?;
        self.leave(1);
        Ok(Stmt::Switch {
            pos,
            init: init.map(Box::new),
            tag,
            clauses,
            rbrace,
        })
    }

    fn expr_list(&mut self) -> PResult<Vec<Expr>> {
        let mut v = vec![self.expr()?];
        while self.got_op(",") {
            v.push(self.expr()?);
        }
        Ok(v)
    }

    pub fn expr(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.binary_expr(0);
        self.leave(1);
        r
    }

    fn binary_expr(&mut self, prec: u8) -> PResult<Expr> {
        let mut x = self.unary_expr()?;
        let mut chained = 0;
        while let Tok::Op(o) = self.tok() {
            let Some(op) = BinOp::from_op(o) else { break };
            let p = op.precedence();
            if p <= prec {
                break;
            }
            let pos = self.pos();
            self.next();
            if let Err(e) = self.enter() {
                self.leave(chained);
                return Err(e);
            }
            chained += 1;
            let y = match self.binary_expr(p) {
                Ok(y) => y,
                Err(e) => {
                    self.leave(chained);
                    return Err(e);
                }
            };
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
            Tok::Op("-") => Some(UnOp::Neg),
            Tok::Op("+") => Some(UnOp::Plus),
            Tok::Op("!") => Some(UnOp::Not),
            Tok::Op("^") => Some(UnOp::BitNot),
            Tok::Op("&") => Some(UnOp::Addr),
            Tok::Op("*") => Some(UnOp::Deref),
            Tok::Op("<-") => Some(UnOp::Recv),
            _ => None,
        };
        if let Some(op) = op {
            self.next();
            self.enter()?;
            let x = self.unary_expr();
            self.leave(1);
            return Ok(Expr {
                kind: ExprKind::Unary(op, Box::new(x?)),
                pos,
            });
        }
        self.primary_expr()
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
                let outer = self.xnest;
                self.xnest += 1;
                self.enter()?;
                let x = self.expr_or_type();
                self.leave(1);
                self.xnest = outer;
                let x = x?;
                self.want_op(")")?;
                ExprKind::Paren(Box::new(x))
            }
            Tok::Kw("func") => {
                self.next();
                let ft = self.signature(pos)?;
                if self.is_op("{") {
                    let outer = self.xnest;
                    self.xnest = 0;
                    let b = self.block("");
                    self.xnest = outer;
                    ExprKind::FuncLit(ft, Box::new(b?))
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
            | Tok::Kw("struct") => {
                let t = self.type_()?;
                ExprKind::Type(t)
            }
            Tok::Op("*") => {
                self.next();
                let t = self.type_()?;
                ExprKind::Type(TypeExpr {
                    kind: TypeKind::Pointer(Box::new(t)),
                    pos,
                })
            }
            _ => return self.err("expected expression"),
        };
        Ok(Expr { kind, pos })
    }

    fn expr_or_type(&mut self) -> PResult<Expr> {
        self.expr()
    }

    fn primary_expr(&mut self) -> PResult<Expr> {
        let mut x = self.operand()?;
        let mut chained = 0u32;
        let r = self.primary_suffixes(&mut x, &mut chained);
        self.leave(chained);
        r.map(|_| x)
    }

    fn primary_suffixes(&mut self, x: &mut Expr, chained: &mut u32) -> PResult<()> {
        loop {
            let pos = self.pos();
            let taken = std::mem::replace(
                x,
                Expr {
                    kind: ExprKind::Ident(String::new()),
                    pos,
                },
            );
            let newx = match self.tok() {
                Tok::Op(".") => {
                    self.next();
                    match self.tok().clone() {
                        Tok::Ident(_) => {
                            let sel = self.name()?;
                            Expr {
                                kind: ExprKind::Selector(Box::new(taken), sel),
                                pos,
                            }
                        }
                        Tok::Op("(") => {
                            self.next();
                            if self.is_kw("type") {
                                self.next();
                                self.want_op(")")?;
                                Expr {
                                    kind: ExprKind::TypeAssert(Box::new(taken), None),
                                    pos,
                                }
                            } else {
                                let t = self.type_()?;
                                self.want_op(")")?;
                                Expr {
                                    kind: ExprKind::TypeAssert(Box::new(taken), Some(t)),
                                    pos,
                                }
                            }
                        }
                        _ => return self.err("expected name or ("),
                    }
                }
                Tok::Op("[") => {
                    self.next();
                    let outer = self.xnest;
                    self.xnest += 1;
                    let r = self.index_suffix(taken, pos);
                    self.xnest = outer;
                    r?
                }
                Tok::Op("(") => {
                    self.next();
                    let outer = self.xnest;
                    self.xnest += 1;
                    let r = self.call_args();
                    self.xnest = outer;
                    let (args, ellipsis) = r?;
                    Expr {
                        kind: ExprKind::Call {
                            fun: Box::new(taken),
                            args,
                            ellipsis,
                        },
                        pos,
                    }
                }
                Tok::Op("{") => {
                    let complit_ok = match &taken.kind {
                        ExprKind::Ident(_) | ExprKind::Selector(..) => self.xnest >= 0,
                        ExprKind::Type(t) => matches!(
                            t.kind,
                            TypeKind::Slice(_)
                                | TypeKind::Array(..)
                                | TypeKind::Map(..)
                                | TypeKind::Struct
                        ),
                        _ => false,
                    };
                    if !complit_ok {
                        *x = taken;
                        return Ok(());
                    }
                    let ty = match &taken.kind {
                        ExprKind::Type(t) => t.clone(),
                        ExprKind::Ident(n) => TypeExpr {
                            kind: TypeKind::Name(n.clone()),
                            pos: taken.pos,
                        },
                        _ => TypeExpr {
                            kind: TypeKind::Struct,
                            pos: taken.pos,
                        },
                    };
                    self.next();
                    let outer = self.xnest;
                    self.xnest = 0;
                    let r = self.composite_elems();
                    self.xnest = outer;
                    let (elems, keyed) = r?;
                    Expr {
                        kind: ExprKind::Composite { ty, elems, keyed },
                        pos: taken.pos,
                    }
                }
                _ => {
                    *x = taken;
                    return Ok(());
                }
            };
            *x = newx;
            self.enter()?;
            *chained += 1;
        }
    }

    fn index_suffix(&mut self, x: Expr, pos: Pos) -> PResult<Expr> {
        if self.is_op(":") {
            self.slice_rest()?;
            return Ok(Expr {
                kind: ExprKind::SliceExpr(Box::new(x)),
                pos,
            });
        }
        let i = self.expr()?;
        if self.is_op(":") {
            self.slice_rest()?;
            return Ok(Expr {
                kind: ExprKind::SliceExpr(Box::new(x)),
                pos,
            });
        }
        if self.is_op(",") {
            return self.err("expected ]");
        }
        self.want_op("]")?;
        Ok(Expr {
            kind: ExprKind::Index(Box::new(x), Box::new(i)),
            pos,
        })
    }

    fn slice_rest(&mut self) -> PResult<()> {
        while self.got_op(":") {
            if !self.is_op("]") && !self.is_op(":") {
                let _ = self.expr()?;
            }
        }
        self.want_op("]")
    }

    fn call_args(&mut self) -> PResult<(Vec<Expr>, bool)> {
        let mut args = Vec::new();
        let mut ellipsis = false;
        while !matches!(self.tok(), Tok::Eof) && !self.is_op(")") {
            args.push(self.expr()?);
            if self.got_op("...") {
                ellipsis = true;
            }
            if !self.got_op(",") && !self.is_op(")") {
                return self.err("in argument list; possibly missing comma or )");
            }
        }
        self.want_op(")")?;
        Ok((args, ellipsis))
    }

    fn composite_elems(&mut self) -> PResult<(Vec<Expr>, bool)> {
        let mut elems = Vec::new();
        let mut keyed = false;
        while !matches!(self.tok(), Tok::Eof) && !self.is_op("}") {
            let e = if self.is_op("{") {
                // elided composite type
                let pos = self.pos();
                self.next();
                let (es, kd) = self.composite_elems_nested()?;
                Expr {
                    kind: ExprKind::Composite {
                        ty: TypeExpr {
                            kind: TypeKind::Elided,
                            pos,
                        },
                        elems: es,
                        keyed: kd,
                    },
                    pos,
                }
            } else {
                self.expr()?
            };
            if self.got_op(":") {
                keyed = true;
                let _ = self.expr()?;
            }
            elems.push(e);
            if !self.got_op(",") && !self.is_op("}") {
                return self.err("in composite literal; possibly missing comma or }");
            }
        }
        self.want_op("}")?;
        Ok((elems, keyed))
    }

    fn composite_elems_nested(&mut self) -> PResult<(Vec<Expr>, bool)> {
        self.enter()?;
        let r = self.composite_elems();
        self.leave(1);
        r
    }
}

fn stmt_kind_text(s: &Stmt) -> String {
    match s {
        Stmt::Assign {
            lhs,
            rhs,
            op: AssignOp::Define,
            ..
        } => {
            let l: Vec<String> = lhs.iter().map(expr_string).collect();
            let r: Vec<String> = rhs.iter().map(expr_string).collect();
            format!("{} := {}", l.join(", "), r.join(", "))
        }
        Stmt::IncDec { x, inc, .. } => {
            format!("{}{}", expr_string(x), if *inc { "++" } else { "--" })
        }
        _ => "statement".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(src: &str) -> (u32, u32, String) {
        let e = parse_file(src).unwrap_err();
        (e.pos.line, e.pos.col, e.msg)
    }

    #[test]
    fn parses_basic_program() {
        let f = parse_file(
            "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(1 + 2*3)\n}\n",
        )
        .unwrap();
        assert_eq!(f.imports.len(), 1);
        assert_eq!(f.decls.len(), 1);
    }

    #[test]
    fn binary_precedence() {
        let f = parse_file("package main\nvar x = 1 + 2*3 == 7 && true\n").unwrap();
        let Decl::Var(specs) = &f.decls[0] else {
            panic!()
        };
        assert_eq!(expr_string(&specs[0].values[0]), "1 + 2 * 3 == 7 && true");
        let ExprKind::Binary(BinOp::LogAnd, _, _) = specs[0].values[0].kind else {
            panic!()
        };
    }

    #[test]
    fn syntax_errors_like_gc() {
        assert_eq!(
            err("package main\nfunc main() {\n\tx := \n}\n"),
            (
                4,
                1,
                "syntax error: unexpected }, expected expression".into()
            )
        );
        assert_eq!(
            err("package main\nfunc main() {\n\tif true\n\t{\n\t}\n}\n"),
            (
                3,
                9,
                "syntax error: unexpected newline, expected { after if clause".into()
            )
        );
        assert_eq!(
            err("package main\nfunc main() {\n\tx := 1 y\n}\n"),
            (
                3,
                9,
                "syntax error: unexpected name y at end of statement".into()
            )
        );
        assert_eq!(
            err("package main\nfunc main() {\n\tf(1\n}\n"),
            (
                3,
                5,
                "syntax error: unexpected newline in argument list; possibly missing comma or )"
                    .into()
            )
        );
        assert_eq!(
            err("package main\nx := 1\n"),
            (
                2,
                1,
                "syntax error: non-declaration statement outside function body".into()
            )
        );
        assert_eq!(
            err("package main\nfunc main() \n{\n}\n"),
            (
                3,
                1,
                "syntax error: unexpected semicolon or newline before {".into()
            )
        );
        assert_eq!(
            err("package main\nfunc f(a int, b) {}\n"),
            (
                2,
                15,
                "syntax error: mixed named and unnamed parameters".into()
            )
        );
        assert_eq!(
            err("package main\nfunc main() {\n\tfor i := 0; i < 3; i++ \n\t{\n\t}\n}\n"),
            (
                3,
                25,
                "syntax error: unexpected newline, expected { after for clause".into()
            )
        );
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        crate::syntax::with_big_stack(|| {
            let src = format!(
                "package main\nvar x = {}1{}\n",
                "(".repeat(100000),
                ")".repeat(100000)
            );
            let e = parse_file(&src).unwrap_err();
            assert!(e.msg.contains("nesting"));
            let src = format!("package main\nfunc main() {{ {} }}\n", "{".repeat(100000));
            assert!(parse_file(&src).is_err());
            let src = format!("package main\nvar x = {}\n", "-".repeat(100000));
            assert!(parse_file(&src).is_err());
            let src = format!("package main\nvar x = 1{}\n", "+1".repeat(100000));
            assert!(parse_file(&src).is_err());
            let src = format!("package main\nvar x = f{}\n", "()".repeat(100000));
            assert!(parse_file(&src).is_err());
        });
    }

    #[test]
    fn range_and_for_forms() {
        let f = parse_file(
            "package main\nfunc main() {\n\tfor i := range 3 {}\n\tfor range 3 {}\n\tfor _, v := range s {}\n\tfor {}\n\tfor x < 3 {}\n}\n",
        )
        .unwrap();
        let Decl::Func(fd) = &f.decls[0] else {
            panic!()
        };
        let b = fd.body.as_ref().unwrap();
        assert!(matches!(b.stmts[0], Stmt::Range { define: true, .. }));
        assert!(matches!(b.stmts[1], Stmt::Range { key: None, .. }));
        assert!(matches!(b.stmts[2], Stmt::Range { value: Some(_), .. }));
        assert!(matches!(b.stmts[3], Stmt::For { cond: None, .. }));
        assert!(matches!(b.stmts[4], Stmt::For { cond: Some(_), .. }));
    }
}
