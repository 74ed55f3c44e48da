//! The abstract syntax tree of a source file (the whole Go 1.23 grammar), every node with
//! its position. Recursive nodes drop, clone and print through `source::stack::grow`, so
//! that no tree, however deep, can overflow the stack.

use source::stack::grow;
use source::Pos;
use std::fmt;

pub use super::print::{expr_string, type_string};

#[derive(Clone, Debug)]
pub struct Ident {
    pub name: String,
    pub pos: Pos,
}

#[derive(Clone, Debug)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
}

#[derive(Clone, Debug)]
pub struct Import {
    /// Explicit package name (`import f "fmt"`), if any; `.` for a dot import.
    pub name: Option<Ident>,
    pub path: String,
    /// Position of the path string.
    pub pos: Pos,
}

#[derive(Clone, Debug)]
pub enum Decl {
    Func(FuncDecl),
    Var(Vec<VarSpec>),
    Const(Vec<ConstSpec>),
    /// `type` declarations; the position is the `type` keyword's.
    Type(Vec<TypeSpec>, Pos),
}

/// `Name[TypeParams] Type` or `Name = Type` (an alias).
#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    pub tparams: Option<TypeParams>,
    pub alias: bool,
    pub ty: TypeExpr,
}

/// A type parameter list `[P any, Q ~int | string]`: each field's type is its constraint.
#[derive(Clone, Debug)]
pub struct TypeParams {
    /// Position of the `[`.
    pub pos: Pos,
    pub list: Vec<Field>,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    /// Position of the `func` keyword.
    pub pos: Pos,
    pub name: Ident,
    /// Position of the receiver's `(`, for a method declaration.
    pub recv: Option<Pos>,
    /// The receiver parameter of a method (one field).
    pub receiver: Vec<Field>,
    pub tparams: Option<TypeParams>,
    pub ty: FuncType,
    pub body: Option<Block>,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub pos: Pos,
    pub params: Vec<Field>,
    pub results: Vec<Field>,
}

/// A parameter or result: `a, b int`, or an unnamed `int`.
#[derive(Clone, Debug)]
pub struct Field {
    pub name: Option<Ident>,
    pub ty: TypeExpr,
    /// `...T`
    pub variadic: bool,
}

pub struct TypeExpr {
    pub kind: TypeKind,
    pub pos: Pos,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Debug)]
pub enum TypeKind {
    Name(String),
    Qualified(String, String),
    /// An instantiated generic type `T[A, B]`.
    Generic(Box<TypeExpr>, Vec<TypeExpr>),
    Pointer(Box<TypeExpr>),
    Slice(Box<TypeExpr>),
    /// `[N]T`; `None` for `[...]T` (composite literal types).
    Array(Option<Box<Expr>>, Box<TypeExpr>),
    Map(Box<TypeExpr>, Box<TypeExpr>),
    Chan(ChanDir, Box<TypeExpr>),
    Func(FuncType),
    Interface(Vec<InterfaceElem>),
    Struct(Vec<StructField>),
    /// A union of constraint terms `A | ~B` (type parameter constraints and interfaces).
    Union(Vec<TypeExpr>),
    /// `~T` in a constraint.
    Tilde(Box<TypeExpr>),
    /// The elided type of a composite literal element (`{1, 2}` in `[][]int{{1, 2}}`).
    Elided,
}

#[derive(Clone, Debug)]
pub enum InterfaceElem {
    Method {
        name: Ident,
        ty: FuncType,
    },
    /// An embedded interface, type or union of terms.
    Embed(TypeExpr),
}

#[derive(Clone, Debug)]
pub struct StructField {
    /// Empty for an embedded field.
    pub names: Vec<Ident>,
    pub ty: TypeExpr,
    pub tag: Option<String>,
}

#[derive(Clone, Debug)]
pub struct VarSpec {
    pub names: Vec<Ident>,
    pub ty: Option<TypeExpr>,
    pub values: Vec<Expr>,
}

#[derive(Clone, Debug)]
pub struct ConstSpec {
    pub names: Vec<Ident>,
    pub ty: Option<TypeExpr>,
    /// Values; for an implicit repetition these are a copy of the previous spec's.
    pub values: Vec<Expr>,
    pub iota: i64,
    /// Whether `values` were copied from a previous spec.
    pub implicit: bool,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub lbrace: Pos,
    pub stmts: Vec<Stmt>,
    pub rbrace: Pos,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    Shl,
    Shr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    LogAnd,
    LogOr,
}

impl BinOp {
    pub fn text(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::AndNot => "&^",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::LogAnd => "&&",
            BinOp::LogOr => "||",
        }
    }

    pub fn precedence(self) -> u8 {
        match self {
            BinOp::LogOr => 1,
            BinOp::LogAnd => 2,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => 3,
            BinOp::Add | BinOp::Sub | BinOp::Or | BinOp::Xor => 4,
            _ => 5,
        }
    }

    pub fn from_op(s: &str) -> Option<BinOp> {
        Some(match s {
            "+" => BinOp::Add,
            "-" => BinOp::Sub,
            "*" => BinOp::Mul,
            "/" => BinOp::Div,
            "%" => BinOp::Rem,
            "&" => BinOp::And,
            "|" => BinOp::Or,
            "^" => BinOp::Xor,
            "&^" => BinOp::AndNot,
            "<<" => BinOp::Shl,
            ">>" => BinOp::Shr,
            "==" => BinOp::Eq,
            "!=" => BinOp::Ne,
            "<" => BinOp::Lt,
            "<=" => BinOp::Le,
            ">" => BinOp::Gt,
            ">=" => BinOp::Ge,
            "&&" => BinOp::LogAnd,
            "||" => BinOp::LogOr,
            _ => return None,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Plus,
    Not,
    BitNot,
    /// `&x`
    Addr,
    /// `*x` (also a pointer type in expression position)
    Deref,
    /// `<-x`
    Recv,
    /// `~T`: only meaningful in constraints.
    Tilde,
}

impl UnOp {
    pub fn text(self) -> &'static str {
        match self {
            UnOp::Neg => "-",
            UnOp::Plus => "+",
            UnOp::Not => "!",
            UnOp::BitNot => "^",
            UnOp::Addr => "&",
            UnOp::Deref => "*",
            UnOp::Recv => "<-",
            UnOp::Tilde => "~",
        }
    }
}

pub struct Expr {
    pub kind: ExprKind,
    pub pos: Pos,
}

/// The indices of `x[lo:hi]` and `x[lo:hi:max]` (a full slice expression has `max`).
#[derive(Clone, Debug)]
pub struct SliceIndices {
    pub lo: Option<Expr>,
    pub hi: Option<Expr>,
    pub max: Option<Expr>,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Ident(String),
    Int(String),
    Float(String),
    Imag(String),
    Char(String),
    Str {
        raw: String,
        val: String,
    },
    FuncLit(FuncType, Box<Block>),
    /// `T{elems}`; `keyed` when any element is a [`ExprKind::KeyValue`].
    Composite {
        ty: TypeExpr,
        elems: Vec<Expr>,
        keyed: bool,
    },
    /// `key: value` in a composite literal.
    KeyValue(Box<Expr>, Box<Expr>),
    Paren(Box<Expr>),
    Selector(Box<Expr>, Ident),
    /// `x[i]`, also a generic instantiation with one type argument.
    Index(Box<Expr>, Box<Expr>),
    /// `x[A, B]`: a generic instantiation with several type arguments.
    IndexList(Box<Expr>, Vec<Expr>),
    SliceExpr(Box<Expr>, Box<SliceIndices>),
    /// `x.(T)`; `None` for `x.(type)`.
    TypeAssert(Box<Expr>, Option<TypeExpr>),
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: bool,
    },
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// A type in expression position (`[]int` as an argument of `make`, conversions).
    Type(TypeExpr),
}

#[derive(Clone, Debug)]
pub enum AssignOp {
    /// `=`
    Plain,
    /// `:=`
    Define,
    /// `op=`
    Op(BinOp),
}

/// A `case` or `default` clause of an expression or type switch (a type switch's case
/// list holds types, and `nil`, as expressions).
#[derive(Clone, Debug)]
pub struct CaseClause {
    pub pos: Pos,
    /// `None` for `default`.
    pub exprs: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
}

/// A `case` or `default` clause of a `select`.
#[derive(Clone, Debug)]
pub struct CommClause {
    pub pos: Pos,
    /// The send or receive statement; `None` for `default`.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
}

pub enum Stmt {
    Empty(Pos),
    Expr(Expr),
    IncDec {
        x: Expr,
        inc: bool,
        pos: Pos,
    },
    /// `pos` is the position of the assignment operator.
    Assign {
        lhs: Vec<Expr>,
        rhs: Vec<Expr>,
        op: AssignOp,
        pos: Pos,
    },
    Var(Vec<VarSpec>, Pos),
    Const(Vec<ConstSpec>, Pos),
    Type(Vec<TypeSpec>, Pos),
    Block(Block),
    If {
        pos: Pos,
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    For {
        pos: Pos,
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    Range {
        pos: Pos,
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    },
    Switch {
        pos: Pos,
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
        rbrace: Pos,
    },
    /// `switch [init;] [bind :=] x.(type) { ... }`
    TypeSwitch {
        pos: Pos,
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        clauses: Vec<CaseClause>,
        rbrace: Pos,
    },
    Select {
        pos: Pos,
        clauses: Vec<CommClause>,
        rbrace: Pos,
    },
    /// `ch <- v`; `pos` is the arrow's.
    Send {
        pos: Pos,
        ch: Expr,
        value: Expr,
    },
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Break {
        pos: Pos,
        label: Option<Ident>,
    },
    Continue {
        pos: Pos,
        label: Option<Ident>,
    },
    Goto {
        pos: Pos,
        label: Ident,
    },
    Fallthrough(Pos),
    Return {
        pos: Pos,
        results: Vec<Expr>,
    },
    Defer {
        pos: Pos,
        call: Expr,
    },
    Go {
        pos: Pos,
        call: Expr,
    },
}

impl Stmt {
    pub fn pos(&self) -> Pos {
        match self {
            Stmt::Empty(p)
            | Stmt::Var(_, p)
            | Stmt::Const(_, p)
            | Stmt::Type(_, p)
            | Stmt::Fallthrough(p) => *p,
            Stmt::Expr(e) => e.pos,
            Stmt::IncDec { x, .. } => x.start(),
            Stmt::Assign { lhs, pos, .. } => lhs.first().map(|e| e.start()).unwrap_or(*pos),
            Stmt::Block(b) => b.lbrace,
            Stmt::Send { ch, .. } => ch.start(),
            Stmt::If { pos, .. }
            | Stmt::For { pos, .. }
            | Stmt::Range { pos, .. }
            | Stmt::Switch { pos, .. }
            | Stmt::TypeSwitch { pos, .. }
            | Stmt::Select { pos, .. }
            | Stmt::Break { pos, .. }
            | Stmt::Continue { pos, .. }
            | Stmt::Goto { pos, .. }
            | Stmt::Return { pos, .. }
            | Stmt::Defer { pos, .. }
            | Stmt::Go { pos, .. } => *pos,
            Stmt::Labeled { label, .. } => label.pos,
        }
    }
}

impl Expr {
    /// The leftmost position of the expression (types2's `syntax.StartPos`).
    pub fn start(&self) -> Pos {
        let mut e = self;
        loop {
            match &e.kind {
                ExprKind::Binary(_, l, _) => e = l,
                ExprKind::Selector(x, _)
                | ExprKind::Index(x, _)
                | ExprKind::IndexList(x, _)
                | ExprKind::SliceExpr(x, _)
                | ExprKind::KeyValue(x, _) => e = x,
                ExprKind::TypeAssert(x, _) => e = x,
                ExprKind::Call { fun, .. } => e = fun,
                ExprKind::Composite { ty, .. } if !matches!(ty.kind, TypeKind::Elided) => {
                    return ty.pos.min(e.pos)
                }
                _ => return e.pos,
            }
        }
    }

    /// Takes the node's kind out (leaving a placeholder), for rebuilding a node.
    pub fn take_kind(&mut self) -> ExprKind {
        std::mem::replace(&mut self.kind, ExprKind::Ident(String::new()))
    }
}

impl TypeExpr {
    pub fn take_kind(&mut self) -> TypeKind {
        std::mem::replace(&mut self.kind, TypeKind::Elided)
    }
}

impl Stmt {
    /// Moves the statement out (leaving an empty statement).
    pub fn take(&mut self) -> Stmt {
        std::mem::replace(self, Stmt::Empty(Pos::default()))
    }

    /// The expression of an expression statement, moved out.
    pub fn take_expr(&mut self) -> Option<Expr> {
        match self {
            Stmt::Expr(e) => {
                let pos = e.pos;
                Some(std::mem::replace(
                    e,
                    Expr {
                        kind: ExprKind::Ident(String::new()),
                        pos,
                    },
                ))
            }
            _ => None,
        }
    }
}

// Recursive nodes: destructors, clones and debug output take each level through `grow`.

impl Drop for Expr {
    fn drop(&mut self) {
        if matches!(
            self.kind,
            ExprKind::Ident(_) | ExprKind::Int(_) | ExprKind::Str { .. }
        ) {
            return;
        }
        let kind = self.take_kind();
        grow(move || drop(kind));
    }
}

impl Drop for TypeExpr {
    fn drop(&mut self) {
        if matches!(self.kind, TypeKind::Name(_) | TypeKind::Elided) {
            return;
        }
        let kind = self.take_kind();
        grow(move || drop(kind));
    }
}

impl Drop for Stmt {
    fn drop(&mut self) {
        // Move the nested statements out, then drop them one level further down.
        let mut stmts: Vec<Stmt> = Vec::new();
        let mut clauses: Vec<CaseClause> = Vec::new();
        let mut comms: Vec<CommClause> = Vec::new();
        let boxed = |b: &mut Option<Box<Stmt>>, out: &mut Vec<Stmt>| {
            if let Some(b) = b.take() {
                out.push(*b);
            }
        };
        match self {
            Stmt::Block(b) => stmts = std::mem::take(&mut b.stmts),
            Stmt::If {
                init, then, els, ..
            } => {
                boxed(init, &mut stmts);
                boxed(els, &mut stmts);
                stmts.append(&mut then.stmts);
            }
            Stmt::For {
                init, post, body, ..
            } => {
                boxed(init, &mut stmts);
                boxed(post, &mut stmts);
                stmts.append(&mut body.stmts);
            }
            Stmt::Range { body, .. } => stmts = std::mem::take(&mut body.stmts),
            Stmt::Switch {
                init, clauses: c, ..
            }
            | Stmt::TypeSwitch {
                init, clauses: c, ..
            } => {
                boxed(init, &mut stmts);
                clauses = std::mem::take(c);
            }
            Stmt::Select { clauses: c, .. } => comms = std::mem::take(c),
            Stmt::Labeled { label, stmt } => {
                stmts.push(std::mem::replace(&mut **stmt, Stmt::Empty(label.pos)))
            }
            _ => return,
        }
        if !stmts.is_empty() || !clauses.is_empty() || !comms.is_empty() {
            grow(move || drop((stmts, clauses, comms)));
        }
    }
}

impl Clone for Expr {
    fn clone(&self) -> Expr {
        grow(|| Expr {
            kind: self.kind.clone(),
            pos: self.pos,
        })
    }
}

impl Clone for TypeExpr {
    fn clone(&self) -> TypeExpr {
        grow(|| TypeExpr {
            kind: self.kind.clone(),
            pos: self.pos,
        })
    }
}

impl Clone for Stmt {
    fn clone(&self) -> Stmt {
        grow(|| clone_stmt(self))
    }
}

fn clone_stmt(s: &Stmt) -> Stmt {
    match s {
        Stmt::Empty(p) => Stmt::Empty(*p),
        Stmt::Expr(e) => Stmt::Expr(e.clone()),
        Stmt::IncDec { x, inc, pos } => Stmt::IncDec {
            x: x.clone(),
            inc: *inc,
            pos: *pos,
        },
        Stmt::Assign { lhs, rhs, op, pos } => Stmt::Assign {
            lhs: lhs.clone(),
            rhs: rhs.clone(),
            op: op.clone(),
            pos: *pos,
        },
        Stmt::Var(v, p) => Stmt::Var(v.clone(), *p),
        Stmt::Const(v, p) => Stmt::Const(v.clone(), *p),
        Stmt::Type(v, p) => Stmt::Type(v.clone(), *p),
        Stmt::Block(b) => Stmt::Block(b.clone()),
        Stmt::If {
            pos,
            init,
            cond,
            then,
            els,
        } => Stmt::If {
            pos: *pos,
            init: init.clone(),
            cond: cond.clone(),
            then: then.clone(),
            els: els.clone(),
        },
        Stmt::For {
            pos,
            init,
            cond,
            post,
            body,
        } => Stmt::For {
            pos: *pos,
            init: init.clone(),
            cond: cond.clone(),
            post: post.clone(),
            body: body.clone(),
        },
        Stmt::Range {
            pos,
            key,
            value,
            define,
            x,
            body,
        } => Stmt::Range {
            pos: *pos,
            key: key.clone(),
            value: value.clone(),
            define: *define,
            x: x.clone(),
            body: body.clone(),
        },
        Stmt::Switch {
            pos,
            init,
            tag,
            clauses,
            rbrace,
        } => Stmt::Switch {
            pos: *pos,
            init: init.clone(),
            tag: tag.clone(),
            clauses: clauses.clone(),
            rbrace: *rbrace,
        },
        Stmt::TypeSwitch {
            pos,
            init,
            bind,
            x,
            clauses,
            rbrace,
        } => Stmt::TypeSwitch {
            pos: *pos,
            init: init.clone(),
            bind: bind.clone(),
            x: x.clone(),
            clauses: clauses.clone(),
            rbrace: *rbrace,
        },
        Stmt::Select {
            pos,
            clauses,
            rbrace,
        } => Stmt::Select {
            pos: *pos,
            clauses: clauses.clone(),
            rbrace: *rbrace,
        },
        Stmt::Send { pos, ch, value } => Stmt::Send {
            pos: *pos,
            ch: ch.clone(),
            value: value.clone(),
        },
        Stmt::Labeled { label, stmt } => Stmt::Labeled {
            label: label.clone(),
            stmt: stmt.clone(),
        },
        Stmt::Break { pos, label } => Stmt::Break {
            pos: *pos,
            label: label.clone(),
        },
        Stmt::Continue { pos, label } => Stmt::Continue {
            pos: *pos,
            label: label.clone(),
        },
        Stmt::Goto { pos, label } => Stmt::Goto {
            pos: *pos,
            label: label.clone(),
        },
        Stmt::Fallthrough(p) => Stmt::Fallthrough(*p),
        Stmt::Return { pos, results } => Stmt::Return {
            pos: *pos,
            results: results.clone(),
        },
        Stmt::Defer { pos, call } => Stmt::Defer {
            pos: *pos,
            call: call.clone(),
        },
        Stmt::Go { pos, call } => Stmt::Go {
            pos: *pos,
            call: call.clone(),
        },
    }
}

impl fmt::Debug for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        grow(|| write!(f, "Expr {{ kind: {:?}, pos: {} }}", self.kind, self.pos))
    }
}

impl fmt::Debug for TypeExpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        grow(|| write!(f, "TypeExpr {{ kind: {:?}, pos: {} }}", self.kind, self.pos))
    }
}

impl fmt::Debug for Stmt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Statements print as their source position and Go rendering of kind only.
        grow(|| write!(f, "Stmt@{}({})", self.pos(), super::print::stmt_name(self)))
    }
}
