//! The abstract syntax tree of a source file (the whole Go 1.23 grammar), every node with
//! its position. Recursive nodes drop, clone and print level by level (`deep.rs`), so
//! that no tree, however deep, can overflow the stack.

use source::Pos;

pub use super::print::{expr_string, type_string};

/// An identifier as written (`_` included), with its position.
#[derive(Clone, Debug)]
pub struct Ident {
    /// The name as written.
    pub name: String,
    /// Position of the identifier's first byte.
    pub pos: Pos,
}

/// A parsed source file: package clause, imports and top-level declarations, in source order.
#[derive(Clone, Debug)]
pub struct File {
    /// The name in the `package` clause.
    pub package: Ident,
    /// The import specs, in source order.
    pub imports: Vec<Import>,
    /// The top-level declarations, in source order.
    pub decls: Vec<Decl>,
}

/// One import spec (`import "fmt"`, `import f "fmt"`, `import . "fmt"`, `import _ "fmt"`).
#[derive(Clone, Debug)]
pub struct Import {
    /// Explicit package name (`import f "fmt"`), if any; `.` for a dot import.
    pub name: Option<Ident>,
    /// The import path, unquoted (`fmt`, `math/rand`).
    pub path: String,
    /// Position of the path string.
    pub pos: Pos,
}

/// A top-level declaration.
#[derive(Clone, Debug)]
pub enum Decl {
    /// A function or method declaration.
    Func(FuncDecl),
    /// A `var` declaration: one spec per line of a `var ( ... )` group, or the single spec.
    Var(Vec<VarSpec>),
    /// A `const` declaration: one spec per line of a `const ( ... )` group, with `iota` set.
    Const(Vec<ConstSpec>),
    /// `type` declarations; the position is the `type` keyword's.
    Type(Vec<TypeSpec>, Pos),
}

/// `Name[TypeParams] Type` or `Name = Type` (an alias).
#[derive(Clone, Debug)]
pub struct TypeSpec {
    /// The declared type name.
    pub name: Ident,
    /// The type parameters of a generic type, if any.
    pub tparams: Option<TypeParams>,
    /// Whether this is an alias declaration (`type A = B`).
    pub alias: bool,
    /// The underlying type (or, for an alias, the aliased type).
    pub ty: TypeExpr,
}

/// A type parameter list `[P any, Q ~int | string]`: each field's type is its constraint.
#[derive(Clone, Debug)]
pub struct TypeParams {
    /// Position of the `[`.
    pub pos: Pos,
    /// The parameters, each with its constraint as its type.
    pub list: Vec<Field>,
}

/// A function or method declaration: `func [(recv)] Name[TypeParams](params) results [body]`.
#[derive(Clone, Debug)]
pub struct FuncDecl {
    /// Position of the `func` keyword.
    pub pos: Pos,
    /// The function's or method's name.
    pub name: Ident,
    /// Position of the receiver's `(`, for a method declaration.
    pub recv: Option<Pos>,
    /// The receiver parameter of a method (one field).
    pub receiver: Vec<Field>,
    /// The type parameters of a generic function, if any.
    pub tparams: Option<TypeParams>,
    /// The signature (parameters and results, without the receiver).
    pub ty: FuncType,
    /// The body; `None` for a declaration without one (implemented outside Go).
    pub body: Option<Block>,
}

/// A function signature: `func(params) results`, in a type, a literal or a declaration.
#[derive(Clone, Debug)]
pub struct FuncType {
    /// Position of the `func` keyword; for a declaration, of the token after the name; for an interface method, of its `(`.
    pub pos: Pos,
    /// The parameters, in order (`a, b int` is two fields of the same type).
    pub params: Vec<Field>,
    /// The results, in order; empty when there are none, unnamed fields for `int` or `(int, error)`.
    pub results: Vec<Field>,
}

/// A parameter or result: `a, b int`, or an unnamed `int`.
#[derive(Clone, Debug)]
pub struct Field {
    /// The parameter's name; `None` for an unnamed parameter.
    pub name: Option<Ident>,
    /// The parameter's type; for a variadic `...T`, `T`.
    pub ty: TypeExpr,
    /// `...T`
    pub variadic: bool,
}

/// A type as written in the source, with its position.
pub struct TypeExpr {
    /// What kind of type expression this is.
    pub kind: TypeKind,
    /// Position of the first token of the type.
    pub pos: Pos,
}

/// The direction of a channel type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    /// `chan T`: send and receive.
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

/// The kinds of type expressions.
#[derive(Clone, Debug)]
pub enum TypeKind {
    /// A type name, possibly predeclared or a type parameter (`int`, `T`, `error`).
    Name(String),
    /// A qualified type name `pkg.T`: the package name and the type name.
    Qualified(String, String),
    /// An instantiated generic type `T[A, B]`.
    Generic(Box<TypeExpr>, Vec<TypeExpr>),
    /// `*T`
    Pointer(Box<TypeExpr>),
    /// `[]T`
    Slice(Box<TypeExpr>),
    /// `[N]T`; `None` for `[...]T` (composite literal types).
    Array(Option<Box<Expr>>, Box<TypeExpr>),
    /// `map[K]V`: the key type and the element type.
    Map(Box<TypeExpr>, Box<TypeExpr>),
    /// `chan T`, `chan<- T`, `<-chan T`: the direction and the element type.
    Chan(ChanDir, Box<TypeExpr>),
    /// A function type `func(...) ...`.
    Func(FuncType),
    /// An interface type: its methods and embedded elements, in source order.
    Interface(Vec<InterfaceElem>),
    /// A struct type: its field declarations, in source order.
    Struct(Vec<StructField>),
    /// A union of constraint terms `A | ~B` (type parameter constraints and interfaces).
    Union(Vec<TypeExpr>),
    /// `~T` in a constraint.
    Tilde(Box<TypeExpr>),
    /// The elided type of a composite literal element (`{1, 2}` in `[][]int{{1, 2}}`).
    Elided,
}

/// One element of an interface type.
#[derive(Clone, Debug)]
pub enum InterfaceElem {
    /// A method `Name(params) results`.
    Method {
        /// The method's name.
        name: Ident,
        /// The method's signature.
        ty: FuncType,
    },
    /// An embedded interface, type or union of terms.
    Embed(TypeExpr),
}

/// One field declaration of a struct type: `a, b T "tag"`, or an embedded `T` / `*T`.
#[derive(Clone, Debug)]
pub struct StructField {
    /// Empty for an embedded field.
    pub names: Vec<Ident>,
    /// The fields' type (for an embedded field, the embedded type, `*T` included).
    pub ty: TypeExpr,
    /// The tag, decoded (without quotes), if any.
    pub tag: Option<String>,
}

/// One spec of a `var` declaration: `a, b T = x, y` (type or values may be omitted).
#[derive(Clone, Debug)]
pub struct VarSpec {
    /// The declared names, in order.
    pub names: Vec<Ident>,
    /// The declared type, if written.
    pub ty: Option<TypeExpr>,
    /// The initial values; empty when there are none, one expression for a multi-value call.
    pub values: Vec<Expr>,
}

/// One spec of a `const` declaration: `a, b T = x, y`, or an implicit repetition of the previous spec's type and values.
#[derive(Clone, Debug)]
pub struct ConstSpec {
    /// The declared names, in order.
    pub names: Vec<Ident>,
    /// The declared type, if written (for an implicit repetition, the previous spec's).
    pub ty: Option<TypeExpr>,
    /// Values; for an implicit repetition these are a copy of the previous spec's.
    pub values: Vec<Expr>,
    /// The value of `iota` in this spec: its index in the `const ( ... )` group, from 0.
    pub iota: i64,
    /// Whether `values` were copied from a previous spec.
    pub implicit: bool,
}

/// A braced block `{ stmts }`.
#[derive(Clone, Debug)]
pub struct Block {
    /// Position of the `{`.
    pub lbrace: Pos,
    /// The statements, in source order.
    pub stmts: Vec<Stmt>,
    /// Position of the `}` (where a missing `return` is reported).
    pub rbrace: Pos,
}

/// A binary operator, in Go's spelling (`&^` is [`BinOp::AndNot`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Rem,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `&^`
    AndNot,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `&&`
    LogAnd,
    /// `||`
    LogOr,
}

impl BinOp {
    /// The operator as written in Go.
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

    /// Go's binary operator precedence: 5 (`*` `/` `%` `<<` `>>` `&` `&^`) down to 1 (`||`).
    pub fn precedence(self) -> u8 {
        match self {
            BinOp::LogOr => 1,
            BinOp::LogAnd => 2,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => 3,
            BinOp::Add | BinOp::Sub | BinOp::Or | BinOp::Xor => 4,
            _ => 5,
        }
    }

    /// The operator spelled `s`, if `s` is a binary operator.
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

/// A unary operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// `-x`
    Neg,
    /// `+x`
    Plus,
    /// `!x`
    Not,
    /// `^x` (bitwise complement)
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
    /// The operator as written in Go.
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

/// An expression, with its position.
pub struct Expr {
    /// What kind of expression this is.
    pub kind: ExprKind,
    /// Position as gc records it: the operator of a binary or unary expression, the `.`,
    /// `[` or `(` of a selector, index, slice, assertion or call, else the first token
    /// ([`Expr::start`] gives the leftmost position).
    pub pos: Pos,
}

/// The indices of `x[lo:hi]` and `x[lo:hi:max]` (a full slice expression has `max`).
#[derive(Clone, Debug)]
pub struct SliceIndices {
    /// `lo`, if written.
    pub lo: Option<Expr>,
    /// `hi`, if written (required with `max`).
    pub hi: Option<Expr>,
    /// `max`, in a full slice expression.
    pub max: Option<Expr>,
}

/// The kinds of expressions.
#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A name (a variable, constant, function, type or package, or `_`).
    Ident(String),
    /// An integer literal, source text (`0x1F`, `1_000`).
    Int(String),
    /// A floating-point literal, source text.
    Float(String),
    /// An imaginary literal, source text (`2i`).
    Imag(String),
    /// A rune literal, source text with quotes (`'a'`, `'\n'`).
    Char(String),
    /// A string literal.
    Str {
        /// The literal's source text, quotes included.
        raw: String,
        /// The decoded value: bytes, which need not be UTF-8 (`"\xff"`).
        val: Vec<u8>,
    },
    /// A function literal: its signature and body.
    FuncLit(FuncType, Box<Block>),
    /// `T{elems}`; `keyed` when any element is a [`ExprKind::KeyValue`].
    Composite {
        /// The literal's type ([`TypeKind::Elided`] for an element of an outer literal).
        ty: TypeExpr,
        /// The elements, in source order, [`ExprKind::KeyValue`] for keyed ones.
        elems: Vec<Expr>,
        /// Whether any element is keyed.
        keyed: bool,
        /// Position of the closing `}`.
        rbrace: Pos,
    },
    /// `key: value` in a composite literal.
    KeyValue(Box<Expr>, Box<Expr>),
    /// `(x)`
    Paren(Box<Expr>),
    /// `x.sel`: a field or method selector, or a qualified identifier `pkg.Name`.
    Selector(Box<Expr>, Ident),
    /// `x[i]`, also a generic instantiation with one type argument.
    Index(Box<Expr>, Box<Expr>),
    /// `x[A, B]`: a generic instantiation with several type arguments.
    IndexList(Box<Expr>, Vec<Expr>),
    /// `x[lo:hi]` or `x[lo:hi:max]`.
    SliceExpr(Box<Expr>, Box<SliceIndices>),
    /// `x.(T)`; `None` for `x.(type)`.
    TypeAssert(Box<Expr>, Option<TypeExpr>),
    /// A call `fun(args)`, also a conversion `T(x)` and a built-in call (`make([]int, n)`).
    Call {
        /// The called expression (a function, method value, type or built-in name).
        fun: Box<Expr>,
        /// The arguments, in order.
        args: Vec<Expr>,
        /// Whether the last argument is followed by `...` (`f(xs...)`).
        ellipsis: bool,
    },
    /// A unary expression `op x`.
    Unary(UnOp, Box<Expr>),
    /// A binary expression `l op r`.
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// A type in expression position (`[]int` as an argument of `make`, conversions).
    Type(TypeExpr),
}

/// The operator of an assignment statement.
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
    /// Position of the `case` or `default` keyword.
    pub pos: Pos,
    /// `None` for `default`.
    pub exprs: Option<Vec<Expr>>,
    /// The clause's statements.
    pub body: Vec<Stmt>,
}

/// A `case` or `default` clause of a `select`.
#[derive(Clone, Debug)]
pub struct CommClause {
    /// Position of the `case` or `default` keyword.
    pub pos: Pos,
    /// The send or receive statement; `None` for `default`.
    pub comm: Option<Box<Stmt>>,
    /// The clause's statements.
    pub body: Vec<Stmt>,
}

/// A statement.
pub enum Stmt {
    /// An empty statement (a lone `;`, or the placeholder left by [`Stmt::take`]).
    Empty(Pos),
    /// An expression statement (a call or a receive).
    Expr(Expr),
    /// `x++` or `x--`.
    IncDec {
        /// The operand.
        x: Expr,
        /// Whether it is `++` (otherwise `--`).
        inc: bool,
        /// Position of the `++`/`--` operator.
        pos: Pos,
    },
    /// `pos` is the position of the assignment operator.
    Assign {
        /// The left-hand side: the variables (or, for `:=`, the names) assigned, in order.
        lhs: Vec<Expr>,
        /// The right-hand side, in order (one expression for a multi-value call).
        rhs: Vec<Expr>,
        /// `=`, `:=` or `op=`.
        op: AssignOp,
        /// Position of the assignment operator.
        pos: Pos,
    },
    /// A `var` declaration in a function body; the position is the `var` keyword's.
    Var(Vec<VarSpec>, Pos),
    /// A `const` declaration in a function body; the position is the `const` keyword's.
    Const(Vec<ConstSpec>, Pos),
    /// A `type` declaration in a function body; the position is the `type` keyword's.
    Type(Vec<TypeSpec>, Pos),
    /// A nested block `{ ... }`.
    Block(Block),
    /// `if [init;] cond { then } [else els]`.
    If {
        /// Position of the `if` keyword.
        pos: Pos,
        /// The init statement, if any.
        init: Option<Box<Stmt>>,
        /// The condition; always `Some` in a parsed file (a missing one is a syntax error).
        cond: Option<Expr>,
        /// The block run when the condition is true.
        then: Block,
        /// The `else` branch: a [`Stmt::Block`] or another [`Stmt::If`].
        els: Option<Box<Stmt>>,
    },
    /// `for [init]; [cond]; [post] { body }`, also `for cond { }` and `for { }`.
    For {
        /// Position of the `for` keyword.
        pos: Pos,
        /// The init statement, if any (run once, before the loop).
        init: Option<Box<Stmt>>,
        /// The condition; `None` for an infinite loop.
        cond: Option<Expr>,
        /// The post statement, if any (run after each iteration).
        post: Option<Box<Stmt>>,
        /// The loop body.
        body: Block,
    },
    /// `for [key[, value] =|:=] range x { body }` (also `for range x`).
    Range {
        /// Position of the `range` keyword.
        pos: Pos,
        /// The first iteration variable (index or key), if any.
        key: Option<Expr>,
        /// The second iteration variable (element or value), if any.
        value: Option<Expr>,
        /// Whether the iteration variables are declared with `:=` (otherwise assigned with `=`).
        define: bool,
        /// The ranged-over expression (slice, array, string, map, channel, integer or function).
        x: Expr,
        /// The loop body.
        body: Block,
    },
    /// `switch [init;] [tag] { clauses }`.
    Switch {
        /// Position of the `switch` keyword.
        pos: Pos,
        /// The init statement, if any.
        init: Option<Box<Stmt>>,
        /// The tag expression; `None` for a tagless switch (`switch { case cond: }`).
        tag: Option<Expr>,
        /// The `case` and `default` clauses, in source order.
        clauses: Vec<CaseClause>,
        /// Position of the closing `}`.
        rbrace: Pos,
    },
    /// `switch [init;] [bind :=] x.(type) { ... }`
    TypeSwitch {
        /// Position of the `switch` keyword.
        pos: Pos,
        /// The init statement, if any.
        init: Option<Box<Stmt>>,
        /// The name bound in each clause (`v` in `v := x.(type)`), if any.
        bind: Option<Ident>,
        /// `x` in `x.(type)`.
        x: Expr,
        /// The `case` and `default` clauses, in source order.
        clauses: Vec<CaseClause>,
        /// Position of the closing `}`.
        rbrace: Pos,
    },
    /// `select { clauses }`.
    Select {
        /// Position of the `select` keyword.
        pos: Pos,
        /// The `case` and `default` clauses, in source order.
        clauses: Vec<CommClause>,
        /// Position of the closing `}`.
        rbrace: Pos,
    },
    /// `ch <- v`; `pos` is the arrow's.
    Send {
        /// Position of the `<-` operator.
        pos: Pos,
        /// The channel.
        ch: Expr,
        /// The value sent.
        value: Expr,
    },
    /// `label: stmt`.
    Labeled {
        /// The label.
        label: Ident,
        /// The labeled statement.
        stmt: Box<Stmt>,
    },
    /// `break [label]`.
    Break {
        /// Position of the `break` keyword.
        pos: Pos,
        /// The label, if any.
        label: Option<Ident>,
    },
    /// `continue [label]`.
    Continue {
        /// Position of the `continue` keyword.
        pos: Pos,
        /// The label, if any.
        label: Option<Ident>,
    },
    /// `goto label`.
    Goto {
        /// Position of the `goto` keyword.
        pos: Pos,
        /// The target label.
        label: Ident,
    },
    /// `fallthrough`, with the keyword's position.
    Fallthrough(Pos),
    /// `return [results]`.
    Return {
        /// Position of the `return` keyword.
        pos: Pos,
        /// The returned expressions; empty for a bare `return` (one for a multi-value call).
        results: Vec<Expr>,
    },
    /// `defer call`.
    Defer {
        /// Position of the `defer` keyword.
        pos: Pos,
        /// The deferred call (any expression; the checker requires a call).
        call: Expr,
    },
    /// `go call`.
    Go {
        /// Position of the `go` keyword.
        pos: Pos,
        /// The call run in a new goroutine (any expression; the checker requires a call).
        call: Expr,
    },
}

impl Stmt {
    /// Position of the statement, as gc reports it (the leftmost position for simple statements, the keyword for the others).
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
    /// Takes the node's kind out (leaving [`TypeKind::Elided`]), for rebuilding a node.
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
