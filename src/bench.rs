//! Running `func BenchmarkXxx(b *testing.B)` functions the way `go test -bench` does.
//!
//! A [`Bencher`] holds one compiled program (one defer strategy) and one long-lived run
//! thread with its [`Session`]: `main.init` runs once, then every
//! [`Bencher::run`] calls a benchmark function with `b.N = n` on that thread and returns
//! the wall time of the call, so repeated measurements spawn no threads and set up
//! nothing per call. [`Bencher::launch`] grows `b.N` with Go's algorithm
//! (`testing.(*B).launch` of Go 1.23) until a run lasts the requested [`BenchTime`].
//! The rest of the module formats results exactly as `go test` prints them.
//!
//! ```no_run
//! use deferjit::bench::{BenchTime, Bencher};
//! use deferjit::{DeferStrategy, Options};
//! let src = std::fs::read_to_string("benches/defers_test.go").unwrap();
//! let opts = Options { defer: DeferStrategy::Open, ..Options::default() };
//! let mut b = Bencher::compile("defers_test.go", &src, &opts).unwrap();
//! let i = b.find("BenchmarkOpenDefer").unwrap();
//! let m = b.launch(i, BenchTime::Duration(std::time::Duration::from_secs(1)), |_| {}).unwrap();
//! println!("{}", deferjit::bench::result_line(&m.last));
//! ```

use crate::{CompileError, Options, Program};
use runtime::abi::BenchState;
use runtime::run::{Output, RunConfig, Session};
use std::fmt;
use std::sync::mpsc;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

/// Go's cap on `b.N` (`launch` never runs more iterations than this).
pub const MAX_N: u64 = 1_000_000_000;

/// `-benchtime`: run for at least a duration, or exactly `N` iterations (`100x`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BenchTime {
    /// Run each benchmark for at least this long (`-benchtime=2s`), growing `b.N` as `go test` does.
    Duration(Duration),
    /// Run each benchmark with exactly `b.N` = this many iterations (`-benchtime=100x`).
    Iterations(u64),
}

impl Default for BenchTime {
    fn default() -> BenchTime {
        BenchTime::Duration(Duration::from_secs(1))
    }
}

impl fmt::Display for BenchTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BenchTime::Iterations(n) => write!(f, "{n}x"),
            BenchTime::Duration(d) => write!(f, "{d:?}"),
        }
    }
}

impl std::str::FromStr for BenchTime {
    type Err = String;

    /// Go's `-benchtime` syntax: `Nx` (N > 0) or a `time.ParseDuration` string
    /// (`1s`, `500ms`, `1.5s`, `1m30s`, `250us`).
    fn from_str(s: &str) -> Result<BenchTime, String> {
        if let Some(n) = s.strip_suffix('x') {
            return match n.parse::<u64>() {
                Ok(n) if n > 0 => Ok(BenchTime::Iterations(n)),
                _ => Err(format!("invalid count: {s:?} (want Nx with N > 0)")),
            };
        }
        parse_go_duration(s).map(BenchTime::Duration)
    }
}

/// Go's `time.ParseDuration` for non-negative durations: a sequence of decimal numbers
/// with units `ns`, `us` (`µs`), `ms`, `s`, `m`, `h`; `0` alone is allowed.
pub fn parse_go_duration(s: &str) -> Result<Duration, String> {
    let bad = || format!("invalid duration {s:?} (e.g. 1s, 500ms, 1.5s, 100x)");
    let mut rest = s.strip_prefix('+').unwrap_or(s);
    if rest == "0" {
        return Ok(Duration::ZERO);
    }
    if rest.is_empty() {
        return Err(bad());
    }
    let mut total = 0f64;
    while !rest.is_empty() {
        let num_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let num = &rest[..num_len];
        if num.is_empty() || num == "." || num.matches('.').count() > 1 {
            return Err(bad());
        }
        let value: f64 = num.parse().map_err(|_| bad())?;
        rest = &rest[num_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let scale = match &rest[..unit_len] {
            "ns" => 1.0,
            "us" | "µs" | "μs" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "m" => 60e9,
            "h" => 3600e9,
            _ => return Err(bad()),
        };
        rest = &rest[unit_len..];
        total += value * scale;
    }
    if !total.is_finite() || total > u64::MAX as f64 {
        return Err(bad());
    }
    Ok(Duration::from_nanos(total.round() as u64))
}

/// Go's prediction of the next `b.N` (Go 1.23 `launch`): aim at `goal` from the last
/// run's `prev_n` iterations in `prev` time, plus 20%, growing at most 100x and at
/// least by one over `last`, never above 1e9.
pub fn predict_n(goal: Duration, prev_n: u64, prev: Duration, last: u64) -> u64 {
    let goalns = goal.as_nanos() as i128;
    let prevns = (prev.as_nanos() as i128).max(1);
    // Multiply first, then divide: for fast benchmarks prev_n ~= prevns.
    let mut n = goalns * prev_n as i128 / prevns;
    n += n / 5;
    n = n.min(100 * last as i128);
    n = n.max(last as i128 + 1);
    n.min(MAX_N as i128) as u64
}

/// One call of a benchmark function with `b.N = n`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Measurement {
    /// `b.N`.
    pub n: u64,
    /// Time the benchmark's timer ran during the call: the whole call (entry trampoline
    /// included, a few ns) unless it stopped or reset the timer.
    pub elapsed: Duration,
    /// The session's arena bytes (taken from the system) before and after the call.
    pub arena_bytes_before: usize,
    /// The arena bytes after the call.
    pub arena_bytes_after: usize,
    /// Bytes and objects allocated while the timer ran (Go's size classes, as `go test
    /// -benchmem` counts) are `allocated_after` minus `allocated_before`: from the
    /// runner, 0 and the count.
    pub allocated_before: (u64, u64),
    /// See `allocated_before`.
    pub allocated_after: (u64, u64),
    /// Heap defer records the session's pool had allocated before and after the call.
    pub defer_records_before: usize,
    /// The heap defer records allocated after the call.
    pub defer_records_after: usize,
    /// `b.SetBytes`: bytes processed per iteration (0: not set).
    pub bytes: i64,
    /// The benchmark called `b.ReportAllocs()`: its line shows B/op and allocs/op.
    pub report_allocs: bool,
}

impl Measurement {
    /// Nanoseconds per iteration, as `go test` computes it.
    pub fn ns_per_op(&self) -> f64 {
        self.elapsed.as_nanos() as f64 / self.n.max(1) as f64
    }

    /// Arena bytes the call took from the system.
    pub fn arena_growth(&self) -> usize {
        self.arena_bytes_after
            .saturating_sub(self.arena_bytes_before)
    }

    /// Arena growth per iteration (0 when nothing on the path allocates).
    pub fn arena_bytes_per_op(&self) -> f64 {
        self.arena_growth() as f64 / self.n.max(1) as f64
    }

    /// Bytes allocated per iteration, as `go test -benchmem` reports `B/op` (truncated).
    pub fn bytes_per_op(&self) -> u64 {
        (self.allocated_after.0 - self.allocated_before.0) / self.n.max(1)
    }

    /// Objects allocated per iteration, as `go test -benchmem` reports `allocs/op`.
    pub fn allocs_per_op(&self) -> u64 {
        (self.allocated_after.1 - self.allocated_before.1) / self.n.max(1)
    }

    /// New heap defer records the call made the pool allocate (reused ones are free).
    pub fn defer_records_growth(&self) -> usize {
        self.defer_records_after
            .saturating_sub(self.defer_records_before)
    }
}

/// What [`Bencher::launch`] measured: the final run (the one `go test` reports) and
/// totals over every run of the launch.
#[derive(Clone, Debug, PartialEq)]
pub struct Launch {
    /// The last run, whose `N` and ns/op go in the benchmark line.
    pub last: Measurement,
    /// `(N, elapsed)` of every run, starting with Go's `run1` (N = 1).
    pub runs: Vec<(u64, Duration)>,
    /// Arena bytes taken from the system over the whole launch.
    pub arena_growth: usize,
    /// Heap defer records allocated over the whole launch (the pool reuses them).
    pub defer_records_growth: usize,
}

/// Why a benchmark could not be measured.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BenchError {
    /// No `func BenchmarkXxx(b *testing.B)` with that index or name.
    NoSuchBenchmark(String),
    /// The run ended: a fatal panic (status 2), `os.Exit(n)`, or a fatal error. `output`
    /// is what the run wrote to stdout and stderr during the failing call (Go's panic
    /// message and trace). The next call starts a fresh run.
    Ended {
        /// The exit status the run ended with.
        status: i32,
        /// What the run wrote to stdout and stderr during the failing call.
        output: String,
    },
    /// The run thread could not be started or died.
    Thread(String),
}

impl fmt::Display for BenchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BenchError::NoSuchBenchmark(n) => write!(f, "no benchmark {n}"),
            BenchError::Ended { status, output } => {
                write!(f, "the run ended with exit status {status}")?;
                if !output.is_empty() {
                    write!(f, ":\n{}", output.trim_end())?;
                }
                Ok(())
            }
            BenchError::Thread(m) => write!(f, "run thread: {m}"),
        }
    }
}

impl std::error::Error for BenchError {}

/// Runs the benchmark functions of one compiled program on a long-lived run thread.
pub struct Bencher {
    program: Arc<Program>,
    opts: Options,
    worker: Option<Worker>,
}

struct Request {
    code: usize,
    n: u64,
}

type Reply = Result<Measurement, BenchError>;

struct Worker {
    tx: Option<mpsc::Sender<Request>>,
    rx: mpsc::Receiver<Reply>,
    handle: Option<JoinHandle<()>>,
}

impl Drop for Worker {
    fn drop(&mut self) {
        // Closing the channel ends the thread's loop; then wait for its session to finish.
        self.tx = None;
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

/// Output written by the session since `(out_len, err_len)`.
fn new_output(s: &Session, since: (usize, usize)) -> String {
    let out = s.stdout().get(since.0..).unwrap_or(&[]);
    let err = s.stderr().get(since.1..).unwrap_or(&[]);
    let mut text = String::from_utf8_lossy(out).into_owned();
    text.push_str(&String::from_utf8_lossy(err));
    text
}

/// The run thread: a session that runs `main.init`, then one benchmark call per request.
fn worker_loop(
    program: &Program,
    config: &RunConfig,
    rx: mpsc::Receiver<Request>,
    tx: mpsc::Sender<Reply>,
) {
    // This session runs the program's code: take its turn (fresh package variables).
    let _turn = program.begin_run();
    let code = program.code();
    let entries = code.entry_points();
    let mut session = Session::new(config, entries);
    let init = code.go_funcs[program.ir().init.0 as usize];
    let since = (session.stdout().len(), session.stderr().len());
    let ready = match session.call0(init, 0) {
        Ok(()) => Ok(Measurement {
            n: 0,
            elapsed: Duration::ZERO,
            arena_bytes_before: 0,
            arena_bytes_after: session.arena_bytes(),
            allocated_before: (0, 0),
            allocated_after: session.allocated(),
            defer_records_before: 0,
            defer_records_after: session.defer_records_allocated(),
            bytes: 0,
            report_allocs: false,
        }),
        Err(status) => Err(BenchError::Ended {
            status,
            output: new_output(&session, since),
        }),
    };
    let failed = ready.is_err();
    if tx.send(ready).is_err() || failed {
        return;
    }
    while let Ok(req) = rx.recv() {
        let arena_bytes_before = session.arena_bytes();
        let defer_records_before = session.defer_records_allocated();
        let since = (session.stdout().len(), session.stderr().len());
        // The timer runs from just before the call to just after it, unless the
        // benchmark stops or resets it (`runtime::benchtimer`).
        let mut state = BenchState::started(
            req.n as i64,
            runtime::benchtimer::now_ns(),
            session.allocated(),
        );
        let arg = &mut state as *mut BenchState as usize;
        let r = session.call1(req.code, 0, arg);
        state.stop(runtime::benchtimer::now_ns(), session.allocated());
        let reply = match r {
            Ok(()) => Ok(Measurement {
                n: req.n,
                elapsed: Duration::from_nanos(state.elapsed_ns.max(0) as u64),
                arena_bytes_before,
                arena_bytes_after: session.arena_bytes(),
                allocated_before: (0, 0),
                allocated_after: (state.allocated[0], state.allocated[1]),
                defer_records_before,
                defer_records_after: session.defer_records_allocated(),
                bytes: state.bytes,
                report_allocs: state.report_allocs != 0,
            }),
            Err(status) => Err(BenchError::Ended {
                status,
                output: new_output(&session, since),
            }),
        };
        let failed = reply.is_err();
        if tx.send(reply).is_err() || failed {
            return;
        }
    }
}

impl Bencher {
    /// Checks and compiles `source` with `opts` (its defer strategy, stack limit and
    /// memory cap apply); the run thread starts on the first [`Bencher::run`].
    pub fn compile(file_name: &str, source: &str, opts: &Options) -> Result<Bencher, CompileError> {
        let program = Program::compile(file_name, source, opts)?;
        Ok(Bencher::from_program(program, opts))
    }

    /// Uses an already compiled program; `opts` should be the ones it was compiled with.
    pub fn from_program(program: Program, opts: &Options) -> Bencher {
        Bencher {
            program: Arc::new(program),
            opts: opts.clone(),
            worker: None,
        }
    }

    /// The compiled program.
    pub fn program(&self) -> &Program {
        &self.program
    }

    /// The defer strategy the program was compiled with.
    pub fn strategy(&self) -> crate::DeferStrategy {
        self.opts.defer
    }

    /// Names of the benchmark functions (`BenchmarkXxx`), in source order.
    pub fn benchmarks(&self) -> Vec<String> {
        self.program
            .ir()
            .benchmarks
            .iter()
            .map(|(n, _)| n.clone())
            .collect()
    }

    /// Index of the benchmark named `name` (`BenchmarkXxx`, or `Xxx` alone).
    pub fn find(&self, name: &str) -> Option<usize> {
        let b = &self.program.ir().benchmarks;
        b.iter().position(|(n, _)| n == name).or_else(|| {
            b.iter()
                .position(|(n, _)| n.strip_prefix("Benchmark") == Some(name))
        })
    }

    fn start_worker(&mut self) -> Result<&mut Worker, BenchError> {
        if self.worker.is_none() {
            runtime::thread::check_stack_limit(self.opts.stack_limit)
                .map_err(|e| BenchError::Thread(format!("cannot start the run thread: {e}")))?;
            let (req_tx, req_rx) = mpsc::channel::<Request>();
            let (rep_tx, rep_rx) = mpsc::channel::<Reply>();
            let program = Arc::clone(&self.program);
            // Fields RunConfig may gain later keep their defaults.
            #[allow(clippy::needless_update)]
            let config = RunConfig {
                output: Output::Capture,
                stack_size: self.opts.stack_limit,
                max_memory: self.opts.max_memory,
                args: self.opts.args.clone(),
                env: self.opts.env.clone(),
                seed: self.opts.seed,
                globals: self.program.code.global_roots.clone(),
                gc_stress: self.opts.gc_stress,
                ..RunConfig::default()
            };
            let handle = std::thread::Builder::new()
                .name("deferjit-bench".into())
                .stack_size(config.stack_size.max(1 << 20))
                .spawn(move || worker_loop(&program, &config, req_rx, rep_tx))
                .map_err(|e| BenchError::Thread(format!("cannot start the run thread: {e}")))?;
            let mut worker = Worker {
                tx: Some(req_tx),
                rx: rep_rx,
                handle: Some(handle),
            };
            match worker.rx.recv() {
                Ok(Ok(_)) => {}
                Ok(Err(e)) => return Err(e),
                Err(_) => {
                    let msg = match worker.handle.take().map(|h| h.join()) {
                        Some(Err(p)) => panic_message(&*p),
                        _ => "exited".to_string(),
                    };
                    return Err(BenchError::Thread(format!("main.init: {msg}")));
                }
            }
            self.worker = Some(worker);
        }
        Ok(self.worker.as_mut().expect("worker just started"))
    }

    /// Calls benchmark `bench` (an index into [`Bencher::benchmarks`]) once with
    /// `b.N = n` on the run thread and returns the wall time of the call. If the run
    /// ends (an unrecovered panic, `os.Exit`), the error carries its output and the next
    /// call starts a fresh run (`main.init` again).
    pub fn run(&mut self, bench: usize, n: u64) -> Result<Measurement, BenchError> {
        let Some(&(_, id)) = self.program.ir().benchmarks.get(bench) else {
            return Err(BenchError::NoSuchBenchmark(format!("#{bench}")));
        };
        let code = self.program.code().go_funcs[id.0 as usize];
        let result = (|| {
            let worker = self.start_worker()?;
            let tx = worker
                .tx
                .as_ref()
                .ok_or_else(|| BenchError::Thread("closed".into()))?;
            tx.send(Request { code, n })
                .map_err(|_| BenchError::Thread("the run thread is gone".into()))?;
            match worker.rx.recv() {
                Ok(r) => r,
                Err(_) => {
                    let msg = match worker.handle.take().map(|h| h.join()) {
                        Some(Err(p)) => panic_message(&*p),
                        _ => "exited".to_string(),
                    };
                    Err(BenchError::Thread(msg))
                }
            }
        })();
        if result.is_err() {
            // The session is over: drop it so that the next call starts afresh.
            self.worker = None;
        }
        result
    }

    /// Go's `run1` + `launch`: runs with `b.N = 1`, then grows `b.N` (see [`predict_n`])
    /// until a run lasts `time` or `b.N` reaches 1e9; with `Nx`, runs exactly N times
    /// after the first run. `progress` sees every run.
    pub fn launch(
        &mut self,
        bench: usize,
        time: BenchTime,
        mut progress: impl FnMut(&Measurement),
    ) -> Result<Launch, BenchError> {
        let first = self.run(bench, 1)?;
        progress(&first);
        let mut runs = vec![(first.n, first.elapsed)];
        let mut last = first;
        match time {
            BenchTime::Iterations(n) => {
                if n > 1 {
                    last = self.run(bench, n)?;
                    progress(&last);
                    runs.push((last.n, last.elapsed));
                }
            }
            BenchTime::Duration(d) => {
                let mut n = 1u64;
                while last.elapsed < d && n < MAX_N {
                    n = predict_n(d, last.n, last.elapsed, n);
                    last = self.run(bench, n)?;
                    progress(&last);
                    runs.push((last.n, last.elapsed));
                }
            }
        }
        Ok(Launch {
            last,
            runs,
            arena_growth: last
                .arena_bytes_after
                .saturating_sub(first.arena_bytes_before),
            defer_records_growth: last
                .defer_records_after
                .saturating_sub(first.defer_records_before),
        })
    }
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        format!("panicked: {s}")
    } else if let Some(s) = p.downcast_ref::<String>() {
        format!("panicked: {s}")
    } else {
        "panicked".to_string()
    }
}

/// Go's `prettyPrint`: `x` with 10 places before the decimal point and four or five
/// significant figures for small numbers, then the unit (`      3.612 ns/op`).
pub fn pretty_print(x: f64, unit: &str) -> String {
    let y = x.abs();
    if y == 0.0 || y >= 999.95 {
        format!("{x:10.0} {unit}")
    } else if y >= 99.995 {
        format!("{x:12.1} {unit}")
    } else if y >= 9.9995 {
        format!("{x:13.2} {unit}")
    } else if y >= 0.99995 {
        format!("{x:14.3} {unit}")
    } else if y >= 0.099995 {
        format!("{x:15.4} {unit}")
    } else if y >= 0.0099995 {
        format!("{x:16.5} {unit}")
    } else if y >= 0.00099995 {
        format!("{x:17.6} {unit}")
    } else {
        format!("{x:18.7} {unit}")
    }
}

/// Go's `BenchmarkResult.String()` for a result with only a time: `%8d` N, a tab, and
/// the ns/op (omitted when zero, as Go does).
pub fn result_line(m: &Measurement) -> String {
    let mut s = format!("{:8}", m.n);
    let ns = m.ns_per_op();
    if ns != 0.0 {
        s.push('\t');
        s.push_str(&pretty_print(ns, "ns/op"));
    }
    // Go's mbPerSec: bytes per op times N over the time, in MB (1e6 bytes) per second.
    if m.bytes > 0 && m.n > 0 && !m.elapsed.is_zero() {
        let mbs = (m.bytes as f64 * m.n as f64 / 1e6) / m.elapsed.as_secs_f64();
        if mbs != 0.0 {
            s.push_str(&format!("\t{mbs:7.2} MB/s"));
        }
    }
    s
}

/// Go's `BenchmarkResult.MemString`, which `-benchmem` appends to the result line after
/// a tab.
pub fn mem_string(m: &Measurement) -> String {
    format!(
        "{:8} B/op\t{:8} allocs/op",
        m.bytes_per_op(),
        m.allocs_per_op()
    )
}

/// Go's `benchmarkName`: the `-GOMAXPROCS` suffix unless it is 1.
pub fn benchmark_name(name: &str, procs: usize) -> String {
    if procs != 1 {
        format!("{name}-{procs}")
    } else {
        name.to_string()
    }
}

/// GOMAXPROCS as Go defaults it: the number of CPUs this process may use.
pub fn gomaxprocs() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

/// The name column of `go test -bench` output: Go pads every name to a width that starts
/// at the longest top-level name and jumps (by 8 extra) when a sub-benchmark's name does
/// not fit, exactly as `testing.benchContext` does.
#[derive(Clone, Debug)]
pub struct NameColumn {
    max_len: usize,
    ext_len: usize,
    procs: usize,
}

impl NameColumn {
    /// Column for the given top-level benchmark names under `procs` GOMAXPROCS.
    pub fn new<'a>(top_level: impl IntoIterator<Item = &'a str>, procs: usize) -> NameColumn {
        let ext_len = benchmark_name("", procs).len();
        let max_len = top_level
            .into_iter()
            .map(|n| benchmark_name(n, procs).len() + ext_len + 1)
            .max()
            .unwrap_or(0);
        NameColumn {
            max_len,
            ext_len,
            procs,
        }
    }

    /// Go's `run1` of a (sub-)benchmark named `name`: widens the column if needed.
    pub fn starting(&mut self, name: &str) {
        let n = name.len() + self.ext_len + 1;
        if n > self.max_len {
            self.max_len = n + 8;
        }
    }

    /// `%-*s\t` of the name with its procs suffix: the start of a result line.
    pub fn prefix(&self, name: &str) -> String {
        format!(
            "{:<width$}\t",
            benchmark_name(name, self.procs),
            width = self.max_len
        )
    }
}

/// `GOOS`/`GOARCH` names of the host.
pub fn go_os_arch() -> (&'static str, &'static str) {
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "x86" => "386",
        "aarch64" => "arm64",
        "powerpc64" => "ppc64",
        "loongarch64" => "loong64",
        other => other,
    };
    (std::env::consts::OS, arch)
}

/// The CPU's name as `go test` prints it in `cpu:` (`/proc/cpuinfo`'s model name).
pub fn cpu_name() -> Option<String> {
    let info = std::fs::read_to_string("/proc/cpuinfo").ok()?;
    info.lines()
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim() == "model name")
        .map(|(_, v)| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// The `goos:`/`goarch:`/`pkg:`/`cpu:` header `go test -bench` prints before the first
/// result (no `pkg:` line when `pkg` is empty, as for `go test file_test.go`).
pub fn header(pkg: &str) -> String {
    let (os, arch) = go_os_arch();
    let mut h = format!("goos: {os}\ngoarch: {arch}\n");
    if !pkg.is_empty() {
        h.push_str(&format!("pkg: {pkg}\n"));
    }
    if let Some(cpu) = cpu_name() {
        h.push_str(&format!("cpu: {cpu}\n"));
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pretty_print_matches_go() {
        assert_eq!(pretty_print(3.6124, "ns/op"), "         3.612 ns/op");
        assert_eq!(pretty_print(10.87, "ns/op"), "        10.87 ns/op");
        assert_eq!(pretty_print(201.23, "ns/op"), "       201.2 ns/op");
        assert_eq!(pretty_print(3077.4, "ns/op"), "      3077 ns/op");
        assert_eq!(pretty_print(0.0, "ns/op"), "         0 ns/op");
        assert_eq!(pretty_print(0.5, "ns/op"), "         0.5000 ns/op");
    }

    #[test]
    fn result_line_matches_go() {
        let m = Measurement {
            n: 16280943,
            elapsed: Duration::from_nanos(93_322_365),
            arena_bytes_before: 0,
            arena_bytes_after: 0,
            allocated_before: (0, 0),
            allocated_after: (0, 0),
            defer_records_before: 0,
            defer_records_after: 0,
            bytes: 0,
            report_allocs: false,
        };
        assert_eq!(result_line(&m), "16280943\t         5.732 ns/op");
        // b.SetBytes(1024): Go's MB/s column after ns/op.
        let with_bytes = Measurement { bytes: 1024, ..m };
        assert_eq!(
            result_line(&with_bytes),
            "16280943\t         5.732 ns/op\t178646.20 MB/s"
        );
    }

    #[test]
    fn name_column_like_go() {
        let mut c = NameColumn::new(["BenchmarkA", "BenchmarkPanicRecoverDepth100"], 2);
        c.starting("BenchmarkA/defer=auto");
        assert_eq!(
            c.prefix("BenchmarkA/defer=auto"),
            format!("BenchmarkA/defer=auto-2{}\t", " ".repeat(11))
        );
        c.starting("BenchmarkPanicRecoverDepth100/defer=auto");
        assert_eq!(
            c.prefix("BenchmarkPanicRecoverDepth100/defer=auto").len(),
            52
        );
    }

    #[test]
    fn benchtime_syntax() {
        assert_eq!("100x".parse(), Ok(BenchTime::Iterations(100)));
        assert_eq!(
            "1s".parse(),
            Ok(BenchTime::Duration(Duration::from_secs(1)))
        );
        assert_eq!(
            "1.5s".parse(),
            Ok(BenchTime::Duration(Duration::from_millis(1500)))
        );
        assert_eq!(
            "1m30s".parse(),
            Ok(BenchTime::Duration(Duration::from_secs(90)))
        );
        assert_eq!(
            "250us".parse(),
            Ok(BenchTime::Duration(Duration::from_micros(250)))
        );
        assert!("0x".parse::<BenchTime>().is_err());
        assert!("1".parse::<BenchTime>().is_err());
        assert!("s".parse::<BenchTime>().is_err());
        assert!("1y".parse::<BenchTime>().is_err());
    }

    #[test]
    fn predict_like_go() {
        // 1 iteration in 100ns aiming at 1s: 1e7 * 1.2, capped at 100x.
        assert_eq!(
            predict_n(Duration::from_secs(1), 1, Duration::from_nanos(100), 1),
            100
        );
        assert_eq!(
            predict_n(Duration::from_secs(1), 100, Duration::from_micros(10), 100),
            10_000
        );
        assert_eq!(
            predict_n(
                Duration::from_secs(1),
                10_000,
                Duration::from_millis(1),
                10_000
            ),
            // 12,000,000 wanted, capped at 100x.
            1_000_000
        );
        assert_eq!(
            predict_n(Duration::from_secs(1), 5, Duration::from_secs(2), 5),
            6
        );
        assert_eq!(
            predict_n(
                Duration::from_secs(100),
                1 << 40,
                Duration::from_nanos(1),
                1 << 40
            ),
            MAX_N
        );
    }
}
