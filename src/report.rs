//! A run's outcome as one JSON document, for tools (`deferjit run --json`): exit status,
//! output, the panic chain and the goroutine trace as structured data (read from the text
//! Go prints, which the runtime writes), timings, memory and defer records.

use crate::Outcome;
use serde::Serialize;

/// One `panic: ...` line of Go's fatal text (oldest first).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PanicEntry {
    /// The value as Go prints it (`boom`, `runtime error: index out of range [5] with
    /// length 3`, `main.E{...}`; a multi-line value keeps its lines).
    pub value: String,
    /// Recovered, then re-panicked or superseded (`[recovered]`).
    pub recovered: bool,
}

/// One frame of the trace Go prints.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TraceFrame {
    /// The function (`main.f`, `main.(*T).M`, `panic`).
    pub func: String,
    /// The argument list as printed (`...`, `0x1, {0x4b5a28, 0x2}`, empty).
    pub args: String,
    /// The file, as printed.
    pub file: String,
    /// The line (0 when the location is not a `file:line`).
    pub line: u32,
    /// The PC offset in the function (`+0x1c`), when printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
}

/// One goroutine's trace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GoroutineTrace {
    /// Its id.
    pub id: u64,
    /// Its state as printed (`running`, `chan receive`).
    pub state: String,
    /// Its frames, innermost first.
    pub frames: Vec<TraceFrame>,
    /// `created by ...` (its creator's function), when printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
}

/// How the run ended, for tools.
#[derive(Clone, Debug, Serialize)]
pub struct RunReport {
    /// The exit status.
    pub status: i32,
    /// What the program wrote to stdout (lossily decoded as UTF-8).
    pub stdout: String,
    /// What it wrote to stderr.
    pub stderr: String,
    /// The panics of Go's fatal text, oldest first (empty without a fatal panic).
    pub panics: Vec<PanicEntry>,
    /// `fatal error: ...` when the run ended with one (stack overflow, out of memory,
    /// deadlock).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fatal_error: Option<String>,
    /// The goroutine traces of the fatal text.
    pub goroutines: Vec<GoroutineTrace>,
    /// Time to check and compile, in seconds.
    pub compile_seconds: f64,
    /// Time the run took, in seconds.
    pub run_seconds: f64,
    /// Bytes the run's arena took from the system.
    pub arena_bytes: usize,
    /// Heap defer records the run allocated (reused after each call).
    pub defer_records_allocated: usize,
}

impl RunReport {
    /// The report of `outcome`, whose program took `compile` to check and compile.
    pub fn new(outcome: &Outcome, compile: std::time::Duration) -> RunReport {
        let text = outcome.panic_text.as_deref().unwrap_or("");
        let (panics, fatal_error) = panic_lines(text);
        RunReport {
            status: outcome.status,
            stdout: String::from_utf8_lossy(&outcome.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&outcome.stderr).into_owned(),
            panics,
            fatal_error,
            goroutines: goroutine_traces(text),
            compile_seconds: compile.as_secs_f64(),
            run_seconds: outcome.run_time.as_secs_f64(),
            arena_bytes: outcome.arena_bytes,
            defer_records_allocated: outcome.defer_records_allocated,
        }
    }
}

/// The `panic: ` entries (a value's later lines start with a tab) and the `fatal error:`
/// line, from the fatal text up to the first goroutine header.
fn panic_lines(text: &str) -> (Vec<PanicEntry>, Option<String>) {
    let mut panics: Vec<PanicEntry> = Vec::new();
    let mut fatal = None;
    for line in text.lines() {
        if line.starts_with("goroutine ") {
            break;
        }
        let body = line.strip_prefix('\t').unwrap_or(line);
        if let Some(v) = body.strip_prefix("panic: ") {
            let (value, recovered) = match v.strip_suffix(" [recovered]") {
                Some(v) => (v, true),
                None => (v, false),
            };
            panics.push(PanicEntry {
                value: value.to_string(),
                recovered,
            });
        } else if let Some(m) = line.strip_prefix("fatal error: ") {
            fatal = Some(m.to_string());
        } else if line.starts_with('\t') && !line.starts_with("\tpanic: ") {
            if let Some(last) = panics.last_mut() {
                // A multi-line value continues, indented by Go with a tab.
                last.value.push('\n');
                last.value.push_str(&line[1..]);
            }
        }
    }
    (panics, fatal)
}

/// `name(args)` split at the argument list's opening parenthesis (a method's receiver,
/// `main.(*T).M`, has parentheses of its own).
fn split_call(line: &str) -> Option<(&str, &str)> {
    let inner = line.strip_suffix(')')?;
    let mut depth = 0i32;
    for (i, c) in inner.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth == 0 => return Some((&inner[..i], &inner[i + 1..])),
            '(' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// `\tFILE:LINE +0xOFF` (or `\t[deferjit runtime]`).
fn location(line: &str) -> (String, u32, Option<u64>) {
    let loc = line.trim_start_matches('\t');
    let (place, offset) = match loc.rsplit_once(" +0x") {
        Some((p, off)) => (p, u64::from_str_radix(off, 16).ok()),
        None => (loc, None),
    };
    match place.rsplit_once(':') {
        Some((file, l)) if l.chars().all(|c| c.is_ascii_digit()) && !l.is_empty() => {
            (file.to_string(), l.parse().unwrap_or(0), offset)
        }
        _ => (place.to_string(), 0, offset),
    }
}

/// The goroutine traces of a fatal text.
fn goroutine_traces(text: &str) -> Vec<GoroutineTrace> {
    let mut out: Vec<GoroutineTrace> = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if let Some(rest) = line.strip_prefix("goroutine ") {
            if let Some((id, state)) = rest.strip_suffix("]:").and_then(|r| r.split_once(" [")) {
                out.push(GoroutineTrace {
                    id: id.parse().unwrap_or(0),
                    state: state.to_string(),
                    frames: Vec::new(),
                    created_by: None,
                });
            }
            continue;
        }
        let Some(g) = out.last_mut() else { continue };
        if line.is_empty() || line.starts_with('\t') {
            continue;
        }
        if let Some(creator) = line.strip_prefix("created by ") {
            g.created_by = Some(creator.to_string());
            lines.next_if(|l| l.starts_with('\t'));
            continue;
        }
        if let Some((func, args)) = split_call(line) {
            let (file, line_no, offset) = match lines.next_if(|l| l.starts_with('\t')) {
                Some(l) => location(l),
                None => (String::new(), 0, None),
            };
            g.frames.push(TraceFrame {
                func: func.to_string(),
                args: args.to_string(),
                file,
                line: line_no,
                offset,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_go_fatal_text() {
        let text = "panic: first [recovered]\n\tpanic: second\n\tline two\n\ngoroutine 1 [running]:\nmain.(*T).M(...)\n\t/tmp/x.go:8 +0x1c\nmain.main()\n\t/tmp/x.go:12 +0x20\n\ngoroutine 6 [chan receive]:\nmain.worker(0x0?)\n\t/tmp/x.go:20 +0x5\ncreated by main.main in goroutine 1\n\t/tmp/x.go:11 +0x3\n";
        let (panics, fatal) = panic_lines(text);
        assert_eq!(fatal, None);
        assert_eq!(panics.len(), 2);
        assert!(panics[0].recovered && !panics[1].recovered);
        assert_eq!(panics[1].value, "second\nline two");
        let g = goroutine_traces(text);
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].frames[0].func, "main.(*T).M");
        assert_eq!(g[0].frames[0].args, "...");
        assert_eq!(g[0].frames[0].line, 8);
        assert_eq!(g[0].frames[0].offset, Some(0x1c));
        assert_eq!(g[0].frames[1].func, "main.main");
        assert_eq!(g[1].state, "chan receive");
        assert_eq!(g[1].frames[0].args, "0x0?");
        assert_eq!(g[1].created_by.as_deref(), Some("main.main in goroutine 1"));
        let (_, fatal) = panic_lines("fatal error: stack overflow\n\ngoroutine 1 [running]:\n");
        assert_eq!(fatal.as_deref(), Some("stack overflow"));
    }
}
