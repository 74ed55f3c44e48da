//! `runtime.SetFinalizer`: finalizers registered per object, queued by a collection that
//! finds their object unreachable (the object and what it reaches are kept for that
//! collection, as gc keeps them), and run one after the other by the finalizer goroutine,
//! written in Go (`lib/runtime`), which takes them from the queue (see `gcapi`).

use crate::goroutine::RunState;
use std::collections::HashMap;

/// A finalizer: the closure to call and how to pass it the object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Finalizer {
    /// The func value (a closure pointer).
    pub closure: usize,
    /// It takes an interface (`func(any)`): it is passed the object's type word too.
    pub takes_interface: bool,
    /// The object's type word (what an interface holding it has).
    pub obj_type: usize,
}

/// The run's finalizers.
#[derive(Debug, Default)]
pub struct Finalizers {
    /// By the start address of their object.
    registered: HashMap<usize, Finalizer>,
    /// Found unreachable, waiting for the finalizer goroutine: the finalizer and the
    /// object, oldest first.
    queued: std::collections::VecDeque<(Finalizer, usize)>,
}

impl Finalizers {
    /// Sets (or with `None` clears) the finalizer of the object starting at `obj`.
    pub fn set(&mut self, obj: usize, f: Option<Finalizer>) {
        match f {
            Some(f) => {
                self.registered.insert(obj, f);
            }
            None => {
                self.registered.remove(&obj);
            }
        }
    }

    /// Whether the object starting at `obj` has a finalizer.
    pub fn is_set(&self, obj: usize) -> bool {
        self.registered.contains_key(&obj)
    }

    /// The oldest queued finalizer and its object, removed.
    pub fn next(&mut self) -> Option<(Finalizer, usize)> {
        self.queued.pop_front()
    }

    /// Whether any finalizer waits to run.
    pub fn any_queued(&self) -> bool {
        !self.queued.is_empty()
    }
}

/// Marks the finalizers' closures and the queued objects (roots of every collection).
pub fn mark_roots(run: &mut RunState) {
    let heap = &mut run.heap;
    for f in run.finalizers.registered.values() {
        heap.mark_word(f.closure);
    }
    for (f, obj) in &run.finalizers.queued {
        heap.mark_word(f.closure);
        heap.mark_word(*obj);
    }
}

/// After the roots are marked: the finalizers of objects left unmarked are queued, and
/// their objects marked so that they survive until their finalizer has run.
pub fn after_mark(run: &mut RunState) {
    let heap = &mut run.heap;
    let fins = &mut run.finalizers;
    let dead: Vec<usize> = fins
        .registered
        .keys()
        .copied()
        .filter(|&obj| !heap.is_marked(obj))
        .collect();
    let mut dead = dead;
    // Queue them in address order: a deterministic order for a run.
    dead.sort_unstable();
    for obj in dead {
        if let Some(f) = fins.registered.remove(&obj) {
            fins.queued.push_back((f, obj));
            heap.mark_word(obj);
        }
    }
}
