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
use lowering::ir::{FuncId, Pos, Signature, Type};
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
    /// A top-level function's signature; `None` for a method.
    sig: Option<Signature>,
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
        self.pending_bodies.insert(
            id.0,
            PendingBody {
                decl,
                sig: Some(sig),
                package,
            },
        );
        if self.needed_early.remove(&id.0) {
            self.body_queue.push(id.0);
        }
    }

    /// Leaves the body of library method `id` to be checked when something needs it: a
    /// call or method value, or a conversion of its type to an interface.
    pub(super) fn defer_method_body(&mut self, decl: &'a ast::FuncDecl, id: FuncId) {
        let package = self.packages.len();
        self.pending_bodies.insert(
            id.0,
            PendingBody {
                decl,
                sig: None,
                package,
            },
        );
        if self.needed_early.remove(&id.0) {
            self.body_queue.push(id.0);
        }
        // The package's variables may have converted its type to an interface already.
        let recv = self.funcs[id.0 as usize]
            .as_ref()
            .and_then(|f| f.sig.params.first().cloned());
        let named = match recv {
            Some(Type::Named(n)) => Some(n.id),
            Some(Type::Pointer(p)) => match *p {
                Type::Named(n) => Some(n.id),
                _ => None,
            },
            _ => None,
        };
        if let Some(n) = named {
            let runtime_called = matches!(decl.name.name.as_str(), "Error" | "String" | "GoString");
            if self.methods_needed.contains(&(n, true))
                || (runtime_called && self.methods_needed.contains(&(n, false)))
            {
                self.body_queue.push(id.0);
            }
        }
    }

    /// Notes that a value of (non-interface) type `t` becomes an interface value: any of
    /// its methods may be called through it, and the runtime may call `Error`, `String`
    /// or `GoString` of the types inside it (fmt prints fields and elements with them).
    pub(super) fn need_methods_of(&mut self, t: &Type) {
        let mut todo = vec![(t.clone(), true)];
        while let Some((t, all)) = todo.pop() {
            match &t {
                Type::Named(n) => {
                    if !self.methods_needed.insert((n.id, all)) {
                        continue;
                    }
                    let funcs: Vec<u32> = n
                        .methods
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .iter()
                        .filter(|m| {
                            all || matches!(m.name.as_str(), "Error" | "String" | "GoString")
                        })
                        .map(|m| m.func.0)
                        .collect();
                    for f in funcs {
                        self.need_body(f);
                    }
                    if let Some(u) = n.underlying.get() {
                        todo.push((u.clone(), false));
                    }
                }
                Type::Pointer(e) => todo.push(((**e).clone(), all)),
                Type::Slice(e) | Type::Array(e, _) => todo.push(((**e).clone(), false)),
                Type::Chan(_, e) => todo.push(((**e).clone(), false)),
                Type::Map(k, v) => {
                    todo.push(((**k).clone(), false));
                    todo.push(((**v).clone(), false));
                }
                Type::Struct(st) => {
                    for f in &st.fields {
                        // An embedded field's methods are the struct's own.
                        todo.push((f.ty.clone(), all && f.embedded));
                    }
                }
                _ => {}
            }
        }
    }

    /// Once every package is declared: when some type has a `Format` method and the
    /// program loads fmt, fmt's `callFormat` (which the runtime calls to run a Formatter)
    /// is needed.
    pub(super) fn need_format_call(&mut self) {
        if !self.format_methods {
            return;
        }
        if let Some(super::Entity::Func(id)) = self
            .lib_exports
            .get("fmt")
            .and_then(|m| m.get("callFormat"))
            .cloned()
        {
            self.need_body(id.0);
            self.format_call = Some(id);
        }
    }

    /// Notes a reference to function `f`: a pending body is now needed.
    pub(super) fn need_body(&mut self, f: u32) {
        if self.pending_bodies.contains_key(&f) {
            self.body_queue.push(f);
        } else {
            // Checked already, or declared but not left pending yet (then queued when it
            // is: see `defer_body`).
            self.needed_early.insert(f);
        }
        if let Some(&target) = self.synth_calls.get(&f) {
            self.need_body(target);
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
            let mut ctx = (pkg != current).then(|| std::mem::take(&mut self.packages[pkg]));
            if let Some(ctx) = ctx.as_mut() {
                self.swap_package(ctx);
            }
            match p.sig {
                Some(sig) => self.check_func_decl(p.decl, FuncId(f), sig),
                None => self.check_method_decl(p.decl, FuncId(f)),
            }
            if let Some(mut ctx) = ctx {
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
        // A synthesized promoted method calling an unchecked one is as good as unchecked.
        for &synth in self.synth_calls.keys() {
            let mut f = synth;
            while let Some(&next) = self.synth_calls.get(&f) {
                f = next;
                if self.pending_bodies.contains_key(&f) {
                    ids.push(FuncId(synth));
                    break;
                }
            }
        }
        ids.sort_by_key(|f| f.0);
        ids.dedup();
        ids
    }
}
