//! deferjit's library packages written in Go (`lib/PATH/NAME.go`, embedded in the binary):
//! which exist, loading the ones a program imports (dependencies first, each parsed only
//! when imported), and resolving `pkg.Name` to what a checked package exports.
//!
//! For work on the library itself, the environment variable `DEFERJIT_LIB=DIR` makes the
//! loader read `DIR/PATH/NAME.go` instead of the embedded copies (any standard package
//! path with a file there is then a library package), so that a change to the Go code
//! needs no rebuild of deferjit.

use super::scope::Entity;
use super::{Checker, R};
use crate::diag::CompileError;
use crate::syntax::ast;
use lowering::ir::Pos;

/// One library package: its import path and its Go source (one file per package).
#[derive(Clone, Copy)]
pub(crate) struct LibSource {
    pub path: &'static str,
    pub source: &'static str,
}

/// The library packages written in Go.
pub(crate) const LIBRARY: &[LibSource] = &[
    LibSource {
        path: "bufio",
        source: include_str!("../../lib/bufio/bufio.go"),
    },
    LibSource {
        path: "bytes",
        source: include_str!("../../lib/bytes/bytes.go"),
    },
    LibSource {
        path: "container/heap",
        source: include_str!("../../lib/container/heap/heap.go"),
    },
    LibSource {
        path: "container/list",
        source: include_str!("../../lib/container/list/list.go"),
    },
    LibSource {
        path: "container/ring",
        source: include_str!("../../lib/container/ring/ring.go"),
    },
    LibSource {
        path: "encoding/base64",
        source: include_str!("../../lib/encoding/base64/base64.go"),
    },
    LibSource {
        path: "encoding/binary",
        source: include_str!("../../lib/encoding/binary/binary.go"),
    },
    LibSource {
        path: "encoding/csv",
        source: include_str!("../../lib/encoding/csv/csv.go"),
    },
    LibSource {
        path: "encoding/hex",
        source: include_str!("../../lib/encoding/hex/hex.go"),
    },
    LibSource {
        path: "errors",
        source: include_str!("../../lib/errors/errors.go"),
    },
    LibSource {
        path: "flag",
        source: include_str!("../../lib/flag/flag.go"),
    },
    LibSource {
        path: "fmt",
        source: include_str!("../../lib/fmt/fmt.go"),
    },
    LibSource {
        path: "hash",
        source: include_str!("../../lib/hash/hash.go"),
    },
    LibSource {
        path: "hash/crc32",
        source: include_str!("../../lib/hash/crc32/crc32.go"),
    },
    LibSource {
        path: "hash/fnv",
        source: include_str!("../../lib/hash/fnv/fnv.go"),
    },
    LibSource {
        path: "internal/fmtscan",
        source: include_str!("../../lib/internal/fmtscan/fmtscan.go"),
    },
    LibSource {
        path: "internal/oserror",
        source: include_str!("../../lib/internal/oserror/oserror.go"),
    },
    LibSource {
        path: "io",
        source: include_str!("../../lib/io/io.go"),
    },
    LibSource {
        path: "io/fs",
        source: include_str!("../../lib/io/fs/fs.go"),
    },
    LibSource {
        path: "log",
        source: include_str!("../../lib/log/log.go"),
    },
    LibSource {
        path: "math",
        source: include_str!("../../lib/math/math.go"),
    },
    LibSource {
        path: "math/bits",
        source: include_str!("../../lib/math/bits/bits.go"),
    },
    LibSource {
        path: "math/cmplx",
        source: include_str!("../../lib/math/cmplx/cmplx.go"),
    },
    LibSource {
        path: "math/rand",
        source: include_str!("../../lib/math/rand/rand.go"),
    },
    LibSource {
        path: "os",
        source: include_str!("../../lib/os/os.go"),
    },
    LibSource {
        path: "path",
        source: include_str!("../../lib/path/path.go"),
    },
    LibSource {
        path: "path/filepath",
        source: include_str!("../../lib/path/filepath/filepath.go"),
    },
    LibSource {
        path: "regexp",
        source: include_str!("../../lib/regexp/regexp.go"),
    },
    LibSource {
        path: "runtime",
        source: include_str!("../../lib/runtime/runtime.go"),
    },
    LibSource {
        path: "runtime/debug",
        source: include_str!("../../lib/runtime/debug/debug.go"),
    },
    LibSource {
        path: "sort",
        source: include_str!("../../lib/sort/sort.go"),
    },
    LibSource {
        path: "strconv",
        source: include_str!("../../lib/strconv/strconv.go"),
    },
    LibSource {
        path: "strings",
        source: include_str!("../../lib/strings/strings.go"),
    },
    LibSource {
        path: "sync",
        source: include_str!("../../lib/sync/sync.go"),
    },
    LibSource {
        path: "sync/atomic",
        source: include_str!("../../lib/sync/atomic/atomic.go"),
    },
    LibSource {
        path: "syscall",
        source: include_str!("../../lib/syscall/syscall.go"),
    },
    LibSource {
        path: "testing",
        source: include_str!("../../lib/testing/testing.go"),
    },
    LibSource {
        path: "text/tabwriter",
        source: include_str!("../../lib/text/tabwriter/tabwriter.go"),
    },
    LibSource {
        path: "time",
        source: include_str!("../../lib/time/time.go"),
    },
    LibSource {
        path: "unicode",
        source: include_str!("../../lib/unicode/unicode.go"),
    },
    LibSource {
        path: "unicode/utf16",
        source: include_str!("../../lib/unicode/utf16/utf16.go"),
    },
    LibSource {
        path: "unicode/utf8",
        source: include_str!("../../lib/unicode/utf8/utf8.go"),
    },
];

/// A library package parsed for checking.
pub(crate) struct LoadedLib {
    pub path: &'static str,
    pub ast: ast::File,
}

impl LoadedLib {
    /// The name of its file in traces and messages (`deferjit/lib/strings/strings.go`).
    pub fn file_name(&self) -> String {
        file_name(self.path)
    }
}

fn file_name(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    format!("deferjit/lib/{path}/{name}.go")
}

/// The library packages that `file` imports, directly or through other library packages,
/// parsed, each after the packages it imports.
pub(crate) fn load(file: &ast::File, source: &str) -> Result<Vec<LoadedLib>, CompileError> {
    let mut out: Vec<LoadedLib> = Vec::new();
    let mut visiting: Vec<&'static str> = Vec::new();
    for imp in &file.imports {
        visit(&imp.path, &mut out, &mut visiting)?;
    }
    // fmt's scanning half, only for a program that may scan (see `FMT_SCAN`).
    let may_scan = source.contains("Scan") || source.contains("scan");
    if may_scan && file.imports.iter().any(|i| i.path == "fmt") {
        visit(FMT_SCAN, &mut out, &mut visiting)?;
    }
    Ok(out)
}

/// The package holding fmt's scanning functions and interfaces (`fmt.Sscanf`,
/// `fmt.ScanState`): names that lib/fmt lacks resolve there. It imports io, os, strconv
/// and math, which printing alone does not need, so it is loaded only for programs whose
/// source mentions `Scan` or `scan` (`fmt.Sscanf`, `fmt.Scanner`).
pub(crate) const FMT_SCAN: &str = "internal/fmtscan";

fn visit(
    path: &str,
    out: &mut Vec<LoadedLib>,
    visiting: &mut Vec<&'static str>,
) -> Result<(), CompileError> {
    let Some(lib) = lib_source(path) else {
        return Ok(());
    };
    if out.iter().any(|l| l.path == path) {
        return Ok(());
    }
    if visiting.contains(&lib.path) {
        return Err(CompileError::new(
            &file_name(lib.path),
            Pos { line: 1, col: 1 },
            format!("internal error in deferjit's library: import cycle through {path}"),
        ));
    }
    let ast = crate::syntax::parse(lib.source).map_err(|e| {
        CompileError::new(
            &file_name(lib.path),
            e.pos,
            format!("internal error in deferjit's package {path}: {}", e.msg),
        )
    })?;
    visiting.push(lib.path);
    for imp in &ast.imports {
        visit(&imp.path, out, visiting)?;
    }
    visiting.pop();
    out.push(LoadedLib {
        path: lib.path,
        ast,
    });
    Ok(())
}

/// The source of library package `path`: from `$DEFERJIT_LIB` when that is set, else
/// the embedded copy.
fn lib_source(path: &str) -> Option<LibSource> {
    let Some(dir) = std::env::var_os("DEFERJIT_LIB") else {
        return LIBRARY.iter().find(|l| l.path == path).copied();
    };
    // Only standard package paths name files: an import path never reaches outside DIR.
    let path = *super::stdlib::GO_STD_PACKAGES
        .iter()
        .chain(LIBRARY.iter().map(|l| &l.path))
        .find(|p| **p == path)?;
    let name = path.rsplit('/').next().unwrap_or(path);
    let file = std::path::Path::new(&dir)
        .join(path)
        .join(format!("{name}.go"));
    let text = std::fs::read_to_string(file).ok()?;
    // A developer's knob: each load keeps its text for the life of the process.
    Some(LibSource {
        path,
        source: Box::leak(text.into_boxed_str()),
    })
}

impl<'a> Checker<'a> {
    /// What `pkg.name` is when `pkg` (imported as `path`) is a library package checked
    /// already: `None` when the package is not one, or does not declare `name` (the caller
    /// then says whether Go's package has it).
    pub(super) fn lib_member(&mut self, path: &str, name: &str, pos: Pos) -> Option<R<Entity>> {
        let ent = match self.lib_exports.get(path)?.get(name) {
            Some(ent) => ent.clone(),
            None if path == "fmt" => self.lib_exports.get(FMT_SCAN)?.get(name)?.clone(),
            None => return None,
        };
        if !name.starts_with(|c: char| c.is_uppercase()) {
            // types2's words: an unexported name is as undefined as a missing one.
            let pkg = path.rsplit('/').next().unwrap_or(path);
            return Some(self.error(pos, format!("undefined: {pkg}.{name}")));
        }
        Some(Ok(ent))
    }
}
