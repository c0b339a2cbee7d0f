//! `list.sort`'s algorithm: a port of CPython 3.11's timsort (count_run, binary insertion,
//! galloping merges, powersort merge policy), so the comparisons made — and therefore which
//! `TypeError` a mixed-type sort raises and which order side effects happen in — match CPython.
//!
//! The sort permutes indices into the key array; a comparison error leaves a valid (partially
//! sorted) permutation, like CPython's in-place merges.

use rpy_vm::bytecode::CmpOp;
use rpy_vm::protocol::compare::rich_compare;
use rpy_vm::{Payload, PyErr, PyResult, Value, Vm};

const MIN_GALLOP: usize = 7;

/// How two immediates or exact strs order, without running Python code: None when the values
/// are of other kinds; Some(Equal) when equal.
fn fast_order(vm: &Vm, x: &Value, y: &Value) -> Option<std::cmp::Ordering> {
    match (x, y) {
        (Value::Int(a), Value::Int(b)) => Some(a.cmp(b)),
        // floats that are immediates are never NaN (NaNs are boxed)
        (Value::Float(a), Value::Float(b)) => a.partial_cmp(b),
        (Value::Obj(a), Value::Obj(b)) => match (&a.payload, &b.payload) {
            (Payload::Str(s), Payload::Str(t)) if a.with_class(|c| c.is(&vm.types.str)) && b.with_class(|c| c.is(&vm.types.str)) => {
                Some(s.as_str().cmp(t.as_str()))
            }
            _ => None,
        },
        _ => None,
    }
}

/// `x < y` for two exact tuples whose items up to the first difference have a fast order.
fn fast_tuple_lt(vm: &Vm, x: &Value, y: &Value) -> Option<bool> {
    let (Value::Obj(a), Value::Obj(b)) = (x, y) else { return None };
    let (Payload::Tuple(s), Payload::Tuple(t)) = (&a.payload, &b.payload) else { return None };
    if !a.with_class(|c| c.is(&vm.types.tuple)) || !b.with_class(|c| c.is(&vm.types.tuple)) {
        return None;
    }
    for (p, q) in s.iter().zip(t.iter()) {
        match fast_order(vm, p, q)? {
            std::cmp::Ordering::Equal => continue,
            o => return Some(o == std::cmp::Ordering::Less),
        }
    }
    Some(s.len() < t.len())
}

/// `keys[x] < keys[y]` as `PyObject_RichCompareBool(x, y, Py_LT)`.
pub fn islt(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
    if let Some(o) = fast_order(vm, x, y) {
        return Ok(o == std::cmp::Ordering::Less);
    }
    if let Some(lt) = fast_tuple_lt(vm, x, y) {
        return Ok(lt);
    }
    let r = rich_compare(vm, x, y, CmpOp::Lt)?;
    match r {
        Value::Bool(b) => Ok(b),
        _ => vm.truthy(&r),
    }
}

struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState<'k> {
    keys: &'k [Value],
    a: Vec<usize>,
    tmp: Vec<usize>,
    min_gallop: usize,
    pending: Vec<Run>,
}

fn lt(vm: &mut Vm, keys: &[Value], x: usize, y: usize) -> PyResult<bool> {
    islt(vm, &keys[x], &keys[y])
}

/// Sorts `keys` (stable, ascending by `<`); returns the permutation (indices into `keys`) and
/// the error that stopped the sort, if any. With `reverse`, the result is descending but stable.
pub fn timsort(vm: &mut Vm, keys: &[Value], reverse: bool) -> (Vec<usize>, Option<PyErr>) {
    let n = keys.len();
    let mut a: Vec<usize> = (0..n).collect();
    if reverse {
        a.reverse();
    }
    let mut ms = MergeState { keys, a, tmp: Vec::new(), min_gallop: MIN_GALLOP, pending: Vec::new() };
    let err = if n < 2 { None } else { ms.run(vm).err() };
    let mut a = ms.a;
    if reverse {
        a.reverse();
    }
    (a, err)
}

fn merge_compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Powersort's "power" of the boundary between two adjacent runs.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

enum End {
    Done,
    CopyOther,
}

impl<'k> MergeState<'k> {
    fn run(&mut self, vm: &mut Vm) -> PyResult<()> {
        let n = self.a.len();
        let minrun = merge_compute_minrun(n);
        let mut lo = 0;
        let mut nremaining = n;
        while nremaining > 0 {
            let (mut run, descending) = self.count_run(vm, lo, lo + nremaining)?;
            if descending {
                self.a[lo..lo + run].reverse();
            }
            if run < minrun {
                let force = nremaining.min(minrun);
                self.binarysort(vm, lo, lo + force, lo + run)?;
                run = force;
            }
            self.found_new_run(vm, run, n)?;
            self.pending.push(Run { base: lo, len: run, power: 0 });
            lo += run;
            nremaining -= run;
        }
        self.merge_force_collapse(vm)
    }

    fn count_run(&mut self, vm: &mut Vm, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        let keys = self.keys;
        let mut p = lo + 1;
        if p == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        if lt(vm, keys, self.a[p], self.a[p - 1])? {
            p += 1;
            while p < hi {
                if !lt(vm, keys, self.a[p], self.a[p - 1])? {
                    break;
                }
                p += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            p += 1;
            while p < hi {
                if lt(vm, keys, self.a[p], self.a[p - 1])? {
                    break;
                }
                p += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Binary insertion sort of a[lo..hi], where a[lo..start] is already sorted.
    fn binarysort(&mut self, vm: &mut Vm, lo: usize, hi: usize, mut start: usize) -> PyResult<()> {
        let keys = self.keys;
        if lo == start {
            start += 1;
        }
        while start < hi {
            let pivot = self.a[start];
            let (mut l, mut r) = (lo, start);
            loop {
                let p = l + ((r - l) >> 1);
                if lt(vm, keys, pivot, self.a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            self.a.copy_within(l..start, l + 1);
            self.a[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    fn found_new_run(&mut self, vm: &mut Vm, n2: usize, listlen: usize) -> PyResult<()> {
        if let Some(last) = self.pending.last() {
            let (s1, n1) = (last.base, last.len);
            let power = powerloop(s1, n1, n2, listlen);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                let i = self.pending.len() - 2;
                self.merge_at(vm, i)?;
            }
            let k = self.pending.len() - 1;
            self.pending[k].power = power;
        }
        Ok(())
    }

    fn merge_force_collapse(&mut self, vm: &mut Vm) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(vm, n)?;
        }
        Ok(())
    }

    fn merge_at(&mut self, vm: &mut Vm, i: usize) -> PyResult<()> {
        let keys = self.keys;
        let (mut base_a, mut na) = (self.pending[i].base, self.pending[i].len);
        let (base_b, nb) = (self.pending[i + 1].base, self.pending[i + 1].len);
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // Where does b start in a? Elements of a before that are already in place.
        let k = gallop_right(vm, keys, self.a[base_b], &self.a[base_a..base_a + na], 0)?;
        base_a += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Where does a end in b? Elements of b after that are already in place.
        let nb = gallop_left(vm, keys, self.a[base_a + na - 1], &self.a[base_b..base_b + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(vm, base_a, na, base_b, nb)
        } else {
            self.merge_hi(vm, base_a, na, base_b, nb)
        }
    }

    fn merge_lo(&mut self, vm: &mut Vm, base_a: usize, mut na: usize, base_b: usize, mut nb: usize) -> PyResult<()> {
        let keys = self.keys;
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[base_a..base_a + na]);
        let mut dest = base_a;
        let mut pa = 0usize;
        let mut pb = base_b;
        self.a[dest] = self.a[pb];
        dest += 1;
        pb += 1;
        nb -= 1;
        let outcome: PyResult<End> = if nb == 0 {
            Ok(End::Done)
        } else if na == 1 {
            Ok(End::CopyOther)
        } else {
            let mut min_gallop = self.min_gallop;
            'outer: loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                loop {
                    let k = match lt(vm, keys, self.a[pb], self.tmp[pa]) {
                        Ok(k) => k,
                        Err(e) => break 'outer Err(e),
                    };
                    if k {
                        self.a[dest] = self.a[pb];
                        dest += 1;
                        pb += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break 'outer Ok(End::Done);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        self.a[dest] = self.tmp[pa];
                        dest += 1;
                        pa += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            break 'outer Ok(End::CopyOther);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(vm, keys, self.a[pb], &self.tmp[pa..pa + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'outer Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        self.a[dest..dest + k].copy_from_slice(&self.tmp[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            break 'outer Ok(End::CopyOther);
                        }
                        if na == 0 {
                            break 'outer Ok(End::Done);
                        }
                    }
                    self.a[dest] = self.a[pb];
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'outer Ok(End::Done);
                    }
                    let k = match gallop_left(vm, keys, self.tmp[pa], &self.a[pb..pb + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'outer Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        self.a.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'outer Ok(End::Done);
                        }
                    }
                    self.a[dest] = self.tmp[pa];
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        break 'outer Ok(End::CopyOther);
                    }
                    if !(acount >= MIN_GALLOP || bcount >= MIN_GALLOP) {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match outcome {
            Ok(End::CopyOther) => {
                // the last element of a belongs at the end of the merge
                self.a.copy_within(pb..pb + nb, dest);
                self.a[dest + nb] = self.tmp[pa];
                Ok(())
            }
            other => {
                if na > 0 {
                    self.a[dest..dest + na].copy_from_slice(&self.tmp[pa..pa + na]);
                }
                other.map(|_| ())
            }
        }
    }

    fn merge_hi(&mut self, vm: &mut Vm, base_a: usize, mut na: usize, base_b: usize, mut nb: usize) -> PyResult<()> {
        let keys = self.keys;
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[base_b..base_b + nb]);
        // positions as isize: they may step one below the run's start
        let mut dest = (base_b + nb - 1) as isize;
        let mut pa = (base_a + na - 1) as isize;
        let mut pb = nb as isize - 1;
        let ba = base_a;
        self.a[dest as usize] = self.a[pa as usize];
        dest -= 1;
        pa -= 1;
        na -= 1;
        let outcome: PyResult<End> = if na == 0 {
            Ok(End::Done)
        } else if nb == 1 {
            Ok(End::CopyOther)
        } else {
            let mut min_gallop = self.min_gallop;
            'outer: loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                loop {
                    let k = match lt(vm, keys, self.tmp[pb as usize], self.a[pa as usize]) {
                        Ok(k) => k,
                        Err(e) => break 'outer Err(e),
                    };
                    if k {
                        self.a[dest as usize] = self.a[pa as usize];
                        dest -= 1;
                        pa -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break 'outer Ok(End::Done);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        self.a[dest as usize] = self.tmp[pb as usize];
                        dest -= 1;
                        pb -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            break 'outer Ok(End::CopyOther);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(vm, keys, self.tmp[pb as usize], &self.a[ba..ba + na], na - 1) {
                        Ok(k) => na - k,
                        Err(e) => break 'outer Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pa -= k as isize;
                        let (from, to) = ((pa + 1) as usize, (dest + 1) as usize);
                        self.a.copy_within(from..from + k, to);
                        na -= k;
                        if na == 0 {
                            break 'outer Ok(End::Done);
                        }
                    }
                    self.a[dest as usize] = self.tmp[pb as usize];
                    dest -= 1;
                    pb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'outer Ok(End::CopyOther);
                    }
                    let k = match gallop_left(vm, keys, self.a[pa as usize], &self.tmp[0..nb], nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => break 'outer Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pb -= k as isize;
                        let (from, to) = ((pb + 1) as usize, (dest + 1) as usize);
                        self.a[to..to + k].copy_from_slice(&self.tmp[from..from + k]);
                        nb -= k;
                        if nb == 1 {
                            break 'outer Ok(End::CopyOther);
                        }
                        if nb == 0 {
                            break 'outer Ok(End::Done);
                        }
                    }
                    self.a[dest as usize] = self.a[pa as usize];
                    dest -= 1;
                    pa -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'outer Ok(End::Done);
                    }
                    if !(acount >= MIN_GALLOP || bcount >= MIN_GALLOP) {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match outcome {
            Ok(End::CopyOther) => {
                // the first element of b belongs at the front of the merge
                let from = (pa + 1) as usize - na;
                let to = (dest + 1) as usize - na;
                self.a.copy_within(from..from + na, to);
                dest -= na as isize;
                self.a[dest as usize] = self.tmp[pb as usize];
                Ok(())
            }
            other => {
                if nb > 0 {
                    let to = (dest + 1) as usize - nb;
                    self.a[to..to + nb].copy_from_slice(&self.tmp[0..nb]);
                }
                other.map(|_| ())
            }
        }
    }
}

/// Leftmost position in sorted `a` where `key` could be inserted (`a[k-1] < key <= a[k]`),
/// searching from `hint` with exponential then binary search.
fn gallop_left(vm: &mut Vm, keys: &[Value], key: usize, a: &[usize], hint: usize) -> PyResult<usize> {
    let n = a.len();
    let mut lastofs: usize;
    let mut ofs: usize;
    if lt(vm, keys, a[hint], key)? {
        // a[hint] < key: gallop right
        let maxofs = n - hint;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(vm, keys, a[hint + ofs], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        lastofs += hint;
        ofs += hint;
    } else {
        // key <= a[hint]: gallop left
        let maxofs = hint + 1;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if lt(vm, keys, a[hint - ofs], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        let k = lastofs;
        // lastofs = hint - ofs may be -1: keep it offset by one
        let lo = hint as isize - ofs as isize;
        ofs = hint - k;
        return binary_left(vm, keys, key, a, lo, ofs);
    }
    binary_left(vm, keys, key, a, lastofs as isize, ofs)
}

/// Invariant a[lastofs] < key <= a[ofs]: binary search the answer in (lastofs, ofs].
fn binary_left(vm: &mut Vm, keys: &[Value], key: usize, a: &[usize], lastofs: isize, mut ofs: usize) -> PyResult<usize> {
    let mut lo = (lastofs + 1) as usize;
    while lo < ofs {
        let m = lo + ((ofs - lo) >> 1);
        if lt(vm, keys, a[m], key)? {
            lo = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs)
}

/// Rightmost insertion position of `key` in sorted `a` (`a[k-1] <= key < a[k]`).
fn gallop_right(vm: &mut Vm, keys: &[Value], key: usize, a: &[usize], hint: usize) -> PyResult<usize> {
    let n = a.len();
    let mut lastofs: usize = 0;
    let mut ofs: usize = 1;
    let lo: isize;
    if lt(vm, keys, key, a[hint])? {
        // key < a[hint]: gallop left
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(vm, keys, key, a[hint - ofs])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        let k = lastofs;
        lo = hint as isize - ofs as isize;
        ofs = hint - k;
    } else {
        // a[hint] <= key: gallop right
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(vm, keys, key, a[hint + ofs])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        lo = (lastofs + hint) as isize;
        ofs += hint;
    }
    let mut lo = (lo + 1) as usize;
    while lo < ofs {
        let m = lo + ((ofs - lo) >> 1);
        if lt(vm, keys, key, a[m])? {
            ofs = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(ofs)
}
