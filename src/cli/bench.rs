//! `deferjit bench`: runs every `func BenchmarkXxx(b *testing.B)` of a file under each
//! requested defer strategy as `go test -bench` would (growing `b.N` until a run lasts
//! `--benchtime`), prints Go's result lines (`BenchmarkX/defer=open-2 \t N \t x ns/op`)
//! for benchstat, then the strategies side by side; or JSON; optionally an SVG chart.

use super::{read_source, Strategy};
use clap::Args;
use deferjit::bench::{self, BenchTime, Bencher, Launch, NameColumn};
use deferjit::{DeferStrategy, Options};
use serde::Serialize;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args)]
pub struct BenchArgs {
    /// The Go source file with `func BenchmarkXxx(b *testing.B)` functions
    pub file: PathBuf,
    /// Defer strategies to compare, comma-separated; the first is the table's baseline
    #[arg(
        long = "defer",
        value_enum,
        value_delimiter = ',',
        default_value = "auto,open,stack,heap"
    )]
    pub strategies: Vec<Strategy>,
    /// Run each benchmark for at least this long (Go's syntax: 1s, 500ms, 1.5s), or
    /// exactly N iterations with Nx (100x)
    #[arg(long, default_value = "1s", value_parser = parse_benchtime)]
    pub benchtime: BenchTime,
    /// Measure each benchmark N times (result lines repeated, as go test -count)
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    pub count: u32,
    /// Run only the benchmarks whose name contains this text
    #[arg(long)]
    pub filter: Option<String>,
    /// Append bytes and objects allocated per op to each result line, as go test
    /// -benchmem does (the table always shows them)
    #[arg(long)]
    pub benchmem: bool,
    /// Print the results as JSON instead of Go's format and the table
    #[arg(long)]
    pub json: bool,
    /// Also draw the comparison as a grouped bar chart to this SVG file
    #[arg(long, value_name = "OUT.svg")]
    pub svg: Option<PathBuf>,
    /// Write /tmp/perf-PID.map so that `perf record`/`perf report` name the JIT-compiled
    /// functions of every strategy's program
    #[arg(long)]
    pub perf_map: bool,
}

fn parse_benchtime(s: &str) -> Result<BenchTime, String> {
    s.parse()
}

/// Results of one benchmark under one strategy: one launch per `--count`.
struct Cell {
    launches: Vec<Launch>,
    error: Option<String>,
}

impl Cell {
    /// Median ns/op over the counts (what the table and chart show).
    fn median_ns(&self) -> Option<f64> {
        let mut v: Vec<f64> = self.launches.iter().map(|l| l.last.ns_per_op()).collect();
        if v.is_empty() {
            return None;
        }
        v.sort_by(|a, b| a.total_cmp(b));
        let m = v.len() / 2;
        Some(if v.len() % 2 == 1 {
            v[m]
        } else {
            (v[m - 1] + v[m]) / 2.0
        })
    }

    /// Largest `(B/op, allocs/op)` of a measured (final) run.
    fn allocated_per_op(&self) -> (u64, u64) {
        self.launches
            .iter()
            .map(|l| (l.last.bytes_per_op(), l.last.allocs_per_op()))
            .max()
            .unwrap_or((0, 0))
    }

    /// Largest arena growth per op of a measured (final) run.
    fn arena_bytes_per_op(&self) -> f64 {
        self.launches
            .iter()
            .map(|l| l.last.arena_bytes_per_op())
            .fold(0.0, f64::max)
    }

    /// Most new pooled defer records over one launch.
    fn defer_records(&self) -> usize {
        self.launches
            .iter()
            .map(|l| l.defer_records_growth)
            .max()
            .unwrap_or(0)
    }
}

/// Progress on stderr, only when it is a terminal: one line rewritten in place.
struct Progress {
    on: bool,
}

impl Progress {
    fn show(&self, text: &str) {
        if self.on {
            let mut e = std::io::stderr().lock();
            let _ = write!(e, "\r\x1b[K{text}");
            let _ = e.flush();
        }
    }

    fn clear(&self) {
        if self.on {
            let mut e = std::io::stderr().lock();
            let _ = write!(e, "\r\x1b[K");
            let _ = e.flush();
        }
    }
}

pub fn main(a: BenchArgs) -> ExitCode {
    let (name, src) = match read_source(&a.file) {
        Ok(x) => x,
        Err(c) => return c,
    };
    let strategies = unique_strategies(&a.strategies);
    if strategies.is_empty() {
        eprintln!("deferjit bench: --defer names no strategy");
        return ExitCode::from(1);
    }

    // One compiled program (and later one run thread) per strategy.
    let mut benchers = match compile_all(
        &name,
        &src,
        &strategies,
        a.perf_map,
        super::trace_path(&a.file),
    ) {
        Ok(b) => b,
        Err(c) => return c,
    };
    let all = benchers[0].benchmarks();
    if all.is_empty() {
        eprintln!("deferjit bench: {name}: no benchmarks (want func BenchmarkXxx(b *testing.B))");
        return ExitCode::from(1);
    }
    let names: Vec<String> = match &a.filter {
        Some(f) => all
            .iter()
            .filter(|n| n.contains(f.as_str()))
            .cloned()
            .collect(),
        None => all.clone(),
    };
    if names.is_empty() {
        eprintln!(
            "deferjit bench: {name}: no benchmark matches --filter {:?} (have: {})",
            a.filter.as_deref().unwrap_or(""),
            all.join(", ")
        );
        return ExitCode::from(1);
    }

    let procs = bench::gomaxprocs();
    let mut out = std::io::stdout().lock();
    let (cells, failed) = run_all(&a, &strategies, &mut benchers, &names, procs, &mut out);

    if a.json {
        let report = json_report(&name, &a, &strategies, &names, &cells, procs, failed);
        match serde_json::to_string_pretty(&report) {
            Ok(s) => {
                let _ = writeln!(out, "{s}");
            }
            Err(e) => {
                eprintln!("deferjit bench: cannot encode JSON: {e}");
                return ExitCode::from(1);
            }
        }
    } else {
        let _ = writeln!(out, "{}", if failed { "FAIL" } else { "PASS" });
        let _ = writeln!(out);
        let _ = write!(out, "{}", table(&strategies, &names, &cells, a.count));
    }
    let _ = out.flush();

    if let Some(path) = &a.svg {
        let title = format!(
            "{} — ns/op by defer strategy ({} CPUs, benchtime {})",
            Path::new(&name)
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or(name.clone()),
            procs,
            a.benchtime
        );
        if let Err(e) = draw_svg(path, &title, &strategies, &names, &cells) {
            eprintln!("deferjit bench: cannot write {}: {e}", path.display());
            return ExitCode::from(1);
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The requested strategies, each once, in the order first named.
fn unique_strategies(requested: &[Strategy]) -> Vec<DeferStrategy> {
    let mut strategies: Vec<DeferStrategy> = Vec::new();
    for s in requested {
        let s: DeferStrategy = (*s).into();
        if !strategies.contains(&s) {
            strategies.push(s);
        }
    }
    strategies
}

/// Compiles the file once per strategy (traces naming it `trace_path`); a compile error
/// is printed.
fn compile_all(
    name: &str,
    src: &str,
    strategies: &[DeferStrategy],
    perf_map: bool,
    trace_path: Option<String>,
) -> Result<Vec<Bencher>, ExitCode> {
    let mut benchers = Vec::with_capacity(strategies.len());
    for &s in strategies {
        let opts = Options {
            defer: s,
            perf_map,
            trace_path: trace_path.clone(),
            ..Options::default()
        };
        match Bencher::compile(name, src, &opts) {
            Ok(b) => benchers.push(b),
            Err(e) => {
                eprintln!("{e}");
                return Err(ExitCode::from(1));
            }
        }
    }
    Ok(benchers)
}

/// Runs every selected benchmark under every strategy, `--count` times, printing Go's
/// result lines (unless `--json`); returns the cells and whether any run failed.
fn run_all(
    a: &BenchArgs,
    strategies: &[DeferStrategy],
    benchers: &mut [Bencher],
    names: &[String],
    procs: usize,
    out: &mut impl Write,
) -> (Vec<Vec<Cell>>, bool) {
    let progress = Progress {
        on: std::io::stderr().is_terminal(),
    };
    let mut column = NameColumn::new(names.iter().map(String::as_str), procs);
    if !a.json {
        let _ = write!(out, "{}", bench::header(""));
        let _ = out.flush();
    }

    // cells[benchmark][strategy]
    let mut cells: Vec<Vec<Cell>> = Vec::with_capacity(names.len());
    let mut failed = false;
    for bname in names {
        let mut row = Vec::with_capacity(strategies.len());
        for (si, bencher) in benchers.iter_mut().enumerate() {
            let sub = format!("{bname}/defer={}", strategies[si].name());
            let full = bench::benchmark_name(&sub, procs);
            let index = bencher
                .find(bname)
                .expect("every strategy compiles the same benchmarks");
            let mut cell = Cell {
                launches: Vec::new(),
                error: None,
            };
            for _ in 0..a.count {
                column.starting(&sub);
                let shown = |m: &bench::Measurement| {
                    progress.show(&format!(
                        "{full}  N={}  {} ns/op",
                        m.n,
                        short(m.ns_per_op())
                    ));
                };
                let r = bencher.launch(index, a.benchtime, shown);
                progress.clear();
                match r {
                    Ok(l) => {
                        if !a.json {
                            let mem = if a.benchmem || l.last.report_allocs {
                                format!("\t{}", bench::mem_string(&l.last))
                            } else {
                                String::new()
                            };
                            let _ = writeln!(
                                out,
                                "{}{}{mem}",
                                column.prefix(&sub),
                                bench::result_line(&l.last)
                            );
                        }
                        cell.launches.push(l);
                    }
                    Err(e) => {
                        failed = true;
                        if !a.json {
                            let _ = writeln!(out, "--- FAIL: {full}");
                            for line in e.to_string().lines() {
                                let _ = writeln!(out, "    {line}");
                            }
                        }
                        cell.error = Some(e.to_string());
                        break;
                    }
                }
                let _ = out.flush();
            }
            row.push(cell);
        }
        cells.push(row);
    }
    (cells, failed)
}

/// A number in Go's prettyPrint precision, without the padding.
fn short(x: f64) -> String {
    bench::pretty_print(x, "").trim().to_string()
}

/// The strategies side by side: ns/op, ratio to the first strategy, bytes and objects
/// allocated per op and new pooled defer records. Row names drop the `Benchmark` prefix and no line has a
/// colon, so benchstat reading the same output ignores the table.
fn table(
    strategies: &[DeferStrategy],
    names: &[String],
    cells: &[Vec<Cell>],
    count: u32,
) -> String {
    let base = strategies[0].name();
    let mut header = vec!["benchmark".to_string()];
    for (i, s) in strategies.iter().enumerate() {
        header.push(format!("{s} ns/op"));
        if i > 0 {
            header.push(format!("vs {base}"));
        }
        header.push("B/op".into());
        header.push("allocs/op".into());
        header.push("recs".into());
    }
    let mut rows = vec![header];
    for (bname, row) in names.iter().zip(cells) {
        let mut r = vec![bname.strip_prefix("Benchmark").unwrap_or(bname).to_string()];
        let base_ns = row[0].median_ns();
        for (i, cell) in row.iter().enumerate() {
            match cell.median_ns() {
                Some(ns) if cell.error.is_none() => {
                    r.push(short(ns));
                    if i > 0 {
                        r.push(match base_ns {
                            Some(b) if b > 0.0 => format!("{:.2}x", ns / b),
                            _ => "-".into(),
                        });
                    }
                    let (bytes, allocs) = cell.allocated_per_op();
                    r.push(bytes.to_string());
                    r.push(allocs.to_string());
                    r.push(cell.defer_records().to_string());
                }
                _ => {
                    r.push("FAIL".into());
                    if i > 0 {
                        r.push("-".into());
                    }
                    r.push("-".into());
                    r.push("-".into());
                    r.push("-".into());
                }
            }
        }
        rows.push(r);
    }
    let ncol = rows[0].len();
    let widths: Vec<usize> = (0..ncol)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let what = if count > 1 {
        format!("median of {count} runs")
    } else {
        "one run".to_string()
    };
    let mut s = format!(
        "ns/op ({what}), vs {base} = ratio of ns/op to {base}, B/op and allocs/op = bytes \
         (in Go's size classes) and objects allocated per op in the measured run, as go test \
         -benchmem counts them, recs = heap defer records newly pooled\n"
    );
    for r in &rows {
        let mut line = String::new();
        for (c, cell) in r.iter().enumerate() {
            let pad = widths[c] - cell.chars().count();
            if c == 0 {
                line.push_str(cell);
                line.push_str(&" ".repeat(pad));
            } else {
                line.push_str("  ");
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            }
        }
        s.push_str(line.trim_end());
        s.push('\n');
    }
    s
}

#[derive(Serialize)]
struct JsonReport {
    file: String,
    goos: &'static str,
    goarch: &'static str,
    cpu: Option<String>,
    procs: usize,
    benchtime: String,
    count: u32,
    strategies: Vec<&'static str>,
    ok: bool,
    benchmarks: Vec<JsonBenchmark>,
}

#[derive(Serialize)]
struct JsonBenchmark {
    name: String,
    results: Vec<JsonResult>,
}

#[derive(Serialize)]
struct JsonResult {
    strategy: &'static str,
    /// The name in Go's result line (`BenchmarkX/defer=open-2`).
    full_name: String,
    /// Median ns/op over the runs.
    ns_per_op: Option<f64>,
    /// `ns_per_op` divided by the first strategy's.
    ratio: Option<f64>,
    /// Largest arena growth per op of a measured run.
    arena_bytes_per_op: f64,
    /// Largest bytes (Go's size classes) and objects allocated per op of a measured run,
    /// as `go test -benchmem` reports them.
    bytes_per_op: u64,
    allocs_per_op: u64,
    /// Most heap defer records newly allocated (pooled) during one launch.
    defer_records_allocated: usize,
    runs: Vec<JsonRun>,
    error: Option<String>,
}

#[derive(Serialize)]
struct JsonRun {
    /// The final b.N (the one Go reports).
    n: u64,
    elapsed_ns: u64,
    ns_per_op: f64,
    /// Go's result line after the name.
    line: String,
    /// b.N of every run of the launch, starting at 1.
    n_sequence: Vec<u64>,
    /// Arena bytes taken during the measured run, and per op.
    arena_bytes_growth: usize,
    arena_bytes_per_op: f64,
    /// Heap defer records newly allocated during the whole launch and the measured run.
    defer_records_growth: usize,
    defer_records_growth_measured: usize,
    /// The run's totals after the measured run.
    arena_bytes_total: usize,
    defer_records_total: usize,
}

fn json_report(
    file: &str,
    a: &BenchArgs,
    strategies: &[DeferStrategy],
    names: &[String],
    cells: &[Vec<Cell>],
    procs: usize,
    failed: bool,
) -> JsonReport {
    let (goos, goarch) = bench::go_os_arch();
    let benchmarks = names
        .iter()
        .zip(cells)
        .map(|(bname, row)| {
            let base = row[0].median_ns();
            let results = row
                .iter()
                .zip(strategies)
                .map(|(cell, s)| {
                    let ns = cell.median_ns();
                    JsonResult {
                        strategy: s.name(),
                        full_name: bench::benchmark_name(
                            &format!("{bname}/defer={}", s.name()),
                            procs,
                        ),
                        ns_per_op: ns,
                        ratio: match (ns, base) {
                            (Some(n), Some(b)) if b > 0.0 => Some(n / b),
                            _ => None,
                        },
                        arena_bytes_per_op: cell.arena_bytes_per_op(),
                        bytes_per_op: cell.allocated_per_op().0,
                        allocs_per_op: cell.allocated_per_op().1,
                        defer_records_allocated: cell.defer_records(),
                        runs: cell
                            .launches
                            .iter()
                            .map(|l| JsonRun {
                                n: l.last.n,
                                elapsed_ns: l.last.elapsed.as_nanos() as u64,
                                ns_per_op: l.last.ns_per_op(),
                                line: bench::result_line(&l.last),
                                n_sequence: l.runs.iter().map(|r| r.0).collect(),
                                arena_bytes_growth: l.last.arena_growth(),
                                arena_bytes_per_op: l.last.arena_bytes_per_op(),
                                defer_records_growth: l.defer_records_growth,
                                defer_records_growth_measured: l.last.defer_records_growth(),
                                arena_bytes_total: l.last.arena_bytes_after,
                                defer_records_total: l.last.defer_records_after,
                            })
                            .collect(),
                        error: cell.error.clone(),
                    }
                })
                .collect();
            JsonBenchmark {
                name: bname.clone(),
                results,
            }
        })
        .collect();
    JsonReport {
        file: file.to_string(),
        goos,
        goarch,
        cpu: bench::cpu_name(),
        procs,
        benchtime: a.benchtime.to_string(),
        count: a.count,
        strategies: strategies.iter().map(|s| s.name()).collect(),
        ok: !failed,
        benchmarks,
    }
}

/// Grouped horizontal bars: one group per benchmark, one bar per strategy, ns/op on a
/// log scale (the benchmarks span three orders of magnitude).
fn draw_svg(
    path: &Path,
    title: &str,
    strategies: &[DeferStrategy],
    names: &[String],
    cells: &[Vec<Cell>],
) -> Result<(), String> {
    use plotters::prelude::*;
    use plotters::style::text_anchor::{HPos, Pos, VPos};
    let err = |e: &dyn std::fmt::Display| e.to_string();
    let nb = names.len();
    let ns = strategies.len();
    let values: Vec<Vec<Option<f64>>> = cells
        .iter()
        .map(|row| {
            row.iter()
                .map(|c| c.median_ns().filter(|v| *v > 0.0))
                .collect()
        })
        .collect();
    let all: Vec<f64> = values.iter().flatten().flatten().copied().collect();
    let lo = all.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = all.iter().copied().fold(0.0, f64::max);
    let (lo, hi) = if all.is_empty() {
        (0.1, 10.0)
    } else {
        (lo / 2.0, hi * 4.0)
    };

    let bar_px = 13u32;
    let height = 110 + nb as u32 * (ns as u32 * bar_px + 12);
    let root = SVGBackend::new(path, (1000, height)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| err(&e))?;
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 18))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(210)
        .build_cartesian_2d((lo..hi).log_scale(), 0f64..nb as f64)
        .map_err(|e| err(&e))?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_desc("ns/op (log scale)")
        .x_label_formatter(&|v| {
            if v.fract().abs() < 1e-9 {
                format!("{v:.0}")
            } else {
                format!("{v}")
            }
        })
        .draw()
        .map_err(|e| err(&e))?;

    // Benchmark i is the i-th band from the top.
    let band = |i: usize| (nb - 1 - i) as f64;
    let slot = 0.84 / ns as f64;
    for (j, s) in strategies.iter().enumerate() {
        let color = Palette99::pick(j).to_rgba();
        let bars = values.iter().enumerate().filter_map(|(i, row)| {
            row[j].map(|v| {
                let y1 = band(i) + 0.92 - j as f64 * slot;
                Rectangle::new([(lo, y1 - slot), (v, y1)], color.filled())
            })
        });
        chart
            .draw_series(bars)
            .map_err(|e| err(&e))?
            .label(s.name())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 12, y + 5)], color.filled()));
        let texts = values.iter().enumerate().filter_map(|(i, row)| {
            row[j].map(|v| {
                let y = band(i) + 0.92 - (j as f64 + 0.5) * slot;
                Text::new(
                    format!(" {}", short(v)),
                    (v, y),
                    ("sans-serif", 10)
                        .into_font()
                        .into_text_style(&root)
                        .pos(Pos::new(HPos::Left, VPos::Center)),
                )
            })
        });
        chart.draw_series(texts).map_err(|e| err(&e))?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()
        .map_err(|e| err(&e))?;

    // Benchmark names left of their band, in the label area.
    let label_style = ("sans-serif", 13)
        .into_font()
        .into_text_style(&root)
        .pos(Pos::new(HPos::Right, VPos::Center));
    for (i, n) in names.iter().enumerate() {
        let (px, py) = chart.backend_coord(&(lo, band(i) + 0.5));
        root.draw(&Text::new(
            n.strip_prefix("Benchmark").unwrap_or(n).to_string(),
            (px - 8, py),
            label_style.clone(),
        ))
        .map_err(|e| err(&e))?;
    }
    root.present().map_err(|e| err(&e))?;
    Ok(())
}
