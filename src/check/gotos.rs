//! `goto`: the labels of a function body and the jumps to them, with Go's rules (no jump
//! into a block, none forward over a variable declaration), and which labels are
//! targets of backward jumps, making the statements after them a loop (as gc's escape
//! analysis counts them: defers there are not open-coded, their variables not shared
//! between iterations).

use crate::syntax::ast::{self, AssignOp};
use lowering::ir::{LabelId, Pos};
use std::collections::HashMap;

/// A label of the function body.
#[derive(Clone, Debug)]
pub struct GotoLabel {
    /// The IR label the `goto`s jump to (assigned by the checker).
    pub id: Option<LabelId>,
    /// Whether a `goto` after it jumps back to it.
    pub looping: bool,
    /// Whether any `goto` names it.
    pub used: bool,
}

/// What the checker needs to know about the function body's labels and `goto`s.
#[derive(Clone, Debug, Default)]
pub struct GotoInfo {
    /// The labels, by name.
    pub labels: HashMap<String, GotoLabel>,
    /// The errors of the `goto`s: position of the label operand and the message.
    pub errors: Vec<(Pos, String)>,
    /// The labels some `break`, `continue` or `goto` of the body names.
    pub referenced: std::collections::HashSet<String>,
}

/// Where a label or `goto` sits: the blocks enclosing it (outermost first) and, in each,
/// the index of the statement holding it.
#[derive(Clone, Debug)]
struct Site {
    blocks: Vec<(u32, usize)>,
}

struct Walk {
    next_block: u32,
    path: Vec<(u32, usize)>,
    labels: HashMap<String, Site>,
    gotos: Vec<(ast::Ident, Site)>,
    /// The variable declarations of each block: statement index, first name and its
    /// position.
    decls: HashMap<u32, Vec<(usize, String, Pos)>>,
    /// Where each block starts (its `{`, or its `case`).
    starts: HashMap<u32, Pos>,
    /// Labels declared twice: the second declaration and the first's position.
    duplicates: Vec<(ast::Ident, Pos)>,
    /// Label names of `break`s and `continue`s.
    branches: Vec<String>,
    /// Where each label is declared.
    label_pos: HashMap<String, Pos>,
}

/// Analyzes the `goto`s of a function body (not entering function literals, whose
/// labels are their own); messages name positions in `file` as gc does (`./f.go:5:4`).
pub fn analyze(body: &ast::Block, file: &str) -> GotoInfo {
    if !has_labels(&body.stmts) {
        return GotoInfo::default();
    }
    let mut w = Walk {
        next_block: 0,
        path: Vec::new(),
        labels: HashMap::new(),
        gotos: Vec::new(),
        decls: HashMap::new(),
        starts: HashMap::new(),
        duplicates: Vec::new(),
        branches: Vec::new(),
        label_pos: HashMap::new(),
    };
    w.list(&body.stmts, body.lbrace);
    let base = std::path::Path::new(file)
        .file_name()
        .map_or(file.to_string(), |n| n.to_string_lossy().into_owned());
    let at = |p: Pos| format!("./{base}:{}:{}", p.line, p.col);
    let mut info = GotoInfo::default();
    for (l, first) in &w.duplicates {
        info.errors.push((
            l.pos,
            format!("label {} already defined at {}", l.name, at(*first)),
        ));
    }
    info.referenced.extend(w.branches.iter().cloned());
    info.referenced
        .extend(w.gotos.iter().map(|(l, _)| l.name.clone()));
    for name in w.labels.keys() {
        info.labels.insert(
            name.clone(),
            GotoLabel {
                id: None,
                looping: false,
                used: false,
            },
        );
    }
    for (label, site) in &w.gotos {
        let name = &label.name;
        let Some(target) = w.labels.get(name) else {
            info.errors
                .push((label.pos, format!("label {name} not defined")));
            continue;
        };
        if let Some(l) = info.labels.get_mut(name) {
            l.used = true;
        }
        // The label's block must enclose the goto.
        let depth = target.blocks.len();
        let (lblock, lidx) = target.blocks[depth - 1];
        let encloses = site.blocks.len() >= depth
            && site.blocks[..depth - 1] == target.blocks[..depth - 1]
            && site.blocks[depth - 1].0 == lblock;
        if !encloses {
            // The outermost block holding the label that does not hold the goto.
            let common = target
                .blocks
                .iter()
                .zip(&site.blocks)
                .take_while(|(a, b)| a.0 == b.0)
                .count();
            let inner = target.blocks[common.min(depth - 1)].0;
            let start = w.starts.get(&inner).copied().unwrap_or(label.pos);
            info.errors.push((
                label.pos,
                format!("goto {name} jumps into block starting at {}", at(start)),
            ));
            continue;
        }
        let gidx = site.blocks[depth - 1].1;
        if lidx <= gidx {
            if let Some(l) = info.labels.get_mut(name) {
                l.looping = true;
            }
            continue;
        }
        // Forward: no variable declaration of the label's block in between.
        // gc names the last declaration before the label.
        let over = w.decls.get(&lblock).and_then(|ds| {
            ds.iter()
                .filter(|(i, _, _)| *i > gidx && *i < lidx)
                .map(|(_, n, p)| (n.clone(), *p))
                .last()
        });
        if let Some((var, p)) = over {
            info.errors.push((
                label.pos,
                format!("goto {name} jumps over declaration of {var} at {}", at(p)),
            ));
        }
    }
    info
}

impl Walk {
    fn list(&mut self, stmts: &[ast::Stmt], start: Pos) {
        let id = self.next_block;
        self.next_block += 1;
        self.starts.insert(id, start);
        for (i, s) in stmts.iter().enumerate() {
            self.path.push((id, i));
            self.stmt(s, id, i);
            self.path.pop();
        }
    }

    fn site(&self) -> Site {
        Site {
            blocks: self.path.clone(),
        }
    }

    fn stmt(&mut self, s: &ast::Stmt, block: u32, index: usize) {
        source::stack::grow(|| self.stmt_here(s, block, index))
    }

    fn stmt_here(&mut self, s: &ast::Stmt, block: u32, index: usize) {
        match s {
            ast::Stmt::Labeled { label, stmt } => {
                if label.name != "_" {
                    if let Some(first) = self.label_pos.get(&label.name) {
                        self.duplicates.push((label.clone(), *first));
                    } else {
                        self.label_pos.insert(label.name.clone(), label.pos);
                        self.labels.insert(label.name.clone(), self.site());
                    }
                }
                self.stmt(stmt, block, index);
            }
            ast::Stmt::Break { label: Some(l), .. }
            | ast::Stmt::Continue { label: Some(l), .. } => {
                self.branches.push(l.name.clone());
            }
            ast::Stmt::Goto { label, .. } => self.gotos.push((label.clone(), self.site())),
            ast::Stmt::Var(specs, pos) => {
                if let Some(n) = specs.first().and_then(|s| s.names.first()) {
                    self.decls
                        .entry(block)
                        .or_default()
                        .push((index, n.name.clone(), n.pos));
                } else {
                    let _ = pos;
                }
            }
            ast::Stmt::Assign {
                op: AssignOp::Define,
                lhs,
                pos,
                ..
            } => {
                // gc names the first variable and the position of the `:=`.
                if let Some(e) = lhs.first() {
                    let name = ast::expr_string(e);
                    self.decls
                        .entry(block)
                        .or_default()
                        .push((index, name, *pos));
                }
            }
            ast::Stmt::Block(b) => self.list(&b.stmts, b.lbrace),
            ast::Stmt::If { then, els, .. } => {
                self.list(&then.stmts, then.lbrace);
                if let Some(e) = els {
                    self.nested(e);
                }
            }
            ast::Stmt::For { body, .. } | ast::Stmt::Range { body, .. } => {
                self.list(&body.stmts, body.lbrace)
            }
            ast::Stmt::Switch { clauses, .. } | ast::Stmt::TypeSwitch { clauses, .. } => {
                for c in clauses {
                    self.list(&c.body, c.pos);
                }
            }
            ast::Stmt::Select { clauses, .. } => {
                for c in clauses {
                    self.list(&c.body, c.pos);
                }
            }
            _ => {}
        }
    }

    /// An `else` branch: a block, or an `if` in a block of its own.
    fn nested(&mut self, s: &ast::Stmt) {
        match s {
            ast::Stmt::Block(b) => self.list(&b.stmts, b.lbrace),
            other => self.list(std::slice::from_ref(other), other.pos()),
        }
    }
}

/// Whether any statement of `stmts` (nested ones included, function literals not) is
/// labeled or a `goto`: most functions have none, and skip the analysis.
fn has_labels(stmts: &[ast::Stmt]) -> bool {
    stmts.iter().any(|s| match s {
        ast::Stmt::Labeled { .. } | ast::Stmt::Goto { .. } => true,
        ast::Stmt::Block(b) => has_labels(&b.stmts),
        ast::Stmt::If { then, els, .. } => {
            has_labels(&then.stmts)
                || els
                    .as_deref()
                    .is_some_and(|e| has_labels(std::slice::from_ref(e)))
        }
        ast::Stmt::For { body, .. } | ast::Stmt::Range { body, .. } => has_labels(&body.stmts),
        ast::Stmt::Switch { clauses, .. } | ast::Stmt::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| has_labels(&c.body))
        }
        ast::Stmt::Select { clauses, .. } => clauses.iter().any(|c| has_labels(&c.body)),
        _ => false,
    })
}
