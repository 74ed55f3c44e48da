//! Package unicode's questions about runes (`unicode.IsLetter`, `ToUpper`, `SimpleFold`,
//! ...), answered from Go 1.23's Unicode data (`runtime/data/unicode_tables.rs`): the
//! runtime entries behind the bodyless functions of `lib/unicode/unicode.go`.

pub(crate) mod tables {
    include!("../data/unicode_tables.rs");
}

const CAT_LU: u8 = 1;
const CAT_LL: u8 = 2;
const CAT_LT: u8 = 3;
const CAT_L_OTHER: u8 = 4;
const CAT_M: u8 = 5;
const CAT_ND: u8 = 6;
const CAT_N_OTHER: u8 = 7;
const CAT_P: u8 = 8;
const CAT_S: u8 = 9;
const CAT_ZS: u8 = 10;
const CAT_CC: u8 = 12;

/// The category code of `r` (0: unassigned, or a category Go's predicates do not ask for).
fn category(r: i64) -> u8 {
    let Ok(r) = u32::try_from(r) else { return 0 };
    let t = tables::CATEGORIES;
    let i = t.partition_point(|&(_, hi, _)| hi < r);
    match t.get(i) {
        Some(&(lo, _, c)) if lo <= r => c,
        _ => 0,
    }
}

fn is_letter(c: u8) -> bool {
    matches!(c, CAT_LU | CAT_LL | CAT_LT | CAT_L_OTHER)
}

fn is_graphic_class(c: u8) -> bool {
    is_letter(c) || matches!(c, CAT_M | CAT_ND | CAT_N_OTHER | CAT_P | CAT_S)
}

fn white_space(r: i64) -> bool {
    let Ok(r) = u32::try_from(r) else {
        return false;
    };
    tables::WHITE_SPACE
        .iter()
        .any(|&(lo, hi)| lo <= r && r <= hi)
}

/// `(upper, lower, title)` of `r`.
fn cases(r: i64) -> (i64, i64, i64) {
    let Ok(u) = u32::try_from(r) else {
        return (r, r, r);
    };
    let t = tables::CASES;
    match t.binary_search_by_key(&u, |e| e.0) {
        Ok(i) => (t[i].1 as i64, t[i].2 as i64, t[i].3 as i64),
        Err(_) => (r, r, r),
    }
}

macro_rules! predicate {
    ($(#[$doc:meta])* $name:ident, |$r:ident| $body:expr) => {
        $(#[$doc])*
        pub extern "C" fn $name(_fp: usize, $r: i64) -> i64 {
            i64::from($body)
        }
    };
}

predicate!(
    /// `unicode.IsLetter(r)`: category L.
    rt_unicode_is_letter, |r| is_letter(category(r)));
predicate!(
    /// `unicode.IsUpper(r)`: category Lu.
    rt_unicode_is_upper, |r| category(r) == CAT_LU);
predicate!(
    /// `unicode.IsLower(r)`: category Ll.
    rt_unicode_is_lower, |r| category(r) == CAT_LL);
predicate!(
    /// `unicode.IsTitle(r)`: category Lt.
    rt_unicode_is_title, |r| category(r) == CAT_LT);
predicate!(
    /// `unicode.IsDigit(r)`: category Nd.
    rt_unicode_is_digit, |r| category(r) == CAT_ND);
predicate!(
    /// `unicode.IsNumber(r)`: category N.
    rt_unicode_is_number, |r| matches!(category(r), CAT_ND | CAT_N_OTHER));
predicate!(
    /// `unicode.IsPunct(r)`: category P.
    rt_unicode_is_punct, |r| category(r) == CAT_P);
predicate!(
    /// `unicode.IsSymbol(r)`: category S.
    rt_unicode_is_symbol, |r| category(r) == CAT_S);
predicate!(
    /// `unicode.IsMark(r)`: category M.
    rt_unicode_is_mark, |r| category(r) == CAT_M);
predicate!(
    /// `unicode.IsControl(r)`: Go's answer covers only the C0 and C1 controls.
    rt_unicode_is_control, |r| (0..=0xFF).contains(&r) && category(r) == CAT_CC);
predicate!(
/// `unicode.IsSpace(r)`: Go's Latin-1 spaces, else the White_Space property.
rt_unicode_is_space, |r| match r {
    0x09..=0x0D | 0x20 | 0x85 | 0xA0 => true,
    0..=0xFF => false,
    _ => white_space(r),
});
predicate!(
    /// `unicode.IsPrint(r)`: L, M, N, P, S and the ASCII space (no other spaces).
    rt_unicode_is_print, |r| r == 0x20 || is_graphic_class(category(r)));
predicate!(
/// `unicode.IsGraphic(r)`: L, M, N, P, S and Zs.
rt_unicode_is_graphic, |r| {
    let c = category(r);
    is_graphic_class(c) || c == CAT_ZS
});

/// `unicode.ToUpper(r)`.
pub extern "C" fn rt_unicode_to_upper(_fp: usize, r: i64) -> i64 {
    cases(r).0
}

/// `unicode.ToLower(r)`.
pub extern "C" fn rt_unicode_to_lower(_fp: usize, r: i64) -> i64 {
    cases(r).1
}

/// `unicode.ToTitle(r)`.
pub extern "C" fn rt_unicode_to_title(_fp: usize, r: i64) -> i64 {
    cases(r).2
}

/// `unicode.SimpleFold(r)`: the next rune of `r`'s case-folding orbit (`r` itself when it
/// has none, and for invalid runes).
pub extern "C" fn rt_unicode_simple_fold(_fp: usize, r: i64) -> i64 {
    let Ok(u) = u32::try_from(r) else { return r };
    let t = tables::FOLDS;
    match t.binary_search_by_key(&u, |e| e.0) {
        Ok(i) => t[i].1 as i64,
        Err(_) => r,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_binary_search() {
        assert!(tables::CATEGORIES.windows(2).all(|w| w[0].1 < w[1].0));
        assert!(tables::CASES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(tables::FOLDS.windows(2).all(|w| w[0].0 < w[1].0));
        let last = tables::RANGE_TABLES.last().unwrap();
        assert_eq!((last.0 .0 + last.0 .1) as usize, tables::RANGE16.len());
        assert_eq!((last.1 .0 + last.1 .1) as usize, tables::RANGE32.len());
    }

    #[test]
    fn answers_agree_with_go_on_known_runes() {
        assert_eq!(rt_unicode_to_upper(0, 'ß' as i64), 'ß' as i64);
        assert_eq!(rt_unicode_to_upper(0, 'é' as i64), 'É' as i64);
        assert_eq!(rt_unicode_to_title(0, 'ǆ' as i64), 'ǅ' as i64);
        assert_eq!(rt_unicode_is_upper(0, 'Ⅰ' as i64), 0);
        assert_eq!(rt_unicode_is_number(0, 'Ⅰ' as i64), 1);
        assert_eq!(rt_unicode_is_print(0, 0xA0), 0);
        assert_eq!(rt_unicode_is_graphic(0, 0xA0), 1);
        assert_eq!(rt_unicode_simple_fold(0, 'K' as i64), 'k' as i64);
        assert_eq!(rt_unicode_simple_fold(0, 'k' as i64), 0x212A);
        assert_eq!(rt_unicode_simple_fold(0, 0x212A), 'K' as i64);
        assert_eq!(rt_unicode_is_space(0, 0x2028), 1);
        assert_eq!(rt_unicode_is_letter(0, -1), 0);
    }
}
