//! Name lookups: [`NameHash`], a fast seeded hash for names;
//! [`NameIndex`], the name → id map of a [`Problem`](super::Problem) that
//! keeps each name only once (in the problem's name vector), and
//! [`LazyNameIndex`], the same built on first use; [`NameMap`], the
//! readers' map from names borrowed from the file.

use std::collections::HashMap;
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

use super::Names;

/// A fast hash for names, seeded per map from the standard library's random
/// keys so that crafted names cannot force collisions predictably.
///
/// It reads eight bytes per multiply and ends with a full avalanche, so the
/// low bits that pick a bucket depend on every byte. It is not a
/// cryptographic hash: [`NameIndex`] stays correct under full 64-bit
/// collisions, only slower.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NameHash {
    seed: u64,
}

impl NameHash {
    /// A new randomly seeded hash builder.
    pub(crate) fn new() -> Self {
        NameHash {
            seed: RandomState::new().hash_one(0x5eed_u64),
        }
    }
}

impl Default for NameHash {
    fn default() -> Self {
        NameHash::new()
    }
}

impl BuildHasher for NameHash {
    type Hasher = NameHasher;

    fn build_hasher(&self) -> NameHasher {
        NameHasher(self.seed)
    }
}

/// The hasher of [`NameHash`].
pub(crate) struct NameHasher(u64);

const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

impl NameHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(23) ^ word).wrapping_mul(MULTIPLIER);
    }
}

impl Hasher for NameHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    #[inline]
    fn write_u64(&mut self, word: u64) {
        self.add(word);
    }

    #[inline]
    fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

/// Passes an already mixed `u64` hash through unchanged (the keys of
/// [`NameIndex`]'s main table are [`NameHash`] values).
#[derive(Default)]
pub(crate) struct PassThroughHasher(u64);

impl Hasher for PassThroughHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Only `u64` keys are hashed with this hasher; any other input is
        // folded in rather than dropped, so it stays a valid `Hasher`.
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(MULTIPLIER);
        }
    }

    #[inline]
    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A name → id map over a vector of names owned elsewhere: it stores each
/// name's 64-bit hash and id, not the name, so a problem holds every name
/// once. A name is found by its hash and confirmed against the vector.
///
/// Two different names with the same 64-bit hash (possible, though not
/// with any probability worth planning for) are handled exactly: the later
/// one goes into a small overflow map keyed by the name itself.
///
/// The index is a function of the names it was given, so it compares equal
/// to any other index: [`Problem`](super::Problem)'s equality compares the
/// name vectors themselves.
#[derive(Clone, Debug, Default)]
pub(crate) struct NameIndex {
    hash: NameHash,
    by_hash: HashMap<u64, u32, BuildHasherDefault<PassThroughHasher>>,
    overflow: HashMap<String, u32>,
}

impl PartialEq for NameIndex {
    fn eq(&self, _other: &Self) -> bool {
        true
    }
}

impl NameIndex {
    /// Room for `additional` more names without rehashing.
    pub(crate) fn reserve(&mut self, additional: usize) {
        self.by_hash.reserve(additional);
    }

    /// The index of `names`, which are all distinct.
    fn of_distinct(names: &Names) -> Self {
        let mut index = NameIndex::default();
        index.reserve(names.len());
        for (k, name) in names.iter().enumerate() {
            let fresh = index.insert_as(name, k as u32, names);
            debug_assert!(fresh.is_ok(), "indexed names are distinct");
        }
        index
    }

    /// The id of `name`, where `names[id]` is the name of id `id`.
    #[inline]
    pub(crate) fn get(&self, name: &str, names: &Names) -> Option<u32> {
        let h = self.hash.hash_one(name);
        match self.by_hash.get(&h) {
            Some(&id) if names.get(id as usize) == Some(name) => Some(id),
            Some(_) if !self.overflow.is_empty() => self.overflow.get(name).copied(),
            _ => None,
        }
    }

    /// Records `name` with id `names.len()` (the caller pushes it next),
    /// or returns the id it already has.
    pub(crate) fn insert(&mut self, name: &str, names: &Names) -> Result<(), u32> {
        self.insert_as(name, names.len() as u32, names)
    }

    /// Records `name` with id `id`, or returns the id it already has;
    /// `names` holds (at least) the names of the ids below `id`.
    fn insert_as(&mut self, name: &str, id: u32, names: &Names) -> Result<(), u32> {
        let h = self.hash.hash_one(name);
        match self.by_hash.entry(h) {
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(id);
                Ok(())
            }
            std::collections::hash_map::Entry::Occupied(e) => {
                let first = *e.get();
                if names.get(first as usize) == Some(name) {
                    return Err(first);
                }
                match self.overflow.entry(name.to_string()) {
                    std::collections::hash_map::Entry::Occupied(o) => Err(*o.get()),
                    std::collections::hash_map::Entry::Vacant(v) => {
                        v.insert(id);
                        Ok(())
                    }
                }
            }
        }
    }

    /// Forgets the last name, `names[names.len() - 1]` (before the caller
    /// pops it).
    pub(crate) fn remove_last(&mut self, names: &Names) {
        let Some(name) = names.last() else {
            return;
        };
        let id = (names.len() - 1) as u32;
        // The overflow entry, if any, is the later of two colliding names,
        // so the last name is there whenever its hash slot holds another id.
        let h = self.hash.hash_one(name);
        if self.by_hash.get(&h) == Some(&id) {
            self.by_hash.remove(&h);
        } else {
            self.overflow.remove(name);
        }
    }
}

/// A [`NameIndex`] built on first use from the names it indexes.
///
/// Readers check name uniqueness with their own maps while they read, so
/// indexing every name again as it is added would hash each name twice;
/// a problem read from a file and then only solved never looks a name up
/// at all. Names added through the builder's trusted path
/// ([`push_trusted`](Self::push_trusted)) are indexed only if the index
/// already exists; otherwise the whole index is built, from the name
/// vector, by the first look-up or checked insertion.
///
/// Like [`NameIndex`] it compares equal to any other index.
#[derive(Clone, Debug, Default)]
pub(crate) struct LazyNameIndex {
    cell: std::sync::OnceLock<NameIndex>,
}

impl PartialEq for LazyNameIndex {
    fn eq(&self, _other: &Self) -> bool {
        true
    }
}

impl LazyNameIndex {
    /// The index of `names` (all distinct), built now if it was not yet.
    fn built(&self, names: &Names) -> &NameIndex {
        self.cell.get_or_init(|| NameIndex::of_distinct(names))
    }

    /// Room for `additional` more names, if the index exists already.
    pub(crate) fn reserve(&mut self, additional: usize) {
        if let Some(index) = self.cell.get_mut() {
            index.reserve(additional);
        }
    }

    /// The id of `name` (see [`NameIndex::get`]).
    #[inline]
    pub(crate) fn get(&self, name: &str, names: &Names) -> Option<u32> {
        self.built(names).get(name, names)
    }

    /// Records `name` with id `names.len()`, or returns the id it already
    /// has (see [`NameIndex::insert`]).
    pub(crate) fn insert(&mut self, name: &str, names: &Names) -> Result<(), u32> {
        self.built(names);
        match self.cell.get_mut() {
            Some(index) => index.insert(name, names),
            None => unreachable!("the index was just built"),
        }
    }

    /// Records `name`, which the caller guarantees is not among `names`,
    /// with id `names.len()`: only if the index exists already.
    /// Debug builds always index, so that a caller breaking the promise
    /// fails there.
    pub(crate) fn push_trusted(&mut self, name: &str, names: &Names) {
        if cfg!(debug_assertions) {
            self.built(names);
        }
        if let Some(index) = self.cell.get_mut() {
            let fresh = index.insert(name, names);
            debug_assert!(fresh.is_ok(), "a trusted name is new");
        }
    }

    /// Forgets the last name (see [`NameIndex::remove_last`]).
    pub(crate) fn remove_last(&mut self, names: &Names) {
        if let Some(index) = self.cell.get_mut() {
            index.remove_last(names);
        }
    }
}

/// A name borrowed from a file, as a map key: its length and first and last
/// eight bytes (overlapping for names of 8 to 16 bytes; for shorter names
/// `head` holds all the bytes, little-endian, with zeros above, and `tail`
/// is zero) are kept inline, which for names of at most 16 bytes determines
/// the name, so most comparisons read no text and call no `memcmp`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NameKey<'a> {
    head: u64,
    tail: u64,
    name: &'a str,
}

/// The eight bytes of `bytes` from `at` as a little-endian word (the
/// caller checks `at + 8 <= bytes.len()`).
#[inline]
fn word(bytes: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(w)
}

impl<'a> NameKey<'a> {
    #[inline]
    pub(crate) fn new(name: &'a str) -> Self {
        let b = name.as_bytes();
        let (head, tail) = if b.len() >= 8 {
            (word(b, 0), word(b, b.len() - 8))
        } else if b.len() >= 4 {
            // Two overlapping four-byte reads; the overlap holds the same
            // bytes in both, so `|` joins them into the little-endian word.
            let mut first = [0u8; 4];
            let mut last = [0u8; 4];
            first.copy_from_slice(&b[..4]);
            last.copy_from_slice(&b[b.len() - 4..]);
            let shift = 8 * (b.len() - 4);
            (
                u64::from(u32::from_le_bytes(first))
                    | (u64::from(u32::from_le_bytes(last)) << shift),
                0,
            )
        } else {
            let mut w = 0u64;
            for (k, &byte) in b.iter().enumerate() {
                w |= u64::from(byte) << (8 * k);
            }
            (w, 0)
        };
        NameKey { head, tail, name }
    }

    /// The key of `name` from words a scanner has already read: `first`,
    /// the eight bytes from the start of `name` (any bytes past its end
    /// when it is shorter), and `last`, the eight bytes ending where it
    /// ends (ignored when it is shorter than eight bytes). Equal to
    /// [`NameKey::new`]`(name)` when the words are as described.
    #[inline]
    pub(crate) fn from_words(name: &'a str, first: u64, last: u64) -> Self {
        let len = name.len();
        let key = if len >= 8 {
            NameKey {
                head: first,
                tail: last,
                name,
            }
        } else {
            NameKey {
                head: first & ((1u64 << (8 * len)) - 1),
                tail: 0,
                name,
            }
        };
        debug_assert!(key == NameKey::new(name));
        key
    }

    /// The name.
    #[inline]
    pub(crate) fn name(&self) -> &'a str {
        self.name
    }
}

impl PartialEq for NameKey<'_> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        // Equal lengths and equal first and last eight bytes: equal names
        // unless longer than 16 bytes, where the middle is compared too.
        self.head == other.head
            && self.tail == other.tail
            && self.name.len() == other.name.len()
            && (self.name.len() <= 16 || self.name == other.name)
    }
}

impl Eq for NameKey<'_> {}

impl std::hash::Hash for NameKey<'_> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        if self.name.len() <= 16 {
            state.write_u64(self.head);
            state.write_u64(self.tail ^ ((self.name.len() as u64) << 56));
        } else {
            state.write(self.name.as_bytes());
        }
    }
}

/// A map from names borrowed from a file to `V`: an open-addressing table
/// (linear probing, at most half full) of indexes into a vector of
/// `(key, value, hash)` entries, compared through [`NameKey`].
///
/// The hash of a name of at most 16 bytes is one 64x64 → 128-bit multiply
/// of its two inline words, folded, with per-map random keys (as in
/// foldhash): so crafted names cannot force collisions predictably, and a
/// look-up of a short name reads no text outside the key.
#[derive(Clone, Debug)]
pub(crate) struct NameMap<'a, V> {
    keys: [u64; 2],
    /// `0` for an empty slot, else the entry's index + 1 in the low 32
    /// bits and the hash's high 32 bits above them.
    slots: Vec<u64>,
    entries: Vec<(NameKey<'a>, V, u64)>,
}

impl<V> Default for NameMap<'_, V> {
    fn default() -> Self {
        let seed = NameHash::new().seed;
        NameMap {
            keys: [seed, seed.rotate_left(32) ^ 0x2d35_8dcc_aa6c_78a5],
            slots: Vec::new(),
            entries: Vec::new(),
        }
    }
}

/// The 128-bit product of `a` and `b`, its halves xored.
#[inline]
fn folded_multiply(a: u64, b: u64) -> u64 {
    let full = u128::from(a) * u128::from(b);
    (full as u64) ^ ((full >> 64) as u64)
}

impl<'a, V: Copy> NameMap<'a, V> {
    #[inline(always)]
    fn hash(&self, key: &NameKey<'_>) -> u64 {
        let len = key.name.len() as u64;
        if key.name.len() <= 16 {
            folded_multiply(
                key.head ^ self.keys[0],
                key.tail ^ self.keys[1] ^ (len << 56),
            )
        } else {
            let mut h = self.keys[0] ^ len;
            let bytes = key.name.as_bytes();
            let mut chunks = bytes.chunks_exact(8);
            for chunk in &mut chunks {
                let mut w = [0u8; 8];
                w.copy_from_slice(chunk);
                h = folded_multiply(h ^ u64::from_le_bytes(w), self.keys[1] ^ MULTIPLIER);
            }
            folded_multiply(h ^ key.tail, self.keys[1])
        }
    }

    /// Room for `additional` more names without growing.
    pub(crate) fn reserve(&mut self, additional: usize) {
        let needed = 2 * (self.entries.len() + additional);
        if needed > self.slots.len() {
            self.rebuild(needed.next_power_of_two().max(16));
        }
        self.entries.reserve(additional);
    }

    fn rebuild(&mut self, capacity: usize) {
        self.slots.clear();
        self.slots.resize(capacity, 0);
        let mask = capacity - 1;
        for (k, entry) in self.entries.iter().enumerate() {
            let h = entry.2;
            let mut i = h as usize & mask;
            while self.slots[i] != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = (h & !0xffff_ffff) | (k as u64 + 1);
        }
    }

    /// The slot of `key` (hash `h`): `Ok(entry index)` if present, else
    /// `Err(empty slot)`. The table must have at least one slot.
    #[inline(always)]
    fn find(&self, key: &NameKey<'_>, h: u64) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let tag = h & !0xffff_ffff;
        let mut i = h as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return Err(i);
            }
            if slot & !0xffff_ffff == tag {
                let k = (slot & 0xffff_ffff) as usize - 1;
                if self.entries[k].0 == *key {
                    return Ok(k);
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// The value of `name`, if present.
    #[inline]
    pub(crate) fn get(&self, name: &str) -> Option<&V> {
        self.get_key(&NameKey::new(name))
    }

    /// The value of the name of `key`, if present.
    #[inline(always)]
    pub(crate) fn get_key(&self, key: &NameKey<'_>) -> Option<&V> {
        if self.entries.is_empty() {
            return None;
        }
        let h = self.hash(key);
        self.find(key, h).ok().map(|k| &self.entries[k].1)
    }

    /// Whether `name` is present.
    pub(crate) fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// Gives `name` the value `value` unless it has one: then that one is
    /// returned and the map is unchanged.
    #[inline]
    pub(crate) fn insert_new(&mut self, name: &'a str, value: V) -> Result<(), V> {
        self.insert_key(NameKey::new(name), value)
    }

    /// [`insert_new`](Self::insert_new) with the name's key.
    #[inline]
    pub(crate) fn insert_key(&mut self, key: NameKey<'a>, value: V) -> Result<(), V> {
        if 2 * (self.entries.len() + 1) > self.slots.len() {
            self.rebuild((2 * self.slots.len()).max(16));
        }
        let h = self.hash(&key);
        match self.find(&key, h) {
            Ok(k) => Err(self.entries[k].1),
            Err(i) => {
                // Fewer than 2^32 entries: a map holds what a file
                // declared, and ids are `u32` below `u32::MAX`.
                self.slots[i] = (h & !0xffff_ffff) | (self.entries.len() as u64 + 1);
                self.entries.push((key, value, h));
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_differing_in_one_digit_spread_over_buckets() {
        let h = NameHash::new();
        let buckets: std::collections::HashSet<u64> = (0..1000)
            .map(|i| h.hash_one(format!("R{i:04}")) & 1023)
            .collect();
        // 1000 random draws from 1024 buckets hit about 630 distinct ones.
        assert!(buckets.len() > 500, "{} buckets", buckets.len());
    }

    #[test]
    fn insert_get_and_remove_last_agree_with_a_plain_map() {
        let mut index = NameIndex::default();
        let mut names = Names::new();
        for i in 0..500 {
            let name = format!("x{i}");
            assert_eq!(index.insert(&name, &names), Ok(()));
            names.push(&name);
        }
        assert_eq!(index.insert("x42", &names), Err(42));
        for (i, name) in names.iter().enumerate() {
            assert_eq!(index.get(name, &names), Some(i as u32));
        }
        assert_eq!(index.get("y", &names), None);
        index.remove_last(&names);
        let gone = names.last().unwrap().to_string();
        names.pop();
        assert_eq!(index.get(&gone, &names), None);
        assert_eq!(index.insert(&gone, &names), Ok(()));
    }

    #[test]
    fn a_full_hash_collision_goes_to_the_overflow_map() {
        let mut index = NameIndex::default();
        let mut names: Names = ["first"].iter().collect();
        // Pretend "second" has the hash of "first".
        let h_first = index.hash.hash_one("first");
        index.by_hash.insert(h_first, 0);
        let h_second = index.hash.hash_one("second");
        index.by_hash.insert(h_second, 0);
        assert_eq!(index.insert("second", &names), Ok(()));
        names.push("second");
        assert_eq!(index.overflow.get("second"), Some(&1));
        assert_eq!(index.get("second", &names), Some(1));
        assert_eq!(index.get("first", &names), Some(0));
        assert_eq!(index.insert("second", &names), Err(1));
        index.remove_last(&names);
        names.pop();
        assert!(index.overflow.is_empty());
        assert_eq!(index.get("second", &names), None);
    }

    #[test]
    fn name_keys_are_equal_exactly_when_the_names_are() {
        let names = [
            "",
            "a",
            "ab",
            "abc",
            "abcd",
            "abce",
            "bbcd",
            "abcde",
            "abcdefg",
            "abcdefgh",
            "abcdefgi",
            "bbcdefgh",
            "abcdefghi",
            "abcdefghij",
            "abcdefghijklmnop",
            "abcdefghijklmnoq",
            "abcdefghijklmnopq",
            "abcdefghXjklmnopq",
            "abcdefghijklmnopqr",
            "abcdefghijXlmnopqr",
            "é",
            "éé",
            "R0000001",
            "R0000010",
            "R0000100",
            "a\u{0}",
            "a\u{0}\u{0}",
            "\u{0}a",
        ];
        let h = NameHash::new();
        for x in names {
            for y in names {
                let (kx, ky) = (NameKey::new(x), NameKey::new(y));
                assert_eq!(kx == ky, x == y, "{x:?} {y:?}");
                if x == y {
                    assert_eq!(h.hash_one(kx), h.hash_one(ky));
                }
            }
        }
    }

    #[test]
    fn name_map_finds_what_was_inserted_and_nothing_else() {
        let owned: Vec<String> = (0..2000).map(|i| format!("name_{i}_{}", i % 7)).collect();
        let mut map = NameMap::default();
        for (i, name) in owned.iter().enumerate() {
            assert_eq!(map.insert_new(name.as_str(), i), Ok(()));
        }
        for (i, name) in owned.iter().enumerate() {
            assert_eq!(map.get(name), Some(&i));
            let other = format!("{name}x");
            assert!(!map.contains_key(&other));
        }
        assert_eq!(map.insert_new(owned[7].as_str(), 0), Err(7));
        let long = "a name much longer than sixteen bytes";
        assert!(!map.contains_key(long));
        assert_eq!(map.insert_new(long, 9), Ok(()));
        assert_eq!(map.get(long), Some(&9));
        assert!(!map.contains_key("a name much longer than sixteen byteZ"));
    }
}
