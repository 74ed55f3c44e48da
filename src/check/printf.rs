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
        let Some((first, rest)) = args.split_first() else {
            return self.error(
                e.start(),
                format!("not enough arguments in call to {f}\n\thave ()\n\twant (string, ...any)"),
            );
        };
        if ellipsis {
            return self.unsupported(e.start(), format!("{f} with a spread operand list (...)"));
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
        let Some(format) = format else {
            return self.unsupported(first.start(), format!("{f} with a non-constant format"));
        };
        if let Some(what) = unsupported_in_format(&format, f == "fmt.Errorf") {
            return self.unsupported(first.start(), format!("{what} in {f}'s format"));
        }
        let mut out = vec![fe];
        for a in rest {
            let o = self.expr(a)?;
            out.push(self.convert(o, a, &Type::Any, &ctx)?);
        }
        if f == "fmt.Errorf" {
            // gc records a %w's operand only when there is one.
            let wrapped: Vec<usize> = wrapped_operands(&format)
                .into_iter()
                .filter(|&k| k < rest.len())
                .collect();
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

/// The operands (by index) of the `%w` verbs of `format`: each verb but `%%` takes the
/// next operand (the formats deferjit takes have no `*` and no `[n]`).
fn wrapped_operands(format: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut arg = 0;
    let mut i = 0;
    while i < format.len() {
        if format[i] != b'%' {
            i += 1;
            continue;
        }
        i += 1;
        while i < format.len() && matches!(format[i], b'+' | b'-' | b' ' | b'0' | b'#') {
            i += 1;
        }
        while i < format.len() && format[i].is_ascii_digit() {
            i += 1;
        }
        if i + 1 < format.len() && format[i] == b'.' {
            i += 1;
            while i < format.len() && format[i].is_ascii_digit() {
                i += 1;
            }
        }
        let Some(&c) = format.get(i) else { break };
        // The verb is a whole rune; only ASCII ones matter here.
        i += 1;
        while i < format.len() && c >= 0x80 && (format[i] & 0xC0) == 0x80 {
            i += 1;
        }
        if c == b'%' {
            continue;
        }
        if c == b'w' {
            out.push(arg);
        }
        arg += 1;
    }
    out
}

/// The first part of `format` the runtime's Printf does not implement yet.
fn unsupported_in_format(format: &[u8], errorf: bool) -> Option<String> {
    let mut i = 0;
    while i < format.len() {
        if format[i] != b'%' {
            i += 1;
            continue;
        }
        i += 1;
        let mut plus = false;
        while i < format.len() && matches!(format[i], b'+' | b'-' | b' ' | b'0' | b'#') {
            match format[i] {
                b'#' => return Some("the # flag".into()),
                b'+' => plus = true,
                _ => {}
            }
            i += 1;
        }
        while i < format.len() && (format[i].is_ascii_digit() || format[i] == b'.') {
            i += 1;
        }
        let &c = format.get(i)?;
        match c {
            b'*' => return Some("* widths and precisions".into()),
            b'[' => return Some("explicit argument indexes".into()),
            b'w' if errorf => {}
            b'q' | b'U' | b'p' | b'O' | b'w' => return Some(format!("the %{} verb", c as char)),
            b'v' if plus => return Some("%+v".into()),
            _ => {}
        }
        i += 1;
    }
    None
}
