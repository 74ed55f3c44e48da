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
//!     }, []__deferjit_testing.InternalExample{
//!         {"ExampleB", ExampleB, "hello\n", false}, // every example with an output comment
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

/// An example the go command runs: `func ExampleXxx()` whose body ends with an
/// `// Output:` (or `// Unordered output:`) comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Example {
    /// The function's name (`ExampleHello`).
    pub name: String,
    /// The expected output: the comment's text after `Output:`.
    pub output: String,
    /// `// Unordered output:`: the lines may come in any order.
    pub unordered: bool,
}

/// The file's examples that have an output comment, in source order as the go command
/// runs them (an example without one is compiled but not run).
pub(crate) fn find_examples(file: &ast::File, source: &str) -> Vec<Example> {
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(source.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let offset = |p: source::Pos| {
        line_starts
            .get(p.line.saturating_sub(1) as usize)
            .map_or(source.len(), |s| {
                (s + p.col.saturating_sub(1) as usize).min(source.len())
            })
    };
    let mut examples = Vec::new();
    for d in &file.decls {
        let ast::Decl::Func(fd) = d else { continue };
        let name = &fd.name.name;
        let Some(body) = &fd.body else { continue };
        if fd.recv.is_some() || !is_test_name(name, "Example") || !fd.ty.params.is_empty() {
            continue;
        }
        let (start, end) = (offset(body.lbrace), offset(body.rbrace));
        let Some(last) = comment_groups(source, start, end).pop() else {
            continue;
        };
        if let Some((output, unordered)) = output_of(&comment_text(&last)) {
            examples.push(Example {
                name: name.clone(),
                output,
                unordered,
            });
        }
    }
    examples
}

/// The comment groups of `source[start..end]` (Go code): each a list of comments, `//`
/// and `/*` markers included, that follow each other on consecutive lines with nothing
/// else between them (go/parser's grouping).
fn comment_groups(source: &str, start: usize, end: usize) -> Vec<Vec<&str>> {
    let b = source.as_bytes();
    let mut groups: Vec<Vec<&str>> = Vec::new();
    // The line the last comment of the open group ends on; None once a token closes it.
    let mut open_until: Option<usize> = None;
    let mut line = 0usize;
    let mut i = start;
    while i < end.min(b.len()) {
        match b[i] {
            b'\n' => {
                line += 1;
                i += 1;
            }
            b' ' | b'\t' | b'\r' => i += 1,
            b'/' if b.get(i + 1) == Some(&b'/') || b.get(i + 1) == Some(&b'*') => {
                let close = if b[i + 1] == b'/' {
                    source[i..end].find('\n').map_or(end, |n| i + n)
                } else {
                    source[i + 2..end].find("*/").map_or(end, |n| i + 2 + n + 2)
                };
                let text = &source[i..close];
                let first_line = line;
                line += text.matches('\n').count();
                match open_until {
                    Some(l) if first_line <= l + 1 => {
                        groups.last_mut().expect("an open group").push(text)
                    }
                    _ => groups.push(vec![text]),
                }
                open_until = Some(line);
                i = close;
            }
            q @ (b'"' | b'\'' | b'`') => {
                open_until = None;
                i += 1;
                while i < end.min(b.len()) && b[i] != q {
                    if b[i] == b'\\' && q != b'`' {
                        i += 1;
                    } else if b[i] == b'\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 1;
            }
            _ => {
                open_until = None;
                i += 1;
            }
        }
    }
    groups
}

/// go/ast's `CommentGroup.Text`: markers removed (and the first space of a `//`
/// comment), directives (`//go:x`) dropped, trailing spaces trimmed, leading blank lines
/// dropped and runs of blank lines made one, ending with a newline.
fn comment_text(group: &[&str]) -> String {
    let mut lines: Vec<&str> = Vec::new();
    for c in group {
        let text = if let Some(rest) = c.strip_prefix("//") {
            match rest.strip_prefix(' ') {
                Some(r) => r,
                None if is_directive(rest) => continue,
                None => rest,
            }
        } else {
            c.strip_prefix("/*")
                .and_then(|r| r.strip_suffix("*/"))
                .unwrap_or(c)
        };
        lines.extend(
            text.split('\n')
                .map(|l| l.trim_end_matches([' ', '\t', '\n', '\r'])),
        );
    }
    let mut kept: Vec<&str> = Vec::new();
    for l in lines {
        if !l.is_empty() || kept.last().is_some_and(|p| !p.is_empty()) {
            kept.push(l);
        }
    }
    if kept.last().is_some_and(|l| !l.is_empty()) {
        kept.push("");
    }
    kept.join("\n")
}

/// go/ast's `isDirective`: `//line ` and `//extern `, or `name:` followed by a letter
/// (`go:noinline`).
fn is_directive(c: &str) -> bool {
    if c.starts_with("line ") || c.starts_with("extern ") || c.starts_with("export ") {
        return true;
    }
    let Some(colon) = c.find(':') else {
        return false;
    };
    let (name, rest) = (&c[..colon], &c[colon + 1..]);
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && rest.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
}

/// go/doc's `exampleOutput` on a comment's text: the text after `output:` or
/// `unordered output:` (any case, after leading space), without the spaces and the one
/// newline that follow the colon.
fn output_of(text: &str) -> Option<(String, bool)> {
    let rest = text.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let lower = rest.to_ascii_lowercase();
    let (unordered, skip) = if lower.starts_with("unordered output:") {
        (true, "unordered output:".len())
    } else if lower.starts_with("output:") {
        (false, "output:".len())
    } else {
        return None;
    };
    let out = rest[skip..].trim_start_matches(' ');
    let out = out.strip_prefix('\n').unwrap_or(out);
    Some((out.to_string(), unordered))
}

/// `s` as a Go interpreted string literal (bytes outside printable ASCII escaped).
fn go_quote(s: &str) -> String {
    let mut q = String::from("\"");
    for &b in s.as_bytes() {
        match b {
            b'"' | b'\\' => {
                q.push('\\');
                q.push(b as char);
            }
            0x20..=0x7e => q.push(b as char),
            _ => q.push_str(&format!("\\x{b:02x}")),
        }
    }
    q.push('"');
    q
}

/// Adds the entry ([`ENTRY`]) that runs `tests`, `examples` (and `TestMain`) to `file`,
/// whose text is `source`.
pub(crate) fn add_entry(
    file: &mut ast::File,
    source: &str,
    tests: &[String],
    examples: &[Example],
    test_main: bool,
) {
    // Blank lines push the entry's positions past the end of the user's text.
    let lines = source.lines().count() + 1;
    let mut text = String::from("package main\n");
    text.push_str(&"\n".repeat(lines));
    text.push_str(&format!("import {TESTING} \"testing\"\n"));
    text.push_str(&format!(
        "func {ENTRY}() {{\n\t{TESTING}.RunMain([]{TESTING}.InternalTest{{\n"
    ));
    for t in tests {
        text.push_str(&format!("\t\t{{{}, {t}}},\n", go_quote(t)));
    }
    text.push_str(&format!("\t}}, []{TESTING}.InternalExample{{\n"));
    for e in examples {
        text.push_str(&format!(
            "\t\t{{{}, {}, {}, {}}},\n",
            go_quote(&e.name),
            e.name,
            go_quote(&e.output),
            e.unordered
        ));
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
    fn go_quoting() {
        assert_eq!(
            go_quote("a\"b\\c\n\u{e9}"),
            "\"a\\\"b\\\\c\\x0a\\xc3\\xa9\""
        );
    }

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
    fn examples_and_their_output_comments() {
        let src = "package p\n\nimport \"fmt\"\n\nfunc ExampleB() {\n\tfmt.Println(\"// not a comment\")\n\t// a note\n\n\t// Output:\n\t// hello\n\t//   indented\n}\n\nfunc ExampleA() {\n\tfmt.Println(1) /* Unordered output: 1\n\t2 */\n}\n\nfunc ExampleNone() {\n\tfmt.Println(`// Output: x`)\n}\n\nfunc Example_empty() {\n\t// Output:\n}\n";
        let f = crate::syntax::parse(src).unwrap();
        let ex = find_examples(&f, src);
        let names: Vec<&str> = ex.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["ExampleB", "ExampleA", "Example_empty"]);
        assert_eq!(ex[1].output, "1\n\t2\n");
        assert!(ex[1].unordered);
        assert_eq!(ex[0].output, "hello\n  indented\n");
        assert!(!ex[0].unordered);
        assert_eq!(ex[2].output, "");
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
