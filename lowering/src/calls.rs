//! Calls: direct and indirect calls of Go functions and closures, and runtime calls.
//!
//! In a function with defers, a call that can panic while a defer of the frame may be
//! pending is a `try_call` whose exceptional edge goes to the landing pad, preceded by
//! the store of deferBits (open-coded) that the runtime will read. Other calls are plain:
//! a panic passing through them finds nothing of this frame to run. The callee is always
//! a Go-convention function (`context::GO_CALL_CONV`: a Go function, a closure, or the
//! stub of a runtime entry that can panic). Calls of the stubs of runtime functions that
//! cannot panic are plain calls.

use crate::function::FnLowerer;
use cranelift_codegen::ir::types;
use cranelift_codegen::ir::{
    BlockArg, BlockCall, ExceptionTableData, ExceptionTableItem, FuncRef, InstBuilder,
    MemFlagsData, SigRef, Value,
};
use runtime::abi::{runtime_function, CLOSURE_CODE_OFFSET};

/// What is called.
#[derive(Clone, Copy)]
pub(crate) enum CallTarget {
    Direct(FuncRef),
    Indirect(SigRef, Value),
}

impl<'a, 'b, 'm> FnLowerer<'a, 'b, 'm> {
    pub fn func_ref(&mut self, id: cranelift_module::FuncId) -> FuncRef {
        if let Some(r) = self.func_refs.get(&id) {
            return *r;
        }
        let r = self.module.declare_func_in_func(id, self.b.func);
        self.func_refs.insert(id, r);
        r
    }

    /// Emits a call that may unwind: a `try_call` to the landing pad when a defer of this
    /// frame may be pending at it (`FrameState::call_is_covered`; deferBits stored first),
    /// a plain call otherwise; the chain head of a frame with records is stored first
    /// either way. Returns the callee's results.
    pub fn emit_call(&mut self, target: CallTarget, args: &[Value]) -> Vec<Value> {
        let landing = self
            .defers
            .landing
            .filter(|_| self.defers.call_is_covered());
        self.store_chain_head();
        let Some(landing) = landing else {
            let inst = match target {
                CallTarget::Direct(f) => self.b.ins().call(f, args),
                CallTarget::Indirect(sig, callee) => self.b.ins().call_indirect(sig, callee, args),
            };
            return self.b.inst_results(inst).to_vec();
        };
        let sig = match target {
            CallTarget::Direct(f) => self.b.func.dfg.ext_funcs[f].signature,
            CallTarget::Indirect(sig, _) => sig,
        };
        let ret_tys: Vec<types::Type> = self.b.func.dfg.signatures[sig]
            .returns
            .iter()
            .map(|p| p.value_type)
            .collect();
        self.defers.covered_calls = true;
        self.store_defer_bits();
        let cont = self.b.create_block();
        for t in &ret_tys {
            self.b.append_block_param(cont, *t);
        }
        let pool = &mut self.b.func.dfg.value_lists;
        let normal = BlockCall::new(
            cont,
            (0..ret_tys.len()).map(|i| BlockArg::TryCallRet(i as u32)),
            pool,
        );
        let exceptional = BlockCall::new(landing, std::iter::empty(), pool);
        let table = self
            .b
            .func
            .dfg
            .exception_tables
            .push(ExceptionTableData::new(
                sig,
                normal,
                [ExceptionTableItem::Default(exceptional)],
            ));
        let inst = match target {
            CallTarget::Direct(f) => self.b.ins().try_call(f, args, table),
            CallTarget::Indirect(_, callee) => self.b.ins().try_call_indirect(callee, args, table),
        };
        self.last_call = Some(inst);
        let from = self.b.current_block();
        self.b.switch_to_block(cont);
        // Sealed at once (its only predecessor is known): variables read here resolve to
        // their values before the call, so deferBits stays a known constant across the
        // calls of straight-line code, and the exits' bit tests fold.
        self.b.seal_block(cont);
        // The continuation's only predecessor is this call: what it stored holds here.
        for stored in [&mut self.defers.bits_stored, &mut self.defers.head_stored] {
            if let Some((blk, v)) = *stored {
                if Some(blk) == from {
                    *stored = Some((cont, v));
                }
            }
        }
        self.b.block_params(cont).to_vec()
    }

    /// Calls a runtime function by name through its stub (which checks the stack and
    /// passes its frame pointer), as a call covered by the landing pad when it may panic.
    pub fn call_rt(&mut self, name: &str, args: &[Value]) -> Vec<Value> {
        let rf = runtime_function(name);
        self.shared.used_stubs.borrow_mut().insert(rf.name);
        let stub = self.shared.stubs[name];
        let fr = self.func_ref(stub);
        if rf.may_panic {
            self.emit_call(CallTarget::Direct(fr), args)
        } else {
            self.store_chain_head();
            let inst = self.b.ins().call(fr, args);
            self.b.inst_results(inst).to_vec()
        }
    }

    /// Calls the closure object `closure` (non-null) with `args`, whose Go signature gives
    /// the indirect call signature `sig`.
    pub fn call_closure(&mut self, sig: SigRef, closure: Value, args: &[Value]) -> Vec<Value> {
        let code = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            closure,
            CLOSURE_CODE_OFFSET,
        );
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(closure);
        all.extend_from_slice(args);
        self.emit_call(CallTarget::Indirect(sig, code), &all)
    }

    /// Imports the signature of a Go function type into this function.
    pub fn go_sig_ref(&mut self, sig: &crate::ir::Signature) -> SigRef {
        let s = crate::context::go_signature(self.module.isa().default_call_conv(), sig);
        self.b.import_signature(s)
    }
}
