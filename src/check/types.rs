//! Types and untyped constants: constant values with checked arithmetic, Go's spelling of
//! types in messages, representability and assignability rules of the subset.

use crate::syntax::ast::BinOp;
use lowering::ir::{Signature, Type};

/// A constant value. Integers are kept in `i128` (Go allows 512 bits; wider results are
/// reported as constant overflow).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConstVal {
    /// An integer constant (untyped, or of an integer type).
    Int(i128),
    /// An untyped rune constant (`'a'`); its default type is `rune`. Typed, it is `Int`.
    Rune(i128),
    /// A boolean constant.
    Bool(bool),
    /// A string constant: its bytes (Go strings need not be UTF-8).
    Str(Vec<u8>),
    /// A floating-point constant, exact (untyped), or rounded to its float type.
    Float(super::floats::Rat),
    /// A complex constant, exact (untyped), or with parts rounded to its type's.
    Complex(Box<super::complex::Cx>),
}

impl ConstVal {
    /// The value of an integer or rune constant.
    pub fn int(&self) -> Option<i128> {
        match self {
            ConstVal::Int(v) | ConstVal::Rune(v) => Some(*v),
            _ => None,
        }
    }

    /// The exact value of a numeric constant (an integer one as a rational).
    pub fn rat(&self) -> Option<super::floats::Rat> {
        match self {
            ConstVal::Int(v) | ConstVal::Rune(v) => {
                Some(super::floats::Rat::from_integer((*v).into()))
            }
            ConstVal::Float(r) => Some(r.clone()),
            _ => None,
        }
    }

    /// Whether this is a numeric constant (integer, rune, float or complex).
    pub fn is_numeric(&self) -> bool {
        matches!(
            self,
            ConstVal::Int(_) | ConstVal::Rune(_) | ConstVal::Float(_) | ConstVal::Complex(_)
        )
    }

    /// Whether this is a numeric constant equal to zero.
    pub fn is_zero(&self) -> bool {
        match self {
            ConstVal::Complex(c) => c.is_zero(),
            v => v.rat().is_some_and(|r| num_traits::Zero::is_zero(&r)),
        }
    }

    /// A complex constant with a zero imaginary part as the float constant of its real
    /// part (what it is when given a non-complex type); any other constant unchanged.
    pub fn real_if_exact(&self) -> ConstVal {
        match self {
            ConstVal::Complex(c) if num_traits::Zero::is_zero(&c.im) => {
                ConstVal::Float(c.re.clone())
            }
            other => other.clone(),
        }
    }

    /// The same constant as an integer (a rune constant given a type becomes one).
    pub fn as_int(&self) -> ConstVal {
        match self {
            ConstVal::Rune(v) => ConstVal::Int(*v),
            other => other.clone(),
        }
    }

    /// The untyped kind's name (`untyped int`).
    pub fn untyped_name(&self) -> &'static str {
        match self {
            ConstVal::Int(_) => "untyped int",
            ConstVal::Rune(_) => "untyped rune",
            ConstVal::Bool(_) => "untyped bool",
            ConstVal::Str(_) => "untyped string",
            ConstVal::Float(_) => "untyped float",
            ConstVal::Complex(_) => "untyped complex",
        }
    }

    /// The default type of an untyped constant of this kind.
    pub fn default_type(&self) -> Type {
        match self {
            ConstVal::Int(_) => Type::Int,
            ConstVal::Rune(_) => Type::Sized(lowering::ir::IntKind::Rune),
            ConstVal::Bool(_) => Type::Bool,
            ConstVal::Str(_) => Type::String,
            ConstVal::Float(_) => Type::Float(lowering::ir::FloatKind::F64),
            ConstVal::Complex(_) => Type::Complex(lowering::ir::FloatKind::F64),
        }
    }

    /// `constant.Value.String()`: strings quoted (shortened when long).
    pub fn go_string(&self) -> String {
        match self {
            ConstVal::Int(v) | ConstVal::Rune(v) => v.to_string(),
            ConstVal::Bool(b) => b.to_string(),
            ConstVal::Float(r) => super::floats::go_string(r),
            ConstVal::Complex(c) => c.go_string(),
            ConstVal::Str(s) => {
                let q = quote(s);
                if q.chars().count() > 72 {
                    let mut t: String = q.chars().take(68).collect();
                    t.push_str("...\"");
                    t
                } else {
                    q
                }
            }
        }
    }
}

/// Go's `strconv.Quote` for printable text; bytes that are not UTF-8 as `\xNN`.
pub fn quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    for chunk in s.utf8_chunks() {
        quote_chars(chunk.valid(), &mut out);
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out.push('"');
    out
}

/// The quoted form of each character of `s` (see [`quote`]).
fn quote_chars(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
}

/// How types2 spells a type in messages (`any`, `[]int`, `func(int) string`).
pub fn type_name(t: &Type) -> String {
    match t {
        Type::Any => "any".into(),
        Type::Slice(e) => format!("[]{}", type_name(e)),
        Type::Func(sig) => sig_name(sig),
        Type::Tuple(ts) => {
            let parts: Vec<String> = ts.iter().map(type_name).collect();
            format!("({})", parts.join(", "))
        }
        Type::Named(n) => n.short_name.clone(),
        Type::Sized(k) => k.source_name().into(),
        Type::Float(k) => k.name().into(),
        Type::Complex(k) => k.complex_name().into(),
        Type::UnsafePointer => "unsafe.Pointer".into(),
        Type::Pointer(e) => format!("*{}", type_name(e)),
        Type::Chan(d, e) => lowering::ir::chan_name(*d, e, type_name),
        Type::Array(e, n) => format!("[{n}]{}", type_name(e)),
        Type::Struct(st) => {
            let fs: Vec<String> = st
                .fields
                .iter()
                .map(|f| format!("{} {}", f.name, type_name(&f.ty)))
                .collect();
            format!("struct{{{}}}", fs.join("; "))
        }
        other => other.go_name(),
    }
}

pub fn sig_name(sig: &Signature) -> String {
    let mut ps: Vec<String> = sig.params.iter().map(type_name).collect();
    if sig.variadic {
        if let (Some(last), Some(Type::Slice(e))) = (ps.last_mut(), sig.params.last()) {
            *last = format!("...{}", type_name(e));
        }
    }
    let mut s = format!("func({})", ps.join(", "));
    match sig.results.len() {
        0 => {}
        1 => {
            s.push(' ');
            s.push_str(&type_name(&sig.results[0]));
        }
        _ => {
            let rs: Vec<String> = sig.results.iter().map(type_name).collect();
            s.push_str(&format!(" ({})", rs.join(", ")));
        }
    }
    s
}

/// Whether an untyped constant of `val`'s kind may be given the type `t` (its value
/// may still not be representable): numbers as numeric types, booleans as boolean types,
/// strings as string types.
pub fn const_kind_fits(val: &ConstVal, t: &Type) -> bool {
    match val {
        ConstVal::Bool(_) => *t.under() == Type::Bool,
        ConstVal::Str(_) => *t.under() == Type::String,
        _ => t.is_numeric(),
    }
}

/// The value a constant `val` holds once given the numeric (or other constant) type `t`
/// (it must be representable): an integral float or complex constant given an integer
/// type is an integer; one given a float or complex type is rounded to it.
pub fn typed_const_value(val: &ConstVal, t: &Type) -> ConstVal {
    if let Some(k) = t.complex_kind() {
        return match super::complex::Cx::of(val).and_then(|c| c.round_to(k)) {
            Some(c) => ConstVal::Complex(Box::new(c)),
            None => val.clone(),
        };
    }
    let val = val.real_if_exact();
    match (&val, t.float_kind()) {
        (ConstVal::Float(r), None) => super::floats::to_i128(r)
            .map(ConstVal::Int)
            .unwrap_or(val.clone()),
        (_, Some(k)) => match val.rat().and_then(|r| super::floats::round_to(&r, k)) {
            Some(r) => ConstVal::Float(r),
            None => val.clone(),
        },
        _ => val.as_int(),
    }
}

pub const MIN_INT: i128 = i64::MIN as i128;
pub const MAX_INT: i128 = i64::MAX as i128;

pub fn fits_int(v: i128) -> bool {
    (MIN_INT..=MAX_INT).contains(&v)
}

/// Whether the integer constant `v` is representable in the integer type `t` (`int`
/// for a non-integer `t`).
pub fn fits(v: i128, t: &Type) -> bool {
    match t.under() {
        Type::Sized(k) => {
            let (lo, hi) = k.range();
            (lo..=hi).contains(&v)
        }
        _ => fits_int(v),
    }
}

/// Whether values of type `t` can be compared with `==`.
pub fn comparable(t: &Type) -> bool {
    match t.under() {
        Type::Int
        | Type::Float(_)
        | Type::Complex(_)
        | Type::UnsafePointer
        | Type::Sized(_)
        | Type::Bool
        | Type::String
        | Type::Error
        | Type::Any
        | Type::Pointer(_)
        | Type::Chan(..)
        | Type::Interface(_) => true,
        Type::Struct(st) => st.fields.iter().all(|f| comparable(&f.ty)),
        Type::Array(e, _) => comparable(e),
        _ => false,
    }
}

/// Why `t` is not comparable, as types2 says it after `invalid operation: a == b (...)`:
/// `slice can only be compared to nil`, `struct containing []int cannot be compared`.
pub fn incomparable_reason(t: &Type) -> String {
    match t.under() {
        Type::Struct(st) => {
            let bad = st.fields.iter().find(|f| !comparable(&f.ty));
            match bad {
                Some(f) if f.ty.struct_type().is_some() => incomparable_reason(&f.ty),
                Some(f) => format!("struct containing {} cannot be compared", type_name(&f.ty)),
                None => String::new(),
            }
        }
        Type::Array(..) => format!("{} cannot be compared", type_name(t)),
        Type::Slice(_) => "slice can only be compared to nil".into(),
        Type::Func(_) => "func can only be compared to nil".into(),
        _ => format!("operator == not defined on {}", type_name(t)),
    }
}

/// Whether `t` is a named type (defined, or predeclared like `int`).
pub fn is_named(t: &Type) -> bool {
    matches!(
        t,
        Type::Named(_)
            | Type::Int
            | Type::UnsafePointer
            | Type::Float(_)
            | Type::Complex(_)
            | Type::Sized(_)
            | Type::Bool
            | Type::String
            | Type::Error
            | Type::TestingB
    )
}

/// Whether a value of (typed) type `v` is assignable to `t`: identical types, identical
/// underlying types when one of them is unnamed, or `t` an interface `v` implements.
pub fn assignable(v: &Type, t: &Type) -> bool {
    if matches!(v, Type::Tuple(_)) {
        return false;
    }
    v == t
        || (v.under() == t.under() && (!is_named(v) || !is_named(t)))
        || *t.under() == Type::Any
        || super::iface::implements(v, t)
        || match (v.under(), t.under()) {
            // A bidirectional channel value to a channel type of the same element.
            (Type::Chan(lowering::ir::ChanDir::Both, a), Type::Chan(_, b)) => {
                a == b && (!is_named(v) || !is_named(t))
            }
            _ => false,
        }
}

/// Whether a (non-constant) value of type `v` can be converted to `t`: assignable, or
/// identical underlying types, or both unnamed pointers to identical underlying types.
pub fn convertible(v: &Type, t: &Type) -> bool {
    assignable(v, t)
        || v.under() == t.under()
        || match (v.under(), t.under()) {
            (Type::Pointer(a), Type::Pointer(b)) => {
                !is_named(v) && !is_named(t) && a.under() == b.under()
            }
            // unsafe.Pointer to and from any pointer and uintptr.
            (Type::Pointer(_), Type::UnsafePointer) | (Type::UnsafePointer, Type::Pointer(_)) => {
                true
            }
            (Type::Sized(k), Type::UnsafePointer) | (Type::UnsafePointer, Type::Sized(k)) => {
                *k == lowering::ir::IntKind::Uptr
            }
            _ => false,
        }
}

/// Parses a Go integer literal (decimal, 0x, 0o, 0b, legacy octal, underscores).
pub fn parse_int_lit(lit: &str) -> Option<i128> {
    let s: String = lit.chars().filter(|c| *c != '_').collect();
    let (digits, radix) = if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (h.to_string(), 16)
    } else if let Some(b) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        (b.to_string(), 2)
    } else if let Some(o) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
        (o.to_string(), 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (s[1..].to_string(), 8)
    } else {
        (s.clone(), 10)
    };
    if digits.is_empty() {
        return None;
    }
    i128::from_str_radix(&digits, radix).ok()
}

/// Folds a binary operation on constants of the same kind; `None` on overflow.
pub fn fold(op: BinOp, l: &ConstVal, r: &ConstVal) -> Option<ConstVal> {
    use ConstVal::*;
    // Rune and integer operands: computed as integers; a rune result if either is one.
    if let (Some(a), Some(b)) = (l.int(), r.int()) {
        if matches!(l, Rune(_)) || matches!(r, Rune(_)) {
            return Some(match fold(op, &Int(a), &Int(b))? {
                Int(v) => Rune(v),
                other => other,
            });
        }
    }
    // A complex constant with a number: computed exactly as pairs of rationals.
    if matches!(l, Complex(_)) || matches!(r, Complex(_)) {
        let (a, b) = (super::complex::Cx::of(l)?, super::complex::Cx::of(r)?);
        return super::complex::fold(op, &a, &b);
    }
    // A float with a number: computed exactly as rationals.
    if matches!(l, Float(_)) || matches!(r, Float(_)) {
        let (a, b) = (l.rat()?, r.rat()?);
        return Some(match op {
            BinOp::Add => Float(a + b),
            BinOp::Sub => Float(a - b),
            BinOp::Mul => Float(a * b),
            BinOp::Div if num_traits::Zero::is_zero(&b) => return None,
            BinOp::Div => Float(a / b),
            BinOp::Eq => Bool(a == b),
            BinOp::Ne => Bool(a != b),
            BinOp::Lt => Bool(a < b),
            BinOp::Le => Bool(a <= b),
            BinOp::Gt => Bool(a > b),
            BinOp::Ge => Bool(a >= b),
            _ => return None,
        });
    }
    Some(match (l, r) {
        (Int(a), Int(b)) => match op {
            BinOp::Add => Int(a.checked_add(*b)?),
            BinOp::Sub => Int(a.checked_sub(*b)?),
            BinOp::Mul => Int(a.checked_mul(*b)?),
            BinOp::Div => Int(a.checked_div(*b)?),
            BinOp::Rem => Int(a.checked_rem(*b)?),
            BinOp::And => Int(a & b),
            BinOp::Or => Int(a | b),
            BinOp::Xor => Int(a ^ b),
            BinOp::AndNot => Int(a & !b),
            BinOp::Eq => Bool(a == b),
            BinOp::Ne => Bool(a != b),
            BinOp::Lt => Bool(a < b),
            BinOp::Le => Bool(a <= b),
            BinOp::Gt => Bool(a > b),
            BinOp::Ge => Bool(a >= b),
            _ => return None,
        },
        (Bool(a), Bool(b)) => match op {
            BinOp::LogAnd => Bool(*a && *b),
            BinOp::LogOr => Bool(*a || *b),
            BinOp::Eq => Bool(a == b),
            BinOp::Ne => Bool(a != b),
            _ => return None,
        },
        (Str(a), Str(b)) => match op {
            BinOp::Add => {
                if a.len() + b.len() > (1 << 24) {
                    return None;
                }
                Str([a.as_slice(), b.as_slice()].concat())
            }
            BinOp::Eq => Bool(a == b),
            BinOp::Ne => Bool(a != b),
            BinOp::Lt => Bool(a < b),
            BinOp::Le => Bool(a <= b),
            BinOp::Gt => Bool(a > b),
            BinOp::Ge => Bool(a >= b),
            _ => return None,
        },
        _ => return None,
    })
}
