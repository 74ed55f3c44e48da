//! Lowering of one Go function: its signature, locals (SSA variables, frame slots, arena
//! boxes, closure environment slots), statements and control flow.
//!
//! Expressions are in `expr.rs`, calls (plain or `try_call` to the landing pad) in
//! `calls.rs`, and everything about defers (deferBits, closure slots, records, exits and
//! the landing pad) in `defers.rs`; they are `impl` blocks of [`FnLowerer`].

use crate::context::Shared;
use crate::defer_state::FrameState;
use crate::ir::{self, Block as IrBlock, FuncId, LValue, LocalId, Stmt, Storage, Type};
use crate::layout::{self, closure_layout};
use cranelift_codegen::ir::Opcode;
use cranelift_codegen::ir::{
    types, Block, FuncRef, GlobalValue, InstBuilder, MemFlagsData, SourceLoc, StackSlot,
    StackSlotData, StackSlotKind, Value,
};
use cranelift_frontend::{FunctionBuilder, Variable};
use cranelift_module::Module;
use std::collections::HashMap;

/// Where a local lives, in Cranelift terms.
#[derive(Clone, Debug)]
pub(crate) enum LocalHome {
    /// One SSA variable per word.
    Vars(Vec<Variable>),
    /// A stack slot holding the value.
    Slot(StackSlot),
    /// An arena box whose address is in an SSA variable.
    BoxInVar(Variable),
    /// An arena box whose address is in a stack slot (functions with a landing pad, which
    /// may only read memory).
    BoxInSlot(StackSlot),
    /// In the closure environment at this byte offset from the closure pointer.
    Env { offset: i32, by_ref: bool },
}

/// Break and continue targets of a loop or switch.
#[derive(Clone, Copy)]
pub(crate) struct Targets {
    pub brk: Block,
    pub cont: Option<Block>,
}

/// Lowers one function body into a `FunctionBuilder`.
pub(crate) struct FnLowerer<'a, 'b, 'm> {
    pub b: FunctionBuilder<'b>,
    pub module: &'m mut dyn Module,
    pub shared: &'a Shared<'a>,
    pub func: &'a ir::Func,
    pub homes: Vec<LocalHome>,
    /// The hidden closure parameter.
    pub closure: Value,
    pub targets: HashMap<ir::LabelId, Targets>,
    /// The block of each `goto` label, created at its first `goto` or at the label.
    pub goto_blocks: HashMap<ir::LabelId, Block>,
    pub func_refs: HashMap<cranelift_module::FuncId, FuncRef>,
    pub global_values: HashMap<cranelift_module::DataId, GlobalValue>,
    /// Values the lowering knows never point into the collected heap (defer record
    /// pointers: records live in the runtime's record arena, which the collector scans
    /// itself): left out of the stack maps, so that they stay in registers across calls.
    pub not_heap: std::collections::HashSet<Value>,
    /// Values some expression of a type without pointers evaluated to (an `int`, a
    /// `float64`), and values some expression of a type with pointers evaluated to: those
    /// only in the first set are numbers, left out of the stack maps (see
    /// [`FnLowerer::declare_stack_map_values`]).
    pub numbers: std::collections::HashSet<Value>,
    pub maybe_pointers: std::collections::HashSet<Value>,
    pub defers: FrameState,
    /// What defer-related instructions do, for annotated dumps.
    pub notes: crate::annotate::Notes,
    /// Notes on whole blocks (the landing pad).
    pub block_notes: HashMap<Block, String>,
    /// The last call emitted by `emit_call` (for notes after a `try_call`).
    pub last_call: Option<cranelift_codegen::ir::Inst>,
    /// Results of the calls of the current statement, lowered ahead of its other operands
    /// (`order.rs`), by the call's expression node.
    pub precomputed: HashMap<*const ir::Expr, Vec<Value>>,
}

impl<'a, 'b, 'm> FnLowerer<'a, 'b, 'm> {
    pub fn new(
        b: FunctionBuilder<'b>,
        module: &'m mut dyn Module,
        shared: &'a Shared<'a>,
        func: &'a ir::Func,
        defers: FrameState,
    ) -> Self {
        FnLowerer {
            b,
            module,
            shared,
            func,
            homes: Vec::new(),
            closure: Value::from_u32(0),
            targets: HashMap::new(),
            goto_blocks: HashMap::new(),
            func_refs: HashMap::new(),
            global_values: HashMap::new(),
            not_heap: std::collections::HashSet::new(),
            numbers: std::collections::HashSet::new(),
            maybe_pointers: std::collections::HashSet::new(),
            defers,
            notes: HashMap::new(),
            block_notes: HashMap::new(),
            last_call: None,
            precomputed: HashMap::new(),
        }
    }

    /// Attaches a note to the last instruction emitted (in the current block, or the
    /// call that ended the previous one when `emit_call` just opened its continuation).
    pub fn note(&mut self, text: impl Into<String>) {
        let inst = self
            .b
            .current_block()
            .and_then(|block| self.b.func.layout.last_inst(block))
            .or(self.last_call);
        if let Some(inst) = inst {
            self.notes.entry(inst).or_default().push(text.into());
        }
    }

    pub fn new_var(&mut self, ty: types::Type) -> Variable {
        self.b.declare_var(ty)
    }

    pub fn set_pos(&mut self, pos: ir::Pos) {
        if pos.line > 0 {
            self.b.set_srcloc(SourceLoc::new(pos.line));
        }
    }

    pub fn local_ty(&self, id: LocalId) -> &'a Type {
        &self.func.locals[id.0 as usize].ty
    }

    /// A fresh stack slot of `size` bytes, 8-aligned.
    pub fn slot(&mut self, size: u32) -> StackSlot {
        self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size.max(1),
            3,
        ))
    }

    /// Clears the pointer words of a temporary slot once it has been read, so that the
    /// collector, which scans stacks conservatively, does not find a stale copy of a
    /// pointer the program has dropped (the slot lives as long as the frame).
    pub fn clear_slot(&mut self, slot: StackSlot, size: u32) {
        let zero = self.b.ins().iconst(types::I64, 0);
        for off in (0..size / 8).map(|i| (i * 8) as i32) {
            self.b.ins().stack_store(types::I64, zero, slot, off);
        }
    }

    /// Declares every 64-bit value of the function (but exception payloads, and values
    /// known not to point into the heap: constants, addresses outside it, numbers) as
    /// needing a stack map: the frontend keeps each one that is live across a call in a stack slot
    /// that the call's stack map lists, and reloads it after the call. The collector then
    /// scans exactly the values live at each call, not the spill slots, which may hold
    /// stale copies of pointers the program dropped. Returns how many stack slots the
    /// lowering itself made (the frontend's stack-map slots come after them).
    fn declare_stack_map_values(&mut self) -> usize {
        let func = &self.b.func;
        let lowered_slots = func.sized_stack_slots.len();
        let mut contexts = std::collections::HashSet::new();
        for et in func.dfg.exception_tables.values() {
            for item in et.items() {
                if let cranelift_codegen::ir::ExceptionTableItem::Context(c) = item {
                    contexts.insert(func.dfg.resolve_aliases(c));
                }
            }
        }
        // Values that can never point into the heap stay out: constants and addresses
        // of code, data, stack slots and the goroutine (the regalloc rematerializes or
        // keeps them as before).
        let never_heap = |v: Value| match func.dfg.value_def(v) {
            cranelift_codegen::ir::ValueDef::Result(inst, _) => matches!(
                func.dfg.insts[inst].opcode(),
                Opcode::Iconst
                    | Opcode::StackAddr
                    | Opcode::SymbolValue
                    | Opcode::FuncAddr
                    | Opcode::GetPinnedReg
                    | Opcode::GetFramePointer
                    | Opcode::GetStackPointer
            ),
            _ => false,
        };
        let not_heap = &self.not_heap;
        // A value only ever seen as a number: an expression of a pointer-free type gave
        // it, none of a type with pointers did (`int(uintptr(p))` is `p`'s value).
        let number = |v: Value| self.numbers.contains(&v) && !self.maybe_pointers.contains(&v);
        let values: Vec<Value> = func
            .dfg
            .values()
            .filter(|&v| {
                !func.dfg.value_is_alias(v)
                    && func.dfg.value_type(v) == types::I64
                    && !contexts.contains(&v)
                    && !never_heap(v)
                    && !not_heap.contains(&v)
                    && !number(v)
            })
            .collect();
        for v in values {
            self.b.declare_value_needs_stack_map(v);
        }
        lowered_slots
    }

    /// Emits the whole function; returns the notes for the annotated dump and how many
    /// stack slots the lowering made (see [`FnLowerer::declare_stack_map_values`]).
    pub fn lower_body(mut self) -> ((crate::annotate::Notes, HashMap<Block, String>), usize) {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        self.set_pos(self.func.pos);
        let params: Vec<Value> = self.b.block_params(entry).to_vec();
        self.closure = params[0];

        self.defers.has_landing = !self.func.defers.is_empty();
        self.assign_homes();
        self.defers_prologue();

        // Parameters.
        let mut pi = 1;
        for &p in &self.func.params {
            let n = layout::words(self.local_ty(p)).len();
            let vals = params[pi..pi + n].to_vec();
            pi += n;
            self.declare_local(p);
            self.write_local(p, &vals);
        }
        // Results start at their zero values.
        for &r in &self.func.results {
            self.declare_local(r);
        }
        let body = &self.func.body;
        self.lower_block(body);
        // Falling off the end: an implicit return.
        self.set_pos(self.func.end_pos);
        self.emit_exit();
        self.defers_epilogue();
        self.b.seal_all_blocks();
        let lowered_slots = self.declare_stack_map_values();
        let cfg = self.module.isa().frontend_config();
        self.b.finalize(cfg);
        ((self.notes, self.block_notes), lowered_slots)
    }

    fn assign_homes(&mut self) {
        let has_landing = self.defers.has_landing;
        let layout = if matches!(self.func.kind, ir::FuncKind::TopLevel | ir::FuncKind::Init)
            || (self.func.kind == ir::FuncKind::MethodWrapper && self.func.captures.is_empty())
        {
            None
        } else {
            Some(closure_layout(self.func))
        };
        let results: Vec<LocalId> = self.func.results.clone();
        for (i, local) in self.func.locals.iter().enumerate() {
            let is_result = results.contains(&LocalId(i as u32));
            let home = match local.storage {
                Storage::Value if !(has_landing && is_result) && !local.ty.contains_array() => {
                    let vars = layout::words(&local.ty)
                        .into_iter()
                        .map(|t| self.new_var(t))
                        .collect();
                    LocalHome::Vars(vars)
                }
                Storage::Value | Storage::Frame => {
                    LocalHome::Slot(self.slot(layout::align8(layout::size_of(&local.ty))))
                }
                Storage::Heap if has_landing => LocalHome::BoxInSlot(self.slot(8)),
                Storage::Heap => LocalHome::BoxInVar(self.new_var(types::I64)),
                Storage::Env { index, by_ref } => {
                    let off = layout
                        .as_ref()
                        .expect("env local in a top-level function")
                        .capture_offsets[index as usize];
                    LocalHome::Env {
                        offset: off,
                        by_ref,
                    }
                }
            };
            self.homes.push(home);
        }
    }

    // ---------------------------------------------------------------- locals

    /// Executes a declaration: zero value (and a fresh box for heap variables).
    pub fn declare_local(&mut self, id: LocalId) {
        let ty = self.local_ty(id);
        match self.homes[id.0 as usize].clone() {
            LocalHome::Vars(_) => {
                let zeros = self.zero_words(ty);
                self.write_local(id, &zeros);
            }
            LocalHome::Slot(s) => {
                let ty = ty.clone();
                let p = self.b.ins().stack_addr(types::I64, s, 0);
                self.zero_memory(&ty, p);
            }
            LocalHome::BoxInVar(v) => {
                let size = self
                    .b
                    .ins()
                    .iconst(types::I64, layout::align8(layout::size_of(ty)) as i64);
                let ty = ty.clone();
                let p = self.alloc_object(&ty, size);
                self.b.def_var(v, p);
            }
            LocalHome::BoxInSlot(s) => {
                let size = self
                    .b
                    .ins()
                    .iconst(types::I64, layout::align8(layout::size_of(ty)) as i64);
                let ty = ty.clone();
                let p = self.alloc_object(&ty, size);
                self.b.ins().stack_store(types::I64, p, s, 0);
            }
            LocalHome::Env { .. } => {}
        }
    }

    pub fn zero_words(&mut self, ty: &Type) -> Vec<Value> {
        layout::words(ty)
            .into_iter()
            .map(|t| match t {
                types::F32 => self.b.ins().f32const(0.0),
                types::F64 => self.b.ins().f64const(0.0),
                t => self.b.ins().iconst(t, 0),
            })
            .collect()
    }

    /// The block a `goto` to `label` jumps to.
    fn goto_block(&mut self, label: ir::LabelId) -> Block {
        if let Some(b) = self.goto_blocks.get(&label) {
            return *b;
        }
        let b = self.b.create_block();
        self.goto_blocks.insert(label, b);
        b
    }

    /// Whether the local lives in memory (not in SSA variables).
    pub fn local_in_memory(&self, id: LocalId) -> bool {
        !matches!(self.homes[id.0 as usize], LocalHome::Vars(_))
    }

    /// The address of a memory-resident local (slot, box, or by-reference capture).
    pub fn local_addr(&mut self, id: LocalId) -> Option<Value> {
        match self.homes[id.0 as usize].clone() {
            LocalHome::Vars(_) => None,
            LocalHome::Slot(s) => Some(self.b.ins().stack_addr(types::I64, s, 0)),
            LocalHome::BoxInVar(v) => Some(self.b.use_var(v)),
            LocalHome::BoxInSlot(s) => Some(self.b.ins().stack_load(types::I64, types::I64, s, 0)),
            LocalHome::Env { offset, by_ref } => {
                if by_ref {
                    Some(self.b.ins().load(
                        types::I64,
                        MemFlagsData::trusted(),
                        self.closure,
                        offset,
                    ))
                } else {
                    Some(self.b.ins().iadd_imm_s(self.closure, offset as i64))
                }
            }
        }
    }

    pub fn read_local(&mut self, id: LocalId) -> Vec<Value> {
        let ty = self.local_ty(id);
        if let LocalHome::Vars(vars) = &self.homes[id.0 as usize] {
            let vars = vars.clone();
            return vars.iter().map(|v| self.b.use_var(*v)).collect();
        }
        let addr = self.local_addr(id).expect("memory local");
        self.load_value(ty, addr, 0)
    }

    pub fn write_local(&mut self, id: LocalId, vals: &[Value]) {
        let ty = self.local_ty(id);
        if let LocalHome::Vars(vars) = &self.homes[id.0 as usize] {
            let vars = vars.clone();
            for (v, x) in vars.iter().zip(vals) {
                self.b.def_var(*v, *x);
            }
            return;
        }
        let addr = self.local_addr(id).expect("memory local");
        self.store_value(ty, vals, addr, 0);
    }

    pub fn load_value(&mut self, ty: &Type, addr: Value, offset: i32) -> Vec<Value> {
        let tys = layout::words(ty);
        let offs = layout::word_offsets(ty);
        tys.iter()
            .zip(offs)
            .map(|(t, o)| {
                self.b
                    .ins()
                    .load(*t, MemFlagsData::trusted(), addr, offset + o)
            })
            .collect()
    }

    pub fn store_value(&mut self, ty: &Type, vals: &[Value], addr: Value, offset: i32) {
        let offs = layout::word_offsets(ty);
        for (v, o) in vals.iter().zip(offs) {
            self.b
                .ins()
                .store(MemFlagsData::trusted(), *v, addr, offset + o);
        }
    }

    pub fn global_addr(&mut self, id: ir::GlobalId) -> Value {
        if layout::size_of(&self.shared.prog.globals[id.0 as usize].ty) == 0 {
            // Zero-sized variables share gc's zerobase.
            let z = runtime::memory::zerobase() as i64;
            return self.b.ins().iconst(types::I64, z);
        }
        let data = self.shared.globals[id.0 as usize];
        self.data_address(data)
    }

    // ---------------------------------------------------------------- statements

    pub fn lower_block(&mut self, block: &'a IrBlock) {
        for stmt in block {
            self.lower_stmt(stmt);
        }
    }

    /// Starts a fresh (unreachable) block after a terminator so emission can continue.
    pub fn start_dead_block(&mut self) {
        let dead = self.b.create_block();
        self.b.switch_to_block(dead);
    }

    fn lower_stmt(&mut self, stmt: &'a Stmt) {
        source::stack::grow(|| self.lower_stmt_here(stmt))
    }

    fn lower_stmt_here(&mut self, stmt: &'a Stmt) {
        self.lower_stmt_ordered(stmt);
        assert!(
            self.precomputed.is_empty(),
            "internal error: a call lowered ahead of its statement in {} was not used",
            self.func.name
        );
    }

    fn lower_stmt_ordered(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Decl { local, pos } => {
                self.set_pos(*pos);
                self.declare_local(*local);
            }
            Stmt::Assign { lhs, rhs, pos } => {
                self.set_pos(*pos);
                let mut operands: Vec<&'a ir::Expr> = Vec::new();
                for l in lhs {
                    operands.extend(l.operands());
                }
                operands.extend(rhs.iter());
                self.calls_first(&operands);
                self.lower_assign(lhs, rhs);
            }
            Stmt::Expr(e) => {
                self.set_pos(e.pos);
                self.calls_first(&[e]);
                self.expr(e);
            }
            Stmt::If {
                cond,
                then,
                els,
                pos,
            } => {
                self.set_pos(*pos);
                self.calls_first(&[cond]);
                self.lower_if(cond, then, els);
            }
            Stmt::For {
                label,
                init,
                cond,
                post,
                body,
                per_iteration,
                pos,
            } => {
                self.set_pos(*pos);
                self.lower_for(*label, init, cond.as_ref(), post, body, per_iteration);
            }
            Stmt::RangeInt {
                label,
                key,
                n,
                body,
                pos,
            } => {
                self.set_pos(*pos);
                self.calls_first(&[n]);
                let nv = self.expr(n)[0];
                self.lower_counted_loop(*label, nv, *key, body, |_, _| {});
            }
            Stmt::RangeSlice {
                label,
                key,
                value,
                slice,
                body,
                pos,
            } => {
                self.set_pos(*pos);
                self.lower_range_slice(*label, *key, *value, slice, body);
            }
            Stmt::RangeMap {
                label,
                key,
                value,
                map,
                body,
                pos,
            } => {
                self.set_pos(*pos);
                self.lower_range_map(*label, *key, *value, map, body);
            }
            Stmt::RangeString {
                label,
                key,
                value,
                s,
                body,
                pos,
            } => {
                self.set_pos(*pos);
                self.lower_range_string(*label, *key, *value, s, body);
            }
            Stmt::Switch {
                label,
                cases,
                default,
                default_index,
                default_fallthrough,
                pos,
            } => {
                self.set_pos(*pos);
                let default = default
                    .as_ref()
                    .map(|d| (d, *default_index, *default_fallthrough));
                self.lower_switch(*label, cases, default);
            }
            Stmt::Select {
                label,
                cases,
                default,
                pos,
            } => {
                self.set_pos(*pos);
                self.lower_select(*label, cases, default.as_ref());
            }
            Stmt::Label { label, pos } => {
                self.set_pos(*pos);
                let b = self.goto_block(*label);
                self.b.ins().jump(b, &[]);
                self.b.switch_to_block(b);
            }
            Stmt::Goto { label, pos } => {
                self.set_pos(*pos);
                // A goto may close a loop.
                self.poll_preempt();
                let b = self.goto_block(*label);
                self.b.ins().jump(b, &[]);
                self.start_dead_block();
            }
            Stmt::Break { label, pos } => {
                self.set_pos(*pos);
                let t = self.targets[label].brk;
                self.b.ins().jump(t, &[]);
                self.start_dead_block();
            }
            Stmt::Continue { label, pos } => {
                self.set_pos(*pos);
                let t = self.targets[label].cont.expect("continue target");
                self.b.ins().jump(t, &[]);
                self.start_dead_block();
            }
            Stmt::Return { values, pos } => {
                self.set_pos(*pos);
                let operands: Vec<&'a ir::Expr> = values.iter().collect();
                self.calls_first(&operands);
                self.lower_return(values);
            }
            Stmt::Block(b) => self.lower_block(b),
            Stmt::Defer {
                index,
                closure,
                pos,
            } => {
                self.set_pos(*pos);
                self.lower_defer(*index as usize, *closure);
            }
        }
    }

    /// `for i := 0; i < n; i++ { key := i; per_iteration(i); body }` for the range forms:
    /// the key (and whatever `per_iteration` declares) is a fresh variable each iteration,
    /// and `continue` goes to the increment.
    pub(crate) fn lower_counted_loop(
        &mut self,
        label: ir::LabelId,
        n: Value,
        key: Option<LocalId>,
        body: &'a IrBlock,
        mut per_iteration: impl FnMut(&mut Self, Value),
    ) {
        use cranelift_codegen::ir::condcodes::IntCC;
        let counter = self.new_var(types::I64);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.def_var(counter, zero);
        let header = self.b.create_block();
        let body_b = self.b.create_block();
        let next = self.b.create_block();
        let exit = self.b.create_block();
        self.targets.insert(
            label,
            Targets {
                brk: exit,
                cont: Some(next),
            },
        );
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        let i = self.b.use_var(counter);
        let more = self.b.ins().icmp(IntCC::SignedLessThan, i, n);
        self.b.ins().brif(more, body_b, &[], exit, &[]);
        self.b.switch_to_block(body_b);
        let i = self.b.use_var(counter);
        if let Some(k) = key {
            self.declare_local(k);
            // The key has the range operand's integer type (`for i := range int8(n)`).
            let kt = self.local_ty(k).clone();
            let i = self.convert_int(i, &Type::Int, &kt);
            self.write_local(k, &[i]);
        }
        per_iteration(self, i);
        self.lower_block(body);
        self.b.ins().jump(next, &[]);
        self.b.switch_to_block(next);
        let i = self.b.use_var(counter);
        let i1 = self.b.ins().iadd_imm_s(i, 1);
        self.b.def_var(counter, i1);
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(exit);
    }

    fn lower_assign(&mut self, lhs: &'a [LValue], rhs: &'a [ir::Expr]) {
        // The operands of the targets first (index operands, pointers), then every
        // right-hand side; bounds and nil checks happen at the stores, as in Go.
        let places: Vec<_> = lhs.iter().map(|l| self.place(l)).collect();
        if lhs.len() > 1 && lhs.len() == rhs.len() {
            // `a, b = x, y`: in gc's order (see `order::early_values`).
            let mut vals = self.early_values(lhs, rhs);
            for (i, (place, _)) in places.iter().enumerate() {
                let w = match vals[i].take() {
                    Some(w) => w,
                    None => self.expr(&rhs[i]),
                };
                self.store_place(place, &rhs[i].ty, &w);
            }
            return;
        }
        let mut words = Vec::new();
        let mut tys: Vec<Type> = Vec::new();
        for r in rhs {
            words.extend(self.expr(r));
            match &r.ty {
                Type::Tuple(ts) if lhs.len() > 1 => tys.extend(ts.iter().cloned()),
                t => tys.push(t.clone()),
            }
        }
        let mut wi = 0;
        for ((place, _), ty) in places.iter().zip(tys) {
            let n = layout::words(&ty).len();
            let w = words[wi..wi + n].to_vec();
            wi += n;
            self.store_place(place, &ty, &w);
        }
    }

    /// The address of `s[i]` after a bounds check.
    pub fn elem_addr(&mut self, s: &[Value], i: Value, elem: &Type, unsigned: bool) -> Value {
        self.elem_addr_sized(s, i, layout::size_of(elem), unsigned)
    }

    /// The address of `s[i]` after a bounds check, for elements of `elem_size` bytes.
    pub fn elem_addr_sized(
        &mut self,
        s: &[Value],
        i: Value,
        elem_size: u32,
        unsigned: bool,
    ) -> Value {
        use cranelift_codegen::ir::condcodes::IntCC;
        let (ptr, len) = (s[0], s[1]);
        let oob = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, i, len);
        let fail = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(oob, fail, &[], ok, &[]);
        self.b.set_cold_block(fail);
        self.b.switch_to_block(fail);
        let u = self.b.ins().iconst(types::I64, unsigned as i64);
        self.call_rt("rt_panic_index", &[i, len, u]);
        self.b
            .ins()
            .trap(cranelift_codegen::ir::TrapCode::unwrap_user(1));
        self.b.switch_to_block(ok);
        let off = self.b.ins().imul_imm_s(i, elem_size as i64);
        self.b.ins().iadd(ptr, off)
    }

    /// The read-only data object holding the bytes of string constant `s`.
    pub fn string_data(&mut self, s: &[u8]) -> cranelift_module::DataId {
        if let Some(d) = self.shared.strings.borrow().get(s) {
            return *d;
        }
        let n = self.shared.strings.borrow().len();
        let id = self
            .module
            .declare_data(
                &format!("str#{n}"),
                cranelift_module::Linkage::Local,
                false,
                false,
            )
            .expect("declare string data");
        let mut desc = cranelift_module::DataDescription::new();
        desc.define(s.to_vec().into_boxed_slice());
        self.module
            .define_data(id, &desc)
            .expect("define string data");
        self.shared.strings.borrow_mut().insert(s.to_vec(), id);
        id
    }

    /// The address of data object `data` (declared in the function on first use).
    pub fn data_address(&mut self, data: cranelift_module::DataId) -> Value {
        let gv = match self.global_values.get(&data) {
            Some(gv) => *gv,
            None => {
                let gv = self.module.declare_data_in_func(data, self.b.func);
                self.global_values.insert(data, gv);
                gv
            }
        };
        self.b.ins().symbol_value(types::I64, gv)
    }

    /// The address of the pointer map of objects of type `ty` (see `ptrmap`).
    pub fn ptr_map(&mut self, ty: &Type) -> Value {
        let id = self.shared.ptr_maps.borrow_mut().data(self.module, ty);
        self.data_address(id)
    }

    /// A new zeroed heap object of `size` bytes: one `ty` or an array of them, which the
    /// collector scans through `ty`'s pointer map (`rt_alloc`), or not at all when `ty`
    /// holds no pointers (`rt_alloc_noscan`).
    pub fn alloc_object(&mut self, ty: &Type, size: Value) -> Value {
        if layout::has_pointers(ty) {
            let map = self.ptr_map(ty);
            self.call_rt("rt_alloc", &[size, map])[0]
        } else {
            self.call_rt("rt_alloc_noscan", &[size])[0]
        }
    }

    /// The read-only interface box (`[data, len]`) of string constant `s`.
    pub fn string_box(&mut self, s: &[u8]) -> cranelift_module::DataId {
        if let Some(d) = self.shared.string_boxes.borrow().get(s) {
            return *d;
        }
        let n = self.shared.string_boxes.borrow().len();
        let id = self
            .module
            .declare_data(
                &format!("strbox#{n}"),
                cranelift_module::Linkage::Local,
                false,
                false,
            )
            .expect("declare string box");
        let mut desc = cranelift_module::DataDescription::new();
        let mut words = [0u8; 16];
        words[8..].copy_from_slice(&(s.len() as u64).to_le_bytes());
        desc.define(Box::new(words));
        desc.set_align(8);
        if !s.is_empty() {
            let bytes = self.string_data(s);
            let gv = self.module.declare_data_in_data(bytes, &mut desc);
            desc.write_data_addr(0, gv, 0);
        }
        self.module
            .define_data(id, &desc)
            .expect("define string box");
        self.shared.string_boxes.borrow_mut().insert(s.to_vec(), id);
        id
    }

    /// The static closure object (a data object holding only the code pointer) of a
    /// top-level function, used when the function is a value.
    pub fn static_closure(&mut self, f: FuncId) -> Value {
        let data = self.shared.static_closure(f);
        self.data_address(data)
    }
}
