//! Destructors, clones and debug output of the recursive syntax-tree nodes ([`Expr`],
//! [`TypeExpr`], [`Stmt`]): each level goes through `source::stack::grow`, so that no tree,
//! however deep, can overflow the stack.

use super::ast::*;
use source::stack::grow;
use std::fmt;

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
