//! Interfaces with methods: interface type expressions (embedding flattened), method
//! sets, `implements` with types2's reasons, method selectors (the vtable index of each
//! `Name(signature)`), calls through interfaces, and the wrappers through which an
//! interface calls a method on its data word.

use super::types::{sig_name, type_name};
use super::{Checker, R};
use crate::syntax::ast;
use lowering::ir::{
    Expr, ExprKind, FuncId, FuncKind, IfaceMethod, InterfaceType, Method, Pos, Signature, Stmt,
    Type,
};
use std::sync::Arc;

/// A method in a method set: its name and signature, and whether `*T`'s set has it only
/// (pointer receiver) when the set is `T`'s.
pub(crate) struct SetMethod {
    pub name: String,
    pub sig: Signature,
}

/// The methods of values of type `t`: a defined type's value-receiver methods; all of
/// them for a pointer to a defined type; an interface's methods.
pub(crate) fn method_set(t: &Type) -> Vec<SetMethod> {
    let named_methods = |n: &lowering::ir::NamedType, with_ptr: bool| {
        let ms = n.methods.lock().unwrap_or_else(|e| e.into_inner());
        ms.iter()
            .filter(|m| with_ptr || !m.pointer_receiver)
            .map(|m| SetMethod {
                name: m.name.clone(),
                sig: m.sig.clone(),
            })
            .collect::<Vec<_>>()
    };
    match t {
        Type::Named(n) => match n.underlying() {
            Type::Interface(_) | Type::Error => method_set(n.underlying()),
            _ => named_methods(n, false),
        },
        Type::Pointer(p) => match &**p {
            Type::Named(n) if !n.underlying().is_interface() => named_methods(n, true),
            _ => Vec::new(),
        },
        Type::Interface(it) => it
            .methods
            .iter()
            .map(|m| SetMethod {
                name: m.name.clone(),
                sig: m.sig.clone(),
            })
            .collect(),
        Type::Error => vec![SetMethod {
            name: "Error".into(),
            sig: error_sig(),
        }],
        _ => Vec::new(),
    }
}

/// `func() string`, the signature of `Error` and `String`.
pub(crate) fn error_sig() -> Signature {
    Signature {
        variadic: false,
        params: vec![],
        results: vec![Type::String],
    }
}

/// The methods an interface type requires.
pub(crate) fn iface_methods(t: &Type) -> Vec<SetMethod> {
    match t.under() {
        Type::Interface(_) | Type::Error => method_set(t.under()),
        _ => Vec::new(),
    }
}

/// Why `v` does not implement the interface `t` (types2's parenthesized reason), or
/// `None` when it does.
pub(crate) fn missing_method(v: &Type, t: &Type) -> Option<String> {
    let have = method_set(v);
    for m in iface_methods(t) {
        match have.iter().find(|h| h.name == m.name) {
            Some(h) if h.sig == m.sig => {}
            Some(h) => {
                return Some(format!(
                    "wrong type for method {}\n\t\thave {}{}\n\t\twant {}{}",
                    m.name,
                    m.name,
                    &sig_name(&h.sig)[4..],
                    m.name,
                    &sig_name(&m.sig)[4..]
                ))
            }
            None => {
                // A pointer-receiver method the value's type has.
                if let Type::Named(n) = v {
                    if n.method(&m.name).is_some_and(|x| x.pointer_receiver) {
                        return Some(format!("method {} has pointer receiver", m.name));
                    }
                }
                return Some(format!("missing method {}", m.name));
            }
        }
    }
    None
}

/// types2's parenthesized reason: `(missing method M)`; for a reason with detail lines,
/// only its first line is in the parentheses.
pub(crate) fn paren_reason(why: &str) -> String {
    match why.split_once('\n') {
        Some((head, rest)) => format!("({head})\n{rest}"),
        None => format!("({why})"),
    }
}

/// The key of method `name` with signature `sig` among the program's selectors: the name
/// and signature (`String() string`), with `byte` and `rune` spelled `uint8` and `int32`
/// (the same types, so one selector: `F(rune)` is implemented by `F(int32)`).
pub(crate) fn selector_key(name: &str, sig: &Signature) -> String {
    let text = &sig_name(sig)[4..];
    let mut key = String::with_capacity(name.len() + text.len());
    key.push_str(name);
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '.';
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.find(|c: char| !word(c)).unwrap_or(rest.len());
        let (token, tail) = if end == 0 {
            let n = rest.chars().next().map_or(1, char::len_utf8);
            rest.split_at(n)
        } else {
            rest.split_at(end)
        };
        key.push_str(match token {
            "byte" => "uint8",
            "rune" => "int32",
            t => t,
        });
        rest = tail;
    }
    key
}

/// Whether a value of type `v` implements the interface type `t`.
pub(crate) fn implements(v: &Type, t: &Type) -> bool {
    t.is_interface() && missing_method(v, t).is_none()
}

impl<'a> Checker<'a> {
    /// The vtable index of the method `name` with signature `sig`.
    pub fn selector_index(&mut self, name: &str, sig: &Signature) -> u32 {
        let key = selector_key(name, sig);
        if let Some(&i) = self.selector_ids.get(&key) {
            return i;
        }
        let i = self.selectors.len() as u32;
        self.selectors.push(key.clone());
        self.selector_ids.insert(key, i);
        i
    }

    /// `fmt.Stringer`, the defined interface type `interface { String() string }`.
    pub fn fmt_stringer(&mut self) -> Type {
        if let Some(t) = &self.stringer {
            return t.clone();
        }
        self.named_count += 1;
        let selector = self.selector_index("String", &error_sig());
        let n = Arc::new(lowering::ir::NamedType {
            id: self.named_count,
            name: "fmt.Stringer".into(),
            short_name: "fmt.Stringer".into(),
            pkg_path: "fmt".into(),
            underlying: std::sync::OnceLock::new(),
            methods: std::sync::Mutex::new(Vec::new()),
        });
        let _ = n.underlying.set(Type::Interface(Arc::new(InterfaceType {
            methods: vec![IfaceMethod {
                name: "String".into(),
                sig: error_sig(),
                selector,
            }],
        })));
        let t = Type::Named(n);
        self.stringer = Some(t.clone());
        t
    }

    /// `runtime.Error`: `interface { Error() string; RuntimeError() }`, which the
    /// runtime's error values (bounds, nil dereference, assertion, ...) implement.
    pub fn runtime_error_type(&mut self) -> Type {
        if let Some(t) = &self.runtime_error {
            return t.clone();
        }
        self.named_count += 1;
        let marker = Signature {
            variadic: false,
            params: vec![],
            results: vec![],
        };
        let error_sel = self.selector_index("Error", &error_sig());
        let marker_sel = self.selector_index("RuntimeError", &marker);
        let n = Arc::new(lowering::ir::NamedType {
            id: self.named_count,
            name: "runtime.Error".into(),
            short_name: "runtime.Error".into(),
            pkg_path: "runtime".into(),
            underlying: std::sync::OnceLock::new(),
            methods: std::sync::Mutex::new(Vec::new()),
        });
        let _ = n.underlying.set(Type::Interface(Arc::new(InterfaceType {
            methods: vec![
                IfaceMethod {
                    name: "Error".into(),
                    sig: error_sig(),
                    selector: error_sel,
                },
                IfaceMethod {
                    name: "RuntimeError".into(),
                    sig: marker,
                    selector: marker_sel,
                },
            ],
        })));
        let t = Type::Named(n);
        self.runtime_error = Some(t.clone());
        t
    }

    /// The import path of the package named `name` in this file, if it is one.
    pub fn package_path(&self, name: &str) -> Option<&str> {
        match self.scopes.lookup(name) {
            Some(super::scope::Entity::Package(_, idx)) => Some(self.imports[*idx].path.as_str()),
            _ => None,
        }
    }

    /// An interface type expression with methods and embedded interfaces.
    pub fn interface_type(&mut self, elems: &[ast::InterfaceElem], pos: Pos) -> R<Type> {
        let mut methods: Vec<IfaceMethod> = Vec::new();
        let add = |c: &mut Self,
                   methods: &mut Vec<IfaceMethod>,
                   name: &str,
                   sig: Signature,
                   at: Pos|
         -> R<()> {
            if let Some(prev) = methods.iter().find(|m| m.name == name) {
                if prev.sig != sig {
                    return c.error(at, format!("duplicate method {name}"));
                }
                return Ok(());
            }
            let selector = c.selector_index(name, &sig);
            methods.push(IfaceMethod {
                name: name.to_string(),
                sig,
                selector,
            });
            Ok(())
        };
        for e in elems {
            match e {
                ast::InterfaceElem::Method { name, ty } => {
                    let sig = self.signature(ty)?;
                    if methods.iter().any(|m| m.name == name.name) {
                        return self.error(name.pos, format!("duplicate method {}", name.name));
                    }
                    add(self, &mut methods, &name.name, sig, name.pos)?;
                }
                ast::InterfaceElem::Embed(t) => {
                    let et = self.resolve_type(t)?;
                    if !et.is_interface() {
                        return self.unsupported(t.pos, "type constraints");
                    }
                    for m in iface_methods(&et) {
                        add(self, &mut methods, &m.name, m.sig, t.pos)?;
                    }
                }
            }
        }
        let _ = pos;
        if methods.is_empty() {
            return Ok(Type::Any);
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(Type::Interface(Arc::new(InterfaceType { methods })))
    }

    /// `x.M` of an interface value `x`, if the interface has method `M`.
    pub(super) fn iface_member(&mut self, xe: &Expr, name: &str) -> Option<(u32, Signature)> {
        let m = iface_methods(&xe.ty).into_iter().find(|m| m.name == name)?;
        let sel = self.selector_index(&m.name, &m.sig);
        Some((sel, m.sig))
    }

    /// Creates, for each method, the wrappers an interface calls it through: on a `T`
    /// data word (value receivers) and on a `*T` one (every method).
    pub fn declare_method_wrappers(&mut self) {
        let mut named: Vec<Arc<lowering::ir::NamedType>> = Vec::new();
        for i in 0..self.pkg_types.len() {
            if let Some(n) = &self.pkg_types[i].named {
                named.push(n.clone());
            }
        }
        for n in named {
            self.method_wrappers_of(&n);
        }
    }

    /// The interface wrappers of the methods of the defined type `n`.
    pub fn method_wrappers_of(&mut self, n: &Arc<lowering::ir::NamedType>) {
        {
            let n = n.clone();
            let methods: Vec<Method> = n.methods.lock().unwrap_or_else(|e| e.into_inner()).clone();
            let mut done = Vec::with_capacity(methods.len());
            for mut m in methods {
                m.selector = self.selector_index(&m.name, &m.sig);
                let base = Type::Named(n.clone());
                let ptr = Type::Pointer(Box::new(base.clone()));
                if !m.pointer_receiver {
                    m.value_wrapper = Some(self.method_wrapper(&n, &m, &base));
                }
                m.pointer_wrapper = Some(self.method_wrapper(&n, &m, &ptr));
                done.push(m);
            }
            *n.methods.lock().unwrap_or_else(|e| e.into_inner()) = done;
        }
    }

    /// The wrapper of method `m` for an interface whose dynamic type is `dynamic`: its
    /// first parameter is the data word; it calls `m` with the receiver unpacked from it
    /// (`*p` for a value method on a pointer).
    fn method_wrapper(
        &mut self,
        n: &lowering::ir::NamedType,
        m: &Method,
        dynamic: &Type,
    ) -> FuncId {
        let fid = self.reserve_func();
        let pos = self.funcs[m.func.0 as usize]
            .as_ref()
            .map(|f| f.pos)
            .unwrap_or_default();
        let mut sig = m.sig.clone();
        sig.params.insert(0, Type::Int);
        let name = format!(
            "{}·i",
            super::named::method_symbol(n, matches!(dynamic, Type::Pointer(_)), &m.name)
        );
        let mut w = self.new_ctx(fid, name, FuncKind::MethodWrapper, pos, sig.clone());
        let mut args = super::synth::params_and_results(&mut w, &sig, pos);
        let data = args.remove(0);
        let unboxed = Expr {
            kind: ExprKind::Unbox(Box::new(data)),
            ty: dynamic.clone(),
            pos,
        };
        let mut body = Vec::new();
        let recv = match (dynamic, m.pointer_receiver) {
            (Type::Pointer(_), false) => {
                // gc's panicwrap: a value method through a nil pointer.
                let nil = Expr {
                    kind: ExprKind::Binary(
                        lowering::ir::BinaryOp::Eq,
                        Box::new(unboxed.clone()),
                        Box::new(Expr {
                            kind: ExprKind::Nil,
                            ty: dynamic.clone(),
                            pos,
                        }),
                    ),
                    ty: Type::Bool,
                    pos,
                };
                // gc's text: the type's package-qualified name (`main.T`, `strings.Builder`).
                let msg = format!(
                    "value method {}.{} called using nil *{} pointer",
                    n.name,
                    m.name,
                    n.name.rsplit('.').next().unwrap_or(&n.name)
                );
                let panic = Expr {
                    kind: ExprKind::Builtin(
                        lowering::ir::Builtin::PanicWrap,
                        vec![Expr {
                            kind: ExprKind::Str(msg.into_bytes()),
                            ty: Type::String,
                            pos,
                        }],
                    ),
                    ty: Type::Tuple(Vec::new()),
                    pos,
                };
                body.push(Stmt::If {
                    cond: nil,
                    then: vec![Stmt::Expr(panic)],
                    els: vec![],
                    pos,
                });
                self.deref_expr(unboxed, pos)
            }
            _ => unboxed,
        };
        args.insert(0, recv);
        super::synth::call_and_return(&mut body, m.func, args, &m.sig.results, pos);
        self.finish_ctx(w, body, pos);
        fid
    }

    /// types2's message for a value that does not implement an interface it is used as.
    pub fn not_implemented(&self, v: &Type, t: &Type) -> String {
        let why = missing_method(v, t).unwrap_or_default();
        format!(
            "{} does not implement {} {}",
            type_name(v),
            type_name(t),
            paren_reason(&why)
        )
    }
}
