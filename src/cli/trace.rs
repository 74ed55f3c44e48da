//! `deferjit trace`: runs a program compiled with trace instrumentation and shows the
//! runtime's defer and panic work, event by event (text, `--json`, or an SVG picture).
//!
//! The program's own output goes where `deferjit run` sends it (captured during the run,
//! then written to stdout and stderr); the trace follows on stdout. It takes `run`'s
//! program arguments and limits (`ProgramArgs`). Exit status: the
//! program's, 1 when it does not compile or the SVG cannot be written.

use super::run::ProgramArgs;
use clap::Args;
use deferjit::trace::Trace;
use deferjit::{Options, Program};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct TraceArgs {
    #[command(flatten)]
    pub program: ProgramArgs,
    /// Print the events as one JSON object (with the program's output and exit status)
    /// instead of text
    #[arg(long)]
    pub json: bool,
    /// Also draw the stack over time as an SVG picture into this file
    #[arg(long, value_name = "OUT.svg")]
    pub svg: Option<PathBuf>,
    /// Show absolute addresses (frame pointers, SP, records; output then differs from
    /// run to run)
    #[arg(long)]
    pub addresses: bool,
    /// Record at most this many events (the rest are counted)
    #[arg(long, value_name = "N", default_value_t = 100_000)]
    pub max_events: usize,
}

/// What `--json` prints (written straight out: a trace can have many events).
#[derive(serde::Serialize)]
struct TraceDocument<'a> {
    file: &'a str,
    strategy: &'a str,
    status: i32,
    stdout: &'a str,
    stderr: &'a str,
    dropped_events: u64,
    events: &'a [deferjit::trace::TraceEvent],
}

pub fn main(a: TraceArgs) -> ExitCode {
    let (name, src, opts) = match a.program.load() {
        Ok(x) => x,
        Err(c) => return c,
    };
    let opts = Options {
        trace: Some(a.max_events),
        ..opts
    };
    let program = match Program::compile(&name, &src, &opts) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let outcome = program.run();
    let trace = Trace::resolve(&program, &outcome, a.addresses);
    let strategy = format!("{:?}", a.program.strategy).to_lowercase();
    if let Some(path) = &a.svg {
        let svg = deferjit::trace::svg::render(&trace, &strategy);
        if let Err(e) = std::fs::write(path, svg) {
            eprintln!("deferjit trace: cannot write {}: {e}", path.display());
            return ExitCode::from(1);
        }
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    // A closed pipe (`| head`) is not an error worth a message.
    let _ = if a.json {
        let doc = TraceDocument {
            file: &trace.file,
            strategy: &strategy,
            status: outcome.status,
            stdout: &String::from_utf8_lossy(&outcome.stdout),
            stderr: &String::from_utf8_lossy(&outcome.stderr),
            dropped_events: trace.dropped,
            events: &trace.events,
        };
        serde_json::to_writer_pretty(&mut out, &doc)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        let _ = out.write_all(&outcome.stdout);
        let _ = out.flush();
        let _ = std::io::stderr().write_all(&outcome.stderr);
        if !outcome.stdout.is_empty() || !outcome.stderr.is_empty() {
            let _ = writeln!(out);
        }
        out.write_all(deferjit::trace::text::render(&trace, &strategy).as_bytes())
    }
    .and_then(|()| out.flush());
    ExitCode::from(outcome.status.clamp(0, 255) as u8)
}
