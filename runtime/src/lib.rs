//! deferjit's native runtime.
pub mod abi;
pub mod registry;
