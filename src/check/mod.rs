//! The checker (placeholder during bring-up).
pub fn check(file_name: &str, source: &str) -> Result<lowering::ir::Program, crate::diag::CompileError> {
    let _ = crate::syntax::parse(source).map_err(|e| crate::diag::CompileError::new(file_name, e.pos, e.msg))?;
    todo!()
}
