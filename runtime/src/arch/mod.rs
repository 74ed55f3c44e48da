//! Architecture-specific code: resuming execution at a given SP/FP/PC, signal contexts,
//! and the shape of generated prologues.

#[cfg(target_arch = "x86_64")]
pub mod x86_64;
#[cfg(target_arch = "x86_64")]
pub use x86_64::*;

#[cfg(not(target_arch = "x86_64"))]
compile_error!("deferjit's runtime supports x86_64 only");
