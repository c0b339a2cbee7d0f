//! Integer arithmetic with CPython's semantics: i64 fast paths that overflow into BigInt,
//! floor division and modulo rounding toward negative infinity, shifts, powers.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// An integer operand: small or big.
#[derive(Clone, Debug)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

impl Int {
    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(i) => BigInt::from(*i),
            Int::Big(b) => b.clone(),
        }
    }
    pub fn is_zero(&self) -> bool {
        match self {
            Int::Small(i) => *i == 0,
            Int::Big(b) => b.is_zero(),
        }
    }
    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(i) => *i < 0,
            Int::Big(b) => b.is_negative(),
        }
    }
}

pub fn normalize(b: BigInt) -> Int {
    match b.to_i64() {
        Some(i) => Int::Small(i),
        None => Int::Big(b),
    }
}

pub fn add(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_add(*y) {
            return Int::Small(r);
        }
    }
    normalize(a.to_big() + b.to_big())
}

pub fn sub(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_sub(*y) {
            return Int::Small(r);
        }
    }
    normalize(a.to_big() - b.to_big())
}

pub fn mul(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_mul(*y) {
            return Int::Small(r);
        }
    }
    normalize(a.to_big() * b.to_big())
}

/// Floor division; None on division by zero.
pub fn floordiv(a: &Int, b: &Int) -> Option<Int> {
    if b.is_zero() {
        return None;
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if !(*x == i64::MIN && *y == -1) {
            return Some(Int::Small(x.div_floor(y)));
        }
    }
    Some(normalize(a.to_big().div_floor(&b.to_big())))
}

pub fn modulo(a: &Int, b: &Int) -> Option<Int> {
    if b.is_zero() {
        return None;
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if *y == -1 {
            return Some(Int::Small(0));
        }
        return Some(Int::Small(x.mod_floor(y)));
    }
    Some(normalize(a.to_big().mod_floor(&b.to_big())))
}

pub fn neg(a: &Int) -> Int {
    match a {
        Int::Small(x) => match x.checked_neg() {
            Some(r) => Int::Small(r),
            None => normalize(-BigInt::from(*x)),
        },
        Int::Big(b) => normalize(-b),
    }
}

pub fn abs(a: &Int) -> Int {
    if a.is_negative() {
        neg(a)
    } else {
        a.clone()
    }
}

pub fn invert(a: &Int) -> Int {
    match a {
        Int::Small(x) => Int::Small(!x),
        Int::Big(b) => normalize(-b - 1),
    }
}

pub fn and(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x & y),
        _ => normalize(a.to_big() & b.to_big()),
    }
}

pub fn or(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x | y),
        _ => normalize(a.to_big() | b.to_big()),
    }
}

pub fn xor(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x ^ y),
        _ => normalize(a.to_big() ^ b.to_big()),
    }
}

/// Left shift by a non-negative count; None if the count is absurdly large.
pub fn lshift(a: &Int, n: &Int) -> Option<Int> {
    let n = match n {
        Int::Small(n) => *n as u64,
        Int::Big(_) => return if a.is_zero() { Some(Int::Small(0)) } else { None },
    };
    if a.is_zero() {
        return Some(Int::Small(0));
    }
    if let Int::Small(x) = a {
        if n < 63 {
            let r = (*x as i128) << n;
            if r >= i64::MIN as i128 && r <= i64::MAX as i128 {
                return Some(Int::Small(r as i64));
            }
        }
    }
    if n > (1u64 << 40) {
        return None;
    }
    Some(normalize(a.to_big() << n as usize))
}

pub fn rshift(a: &Int, n: &Int) -> Int {
    let n = match n {
        Int::Small(n) => *n as u64,
        Int::Big(_) => return Int::Small(if a.is_negative() { -1 } else { 0 }),
    };
    match a {
        Int::Small(x) => Int::Small(if n >= 64 {
            if *x < 0 {
                -1
            } else {
                0
            }
        } else {
            x >> n
        }),
        Int::Big(b) => {
            // floor semantics for negatives
            let r = if b.is_negative() { -((-b - 1u32) >> n as usize) - 1 } else { b >> n as usize };
            normalize(r)
        }
    }
}

/// a ** b for non-negative b.
pub fn pow(a: &Int, b: &Int) -> Option<Int> {
    let e = match b {
        Int::Small(e) => *e as u64,
        Int::Big(_) => {
            return match a {
                Int::Small(0) => Some(Int::Small(0)),
                Int::Small(1) => Some(Int::Small(1)),
                Int::Small(-1) => Some(Int::Small(if b.to_big().is_even() { 1 } else { -1 })),
                _ => None,
            }
        }
    };
    if let Int::Small(x) = a {
        if let Ok(e32) = u32::try_from(e) {
            if let Some(r) = x.checked_pow(e32) {
                return Some(Int::Small(r));
            }
        }
    }
    if e > u32::MAX as u64 {
        return None;
    }
    Some(normalize(num_traits::Pow::pow(a.to_big(), e as u32)))
}

/// pow(a, b, m) with CPython's rules (negative b uses the modular inverse).
pub fn powmod(a: &Int, b: &Int, m: &Int) -> Result<Int, &'static str> {
    let m = m.to_big();
    if m.is_zero() {
        return Err("pow() 3rd argument cannot be 0");
    }
    let mut base = a.to_big();
    let mut e = b.to_big();
    let mabs = m.abs();
    if e.is_negative() {
        base = match modinv(&base.mod_floor(&mabs), &mabs) {
            Some(inv) => inv,
            None => return Err("base is not invertible for the given modulus"),
        };
        e = -e;
    }
    let mut r = base.modpow(&e, &mabs);
    if m.is_negative() && !r.is_zero() {
        r += &m;
    }
    if mabs.is_one() {
        r = BigInt::zero();
    }
    Ok(normalize(r))
}

fn modinv(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

/// Correctly rounded true division of two integers.
pub fn truediv(a: &Int, b: &Int) -> Result<f64, &'static str> {
    if b.is_zero() {
        return Err("division by zero");
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        const LIM: i64 = 1 << 53;
        if x.unsigned_abs() <= LIM as u64 && y.unsigned_abs() <= LIM as u64 {
            return Ok(*x as f64 / *y as f64);
        }
    }
    let (na, nb) = (a.to_big(), b.to_big());
    let neg = (na.sign() == Sign::Minus) != (nb.sign() == Sign::Minus);
    let (ma, mb) = (na.abs(), nb.abs());
    if ma.is_zero() {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    // scale so the quotient has 55..56 significant bits, then round once
    let shift: i64 = 55 - (ma.bits() as i64 - mb.bits() as i64);
    let (num, den) = if shift >= 0 { (ma << shift as usize, mb) } else { (ma, mb << (-shift) as usize) };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1; // sticky bit
    }
    let e = -shift;
    let v = ldexp_round(q, e);
    if v.is_infinite() {
        return Err("integer division result too large for a float");
    }
    Ok(if neg { -v } else { v })
}

/// q * 2**e rounded to nearest-even, handling subnormals.
fn ldexp_round(q: u64, e: i64) -> f64 {
    let bits = 64 - q.leading_zeros() as i64;
    let mut drop = bits - 53;
    let min_exp = -1074;
    if e + drop < min_exp {
        drop = min_exp - e;
    }
    if drop <= 0 {
        return (q as f64) * 2f64.powi(e as i32);
    }
    if drop >= 64 {
        return 0.0;
    }
    let mask = (1u64 << drop) - 1;
    let rem = q & mask;
    let half = 1u64 << (drop - 1);
    let mut m = q >> drop;
    if rem > half || (rem == half && m & 1 == 1) {
        m += 1;
    }
    let exp = e + drop;
    if exp > 1023 + 64 {
        return f64::INFINITY;
    }
    let mut r = m as f64;
    let mut x = exp;
    while x > 1000 {
        r *= 2f64.powi(1000);
        x -= 1000;
    }
    while x < -1000 {
        r *= 2f64.powi(-1000);
        x += 1000;
    }
    r * 2f64.powi(x as i32)
}

pub fn to_f64(a: &Int) -> Option<f64> {
    match a {
        Int::Small(i) => Some(*i as f64),
        Int::Big(b) => crate::format::bigint_to_f64(b).ok(),
    }
}

pub fn bit_length(a: &Int) -> u64 {
    match a {
        Int::Small(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
        Int::Big(b) => b.bits(),
    }
}
