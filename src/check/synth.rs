//! Functions the checker synthesizes around a method (interface wrappers, method values,
//! promoted methods): their parameter and result locals, and a body that calls the
//! method with its receiver first and returns what it returns.

use super::FnCtx;
use lowering::ir::{
    Callee, Expr, ExprKind, FuncId, Local, LocalId, Pos, Signature, Stmt, Storage, Type,
};

/// A new local of the synthesized function `w`.
pub(super) fn new_local(
    w: &mut FnCtx,
    name: String,
    ty: Type,
    storage: Storage,
    pos: Pos,
) -> LocalId {
    let l = LocalId(w.locals.len() as u32);
    w.locals.push(Local {
        name,
        ty,
        storage,
        pos,
        loop_depth: 0,
    });
    w.local_vars.push(None);
    l
}

/// Declares the parameters and results of `sig` in `w` (`~p0`.., `~r0`..); returns the
/// parameters as expressions.
pub(super) fn params_and_results(w: &mut FnCtx, sig: &Signature, pos: Pos) -> Vec<Expr> {
    let mut args = Vec::new();
    for (i, t) in sig.params.iter().enumerate() {
        let l = new_local(w, format!("~p{i}"), t.clone(), Storage::Value, pos);
        w.params.push(l);
        args.push(Expr {
            kind: ExprKind::Local(l),
            ty: t.clone(),
            pos,
        });
    }
    for (i, t) in sig.results.iter().enumerate() {
        let l = new_local(w, format!("~r{i}"), t.clone(), Storage::Value, pos);
        w.results.push(l);
    }
    args
}

/// The type of a call of a function with results `results`.
pub(super) fn call_type(results: &[Type]) -> Type {
    if results.len() == 1 {
        results[0].clone()
    } else {
        Type::Tuple(results.to_vec())
    }
}

/// `return f(args)` (or `f(args)` when `results` is empty), appended to `body`.
pub(super) fn call_and_return(
    body: &mut Vec<Stmt>,
    func: FuncId,
    args: Vec<Expr>,
    results: &[Type],
    pos: Pos,
) {
    let call = Expr {
        kind: ExprKind::Call {
            callee: Callee::Func(func),
            args,
        },
        ty: call_type(results),
        pos,
    };
    if results.is_empty() {
        body.push(Stmt::Expr(call));
    } else {
        body.push(Stmt::Return {
            values: vec![call],
            pos,
        });
    }
}
