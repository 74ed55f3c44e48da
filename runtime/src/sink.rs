//! Output sinks of a run: captured into buffers (library) or written straight to the
//! process's fd 1/2 (CLI streaming), unbuffered like Go except that a `print`/`println`
//! line is gathered and written whole so concurrent streaming runs never interleave
//! within a line.
//!
//! A run with a deadline never stays blocked here: its watchdog's signal interrupts a
//! `write(2)` that cannot proceed (stdout a pipe nobody reads) or the wait for another
//! run's write, and once the deadline has passed the run's output is dropped. Fatal
//! reports are written with [`write_raw`]: no lock, no allocation, and a bounded wait.

use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

/// Where a run's output goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Output {
    /// Collect stdout and stderr into the [`RunOutcome`](crate::run::RunOutcome).
    #[default]
    Capture,
    /// Write to the process's fd 1 and 2 as the program runs.
    Stream,
    /// Collect stderr into the same buffer as stdout, in the order written (what
    /// `go test` shows: the test binary's two streams on one).
    CaptureMerged,
    /// Write stdout and stderr both to the process's fd 1 as the program runs, and keep
    /// a copy of what was written in the stdout buffer (as the go command reads a test
    /// binary's output while it shows it).
    StreamMerged,
}

impl Output {
    /// Whether output is collected into buffers rather than written as it comes.
    pub fn captures(self) -> bool {
        matches!(self, Output::Capture | Output::CaptureMerged)
    }

    /// Whether stderr goes where stdout goes.
    pub fn merges(self) -> bool {
        matches!(self, Output::CaptureMerged | Output::StreamMerged)
    }

    /// The descriptor streamed stderr is written to.
    fn stderr_fd(self) -> i32 {
        if self.merges() {
            1
        } else {
            2
        }
    }
}

static STREAM_LOCK: Mutex<()> = Mutex::new(());

/// How long a fatal report waits, in all, for a full pipe to take it.
const REPORT_WAIT_MS: i32 = 250;

/// The stdout/stderr of one run.
pub struct Sinks {
    mode: Output,
    /// What the program wrote to stdout (captured mode).
    pub stdout: Vec<u8>,
    /// What the program wrote to stderr (captured mode).
    pub stderr: Vec<u8>,
    /// Streaming: a `print` line not yet ended by a newline.
    pending_err: Vec<u8>,
    /// While package testing runs an example: what the program writes to stdout,
    /// held back from it (`divert_stdout`).
    diverted: Option<Vec<u8>>,
}

/// Whether the current thread runs a program whose deadline has passed.
fn deadline_passed() -> bool {
    let g = crate::goroutine::try_current();
    // SAFETY: this thread's live goroutine; reads of its shared deadline state.
    !g.is_null()
        && unsafe { (*(*g).run).control.as_ref() }
            .is_some_and(|c| c.timed_out.load(std::sync::atomic::Ordering::Acquire))
}

/// Whether the current thread runs a program with a deadline.
fn has_deadline() -> bool {
    let g = crate::goroutine::try_current();
    // SAFETY: this thread's live goroutine; a read of its own field.
    !g.is_null() && unsafe { (*(*g).run).control.is_some() }
}

/// The stream lock, or `None` when the run's deadline passes while another run holds it
/// (that run may be blocked on a pipe nobody reads).
fn lock_stream() -> Option<MutexGuard<'static, ()>> {
    if !has_deadline() {
        return Some(STREAM_LOCK.lock().unwrap_or_else(|e| e.into_inner()));
    }
    loop {
        match STREAM_LOCK.try_lock() {
            Ok(g) => return Some(g),
            Err(std::sync::TryLockError::Poisoned(e)) => return Some(e.into_inner()),
            Err(std::sync::TryLockError::WouldBlock) => {
                if deadline_passed() {
                    return None;
                }
                std::thread::sleep(Duration::from_micros(200));
            }
        }
    }
}

fn write_fd(fd: i32, mut buf: &[u8]) {
    if deadline_passed() {
        return;
    }
    let Some(_guard) = lock_stream() else {
        return;
    };
    while !buf.is_empty() {
        // SAFETY: writes from a valid buffer of the given length.
        let n = unsafe { libc::write(fd, buf.as_ptr().cast(), buf.len()) };
        if n < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted
                && !deadline_passed()
            {
                continue;
            }
            return;
        }
        buf = &buf[n as usize..];
        if deadline_passed() {
            return;
        }
    }
}

/// Writes `buf` to `fd` without locking or allocating, waiting at most `*budget_ms`
/// milliseconds in all for the descriptor to take it (the budget is shared by a series of
/// writes); gives up on errors. Safe in a signal handler.
pub fn write_raw(fd: i32, mut buf: &[u8], budget_ms: &mut i32) {
    while !buf.is_empty() {
        // SAFETY: writes from a valid buffer of the given length.
        let n = unsafe { libc::write(fd, buf.as_ptr().cast(), buf.len()) };
        if n > 0 {
            buf = &buf[n as usize..];
            continue;
        }
        // SAFETY: reads this thread's errno.
        let err = unsafe { *libc::__errno_location() };
        if n == 0 || !(err == libc::EINTR || err == libc::EAGAIN) || *budget_ms <= 0 {
            return;
        }
        let mut p = libc::pollfd {
            fd,
            events: libc::POLLOUT,
            revents: 0,
        };
        // SAFETY: polls one valid pollfd for at most 10 ms.
        unsafe { libc::poll(&mut p, 1, 10) };
        *budget_ms -= 10;
    }
}

impl Sinks {
    /// Empty sinks that stream or capture as `mode` says.
    pub fn new(mode: Output) -> Sinks {
        Sinks {
            mode,
            stdout: Vec::new(),
            stderr: Vec::new(),
            pending_err: Vec::new(),
            diverted: None,
        }
    }

    /// Whether output is captured (rather than streamed).
    pub fn captures(&self) -> bool {
        self.mode.captures()
    }

    /// One write to stdout (fmt.Print*).
    pub fn stdout(&mut self, b: &[u8]) {
        if let Some(d) = &mut self.diverted {
            d.extend_from_slice(b);
            return;
        }
        if self.mode.captures() {
            self.stdout.extend_from_slice(b);
        } else {
            self.flush();
            write_fd(1, b);
            if self.mode == Output::StreamMerged {
                self.stdout.extend_from_slice(b);
            }
        }
    }

    /// A piece of builtin print/println output (stderr).
    pub fn stderr(&mut self, b: &[u8]) {
        match self.mode {
            Output::Capture => self.stderr.extend_from_slice(b),
            Output::CaptureMerged => self.stdout.extend_from_slice(b),
            Output::Stream | Output::StreamMerged => {
                self.pending_err.extend_from_slice(b);
                if b.contains(&b'\n') || self.pending_err.len() >= 4096 {
                    self.flush();
                }
            }
        }
    }

    /// From now on, stdout writes are kept in a buffer instead (package testing running an
    /// example, as Go's swaps `os.Stdout` for a pipe); what an earlier diversion kept is
    /// dropped.
    pub fn divert_stdout(&mut self) {
        self.diverted = Some(Vec::new());
    }

    /// Ends the diversion, returning what was written meanwhile.
    pub fn restore_stdout(&mut self) -> Vec<u8> {
        self.diverted.take().unwrap_or_default()
    }

    /// Writes out a pending stderr line (streaming).
    pub fn flush(&mut self) {
        if !self.pending_err.is_empty() {
            write_fd(self.mode.stderr_fd(), &self.pending_err);
            if self.mode == Output::StreamMerged {
                self.stdout.extend_from_slice(&self.pending_err);
            }
            self.pending_err.clear();
        }
    }

    /// Keeps a fatal report that [`Sinks::write_report`] streamed (or did not) where the
    /// run's captured output belongs: at the end of stderr (captured), of the merged
    /// buffer, or of the streamed copy (`StreamMerged`).
    pub fn keep_report(&mut self, report: &[u8]) {
        match self.mode {
            Output::Capture => self.stderr.extend_from_slice(report),
            Output::CaptureMerged | Output::StreamMerged => self.stdout.extend_from_slice(report),
            Output::Stream => {}
        }
    }

    /// Streaming: writes the pending stderr line, then `report`, with [`write_raw`]
    /// (no lock, no allocation, bounded wait); capturing: nothing (the run's end appends
    /// the report to the captured stderr). Safe in a signal handler when the interrupted
    /// code is not this run's own output code.
    pub fn write_report(&mut self, report: &[u8]) {
        if !self.mode.captures() {
            let fd = self.mode.stderr_fd();
            let mut budget = REPORT_WAIT_MS;
            write_raw(fd, &self.pending_err, &mut budget);
            self.pending_err.clear();
            write_raw(fd, report, &mut budget);
        }
    }
}

/// Room for a fatal report: a few header lines and 100 trace frames with long names.
const REPORT_CAPACITY: usize = 64 * 1024;

/// A fatal report: text written into a buffer allocated with the run, never grown
/// (text past its capacity is dropped).
pub struct Report {
    buf: Vec<u8>,
    /// A report was written and not yet handed over (see `Session::finish_call`).
    pub ready: bool,
}

impl Default for Report {
    fn default() -> Self {
        Report::new()
    }
}

impl Report {
    /// An empty report.
    pub fn new() -> Report {
        Report {
            buf: Vec::with_capacity(REPORT_CAPACITY),
            ready: false,
        }
    }

    /// Starts a new report (keeps the buffer).
    pub fn clear(&mut self) {
        self.buf.clear();
        self.ready = false;
    }

    /// The report written so far.
    pub fn as_bytes(&self) -> &[u8] {
        &self.buf
    }
}

impl std::fmt::Write for Report {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let room = self.buf.capacity() - self.buf.len();
        let n = room.min(s.len());
        // Within the capacity: never reallocates.
        self.buf.extend_from_slice(&s.as_bytes()[..n]);
        Ok(())
    }
}
