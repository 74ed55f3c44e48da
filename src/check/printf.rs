//! `fmt.Sprintf`, `fmt.Printf` and `fmt.Errorf`: the operands, and the format string,
//! which must be a constant using only what the runtime's Printf implements
//! (`runtime/src/printf.rs`); anything else is refused by name.

use super::operand::Operand;
use super::scope::Entity;
use super::types::ConstVal;
use super::{Checker, R};
use crate::syntax::ast;
use lowering::ir::{Builtin, Expr, ExprKind, Type};

impl<'a> Checker<'a> {
    pub(super) fn printf_call(
        &mut self,
        e: &ast::Expr,
        f: &'static str,
        args: &[ast::Expr],
        ellipsis: bool,
    ) -> R<Operand> {
        let ctx = format!("argument to {f}");
        // Fprintf's writer comes first.
        let (writer, args) = if f == "fmt.Fprintf" {
            let Some((w, rest)) = args.split_first() else {
                return self.error(
                    e.start(),
                    format!("not enough arguments in call to {f}\n\thave ()\n\twant (io.Writer, string, ...any)"),
                );
            };
            (Some(self.writer_operand(w, &ctx)?), rest)
        } else {
            (None, args)
        };
        let Some((first, rest)) = args.split_first() else {
            let want = if writer.is_some() {
                "io.Writer, string, ...any"
            } else {
                "string, ...any"
            };
            return self.error(
                e.start(),
                format!("not enough arguments in call to {f}\n\thave ()\n\twant ({want})"),
            );
        };
        if ellipsis && rest.len() != 1 {
            let at = rest.last().map_or(e.start(), |a| a.start());
            return self.error(at, format!("too many arguments in call to {f}"));
        }
        let fo = self.expr(first)?;
        if rest.is_empty() {
            if let Operand::Value { e: x, .. } = &fo {
                if matches!(&x.ty, Type::Tuple(ts) if ts.len() > 1) {
                    return self.unsupported(
                        first.start(),
                        format!("{f} of a multiple-value call (a non-constant format)"),
                    );
                }
            }
        }
        let format = match &fo {
            Operand::Const {
                val: ConstVal::Str(s),
                ..
            } => Some(s.clone()),
            _ => None,
        };
        let fe = self.convert(fo, first, &Type::String, &ctx)?;
        if let Some(format) = &format {
            if let Some(what) = runtime::printf::unsupported_in_format(format, f == "fmt.Errorf") {
                return self.unsupported(first.start(), format!("{what} in {f}'s format"));
            }
        }
        // A format known only at run time (the runtime refuses what it lacks, by name, with
        // a fatal error), a spread operand list, or a writer: a call of the library's
        // function over a []any of the operands.
        if format.is_none() || ellipsis || writer.is_some() {
            let operands = self.operand_slice(e, rest, ellipsis, &ctx)?;
            let wrapped = format
                .as_deref()
                .map(|f| runtime::printf::wrapped_operands(f, usize::MAX))
                .unwrap_or_default();
            if f == "fmt.Errorf" && ellipsis && !wrapped.is_empty() {
                // Which operands exist is known only when the list runs.
                return self.unsupported(e.start(), "%w in fmt.Errorf with a spread operand list");
            }
            // A run-time format's %w verbs are found when it runs.
            let errorf = if format.is_none() {
                "errorfd"
            } else {
                "errorfv"
            };
            let (name, mut call_args, ty) = match f {
                "fmt.Sprintf" => ("sprintfv", vec![fe, operands], Type::String),
                "fmt.Errorf" => (errorf, vec![fe, operands], Type::Error),
                "fmt.Printf" => (
                    "printfv",
                    vec![fe, operands],
                    Type::Tuple(vec![Type::Int, Type::Error]),
                ),
                _ => (
                    "fprintfv",
                    vec![fe, operands],
                    Type::Tuple(vec![Type::Int, Type::Error]),
                ),
            };
            if let Some(w) = writer {
                call_args.insert(0, w);
            }
            return self.lib_fmt_call(e, name, call_args, ty);
        }
        let format = format.unwrap_or_default();
        let mut out = vec![fe];
        for a in rest {
            let o = self.expr(a)?;
            out.push(self.convert(o, a, &Type::Any, &ctx)?);
        }
        if f == "fmt.Errorf" {
            // gc records a %w's operand only when there is one.
            let wrapped = runtime::printf::wrapped_operands(&format, rest.len());
            if !wrapped.is_empty() {
                return self.errorf_wrapping(e, out, &wrapped);
            }
        }
        let (kind, ty) = match f {
            "fmt.Sprintf" => (Builtin::FmtSprintf, Type::String),
            "fmt.Errorf" => (Builtin::FmtErrorf, Type::Error),
            _ => (
                Builtin::FmtPrintf,
                Type::Tuple(vec![Type::Int, Type::Error]),
            ),
        };
        Ok(Operand::Value {
            e: Expr {
                kind: ExprKind::Builtin(kind, out),
                ty,
                pos: e.pos,
            },
            var: false,
        })
    }
}

impl<'a> Checker<'a> {
    /// The operands of a Printf-family call as one `[]any`: the spread slice, or a
    /// literal of the operands converted to `any`.
    fn operand_slice(
        &mut self,
        e: &ast::Expr,
        rest: &[ast::Expr],
        ellipsis: bool,
        ctx: &str,
    ) -> R<Expr> {
        let any_slice = Type::Slice(Box::new(Type::Any));
        if ellipsis {
            return self.expr_to(&rest[0], &any_slice, ctx);
        }
        let mut anys = Vec::new();
        for a in rest {
            let o = self.expr(a)?;
            anys.push(self.convert(o, a, &Type::Any, ctx)?);
        }
        Ok(Expr {
            kind: ExprKind::SliceLit(anys),
            ty: any_slice,
            pos: e.pos,
        })
    }

    /// A call of the library function `fmt.name` (in `lib/fmt/fmt.go`) with `args`.
    fn lib_fmt_call(&mut self, e: &ast::Expr, name: &str, args: Vec<Expr>, ty: Type) -> R<Operand> {
        let Some(Entity::Func(id)) = self
            .lib_exports
            .get("fmt")
            .and_then(|m| m.get(name))
            .cloned()
        else {
            return self.error(
                e.start(),
                format!("internal error: deferjit's package fmt lacks {name}"),
            );
        };
        self.add_ref_func(id.0);
        Ok(Operand::Value {
            e: Expr {
                kind: ExprKind::Call {
                    callee: lowering::ir::Callee::Func(id),
                    args,
                },
                ty,
                pos: e.pos,
            },
            var: false,
        })
    }

    /// The writer operand of the Fprint family, converted to io.Writer (the type of the
    /// first parameter of the library's `fmt.fprintv`).
    fn writer_operand(&mut self, w: &ast::Expr, ctx: &str) -> R<Expr> {
        let writer = self
            .lib_exports
            .get("fmt")
            .and_then(|m| m.get("fprintv"))
            .and_then(|ent| match ent {
                Entity::Func(id) => self.funcs[id.0 as usize]
                    .as_ref()
                    .map(|f| f.sig.params[0].clone()),
                _ => None,
            });
        let Some(writer) = writer else {
            return self.error(
                w.start(),
                "internal error: deferjit's package fmt lacks fprintv",
            );
        };
        self.expr_to(w, &writer, ctx)
    }

    /// `fmt.Fprint(w, a...)` and `fmt.Fprintln(w, a...)`: the library's
    /// `fmt.fprintv(w, []any{a...}, ln)`.
    pub(super) fn fprint_call(
        &mut self,
        e: &ast::Expr,
        f: &'static str,
        args: &[ast::Expr],
        ellipsis: bool,
    ) -> R<Operand> {
        let ctx = format!("argument to {f}");
        let Some((w, rest)) = args.split_first() else {
            return self.error(
                e.start(),
                format!(
                    "not enough arguments in call to {f}\n\thave ()\n\twant (io.Writer, ...any)"
                ),
            );
        };
        let w = self.writer_operand(w, &ctx)?;
        if ellipsis && rest.len() != 1 {
            let at = rest.last().map_or(e.start(), |a| a.start());
            return self.error(at, format!("too many arguments in call to {f}"));
        }
        let operands = self.operand_slice(e, rest, ellipsis, &ctx)?;
        let ln = Expr {
            kind: ExprKind::Bool(f == "fmt.Fprintln"),
            ty: Type::Bool,
            pos: e.pos,
        };
        self.lib_fmt_call(
            e,
            "fprintv",
            vec![w, operands, ln],
            Type::Tuple(vec![Type::Int, Type::Error]),
        )
    }

    /// `fmt.Errorf(format, a...)` whose format wraps the operands `wrapped` (indexes in
    /// `a`) with `%w`: a call of the library's `fmt.errorfw(format, []any{a...},
    /// []int{wrapped...})`, which makes Go's `*fmt.wrapError` or `*fmt.wrapErrors`.
    /// `operands` holds the format, then the operands converted to `any`.
    fn errorf_wrapping(
        &mut self,
        e: &ast::Expr,
        mut operands: Vec<Expr>,
        wrapped: &[usize],
    ) -> R<Operand> {
        let Some(Entity::Func(id)) = self
            .lib_exports
            .get("fmt")
            .and_then(|m| m.get("errorfw"))
            .cloned()
        else {
            return self.unsupported(e.start(), "%w (error wrapping) in fmt.Errorf's format");
        };
        self.add_ref_func(id.0);
        let pos = e.pos;
        let args: Vec<Expr> = operands.split_off(1);
        let any_slice = Expr {
            kind: ExprKind::SliceLit(args),
            ty: Type::Slice(Box::new(Type::Any)),
            pos,
        };
        let indexes = wrapped
            .iter()
            .map(|&k| Expr {
                kind: ExprKind::Int(k as i64),
                ty: Type::Int,
                pos,
            })
            .collect();
        let index_slice = Expr {
            kind: ExprKind::SliceLit(indexes),
            ty: Type::Slice(Box::new(Type::Int)),
            pos,
        };
        let format = operands.remove(0);
        Ok(Operand::Value {
            e: Expr {
                kind: ExprKind::Call {
                    callee: lowering::ir::Callee::Func(id),
                    args: vec![format, any_slice, index_slice],
                },
                ty: Type::Error,
                pos,
            },
            var: false,
        })
    }
}
