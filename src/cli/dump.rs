//! `deferjit dump`: compiles a file keeping the optimized CLIF and machine code, and prints
//! them annotated (the work is done by the library's `deferjit::inspect`).

use super::{read_source, Strategy};
use clap::Args;
use deferjit::inspect::{dump, DumpError, DumpOptions};
use deferjit::{Options, Program};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct DumpArgs {
    /// The Go source file
    pub file: PathBuf,
    /// Only this function (gc's name, e.g. main.main.func1)
    #[arg(long = "func", value_name = "NAME")]
    pub func: Option<String>,
    /// Defer strategy for every function
    #[arg(long = "defer", value_enum, default_value = "auto")]
    pub strategy: Strategy,
    /// Print the Cranelift IR after optimization (default: both --clif and --asm)
    #[arg(long)]
    pub clif: bool,
    /// Print the disassembled machine code (default: both --clif and --asm)
    #[arg(long)]
    pub asm: bool,
    /// Show absolute addresses (output then differs from run to run)
    #[arg(long)]
    pub addresses: bool,
    /// Show the code as `deferjit trace` compiles it: with the calls that report defers,
    /// exits and recover() to the runtime
    #[arg(long)]
    pub trace_instrumented: bool,
}

pub fn main(a: DumpArgs) -> ExitCode {
    let (name, src) = match read_source(&a.file) {
        Ok(x) => x,
        Err(c) => return c,
    };
    let opts = Options {
        defer: a.strategy.into(),
        keep_text: true,
        trace: a.trace_instrumented.then_some(0),
        ..Options::default()
    };
    let program = match Program::compile(&name, &src, &opts) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let dopts = DumpOptions {
        func: a.func.clone(),
        clif: a.clif,
        asm: a.asm,
        addresses: a.addresses,
        color,
    };
    match dump(&program, &dopts) {
        Ok(text) => {
            let mut out = std::io::stdout().lock();
            if a.trace_instrumented {
                let _ = writeln!(
                    out,
                    "; compiled with trace instrumentation, as `deferjit trace` runs it: the calls noted `trace:` are not in the code `deferjit run` runs\n"
                );
            }
            // A closed pipe (`| head`) is not an error worth a message.
            let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
            ExitCode::SUCCESS
        }
        Err(e @ DumpError::NoSuchFunction { .. }) => {
            eprintln!("deferjit dump: {e}");
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("deferjit dump: {e}");
            ExitCode::from(1)
        }
    }
}
