//! Error values: `errors.New`, `x.(error)`, and the construction of
//! runtime error values (`runtime.errorString`, `runtime.boundsError`,
//! `*runtime.TypeAssertionError`, `*runtime.PanicNilError`).
//!
//! Every error the runtime knows has as data word a pointer to a boxed `[ptr, len]`
//! string: the message for `*errors.errorString`, the full `Error()` text otherwise.

pub use crate::format::error_text;
use crate::strings::{box_new_string, box_string};
use crate::types::{self, TypeDesc, TypeKind};
use crate::words::Words2;

/// A new runtime error value of type `t` whose `Error()` is `text`.
pub fn runtime_error(t: &'static TypeDesc, text: &str) -> (usize, usize) {
    (types::addr(t), box_new_string(text.as_bytes()))
}

/// `runtime.plainError(msg)`: `Error()` is `msg` (`assignment to entry in nil map`).
pub fn plain_error(msg: &str) -> (usize, usize) {
    runtime_error(&types::RUNTIME_PLAIN_ERROR, msg)
}

/// `runtime.errorString(msg)`: `Error()` is `"runtime error: " + msg`.
pub fn runtime_error_string(msg: &str) -> (usize, usize) {
    runtime_error(
        &types::RUNTIME_ERROR_STRING,
        &format!("runtime error: {msg}"),
    )
}

/// `math/bits.overflowError(stub_fp) -> error`: the runtime error `integer overflow`
/// that `bits.Div64` panics with.
pub extern "C" fn rt_overflow_error(_fp: usize) -> Words2 {
    let (t, d) = runtime_error_string("integer overflow");
    Words2::new(t, d)
}

/// The `runtime.boundsError` of an index expression; an `unsigned` index is printed
/// as such (never negative).
pub fn bounds_error(index: i64, len: i64, unsigned: bool) -> (usize, usize) {
    let text = if unsigned {
        format!(
            "runtime error: index out of range [{}] with length {len}",
            index as u64
        )
    } else if index < 0 {
        format!("runtime error: index out of range [{index}]")
    } else {
        format!("runtime error: index out of range [{index}] with length {len}")
    };
    runtime_error(&types::RUNTIME_BOUNDS_ERROR, &text)
}

/// Flag in the code given to [`slice_bounds_error`]: the index `x` has an unsigned type.
pub const SLICE_UNSIGNED: i64 = 1 << 8;

/// The `runtime.boundsError` of a slice expression: `code` is gc's boundsErrorCode
/// (1 `[:x]` with length, 2 `[:x]` with capacity, 3 `[x:y]`, 4 `[::x]` with length,
/// 5 `[::x]` with capacity, 6 `[:x:y]`, 7 `[x:y:]`, 8 a slice converted to a longer
/// array); a negative `x` drops `y`.
pub fn slice_bounds_error(code: i64, x: i64, y: i64) -> (usize, usize) {
    let unsigned = code & SLICE_UNSIGNED != 0;
    let code = code & !SLICE_UNSIGNED;
    // gc prints an index of an unsigned type as unsigned (then it is never negative).
    let xs = if unsigned {
        (x as u64).to_string()
    } else {
        x.to_string()
    };
    if code == 8 {
        return runtime_error(
            &types::RUNTIME_BOUNDS_ERROR,
            &format!(
                "runtime error: cannot convert slice with length {x} to array or pointer to array with length {y}"
            ),
        );
    }
    let x = xs;
    let text = if x.starts_with('-') {
        match code {
            1 | 2 => format!("[:{x}]"),
            3 => format!("[{x}:]"),
            4 | 5 => format!("[::{x}]"),
            6 => format!("[:{x}:]"),
            _ => format!("[{x}::]"),
        }
    } else {
        match code {
            1 => format!("[:{x}] with length {y}"),
            2 => format!("[:{x}] with capacity {y}"),
            3 => format!("[{x}:{y}]"),
            4 => format!("[::{x}] with length {y}"),
            5 => format!("[::{x}] with capacity {y}"),
            6 => format!("[:{x}:{y}]"),
            _ => format!("[{x}:{y}:]"),
        }
    };
    runtime_error(
        &types::RUNTIME_BOUNDS_ERROR,
        &format!("runtime error: slice bounds out of range {text}"),
    )
}

/// The `*runtime.TypeAssertionError` text of a failed `x.(T)`.
pub fn type_assertion_text(have: Option<&TypeDesc>, want: &TypeDesc, source: &TypeDesc) -> String {
    let want_iface = matches!(want.kind, TypeKind::Error | TypeKind::Any);
    match have {
        None if want_iface => format!(
            "interface conversion: interface is nil, not {}",
            want.name()
        ),
        None => format!(
            "interface conversion: {} is nil, not {}",
            source.name(),
            want.name()
        ),
        Some(h) if want_iface => {
            let missing = if want.kind == TypeKind::Error {
                "Error"
            } else {
                h.missing_method(want).unwrap_or("?")
            };
            format!(
                "interface conversion: {} is not {}: missing method {missing}",
                h.name(),
                want.name()
            )
        }
        Some(h) => {
            let inter = source.name();
            // Two different types that print alike (local types of one name).
            let scopes = if h.name() == want.name() {
                " (types from different scopes)"
            } else {
                ""
            };
            format!(
                "interface conversion: {inter} is {}, not {}{scopes}",
                h.name(),
                want.name()
            )
        }
    }
}

/// `rt_errors_new(stub_fp, ptr, len) -> (type, data)`: a new `*errors.errorString`.
pub extern "C" fn rt_errors_new(fp: usize, ptr: i64, len: i64) -> Words2 {
    crate::goroutine::entered(fp);
    Words2::new(
        types::addr(&types::ERRORS_ERROR_STRING),
        box_string(ptr as usize, len as usize),
    )
}

/// `rt_assert_error(type, data) -> (type, data)`: `x.(error)`; `(0, 0)` when the dynamic
/// type does not implement error (or x is nil).
///
/// # Safety
/// `t` must be 0 or a valid descriptor.
pub unsafe extern "C" fn rt_assert_error(_fp: usize, t: i64, d: i64) -> Words2 {
    // SAFETY: `t` is 0 or a descriptor (caller).
    match unsafe { types::desc(t as usize) } {
        Some(td) if td.is_error() => Words2 { a: t, b: d },
        _ => Words2::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::*;

    #[test]
    fn assertion_messages() {
        assert_eq!(
            type_assertion_text(Some(&INT), &STRING, &ANY),
            "interface conversion: interface {} is int, not string"
        );
        assert_eq!(
            type_assertion_text(None, &STRING, &ANY),
            "interface conversion: interface {} is nil, not string"
        );
        assert_eq!(
            type_assertion_text(Some(&ERRORS_ERROR_STRING), &STRING, &ERROR),
            "interface conversion: error is *errors.errorString, not string"
        );
        assert_eq!(
            type_assertion_text(Some(&INT), &ERROR, &ANY),
            "interface conversion: int is not error: missing method Error"
        );
        assert_eq!(
            type_assertion_text(None, &ERROR, &ANY),
            "interface conversion: interface is nil, not error"
        );
    }
}
