//! Differential testing: a deterministic random generator of valid Go-subset programs that
//! exercise defer, panic and recover, whose behaviour must not depend on the defer strategy.
//!
//! [`generate`] maps a seed to one program (the same seed always gives the same text, on
//! every platform). The programs mix open-coded defers, stack records (functions with more
//! than 8 defers, or `returns * defers > 15`) and heap records (defers in loops); explicit
//! panics of ints, strings and errors; runtime errors (integer divide by zero, index out of
//! range, calling a nil func, failed type assertions, negative shift amounts); recovers in
//! every placement (directly in a deferred closure, in a helper deferred directly, in a
//! helper called by a deferred closure (which returns nil), `defer recover()` (a no-op),
//! nested deferred closures); deferred calls of other functions with arguments, re-panics,
//! early returns, named results modified by deferred closures, recursion 50 to 120 deep,
//! calls made in goroutines of their own (each recovering its panic in a deferred closure
//! that sends the result on a channel, some ending with `runtime.Goexit`; main waits for
//! each in turn, so that gc's scheduler prints the same), and prints of ints and strings
//! (`println` and `fmt.Println`) so that behaviour is observable.
//!
//! Every program is deterministic and terminates: user functions only call functions with
//! a higher index (a DAG), loops have constant bounds, recursion is bounded, and nothing
//! prints addresses. They are valid Go 1.23 (every declared variable is used, imports match
//! their uses), so they can also be compared with `go run`.

use std::fmt::Write as _;

/// SplitMix64: tiny, deterministic, good enough for program shapes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    /// True with probability `pct` percent.
    fn chance(&mut self, pct: u64) -> bool {
        self.below(100) < pct
    }
}

/// What a function body may refer to.
struct Ctx {
    /// Index of the function being generated (`fK`), or `None` for the recursive one.
    index: usize,
    /// Number of `fK` functions.
    nfuncs: usize,
    /// Calls (direct or deferred) still allowed in this function, to bound the work.
    calls_left: u32,
    /// Whether statements are inside a loop body (defers there are heap records).
    in_loop: bool,
}

/// The shape of a function body.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Normal,
    /// 9 to 12 statements, mostly defers.
    ManyDefers,
    /// Defers alternating with early returns.
    ManyReturns,
}

struct Gen {
    config: Config,
    rng: Rng,
    out: String,
    indent: usize,
    /// Fresh-name counter for locals.
    fresh: u32,
    uses_errors: bool,
    uses_os: bool,
    uses_runtime: bool,
    /// Tag counter, so that every printed line says where it comes from.
    tag: u32,
}

/// Which constructs [`generate_with`] may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Config {
    /// `defer recover()`. Once a divergence from gc (which recovers when the enclosing
    /// function is itself run as a deferred call by a panic; conformance program
    /// `defer_recover_in_deferred_func`), fixed since; switching it off remains possible to
    /// compare the rest of a program with Go should it diverge again.
    pub defer_recover: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            defer_recover: true,
        }
    }
}

/// Returns the Go source of the program for `seed`.
pub fn generate(seed: u64) -> String {
    generate_with(seed, &Config::default())
}

/// [`generate`] restricted by `config`; a construct switched off is replaced by a plain
/// deferred print, so the rest of the program stays the same as for [`generate`].
pub fn generate_with(seed: u64, config: &Config) -> String {
    let mut g = Gen {
        config: *config,
        rng: Rng(seed ^ 0x5EED_DEF0_0000_0000),
        out: String::new(),
        indent: 0,
        fresh: 0,
        uses_errors: false,
        uses_os: false,
        uses_runtime: false,
        tag: 0,
    };
    let body = g.program(seed);
    let mut src = String::from("package main\n\nimport (\n");
    if g.uses_errors {
        src.push_str("\t\"errors\"\n");
    }
    src.push_str("\t\"fmt\"\n");
    if g.uses_os {
        src.push_str("\t\"os\"\n");
    }
    if g.uses_runtime {
        src.push_str("\t\"runtime\"\n");
    }
    src.push_str(")\n\n");
    src.push_str(&body);
    src
}

impl Gen {
    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push('\t');
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn open(&mut self, s: &str) {
        self.line(s);
        self.indent += 1;
    }

    fn close(&mut self, s: &str) {
        self.indent -= 1;
        self.line(s);
    }

    fn name(&mut self, base: &str) -> String {
        self.fresh += 1;
        format!("{base}{}", self.fresh)
    }

    fn tag(&mut self, f: &str) -> String {
        self.tag += 1;
        format!("{f}.{}", self.tag)
    }

    fn program(&mut self, seed: u64) -> String {
        let nfuncs = self.rng.range(2, 7) as usize;
        let _ = writeln!(self.out, "// deferjit differential program, seed {seed}\n");
        self.line("var counter int");
        self.line("");
        // Helpers: recover directly when deferred (`defer tryRecover(tag)`), nil when
        // called by a deferred closure.
        self.open("func tryRecover(tag string) {");
        self.line("fmt.Println(tag, \"tryRecover:\", recover())");
        self.close("}");
        self.line("");
        self.open("func sink(tag string, a int) {");
        self.line("counter += a");
        self.line("println(\"sink\", tag, a)");
        self.close("}");
        self.line("");
        for k in 0..nfuncs {
            self.func(k, nfuncs);
            self.line("");
        }
        let depth = self.rng.range(50, 120);
        self.recursive(depth);
        self.line("");
        self.protect();
        self.line("");
        let methods = self.rng.chance(60);
        if methods {
            self.methods();
            self.line("");
        }
        self.main(nfuncs, depth, methods);
        std::mem::take(&mut self.out)
    }

    /// `func protect(v int) (r int)`: calls f0 and recovers whatever it panics with.
    fn protect(&mut self) {
        self.open("func protect(v int) (r int) {");
        self.open("defer func() {");
        self.open("if e := recover(); e != nil {");
        self.line("fmt.Println(\"protect recovered:\", e)");
        self.line("r = -1");
        self.close("}");
        self.close("}()");
        self.line("return f0(v)");
        self.close("}");
    }

    /// Methods with defers, panics and recovers: a struct with value and pointer
    /// receivers, an interface calling through a pointer held in a struct, method values
    /// and closures held in a map, and a deferred pointer-method call; `methods(v)`
    /// recovers what escapes.
    fn methods(&mut self) {
        let peek_limit = self.rng.range(0, 8);
        let add_limit = self.rng.range(-2, 5);
        self.line("type acc struct {");
        self.line("\tn   int");
        self.line("\ttag string");
        self.line("}");
        self.line("");
        self.open("func (a acc) Peek(x int) (r int) {");
        self.open("defer func() {");
        self.open("if e := recover(); e != nil {");
        self.line("fmt.Println(a.tag, \"peek recovered:\", e)");
        self.line("r = -2");
        self.close("}");
        self.close("}()");
        self.open(&format!("if x > {peek_limit} {{"));
        if self.rng.chance(50) {
            self.line("panic(x)");
        } else {
            self.line("var s []int");
            self.line("r = s[x]");
        }
        self.close("}");
        self.line("return a.n + x");
        self.close("}");
        self.line("");
        self.open("func (a *acc) Add(x int) int {");
        self.line("defer func() { a.n++ }()");
        self.line("a.n += x");
        self.open(&format!("if x < {add_limit} {{"));
        self.line("panic(\"add \" + a.tag)");
        self.close("}");
        self.line("return a.n");
        self.close("}");
        self.line("");
        self.line("type runner interface{ Run(x int) int }");
        self.line("");
        self.line("type viaPtr struct{ a *acc }");
        self.line("");
        self.open("func (p viaPtr) Run(x int) int {");
        self.line("defer sink(\"run\", x)");
        self.line("return p.a.Add(x)");
        self.close("}");
        self.line("");
        self.open("func methods(v int) (r int) {");
        self.open("defer func() {");
        self.open("if e := recover(); e != nil {");
        self.line("fmt.Println(\"methods recovered:\", e)");
        self.line("r = -3");
        self.close("}");
        self.close("}()");
        self.line("a := &acc{n: v, tag: \"a\"}");
        self.line("var rs runner = viaPtr{a}");
        self.line("ops := map[string]func(int) int{");
        self.line("\t\"peek\": acc{v, \"b\"}.Peek,");
        self.line("\t\"add\":  a.Add,");
        self.line("\t\"run\":  func(x int) int { return rs.Run(x) },");
        self.line("}");
        if self.rng.chance(50) {
            self.line("defer a.Add(1)");
        }
        if self.rng.chance(50) {
            self.line("defer fmt.Println(\"methods: a.n at defer\", a.n)");
        }
        self.line("r = ops[\"peek\"](v) + ops[\"add\"](v)");
        self.line("r += ops[\"run\"](v % 3)");
        self.line("return");
        self.close("}");
    }

    fn main(&mut self, nfuncs: usize, depth: i64, methods: bool) {
        self.open("func main() {");
        if self.rng.chance(50) {
            self.line("defer fmt.Println(\"main deferred, counter\", counter)");
        }
        let n = self.rng.range(2, 5);
        let vals: Vec<String> = (0..n).map(|_| self.rng.range(-6, 12).to_string()).collect();
        self.open(&format!(
            "for _, v := range []int{{{}}} {{",
            vals.join(", ")
        ));
        self.line("fmt.Println(\"main: protect\", v, \"=\", protect(v))");
        if methods {
            self.line("fmt.Println(\"main: methods\", v, \"=\", methods(v))");
        }
        self.close("}");
        let k = self.rng.below(nfuncs as u64);
        let v = self.rng.range(-3, 9);
        self.line(&format!(
            "fmt.Println(\"main: f{k}\", protect2(func() int {{ return f{k}({v}) }}))"
        ));
        let d = self.rng.range(50, depth);
        self.line(&format!(
            "fmt.Println(\"main: rec\", protect2(func() int {{ return rec({d}) }}))"
        ));
        self.line("fmt.Println(\"main: counter\", counter)");
        if self.rng.chance(50) {
            self.goroutines(nfuncs);
        }
        match self.rng.below(10) {
            // An unrecovered call: the program may end with a fatal panic.
            0..=2 => {
                let v = self.rng.range(-3, 9);
                let k = self.rng.below(nfuncs as u64);
                self.line(&format!("fmt.Println(\"main: unprotected\", f{k}({v}))"));
            }
            3 => {
                self.uses_os = true;
                let code = self.rng.range(0, 5);
                self.line(&format!("os.Exit({code})"));
            }
            _ => {}
        }
        self.close("}");
        self.line("");
        self.open("func protect2(f func() int) (r int) {");
        self.line("defer tryRecover(\"protect2\")");
        self.line("r = f()");
        self.line("return");
        self.close("}");
    }

    /// Calls of `fK` each in a goroutine of its own that recovers what it panics with and
    /// sends the result on a channel; main waits for each before starting the next, so
    /// that the output is the same under gc's scheduler. Some goroutines end with
    /// `runtime.Goexit`, whose deferred calls still send.
    fn goroutines(&mut self, nfuncs: usize) {
        let n = self.rng.range(1, 4);
        let vals: Vec<String> = (0..n).map(|_| self.rng.range(-3, 9).to_string()).collect();
        let k = self.rng.below(nfuncs as u64);
        let goexit = self.rng.chance(30);
        if goexit {
            self.uses_runtime = true;
        }
        let ch = self.name("gch");
        let sum = self.name("gsum");
        self.line(&format!("{ch} := make(chan int)"));
        self.line(&format!("{sum} := 0"));
        self.open(&format!(
            "for _, v := range []int{{{}}} {{",
            vals.join(", ")
        ));
        self.open("go func() {");
        self.line("r := -1000");
        self.open("defer func() {");
        self.line("fmt.Println(\"main: goroutine recovered\", recover())");
        self.line(&format!("{ch} <- r"));
        self.close("}()");
        if goexit {
            self.open("if v%3 == 0 {");
            self.line("defer fmt.Println(\"main: goroutine exits\", v)");
            self.line("runtime.Goexit()");
            self.close("}");
        }
        self.line(&format!("r = f{k}(v)"));
        self.close("}()");
        self.line(&format!("{sum} += <-{ch}"));
        self.close("}");
        self.line(&format!("fmt.Println(\"main: goroutines\", {sum})"));
    }

    /// `func rec(n int) (r int)`: recursion with defers at every level; the bottom may
    /// panic, a middle level may recover.
    fn recursive(&mut self, depth: i64) {
        self.open("func rec(n int) (r int) {");
        self.line("defer func() { r++ }()");
        let catch_at = self.rng.range(0, depth);
        if self.rng.chance(60) {
            self.open(&format!("if n == {catch_at} {{"));
            self.open("defer func() {");
            self.open("if e := recover(); e != nil {");
            self.line("fmt.Println(\"rec recovered at\", n, e)");
            self.line("r = -n");
            self.close("}");
            self.close("}()");
            self.close("}");
        }
        if self.rng.chance(30) {
            let k = self.rng.range(1, 3);
            self.open(&format!("for i := 0; i < {k}; i++ {{"));
            self.line("defer func() { counter += i }()");
            self.close("}");
        }
        self.open("if n <= 0 {");
        match self.rng.below(4) {
            0 => self.line("panic(\"bottom\")"),
            1 => {
                self.line("z := n - n");
                self.line("return 100 / z");
            }
            _ => self.line("return 0"),
        }
        self.close("}");
        if self.rng.chance(30) {
            self.line("defer sink(\"rec\", n)");
        }
        self.line("return rec(n-1) + 1");
        self.close("}");
    }

    fn func(&mut self, k: usize, nfuncs: usize) {
        let mut cx = Ctx {
            index: k,
            nfuncs,
            calls_left: 2,
            in_loop: false,
        };
        self.open(&format!("func f{k}(x int) (r int) {{"));
        // Mostly gc would open-code; some functions get more than 8 defers, some
        // `returns * defers > 15`: both take stack records under `auto`.
        let mode = match self.rng.below(10) {
            0 | 1 => Mode::ManyDefers,
            2 => Mode::ManyReturns,
            _ => Mode::Normal,
        };
        let n = match mode {
            Mode::ManyDefers => self.rng.range(9, 12),
            Mode::ManyReturns => 8,
            Mode::Normal => self.rng.range(2, 8),
        };
        for i in 0..n {
            self.stmt(&mut cx, mode, i, 0);
        }
        if self.rng.chance(50) {
            self.line(&format!("println(\"f{k} end\", x, r)"));
        }
        if self.rng.chance(50) {
            self.line("return r");
        } else {
            self.line("return");
        }
        self.close("}");
    }

    /// An int expression over `x` (and small constants).
    fn int_expr(&mut self) -> String {
        match self.rng.below(6) {
            0 => "x".into(),
            1 => format!("x + {}", self.rng.range(1, 9)),
            2 => format!("x * {}", self.rng.range(2, 5)),
            3 => format!("x - {}", self.rng.range(1, 9)),
            4 => format!("x % {}", self.rng.range(2, 5)),
            _ => format!("{}", self.rng.range(-5, 20)),
        }
    }

    /// A condition on `x` that holds for some inputs only.
    fn cond(&mut self) -> String {
        match self.rng.below(4) {
            0 => format!("x%{} == {}", self.rng.range(2, 4), self.rng.range(0, 1)),
            1 => format!("x > {}", self.rng.range(-2, 8)),
            2 => format!("x < {}", self.rng.range(-2, 8)),
            _ => format!("x == {}", self.rng.range(-3, 9)),
        }
    }

    fn callee(&mut self, cx: &mut Ctx) -> Option<usize> {
        if cx.calls_left == 0 || cx.index + 1 >= cx.nfuncs {
            return None;
        }
        cx.calls_left -= 1;
        Some(self.rng.range(cx.index as i64 + 1, cx.nfuncs as i64 - 1) as usize)
    }

    fn fname(&self, cx: &Ctx) -> String {
        format!("f{}", cx.index)
    }

    /// A panic value expression.
    fn panic_value(&mut self, f: &str) -> String {
        match self.rng.below(4) {
            0 => format!("\"{}\"", self.tag(f)),
            1 => "x".into(),
            2 => {
                self.uses_errors = true;
                format!("errors.New(\"{} error\")", self.tag(f))
            }
            _ => format!("{}", self.rng.range(-100, 100)),
        }
    }

    /// One statement of a function body; `many` makes defers likely (a stack-record
    /// function).
    fn stmt(&mut self, cx: &mut Ctx, mode: Mode, i: i64, depth: u32) {
        let f = self.fname(cx);
        let pick = match mode {
            Mode::ManyDefers if self.rng.chance(70) => 100,
            Mode::ManyReturns if self.rng.chance(85) => {
                if i % 2 == 0 {
                    100
                } else {
                    42
                }
            }
            _ => self.rng.below(100),
        };
        match pick {
            0..=7 => {
                let t = self.tag(&f);
                if self.rng.chance(50) {
                    self.line(&format!("println(\"{t}\", x, r)"));
                } else {
                    self.line(&format!("fmt.Println(\"{t}\", x, r)"));
                }
            }
            8..=15 => {
                let e = self.int_expr();
                match self.rng.below(3) {
                    0 => self.line(&format!("r += {e}")),
                    1 => self.line(&format!("r = r*2 + {e}")),
                    _ => self.line(&format!("r -= {e}")),
                }
            }
            16..=25 => {
                if let Some(j) = self.callee(cx) {
                    let e = self.int_expr();
                    self.line(&format!("r += f{j}({e})"));
                } else {
                    self.line("counter++");
                }
            }
            26..=33 => {
                // Explicit panic under a condition.
                let c = self.cond();
                let v = self.panic_value(&f);
                self.open(&format!("if {c} {{"));
                self.line(&format!("panic({v})"));
                self.close("}");
            }
            34..=41 => self.runtime_error(cx),
            42..=48 => {
                // Early return.
                let c = self.cond();
                self.open(&format!("if {c} {{"));
                if self.rng.chance(50) {
                    let e = self.int_expr();
                    self.line(&format!("return {e}"));
                } else {
                    self.line("return");
                }
                self.close("}");
            }
            49..=53 if depth < 2 => {
                // A loop: defers in it are heap records.
                let n = self.rng.range(1, 4);
                let i = self.name("i");
                if self.rng.chance(50) {
                    self.open(&format!("for {i} := 0; {i} < {n}; {i}++ {{"));
                } else {
                    self.open(&format!("for {i} := range {n} {{"));
                }
                let was = cx.in_loop;
                cx.in_loop = true;
                let t = self.tag(&f);
                self.line(&format!(
                    "defer func() {{ println(\"{t}\", {i}); r += {i} }}()"
                ));
                if self.rng.chance(40) {
                    self.stmt(cx, Mode::Normal, 0, depth + 1);
                }
                cx.in_loop = was;
                self.close("}");
            }
            54..=57 if depth < 2 => {
                let e = self.int_expr();
                self.open(&format!("switch {e} {{"));
                let case = self.rng.range(0, 3);
                self.line(&format!("case {case}:"));
                self.indent += 1;
                self.stmt(cx, Mode::Normal, 0, depth + 1);
                self.indent -= 1;
                self.line("default:");
                self.indent += 1;
                self.stmt(cx, Mode::Normal, 0, depth + 1);
                self.indent -= 1;
                self.close("}");
            }
            58..=60 if depth < 2 => {
                let c = self.cond();
                self.open(&format!("if {c} {{"));
                self.stmt(cx, Mode::Normal, 0, depth + 1);
                self.close("}");
            }
            _ => self.defer_stmt(cx),
        }
    }

    /// A runtime error under a condition.
    fn runtime_error(&mut self, cx: &mut Ctx) {
        let _ = cx;
        let c = self.cond();
        self.open(&format!("if {c} {{"));
        match self.rng.below(5) {
            0 => {
                let z = self.name("z");
                self.line(&format!("{z} := x - x"));
                if self.rng.chance(50) {
                    self.line(&format!("r += 100 / {z}"));
                } else {
                    self.line(&format!("r += x % {z}"));
                }
            }
            1 => {
                let s = self.name("s");
                let n = self.rng.range(0, 4);
                let elems: Vec<String> = (0..n).map(|_| self.rng.range(0, 9).to_string()).collect();
                self.line(&format!("{s} := []int{{{}}}", elems.join(", ")));
                let off = self.rng.range(-2, 4);
                let idx = if off < 0 {
                    format!("x%5-{}", -off)
                } else {
                    format!("x%5+{off}")
                };
                self.line(&format!("r += {s}[{idx}]"));
            }
            2 => {
                let nf = self.name("nf");
                self.line(&format!("var {nf} func(int) int"));
                self.line(&format!("r += {nf}(x)"));
            }
            3 => {
                let a = self.name("a");
                self.line(&format!("var {a} any = x"));
                if self.rng.chance(50) {
                    self.line(&format!("r += len({a}.(string))"));
                } else {
                    let s = self.name("s");
                    let ok = self.name("ok");
                    self.line(&format!("{s}, {ok} := {a}.(string)"));
                    self.line(&format!("println(\"assert\", {s}, {ok})"));
                    self.line(&format!("r += {a}.(int)"));
                }
            }
            _ => {
                let sh = self.name("sh");
                self.line(&format!("{sh} := x - x - 1"));
                self.line(&format!("r += 1 << {sh}"));
            }
        }
        self.close("}");
    }

    fn defer_stmt(&mut self, cx: &mut Ctx) {
        let f = self.fname(cx);
        let t = self.tag(&f);
        match self.rng.below(16) {
            0 | 1 => {
                let e = self.int_expr();
                self.line(&format!(
                    "defer func() {{ println(\"{t}\", r); r += {e} }}()"
                ));
            }
            2 | 3 => {
                // Recover directly in the deferred closure, modifying the named result.
                let v = self.rng.range(-9, 99);
                self.open("defer func() {");
                self.open("if e := recover(); e != nil {");
                self.line(&format!("fmt.Println(\"{t} recovered:\", e)"));
                self.line(&format!("r = {v}"));
                self.close("}");
                self.close("}()");
            }
            4 => {
                // Recover and re-panic (the same value or a new one).
                self.open("defer func() {");
                self.open("if e := recover(); e != nil {");
                self.line(&format!("fmt.Println(\"{t} re-panics:\", e)"));
                if self.rng.chance(50) {
                    self.line("panic(e)");
                } else {
                    self.line(&format!("panic(\"{t} again\")"));
                }
                self.close("}");
                self.close("}()");
            }
            5 => self.line(&format!("defer tryRecover(\"{t}\")")),
            6 => self.line(&format!("defer func() {{ tryRecover(\"{t}\") }}()")),
            7 if self.config.defer_recover => self.line("defer recover()"),
            7 => self.line(&format!("defer println(\"{t} no defer recover\")")),
            8 => {
                // Nested deferred closures: the inner recover sees a panic only when the
                // outer deferred closure panics itself.
                self.open("defer func() {");
                self.line(&format!(
                    "defer func() {{ fmt.Println(\"{t} inner:\", recover()) }}()"
                ));
                if self.rng.chance(50) {
                    self.line(&format!("panic(\"{t} from outer\")"));
                } else {
                    self.line(&format!("println(\"{t} outer\")"));
                }
                self.close("}()");
            }
            9 => {
                let e = self.int_expr();
                self.line(&format!("defer sink(\"{t}\", {e})"));
            }
            10 => {
                if let Some(j) = self.callee(cx) {
                    let e = self.int_expr();
                    if self.rng.chance(50) {
                        self.line(&format!("defer f{j}({e})"));
                    } else {
                        self.line(&format!("defer func() {{ r += f{j}({e}) }}()"));
                    }
                } else {
                    self.line(&format!("defer println(\"{t}\", x)"));
                }
            }
            11 => {
                let e = self.int_expr();
                if self.rng.chance(50) {
                    self.line(&format!("defer println(\"{t}\", {e})"));
                } else {
                    self.line(&format!("defer fmt.Println(\"{t}\", {e}, \"x\")"));
                }
            }
            12 => {
                let c = self.cond();
                self.open(&format!("if {c} {{"));
                if self.rng.chance(50) {
                    self.line(&format!("defer panic(\"{t} deferred panic\")"));
                } else {
                    let nf = self.name("nf");
                    self.line(&format!("var {nf} func()"));
                    self.line(&format!("defer {nf}()"));
                }
                self.close("}");
            }
            13 => {
                // A deferred func literal with arguments evaluated at the defer statement.
                let e = self.int_expr();
                self.line(&format!(
                    "defer func(v int, s string) {{ println(s, v, r); r -= v }}({e}, \"{t}\")"
                ));
            }
            14 if !cx.in_loop => {
                self.uses_os = true;
                let c = format!("x == {}", self.rng.range(20, 40));
                self.line(&format!("defer func() {{ if {c} {{ os.Exit(3) }} }}()"));
            }
            _ => {
                self.line(&format!(
                    "defer func() {{ counter++; fmt.Println(\"{t}\", counter) }}()"
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::generate;

    #[test]
    fn deterministic() {
        assert_eq!(generate(42), generate(42));
        assert_ne!(generate(1), generate(2));
    }

    #[test]
    fn programs_check() {
        for seed in 0..200 {
            let src = generate(seed);
            if let Err(e) = crate::check_source("gen.go", &src) {
                panic!("seed {seed}: {e}\n{src}");
            }
        }
    }
}

/// Differential checking of generated programs: run under every strategy (and optionally
/// real Go), normalize what may legitimately differ, and describe divergences.
pub mod diff {
    use crate::{DeferStrategy, Options, Outcome, Program};
    use std::time::Duration;

    /// The line after which Go prints addresses and paths.
    pub const GOROUTINE_LINE: &str = "goroutine 1 [running]:\n";

    /// How long one generated program may run before it counts as a divergence (they all
    /// finish in milliseconds).
    pub const RUN_TIMEOUT: Duration = Duration::from_secs(20);

    /// What is compared of a run.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct Observed {
        /// The exit status.
        pub status: i32,
        /// Everything written to stdout.
        pub stdout: String,
        /// stderr up to and including `goroutine 1 [running]:`, with the `pc=0x...` of a
        /// `[signal ...` line blanked.
        pub stderr: String,
        /// The `main.*` function names of the trace after that line, innermost first
        /// (compared between strategies only).
        pub trace: Vec<String>,
    }

    impl Observed {
        /// Normalizes a run's status and output.
        pub fn new(status: i32, stdout: &[u8], stderr: &[u8]) -> Observed {
            let stderr = String::from_utf8_lossy(stderr);
            let (head, tail) = match stderr.find(GOROUTINE_LINE) {
                Some(i) => stderr.split_at(i + GOROUTINE_LINE.len()),
                None => (&stderr[..], ""),
            };
            let head: String = head
                .split_inclusive('\n')
                .map(|l| match (l.starts_with("[signal "), l.find(" pc=0x")) {
                    (true, Some(i)) => format!("{} pc=0x?]\n", &l[..i]),
                    _ => l.to_string(),
                })
                .collect();
            let trace = tail
                .lines()
                .filter(|l| l.starts_with("main."))
                .map(|l| l.split('(').next().unwrap_or(l).to_string())
                .collect();
            Observed {
                status,
                stdout: String::from_utf8_lossy(stdout).into_owned(),
                stderr: head,
                trace,
            }
        }

        /// From a deferjit outcome.
        pub fn of(o: &Outcome) -> Observed {
            Observed::new(o.status, &o.stdout, &o.stderr)
        }
    }

    /// Compiles and runs `src` under `strategy` (with the divergence timeout).
    pub fn run(src: &str, strategy: DeferStrategy) -> Result<Outcome, String> {
        run_traced(src, strategy, None)
    }

    /// [`run`], compiled for `deferjit trace` when `trace` is set (recording up to that
    /// many events).
    pub fn run_traced(
        src: &str,
        strategy: DeferStrategy,
        trace: Option<usize>,
    ) -> Result<Outcome, String> {
        let opts = Options {
            defer: strategy,
            timeout: Some(RUN_TIMEOUT),
            trace,
            ..Options::default()
        };
        let prog = Program::compile("gen.go", src, &opts)
            .map_err(|e| format!("compile error ({strategy}): {e}"))?;
        Ok(prog.run())
    }

    /// Runs `src` under `strategy` with a collection before every allocation and freed
    /// objects poisoned (`Options::gc_stress`).
    pub fn run_gc_stress(src: &str, strategy: DeferStrategy) -> Result<Outcome, String> {
        let opts = Options {
            defer: strategy,
            timeout: Some(RUN_TIMEOUT),
            gc_stress: true,
            ..Options::default()
        };
        let prog = Program::compile("gen.go", src, &opts)
            .map_err(|e| format!("compile error ({strategy}): {e}"))?;
        Ok(prog.run())
    }

    /// A line diff of two texts (`-` expected, `+` got), for reports.
    pub fn diff_text(want: &str, got: &str) -> String {
        let a: Vec<&str> = want.lines().collect();
        let b: Vec<&str> = got.lines().collect();
        // Longest common subsequence (the texts are small).
        let (n, m) = (a.len(), b.len());
        let mut l = vec![vec![0u32; m + 1]; n + 1];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                l[i][j] = if a[i] == b[j] {
                    l[i + 1][j + 1] + 1
                } else {
                    l[i + 1][j].max(l[i][j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        let mut out = String::new();
        while i < n || j < m {
            if i < n && j < m && a[i] == b[j] {
                out.push_str(&format!("  {}\n", a[i]));
                i += 1;
                j += 1;
            } else if j < m && (i == n || l[i][j + 1] >= l[i + 1][j]) {
                out.push_str(&format!("+ {}\n", b[j]));
                j += 1;
            } else {
                out.push_str(&format!("- {}\n", a[i]));
                i += 1;
            }
        }
        out
    }

    /// Describes how `got` differs from `want` (`None` if equal); the trace is compared
    /// only when `with_trace`.
    pub fn compare(want: &Observed, got: &Observed, with_trace: bool) -> Option<String> {
        let mut d = String::new();
        if want.status != got.status {
            d.push_str(&format!("exit status: {} vs {}\n", want.status, got.status));
        }
        if want.stdout != got.stdout {
            d.push_str(&format!(
                "stdout:\n{}",
                diff_text(&want.stdout, &got.stdout)
            ));
        }
        if want.stderr != got.stderr {
            d.push_str(&format!(
                "stderr:\n{}",
                diff_text(&want.stderr, &got.stderr)
            ));
        }
        if with_trace && want.trace != got.trace {
            d.push_str(&format!("trace: {:?} vs {:?}\n", want.trace, got.trace));
        }
        (!d.is_empty()).then_some(d)
    }

    /// Runs the program of `seed` under open, stack, heap and auto; `Err` describes the
    /// first divergence (seed, program, diff against `open`). On success returns the
    /// observed behaviour (the same under every strategy).
    pub fn check_seed(seed: u64) -> Result<Observed, String> {
        let src = super::generate(seed);
        check_source(seed, &src)
    }

    /// [`check_seed`] for a given source.
    pub fn check_source(seed: u64, src: &str) -> Result<Observed, String> {
        let mut first: Option<Observed> = None;
        for s in [
            DeferStrategy::Open,
            DeferStrategy::Stack,
            DeferStrategy::Heap,
            DeferStrategy::Auto,
        ] {
            let o = run(src, s).map_err(|e| format!("seed {seed}: {e}\n--- program ---\n{src}"))?;
            let obs = Observed::of(&o);
            match &first {
                None => first = Some(obs),
                Some(want) => {
                    if let Some(d) = compare(want, &obs, true) {
                        return Err(format!(
                            "seed {seed}: DIVERGENCE open vs {s}\n--- program ---\n{src}--- diff (- open, + {s}) ---\n{d}"
                        ));
                    }
                }
            }
        }
        Ok(first.expect("four strategies ran"))
    }
}
