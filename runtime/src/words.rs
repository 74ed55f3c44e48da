//! The two-word result of runtime functions that return two values (in the two SystemV return registers).

/// Returned in the first (`a`) and second (`b`) SystemV integer return registers.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Words2 {
    /// The first word (RAX).
    pub a: i64,
    /// The second word (RDX).
    pub b: i64,
}

impl Words2 {
    /// Both words, from addresses or sizes.
    pub fn new(a: usize, b: usize) -> Words2 {
        Words2 {
            a: a as i64,
            b: b as i64,
        }
    }
}
