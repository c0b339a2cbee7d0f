//! Integer functions of `math` on big ints: `factorial`, `isqrt`, `gcd`, `lcm`, `comb`, `perm`, with CPython 3.11's errors and results.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{MathError, MathResult};

const FACTORIAL_NEGATIVE: &str = "factorial() not defined for negative values";
const FACTORIAL_TOO_BIG: &str = "factorial() argument should not exceed 9223372036854775807";
const N_NEGATIVE: &str = "n must be a non-negative integer";
const K_NEGATIVE: &str = "k must be a non-negative integer";
const PERM_K_TOO_BIG: &str = "k must not exceed 9223372036854775807";
const COMB_K_TOO_BIG: &str = "min(n - k, k) must not exceed 9223372036854775807";

/// Above this `n`, `comb` stops using prime factorisation (the sieve costs
/// O(n) time and n/2 bytes).
const PRIME_SIEVE_LIMIT: u64 = 1 << 24;

fn bit_length(n: u64) -> u32 {
    64 - n.leading_zeros()
}

/// Multiply a list of small factors together with a balanced product tree
/// (fast with Karatsuba/Toom multiplication).
fn product_tree(factors: &[u64]) -> BigUint {
    // First pack factors into u64 words while they fit.
    let mut words: Vec<BigUint> = Vec::new();
    let mut cur: u64 = 1;
    for &f in factors {
        match cur.checked_mul(f) {
            Some(c) => cur = c,
            None => {
                words.push(BigUint::from(cur));
                cur = f;
            }
        }
    }
    words.push(BigUint::from(cur));
    // Then multiply pairwise until one value remains.
    while words.len() > 1 {
        let mut next = Vec::with_capacity(words.len() / 2 + 1);
        let mut it = words.into_iter();
        while let Some(a) = it.next() {
            match it.next() {
                Some(b) => next.push(a * b),
                None => next.push(a),
            }
        }
        words = next;
    }
    words.pop().unwrap_or_else(BigUint::one)
}

/// Product of the integers in `[lo, hi)`.
fn range_product(lo: u64, hi: u64) -> BigUint {
    if hi <= lo {
        return BigUint::one();
    }
    if hi - lo <= 32 {
        let v: Vec<u64> = (lo..hi).collect();
        return product_tree(&v);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

/// Product of the odd integers in `[lo, hi)`; `lo` and `hi` odd.
fn odd_range_product(lo: u64, hi: u64) -> BigUint {
    if hi <= lo {
        return BigUint::one();
    }
    let count = (hi - lo) / 2;
    if count <= 32 {
        let v: Vec<u64> = (0..count).map(|i| lo + 2 * i).collect();
        return product_tree(&v);
    }
    let mid = (lo + count) | 1;
    odd_range_product(lo, mid) * odd_range_product(mid, hi)
}

/// The odd part of n!: prod over i >= 0 of (product of odd j <= n / 2**i).
fn factorial_odd_part(n: u64) -> BigUint {
    let mut inner = BigUint::one();
    let mut outer = BigUint::one();
    let mut upper = 3u64;
    let top = bit_length(n) as i32 - 2;
    for i in (0..=top).rev() {
        let v = n >> i;
        if v <= 2 {
            continue;
        }
        let lower = upper;
        // least odd integer strictly greater than n / 2**i
        upper = (v + 1) | 1;
        inner *= odd_range_product(lower, upper);
        outer *= &inner;
    }
    outer
}

fn factorial_u64(n: u64) -> BigUint {
    if n <= 20 {
        return BigUint::from((1..=n).product::<u64>());
    }
    // n! = odd_part * 2**(n - popcount(n))
    factorial_odd_part(n) << (n - n.count_ones() as u64)
}

/// `math.factorial(n)` for an int `n`.
pub fn factorial(n: &BigInt) -> MathResult<BigInt> {
    if n.is_negative() {
        return Err(MathError::Value(FACTORIAL_NEGATIVE));
    }
    match n.to_i64() {
        Some(v) => Ok(BigInt::from(factorial_u64(v as u64))),
        None => Err(MathError::Overflow(FACTORIAL_TOO_BIG)),
    }
}

/// `math.isqrt(n)`: the floor of the exact square root.
pub fn isqrt(n: &BigInt) -> MathResult<BigInt> {
    if n.is_negative() {
        return Err(MathError::Value("isqrt() argument must be nonnegative"));
    }
    Ok(n.sqrt())
}

/// `math.gcd(*integers)`: always non-negative; `gcd()` is 0.
pub fn gcd(args: &[BigInt]) -> BigInt {
    let mut it = args.iter();
    let mut res = match it.next() {
        Some(a) => a.abs(),
        None => return BigInt::zero(),
    };
    for x in it {
        if res.is_one() {
            break;
        }
        res = res.gcd(x);
    }
    res
}

/// `math.lcm(*integers)`: always non-negative; `lcm()` is 1.
pub fn lcm(args: &[BigInt]) -> BigInt {
    let mut it = args.iter();
    let mut res = match it.next() {
        Some(a) => a.abs(),
        None => return BigInt::one(),
    };
    for x in it {
        if res.is_zero() {
            break;
        }
        if x.is_zero() {
            res = BigInt::zero();
            continue;
        }
        let g = res.gcd(x);
        res = (&res / &g * x).abs();
    }
    res
}

/// Odd primes below `limit` (plus 2), by a sieve of Eratosthenes on odds.
fn primes_upto(limit: u64) -> Vec<u64> {
    let mut out = Vec::new();
    if limit >= 2 {
        out.push(2);
    }
    let half = limit.div_ceil(2) as usize; // index i <-> 2i+1
    let mut composite = vec![false; half];
    let mut i = 1usize;
    while i < half {
        if !composite[i] {
            let p = 2 * i as u64 + 1;
            out.push(p);
            let mut m = p * p;
            while m <= limit {
                composite[(m / 2) as usize] = true;
                m += 2 * p;
            }
        }
        i += 1;
    }
    out
}

/// C(n, k) by prime factorisation: the exponent of p is the number of
/// carries when adding k and n - k in base p (Kummer), and every prime power
/// dividing C(n, k) is at most n.
fn comb_by_primes(n: u64, k: u64) -> BigUint {
    let mut factors = Vec::new();
    for p in primes_upto(n) {
        if p > n - k && p <= n {
            // primes in (n-k, n] divide exactly once (k <= n - k here)
            factors.push(p);
            continue;
        }
        let (mut a, mut b, mut c) = (n, k, n - k);
        let mut pe = 1u64;
        let mut carry = 0u64;
        while a > 0 {
            let (da, db, dc) = (a % p, b % p, c % p);
            // a digit of n smaller than the sum of digits means a carry
            carry = u64::from(db + dc + carry > da);
            if carry == 1 {
                pe *= p;
            }
            a /= p;
            b /= p;
            c /= p;
        }
        if pe > 1 {
            factors.push(pe);
        }
    }
    product_tree(&factors)
}

/// C(n, k) for n < 2**63.
fn comb_u64(n: u64, k: u64) -> BigUint {
    let k = k.min(n - k);
    match k {
        0 => return BigUint::one(),
        1 => return BigUint::from(n),
        _ => {}
    }
    if k < 64 {
        // C(n-k+i, i) for i = 1..=k; each step divides exactly.
        let mut r = BigUint::one();
        for i in 1..=k {
            r *= n - k + i;
            r /= i;
        }
        return r;
    }
    if n <= PRIME_SIEVE_LIMIT {
        return comb_by_primes(n, k);
    }
    // C(n, k) = C(n, j) * C(n - j, k - j) / C(k, j)
    let j = k / 2;
    comb_u64(n, j) * comb_u64(n - j, k - j) / comb_u64(k, j)
}

/// P(n, k) or C(n, k) for an arbitrary-size n, by CPython's splitting:
/// P(n, k) = P(n, j) * P(n - j, k - j), C likewise divided by C(k, j).
fn perm_comb_big(n: &BigInt, k: u64, iscomb: bool) -> BigInt {
    match k {
        0 => return BigInt::one(),
        1 => return n.clone(),
        _ => {}
    }
    let j = k / 2;
    let a = perm_comb_big(n, j, iscomb);
    let b = perm_comb_big(&(n - j), k - j, iscomb);
    let r = a * b;
    if iscomb {
        r / BigInt::from(comb_u64(k, j))
    } else {
        r
    }
}

/// `math.comb(n, k)`: C(n, k), 0 when k > n.
pub fn comb(n: &BigInt, k: &BigInt) -> MathResult<BigInt> {
    if n.is_negative() {
        return Err(MathError::Value(N_NEGATIVE));
    }
    if k.is_negative() {
        return Err(MathError::Value(K_NEGATIVE));
    }
    if let Some(ni) = n.to_i64() {
        return Ok(match k.to_i64() {
            Some(ki) if ki <= ni => BigInt::from(comb_u64(ni as u64, ki as u64)),
            _ => BigInt::zero(),
        });
    }
    let temp = n - k;
    if temp.is_negative() {
        return Ok(BigInt::zero());
    }
    let kk = if temp < *k { &temp } else { k };
    match kk.to_i64() {
        Some(ki) => Ok(perm_comb_big(n, ki as u64, true)),
        None => Err(MathError::Overflow(COMB_K_TOO_BIG)),
    }
}

/// `math.perm(n, k=None)`: n! / (n - k)!, 0 when k > n; `perm(n)` is
/// `factorial(n)` (with factorial's error messages).
pub fn perm(n: &BigInt, k: Option<&BigInt>) -> MathResult<BigInt> {
    let k = match k {
        None => return factorial(n),
        Some(k) => k,
    };
    if n.is_negative() {
        return Err(MathError::Value(N_NEGATIVE));
    }
    if k.is_negative() {
        return Err(MathError::Value(K_NEGATIVE));
    }
    if n < k {
        return Ok(BigInt::zero());
    }
    let ki = match k.to_i64() {
        Some(v) => v as u64,
        None => return Err(MathError::Overflow(PERM_K_TOO_BIG)),
    };
    match n.to_i64() {
        Some(ni) => {
            let ni = ni as u64;
            Ok(BigInt::from(range_product(ni - ki + 1, ni + 1)))
        }
        None => Ok(perm_comb_big(n, ki, false)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(v: i64) -> BigInt {
        BigInt::from(v)
    }
    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    // Expected values from CPython 3.11.
    #[test]
    fn factorial_values() {
        assert_eq!(factorial(&b(0)), Ok(b(1)));
        assert_eq!(factorial(&b(20)), Ok(b(2432902008176640000)));
        assert_eq!(factorial(&b(30)), Ok(big("265252859812191058636308480000000")));
        assert_eq!(factorial(&b(-1)), Err(MathError::Value(FACTORIAL_NEGATIVE)));
        assert_eq!(factorial(&big("9223372036854775808")), Err(MathError::Overflow(FACTORIAL_TOO_BIG)));
        let f1000 = factorial(&b(1000)).unwrap();
        let naive: BigInt = (1..=1000).map(BigInt::from).product();
        assert_eq!(f1000, naive);
    }

    #[test]
    fn isqrt_values() {
        assert_eq!(isqrt(&b(0)), Ok(b(0)));
        assert_eq!(isqrt(&b(15)), Ok(b(3)));
        assert_eq!(isqrt(&b(16)), Ok(b(4)));
        assert_eq!(isqrt(&big("100000000000000000000000000000000000000")), Ok(big("10000000000000000000")));
        assert_eq!(isqrt(&b(-1)), Err(MathError::Value("isqrt() argument must be nonnegative")));
    }

    #[test]
    fn gcd_lcm_values() {
        assert_eq!(gcd(&[]), b(0));
        assert_eq!(gcd(&[b(-12)]), b(12));
        assert_eq!(gcd(&[b(12), b(-18), b(27)]), b(3));
        assert_eq!(gcd(&[b(0), b(0)]), b(0));
        assert_eq!(lcm(&[]), b(1));
        assert_eq!(lcm(&[b(-4)]), b(4));
        assert_eq!(lcm(&[b(4), b(-6), b(10)]), b(60));
        assert_eq!(lcm(&[b(4), b(0), b(10)]), b(0));
    }

    #[test]
    fn comb_perm_values() {
        assert_eq!(comb(&b(10), &b(3)), Ok(b(120)));
        assert_eq!(comb(&b(3), &b(10)), Ok(b(0)));
        assert_eq!(comb(&b(-1), &b(-1)), Err(MathError::Value(N_NEGATIVE)));
        assert_eq!(comb(&b(1), &b(-1)), Err(MathError::Value(K_NEGATIVE)));
        assert_eq!(comb(&b(100), &b(50)), Ok(big("100891344545564193334812497256")));
        let huge = big("100000000000000000000000");
        assert_eq!(comb(&huge, &b(2)), Ok(big("4999999999999999999999950000000000000000000000")));
        assert_eq!(comb(&huge, &(&huge - 1)), Ok(huge.clone()));
        assert_eq!(comb(&(&huge * &huge), &huge), Err(MathError::Overflow(COMB_K_TOO_BIG)));
        assert_eq!(perm(&b(10), Some(&b(3))), Ok(b(720)));
        assert_eq!(perm(&b(3), Some(&b(10))), Ok(b(0)));
        assert_eq!(perm(&b(5), None), Ok(b(120)));
        assert_eq!(perm(&b(-5), None), Err(MathError::Value(FACTORIAL_NEGATIVE)));
        assert_eq!(perm(&b(-5), Some(&b(1))), Err(MathError::Value(N_NEGATIVE)));
        assert_eq!(perm(&huge, Some(&huge)), Err(MathError::Overflow(PERM_K_TOO_BIG)));
        assert_eq!(perm(&huge, Some(&b(2))), Ok(&huge * (&huge - 1)));
    }

    #[test]
    fn comb_methods_agree() {
        for &(n, k) in &[(200u64, 64u64), (1000, 300), (5000, 2500), (4097, 1000)] {
            let by_primes = comb_by_primes(n, k.min(n - k));
            let mut r = BigUint::one();
            for i in 1..=k {
                r *= n - k + i;
                r /= i;
            }
            assert_eq!(by_primes, r, "C({}, {})", n, k);
        }
    }
}
