//! What every part of a dump shares: names of the addresses in this process (runtime
//! symbols, type descriptors, compiled code), the masking of unnamed ones, and colours.

use super::asm::read_maps;
use super::clif::clif_names;
use super::DumpOptions;
use crate::Program;
use std::collections::HashMap;

pub(super) struct Context<'p> {
    pub(super) program: &'p Program,
    pub(super) opts: &'p DumpOptions,
    /// Absolute addresses with a name: runtime symbols, type descriptors, compiled code.
    pub(super) known: HashMap<u64, String>,
    /// Mapped address ranges of this process, to mask addresses nobody named.
    pub(super) maps: Vec<(u64, u64)>,
    /// Module function ids (`u0:N` in CLIF) and data ids (`u1:N`) by name.
    pub(super) clif_names: HashMap<(u32, u32), String>,
}

pub(super) const BOLD: &str = "\x1b[1m";
pub(super) const DIM: &str = "\x1b[2m";
pub(super) const GREEN: &str = "\x1b[32m";
pub(super) const YELLOW: &str = "\x1b[33m";
pub(super) const CYAN: &str = "\x1b[36m";
pub(super) const RESET: &str = "\x1b[0m";

impl<'p> Context<'p> {
    pub(super) fn new(program: &'p Program, opts: &'p DumpOptions) -> Context<'p> {
        let mut known = HashMap::new();
        for (name, addr) in runtime::symbols::symbols() {
            known.insert(addr as u64, name.to_string());
        }
        for (d, n) in [
            (&runtime::types::INT, "int"),
            (&runtime::types::BOOL, "bool"),
            (&runtime::types::STRING, "string"),
            (&runtime::types::ERROR, "error"),
            (&runtime::types::ANY, "interface {}"),
        ] {
            known.insert(runtime::types::addr(d) as u64, format!("type:{n}"));
        }
        for (f, start) in &program.code().funcs {
            known.insert(*start as u64, f.name.clone());
        }
        Context {
            program,
            opts,
            known,
            maps: read_maps(),
            clif_names: clif_names(program),
        }
    }

    pub(super) fn paint(&self, color: &str, text: &str) -> String {
        if self.opts.color && !text.is_empty() {
            format!("{color}{text}{RESET}")
        } else {
            text.to_string()
        }
    }

    /// The name (or mask) of an absolute value that is an address in this process; `None`
    /// for a plain number.
    pub(super) fn address_name(&self, v: u64) -> Option<String> {
        if let Some(n) = self.known.get(&v) {
            return Some(n.clone());
        }
        if v >= 0x10000 && self.maps.iter().any(|&(lo, hi)| v >= lo && v < hi) {
            return Some("<addr>".into());
        }
        None
    }

    // -----------------------------------------------------------------------------------
}

pub(super) fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Byte index of a `;` comment in a CLIF line, if any.
pub(super) fn comment_start(line: &str) -> Option<usize> {
    line.find("  ; ").map(|i| i + 2)
}

pub(super) fn fp_off(off: i32) -> String {
    format!("FP{}", signed_hex(off as i64))
}

pub(super) fn signed_hex(v: i64) -> String {
    if v < 0 {
        format!("-{:#x}", -v)
    } else {
        format!("+{v:#x}")
    }
}
