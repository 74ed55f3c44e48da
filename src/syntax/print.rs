//! Go's rendering of syntax trees in messages (`syntax.String`, `ExprString`), cut off
//! with `…` past a small depth.

use super::ast::*;

/// Go's `syntax.String` / `ExprString` rendering of expressions, as used in messages.
pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e, 0);
    s
}

/// Go's rendering of a type expression, as used in messages (`[]int`, `map[string]*T`).
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
            match n {
                Some(n) => write_expr(s, n, depth + 1),
                None => s.push_str("..."),
            }
            s.push(']');
            write_type(s, x, depth + 1);
        }
        TypeKind::Generic(x, args) => {
            write_type(s, x, depth + 1);
            s.push('[');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_type(s, a, depth + 1);
            }
            s.push(']');
        }
        TypeKind::Union(terms) => {
            for (i, t) in terms.iter().enumerate() {
                if i > 0 {
                    s.push_str(" | ");
                }
                write_type(s, t, depth + 1);
            }
        }
        TypeKind::Tilde(x) => {
            s.push('~');
            write_type(s, x, depth + 1);
        }
        TypeKind::Map(k, v) => {
            s.push_str("map[");
            write_type(s, k, depth + 1);
            s.push(']');
            write_type(s, v, depth + 1);
        }
        TypeKind::Chan(dir, x) => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_type(s, x, depth + 1);
        }
        TypeKind::Func(ft) => write_functype(s, ft, depth),
        TypeKind::Interface(elems) if elems.is_empty() => s.push_str("interface{}"),
        TypeKind::Interface(_) => s.push_str("interface{…}"),
        TypeKind::Struct(fields) if fields.is_empty() => s.push_str("struct{}"),
        TypeKind::Struct(_) => s.push_str("struct{…}"),
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
        ExprKind::Composite { ty, elems, .. } => {
            write_type(s, ty, d);
            s.push_str(if elems.is_empty() { "{}" } else { "{…}" });
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
        ExprKind::IndexList(x, l) => {
            write_expr(s, x, d);
            s.push('[');
            for (i, a) in l.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_expr(s, a, d);
            }
            s.push(']');
        }
        ExprKind::SliceExpr(x, ix) => {
            write_expr(s, x, d);
            s.push('[');
            if let Some(lo) = &ix.lo {
                write_expr(s, lo, d);
            }
            s.push(':');
            if let Some(hi) = &ix.hi {
                write_expr(s, hi, d);
            }
            if let Some(max) = &ix.max {
                s.push(':');
                write_expr(s, max, d);
            }
            s.push(']');
        }
        ExprKind::KeyValue(k, v) => {
            write_expr(s, k, d);
            s.push_str(": ");
            write_expr(s, v, d);
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

/// The kind of a statement, for debug output.
pub fn stmt_name(s: &Stmt) -> &'static str {
    match s {
        Stmt::Empty(_) => "empty",
        Stmt::Expr(_) => "expression",
        Stmt::IncDec { .. } => "incdec",
        Stmt::Assign { .. } => "assignment",
        Stmt::Var(..) => "var",
        Stmt::Const(..) => "const",
        Stmt::Type(..) => "type",
        Stmt::Block(_) => "block",
        Stmt::If { .. } => "if",
        Stmt::For { .. } => "for",
        Stmt::Range { .. } => "range",
        Stmt::Switch { .. } => "switch",
        Stmt::TypeSwitch { .. } => "type switch",
        Stmt::Select { .. } => "select",
        Stmt::Send { .. } => "send",
        Stmt::Labeled { .. } => "labeled",
        Stmt::Break { .. } => "break",
        Stmt::Continue { .. } => "continue",
        Stmt::Goto { .. } => "goto",
        Stmt::Fallthrough(_) => "fallthrough",
        Stmt::Return { .. } => "return",
        Stmt::Defer { .. } => "defer",
        Stmt::Go { .. } => "go",
    }
}
