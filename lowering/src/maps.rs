//! Lowering of maps: `m[k]` (and its comma-ok form), the entry place of `m[k] = v`, map
//! literals, `make`, `delete`, `clear` and `range`, as calls of the runtime's map entries
//! (`runtime::maps`), with keys passed by the address of a frame slot.

use crate::function::{FnLowerer, Targets};
use crate::ir::{Block as IrBlock, Expr, LabelId, LocalId, Type};
use crate::layout;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, Value};

/// The key and value types of the map type `ty`.
pub(crate) fn map_types(ty: &Type) -> (Type, Type) {
    match ty.under() {
        Type::Map(k, v) => ((**k).clone(), (**v).clone()),
        other => panic!("map operation on {other:?}"),
    }
}

/// Byte offset of the value in a map entry (the runtime's `GoMap::val_offset`).
pub(crate) fn val_offset(key: &Type) -> i32 {
    layout::align8(layout::size_of(key)) as i32
}

impl<'a, 'b, 'm> FnLowerer<'a, 'b, 'm> {
    /// The address of a frame slot holding the key words `k` of type `key`.
    pub(crate) fn key_addr(&mut self, key: &Type, k: &[Value]) -> Value {
        let slot = self.slot(layout::align8(layout::size_of(key)).max(8));
        let a = self.b.ins().stack_addr(types::I64, slot, 0);
        self.store_value(key, k, a, 0);
        a
    }

    /// `m[k]`: the value (zero when absent), and with `comma_ok` whether it was there.
    pub(crate) fn map_index(
        &mut self,
        map_ty: &Type,
        m: Value,
        k: &[Value],
        comma_ok: bool,
    ) -> Vec<Value> {
        let (kt, vt) = map_types(map_ty);
        let ka = self.key_addr(&kt, k);
        let p = self.call_rt("rt_map_access", &[m, ka])[0];
        let found = self.b.create_block();
        let join = self.b.create_block();
        for t in layout::words(&vt) {
            self.b.append_block_param(join, t);
        }
        self.b.append_block_param(join, types::I8);
        let mut zeros: Vec<cranelift_codegen::ir::BlockArg> =
            self.zero_words(&vt).into_iter().map(Into::into).collect();
        zeros.push(self.b.ins().iconst(types::I8, 0).into());
        self.b.ins().brif(p, found, &[], join, &zeros);
        self.b.switch_to_block(found);
        let mut vals: Vec<cranelift_codegen::ir::BlockArg> = self
            .load_value(&vt, p, 0)
            .into_iter()
            .map(Into::into)
            .collect();
        vals.push(self.b.ins().iconst(types::I8, 1).into());
        self.b.ins().jump(join, &vals);
        self.b.switch_to_block(join);
        let params = self.b.block_params(join).to_vec();
        if comma_ok {
            params
        } else {
            params[..params.len() - 1].to_vec()
        }
    }

    /// The address of the value of `m[k]`, the entry added if absent (a nil map panics).
    pub(crate) fn map_assign_addr(&mut self, map_ty: &Type, m: Value, k: &[Value]) -> Value {
        let (kt, _) = map_types(map_ty);
        let ka = self.key_addr(&kt, k);
        self.call_rt("rt_map_assign", &[m, ka])[0]
    }

    /// A new map of type `ty`.
    pub(crate) fn make_map(&mut self, ty: &Type) -> Value {
        let (kt, vt) = map_types(ty);
        let kd = self
            .b
            .ins()
            .iconst(types::I64, self.shared.type_desc(&kt) as i64);
        let vd = self
            .b
            .ins()
            .iconst(types::I64, self.shared.type_desc(&vt) as i64);
        // An entry block is the pair (key, value), the value at the next multiple of 8.
        let entry = self.ptr_map(&Type::Tuple(vec![kt, vt]));
        self.call_rt("rt_map_new", &[kd, vd, entry])[0]
    }

    /// `map[K]V{k: v, ...}`.
    pub(crate) fn map_lit(&mut self, ty: &Type, kvs: &'a [(Expr, Expr)]) -> Value {
        let (_, vt) = map_types(ty);
        let m = self.make_map(ty);
        for (k, v) in kvs {
            let kw = self.expr(k);
            let vw = self.expr(v);
            let a = self.map_assign_addr(ty, m, &kw);
            self.store_value(&vt, &vw, a, 0);
        }
        m
    }

    /// `delete(m, k)`.
    pub(crate) fn map_delete(&mut self, map_ty: &Type, m: Value, k: &[Value]) {
        let (kt, _) = map_types(map_ty);
        let ka = self.key_addr(&kt, k);
        self.call_rt("rt_map_delete", &[m, ka]);
    }

    /// `for key, value := range m { body }`.
    pub(crate) fn lower_range_map(
        &mut self,
        label: LabelId,
        key: Option<LocalId>,
        value: Option<LocalId>,
        map: &'a Expr,
        body: &'a IrBlock,
    ) {
        let (kt, vt) = map_types(&map.ty);
        self.calls_first(&[map]);
        let m = self.expr(map)[0];
        let mvar = self.new_var(types::I64);
        self.b.def_var(mvar, m);
        let end = self.call_rt("rt_map_end", &[m])[0];
        let end_var = self.new_var(types::I64);
        self.b.def_var(end_var, end);
        let cursor = self.new_var(types::I64);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.def_var(cursor, zero);
        let header = self.b.create_block();
        let body_b = self.b.create_block();
        let exit = self.b.create_block();
        self.targets.insert(
            label,
            Targets {
                brk: exit,
                cont: Some(header),
            },
        );
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        let (m, i, end) = (
            self.b.use_var(mvar),
            self.b.use_var(cursor),
            self.b.use_var(end_var),
        );
        let r = self.call_rt("rt_map_next", &[m, i, end]);
        let (next, entry) = (r[0], r[1]);
        self.b.def_var(cursor, next);
        let done = self.b.ins().icmp_imm_s(IntCC::Equal, entry, 0);
        self.b.ins().brif(done, exit, &[], body_b, &[]);
        self.b.switch_to_block(body_b);
        if let Some(k) = key {
            self.declare_local(k);
            let kv = self.load_value(&kt, entry, 0);
            self.write_local(k, &kv);
        }
        if let Some(v) = value {
            self.declare_local(v);
            let vv = self.load_value(&vt, entry, val_offset(&kt));
            self.write_local(v, &vv);
        }
        self.lower_block(body);
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(exit);
    }
}
