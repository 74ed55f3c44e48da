//! Selecting fields and methods: `x.f` of a struct value or through a pointer to one,
//! and `x.M` of a defined type's method with Go's automatic `&x` and `*p` for the
//! receiver.

use super::operand::Operand;
use super::types::type_name;
use super::{Checker, R};
use crate::syntax::ast::{self, expr_string};
use lowering::ir::{Capture, Expr, ExprKind, FuncKind, LValue, Method, Pos, Stmt, Storage, Type};

impl<'a> Checker<'a> {
    /// `x.name` for a value `x` (addressable when `var`): a field or a method, or `None`
    /// when the type has neither.
    pub(super) fn member(
        &mut self,
        whole: &ast::Expr,
        x: &ast::Expr,
        xe: &Expr,
        var: bool,
        name: &ast::Ident,
    ) -> R<Option<Operand>> {
        let pos = whole.pos;
        // A field or method promoted from an embedded field: select the embedded value,
        // then the member of it.
        if let Some(path) = promoted_path(&xe.ty, &name.name) {
            let (inner, inner_var) = self.embedded_value(xe.clone(), var, &path, pos);
            return self.member(whole, x, &inner, inner_var, name);
        }
        // A method of an embedded interface value (`Error` of an `error` through the
        // runtime, whose error types have no method tables).
        if *xe.ty.under() == Type::Error && name.name == "Error" {
            return Ok(Some(Operand::ErrMethod(xe.clone())));
        }
        if xe.ty.is_interface() {
            return Ok(self.iface_member(xe, &name.name).map(|(selector, sig)| {
                Operand::IfaceMethod {
                    recv: xe.clone(),
                    selector,
                    sig,
                }
            }));
        }
        // Fields: of a struct, or of the struct a pointer points to.
        let (base, through_ptr) = match xe.ty.under() {
            Type::Pointer(p) if p.struct_type().is_some() => ((**p).clone(), true),
            _ => (xe.ty.clone(), false),
        };
        if let Some(st) = base.struct_type() {
            if let Some(i) = st
                .fields
                .iter()
                .position(|f| f.name == name.name && f.name != "_")
            {
                let fty = st.fields[i].ty.clone();
                let (obj, var) = if through_ptr {
                    (self.deref_expr(xe.clone(), pos), true)
                } else {
                    (xe.clone(), var)
                };
                return Ok(Some(Operand::Value {
                    e: Expr {
                        kind: ExprKind::Field(Box::new(obj), i as u32),
                        ty: fty,
                        pos: name.pos,
                    },
                    var,
                }));
            }
        }
        // Methods of `T` or `*T`.
        let (named, is_ptr) = match &xe.ty {
            Type::Named(n) => (n.clone(), false),
            Type::Pointer(p) => match &**p {
                Type::Named(n) => (n.clone(), true),
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        let Some(m) = named.method(&name.name) else {
            return Ok(None);
        };
        let recv = match (is_ptr, m.pointer_receiver) {
            (false, false) | (true, true) => xe.clone(),
            (true, false) => self.deref_expr(xe.clone(), pos),
            (false, true) => {
                if !var {
                    return self
                        .error(
                            name.pos,
                            format!(
                                "cannot call pointer method {} on {}",
                                name.name,
                                type_name(&xe.ty)
                            ),
                        )
                        .map(|_: ()| None);
                }
                match self.address_of(xe.clone(), x.start()) {
                    Ok(p) => p,
                    Err(()) => {
                        return self.error(
                            x.start(),
                            format!(
                                "cannot call pointer method {} on {}",
                                name.name,
                                type_name(&xe.ty)
                            ),
                        )
                    }
                }
            }
        };
        let _ = expr_string;
        Ok(Some(Operand::Method { recv, method: m }))
    }

    /// The method value `recv.M` (not called): a closure `main.T.M-fm` of the method's
    /// signature that captures the receiver, evaluated now (before the statement), by
    /// value, and calls the method with it.
    pub(super) fn method_value(&mut self, recv: Expr, m: &Method, pos: Pos) -> Expr {
        let mname = self.funcs[m.func.0 as usize]
            .as_ref()
            .map(|f| f.name.clone())
            .unwrap_or_default();
        self.add_ref_func(m.func.0);
        self.bound_method(
            recv,
            BoundMethod::Func(m.func),
            &m.sig,
            format!("{mname}-fm"),
            pos,
        )
    }

    /// The method value `i.M` of an interface value (`main.I.M-fm`): a nil interface
    /// panics here, when the method value is evaluated.
    pub(super) fn iface_method_value(
        &mut self,
        recv: Expr,
        selector: u32,
        sig: &lowering::ir::Signature,
        name: &str,
        pos: Pos,
    ) -> Expr {
        let fname = format!("main.{}.{name}-fm", super::types::type_name(&recv.ty));
        self.bound_method(recv, BoundMethod::Iface(selector), sig, fname, pos)
    }

    /// A closure named `fname` of signature `sig` that captures `recv` (evaluated now,
    /// before the statement) by value and calls the method on it.
    fn bound_method(
        &mut self,
        recv: Expr,
        target: BoundMethod,
        sig: &lowering::ir::Signature,
        fname: String,
        pos: Pos,
    ) -> Expr {
        // The receiver, evaluated before the statement into a temporary.
        let rpos = recv.pos;
        let rty = recv.ty.clone();
        let tmp = self.new_temp(rty.clone(), rpos);
        self.ctx().pending.extend([
            Stmt::Decl {
                local: tmp,
                pos: rpos,
            },
            Stmt::Assign {
                lhs: vec![LValue::Local(tmp)],
                rhs: vec![recv],
                pos: rpos,
            },
        ]);
        if let BoundMethod::Iface(_) = target {
            self.ctx().pending.push(Stmt::Expr(Expr {
                kind: ExprKind::Builtin(
                    lowering::ir::Builtin::NilCheck,
                    vec![Expr {
                        kind: ExprKind::Local(tmp),
                        ty: rty.clone(),
                        pos: rpos,
                    }],
                ),
                ty: Type::Tuple(Vec::new()),
                pos: rpos,
            }));
        }
        let fid = self.reserve_func();
        let mut w = self.new_ctx(fid, fname, FuncKind::MethodWrapper, pos, sig.clone());
        let mut args = super::synth::params_and_results(&mut w, sig, pos);
        let inner = super::synth::new_local(
            &mut w,
            "~recv".into(),
            rty.clone(),
            Storage::Env {
                index: 0,
                by_ref: false,
            },
            pos,
        );
        w.captures.push(Capture {
            outer: tmp,
            inner,
            by_ref: false,
        });
        w.capture_vars.push(None);
        let recv = Expr {
            kind: ExprKind::Local(inner),
            ty: rty,
            pos,
        };
        let mut body = Vec::new();
        match target {
            BoundMethod::Func(f) => {
                args.insert(0, recv);
                super::synth::call_and_return(&mut body, f, args, &sig.results, pos);
            }
            BoundMethod::Iface(selector) => {
                let call = Expr {
                    kind: ExprKind::IfaceCall {
                        recv: Box::new(recv),
                        selector,
                        sig: sig.clone(),
                        args,
                    },
                    ty: super::synth::call_type(&sig.results),
                    pos,
                };
                body.push(if sig.results.is_empty() {
                    Stmt::Expr(call)
                } else {
                    Stmt::Return {
                        values: vec![call],
                        pos,
                    }
                });
            }
        }
        self.finish_ctx(w, body, pos);
        Expr {
            kind: ExprKind::Closure(fid),
            ty: Type::Func(Box::new(sig.clone())),
            pos,
        }
    }

    /// The method expression `T.M` or `(*T).M`: a function whose first parameter is the
    /// receiver (the method's own function, or for `(*T).M` of a value method the
    /// wrapper that dereferences the pointer).
    pub(super) fn method_expr(
        &mut self,
        e: &ast::Expr,
        x: &ast::Expr,
        t: &Type,
        name: &ast::Ident,
    ) -> R<Operand> {
        let named = match t {
            Type::Named(n) if !n.underlying().is_interface() => Some((n.clone(), false)),
            Type::Pointer(p) => match &**p {
                Type::Named(n) if !n.underlying().is_interface() => Some((n.clone(), true)),
                _ => None,
            },
            _ => None,
        };
        let Some((n, pointer)) = named else {
            if super::operand::unnamed_struct_with_embedding(t) {
                return self.unsupported(
                    x.start(),
                    "method sets of unnamed struct types with embedded fields",
                );
            }
            if t.is_interface() {
                if let Some(m) = super::iface::iface_methods(t)
                    .into_iter()
                    .find(|m| m.name == name.name)
                {
                    let fname = format!("main.{}.{}", type_name(t), name.name);
                    let func = match self.iface_method_exprs.get(&fname) {
                        Some(f) => *f,
                        None => {
                            let f = self.iface_forwarder(
                                fname.clone(),
                                t.clone(),
                                &[],
                                &name.name,
                                &m.sig,
                            );
                            self.iface_method_exprs.insert(fname, f);
                            f
                        }
                    };
                    self.add_ref_func(func.0);
                    let mut sig = m.sig.clone();
                    sig.params.insert(0, t.clone());
                    return Ok(Operand::Value {
                        e: Expr {
                            kind: ExprKind::FuncRef(func),
                            ty: Type::Func(Box::new(sig)),
                            pos: e.pos,
                        },
                        var: false,
                    });
                }
            }
            return self.error(
                name.pos,
                format!(
                    "{}.{} undefined (type {} has no method {})",
                    expr_string(x),
                    name.name,
                    type_name(t),
                    name.name
                ),
            );
        };
        let Some(m) = n.method(&name.name) else {
            return self.error(
                name.pos,
                format!(
                    "{}.{} undefined (type {} has no method {})",
                    expr_string(x),
                    name.name,
                    type_name(t),
                    name.name
                ),
            );
        };
        if m.pointer_receiver && !pointer {
            return self.error(
                x.start(),
                format!(
                    "invalid method expression {}.{} (needs pointer receiver (*{}).{})",
                    expr_string(x),
                    name.name,
                    n.short_name,
                    name.name
                ),
            );
        }
        let func = if pointer && !m.pointer_receiver {
            // Its wrapper on a `*T` data word has the machine signature of a
            // `func(*T, ...)`.
            m.pointer_wrapper.unwrap_or(m.func)
        } else {
            m.func
        };
        self.add_ref_func(m.func.0);
        let mut sig = m.sig.clone();
        sig.params.insert(0, t.clone());
        Ok(Operand::Value {
            e: Expr {
                kind: ExprKind::FuncRef(func),
                ty: Type::Func(Box::new(sig)),
                pos: e.pos,
            },
            var: false,
        })
    }

    /// The embedded value reached from `xe` through the embedded fields `path` (each
    /// step through a pointer dereferenced), and whether it is addressable.
    pub(super) fn embedded_value(
        &self,
        mut e: Expr,
        mut var: bool,
        path: &[usize],
        pos: Pos,
    ) -> (Expr, bool) {
        for &i in path {
            if matches!(e.ty.under(), Type::Pointer(_)) {
                e = self.deref_expr(e, pos);
                var = true;
            }
            let fty =
                e.ty.struct_type()
                    .expect("embedded path through a struct")
                    .fields[i]
                    .ty
                    .clone();
            e = Expr {
                kind: ExprKind::Field(Box::new(e), i as u32),
                ty: fty,
                pos,
            };
        }
        (e, var)
    }

    /// `*p` as an expression (nil-checked when evaluated).
    pub fn deref_expr(&self, p: Expr, pos: lowering::ir::Pos) -> Expr {
        let ty = match p.ty.under() {
            Type::Pointer(t) => (**t).clone(),
            _ => Type::Int,
        };
        Expr {
            kind: ExprKind::Deref(Box::new(p)),
            ty,
            pos,
        }
    }

    /// The call `recv.M(args)` of a method: its function with the receiver first.
    pub(super) fn method_call(
        &mut self,
        e: &ast::Expr,
        fun: &ast::Expr,
        recv: Expr,
        m: &Method,
        args: &[ast::Expr],
        ellipsis: bool,
    ) -> R<Operand> {
        let mut args_ir = self.call_args(e, fun, args, &m.sig, ellipsis)?;
        args_ir.insert(0, recv);
        let ty = if m.sig.results.len() == 1 {
            m.sig.results[0].clone()
        } else {
            Type::Tuple(m.sig.results.clone())
        };
        self.add_ref_func(m.func.0);
        Ok(Operand::Value {
            e: Expr {
                kind: ExprKind::Call {
                    callee: lowering::ir::Callee::Func(m.func),
                    args: args_ir,
                },
                ty,
                pos: e.pos,
            },
            var: false,
        })
    }
}

/// What a bound method value calls.
enum BoundMethod {
    /// A method's function, with the receiver first.
    Func(lowering::ir::FuncId),
    /// The method of this selector through the interface value.
    Iface(u32),
}

/// The members directly in `t` (after one pointer indirection): its fields by name, and
/// the methods of `T` / `*T`.
fn has_direct_member(t: &Type, name: &str) -> bool {
    let base = match t.under() {
        Type::Pointer(p) => (**p).clone(),
        _ => t.clone(),
    };
    let field = base
        .struct_type()
        .is_some_and(|st| st.fields.iter().any(|f| f.name == name));
    let method = match &base {
        _ if base.is_interface() => super::iface::iface_methods(&base)
            .iter()
            .any(|m| m.name == name),
        Type::Named(n) => n.method(name).is_some_and(|m| !m.promoted),
        _ => false,
    };
    field || method
}

/// When `name` is not a member of `t` itself but of a value embedded in it: the path of
/// embedded field indexes to the shallowest such value, as Go's selector rule finds it
/// (breadth first; `None` when absent or ambiguous at that depth).
pub(super) fn promoted_path(t: &Type, name: &str) -> Option<Vec<usize>> {
    if has_direct_member(t, name) {
        return None;
    }
    let mut level: Vec<(Type, Vec<usize>)> = vec![(t.clone(), Vec::new())];
    for _depth in 0..8 {
        let mut next = Vec::new();
        for (ty, path) in &level {
            let base = match ty.under() {
                Type::Pointer(p) => (**p).clone(),
                _ => ty.clone(),
            };
            let Some(st) = base.struct_type() else {
                continue;
            };
            for (i, f) in st.fields.iter().enumerate() {
                if f.embedded {
                    let mut p = path.clone();
                    p.push(i);
                    next.push((f.ty.clone(), p));
                }
            }
        }
        let found: Vec<&(Type, Vec<usize>)> = next
            .iter()
            .filter(|(ty, _)| has_direct_member(ty, name))
            .collect();
        match found.len() {
            0 if next.is_empty() => return None,
            0 => level = next,
            1 => return Some(found[0].1.clone()),
            _ => return None,
        }
    }
    None
}
