//! The file: imports, collection of top-level declarations, function signatures, and the
//! checks after all bodies (`func main`, unused imports and variables).

use super::scope::Entity;
use super::{stdlib, Checker, ImportInfo, PkgConst, PkgState, PkgVar, Refs, R};
use crate::syntax::ast;
use lowering::ir::{FuncId, FuncKind, Pos, Signature, Type};

impl<'a> Checker<'a> {
    pub(super) fn check_file(&mut self, file: &'a ast::File) {
        if self.in_main() && !self.test_file && file.package.name != "main" {
            // Valid Go, but not a program: deferjit compiles main packages only.
            let _: R<()> = self.unsupported(
                file.package.pos,
                format!("packages other than main (package {})", file.package.name),
            );
        }
        self.check_imports(file);
        // main.init
        self.init_id = self.reserve_func();
        let func_decls = self.collect_decls(file);
        self.resolve_pkg_types();
        self.declare_methods();
        self.declare_promoted_methods();
        self.declare_method_wrappers();
        let sigs = self.declare_funcs(&func_decls);
        // package constants and variables
        for i in 0..self.pkg_consts.len() {
            let _ = self.resolve_pkg_const(i);
        }
        let init_ctx = self.new_ctx(
            self.init_id,
            self.func_symbol("init"),
            FuncKind::Init,
            Pos { line: 1, col: 1 },
            Signature {
                variadic: false,
                params: vec![],
                results: vec![],
            },
        );
        self.ctxs.push(init_ctx);
        for i in 0..self.pkg_vars.len() {
            let _ = self.resolve_pkg_var(i);
        }
        let init_ctx = self.ctxs.pop().expect("init ctx");
        // function bodies: all of the user's; of a library package, its `init` functions
        // and, as something needs them, the others (see `lazy`)
        // (A library's `init` bodies are checked once the others are pending, so that
        // the functions they call are checked as needed.)
        let mut inits = Vec::new();
        for ((fd, id), sig) in func_decls.iter().zip(sigs) {
            if self.in_main() || self.eager_library {
                self.check_func_decl(fd, *id, sig);
            } else if self.user_inits.contains(id) {
                inits.push((fd, *id, sig));
            } else {
                self.defer_body(fd, *id, sig);
            }
        }
        for (fd, id, sig) in inits {
            self.check_func_decl(fd, id, sig);
        }
        self.check_methods();
        // What the package's variables refer to (functions and methods, registered as
        // pending just now) is needed for their initialization order.
        for i in 0..self.pkg_vars.len() {
            let funcs: Vec<u32> = self.pkg_vars[i].deps.funcs.iter().copied().collect();
            for f in funcs {
                self.need_body(f);
            }
        }
        if !self.in_main() {
            self.check_needed_bodies(true);
        } else if self.errors.is_empty() && self.unsupported.is_empty() {
            self.need_format_call();
            self.check_needed_bodies(false);
        }
        // package initialization
        let body = self.init_body();
        self.finish_ctx(init_ctx, body, Pos { line: 1, col: 1 });
        if self.in_main() {
            self.check_main_decl(file, &func_decls);
        }
        // (A library package's unused imports and variables: see `lazy`.)
        if self.in_main() || self.eager_library {
            self.report_unused();
        }
        // Once, over the library's functions and the user's together (the user's package
        // is checked last): the escape analysis is whole-program.
        if self.in_main() && self.errors.is_empty() && self.unsupported.is_empty() {
            super::deadcode::apply(&mut self.funcs);
            self.finalize_storage();
        }
    }

    /// The import declarations: known standard packages are bound in the package scope;
    /// others are reported as Go or deferjit would.
    fn check_imports(&mut self, file: &'a ast::File) {
        for imp in &file.imports {
            if let Some(n) = imp.name.as_ref().filter(|n| n.name == ".") {
                let _: R<()> = self.unsupported(n.pos, "dot imports");
                continue;
            }
            if imp.path == "C" {
                let _: R<()> = self.unsupported(imp.pos, "cgo (import \"C\")");
                continue;
            }
            let known = ["fmt", "errors", "os", "runtime", "testing", "unsafe"];
            let internal = imp.path == "internal"
                || imp.path.starts_with("internal/")
                || imp.path.contains("/internal");
            // The library's own internal packages are loaded, but not the user's to import.
            let usable = known.contains(&imp.path.as_str())
                || (self.lib_exports.contains_key(&imp.path) && (!internal || !self.in_main()));
            if !usable {
                let path = &imp.path;
                let _: R<()> = if stdlib::GO_STD_PACKAGES.contains(&path.as_str()) {
                    self.unsupported(imp.pos, format!("package {path}"))
                } else if path
                    .split('/')
                    .next()
                    .is_some_and(|first| first.contains('.'))
                {
                    self.unsupported(
                        imp.pos,
                        format!("packages outside the standard library ({path})"),
                    )
                } else if internal {
                    self.error(
                        imp.pos,
                        format!("use of internal package {path} not allowed"),
                    )
                } else {
                    self.error(imp.pos, format!("package {path} is not in std"))
                };
                continue;
            }
            let name = imp
                .name
                .as_ref()
                .map(|n| n.name.clone())
                .unwrap_or_else(|| imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string());
            if name == "_" {
                continue;
            }
            if self.scopes.package_lookup(&name).is_some() {
                let pos = imp.name.as_ref().map(|n| n.pos).unwrap_or(imp.pos);
                let _: R<()> = self.error(pos, format!("{name} redeclared in this block"));
                continue;
            }
            let idx = self.imports.len();
            self.imports.push(ImportInfo {
                name: name.clone(),
                path: imp.path.clone(),
                pos: imp.pos,
                used: false,
            });
            self.scopes
                .insert_package(&name, Entity::Package(name.clone(), idx));
        }
    }

    /// Collects the top-level declarations into the package scope (functions, pending
    /// constants and variables); returns the functions to check with their ids.
    fn collect_decls(&mut self, file: &'a ast::File) -> Vec<(&'a ast::FuncDecl, FuncId)> {
        let mut func_decls: Vec<(&'a ast::FuncDecl, FuncId)> = Vec::new();
        for d in &file.decls {
            match d {
                ast::Decl::Func(fd) => {
                    if let Some(tp) = &fd.tparams {
                        let _: R<()> = self.unsupported(tp.pos, "generic functions");
                        continue;
                    }
                    if fd.recv.is_some() {
                        let id = self.reserve_func();
                        self.method_decls
                            .push(super::named::MethodDecl { decl: fd, id });
                        continue;
                    }
                    let id = self.reserve_func();
                    if fd.name.name == "init" {
                        if !fd.ty.params.is_empty() || !fd.ty.results.is_empty() {
                            let _: R<()> = self.error(
                                fd.name.pos,
                                "func init must have no arguments and no return values",
                            );
                        }
                        self.user_inits.push(id);
                    } else if fd.name.name != "_" {
                        if self.redeclared(&fd.name) {
                            continue;
                        }
                        self.scopes.insert_package(&fd.name.name, Entity::Func(id));
                    }
                    let entry = if self.in_main() && self.test_file {
                        super::testmain::ENTRY
                    } else {
                        "main"
                    };
                    if fd.name.name == entry {
                        self.main_id = Some(id);
                    }
                    self.undeclared_funcs.insert(id, fd);
                    func_decls.push((fd, id));
                }
                ast::Decl::Var(specs) => {
                    for spec in specs {
                        let idx = self.pkg_vars.len();
                        self.pkg_vars.push(PkgVar {
                            spec,
                            state: PkgState::Todo,
                            stmts: Vec::new(),
                            globals: Vec::new(),
                            deps: Refs::default(),
                        });
                        for n in &spec.names {
                            if n.name == "init" || n.name == "main" {
                                let _: R<()> = self.error(
                                    n.pos,
                                    format!("cannot declare {} - must be func", n.name),
                                );
                                continue;
                            }
                            if self.redeclared(n) {
                                continue;
                            }
                            self.scopes
                                .insert_package(&n.name, Entity::PendingGlobal(idx));
                        }
                    }
                }
                ast::Decl::Const(specs) => {
                    for spec in specs {
                        for (i, n) in spec.names.iter().enumerate() {
                            let idx = self.pkg_consts.len();
                            self.pkg_consts.push(PkgConst {
                                name: n.clone(),
                                ty: spec.ty.as_ref(),
                                value: spec.values.get(i),
                                iota: spec.iota,
                                state: PkgState::Todo,
                            });
                            if spec.values.len() > spec.names.len() && i == 0 && !spec.implicit {
                                let _: R<()> = self.error(
                                    spec.values[spec.names.len()].start(),
                                    "extra init expr",
                                );
                            }
                            if self.redeclared(n) {
                                continue;
                            }
                            self.scopes
                                .insert_package(&n.name, Entity::PendingConst(idx));
                        }
                        if spec.values.len() < spec.names.len() && !spec.values.is_empty() {
                            let n = &spec.names[spec.values.len()];
                            let _: R<()> =
                                self.error(n.pos, "missing init expr for const declaration");
                        } else if spec.values.is_empty() {
                            let n = &spec.names[0];
                            let _: R<()> =
                                self.error(n.pos, "missing init expr for const declaration");
                        }
                    }
                }
                ast::Decl::Type(specs, _) => self.collect_type_specs(specs),
            }
        }
        func_decls
    }

    /// Resolves the signatures of top-level functions and gives each a placeholder, so that
    /// calls can be checked before the callee's body.
    fn declare_funcs(&mut self, func_decls: &[(&'a ast::FuncDecl, FuncId)]) -> Vec<Signature> {
        let sigs: Vec<Signature> = func_decls
            .iter()
            .map(|(_, id)| self.declare_func(*id))
            .collect();
        self.undeclared_funcs.clear();
        sigs
    }

    /// The signature of the top-level function `id`, resolved (and its placeholder
    /// made, so that calls can be checked before its body) if it was not yet.
    pub(super) fn declare_func(&mut self, id: FuncId) -> Signature {
        let Some(fd) = self.undeclared_funcs.remove(&id) else {
            return self.funcs[id.0 as usize]
                .as_ref()
                .map(|f| f.sig.clone())
                .unwrap_or(Signature {
                    variadic: false,
                    params: vec![],
                    results: vec![],
                });
        };
        let sig = self.signature(&fd.ty).unwrap_or(Signature {
            variadic: false,
            params: vec![],
            results: vec![],
        });
        // placeholder so that calls can see the signature before the body is checked
        let name = if fd.name.name == "init" {
            format!(
                "{}.init.{}",
                self.pkg_path,
                self.user_inits.iter().position(|x| *x == id).unwrap_or(0)
            )
        } else {
            self.func_symbol(&fd.name.name)
        };
        let mut f = super::placeholder_func(name, fd.pos, sig.clone());
        f.file = self.file_index;
        self.funcs[id.0 as usize] = Some(f);
        sig
    }

    /// `func main`: present (unless the file has benchmarks or other errors) and niladic.
    fn check_main_decl(&mut self, file: &'a ast::File, func_decls: &[(&'a ast::FuncDecl, FuncId)]) {
        match self.main_id {
            Some(id) => {
                let f = self.funcs[id.0 as usize].as_ref().expect("main");
                if !f.sig.params.is_empty() || !f.sig.results.is_empty() {
                    let pos = func_decls
                        .iter()
                        .find(|(_, i)| *i == id)
                        .map(|(fd, _)| fd.name.pos)
                        .unwrap_or_default();
                    let _: R<()> =
                        self.error(pos, "func main must have no arguments and no return values");
                }
            }
            None => {
                if self.benchmarks.is_empty()
                    && self.errors.is_empty()
                    && self.unsupported.is_empty()
                {
                    // Go's linker reports this without a position; the package clause
                    // is where the missing declaration belongs.
                    let pos = file.package.pos;
                    let _: R<()> =
                        self.error(pos, "function main is undeclared in the main package");
                }
            }
        }
    }

    /// Unused imports and variables, reported after all bodies are checked.
    fn report_unused(&mut self) {
        // unused imports; not after other errors, whose statements' uses of packages the
        // checker did not see (types2 goes on checking them, and would find them used)
        let had_errors = !self.errors.is_empty();
        for i in 0..self.imports.len() {
            if had_errors {
                break;
            }
            if !self.imports[i].used {
                let imp = &self.imports[i];
                let msg = if imp.name != imp.path {
                    format!("\"{}\" imported as {} and not used", imp.path, imp.name)
                } else {
                    format!("\"{}\" imported and not used", imp.path)
                };
                let pos = imp.pos;
                let _: R<()> = self.error(pos, msg);
            }
        }
        // unused variables
        for i in 0..self.vars.len() {
            let v = &self.vars[i];
            if v.check_unused && !v.used && v.name != "_" {
                let (pos, msg) = (v.pos, format!("declared and not used: {}", v.name));
                let _: R<()> = self.error(pos, msg);
            }
        }
    }

    fn redeclared(&mut self, n: &ast::Ident) -> bool {
        if n.name == "_" {
            return false;
        }
        if self.scopes.package_lookup(&n.name).is_some() {
            let _: R<()> = self.error(n.pos, format!("{} redeclared in this block", n.name));
            return true;
        }
        false
    }

    /// A library function declared without a body is implemented by the runtime entry
    /// of its symbol's name (`unicode.ToUpper`), which takes and returns the words of its
    /// parameters and results (at most two result words).
    fn runtime_func_body(
        &mut self,
        fd: &'a ast::FuncDecl,
        id: FuncId,
        name: String,
        sig: Signature,
    ) {
        let Some(rf) = runtime::abi::RUNTIME_FUNCTIONS
            .iter()
            .find(|f| f.name == name)
        else {
            let _: R<()> = self.error(
                fd.name.pos,
                format!("missing function body (no runtime entry {name})"),
            );
            return;
        };
        let words = |ts: &[Type]| {
            ts.iter()
                .map(|t| lowering::layout::words(t).len())
                .sum::<usize>()
        };
        if words(&sig.params) != rf.params.len() || words(&sig.results) != rf.results.len() {
            let _: R<()> = self.error(
                fd.name.pos,
                format!("runtime entry {name} does not match the declaration's words"),
            );
            return;
        }
        let mut ctx = self.new_ctx(id, name, FuncKind::TopLevel, fd.pos, sig.clone());
        let args = super::synth::params_and_results(&mut ctx, &sig, fd.pos);
        let ty = match sig.results.as_slice() {
            [t] => t.clone(),
            ts => Type::Tuple(ts.to_vec()),
        };
        let call = lowering::ir::Expr {
            kind: lowering::ir::ExprKind::Builtin(lowering::ir::Builtin::Runtime(rf.name), args),
            ty,
            pos: fd.pos,
        };
        let body = if sig.results.is_empty() {
            vec![lowering::ir::Stmt::Expr(call)]
        } else {
            vec![lowering::ir::Stmt::Return {
                values: vec![call],
                pos: fd.pos,
            }]
        };
        self.finish_ctx(ctx, body, fd.pos);
    }

    pub(super) fn check_func_decl(&mut self, fd: &'a ast::FuncDecl, id: FuncId, sig: Signature) {
        let name = self.funcs[id.0 as usize]
            .as_ref()
            .map(|f| f.name.clone())
            .unwrap_or_default();
        let body = match &fd.body {
            Some(b) => b,
            None if !self.in_main() => {
                self.runtime_func_body(fd, id, name, sig);
                return;
            }
            None => {
                let _: R<()> = self.error(fd.name.pos, "missing function body");
                return;
            }
        };
        // benchmarks
        if self.in_main() && fd.name.name.starts_with("Benchmark") {
            let rest = &fd.name.name["Benchmark".len()..];
            let ok_name = rest.is_empty() || !rest.chars().next().is_some_and(|c| c.is_lowercase());
            if ok_name && sig.params == vec![Type::TestingB] && sig.results.is_empty() {
                self.benchmarks.push((fd.name.name.clone(), id));
            }
        }
        let ctx = self.new_ctx(id, name, FuncKind::TopLevel, fd.pos, sig);
        self.refs_stack.push(Refs::default());
        self.check_func_body(ctx, &fd.ty, body);
        let refs = self.refs_stack.pop().unwrap_or_default();
        self.func_refs.insert(id.0, refs);
    }
}
