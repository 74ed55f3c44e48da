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

/// Parses `body` as the body of `func main`, returning its statements.
fn body(stmts: &str) -> Vec<Stmt> {
    let src = format!("package main\n\nfunc main() {{\n{stmts}\n}}\n");
    let mut f = parse_file(&src).unwrap_or_else(|e| panic!("{e:?}\n{src}"));
    let Some(Decl::Func(fd)) = f.decls.pop() else {
        panic!("no func")
    };
    let mut b = fd.body.unwrap();
    std::mem::take(&mut b.stmts)
}

fn decls(src: &str) -> Vec<Decl> {
    parse_file(&format!("package main\n\n{src}\n"))
        .unwrap_or_else(|e| panic!("{e:?}\n{src}"))
        .decls
}

fn one_expr(src: &str) -> Expr {
    let mut s = body(&format!("_ = {src}"));
    match &mut s[0] {
        Stmt::Assign { rhs, .. } => rhs.pop().unwrap(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn select_statements() {
    let s = body("select {\ncase v, ok := <-c:\n\t_ = v\ncase c <- 1:\ncase <-d:\ndefault:\n}");
    let Stmt::Select { clauses, pos, .. } = &s[0] else {
        panic!("{s:?}")
    };
    assert_eq!((pos.line, pos.col), (4, 1));
    assert_eq!(clauses.len(), 4);
    assert!(matches!(
        clauses[0].comm.as_deref(),
        Some(Stmt::Assign {
            op: AssignOp::Define,
            ..
        })
    ));
    assert!(matches!(
        clauses[1].comm.as_deref(),
        Some(Stmt::Send { .. })
    ));
    assert!(matches!(
        clauses[2].comm.as_deref(),
        Some(Stmt::Expr(Expr {
            kind: ExprKind::Unary(UnOp::Recv, _),
            ..
        }))
    ));
    assert!(clauses[3].comm.is_none());
}

#[test]
fn type_switches() {
    let s = body("switch y := 1; v := x.(type) {\ncase int, []string, *T, nil:\ndefault:\n}\nswitch x.(type) {}");
    let Stmt::TypeSwitch {
        init,
        bind,
        x,
        clauses,
        ..
    } = &s[0]
    else {
        panic!("{s:?}")
    };
    assert!(init.is_some());
    assert_eq!(bind.as_ref().unwrap().name, "v");
    assert_eq!(expr_string(x), "x");
    assert_eq!(clauses[0].exprs.as_ref().unwrap().len(), 4);
    assert!(matches!(&s[1], Stmt::TypeSwitch { bind: None, .. }));
    // x.(type) outside a switch header is an expression for the checker to reject
    assert!(matches!(&body("_ = x.(type)")[0], Stmt::Assign { .. }));
}

#[test]
fn branches_labels_go_and_fallthrough() {
    let s = body("L:\n\tfor {\n\t\tbreak L\n\t}\n\tgoto L\nM: x++\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\tdefault:\n\t}\n\tgo f(1)\nN:\n");
    assert!(matches!(&s[0], Stmt::Labeled { label, .. } if label.name == "L"));
    assert!(matches!(&s[1], Stmt::Goto { label, .. } if label.name == "L"));
    assert!(matches!(&s[2], Stmt::Labeled { stmt, .. } if matches!(**stmt, Stmt::IncDec { .. })));
    let Stmt::Switch { clauses, .. } = &s[3] else {
        panic!()
    };
    assert!(matches!(clauses[0].body[0], Stmt::Fallthrough(_)));
    assert!(matches!(&s[4], Stmt::Go { .. }));
    assert!(matches!(&s[5], Stmt::Labeled { stmt, .. } if matches!(**stmt, Stmt::Empty(_))));
}

#[test]
fn generic_functions_and_types() {
    let d = decls(
        "func Map[T, U any](s []T, f func(T) U) []U { return nil }\n\
         func Sum[T ~int | ~float64, S interface{ ~[]T }](s S) (t T) { return }\n\
         type List[T any] struct { next *List[T]; val T }\n\
         type Ptr[P *C] int\n\
         type Arr [N]int\n\
         type Un[P *C | ~int] int\n\
         type G[P interface{ M() }, Q any] = map[P]Q",
    );
    let Decl::Func(f) = &d[0] else { panic!() };
    let tp = f.tparams.as_ref().unwrap();
    assert_eq!((tp.pos.line, tp.pos.col), (3, 9));
    assert_eq!(tp.list.len(), 2);
    assert_eq!(tp.list[1].name.as_ref().unwrap().name, "U");
    let Decl::Func(f) = &d[1] else { panic!() };
    let tp = f.tparams.as_ref().unwrap();
    assert_eq!(type_string(&tp.list[0].ty), "~int | ~float64");
    let ty_of = |i: usize| {
        let Decl::Type(specs, _) = &d[i] else {
            panic!()
        };
        (specs[0].tparams.is_some(), type_string(&specs[0].ty))
    };
    assert_eq!(ty_of(2), (true, "struct{…}".to_string()));
    // gc's rule: `[P *C]` is an array length unless followed by a comma
    assert_eq!(ty_of(3), (false, "[P * C]int".to_string()));
    assert_eq!(ty_of(4), (false, "[N]int".to_string()));
    assert_eq!(ty_of(5), (true, "int".to_string()));
    let Decl::Type(specs, _) = &d[6] else {
        panic!()
    };
    assert!(specs[0].alias);
    assert_eq!(specs[0].tparams.as_ref().unwrap().list.len(), 2);
    // instantiation in expressions
    let e = one_expr("Map[int, string](s, f)");
    let ExprKind::Call { fun, .. } = &e.kind else {
        panic!()
    };
    assert!(matches!(&fun.kind, ExprKind::IndexList(_, l) if l.len() == 2));
    let e = one_expr("List[int]{val: 1}");
    assert!(
        matches!(&e.kind, ExprKind::Composite { ty, keyed: true, .. } if type_string(ty) == "List[int]")
    );
}

#[test]
fn methods_and_dot_imports() {
    let f = parse_file(
        "package main\n\nimport (\n\t. \"fmt\"\n\tm \"math\"\n)\n\nfunc (p *T[K]) Get(k K) (v int) { return }\n",
    )
    .unwrap();
    assert_eq!(f.imports[0].name.as_ref().unwrap().name, ".");
    assert_eq!(f.imports[1].name.as_ref().unwrap().name, "m");
    let Decl::Func(fd) = &f.decls[0] else {
        panic!()
    };
    assert_eq!(fd.recv.map(|p| (p.line, p.col)), Some((8, 6)));
    assert_eq!(type_string(&fd.receiver[0].ty), "*T[K]");
}

#[test]
fn type_literals_everywhere() {
    let d = decls(
        "var (\n\ta [3]int\n\tb map[string][]chan<- int\n\tc <-chan func(int, ...string) (x, y int)\n\
         \td struct {\n\t\tx, y int `tag`\n\t\t*T\n\t\tpkg.U\n\t\tV[int]\n\t}\n\
         \te interface {\n\t\tM(int) string\n\t\tfmt.Stringer\n\t\t~int | string\n\t}\n\
         \tf *[]**int\n)",
    );
    let Decl::Var(specs) = &d[0] else { panic!() };
    let t: Vec<String> = specs
        .iter()
        .map(|s| type_string(s.ty.as_ref().unwrap()))
        .collect();
    assert_eq!(
        t,
        [
            "[3]int",
            "map[string][]chan<- int",
            "<-chan func(int, ...string) (x int, y int)",
            "struct{…}",
            "interface{…}",
            "*[]**int"
        ]
    );
    let TypeKind::Struct(fields) = &specs[3].ty.as_ref().unwrap().kind else {
        panic!()
    };
    assert_eq!(fields.len(), 4);
    assert_eq!(fields[0].names.len(), 2);
    assert_eq!(fields[0].tag.as_deref(), Some("tag"));
    assert!(fields[1..].iter().all(|f| f.names.is_empty()));
    let TypeKind::Interface(elems) = &specs[4].ty.as_ref().unwrap().kind else {
        panic!()
    };
    assert!(matches!(elems[0], InterfaceElem::Method { .. }));
    assert!(matches!(&elems[2], InterfaceElem::Embed(t) if matches!(t.kind, TypeKind::Union(_))));
    // types in expression position
    for (src, want) in [
        ("[]int{1, 2}", "[]int{…}"),
        ("map[string]int{\"a\": 1}", "map[string]int{…}"),
        ("struct{}{}", "struct{}{}"),
        ("[...]int{1}", "[...]int{…}"),
        ("(<-chan int)(nil)", "(<-chan int)(nil)"),
        ("func(int) int(nil)", "func(int) int(nil)"),
        ("interface{}(1)", "interface{}(1)"),
    ] {
        assert_eq!(expr_string(&one_expr(src)), want, "{src}");
    }
}

#[test]
fn composite_literals_keyed_nested_elided() {
    let e = one_expr("[][]Point{{{1, 2}, {X: 3}}, {}, 2: nil}");
    let ExprKind::Composite { elems, keyed, .. } = &e.kind else {
        panic!()
    };
    assert!(keyed);
    assert_eq!(elems.len(), 3);
    assert!(
        matches!(&elems[0].kind, ExprKind::Composite { ty, .. } if matches!(ty.kind, TypeKind::Elided))
    );
    assert!(matches!(&elems[2].kind, ExprKind::KeyValue(..)));
    // in a header, `T {` is the block, `(T{})` a literal
    let s = body("if x == (T{}) {\n}\nfor _, v := range []T{{1}} {\n\t_ = v\n}");
    assert!(matches!(&s[0], Stmt::If { .. }));
    assert!(matches!(&s[1], Stmt::Range { .. }));
}

#[test]
fn slices_channels_and_conversions() {
    let e = one_expr("s[1:2:3]");
    let ExprKind::SliceExpr(_, ix) = &e.kind else {
        panic!()
    };
    assert!(ix.lo.is_some() && ix.hi.is_some() && ix.max.is_some());
    assert_eq!(expr_string(&one_expr("s[:]")), "s[:]");
    assert_eq!(expr_string(&one_expr("<-c")), "<-c");
    assert!(matches!(&body("c <- v")[0], Stmt::Send { .. }));
    assert_eq!(expr_string(&one_expr("(*T)(p)")), "(*T)(p)");
    assert_eq!(
        expr_string(&one_expr("x.(fmt.Stringer)")),
        "x.(fmt.Stringer)"
    );
    assert_eq!(
        err("package main\nvar x = s[1::3]\n").2,
        "middle index required in 3-index slice"
    );
}

#[test]
fn literal_forms() {
    for (lit, kind) in [
        ("0x_cafe", "int"),
        ("0b1010", "int"),
        ("0o17", "int"),
        ("017", "int"),
        ("1_000", "int"),
        ("1.5e3", "float"),
        ("0x1p-2", "float"),
        (".5", "float"),
        ("09.5", "float"),
        ("2i", "imag"),
        ("0x_1p4i", "imag"),
        ("'\\x41'", "char"),
        ("'\\''", "char"),
        ("'\\U0001F600'", "char"),
        ("`raw\n\\n`", "string"),
    ] {
        let e = one_expr(lit);
        let k = match e.kind {
            ExprKind::Int(_) => "int",
            ExprKind::Float(_) => "float",
            ExprKind::Imag(_) => "imag",
            ExprKind::Char(_) => "char",
            ExprKind::Str { .. } => "string",
            _ => "other",
        };
        assert_eq!(k, kind, "{lit}");
    }
}

#[test]
fn generic_syntax_errors_keep_gc_wording() {
    assert_eq!(
        err("package main\nfunc f[]() {}\n"),
        (2, 8, "syntax error: empty type parameter list".into())
    );
    assert_eq!(
        err("package main\ntype T[P any, Q] int\n"),
        (2, 16, "syntax error: missing type constraint".into())
    );
    assert_eq!(
        err("package main\nvar f = func[T any]() {}\n"),
        (
            2,
            13,
            "syntax error: function type must have no type parameters".into()
        )
    );
    assert_eq!(
        err("package main\nfunc main() {\n\tswitch {\n\tcase true:\n\tL:\n\tdefault:\n\t}\n}\n"),
        (5, 3, "syntax error: missing statement after label".into())
    );
}

#[test]
fn header_errors_at_gc_positions() {
    // The statement's operator, as gc's `s.Pos()`.
    assert_eq!(
        err("package main\nfunc main() {\n\tif a := 10 {\n\t}\n}\n"),
        (3, 7, "syntax error: cannot use a := 10 as value".into())
    );
    assert_eq!(
        err("package main\nfunc main() {\n\tif x = 1 + 2 {\n\t}\n}\n"),
        (
            3,
            7,
            "syntax error: cannot use assignment x = (1 + 2) as value".into()
        )
    );
    assert_eq!(
        err("package main\nfunc main() {\n\tfor i := 0; i < 3 {\n\t}\n}\n"),
        (
            3,
            20,
            "syntax error: unexpected {, expected semicolon or newline".into()
        )
    );
    assert_eq!(
        err("package main\nfunc main() {\n\tif f() true {\n\t}\n}\n"),
        (
            3,
            9,
            "syntax error: unexpected name true, expected {".into()
        )
    );
    assert_eq!(
        err("package main\nfunc main() {\n\tif var x = 1; x {\n\t}\n}\n"),
        (
            3,
            9,
            "syntax error: var declaration not allowed in if initializer".into()
        )
    );
    assert_eq!(
        err("package main\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n"),
        (5, 2, "syntax error: unexpected else, expected }".into())
    );
}
