//! Addressable places: turning an addressable expression (`x`, `s[i]`, `*p`, `x.f` of
//! one of them) into an assignment target, its type, and `&x` (which moves a variable
//! to the heap: deferjit does no escape analysis yet).

use super::scope::VarId;
use super::{Checker, R};
use lowering::ir::{Expr, ExprKind, LValue, LocalId, Pos, Type};

impl<'a> Checker<'a> {
    /// The assignment target that `e` denotes, when `e` is addressable.
    pub fn addressable_lvalue(&self, e: &Expr) -> Option<LValue> {
        match &e.kind {
            ExprKind::Local(l) => Some(LValue::Local(*l)),
            ExprKind::Global(g) => Some(LValue::Global(*g)),
            ExprKind::Index(s, i) if matches!(s.ty.under(), Type::Slice(_)) => {
                Some(LValue::Index {
                    slice: (**s).clone(),
                    index: (**i).clone(),
                    pos: e.pos,
                })
            }
            ExprKind::Index(a, i) if a.ty.array_type().is_some() => Some(LValue::ArrayIndex {
                array: Box::new(self.addressable_lvalue(a)?),
                index: (**i).clone(),
                pos: e.pos,
            }),
            ExprKind::Deref(p) => Some(LValue::Deref {
                ptr: (**p).clone(),
                pos: e.pos,
            }),
            ExprKind::Field(x, i) => Some(LValue::Field {
                base: Box::new(self.addressable_lvalue(x)?),
                index: *i,
            }),
            _ => None,
        }
    }

    /// The variable an assignment to `lv` writes into, if it writes into one directly
    /// (not through a pointer or a slice).
    pub fn lvalue_root_var(&mut self, lv: &LValue) -> Option<VarId> {
        match lv {
            LValue::Local(l) => self.var_of_local(*l),
            LValue::Field { base, .. } => self.lvalue_root_var(base),
            LValue::ArrayIndex { array, .. } => self.lvalue_root_var(array),
            _ => None,
        }
    }

    /// The source variable that the local `l` of the current function stands for.
    fn var_of_local(&mut self, l: LocalId) -> Option<VarId> {
        let ctx = self.ctx();
        if let Some(Some(v)) = ctx.local_vars.get(l.0 as usize) {
            return Some(*v);
        }
        ctx.cap_map
            .iter()
            .find(|(_, local)| **local == l)
            .map(|(v, _)| *v)
    }

    /// The type of the place `lv`.
    pub fn lvalue_type(&mut self, lv: &LValue) -> Type {
        match lv {
            LValue::Blank => Type::Tuple(Vec::new()),
            LValue::Local(l) => self.ctx().locals[l.0 as usize].ty.clone(),
            LValue::Global(g) => self.globals[g.0 as usize].ty.clone(),
            LValue::Index { slice, .. } => match slice.ty.under() {
                Type::Slice(e) => (**e).clone(),
                _ => Type::Int,
            },
            LValue::MapIndex { map, .. } => match map.ty.under() {
                Type::Map(_, v) => (**v).clone(),
                _ => Type::Int,
            },
            LValue::Deref { ptr, .. } => match ptr.ty.under() {
                Type::Pointer(e) => (**e).clone(),
                _ => Type::Int,
            },
            LValue::ArrayIndex { array, .. } => {
                let at = self.lvalue_type(array);
                at.array_type().map(|(e, _)| e.clone()).unwrap_or(Type::Int)
            }
            LValue::Field { base, index } => {
                let bt = self.lvalue_type(base);
                bt.struct_type()
                    .and_then(|st| st.fields.get(*index as usize))
                    .map(|f| f.ty.clone())
                    .unwrap_or(Type::Int)
            }
        }
    }

    /// `&e` for an addressable `e` (also a pointer method's receiver): the variable it
    /// lives in (if any) moves to memory (escape analysis decides whether in the frame) and
    /// counts as assigned (it may change through the pointer).
    pub fn address_of(&mut self, e: Expr, pos: Pos) -> R<Expr> {
        let Some(lv) = self.addressable_lvalue(&e) else {
            return Err(());
        };
        if let Some(v) = self.lvalue_root_var(&lv) {
            self.vars[v].addressed = true;
            self.vars[v].assigned = true;
        }
        Ok(Expr {
            kind: ExprKind::AddrOf(Box::new(lv)),
            ty: Type::Pointer(Box::new(e.ty)),
            pos,
        })
    }
}
