//! CPython-exact hashing: the modular numeric hash, the xxHash-based tuple hash, the frozenset
//! hash and SipHash-1-3 for str/bytes keyed like CPython (PYTHONHASHSEED).

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use std::sync::OnceLock;

/// The modulus of numeric hashes: 2**61 - 1.
pub const MODULUS: u64 = (1u64 << 61) - 1;
pub const HASH_INF: i64 = 314159;

#[inline]
fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

#[inline]
pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    fix(if i < 0 { -m } else { m })
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (b.magnitude() % m.magnitude()).to_u64().unwrap_or(0) as i64;
    fix(if b.sign() == Sign::Minus { -r } else { r })
}

/// `_Py_HashDouble` for finite values and infinities; NaN hashes by identity at the call site.
pub fn hash_f64(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { HASH_INF } else { -HASH_INF });
    }
    if v == v.trunc() && v.abs() < 9.2e18 {
        return Some(hash_i64(v as i64));
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    Some(fix((x as i64) * sign))
}

/// Splits `v` into mantissa in [0.5, 1) and exponent, like C's `frexp`.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// Identity hash of an object address (`_Py_HashPointer`).
#[inline]
pub fn hash_pointer(addr: usize) -> i64 {
    let y = addr as u64;
    fix(y.rotate_right(4) as i64)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// The 3.8+ tuple hash over already-computed item hashes.
pub fn hash_tuple(items: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = items.len() as u64;
    let mut acc = XXPRIME_5;
    for h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// The frozenset hash (order independent), over item hashes.
pub fn hash_frozenset(items: impl Iterator<Item = i64>, len: usize) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for h in items {
        hash ^= shuffle(h as u64);
    }
    // Entries of the table that are empty count as hash 0 in CPython, and the xor of their
    // shuffles cancels in pairs; CPython then removes that effect explicitly, which is the same
    // as only xoring active entries.
    hash ^= ((len as u64).wrapping_add(1)).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

/// The hash seed chosen by the embedding (the `rpy` binary resolves `PYTHONHASHSEED`, which
/// `-E`/`-I` ignore): `Some(n)` as `PYTHONHASHSEED=n`, `None` for a random key. Must be called
/// before the first str hash; without it the environment variable is read directly.
pub fn set_hash_seed(seed: Option<u32>) {
    let _ = CONFIGURED_SEED.set(seed);
}

static CONFIGURED_SEED: OnceLock<Option<u32>> = OnceLock::new();

fn secret() -> (u64, u64) {
    static SECRET: OnceLock<(u64, u64)> = OnceLock::new();
    *SECRET.get_or_init(|| {
        let seed: Option<Result<u64, ()>> = match CONFIGURED_SEED.get() {
            Some(cfg) => cfg.map(|n| Ok(n as u64)),
            None => std::env::var("PYTHONHASHSEED").ok().map(|s| s.trim().parse::<u64>().map_err(|_| ())),
        };
        match seed {
            Some(Ok(0)) => (0, 0),
            Some(Ok(n)) => {
                let mut buf = [0u8; 24];
                let mut x = n as u32;
                for b in buf.iter_mut() {
                    x = x.wrapping_mul(214013).wrapping_add(2531011);
                    *b = ((x >> 16) & 0xff) as u8;
                }
                let k0 = u64::from_le_bytes(buf[0..8].try_into().unwrap_or([0; 8]));
                let k1 = u64::from_le_bytes(buf[8..16].try_into().unwrap_or([0; 8]));
                (k0, k1)
            }
            _ => random_key(),
        }
    })
}

fn random_key() -> (u64, u64) {
    use std::io::Read;
    let mut buf = [0u8; 16];
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        if f.read_exact(&mut buf).is_ok() {
            return (u64::from_le_bytes(buf[0..8].try_into().unwrap_or([0; 8])), u64::from_le_bytes(buf[8..16].try_into().unwrap_or([0; 8])));
        }
    }
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(1);
    (t as u64 ^ 0x9e3779b97f4a7c15, (t >> 64) as u64 ^ std::process::id() as u64)
}

/// SipHash-1-3 as CPython uses it for str and bytes.
pub fn siphash13(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let (k0, k1) = secret();
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    macro_rules! round {
        () => {
            v0 = v0.wrapping_add(v1);
            v1 = v1.rotate_left(13);
            v1 ^= v0;
            v0 = v0.rotate_left(32);
            v2 = v2.wrapping_add(v3);
            v3 = v3.rotate_left(16);
            v3 ^= v2;
            v0 = v0.wrapping_add(v3);
            v3 = v3.rotate_left(21);
            v3 ^= v0;
            v2 = v2.wrapping_add(v1);
            v1 = v1.rotate_left(17);
            v1 ^= v2;
            v2 = v2.rotate_left(32);
        };
    }
    let len = data.len();
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        v3 ^= m;
        round!();
        v0 ^= m;
    }
    let rest = chunks.remainder();
    let mut t: u64 = 0;
    for (i, b) in rest.iter().enumerate() {
        t |= (*b as u64) << (8 * i);
    }
    let b = ((len as u64) << 56) | t;
    v3 ^= b;
    round!();
    v0 ^= b;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    let h = (v0 ^ v1 ^ v2 ^ v3) as i64;
    fix(h)
}

/// Hash of a str, over CPython's internal representation (latin-1, UCS-2 or UCS-4).
pub fn hash_str(s: &str) -> i64 {
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    if max < 0x80 {
        siphash13(s.as_bytes())
    } else if max < 0x100 {
        let v: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
        siphash13(&v)
    } else if max < 0x10000 {
        let v: Vec<u8> = s.chars().flat_map(|c| (c as u32 as u16).to_le_bytes()).collect();
        siphash13(&v)
    } else {
        let v: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
        siphash13(&v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn numeric_hashes_match_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_f64(1.5), Some(1152921504606846977));
        assert_eq!(hash_f64(0.1), Some(230584300921369408));
        assert_eq!(hash_f64(-2.5), Some(-1152921504606846978));
        assert_eq!(hash_tuple([1i64, 2].into_iter()), -3550055125485641917);
        assert_eq!(hash_tuple(std::iter::empty()), 5740354900026072187);
    }
}
