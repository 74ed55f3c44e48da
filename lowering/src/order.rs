//! Evaluation order within a statement, as gc's order pass gives it: the calls of the
//! statement's expressions run first, left to right (nested calls before the call that
//! takes their results), and only then are its other operands read. The builtins gc's
//! order pass treats as calls (`len`, `cap`, `copy`, `append`, `make`, `min`, `max`,
//! `complex`, `real`, `imag`, string-to-slice conversions) take their turn among them:
//! `a, b := len(x), f()` reads `x` before `f` runs. `r += h()` where `h`
//! changes `r` reads the changed `r`; `[]int{a, f()}` reads `a` after `f` ran. `&&` and
//! `||` are evaluated in their turn among the calls, as gc does (their right operand is
//! conditional: its calls run inside). So do conversions to interfaces that walk makes
//! by address (a bool, a struct: not a 2-, 4- or 8-byte value without pointers, a
//! string or a slice) of a value not in memory: order copies such an operand to a
//! temporary in its turn (`addrTemp`). The same holds
//! for a loop's condition (each time it is evaluated), a switch case's condition, and the
//! operand of a `range`.
//!
//! In an assignment of several values (`a[i], a[j] = a[j], a[i]`), gc stores them one by
//! one, each right after its value is read, except that a value an earlier store could
//! change is read before any store (walk's `ascompatee`): that decides which of two
//! failing index expressions panics (here `a[i]`, read early because the store to `a[i]`
//! may change it). [`FnLowerer::early_values`] makes that choice as gc does.

use crate::function::FnLowerer;
use crate::ir::{BinaryOp, Builtin, Expr, ExprKind, LValue, LocalId, Storage, StrConv, Type};
use cranelift_codegen::ir::Value;

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
                | Builtin::MakeChan
                | Builtin::ChanRecv
                | Builtin::ChanRecvOk
        ),
        _ => false,
    }
}

/// Whether values of `t` hold pointers (gc's `HasPointers`).
fn has_pointers(t: &Type) -> bool {
    match t.under() {
        Type::Int | Type::Bool | Type::Sized(_) | Type::Float(_) | Type::Complex(_) => false,
        Type::Struct(st) => st.fields.iter().any(|f| has_pointers(&f.ty)),
        Type::Array(e, n) => *n > 0 && has_pointers(e),
        _ => true,
    }
}

/// gc's `SoleComponent`: the one component of a struct or array type made of a single
/// one, else the type itself.
fn sole_component(t: &Type) -> Option<&Type> {
    match t.under() {
        Type::Struct(st) if st.fields.len() == 1 => sole_component(&st.fields[0].ty),
        Type::Struct(_) => None,
        Type::Array(e, 1) => sole_component(e),
        Type::Array(..) => None,
        _ => Some(t),
    }
}

/// Whether walk converts a value of `t` to an interface by passing its address (gc's
/// `dataWordFuncName`): not a 2-, 4- or 8-byte value without pointers, a string or a
/// slice.
fn converted_by_address(t: &Type) -> bool {
    let (size, align) = (crate::layout::size_of(t), crate::layout::align_of(t));
    let by_value = (size == 2 && align == 2)
        || (size == 4 && align == 4 && !has_pointers(t))
        || (size == 8 && align == 8 && !has_pointers(t))
        || sole_component(t).is_some_and(|c| matches!(c.under(), Type::String | Type::Slice(_)));
    !by_value
}

impl<'a, 'b, 'm> FnLowerer<'a, 'b, 'm> {
    /// The operand of the conversion `e` to an interface when gc's order pass evaluates
    /// it in its turn among the calls: order copies it to a temporary when walk will take
    /// its address ([`converted_by_address`]) and it is not a constant or already a value
    /// in memory (order's `addrTemp`). So `fmt.Println(set(&x, 1), x == 1, set(&x, 2))`
    /// compares `x` between the calls, while a plain int `x` is read after them.
    fn iface_operand_in_turn(&self, e: &'a Expr) -> Option<&'a Expr> {
        let ExprKind::ToIface(x) = &e.kind else {
            return None;
        };
        if x.ty.is_interface() || !converted_by_address(&x.ty) {
            return None;
        }
        // Constants need no temporary.
        let constant = matches!(
            x.kind,
            ExprKind::Int(_)
                | ExprKind::Bool(_)
                | ExprKind::Str(_)
                | ExprKind::Float(_)
                | ExprKind::Complex(..)
                | ExprKind::Nil
        );
        (!constant && !self.in_memory(x)).then_some(x)
    }

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
                } else if let Some(x) = self.iface_operand_in_turn(e) {
                    let results = self.expr(x);
                    self.precomputed.insert(x as *const Expr, results);
                }
            }
        }
    }
}

impl<'a, 'b, 'm> FnLowerer<'a, 'b, 'm> {
    /// For `lhs = rhs` (as many values as targets, calls already made): the values read
    /// before any store, as gc's `ascompatee` reads them (`Some`), the others (`None`)
    /// being read right before their own store. A value is read early when an earlier
    /// target's store may change it: the target is a variable it reads, or it reads
    /// memory after a store to memory (anything but an unaddressed local), or a store to
    /// a named result of a function with defers came first (a panic would show it).
    pub(crate) fn early_values(
        &mut self,
        lhs: &'a [LValue],
        rhs: &'a [Expr],
    ) -> Vec<Option<Vec<Value>>> {
        let mut out: Vec<Option<Vec<Value>>> = vec![None; rhs.len()];
        let (mut mem_write, mut all) = (false, false);
        let mut assigned: Vec<LocalId> = Vec::new();
        for (i, (l, r)) in lhs.iter().zip(rhs).enumerate() {
            if all || self.affected(r, mem_write, &assigned) {
                out[i] = Some(self.expr(r));
            }
            // Through fields and array elements to the variable or memory written.
            let mut l = l;
            while let LValue::Field { base: inner, .. } | LValue::ArrayIndex { array: inner, .. } =
                l
            {
                l = inner;
            }
            match l {
                LValue::Blank => {}
                LValue::Local(id) => {
                    let local = &self.func.locals[id.0 as usize];
                    if self.func.results.contains(id) && !self.func.defers.is_empty() {
                        all = true;
                    } else if matches!(local.storage, Storage::Value) {
                        assigned.push(*id);
                    } else {
                        mem_write = true;
                    }
                }
                _ => mem_write = true,
            }
        }
        out
    }

    /// Whether reading `e` may see an earlier store of the statement: it reads one of the
    /// `assigned` variables, or (after a store to memory) it reads memory. Calls and what
    /// gc evaluates like calls were made already: their results are temporaries.
    fn affected(&self, e: &Expr, mem_write: bool, assigned: &[LocalId]) -> bool {
        if self.precomputed.contains_key(&(e as *const Expr)) {
            return false;
        }
        let here = match &e.kind {
            ExprKind::Local(id) => {
                assigned.contains(id)
                    || (mem_write
                        && !matches!(self.func.locals[id.0 as usize].storage, Storage::Value))
            }
            ExprKind::Int(_)
            | ExprKind::Bool(_)
            | ExprKind::Str(_)
            | ExprKind::Float(_)
            | ExprKind::Complex(..)
            | ExprKind::Nil
            | ExprKind::FuncRef(_)
            | ExprKind::Unary(..)
            | ExprKind::Binary(..)
            | ExprKind::ToIface(_)
            | ExprKind::TypeAssert { .. }
            | ExprKind::TypeIs { .. }
            | ExprKind::Field(..)
            | ExprKind::Convert(_)
            | ExprKind::Word(..) => false,
            // Everything else reads memory (gc's `readsMemory` is as conservative).
            _ => mem_write,
        };
        here || e
            .children()
            .into_iter()
            .any(|c| self.affected(c, mem_write, assigned))
    }
}
