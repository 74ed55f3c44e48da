//! Backend smoke test on hand-built IR (independent of the front end): a function with an
//! open-coded defer of a wrapper, a panic recovered by a deferred closure, and printing.

use deferjit::{DeferStrategy, Options, Program};
use lowering::ir::*;

fn e(kind: ExprKind, ty: Type) -> Expr {
    Expr {
        kind,
        ty,
        pos: Pos { line: 3, col: 2 },
    }
}
fn p() -> Pos {
    Pos { line: 3, col: 2 }
}
fn func(
    name: &str,
    kind: FuncKind,
    body: Block,
    locals: Vec<Local>,
    captures: Vec<Capture>,
    defers: Vec<DeferSite>,
) -> Func {
    Func {
        name: name.into(),
        kind,
        pos: p(),
        file: 0,
        sig: Signature {
            variadic: false,
            params: vec![],
            results: vec![],
        },
        locals,
        params: vec![],
        results: vec![],
        captures,
        body,
        defers,
        return_count: 0,
        end_pos: Pos { line: 9, col: 1 },
    }
}

/// main: x := 40; defer println("deferred", x); defer func(){ r := recover(); println("recovered", r.(int)) }(); panic(x + 2)
fn program() -> Program_ {
    let tint = Type::Int;
    let main_locals = vec![
        Local {
            name: "x".into(),
            ty: tint.clone(),
            storage: Storage::Value,
            pos: p(),
            loop_depth: 0,
        },
        Local {
            name: "~t".into(),
            ty: tint.clone(),
            storage: Storage::Value,
            pos: p(),
            loop_depth: 0,
        },
    ];
    let wrapper = func(
        "main.main.deferwrap1",
        FuncKind::DeferWrapper,
        vec![Stmt::Expr(e(
            ExprKind::Builtin(
                Builtin::Println,
                vec![
                    e(ExprKind::Str("deferred".into()), Type::String),
                    e(ExprKind::Local(LocalId(0)), tint.clone()),
                ],
            ),
            Type::Tuple(vec![]),
        ))],
        vec![Local {
            name: "~t".into(),
            ty: tint.clone(),
            storage: Storage::Env {
                index: 0,
                by_ref: false,
            },
            pos: p(),
            loop_depth: 0,
        }],
        vec![Capture {
            outer: LocalId(1),
            inner: LocalId(0),
            by_ref: false,
        }],
        vec![],
    );
    let rec = func(
        "main.main.func1",
        FuncKind::Literal,
        vec![
            Stmt::Decl {
                local: LocalId(0),
                pos: p(),
            },
            Stmt::Assign {
                lhs: vec![LValue::Local(LocalId(0))],
                rhs: vec![e(ExprKind::Builtin(Builtin::Recover, vec![]), Type::Any)],
                pos: p(),
            },
            Stmt::Expr(e(
                ExprKind::Builtin(
                    Builtin::Println,
                    vec![
                        e(ExprKind::Str("recovered".into()), Type::String),
                        e(
                            ExprKind::TypeAssert {
                                x: Box::new(e(ExprKind::Local(LocalId(0)), Type::Any)),
                                target: Type::Int,
                                comma_ok: false,
                            },
                            Type::Int,
                        ),
                    ],
                ),
                Type::Tuple(vec![]),
            )),
        ],
        vec![Local {
            name: "r".into(),
            ty: Type::Any,
            storage: Storage::Value,
            pos: p(),
            loop_depth: 0,
        }],
        vec![],
        vec![],
    );
    let main = func(
        "main.main",
        FuncKind::TopLevel,
        vec![
            Stmt::Decl {
                local: LocalId(0),
                pos: p(),
            },
            Stmt::Assign {
                lhs: vec![LValue::Local(LocalId(0))],
                rhs: vec![e(ExprKind::Int(40), tint.clone())],
                pos: p(),
            },
            Stmt::Decl {
                local: LocalId(1),
                pos: p(),
            },
            Stmt::Assign {
                lhs: vec![LValue::Local(LocalId(1))],
                rhs: vec![e(ExprKind::Local(LocalId(0)), tint.clone())],
                pos: p(),
            },
            Stmt::Defer {
                index: 0,
                closure: FuncId(1),
                pos: p(),
            },
            Stmt::Defer {
                index: 1,
                closure: FuncId(2),
                pos: p(),
            },
            Stmt::Expr(e(
                ExprKind::Builtin(
                    Builtin::Panic,
                    vec![e(
                        ExprKind::ToIface(Box::new(e(
                            ExprKind::Binary(
                                BinaryOp::Add,
                                Box::new(e(ExprKind::Local(LocalId(0)), tint.clone())),
                                Box::new(e(ExprKind::Int(2), tint.clone())),
                            ),
                            tint.clone(),
                        ))),
                        Type::Any,
                    )],
                ),
                Type::Tuple(vec![]),
            )),
        ],
        main_locals,
        vec![],
        vec![
            DeferSite {
                pos: p(),
                in_loop: false,
                closure: FuncId(1),
                gc_view: GcView::Live,
            },
            DeferSite {
                pos: p(),
                in_loop: false,
                closure: FuncId(2),
                gc_view: GcView::Live,
            },
        ],
    );
    let init = func("main.init", FuncKind::Init, vec![], vec![], vec![], vec![]);
    Program_ {
        file_name: "smoke.go".into(),
        files: vec!["smoke.go".into()],
        globals: vec![],
        funcs: vec![main, wrapper, rec, init],
        init: FuncId(3),
        main: Some(FuncId(0)),
        benchmarks: vec![],
        tests: Vec::new(),
        starts_goroutines: false,
        main_starts_goroutines: false,
        selectors: vec![],
        unchecked: vec![],
        format_call: None,
    }
}
type Program_ = lowering::ir::Program;

#[test]
fn open_stack_heap_defers_recover_on_hand_built_ir() {
    for s in DeferStrategy::ALL {
        let prog = Program::from_ir(
            program(),
            &Options {
                defer: s,
                ..Default::default()
            },
        )
        .unwrap();
        let out = prog.run();
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "recovered 42\ndeferred 40\n",
            "strategy {s}"
        );
        assert_eq!(out.status, 0, "strategy {s}");
    }
}
