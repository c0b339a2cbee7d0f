//! `strftime` in the C locale with glibc's behaviour: the `_ - 0 ^ # +` flags, field widths,
//! the `E`/`O` modifiers, ISO 8601 weeks, and unknown conversions copied through.

use super::calendar::{is_leap, Tm, MONTH_FULL, MONTH_NAMES, WDAY_FULL, WDAY_NAMES};

/// What `%Z` and `%s` need besides the broken-down time.
pub struct Ctx<'a> {
    /// `tzname`, used for `%Z` when the time has no zone of its own
    pub tzname: (&'a str, &'a str),
    /// `mktime` of a broken-down local time
    pub mktime: &'a dyn Fn(&Tm) -> i64,
}

struct Spec {
    pad: Option<char>,
    width: Option<usize>,
    upcase: bool,
    lowcase: bool,
}

impl Spec {
    /// glibc's `width_add`: left padding up to the width (zeros for `0`/`+`, else spaces).
    fn cpy(&self, out: &mut String, s: &str) {
        let s = if self.upcase {
            s.to_uppercase()
        } else if self.lowcase {
            s.to_lowercase()
        } else {
            s.to_string()
        };
        let w = if self.pad == Some('-') { 0 } else { self.width.unwrap_or(0) };
        let n = s.chars().count();
        if n < w {
            let c = if matches!(self.pad, Some('0') | Some('+')) { '0' } else { ' ' };
            out.extend(std::iter::repeat_n(c, w - n));
        }
        out.push_str(&s);
    }

    /// glibc's `do_number` family: `digits` is the default width, `spacepad` the default pad.
    fn number(&self, out: &mut String, digits: usize, value: i64, spacepad: bool, always_sign: bool) {
        let pad = self.pad.unwrap_or(if spacepad { '_' } else { '0' });
        let mut width = self.width.unwrap_or(digits) as i64;
        let negative = value < 0;
        let num = value.unsigned_abs().to_string();
        let sign = if negative {
            Some('-')
        } else if always_sign {
            Some('+')
        } else {
            None
        };
        let shortage = width - sign.is_some() as i64 - num.len() as i64;
        let padding = if pad == '-' || shortage <= 0 { 0 } else { shortage };
        if let Some(sc) = sign {
            if pad == '_' {
                out.extend(std::iter::repeat_n(' ', padding as usize));
                width -= padding;
            }
            out.push(sc);
            width -= 1;
        }
        let rest = Spec { pad: Some(pad), width: Some(width.max(0) as usize), upcase: false, lowcase: false };
        rest.cpy(out, &num);
    }

    /// `DO_YEARISH`: a `+` pad prints a sign on years wider than the field.
    fn yearish(&self, out: &mut String, digits: usize, value: i64) {
        let always_sign = self.pad == Some('+') && (value.unsigned_abs() > if digits == 2 { 99 } else { 9999 } || self.width.is_some_and(|w| digits < w));
        self.number(out, digits, value, false, always_sign);
    }
}

/// Days into the ISO year of a day (glibc's `iso_week_days`); negative before week 1.
fn iso_week_days(yday: i64, wday: i64) -> i64 {
    let big = (366 / 7 + 2) * 7;
    yday - (yday - wday + 4 + big) % 7 + 4 - 1
}

/// (ISO year, ISO week) of a broken-down time.
fn iso_week(tm: &Tm) -> (i64, i64) {
    let mut year_adjust = 0;
    let mut days = iso_week_days(tm.yday, tm.wday);
    if days < 0 {
        year_adjust = -1;
        days = iso_week_days(tm.yday + 365 + is_leap(tm.year - 1) as i64, tm.wday);
    } else {
        let d = iso_week_days(tm.yday - (365 + is_leap(tm.year) as i64), tm.wday);
        if d >= 0 {
            year_adjust = 1;
            days = d;
        }
    }
    (tm.year + year_adjust, days / 7 + 1)
}

/// Formats `tm` by `fmt`.
pub fn strftime(fmt: &str, tm: &Tm, ctx: &Ctx) -> String {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    format_into(&mut out, &chars, tm, ctx);
    out
}

fn sub(spec: &Spec, out: &mut String, fmt: &str, tm: &Tm, ctx: &Ctx) {
    let s = strftime(fmt, tm, ctx);
    spec.cpy(out, &s);
}

fn format_into(out: &mut String, f: &[char], tm: &Tm, ctx: &Ctx) {
    let mut i = 0;
    while i < f.len() {
        if f[i] != '%' {
            out.push(f[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut spec = Spec { pad: None, width: None, upcase: false, lowcase: false };
        let mut change_case = false;
        while let Some(&c) = f.get(i) {
            match c {
                '_' | '-' | '0' | '+' => spec.pad = Some(c),
                '^' => spec.upcase = true,
                '#' => change_case = true,
                _ => break,
            }
            i += 1;
        }
        if f.get(i).is_some_and(|c| c.is_ascii_digit()) {
            let mut w: usize = 0;
            while let Some(d) = f.get(i).and_then(|c| c.to_digit(10)) {
                w = w.saturating_mul(10).saturating_add(d as usize).min(1 << 20);
                i += 1;
            }
            spec.width = Some(w);
        }
        let modifier = match f.get(i) {
            Some(&m @ ('E' | 'O')) => {
                i += 1;
                Some(m)
            }
            _ => None,
        };
        let Some(&fc) = f.get(i) else {
            // a lone `%` (with flags) at the end is copied
            let lit: String = f[start..].iter().collect();
            spec.cpy(out, &lit);
            break;
        };
        i += 1;
        let bad = |spec: &Spec, out: &mut String| {
            let lit: String = f[start..i].iter().collect();
            spec.cpy(out, &lit);
        };
        let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
        match (fc, modifier) {
            ('%', None) => spec.cpy(out, "%"),
            ('n', None) => spec.cpy(out, "\n"),
            ('t', None) => spec.cpy(out, "\t"),
            ('a' | 'A' | 'b' | 'h' | 'B', None) => {
                if change_case {
                    spec.upcase = true;
                    spec.lowcase = false;
                }
                let w = tm.wday.rem_euclid(7) as usize;
                let m = (tm.mon - 1).rem_euclid(12) as usize;
                let s = match fc {
                    'a' => WDAY_NAMES[w],
                    'A' => WDAY_FULL[w],
                    'B' => MONTH_FULL[m],
                    _ => MONTH_NAMES[m],
                };
                spec.cpy(out, s);
            }
            ('p' | 'P', None) => {
                if fc == 'P' || change_case {
                    spec.upcase = false;
                    spec.lowcase = true;
                }
                spec.cpy(out, if tm.hour >= 12 { "PM" } else { "AM" });
            }
            ('c', None | Some('E')) => sub(&spec, out, "%a %b %e %H:%M:%S %Y", tm, ctx),
            ('D', None) | ('x', None | Some('E')) => sub(&spec, out, "%m/%d/%y", tm, ctx),
            ('F', None) => sub(&spec, out, "%Y-%m-%d", tm, ctx),
            ('r', None) => sub(&spec, out, "%I:%M:%S %p", tm, ctx),
            ('R', None) => sub(&spec, out, "%H:%M", tm, ctx),
            ('T', None) | ('X', None | Some('E')) => sub(&spec, out, "%H:%M:%S", tm, ctx),
            ('C', None | Some('E')) => spec.yearish(out, 2, tm.year.div_euclid(100)),
            ('y', _) => spec.yearish(out, 2, tm.year.rem_euclid(100)),
            ('Y', None | Some('E')) => spec.yearish(out, 1, tm.year),
            ('d', None | Some('O')) => spec.number(out, 2, tm.mday, false, false),
            ('e', None | Some('O')) => spec.number(out, 2, tm.mday, true, false),
            ('H', None | Some('O')) => spec.number(out, 2, tm.hour, false, false),
            ('I', None | Some('O')) => spec.number(out, 2, hour12, false, false),
            ('k', None | Some('O')) => spec.number(out, 2, tm.hour, true, false),
            ('l', None | Some('O')) => spec.number(out, 2, hour12, true, false),
            ('j', None) => spec.number(out, 3, tm.yday + 1, false, false),
            ('M', None | Some('O')) => spec.number(out, 2, tm.min, false, false),
            ('m', None | Some('O')) => spec.number(out, 2, tm.mon, false, false),
            ('S', None | Some('O')) => spec.number(out, 2, tm.sec, false, false),
            ('s', None) => spec.number(out, 1, (ctx.mktime)(tm), false, false),
            ('u', None | Some('O')) => spec.number(out, 1, (tm.wday - 1 + 7).rem_euclid(7) + 1, false, false),
            ('U', None | Some('O')) => spec.number(out, 2, (tm.yday - tm.wday + 7).div_euclid(7), false, false),
            ('W', None | Some('O')) => spec.number(out, 2, (tm.yday - (tm.wday - 1 + 7).rem_euclid(7) + 7).div_euclid(7), false, false),
            ('w', None | Some('O')) => spec.number(out, 1, tm.wday, false, false),
            ('V', None | Some('O')) => spec.number(out, 2, iso_week(tm).1, false, false),
            ('G', None) => spec.yearish(out, 1, iso_week(tm).0),
            ('g', None) => spec.yearish(out, 2, iso_week(tm).0.rem_euclid(100)),
            ('z', None) => {
                if tm.isdst < 0 {
                    continue;
                }
                let diff = tm.gmtoff;
                let a = diff.unsigned_abs() as i64;
                let value = (a / 3600) * 100 + (a / 60) % 60;
                let mut s = String::new();
                let plain = Spec { pad: spec.pad, width: spec.width.map(|w| w.max(1)), upcase: false, lowcase: false };
                plain.number(&mut s, 5, if diff < 0 { -value } else { value }, false, true);
                out.push_str(&s);
            }
            ('Z', None) => {
                if change_case {
                    spec.upcase = false;
                    spec.lowcase = true;
                }
                let zone = match &tm.zone {
                    Some(z) => z.clone(),
                    None if tm.isdst < 0 => String::new(),
                    None => (if tm.isdst > 0 { ctx.tzname.1 } else { ctx.tzname.0 }).to_string(),
                };
                spec.cpy(out, &zone);
            }
            _ => bad(&spec, out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tm(y: i64, mon: i64, d: i64, h: i64, mi: i64, s: i64) -> Tm {
        let days = super::super::calendar::days_from_civil(y, mon, d);
        let mut t = super::super::calendar::breakdown(days * 86400 + h * 3600 + mi * 60 + s, 0).unwrap();
        t.zone = None;
        t
    }

    fn f(fmt: &str, t: &Tm) -> String {
        let mk = |_: &Tm| 0i64;
        strftime(fmt, t, &Ctx { tzname: ("UTC", "UTC"), mktime: &mk })
    }

    // expected strings from CPython 3.11 on glibc
    #[test]
    fn glibc_compatible() {
        let t = tm(2020, 1, 5, 3, 4, 5);
        assert_eq!(
            f("%a|%A|%b|%B|%c|%C|%d|%D|%e|%F|%g|%G|%h|%H|%I|%j|%k|%l|%m|%M|%n|%p|%P|%r|%R|%S|%t|%T|%u|%U|%V|%w|%W|%x|%X|%y|%Y|%%|%-d|%_d|%05d|%^a|%#b|%10A|%-j|%Ey|%Od|%q|%", &t),
            "Sun|Sunday|Jan|January|Sun Jan  5 03:04:05 2020|20|05|01/05/20| 5|2020-01-05|20|2020|Jan|03|03|005| 3| 3|01|04|\n|AM|am|03:04:05 AM|03:04|05|\t|03:04:05|7|01|01|0|00|01/05/20|03:04:05|20|2020|%|5| 5|00005|SUN|JAN|    Sunday|5|20|05|%q|%"
        );
        assert_eq!(f("%Q %5", &t), "%Q    %5");
        let t = tm(2021, 1, 3, 0, 0, 0);
        assert_eq!(f("%G-%V-%u|%U|%W|%z|%Z", &t), "2020-53-7|01|00|+0000|UTC");
        // the fields Python passes for (-5, 1, 3, 0, 0, 0, 6, 3, 0)
        let t = Tm { year: -5, mon: 1, mday: 3, wday: 0, yday: 2, ..Tm::default() };
        assert_eq!(f("%Y|%C|%y|%G|%g", &t), "-5|-1|95|-6|94");
        let t = tm(12345, 1, 3, 0, 0, 0);
        assert_eq!(f("%Y|%C|%y", &t), "12345|123|45");
        assert_eq!(f("%Y", &tm(10, 1, 3, 0, 0, 0)), "10");
    }
}
