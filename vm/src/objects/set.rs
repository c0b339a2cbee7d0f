//! `SetData`: the open-addressing table behind `set`/`frozenset`, probed and resized exactly as
//! CPython's setobject.c so iteration order (and therefore printing) matches CPython's.

use crate::value::Value;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
pub const MIN_SIZE: usize = 8;

#[derive(Clone)]
pub enum SetSlot {
    Empty,
    Dummy,
    Full(i64, Value),
}

pub struct SetData {
    table: Vec<SetSlot>,
    fill: usize,
    used: usize,
    pub version: u64,
    finger: usize,
}

impl Default for SetData {
    fn default() -> Self {
        SetData::new()
    }
}

/// Probe state kept outside the borrow (see `DictData`'s `Probe`).
pub struct SetProbe {
    i: usize,
    j: usize,
    probes_left: usize,
    perturb: u64,
    pub freeslot: Option<usize>,
    pub mask: usize,
}

pub enum SetFound {
    Candidate(usize),
    Vacant(usize),
}

impl SetData {
    pub fn new() -> SetData {
        SetData { table: vec![SetSlot::Empty; MIN_SIZE], fill: 0, used: 0, version: 0, finger: 0 }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn mask(&self) -> usize {
        self.table.len() - 1
    }

    pub fn probe_start(&self, hash: i64) -> SetProbe {
        let mask = self.mask();
        let i = (hash as u64 as usize) & mask;
        SetProbe { i, j: i, probes_left: if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 }, perturb: hash as u64, freeslot: None, mask }
    }

    /// Steps the probe until a matching-hash candidate or an empty slot.
    pub fn probe(&self, hash: i64, p: &mut SetProbe) -> SetFound {
        loop {
            let here = p.j;
            // advance
            if p.probes_left > 0 {
                p.probes_left -= 1;
                p.j += 1;
            } else {
                p.perturb >>= PERTURB_SHIFT;
                p.i = (p.i.wrapping_mul(5).wrapping_add(1).wrapping_add(p.perturb as usize)) & p.mask;
                p.j = p.i;
                p.probes_left = if p.i + LINEAR_PROBES <= p.mask { LINEAR_PROBES } else { 0 };
            }
            match &self.table[here] {
                SetSlot::Empty => return SetFound::Vacant(here),
                SetSlot::Dummy => {
                    // CPython 3.11 reuses the last dummy seen on the probe path
                    p.freeslot = Some(here);
                }
                SetSlot::Full(h, _) => {
                    if *h == hash {
                        return SetFound::Candidate(here);
                    }
                }
            }
        }
    }

    pub fn slot(&self, i: usize) -> &SetSlot {
        &self.table[i]
    }

    /// Inserts at a vacant slot found by `probe` (or the probe's first dummy). Returns true if
    /// the table was resized.
    pub fn insert_at(&mut self, probe: &SetProbe, empty: usize, hash: i64, key: Value) {
        self.version += 1;
        if let Some(free) = probe.freeslot {
            self.table[free] = SetSlot::Full(hash, key);
            self.used += 1;
            return;
        }
        self.table[empty] = SetSlot::Full(hash, key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let minused = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(minused);
        }
    }

    /// Removes the key at slot `i` (leaving a dummy).
    pub fn remove_at(&mut self, i: usize) -> Option<Value> {
        match std::mem::replace(&mut self.table[i], SetSlot::Dummy) {
            SetSlot::Full(_, k) => {
                self.used -= 1;
                self.version += 1;
                Some(k)
            }
            other => {
                self.table[i] = other;
                None
            }
        }
    }

    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![SetSlot::Empty; newsize]);
        self.fill = self.used;
        let mask = newsize - 1;
        for s in old {
            if let SetSlot::Full(h, k) = s {
                Self::insert_clean(&mut self.table, mask, h, k);
            }
        }
        self.version += 1;
    }

    fn insert_clean(table: &mut [SetSlot], mask: usize, hash: i64, key: Value) {
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(table[i], SetSlot::Empty) {
                table[i] = SetSlot::Full(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(table[i + j], SetSlot::Empty) {
                        table[i + j] = SetSlot::Full(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Adds every entry of `other` (a known-distinct set) the way `set_merge` does when this set
    /// is empty: same table shape, same order.
    pub fn merge_from(&mut self, other: &SetData) -> bool {
        if other.used == 0 {
            return true;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 {
            let mask = self.mask();
            if mask == other.mask() && other.fill == other.used {
                self.table = other.table.clone();
            } else {
                for s in &other.table {
                    if let SetSlot::Full(h, k) = s {
                        Self::insert_clean(&mut self.table, mask, *h, k.clone());
                    }
                }
            }
            self.fill = other.used;
            self.used = other.used;
            self.version += 1;
            return true;
        }
        false
    }

    pub fn clear(&mut self) -> Vec<Value> {
        let old = std::mem::replace(&mut self.table, vec![SetSlot::Empty; MIN_SIZE]);
        self.fill = 0;
        self.used = 0;
        self.version += 1;
        old.into_iter().filter_map(|s| if let SetSlot::Full(_, k) = s { Some(k) } else { None }).collect()
    }

    /// Live entries in table order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|s| if let SetSlot::Full(h, k) = s { Some((*h, k)) } else { None })
    }

    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Value)> {
        while pos < self.table.len() {
            if let SetSlot::Full(_, k) = &self.table[pos] {
                return Some((pos, k));
            }
            pos += 1;
        }
        None
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(_, k)| k.clone()).collect()
    }

    /// Pops the first live entry starting the scan at the saved finger, like `set.pop`.
    pub fn pop_first(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.table[i], SetSlot::Full(..)) {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        self.finger = i + 1;
        self.remove_at(i)
    }
}
