//! Type declarations and methods: defined types (`type T U`, package-level and local, each
//! a distinct [`NamedType`]), aliases (`type A = B`), and method declarations, which are
//! functions whose first parameter is the receiver (`main.T.M`, `main.(*T).M`).

use super::scope::Entity;
use super::{Checker, PkgState, R};
use crate::syntax::ast;
use lowering::ir::{FuncId, FuncKind, IntKind, Method, NamedType, Type};
use std::sync::{Arc, Mutex, OnceLock};

/// A package-level type declaration.
pub(crate) struct PkgType<'a> {
    pub spec: &'a ast::TypeSpec,
    /// The defined type (none for an alias).
    pub named: Option<Arc<NamedType>>,
    pub state: PkgState,
}

/// A method declaration waiting for its receiver's type.
pub(crate) struct MethodDecl<'a> {
    pub decl: &'a ast::FuncDecl,
    pub id: FuncId,
}

/// gc's symbol of method `name` of the defined type `n`: `main.T.M`, `main.(*T).M`,
/// `strings.(*Builder).WriteString`.
pub(crate) fn method_symbol(n: &NamedType, pointer: bool, name: &str) -> String {
    let pkg = &n.pkg_path;
    let bare = n.name.rsplit_once('.').map_or(n.name.as_str(), |(_, b)| b);
    if pointer {
        format!("{pkg}.(*{bare}).{name}")
    } else {
        format!("{pkg}.{bare}.{name}")
    }
}

impl<'a> Checker<'a> {
    /// A fresh defined type named `name` (underlying type still unset).
    pub fn new_named(&mut self, name: &str) -> Arc<NamedType> {
        self.named_count += 1;
        Arc::new(NamedType {
            id: self.named_count,
            name: format!("{}.{name}", self.pkg_name),
            short_name: if self.in_main() {
                name.to_string()
            } else {
                format!("{}.{name}", self.pkg_name)
            },
            pkg_path: self.pkg_path.clone(),
            underlying: OnceLock::new(),
            methods: Mutex::new(Vec::new()),
        })
    }

    /// Records the package-level type declarations of `specs` in the package scope.
    pub fn collect_type_specs(&mut self, specs: &'a [ast::TypeSpec]) {
        for spec in specs {
            if let Some(tp) = &spec.tparams {
                let _: R<()> = self.unsupported(tp.pos, "generic types");
                continue;
            }
            let idx = self.pkg_types.len();
            let named = (!spec.alias).then(|| self.new_named(&spec.name.name));
            if let Some(n) = &named {
                self.pkg_type_index.insert(n.id, idx);
            }
            self.pkg_types.push(PkgType {
                spec,
                named: named.clone(),
                state: PkgState::Todo,
            });
            if spec.name.name == "_" || self.redeclared_pkg(&spec.name) {
                continue;
            }
            let ent = match named {
                Some(n) => Entity::Type(Type::Named(n)),
                None => Entity::PendingType(idx),
            };
            self.scopes.insert_package(&spec.name.name, ent);
        }
    }

    /// Resolves the package-level type declaration `idx` (once; a declaration met again
    /// while it is being resolved is left to the caller, which reports a cycle where
    /// the type's layout is needed).
    pub fn resolve_pkg_type(&mut self, idx: usize) -> R<()> {
        match self.pkg_types[idx].state {
            PkgState::Done | PkgState::InProgress => return Ok(()),
            PkgState::Todo => {}
        }
        self.pkg_types[idx].state = PkgState::InProgress;
        let spec = self.pkg_types[idx].spec;
        let named = self.pkg_types[idx].named.clone();
        if let Some(n) = &named {
            self.resolving_at.insert(n.id, self.type_indirection);
        }
        let r = self.resolve_type_spec(spec, named.as_ref());
        if let Some(n) = &named {
            self.resolving_at.remove(&n.id);
        }
        self.pkg_types[idx].state = PkgState::Done;
        match r {
            Ok(t) if spec.alias => {
                self.scopes.insert_package(&spec.name.name, Entity::Type(t));
                Ok(())
            }
            Ok(_) => Ok(()),
            Err(()) => {
                if spec.alias {
                    self.scopes
                        .insert_package(&spec.name.name, Entity::Unsupported("invalid type"));
                }
                Err(())
            }
        }
    }

    /// Resolves the type expression of a declaration; for a defined type, sets its
    /// underlying type. Returns the declared (or aliased) type.
    fn resolve_type_spec(
        &mut self,
        spec: &ast::TypeSpec,
        named: Option<&Arc<NamedType>>,
    ) -> R<Type> {
        let t = self.resolve_type(&spec.ty)?;
        let Some(n) = named else {
            return Ok(t);
        };
        let under = match &t {
            Type::Named(m) => match m.underlying.get() {
                Some(u) => u.clone(),
                // `type T2 T1` while T1 is being resolved (T1 refers to T2 through a
                // pointer): T2 takes T1's underlying type once T1 has one.
                None if self.pkg_types.iter().any(|p| {
                    matches!(p.state, super::PkgState::InProgress)
                        && p.named.as_ref().is_some_and(|x| x.id == m.id)
                }) || self.deferred_underlying.iter().any(|(d, ..)| d.id == m.id) =>
                {
                    self.deferred_underlying.push((
                        n.clone(),
                        m.clone(),
                        spec.name.pos,
                        spec.name.name.clone(),
                    ));
                    return Ok(Type::Named(n.clone()));
                }
                None => {
                    return self.error(
                        spec.name.pos,
                        format!("invalid recursive type {}", spec.name.name),
                    )
                }
            },
            t => t.clone(),
        };
        if let Some(bad) = self.directly_contains_unresolved(&under) {
            // A type still being resolved further out, met here after a pointer (slice,
            // map...) on the way: its layout does not depend on this one's, so this is
            // no cycle (`type E struct{ l *L }; type L struct{ root E }`).
            let own = self.type_indirection;
            let through_reference = |c: &Self| {
                c.pkg_types.iter().any(|p| {
                    p.named.as_ref().is_some_and(|x| {
                        x.short_name == bad && c.resolving_at.get(&x.id).is_some_and(|&d| d < own)
                    })
                })
            };
            if through_reference(self) && self.unresolved_all_in_progress(&under) {
                let _ = n.underlying.set(under);
                return Ok(Type::Named(n.clone()));
            }
            let _ = n.underlying.set(Type::Int);
            // types2's wording: a concise one for a type that contains itself.
            let msg = if bad == spec.name.name {
                format!("invalid recursive type: {bad} refers to itself")
            } else {
                format!("invalid recursive type {bad}")
            };
            // Reported, as types2 does, at the declaration of the type the cycle starts
            // from (the one that was being resolved when it was found).
            let pos = self
                .pkg_types
                .iter()
                .find(|p| p.named.as_ref().is_some_and(|x| x.short_name == bad))
                .map_or(spec.name.pos, |p| p.spec.name.pos);
            return self.error(pos, msg);
        }
        let _ = n.underlying.set(under);
        Ok(Type::Named(n.clone()))
    }

    /// Whether every defined type without a layout that `t` contains by value is one being
    /// resolved further out (not one that will never get a layout).
    fn unresolved_all_in_progress(&self, t: &Type) -> bool {
        match t {
            Type::Named(n) => match n.underlying.get() {
                None => self.resolving_at.contains_key(&n.id),
                Some(u) => self.unresolved_all_in_progress(u),
            },
            Type::Struct(st) => st
                .fields
                .iter()
                .all(|f| self.unresolved_all_in_progress(&f.ty)),
            Type::Array(e, _) => self.unresolved_all_in_progress(e),
            _ => true,
        }
    }

    /// A defined type whose layout is still unknown that `t` contains by value (not
    /// behind a pointer, slice or func): its short name.
    fn directly_contains_unresolved(&self, t: &Type) -> Option<String> {
        match t {
            Type::Named(n) => match n.underlying.get() {
                None => Some(n.short_name.clone()),
                Some(u) => self.directly_contains_unresolved(u),
            },
            Type::Struct(st) => st
                .fields
                .iter()
                .find_map(|f| self.directly_contains_unresolved(&f.ty)),
            Type::Array(e, _) => self.directly_contains_unresolved(e),
            _ => None,
        }
    }

    /// A local `type` declaration: in scope from its name on (so it may refer to itself
    /// through a pointer).
    pub fn local_type_specs(&mut self, specs: &[ast::TypeSpec]) -> R<()> {
        for spec in specs {
            if let Some(tp) = &spec.tparams {
                return self.unsupported(tp.pos, "generic types");
            }
            if spec.alias {
                let t = self.resolve_type(&spec.ty)?;
                if spec.name.name != "_" {
                    self.scopes.insert(&spec.name.name, Entity::Type(t));
                }
                continue;
            }
            let n = self.new_named(&spec.name.name);
            if spec.name.name != "_" {
                if self.scopes.declared_here(&spec.name.name).is_some() {
                    return self.error(
                        spec.name.pos,
                        format!("{} redeclared in this block", spec.name.name),
                    );
                }
                self.scopes
                    .insert(&spec.name.name, Entity::Type(Type::Named(n.clone())));
            }
            self.resolve_type_spec(spec, Some(&n))?;
            // A local struct type has the methods its embedded fields promote.
            if n.underlying().struct_type().is_some() {
                self.promote_methods(&n);
                self.method_wrappers_of(&n);
            }
        }
        Ok(())
    }

    /// Resolves every package-level type declaration (before signatures and bodies).
    pub fn resolve_pkg_types(&mut self) {
        for i in 0..self.pkg_types.len() {
            let _ = self.resolve_pkg_type(i);
        }
        // Defined types whose underlying type was still being resolved: theirs now.
        let mut pending = std::mem::take(&mut self.deferred_underlying);
        while !pending.is_empty() {
            let before = pending.len();
            pending.retain(|(n, m, _, _)| match m.underlying.get() {
                Some(u) => {
                    let _ = n.underlying.set(u.clone());
                    false
                }
                None => true,
            });
            if pending.len() == before {
                break;
            }
        }
        for (n, _, pos, name) in pending {
            let _ = n.underlying.set(Type::Int);
            let _: R<()> = self.error(pos, format!("invalid recursive type {name}"));
        }
    }

    /// Declares the methods: checks each receiver, gives each method its function (with
    /// the receiver as first parameter) and adds it to its type's method set.
    pub fn declare_methods(&mut self) {
        let decls = std::mem::take(&mut self.method_decls);
        for m in &decls {
            let _ = self.declare_method(m);
        }
        self.method_decls = decls;
    }

    fn declare_method(&mut self, m: &MethodDecl<'a>) -> R<()> {
        let fd = m.decl;
        let Some(recv) = fd.receiver.first() else {
            return self.error(fd.name.pos, "method has no receiver");
        };
        if fd.receiver.len() > 1 {
            return self.error(fd.receiver[1].ty.pos, "method has multiple receivers");
        }
        let (base_expr, pointer) = match &recv.ty.kind {
            ast::TypeKind::Pointer(inner) => (&**inner, true),
            _ => (&recv.ty, false),
        };
        let base = self.resolve_type(base_expr)?;
        let Type::Named(n) = &base else {
            let what = super::types::type_name(&base);
            return self.error(
                base_expr.pos,
                format!("cannot define new methods on non-local type {what}"),
            );
        };
        if matches!(n.underlying(), Type::Pointer(_) | Type::Any | Type::Error) {
            let what = if matches!(n.underlying(), Type::Pointer(_)) {
                "pointer"
            } else {
                "interface"
            };
            return self.error(
                base_expr.pos,
                format!("invalid receiver type {} ({what} type)", n.short_name),
            );
        }
        let name = &fd.name.name;
        // Blank methods are never called and never conflict (Go declares none of them).
        if name == "_" {
            return Err(());
        }
        if let Some(prev) = self.method_positions.get(&(n.id, name.clone())) {
            let prev = *prev;
            let file = std::path::Path::new(&self.file)
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default();
            return self.error(
                fd.name.pos,
                format!(
                    "method {}.{name} already declared at ./{file}:{}:{}",
                    n.short_name, prev.line, prev.col
                ),
            );
        }
        if let Some(st) = n.underlying().struct_type() {
            if st.fields.iter().any(|f| &f.name == name) {
                return self.error(
                    fd.name.pos,
                    format!("field and method with the same name {name}"),
                );
            }
        }
        self.method_positions
            .insert((n.id, name.clone()), fd.name.pos);
        let sig = self.signature(&fd.ty)?;
        let recv_ty = if pointer {
            Type::Pointer(Box::new(base.clone()))
        } else {
            base.clone()
        };
        // A fmt.Formatter (the runtime's printer calls it through fmt's callFormat).
        let formatter = name == "Format"
            && sig.results.is_empty()
            && sig.params.len() == 2
            && matches!(&sig.params[1], Type::Sized(k) if k.canonical() == IntKind::I32)
            && super::types::type_name(&sig.params[0]) == "fmt.State";
        let mut full = sig.clone();
        full.params.insert(0, recv_ty);
        let func_name = method_symbol(n, pointer, name);
        let mut f = super::placeholder_func(func_name, fd.pos, full);
        f.file = self.file_index;
        self.funcs[m.id.0 as usize] = Some(f);
        n.methods
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(Method {
                name: name.clone(),
                func: m.id,
                pointer_receiver: pointer,
                sig,
                selector: 0,
                value_wrapper: None,
                pointer_wrapper: None,
                promoted: false,
            });
        if formatter {
            self.format_methods = true;
        }
        Ok(())
    }

    /// Checks the bodies of the declared methods.
    /// The methods' bodies: all of the user's; of a library package's, those that
    /// something needs, as it needs them (see `lazy`).
    pub fn check_methods(&mut self) {
        let decls = std::mem::take(&mut self.method_decls);
        for m in &decls {
            if self.in_main() || self.eager_library {
                self.check_method_decl(m.decl, m.id);
            } else {
                self.defer_method_body(m.decl, m.id);
            }
        }
        self.method_decls = decls;
    }

    /// Checks the body of method `id`, declared by `decl`.
    pub(super) fn check_method_decl(&mut self, decl: &'a ast::FuncDecl, id: FuncId) {
        let Some(f) = self.funcs[id.0 as usize].as_ref() else {
            return;
        };
        let (name, sig) = (f.name.clone(), f.sig.clone());
        let Some(body) = &decl.body else {
            let _: R<()> = self.error(decl.name.pos, "missing function body");
            return;
        };
        let mut ft = decl.ty.clone();
        ft.params.insert(0, decl.receiver[0].clone());
        let ctx = self.new_ctx(id, name, FuncKind::TopLevel, decl.pos, sig);
        self.refs_stack.push(super::Refs::default());
        self.check_func_body(ctx, &ft, body);
        let refs = self.refs_stack.pop().unwrap_or_default();
        self.func_refs.insert(id.0, refs);
    }

    fn redeclared_pkg(&mut self, n: &ast::Ident) -> bool {
        if self.scopes.package_lookup(&n.name).is_some() {
            let _: R<()> = self.error(n.pos, format!("{} redeclared in this block", n.name));
            return true;
        }
        false
    }
}

impl<'a> Checker<'a> {
    /// Gives each package-level struct type the methods promoted from its embedded
    /// fields, as synthesized methods (`main.S.M` calling the embedded value's `M`), so
    /// that method sets (interfaces, vtables, method values) include them.
    pub fn declare_promoted_methods(&mut self) {
        let named: Vec<Arc<NamedType>> = self
            .pkg_types
            .iter()
            .filter_map(|t| t.named.clone())
            .filter(|n| n.underlying().struct_type().is_some())
            .collect();
        for n in named {
            self.promote_methods(&n);
        }
    }

    /// Adds to the struct type `n` the methods promoted from its embedded fields.
    pub fn promote_methods(&mut self, n: &Arc<NamedType>) {
        {
            let s = Type::Named(n.clone());
            for (name, path, source) in promoted_methods(&s) {
                let (func, sig) = match source {
                    Promoted::Method(m) => (self.promoted_method(n, &name, &path, &m), m.sig),
                    Promoted::Iface(sig) => {
                        (self.promoted_iface_method(n, &name, &path, &sig), sig)
                    }
                };
                let pointer_receiver = self.funcs[func.0 as usize]
                    .as_ref()
                    .is_some_and(|f| matches!(f.sig.params.first(), Some(Type::Pointer(_))));
                n.methods
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(Method {
                        name,
                        func,
                        pointer_receiver,
                        sig,
                        selector: 0,
                        value_wrapper: None,
                        pointer_wrapper: None,
                        promoted: true,
                    });
            }
        }
    }

    /// The synthesized method `name` (of signature `sig`) of the defined struct type `n`,
    /// calling the method of the interface value embedded at `path` (a nil one panics).
    fn promoted_iface_method(
        &mut self,
        n: &Arc<NamedType>,
        name: &str,
        path: &[usize],
        msig: &lowering::ir::Signature,
    ) -> FuncId {
        let s = Type::Named(n.clone());
        let fname = method_symbol(n, false, name);
        self.iface_forwarder(fname, s, path, name, msig)
    }

    /// A function `fname` taking a `recv_ty` receiver first that calls method `name`
    /// (signature `msig`) of the interface value embedded in it at `path` (the receiver
    /// itself for an empty path): a promoted method, or a method expression `I.M`.
    pub(super) fn iface_forwarder(
        &mut self,
        fname: String,
        recv_ty: Type,
        path: &[usize],
        name: &str,
        msig: &lowering::ir::Signature,
    ) -> FuncId {
        use lowering::ir::{Expr, ExprKind};
        let fid = self.reserve_func();
        let pos = Default::default();
        let mut sig = msig.clone();
        sig.params.insert(0, recv_ty);
        let mut w = self.new_ctx(fid, fname, FuncKind::MethodWrapper, pos, sig.clone());
        let mut args = super::synth::params_and_results(&mut w, &sig, pos);
        let recv = args.remove(0);
        let (inner, _) = self.embedded_value(recv, true, path, pos);
        let selector = self.selector_index(name, msig);
        let kind = if *inner.ty.under() == Type::Error && name == "Error" {
            ExprKind::ErrorMethod(Box::new(inner))
        } else {
            ExprKind::IfaceCall {
                recv: Box::new(inner),
                selector,
                sig: msig.clone(),
                args,
            }
        };
        let call = Expr {
            kind,
            ty: super::synth::call_type(&msig.results),
            pos,
        };
        let body = if msig.results.is_empty() {
            vec![lowering::ir::Stmt::Expr(call)]
        } else {
            vec![lowering::ir::Stmt::Return {
                values: vec![call],
                pos,
            }]
        };
        self.finish_ctx(w, body, pos);
        fid
    }

    /// The synthesized method `name` of the defined struct type `n`, calling `m` on the
    /// value embedded at `path`.
    fn promoted_method(
        &mut self,
        n: &Arc<NamedType>,
        name: &str,
        path: &[usize],
        m: &Method,
    ) -> FuncId {
        use lowering::ir::{Expr, ExprKind};
        let s = Type::Named(n.clone());
        let (inner_ty, _) = self.embedded_value(
            Expr {
                kind: ExprKind::Nil,
                ty: s.clone(),
                pos: Default::default(),
            },
            false,
            path,
            Default::default(),
        );
        let embedded_ptr = matches!(inner_ty.ty.under(), Type::Pointer(_));
        let recv_ty = if m.pointer_receiver && !embedded_ptr {
            Type::Pointer(Box::new(s.clone()))
        } else {
            s.clone()
        };
        let fid = self.reserve_func();
        // Needing the synthesized method needs the method it calls (see `lazy`).
        self.synth_calls.insert(fid.0, m.func.0);
        let pos = self.funcs[m.func.0 as usize]
            .as_ref()
            .map(|f| f.pos)
            .unwrap_or_default();
        let mut sig = m.sig.clone();
        sig.params.insert(0, recv_ty.clone());
        let fname = method_symbol(n, matches!(recv_ty, Type::Pointer(_)), name);
        let mut w = self.new_ctx(fid, fname, FuncKind::MethodWrapper, pos, sig.clone());
        let mut args = super::synth::params_and_results(&mut w, &sig, pos);
        let recv = args.remove(0);
        let (inner, _) = self.embedded_value(recv, true, path, pos);
        let recv = match (
            m.pointer_receiver,
            matches!(inner.ty.under(), Type::Pointer(_)),
        ) {
            (true, true) | (false, false) => inner,
            (false, true) => self.deref_expr(inner, pos),
            (true, false) => {
                let lv = self
                    .addressable_lvalue(&inner)
                    .expect("an embedded value through a pointer receiver is addressable");
                Expr {
                    ty: Type::Pointer(Box::new(inner.ty.clone())),
                    kind: ExprKind::AddrOf(Box::new(lv)),
                    pos,
                }
            }
        };
        args.insert(0, recv);
        let mut body = Vec::new();
        super::synth::call_and_return(&mut body, m.func, args, &m.sig.results, pos);
        self.finish_ctx(w, body, pos);
        fid
    }
}

/// Where a promoted method comes from.
enum Promoted {
    /// A method of an embedded defined type.
    Method(Method),
    /// A method (of this signature) of an embedded interface value.
    Iface(lowering::ir::Signature),
}

/// The methods promoted into the defined struct type `s` from its embedded fields (not
/// shadowed by its own fields or methods, nor ambiguous): name, path, embedded method.
fn promoted_methods(s: &Type) -> Vec<(String, Vec<usize>, Promoted)> {
    // Every method name reachable through embedded fields.
    let mut names: Vec<String> = Vec::new();
    let mut stack = vec![(s.clone(), 0)];
    while let Some((t, depth)) = stack.pop() {
        if depth > 8 {
            continue;
        }
        let Some(st) = t.struct_type() else { continue };
        for f in st.fields.iter().filter(|f| f.embedded) {
            let base = match f.ty.under() {
                Type::Pointer(p) => (**p).clone(),
                _ => f.ty.clone(),
            };
            if base.is_interface() {
                names.extend(
                    super::iface::iface_methods(&base)
                        .into_iter()
                        .map(|m| m.name),
                );
            } else if let Type::Named(n) = &base {
                let ms = n.methods.lock().unwrap_or_else(|e| e.into_inner());
                names.extend(ms.iter().map(|m| m.name.clone()));
            }
            stack.push((base, depth + 1));
        }
    }
    names.sort();
    names.dedup();
    let mut out = Vec::new();
    for name in names {
        let Some(path) = super::members::promoted_path(s, &name) else {
            continue;
        };
        // The type of the embedded value at the path.
        let mut t = s.clone();
        for &i in &path {
            let base = match t.under() {
                Type::Pointer(p) => (**p).clone(),
                _ => t.clone(),
            };
            let Some(st) = base.struct_type() else { break };
            t = st.fields[i].ty.clone();
        }
        let base = match t.under() {
            Type::Pointer(p) => (**p).clone(),
            _ => t.clone(),
        };
        if base.is_interface() {
            if let Some(m) = super::iface::iface_methods(&base)
                .into_iter()
                .find(|m| m.name == name)
            {
                out.push((name, path, Promoted::Iface(m.sig)));
            }
        } else if let Type::Named(n) = &base {
            if let Some(m) = n.method(&name) {
                out.push((name, path, Promoted::Method(m)));
            }
        }
    }
    out
}
