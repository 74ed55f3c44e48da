//! Annotated CLIF text: the optimized function with a `; line N` comment where the source
//! line changes and, after each defer-related instruction, what it does (zero deferBits,
//! set bit 2, test/clear bit 0 at exit, push stack record, landing pad, ...).

use cranelift_codegen::entity::SecondaryMap;
use cranelift_codegen::ir::{Block, Function, Inst, Value};
use cranelift_codegen::write::{decorate_function, FuncWriter, PlainWriter};
use std::collections::HashMap;
use std::fmt::{self, Write};

/// Notes attached to instructions by the lowering.
pub type Notes = HashMap<Inst, Vec<String>>;

struct AnnotatedWriter<'a> {
    notes: &'a Notes,
    block_notes: &'a HashMap<Block, String>,
    last_line: Option<u32>,
}

impl FuncWriter for AnnotatedWriter<'_> {
    fn write_block_header(
        &mut self,
        w: &mut dyn Write,
        func: &Function,
        block: Block,
        indent: usize,
    ) -> fmt::Result {
        if let Some(n) = self.block_notes.get(&block) {
            writeln!(w, "; {n}")?;
        }
        self.last_line = None;
        PlainWriter.write_block_header(w, func, block, indent)
    }

    fn write_instruction(
        &mut self,
        w: &mut dyn Write,
        func: &Function,
        aliases: &SecondaryMap<Value, Vec<Value>>,
        inst: Inst,
        indent: usize,
    ) -> fmt::Result {
        let loc = func.srcloc(inst);
        if !loc.is_default() && self.last_line != Some(loc.bits()) {
            self.last_line = Some(loc.bits());
            writeln!(w, "{:indent$}; line {}", "", loc.bits(), indent = indent)?;
        }
        let mut text = String::new();
        PlainWriter.write_instruction(&mut text, func, aliases, inst, indent)?;
        match self.notes.get(&inst) {
            Some(notes) => {
                let line = text.trim_end_matches('\n');
                writeln!(w, "{line}  ; {}", notes.join("; "))
            }
            None => w.write_str(&text),
        }
    }
}

/// The CLIF text of `func` with source lines and the lowering's notes.
pub fn annotated_clif(
    func: &Function,
    notes: &Notes,
    block_notes: &HashMap<Block, String>,
) -> String {
    let mut s = String::new();
    let mut writer = AnnotatedWriter {
        notes,
        block_notes,
        last_line: None,
    };
    decorate_function(&mut writer, &mut s, func).expect("writing to a String cannot fail");
    s
}
