//! `DictData`: the insertion-ordered compact hash table behind `dict` (entries vector plus an
//! index table, probed like CPython's).

use crate::value::Value;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const PERTURB_SHIFT: u32 = 5;
/// Dicts of up to this many entries have no index table: lookups scan the entries comparing
/// hashes (instance and keyword dicts are small; this saves an allocation and a rehash each).
const LINEAR_MAX: usize = 8;

pub struct DictEntry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictData {
    indices: Vec<u32>,
    entries: Vec<Option<DictEntry>>,
    used: usize,
    /// Bumped on every mutation; lookups that call Python `__eq__` use it to detect a dict that
    /// changed under them, and iterators to raise "dictionary changed size during iteration".
    pub version: u64,
    /// Identifies the current set of keys and their entry positions for inline caches: 0 after
    /// any change to the keys, assigned a fresh number (never reused) when a cache asks.
    keys_version: std::cell::Cell<u64>,
    /// One bit per key hash (bit `hash & 63`) of every key inserted since the last clear: a
    /// clear bit proves a key absent without probing (method-shadowing checks).
    bloom: u64,
}

thread_local! {
    static NEXT_KEYS_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// The outcome of `find_str_exact`.
pub enum StrLookup {
    Found(usize),
    Absent,
    /// a key of another type has the same hash: only a general lookup can tell
    Unknown,
}

/// Where a probe for a key ended.
pub enum Slot {
    /// An entry whose hash matches; the caller decides equality.
    Candidate { entry: usize },
    /// No entry: the key is absent. `slot` is where to insert it.
    Vacant { slot: usize },
}

/// The state of a probe sequence, kept outside any borrow of the dict so that equality tests
/// may run Python code between steps.
pub struct Probe {
    slot: usize,
    perturb: u64,
    first_free: Option<usize>,
}

impl DictData {
    pub fn new() -> DictData {
        DictData::default()
    }

    pub fn with_capacity(n: usize) -> DictData {
        let mut d = DictData::default();
        if n > LINEAR_MAX {
            d.resize_indices((n * 3 / 2 + 1).next_power_of_two().max(8));
        }
        d.entries.reserve(n);
        d
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    pub fn probe_start(&self, hash: i64) -> Probe {
        let slot = if self.indices.is_empty() { 0 } else { (hash as u64 as usize) & self.mask() };
        Probe { slot, perturb: hash as u64, first_free: None }
    }

    /// Advances the probe to the next candidate with a matching hash or to a vacant slot.
    #[inline]
    pub fn probe(&self, hash: i64, p: &mut Probe) -> Slot {
        if self.indices.is_empty() {
            // linear mode: `slot` is the next entry position to look at
            while p.slot < self.entries.len() {
                let i = p.slot;
                p.slot += 1;
                if let Some(e) = &self.entries[i] {
                    if e.hash == hash {
                        return Slot::Candidate { entry: i };
                    }
                }
            }
            return Slot::Vacant { slot: usize::MAX };
        }
        let mask = self.mask();
        loop {
            let ix = self.indices[p.slot];
            let here = p.slot;
            p.perturb >>= PERTURB_SHIFT;
            p.slot = (p.slot.wrapping_mul(5).wrapping_add(1).wrapping_add(p.perturb as usize)) & mask;
            if ix == EMPTY {
                return Slot::Vacant { slot: p.first_free.unwrap_or(here) };
            }
            if ix == DUMMY {
                if p.first_free.is_none() {
                    p.first_free = Some(here);
                }
                continue;
            }
            if let Some(e) = &self.entries[ix as usize] {
                if e.hash == hash {
                    return Slot::Candidate { entry: ix as usize };
                }
            }
        }
    }

    pub fn entry(&self, i: usize) -> Option<&DictEntry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    pub fn entry_mut(&mut self, i: usize) -> Option<&mut DictEntry> {
        self.entries.get_mut(i).and_then(|e| e.as_mut())
    }

    /// Inserts a key known to be absent. `slot` must come from a probe of the current table
    /// (or be usize::MAX); the table is grown first if needed and the slot re-found.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value, slot: usize) {
        if self.indices.is_empty() && self.used < LINEAR_MAX {
            if self.entries.len() >= LINEAR_MAX {
                // drop the holes left by deletions instead of building an index
                self.entries.retain(|e| e.is_some());
            }
            self.entries.push(Some(DictEntry { hash, key, value }));
            self.bloom |= 1 << (hash as u64 & 63);
            self.used += 1;
            self.version += 1;
            self.keys_version.set(0);
            return;
        }
        let need_grow = self.indices.is_empty() || (self.entries.len() + 1) * 3 >= self.indices.len() * 2;
        let slot = if need_grow || slot == usize::MAX {
            if need_grow {
                self.grow();
            }
            self.find_empty_slot(hash)
        } else {
            slot
        };
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Some(DictEntry { hash, key, value }));
        self.bloom |= 1 << (hash as u64 & 63);
        self.used += 1;
        self.version += 1;
        self.keys_version.set(0);
    }

    fn find_empty_slot(&self, hash: i64) -> usize {
        let mask = self.mask();
        let mut slot = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let ix = self.indices[slot];
            if ix == EMPTY || ix == DUMMY {
                return slot;
            }
            perturb >>= PERTURB_SHIFT;
            slot = (slot.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn grow(&mut self) {
        let want = (self.used * 3).max(8).next_power_of_two();
        self.resize_indices(want);
    }

    fn resize_indices(&mut self, size: usize) {
        self.keys_version.set(0);
        let old = std::mem::take(&mut self.entries);
        self.entries = Vec::with_capacity(old.len().max(size * 2 / 3));
        self.indices = vec![EMPTY; size];
        for e in old.into_iter().flatten() {
            let slot = self.find_empty_slot(e.hash);
            self.indices[slot] = self.entries.len() as u32;
            self.entries.push(Some(e));
        }
    }

    /// Removes the entry at index `i`, returning it.
    pub fn remove_entry(&mut self, i: usize) -> Option<DictEntry> {
        let e = self.entries.get_mut(i)?.take()?;
        if self.indices.is_empty() {
            self.used -= 1;
            self.version += 1;
            self.keys_version.set(0);
            return Some(e);
        }
        let mask = self.mask();
        let mut slot = (e.hash as u64 as usize) & mask;
        let mut perturb = e.hash as u64;
        loop {
            if self.indices[slot] == i as u32 {
                self.indices[slot] = DUMMY;
                break;
            }
            perturb >>= PERTURB_SHIFT;
            slot = (slot.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.used -= 1;
        self.version += 1;
        self.keys_version.set(0);
        // entries keep their positions even when the dict becomes empty (as CPython's do), so
        // an iterator sees a re-inserted key as a new one
        Some(e)
    }

    pub fn clear(&mut self) -> Vec<DictEntry> {
        self.indices.clear();
        self.bloom = 0;
        self.used = 0;
        self.version += 1;
        self.keys_version.set(0);
        std::mem::take(&mut self.entries).into_iter().flatten().collect()
    }

    /// Iterates live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &DictEntry> {
        self.entries.iter().flatten()
    }

    /// The next live entry at or after position `pos` (for iterators), with its position.
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &DictEntry)> {
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }

    /// The last live entry (for `popitem`).
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| e.is_some())
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }
}

impl DictData {
    /// The keys version (see the field), assigning one if the keys changed since last asked.
    #[inline]
    pub fn keys_version(&self) -> u64 {
        let v = self.keys_version.get();
        if v != 0 {
            return v;
        }
        let v = NEXT_KEYS_VERSION.with(|n| {
            let v = n.get();
            n.set(v + 1);
            v
        });
        self.keys_version.set(v);
        v
    }

    /// False when no key with this hash was inserted since the last clear (true may be wrong).
    #[inline(always)]
    pub fn may_contain_hash(&self, hash: i64) -> bool {
        self.bloom & (1 << (hash as u64 & 63)) != 0
    }

    /// The value at entry `i` if that entry's key is the object `name` itself (the check an
    /// inline cache's position hint needs).
    #[inline]
    pub fn value_if_key_is(&self, i: usize, name: &crate::object::ObjRef) -> Option<&Value> {
        match self.entries.get(i) {
            Some(Some(DictEntry { key: Value::Obj(k), value, .. })) if k.is(name) => Some(value),
            _ => None,
        }
    }

    /// Mutable access to the value at entry `i` if its key is the object `name`.
    #[inline]
    pub fn value_mut_if_key_is(&mut self, i: usize, name: &crate::object::ObjRef) -> Option<&mut Value> {
        match self.entries.get_mut(i) {
            Some(Some(DictEntry { key: Value::Obj(k), value, .. })) if k.is(name) => Some(value),
            _ => None,
        }
    }

    /// The value at entry `i` (valid while the keys version is unchanged).
    #[inline]
    pub fn value_at(&self, i: usize) -> Option<&Value> {
        match self.entries.get(i) {
            Some(Some(e)) => Some(&e.value),
            _ => None,
        }
    }

    /// Looks up a str key without running Python code: only str keys can match.
    pub fn get_str(&self, key: &str, hash: i64) -> Option<&Value> {
        let mut p = self.probe_start(hash);
        loop {
            match self.probe(hash, &mut p) {
                Slot::Vacant { .. } => return None,
                Slot::Candidate { entry } => {
                    let e = self.entry(entry)?;
                    if let Value::Obj(o) = &e.key {
                        if let crate::object::Payload::Str(s) = &o.payload {
                            if s.as_str() == key {
                                return Some(&e.value);
                            }
                        }
                    }
                }
            }
        }
    }

    /// Finds the entry index of a str key (same rules as `get_str`).
    pub fn find_str(&self, key: &str, hash: i64) -> Option<usize> {
        let mut p = self.probe_start(hash);
        loop {
            match self.probe(hash, &mut p) {
                Slot::Vacant { .. } => return None,
                Slot::Candidate { entry } => {
                    let e = self.entry(entry)?;
                    if let Value::Obj(o) = &e.key {
                        if let crate::object::Payload::Str(s) = &o.payload {
                            if s.as_str() == key {
                                return Some(entry);
                            }
                        }
                    }
                }
            }
        }
    }

    /// Finds a str key like `find_str`, but gives up (`Unknown`) on meeting a non-str key with the
    /// same hash, whose `__eq__` might consider it equal: the caller then takes the general path.
    pub fn find_str_exact(&self, key: &str, hash: i64) -> StrLookup {
        let mut p = self.probe_start(hash);
        loop {
            match self.probe(hash, &mut p) {
                Slot::Vacant { .. } => return StrLookup::Absent,
                Slot::Candidate { entry } => {
                    let Some(e) = self.entry(entry) else { continue };
                    match &e.key {
                        Value::Obj(o) => match &o.payload {
                            crate::object::Payload::Str(s) => {
                                if s.as_str() == key {
                                    return StrLookup::Found(entry);
                                }
                            }
                            _ => return StrLookup::Unknown,
                        },
                        _ => return StrLookup::Unknown,
                    }
                }
            }
        }
    }

    /// Inserts or replaces a str key (no Python code runs). Returns the old value.
    pub fn set_str(&mut self, key: crate::object::ObjRef, value: Value) -> Option<Value> {
        self.set_str_at(key, value).0
    }

    /// `set_str`, also returning the entry index the key ended up at.
    pub fn set_str_at(&mut self, key: crate::object::ObjRef, value: Value) -> (Option<Value>, usize) {
        let (found, hash) = match &key.payload {
            crate::object::Payload::Str(s) => (self.find_str(s.as_str(), s.hash()), s.hash()),
            _ => return (None, usize::MAX),
        };
        if let Some(i) = found {
            if let Some(e) = self.entry_mut(i) {
                let old = std::mem::replace(&mut e.value, value);
                self.version += 1;
                return (Some(old), i);
            }
        }
        self.insert_new(hash, Value::Obj(key), value, usize::MAX);
        (None, self.entries.len() - 1)
    }
}
