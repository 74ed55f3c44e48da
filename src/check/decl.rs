//! Local declarations: `var` specs and constant values (with `iota`) of `const` specs.

use super::operand::Operand;
use super::scope::Entity;
use super::types::{type_name, ConstVal};
use super::{Checker, R};
use crate::syntax::ast::{self};
use lowering::ir::{Block, LValue, Stmt, Type};

impl<'a> Checker<'a> {
    pub(super) fn local_var_spec(&mut self, spec: &ast::VarSpec, out: &mut Block) -> R<()> {
        let declare_invalid = |c: &mut Self| {
            for n in &spec.names {
                let (vid, _) = c.declare_var(&n.name, Type::Int, n.pos, true);
                c.vars[vid].invalid = true;
                c.scopes.insert(&n.name, Entity::Var(vid));
            }
        };
        let ty = match &spec.ty {
            Some(t) => match self.resolve_type(t) {
                Ok(t) => Some(t),
                Err(()) => {
                    declare_invalid(self);
                    return Err(());
                }
            },
            None => None,
        };
        let mut rs = Vec::new();
        if !spec.values.is_empty() {
            let tys: Vec<Option<Type>> = spec.names.iter().map(|_| ty.clone()).collect();
            match self.rhs_for(&tys, &spec.values, "variable declaration") {
                Ok(r) => rs = r,
                Err(()) => {
                    declare_invalid(self);
                    return Err(());
                }
            }
        }
        let rtypes: Vec<Type> = if rs.len() == 1 && spec.names.len() > 1 {
            match &rs[0].ty {
                Type::Tuple(ts) => ts.clone(),
                _ => vec![],
            }
        } else {
            rs.iter().map(|e| e.ty.clone()).collect()
        };
        let mut lvs = Vec::new();
        let mut new_vars = Vec::new();
        for (i, n) in spec.names.iter().enumerate() {
            let t = match &ty {
                Some(t) => t.clone(),
                None => rtypes.get(i).cloned().unwrap_or(Type::Int),
            };
            if n.name == "_" {
                lvs.push(LValue::Blank);
                continue;
            }
            let (vid, l) = self.declare_var(&n.name, t, n.pos, true);
            out.push(Stmt::Decl {
                local: l,
                pos: n.pos,
            });
            lvs.push(LValue::Local(l));
            new_vars.push((n.name.clone(), vid));
        }
        if !rs.is_empty() {
            let pos = spec.names[0].pos;
            out.push(Stmt::Assign {
                lhs: lvs,
                rhs: rs,
                pos,
            });
        }
        for (n, vid) in new_vars {
            self.scopes.insert(&n, Entity::Var(vid));
        }
        Ok(())
    }

    /// Evaluates a constant declaration's value (with `iota`), typed when `ty` is given.
    pub fn const_value(
        &mut self,
        v: &ast::Expr,
        ty: Option<&ast::TypeExpr>,
        iota: i64,
    ) -> R<(ConstVal, Option<Type>)> {
        let saved = self.iota.replace(iota);
        let r = self.const_value_inner(v, ty);
        self.iota = saved;
        r
    }

    fn const_value_inner(
        &mut self,
        v: &ast::Expr,
        ty: Option<&ast::TypeExpr>,
    ) -> R<(ConstVal, Option<Type>)> {
        let op = self.expr(v)?;
        let (val, vt) = match op {
            Operand::Const { val, ty } => (val, ty),
            other => {
                self.single(v, &other)?;
                let d = self.describe(v, &other);
                return self.error(v.start(), format!("{d} is not constant"));
            }
        };
        match ty {
            None => Ok((val, vt)),
            Some(t) => {
                let t = self.resolve_type(t)?;
                if !matches!(
                    t.under(),
                    Type::Int
                        | Type::Sized(_)
                        | Type::Float(_)
                        | Type::Complex(_)
                        | Type::Bool
                        | Type::String
                ) {
                    return self.error(
                        v.start(),
                        format!("invalid constant type {}", type_name(&t)),
                    );
                }
                let op = Operand::Const {
                    val: val.clone(),
                    ty: vt,
                };
                self.convert(op, v, &t, "constant declaration")?;
                // A typed constant holds its type's value.
                let val = super::types::typed_const_value(&val, &t);
                Ok((val, Some(t)))
            }
        }
    }

    /// A local `const` declaration: each name bound to its constant value.
    pub(super) fn local_const_specs(&mut self, specs: &[ast::ConstSpec]) -> R<()> {
        for spec in specs {
            for (i, n) in spec.names.iter().enumerate() {
                let val = match spec.values.get(i) {
                    Some(v) => self.const_value(v, spec.ty.as_ref(), spec.iota),
                    None => {
                        let _: R<()> = self.error(n.pos, "missing init expr for const declaration");
                        Err(())
                    }
                };
                if let Ok((v, t)) = val {
                    self.scopes.insert(&n.name, Entity::Const(v, t));
                }
            }
        }
        Ok(())
    }
}
