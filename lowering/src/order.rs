//! Evaluation order within a statement, as gc's order pass gives it: the calls of the
//! statement's expressions run first, left to right (nested calls before the call that
//! takes their results), and only then are its other operands read. `r += h()` where `h`
//! changes `r` reads the changed `r`; `[]int{a, f()}` reads `a` after `f` ran. The right
//! operand of `&&` and `||` is conditional: its calls run in their own turn. The same holds
//! for a loop's condition (each time it is evaluated), a switch case's condition, and the
//! operand of a `range`.

use crate::function::FnLowerer;
use crate::ir::{BinaryOp, Callee, Expr, ExprKind};

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
            ExprKind::Call { callee, args } => {
                if let Callee::Value(f) = callee {
                    self.precompute_calls(f);
                }
                for a in args {
                    self.precompute_calls(a);
                }
                let results = self.expr(e);
                self.precomputed.insert(e as *const Expr, results);
            }
            ExprKind::Binary(BinaryOp::LogAnd | BinaryOp::LogOr, a, _) => self.precompute_calls(a),
            ExprKind::Unary(_, x)
            | ExprKind::ToIface(x)
            | ExprKind::ErrorMethod(x)
            | ExprKind::BenchN(x)
            | ExprKind::TypeAssert { x, .. } => self.precompute_calls(x),
            ExprKind::Binary(_, a, b) | ExprKind::Index(a, b) => {
                self.precompute_calls(a);
                self.precompute_calls(b);
            }
            ExprKind::Builtin(_, args) | ExprKind::SliceLit(args) => {
                for a in args {
                    self.precompute_calls(a);
                }
            }
            ExprKind::Int(_)
            | ExprKind::Bool(_)
            | ExprKind::Str(_)
            | ExprKind::Nil
            | ExprKind::Local(_)
            | ExprKind::Global(_)
            | ExprKind::FuncRef(_)
            | ExprKind::Closure(_) => {}
        }
    }
}
