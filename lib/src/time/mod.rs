//! The `time` module: clocks (time, monotonic, perf_counter, process/thread CPU time), sleep,
//! struct_time, gmtime/localtime/mktime in the local time zone, asctime/ctime, strftime, and
//! strptime through the `_strptime` module.

pub mod calendar;
pub mod strftime;
pub mod tz;

pub use calendar::{civil_from_days, MONTH_NAMES};

use crate::structseq::{self, StructSeqDesc};
use calendar::{breakdown, timegm, Tm, WDAY_NAMES};
use rpy_vm::objects::int::Int;
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::protocol::number::as_float;
use rpy_vm::{ObjRef, Payload, PyErr, PyResult, Value, Vm};
use std::rc::Rc;
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const DOC: &str = "This module provides various functions to manipulate time values.\n\nThere are two standard representations of time.  One is the number\nof seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\nor a floating point number (to represent fractions of seconds).\nThe Epoch is system-defined; on Unix, it is generally January 1st, 1970.\nThe actual value can be retrieved by calling gmtime(0).\n\nThe other representation is a tuple of 9 integers giving local time.\nThe tuple items are:\n  year (including century, e.g. 1998)\n  month (1-12)\n  day (1-31)\n  hours (0-23)\n  minutes (0-59)\n  seconds (0-59)\n  weekday (0-6, Monday is 0)\n  Julian day (day in the year, 1-366)\n  DST (Daylight Savings Time) flag (-1, 0 or 1)\nIf the DST flag is 0, the time is given in the regular time zone;\nif it is 1, the time is given in the DST time zone;\nif it is -1, mktime() should guess based on the date and time.\n";

static STRUCT_TIME: StructSeqDesc = StructSeqDesc {
    name: "struct_time",
    module: "time",
    doc: "The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() and strftime().  May be considered as a\n sequence of 9 integers.\n\n Note that several fields' values are not the same as those defined by\n the C language standard for struct tm.  For example, the value of the\n field tm_year is the actual year, not year - 1900.  See individual\n fields' descriptions for details.",
    fields: &["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"],
    n_in_sequence: 9,
    instantiable: true,
};

/// 2**63 as a float: the exclusive bound of time_t-sized values.
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;

// ----- argument checks -----------------------------------------------------------------------

fn no_kwargs(vm: &mut Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn noargs(vm: &mut Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("time.{name}() takes no keyword arguments")));
    }
    if a.len() != 0 {
        return Err(vm.type_error(format!("time.{name}() takes no arguments ({} given)", a.len())));
    }
    Ok(())
}

fn one(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("time.{name}() takes no keyword arguments")));
    }
    if a.len() != 1 {
        return Err(vm.type_error(format!("time.{name}() takes exactly one argument ({} given)", a.len())));
    }
    Ok(a.values[0].clone())
}

/// `PyArg_ParseTuple` with only optional arguments: "f() takes at most 1 argument (2 given)".
fn at_most(vm: &mut Vm, a: &Args, name: &str, max: usize) -> PyResult<()> {
    no_kwargs(vm, a, name)?;
    if a.len() > max {
        return Err(vm.type_error(format!("{name}() takes at most {max} argument{} ({} given)", if max == 1 { "" } else { "s" }, a.len())));
    }
    Ok(())
}

// ----- clocks ------------------------------------------------------------------------------

fn realtime_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// CLOCK_MONOTONIC-like nanoseconds: the system uptime when first asked, advanced by
/// `Instant` (which reads CLOCK_MONOTONIC).
fn monotonic_ns() -> i128 {
    static BASE: OnceLock<(Instant, i128)> = OnceLock::new();
    let (start, offset) = BASE.get_or_init(|| {
        let up = std::fs::read_to_string("/proc/uptime").ok().and_then(|s| s.split_whitespace().next().and_then(|x| x.parse::<f64>().ok())).unwrap_or(0.0);
        (Instant::now(), (up * 1e9) as i128)
    });
    offset + start.elapsed().as_nanos() as i128
}

/// User + system CPU time from a `/proc/.../stat` file, in nanoseconds (clock ticks of 10 ms).
fn cpu_ns(path: &str) -> Option<i128> {
    let s = std::fs::read_to_string(path).ok()?;
    let rest = &s[s.rfind(')')? + 1..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let utime: i128 = f.get(11)?.parse().ok()?;
    let stime: i128 = f.get(12)?.parse().ok()?;
    Some((utime + stime) * 10_000_000)
}

fn cpu_clock(vm: &mut Vm, path: &str) -> PyResult<i128> {
    cpu_ns(path).ok_or_else(|| vm.new_error(&vm.types.os_error.clone(), format!("cannot read {path}")))
}

fn ns_to_float(ns: i128) -> f64 {
    if ns % 1_000_000_000 == 0 {
        (ns / 1_000_000_000) as f64
    } else {
        ns as f64 / 1e9
    }
}

fn ns_value(vm: &Vm, ns: i128) -> Value {
    match i64::try_from(ns) {
        Ok(i) => Value::Int(i),
        Err(_) => vm.new_int_big(num_bigint::BigInt::from(ns)),
    }
}

fn t_time(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "time")?;
    Ok(Value::Float(ns_to_float(realtime_ns())))
}

fn t_time_ns(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "time_ns")?;
    Ok(ns_value(vm, realtime_ns()))
}

fn t_monotonic(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "monotonic")?;
    Ok(Value::Float(ns_to_float(monotonic_ns())))
}

fn t_monotonic_ns(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "monotonic_ns")?;
    Ok(ns_value(vm, monotonic_ns()))
}

fn t_perf_counter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "perf_counter")?;
    Ok(Value::Float(ns_to_float(monotonic_ns())))
}

fn t_perf_counter_ns(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "perf_counter_ns")?;
    Ok(ns_value(vm, monotonic_ns()))
}

fn t_process_time(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "process_time")?;
    let ns = cpu_clock(vm, "/proc/self/stat")?;
    Ok(Value::Float(ns_to_float(ns)))
}

fn t_process_time_ns(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "process_time_ns")?;
    let ns = cpu_clock(vm, "/proc/self/stat")?;
    Ok(ns_value(vm, ns))
}

fn t_thread_time(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "thread_time")?;
    let ns = cpu_clock(vm, "/proc/thread-self/stat")?;
    Ok(Value::Float(ns_to_float(ns)))
}

fn t_thread_time_ns(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "thread_time_ns")?;
    let ns = cpu_clock(vm, "/proc/thread-self/stat")?;
    Ok(ns_value(vm, ns))
}

fn t_get_clock_info(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(vm, &a, "get_clock_info").map_err(|_| vm.type_error(format!("get_clock_info() takes exactly 1 argument ({} given)", a.len())))?;
    let name = match rpy_builtins::args::str_obj(&v) {
        Some(o) => vm.str_of(o),
        None => {
            let tn = vm.type_name(&v);
            return Err(vm.type_error(format!("get_clock_info() argument 1 must be str, not {tn}")));
        }
    };
    let (imp, monotonic, adjustable, resolution) = match name.as_str() {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true, 1e-9),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9),
        "process_time" => ("times()", true, false, 0.01),
        "thread_time" => ("/proc/thread-self/stat", true, false, 0.01),
        _ => return Err(vm.value_error("unknown clock")),
    };
    let imp = vm.new_str(imp);
    Ok(crate::namespace::new_namespace(
        vm,
        vec![("implementation", imp), ("monotonic", Value::Bool(monotonic)), ("adjustable", Value::Bool(adjustable)), ("resolution", Value::Float(resolution))],
    ))
}

// ----- clock_gettime --------------------------------------------------------------------------

/// The `clk_id` values this implementation can read.
const CLOCKS: [(&str, i64); 4] = [("CLOCK_REALTIME", 0), ("CLOCK_MONOTONIC", 1), ("CLOCK_PROCESS_CPUTIME_ID", 2), ("CLOCK_THREAD_CPUTIME_ID", 3)];

fn clock_arg(vm: &mut Vm, a: &Args, name: &str) -> PyResult<i64> {
    no_kwargs(vm, a, name)?;
    if a.len() != 1 {
        return Err(vm.type_error(format!("{name}() takes exactly 1 argument ({} given)", a.len())));
    }
    let v = a.values[0].clone();
    if as_float(&v).is_some() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    match vm.to_index(&v)? {
        Int::Small(i) => Ok(i),
        Int::Big(_) => Err(vm.overflow_error("Python int too large to convert to C long")),
    }
}

fn invalid_clock(vm: &mut Vm) -> PyErr {
    let t = Value::Obj(vm.types.os_error.clone());
    let msg = vm.new_str("Invalid argument");
    match vm.call(&t, &[Value::Int(22), msg]) {
        Ok(Value::Obj(e)) => PyErr(e),
        Ok(_) => vm.system_error("OSError() returned a non-exception"),
        Err(e) => e,
    }
}

fn clock_ns(vm: &mut Vm, id: i64) -> PyResult<i128> {
    match id {
        0 => Ok(realtime_ns()),
        1 => Ok(monotonic_ns()),
        2 => cpu_clock(vm, "/proc/self/stat"),
        3 => cpu_clock(vm, "/proc/thread-self/stat"),
        _ => Err(invalid_clock(vm)),
    }
}

fn t_clock_gettime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = clock_arg(vm, &a, "clock_gettime")?;
    let ns = clock_ns(vm, id)?;
    Ok(Value::Float(ns_to_float(ns)))
}

fn t_clock_gettime_ns(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = clock_arg(vm, &a, "clock_gettime_ns")?;
    let ns = clock_ns(vm, id)?;
    Ok(ns_value(vm, ns))
}

fn t_clock_getres(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = clock_arg(vm, &a, "clock_getres")?;
    match id {
        0 | 1 => Ok(Value::Float(1e-9)),
        2 | 3 => Ok(Value::Float(0.01)),
        _ => Err(invalid_clock(vm)),
    }
}

// ----- sleep -------------------------------------------------------------------------------

/// `_PyTime_FromSecondsObject`: seconds as nanoseconds.
fn seconds_to_ns(vm: &mut Vm, v: &Value) -> PyResult<i128> {
    if let Some(d) = as_float(v) {
        if d.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let ns = (d * 1e9).round();
        if !(-TWO_POW_63..TWO_POW_63).contains(&ns) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(ns as i128);
    }
    match vm.to_index(v)? {
        Int::Small(i) => match i.checked_mul(1_000_000_000) {
            Some(ns) => Ok(ns as i128),
            None => Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t")),
        },
        Int::Big(_) => Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t")),
    }
}

fn t_sleep(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(vm, &a, "sleep")?;
    let ns = seconds_to_ns(vm, &v)?;
    if ns < 0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    // a deadline past what Instant can represent means sleeping until interrupted
    let deadline = Instant::now().checked_add(Duration::from_nanos(ns as u64));
    loop {
        vm.check_interrupt()?;
        let now = Instant::now();
        let slice = match deadline {
            Some(d) if now >= d => break,
            Some(d) => (d - now).min(Duration::from_millis(20)),
            None => Duration::from_millis(20),
        };
        std::thread::sleep(slice);
    }
    Ok(Value::None)
}

// ----- the local time zone -----------------------------------------------------------------

fn zone(vm: &Vm) -> Rc<tz::TimeZone> {
    if let Some(z) = crate::state::with(vm, |s| s.time_zone.clone()) {
        return z;
    }
    let z = Rc::new(tz::TimeZone::from_env());
    crate::state::with(vm, |s| s.time_zone = Some(z.clone()));
    z
}

/// timezone, altzone, daylight, tzname as CPython derives them from January and July.
fn zone_constants(z: &tz::TimeZone) -> (i64, i64, bool, String, String) {
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let now = (realtime_ns() / 1_000_000_000) as i64;
    let jan = now.div_euclid(YEAR) * YEAR;
    let a = z.lookup(jan);
    let b = z.lookup(jan + YEAR / 2);
    let (janzone, julyzone) = (-a.off, -b.off);
    // CPython copies the names into 10-byte buffers
    let short = |s: String| -> String {
        let mut end = s.len().min(9);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s[..end].to_string()
    };
    let (a, b) = (short(a.abbr), short(b.abbr));
    if janzone < julyzone {
        (julyzone, janzone, janzone != julyzone, b, a)
    } else {
        (janzone, julyzone, janzone != julyzone, a, b)
    }
}

fn set_zone_attrs(vm: &mut Vm, d: &ObjRef) {
    let z = zone(vm);
    let (timezone, altzone, daylight, n0, n1) = zone_constants(&z);
    vm.dict_set_str(d, "timezone", Value::Int(timezone));
    vm.dict_set_str(d, "altzone", Value::Int(altzone));
    vm.dict_set_str(d, "daylight", Value::Int(daylight as i64));
    let names = vec![vm.new_str(&n0), vm.new_str(&n1)];
    let t = vm.new_tuple(names);
    vm.dict_set_str(d, "tzname", t);
}

fn t_tzset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    noargs(vm, &a, "tzset")?;
    let z = Rc::new(tz::TimeZone::from_env());
    crate::state::with(vm, |s| s.time_zone = Some(z));
    if let Some(d) = crate::state::with(vm, |s| s.time_dict.clone()) {
        set_zone_attrs(vm, &d);
    }
    Ok(Value::None)
}

// ----- struct_time -------------------------------------------------------------------------

fn struct_time_type(vm: &mut Vm) -> ObjRef {
    if let Some(t) = crate::state::with(vm, |s| s.struct_time.clone()) {
        return t;
    }
    let t = structseq::new_type(vm, &STRUCT_TIME);
    crate::state::with(vm, |s| s.struct_time = Some(t.clone()));
    t
}

fn to_struct_time(vm: &mut Vm, tm: &Tm) -> Value {
    let t = struct_time_type(vm);
    let zone = match &tm.zone {
        Some(z) => vm.new_str(z),
        None => Value::None,
    };
    let year = vm.new_int_big(num_bigint::BigInt::from(tm.year));
    let values = vec![
        year,
        Value::Int(tm.mon),
        Value::Int(tm.mday),
        Value::Int(tm.hour),
        Value::Int(tm.min),
        Value::Int(tm.sec),
        Value::Int((tm.wday + 6) % 7),
        Value::Int(tm.yday + 1),
        Value::Int(tm.isdst),
        zone,
        Value::Int(tm.gmtoff),
    ];
    structseq::new_instance(vm, &t, values)
}

fn overflow_os_error(vm: &mut Vm) -> PyErr {
    let t = Value::Obj(vm.types.os_error.clone());
    let msg = vm.new_str("Value too large for defined data type");
    match vm.call(&t, &[Value::Int(75), msg]) {
        Ok(Value::Obj(e)) => PyErr(e),
        Ok(_) => vm.system_error("OSError() returned a non-exception"),
        Err(e) => e,
    }
}

/// `_PyTime_ObjectToTime_t` with floor rounding; None means "now".
fn time_t_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    let v = match v {
        None | Some(Value::None) => return Ok((realtime_ns().div_euclid(1_000_000_000)) as i64),
        Some(v) => v,
    };
    if let Some(d) = as_float(v) {
        if d.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let f = d.floor();
        if !(-TWO_POW_63..TWO_POW_63).contains(&f) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(f as i64);
    }
    match vm.to_index(v)? {
        Int::Small(i) => Ok(i),
        Int::Big(_) => Err(vm.overflow_error("timestamp out of range for platform time_t")),
    }
}

fn gmtime_tm(vm: &mut Vm, t: i64) -> PyResult<Tm> {
    let mut tm = breakdown(t, 0).ok_or_else(|| overflow_os_error(vm))?;
    tm.zone = Some("GMT".into());
    Ok(tm)
}

fn localtime_tm(vm: &mut Vm, t: i64) -> PyResult<Tm> {
    let z = zone(vm);
    let info = z.lookup(t);
    let mut tm = breakdown(t, info.off).ok_or_else(|| overflow_os_error(vm))?;
    tm.isdst = info.isdst as i64;
    tm.zone = Some(info.abbr);
    Ok(tm)
}

fn t_gmtime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    at_most(vm, &a, "gmtime", 1)?;
    let t = time_t_arg(vm, a.pos().first())?;
    let tm = gmtime_tm(vm, t)?;
    Ok(to_struct_time(vm, &tm))
}

fn t_localtime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    at_most(vm, &a, "localtime", 1)?;
    let t = time_t_arg(vm, a.pos().first())?;
    let tm = localtime_tm(vm, t)?;
    Ok(to_struct_time(vm, &tm))
}

/// An Argument Clinic / `PyArg_ParseTuple` "i" item.
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if as_float(v).is_some() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    match vm.to_index(v)? {
        Int::Small(i) if i > i32::MAX as i64 => Err(vm.overflow_error("signed integer is greater than maximum")),
        Int::Small(i) if i < i32::MIN as i64 => Err(vm.overflow_error("signed integer is less than minimum")),
        Int::Small(i) => Ok(i),
        Int::Big(b) => Err(vm.overflow_error(if b.sign() == num_bigint::Sign::Minus {
            "signed integer is less than minimum"
        } else {
            "signed integer is greater than maximum"
        })),
    }
}

/// CPython's `gettmarg`: a 9-tuple (or struct_time) as C would see it in a `struct tm`, but
/// with `mon` still 1-based and the full year.
fn gettmarg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<Tm> {
    let items: Vec<Value> = match v {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => t.to_vec(),
            _ => return Err(vm.type_error("Tuple or struct_time argument required")),
        },
        _ => return Err(vm.type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (k, it) in items.iter().enumerate() {
        f[k] = c_int(vm, it)?;
    }
    if f[0] < i32::MIN as i64 + 1900 {
        return Err(vm.overflow_error("year out of range"));
    }
    let mut tm =
        Tm { year: f[0], mon: f[1], mday: f[2], hour: f[3], min: f[4], sec: f[5], wday: (f[6] + 1) % 7, yday: f[7] - 1, isdst: f[8], gmtoff: 0, zone: None };
    let st = struct_time_type(vm);
    if let Value::Obj(o) = v {
        if o.class().is(&st) {
            let all = structseq_fields(v);
            if let Some(Value::Obj(z)) = all.get(9) {
                if let Payload::Str(s) = &z.payload {
                    tm.zone = Some(s.as_str().to_string());
                }
            }
            if let Some(g) = all.get(10) {
                if !g.is_none() {
                    tm.gmtoff = match vm.to_index(g)? {
                        Int::Small(i) => i,
                        Int::Big(_) => return Err(vm.overflow_error("Python int too large to convert to C long")),
                    };
                }
            }
        }
    }
    Ok(tm)
}

/// All fields (visible and hidden) of a struct_time instance.
fn structseq_fields(v: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    if let Value::Obj(o) = v {
        if let Payload::Tuple(t) = &o.payload {
            out.extend(t.iter().cloned());
            if let Some(ext) = &o.ext {
                for c in ext.slots.iter() {
                    out.push(match c.get() {
                        Some(b) => match &b.payload {
                            Payload::Tuple(x) if x.len() == 1 => x[0].clone(),
                            _ => Value::None,
                        },
                        None => Value::None,
                    });
                }
            }
        }
    }
    out
}

/// CPython's `checktm` (on the C-convention month, wday and yday).
fn checktm(vm: &mut Vm, tm: &mut Tm) -> PyResult<()> {
    if tm.mon == 0 {
        tm.mon = 1;
    } else if !(1..=12).contains(&tm.mon) {
        return Err(vm.value_error("month out of range"));
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(0..=31).contains(&tm.mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if tm.yday == -1 {
        tm.yday = 0;
    } else if !(0..=365).contains(&tm.yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    Ok(())
}

/// glibc's `mktime` on the fields of `tm` in the local zone; None when out of range.
fn mktime_raw(vm: &Vm, tm: &Tm) -> Option<(i64, tz::TtInfo)> {
    // glibc probes with the seconds clamped to 0..=59 and adds the rest back at the end
    let sec = tm.sec.clamp(0, 59);
    let local = timegm(&Tm { sec, ..tm.clone() })?;
    let z = zone(vm);
    let (t, info) = z.to_utc(local, tm.isdst)?;
    let t = t.checked_add(tm.sec - sec)?;
    breakdown(t, info.off)?;
    Some((t, info))
}

fn t_mktime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = one(vm, &a, "mktime")?;
    let tm = gettmarg(vm, &v, "mktime")?;
    match mktime_raw(vm, &tm) {
        Some((t, _)) => Ok(Value::Float(t as f64)),
        None => Err(vm.overflow_error("mktime argument out of range")),
    }
}

fn asctime_str(tm: &Tm) -> String {
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        WDAY_NAMES[tm.wday.rem_euclid(7) as usize],
        MONTH_NAMES[(tm.mon - 1).rem_euclid(12) as usize],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

fn t_asctime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.has_kwargs() {
        return Err(vm.type_error("asctime() takes no keyword arguments"));
    }
    if a.len() > 1 {
        return Err(vm.type_error(format!("asctime expected at most 1 argument, got {}", a.len())));
    }
    let tm = match a.pos().first() {
        None => {
            let t = time_t_arg(vm, None)?;
            localtime_tm(vm, t)?
        }
        Some(v) => {
            let mut tm = gettmarg(vm, v, "asctime")?;
            checktm(vm, &mut tm)?;
            tm
        }
    };
    Ok(vm.new_string(asctime_str(&tm)))
}

fn t_ctime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    at_most(vm, &a, "ctime", 1)?;
    let t = time_t_arg(vm, a.pos().first())?;
    let tm = localtime_tm(vm, t)?;
    Ok(vm.new_string(asctime_str(&tm)))
}

fn t_strftime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kwargs(vm, &a, "strftime")?;
    let pos = a.pos();
    if pos.is_empty() {
        return Err(vm.type_error("strftime() takes at least 1 argument (0 given)"));
    }
    if pos.len() > 2 {
        return Err(vm.type_error(format!("strftime() takes at most 2 arguments ({} given)", pos.len())));
    }
    let fmt = match rpy_builtins::args::str_obj(&pos[0]) {
        Some(o) => vm.str_of(o),
        None => {
            let tn = vm.type_name(&pos[0]);
            return Err(vm.type_error(format!("strftime() argument 1 must be str, not {tn}")));
        }
    };
    let mut tm = match pos.get(1) {
        None => {
            let t = time_t_arg(vm, None)?;
            localtime_tm(vm, t)?
        }
        Some(v) => {
            let mut tm = gettmarg(vm, v, "strftime")?;
            checktm(vm, &mut tm)?;
            tm
        }
    };
    tm.isdst = tm.isdst.clamp(-1, 1);
    if fmt.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    let z = zone(vm);
    let (n0, n1) = z.c_tzname();
    let mk = |t: &Tm| -> i64 { mktime_raw(vm, t).map(|(t, _)| t).unwrap_or(-1) };
    let out = strftime::strftime(&fmt, &tm, &strftime::Ctx { tzname: (&n0, &n1), mktime: &mk });
    Ok(vm.new_string(out))
}

fn t_strptime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kwargs(vm, &a, "strptime")?;
    let m = rpy_vm::import::import_module(vm, "_strptime")?;
    let args = a.pos().to_vec();
    vm.call_method(&m, "_strptime_time", &args)
}

static FUNCS: &[MethodDef] = &[
    MethodDef { name: "time", func: t_time, flags: 0, sig: "", doc: "time() -> floating point number\n\nReturn the current time in seconds since the Epoch.\nFractions of a second may be present if the system clock provides them." },
    MethodDef { name: "time_ns", func: t_time_ns, flags: 0, sig: "", doc: "time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch." },
    MethodDef { name: "perf_counter", func: t_perf_counter, flags: 0, sig: "", doc: "perf_counter() -> float\n\nPerformance counter for benchmarking." },
    MethodDef { name: "perf_counter_ns", func: t_perf_counter_ns, flags: 0, sig: "", doc: "perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds." },
    MethodDef { name: "monotonic", func: t_monotonic, flags: 0, sig: "", doc: "monotonic() -> float\n\nMonotonic clock, cannot go backward." },
    MethodDef { name: "monotonic_ns", func: t_monotonic_ns, flags: 0, sig: "", doc: "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds." },
    MethodDef { name: "process_time", func: t_process_time, flags: 0, sig: "", doc: "process_time() -> float\n\nProcess time for profiling: sum of the kernel and user-space CPU time." },
    MethodDef { name: "process_time_ns", func: t_process_time_ns, flags: 0, sig: "", doc: "process_time() -> int\n\nProcess time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time." },
    MethodDef { name: "thread_time", func: t_thread_time, flags: 0, sig: "", doc: "thread_time() -> float\n\nThread time for profiling: sum of the kernel and user-space CPU time." },
    MethodDef { name: "thread_time_ns", func: t_thread_time_ns, flags: 0, sig: "", doc: "thread_time() -> int\n\nThread time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time." },
    MethodDef { name: "clock_gettime", func: t_clock_gettime, flags: 0, sig: "", doc: "clock_gettime(clk_id) -> float\n\nReturn the time of the specified clock clk_id." },
    MethodDef { name: "clock_gettime_ns", func: t_clock_gettime_ns, flags: 0, sig: "", doc: "clock_gettime_ns(clk_id) -> int\n\nReturn the time of the specified clock clk_id as nanoseconds." },
    MethodDef { name: "clock_getres", func: t_clock_getres, flags: 0, sig: "", doc: "clock_getres(clk_id) -> floating point number\n\nReturn the resolution (precision) of the specified clock clk_id." },
    MethodDef { name: "get_clock_info", func: t_get_clock_info, flags: 0, sig: "", doc: "get_clock_info(name: str) -> dict\n\nGet information of the specified clock." },
    MethodDef { name: "sleep", func: t_sleep, flags: 0, sig: "", doc: "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\na floating point number for subsecond precision." },
    MethodDef { name: "gmtime", func: t_gmtime, flags: 0, sig: "", doc: "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing UTC (a.k.a.\nGMT).  When 'seconds' is not passed in, convert the current time instead.\n\nIf the platform supports the tm_gmtoff and tm_zone, they are available as\nattributes only." },
    MethodDef { name: "localtime", func: t_localtime, flags: 0, sig: "", doc: "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing local time.\nWhen 'seconds' is not passed in, convert the current time instead." },
    MethodDef { name: "mktime", func: t_mktime, flags: 0, sig: "", doc: "mktime(tuple) -> floating point number\n\nConvert a time tuple in local time to seconds since the Epoch.\nNote that mktime(gmtime(0)) will not generally return zero for most\ntime zones; instead the returned value will either be equal to that\nof the timezone or altzone attributes on the time module." },
    MethodDef { name: "asctime", func: t_asctime, flags: 0, sig: "", doc: "asctime([tuple]) -> string\n\nConvert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.\nWhen the time tuple is not present, current time as returned by localtime()\nis used." },
    MethodDef { name: "ctime", func: t_ctime, flags: 0, sig: "", doc: "ctime(seconds) -> string\n\nConvert a time in seconds since the Epoch to a string in local time.\nThis is equivalent to asctime(localtime(seconds)). When the time tuple is\nnot present, current time as returned by localtime() is used." },
    MethodDef { name: "strftime", func: t_strftime, flags: 0, sig: "", doc: "strftime(format[, tuple]) -> string\n\nConvert a time tuple to a string according to a format specification.\nSee the library reference manual for formatting codes. When the time tuple\nis not present, current time as returned by localtime() is used.\n\nCommonly used format codes:\n\n%Y  Year with century as a decimal number.\n%m  Month as a decimal number [01,12].\n%d  Day of the month as a decimal number [01,31].\n%H  Hour (24-hour clock) as a decimal number [00,23].\n%M  Minute as a decimal number [00,59].\n%S  Second as a decimal number [00,61].\n%z  Time zone offset from UTC.\n%a  Locale's abbreviated weekday name.\n%A  Locale's full weekday name.\n%b  Locale's abbreviated month name.\n%B  Locale's full month name.\n%c  Locale's appropriate date and time representation.\n%I  Hour (12-hour clock) as a decimal number [01,12].\n%p  Locale's equivalent of either AM or PM.\n\nOther codes may be available on your platform.  See documentation for\nthe C library strftime function.\n" },
    MethodDef { name: "strptime", func: t_strptime, flags: 0, sig: "", doc: "strptime(string, format) -> struct_time\n\nParse a string to a time tuple according to a format specification.\nSee the library reference manual for formatting codes (same as\nstrftime()).\n\nCommonly used format codes:\n\n%Y  Year with century as a decimal number.\n%m  Month as a decimal number [01,12].\n%d  Day of the month as a decimal number [01,31].\n%H  Hour (24-hour clock) as a decimal number [00,23].\n%M  Minute as a decimal number [00,59].\n%S  Second as a decimal number [00,61].\n%z  Time zone offset from UTC.\n%a  Locale's abbreviated weekday name.\n%A  Locale's full weekday name.\n%b  Locale's abbreviated month name.\n%B  Locale's full month name.\n%c  Locale's appropriate date and time representation.\n%I  Hour (12-hour clock) as a decimal number [01,12].\n%p  Locale's equivalent of either AM or PM.\n\nOther codes may be available on your platform.  See documentation for\nthe C library strftime function.\n" },
    MethodDef { name: "tzset", func: t_tzset, flags: 0, sig: "", doc: "tzset()\n\nInitialize, or reinitialize, the local timezone to the value stored in\nos.environ['TZ']. The TZ environment variable should be specified in\nstandard Unix timezone format as documented in the tzset man page\n(eg. 'US/Eastern', 'Europe/Amsterdam'). Unknown timezones will silently\nfall back to UTC. If the TZ environment variable is not set, the local\ntimezone is set to the systems best guess of wallclock time.\nChanging the TZ environment variable without calling tzset *may* change\nthe local timezone used by methods such as localtime, but this behaviour\nshould not be relied on." },
];

/// Creates the `time` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("time", Some(DOC));
    let Payload::Module { dict: d } = &m.payload else { unreachable!("a module") };
    let d = d.clone();
    let mv = Some(Value::Obj(m.clone()));
    for def in FUNCS {
        let f = vm.new_builtin_fn(def, mv.clone());
        vm.dict_set_str(&d, def.name, f);
    }
    let st = struct_time_type(vm);
    vm.dict_set_str(&d, "struct_time", Value::Obj(st));
    vm.dict_set_str(&d, "_STRUCT_TM_ITEMS", Value::Int(11));
    for (name, id) in CLOCKS {
        vm.dict_set_str(&d, name, Value::Int(id));
    }
    crate::state::with(vm, |s| s.time_dict = Some(d.clone()));
    set_zone_attrs(vm, &d);
    Ok(m)
}
