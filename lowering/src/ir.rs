//! The typed IR: what the checker (`deferjit::check`) produces and the lowering consumes.
//!
//! The IR is already resolved and desugared: every name is a [`LocalId`], [`GlobalId`] or
//! [`FuncId`]; every expression carries its [`Type`]; implicit conversions to interfaces are
//! explicit [`ExprKind::ToIface`] nodes; `x += e`, `x++` and `:=` are plain assignments and
//! declarations; a tag `switch` has its tag in a temporary and boolean case conditions.
//!
//! Every `defer` statement has been rewritten, as gc does, into the deferral of a niladic
//! closure ([`Stmt::Defer`]): for `defer f(a, b)` the checker evaluates `f`, `a` and `b`
//! into fresh temporaries at the defer statement and synthesizes a wrapper closure
//! (`main.g.deferwrap1`) that captures them by value and makes the call. `defer
//! func() { ... }()` defers the literal itself. The lowering builds the closure object in
//! place: in a frame slot (open-coded), in a stack record, or in a heap record.
//!
//! Variables say where they live ([`Storage`]); the checker decides it from how closures
//! capture them, so the lowering never has to do escape analysis.

pub use source::Pos;
use std::sync::{Arc, Mutex, OnceLock};

/// Index of a function in [`Program::funcs`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(pub u32);

/// Index of a variable in [`Func::locals`] of the function that uses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalId(pub u32);

/// Index of a package-level variable in [`Program::globals`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GlobalId(pub u32);

/// A `for` loop or `switch` that `break` / `continue` can name; unique within a function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LabelId(pub u32);

/// Types of the subset. Interfaces (`Any`, `Error`) are two words: a type descriptor
/// pointer (null for nil) and a data word.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// `int`: 64-bit two's complement, wrapping.
    Int,
    /// `bool`: one byte, 0 or 1.
    Bool,
    /// `string`: (pointer, length).
    String,
    /// `error`: an interface with the `Error() string` method.
    Error,
    /// `any` / `interface{}`.
    Any,
    /// `[]T`: (pointer, length, capacity).
    Slice(Box<Type>),
    /// A func type: one word, a pointer to a closure object or null.
    Func(Box<Signature>),
    /// `*testing.B`: one word, a pointer to the benchmark state (only `b.N` is read).
    TestingB,
    /// The type of a call with zero or several results; never the type of a variable.
    Tuple(Vec<Type>),
    /// A defined (named) type `type T U`: identity is the declaration ([`NamedType::id`]),
    /// its values are laid out as its underlying type's.
    Named(Arc<NamedType>),
    /// A struct type: its fields' words in order, in memory at gc's offsets.
    Struct(Arc<StructType>),
    /// `*T`: one word, an address or null.
    Pointer(Box<Type>),
    /// An interface type with methods (other than `error`): two words like `Any`, the
    /// dynamic type's descriptor (whose vtable holds the methods) and the data word.
    Interface(Arc<InterfaceType>),
    /// An integer type other than `int`: one word of its width (`int64`, `uint8`, ...);
    /// arithmetic wraps at that width.
    Sized(IntKind),
    /// `map[K]V`: one word, a pointer to the runtime's map or null.
    Map(Box<Type>, Box<Type>),
    /// `chan T`, `chan<- T`, `<-chan T`: one word, a pointer to the runtime's channel or
    /// null.
    Chan(ChanDir, Box<Type>),
    /// `[N]T`: its elements' words in order, in memory `N` elements of `T`'s size.
    Array(Box<Type>, u64),
    /// `float32` or `float64`: one IEEE 754 word of that width; arithmetic rounds to it.
    Float(FloatKind),
    /// `complex64` or `complex128` (the kind of its parts): two float words, the real
    /// and the imaginary part, laid out in memory as `[2]float32` / `[2]float64`.
    Complex(FloatKind),
    /// `unsafe.Pointer`: one word, an address or null, convertible to and from any
    /// pointer type and `uintptr`.
    UnsafePointer,
}

/// The floating-point types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FloatKind {
    /// `float32`
    F32,
    /// `float64`
    F64,
}

impl FloatKind {
    /// Width in bits.
    pub fn bits(self) -> u32 {
        match self {
            FloatKind::F32 => 32,
            FloatKind::F64 => 64,
        }
    }

    /// Go's name of the type.
    pub fn name(self) -> &'static str {
        match self {
            FloatKind::F32 => "float32",
            FloatKind::F64 => "float64",
        }
    }

    /// Go's name of the complex type whose parts are of this kind.
    pub fn complex_name(self) -> &'static str {
        match self {
            FloatKind::F32 => "complex64",
            FloatKind::F64 => "complex128",
        }
    }
}

/// The direction of a channel type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    /// `chan T`: send and receive.
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

/// Go's spelling of a channel type of direction `d` and element `e` (`name` spells the
/// element): `chan (<-chan int)` needs its parentheses.
pub fn chan_name(d: ChanDir, e: &Type, name: impl Fn(&Type) -> String) -> String {
    let elem = name(e);
    match d {
        ChanDir::Both if matches!(e, Type::Chan(ChanDir::Recv, _)) => format!("chan ({elem})"),
        ChanDir::Both => format!("chan {elem}"),
        ChanDir::Send => format!("chan<- {elem}"),
        ChanDir::Recv => format!("<-chan {elem}"),
    }
}

/// The integer types other than `int`. `Byte` and `Rune` are `U8` and `I32` under the
/// names `byte` and `rune` (types2 keeps the alias's name in messages): equal to them.
#[derive(Clone, Copy, Debug)]
pub enum IntKind {
    /// `byte`: `uint8` by another name.
    Byte,
    /// `rune`: `int32` by another name.
    Rune,
    /// `int8`
    I8,
    /// `int16`
    I16,
    /// `int32` (`rune`)
    I32,
    /// `int64`
    I64,
    /// `uint`
    U,
    /// `uint8` (`byte`)
    U8,
    /// `uint16`
    U16,
    /// `uint32`
    U32,
    /// `uint64`
    U64,
    /// `uintptr`
    Uptr,
}

impl PartialEq for IntKind {
    fn eq(&self, other: &Self) -> bool {
        std::mem::discriminant(&self.canonical()) == std::mem::discriminant(&other.canonical())
    }
}
impl Eq for IntKind {}
impl std::hash::Hash for IntKind {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        std::mem::discriminant(&self.canonical()).hash(state)
    }
}

impl IntKind {
    /// `uint8` for `byte`, `int32` for `rune`, itself otherwise.
    pub fn canonical(self) -> IntKind {
        match self {
            IntKind::Byte => IntKind::U8,
            IntKind::Rune => IntKind::I32,
            k => k,
        }
    }

    /// Every kind, in Go's order.
    pub const ALL: [IntKind; 10] = [
        IntKind::I8,
        IntKind::I16,
        IntKind::I32,
        IntKind::I64,
        IntKind::U,
        IntKind::U8,
        IntKind::U16,
        IntKind::U32,
        IntKind::U64,
        IntKind::Uptr,
    ];

    /// Width in bits.
    pub fn bits(self) -> u32 {
        match self.canonical() {
            IntKind::I8 | IntKind::U8 => 8,
            IntKind::I16 | IntKind::U16 => 16,
            IntKind::I32 | IntKind::U32 => 32,
            _ => 64,
        }
    }

    /// Whether the type is signed.
    pub fn signed(self) -> bool {
        matches!(
            self.canonical(),
            IntKind::I8 | IntKind::I16 | IntKind::I32 | IntKind::I64
        )
    }

    /// Go's name (`uint8` for `byte`: the runtime's name).
    pub fn name(self) -> &'static str {
        match self.canonical() {
            IntKind::I8 => "int8",
            IntKind::I16 => "int16",
            IntKind::I32 => "int32",
            IntKind::I64 => "int64",
            IntKind::U => "uint",
            IntKind::U8 => "uint8",
            IntKind::U16 => "uint16",
            IntKind::U32 => "uint32",
            IntKind::U64 => "uint64",
            IntKind::Uptr => "uintptr",
            IntKind::Byte | IntKind::Rune => unreachable!("canonical"),
        }
    }

    /// The name types2 prints (`byte` and `rune` by their own names).
    pub fn source_name(self) -> &'static str {
        match self {
            IntKind::Byte => "byte",
            IntKind::Rune => "rune",
            k => k.name(),
        }
    }

    /// The smallest and largest values.
    pub fn range(self) -> (i128, i128) {
        let b = self.bits();
        if self.signed() {
            (-(1i128 << (b - 1)), (1i128 << (b - 1)) - 1)
        } else {
            (0, (1i128 << b) - 1)
        }
    }
}

/// The methods of an interface type, sorted by name (embedded interfaces flattened).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct InterfaceType {
    /// The methods, sorted by name.
    pub methods: Vec<IfaceMethod>,
}

/// One method of an interface type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IfaceMethod {
    /// The method's name.
    pub name: String,
    /// Its signature (without a receiver).
    pub sig: Signature,
    /// Its index in [`Program::selectors`] (name and signature).
    pub selector: u32,
}

/// A defined type. Two `Named` types are identical only when they come from the same
/// declaration (two local `type T` in different functions are different types).
///
/// The underlying type is set once, after the declaration's type expression is resolved
/// (it may mention the type itself through a pointer, slice or func). Such a recursive
/// type is a reference cycle and is not freed (a few hundred bytes per recursive type).
pub struct NamedType {
    /// Unique among the named types of a program.
    pub id: u32,
    /// Go's runtime name (`main.T`), as `%T` and panics print it.
    pub name: String,
    /// The name as the checker's messages print it (`T`).
    pub short_name: String,
    /// The import path of its package (`main`, `container/list`): its methods' symbols
    /// are `container/list.(*Element).Next`.
    pub pkg_path: String,
    /// The underlying type (never `Named`); unset only while the declaration is resolved.
    pub underlying: OnceLock<Type>,
    /// The methods declared with this type (or `*T`) as receiver, in declaration order.
    pub methods: Mutex<Vec<Method>>,
}

/// A method of a [`NamedType`].
#[derive(Clone, Debug)]
pub struct Method {
    /// The method's name.
    pub name: String,
    /// The function implementing it: its first parameter is the receiver.
    pub func: FuncId,
    /// Whether the receiver is `*T` (else `T`).
    pub pointer_receiver: bool,
    /// The signature without the receiver.
    pub sig: Signature,
    /// Its index in [`Program::selectors`] (name and signature).
    pub selector: u32,
    /// The wrapper that calls it on the data word of an interface holding a `T` (value
    /// receivers only).
    pub value_wrapper: Option<FuncId>,
    /// The wrapper that calls it on the data word of an interface holding a `*T`.
    pub pointer_wrapper: Option<FuncId>,
    /// Promoted from an embedded field (a synthesized method calling the embedded
    /// value's): selectors still resolve it through the embedding.
    pub promoted: bool,
}

impl NamedType {
    /// The underlying type; `Int` while it is still being resolved (the checker reports
    /// an invalid recursive type in that case).
    pub fn underlying(&self) -> &Type {
        self.underlying.get().unwrap_or(&Type::Int)
    }

    /// The method named `name`, if declared.
    pub fn method(&self, name: &str) -> Option<Method> {
        let ms = self.methods.lock().unwrap_or_else(|e| e.into_inner());
        ms.iter().find(|m| m.name == name).cloned()
    }
}

impl PartialEq for NamedType {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}
impl Eq for NamedType {}
impl std::hash::Hash for NamedType {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.id.hash(state)
    }
}
impl std::fmt::Debug for NamedType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}#{}", self.name, self.id)
    }
}

/// A struct type's fields.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StructType {
    /// The fields, in declaration order.
    pub fields: Vec<StructField>,
}

/// One field of a struct type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StructField {
    /// The field's name (`_` fields included; an embedded field's is its type's name).
    pub name: String,
    /// The field's type.
    pub ty: Type,
    /// An embedded field (`T` or `*T`): its fields and methods are promoted.
    pub embedded: bool,
}

impl Type {
    /// Go's spelling of the type, as the runtime prints it (`[]int`, `main.T`).
    pub fn go_name(&self) -> String {
        match self {
            Type::Int => "int".into(),
            Type::Bool => "bool".into(),
            Type::String => "string".into(),
            Type::Error => "error".into(),
            Type::Any => "interface {}".into(),
            Type::Slice(e) => format!("[]{}", e.go_name()),
            Type::Func(sig) => sig.go_name(),
            Type::TestingB => "*testing.B".into(),
            Type::UnsafePointer => "unsafe.Pointer".into(),
            Type::Tuple(ts) => {
                let parts: Vec<String> = ts.iter().map(Type::go_name).collect();
                format!("({})", parts.join(", "))
            }
            Type::Named(n) => n.name.clone(),
            Type::Struct(st) => {
                let fs: Vec<String> = st
                    .fields
                    .iter()
                    .map(|f| format!("{} {}", f.name, f.ty.go_name()))
                    .collect();
                if fs.is_empty() {
                    "struct {}".into()
                } else {
                    format!("struct {{ {} }}", fs.join("; "))
                }
            }
            Type::Pointer(e) => format!("*{}", e.go_name()),
            Type::Sized(k) => k.name().into(),
            Type::Map(k, v) => format!("map[{}]{}", k.go_name(), v.go_name()),
            Type::Chan(d, e) => chan_name(*d, e, |t| t.go_name()),
            Type::Array(e, n) => format!("[{n}]{}", e.go_name()),
            Type::Float(k) => k.name().into(),
            Type::Complex(k) => k.complex_name().into(),
            Type::Interface(it) => {
                let ms: Vec<String> = it
                    .methods
                    .iter()
                    .map(|m| format!("{}{}", m.name, &m.sig.go_name()[4..]))
                    .collect();
                format!("interface {{ {} }}", ms.join("; "))
            }
        }
    }

    /// Whether values of this type are interface values (two words: type, data).
    pub fn is_interface(&self) -> bool {
        matches!(self.under(), Type::Error | Type::Any | Type::Interface(_))
    }

    /// Whether the type is a signed sized integer (`int8`..`int64`, `rune`; not `int`,
    /// whose words are 64-bit already).
    pub fn is_signed_int(&self) -> bool {
        matches!(self.under(), Type::Sized(k) if k.signed())
    }

    /// The underlying type: itself, or a named type's underlying type.
    pub fn under(&self) -> &Type {
        match self {
            Type::Named(n) => n.underlying(),
            t => t,
        }
    }

    /// For an integer type (`int` or sized, possibly defined): its width in bits and
    /// whether it is signed.
    pub fn int_info(&self) -> Option<(u32, bool)> {
        match self.under() {
            Type::Int => Some((64, true)),
            Type::Sized(k) => Some((k.bits(), k.signed())),
            _ => None,
        }
    }

    /// Whether this is an integer type.
    pub fn is_integer(&self) -> bool {
        self.int_info().is_some()
    }

    /// The floating-point kind of this type, if it is one.
    pub fn float_kind(&self) -> Option<FloatKind> {
        match self.under() {
            Type::Float(k) => Some(*k),
            _ => None,
        }
    }

    /// The kind of the parts of this complex type, if it is one.
    pub fn complex_kind(&self) -> Option<FloatKind> {
        match self.under() {
            Type::Complex(k) => Some(*k),
            _ => None,
        }
    }

    /// Whether this is an integer, floating-point or complex type (Go's numeric types).
    pub fn is_numeric(&self) -> bool {
        self.is_integer() || self.float_kind().is_some() || self.complex_kind().is_some()
    }

    /// Whether the ordering operators (`<`, `<=`, ...) apply: integers, floats, strings.
    pub fn is_ordered(&self) -> bool {
        self.is_integer() || self.float_kind().is_some() || *self.under() == Type::String
    }

    /// The element type and length of the array type underlying `self`, if any.
    pub fn array_type(&self) -> Option<(&Type, u64)> {
        match self.under() {
            Type::Array(e, n) => Some((e, *n)),
            _ => None,
        }
    }

    /// Whether values of this type contain an array (directly or in a struct field):
    /// variables of such types live in memory, where elements can be indexed.
    pub fn contains_array(&self) -> bool {
        match self.under() {
            Type::Array(..) => true,
            Type::Struct(st) => st.fields.iter().any(|f| f.ty.contains_array()),
            _ => false,
        }
    }

    /// The struct type underlying `self`, if any.
    pub fn struct_type(&self) -> Option<&StructType> {
        match self.under() {
            Type::Struct(st) => Some(st),
            _ => None,
        }
    }
}

/// A function signature.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    /// The parameter types, in order (a variadic `...T` parameter is its `[]T`).
    pub params: Vec<Type>,
    /// The result types, in order (empty for none).
    pub results: Vec<Type>,
    /// Whether the last parameter is variadic (`...T`).
    pub variadic: bool,
}

impl Signature {
    /// `func(int, string) (int, error)` as Go prints it.
    pub fn go_name(&self) -> String {
        let mut ps: Vec<String> = self.params.iter().map(Type::go_name).collect();
        if self.variadic {
            if let (Some(last), Some(Type::Slice(e))) = (ps.last_mut(), self.params.last()) {
                *last = format!("...{}", e.go_name());
            }
        }
        let mut s = format!("func({})", ps.join(", "));
        match self.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                s.push_str(&self.results[0].go_name());
            }
            _ => {
                let rs: Vec<String> = self.results.iter().map(Type::go_name).collect();
                s.push_str(&format!(" ({})", rs.join(", ")));
            }
        }
        s
    }
}

/// A whole checked program.
#[derive(Clone, Debug)]
pub struct Program {
    /// The source file's name as given (used in traces: `hello.go:7`).
    pub file_name: String,
    /// Every source file, by [`Func::file`]: `files[0]` is `file_name`, the others are the
    /// files of the library packages the program imports (`$DEFERJIT/lib/strings/strings.go`).
    pub files: Vec<String>,
    /// The package-level variables, indexed by [`GlobalId`].
    pub globals: Vec<Global>,
    /// Every function: top-level functions, func literals, defer wrappers. A closure's
    /// body refers to its own locals only; captures are described by [`Func::captures`].
    pub funcs: Vec<Func>,
    /// Package initialization (`main.init`): assigns the globals' initial values in Go's
    /// dependency order. Always present; may have an empty body.
    pub init: FuncId,
    /// `func main()`, absent only in a benchmark file that has none.
    pub main: Option<FuncId>,
    /// `func BenchmarkXxx(b *testing.B)`, in source order: (name without the package, id).
    pub benchmarks: Vec<(String, FuncId)>,
    /// A test file's `func TestXxx(t *testing.T)` names, in source order (empty for a
    /// program); its `main` is then the entry that runs them.
    pub tests: Vec<String>,
    /// Some checked function has a `go` statement: loops may then have to poll for
    /// preemption (see `LowerOptions::assume_goroutines`).
    pub starts_goroutines: bool,
    /// A `go` statement is in the user's package, or the file is a test file: the
    /// lowering assumes the program starts goroutines.
    pub main_starts_goroutines: bool,
    /// Method selectors (`Name(sig)`, e.g. `String() string`): the index of each in a
    /// type descriptor's vtable.
    pub selectors: Vec<String>,
    /// The library functions whose bodies were never checked because nothing refers to
    /// them: they have no body, and compiling one is a bug.
    pub unchecked: Vec<FuncId>,
    /// fmt's `callFormat(*formatCall) string`, through which the runtime's printer runs a
    /// `fmt.Formatter`'s `Format` method; present when the program has `Format` methods
    /// and imports fmt. It is compiled whether or not compiled code calls it.
    pub format_call: Option<FuncId>,
}

/// A package-level variable; zero-initialized, then assigned by [`Program::init`].
#[derive(Clone, Debug)]
pub struct Global {
    /// The variable's source name (for messages and dumps).
    pub name: String,
    /// The variable's type.
    pub ty: Type,
}

/// What kind of function a [`Func`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FuncKind {
    /// A top-level `func` declaration (including `main` and benchmarks).
    TopLevel,
    /// A func literal (a closure, possibly capturing nothing).
    Literal,
    /// A wrapper synthesized for `defer f(args)` / `defer println(x)`: a niladic closure
    /// whose captures are the already-evaluated function value and arguments.
    DeferWrapper,
    /// The wrapper through which an interface calls a method: its first parameter is the
    /// interface's data word; it unpacks the receiver and calls the method. Hidden in
    /// traces and transparent to `recover`, as gc's wrappers.
    MethodWrapper,
    /// The package initializer `main.init`.
    Init,
}

/// One function.
#[derive(Clone, Debug)]
pub struct Func {
    /// gc's symbol name: `main.f`, `main.main.func1`, `main.main.func1.1`,
    /// `main.f.deferwrap1`, `main.init`.
    pub name: String,
    /// Which kind of function this is (top level, literal, defer wrapper, init).
    pub kind: FuncKind,
    /// Position of the `func` keyword.
    pub pos: Pos,
    /// The source file, an index in [`Program::files`]: 0 for the user's program, others
    /// for library packages (whose defers keep gc's strategy whatever is forced).
    pub file: u32,
    /// The parameter and result types (for a closure, without its environment).
    pub sig: Signature,
    /// Every variable the function uses: parameters, results, locals, temporaries, and
    /// (for closures) the captured variables as [`Storage::Env`] locals.
    pub locals: Vec<Local>,
    /// The parameters, in order (each a local).
    pub params: Vec<LocalId>,
    /// The result variables, in order (each a local; unnamed results get a synthesized
    /// local named `~r0`, `~r1`, ... as gc does). `return` assigns them, then exits.
    pub results: Vec<LocalId>,
    /// For a closure: its environment, in layout order. Empty for top-level functions.
    pub captures: Vec<Capture>,
    /// The function's statements; the end of the body is an implicit bare `return`.
    pub body: Block,
    /// The defer statements of this function (not of nested closures), in source order;
    /// [`Stmt::Defer::index`] indexes this.
    pub defers: Vec<DeferSite>,
    /// Number of explicit `return` statements in the body (not in nested closures), as gc
    /// counts them for the open-coding rule `returns * defers <= 15`.
    pub return_count: u32,
    /// Position of the closing brace (the implicit return's position, for line tables).
    pub end_pos: Pos,
}

/// A variable.
#[derive(Clone, Debug)]
pub struct Local {
    /// Source name (`x`), or a synthesized one (`~r0`, `~tmp3`) for temporaries.
    pub name: String,
    /// The variable's type.
    pub ty: Type,
    /// Where the variable lives, as the checker decided from its captures and escape
    /// analysis.
    pub storage: Storage,
    /// Declaration position.
    pub pos: Pos,
    /// How many loops of its function enclose the declaration (gc's `loopDepth`; loop
    /// variables of a `for` count as inside it, as do statements a backward `goto`
    /// repeats): a pointer to it held in a variable of a smaller depth outlives it.
    pub loop_depth: u32,
}

/// Where a variable lives; decided by the checker from how it is captured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Storage {
    /// An SSA variable: never captured by reference.
    Value,
    /// A stack slot of the function's frame: captured by reference only by closures that
    /// cannot outlive the frame (deferred closures) and declared outside any loop of the
    /// function, or addressed only by pointers that never outlive it (escape analysis),
    /// so one instance per call suffices. Named results of functions with defers are at
    /// least `Frame` (the landing pad and the deferred calls reach them).
    Frame,
    /// A box in the run's arena, allocated anew each time [`Stmt::Decl`] executes (and,
    /// for `for` loop variables, at each iteration: see [`Stmt::For::per_iteration`]):
    /// captured by reference by a closure that may outlive the frame or the iteration.
    Heap,
    /// Slot `index` of this closure's environment ([`Func::captures`]`[index]`). When
    /// `by_ref`, the slot holds a pointer to the variable; otherwise a copy of its value.
    Env {
        /// The slot's index in [`Func::captures`] (and in the closure object's environment).
        index: u32,
        /// Whether the slot holds a pointer to the variable rather than its value.
        by_ref: bool,
    },
}

/// One captured variable of a closure.
#[derive(Clone, Debug)]
pub struct Capture {
    /// The variable in the enclosing function (which may itself be an `Env` local when
    /// closures nest).
    pub outer: LocalId,
    /// The local in the closure that stands for it (storage `Env { index, by_ref }`).
    pub inner: LocalId,
    /// Captured by reference (a pointer to the variable's slot or box) or by value (a
    /// copy taken when the closure is created: the variable is never assigned after its
    /// declaration, as gc captures such variables).
    pub by_ref: bool,
}

/// A defer statement, for the strategy choice.
#[derive(Clone, Debug)]
pub struct DeferSite {
    /// Position of the `defer` keyword (gc's `-d=defer` position).
    pub pos: Pos,
    /// Whether the statement is inside a loop of its function (gc then heap-allocates).
    pub in_loop: bool,
    /// The niladic closure that is deferred.
    pub closure: FuncId,
    /// How gc's front end sees the statement: [`GcView::Live`] unless it is dead code.
    pub gc_view: GcView,
}

/// What gc makes of a defer statement (the checker mirrors gc's dead-code removal: the
/// statements gc drops are not in the IR, see `src/check/deadcode.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GcView {
    /// Compiled, and counted by the open-coding rules.
    Live,
    /// Counted by the open-coding rules, but gc's SSA builder never reaches it (after a
    /// `return`, `goto`, `break`, `continue` or `panic` and before any label): no code,
    /// no `-d=defer` line.
    Unreachable,
    /// In a func literal of dropped code, which gc never compiles.
    Dropped,
}

/// A sequence of statements, run in order.
pub type Block = Vec<Stmt>;

/// Statements. Each carries the position used for line tables and traces.
#[derive(Clone, Debug)]
pub enum Stmt {
    /// Declare (zero-initialize; for `Heap` storage, allocate a fresh box) a local.
    Decl {
        /// The local being declared.
        local: LocalId,
        /// Position of the declaration (the name in `var x` or `x :=`).
        pos: Pos,
    },
    /// Parallel assignment `l1, l2 = r1, r2`: all right-hand sides (and index operands
    /// on the left) are evaluated first, left to right, then stored left to right. When
    /// `lhs.len() > 1` and `rhs.len() == 1`, the single rhs is tuple-typed (a call, or a
    /// comma-ok type assertion).
    Assign {
        /// The targets, in order.
        lhs: Vec<LValue>,
        /// The values, in order (one per target, or a single tuple-typed value).
        rhs: Vec<Expr>,
        /// Position of the assignment operator (of the `var`/`:=` name for a desugared declaration).
        pos: Pos,
    },
    /// An expression evaluated for its effects (calls); its value(s) are dropped.
    Expr(Expr),
    /// `if cond { then } else { els }` (an `else if` is an `If` alone in `els`; the init statement is in the enclosing block).
    If {
        /// The condition, of type `Bool`.
        cond: Expr,
        /// The statements run when `cond` is true.
        then: Block,
        /// The statements run when `cond` is false (empty without `else`).
        els: Block,
        /// Position of the `if` keyword.
        pos: Pos,
    },
    /// `for init; cond; post { body }` with Go 1.22 per-iteration variables: the locals
    /// in `per_iteration` (declared in `init`, `Heap` storage) get a fresh box holding the
    /// current value before `post` runs. `init` is part of the enclosing scope's code.
    For {
        /// The loop's label, the target of its `break` and `continue`.
        label: LabelId,
        /// The init statement's code, run once before the first condition.
        init: Block,
        /// The condition, of type `Bool`; `None` for an infinite loop.
        cond: Option<Expr>,
        /// The post statement's code, run after each iteration (and after a `continue`).
        post: Block,
        /// The loop body.
        body: Block,
        /// The loop variables declared in `init` that get a fresh box per iteration (Go 1.22 semantics).
        per_iteration: Vec<LocalId>,
        /// Position of the `for` keyword.
        pos: Pos,
    },
    /// `for key := range n` (n evaluated once). `key` is declared afresh each iteration.
    RangeInt {
        /// The loop's label, the target of its `break` and `continue`.
        label: LabelId,
        /// The iteration variable (`Int`), if any.
        key: Option<LocalId>,
        /// The iteration count, of type `Int`; no iterations when it is zero or negative.
        n: Expr,
        /// The loop body.
        body: Block,
        /// Position of the `for` keyword.
        pos: Pos,
    },
    /// `for i, r := range s` over a string (s evaluated once): `i` the byte offset of
    /// each rune `r` (invalid UTF-8 gives U+FFFD, one byte).
    RangeString {
        /// The loop's label, the target of its `break` and `continue`.
        label: LabelId,
        /// The byte-offset variable (`Int`), if any.
        key: Option<LocalId>,
        /// The rune variable, if any.
        value: Option<LocalId>,
        /// The ranged-over string.
        s: Expr,
        /// The loop body.
        body: Block,
        /// Position of the `for` keyword.
        pos: Pos,
    },
    /// `for key, value := range m` over a map (m evaluated once); entries added during
    /// the loop may or may not be visited, deleted ones are not (as Go allows).
    RangeMap {
        /// The loop's label, the target of its `break` and `continue`.
        label: LabelId,
        /// The key variable, if any.
        key: Option<LocalId>,
        /// The value variable, if any.
        value: Option<LocalId>,
        /// The ranged-over map.
        map: Expr,
        /// The loop body.
        body: Block,
        /// Position of the `for` keyword.
        pos: Pos,
    },
    /// `for key, value := range s` (s evaluated once). Both are declared afresh each
    /// iteration.
    RangeSlice {
        /// The loop's label, the target of its `break` and `continue`.
        label: LabelId,
        /// The index variable (`Int`), if any.
        key: Option<LocalId>,
        /// The element variable, if any.
        value: Option<LocalId>,
        /// The ranged-over slice; its length is read once, before the first iteration.
        slice: Expr,
        /// The loop body.
        body: Block,
        /// Position of the `for` keyword.
        pos: Pos,
    },
    /// A switch after desugaring: the first case whose any condition is true runs (the
    /// conditions are evaluated in order, short-circuit); otherwise `default`. `break`
    /// with this label leaves the switch.
    Switch {
        /// The switch's label, the target of a `break` inside it.
        label: LabelId,
        /// The cases, in source order (not counting `default`).
        cases: Vec<SwitchCase>,
        /// The `default` clause's statements, if there is one (wherever it appeared in the source).
        default: Option<Block>,
        /// Where the `default` clause is in the source: the number of cases before it.
        default_index: usize,
        /// Whether the `default` clause ends with `fallthrough` (into the next clause).
        default_fallthrough: bool,
        /// Position of the `switch` keyword.
        pos: Pos,
    },
    /// `select`: the cases' channels and sent values are evaluated in source order, then
    /// one ready case (or, none ready, `default`; with no `default`, the goroutine waits)
    /// runs. `break` with this label leaves the select.
    Select {
        /// The select's label, the target of a `break` inside it.
        label: LabelId,
        /// The send and receive cases, in source order.
        cases: Vec<SelectCase>,
        /// The `default` clause's statements, if there is one.
        default: Option<Block>,
        /// Position of the `select` keyword.
        pos: Pos,
    },
    /// A label that `goto`s jump to: execution continues here.
    Label {
        /// The label's id (unique within the function, shared with its `goto`s).
        label: LabelId,
        /// Position of the label.
        pos: Pos,
    },
    /// `goto`: continue at the `Label` statement of `label` (the checker made sure it
    /// jumps neither into a block nor over a declaration).
    Goto {
        /// The label jumped to.
        label: LabelId,
        /// Position of the `goto` keyword.
        pos: Pos,
    },
    /// `break`: leave the loop or switch labelled `label` (the innermost one for an unlabelled `break`).
    Break {
        /// The loop or switch to leave.
        label: LabelId,
        /// Position of the `break` keyword.
        pos: Pos,
    },
    /// `continue`: start the next iteration of the loop labelled `label` (running its `post` first).
    Continue {
        /// The loop to continue.
        label: LabelId,
        /// Position of the `continue` keyword.
        pos: Pos,
    },
    /// `return` / `return a, b` / `return f()`: `values` is empty (bare return), one
    /// expression per result, or a single tuple-typed call. The values are assigned to
    /// [`Func::results`] (all evaluated before any is stored), then the deferred calls
    /// run, then the function returns the result variables.
    Return {
        /// The returned values (see above for the three shapes).
        values: Vec<Expr>,
        /// Position of the `return` keyword.
        pos: Pos,
    },
    /// A nested block `{ ... }` (scoping is already resolved; this only groups).
    Block(Block),
    /// `defer ...`: defer the niladic closure `closure` (a `Literal` or `DeferWrapper`
    /// func whose captures are taken from the current function's locals).
    /// `index` is this statement's index in [`Func::defers`].
    Defer {
        /// This statement's index in [`Func::defers`].
        index: u32,
        /// The deferred niladic closure's function.
        closure: FuncId,
        /// Position of the `defer` keyword.
        pos: Pos,
    },
}

/// One send or receive `case` of a [`Stmt::Select`].
#[derive(Clone, Debug)]
pub struct SelectCase {
    /// The channel.
    pub chan: Expr,
    /// The value sent (a send case), of the element type.
    pub send: Option<Expr>,
    /// A receive case's temporary (declared by the lowering) that gets the received value
    /// before `body` runs.
    pub value: Option<LocalId>,
    /// A receive case's temporary that gets whether the value was sent.
    pub ok: Option<LocalId>,
    /// The case's statements.
    pub body: Block,
    /// Position of the `case` keyword.
    pub pos: Pos,
}

/// One `case` of a [`Stmt::Switch`].
#[derive(Clone, Debug)]
pub struct SwitchCase {
    /// Boolean conditions (for a tag switch: `tag == e`); any true selects the case.
    pub conds: Vec<Expr>,
    /// The statements run when the case is selected.
    pub body: Block,
    /// Whether the body ends with `fallthrough`: control goes on to the next clause's
    /// body (in source order, `default` included).
    pub fallthrough: bool,
    /// Position of the `case` keyword.
    pub pos: Pos,
}

/// Assignment targets.
#[derive(Clone, Debug)]
pub enum LValue {
    /// `_`: the value is evaluated and dropped.
    Blank,
    /// A local variable (of any storage).
    Local(LocalId),
    /// A package-level variable.
    Global(GlobalId),
    /// `s[i] = v` on a slice (bounds-checked).
    Index {
        /// The slice.
        slice: Expr,
        /// The index, of type `Int`.
        index: Expr,
        /// Position of the index expression (bounds-check panics are reported there).
        pos: Pos,
    },
    /// `*p = v` (a nil `p` panics when the value is stored).
    Deref {
        /// The pointer.
        ptr: Expr,
        /// Position of the dereference (nil-dereference panics are reported there).
        pos: Pos,
    },
    /// `m[k] = v`: the map's entry for the key (added if absent; a nil map panics).
    MapIndex {
        /// The map.
        map: Expr,
        /// The key (of the map's key type).
        key: Expr,
    },
    /// `a[i] = v` on an array place (bounds-checked against its constant length).
    ArrayIndex {
        /// The array (any addressable place of array type).
        array: Box<LValue>,
        /// The index, of type `Int`.
        index: Expr,
        /// Position of the index expression (bounds-check panics are reported there).
        pos: Pos,
    },
    /// `x.f = v`: field `index` of the struct variable `base`.
    Field {
        /// The struct variable (any addressable place of struct type).
        base: Box<LValue>,
        /// The field's index in the struct type.
        index: u32,
    },
}

impl LValue {
    /// The expressions this target evaluates, in order (index operands, pointers).
    pub fn operands(&self) -> Vec<&Expr> {
        match self {
            LValue::Index { slice, index, .. } => vec![slice, index],
            LValue::Deref { ptr, .. } => vec![ptr],
            LValue::MapIndex { map, key } => vec![map, key],
            LValue::Field { base, .. } => base.operands(),
            LValue::ArrayIndex { array, index, .. } => {
                let mut v = array.operands();
                v.push(index);
                v
            }
            LValue::Blank | LValue::Local(_) | LValue::Global(_) => Vec::new(),
        }
    }

    /// [`Self::operands`], mutably.
    pub fn operands_mut(&mut self) -> Vec<&mut Expr> {
        match self {
            LValue::Index { slice, index, .. } => vec![slice, index],
            LValue::Deref { ptr, .. } => vec![ptr],
            LValue::MapIndex { map, key } => vec![map, key],
            LValue::Field { base, .. } => base.operands_mut(),
            LValue::ArrayIndex { array, index, .. } => {
                let mut v = array.operands_mut();
                v.push(index);
                v
            }
            LValue::Blank | LValue::Local(_) | LValue::Global(_) => Vec::new(),
        }
    }

    /// Moves this target's expressions into `exprs` (iterative drop of deep trees).
    fn dismantle(self, exprs: &mut Vec<Expr>) {
        match self {
            LValue::Index { slice, index, .. } => {
                exprs.push(slice);
                exprs.push(index);
            }
            LValue::Deref { ptr, .. } => exprs.push(ptr),
            LValue::MapIndex { map, key } => {
                exprs.push(map);
                exprs.push(key);
            }
            LValue::Field { base, .. } => base.dismantle(exprs),
            LValue::ArrayIndex { array, index, .. } => {
                array.dismantle(exprs);
                exprs.push(index);
            }
            LValue::Blank | LValue::Local(_) | LValue::Global(_) => {}
        }
    }
}

/// An expression with its type and position.
#[derive(Clone, Debug)]
pub struct Expr {
    /// What the expression computes.
    pub kind: ExprKind,
    /// The expression's type; a `Tuple` for calls with zero or several results.
    pub ty: Type,
    /// Position reported for the expression (the operator's, or the first token's).
    pub pos: Pos,
}

/// The kinds of expressions.
#[derive(Clone, Debug)]
pub enum ExprKind {
    /// An `int` constant (constant expressions are folded by the checker).
    Int(i64),
    /// A `bool` constant.
    Bool(bool),
    /// A `string` constant: its bytes (not necessarily UTF-8).
    Str(Vec<u8>),
    /// A floating-point constant of type `ty` (a `float32` one holds a value exactly
    /// representable in 32 bits).
    Float(f64),
    /// A complex constant of type `ty`: its real and imaginary parts (each exactly
    /// representable in the part type).
    Complex(f64, f64),
    /// The zero value of `ty` used as `nil` (interface, func or slice).
    Nil,
    /// The value of a local variable.
    Local(LocalId),
    /// The value of a package-level variable.
    Global(GlobalId),
    /// A top-level function used as a value (a static closure object with no env).
    FuncRef(FuncId),
    /// A func literal used as a value: a closure object allocated in the arena, whose
    /// captures ([`Func::captures`] of `func`) are taken from the current function.
    Closure(FuncId),
    /// A unary operation; the operand has the expression's type.
    Unary(UnaryOp, Box<Expr>),
    /// Operands have the same type, except shifts (right operand is `int`; a negative
    /// count panics). Comparisons yield `Bool`. `LogAnd`/`LogOr` short-circuit.
    /// `Eq`/`Ne` work on int, bool, string, interfaces (with Go's dynamic comparison),
    /// and on func/slice against `Nil`. Interface vs concrete comparisons have the
    /// concrete side wrapped in `ToIface` by the checker.
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// A call of a top-level function or of a func value (nil panics). `ty` is the
    /// single result type, or a `Tuple` (empty for no results).
    Call {
        /// What is called.
        callee: Callee,
        /// The arguments, in order, each already converted to its parameter's type.
        args: Vec<Expr>,
    },
    /// A builtin or package function; see [`Builtin`] for argument shapes.
    Builtin(Builtin, Vec<Expr>),
    /// `s[i]` on a slice, string or array (bounds-checked).
    Index(Box<Expr>, Box<Expr>),
    /// An array or slice literal with keys: `len` elements, those listed given by
    /// `(index, value)` in source order, the others zero.
    ElemLit {
        /// The number of elements (the array's length, or the slice's).
        len: u64,
        /// The listed elements.
        elems: Vec<(u64, Expr)>,
    },
    /// Convert a concrete value (or an `Error`, a no-op) to the interface type `ty`.
    ToIface(Box<Expr>),
    /// `x.(T)` for T in int, bool, string, error; `ty` is T, or `Tuple([T, Bool])` when
    /// `comma_ok`. A failed non-comma-ok assertion panics with Go's message.
    TypeAssert {
        /// The interface-typed operand.
        x: Box<Expr>,
        /// The asserted type `T`.
        target: Type,
        /// Whether this is the two-result form `v, ok := x.(T)`.
        comma_ok: bool,
    },
    /// `err.Error()` (a nil error panics with a nil dereference).
    ErrorMethod(Box<Expr>),
    /// `[]T{a, b, c}`.
    SliceLit(Vec<Expr>),
    /// `b.N` for a `*testing.B`.
    BenchN(Box<Expr>),
    /// `x.f`: field `index` of the struct value `x` (`p.f` is `Field(Deref(p))`).
    Field(Box<Expr>, u32),
    /// A struct value: `(field index, value)` in evaluation (source) order; fields not
    /// listed are zero.
    StructLit(Vec<(u32, Expr)>),
    /// `*p`: loads the pointee; a nil `p` panics with a nil dereference.
    Deref(Box<Expr>),
    /// `&x` of an addressable place (a variable the checker put in memory, `*p`, a field
    /// of one, a slice element).
    AddrOf(Box<LValue>),
    /// A new variable in the arena holding the value of the operand; `ty` is a pointer to
    /// it (`new(T)`, `&T{...}`).
    New(Box<Expr>),
    /// A call of method `selector` of the interface value `recv` (a nil interface panics
    /// with a nil dereference), through its dynamic type's vtable.
    IfaceCall {
        /// The interface value.
        recv: Box<Expr>,
        /// The method's index in [`Program::selectors`].
        selector: u32,
        /// The method's signature.
        sig: Signature,
        /// The arguments, converted to the parameter types.
        args: Vec<Expr>,
    },
    /// Whether the interface value `x` holds a `target` (a concrete type: that dynamic
    /// type; an interface: a dynamic type implementing it; `None`: nil). `Bool`.
    TypeIs {
        /// The interface value.
        x: Box<Expr>,
        /// The type tested for.
        target: Option<Type>,
    },
    /// `m[k]` of a map (the zero value when absent); `ty` is V, or `Tuple([V, Bool])` with
    /// `comma_ok`.
    MapIndex {
        /// The map.
        map: Box<Expr>,
        /// The key.
        key: Box<Expr>,
        /// `v, ok := m[k]`.
        comma_ok: bool,
    },
    /// A map literal `map[K]V{k: v, ...}`: `(key, value)` in source order.
    MapLit(Vec<(Expr, Expr)>),
    /// `x[lo:hi]` / `x[lo:hi:max]` of a slice or string (`Int` bounds; absent ones are 0,
    /// the length, the capacity); out-of-range bounds panic with Go's messages.
    SliceExpr {
        /// The sliced slice or string.
        x: Box<Expr>,
        /// `lo`, if written.
        lo: Option<Box<Expr>>,
        /// `hi`, if written.
        hi: Option<Box<Expr>>,
        /// `max`, in a full slice expression.
        max: Option<Box<Expr>>,
    },
    /// A conversion between strings and bytes or runes (a fresh copy).
    StrConv(StrConv, Box<Expr>),
    /// Converts the integer operand to the integer type `ty` (truncating, or extending by
    /// the operand's signedness).
    Convert(Box<Expr>),
    /// Word `index` of the operand's words (`unsafe.StringData(s)` is word 0 of `s`).
    Word(Box<Expr>, u32),
    /// `[N]T(s)` or `(*[N]T)(s)` of a slice `s`: its first `N` elements (copied, or
    /// addressed); a shorter slice panics.
    SliceToArray(Box<Expr>),
    /// The value of type `ty` held in an interface data word (the operand, an `Int`):
    /// the word itself for one-word scalars and pointers, else loaded from the box.
    Unbox(Box<Expr>),
    /// The allocation `New`, `Closure` or `SliceLit` made in a stack slot of the current
    /// frame instead of the arena: escape analysis found that no pointer to it outlives
    /// the frame, nor the loop iteration that evaluates it (one slot serves every
    /// iteration).
    InFrame(Box<Expr>),
}

/// The conversions of [`ExprKind::StrConv`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrConv {
    /// `string(r)` of an integer (a rune; invalid code points give U+FFFD).
    FromRune,
    /// `string(b)` of a `[]byte`.
    FromBytes,
    /// `string(rs)` of a `[]rune`.
    FromRunes,
    /// `[]byte(s)`.
    ToBytes,
    /// `[]rune(s)`.
    ToRunes,
}

/// The function a [`ExprKind::Call`] calls.
#[derive(Clone, Debug)]
pub enum Callee {
    /// A direct call of a top-level function.
    Func(FuncId),
    /// An indirect call through a func value (a nil value panics with a nil dereference).
    Value(Box<Expr>),
}

/// A unary operator of the IR.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-x` (wrapping)
    Neg,
    /// `!b`
    Not,
    /// `^x`
    BitNot,
}

/// A binary operator of the IR; arithmetic is on 64-bit `int` and wraps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    /// `+`: integer addition (wrapping) or string concatenation.
    Add,
    /// `-` (wrapping)
    Sub,
    /// `*` (wrapping)
    Mul,
    /// Truncating; `x / 0` panics; `MinInt64 / -1 == MinInt64`.
    Div,
    /// `x % 0` panics; `x % -1 == 0`.
    Rem,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `&^`
    AndNot,
    /// Count >= 64 gives 0; negative count panics.
    Shl,
    /// Arithmetic; count >= 64 gives 0 or -1; negative count panics.
    Shr,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<` (on `int` or `string`)
    Lt,
    /// `<=` (on `int` or `string`)
    Le,
    /// `>` (on `int` or `string`)
    Gt,
    /// `>=` (on `int` or `string`)
    Ge,
    /// `&&`, short-circuit.
    LogAnd,
    /// `||`, short-circuit.
    LogOr,
}

impl BinaryOp {
    /// `==`, `!=`, `<`, `<=`, `>`, `>=`, `&&`, `||`: a boolean result.
    pub fn is_comparison(self) -> bool {
        use BinaryOp::*;
        matches!(self, Eq | Ne | Lt | Le | Gt | Ge | LogAnd | LogOr)
    }

    /// `<<` or `>>`.
    pub fn is_shift(self) -> bool {
        matches!(self, BinaryOp::Shl | BinaryOp::Shr)
    }
}

/// Builtins and the functions of the importable packages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    /// `len(s)` of a string, slice or map.
    Len,
    /// `make(map[K]V)` / `make(map[K]V, hint)`: `ty` is the map type.
    MakeMap,
    /// `delete(m, k)`.
    Delete,
    /// `clear(m)` of a map.
    ClearMap,
    /// `clear(s)` of a slice: its elements set to zero.
    ClearSlice,
    /// `min(a, b, ...)` of integers or strings (one type, `ty`).
    Min,
    /// `max(a, b, ...)` of integers or strings.
    Max,
    /// `cap(s)` of a slice.
    Cap,
    /// `copy(dst, src)`: two slices of one element type (or a `[]byte` and a string);
    /// `Int`, the number of elements copied.
    Copy,
    /// `append(s, a, b, ...)`: first arg the slice, the rest elements of its type.
    Append,
    /// `append(s, t...)`: two slices of one element type.
    AppendSlice,
    /// `make([]T, len)` or `make([]T, len, cap)`: args are the int operands; `ty` is the
    /// slice type. A negative or too large length panics as Go does.
    MakeSlice,
    /// `println(args...)` to stderr: args keep their concrete types, separated by a
    /// space, newline at the end.
    Println,
    /// `print(args...)` to stderr: no separators, no newline.
    Print,
    /// `panic(v)`: one arg, already converted to `Any`.
    Panic,
    /// `recover()`: no args; `Any`.
    Recover,
    /// The body of the wrapper of `defer recover()`: gc evaluates recover's frame
    /// argument at the defer statement, so it recovers exactly when the function that
    /// executed the defer statement is itself the deferred call being run by the current
    /// panic. No args; the result is dropped (`Tuple([])`).
    DeferredRecover,
    /// `fmt.Println(args...)`: args already converted to `Any`.
    FmtPrintln,
    /// `fmt.Print(args...)`: args already converted to `Any`; spaces only between
    /// operands when neither is a string, as Go does.
    FmtPrint,
    /// `fmt.Println(s...)`: one `[]any` arg whose elements are the operands.
    FmtPrintlnSpread,
    /// `fmt.Print(s...)`: one `[]any` arg whose elements are the operands.
    FmtPrintSpread,
    /// `fmt.Sprintln(args...)`: as `FmtPrintln`, the text returned as a `String`.
    FmtSprintln,
    /// `fmt.Sprint(args...)`: as `FmtPrint`, the text returned as a `String`.
    FmtSprint,
    /// `fmt.Sprintln(s...)`: one `[]any` arg.
    FmtSprintlnSpread,
    /// `fmt.Sprint(s...)`: one `[]any` arg.
    FmtSprintSpread,
    /// `fmt.Sprintf(format, args...)`: a `String` arg, then the operands converted to
    /// `Any`; `String`.
    FmtSprintf,
    /// `fmt.Printf(format, args...)`, args as `FmtSprintf`; `Tuple([Int, Error])` (the
    /// error is always nil).
    FmtPrintf,
    /// `fmt.Errorf(format, args...)` without `%w`, args as `FmtSprintf`; `Error`.
    FmtErrorf,
    /// The body of a library function declared without one (`func ToUpper(r rune) rune`
    /// in `lib/unicode`): calls the runtime entry of the same name (`unicode.ToUpper`)
    /// with the words of the arguments, floats as their bits, and returns its result
    /// words (at most two).
    Runtime(&'static str),
    /// `errors.New(s)`: one `String` arg; `Error`.
    ErrorsNew,
    /// `os.Exit(code)`: one `Int` arg; ends the run at once, no deferred calls.
    OsExit,
    /// `runtime.GC()`, `runtime.Gosched()`, `runtime.KeepAlive(x)`: the args are
    /// evaluated and nothing else happens (no collector yet, and one goroutine).
    RuntimeNop,
    /// `runtime.NumCPU()`: `Int`.
    NumCPU,
    /// `runtime.GOMAXPROCS(n)`: one `Int` arg; the previous setting.
    GoMaxProcs,
    /// `runtime.NumGoroutine()`: `Int`, 1 (a run has one goroutine).
    NumGoroutine,
    /// `make(chan T, n)`: args the capacity (`Int`; absent for unbuffered); `ty` the
    /// channel type.
    MakeChan,
    /// `<-c`: arg the channel; `ty` the element type.
    ChanRecv,
    /// `v, ok := <-c`: arg the channel; `ty` `(elem, bool)`.
    ChanRecvOk,
    /// `c <- v`: args the channel and the value (of the element type).
    ChanSend,
    /// `close(c)`: arg the channel.
    ChanClose,
    /// `unsafe.String(ptr, len)` (`ty` String) or `unsafe.Slice(ptr, len)` (`ty` a slice
    /// type): args a pointer and an `Int`; a negative length, or a nil pointer with a
    /// non-zero length, panics as Go's runtime does.
    UnsafeMake,
    /// gc's panicwrap: one `String` arg, the message; panics with a
    /// `runtime.plainError` (a method wrapper's value method on a nil pointer).
    PanicWrap,
    /// Panics with a nil dereference when the first word of its one argument (an
    /// interface's type, a pointer) is zero (`defer i.M()` on a nil interface).
    NilCheck,
    /// `complex(re, im)`: two args of one float type; `ty` is the complex type.
    MakeComplex,
    /// `real(c)`: one complex arg; `ty` is its part type.
    Real,
    /// `imag(c)`: one complex arg; `ty` is its part type.
    Imag,
}

/// A function's body is taken apart iteratively when it is dropped: statement and
/// expression trees may be far deeper than the stack of the thread that drops the
/// program (derived destructors recurse).
impl Func {
    /// Whether the function belongs to a library package (not to the user's file).
    pub fn is_library(&self) -> bool {
        self.file != 0
    }
}

impl Drop for Func {
    fn drop(&mut self) {
        let mut stmts: Vec<Stmt> = std::mem::take(&mut self.body);
        let mut exprs: Vec<Expr> = Vec::new();
        while !stmts.is_empty() || !exprs.is_empty() {
            if let Some(s) = stmts.pop() {
                dismantle_stmt(s, &mut stmts, &mut exprs);
            }
            if let Some(e) = exprs.pop() {
                dismantle_expr(e, &mut exprs);
            }
        }
    }
}

impl Stmt {
    /// The expressions this statement evaluates directly (not those of nested blocks; an
    /// assignment's targets' operands included). Kept next to `dismantle_stmt`.
    pub fn exprs(&self) -> Vec<&Expr> {
        match self {
            Stmt::Assign { lhs, rhs, .. } => {
                let mut v: Vec<&Expr> = lhs.iter().flat_map(|l| l.operands()).collect();
                v.extend(rhs);
                v
            }
            Stmt::Expr(e) => vec![e],
            Stmt::If { cond, .. } => vec![cond],
            Stmt::For { cond, .. } => cond.iter().collect(),
            Stmt::RangeInt { n, .. } => vec![n],
            Stmt::RangeSlice { slice, .. } => vec![slice],
            Stmt::RangeMap { map, .. } => vec![map],
            Stmt::RangeString { s, .. } => vec![s],
            Stmt::Switch { cases, .. } => cases.iter().flat_map(|c| c.conds.iter()).collect(),
            Stmt::Select { cases, .. } => cases
                .iter()
                .flat_map(|c| std::iter::once(&c.chan).chain(c.send.iter()))
                .collect(),
            Stmt::Return { values, .. } => values.iter().collect(),
            Stmt::Block(_)
            | Stmt::Decl { .. }
            | Stmt::Break { .. }
            | Stmt::Continue { .. }
            | Stmt::Defer { .. }
            | Stmt::Label { .. }
            | Stmt::Goto { .. } => Vec::new(),
        }
    }

    /// The statement lists nested in this statement.
    pub fn blocks(&self) -> Vec<&Block> {
        match self {
            Stmt::If { then, els, .. } => vec![then, els],
            Stmt::For {
                init, post, body, ..
            } => vec![init, post, body],
            Stmt::RangeInt { body, .. }
            | Stmt::RangeSlice { body, .. }
            | Stmt::RangeMap { body, .. }
            | Stmt::RangeString { body, .. } => vec![body],
            Stmt::Switch { cases, default, .. } => {
                let mut v: Vec<&Block> = cases.iter().map(|c| &c.body).collect();
                v.extend(default.iter());
                v
            }
            Stmt::Select { cases, default, .. } => {
                let mut v: Vec<&Block> = cases.iter().map(|c| &c.body).collect();
                v.extend(default.iter());
                v
            }
            Stmt::Block(b) => vec![b],
            _ => Vec::new(),
        }
    }

    /// [`Self::exprs`], mutably.
    pub fn exprs_mut(&mut self) -> Vec<&mut Expr> {
        match self {
            Stmt::Assign { lhs, rhs, .. } => {
                let mut v: Vec<&mut Expr> = lhs.iter_mut().flat_map(|l| l.operands_mut()).collect();
                v.extend(rhs);
                v
            }
            Stmt::Expr(e) => vec![e],
            Stmt::If { cond, .. } => vec![cond],
            Stmt::For { cond, .. } => cond.iter_mut().collect(),
            Stmt::RangeInt { n, .. } => vec![n],
            Stmt::RangeSlice { slice, .. } => vec![slice],
            Stmt::RangeMap { map, .. } => vec![map],
            Stmt::RangeString { s, .. } => vec![s],
            Stmt::Switch { cases, .. } => {
                cases.iter_mut().flat_map(|c| c.conds.iter_mut()).collect()
            }
            Stmt::Select { cases, .. } => cases
                .iter_mut()
                .flat_map(|c| std::iter::once(&mut c.chan).chain(c.send.iter_mut()))
                .collect(),
            Stmt::Return { values, .. } => values.iter_mut().collect(),
            Stmt::Block(_)
            | Stmt::Decl { .. }
            | Stmt::Break { .. }
            | Stmt::Continue { .. }
            | Stmt::Defer { .. }
            | Stmt::Label { .. }
            | Stmt::Goto { .. } => Vec::new(),
        }
    }

    /// [`Self::blocks`], mutably.
    pub fn blocks_mut(&mut self) -> Vec<&mut Block> {
        match self {
            Stmt::If { then, els, .. } => vec![then, els],
            Stmt::For {
                init, post, body, ..
            } => vec![init, post, body],
            Stmt::RangeInt { body, .. }
            | Stmt::RangeSlice { body, .. }
            | Stmt::RangeMap { body, .. }
            | Stmt::RangeString { body, .. } => vec![body],
            Stmt::Switch { cases, default, .. } => {
                let mut v: Vec<&mut Block> = cases.iter_mut().map(|c| &mut c.body).collect();
                v.extend(default.iter_mut());
                v
            }
            Stmt::Select { cases, default, .. } => {
                let mut v: Vec<&mut Block> = cases.iter_mut().map(|c| &mut c.body).collect();
                v.extend(default.iter_mut());
                v
            }
            Stmt::Block(b) => vec![b],
            _ => Vec::new(),
        }
    }
}

/// Moves the children of `s` to the work lists; what is left of `s` is shallow.
fn dismantle_stmt(s: Stmt, stmts: &mut Vec<Stmt>, exprs: &mut Vec<Expr>) {
    let lvalues = |l: Vec<LValue>, exprs: &mut Vec<Expr>| {
        for lv in l {
            lv.dismantle(exprs);
        }
    };
    match s {
        Stmt::Assign { lhs, rhs, .. } => {
            lvalues(lhs, exprs);
            exprs.extend(rhs);
        }
        Stmt::Expr(e) => exprs.push(e),
        Stmt::If {
            cond, then, els, ..
        } => {
            exprs.push(cond);
            stmts.extend(then);
            stmts.extend(els);
        }
        Stmt::For {
            init,
            cond,
            post,
            body,
            ..
        } => {
            stmts.extend(init);
            exprs.extend(cond);
            stmts.extend(post);
            stmts.extend(body);
        }
        Stmt::RangeInt { n, body, .. } => {
            exprs.push(n);
            stmts.extend(body);
        }
        Stmt::RangeSlice { slice, body, .. } => {
            exprs.push(slice);
            stmts.extend(body);
        }
        Stmt::RangeMap { map, body, .. } => {
            exprs.push(map);
            stmts.extend(body);
        }
        Stmt::RangeString { s, body, .. } => {
            exprs.push(s);
            stmts.extend(body);
        }
        Stmt::Switch { cases, default, .. } => {
            for c in cases {
                exprs.extend(c.conds);
                stmts.extend(c.body);
            }
            stmts.extend(default.into_iter().flatten());
        }
        Stmt::Select { cases, default, .. } => {
            for c in cases {
                exprs.push(c.chan);
                exprs.extend(c.send);
                stmts.extend(c.body);
            }
            stmts.extend(default.into_iter().flatten());
        }
        Stmt::Return { values, .. } => exprs.extend(values),
        Stmt::Block(b) => stmts.extend(b),
        Stmt::Decl { .. }
        | Stmt::Break { .. }
        | Stmt::Continue { .. }
        | Stmt::Defer { .. }
        | Stmt::Label { .. }
        | Stmt::Goto { .. } => {}
    }
}

impl Expr {
    /// The operand expressions of `self`, in evaluation order (a call's func value, then
    /// its arguments). Kept next to `dismantle_expr`, which moves the same children.
    pub fn children(&self) -> Vec<&Expr> {
        match &self.kind {
            ExprKind::Unary(_, x)
            | ExprKind::ToIface(x)
            | ExprKind::ErrorMethod(x)
            | ExprKind::BenchN(x)
            | ExprKind::Field(x, _)
            | ExprKind::Deref(x)
            | ExprKind::New(x)
            | ExprKind::Unbox(x)
            | ExprKind::Convert(x)
            | ExprKind::SliceToArray(x)
            | ExprKind::Word(x, _)
            | ExprKind::StrConv(_, x)
            | ExprKind::TypeIs { x, .. }
            | ExprKind::InFrame(x)
            | ExprKind::TypeAssert { x, .. } => vec![x],
            ExprKind::IfaceCall { recv, args, .. } => {
                let mut v: Vec<&Expr> = vec![recv];
                v.extend(args);
                v
            }
            ExprKind::MapIndex { map, key, .. } => vec![map, key],
            ExprKind::MapLit(kvs) => kvs.iter().flat_map(|(k, v)| [k, v]).collect(),
            ExprKind::SliceExpr { x, lo, hi, max } => {
                let mut v: Vec<&Expr> = vec![x];
                v.extend(lo.as_deref());
                v.extend(hi.as_deref());
                v.extend(max.as_deref());
                v
            }
            ExprKind::AddrOf(lv) => lv.operands(),
            ExprKind::Binary(_, a, b) | ExprKind::Index(a, b) => vec![a, b],
            ExprKind::Call { callee, args } => {
                let mut v: Vec<&Expr> = Vec::with_capacity(args.len() + 1);
                if let Callee::Value(f) = callee {
                    v.push(f);
                }
                v.extend(args);
                v
            }
            ExprKind::Builtin(_, args) | ExprKind::SliceLit(args) => args.iter().collect(),
            ExprKind::StructLit(fields) => fields.iter().map(|(_, e)| e).collect(),
            ExprKind::ElemLit { elems, .. } => elems.iter().map(|(_, e)| e).collect(),
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Complex(..)
            | ExprKind::Bool(_)
            | ExprKind::Str(_)
            | ExprKind::Nil
            | ExprKind::Local(_)
            | ExprKind::Global(_)
            | ExprKind::FuncRef(_)
            | ExprKind::Closure(_) => Vec::new(),
        }
    }

    /// [`Self::children`], mutably.
    pub fn children_mut(&mut self) -> Vec<&mut Expr> {
        match &mut self.kind {
            ExprKind::Unary(_, x)
            | ExprKind::ToIface(x)
            | ExprKind::ErrorMethod(x)
            | ExprKind::BenchN(x)
            | ExprKind::Field(x, _)
            | ExprKind::Deref(x)
            | ExprKind::New(x)
            | ExprKind::Unbox(x)
            | ExprKind::Convert(x)
            | ExprKind::SliceToArray(x)
            | ExprKind::Word(x, _)
            | ExprKind::StrConv(_, x)
            | ExprKind::TypeIs { x, .. }
            | ExprKind::InFrame(x)
            | ExprKind::TypeAssert { x, .. } => vec![x],
            ExprKind::IfaceCall { recv, args, .. } => {
                let mut v: Vec<&mut Expr> = vec![recv];
                v.extend(args);
                v
            }
            ExprKind::MapIndex { map, key, .. } => vec![map, key],
            ExprKind::MapLit(kvs) => kvs.iter_mut().flat_map(|(k, v)| [k, v]).collect(),
            ExprKind::SliceExpr { x, lo, hi, max } => {
                let mut v: Vec<&mut Expr> = vec![x];
                v.extend(lo.as_deref_mut());
                v.extend(hi.as_deref_mut());
                v.extend(max.as_deref_mut());
                v
            }
            ExprKind::AddrOf(lv) => lv.operands_mut(),
            ExprKind::Binary(_, a, b) | ExprKind::Index(a, b) => vec![a, b],
            ExprKind::Call { callee, args } => {
                let mut v: Vec<&mut Expr> = Vec::with_capacity(args.len() + 1);
                if let Callee::Value(f) = callee {
                    v.push(f);
                }
                v.extend(args);
                v
            }
            ExprKind::Builtin(_, args) | ExprKind::SliceLit(args) => args.iter_mut().collect(),
            ExprKind::StructLit(fields) => fields.iter_mut().map(|(_, e)| e).collect(),
            ExprKind::ElemLit { elems, .. } => elems.iter_mut().map(|(_, e)| e).collect(),
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Complex(..)
            | ExprKind::Bool(_)
            | ExprKind::Str(_)
            | ExprKind::Nil
            | ExprKind::Local(_)
            | ExprKind::Global(_)
            | ExprKind::FuncRef(_)
            | ExprKind::Closure(_) => Vec::new(),
        }
    }
}

fn dismantle_expr(e: Expr, exprs: &mut Vec<Expr>) {
    match e.kind {
        ExprKind::Unary(_, x)
        | ExprKind::ToIface(x)
        | ExprKind::ErrorMethod(x)
        | ExprKind::BenchN(x)
        | ExprKind::Field(x, _)
        | ExprKind::Deref(x)
        | ExprKind::New(x)
        | ExprKind::Unbox(x)
        | ExprKind::Convert(x)
        | ExprKind::SliceToArray(x)
        | ExprKind::Word(x, _)
        | ExprKind::StrConv(_, x)
        | ExprKind::TypeIs { x, .. }
        | ExprKind::InFrame(x)
        | ExprKind::TypeAssert { x, .. } => exprs.push(*x),
        ExprKind::IfaceCall { recv, args, .. } => {
            exprs.push(*recv);
            exprs.extend(args);
        }
        ExprKind::MapIndex { map, key, .. } => {
            exprs.push(*map);
            exprs.push(*key);
        }
        ExprKind::MapLit(kvs) => {
            for (k, v) in kvs {
                exprs.push(k);
                exprs.push(v);
            }
        }
        ExprKind::SliceExpr { x, lo, hi, max } => {
            exprs.push(*x);
            exprs.extend([lo, hi, max].into_iter().flatten().map(|b| *b));
        }
        ExprKind::AddrOf(lv) => lv.dismantle(exprs),
        ExprKind::Binary(_, a, b) | ExprKind::Index(a, b) => {
            exprs.push(*a);
            exprs.push(*b);
        }
        ExprKind::Call { callee, args } => {
            if let Callee::Value(f) = callee {
                exprs.push(*f);
            }
            exprs.extend(args);
        }
        ExprKind::Builtin(_, args) | ExprKind::SliceLit(args) => exprs.extend(args),
        ExprKind::StructLit(fields) => exprs.extend(fields.into_iter().map(|(_, e)| e)),
        ExprKind::ElemLit { elems, .. } => exprs.extend(elems.into_iter().map(|(_, e)| e)),
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Complex(..)
        | ExprKind::Bool(_)
        | ExprKind::Str(_)
        | ExprKind::Nil
        | ExprKind::Local(_)
        | ExprKind::Global(_)
        | ExprKind::FuncRef(_)
        | ExprKind::Closure(_) => {}
    }
}
