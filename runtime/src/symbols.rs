//! Symbol table: the address of every runtime function of
//! [`RUNTIME_FUNCTIONS`](crate::abi::RUNTIME_FUNCTIONS) and of the stubs' stack-check
//! slow path [`MORESTACK`](crate::abi::MORESTACK), for the JIT's symbol lookup.

use crate::words::Words2;
use crate::{
    benchtimer, callers, chan, clock, complexdiv, defers, errors, errtree, formatter, gcapi, host,
    iface, maps, mathfn, memory, panic, print, procs, rangetables, reflectlite, runes, sched, sema,
    slices, strconv, strings, tracer, unicode,
};

/// One implemented runtime function.
#[derive(Clone, Copy, Debug)]
pub struct Symbol {
    /// The name generated code imports it by (`rt_gopanic`).
    pub name: &'static str,
    /// Its address in this process.
    pub address: usize,
    /// Machine parameters, including the stub frame pointer of functions with a stub.
    pub params: usize,
    /// Result words (0, 1 or 2).
    pub results: usize,
    /// It never returns (it panics or ends the run).
    pub no_return: bool,
}

macro_rules! res {
    (()) => {
        (0, false)
    };
    (i64) => {
        (1, false)
    };
    (Words2) => {
        (2, false)
    };
    (!) => {
        (0, true)
    };
}

macro_rules! sym {
    ($name:literal, $f:path, ($($p:ty),*) -> $r:tt) => {{
        let f: unsafe extern "C" fn($($p),*) -> $r = $f;
        let (results, no_return) = res!($r);
        Symbol {
            name: $name,
            address: f as usize,
            params: <[&str]>::len(&[$(stringify!($p)),*]),
            results,
            no_return,
        }
    }};
}

/// `(name, address)` of every runtime function, for `JITBuilder::symbol(name, ptr)`.
pub fn symbols() -> Vec<(&'static str, *const u8)> {
    symbol_table()
        .into_iter()
        .map(|s| (s.name, s.address as *const u8))
        .collect()
}

/// Every runtime function with its address and machine signature.
pub fn symbol_table() -> Vec<Symbol> {
    vec![
        sym!("rt_alloc", memory::rt_alloc, (usize, i64, i64) -> i64),
        sym!("rt_alloc_noscan", memory::rt_alloc_noscan, (usize, i64) -> i64),
        sym!("rt_print_int", print::rt_print_int, (usize, i64) -> ()),
        sym!("rt_print_float", print::rt_print_float, (usize, i64) -> ()),
        sym!("rt_print_complex", print::rt_print_complex, (usize, i64, i64) -> ()),
        sym!("rt_print_uint", print::rt_print_uint, (usize, i64) -> ()),
        sym!("rt_print_bool", print::rt_print_bool, (usize, i64) -> ()),
        sym!("rt_print_string", print::rt_print_string, (usize, i64, i64) -> ()),
        sym!("rt_print_iface", print::rt_print_iface, (usize, i64, i64) -> ()),
        sym!("rt_print_slice", print::rt_print_slice, (usize, i64, i64, i64) -> ()),
        sym!("rt_print_pointer", print::rt_print_pointer, (usize, i64) -> ()),
        sym!("rt_print_space", print::rt_print_space, (usize) -> ()),
        sym!("rt_print_nl", print::rt_print_nl, (usize) -> ()),
        sym!("rt_fmt_print", print::rt_fmt_print, (usize, i64, i64, i64) -> ()),
        sym!("rt_fmt_sprint", print::rt_fmt_sprint, (usize, i64, i64, i64) -> Words2),
        sym!("rt_fmt_sprintf", print::rt_fmt_sprintf, (usize, i64, i64, i64, i64) -> Words2),
        sym!("rt_fmt_printf", print::rt_fmt_printf, (usize, i64, i64, i64, i64) -> i64),
        sym!("rt_fmt_errorf", print::rt_fmt_errorf, (usize, i64, i64, i64, i64) -> Words2),
        sym!("rt_concat", strings::rt_concat, (usize, i64, i64, i64, i64) -> Words2),
        sym!("rt_str_cmp", strings::rt_str_cmp, (usize, i64, i64, i64, i64) -> i64),
        sym!("rt_complex128div", complexdiv::rt_complex128div, (usize, i64, i64, i64, i64) -> Words2),
        sym!("rt_append", slices::rt_append, (usize, i64, i64, i64, i64, i64, i64, i64) -> ()),
        sym!("rt_make_slice", slices::rt_make_slice, (usize, i64, i64, i64) -> i64),
        sym!("rt_iface_eq", iface::rt_iface_eq, (usize, i64, i64, i64, i64) -> i64),
        sym!("rt_errors_new", errors::rt_errors_new, (usize, i64, i64) -> Words2),
        sym!("rt_error_string", iface::rt_error_string, (usize, i64, i64) -> Words2),
        sym!("rt_assert_error", errors::rt_assert_error, (usize, i64, i64) -> Words2),
        sym!("rt_gopanic", panic::rt_gopanic, (usize, i64, i64) -> !),
        sym!("rt_panic_divide", panic::rt_panic_divide, (usize) -> !),
        sym!("rt_panic_index", panic::rt_panic_index, (usize, i64, i64, i64) -> !),
        sym!("rt_panic_shift", panic::rt_panic_shift, (usize) -> !),
        sym!("rt_panic_nil_deref", panic::rt_panic_nil_deref, (usize, i64) -> !),
        sym!("rt_panic_assert", panic::rt_panic_assert, (usize, i64, i64, i64) -> !),
        sym!("rt_panic_wrap", panic::rt_panic_wrap, (usize, i64, i64) -> !),
        sym!("rt_panic_slice", panic::rt_panic_slice, (usize, i64, i64, i64) -> !),
        sym!("rt_copy", slices::rt_copy, (usize, i64, i64, i64, i64) -> i64),
        sym!("rt_clear", slices::rt_clear, (usize, i64, i64) -> ()),
        sym!("rt_map_new", maps::rt_map_new, (usize, i64, i64, i64) -> i64),
        sym!("rt_decode_rune", runes::rt_decode_rune, (usize, i64, i64, i64) -> Words2),
        sym!("rt_string_from_rune", runes::rt_string_from_rune, (usize, i64) -> Words2),
        sym!("rt_string_from_bytes", runes::rt_string_from_bytes, (usize, i64, i64) -> Words2),
        sym!("rt_bytes_from_string", runes::rt_bytes_from_string, (usize, i64, i64) -> i64),
        sym!("rt_runes_from_string", runes::rt_runes_from_string, (usize, i64, i64) -> Words2),
        sym!("rt_string_from_runes", runes::rt_string_from_runes, (usize, i64, i64) -> Words2),
        sym!("rt_map_access", maps::rt_map_access, (usize, i64, i64) -> i64),
        sym!("rt_map_assign", maps::rt_map_assign, (usize, i64, i64) -> i64),
        sym!("rt_map_delete", maps::rt_map_delete, (usize, i64, i64) -> ()),
        sym!("rt_map_clear", maps::rt_map_clear, (usize, i64) -> ()),
        sym!("rt_map_len", maps::rt_map_len, (usize, i64) -> i64),
        sym!("rt_map_next", maps::rt_map_next, (usize, i64, i64, i64) -> Words2),
        sym!("rt_map_end", maps::rt_map_end, (usize, i64) -> i64),
        sym!("rt_gorecover", panic::rt_gorecover, (usize) -> Words2),
        sym!("rt_gorecover_deferring", panic::rt_gorecover_deferring, (usize) -> Words2),
        sym!("rt_os_exit", panic::rt_os_exit, (usize, i64) -> !),
        sym!("rt_panic_unsafe", panic::rt_panic_unsafe, (usize, i64) -> !),
        sym!("rt_num_cpu", procs::rt_num_cpu, (usize) -> i64),
        sym!("rt_gomaxprocs", procs::rt_gomaxprocs, (usize, i64) -> i64),
        sym!("errors.New", errors::rt_errors_new, (usize, i64, i64) -> Words2),
        sym!("errors.comparable", errtree::rt_errors_comparable, (usize, i64, i64) -> i64),
        sym!("errors.targetState", errtree::rt_errors_target_state, (usize, i64, i64) -> i64),
        sym!("errors.assignTo", errtree::rt_errors_assign_to, (usize, i64, i64, i64, i64) -> i64),
        sym!("math.Sqrt", mathfn::rt_math_sqrt, (usize, i64) -> i64),
        sym!("math.Floor", mathfn::rt_math_floor, (usize, i64) -> i64),
        sym!("math.Ceil", mathfn::rt_math_ceil, (usize, i64) -> i64),
        sym!("math.Trunc", mathfn::rt_math_trunc, (usize, i64) -> i64),
        sym!("math.Round", mathfn::rt_math_round, (usize, i64) -> i64),
        sym!("math.RoundToEven", mathfn::rt_math_round_to_even, (usize, i64) -> i64),
        sym!("math.Mod", mathfn::rt_math_mod, (usize, i64, i64) -> i64),
        sym!("fmt.sprintv", print::rt_fmt_sprintv, (usize, i64, i64, i64, i64) -> Words2),
        sym!("fmt.sprintfv", print::rt_fmt_sprintfv, (usize, i64, i64, i64, i64, i64) -> Words2),
        sym!("fmt.writeStdout", print::rt_fmt_write_stdout, (usize, i64, i64) -> ()),
        sym!("fmt.newError", errors::rt_errors_new, (usize, i64, i64) -> Words2),
        sym!("os.write", host::rt_os_write, (usize, i64, i64, i64, i64) -> i64),
        sym!("fmt.sprintfw", print::rt_fmt_sprintfw, (usize, i64, i64, i64, i64, i64) -> Words2),
        sym!("math/bits.overflowError", errors::rt_overflow_error, (usize) -> Words2),
        sym!("runtime.callerPC", callers::rt_runtime_caller_pc, (usize, i64) -> i64),
        sym!("runtime.pcFuncName", callers::rt_runtime_pc_func_name, (usize, i64) -> Words2),
        sym!("runtime.pcFile", callers::rt_runtime_pc_file, (usize, i64) -> Words2),
        sym!("runtime.pcLine", callers::rt_runtime_pc_line, (usize, i64) -> i64),
        sym!("runtime.pcEntry", callers::rt_runtime_pc_entry, (usize, i64) -> i64),
        sym!("runtime.stackText", callers::rt_runtime_stack_text, (usize) -> Words2),
        sym!("runtime.GC", gcapi::rt_gc, (usize) -> ()),
        sym!("runtime.KeepAlive", gcapi::rt_keep_alive, (usize, i64, i64) -> ()),
        sym!("runtime.readMemStats", gcapi::rt_read_mem_stats, (usize, i64) -> ()),
        sym!("runtime.setFinalizer", gcapi::rt_set_finalizer, (usize, i64, i64, i64, i64) -> ()),
        sym!("runtime.startFinalizers", gcapi::rt_start_finalizers, (usize, i64) -> ()),
        sym!("runtime.nextFinalizer", gcapi::rt_next_finalizer, (usize, i64) -> ()),
        sym!("runtime/debug.setGCPercent", gcapi::rt_set_gc_percent, (usize, i64) -> i64),
        sym!("runtime/debug.setMaxStack", procs::rt_debug_set_max_stack, (usize, i64) -> i64),
        sym!("time.walltime", clock::rt_time_walltime, (usize) -> Words2),
        sym!("time.nanotime", clock::rt_time_nanotime, (usize) -> i64),
        sym!("time.Sleep", clock::rt_time_sleep, (usize, i64) -> ()),
        sym!("os.argc", host::rt_os_argc, (usize) -> i64),
        sym!("os.argv", host::rt_os_argv, (usize, i64) -> Words2),
        sym!("os.envc", host::rt_os_envc, (usize) -> i64),
        sym!("os.envv", host::rt_os_envv, (usize, i64) -> Words2),
        sym!("os.getwd", host::rt_os_getwd, (usize) -> Words2),
        sym!("os.open", host::rt_os_open, (usize, i64, i64, i64, i64) -> i64),
        sym!("os.read", host::rt_os_read, (usize, i64, i64, i64, i64) -> i64),
        sym!("os.pread", host::rt_os_pread, (usize, i64, i64, i64, i64, i64) -> i64),
        sym!("os.seek", host::rt_os_seek, (usize, i64, i64, i64) -> i64),
        sym!("os.closeFd", host::rt_os_close, (usize, i64) -> i64),
        sym!("os.fsync", host::rt_os_fsync, (usize, i64) -> i64),
        sym!("os.ftruncate", host::rt_os_ftruncate, (usize, i64, i64) -> i64),
        sym!("os.unlink", host::rt_os_unlink, (usize, i64, i64) -> i64),
        sym!("os.rmdir", host::rt_os_rmdir, (usize, i64, i64) -> i64),
        sym!("os.mkdir", host::rt_os_mkdir, (usize, i64, i64, i64) -> i64),
        sym!("os.chmod", host::rt_os_chmod, (usize, i64, i64, i64) -> i64),
        sym!("os.rename", host::rt_os_rename, (usize, i64, i64, i64, i64) -> i64),
        sym!("os.stat", host::rt_os_stat, (usize, i64, i64, i64, i64) -> i64),
        sym!("os.fstat", host::rt_os_fstat, (usize, i64, i64) -> i64),
        sym!("os.readdir", host::rt_os_readdir, (usize, i64, i64, i64) -> Words2),
        sym!("syscall.errnoText", host::rt_os_errno_text, (usize, i64) -> Words2),
        sym!("os.getpid", host::rt_os_getpid, (usize) -> i64),
        sym!("os.random", host::rt_os_random, (usize) -> i64),
        sym!("rt_go", sched::rt_go, (usize, i64) -> ()),
        sym!("rt_gosched", sched::rt_gosched, (usize) -> ()),
        sym!("rt_preempt", sched::rt_preempt, (usize) -> ()),
        sym!("testing.benchResetTimer", benchtimer::rt_bench_reset_timer, (usize, i64) -> ()),
        sym!("testing.benchStartTimer", benchtimer::rt_bench_start_timer, (usize, i64) -> ()),
        sym!("testing.benchStopTimer", benchtimer::rt_bench_stop_timer, (usize, i64) -> ()),
        sym!("testing.benchReportAllocs", benchtimer::rt_bench_report_allocs, (usize, i64) -> ()),
        sym!("testing.benchSetBytes", benchtimer::rt_bench_set_bytes, (usize, i64, i64) -> ()),
        sym!("testing.divertStdout", host::rt_testing_divert_stdout, (usize) -> ()),
        sym!("testing.restoreStdout", host::rt_testing_restore_stdout, (usize) -> Words2),
        sym!("rt_num_goroutine", sched::rt_num_goroutine, (usize) -> i64),
        sym!("rt_makechan", chan::rt_makechan, (usize, i64, i64) -> i64),
        sym!("rt_chansend", chan::rt_chansend, (usize, i64, i64) -> ()),
        sym!("rt_chanrecv", chan::rt_chanrecv, (usize, i64, i64) -> i64),
        sym!("rt_closechan", chan::rt_closechan, (usize, i64) -> ()),
        sym!("rt_chanlen", chan::rt_chanlen, (usize, i64) -> i64),
        sym!("rt_chancap", chan::rt_chancap, (usize, i64) -> i64),
        sym!("rt_select", chan::rt_select, (usize, i64, i64, i64) -> Words2),
        sym!("sync.semacquire", sema::rt_sync_semacquire, (usize, i64, i64) -> ()),
        sym!("sync.semrelease", sema::rt_sync_semrelease, (usize, i64) -> ()),
        sym!("sync.fatal", sema::rt_sync_fatal, (usize, i64, i64) -> !),
        sym!("runtime.Goexit", sched::rt_runtime_goexit, (usize) -> !),
        sym!("flag.zeroOf", reflectlite::rt_flag_zero_of, (usize, i64, i64) -> Words2),
        sym!("fmt.writeOut", formatter::rt_fmt_write_out, (usize, usize, i64, i64) -> ()),
        sym!("sort.kindOf", reflectlite::rt_sort_kind_of, (usize, i64, i64) -> Words2),
        sym!("sort.lenOf", reflectlite::rt_sort_len_of, (usize, i64, i64) -> i64),
        sym!("sort.elemSize", reflectlite::rt_sort_elem_size, (usize, i64, i64) -> i64),
        sym!("strconv.IsPrint", unicode::rt_unicode_is_print, (usize, i64) -> i64),
        sym!("strconv.IsGraphic", unicode::rt_unicode_is_graphic, (usize, i64) -> i64),
        sym!("strconv.formatFloat", strconv::rt_strconv_format_float, (usize, i64, i64, i64, i64) -> Words2),
        sym!("strconv.parseFloat", strconv::rt_strconv_parse_float, (usize, i64, i64, i64) -> Words2),
        sym!("unicode.IsLetter", unicode::rt_unicode_is_letter, (usize, i64) -> i64),
        sym!("unicode.IsUpper", unicode::rt_unicode_is_upper, (usize, i64) -> i64),
        sym!("unicode.IsLower", unicode::rt_unicode_is_lower, (usize, i64) -> i64),
        sym!("unicode.IsTitle", unicode::rt_unicode_is_title, (usize, i64) -> i64),
        sym!("unicode.IsDigit", unicode::rt_unicode_is_digit, (usize, i64) -> i64),
        sym!("unicode.IsNumber", unicode::rt_unicode_is_number, (usize, i64) -> i64),
        sym!("unicode.IsPunct", unicode::rt_unicode_is_punct, (usize, i64) -> i64),
        sym!("unicode.IsSymbol", unicode::rt_unicode_is_symbol, (usize, i64) -> i64),
        sym!("unicode.IsMark", unicode::rt_unicode_is_mark, (usize, i64) -> i64),
        sym!("unicode.IsControl", unicode::rt_unicode_is_control, (usize, i64) -> i64),
        sym!("unicode.IsSpace", unicode::rt_unicode_is_space, (usize, i64) -> i64),
        sym!("unicode.IsPrint", unicode::rt_unicode_is_print, (usize, i64) -> i64),
        sym!("unicode.IsGraphic", unicode::rt_unicode_is_graphic, (usize, i64) -> i64),
        sym!("unicode.ToUpper", unicode::rt_unicode_to_upper, (usize, i64) -> i64),
        sym!("unicode.ToLower", unicode::rt_unicode_to_lower, (usize, i64) -> i64),
        sym!("unicode.ToTitle", unicode::rt_unicode_to_title, (usize, i64) -> i64),
        sym!("unicode.SimpleFold", unicode::rt_unicode_simple_fold, (usize, i64) -> i64),
        sym!("unicode.loadTable", rangetables::rt_unicode_load_table, (usize, i64, i64) -> ()),
        sym!("rt_defer_refill", defers::rt_defer_refill, (usize, i64) -> ()),
        sym!("rt_trace_defer", tracer::rt_trace_defer, (usize, i64, i64) -> ()),
        sym!("rt_trace_defer_call", tracer::rt_trace_defer_call, (usize, i64, i64, i64) -> ()),
        sym!("rt_trace_recover", panic::rt_trace_recover, (usize) -> Words2),
        sym!("rt_trace_return", tracer::rt_trace_return, (usize, i64) -> ()),
        sym!("rt_morestack", crate::arch::morestack_preserving, (usize) -> ()),
    ]
}

/// The address of the runtime function `name`.
pub fn symbol_address(name: &str) -> Option<usize> {
    symbol_table()
        .into_iter()
        .find(|s| s.name == name)
        .map(|s| s.address)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::RUNTIME_FUNCTIONS;

    #[test]
    fn table_is_complete_and_signatures_match() {
        let syms = symbol_table();
        for f in RUNTIME_FUNCTIONS {
            let s = syms
                .iter()
                .find(|s| s.name == f.name)
                .unwrap_or_else(|| panic!("runtime function {} is not implemented", f.name));
            assert_eq!(s.params, f.params.len() + 1, "{}: params", f.name);
            assert_eq!(s.results, f.results.len(), "{}: results", f.name);
            assert_eq!(s.no_return, f.no_return, "{}: no_return", f.name);
            assert_ne!(s.address, 0);
        }
        for name in crate::abi::PRESERVE_ALL_ENTRIES {
            let f = RUNTIME_FUNCTIONS.iter().find(|f| f.name == *name);
            assert!(
                f.is_some_and(|f| !f.may_panic),
                "{name}: a known entry that cannot panic"
            );
        }
        let m = syms
            .iter()
            .find(|s| s.name == crate::abi::MORESTACK.name)
            .expect("rt_morestack is implemented");
        assert_eq!(m.params, 1);
        assert_eq!(
            syms.len(),
            RUNTIME_FUNCTIONS.len() + 1,
            "symbols not in RUNTIME_FUNCTIONS (besides rt_morestack)"
        );
        assert!(symbol_address("rt_gopanic").is_some());
        assert!(symbol_address("nope").is_none());
    }
}
