//! The optimized Cranelift IR of a function: addresses masked or named, module ids
//! named (`u0:5` is `main.f`), keyed stack slots explained, source lines in decimal.

use super::render::{comment_start, is_ident, Context, CYAN, GREEN, YELLOW};
use crate::Program;
use lowering::CompiledFunc;
use std::collections::HashMap;
use std::fmt::Write as _;

impl Context<'_> {
    pub(super) fn clif(&self, f: &CompiledFunc) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{}",
            self.paint(CYAN, "---- Cranelift IR after optimization ----")
        );
        let text = f.clif.as_deref().unwrap_or("");
        let lines: Vec<String> = text
            .lines()
            .map(|l| self.name_clif_decl(&self.mask_clif_line(l)))
            .collect();
        for line in lines {
            let line = decimal_srcloc(&line);
            let trimmed = line.trim_start();
            if trimmed.starts_with(';') {
                let color = if trimmed.starts_with("; landing pad") {
                    YELLOW
                } else {
                    GREEN
                };
                let _ = writeln!(s, "{}", self.paint(color, &line));
            } else if let Some(i) = comment_start(&line) {
                let (code, comment) = line.split_at(i);
                let _ = writeln!(s, "{code}{}", self.paint(GREEN, comment));
            } else {
                let _ = writeln!(s, "{line}");
            }
        }
        s
    }

    /// Replaces hex literals that are addresses in this process by their name or `<addr>`.
    pub(super) fn mask_clif_line(&self, line: &str) -> String {
        if self.opts.addresses {
            return line.to_string();
        }
        let mut out = String::with_capacity(line.len());
        let b = line.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'0'
                && i + 1 < b.len()
                && b[i + 1] == b'x'
                && (i == 0 || !is_ident(b[i - 1]))
            {
                let mut j = i + 2;
                while j < b.len() && (b[j].is_ascii_hexdigit() || b[j] == b'_') {
                    j += 1;
                }
                let digits: String = line[i + 2..j].chars().filter(|c| *c != '_').collect();
                if let Ok(v) = u64::from_str_radix(&digits, 16) {
                    if let Some(name) = self.address_name(v) {
                        let name = if name.starts_with('<') {
                            name
                        } else {
                            format!("<{name}>")
                        };
                        out.push_str(&name);
                        i = j;
                        continue;
                    }
                }
                out.push_str(&line[i..j]);
                i = j;
                continue;
            }
            let ch = line[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8();
        }
        out
    }

    /// `fn0 = colocated u0:5 sig0` gets `; main.f`, `function u0:3(...)` its name, and the
    /// keyed stack slots what they are.
    pub(super) fn name_clif_decl(&self, line: &str) -> String {
        let t = line.trim_start();
        if t.starts_with("ss") && t.contains("explicit_slot") {
            if let Some(key) = t
                .rsplit_once("key = ")
                .and_then(|(_, k)| k.trim().parse::<u64>().ok())
            {
                let what = match lowering::FrameSlotKind::from_key(key) {
                    lowering::FrameSlotKind::DeferBits => "deferBits".to_string(),
                    lowering::FrameSlotKind::ResumeLine => {
                        "resume line (set by the runtime when it resumes this frame)".to_string()
                    }
                    lowering::FrameSlotKind::OpenClosure(i) => {
                        format!("closure slot {i} (closure object of defer {i})")
                    }
                    lowering::FrameSlotKind::StackRecord(i) => {
                        format!("stack record of defer {i}")
                    }
                };
                return format!("{line}  ; {what}");
            }
            return line.to_string();
        }
        if let Some(rest) = t.strip_prefix("function u") {
            if let Some((ns, idx)) = rest.split('(').next().and_then(|x| x.split_once(':')) {
                if let (Ok(ns), Ok(idx)) = (ns.parse::<u32>(), idx.parse::<u32>()) {
                    if let Some(n) = self.clif_names.get(&(ns, idx)) {
                        return format!("{line}  ; {n}");
                    }
                }
            }
            return line.to_string();
        }
        if !(t.starts_with("fn") || t.starts_with("gv"))
            || !t.contains(" = ")
            || comment_start(line).is_some()
        {
            return line.to_string();
        }
        for word in t.split_whitespace() {
            if let Some(rest) = word.strip_prefix('u') {
                if let Some((ns, idx)) = rest.split_once(':') {
                    if let (Ok(ns), Ok(idx)) =
                        (ns.parse::<u32>(), idx.trim_end_matches(',').parse::<u32>())
                    {
                        if let Some(n) = self.clif_names.get(&(ns, idx)) {
                            return format!("{line}  ; {n}");
                        }
                    }
                }
            }
        }
        line.to_string()
    }

    // -----------------------------------------------------------------------------------
}

/// CLIF prints a source location as 4 hex digits (`@0012`); ours are line numbers, so
/// show them in decimal (`L18  `), keeping the column.
pub(super) fn decimal_srcloc(line: &str) -> String {
    let t = line.trim_start();
    let indent = line.len() - t.len();
    if let Some(rest) = t.strip_prefix('@') {
        let hex: String = rest.chars().take_while(|c| c.is_ascii_hexdigit()).collect();
        if hex.len() >= 4 && rest[hex.len()..].starts_with(' ') {
            if let Ok(v) = u32::from_str_radix(&hex, 16) {
                let tag = format!("L{v:<width$}", width = hex.len());
                return format!("{}{tag}{}", &line[..indent], &rest[hex.len()..]);
            }
        }
    }
    line.to_string()
}

/// Names of the module's function (`u0:N`) and data (`u1:N`) ids, as the lowering declares
/// them: Go functions, then each runtime import followed by its stub, then the
/// trampolines; data: each Go function's static closure, then the globals. Import names
/// are only given when the stub ids confirm that order.
pub(super) fn clif_names(program: &Program) -> HashMap<(u32, u32), String> {
    let mut m = HashMap::new();
    let code = program.code();
    for (f, _) in &code.funcs {
        m.insert((0, f.id.as_u32()), f.name.clone());
    }
    let ir = program.ir();
    let mut id = ir.funcs.len() as u32;
    let mut imports = Vec::new();
    let mut consistent = true;
    for rf in runtime::abi::RUNTIME_FUNCTIONS {
        imports.push((id, rf.name.to_string()));
        id += 1;
        // Stubs of entries that cannot panic are compiled only when called.
        let stub = format!("{}.stub", rf.name);
        if m.get(&(0, id)).is_some_and(|n| *n != stub) {
            consistent = false;
        }
        id += 1;
    }
    if consistent {
        for (id, name) in imports {
            m.entry((0, id)).or_insert(name);
        }
    }
    for (i, f) in ir.funcs.iter().enumerate() {
        m.insert((1, i as u32), format!("{}·f", f.name));
    }
    for (i, g) in ir.globals.iter().enumerate() {
        m.insert((1, (ir.funcs.len() + i) as u32), format!("main.{}", g.name));
    }
    m
}
