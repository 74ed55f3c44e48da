//! Test files (`deferjit test`): finding `func TestXxx(t *testing.T)` and `TestMain` as
//! the go command does, and adding the entry that hands them to package testing.
//!
//! `go test` writes a `_testmain.go` whose `main` passes the tests to package testing.
//! deferjit adds the same entry to the test file itself, before it is checked: an import
//! of "testing" under a name no Go identifier of the user can clash with in practice, and
//!
//! ```go
//! func __deferjit_testmain() {
//!     __deferjit_testing.RunMain([]__deferjit_testing.InternalTest{
//!         {"TestA", TestA}, // every test, in source order
//!     }, TestMain) // or nil
//! }
//! ```
//!
//! placed after the file's last line, so that no position of the user's code changes.
//! `RunMain` (lib/testing) reads the flags from `os.Args`, runs the tests as `go test`'s
//! binary does and ends the program with its exit status.

use crate::diag::CompileError;
use crate::syntax::ast;

/// The entry function added to a test file.
pub(crate) const ENTRY: &str = "__deferjit_testmain";

/// The name under which the entry's file imports package testing.
const TESTING: &str = "__deferjit_testing";

/// Go's `isTest`: `name` is `prefix` alone, or `prefix` followed by a character that is
/// not a lower-case letter (`TestX`, `Test_x`, `Test1`, not `Testify`).
pub fn is_test_name(name: &str, prefix: &str) -> bool {
    match name.strip_prefix(prefix) {
        Some(rest) => rest.chars().next().is_none_or(|c| !c.is_lowercase()),
        None => false,
    }
}

/// What the go command checks of a test function's signature, syntactically: one
/// parameter of type `*arg` or `*pkg.arg`, no results, no type parameters.
fn has_test_signature(fd: &ast::FuncDecl, arg: &str) -> bool {
    let ty = &fd.ty;
    if !ty.results.is_empty() || ty.params.len() != 1 || ty.params[0].variadic {
        return false;
    }
    match &ty.params[0].ty.kind {
        ast::TypeKind::Pointer(inner) => match &inner.kind {
            ast::TypeKind::Name(n) => n == arg,
            ast::TypeKind::Qualified(_, n) => n == arg,
            _ => false,
        },
        _ => false,
    }
}

/// Go's message for a test function with the wrong signature, at its `func` keyword.
fn wrong_signature(file_name: &str, fd: &ast::FuncDecl, arg: &str) -> CompileError {
    let name = &fd.name.name;
    let why = if fd.tparams.is_some() {
        "test functions cannot have type parameters".to_string()
    } else {
        format!(
            "must be: func {name}({} *testing.{arg})",
            arg.to_lowercase()
        )
    };
    CompileError::new(
        file_name,
        fd.pos,
        format!("wrong signature for {name}, {why}"),
    )
}

/// The tests of a test file: `func TestXxx(t *testing.T)` in source order, and whether
/// it declares `func TestMain(m *testing.M)`. A test function with another signature
/// is the go command's error.
pub(crate) fn find_tests(
    file: &ast::File,
    file_name: &str,
) -> Result<(Vec<String>, bool), CompileError> {
    let mut tests = Vec::new();
    let mut test_main = false;
    for d in &file.decls {
        let ast::Decl::Func(fd) = d else { continue };
        if fd.recv.is_some() {
            continue;
        }
        let name = fd.name.name.as_str();
        if name == "TestMain" {
            if fd.tparams.is_none() && has_test_signature(fd, "T") {
                tests.push(name.to_string());
                continue;
            }
            if fd.tparams.is_some() || !has_test_signature(fd, "M") {
                return Err(wrong_signature(file_name, fd, "M"));
            }
            if test_main {
                return Err(CompileError::new(
                    file_name,
                    fd.pos,
                    "multiple definitions of TestMain",
                ));
            }
            test_main = true;
        } else if is_test_name(name, "Test") {
            if fd.tparams.is_some() || !has_test_signature(fd, "T") {
                return Err(wrong_signature(file_name, fd, "T"));
            }
            tests.push(name.to_string());
        } else if is_test_name(name, "Benchmark")
            && (fd.tparams.is_some() || !has_test_signature(fd, "B"))
        {
            return Err(wrong_signature(file_name, fd, "B"));
        }
    }
    Ok((tests, test_main))
}

/// Adds the entry ([`ENTRY`]) that runs `tests` (and `TestMain`) to `file`, whose text
/// is `source`.
pub(crate) fn add_entry(file: &mut ast::File, source: &str, tests: &[String], test_main: bool) {
    // Blank lines push the entry's positions past the end of the user's text.
    let lines = source.lines().count() + 1;
    let mut text = String::from("package main\n");
    text.push_str(&"\n".repeat(lines));
    text.push_str(&format!("import {TESTING} \"testing\"\n"));
    text.push_str(&format!(
        "func {ENTRY}() {{\n\t{TESTING}.RunMain([]{TESTING}.InternalTest{{\n"
    ));
    for t in tests {
        text.push_str(&format!("\t\t{{{t:?}, {t}}},\n"));
    }
    let main = if test_main { "TestMain" } else { "nil" };
    text.push_str(&format!("\t}}, {main})\n}}\n"));
    let entry = crate::syntax::parse(&text).expect("the test entry parses");
    file.imports.extend(entry.imports);
    file.decls.extend(entry.decls);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_names_as_go_reads_them() {
        assert!(is_test_name("Test", "Test"));
        assert!(is_test_name("TestX", "Test"));
        assert!(is_test_name("Test_x", "Test"));
        assert!(is_test_name("Test1", "Test"));
        assert!(is_test_name("TestÉ", "Test"));
        assert!(!is_test_name("Testify", "Test"));
        assert!(!is_test_name("Testé", "Test"));
        assert!(!is_test_name("MyTest", "Test"));
    }

    #[test]
    fn signatures_are_checked_as_the_go_command_does() {
        let src = "package p\nimport \"testing\"\nfunc TestA(t *testing.T) {}\nfunc TestMain(m *testing.M) {}\nfunc TestB(t *testing.T) {}\nfunc Testify() {}\n";
        let f = crate::syntax::parse(src).unwrap();
        let (tests, main) = find_tests(&f, "p_test.go").unwrap();
        assert_eq!(tests, ["TestA", "TestB"]);
        assert!(main);
        let bad = "package p\nimport \"testing\"\n\nfunc TestX(t *testing.T, n int) {}\n";
        let f = crate::syntax::parse(bad).unwrap();
        let e = find_tests(&f, "p_test.go").unwrap_err();
        assert_eq!(
            e.to_string(),
            "p_test.go:4:1: wrong signature for TestX, must be: func TestX(t *testing.T)"
        );
    }
}
