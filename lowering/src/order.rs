//! Evaluation order within a statement, as gc's order pass gives it: the calls of the
//! statement's expressions run first, left to right (nested calls before the call that
//! takes their results), and only then are its other operands read. `r += h()` where `h`
//! changes `r` reads the changed `r`; `[]int{a, f()}` reads `a` after `f` ran. The right
//! operand of `&&` and `||` is conditional: its calls run in their own turn. The same holds
//! for a loop's condition (each time it is evaluated), a switch case's condition, and the
//! operand of a `range`.

use crate::function::FnLowerer;
use crate::ir::{BinaryOp, Expr, ExprKind};

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
            // The right operand is conditional: its calls run in their own turn.
            ExprKind::Binary(BinaryOp::LogAnd | BinaryOp::LogOr, a, _) => self.precompute_calls(a),
            // Closures' bodies are other functions.
            ExprKind::Closure(_) => {}
            _ => {
                for c in e.children() {
                    self.precompute_calls(c);
                }
                if matches!(e.kind, ExprKind::Call { .. }) {
                    let results = self.expr(e);
                    self.precomputed.insert(e as *const Expr, results);
                }
            }
        }
    }
}
