//! The operating-system state of one run (see `host` for the entries that use it): its
//! command line, environment, standard input, and the file descriptors it opened, which
//! are closed when the run ends.

use std::sync::Arc;

/// What a run reads from `os.Stdin`.
#[derive(Clone, Debug, Default)]
pub enum Stdin {
    /// Nothing: the first read returns `io.EOF`.
    #[default]
    Empty,
    /// These bytes, then `io.EOF`.
    Bytes(Arc<[u8]>),
    /// The process's own standard input (the CLI's `deferjit run`).
    Inherit,
}

/// The operating-system state of one run.
#[derive(Debug, Default)]
pub struct Host {
    /// `os.Args`.
    pub args: Vec<String>,
    /// The environment as `KEY=VALUE` entries, in order.
    pub env: Vec<String>,
    pub(crate) stdin: Stdin,
    /// How much of `Stdin::Bytes` has been read.
    pub(crate) stdin_pos: usize,
    /// The descriptors this run opened and has not closed.
    pub(crate) fds: Vec<i32>,
    /// `runtime.GOMAXPROCS`: from the run's `GOMAXPROCS` variable as Go reads it at
    /// start-up (a positive number), else the number of CPUs. It schedules nothing (one
    /// thread runs the goroutines) but is what the program reads back.
    pub gomaxprocs: i64,
}

impl Host {
    /// The state for a run with these arguments, environment (`None`: a copy of the
    /// process's, taken now) and input.
    pub fn new(args: Vec<String>, env: Option<Vec<String>>, stdin: Stdin) -> Host {
        let env = env.unwrap_or_else(|| {
            std::env::vars_os()
                .map(|(k, v)| format!("{}={}", k.to_string_lossy(), v.to_string_lossy()))
                .collect()
        });
        let gomaxprocs = env
            .iter()
            .find_map(|e| e.strip_prefix("GOMAXPROCS="))
            .and_then(|v| v.parse::<i64>().ok())
            .filter(|&n| n > 0)
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get() as i64));
        Host {
            args,
            env,
            stdin,
            stdin_pos: 0,
            fds: Vec::new(),
            gomaxprocs,
        }
    }

    /// Whether `fd` is one of the files the run opened.
    pub(crate) fn owns(&self, fd: i64) -> bool {
        fd > 2 && self.fds.contains(&(fd as i32))
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        for &fd in &self.fds {
            // SAFETY: a descriptor this run opened and never closed.
            unsafe { libc::close(fd) };
        }
    }
}
