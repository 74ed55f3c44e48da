//! The argument list a trace prints for a function, in the shape gc's traceback gives it
//! (`main.g(0x1, {0x4b5a28, 0x2}, {0x1, 0x2})`): computed once at compile time from the
//! Go signature, following what gc records in a function's arg-info metadata and how its
//! runtime prints it (Go 1.23, amd64):
//!
//! - the receiver and parameters in order (results are not printed); a scalar (integer,
//!   bool, float, pointer, map, chan, func) is one word; a string is `{ptr, len}`, a
//!   slice `{ptr, len, cap}`, an interface `{type, data}`, a complex number `{re, im}`,
//!   a struct or array its fields or elements nested in braces, an empty one `{}`;
//! - at most 10 components (words, and `{}`s) are printed: the next one is `...` and
//!   the list ends there (the enclosing braces still close);
//! - nesting stops at depth 5: `{...}` (counted as one component);
//! - a word whose offset in gc's argument frame is 0xf0 or more prints `_`: the frame
//!   offset is the one gc's register ABI gives the value (its stack slot, or its spill
//!   slot after the stack arguments and results).
//!
//! deferjit passes arguments in registers of its own conventions and keeps no copy of
//! them, so it cannot print their values: every word is `0x0?` (gc's `?` marks a word
//! that may be inaccurate).

use lowering::ir::{FloatKind, Signature, Type};
use lowering::layout::{align_of, size_of};

/// gc's `TraceArgsLimit`: components printed at most.
const LIMIT: usize = 10;
/// gc's `TraceArgsMaxDepth`: nesting levels printed at most.
const MAX_DEPTH: usize = 5;
/// gc's `TraceArgsSpecial`: offsets from here on print `_`.
const OFFSET_TOO_LARGE: u64 = 0xf0;
/// amd64's integer and floating-point argument registers (gc's ABIInternal).
const INT_REGS: u32 = 9;
const FLOAT_REGS: u32 = 15;
/// What a word prints as: its value is unknown.
const WORD: &str = "0x0?";

/// The text between the parentheses of a trace's `NAME(...)` line for a function of
/// signature `sig` (whose parameters include the receiver of a method, first): empty for
/// one without parameters, as gc prints it.
pub fn arg_shape(sig: &Signature) -> String {
    if sig.params.is_empty() {
        return String::new();
    }
    let offsets = frame_offsets(sig);
    let mut w = Writer {
        out: String::new(),
        n: 0,
        start: true,
    };
    for (p, off) in sig.params.iter().zip(offsets) {
        if !w.visit(p, off, 0) {
            break;
        }
    }
    w.out
}

/// The number of integer and floating-point registers gc's ABI needs for a value of
/// type `t` (`None`: it never goes in registers, as an array of two or more elements).
fn registers(t: &Type) -> Option<(u32, u32)> {
    Some(match t.under() {
        Type::Float(_) => (0, 1),
        Type::Complex(_) => (0, 2),
        Type::String | Type::Error | Type::Any | Type::Interface(_) => (2, 0),
        Type::Slice(_) => (3, 0),
        Type::Struct(st) => {
            let (mut i, mut f) = (0, 0);
            for fl in &st.fields {
                let (fi, ff) = registers(&fl.ty)?;
                i += fi;
                f += ff;
            }
            (i, f)
        }
        Type::Array(_, 0) => (0, 0),
        Type::Array(e, 1) => registers(e)?,
        Type::Array(..) => return None,
        Type::Tuple(_) => return None,
        _ => (1, 0),
    })
}

/// The next slot of type `t` at or after `*at` (aligned), advancing `*at` past it.
fn next_slot(at: &mut u64, t: &Type) -> u64 {
    let a = u64::from(align_of(t).max(1));
    let off = at.div_ceil(a) * a;
    *at = off + u64::from(size_of(t));
    off
}

/// Each parameter's offset in gc's argument frame (its `FrameOffset`): a parameter
/// passed on the stack is at its stack slot; one passed in registers at its spill slot,
/// in the spill area after the stack parameters and results.
fn frame_offsets(sig: &Signature) -> Vec<u64> {
    /// Takes the registers for a value of type `t` if enough remain (`used`: those
    /// taken so far); `false` when it goes on the stack (so does a zero-sized value).
    fn take(t: &Type, used: &mut (u32, u32)) -> bool {
        match registers(t) {
            Some((i, f))
                if size_of(t) > 0 && i <= INT_REGS - used.0 && f <= FLOAT_REGS - used.1 =>
            {
                used.0 += i;
                used.1 += f;
                true
            }
            _ => false,
        }
    }
    let (mut stack, mut spill) = (0u64, 0u64);
    let mut used = (0, 0);
    // (offset, in the spill area)
    let at: Vec<(u64, bool)> = (sig.params.iter())
        .map(|p| {
            if take(p, &mut used) {
                (next_slot(&mut spill, p), true)
            } else {
                (next_slot(&mut stack, p), false)
            }
        })
        .collect();
    stack = stack.div_ceil(8) * 8;
    let mut used = (0, 0);
    for r in &sig.results {
        if !take(r, &mut used) {
            next_slot(&mut stack, r);
        }
    }
    let spill_area = stack.div_ceil(8) * 8;
    (at.into_iter())
        .map(|(o, spilled)| if spilled { o + spill_area } else { o })
        .collect()
}

struct Writer {
    out: String,
    /// Components written so far.
    n: usize,
    /// Nothing written yet in the current brace (no comma before the next item).
    start: bool,
}

impl Writer {
    fn comma(&mut self) {
        if !self.start {
            self.out.push_str(", ");
        }
    }

    fn item(&mut self, s: &str) {
        self.comma();
        self.out.push_str(s);
        self.start = false;
    }

    /// One non-aggregate word at `off`.
    fn word(&mut self, off: u64) {
        self.item(if off >= OFFSET_TOO_LARGE { "_" } else { WORD });
        self.n += 1;
    }

    /// gc's `visitType`: writes `t` at frame offset `off`, `depth` braces deep; `false`
    /// when the component limit was reached (the list ends).
    fn visit(&mut self, t: &Type, off: u64, depth: usize) -> bool {
        if self.n >= LIMIT {
            self.item("...");
            return false;
        }
        let t = t.under();
        let aggregate = matches!(
            t,
            Type::Struct(_)
                | Type::Array(..)
                | Type::Complex(_)
                | Type::String
                | Type::Error
                | Type::Any
                | Type::Interface(_)
                | Type::Slice(_)
        );
        if !aggregate {
            self.word(off);
            return true;
        }
        self.comma();
        self.out.push('{');
        self.start = true;
        let depth = depth + 1;
        if depth >= MAX_DEPTH {
            self.item("...");
            self.out.push('}');
            self.start = false;
            self.n += 1;
            return true;
        }
        match t {
            Type::String | Type::Error | Type::Any | Type::Interface(_) => {
                let _ =
                    self.visit(&Type::Int, off, depth) && self.visit(&Type::Int, off + 8, depth);
            }
            Type::Slice(_) => {
                let _ = self.visit(&Type::Int, off, depth)
                    && self.visit(&Type::Int, off + 8, depth)
                    && self.visit(&Type::Int, off + 16, depth);
            }
            Type::Complex(k) => {
                let part = Type::Float(*k);
                let half = match k {
                    FloatKind::F32 => 4,
                    FloatKind::F64 => 8,
                };
                let _ = self.visit(&part, off, depth) && self.visit(&part, off + half, depth);
            }
            Type::Array(e, n) => {
                if *n == 0 {
                    self.n += 1;
                }
                let size = u64::from(size_of(e));
                for i in 0..*n {
                    if !self.visit(e, off + i * size, depth) {
                        break;
                    }
                }
            }
            Type::Struct(st) => {
                if st.fields.is_empty() {
                    self.n += 1;
                }
                let (offs, _) = lowering::layout::struct_layout(t);
                for (f, fo) in st.fields.iter().zip(offs) {
                    if !self.visit(&f.ty, off + u64::from(fo), depth) {
                        break;
                    }
                }
            }
            _ => unreachable!("not an aggregate"),
        }
        self.out.push('}');
        self.start = false;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lowering::ir::{StructField, StructType};
    use std::sync::Arc;

    fn sig(params: Vec<Type>) -> Signature {
        Signature {
            params,
            results: Vec::new(),
            variadic: false,
        }
    }

    fn strukt(fields: Vec<Type>) -> Type {
        Type::Struct(Arc::new(StructType {
            fields: fields
                .into_iter()
                .enumerate()
                .map(|(i, ty)| StructField {
                    name: format!("f{i}"),
                    ty,
                    embedded: false,
                })
                .collect(),
        }))
    }

    fn shape(params: Vec<Type>) -> String {
        // Compare the shape: every word `W`.
        arg_shape(&sig(params)).replace(WORD, "W")
    }

    // The expected shapes below are gc's output (Go 1.23, amd64) for the same
    // signatures, values replaced by W.
    #[test]
    fn words_strings_slices_interfaces() {
        assert_eq!(shape(vec![]), "");
        let s = |t: Type| Type::Slice(Box::new(t));
        assert_eq!(
            shape(vec![
                Type::Int,
                Type::String,
                s(Type::Int),
                Type::Any,
                Type::Error
            ]),
            "W, {W, W}, {W, W, W}, {W, W}, {W, W}"
        );
    }

    #[test]
    fn limits_depth_and_empty_aggregates() {
        // main.k(e E, arr [2]int, arr1 [1]string, arr0 [0]int, p P, big Big, st struct{a, b int})
        let p = strukt(vec![
            Type::Float(FloatKind::F64),
            Type::Float(FloatKind::F64),
        ]);
        let big = strukt(vec![
            Type::Array(Box::new(Type::Int), 3),
            Type::Slice(Box::new(Type::Int)),
            p.clone(),
        ]);
        assert_eq!(
            shape(vec![
                strukt(vec![]),
                Type::Array(Box::new(Type::Int), 2),
                Type::Array(Box::new(Type::String), 1),
                Type::Array(Box::new(Type::Int), 0),
                p,
                big,
                strukt(vec![Type::Int, Type::Int]),
            ]),
            "{}, {W, W}, {{W, W}}, {}, {W, W}, {{W, W, ...}, ...}, ..."
        );
        // main.deep(d D1, x int): six nested one-field structs.
        let mut d = Type::Int;
        for _ in 0..6 {
            d = strukt(vec![d]);
        }
        assert_eq!(shape(vec![d, Type::Int]), "{{{{{...}}}}}, W");
        // main.many(a, b, ..., l int)
        assert_eq!(
            shape(vec![Type::Int; 12]),
            "W, W, W, W, W, W, W, W, W, W, ..."
        );
    }

    #[test]
    fn offsets_too_large() {
        // main.big(d Deep, x int, s string): Deep is 800 bytes on the stack, x and s go in
        // registers, spilled after it.
        let mut d = Type::Array(Box::new(Type::Int), 100);
        for _ in 0..4 {
            d = strukt(vec![d]);
        }
        assert_eq!(
            shape(vec![d, Type::Int, Type::String]),
            "{{{{{...}}}}}, _, {_, _}"
        );
    }
}
