//! Lowering of channels: `make(chan T, n)`, send, receive (and its comma-ok form),
//! `close`, `len`/`cap` and `select`, as calls of the runtime's channel entries
//! (`runtime::chan`), with values passed by the address of a frame slot.

use crate::function::{FnLowerer, Targets};
use crate::ir::{Block as IrBlock, Expr, LabelId, SelectCase, Type};
use crate::layout;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};

/// The element type of the channel type `ty`.
pub(crate) fn chan_elem(ty: &Type) -> Type {
    match ty.under() {
        Type::Chan(_, e) => (**e).clone(),
        other => panic!("channel operation on {other:?}"),
    }
}

impl<'a, 'b, 'm> FnLowerer<'a, 'b, 'm> {
    /// A frame slot with room for one element of `elem`: its address.
    fn elem_slot(&mut self, elem: &Type) -> Value {
        let slot = self.slot(layout::align8(layout::size_of(elem)).max(8));
        self.b.ins().stack_addr(types::I64, slot, 0)
    }

    /// `make(chan T, n)` of type `ty`; `cap` absent for an unbuffered channel.
    pub(crate) fn make_chan(&mut self, ty: &Type, cap: Option<Value>) -> Value {
        let elem = chan_elem(ty);
        let size = self
            .b
            .ins()
            .iconst(types::I64, layout::size_of(&elem) as i64);
        let cap = cap.unwrap_or_else(|| self.b.ins().iconst(types::I64, 0));
        self.call_rt("rt_makechan", &[size, cap])[0]
    }

    /// `c <- v`.
    pub(crate) fn chan_send(&mut self, ty: &Type, c: Value, v: &[Value]) {
        let elem = chan_elem(ty);
        let a = self.elem_slot(&elem);
        self.store_value(&elem, v, a, 0);
        self.call_rt("rt_chansend", &[c, a]);
    }

    /// `<-c`: the value, and with `comma_ok` whether it was sent.
    pub(crate) fn chan_recv(&mut self, ty: &Type, c: Value, comma_ok: bool) -> Vec<Value> {
        let elem = chan_elem(ty);
        let a = self.elem_slot(&elem);
        let ok = self.call_rt("rt_chanrecv", &[c, a])[0];
        let mut v = self.load_value(&elem, a, 0);
        if comma_ok {
            v.push(self.b.ins().ireduce(types::I8, ok));
        }
        v
    }

    /// `select`: the cases laid out for `rt_select` (channel, value address, send flag),
    /// the chosen case's body run, or the default's.
    pub(crate) fn lower_select(
        &mut self,
        label: LabelId,
        cases: &'a [SelectCase],
        default: Option<&'a IrBlock>,
    ) {
        let exit = self.b.create_block();
        self.targets.insert(
            label,
            Targets {
                brk: exit,
                cont: None,
            },
        );
        // Channels and sent values, in source order.
        let mut slots = Vec::new();
        for c in cases {
            let operands: Vec<&'a Expr> = std::iter::once(&c.chan).chain(c.send.iter()).collect();
            self.calls_first(&operands);
            let ch = self.expr(&c.chan)[0];
            let elem = chan_elem(&c.chan.ty);
            let addr = self.elem_slot(&elem);
            if let Some(v) = &c.send {
                let vals = self.expr(v);
                self.store_value(&elem, &vals, addr, 0);
            }
            slots.push((ch, addr));
        }
        let n = cases.len();
        let table = self.slot((24 * n).max(8) as u32);
        let t = self.b.ins().stack_addr(types::I64, table, 0);
        for (i, (c, (ch, addr))) in cases.iter().zip(&slots).enumerate() {
            let off = (24 * i) as i32;
            let f = MemFlagsData::trusted();
            self.b.ins().store(f, *ch, t, off);
            self.b.ins().store(f, *addr, t, off + 8);
            let send = self.b.ins().iconst(types::I64, i64::from(c.send.is_some()));
            self.b.ins().store(f, send, t, off + 16);
        }
        let count = self.b.ins().iconst(types::I64, n as i64);
        let block = self
            .b
            .ins()
            .iconst(types::I64, i64::from(default.is_none()));
        let r = self.call_rt("rt_select", &[t, count, block]);
        let (chosen, ok) = (r[0], r[1]);
        let bodies: Vec<_> = cases.iter().map(|_| self.b.create_block()).collect();
        for (i, &body_b) in bodies.iter().enumerate() {
            let is = self.b.ins().icmp_imm_s(IntCC::Equal, chosen, i as i64);
            let next = self.b.create_block();
            self.b.ins().brif(is, body_b, &[], next, &[]);
            self.b.switch_to_block(next);
        }
        // None chosen: the default (the runtime returned -1).
        match default {
            Some(d) => {
                self.lower_block(d);
                self.b.ins().jump(exit, &[]);
            }
            None => {
                self.b.ins().jump(exit, &[]);
            }
        }
        for ((c, &(_, addr)), body_b) in cases.iter().zip(&slots).zip(bodies) {
            self.b.switch_to_block(body_b);
            if let Some(v) = c.value {
                let elem = chan_elem(&c.chan.ty);
                self.declare_local(v);
                let vals = self.load_value(&elem, addr, 0);
                self.write_local(v, &vals);
            }
            if let Some(k) = c.ok {
                self.declare_local(k);
                let b = self.b.ins().ireduce(types::I8, ok);
                self.write_local(k, &[b]);
            }
            self.lower_block(&c.body);
            self.b.ins().jump(exit, &[]);
        }
        self.b.switch_to_block(exit);
    }
}
