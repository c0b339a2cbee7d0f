//! Proleptic Gregorian calendar arithmetic on Unix timestamps (days <-> civil dates) and the
//! broken-down time `Tm`, as C's `struct tm` holds it.

pub const MONTH_NAMES: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
pub const MONTH_FULL: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/// Indexed by C's `tm_wday` (0 = Sunday).
pub const WDAY_NAMES: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
pub const WDAY_FULL: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/// Days since 1970-01-01 of a civil date (month 1..=12).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The civil date (year, month 1..=12, day 1..=31) of a day number.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

pub fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// A broken-down time. Unlike C, `year` is the full year and `mon` is 1..=12.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    /// 0 = Sunday (C's convention)
    pub wday: i64,
    /// 0-based day of the year
    pub yday: i64,
    pub isdst: i64,
    pub gmtoff: i64,
    pub zone: Option<String>,
}

/// The broken-down UTC time of timestamp `t` shifted by `offset` seconds. None when the year
/// does not fit C's `int tm_year` (glibc fails with EOVERFLOW).
pub fn breakdown(t: i64, offset: i64) -> Option<Tm> {
    let t = t.checked_add(offset)?;
    let days = t.div_euclid(86400);
    let secs = t.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    if y - 1900 > i32::MAX as i64 || y - 1900 < i32::MIN as i64 {
        return None;
    }
    let yday = days - days_from_civil(y, 1, 1);
    Some(Tm {
        year: y,
        mon: m,
        mday: d,
        hour: secs / 3600,
        min: secs / 60 % 60,
        sec: secs % 60,
        wday: (days + 4).rem_euclid(7),
        yday,
        isdst: 0,
        gmtoff: offset,
        zone: None,
    })
}

/// Seconds since the epoch of the (possibly denormalised) fields of `tm` read as UTC
/// (`timegm`), or None on arithmetic overflow.
pub fn timegm(tm: &Tm) -> Option<i64> {
    let mon0 = tm.mon - 1;
    let year = tm.year.checked_add(mon0.div_euclid(12))?;
    if year.abs() > 1 << 40 {
        return None;
    }
    let days = days_from_civil(year, mon0.rem_euclid(12) + 1, 1).checked_add(tm.mday - 1)?;
    days.checked_mul(86400)?.checked_add(tm.hour.checked_mul(3600)?)?.checked_add(tm.min.checked_mul(60)?)?.checked_add(tm.sec)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(days_from_civil(2000, 2, 29)), (2000, 2, 29));
        let tm = breakdown(10_000_000_000, 0).unwrap();
        assert_eq!((tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday), (2286, 11, 20, 17, 46, 40, 6, 323));
        assert_eq!(timegm(&tm), Some(10_000_000_000));
        assert!(breakdown(70_000_000_000_000_000, 0).is_none());
    }
}
