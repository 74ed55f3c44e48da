//! Parser unit tests: gc's syntax errors, every construct of the Go 1.23 grammar, deep nesting.
use super::*;

fn err(src: &str) -> (u32, u32, String) {
    let e = parse_file(src).unwrap_err();
    (e.pos.line, e.pos.col, e.msg)
}

#[test]
fn parses_basic_program() {
    let f =
        parse_file("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(1 + 2*3)\n}\n")
            .unwrap();
    assert_eq!(f.imports.len(), 1);
    assert_eq!(f.decls.len(), 1);
}

#[test]
fn binary_precedence() {
    let f = parse_file("package main\nvar x = 1 + 2*3 == 7 && true\n").unwrap();
    let Decl::Var(specs) = &f.decls[0] else {
        panic!()
    };
    assert_eq!(expr_string(&specs[0].values[0]), "1 + 2 * 3 == 7 && true");
    let ExprKind::Binary(BinOp::LogAnd, _, _) = specs[0].values[0].kind else {
        panic!()
    };
}

#[test]
fn syntax_errors_like_gc() {
    assert_eq!(
        err("package main\nfunc main() {\n\tx := \n}\n"),
        (
            4,
            1,
            "syntax error: unexpected }, expected expression".into()
        )
    );
    assert_eq!(
        err("package main\nfunc main() {\n\tif true\n\t{\n\t}\n}\n"),
        (
            3,
            9,
            "syntax error: unexpected newline, expected { after if clause".into()
        )
    );
    assert_eq!(
        err("package main\nfunc main() {\n\tx := 1 y\n}\n"),
        (
            3,
            9,
            "syntax error: unexpected name y at end of statement".into()
        )
    );
    assert_eq!(
        err("package main\nfunc main() {\n\tf(1\n}\n"),
        (
            3,
            5,
            "syntax error: unexpected newline in argument list; possibly missing comma or )".into()
        )
    );
    assert_eq!(
        err("package main\nx := 1\n"),
        (
            2,
            1,
            "syntax error: non-declaration statement outside function body".into()
        )
    );
    assert_eq!(
        err("package main\nfunc main() \n{\n}\n"),
        (
            3,
            1,
            "syntax error: unexpected semicolon or newline before {".into()
        )
    );
    assert_eq!(
        err("package main\nfunc f(a int, b) {}\n"),
        (
            2,
            15,
            "syntax error: mixed named and unnamed parameters".into()
        )
    );
    assert_eq!(
        err("package main\nfunc main() {\n\tfor i := 0; i < 3; i++ \n\t{\n\t}\n}\n"),
        (
            3,
            25,
            "syntax error: unexpected newline, expected { after for clause".into()
        )
    );
}

#[test]
fn deep_nesting_parses_on_a_small_stack() {
    // No big thread: the parser grows its stack in segments.
    let src = format!(
        "package main\nvar x = {}1{}\n",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    let f = parse_file(&src).unwrap();
    assert_eq!(f.decls.len(), 1);
    let src = format!(
        "package main\nfunc main() {{ {} }}\n",
        "{".repeat(100_000) + &"}".repeat(100_000)
    );
    parse_file(&src).unwrap();
    let src = format!("package main\nvar x = {}1\n", "^".repeat(100_000));
    parse_file(&src).unwrap();
    let src = format!("package main\nvar x = 1{}\n", "+1".repeat(100_000));
    parse_file(&src).unwrap();
    let src = format!("package main\nvar x = f{}\n", "()".repeat(100_000));
    parse_file(&src).unwrap();
    let src = format!("package main\nvar x {}int\n", "[]".repeat(100_000));
    parse_file(&src).unwrap();
    // Unbalanced deep input is a syntax error, not a crash.
    let src = format!("package main\nvar x = {}\n", "(".repeat(100_000));
    assert!(parse_file(&src).is_err());
    let src = format!("package main\nvar x = {}\n", "-".repeat(100_000));
    assert!(parse_file(&src).is_err());
}

#[test]
fn range_and_for_forms() {
    let f = parse_file(
        "package main\nfunc main() {\n\tfor i := range 3 {}\n\tfor range 3 {}\n\tfor _, v := range s {}\n\tfor {}\n\tfor x < 3 {}\n}\n",
    )
    .unwrap();
    let Decl::Func(fd) = &f.decls[0] else {
        panic!()
    };
    let b = fd.body.as_ref().unwrap();
    assert!(matches!(b.stmts[0], Stmt::Range { define: true, .. }));
    assert!(matches!(b.stmts[1], Stmt::Range { key: None, .. }));
    assert!(matches!(b.stmts[2], Stmt::Range { value: Some(_), .. }));
    assert!(matches!(b.stmts[3], Stmt::For { cond: None, .. }));
    assert!(matches!(b.stmts[4], Stmt::For { cond: Some(_), .. }));
}
