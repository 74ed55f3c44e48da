//! Type expressions: type names, `*testing.B`, slice and func types, func signatures, and
//! the types deferjit does not support yet; nesting depth bounded by `MAX_TYPE_NESTING`.

use super::scope::Entity;
use super::{Checker, MAX_TYPE_NESTING, R};
use crate::syntax::ast;
use lowering::ir::{Signature, StructField, StructType, Type};

thread_local! {
    static TYPE_DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

impl<'a> Checker<'a> {
    /// Resolves a func type to a signature.
    pub fn signature(&mut self, ft: &ast::FuncType) -> R<Signature> {
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, f) in ft.params.iter().enumerate() {
            let t = self.resolve_type(&f.ty)?;
            if f.variadic {
                if i + 1 != ft.params.len() {
                    return self.error(f.ty.pos, "can only use ... with final parameter in list");
                }
                // `...T` is a `[]T` parameter.
                variadic = true;
                params.push(Type::Slice(Box::new(t)));
                continue;
            }
            params.push(t);
        }
        let mut results = Vec::new();
        for f in &ft.results {
            results.push(self.resolve_type(&f.ty)?);
        }
        Ok(Signature {
            params,
            results,
            variadic,
        })
    }

    /// A struct type: its fields in order; embedded fields are not supported yet.
    fn struct_type(&mut self, fields: &[ast::StructField]) -> R<Type> {
        let mut out: Vec<StructField> = Vec::new();
        for f in fields {
            let ty = self.resolve_type(&f.ty)?;
            if f.names.is_empty() {
                // An embedded field: named by its type's (unqualified) name.
                let (base, pointer) = match &ty {
                    Type::Pointer(p) => (&**p, true),
                    t => (t, false),
                };
                if pointer && base.is_interface() {
                    return self.error(
                        f.ty.pos,
                        "embedded field type cannot be a pointer to an interface",
                    );
                }
                // Named by the type name as written, unqualified (`int`, `error`, `I`,
                // `Pointer`; an alias's own name).
                let supported = matches!(
                    base,
                    Type::Named(_)
                        | Type::UnsafePointer
                        | Type::Int
                        | Type::Bool
                        | Type::String
                        | Type::Error
                        | Type::Any
                        | Type::Sized(_)
                        | Type::Float(_)
                );
                let Some(name) = embedded_name(&f.ty).filter(|_| supported) else {
                    return self.unsupported(f.ty.pos, "embedding this type");
                };
                if out.iter().any(|o| o.name == name) {
                    return self.error(f.ty.pos, format!("{name} redeclared"));
                }
                out.push(StructField {
                    name,
                    ty: ty.clone(),
                    embedded: true,
                });
                continue;
            }
            for n in &f.names {
                if n.name != "_" && out.iter().any(|o| o.name == n.name) {
                    return self.error(n.pos, format!("{} redeclared", n.name));
                }
                out.push(StructField {
                    name: n.name.clone(),
                    ty: ty.clone(),
                    embedded: false,
                });
            }
        }
        Ok(Type::Struct(std::sync::Arc::new(StructType {
            fields: out,
        })))
    }

    /// Resolves a type expression.
    pub fn resolve_type(&mut self, t: &ast::TypeExpr) -> R<Type> {
        let depth = TYPE_DEPTH.with(|d| d.get());
        if depth >= MAX_TYPE_NESTING {
            return self.unsupported(
                t.pos,
                format!("types nested deeper than {MAX_TYPE_NESTING} levels"),
            );
        }
        TYPE_DEPTH.with(|d| d.set(depth + 1));
        let r = self.nested(t.pos, |c| c.resolve_type_here(t));
        TYPE_DEPTH.with(|d| d.set(depth));
        r
    }

    /// Resolves type parts that a value holds behind a reference (pointer, slice, map,
    /// func, interface): a defined type met there may be one whose layout is still being
    /// worked out (see `resolve_type_spec`).
    fn indirectly<T>(&mut self, f: impl FnOnce(&mut Self) -> R<T>) -> R<T> {
        self.type_indirection += 1;
        let r = f(self);
        self.type_indirection -= 1;
        r
    }

    fn resolve_type_here(&mut self, t: &ast::TypeExpr) -> R<Type> {
        match &t.kind {
            ast::TypeKind::Name(n) => match self.scopes.lookup(n).cloned() {
                Some(Entity::Type(Type::Named(nt))) => {
                    if nt.underlying.get().is_none() {
                        if let Some(&idx) = self.pkg_type_index.get(&nt.id) {
                            self.resolve_pkg_type(idx)?;
                        }
                    }
                    Ok(Type::Named(nt))
                }
                Some(Entity::Type(ty)) => Ok(ty),
                Some(Entity::PendingType(idx)) => {
                    if matches!(self.pkg_types[idx].state, super::PkgState::InProgress) {
                        return self.error(t.pos, format!("invalid recursive type {n}"));
                    }
                    self.resolve_pkg_type(idx)?;
                    self.resolve_type_here(t)
                }
                Some(Entity::Unsupported(_)) => self.unsupported(t.pos, format!("type {n}")),
                Some(_) => self.error(t.pos, format!("{n} is not a type")),
                None => self.error(t.pos, format!("undefined: {n}")),
            },
            ast::TypeKind::Qualified(p, n) => {
                self.use_package(p, t.pos)?;
                if let Some(path) = self.package_path(p).map(str::to_string) {
                    match self.lib_member(&path, n, t.pos) {
                        Some(Ok(Entity::Type(ty))) => return Ok(ty),
                        Some(Ok(_)) => return self.error(t.pos, format!("{p}.{n} is not a type")),
                        Some(Err(())) => return Err(()),
                        None => {}
                    }
                }
                if n == "Stringer" && self.package_path(p) == Some("fmt") {
                    return Ok(self.fmt_stringer());
                }
                if p == "testing" && n == "B" {
                    return self.unsupported(t.pos, "testing.B (only *testing.B)");
                }
                if n == "Pointer" && self.package_path(p) == Some("unsafe") {
                    return Ok(Type::UnsafePointer);
                }
                if n == "Error" && self.package_path(p) == Some("runtime") {
                    return Ok(self.runtime_error_type());
                }
                if self.std_member(p, n) {
                    return self.unsupported(t.pos, format!("{p}.{n}"));
                }
                self.error(t.pos, format!("undefined: {p}.{n}"))
            }
            ast::TypeKind::Pointer(inner) => {
                if let ast::TypeKind::Qualified(p, n) = &inner.kind {
                    if p == "testing" && n == "B" {
                        self.use_package(p, inner.pos)?;
                        return Ok(Type::TestingB);
                    }
                }
                let inner = self.indirectly(|c| c.resolve_type(inner))?;
                Ok(Type::Pointer(Box::new(inner)))
            }
            ast::TypeKind::Slice(e) => Ok(Type::Slice(Box::new(
                self.indirectly(|c| c.resolve_type(e))?,
            ))),
            ast::TypeKind::Func(ft) => {
                Ok(Type::Func(Box::new(self.indirectly(|c| c.signature(ft))?)))
            }
            ast::TypeKind::Interface(elems) if elems.is_empty() => Ok(Type::Any),
            ast::TypeKind::Interface(elems)
                if elems.iter().all(|e| match e {
                    ast::InterfaceElem::Method { .. } => true,
                    ast::InterfaceElem::Embed(t) => {
                        matches!(
                            t.kind,
                            ast::TypeKind::Name(_)
                                | ast::TypeKind::Qualified(..)
                                | ast::TypeKind::Interface(_)
                        )
                    }
                }) =>
            {
                self.indirectly(|c| c.interface_type(elems, t.pos))
            }
            ast::TypeKind::Interface(elems) => {
                let method =
                    |e: &ast::InterfaceElem| matches!(e, ast::InterfaceElem::Method { .. });
                if elems.iter().any(method) {
                    self.unsupported(t.pos, "interfaces with methods")
                } else {
                    self.unsupported(t.pos, "interfaces with embedded elements")
                }
            }
            ast::TypeKind::Array(Some(n), e) => {
                let elem = self.resolve_type(e)?;
                let len = self.array_length(n)?;
                self.array_type(elem, len, t.pos)
            }
            ast::TypeKind::Array(None, _) => self.error(
                t.pos,
                "invalid use of [...] array (outside a composite literal)",
            ),
            ast::TypeKind::Map(k, v) => {
                let kt = self.indirectly(|c| c.resolve_type(k))?;
                let vt = self.indirectly(|c| c.resolve_type(v))?;
                if !super::types::comparable(&kt) {
                    return self.error(
                        k.pos,
                        format!("invalid map key type {}", super::types::type_name(&kt)),
                    );
                }
                Ok(Type::Map(Box::new(kt), Box::new(vt)))
            }
            ast::TypeKind::Chan(d, e) => {
                let et = self.indirectly(|c| c.resolve_type(e))?;
                let dir = match d {
                    ast::ChanDir::Both => lowering::ir::ChanDir::Both,
                    ast::ChanDir::Send => lowering::ir::ChanDir::Send,
                    ast::ChanDir::Recv => lowering::ir::ChanDir::Recv,
                };
                Ok(Type::Chan(dir, Box::new(et)))
            }
            ast::TypeKind::Struct(fields) => self.struct_type(fields),
            ast::TypeKind::Generic(..) => self.unsupported(t.pos, "generic types"),
            ast::TypeKind::Union(_) | ast::TypeKind::Tilde(_) => {
                self.unsupported(t.pos, "type constraints")
            }
            ast::TypeKind::Elided => {
                self.error(t.pos, "invalid composite literal type: missing type")
            }
        }
    }
}

/// The name of an embedded field of type `t` as written: `T` of `T`, `*T`, `p.T`.
fn embedded_name(t: &ast::TypeExpr) -> Option<String> {
    match &t.kind {
        ast::TypeKind::Name(n) => Some(n.clone()),
        ast::TypeKind::Qualified(_, n) => Some(n.clone()),
        ast::TypeKind::Pointer(inner) => embedded_name(inner),
        _ => None,
    }
}
