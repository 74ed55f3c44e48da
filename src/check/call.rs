//! Calls: of user functions and func values, argument lists (incl. `f(g())` spreading
//! multiple results), and the package functions of `fmt`, `errors` and `os`.

use super::operand::{to_iface, Operand};
use super::types::{type_name, ConstVal};
use super::{Checker, R};
use crate::syntax::ast::{self, expr_string};
use lowering::ir::{Builtin, Callee, Expr, ExprKind, Signature, Type};

impl<'a> Checker<'a> {
    /// Argument-count message lists: `(int, string)`, untyped numbers as `number`.
    pub fn summary(&self, ops: &[(Operand, &ast::Expr)]) -> String {
        let parts: Vec<String> = ops
            .iter()
            .map(|(o, _)| match o {
                // types2 says `number` for any untyped numeric constant.
                Operand::Const { ty: None, val } if val.is_numeric() => "number".to_string(),
                Operand::Const { ty: None, val } => val
                    .untyped_name()
                    .trim_start_matches("untyped ")
                    .to_string(),
                Operand::Nil => "nil".into(),
                other => self.op_type_name(other),
            })
            .collect();
        format!("({})", parts.join(", "))
    }

    /// Whether a typed operand converts to `t` by Go's non-constant conversion rules
    /// (identical underlying types, pointers to them).
    fn convertible_operand(&self, o: &Operand, t: &Type) -> bool {
        match o {
            Operand::Const { ty: Some(v), .. } => super::types::convertible(v, t),
            Operand::Value { e, .. } => super::types::convertible(&e.ty, t),
            _ => false,
        }
    }

    /// `T(x)` between strings and integers (runes), byte slices and rune slices; `None`
    /// when this is not such a conversion.
    fn string_conversion(&mut self, t: &Type, ao: &Operand) -> Option<Operand> {
        use lowering::ir::{IntKind, StrConv};
        let is_bytes = |t: &Type| matches!(t.under(), Type::Slice(e) if *e.under() == Type::Sized(IntKind::U8));
        let is_runes = |t: &Type| matches!(t.under(), Type::Slice(e) if *e.under() == Type::Sized(IntKind::I32));
        // Constants: string(65), string('é').
        if let Operand::Const { val, ty } = ao {
            if *t.under() == Type::String && ty.as_ref().is_none_or(|x| x.is_integer()) {
                let v = val.int()?;
                let c = u32::try_from(v)
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or('\u{FFFD}');
                return Some(Operand::Const {
                    val: ConstVal::Str(c.to_string().into_bytes()),
                    ty: Some(t.clone()),
                });
            }
        }
        let x = match ao {
            Operand::Value { e, .. } => e.clone(),
            Operand::Const {
                val: val @ ConstVal::Str(_),
                ty,
            } => {
                let st = ty.clone().unwrap_or(Type::String);
                self.const_expr(val, &st, lowering::ir::Pos::default())
            }
            _ => return None,
        };
        let kind = match (t.under(), x.ty.under()) {
            (Type::String, _) if x.ty.is_integer() => StrConv::FromRune,
            (Type::String, _) if is_bytes(&x.ty) => StrConv::FromBytes,
            (Type::String, _) if is_runes(&x.ty) => StrConv::FromRunes,
            (_, Type::String) if is_bytes(t) => StrConv::ToBytes,
            (_, Type::String) if is_runes(t) => StrConv::ToRunes,
            _ => return None,
        };
        let pos = x.pos;
        Some(Operand::Value {
            e: Expr {
                kind: ExprKind::StrConv(kind, Box::new(x)),
                ty: t.clone(),
                pos,
            },
            var: false,
        })
    }

    /// `T(x)` between numeric types where a float is involved: of a constant, a typed
    /// constant (rounded to a float type; an integer type needs an integral value), else
    /// a conversion; `None` when this is not such a conversion.
    fn float_conversion(&mut self, t: &Type, ao: &Operand, arg: &ast::Expr) -> R<Option<Operand>> {
        if !t.is_numeric() {
            return Ok(None);
        }
        match ao {
            Operand::Const { val, ty } if val.is_numeric() => {
                if ty.as_ref().is_some_and(|x| !x.is_numeric()) {
                    return Ok(None);
                }
                let is_float = matches!(val, ConstVal::Float(_));
                if t.float_kind().is_none() && !is_float {
                    return Ok(None);
                }
                let r = val.rat().unwrap_or_default();
                if let Some(k) = t.float_kind() {
                    let Some(x) = super::floats::round_to(&r, k) else {
                        let d = self.describe(arg, ao);
                        return self.error(
                            arg.start(),
                            format!("cannot convert {d} to type {}", type_name(t)),
                        );
                    };
                    return Ok(Some(Operand::Const {
                        val: ConstVal::Float(x),
                        ty: Some(t.clone()),
                    }));
                }
                match super::floats::to_i128(&r) {
                    Some(v) if super::types::fits(v, t) => Ok(Some(Operand::Const {
                        val: ConstVal::Int(v),
                        ty: Some(t.clone()),
                    })),
                    Some(_) => {
                        let d = self.describe(arg, ao);
                        self.error(
                            arg.start(),
                            format!("cannot convert {d} to type {}", type_name(t)),
                        )
                    }
                    None => {
                        let d = self.describe(arg, ao);
                        self.error(
                            arg.start(),
                            format!("cannot convert {d} to type {}", type_name(t)),
                        )
                    }
                }
            }
            Operand::Value { e: x, .. }
                if x.ty.is_numeric()
                    && x.ty.complex_kind().is_none()
                    && t.complex_kind().is_none()
                    && (x.ty.float_kind().is_some() || t.float_kind().is_some()) =>
            {
                let same = x.ty.float_kind() == t.float_kind();
                Ok(Some(numeric_value(x, t, same)))
            }
            _ => Ok(None),
        }
    }

    /// `T(x)` for an integer type `T` and an integer `x`: a typed constant (which must be
    /// representable) or a conversion; `None` when this is not such a conversion.
    fn integer_conversion(
        &mut self,
        t: &Type,
        ao: &Operand,
        arg: &ast::Expr,
    ) -> R<Option<Operand>> {
        if !t.is_integer() {
            return Ok(None);
        }
        match ao {
            Operand::Const { val, ty }
                if val.int().is_some() && ty.as_ref().is_none_or(|x| x.is_integer()) =>
            {
                let v = &val.int().unwrap_or(0);
                if !super::types::fits(*v, t) {
                    return self.error(
                        arg.start(),
                        format!("constant {v} overflows {}", type_name(t)),
                    );
                }
                Ok(Some(Operand::Const {
                    val: ConstVal::Int(*v),
                    ty: Some(t.clone()),
                }))
            }
            Operand::Value { e: x, .. } if x.ty.is_integer() => {
                let same = x.ty.int_info() == t.int_info();
                Ok(Some(numeric_value(x, t, same)))
            }
            _ => Ok(None),
        }
    }

    pub(super) fn call(
        &mut self,
        e: &ast::Expr,
        fun: &ast::Expr,
        args: &[ast::Expr],
        ellipsis: bool,
    ) -> R<Operand> {
        let pos = e.pos;
        let fo = self.callee_expr(fun)?;
        match fo {
            Operand::Type(t) => {
                if args.len() != 1 {
                    return self.error(
                        e.start(),
                        format!("wrong argument count in conversion to {}", type_name(&t)),
                    );
                }
                let ao = self.expr(&args[0])?;
                if let Some(op) = self.complex_conversion(&t, &ao, &args[0])? {
                    return Ok(op);
                }
                if let Some(op) = self.float_conversion(&t, &ao, &args[0])? {
                    return Ok(op);
                }
                if let Some(op) = self.integer_conversion(&t, &ao, &args[0])? {
                    return Ok(op);
                }
                if let Some(op) = self.string_conversion(&t, &ao) {
                    return Ok(op);
                }
                if let Some(op) = slice_to_array_conversion(&t, &ao) {
                    return Ok(op);
                }
                let d = self.describe(&args[0], &ao);
                match self.convert(ao.clone(), &args[0], &t, "conversion") {
                    Ok(x) => {
                        if let Operand::Const { val, .. } = &ao {
                            if !t.is_interface() {
                                return Ok(Operand::Const {
                                    val: val.clone(),
                                    ty: Some(t),
                                });
                            }
                        }
                        Ok(Operand::Value { e: x, var: false })
                    }
                    Err(()) if self.convertible_operand(&ao, &t) => {
                        self.errors.pop();
                        Ok(match ao {
                            Operand::Const { val, .. } => Operand::Const { val, ty: Some(t) },
                            Operand::Value { e: x, .. } => Operand::Value {
                                e: Expr { ty: t, ..x },
                                var: false,
                            },
                            _ => return Err(()),
                        })
                    }
                    Err(()) => {
                        self.errors.pop();
                        self.error(
                            args[0].start(),
                            format!("cannot convert {d} to type {}", type_name(&t)),
                        )
                    }
                }
            }
            Operand::Builtin(b) => self.builtin_call(e, b, args, ellipsis),
            Operand::IfaceMethod {
                recv,
                selector,
                sig,
            } => {
                let args_ir = self.call_args(e, fun, args, &sig, ellipsis)?;
                let ty = if sig.results.len() == 1 {
                    sig.results[0].clone()
                } else {
                    Type::Tuple(sig.results.clone())
                };
                Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::IfaceCall {
                            recv: Box::new(recv),
                            selector,
                            sig,
                            args: args_ir,
                        },
                        ty,
                        pos,
                    },
                    var: false,
                })
            }
            Operand::Method { recv, method } => {
                self.method_call(e, fun, recv, &method, args, ellipsis)
            }
            Operand::PkgFunc(f) => self.pkg_call(e, fun, f, args, ellipsis),
            Operand::BenchMethod(m, b) => {
                let entry = match m {
                    "ResetTimer" => "testing.benchResetTimer",
                    "StartTimer" => "testing.benchStartTimer",
                    "StopTimer" => "testing.benchStopTimer",
                    "ReportAllocs" => "testing.benchReportAllocs",
                    _ => "testing.benchSetBytes",
                };
                let params = if m == "SetBytes" {
                    vec![Type::Sized(lowering::ir::IntKind::I64)]
                } else {
                    vec![]
                };
                let sig = Signature {
                    variadic: false,
                    params,
                    results: vec![],
                };
                let mut all = vec![b];
                all.extend(self.call_args(e, fun, args, &sig, ellipsis)?);
                Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::Builtin(Builtin::Runtime(entry), all),
                        ty: Type::Tuple(vec![]),
                        pos,
                    },
                    var: false,
                })
            }
            Operand::ErrMethod(x) => {
                if !args.is_empty() {
                    let msg = format!(
                        "too many arguments in call to {}\n\thave {}\n\twant ()",
                        expr_string(fun),
                        "(...)"
                    );
                    return self.error(args[0].start(), msg);
                }
                Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::ErrorMethod(Box::new(x)),
                        ty: Type::String,
                        pos,
                    },
                    var: false,
                })
            }
            Operand::Value { e: fe, var } => {
                let sig = match fe.ty.under() {
                    Type::Func(sig) => (**sig).clone(),
                    _ => {
                        let d = self.describe(fun, &Operand::Value { e: fe.clone(), var });
                        return self.error(
                            e.start(),
                            format!("invalid operation: cannot call non-function {d}"),
                        );
                    }
                };
                let args_ir = self.call_args(e, fun, args, &sig, ellipsis)?;
                if let Some(what) = unsupported_finalizer(fun, &args_ir) {
                    return self.unsupported(args[1].start(), what);
                }
                let callee = match fe.kind {
                    ExprKind::FuncRef(id) => Callee::Func(id),
                    _ => Callee::Value(Box::new(fe)),
                };
                let ty = if sig.results.len() == 1 {
                    sig.results[0].clone()
                } else {
                    Type::Tuple(sig.results.clone())
                };
                Ok(Operand::Value {
                    e: Expr {
                        kind: ExprKind::Call {
                            callee,
                            args: args_ir,
                        },
                        ty,
                        pos,
                    },
                    var: false,
                })
            }
            Operand::Nil => {
                self.error(e.start(), "invalid operation: cannot call non-function nil")
            }
            Operand::Const { .. } => {
                let d = self.describe(fun, &fo);
                self.error(
                    e.start(),
                    format!("invalid operation: cannot call non-function {d}"),
                )
            }
        }
    }

    /// For a multi-value call operand: evaluates it into temporaries (statements queued
    /// before the current statement) and returns the temporaries.
    pub fn spread(&mut self, op: &Operand) -> Option<Vec<Expr>> {
        let Operand::Value { e: x, .. } = op else {
            return None;
        };
        let Type::Tuple(ts) = &x.ty else { return None };
        if ts.len() < 2 {
            return None;
        }
        let pos = x.pos;
        let mut temps = Vec::new();
        let mut stmts = Vec::new();
        for t in ts {
            let l = self.new_temp(t.clone(), pos);
            stmts.push(lowering::ir::Stmt::Decl { local: l, pos });
            temps.push((l, t.clone()));
        }
        stmts.push(lowering::ir::Stmt::Assign {
            lhs: temps
                .iter()
                .map(|(l, _)| lowering::ir::LValue::Local(*l))
                .collect(),
            rhs: vec![x.clone()],
            pos,
        });
        self.ctx().pending.extend(stmts);
        Some(
            temps
                .into_iter()
                .map(|(l, t)| Expr {
                    kind: ExprKind::Local(l),
                    ty: t,
                    pos,
                })
                .collect(),
        )
    }

    /// Checks call arguments against a signature (count and assignability).
    /// The arguments of a call of a function of signature `sig`, converted to its
    /// parameter types; for a variadic function, the trailing ones packed into a slice
    /// (or passed as it with `f(s...)`).
    pub fn call_args(
        &mut self,
        call: &ast::Expr,
        fun: &ast::Expr,
        args: &[ast::Expr],
        sig: &Signature,
        ellipsis: bool,
    ) -> R<Vec<Expr>> {
        if ellipsis && !sig.variadic {
            let _ = self.expr(&args[args.len().saturating_sub(1)]);
            return self.error(
                call.start(),
                format!(
                    "cannot use ... in call to non-variadic {}",
                    expr_string(fun)
                ),
            );
        }
        if !sig.variadic || ellipsis {
            return self.call_args_fixed(call, fun, args, sig);
        }
        let fixed = sig.params.len() - 1;
        let Some(Type::Slice(elem)) = sig.params.last() else {
            return self.call_args_fixed(call, fun, args, sig);
        };
        let slice_ty = sig.params[fixed].clone();
        if args.len() < fixed {
            let mut ops = Vec::new();
            for a in args {
                ops.push((self.expr(a)?, a));
            }
            let have = self.summary(&ops);
            let want = &super::types::sig_name(sig)[4..];
            let want = want.split(')').next().unwrap_or("").to_string() + ")";
            let at = args.last().map(|a| a.start()).unwrap_or(call.start());
            return self.error(
                at,
                format!(
                    "not enough arguments in call to {}\n\thave {have}\n\twant {want}",
                    expr_string(fun)
                ),
            );
        }
        // Check them as a call of the fixed parameters and as many elements.
        let mut flat = sig.clone();
        flat.variadic = false;
        flat.params.truncate(fixed);
        flat.params
            .extend(std::iter::repeat_n((**elem).clone(), args.len() - fixed));
        let mut out = self.call_args_fixed(call, fun, args, &flat)?;
        let extra: Vec<Expr> = out.split_off(fixed);
        let pos = args.get(fixed).map(|a| a.start()).unwrap_or(call.start());
        out.push(Expr {
            kind: if extra.is_empty() {
                ExprKind::Nil
            } else {
                ExprKind::SliceLit(extra)
            },
            ty: slice_ty,
            pos,
        });
        Ok(out)
    }

    fn call_args_fixed(
        &mut self,
        call: &ast::Expr,
        fun: &ast::Expr,
        args: &[ast::Expr],
        sig: &Signature,
    ) -> R<Vec<Expr>> {
        let mut ops = Vec::new();
        for a in args {
            let o = self.expr(a)?;
            ops.push((o, a));
        }
        // f(g()) with a multi-value g: g's results go through temporaries
        if ops.len() == 1 {
            if let Some(vals) = self.spread(&ops[0].0) {
                if vals.len() != sig.params.len() {
                    let tys: Vec<String> = vals.iter().map(|v| type_name(&v.ty)).collect();
                    let ps: Vec<String> = sig.params.iter().map(type_name).collect();
                    let q = if vals.len() > sig.params.len() {
                        "too many"
                    } else {
                        "not enough"
                    };
                    return self.error(
                        args[0].start(),
                        format!(
                            "{q} arguments in call to {}\n\thave ({})\n\twant ({})",
                            expr_string(fun),
                            tys.join(", "),
                            ps.join(", ")
                        ),
                    );
                }
                let ctx = format!("argument to {}", expr_string(fun));
                let mut out = Vec::new();
                for (v, t) in vals.into_iter().zip(&sig.params) {
                    let vt = v.ty.clone();
                    let d = format!(
                        "{} (value of type {})",
                        expr_string(&args[0]),
                        type_name(&vt)
                    );
                    out.push(self.convert_value(v, &vt, t, &d, &ctx, args[0].start())?);
                }
                return Ok(out);
            }
        }
        if ops.len() != sig.params.len() {
            let have = self.summary(&ops);
            let ps: Vec<String> = sig.params.iter().map(type_name).collect();
            let want = format!("({})", ps.join(", "));
            let (q, at) = if ops.len() > sig.params.len() {
                ("too many", args[sig.params.len()].start())
            } else if let Some(last) = args.last() {
                ("not enough", last.start())
            } else {
                ("not enough", call.start())
            };
            let _ = call;
            return self.error(
                at,
                format!(
                    "{q} arguments in call to {}\n\thave {have}\n\twant {want}",
                    expr_string(fun)
                ),
            );
        }
        let ctx = format!("argument to {}", expr_string(fun));
        let mut out = Vec::new();
        for ((o, a), t) in ops.into_iter().zip(&sig.params) {
            out.push(self.convert(o, a, t, &ctx)?);
        }
        Ok(out)
    }

    fn pkg_call(
        &mut self,
        e: &ast::Expr,
        fun: &ast::Expr,
        f: &'static str,
        args: &[ast::Expr],
        ellipsis: bool,
    ) -> R<Operand> {
        let pos = e.pos;
        let mk = |kind: Builtin, args: Vec<Expr>, ty: Type| Operand::Value {
            e: Expr {
                kind: ExprKind::Builtin(kind, args),
                ty,
                pos,
            },
            var: false,
        };
        let ctx = format!("argument to {f}");
        // fmt's Print family: the builtin of the operands, of a spread `[]any`, and the
        // result type.
        let print = match f {
            "fmt.Println" => Some((Builtin::FmtPrintln, Builtin::FmtPrintlnSpread, None)),
            "fmt.Print" => Some((Builtin::FmtPrint, Builtin::FmtPrintSpread, None)),
            "fmt.Sprintln" => Some((
                Builtin::FmtSprintln,
                Builtin::FmtSprintlnSpread,
                Some(Type::String),
            )),
            "fmt.Sprint" => Some((
                Builtin::FmtSprint,
                Builtin::FmtSprintSpread,
                Some(Type::String),
            )),
            _ => None,
        };
        match f {
            _ if ellipsis && print.is_some() => {
                let (_, kind, ty) = print.expect("a Print function");
                let any_slice = Type::Slice(Box::new(Type::Any));
                if args.len() > 1 {
                    let msg = format!("too many arguments in call to {f}");
                    return self.error(args[1].start(), msg);
                }
                let s = self.expr_to(&args[0], &any_slice, &ctx)?;
                Ok(mk(kind, vec![s], ty.unwrap_or(Type::Tuple(vec![]))))
            }
            "fmt.Sprintf" | "fmt.Printf" | "fmt.Errorf" | "fmt.Fprintf" => {
                self.printf_call(e, f, args, ellipsis)
            }
            "fmt.Fprint" | "fmt.Fprintln" => self.fprint_call(e, f, args, ellipsis),
            _ if ellipsis => self.error(
                e.start(),
                format!("cannot use ... in call to non-variadic {f}"),
            ),
            _ if print.is_some() => {
                let (kind, _, ty) = print.expect("a Print function");
                let mut out = Vec::new();
                for a in args {
                    let o = self.expr(a)?;
                    if args.len() == 1 {
                        if let Some(vals) = self.spread(&o) {
                            for v in &vals {
                                self.need_methods_of(&v.ty);
                            }
                            out.extend(vals.into_iter().map(|v| to_iface(v, &Type::Any)));
                            continue;
                        }
                    }
                    out.push(self.convert(o, a, &Type::Any, &ctx)?);
                }
                Ok(mk(kind, out, ty.unwrap_or(Type::Tuple(vec![]))))
            }
            "errors.New" | "os.Exit" => {
                let (param, kind, ty) = if f == "errors.New" {
                    (Type::String, Builtin::ErrorsNew, Type::Error)
                } else {
                    (Type::Int, Builtin::OsExit, Type::Tuple(vec![]))
                };
                let sig = Signature {
                    variadic: false,
                    params: vec![param],
                    results: vec![],
                };
                let out = self.call_args(e, fun, args, &sig, false)?;
                Ok(mk(kind, out, ty))
            }
            "runtime.GC" | "runtime.Gosched" | "runtime.NumCPU" | "runtime.NumGoroutine" => {
                let (kind, ty) = match f {
                    "runtime.NumCPU" => (Builtin::NumCPU, Type::Int),
                    "runtime.NumGoroutine" => (Builtin::Runtime("rt_num_goroutine"), Type::Int),
                    "runtime.Gosched" => (Builtin::Runtime("rt_gosched"), Type::Tuple(vec![])),
                    // A full collection; then the other goroutines run, as they do while
                    // gc's caller waits for the collection to end.
                    "runtime.GC" => (Builtin::Runtime("runtime.GC"), Type::Tuple(vec![])),
                    _ => (Builtin::RuntimeNop, Type::Tuple(vec![])),
                };
                let sig = Signature {
                    variadic: false,
                    params: vec![],
                    results: vec![],
                };
                let out = self.call_args(e, fun, args, &sig, false)?;
                Ok(mk(kind, out, ty))
            }
            "runtime.KeepAlive" | "runtime.GOMAXPROCS" => {
                let (param, kind, ty) = if f == "runtime.KeepAlive" {
                    // A real call: the value stays live (visible to the collector) until it.
                    (
                        Type::Any,
                        Builtin::Runtime("runtime.KeepAlive"),
                        Type::Tuple(vec![]),
                    )
                } else {
                    (Type::Int, Builtin::GoMaxProcs, Type::Int)
                };
                let sig = Signature {
                    variadic: false,
                    params: vec![param],
                    results: vec![],
                };
                let out = self.call_args(e, fun, args, &sig, false)?;
                Ok(mk(kind, out, ty))
            }
            f if f.starts_with("unsafe.") => self.unsafe_call(e, f, args),
            _ => self.unsupported(e.start(), format!("function {f}")),
        }
    }
}

/// `[N]T(s)` or `(*[N]T)(s)` of a slice `s` of `[]T`; `None` when this is not such a
/// conversion.
fn slice_to_array_conversion(t: &Type, ao: &Operand) -> Option<Operand> {
    let Operand::Value { e: x, .. } = ao else {
        return None;
    };
    let Type::Slice(se) = x.ty.under() else {
        return None;
    };
    let at = match t.under() {
        Type::Pointer(p) => &**p,
        other => other,
    };
    let (ae, _) = at.array_type()?;
    if ae != &**se {
        return None;
    }
    Some(Operand::Value {
        e: Expr {
            kind: ExprKind::SliceToArray(Box::new(x.clone())),
            ty: t.clone(),
            pos: x.pos,
        },
        var: false,
    })
}

/// `x` converted to the numeric type `t`: the same words under another type when the
/// representations are `same`, else a conversion.
pub(super) fn numeric_value(x: &Expr, t: &Type, same: bool) -> Operand {
    let kind = if same {
        x.kind.clone()
    } else {
        ExprKind::Convert(Box::new(x.clone()))
    };
    Operand::Value {
        e: Expr {
            kind,
            ty: t.clone(),
            pos: x.pos,
        },
        var: false,
    }
}

/// A finalizer `runtime.SetFinalizer(x, f)` deferjit cannot call yet: one whose results
/// take more than two words (the finalizer goroutine's call reserves no room for them).
fn unsupported_finalizer(fun: &ast::Expr, args: &[Expr]) -> Option<&'static str> {
    let ast::ExprKind::Selector(pkg, name) = &fun.kind else {
        return None;
    };
    if name.name != "SetFinalizer"
        || !matches!(&pkg.kind, ast::ExprKind::Ident(p) if p == "runtime")
    {
        return None;
    }
    let ExprKind::ToIface(f) = &args.get(1)?.kind else {
        return None;
    };
    let Type::Func(sig) = f.ty.under() else {
        return None;
    };
    let words: usize = sig
        .results
        .iter()
        .map(|t| lowering::layout::words(t).len())
        .sum();
    (words > 2).then_some("a finalizer whose results take more than two words")
}
