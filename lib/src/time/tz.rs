//! The local time zone as glibc determines it: `TZ` (a POSIX rule such as
//! `EST5EDT,M3.2.0,M11.1.0` or a zoneinfo file name), else `/etc/localtime`; TZif files are
//! read with their 64-bit data and footer rule.

use super::calendar::{days_from_civil, is_leap};

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

/// When a POSIX rule switches: the day in the year, and the local time of day.
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
                if !file_only {
                    if let Some(p) = parse_posix(&tz) {
                        return TimeZone { transitions: Vec::new(), indices: Vec::new(), types: vec![p.std.clone()], rule: Some(p) };
                    }
                }
                TimeZone::utc()
            }
        }
    }

    /// The local time type in effect at UTC timestamp `t`.
    pub fn lookup(&self, t: i64) -> TtInfo {
        if self.transitions.is_empty() || t < self.transitions[0] {
            if self.transitions.is_empty() {
                if let Some(r) = &self.rule {
                    return r.lookup(t);
                }
            }
            return self.types.first().cloned().unwrap_or_else(TtInfo::utc);
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

    /// The UTC timestamp of local wall time `local` (seconds since the epoch as if UTC), as
    /// glibc's `mktime`: `isdst` < 0 lets the zone decide; otherwise a mismatching DST flag
    /// shifts the result by the zone's DST difference (an hour when the zone has none).
    /// Returns the timestamp and the local time type used.
    pub fn to_utc(&self, local: i64, isdst: i64) -> (i64, TtInfo) {
        let first = self.lookup(local);
        let mut guess = local - first.off;
        let mut info = self.lookup(guess);
        if info.off != first.off {
            let g2 = local - info.off;
            let i2 = self.lookup(g2);
            if i2.off == info.off {
                guess = g2;
            } else {
                // in a gap: keep the first interpretation
                guess = local - first.off;
                info = self.lookup(guess);
            }
        }
        if isdst >= 0 && (isdst > 0) != info.isdst {
            let delta = self.dst_delta(guess, isdst > 0);
            guess -= delta;
            let mut shifted = self.lookup(guess);
            if shifted.isdst != (isdst > 0) {
                shifted = info.clone();
                shifted.isdst = isdst > 0;
            }
            return (guess, shifted);
        }
        (guess, info)
    }

    /// How much further ahead DST time is than standard time near `t` (3600 when unknown);
    /// negated when going from DST to standard time.
    fn dst_delta(&self, t: i64, want_dst: bool) -> i64 {
        let cur = self.lookup(t);
        let mut other: Option<i64> = None;
        if let Some(r) = &self.rule {
            if let Some(d) = &r.dst {
                other = Some(if want_dst { d.dst.off - r.std.off } else { r.std.off - d.dst.off });
            }
        }
        if other.is_none() {
            let cand = self.types.iter().filter(|x| x.isdst == want_dst).map(|x| x.off - cur.off).min_by_key(|d| d.abs());
            other = cand;
        }
        other.unwrap_or(if want_dst { 3600 } else { -3600 })
    }
}

impl Posix {
    fn lookup(&self, t: i64) -> TtInfo {
        let Some(d) = &self.dst else { return self.std.clone() };
        let local_std = t + self.std.off;
        let year = super::calendar::civil_from_days(local_std.div_euclid(86400)).0;
        // both switch instants in UTC for that year
        let start = day_of(year, &d.start.0) * 86400 + d.start.1 - self.std.off;
        let end = day_of(year, &d.end.0) * 86400 + d.end.1 - d.dst.off;
        let in_dst = if start < end { t >= start && t < end } else { !(t >= end && t < start) };
        if in_dst {
            d.dst.clone()
        } else {
            self.std.clone()
        }
    }
}

/// Days since the epoch of a rule's switch day in `year`.
fn day_of(year: i64, day: &Day) -> i64 {
    let jan1 = days_from_civil(year, 1, 1);
    match *day {
        Day::Julian1(n) => {
            let mut d = n - 1;
            if is_leap(year) && n >= 60 {
                d += 1;
            }
            jan1 + d
        }
        Day::Julian0(n) => jan1 + n,
        Day::Mwd(m, w, wd) => {
            let first = days_from_civil(year, m, 1);
            let first_wday = (first + 4).rem_euclid(7);
            let mut d = first + (wd - first_wday).rem_euclid(7) + (w - 1) * 7;
            let next_month = if m == 12 { days_from_civil(year + 1, 1, 1) } else { days_from_civil(year, m + 1, 1) };
            while d >= next_month {
                d -= 7;
            }
            d
        }
    }
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
        let mut secs = self.number()? * 3600;
        if self.peek() == Some(b':') {
            self.i += 1;
            secs += self.number()? * 60;
            if self.peek() == Some(b':') {
                self.i += 1;
                secs += self.number()?;
            }
        }
        Some(sign * secs)
    }

    fn rule(&mut self) -> Option<(Day, i64)> {
        let day = match self.peek()? {
            b'J' => {
                self.i += 1;
                Day::Julian1(self.number()?)
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
            c if c.is_ascii_digit() => Day::Julian0(self.number()?),
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

fn parse_posix(s: &str) -> Option<Posix> {
    let mut c = Cursor { s: s.as_bytes(), i: 0 };
    let std_name = c.name()?;
    let std_off = -c.offset()?;
    let std = TtInfo { off: std_off, isdst: false, abbr: std_name };
    if c.peek().is_none() {
        return Some(Posix { std, dst: None });
    }
    let dst_name = c.name()?;
    let dst_off = match c.peek() {
        Some(b',') | None => std_off + 3600,
        _ => -c.offset()?,
    };
    let dst = TtInfo { off: dst_off, isdst: true, abbr: dst_name };
    let (start, end) = if c.peek() == Some(b',') {
        c.i += 1;
        let start = c.rule()?;
        if c.peek() != Some(b',') {
            return None;
        }
        c.i += 1;
        let end = c.rule()?;
        (start, end)
    } else {
        // the default rule of glibc ("M3.2.0,M11.1.0", the US one)
        ((Day::Mwd(3, 2, 0), 7200), (Day::Mwd(11, 1, 0), 7200))
    };
    if c.peek().is_some() {
        return None;
    }
    Some(Posix { std, dst: Some(DstRule { dst, start, end }) })
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
    let n = |k: usize| be32(b, at + 20 + 4 * k).map(|v| v as usize);
    Some(Header { version: *b.get(at + 4)?, isutcnt: n(0)?, isstdcnt: n(1)?, leapcnt: n(2)?, timecnt: n(3)?, typecnt: n(4)?, charcnt: n(5)? })
}

fn block_len(h: &Header, tsize: usize) -> usize {
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
                        rule = parse_posix(&s);
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
        let p = parse_posix("EST5EDT,M3.2.0,M11.1.0").unwrap();
        let z = TimeZone { transitions: vec![], indices: vec![], types: vec![p.std.clone()], rule: Some(p) };
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
        assert!(parse_posix("UTC0").unwrap().dst.is_none());
        let p = parse_posix("<+0330>-3:30").unwrap();
        assert_eq!(p.std.off, 3 * 3600 + 1800);
        assert_eq!(p.std.abbr, "+0330");
    }
}
