//! Library function bodies checked when reached: a library package's declarations,
//! variables, `init` functions and methods are checked with the package, but the body of
//! a top-level function only once something checked refers to it (`add_ref_func`), so
//! that a program importing `math` pays for the few functions it calls, not for 2,700
//! lines. Each library package's checking context is kept for that (`PackageContext`).
//!
//! Functions that a package's variable initializers reach are checked with the package,
//! since the initialization order follows their references. A library function that
//! nothing reaches keeps its placeholder (no body); the program lists it, and the lowering
//! refuses to compile one.

use super::named::{MethodDecl, PkgType};
use super::scope::Scopes;
use super::{Checker, ImportInfo, PkgConst, PkgVar};
use crate::syntax::ast;
use lowering::ir::{FuncId, Pos, Signature};
use std::collections::HashMap;

/// What checking a function body of a package needs of that package.
#[derive(Default)]
pub(crate) struct PackageContext<'a> {
    file: String,
    file_index: u32,
    pkg_path: String,
    pkg_name: String,
    scopes: Option<Scopes>,
    imports: Vec<ImportInfo>,
    pkg_consts: Vec<PkgConst<'a>>,
    pkg_vars: Vec<PkgVar<'a>>,
    pkg_types: Vec<PkgType<'a>>,
    pkg_type_index: HashMap<u32, usize>,
    method_decls: Vec<MethodDecl<'a>>,
    undeclared_funcs: HashMap<FuncId, &'a ast::FuncDecl>,
    init_id: Option<FuncId>,
}

/// A library function whose body is not checked yet.
pub(crate) struct PendingBody<'a> {
    decl: &'a ast::FuncDecl,
    sig: Signature,
    /// Its package, by index in `Checker::packages`.
    package: usize,
}

/// The first error found in a library body checked late: the package's path and file.
pub(crate) struct LibFailure {
    pub path: String,
    pub file: String,
    pub pos: Pos,
    pub msg: String,
}

impl<'a> Checker<'a> {
    /// Exchanges the checker's per-package state with `ctx`.
    fn swap_package(&mut self, ctx: &mut PackageContext<'a>) {
        std::mem::swap(&mut self.file, &mut ctx.file);
        std::mem::swap(&mut self.file_index, &mut ctx.file_index);
        std::mem::swap(&mut self.pkg_path, &mut ctx.pkg_path);
        std::mem::swap(&mut self.pkg_name, &mut ctx.pkg_name);
        let scopes = ctx.scopes.take().unwrap_or_else(Scopes::new);
        ctx.scopes = Some(std::mem::replace(&mut self.scopes, scopes));
        std::mem::swap(&mut self.imports, &mut ctx.imports);
        std::mem::swap(&mut self.pkg_consts, &mut ctx.pkg_consts);
        std::mem::swap(&mut self.pkg_vars, &mut ctx.pkg_vars);
        std::mem::swap(&mut self.pkg_types, &mut ctx.pkg_types);
        std::mem::swap(&mut self.pkg_type_index, &mut ctx.pkg_type_index);
        std::mem::swap(&mut self.method_decls, &mut ctx.method_decls);
        std::mem::swap(&mut self.undeclared_funcs, &mut ctx.undeclared_funcs);
        let init = ctx.init_id.unwrap_or(self.init_id);
        ctx.init_id = Some(std::mem::replace(&mut self.init_id, init));
    }

    /// Keeps the state of the library package just checked (its index in `packages` is
    /// what its pending bodies name) and starts the next one from empty state.
    pub(super) fn save_package(&mut self) {
        let mut ctx = PackageContext {
            scopes: Some(Scopes::new()),
            ..PackageContext::default()
        };
        self.swap_package(&mut ctx);
        self.packages.push(ctx);
    }

    /// Leaves the body of library function `id` (declared by `decl`) to be checked when
    /// something refers to it.
    pub(super) fn defer_body(&mut self, decl: &'a ast::FuncDecl, id: FuncId, sig: Signature) {
        let package = self.packages.len();
        self.pending_bodies
            .insert(id.0, PendingBody { decl, sig, package });
    }

    /// Notes a reference to function `f`: a pending body is now needed.
    pub(super) fn need_body(&mut self, f: u32) {
        if self.pending_bodies.contains_key(&f) {
            self.body_queue.push(f);
        }
    }

    /// Checks the needed pending bodies, and those they need in turn: of the package being
    /// checked only (`current_only`: its variables' initialization order needs them now),
    /// or of every package (once the user's package is checked).
    pub(super) fn check_needed_bodies(&mut self, current_only: bool) {
        let current = self.packages.len();
        let mut later = Vec::new();
        while let Some(f) = self.body_queue.pop() {
            let Some(pkg) = self.pending_bodies.get(&f).map(|p| p.package) else {
                continue;
            };
            if current_only && pkg != current {
                later.push(f);
                continue;
            }
            let Some(p) = self.pending_bodies.remove(&f) else {
                continue;
            };
            let (errors, unsupported) = (self.errors.len(), self.unsupported.len());
            if pkg == current {
                self.check_func_decl(p.decl, FuncId(f), p.sig);
            } else {
                let mut ctx = std::mem::take(&mut self.packages[pkg]);
                self.swap_package(&mut ctx);
                self.check_func_decl(p.decl, FuncId(f), p.sig);
                self.swap_package(&mut ctx);
                self.packages[pkg] = ctx;
            }
            if pkg != current
                && (self.errors.len() > errors || self.unsupported.len() > unsupported)
            {
                let ctx = &self.packages[pkg];
                let (pos, msg) = self
                    .unsupported
                    .get(unsupported)
                    .or(self.errors.get(errors))
                    .cloned()
                    .unwrap_or_default();
                self.lib_failure.get_or_insert(LibFailure {
                    path: ctx.pkg_path.clone(),
                    file: ctx.file.clone(),
                    pos,
                    msg,
                });
                return;
            }
        }
        self.body_queue = later;
    }

    /// The library functions whose bodies nothing reached (never checked, so never
    /// compiled), by id.
    pub(super) fn unchecked_funcs(&self) -> Vec<FuncId> {
        let mut ids: Vec<FuncId> = self.pending_bodies.keys().map(|&f| FuncId(f)).collect();
        ids.sort_by_key(|f| f.0);
        ids
    }
}
