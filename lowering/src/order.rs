//! Evaluation order within a statement, as gc's order pass gives it: the calls of the
//! statement's expressions run first, left to right (nested calls before the call that
//! takes their results), and only then are its other operands read. The builtins gc's
//! order pass treats as calls (`len`, `cap`, `copy`, `append`, `make`, `min`, `max`,
//! `complex`, `real`, `imag`, string-to-slice conversions) take their turn among them:
//! `a, b := len(x), f()` reads `x` before `f` runs. `r += h()` where `h`
//! changes `r` reads the changed `r`; `[]int{a, f()}` reads `a` after `f` ran. `&&` and
//! `||` are evaluated in their turn among the calls, as gc does (their right operand is
//! conditional: its calls run inside). The same holds
//! for a loop's condition (each time it is evaluated), a switch case's condition, and the
//! operand of a `range`.

use crate::function::FnLowerer;
use crate::ir::{BinaryOp, Builtin, Expr, ExprKind, StrConv};

/// Whether `e` is a call, or an expression that gc's order pass evaluates as one (in its
/// turn among the calls, into a temporary): `&&`, `||` and some builtins.
pub(crate) fn call_like(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } | ExprKind::IfaceCall { .. } => true,
        ExprKind::Binary(BinaryOp::LogAnd | BinaryOp::LogOr, ..) => true,
        ExprKind::StrConv(k, _) => matches!(k, StrConv::ToBytes | StrConv::ToRunes),
        ExprKind::Builtin(b, _) => matches!(
            b,
            Builtin::Len
                | Builtin::Cap
                | Builtin::Copy
                | Builtin::Append
                | Builtin::AppendSlice
                | Builtin::MakeSlice
                | Builtin::MakeMap
                | Builtin::Min
                | Builtin::Max
                | Builtin::MakeComplex
                | Builtin::Real
                | Builtin::Imag
        ),
        _ => false,
    }
}

impl<'a, 'b, 'm> FnLowerer<'a, 'b, 'm> {
    /// Lowers the calls of `exprs` now, in evaluation order; lowering the expressions
    /// afterwards takes each call's results instead of calling again.
    pub(crate) fn calls_first(&mut self, exprs: &[&'a Expr]) {
        for e in exprs {
            self.precompute_calls(e);
        }
    }

    fn precompute_calls(&mut self, e: &'a Expr) {
        source::stack::grow(|| self.precompute_calls_here(e))
    }

    fn precompute_calls_here(&mut self, e: &'a Expr) {
        match &e.kind {
            // gc evaluates `&&` and `||` into a temporary in their turn among the calls
            // (after the left operand's calls); the right operand is conditional, its
            // calls run inside.
            ExprKind::Binary(BinaryOp::LogAnd | BinaryOp::LogOr, a, _) => {
                self.precompute_calls(a);
                let results = self.expr(e);
                self.precomputed.insert(e as *const Expr, results);
            }
            // Closures' bodies are other functions.
            ExprKind::Closure(_) => {}
            _ => {
                for c in e.children() {
                    self.precompute_calls(c);
                }
                if call_like(e) {
                    let results = self.expr(e);
                    self.precomputed.insert(e as *const Expr, results);
                }
            }
        }
    }
}
