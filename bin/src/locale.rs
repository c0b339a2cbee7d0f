//! The `LC_CTYPE` locale as CPython's start-up sees it, read from the environment the way
//! `setlocale(LC_CTYPE, "")` does (an unknown locale leaves "C"), and what follows from it:
//! automatic UTF-8 mode (PEP 540), C locale coercion (PEP 538) and the default encoding and
//! error handler of the standard streams.

/// The locale `setlocale(LC_CTYPE, "")` selects: `LC_ALL`, else `LC_CTYPE`, else `LANG` (the
/// first that is set and not empty), "C" when none is or when the named locale is not
/// installed.
pub fn ctype_locale() -> String {
    let name = ["LC_ALL", "LC_CTYPE", "LANG"].iter().find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()));
    match name {
        Some(n) if is_installed(&n) => n,
        _ => "C".into(),
    }
}

/// Whether glibc can load a locale of that name: the built-in C, POSIX and C.UTF-8 locales
/// (glibc 2.35 builds C.UTF-8 in), or a compiled locale (a directory of `/usr/lib/locale` or an entry of its `locale-archive`)
/// under the name with its codeset normalised (`en_US.UTF-8` → `en_US.utf8`).
fn is_installed(name: &str) -> bool {
    if name == "C" || name == "POSIX" {
        return true;
    }
    if name.contains('/') {
        return false;
    }
    let normalized = match name.split_once('.') {
        Some((lang, rest)) => {
            let (codeset, modifier) = match rest.split_once('@') {
                Some((c, m)) => (c, format!("@{m}")),
                None => (rest, String::new()),
            };
            let mut cs: String = codeset.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
            if cs.chars().all(|c| c.is_ascii_digit()) {
                cs = format!("iso{cs}");
            }
            format!("{lang}.{cs}{modifier}")
        }
        None => name.to_string(),
    };
    if normalized == "C.utf8" {
        return true;
    }
    let dir = std::path::Path::new("/usr/lib/locale");
    for n in [name, normalized.as_str()] {
        if dir.join(n).join("LC_CTYPE").is_file() {
            return true;
        }
    }
    match std::fs::read(dir.join("locale-archive")) {
        Ok(archive) => {
            let needle = format!("{normalized}\0");
            archive.windows(needle.len()).any(|w| w == needle.as_bytes())
        }
        Err(_) => false,
    }
}

/// The C and POSIX locales, in which CPython turns UTF-8 mode on (unless told otherwise) and
/// whose standard streams use `surrogateescape`.
pub fn is_legacy(loc: &str) -> bool {
    loc == "C" || loc == "POSIX"
}

/// The locales C locale coercion switches to (CPython's `_TARGET_LOCALES`); their standard
/// streams also use `surrogateescape`.
pub fn is_coercion_target(loc: &str) -> bool {
    matches!(loc, "C.UTF-8" | "C.utf8" | "UTF-8")
}

/// Whether CPython coerces the legacy C locale to C.UTF-8 (`LC_ALL` not set, and
/// `PYTHONCOERCECLOCALE` not "0"; the variable is read even under -E, as CPython does).
pub fn coerces(loc: &str) -> bool {
    is_legacy(loc) && std::env::var("LC_ALL").map_or(true, |v| v.is_empty()) && std::env::var("PYTHONCOERCECLOCALE").map_or(true, |v| v != "0")
}

/// The standard streams' encoding and error handler (CPython's `config_init_stdio_encoding`):
/// `PYTHONIOENCODING=encoding[:errors]` (ignored under -E/-I; an encoding without errors
/// means "strict"), otherwise the locale's: UTF-8 in UTF-8 mode or a UTF-8 locale, ASCII in
/// the C locale when it is not coerced, with `surrogateescape` in UTF-8 mode and in the C,
/// POSIX and C.UTF-8 locales and `strict` elsewhere. The encoding is the name as given (the
/// stream turns it into the codec's name).
pub fn stdio_encoding(ioencoding: Option<&str>, utf8_mode: bool) -> (String, String) {
    let (mut encoding, mut errors) = (None, None);
    if let Some(v) = ioencoding {
        let (enc, err) = match v.split_once(':') {
            Some((e, r)) => (e, Some(r).filter(|r| !r.is_empty())),
            None => (v, None),
        };
        if !enc.is_empty() {
            encoding = Some(enc.to_string());
            errors = Some(err.unwrap_or("strict").to_string());
        } else {
            errors = err.map(str::to_string);
        }
    }
    let loc = ctype_locale();
    let encoding = encoding.unwrap_or_else(|| if !utf8_mode && is_legacy(&loc) && !coerces(&loc) { "ascii".into() } else { "utf-8".into() });
    let errors = errors.unwrap_or_else(|| if utf8_mode || is_legacy(&loc) || is_coercion_target(&loc) { "surrogateescape".into() } else { "strict".into() });
    (encoding, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_locales() {
        assert!(is_installed("C"));
        assert!(is_installed("POSIX"));
        assert!(!is_installed("c.utf8"));
        assert!(is_installed("C.UTF-8"));
        assert!(!is_installed("../etc"));
        assert!(is_legacy("POSIX"));
        assert!(is_coercion_target("C.UTF-8"));
        assert!(!is_coercion_target("C.UTF8"));
    }

    #[test]
    fn ioencoding() {
        assert_eq!(stdio_encoding(Some("latin-1"), false), ("latin-1".into(), "strict".into()));
        assert_eq!(stdio_encoding(Some("ascii:replace"), true), ("ascii".into(), "replace".into()));
        assert_eq!(stdio_encoding(Some(":ignore"), true), ("utf-8".into(), "ignore".into()));
        assert_eq!(stdio_encoding(Some("latin-1:"), true).1, "strict");
    }
}
