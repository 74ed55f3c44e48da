//! Package initialization: package-level constants and variables (checked lazily so that
//! forward references work) and `main.init`, which assigns the variables in Go's
//! dependency order and then calls the file's `init` functions.

use super::scope::Entity;
use super::{Checker, PkgState, Refs, R};
use lowering::ir::{Callee, Expr, ExprKind, GlobalId, LValue, Pos, Stmt, Type};
use std::collections::{BTreeSet, HashMap};

impl<'a> Checker<'a> {
    /// Runs `f` with only the package scope and the init function visible.
    fn at_package_level<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let locals = self.scopes.take_locals();
        let extra = if self.ctxs.len() > 1 {
            self.ctxs.split_off(1)
        } else {
            Vec::new()
        };
        let saved_iota = self.iota.take();
        let r = f(self);
        self.iota = saved_iota;
        self.ctxs.extend(extra);
        self.scopes.restore_locals(locals);
        r
    }

    pub fn resolve_pkg_const(&mut self, i: usize) -> R<()> {
        match self.pkg_consts[i].state {
            PkgState::Done => return Ok(()),
            PkgState::InProgress => {
                let n = self.pkg_consts[i].name.clone();
                return self.error(
                    n.pos,
                    format!(
                        "initialization cycle or invalid recursive reference: {}",
                        n.name
                    ),
                );
            }
            PkgState::Todo => {}
        }
        self.pkg_consts[i].state = PkgState::InProgress;
        let (name, ty, value, iota) = {
            let c = &self.pkg_consts[i];
            (c.name.clone(), c.ty, c.value, c.iota)
        };
        let r = match value {
            Some(v) => self.at_package_level(|c| c.const_value(v, ty, iota)),
            None => Err(()),
        };
        self.pkg_consts[i].state = PkgState::Done;
        let (val, t) = r?;
        self.scopes
            .insert_package(&name.name, Entity::Const(val, t));
        Ok(())
    }

    pub fn resolve_pkg_var(&mut self, i: usize) -> R<()> {
        match self.pkg_vars[i].state {
            PkgState::Done => return Ok(()),
            PkgState::InProgress => {
                let n = self.pkg_vars[i].spec.names[0].clone();
                return self.error(
                    n.pos,
                    format!(
                        "initialization cycle or invalid recursive reference: {}",
                        n.name
                    ),
                );
            }
            PkgState::Todo => {}
        }
        self.pkg_vars[i].state = PkgState::InProgress;
        let r = self.at_package_level(|c| c.pkg_var_spec(i));
        self.pkg_vars[i].state = PkgState::Done;
        r
    }

    fn pkg_var_spec(&mut self, i: usize) -> R<()> {
        let spec = self.pkg_vars[i].spec;
        self.refs_stack.push(Refs::default());
        let r = (|| -> R<(Vec<Type>, Vec<Expr>)> {
            let ty = match &spec.ty {
                Some(t) => Some(self.resolve_type(t)?),
                None => None,
            };
            let tys: Vec<Option<Type>> = spec.names.iter().map(|_| ty.clone()).collect();
            if spec.values.is_empty() {
                return Ok((
                    spec.names
                        .iter()
                        .map(|_| ty.clone().unwrap_or(Type::Int))
                        .collect(),
                    vec![],
                ));
            }
            let rs = self.rhs_for_pub(&tys, &spec.values, "variable declaration")?;
            let rtypes: Vec<Type> = if rs.len() == 1 && spec.names.len() > 1 {
                match &rs[0].ty {
                    Type::Tuple(ts) => ts.clone(),
                    _ => vec![],
                }
            } else {
                rs.iter().map(|e| e.ty.clone()).collect()
            };
            let types = spec
                .names
                .iter()
                .enumerate()
                .map(|(k, _)| {
                    ty.clone()
                        .unwrap_or_else(|| rtypes.get(k).cloned().unwrap_or(Type::Int))
                })
                .collect();
            Ok((types, rs))
        })();
        let refs = self.refs_stack.pop().unwrap_or_default();
        self.pkg_vars[i].deps = refs;
        let (types, rs) = r?;
        let mut lvs = Vec::new();
        for (n, t) in spec.names.iter().zip(types) {
            if n.name == "_" {
                lvs.push(LValue::Blank);
                continue;
            }
            let g = GlobalId(self.globals.len() as u32);
            self.globals.push(lowering::ir::Global {
                name: n.name.clone(),
                ty: t,
            });
            self.pkg_vars[i].globals.push(g);
            // only if this spec still owns the name (not a redeclaration)
            if matches!(self.scopes.package_lookup(&n.name), Some(Entity::PendingGlobal(k)) if *k == i)
            {
                self.scopes.insert_package(&n.name, Entity::Global(g));
            }
            lvs.push(LValue::Global(g));
        }
        if !rs.is_empty() {
            let pos = spec.names[0].pos;
            self.pkg_vars[i].stmts.push(Stmt::Assign {
                lhs: lvs,
                rhs: rs,
                pos,
            });
        }
        Ok(())
    }

    /// The body of `main.init`: variable initializations in dependency order, then the
    /// `init` functions in source order.
    pub fn init_body(&mut self) -> Vec<Stmt> {
        let n = self.pkg_vars.len();
        let mut owner: HashMap<u32, usize> = HashMap::new();
        for (i, v) in self.pkg_vars.iter().enumerate() {
            for g in &v.globals {
                owner.insert(g.0, i);
            }
        }
        // transitive global dependencies of each spec (through functions)
        let mut deps: Vec<BTreeSet<usize>> = Vec::new();
        for v in &self.pkg_vars {
            let mut globals: BTreeSet<u32> = v.deps.globals.clone();
            let mut seen: BTreeSet<u32> = BTreeSet::new();
            let mut work: Vec<u32> = v.deps.funcs.iter().copied().collect();
            while let Some(f) = work.pop() {
                if !seen.insert(f) {
                    continue;
                }
                if let Some(r) = self.func_refs.get(&f) {
                    globals.extend(r.globals.iter().copied());
                    work.extend(r.funcs.iter().copied());
                }
            }
            deps.push(
                globals
                    .iter()
                    .filter_map(|g| owner.get(g).copied())
                    .collect(),
            );
        }
        let mut done = vec![false; n];
        let mut body = Vec::new();
        if self.in_main() {
            // The imported library packages are initialized first, dependencies first
            // (those with anything to initialize).
            for id in self.lib_inits.clone() {
                if self.funcs[id.0 as usize]
                    .as_ref()
                    .is_none_or(|f| f.body.is_empty())
                {
                    continue;
                }
                body.push(Stmt::Expr(Expr {
                    kind: ExprKind::Call {
                        callee: Callee::Func(id),
                        args: vec![],
                    },
                    ty: Type::Tuple(vec![]),
                    pos: Pos { line: 1, col: 1 },
                }));
            }
        }
        for _ in 0..n {
            let next = (0..n)
                .find(|&i| !done[i] && deps[i].iter().all(|&d| d == i || done[d]))
                .or_else(|| (0..n).find(|&i| !done[i]));
            let Some(i) = next else { break };
            done[i] = true;
            body.append(&mut self.pkg_vars[i].stmts);
        }
        for id in self.user_inits.clone() {
            let pos = self.funcs[id.0 as usize]
                .as_ref()
                .map(|f| f.pos)
                .unwrap_or(Pos { line: 1, col: 1 });
            body.push(Stmt::Expr(Expr {
                kind: ExprKind::Call {
                    callee: Callee::Func(id),
                    args: vec![],
                },
                ty: Type::Tuple(vec![]),
                pos,
            }));
        }
        body
    }
}
