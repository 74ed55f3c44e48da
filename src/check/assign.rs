//! Assignments: left-hand sides, `=` and `:=` with one or many values (incl. comma-ok forms
//! and `f()` spreading), op-assignments and `++`/`--`, and Go's count-mismatch messages.

use super::operand::{int_expr, Operand};
use super::scope::Entity;
use super::stmt::unparen;
use super::types::type_name;
use super::{Checker, R};
use crate::syntax::ast::{self, expr_string, BinOp, ExprKind as AK};
use lowering::ir::{Block, Expr, ExprKind, LValue, Pos, Stmt, Type};

impl<'a> Checker<'a> {
    /// An assignment target.
    pub(super) fn lvalue(&mut self, e: &ast::Expr, mark: bool) -> R<(LValue, Option<Type>)> {
        let inner = unparen(e);
        match &inner.kind {
            AK::Ident(n) if n == "_" => Ok((LValue::Blank, None)),
            AK::Ident(n) => {
                match self.scopes.lookup(n).cloned() {
                    Some(Entity::Var(vid)) => {
                        if self.vars[vid].invalid {
                            return Err(());
                        }
                        if mark {
                            self.mark_assigned(vid);
                        }
                        let l = self.var_local(vid);
                        Ok((LValue::Local(l), Some(self.vars[vid].ty.clone())))
                    }
                    Some(Entity::Global(g)) => {
                        self.add_ref_global(g.0);
                        Ok((
                            LValue::Global(g),
                            Some(self.globals[g.0 as usize].ty.clone()),
                        ))
                    }
                    Some(Entity::PendingGlobal(i)) => {
                        self.resolve_pkg_var(i)?;
                        match self.scopes.lookup(n) {
                            Some(Entity::Global(_)) => self.lvalue(e, mark),
                            _ => Err(()),
                        }
                    }
                    Some(_) => {
                        let _ = self.expr(inner)?;
                        self.error(
                        inner.start(),
                        format!("cannot assign to {} (neither addressable nor a map index expression)", expr_string(inner)),
                    )
                    }
                    None => self.error(inner.pos, format!("undefined: {n}")),
                }
            }
            _ => {
                let op = self.expr(inner)?;
                if let Operand::Value {
                    e:
                        Expr {
                            kind: ExprKind::MapIndex { map, key, .. },
                            ty,
                            ..
                        },
                    ..
                } = &op
                {
                    return Ok((
                        LValue::MapIndex {
                            map: (**map).clone(),
                            key: (**key).clone(),
                        },
                        Some(ty.clone()),
                    ));
                }
                if let Operand::Value { e, .. } = &op {
                    // `m[k].f = v`: a field of a map element is not addressable.
                    let mut b = e;
                    while let ExprKind::Field(x, _) = &b.kind {
                        b = x;
                    }
                    if !std::ptr::eq(b, e) && matches!(b.kind, ExprKind::MapIndex { .. }) {
                        return self.error(
                            inner.start(),
                            format!(
                                "cannot assign to struct field {} in map",
                                expr_string(inner)
                            ),
                        );
                    }
                }
                if let Operand::Value { e, var: true } = &op {
                    if let Some(lv) = self.addressable_lvalue(e) {
                        if mark {
                            if let Some(v) = self.lvalue_root_var(&lv) {
                                self.mark_assigned(v);
                            }
                        }
                        return Ok((lv, Some(e.ty.clone())));
                    }
                }
                self.error(
                    inner.start(),
                    format!(
                        "cannot assign to {} (neither addressable nor a map index expression)",
                        expr_string(inner)
                    ),
                )
            }
        }
    }

    fn assign_mismatch(&mut self, rhs: &[ast::Expr], l: usize, r: usize) -> R<()> {
        let vars = if l == 1 {
            "1 variable".to_string()
        } else {
            format!("{l} variables")
        };
        let vals = if r == 1 {
            "1 value".to_string()
        } else {
            format!("{r} values")
        };
        if rhs.len() == 1 {
            if let AK::Call { fun, .. } = &unparen(&rhs[0]).kind {
                return self.error(
                    rhs[0].start(),
                    format!(
                        "assignment mismatch: {vars} but {} returns {vals}",
                        expr_string(fun)
                    ),
                );
            }
        }
        self.error(
            rhs[0].start(),
            format!("assignment mismatch: {vars} but {vals}"),
        )
    }

    /// Checks right-hand sides for `n` targets of the given types (`None`: default type).
    /// Returns the IR right-hand sides (one tuple expression for `a, b = f()`).
    pub(super) fn rhs_for(
        &mut self,
        lhs_types: &[Option<Type>],
        rhs: &[ast::Expr],
        context: &str,
    ) -> R<Vec<Expr>> {
        let n = lhs_types.len();
        if rhs.len() == 1 && n == 2 {
            if let AK::Index(..) = &unparen(&rhs[0]).kind {
                let op = self.expr(&rhs[0])?;
                if let Operand::Value {
                    e:
                        Expr {
                            kind: ExprKind::MapIndex { map, key, .. },
                            ty,
                            pos,
                        },
                    ..
                } = op
                {
                    if let Some(Some(lt)) = lhs_types.first() {
                        if !super::types::assignable(&ty, lt) {
                            return self.error(
                                rhs[0].start(),
                                format!(
                                    "cannot use {} (map index expression of type {}) as {} value in {context}",
                                    expr_string(&rhs[0]),
                                    type_name(&ty),
                                    type_name(lt)
                                ),
                            );
                        }
                    }
                    return Ok(vec![Expr {
                        kind: ExprKind::MapIndex {
                            map,
                            key,
                            comma_ok: true,
                        },
                        ty: Type::Tuple(vec![ty, Type::Bool]),
                        pos,
                    }]);
                }
            }
            if let AK::Unary(ast::UnOp::Recv, x) = &unparen(&rhs[0]).kind {
                let r = self.recv_comma_ok(unparen(&rhs[0]), x)?;
                if let (Some(Some(lt)), Type::Tuple(ts)) = (lhs_types.first(), &r.ty) {
                    if *lt != ts[0] {
                        if super::types::assignable(&ts[0], lt) {
                            return self.unsupported(
                                rhs[0].start(),
                                "comma-ok receive into a variable of another type",
                            );
                        }
                        return self.error(
                            rhs[0].start(),
                            format!(
                                "cannot use {} (comma, ok expression of type {}) as {} value in {context}",
                                expr_string(&rhs[0]),
                                type_name(&ts[0]),
                                type_name(lt)
                            ),
                        );
                    }
                }
                if let Some(Some(t2)) = lhs_types.get(1) {
                    if *t2.under() != Type::Bool {
                        return self.error(
                            rhs[0].start(),
                            format!(
                                "cannot use {} (untyped bool value) as {} value in {context}",
                                expr_string(&rhs[0]),
                                type_name(t2)
                            ),
                        );
                    }
                }
                return Ok(vec![r]);
            }
            if let AK::TypeAssert(x, Some(t)) = &unparen(&rhs[0]).kind {
                let (xe, target) = self.assert_parts(unparen(&rhs[0]), x, t)?;
                if let Some(Some(lt)) = lhs_types.first() {
                    if *lt != target
                        && !(lt.is_interface() && super::types::assignable(&target, lt))
                    {
                        let msg = format!(
                            "cannot use {} (comma, ok expression of type {}) as {} value in {context}",
                            expr_string(&rhs[0]),
                            type_name(&target),
                            type_name(lt)
                        );
                        return self.error(rhs[0].start(), msg);
                    }
                    if *lt != target {
                        return self.unsupported(
                            rhs[0].start(),
                            "comma-ok assertion into a variable of another type",
                        );
                    }
                }
                if let Some(Some(t2)) = lhs_types.get(1) {
                    if *t2 != Type::Bool {
                        return self.error(
                            rhs[0].start(),
                            format!(
                                "cannot use {} (untyped bool value) as {} value in {context}",
                                expr_string(&rhs[0]),
                                type_name(t2)
                            ),
                        );
                    }
                }
                let pos = unparen(&rhs[0]).pos;
                return Ok(vec![Expr {
                    kind: ExprKind::TypeAssert {
                        x: Box::new(xe),
                        target: target.clone(),
                        comma_ok: true,
                    },
                    ty: Type::Tuple(vec![target, Type::Bool]),
                    pos,
                }]);
            }
        }
        if rhs.len() == 1 && n > 1 {
            let op = self.expr(&rhs[0])?;
            if let Operand::Value { e: x, .. } = &op {
                if let Type::Tuple(ts) = &x.ty {
                    if ts.len() != n {
                        self.assign_mismatch(rhs, n, ts.len())?;
                    }
                    for (i, (t, lt)) in ts.iter().zip(lhs_types).enumerate() {
                        if let Some(lt) = lt {
                            if t != lt {
                                let _ = i;
                                if super::types::assignable(t, lt) {
                                    return self.unsupported(
                                        rhs[0].start(),
                                        "assigning a multi-value call with interface conversion",
                                    );
                                }
                                let msg = format!(
                                    "cannot use {} value of type {} as {} value in {context}",
                                    expr_string(&rhs[0]),
                                    type_name(t),
                                    type_name(lt)
                                );
                                return self.error(rhs[0].start(), msg);
                            }
                        }
                    }
                    return Ok(vec![x.clone()]);
                }
            }
            self.single(&rhs[0], &op)?;
            return self.assign_mismatch(rhs, n, 1).map(|_| vec![]);
        }
        if rhs.len() != n {
            // check the operands first (errors in them come first)
            let mut ops = Vec::new();
            for r in rhs {
                ops.push(self.expr(r)?);
            }
            if rhs.len() == 1 {
                if let Operand::Value { e: x, .. } = &ops[0] {
                    if let Type::Tuple(ts) = &x.ty {
                        if !ts.is_empty() {
                            return self.assign_mismatch(rhs, n, ts.len()).map(|_| vec![]);
                        }
                    }
                }
                self.single(&rhs[0], &ops[0])?;
            }
            return self.assign_mismatch(rhs, n, rhs.len()).map(|_| vec![]);
        }
        let mut out = Vec::new();
        let mut failed = false;
        for (r, lt) in rhs.iter().zip(lhs_types) {
            let op = match self.expr(r) {
                Ok(op) => op,
                Err(()) => {
                    failed = true;
                    continue;
                }
            };
            if n == 1 {
                if let Operand::Value { e: x, .. } = &op {
                    if let Type::Tuple(ts) = &x.ty {
                        if ts.len() > 1 {
                            return self.assign_mismatch(rhs, 1, ts.len()).map(|_| vec![]);
                        }
                    }
                }
            }
            let x = match lt {
                Some(t) => self.convert(op, r, t, context),
                None => self.default_value(op, r, context),
            };
            match x {
                Ok(x) => out.push(x),
                Err(()) => failed = true,
            }
        }
        if failed {
            return Err(());
        }
        Ok(out)
    }

    pub(super) fn assign(
        &mut self,
        lhs: &[ast::Expr],
        rhs: &[ast::Expr],
        pos: Pos,
        out: &mut Block,
    ) -> R<()> {
        let mut lvs = Vec::new();
        let mut tys = Vec::new();
        for l in lhs {
            let (lv, t) = self.lvalue(l, true)?;
            lvs.push(lv);
            tys.push(t);
        }
        let rs = self.rhs_for(&tys, rhs, "assignment")?;
        out.push(Stmt::Assign {
            lhs: lvs,
            rhs: rs,
            pos,
        });
        Ok(())
    }

    pub(super) fn define(
        &mut self,
        lhs: &[ast::Expr],
        rhs: &[ast::Expr],
        pos: Pos,
        out: &mut Block,
    ) -> R<()> {
        // which names are new
        let mut names = Vec::new();
        let mut any_new = false;
        let mut bad = false;
        for l in lhs {
            match &l.kind {
                AK::Ident(n) => {
                    if n != "_" && names.iter().any(|(m, _, _): &(String, Pos, bool)| m == n) {
                        let _: R<()> =
                            self.error(l.pos, format!("{n} repeated on left side of :="));
                        bad = true;
                    }
                    let existing =
                        n != "_" && matches!(self.scopes.declared_here(n), Some(Entity::Var(_)));
                    if n != "_" && !existing {
                        any_new = true;
                    }
                    names.push((n.clone(), l.pos, existing));
                }
                _ => {
                    let _: R<()> = self.error(
                        l.start(),
                        format!("non-name {} on left side of :=", expr_string(l)),
                    );
                    bad = true;
                }
            }
        }
        if bad {
            return Err(());
        }
        if !any_new {
            let _: R<()> = self.error(pos, "no new variables on left side of :=");
        }
        // types of the existing variables
        let mut tys = Vec::new();
        for (n, _, existing) in &names {
            if *existing {
                if let Some(Entity::Var(vid)) = self.scopes.declared_here(n).cloned() {
                    tys.push(Some(self.vars[vid].ty.clone()));
                    continue;
                }
            }
            tys.push(None);
        }
        let rs = self.rhs_for(&tys, rhs, "assignment");
        let rs = match rs {
            Ok(rs) => rs,
            Err(()) => {
                // declare the new names as invalid to avoid follow-on errors
                for (n, p, existing) in &names {
                    if !existing && n != "_" {
                        let (vid, _) = self.declare_var(n, Type::Int, *p, true);
                        self.vars[vid].invalid = true;
                        self.scopes.insert(n, Entity::Var(vid));
                    }
                }
                return Err(());
            }
        };
        // the types of the new variables
        let rtypes: Vec<Type> = if rs.len() == 1 && names.len() > 1 {
            match &rs[0].ty {
                Type::Tuple(ts) => ts.clone(),
                _ => vec![],
            }
        } else {
            rs.iter().map(|e| e.ty.clone()).collect()
        };
        let mut lvs = Vec::new();
        for (i, (n, p, existing)) in names.iter().enumerate() {
            if n == "_" {
                lvs.push(LValue::Blank);
                continue;
            }
            if *existing {
                if let Some(Entity::Var(vid)) = self.scopes.declared_here(n).cloned() {
                    self.mark_assigned(vid);
                    let l = self.var_local(vid);
                    lvs.push(LValue::Local(l));
                    continue;
                }
            }
            let ty = rtypes.get(i).cloned().unwrap_or(Type::Int);
            let (vid, l) = self.declare_var(n, ty, *p, true);
            out.push(Stmt::Decl { local: l, pos: *p });
            lvs.push(LValue::Local(l));
            self.scopes.insert(n, Entity::Var(vid));
        }
        out.push(Stmt::Assign {
            lhs: lvs,
            rhs: rs,
            pos,
        });
        Ok(())
    }

    /// `x op= y`, `x++`, `x--`.
    pub(super) fn op_assign(
        &mut self,
        x: &ast::Expr,
        op: BinOp,
        y: &ast::Expr,
        pos: Pos,
        incdec: bool,
        out: &mut Block,
    ) -> R<()> {
        let (lv, lt) = self.lvalue(x, true)?;
        // x counts as used
        if let AK::Ident(n) = &unparen(x).kind {
            if let Some(Entity::Var(vid)) = self.scopes.lookup(n).cloned() {
                self.vars[vid].used = true;
            }
        }
        let lt = match lt {
            Some(t) => t,
            None => return self.error(x.start(), "cannot use _ as value"),
        };
        if incdec && !lt.is_numeric() {
            let msg = format!(
                "invalid operation: {}{} (non-numeric type {})",
                expr_string(x),
                if op == BinOp::Add { "++" } else { "--" },
                type_name(&lt)
            );
            return self.error(x.start(), msg);
        }
        // the current value, with index operands and pointers evaluated once
        if matches!(lv, LValue::Blank) {
            return self.error(x.start(), "cannot use _ as value");
        }
        let (lv, cur) = self.stable_place(lv, &lt, x.start(), out);
        let lo = Operand::Value { e: cur, var: true };
        let ro = self.expr(y)?;
        self.single(y, &ro)?;
        let whole = ast::Expr {
            kind: AK::Binary(op, Box::new(x.clone()), Box::new(y.clone())),
            pos,
        };
        let nerr = self.errors.len();
        let res = self.binary_operands(&whole, op, x, lo, y, ro);
        if res.is_err() && !incdec {
            let plain = format!(" {} ", op.text());
            let assign = format!(" {}= ", op.text());
            let whole_s = expr_string(&whole);
            let fixed = whole_s.replacen(&plain, &assign, 1);
            for e in self.errors.iter_mut().skip(nerr) {
                e.1 = e.1.replacen(&whole_s, &fixed, 1);
            }
        }
        let res = res?;
        let mut e = match res {
            Operand::Value { e, .. } => e,
            _ => return Err(()),
        };
        e.pos = pos;
        let _ = int_expr;
        out.push(Stmt::Assign {
            lhs: vec![lv],
            rhs: vec![e],
            pos,
        });
        Ok(())
    }

    /// The place `lv` (of type `ty`) with its operands (slice, index, pointer) evaluated
    /// once into temporaries declared in `out`, and an expression reading its value.
    fn stable_place(&mut self, lv: LValue, ty: &Type, pos: Pos, out: &mut Block) -> (LValue, Expr) {
        let read = |kind: ExprKind, pos: Pos| Expr {
            kind,
            ty: ty.clone(),
            pos,
        };
        match lv {
            LValue::Local(l) => (LValue::Local(l), read(ExprKind::Local(l), pos)),
            LValue::Global(g) => (LValue::Global(g), read(ExprKind::Global(g), pos)),
            LValue::Blank => (LValue::Blank, read(ExprKind::Nil, pos)),
            LValue::Index {
                slice,
                index,
                pos: ipos,
            } => {
                let sl = self.temp_of(slice, out);
                let il = self.temp_of(index, out);
                let cur = read(
                    ExprKind::Index(Box::new(sl.clone()), Box::new(il.clone())),
                    ipos,
                );
                let lv = LValue::Index {
                    slice: sl,
                    index: il,
                    pos: ipos,
                };
                (lv, cur)
            }
            LValue::MapIndex { map, key } => {
                let ml = self.temp_of(map, out);
                let kl = self.temp_of(key, out);
                let cur = read(
                    ExprKind::MapIndex {
                        map: Box::new(ml.clone()),
                        key: Box::new(kl.clone()),
                        comma_ok: false,
                    },
                    pos,
                );
                (LValue::MapIndex { map: ml, key: kl }, cur)
            }
            LValue::Deref { ptr, pos: dpos } => {
                let pl = self.temp_of(ptr, out);
                let cur = read(ExprKind::Deref(Box::new(pl.clone())), dpos);
                (LValue::Deref { ptr: pl, pos: dpos }, cur)
            }
            LValue::ArrayIndex {
                array,
                index,
                pos: ipos,
            } => {
                let array_ty = self.lvalue_type(&array);
                let (array, array_cur) = self.stable_place(*array, &array_ty, pos, out);
                let il = self.temp_of(index, out);
                let cur = read(
                    ExprKind::Index(Box::new(array_cur), Box::new(il.clone())),
                    ipos,
                );
                let lv = LValue::ArrayIndex {
                    array: Box::new(array),
                    index: il,
                    pos: ipos,
                };
                (lv, cur)
            }
            LValue::Field { base, index } => {
                let base_ty = self.lvalue_type(&base);
                let (base, base_cur) = self.stable_place(*base, &base_ty, pos, out);
                let cur = read(ExprKind::Field(Box::new(base_cur), index), pos);
                let lv = LValue::Field {
                    base: Box::new(base),
                    index,
                };
                (lv, cur)
            }
        }
    }

    /// A temporary holding the value of `e` (declared and assigned in `out`).
    fn temp_of(&mut self, e: Expr, out: &mut Block) -> Expr {
        let (ty, pos) = (e.ty.clone(), e.pos);
        let t = self.new_temp(ty.clone(), pos);
        out.push(Stmt::Decl { local: t, pos });
        out.push(Stmt::Assign {
            lhs: vec![LValue::Local(t)],
            rhs: vec![e],
            pos,
        });
        Expr {
            kind: ExprKind::Local(t),
            ty,
            pos,
        }
    }

    pub fn rhs_for_pub(
        &mut self,
        lhs_types: &[Option<Type>],
        rhs: &[ast::Expr],
        context: &str,
    ) -> R<Vec<Expr>> {
        self.rhs_for(lhs_types, rhs, context)
    }

    pub fn op_type_name_pub(&self, o: &Operand) -> String {
        match o {
            Operand::Value { e, .. } => type_name(&e.ty),
            Operand::Const { ty: Some(t), .. } => type_name(t),
            Operand::Const { val, ty: None } => val.untyped_name().to_string(),
            Operand::Nil => "untyped nil".into(),
            _ => "invalid type".into(),
        }
    }
}
