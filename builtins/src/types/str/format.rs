//! `str.format` and `str.format_map`: the replacement-field syntax (auto/manual numbering,
//! `{0.attr[key]}`, `!r/!s/!a` conversions, nested `{:{width}}` specs), as CPython's
//! `Objects/stringlib/unicode_format.h`.

use super::argutil::one_arg;
use super::this;
use rpy_vm::format::to_decimal_digit;
use rpy_vm::objects::native::{Args, MethodDef};
use rpy_vm::protocol::{attr, repr, seq};
use rpy_vm::{Payload, PyResult, Value, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct Ctx<'a> {
    args: Option<&'a [Value]>,
    kwargs: Option<Value>,
    state: AutoState,
    next_index: i64,
}

/// CPython's `get_integer`: Some(n) for an all-decimal non-empty string, None otherwise.
fn get_integer(vm: &mut Vm, s: &[char]) -> PyResult<Option<i64>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: i64 = 0;
    for &c in s {
        let Some(d) = to_decimal_digit(c) else { return Ok(None) };
        let d = d as i64;
        if acc > (i64::MAX - d) / 10 {
            return Err(vm.value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

/// The field parsed out of `{...}`: name, conversion and spec (with whether it has braces).
struct Field {
    name: (usize, usize),
    conversion: Option<char>,
    spec: (usize, usize),
    expand: bool,
}

/// CPython's `parse_field`: `*pos` is just after the opening brace.
fn parse_field(vm: &mut Vm, s: &[char], pos: &mut usize) -> PyResult<Field> {
    let start = *pos;
    let mut c = '\0';
    while *pos < s.len() {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return Err(vm.value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < s.len() && s[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let mut f = Field { name: (start, *pos - 1), conversion: None, spec: (0, 0), expand: false };
    if c == '!' || c == ':' {
        if c == '!' {
            if *pos >= s.len() {
                return Err(vm.value_error("end of string while looking for conversion specifier"));
            }
            f.conversion = Some(s[*pos]);
            *pos += 1;
            if *pos < s.len() {
                let c2 = s[*pos];
                *pos += 1;
                if c2 == '}' {
                    return Ok(f);
                }
                if c2 != ':' {
                    return Err(vm.value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < s.len() {
            let c = s[*pos];
            *pos += 1;
            match c {
                '{' => {
                    f.expand = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        f.spec = (spec_start, *pos - 1);
                        return Ok(f);
                    }
                }
                _ => {}
            }
        }
        return Err(vm.value_error("unmatched '{' in format spec"));
    }
    if c != '}' {
        return Err(vm.value_error("expected '}' before end of string"));
    }
    Ok(f)
}

/// Resolves a field name (`0`, `name`, `0.attr[key]`, empty for automatic numbering).
fn get_field_object(vm: &mut Vm, ctx: &mut Ctx, name: &[char]) -> PyResult<Value> {
    let mut i = 0;
    while i < name.len() && name[i] != '.' && name[i] != '[' {
        i += 1;
    }
    let first = &name[..i];
    let mut index = get_integer(vm, first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if ctx.state == AutoState::Init {
            ctx.state = if empty { AutoState::Auto } else { AutoState::Manual };
        }
        if ctx.state == AutoState::Manual && empty {
            return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        if ctx.state == AutoState::Auto && !empty {
            return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        if empty {
            index = Some(ctx.next_index);
            ctx.next_index += 1;
        }
    }
    let mut obj = match index {
        None => {
            let key = vm.new_string(first.iter().collect());
            match &ctx.kwargs {
                None => return Err(vm.key_error(key)),
                Some(k) => {
                    let k = k.clone();
                    seq::getitem(vm, &k, &key)?
                }
            }
        }
        Some(idx) => {
            let Some(args) = ctx.args else {
                return Err(vm.value_error("Format string contains positional fields"));
            };
            match args.get(idx as usize) {
                Some(v) => v.clone(),
                None => {
                    return Err(vm.index_error(format!("Replacement index {idx} out of range for positional args tuple")));
                }
            }
        }
    };
    // the rest: .attr and [key] parts, applied as they are parsed
    while i < name.len() {
        let c = name[i];
        i += 1;
        match c {
            '.' => {
                let st = i;
                while i < name.len() && name[i] != '.' && name[i] != '[' {
                    i += 1;
                }
                if st == i {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let attr_name: String = name[st..i].iter().collect();
                let n = vm.intern(&attr_name);
                obj = attr::getattr(vm, &obj, &n)?;
            }
            '[' => {
                let st = i;
                let mut seen = false;
                while i < name.len() {
                    let c = name[i];
                    i += 1;
                    if c == ']' {
                        seen = true;
                        break;
                    }
                }
                if !seen {
                    return Err(vm.value_error("Missing ']' in format string"));
                }
                let key_chars = &name[st..i - 1];
                if key_chars.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let key = match get_integer(vm, key_chars)? {
                    Some(n) => Value::Int(n),
                    None => vm.new_string(key_chars.iter().collect()),
                };
                obj = seq::getitem(vm, &obj, &key)?;
            }
            _ => return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier")),
        }
    }
    Ok(obj)
}

fn convert(vm: &mut Vm, obj: &Value, conv: char) -> PyResult<Value> {
    let s = match conv {
        'r' => repr::repr(vm, obj)?,
        's' => return vm.to_str(obj),
        'a' => repr::ascii(vm, obj)?,
        c => {
            let n = c as u32;
            return Err(vm.value_error(if n > 32 && n < 127 {
                format!("Unknown conversion specifier {c}")
            } else {
                format!("Unknown conversion specifier \\x{n:x}")
            }));
        }
    };
    Ok(vm.new_string(s))
}

/// CPython's `build_string` + `MarkupIterator`: formats `s` into a Rust string.
fn build_string(vm: &mut Vm, ctx: &mut Ctx, s: &[char], depth: i32) -> PyResult<String> {
    if depth <= 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(s.len());
    let mut pos = 0;
    while pos < s.len() {
        let start = pos;
        let mut c = '\0';
        let mut markup = false;
        while pos < s.len() {
            c = s[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= s.len();
        let mut len = pos - start;
        if c == '}' && markup && (at_end || s[pos] != '}') {
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if at_end && c == '{' && markup {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        if !at_end && markup {
            if s[pos] == c {
                pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        out.extend(&s[start..start + len]);
        if !markup {
            continue;
        }
        let f = parse_field(vm, s, &mut pos)?;
        let mut obj = get_field_object(vm, ctx, &s[f.name.0..f.name.1])?;
        if let Some(conv) = f.conversion {
            obj = convert(vm, &obj, conv)?;
        }
        let spec_chars = &s[f.spec.0..f.spec.1];
        let spec = if f.expand { build_string(vm, ctx, spec_chars, depth - 1)? } else { spec_chars.iter().collect() };
        let spec_v = vm.new_string(spec);
        let r = rpy_vm::protocol::format::format(vm, &obj, &spec_v)?;
        if let Value::Obj(o) = &r {
            if let Payload::Str(rs) = &o.payload {
                out.push_str(rs.as_str());
            }
        }
    }
    Ok(out)
}

fn str_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let pos = a.pos();
    let args = if pos.is_empty() { &pos[..0] } else { &pos[1..] };
    let kwargs = if a.has_kwargs() {
        let d = vm.new_dict_obj();
        let kw: Vec<(Value, Value)> = a.kwargs().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in kw {
            rpy_vm::protocol::dictops::dict_setitem(vm, &d, k, v)?;
        }
        Some(Value::Obj(d))
    } else {
        None
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut ctx = Ctx { args: Some(args), kwargs, state: AutoState::Init, next_index: 0 };
    let out = build_string(vm, &mut ctx, &chars, 2)?;
    Ok(vm.new_string(out))
}

fn str_format_map(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a)?;
    let mapping = one_arg(vm, &a, "str.format_map")?;
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut ctx = Ctx { args: None, kwargs: Some(mapping), state: AutoState::Init, next_index: 0 };
    let out = build_string(vm, &mut ctx, &chars, 2)?;
    Ok(vm.new_string(out))
}

pub static METHODS: &[MethodDef] = &[
    MethodDef { name: "format", func: str_format, flags: 0, sig: "", doc: "S.format(*args, **kwargs) -> str\n\nReturn a formatted version of S, using substitutions from args and kwargs.\nThe substitutions are identified by braces ('{' and '}')." },
    MethodDef { name: "format_map", func: str_format_map, flags: 0, sig: "", doc: "S.format_map(mapping) -> str\n\nReturn a formatted version of S, using substitutions from mapping.\nThe substitutions are identified by braces ('{' and '}')." },
];
