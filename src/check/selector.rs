//! Selectors (package members, `err.Error`, `b.N`) and type assertions `x.(T)`.

use super::operand::Operand;
use super::scope::Entity;
use super::types::type_name;
use super::{Checker, R};
use crate::syntax::ast::{self, expr_string, ExprKind as AK};
use lowering::ir::{Expr, ExprKind, Type};

impl<'a> Checker<'a> {
    /// The operand and target of `x.(T)`.
    pub fn assert_parts(
        &mut self,
        whole: &ast::Expr,
        x: &ast::Expr,
        t: &ast::TypeExpr,
    ) -> R<(Expr, Type)> {
        let xo = self.expr(x)?;
        self.single(x, &xo)?;
        let xe = match &xo {
            Operand::Value { e, .. } if e.ty.is_interface() => e.clone(),
            _ => {
                let d = self.describe(x, &xo);
                return self.error(
                    x.start(),
                    format!("invalid operation: {d} is not an interface"),
                );
            }
        };
        let target = self.resolve_type(t)?;
        // A concrete type that cannot implement the operand's interface.
        if !target.is_interface() && *xe.ty.under() != Type::Any {
            if let Some(why) = super::iface::missing_method(&target, &xe.ty) {
                return self.error(
                    whole.start(),
                    format!(
                        "impossible type assertion: {}\n\t{} does not implement {} {}",
                        expr_string(whole),
                        type_name(&target),
                        type_name(&xe.ty),
                        super::iface::paren_reason(&why)
                    ),
                );
            }
        }
        Ok((xe, target))
    }

    pub(super) fn selector(
        &mut self,
        e: &ast::Expr,
        x: &ast::Expr,
        sel: &ast::Ident,
    ) -> R<Operand> {
        if let AK::Ident(pkg) = &x.kind {
            if let Some(Entity::Package(name, idx)) = self.scopes.lookup(pkg).cloned() {
                self.imports[idx].used = true;
                let path = self.imports[idx].path.clone();
                if let Some(ent) = self.lib_member(&path, &sel.name, sel.pos) {
                    return self.entity_operand(&sel.name, ent?, sel.pos);
                }
                if path == "fmt" && sel.name == "Stringer" {
                    return Ok(Operand::Type(self.fmt_stringer()));
                }
                let f: Option<&'static str> = match (path.as_str(), sel.name.as_str()) {
                    ("fmt", "Println") => Some("fmt.Println"),
                    ("fmt", "Print") => Some("fmt.Print"),
                    ("fmt", "Sprint") => Some("fmt.Sprint"),
                    ("fmt", "Sprintln") => Some("fmt.Sprintln"),
                    ("fmt", "Sprintf") => Some("fmt.Sprintf"),
                    ("fmt", "Printf") => Some("fmt.Printf"),
                    ("fmt", "Errorf") => Some("fmt.Errorf"),
                    ("fmt", "Fprint") => Some("fmt.Fprint"),
                    ("fmt", "Fprintln") => Some("fmt.Fprintln"),
                    ("fmt", "Fprintf") => Some("fmt.Fprintf"),
                    ("errors", "New") => Some("errors.New"),
                    ("os", "Exit") => Some("os.Exit"),
                    ("runtime", "GC") => Some("runtime.GC"),
                    ("runtime", "Gosched") => Some("runtime.Gosched"),
                    ("runtime", "KeepAlive") => Some("runtime.KeepAlive"),
                    ("runtime", "NumCPU") => Some("runtime.NumCPU"),
                    ("runtime", "GOMAXPROCS") => Some("runtime.GOMAXPROCS"),
                    ("runtime", "NumGoroutine") => Some("runtime.NumGoroutine"),
                    _ => None,
                };
                if path == "unsafe" {
                    if sel.name == "Pointer" {
                        return Ok(Operand::Type(Type::UnsafePointer));
                    }
                    let full = format!("unsafe.{}", sel.name);
                    if let Some(f) = super::unsafe_pkg::FUNCS.iter().find(|f| **f == full) {
                        return Ok(Operand::PkgFunc(f));
                    }
                }
                if path == "runtime" && sel.name == "Error" {
                    return Ok(Operand::Type(self.runtime_error_type()));
                }
                if path == "runtime" {
                    // runtime.Compiler is an untyped constant, GOOS and GOARCH typed ones.
                    let text = match sel.name.as_str() {
                        "Compiler" => Some(("gc", None)),
                        "GOOS" => Some((std::env::consts::OS, Some(Type::String))),
                        "GOARCH" => Some((go_arch(), Some(Type::String))),
                        _ => None,
                    };
                    if let Some((v, ty)) = text {
                        return Ok(Operand::Const {
                            val: super::types::ConstVal::Str(v.as_bytes().to_vec()),
                            ty,
                        });
                    }
                }
                return match f {
                    Some(f) => Ok(Operand::PkgFunc(f)),
                    None => {
                        if path == "testing" && sel.name == "B" {
                            return self.unsupported(x.pos, "testing.B other than as *testing.B");
                        }
                        if self.std_member(pkg, &sel.name) {
                            return self.unsupported(x.pos, format!("{name}.{}", sel.name));
                        }
                        self.error(sel.pos, format!("undefined: {name}.{}", sel.name))
                    }
                };
            }
        }
        let mut xo = self.expr(x)?;
        if let Operand::Const { val, ty: Some(t) } = &xo {
            // A typed constant's methods: on its value.
            let v = self.const_expr(val, t, x.start());
            xo = Operand::Value { e: v, var: false };
        }
        if let Operand::Type(t) = &xo {
            return self.method_expr(e, x, t, sel);
        }
        self.single(x, &xo)?;
        if let Operand::Value { e: xe, .. } = &xo {
            match (&xe.ty, sel.name.as_str()) {
                (Type::Error, "Error") => return Ok(Operand::ErrMethod(xe.clone())),
                (Type::TestingB, "N") => {
                    return Ok(Operand::Value {
                        e: Expr {
                            kind: ExprKind::BenchN(Box::new(xe.clone())),
                            ty: Type::Int,
                            pos: e.pos,
                        },
                        var: false,
                    })
                }
                (Type::TestingB, _) => {
                    const METHODS: [&str; 5] = [
                        "ResetTimer",
                        "StartTimer",
                        "StopTimer",
                        "ReportAllocs",
                        "SetBytes",
                    ];
                    if let Some(m) = METHODS.iter().find(|m| **m == sel.name) {
                        return Ok(Operand::BenchMethod(m, xe.clone()));
                    }
                    return self.unsupported(
                        sel.pos,
                        format!(
                            "b.{} (*testing.B has only N, ResetTimer, StartTimer, StopTimer, \
                             ReportAllocs and SetBytes)",
                            sel.name
                        ),
                    );
                }
                _ => {}
            }
            if let Some(op) = self.member(
                e,
                x,
                xe,
                matches!(xo, Operand::Value { var: true, .. }),
                sel,
            )? {
                return Ok(op);
            }
            if xe.ty.is_interface() {
                if let Some((selector, sig)) = self.iface_member(xe, &sel.name) {
                    return Ok(Operand::IfaceMethod {
                        recv: xe.clone(),
                        selector,
                        sig,
                    });
                }
            }
            let msg = format!(
                "{}.{} undefined (type {} has no field or method {})",
                expr_string(x),
                sel.name,
                type_name(&xe.ty),
                sel.name
            );
            return self.error(sel.pos, msg);
        }
        let d = self.describe(x, &xo);
        self.error(
            sel.pos,
            format!(
                "{}.{} undefined ({d} has no field or method {})",
                expr_string(x),
                sel.name,
                sel.name
            ),
        )
    }
}

/// `runtime.GOARCH` of the host: Go's name of its architecture.
fn go_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        other => other,
    }
}
