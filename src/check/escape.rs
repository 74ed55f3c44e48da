//! Escape analysis, in the manner of gc's (`cmd/compile/internal/escape`): which variables
//! whose address is taken, and which allocations (`new(T)`, `&T{}`, slice literals,
//! closures), can live in their function's frame instead of the arena.
//!
//! Each function becomes a graph of *locations*: its locals, its allocations, the heap,
//! and conduits (a call's results, a deferred call's arguments). Every value flow adds an edge
//! `dst <- src` with a deref count: `dst = &src` is -1, `dst = src` 0, `dst = *src` 1.
//! The graph is field- and element-insensitive (`s.f` is `s`, `&a[i]` is `&a`). A store
//! through a pointer, into a global, a map, a slice's elements, a closure's environment,
//! or an argument of a call the analysis cannot see (a func value, an interface method,
//! `panic`, `fmt`) flows to the heap.
//!
//! Walking the edges backwards from a location (the *root*) gives the least deref count
//! with which every other location's value reaches it. A location reached with -1 has
//! its address held by the root and escapes when the root outlives it: the root is the
//! heap (or has escaped), a result, a by-reference capture, or a variable declared in
//! fewer loops (`var p *T; for { p = &T{} }`). An escaped location is walked again as a
//! root: what it holds is on the heap now. An allocation that does not escape gets a
//! stack slot ([`ExprKind::InFrame`]), reused by every iteration of its loop; gc's limit
//! of 64 KiB for such implicit allocations applies.
//!
//! Calls use a summary of the callee: for each parameter (and each capture of a
//! closure), the least deref count with which it reaches the heap or a result. A call's
//! argument flows on to the heap, or to the call's value, accordingly; an argument of a
//! parameter that leaks nowhere is only read. Summaries are computed on demand; a call
//! into a function whose summary is being computed (recursion) leaks everything.
//!
//! A deferred call runs when its function exits, after any loop iteration that made it:
//! its captured values flow as the deferred closure's summary says, and to a location at
//! the function's top level. A closure object holds its captures; what the closure's
//! body lets them reach (its summary) they reach from where the closure is made, its
//! results included (calls of func values are not traced). The analysis errs towards
//! the heap, where a pointer is always valid.

use lowering::ir::{
    Builtin, Callee, Expr, ExprKind, Func, FuncId, LValue, LocalId, Stmt, Storage, Type,
};
use std::rc::Rc;

/// Escape analysis over the functions of one program, with each function's result
/// computed once, on demand.
pub struct Escapes<'c> {
    funcs: &'c [Option<Func>],
    done: Vec<Option<Rc<Analysis>>>,
    in_progress: Vec<bool>,
}

/// How far one parameter's (or capture's) value reaches, as least deref counts.
#[derive(Clone, Copy, Debug, Default)]
struct Leak {
    heap: Option<i32>,
    result: Option<i32>,
}

impl Leak {
    /// Everything reaches the heap: what an unknown or recursive callee gets.
    const ALL: Leak = Leak {
        heap: Some(0),
        result: Some(0),
    };

    fn reach_heap(&mut self, d: i32) {
        self.heap = Some(self.heap.map_or(d, |h| h.min(d)));
    }

    fn reach_result(&mut self, d: i32) {
        self.result = Some(self.result.map_or(d, |h| h.min(d)));
    }
}

/// What the analysis of one function found.
struct Analysis {
    /// Per parameter, in order.
    params: Vec<Leak>,
    /// Per capture, in environment order.
    captures: Vec<Leak>,
    /// Per local: whether its address escapes (for a by-reference capture: whether the
    /// captured variable's address escapes through this function).
    escaping: Vec<bool>,
    /// The allocation expressions (by address) that can live in the frame.
    frame_allocs: Vec<usize>,
}

impl<'c> Escapes<'c> {
    /// An analysis of `funcs` (indexed by [`FuncId`]).
    pub fn new(funcs: &'c [Option<Func>]) -> Self {
        Escapes {
            funcs,
            done: vec![None; funcs.len()],
            in_progress: vec![false; funcs.len()],
        }
    }

    /// Per local of `f`: whether its address escapes `f`'s frame (or, for a
    /// by-reference capture, the frame of the function that owns the variable); and the
    /// allocation expressions of `f`'s body that can be made in its frame, identified by
    /// their addresses (valid while the program's functions are not changed).
    pub fn of_func(&mut self, f: FuncId) -> (Vec<bool>, Vec<usize>) {
        match self.analysis(f) {
            Some(a) => (a.escaping.clone(), a.frame_allocs.clone()),
            None => (Vec::new(), Vec::new()),
        }
    }

    fn analysis(&mut self, f: FuncId) -> Option<Rc<Analysis>> {
        let i = f.0 as usize;
        if let Some(a) = self.done.get(i)?.clone() {
            return Some(a);
        }
        if self.in_progress[i] {
            return None;
        }
        let func = self.funcs[i].as_ref()?;
        self.in_progress[i] = true;
        let a = Rc::new(analyze(self, func));
        self.in_progress[i] = false;
        self.done[i] = Some(a.clone());
        Some(a)
    }
}

/// What a location stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Heap,
    Local,
    Result,
    Param(usize),
    /// A by-value capture.
    Capture(usize),
    /// A by-reference capture: the variable of an enclosing function.
    RefCapture(usize),
    /// A call's value, or the arguments of a deferred call.
    Conduit,
    /// What an allocation expression allocates.
    Alloc,
}

struct Loc {
    role: Role,
    /// The loops around the location's declaration, for the values it holds.
    depth: u32,
    /// The loops around the location's declaration, for its address: deeper than
    /// `depth` for a `for` loop's own variable, which holds its value from one iteration
    /// to the next but is a new variable in each (Go 1.22).
    addr_depth: u32,
    escapes: bool,
    /// `(src, derefs)`: this location receives `src`'s value dereferenced `derefs` times.
    edges: Vec<(u32, i32)>,
}

const HEAP: u32 = 0;

/// Where an expression's value comes from: `(location, derefs)`.
type Flows = Vec<(u32, i32)>;

fn loc_of(l: LocalId) -> u32 {
    l.0 + 1
}

fn analyze(esc: &mut Escapes<'_>, func: &Func) -> Analysis {
    let mut b = Builder {
        esc,
        func,
        locs: Vec::with_capacity(func.locals.len() + 1),
        depth: 0,
        // Loops made by a backward `goto` are not visible in the IR: then every
        // allocation counts as nested in all loops (it escapes into any variable).
        goto_depth: has_goto(&func.body).then_some(u32::MAX - 1),
        allocs: Vec::new(),
    };
    b.locs.push(Loc {
        role: Role::Heap,
        depth: 0,
        addr_depth: 0,
        escapes: true,
        edges: Vec::new(),
    });
    let mut loop_vars = Vec::new();
    per_iteration_vars(&func.body, &mut loop_vars);
    for (i, l) in func.locals.iter().enumerate() {
        let id = LocalId(i as u32);
        let role = if let Some(p) = func.params.iter().position(|&p| p == id) {
            Role::Param(p)
        } else if func.results.contains(&id) {
            Role::Result
        } else if let Storage::Env { index, by_ref } = l.storage {
            if by_ref {
                Role::RefCapture(index as usize)
            } else {
                Role::Capture(index as usize)
            }
        } else {
            Role::Local
        };
        let carried = loop_vars.contains(&id);
        b.locs.push(Loc {
            role,
            depth: l.loop_depth - u32::from(carried && l.loop_depth > 0),
            addr_depth: l.loop_depth,
            escapes: false,
            edges: Vec::new(),
        });
    }
    b.block(&func.body);
    let allocs = b.allocs;
    let mut locs = b.locs;
    let (params, captures) = solve(&mut locs, func.params.len(), func.captures.len());
    Analysis {
        params,
        captures,
        escaping: (0..func.locals.len())
            .map(|i| locs[i + 1].escapes)
            .collect(),
        frame_allocs: allocs
            .into_iter()
            .filter(|&(_, l)| !locs[l as usize].escapes)
            .map(|(e, _)| e)
            .collect(),
    }
}

/// The variables declared by the init statements of the `for` loops in `b`.
fn per_iteration_vars(b: &[Stmt], out: &mut Vec<LocalId>) {
    for s in b {
        if let Stmt::For { per_iteration, .. } = s {
            out.extend(per_iteration);
        }
        for inner in s.blocks() {
            per_iteration_vars(inner, out);
        }
    }
}

fn has_goto(b: &[Stmt]) -> bool {
    b.iter()
        .any(|s| matches!(s, Stmt::Goto { .. }) || s.blocks().into_iter().any(|b| has_goto(b)))
}

/// Walks the graph from every location until nothing more escapes; returns the leaks
/// of the parameters and captures.
fn solve(locs: &mut [Loc], nparams: usize, ncaptures: usize) -> (Vec<Leak>, Vec<Leak>) {
    let n = locs.len();
    let mut params = vec![Leak::default(); nparams];
    let mut captures = vec![Leak::default(); ncaptures];
    // A plain variable as deep in loops as anything addressable outlives nothing: it
    // need not be walked from.
    let deepest = locs
        .iter()
        .filter(|l| !matches!(l.role, Role::Heap | Role::Conduit))
        .map(|l| l.addr_depth)
        .max()
        .unwrap_or(0);
    let mut queued: Vec<bool> = locs
        .iter()
        .map(|l| {
            !l.edges.is_empty()
                && (l.escapes
                    || matches!(l.role, Role::Result | Role::RefCapture(_))
                    || l.depth < deepest)
        })
        .collect();
    let mut queue: Vec<u32> = (0..n as u32).filter(|&i| queued[i as usize]).collect();
    // Walk the heap last: locations found escaping are pushed after it and walked first.
    queue.reverse();
    let mut dist = vec![0i32; n];
    let mut seen = vec![0u32; n];
    let mut generation = 0u32;
    let mut todo = Vec::new();
    while let Some(root) = queue.pop() {
        let root = root as usize;
        queued[root] = false;
        generation += 1;
        seen[root] = generation;
        dist[root] = 0;
        todo.push(root);
        while let Some(l) = todo.pop() {
            let mut d = dist[l];
            let outlives = outlives(&locs[root], &locs[l]);
            if d < 0 {
                // l's address reaches the root.
                if outlives && !locs[l].escapes && locs[l].role != Role::Conduit {
                    locs[l].escapes = true;
                    if !queued[l] {
                        queued[l] = true;
                        queue.push(l as u32);
                    }
                }
                d = 0;
            }
            if outlives {
                let to_result = locs[root].role == Role::Result && !locs[root].escapes;
                let leak = match locs[l].role {
                    Role::Param(i) => params.get_mut(i),
                    Role::Capture(i) | Role::RefCapture(i) => captures.get_mut(i),
                    _ => None,
                };
                if let Some(leak) = leak {
                    if to_result {
                        leak.reach_result(d);
                    } else {
                        leak.reach_heap(d);
                    }
                }
            }
            for &(src, ed) in &locs[l].edges {
                let src = src as usize;
                if locs[src].escapes {
                    continue;
                }
                let nd = d + ed;
                if seen[src] != generation || dist[src] > nd {
                    seen[src] = generation;
                    dist[src] = nd;
                    todo.push(src);
                }
            }
        }
    }
    // A parameter or capture that escaped was copied to the heap, value and all.
    for l in locs.iter() {
        if !l.escapes {
            continue;
        }
        match l.role {
            Role::Param(i) => params[i].reach_heap(0),
            Role::Capture(i) | Role::RefCapture(i) => captures[i].reach_heap(0),
            _ => {}
        }
    }
    (params, captures)
}

/// Whether a value held by `root` may outlive the location `l`.
fn outlives(root: &Loc, l: &Loc) -> bool {
    root.escapes
        || matches!(root.role, Role::Result | Role::RefCapture(_))
        || root.depth < l.addr_depth
}

struct Builder<'e, 'c, 'f> {
    esc: &'e mut Escapes<'c>,
    func: &'f Func,
    locs: Vec<Loc>,
    /// The loops around the statement being walked.
    depth: u32,
    /// The depth every allocation gets in a function with `goto`s.
    goto_depth: Option<u32>,
    /// The allocation expressions (by address) and their locations.
    allocs: Vec<(usize, u32)>,
}

/// gc's limit on the size of an implicit allocation in the frame.
const MAX_FRAME_ALLOC: u32 = 64 * 1024;

impl Builder<'_, '_, '_> {
    fn conduit(&mut self, depth: u32) -> u32 {
        self.locs.push(Loc {
            role: Role::Conduit,
            depth,
            addr_depth: depth,
            escapes: false,
            edges: Vec::new(),
        });
        (self.locs.len() - 1) as u32
    }

    /// The location of the allocation expression `e` of `size` bytes, which receives
    /// `contents`; the value of `e` is its address. Too large (or empty) ones stay on
    /// the heap.
    fn alloc(&mut self, e: &Expr, size: u32, contents: &Flows) -> Flows {
        if size == 0 || size > MAX_FRAME_ALLOC {
            self.flow(HEAP, contents, 0);
            return Flows::new();
        }
        let depth = self.goto_depth.unwrap_or(self.depth);
        self.locs.push(Loc {
            role: Role::Alloc,
            depth,
            addr_depth: depth,
            escapes: false,
            edges: Vec::new(),
        });
        let l = (self.locs.len() - 1) as u32;
        self.flow(l, contents, 0);
        self.allocs.push((e as *const Expr as usize, l));
        vec![(l, -1)]
    }

    /// Walks `b` one loop deeper.
    fn loop_block(&mut self, b: &[Stmt]) {
        self.depth += 1;
        self.block(b);
        self.depth -= 1;
    }

    /// `dst` receives every value of `src`, dereferenced `extra` more times.
    fn flow(&mut self, dst: u32, src: &Flows, extra: i32) {
        let edges = &mut self.locs[dst as usize].edges;
        for &(s, d) in src {
            edges.push((s, d + extra));
        }
    }

    fn leak_to_heap(&mut self, e: &Expr) {
        let f = self.expr(e);
        self.flow(HEAP, &f, 0);
    }

    fn block(&mut self, b: &[Stmt]) {
        for s in b {
            source::stack::grow(|| self.stmt(s));
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Assign { lhs, rhs, .. } => {
                let holes: Vec<Option<u32>> = lhs.iter().map(|lv| self.hole(lv)).collect();
                if lhs.len() == rhs.len() {
                    for (h, e) in holes.into_iter().zip(rhs) {
                        let f = self.expr(e);
                        if let Some(h) = h {
                            self.flow(h, &f, 0);
                        }
                    }
                } else {
                    let mut f = Flows::new();
                    for e in rhs {
                        f.extend(self.expr(e));
                    }
                    for h in holes.into_iter().flatten() {
                        self.flow(h, &f, 0);
                    }
                }
            }
            Stmt::Return { values, .. } => {
                let results: Vec<u32> = self.func.results.iter().map(|&r| loc_of(r)).collect();
                if values.len() == results.len() {
                    for (r, e) in results.into_iter().zip(values) {
                        let f = self.expr(e);
                        self.flow(r, &f, 0);
                    }
                } else {
                    let mut f = Flows::new();
                    for e in values {
                        f.extend(self.expr(e));
                    }
                    for r in results {
                        self.flow(r, &f, 0);
                    }
                }
            }
            Stmt::RangeSlice {
                value, slice, body, ..
            } => {
                let f = self.expr(slice);
                // A copy of an array, or the elements of a slice or of a pointed-to array.
                let extra = i32::from(!matches!(slice.ty.under(), Type::Array(..)));
                if let Some(v) = value {
                    self.flow(loc_of(*v), &f, extra);
                }
                self.loop_block(body);
            }
            Stmt::For {
                init,
                cond,
                post,
                body,
                ..
            } => {
                // The init statement runs once, before the loop.
                self.block(init);
                self.depth += 1;
                if let Some(c) = cond {
                    let _ = self.expr(c);
                }
                self.depth -= 1;
                self.loop_block(body);
                self.loop_block(post);
            }
            Stmt::RangeInt { n: x, body, .. }
            | Stmt::RangeMap { map: x, body, .. }
            | Stmt::RangeString { s: x, body, .. } => {
                let _ = self.expr(x);
                self.loop_block(body);
            }
            Stmt::Defer { closure, .. } => self.defer(*closure),
            Stmt::Select { cases, default, .. } => {
                for c in cases {
                    let _ = self.expr(&c.chan);
                    // A value sent reaches other goroutines.
                    if let Some(v) = &c.send {
                        self.leak_to_heap(v);
                    }
                }
                for c in cases {
                    self.block(&c.body);
                }
                if let Some(d) = default {
                    self.block(d);
                }
            }
            other => {
                for e in other.exprs() {
                    let _ = self.expr(e);
                }
                for b in other.blocks() {
                    self.block(b);
                }
            }
        }
    }

    /// A deferred closure's captures: held until the function exits, and passed on as
    /// the closure's summary says.
    fn defer(&mut self, closure: FuncId) {
        let funcs = self.esc.funcs;
        let Some(cf) = funcs.get(closure.0 as usize).and_then(|f| f.as_ref()) else {
            return;
        };
        let leaks = self.esc.analysis(closure).map(|a| a.captures.clone());
        let later = self.conduit(0);
        for (i, cap) in cf.captures.iter().enumerate() {
            let src: Flows = vec![(loc_of(cap.outer), 0)];
            // The closure holds the value, or the variable's address.
            self.flow(later, &src, if cap.by_ref { -1 } else { 0 });
            let leak = leaks
                .as_ref()
                .and_then(|l| l.get(i).copied())
                .unwrap_or(Leak::ALL);
            if let Some(d) = leak.heap {
                self.flow(HEAP, &src, d);
            }
        }
    }

    /// The location an assignment to `lv` stores into (`None` for `_`); evaluates the
    /// target's operands.
    fn hole(&mut self, lv: &LValue) -> Option<u32> {
        match lv {
            LValue::Blank => None,
            LValue::Local(l) => Some(loc_of(*l)),
            LValue::Field { base, .. } => self.hole(base),
            LValue::ArrayIndex { array, index, .. } => {
                let h = self.hole(array);
                let _ = self.expr(index);
                h
            }
            LValue::MapIndex { map, key } => {
                let _ = self.expr(map);
                self.leak_to_heap(key);
                Some(HEAP)
            }
            LValue::Global(_) | LValue::Index { .. } | LValue::Deref { .. } => {
                for e in lv.operands() {
                    let _ = self.expr(e);
                }
                Some(HEAP)
            }
        }
    }

    /// The value of `&lv`.
    fn addr(&mut self, lv: &LValue) -> Flows {
        match lv {
            LValue::Local(l) => vec![(loc_of(*l), -1)],
            LValue::Field { base, .. } => self.addr(base),
            LValue::ArrayIndex { array, index, .. } => {
                let f = self.addr(array);
                let _ = self.expr(index);
                f
            }
            // `&*p` is `p`; `&s[i]` points into the elements `s` points to.
            LValue::Deref { ptr, .. } => self.expr(ptr),
            LValue::Index { slice, index, .. } => {
                let f = self.expr(slice);
                let _ = self.expr(index);
                f
            }
            LValue::Blank | LValue::Global(_) | LValue::MapIndex { .. } => {
                for e in lv.operands() {
                    let _ = self.expr(e);
                }
                Flows::new()
            }
        }
    }

    fn shifted(f: Flows, extra: i32) -> Flows {
        f.into_iter().map(|(l, d)| (l, d + extra)).collect()
    }

    fn expr(&mut self, e: &Expr) -> Flows {
        source::stack::grow(|| self.expr_here(e))
    }

    fn expr_here(&mut self, e: &Expr) -> Flows {
        match &e.kind {
            ExprKind::Local(l) => vec![(loc_of(*l), 0)],
            ExprKind::AddrOf(lv) => self.addr(lv),
            ExprKind::Deref(p) => Self::shifted(self.expr(p), 1),
            ExprKind::Field(x, _)
            | ExprKind::ToIface(x)
            | ExprKind::Unbox(x)
            | ExprKind::Word(x, _)
            | ExprKind::TypeAssert { x, .. } => self.expr(x),
            ExprKind::Index(x, i) => {
                let f = self.expr(x);
                let _ = self.expr(i);
                match x.ty.under() {
                    Type::Array(..) => f,
                    Type::String => Flows::new(),
                    _ => Self::shifted(f, 1),
                }
            }
            ExprKind::SliceExpr { x, lo, hi, max } => {
                let f = self.expr(x);
                for b in [lo, hi, max].into_iter().flatten() {
                    let _ = self.expr(b);
                }
                f
            }
            ExprKind::SliceToArray(x) => {
                let f = self.expr(x);
                match e.ty.under() {
                    Type::Array(..) => Self::shifted(f, 1),
                    _ => f,
                }
            }
            ExprKind::Convert(x) => {
                let f = self.expr(x);
                // A pointer turned into an integer is lost sight of.
                if is_pointer(&x.ty) != is_pointer(&e.ty) {
                    self.flow(HEAP, &f, 0);
                    Flows::new()
                } else {
                    f
                }
            }
            ExprKind::StructLit(fields) => {
                let mut f = Flows::new();
                for (_, v) in fields {
                    f.extend(self.expr(v));
                }
                f
            }
            ExprKind::ElemLit { elems, .. } => {
                let mut f = Flows::new();
                for (_, v) in elems {
                    f.extend(self.expr(v));
                }
                if matches!(e.ty.under(), Type::Array(..)) {
                    f
                } else {
                    self.flow(HEAP, &f, 0);
                    Flows::new()
                }
            }
            ExprKind::Call { callee, args } => match callee {
                Callee::Func(f) => self.call(*f, args),
                Callee::Value(fv) => {
                    let _ = self.expr(fv);
                    for a in args {
                        self.leak_to_heap(a);
                    }
                    Flows::new()
                }
            },
            ExprKind::Builtin(b, args) => self.builtin(*b, args),
            ExprKind::Closure(f) => self.closure(e, *f),
            ExprKind::New(init) => {
                let contents = self.expr(init);
                self.alloc(e, lowering::layout::size_of(&init.ty), &contents)
            }
            ExprKind::SliceLit(elems) => {
                let mut contents = Flows::new();
                for el in elems {
                    contents.extend(self.expr(el));
                }
                let elem_size = match e.ty.under() {
                    Type::Slice(t) => lowering::layout::size_of(t),
                    _ => u32::MAX,
                };
                let size = elem_size.saturating_mul(elems.len() as u32).max(1);
                self.alloc(e, size, &contents)
            }
            // Already decided; and what the analysis cannot see: on the heap.
            ExprKind::InFrame(_)
            | ExprKind::MapLit(_)
            | ExprKind::IfaceCall { .. }
            | ExprKind::ErrorMethod(_) => {
                for c in e.children() {
                    self.leak_to_heap(c);
                }
                Flows::new()
            }
            // `unsafe.Add(p, n)` is pointer arithmetic.
            ExprKind::Binary(_, a, b) if is_pointer(&e.ty) => {
                let mut f = self.expr(a);
                f.extend(self.expr(b));
                f
            }
            ExprKind::Int(_)
            | ExprKind::Bool(_)
            | ExprKind::Str(_)
            | ExprKind::Float(_)
            | ExprKind::Complex(..)
            | ExprKind::Nil
            | ExprKind::Global(_)
            | ExprKind::FuncRef(_)
            | ExprKind::Unary(..)
            | ExprKind::Binary(..)
            | ExprKind::BenchN(_)
            | ExprKind::TypeIs { .. }
            | ExprKind::MapIndex { .. }
            | ExprKind::StrConv(..) => {
                // Values that hold no pointer into a frame (or only heap memory).
                for c in e.children() {
                    let _ = self.expr(c);
                }
                Flows::new()
            }
        }
    }

    /// A closure object of the literal `f`: it holds its captures (by value, or the
    /// variables' addresses), and they reach whatever `f`'s body lets them reach.
    fn closure(&mut self, e: &Expr, f: FuncId) -> Flows {
        let funcs = self.esc.funcs;
        let Some(cf) = funcs.get(f.0 as usize).and_then(|f| f.as_ref()) else {
            return Flows::new();
        };
        let leaks = self.esc.analysis(f).map(|a| a.captures.clone());
        let mut contents = Flows::new();
        for (i, cap) in cf.captures.iter().enumerate() {
            let src: Flows = vec![(loc_of(cap.outer), 0)];
            contents.push((loc_of(cap.outer), if cap.by_ref { -1 } else { 0 }));
            let leak = leaks
                .as_ref()
                .and_then(|l| l.get(i).copied())
                .unwrap_or(Leak::ALL);
            // Where the results of a call of the closure go is not traced.
            for d in [leak.heap, leak.result].into_iter().flatten() {
                self.flow(HEAP, &src, d);
            }
        }
        let size = lowering::layout::closure_layout(cf).size;
        self.alloc(e, size, &contents)
    }

    /// A call of the function `f`: arguments flow as its summary says.
    fn call(&mut self, f: FuncId, args: &[Expr]) -> Flows {
        let leaks = self.esc.analysis(f).map(|a| a.params.clone());
        let result = self.conduit(u32::MAX);
        for (i, a) in args.iter().enumerate() {
            let fl = self.expr(a);
            let leak = leaks
                .as_ref()
                .and_then(|l| l.get(i).copied())
                .unwrap_or(Leak::ALL);
            if let Some(d) = leak.heap {
                self.flow(HEAP, &fl, d);
            }
            if let Some(d) = leak.result {
                self.flow(result, &fl, d);
            }
        }
        vec![(result, 0)]
    }

    fn builtin(&mut self, b: Builtin, args: &[Expr]) -> Flows {
        match b {
            // Read only.
            Builtin::Len
            | Builtin::Cap
            | Builtin::Println
            | Builtin::Print
            | Builtin::Delete
            | Builtin::ClearMap
            | Builtin::ClearSlice
            | Builtin::NilCheck
            | Builtin::RuntimeNop
            | Builtin::NumCPU
            | Builtin::GoMaxProcs
            | Builtin::NumGoroutine
            | Builtin::Recover
            | Builtin::DeferredRecover
            | Builtin::OsExit
            | Builtin::MakeMap
            | Builtin::MakeSlice
            | Builtin::MakeComplex
            | Builtin::Real
            | Builtin::Imag
            | Builtin::MakeChan
            | Builtin::ChanRecv
            | Builtin::ChanRecvOk
            | Builtin::ChanClose => {
                for a in args {
                    let _ = self.expr(a);
                }
                Flows::new()
            }
            // The value sent reaches other goroutines.
            Builtin::ChanSend => {
                for a in args {
                    self.leak_to_heap(a);
                }
                Flows::new()
            }
            // The result is one of the operands.
            Builtin::Min | Builtin::Max => {
                let mut f = Flows::new();
                for a in args {
                    f.extend(self.expr(a));
                }
                f
            }
            // A pointer made into a string or a slice.
            Builtin::UnsafeMake => {
                let mut f = Flows::new();
                if let Some((p, rest)) = args.split_first() {
                    f = self.expr(p);
                    for a in rest {
                        let _ = self.expr(a);
                    }
                }
                f
            }
            // The source's elements are copied into the destination's.
            Builtin::Copy => {
                let mut fs = args.iter().map(|a| self.expr(a));
                let _dst = fs.next();
                if let Some(src) = fs.next() {
                    self.flow(HEAP, &src, 1);
                }
                Flows::new()
            }
            // The result may be the operand's array; the elements may move to a new one.
            Builtin::Append | Builtin::AppendSlice => {
                let Some((s, rest)) = args.split_first() else {
                    return Flows::new();
                };
                let f = self.expr(s);
                self.flow(HEAP, &f, 1);
                for a in rest {
                    let fa = self.expr(a);
                    let extra = i32::from(b == Builtin::AppendSlice);
                    self.flow(HEAP, &fa, extra);
                }
                f
            }
            Builtin::Panic
            | Builtin::PanicWrap
            | Builtin::FmtPrintln
            | Builtin::FmtPrint
            | Builtin::FmtPrintlnSpread
            | Builtin::FmtPrintSpread
            | Builtin::FmtSprintln
            | Builtin::FmtSprint
            | Builtin::FmtSprintlnSpread
            | Builtin::FmtSprintSpread
            | Builtin::FmtSprintf
            | Builtin::FmtPrintf
            | Builtin::FmtErrorf
            | Builtin::Runtime(_)
            | Builtin::ErrorsNew => {
                for a in args {
                    self.leak_to_heap(a);
                }
                Flows::new()
            }
        }
    }
}

/// Whether values of `t` are pointers as the analysis tracks them (not integers).
fn is_pointer(t: &Type) -> bool {
    !matches!(
        t.under(),
        Type::Int | Type::Sized(_) | Type::Float(_) | Type::Bool
    )
}
