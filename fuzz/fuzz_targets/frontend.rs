//! Fuzz target: the front end (lexer, parser, checker) on arbitrary bytes must return a
//! program or a compile error, never panic (nor hang: libFuzzer's -timeout catches that).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let _ = deferjit::check_source("fuzz.go", &src);
});
