//! A hash map keyed by short byte strings (words) stored inside the table, not behind a
//! pointer: a look-up touches one place in memory instead of two, which matters for tables of
//! tens of thousands of words consulted for every capitalised word of the text.

use rustc_hash::FxHashMap as HashMap;

/// Keys up to this many bytes are stored inline (nearly every word and name).
const INLINE: usize = 23;

/// A key of at most [`INLINE`] bytes, zero-padded, kept as three words: hashed and compared
/// a word at a time (three multiplications), where hashing its bytes as a slice (the derived
/// `Hash` of a byte array) went through a loop over bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct InlineKey([u64; 3]);

impl std::hash::Hash for InlineKey {
    #[inline]
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u64(self.0[0]);
        state.write_u64(self.0[1]);
        state.write_u64(self.0[2]);
    }
}

impl InlineKey {
    fn new(word: &[u8]) -> Option<InlineKey> {
        if word.len() > INLINE {
            return None;
        }
        let mut bytes = [0u8; INLINE + 1];
        bytes[..word.len()].copy_from_slice(word);
        Some(InlineKey::from_padded(&bytes, word.len()))
    }

    /// The key of `padded[..len]`, where `padded` holds at least [`INLINE`] bytes and is
    /// zero from `len` on up to there. The length goes in the last byte (a key's bytes
    /// stop short of it), so that "a" and "a\0" differ.
    #[inline]
    fn from_padded(padded: &[u8], len: usize) -> InlineKey {
        let word = |k: usize| u64::from_le_bytes(padded[8 * k..8 * k + 8].try_into().expect("8"));
        let last = u64::from_le_bytes({
            let mut b = [0u8; 8];
            b[..7].copy_from_slice(&padded[16..23]);
            b[7] = len as u8;
            b
        });
        InlineKey([word(0), word(1), last])
    }
}

/// A map from words (byte strings) to `V`.
#[derive(Debug, Clone)]
pub(crate) struct WordMap<V> {
    short: HashMap<InlineKey, V>,
    long: HashMap<Box<[u8]>, V>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            short: HashMap::default(),
            long: HashMap::default(),
        }
    }
}

impl<V> WordMap<V> {
    /// The value of `word`, inserting `V::default()` first when it is absent.
    pub(crate) fn entry_or_default(&mut self, word: &[u8]) -> &mut V
    where
        V: Default,
    {
        match InlineKey::new(word) {
            Some(key) => self.short.entry(key).or_default(),
            None => self.long.entry(word.into()).or_default(),
        }
    }

    /// The value of the word `padded[..len]`, where `padded` is zero from `len` on for at
    /// least [`INLINE`] bytes: a short key is then read from it in place, not copied.
    #[inline]
    pub(crate) fn get_zero_padded(&self, padded: &[u8], len: usize) -> Option<&V> {
        if len <= INLINE && padded.len() >= INLINE {
            debug_assert!(padded[len..INLINE].iter().all(|&b| b == 0));
            return self.short.get(&InlineKey::from_padded(padded, len));
        }
        self.get(&padded[..len])
    }

    /// The value of `word`.
    #[inline]
    pub(crate) fn get(&self, word: &[u8]) -> Option<&V> {
        match InlineKey::new(word) {
            Some(key) => self.short.get(&key),
            None => self.long.get(word),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_words_are_found() {
        let mut map: WordMap<u32> = WordMap::default();
        let long = b"a surface longer than twenty-three bytes";
        *map.entry_or_default(b"paris") = 1;
        *map.entry_or_default(long) = 2;
        *map.entry_or_default(b"") += 3;
        assert_eq!(map.get(b"paris"), Some(&1));
        assert_eq!(map.get(long), Some(&2));
        assert_eq!(map.get(b""), Some(&3));
        assert_eq!(map.get(b"pari"), None);
        assert_eq!(map.get(b"paris\0"), None, "padding is not part of the key");
        assert_eq!(map.get(&long[..30]), None);
        let mut padded = [0u8; 64];
        assert_eq!(map.get_zero_padded(&padded, 0), Some(&3));
        padded[..5].copy_from_slice(b"paris");
        assert_eq!(map.get_zero_padded(&padded, 5), Some(&1));
        padded[4] = 0;
        assert_eq!(map.get_zero_padded(&padded, 4), None);
        padded[..long.len()].copy_from_slice(long);
        assert_eq!(map.get_zero_padded(&padded, long.len()), Some(&2));
    }
}
