//! Output sinks of a run: captured into buffers (library) or written straight to the
//! process's fd 1/2 (CLI streaming), unbuffered like Go except that a `print`/`println`
//! line is gathered and written whole so concurrent streaming runs never interleave
//! within a line.

use std::sync::Mutex;

/// Where a run's output goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Output {
    /// Collect stdout and stderr into the [`RunOutcome`](crate::run::RunOutcome).
    #[default]
    Capture,
    /// Write to the process's fd 1 and 2 as the program runs.
    Stream,
}

static STREAM_LOCK: Mutex<()> = Mutex::new(());

/// The stdout/stderr of one run.
pub struct Sinks {
    mode: Output,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Streaming: a `print` line not yet ended by a newline.
    pending_err: Vec<u8>,
}

fn write_fd(fd: i32, mut buf: &[u8]) {
    let _guard = STREAM_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    while !buf.is_empty() {
        // SAFETY: writes from a valid buffer of the given length.
        let n = unsafe { libc::write(fd, buf.as_ptr().cast(), buf.len()) };
        if n < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return;
        }
        buf = &buf[n as usize..];
    }
}

impl Sinks {
    pub fn new(mode: Output) -> Sinks {
        Sinks {
            mode,
            stdout: Vec::new(),
            stderr: Vec::new(),
            pending_err: Vec::new(),
        }
    }

    /// One write to stdout (fmt.Print*).
    pub fn stdout(&mut self, b: &[u8]) {
        match self.mode {
            Output::Capture => self.stdout.extend_from_slice(b),
            Output::Stream => {
                self.flush();
                write_fd(1, b);
            }
        }
    }

    /// A piece of builtin print/println output (stderr).
    pub fn stderr(&mut self, b: &[u8]) {
        match self.mode {
            Output::Capture => self.stderr.extend_from_slice(b),
            Output::Stream => {
                self.pending_err.extend_from_slice(b);
                if b.contains(&b'\n') || self.pending_err.len() >= 4096 {
                    self.flush();
                }
            }
        }
    }

    /// Writes out a pending stderr line (streaming).
    pub fn flush(&mut self) {
        if !self.pending_err.is_empty() {
            let buf = std::mem::take(&mut self.pending_err);
            write_fd(2, &buf);
        }
    }
}
