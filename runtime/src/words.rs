//! The two-word result of runtime functions that return two values (in the two SystemV return registers).

/// Returned in the first (`a`) and second (`b`) SystemV integer return registers.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Words2 {
    pub a: i64,
    pub b: i64,
}

impl Words2 {
    pub fn new(a: usize, b: usize) -> Words2 {
        Words2 {
            a: a as i64,
            b: b as i64,
        }
    }
}
