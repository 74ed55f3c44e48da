//! Scopes: the universe, the package block and nested local blocks, mapping names to
//! entities (variables, constants, functions, types, packages, builtins).

use super::types::ConstVal;
use lowering::ir::{FuncId, GlobalId, Type};
use std::collections::HashMap;

/// Index of a source variable (or parameter/result) in [`super::Checker::vars`].
pub type VarId = usize;

#[derive(Clone, Debug)]
pub enum Entity {
    Var(VarId),
    Global(GlobalId),
    /// A package-level variable whose declaration has not been checked yet (index into
    /// the package var specs).
    PendingGlobal(usize),
    Const(ConstVal, Option<Type>),
    /// A package-level constant not yet evaluated (index into the package const list).
    PendingConst(usize),
    Func(FuncId),
    Type(Type),
    /// A package-level alias not yet resolved (index into the package type list).
    PendingType(usize),
    /// An imported package: its name and import index.
    Package(String, usize),
    Builtin(&'static str),
    Nil,
    /// A predeclared name outside the subset (`float64`, `cap`, ...).
    Unsupported(&'static str),
}

pub struct Scopes {
    stack: Vec<HashMap<String, Entity>>,
}

impl Scopes {
    pub fn new() -> Scopes {
        let mut u = HashMap::new();
        for (n, t) in [
            ("int", Type::Int),
            ("bool", Type::Bool),
            ("string", Type::String),
            ("error", Type::Error),
            ("any", Type::Any),
        ] {
            u.insert(n.to_string(), Entity::Type(t));
        }
        u.insert("true".into(), Entity::Const(ConstVal::Bool(true), None));
        u.insert("false".into(), Entity::Const(ConstVal::Bool(false), None));
        u.insert("nil".into(), Entity::Nil);
        for b in [
            "println", "print", "panic", "recover", "len", "make", "append", "new", "cap", "copy",
            "delete", "clear", "min", "max", "complex", "real", "imag", "close",
        ] {
            u.insert(b.into(), Entity::Builtin(b));
        }
        for k in lowering::ir::IntKind::ALL {
            u.insert(k.name().to_string(), Entity::Type(Type::Sized(k)));
        }
        use lowering::ir::IntKind::{Byte, Rune};
        u.insert("byte".into(), Entity::Type(Type::Sized(Byte)));
        u.insert("rune".into(), Entity::Type(Type::Sized(Rune)));
        use lowering::ir::FloatKind::{F32, F64};
        u.insert("float32".into(), Entity::Type(Type::Float(F32)));
        u.insert("float64".into(), Entity::Type(Type::Float(F64)));
        u.insert("complex64".into(), Entity::Type(Type::Complex(F32)));
        u.insert("complex128".into(), Entity::Type(Type::Complex(F64)));
        u.insert("comparable".into(), Entity::Unsupported("type"));
        Scopes {
            stack: vec![u, HashMap::new()],
        }
    }

    pub fn push(&mut self) {
        self.stack.push(HashMap::new());
    }

    pub fn pop(&mut self) {
        if self.stack.len() > 2 {
            self.stack.pop();
        }
    }

    pub fn lookup(&self, name: &str) -> Option<&Entity> {
        self.stack.iter().rev().find_map(|s| s.get(name))
    }

    /// Whether `name` is declared in the innermost scope.
    pub fn declared_here(&self, name: &str) -> Option<&Entity> {
        self.stack.last().and_then(|s| s.get(name))
    }

    pub fn insert(&mut self, name: &str, e: Entity) {
        if name == "_" {
            return;
        }
        if let Some(s) = self.stack.last_mut() {
            s.insert(name.to_string(), e);
        }
    }

    pub fn insert_package(&mut self, name: &str, e: Entity) {
        if name == "_" {
            return;
        }
        self.stack[1].insert(name.to_string(), e);
    }

    /// The package block's names, leaving it empty.
    /// The package scope (the names declared at package level).
    pub fn package_scope(&self) -> &HashMap<String, Entity> {
        &self.stack[1]
    }

    pub fn package_lookup(&self, name: &str) -> Option<&Entity> {
        self.stack[1].get(name)
    }

    /// Number of scopes (used to restore after an early exit).
    pub fn depth(&self) -> usize {
        self.stack.len()
    }

    pub fn truncate(&mut self, depth: usize) {
        self.stack.truncate(depth.max(2));
    }
}

impl Scopes {
    /// Removes the local scopes (keeping universe and package), for checking a
    /// package-level declaration from inside a function.
    pub fn take_locals(&mut self) -> Vec<HashMap<String, Entity>> {
        self.stack.split_off(2)
    }

    pub fn restore_locals(&mut self, l: Vec<HashMap<String, Entity>>) {
        self.stack.truncate(2);
        self.stack.extend(l);
    }
}

impl Default for Scopes {
    fn default() -> Self {
        Scopes::new()
    }
}
