//! deferjit's typed IR and its lowering to Cranelift IR.
pub mod ir;
pub mod strategy;
