//! Defer rewriting, as gc does: `defer func(){...}()` defers the literal itself; any other
//! deferred call has its function value and arguments evaluated into temporaries at the
//! defer statement and is wrapped in a niladic `deferwrapN` closure capturing them by value.

use super::operand::Operand;
use super::{Checker, R};
use crate::syntax::ast::{self, expr_string, ExprKind as AK};
use lowering::ir::{
    Block, Builtin, Callee, Capture, DeferSite, Expr, ExprKind, FuncId, FuncKind, GcView, LValue,
    Local, LocalId, Pos, Signature, Stmt, Storage,
};

impl<'a> Checker<'a> {
    pub fn defer_stmt(&mut self, pos: Pos, call: &ast::Expr, out: &mut Block) -> R<()> {
        if let AK::Paren(_) = call.kind {
            return self.error(call.pos, "expression in defer must not be parenthesized");
        }
        let AK::Call { fun, args, .. } = &call.kind else {
            // types2 still checks the expression first
            let _ = self.expr(call)?;
            return self.error(call.start(), "expression in defer must be function call");
        };
        let in_loop = self.ctx().loop_depth > 0;
        // defer func() { ... }()
        if let AK::FuncLit(ft, body) = &fun.kind {
            if args.is_empty() && ft.params.is_empty() && ft.results.is_empty() {
                let (id, _) = self.func_lit(ft, body, fun.pos)?;
                let ctx = self.ctx();
                let index = ctx.defers.len() as u32;
                ctx.defers.push(DeferSite {
                    pos,
                    in_loop,
                    closure: id,
                    gc_view: GcView::Live,
                });
                out.push(Stmt::Defer {
                    index,
                    closure: id,
                    pos,
                });
                return Ok(());
            }
        }
        let op = self.expr(call)?;
        let builtin_callee = matches!(
            &fun.kind,
            AK::Ident(n) if matches!(self.scopes.lookup(n), Some(super::scope::Entity::Builtin(_)))
        );
        let x = match op {
            Operand::Value { e, .. } => e,
            // A builtin's constant value (`defer len("abc")`, `defer complex(1, 2)`).
            op @ Operand::Const { .. } if builtin_callee => {
                let d = self.describe(call, &op);
                return self.error(call.start(), format!("defer discards result of {d}"));
            }
            Operand::Const { .. } => {
                return self.error(call.start(), "defer requires function call, not conversion")
            }
            _ => return Err(()),
        };
        // values of builtins that may not be discarded
        if builtin_callee && matches!(x.kind, ExprKind::New(_)) {
            let d = self.describe(
                call,
                &Operand::Value {
                    e: x.clone(),
                    var: false,
                },
            );
            return self.error(call.start(), format!("defer discards result of {d}"));
        }
        if let ExprKind::Builtin(b, _) = &x.kind {
            if matches!(
                b,
                Builtin::Len
                    | Builtin::Cap
                    | Builtin::Append
                    | Builtin::AppendSlice
                    | Builtin::MakeSlice
                    | Builtin::MakeMap
                    | Builtin::Min
                    | Builtin::Max
                    | Builtin::MakeComplex
                    | Builtin::Real
                    | Builtin::Imag
            ) {
                let d = self.describe(
                    call,
                    &Operand::Value {
                        e: x.clone(),
                        var: false,
                    },
                );
                return self.error(call.start(), format!("defer discards result of {d}"));
            }
        }
        if self.is_conversion_call(fun) {
            return self.error(call.start(), "defer requires function call, not conversion");
        }
        let body_expr = self.hoist_deferred_call(call, x, pos, out)?;
        let wid = self.defer_wrapper(pos, body_expr, false);
        let ctx = self.ctx();
        let index = ctx.defers.len() as u32;
        ctx.defers.push(DeferSite {
            pos,
            in_loop,
            closure: wid,
            gc_view: GcView::Live,
        });
        out.push(Stmt::Defer {
            index,
            closure: wid,
            pos,
        });
        Ok(())
    }

    /// `go f(a, b)`: as for `defer`, the function value and the arguments are evaluated
    /// into temporaries here and a niladic `gowrapN` closure makes the call (`go func()
    /// {...}()` starts the literal itself); the runtime's `rt_go` starts a goroutine that
    /// calls the closure.
    pub fn go_stmt(&mut self, pos: Pos, call: &ast::Expr, out: &mut Block) -> R<()> {
        if let AK::Paren(_) = call.kind {
            return self.error(call.pos, "expression in go must not be parenthesized");
        }
        let AK::Call { fun, args, .. } = &call.kind else {
            let _ = self.expr(call)?;
            return self.error(call.start(), "expression in go must be function call");
        };
        let niladic_literal = matches!(&fun.kind, AK::FuncLit(ft, _)
            if args.is_empty() && ft.params.is_empty() && ft.results.is_empty());
        let closure = match &fun.kind {
            AK::FuncLit(ft, body) if niladic_literal => self.func_lit(ft, body, fun.pos)?.0,
            _ => {
                let op = self.expr(call)?;
                let builtin_callee = matches!(
                    &fun.kind,
                    AK::Ident(n) if matches!(self.scopes.lookup(n), Some(super::scope::Entity::Builtin(_)))
                );
                let x = match op {
                    Operand::Value { e, .. } => e,
                    op @ Operand::Const { .. } if builtin_callee => {
                        let d = self.describe(call, &op);
                        return self.error(call.start(), format!("go discards result of {d}"));
                    }
                    Operand::Const { .. } => {
                        return self
                            .error(call.start(), "go requires function call, not conversion")
                    }
                    _ => return Err(()),
                };
                if let ExprKind::Builtin(b, _) = &x.kind {
                    if builtin_callee
                        && !matches!(
                            b,
                            Builtin::Panic
                                | Builtin::Print
                                | Builtin::Println
                                | Builtin::Copy
                                | Builtin::Delete
                                | Builtin::ClearMap
                                | Builtin::ClearSlice
                                | Builtin::Recover
                        )
                    {
                        let d = self.describe(
                            call,
                            &Operand::Value {
                                e: x.clone(),
                                var: false,
                            },
                        );
                        return self.error(call.start(), format!("go discards result of {d}"));
                    }
                }
                if self.is_conversion_call(fun) {
                    return self.error(call.start(), "go requires function call, not conversion");
                }
                // `go recover()` calls recover in the new goroutine: nil.
                let x = match x.kind {
                    ExprKind::Builtin(Builtin::Recover, _) => Expr {
                        kind: ExprKind::Builtin(Builtin::RuntimeNop, Vec::new()),
                        ty: lowering::ir::Type::Tuple(Vec::new()),
                        pos: x.pos,
                    },
                    _ => x,
                };
                let body_expr = self.hoist_deferred_call(call, x, pos, out)?;
                self.defer_wrapper(pos, body_expr, true)
            }
        };
        let niladic = lowering::ir::Type::Func(Box::new(Signature {
            variadic: false,
            params: vec![],
            results: vec![],
        }));
        self.starts_goroutines = true;
        self.main_starts_goroutines |= self.in_main();
        out.push(Stmt::Expr(Expr {
            kind: ExprKind::Builtin(
                Builtin::Runtime("rt_go"),
                vec![Expr {
                    kind: ExprKind::Closure(closure),
                    ty: niladic,
                    pos,
                }],
            ),
            ty: lowering::ir::Type::Tuple(Vec::new()),
            pos,
        }));
        Ok(())
    }

    /// Evaluates the deferred call's function value and arguments into temporaries at the
    /// defer statement; returns the call on the temporaries (a deferred `recover()` becomes
    /// `Builtin::DeferredRecover`).
    fn hoist_deferred_call(
        &mut self,
        call: &ast::Expr,
        x: Expr,
        pos: Pos,
        out: &mut Block,
    ) -> R<Option<Expr>> {
        // evaluate the function value and the arguments into temporaries
        let hoist = |c: &mut Self, e: Expr, out: &mut Block| -> Expr {
            let ty = e.ty.clone();
            let epos = e.pos;
            let t = c.new_temp(ty.clone(), epos);
            out.push(Stmt::Decl { local: t, pos });
            out.push(Stmt::Assign {
                lhs: vec![LValue::Local(t)],
                rhs: vec![e],
                pos,
            });
            Expr {
                kind: ExprKind::Local(t),
                ty,
                pos: epos,
            }
        };
        let body_expr: Option<Expr> = match x.kind {
            ExprKind::Call { callee, args } => {
                let callee = match callee {
                    Callee::Func(id) => Callee::Func(id),
                    Callee::Value(fe) => Callee::Value(Box::new(hoist(self, *fe, out))),
                };
                let args: Vec<Expr> = args.into_iter().map(|a| hoist(self, a, out)).collect();
                Some(Expr {
                    kind: ExprKind::Call { callee, args },
                    ty: x.ty,
                    pos: x.pos,
                })
            }
            ExprKind::Builtin(Builtin::Recover, _) => Some(Expr {
                kind: ExprKind::Builtin(Builtin::DeferredRecover, Vec::new()),
                ty: lowering::ir::Type::Tuple(Vec::new()),
                pos: x.pos,
            }),
            ExprKind::Builtin(b, args) => {
                let args: Vec<Expr> = args.into_iter().map(|a| hoist(self, a, out)).collect();
                Some(Expr {
                    kind: ExprKind::Builtin(b, args),
                    ty: x.ty,
                    pos: x.pos,
                })
            }
            ExprKind::IfaceCall {
                recv,
                selector,
                sig,
                args,
            } => {
                let recv = hoist(self, *recv, out);
                // The method value is evaluated here: a nil interface panics now.
                out.push(Stmt::Expr(Expr {
                    kind: ExprKind::Builtin(Builtin::NilCheck, vec![recv.clone()]),
                    ty: lowering::ir::Type::Tuple(Vec::new()),
                    pos: recv.pos,
                }));
                let args: Vec<Expr> = args.into_iter().map(|a| hoist(self, a, out)).collect();
                Some(Expr {
                    kind: ExprKind::IfaceCall {
                        recv: Box::new(recv),
                        selector,
                        sig,
                        args,
                    },
                    ty: x.ty,
                    pos: x.pos,
                })
            }
            ExprKind::ErrorMethod(r) => {
                let r = hoist(self, *r, out);
                Some(Expr {
                    kind: ExprKind::ErrorMethod(Box::new(r)),
                    ty: x.ty,
                    pos: x.pos,
                })
            }
            _ => {
                return self.error(
                    call.start(),
                    format!(
                        "expression in defer must be function call: {}",
                        expr_string(call)
                    ),
                );
            }
        };
        Ok(body_expr)
    }

    /// The niladic `deferwrapN` (or, for a `go` statement, `gowrapN`) closure running
    /// `body_expr`, capturing every temporary used in it, by value.
    fn defer_wrapper(&mut self, pos: Pos, body_expr: Option<Expr>, go: bool) -> FuncId {
        // the wrapper captures every temporary used in its body, by value
        let wid = self.reserve_func();
        let ctx = self.ctx();
        let name = if go {
            ctx.go_wrap_counter += 1;
            format!("{}.gowrap{}", ctx.name, ctx.go_wrap_counter)
        } else {
            ctx.wrap_counter += 1;
            format!("{}.deferwrap{}", ctx.name, ctx.wrap_counter)
        };
        let mut w = self.new_ctx(
            wid,
            name,
            FuncKind::DeferWrapper,
            pos,
            Signature {
                variadic: false,
                params: vec![],
                results: vec![],
            },
        );
        let mut hoisted: Vec<(LocalId, LocalId)> = Vec::new();
        let body = match body_expr {
            Some(mut e) => {
                let outer_locals = self.ctx().locals.clone();
                rebind(&mut e, &mut |l: LocalId| {
                    if let Some(&(_, inner)) = hoisted.iter().find(|(o, _)| *o == l) {
                        return inner;
                    }
                    let index = w.captures.len() as u32;
                    let inner = LocalId(w.locals.len() as u32);
                    let src = &outer_locals[l.0 as usize];
                    w.locals.push(Local {
                        name: src.name.clone(),
                        ty: src.ty.clone(),
                        storage: Storage::Env {
                            index,
                            by_ref: false,
                        },
                        pos: src.pos,
                        loop_depth: 0,
                    });
                    w.local_vars.push(None);
                    w.captures.push(Capture {
                        outer: l,
                        inner,
                        by_ref: false,
                    });
                    w.capture_vars.push(None);
                    hoisted.push((l, inner));
                    inner
                });
                vec![Stmt::Expr(e)]
            }
            None => vec![],
        };
        self.finish_ctx(w, body, pos);
        wid
    }

    fn is_conversion_call(&self, fun: &ast::Expr) -> bool {
        match &fun.kind {
            AK::Type(_) => true,
            AK::Paren(x) => self.is_conversion_call(x),
            AK::Ident(n) => matches!(self.scopes.lookup(n), Some(super::scope::Entity::Type(_))),
            _ => false,
        }
    }
}

/// Replaces the (temporary) locals of a hoisted call by the wrapper's env locals.
fn rebind(e: &mut Expr, f: &mut dyn FnMut(LocalId) -> LocalId) {
    match &mut e.kind {
        ExprKind::Local(l) => *l = f(*l),
        ExprKind::Call { callee, args } => {
            if let Callee::Value(fe) = callee {
                rebind(fe, f);
            }
            for a in args {
                rebind(a, f);
            }
        }
        ExprKind::Builtin(_, args) => {
            for a in args {
                rebind(a, f);
            }
        }
        ExprKind::ErrorMethod(x) => rebind(x, f),
        ExprKind::IfaceCall { recv, args, .. } => {
            rebind(recv, f);
            for a in args {
                rebind(a, f);
            }
        }
        _ => {}
    }
}
