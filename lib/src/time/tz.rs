//! The local time zone as glibc determines it: `TZ` (a POSIX rule such as
//! `EST5EDT,M3.2.0,M11.1.0` or a zoneinfo file name), else `/etc/localtime`; TZif files are
//! read with their 64-bit data and footer rule. Rules are evaluated as glibc's `tzset.c` does
//! (including its treatment of years before 1970), and `to_utc` picks among ambiguous or
//! missing local times as glibc's `mktime` does.

use super::calendar::{days_from_civil, is_leap};
use std::cell::Cell;

thread_local! {
    /// glibc's `localtime_offset`: the offset `mktime` found last time, its first guess.
    static LOCALTIME_OFFSET: Cell<i64> = const { Cell::new(0) };
}

/// One local time type: UTC offset (east positive), DST flag, abbreviation.
#[derive(Clone, Debug, PartialEq)]
pub struct TtInfo {
    pub off: i64,
    pub isdst: bool,
    pub abbr: String,
}

impl TtInfo {
    fn utc() -> TtInfo {
        TtInfo { off: 0, isdst: false, abbr: "UTC".into() }
    }
}

/// When a POSIX rule switches: the day in the year (the time of day is kept separately).
#[derive(Clone, Debug)]
enum Day {
    /// `Jn`: 1..=365, February 29 never counted
    Julian1(i64),
    /// `n`: 0..=365, counting February 29
    Julian0(i64),
    /// `Mm.w.d`: day `d` (0 = Sunday) of week `w` (5 = last) of month `m`
    Mwd(i64, i64, i64),
}

#[derive(Clone, Debug)]
struct DstRule {
    dst: TtInfo,
    start: (Day, i64),
    end: (Day, i64),
}

#[derive(Clone, Debug)]
struct Posix {
    std: TtInfo,
    dst: Option<DstRule>,
    /// the DST name glibc reports in `tzname[1]` ("" when the string did not parse fully)
    dst_name: String,
}

/// A time zone: transitions from a TZif file, then an optional POSIX rule.
#[derive(Clone, Debug)]
pub struct TimeZone {
    transitions: Vec<i64>,
    indices: Vec<usize>,
    types: Vec<TtInfo>,
    rule: Option<Posix>,
}

impl TimeZone {
    pub fn utc() -> TimeZone {
        TimeZone { transitions: Vec::new(), indices: Vec::new(), types: vec![TtInfo::utc()], rule: None }
    }

    fn from_posix(p: Posix) -> TimeZone {
        TimeZone { transitions: Vec::new(), indices: Vec::new(), types: vec![p.std.clone()], rule: Some(p) }
    }

    /// The zone named by the environment, as `tzset()` finds it.
    pub fn from_env() -> TimeZone {
        match std::env::var("TZ") {
            Err(_) => read_tzif("/etc/localtime").unwrap_or_else(TimeZone::utc),
            Ok(tz) => {
                if tz.is_empty() {
                    return TimeZone::utc();
                }
                let (name, file_only) = match tz.strip_prefix(':') {
                    Some(n) => (n.to_string(), true),
                    None => (tz.clone(), false),
                };
                let path = if name.starts_with('/') {
                    name.clone()
                } else {
                    let dir = std::env::var("TZDIR").unwrap_or_else(|_| "/usr/share/zoneinfo".into());
                    format!("{dir}/{name}")
                };
                if !name.contains("..") || name.starts_with('/') {
                    if let Some(z) = read_tzif(&path) {
                        return z;
                    }
                }
                if file_only {
                    return TimeZone::utc();
                }
                TimeZone::from_posix(parse_posix(&tz))
            }
        }
    }

    /// The local time type in effect at UTC timestamp `t`.
    pub fn lookup(&self, t: i64) -> TtInfo {
        if self.transitions.is_empty() {
            return match &self.rule {
                Some(r) => r.lookup(t),
                None => self.types.first().cloned().unwrap_or_else(TtInfo::utc),
            };
        }
        if t < self.transitions[0] {
            // glibc: the first non-DST type (or the first type if all are DST)
            return self.types.iter().find(|x| !x.isdst).or(self.types.first()).cloned().unwrap_or_else(TtInfo::utc);
        }
        let last = *self.transitions.last().unwrap_or(&0);
        if t >= last {
            if let Some(r) = &self.rule {
                return r.lookup(t);
            }
        }
        let i = self.transitions.partition_point(|&x| x <= t) - 1;
        self.types.get(self.indices[i]).cloned().unwrap_or_else(TtInfo::utc)
    }

    /// glibc's `tzname[0]` and `tzname[1]` (what `%Z` shows for a time without a zone).
    pub fn c_tzname(&self) -> (String, String) {
        if let Some(r) = &self.rule {
            return (r.std.abbr.clone(), r.dst_name.clone());
        }
        let mut std = None;
        let mut dst = None;
        for &i in self.indices.iter().rev() {
            let ty = &self.types[i];
            if ty.isdst && dst.is_none() {
                dst = Some(ty.abbr.clone());
            }
            if !ty.isdst && std.is_none() {
                std = Some(ty.abbr.clone());
            }
        }
        let std = std.or_else(|| self.types.first().map(|t| t.abbr.clone())).unwrap_or_else(|| "UTC".into());
        let dst = dst.unwrap_or_else(|| std.clone());
        (std, dst)
    }

    /// glibc's `mktime` (gnulib's `__mktime_internal`): the UTC timestamp of local wall time
    /// `local` (seconds since the epoch as if it were UTC) with the requested DST flag, or None
    /// when it cannot be represented. Like glibc, the first guess uses the offset found by the
    /// previous call, which decides between the two readings of an ambiguous local time.
    pub fn to_utc(&self, local: i64, isdst: i64) -> Option<(i64, TtInfo)> {
        let convert = |t: i64| -> Option<TtInfo> {
            let info = self.lookup(t);
            super::calendar::breakdown(t, info.off)?;
            Some(info)
        };
        let off = LOCALTIME_OFFSET.with(|c| c.get());
        let t0 = local.checked_add(off)?;
        let (mut t, mut t1, mut t2) = (t0, t0, t0);
        let mut dst2 = false;
        let mut remaining = 6;
        let mut tm = convert(t)?;
        let found = loop {
            let dt = local - (t + tm.off);
            if dt == 0 {
                break false;
            }
            let osc = if isdst < 0 { !dst2 || tm.isdst } else { (isdst != 0) != tm.isdst };
            if t == t1 && t != t2 && osc {
                break true;
            }
            remaining -= 1;
            if remaining == 0 {
                return None;
            }
            t1 = t2;
            t2 = t;
            t = t.checked_add(dt)?;
            dst2 = tm.isdst;
            tm = convert(t)?;
        };
        if !found && isdst >= 0 && (isdst != 0) != tm.isdst {
            let want = isdst != 0;
            const STRIDE: i64 = 601200;
            const BOUND: i64 = 457243200 / 2 + STRIDE;
            let mut hit = None;
            'search: for delta in (STRIDE..BOUND).step_by(STRIDE as usize) {
                for direction in [-1i64, 1] {
                    let ot = t + delta * direction;
                    if let Some(otm) = convert(ot) {
                        if otm.isdst == want {
                            let gt = ot + (local - (ot + otm.off));
                            if let Some(g) = convert(gt) {
                                hit = Some((gt, g));
                                break 'search;
                            }
                        }
                    }
                }
            }
            match hit {
                Some((gt, g)) => {
                    t = gt;
                    tm = g;
                }
                None => {
                    let dst_difference = (isdst == 0) as i64 - (!tm.isdst) as i64;
                    t += 3600 * dst_difference;
                    tm = convert(t)?;
                }
            }
        }
        LOCALTIME_OFFSET.with(|c| c.set(t - local));
        Some((t, tm))
    }
}

impl Posix {
    /// glibc's `__tz_compute`: the rules' switch times are computed for the UTC year of `t`.
    fn lookup(&self, t: i64) -> TtInfo {
        let Some(d) = &self.dst else { return self.std.clone() };
        let year = super::calendar::civil_from_days(t.div_euclid(86400)).0;
        let start = change(year, &d.start.0, d.start.1, self.std.off);
        let end = change(year, &d.end.0, d.end.1, d.dst.off);
        let in_dst = if start > end { t < end || t >= start } else { t >= start && t < end };
        if in_dst {
            d.dst.clone()
        } else {
            self.std.clone()
        }
    }
}

/// glibc's `compute_change`: the UTC time a rule switches in `year`. glibc starts from the
/// epoch rather than January 1st for years up to 1970.
fn change(year: i64, day: &Day, secs: i64, offset: i64) -> i64 {
    let base = if year > 1970 { days_from_civil(year, 1, 1) } else { 0 };
    let leap = is_leap(year);
    let days = match *day {
        Day::Julian1(n) => n - 1 + (n >= 60 && leap) as i64,
        Day::Julian0(n) => n,
        Day::Mwd(m, w, wd) => {
            const CUM: [i64; 13] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
            let extra = |k: usize| CUM[k] + (leap && k >= 2) as i64;
            let before = extra(m as usize - 1);
            let month_len = extra(m as usize) - before;
            // Zeller's congruence for the weekday of the month's first day, as glibc does it
            let m1 = (m + 9) % 12 + 1;
            let yy0 = if m <= 2 { year - 1 } else { year };
            let (yy1, yy2) = (yy0 / 100, yy0 % 100);
            let mut dow = ((26 * m1 - 2) / 10 + 1 + yy2 + yy2 / 4 + yy1 / 4 - 2 * yy1) % 7;
            if dow < 0 {
                dow += 7;
            }
            let mut dd = wd - dow;
            if dd < 0 {
                dd += 7;
            }
            for _ in 1..w {
                if dd + 7 >= month_len {
                    break;
                }
                dd += 7;
            }
            before + dd
        }
    };
    (base + days) * 86400 - offset + secs
}

// ----- POSIX TZ strings --------------------------------------------------------------------

struct Cursor<'a> {
    s: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn name(&mut self) -> Option<String> {
        if self.peek() == Some(b'<') {
            let start = self.i + 1;
            let end = start + self.s[start..].iter().position(|&c| c == b'>')?;
            self.i = end + 1;
            return Some(String::from_utf8_lossy(&self.s[start..end]).into_owned());
        }
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
            self.i += 1;
        }
        if self.i - start < 3 {
            return None;
        }
        Some(String::from_utf8_lossy(&self.s[start..self.i]).into_owned())
    }

    fn number(&mut self) -> Option<i64> {
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        std::str::from_utf8(&self.s[start..self.i]).ok()?.parse().ok()
    }

    /// `[+-]hh[:mm[:ss]]` as seconds.
    fn offset(&mut self) -> Option<i64> {
        let sign = match self.peek() {
            Some(b'-') => {
                self.i += 1;
                -1
            }
            Some(b'+') => {
                self.i += 1;
                1
            }
            _ => 1,
        };
        let hours = self.number()?;
        let mut secs = hours.min(167) * 3600;
        if self.peek() == Some(b':') {
            self.i += 1;
            secs += self.number()?.min(59) * 60;
            if self.peek() == Some(b':') {
                self.i += 1;
                secs += self.number()?.min(59);
            }
        }
        Some(sign * secs)
    }

    fn rule(&mut self) -> Option<(Day, i64)> {
        let day = match self.peek()? {
            b'J' => {
                self.i += 1;
                let n = self.number()?;
                if !(1..=365).contains(&n) {
                    return None;
                }
                Day::Julian1(n)
            }
            b'M' => {
                self.i += 1;
                let m = self.number()?;
                if self.peek() != Some(b'.') {
                    return None;
                }
                self.i += 1;
                let w = self.number()?;
                if self.peek() != Some(b'.') {
                    return None;
                }
                self.i += 1;
                let d = self.number()?;
                if !(1..=12).contains(&m) || !(1..=5).contains(&w) || !(0..=6).contains(&d) {
                    return None;
                }
                Day::Mwd(m, w, d)
            }
            c if c.is_ascii_digit() => {
                let n = self.number()?;
                if !(0..=365).contains(&n) {
                    return None;
                }
                Day::Julian0(n)
            }
            _ => return None,
        };
        let time = if self.peek() == Some(b'/') {
            self.i += 1;
            self.offset()?
        } else {
            7200
        };
        Some((day, time))
    }
}

/// glibc's `__tzset_parse_tz`: whatever parses is kept (an unparsable string still names the
/// standard time, at offset 0).
fn parse_posix(s: &str) -> Posix {
    let mut c = Cursor { s: s.as_bytes(), i: 0 };
    let mut p = Posix { std: TtInfo { off: 0, isdst: false, abbr: String::new() }, dst: None, dst_name: String::new() };
    let Some(std_name) = c.name() else { return p };
    p.std.abbr = std_name;
    let Some(std_off) = c.offset() else { return p };
    p.std.off = -std_off;
    if c.peek().is_none() {
        p.dst_name = p.std.abbr.clone();
        return p;
    }
    let Some(dst_name) = c.name() else { return p };
    p.dst_name = dst_name.clone();
    let dst_off = match c.peek() {
        Some(b'+' | b'-') => c.offset().map(|o| -o),
        Some(d) if d.is_ascii_digit() => c.offset().map(|o| -o),
        _ => None,
    }
    .unwrap_or(p.std.off + 3600);
    let dst = TtInfo { off: dst_off, isdst: true, abbr: dst_name };
    let rules = if c.peek() == Some(b',') && c.s.len() > c.i + 1 {
        c.i += 1;
        let start = c.rule();
        let end = if c.peek() == Some(b',') {
            c.i += 1;
            c.rule()
        } else {
            None
        };
        start.zip(end)
    } else {
        // no rule: glibc falls back to the US rules (its "posixrules" default)
        Some(((Day::Mwd(3, 2, 0), 7200), (Day::Mwd(11, 1, 0), 7200)))
    };
    if let Some((start, end)) = rules {
        p.dst = Some(DstRule { dst, start, end });
    }
    p
}

// ----- TZif files --------------------------------------------------------------------------

fn be32(b: &[u8], i: usize) -> Option<i64> {
    Some(i32::from_be_bytes(b.get(i..i + 4)?.try_into().ok()?) as i64)
}

fn be64(b: &[u8], i: usize) -> Option<i64> {
    Some(i64::from_be_bytes(b.get(i..i + 8)?.try_into().ok()?))
}

struct Header {
    version: u8,
    isutcnt: usize,
    isstdcnt: usize,
    leapcnt: usize,
    timecnt: usize,
    typecnt: usize,
    charcnt: usize,
}

fn header(b: &[u8], at: usize) -> Option<Header> {
    if b.get(at..at + 4)? != b"TZif" {
        return None;
    }
    let n = |k: usize| -> Option<usize> {
        let at = at + 20 + 4 * k;
        Some(u32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?) as usize)
    };
    Some(Header { version: *b.get(at + 4)?, isutcnt: n(0)?, isstdcnt: n(1)?, leapcnt: n(2)?, timecnt: n(3)?, typecnt: n(4)?, charcnt: n(5)? })
}

fn block_len(h: &Header, tsize: usize) -> usize {
    // counts are u32, so this cannot overflow a 64-bit usize
    h.timecnt * tsize + h.timecnt + h.typecnt * 6 + h.charcnt + h.leapcnt * (tsize + 4) + h.isstdcnt + h.isutcnt
}

fn read_tzif(path: &str) -> Option<TimeZone> {
    let b = std::fs::read(path).ok()?;
    let h1 = header(&b, 0)?;
    let (h, data, tsize) = if h1.version >= b'2' {
        let second = 44 + block_len(&h1, 4);
        let h2 = header(&b, second)?;
        (h2, second + 44, 8)
    } else {
        (h1, 44, 4)
    };
    if data + block_len(&h, tsize) > b.len() {
        return None;
    }
    let mut transitions = Vec::with_capacity(h.timecnt);
    for k in 0..h.timecnt {
        transitions.push(if tsize == 8 { be64(&b, data + 8 * k)? } else { be32(&b, data + 4 * k)? });
    }
    let idx_at = data + h.timecnt * tsize;
    let indices: Vec<usize> = b.get(idx_at..idx_at + h.timecnt)?.iter().map(|&x| x as usize).collect();
    let types_at = idx_at + h.timecnt;
    let chars_at = types_at + h.typecnt * 6;
    let chars = b.get(chars_at..chars_at + h.charcnt)?;
    let mut types = Vec::with_capacity(h.typecnt);
    for k in 0..h.typecnt {
        let at = types_at + 6 * k;
        let off = be32(&b, at)?;
        let isdst = *b.get(at + 4)? != 0;
        let ai = *b.get(at + 5)? as usize;
        let end = chars.get(ai..)?.iter().position(|&c| c == 0).map(|p| ai + p).unwrap_or(chars.len());
        types.push(TtInfo { off, isdst, abbr: String::from_utf8_lossy(&chars[ai..end]).into_owned() });
    }
    if types.is_empty() || indices.iter().any(|&i| i >= types.len()) {
        return None;
    }
    let mut rule = None;
    if tsize == 8 {
        let footer_at = data + block_len(&h, 8);
        if let Some(rest) = b.get(footer_at..) {
            if rest.first() == Some(&b'\n') {
                if let Some(end) = rest[1..].iter().position(|&c| c == b'\n') {
                    let s = String::from_utf8_lossy(&rest[1..1 + end]).into_owned();
                    if !s.is_empty() {
                        rule = Some(parse_posix(&s));
                    }
                }
            }
        }
    }
    Some(TimeZone { transitions, indices, types, rule })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_rules() {
        let z = TimeZone::from_posix(parse_posix("EST5EDT,M3.2.0,M11.1.0"));
        // 2021-07-01 12:00 UTC is EDT
        let t = days_from_civil(2021, 7, 1) * 86400 + 12 * 3600;
        assert_eq!(z.lookup(t).abbr, "EDT");
        assert_eq!(z.lookup(t).off, -4 * 3600);
        let t = days_from_civil(2021, 1, 1) * 86400;
        assert_eq!(z.lookup(t).abbr, "EST");
        // 2021-03-14 07:00 UTC = 02:00 EST: the switch
        let sw = days_from_civil(2021, 3, 14) * 86400 + 7 * 3600;
        assert!(!z.lookup(sw - 1).isdst);
        assert!(z.lookup(sw).isdst);
        // glibc computes pre-1970 switches from the epoch: 1938-04-24 is standard time
        assert!(!z.lookup(-1_000_000_000).isdst);
        assert!(parse_posix("UTC0").dst.is_none());
        let p = parse_posix("<+0330>-3:30");
        assert_eq!(p.std.off, 3 * 3600 + 1800);
        assert_eq!(p.std.abbr, "+0330");
        let p = parse_posix("Nonexistent/Zone");
        assert_eq!((p.std.abbr.as_str(), p.std.off, p.dst_name.as_str()), ("Nonexistent", 0, ""));
    }
}
