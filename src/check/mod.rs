//! The checker: resolves names and types of a parsed file and produces the typed IR
//! ([`lowering::ir::Program`]), reporting the first error as Go does (sorted by position).

mod arrays;
mod assign;
mod builtin;
mod call;
mod chans;
mod closure;
mod complex;
mod composite;
mod control;
mod deadcode;
mod decl;
mod defer;
mod escape;
mod expr;
mod file;
mod floats;
mod gotos;
mod iface;
mod init;
mod lazy;
mod library;
mod members;
mod named;
mod operand;
mod operator;
mod place;
mod printf;
mod returns;
mod scope;
mod selector;
mod shift;
mod slicing;
mod stdlib;
mod stmt;
mod switch;
mod synth;
pub(crate) mod testmain;
#[cfg(test)]
mod tests;
mod typeexpr;
mod types;
mod typeswitch;
mod unsafe_pkg;

use crate::diag::CompileError;
use crate::syntax::ast;
use lowering::ir::{
    self, Capture, DeferSite, Func, FuncId, FuncKind, Global, Local, LocalId, Pos, Signature, Type,
};
use scope::{Entity, Scopes, VarId};
use std::collections::{BTreeSet, HashMap};

pub use types::ConstVal;

/// Result of a check step; `Err(())` means an error was already recorded.
pub(crate) type R<T> = Result<T, ()>;

/// Deepest nesting of statements and expressions the checker takes (parentheses not
/// counted). It bounds the depth of IR trees, whose derived destructors and clones
/// recurse: about 150 bytes a level, well inside `source::stack::BIG_RED_ZONE`.
pub const MAX_NESTING: usize = 100_000;

/// Deepest nesting of types (`[][]...int`, `func() func() ...`): IR types are compared,
/// cloned and dropped by derived code on any thread, also after checking.
pub const MAX_TYPE_NESTING: usize = 1_000;

/// Parses and checks a whole file.
pub fn check(file_name: &str, source: &str) -> Result<ir::Program, CompileError> {
    crate::syntax::with_big_stack(|| check_here(file_name, source, false, false))
}

/// Parses and checks a test file (`x_test.go`, any package name, no `func main` needed):
/// its `func TestXxx(t *testing.T)` functions are the program's [`ir::Program::tests`],
/// and its entry ([`ir::Program::main`]) runs them as `go test`'s binary does, reading
/// the `-test.*` flags from `os.Args` (see `testmain`).
pub fn check_test(file_name: &str, source: &str) -> Result<ir::Program, CompileError> {
    crate::syntax::with_big_stack(|| check_here(file_name, source, false, true))
}

/// As [`check`], but every function of the library packages the program imports is
/// checked, reached or not, and their unused imports and variables are errors: how the
/// tests make sure that the library is valid Go throughout.
pub fn check_library_eagerly(file_name: &str, source: &str) -> Result<ir::Program, CompileError> {
    crate::syntax::with_big_stack(|| check_here(file_name, source, true, false))
}

fn check_here(
    file_name: &str,
    source: &str,
    eager: bool,
    test: bool,
) -> Result<ir::Program, CompileError> {
    let mut file =
        crate::syntax::parse(source).map_err(|e| CompileError::new(file_name, e.pos, e.msg))?;
    let mut tests = Vec::new();
    if test {
        let test_main;
        (tests, test_main) = testmain::find_tests(&file, file_name)?;
        let examples = testmain::find_examples(&file, source);
        testmain::add_entry(&mut file, source, &tests, &examples, test_main);
    }
    // The library packages the program imports, directly or not, dependencies first.
    let libs = library::load(&file, source)?;
    let mut c = Checker::new(file_name);
    c.eager_library = eager;
    c.test_file = test;
    for lib in &libs {
        c.enter_package(lib.path, lib.file_name());
        c.check_file(&lib.ast);
        if let Some((pos, msg)) = c.first_error() {
            // The library is deferjit's own code: an error in it is deferjit's bug.
            return Err(CompileError::new(
                &lib.file_name(),
                pos,
                format!("internal error in deferjit's package {}: {msg}", lib.path),
            ));
        }
    }
    c.enter_package("main", file_name.to_string());
    if test {
        // A test file's types are named by its package clause (`foo.T`), as gc names them.
        c.pkg_name = file.package.name.clone();
    }
    c.check_file(&file);
    if let Some(f) = c.lib_failure.take() {
        return Err(CompileError::new(
            &f.file,
            f.pos,
            format!("internal error in deferjit's package {}: {}", f.path, f.msg),
        ));
    }
    if let Some((pos, msg)) = c.first_error() {
        return Err(CompileError::new(file_name, pos, msg));
    }
    let mut program = c.into_program();
    program.tests = tests;
    if test {
        name_as_test_package(&mut program);
    }
    Ok(program)
}

/// gc names the functions of a test file's package by the package's import path, which
/// for files named on the command line is `command-line-arguments`
/// (`command-line-arguments.TestX`, `command-line-arguments.(*T).M`), and the generated
/// entry, in package main, `main.main`: traces and `runtime.FuncForPC` then say what
/// gc's test binaries say.
fn name_as_test_package(program: &mut ir::Program) {
    let entry = program.main;
    for (i, f) in program.funcs.iter_mut().enumerate() {
        if f.is_library() {
            continue;
        }
        if Some(FuncId(i as u32)) == entry {
            f.name = "main.main".to_string();
        } else if let Some(rest) = f.name.strip_prefix("main.") {
            f.name = format!("command-line-arguments.{rest}");
        }
    }
}

/// What the checker knows about a source variable.
#[derive(Clone, Debug)]
pub(crate) struct VarInfo {
    pub name: String,
    pub pos: Pos,
    pub ty: Type,
    pub owner: FuncId,
    pub local: LocalId,
    /// Assigned after its declaration (so captured by reference).
    pub assigned: bool,
    pub used: bool,
    pub captured: bool,
    /// Its declaration failed to check: uses are silent.
    pub invalid: bool,
    /// Report `declared and not used`.
    pub check_unused: bool,
    /// Its address is taken (`&x`, a pointer method's receiver, a method value): it
    /// lives in memory, in the frame or the arena as escape analysis decides
    /// (`escape.rs`).
    pub addressed: bool,
    pub is_result: bool,
}

/// A `for`/`switch` target of `break`/`continue`.
#[derive(Clone, Debug)]
pub(crate) struct Target {
    pub name: Option<String>,
    pub id: ir::LabelId,
    pub is_loop: bool,
}

/// The function being built.
pub(crate) struct FnCtx {
    pub id: FuncId,
    pub name: String,
    pub kind: FuncKind,
    pub pos: Pos,
    pub sig: Signature,
    pub locals: Vec<Local>,
    pub local_vars: Vec<Option<VarId>>,
    pub params: Vec<LocalId>,
    pub results: Vec<LocalId>,
    pub named_results: bool,
    pub captures: Vec<Capture>,
    pub capture_vars: Vec<Option<VarId>>,
    pub cap_map: HashMap<VarId, LocalId>,
    pub defers: Vec<DeferSite>,
    pub return_count: u32,
    pub loop_depth: u32,
    pub targets: Vec<Target>,
    /// The labels of the body and the `goto`s to them.
    pub gotos: gotos::GotoInfo,
    /// Looping labels of the bare block just checked, whose raised loop depth carries on
    /// to the end of the enclosing statement list.
    pub block_looping: u32,
    pub next_label: u32,
    pub lit_counter: u32,
    pub wrap_counter: u32,
    /// The `gowrapN` wrappers made so far (gc counts them apart from `deferwrapN`).
    pub go_wrap_counter: u32,
    pub tmp_counter: u32,
    /// Variables assigned in the post statement being checked (exempt from `assigned`).
    pub post_exempt: Vec<VarId>,
    /// Statements to insert before the statement being checked (multi-value spreads).
    pub pending: Vec<ir::Stmt>,
}

pub(crate) struct ImportInfo {
    pub name: String,
    pub path: String,
    pub pos: Pos,
    pub used: bool,
}

pub(crate) enum PkgState {
    Todo,
    InProgress,
    Done,
}

pub(crate) struct PkgConst<'a> {
    pub name: ast::Ident,
    pub ty: Option<&'a ast::TypeExpr>,
    pub value: Option<&'a ast::Expr>,
    pub iota: i64,
    pub state: PkgState,
}

pub(crate) struct PkgVar<'a> {
    pub spec: &'a ast::VarSpec,
    pub state: PkgState,
    /// The initialization statements (in `main.init`).
    pub stmts: Vec<ir::Stmt>,
    pub globals: Vec<ir::GlobalId>,
    pub deps: Refs,
}

/// Package-level objects a declaration refers to (for initialization order).
#[derive(Clone, Debug, Default)]
pub(crate) struct Refs {
    pub globals: BTreeSet<u32>,
    pub funcs: BTreeSet<u32>,
}

pub(crate) struct Checker<'a> {
    pub file: String,
    /// Every source file checked so far (`files[0]` is the user's); `file` is the last.
    pub files: Vec<String>,
    /// The index of `file` in `files` (for [`Func::file`]).
    pub file_index: u32,
    /// The import path of the package being checked (`main`, `strings`, `unicode/utf8`):
    /// the prefix of its functions' symbols.
    pub pkg_path: String,
    /// Its name (`utf8`): the prefix of its types' names.
    pub pkg_name: String,
    /// The package scopes of the library packages already checked, by import path.
    pub lib_exports: HashMap<String, HashMap<String, Entity>>,
    /// Their `init` functions, in dependency order (`main.init` calls them first).
    pub lib_inits: Vec<FuncId>,
    pub errors: Vec<(Pos, String)>,
    /// Constructs of valid Go that deferjit does not support yet. When there is one, it is
    /// the error reported (the earliest), whatever else was found: the checker skipped
    /// code after it, so other errors (unused imports and variables, mismatches with an
    /// unsupported type) may be artefacts of the skip.
    pub unsupported: Vec<(Pos, String)>,
    pub scopes: Scopes,
    pub vars: Vec<VarInfo>,
    pub globals: Vec<Global>,
    pub funcs: Vec<Option<Func>>,
    pub func_local_vars: Vec<Vec<Option<VarId>>>,
    pub func_capture_vars: Vec<Vec<Option<VarId>>>,
    pub ctxs: Vec<FnCtx>,
    pub imports: Vec<ImportInfo>,
    pub pkg_consts: Vec<PkgConst<'a>>,
    pub pkg_vars: Vec<PkgVar<'a>>,
    pub refs_stack: Vec<Refs>,
    pub func_refs: HashMap<u32, Refs>,
    pub init_id: FuncId,
    pub main_id: Option<FuncId>,
    /// The declarations of top-level functions whose signatures are not resolved yet
    /// (a constant expression in a type may call one: `[unsafe.Sizeof(F())]T`).
    pub undeclared_funcs: HashMap<FuncId, &'a ast::FuncDecl>,
    pub user_inits: Vec<FuncId>,
    pub benchmarks: Vec<(String, FuncId)>,
    /// `iota` while evaluating a constant spec.
    pub iota: Option<i64>,
    /// The package-level type declarations.
    pub pkg_types: Vec<named::PkgType<'a>>,
    /// Index in `pkg_types` of each package-level defined type, by its id.
    pub pkg_type_index: HashMap<u32, usize>,
    /// Defined types created so far (their ids are 1..=named_count).
    pub named_count: u32,
    /// The method declarations, in source order.
    pub method_decls: Vec<named::MethodDecl<'a>>,
    /// Whether some package declares a method named `Format` (a possible fmt.Formatter).
    pub format_methods: bool,
    /// fmt's `callFormat`, through which the runtime's printer calls a Formatter's
    /// `Format` method: needed once the program has `Format` methods and imports fmt.
    pub format_call: Option<FuncId>,
    /// Where each method (by type id and name) was declared.
    pub method_positions: HashMap<(u32, String), Pos>,
    /// The expression being checked is the function operand of a call.
    pub checking_callee: bool,
    /// Method selectors (`Name(sig)`), the vtable index of each.
    pub selectors: Vec<String>,
    pub selector_ids: HashMap<String, u32>,
    /// Defined types declared as another defined type whose underlying type was still
    /// being resolved: (the type, the other, position and name of the declaration).
    pub deferred_underlying: Vec<(
        std::sync::Arc<ir::NamedType>,
        std::sync::Arc<ir::NamedType>,
        Pos,
        String,
    )>,
    /// The functions of interface method expressions (`I.M`), by name.
    pub iface_method_exprs: HashMap<String, FuncId>,
    /// `fmt.Stringer`, once used.
    pub stringer: Option<Type>,
    /// `runtime.Error`, once used.
    pub runtime_error: Option<Type>,
    /// The checking contexts of the library packages checked so far, in order.
    pub packages: Vec<lazy::PackageContext<'a>>,
    /// Library function bodies not checked yet, by function id (see `lazy`).
    pub pending_bodies: HashMap<u32, lazy::PendingBody<'a>>,
    /// Pending bodies that something refers to.
    pub body_queue: Vec<u32>,
    /// Functions needed before their bodies were left pending (a package variable
    /// converting a type to an interface before the package's methods are declared):
    /// queued as soon as they are.
    pub needed_early: std::collections::HashSet<u32>,
    /// An error in a library body checked after its package.
    pub lib_failure: Option<lazy::LibFailure>,
    /// Check every library body with its package (tests of the library itself).
    pub eager_library: bool,
    /// The user's file is a test file: any package name, and its entry is the one
    /// `testmain` added rather than `func main`.
    pub test_file: bool,
    /// A `go` statement was checked (in the user's code or a library function it uses).
    pub starts_goroutines: bool,
    /// A `go` statement of the user's own package was checked (or the file is a test
    /// file, whose entry runs its tests on goroutines).
    pub main_starts_goroutines: bool,
    /// How many references (pointer, slice, map, func, interface) the type expression
    /// being resolved is behind.
    pub type_indirection: usize,
    /// The defined types being resolved, with the `type_indirection` at which each began.
    pub resolving_at: HashMap<u32, usize>,
    /// The method each synthesized promoted method calls, by function id.
    pub synth_calls: HashMap<u32, u32>,
    /// Defined types (by id) whose methods are needed: all of them (`true`) or those the
    /// runtime calls (`false`).
    pub methods_needed: std::collections::HashSet<(u32, bool)>,
}

/// A function's entry before its body is checked: its name and signature, so that calls
/// can be checked first.
pub(crate) fn placeholder_func(name: String, pos: Pos, sig: Signature) -> Func {
    Func {
        name,
        kind: FuncKind::TopLevel,
        pos,
        file: 0,
        sig,
        locals: vec![],
        params: vec![],
        results: vec![],
        captures: vec![],
        body: vec![],
        defers: vec![],
        return_count: 0,
        end_pos: pos,
    }
}

impl<'a> Checker<'a> {
    fn new(file: &str) -> Checker<'a> {
        Checker {
            file: file.to_string(),
            files: vec![file.to_string()],
            file_index: 0,
            pkg_path: String::new(),
            pkg_name: String::new(),
            lib_exports: HashMap::new(),
            lib_inits: Vec::new(),
            errors: Vec::new(),
            unsupported: Vec::new(),
            scopes: Scopes::new(),
            vars: Vec::new(),
            globals: Vec::new(),
            funcs: Vec::new(),
            func_local_vars: Vec::new(),
            func_capture_vars: Vec::new(),
            ctxs: Vec::new(),
            imports: Vec::new(),
            pkg_consts: Vec::new(),
            pkg_vars: Vec::new(),
            refs_stack: Vec::new(),
            func_refs: HashMap::new(),
            init_id: FuncId(0),
            main_id: None,
            undeclared_funcs: HashMap::new(),
            user_inits: Vec::new(),
            benchmarks: Vec::new(),
            iota: None,
            pkg_types: Vec::new(),
            pkg_type_index: HashMap::new(),
            named_count: 0,
            method_decls: Vec::new(),
            format_methods: false,
            format_call: None,
            method_positions: HashMap::new(),
            checking_callee: false,
            selectors: Vec::new(),
            selector_ids: HashMap::new(),
            iface_method_exprs: HashMap::new(),
            deferred_underlying: Vec::new(),
            runtime_error: None,
            stringer: None,
            packages: Vec::new(),
            pending_bodies: HashMap::new(),
            body_queue: Vec::new(),
            needed_early: std::collections::HashSet::new(),
            lib_failure: None,
            eager_library: false,
            test_file: false,
            starts_goroutines: false,
            main_starts_goroutines: false,
            type_indirection: 0,
            resolving_at: HashMap::new(),
            synth_calls: HashMap::new(),
            methods_needed: std::collections::HashSet::new(),
        }
    }

    /// Records an error; always returns `Err(())` for convenience.
    pub fn error<T>(&mut self, pos: Pos, msg: impl Into<String>) -> R<T> {
        self.errors.push((pos, msg.into()));
        Err(())
    }

    /// One level of recursion over statements or expressions, on a fresh stack segment
    /// when needed; past [`MAX_NESTING`] levels, unsupported.
    pub fn nested<T>(&mut self, pos: Pos, f: impl FnOnce(&mut Self) -> R<T>) -> R<T> {
        if source::stack::depth() >= MAX_NESTING {
            return self.unsupported(pos, format!("nesting deeper than {MAX_NESTING} levels"));
        }
        source::stack::grow_big(|| f(self))
    }

    /// Records that valid Go uses something deferjit lacks: `FILE:LINE:COL: deferjit does
    /// not support WHAT yet`. Always returns `Err(())`.
    pub fn unsupported<T>(&mut self, pos: Pos, what: impl std::fmt::Display) -> R<T> {
        self.unsupported
            .push((pos, format!("deferjit does not support {what} yet")));
        Err(())
    }

    fn first_error(&self) -> Option<(Pos, String)> {
        let mut best: Option<&(Pos, String)> = None;
        let list = if self.unsupported.is_empty() {
            &self.errors
        } else {
            &self.unsupported
        };
        for e in list {
            if best.is_none_or(|b| e.0 < b.0) {
                best = Some(e);
            }
        }
        best.cloned()
    }

    /// Reserves a function id.
    pub fn reserve_func(&mut self) -> FuncId {
        let id = FuncId(self.funcs.len() as u32);
        self.funcs.push(None);
        self.func_local_vars.push(Vec::new());
        self.func_capture_vars.push(Vec::new());
        id
    }

    pub fn new_ctx(
        &self,
        id: FuncId,
        name: String,
        kind: FuncKind,
        pos: Pos,
        sig: Signature,
    ) -> FnCtx {
        FnCtx {
            id,
            name,
            kind,
            pos,
            sig,
            locals: Vec::new(),
            local_vars: Vec::new(),
            params: Vec::new(),
            results: Vec::new(),
            named_results: false,
            captures: Vec::new(),
            capture_vars: Vec::new(),
            cap_map: HashMap::new(),
            defers: Vec::new(),
            return_count: 0,
            loop_depth: 0,
            targets: Vec::new(),
            gotos: Default::default(),
            block_looping: 0,
            next_label: 0,
            lit_counter: 0,
            wrap_counter: 0,
            go_wrap_counter: 0,
            tmp_counter: 0,
            post_exempt: Vec::new(),
            pending: Vec::new(),
        }
    }

    /// Stores a finished function.
    pub fn finish_ctx(&mut self, ctx: FnCtx, body: ir::Block, end_pos: Pos) {
        let id = ctx.id.0 as usize;
        self.func_local_vars[id] = ctx.local_vars;
        self.func_capture_vars[id] = ctx.capture_vars;
        self.funcs[id] = Some(Func {
            name: ctx.name,
            kind: ctx.kind,
            pos: ctx.pos,
            file: self.file_index,
            sig: ctx.sig,
            locals: ctx.locals,
            params: ctx.params,
            results: ctx.results,
            captures: ctx.captures,
            body,
            defers: ctx.defers,
            return_count: ctx.return_count,
            end_pos,
        });
    }

    pub fn ctx(&mut self) -> &mut FnCtx {
        self.ctxs.last_mut().expect("function context")
    }

    pub fn add_ref_global(&mut self, g: u32) {
        if let Some(r) = self.refs_stack.last_mut() {
            r.globals.insert(g);
        }
    }

    pub fn add_ref_func(&mut self, f: u32) {
        self.need_body(f);
        if let Some(r) = self.refs_stack.last_mut() {
            r.funcs.insert(f);
        }
    }

    /// Whether `pkg.member` names an exported member of the imported standard package
    /// `pkg` (deferjit may lack it).
    pub fn std_member(&self, pkg: &str, member: &str) -> bool {
        let Some(Entity::Package(_, idx)) = self.scopes.lookup(pkg) else {
            return false;
        };
        let path = self.imports[*idx].path.as_str();
        stdlib::STD_MEMBERS
            .iter()
            .any(|(p, names)| *p == path && names.contains(&member))
    }

    /// Marks a package used; errors when `name` is not an imported package.
    fn use_package(&mut self, name: &str, pos: Pos) -> R<()> {
        match self.scopes.lookup(name).cloned() {
            Some(Entity::Package(_, idx)) => {
                self.imports[idx].used = true;
                Ok(())
            }
            Some(_) => self.error(pos, format!("{name} is not a package")),
            None => self.error(pos, format!("undefined: {name}")),
        }
    }

    /// Starts checking package `path` from file `file`: the package scope and the
    /// per-package declarations start empty; the previous package's scope is kept for
    /// selectors (`strings.Repeat`).
    fn enter_package(&mut self, path: &str, file: String) {
        if !self.pkg_path.is_empty() {
            let scope = self.scopes.package_scope().clone();
            self.lib_exports.insert(self.pkg_path.clone(), scope);
            self.lib_inits.push(self.init_id);
            self.save_package();
        }
        self.scopes = Scopes::new();
        self.imports.clear();
        self.pkg_consts.clear();
        self.pkg_vars.clear();
        self.refs_stack.clear();
        self.main_id = None;
        self.undeclared_funcs.clear();
        self.user_inits.clear();
        self.pkg_types.clear();
        self.pkg_type_index.clear();
        self.method_decls.clear();
        self.pkg_path = path.to_string();
        self.pkg_name = path.rsplit('/').next().unwrap_or(path).to_string();
        if path == "main" {
            self.file_index = 0;
        } else {
            self.file_index = self.files.len() as u32;
            self.files.push(file.clone());
        }
        self.file = file;
    }

    /// Whether the package being checked is the user's.
    pub fn in_main(&self) -> bool {
        self.pkg_path == "main"
    }

    /// The symbol of the package-level function `name` of the package being checked
    /// (`main.f`, `strings.Repeat`).
    pub fn func_symbol(&self, name: &str) -> String {
        format!("{}.{name}", self.pkg_path)
    }

    fn into_program(self) -> ir::Program {
        let unchecked = self.unchecked_funcs();
        let funcs: Vec<Func> = self
            .funcs
            .into_iter()
            .map(|f| {
                f.unwrap_or_else(|| {
                    let sig = Signature {
                        variadic: false,
                        params: vec![],
                        results: vec![],
                    };
                    placeholder_func("main.invalid".into(), Pos::default(), sig)
                })
            })
            .collect();
        ir::Program {
            file_name: self.files[0].clone(),
            files: self.files,
            globals: self.globals,
            funcs,
            init: self.init_id,
            main: self.main_id,
            benchmarks: self.benchmarks,
            tests: Vec::new(),
            starts_goroutines: self.starts_goroutines,
            main_starts_goroutines: self.main_starts_goroutines || self.test_file,
            selectors: self.selectors,
            unchecked,
            format_call: self.format_call,
        }
    }
}
