//! The abstract syntax tree of a source file, every node with its position.

use lowering::ir::Pos;

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
    /// Explicit package name (`import f "fmt"`), if any.
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
    /// `type` declarations are outside the subset; kept to report them.
    Type(Pos),
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    /// Position of the `func` keyword.
    pub pos: Pos,
    pub name: Ident,
    /// Position of a receiver, if one was written (not supported).
    pub recv: Option<Pos>,
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
    /// `...T` (variadic; not supported).
    pub variadic: bool,
}

#[derive(Clone, Debug)]
pub struct TypeExpr {
    pub kind: TypeKind,
    pub pos: Pos,
}

#[derive(Clone, Debug)]
pub enum TypeKind {
    Name(String),
    Qualified(String, String),
    Pointer(Box<TypeExpr>),
    Slice(Box<TypeExpr>),
    Array(Box<Expr>, Box<TypeExpr>),
    Map(Box<TypeExpr>, Box<TypeExpr>),
    Chan(Box<TypeExpr>),
    Func(FuncType),
    /// `interface{}` (true) or an interface with methods (false; unsupported).
    Interface(bool),
    Struct,
    /// The elided type of a composite literal element (`{1, 2}` in `[][]int{{1, 2}}`).
    Elided,
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
    /// `&x` (unsupported)
    Addr,
    /// `*x` (unsupported)
    Deref,
    /// `<-x` (unsupported)
    Recv,
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
        }
    }
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub pos: Pos,
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
    /// `T{elems}`; `keyed` when any element was written `k: v` (unsupported).
    Composite {
        ty: TypeExpr,
        elems: Vec<Expr>,
        keyed: bool,
    },
    Paren(Box<Expr>),
    Selector(Box<Expr>, Ident),
    Index(Box<Expr>, Box<Expr>),
    /// `x[a:b]` (unsupported)
    SliceExpr(Box<Expr>),
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

#[derive(Clone, Debug)]
pub struct CaseClause {
    pub pos: Pos,
    /// `None` for `default`.
    pub exprs: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
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
    Type(Pos),
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
    /// `switch x := y.(type)` (unsupported)
    TypeSwitch(Pos),
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
    Goto(Pos),
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
    /// Channel operations, `select` and other unsupported statements.
    Unsupported(Pos, &'static str),
}

impl Stmt {
    pub fn pos(&self) -> Pos {
        match self {
            Stmt::Empty(p)
            | Stmt::Var(_, p)
            | Stmt::Const(_, p)
            | Stmt::Type(p)
            | Stmt::TypeSwitch(p)
            | Stmt::Goto(p)
            | Stmt::Fallthrough(p)
            | Stmt::Unsupported(p, _) => *p,
            Stmt::Expr(e) => e.pos,
            Stmt::IncDec { x, .. } => x.start(),
            Stmt::Assign { lhs, pos, .. } => lhs.first().map(|e| e.start()).unwrap_or(*pos),
            Stmt::Block(b) => b.lbrace,
            Stmt::If { pos, .. }
            | Stmt::For { pos, .. }
            | Stmt::Range { pos, .. }
            | Stmt::Switch { pos, .. }
            | Stmt::Break { pos, .. }
            | Stmt::Continue { pos, .. }
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
                ExprKind::Selector(x, _) | ExprKind::Index(x, _) | ExprKind::SliceExpr(x) => e = x,
                ExprKind::TypeAssert(x, _) => e = x,
                ExprKind::Call { fun, .. } => e = fun,
                _ => return e.pos,
            }
        }
    }
}

/// Go's `syntax.String` / `ExprString` rendering of expressions, as used in messages.
pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e, 0);
    s
}

pub fn type_string(t: &TypeExpr) -> String {
    let mut s = String::new();
    write_type(&mut s, t, 0);
    s
}

fn write_type(s: &mut String, t: &TypeExpr, depth: u32) {
    if depth > 50 {
        s.push('…');
        return;
    }
    match &t.kind {
        TypeKind::Name(n) => s.push_str(n),
        TypeKind::Qualified(p, n) => {
            s.push_str(p);
            s.push('.');
            s.push_str(n);
        }
        TypeKind::Pointer(x) => {
            s.push('*');
            write_type(s, x, depth + 1);
        }
        TypeKind::Slice(x) => {
            s.push_str("[]");
            write_type(s, x, depth + 1);
        }
        TypeKind::Array(n, x) => {
            s.push('[');
            write_expr(s, n, depth + 1);
            s.push(']');
            write_type(s, x, depth + 1);
        }
        TypeKind::Map(k, v) => {
            s.push_str("map[");
            write_type(s, k, depth + 1);
            s.push(']');
            write_type(s, v, depth + 1);
        }
        TypeKind::Chan(x) => {
            s.push_str("chan ");
            write_type(s, x, depth + 1);
        }
        TypeKind::Func(ft) => write_functype(s, ft, depth),
        TypeKind::Interface(true) => s.push_str("interface{}"),
        TypeKind::Interface(false) => s.push_str("interface{…}"),
        TypeKind::Struct => s.push_str("struct{…}"),
        TypeKind::Elided => {}
    }
}

fn write_fields(s: &mut String, fs: &[Field], depth: u32) {
    for (i, f) in fs.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if let Some(n) = &f.name {
            s.push_str(&n.name);
            s.push(' ');
        }
        if f.variadic {
            s.push_str("...");
        }
        write_type(s, &f.ty, depth + 1);
    }
}

fn write_functype(s: &mut String, ft: &FuncType, depth: u32) {
    s.push_str("func(");
    write_fields(s, &ft.params, depth);
    s.push(')');
    if ft.results.len() == 1 && ft.results[0].name.is_none() {
        s.push(' ');
        write_type(s, &ft.results[0].ty, depth + 1);
    } else if !ft.results.is_empty() {
        s.push_str(" (");
        write_fields(s, &ft.results, depth);
        s.push(')');
    }
}

fn write_expr(s: &mut String, e: &Expr, depth: u32) {
    if depth > 50 {
        s.push('…');
        return;
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::Ident(n) => s.push_str(n),
        ExprKind::Int(l) | ExprKind::Float(l) | ExprKind::Imag(l) | ExprKind::Char(l) => {
            s.push_str(l)
        }
        ExprKind::Str { raw, .. } => s.push_str(raw),
        ExprKind::FuncLit(ft, _) => {
            write_functype(s, ft, d);
            s.push_str(" {…}");
        }
        ExprKind::Composite { ty, .. } => {
            write_type(s, ty, d);
            s.push_str("{…}");
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x, d);
            s.push(')');
        }
        ExprKind::Selector(x, n) => {
            write_expr(s, x, d);
            s.push('.');
            s.push_str(&n.name);
        }
        ExprKind::Index(x, i) => {
            write_expr(s, x, d);
            s.push('[');
            write_expr(s, i, d);
            s.push(']');
        }
        ExprKind::SliceExpr(x) => {
            write_expr(s, x, d);
            s.push_str("[:]");
        }
        ExprKind::TypeAssert(x, t) => {
            write_expr(s, x, d);
            s.push_str(".(");
            match t {
                Some(t) => write_type(s, t, d),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call {
            fun,
            args,
            ellipsis,
        } => {
            write_expr(s, fun, d);
            s.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_expr(s, a, d);
            }
            if *ellipsis {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Unary(op, x) => {
            s.push_str(op.text());
            write_expr(s, x, d);
        }
        ExprKind::Binary(op, l, r) => {
            write_binary_operand(s, l, op.precedence(), false, d);
            s.push(' ');
            s.push_str(op.text());
            s.push(' ');
            write_binary_operand(s, r, op.precedence(), true, d);
        }
        ExprKind::Type(t) => write_type(s, t, d),
    }
}

fn write_binary_operand(s: &mut String, e: &Expr, prec: u8, right: bool, depth: u32) {
    if let ExprKind::Binary(op, _, _) = &e.kind {
        let p = op.precedence();
        if p < prec || (right && p == prec) {
            s.push('(');
            write_expr(s, e, depth);
            s.push(')');
            return;
        }
    }
    write_expr(s, e, depth);
}
