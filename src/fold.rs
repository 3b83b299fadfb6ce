//! Case folding for look-ups on the hot path, without allocating, and [`WordSet`], a fixed
//! set of words compiled into the binary.

/// Calls `f` with the bytes of `word` in lower case: folded in a stack buffer when the word
/// is short ASCII (nearly every word of news text), in a new string otherwise (full Unicode
/// lower case). Bytes rather than `&str`, so that the folded word needs no second UTF-8
/// check: the look-ups it feeds are keyed by bytes.
#[inline]
pub(crate) fn with_lowercase_bytes<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buffer = [0u8; 32];
    let bytes = word.as_bytes();
    if bytes.len() <= buffer.len() {
        // Copied, folded and checked for ASCII in one pass (three passes, one of them a call
        // to `memcpy`, cost more than the few bytes of a word).
        let mut high = 0u8;
        for (slot, &b) in buffer.iter_mut().zip(bytes) {
            *slot = b.to_ascii_lowercase();
            high |= b;
        }
        if high < 0x80 {
            return f(&buffer[..bytes.len()]);
        }
    }
    f(word.to_lowercase().as_bytes())
}

/// A fixed set of words, hashed at compile time into an open-addressing table of `N` slots
/// (a power of two, at least twice the number of words). A look-up hashes the word once and
/// compares it with the one or two words in its probe sequence, where a slice's `contains`
/// compares it with every word of the list: these lists are consulted for most words near a
/// name or a quotation.
pub(crate) struct WordSet<const N: usize> {
    slots: [&'static str; N],
}

/// FNV-1a over bytes, folding ASCII to lower case when `fold` is set (usable in `const`).
const fn hash(bytes: &[u8], fold: bool) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        let b = if fold {
            bytes[i].to_ascii_lowercase()
        } else {
            bytes[i]
        };
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

impl<const N: usize> WordSet<N> {
    /// The set of `words` (none empty). Fails to compile when `N` is not a power of two with
    /// room for twice the words, or a word is empty.
    pub(crate) const fn new(words: &[&'static str]) -> WordSet<N> {
        assert!(N.is_power_of_two() && N >= 2 * words.len());
        let mut slots = [""; N];
        let mut k = 0;
        while k < words.len() {
            let word = words[k].as_bytes();
            assert!(!word.is_empty());
            let mut slot = hash(word, false) as usize & (N - 1);
            loop {
                if slots[slot].is_empty() {
                    slots[slot] = words[k];
                    break;
                }
                if same(slots[slot].as_bytes(), word) {
                    break; // listed twice
                }
                slot = (slot + 1) & (N - 1);
            }
            k += 1;
        }
        WordSet { slots }
    }

    /// True when `word` is in the set (exactly, case included).
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.probe(word.as_bytes(), false)
    }

    /// True when the word of these bytes is in the set (exactly, case included).
    #[inline]
    pub(crate) fn contains_bytes(&self, word: &[u8]) -> bool {
        self.probe(word, false)
    }

    /// [`Self::contains_folded`] for the word of these bytes.
    #[inline]
    pub(crate) fn contains_folded_bytes(&self, word: &[u8]) -> bool {
        self.probe(word, true)
    }

    /// True when `word`, its ASCII letters in lower case, is in the set (only ASCII is folded:
    /// the lists are English words, and a word outside ASCII is then never a member).
    #[inline]
    pub(crate) fn contains_folded(&self, word: &str) -> bool {
        self.probe(word.as_bytes(), true)
    }

    fn probe(&self, word: &[u8], fold: bool) -> bool {
        if word.is_empty() {
            return false;
        }
        let mut slot = hash(word, fold) as usize & (N - 1);
        loop {
            let entry = self.slots[slot].as_bytes();
            if entry.is_empty() {
                return false;
            }
            let equal = if fold {
                entry.len() == word.len()
                    && entry
                        .iter()
                        .zip(word)
                        .all(|(e, w)| *e == w.to_ascii_lowercase())
            } else {
                entry == word
            };
            if equal {
                return true;
            }
            slot = (slot + 1) & (N - 1);
        }
    }
}

/// A quick test that a word may belong to a set of words, asked before the word is folded and
/// hashed: most words are not in the set and most of those are ruled out here. A word is keyed
/// by the low five bits of its first and last bytes (the same for an ASCII letter in either
/// case) and its length, so a word whose ASCII lower case is in the set always passes.
#[derive(Debug, Clone)]
pub(crate) struct ShapeFilter {
    /// For each pair of first and last byte keys, a bit for each length (31 for 31 and over).
    lengths: Box<[u32; 1024]>,
}

impl Default for ShapeFilter {
    fn default() -> ShapeFilter {
        ShapeFilter {
            lengths: Box::new([0; 1024]),
        }
    }
}

impl ShapeFilter {
    /// The slot and length bit of a word (not empty).
    #[inline]
    fn key(word: &[u8]) -> (usize, u32) {
        let first = (word[0] & 31) as usize;
        let last = (word[word.len() - 1] & 31) as usize;
        (first << 5 | last, 1 << word.len().min(31))
    }

    /// Adds `word`.
    pub(crate) fn insert(&mut self, word: &[u8]) {
        if !word.is_empty() {
            let (slot, bit) = ShapeFilter::key(word);
            self.lengths[slot] |= bit;
        }
    }

    /// False when neither `word` nor any word that differs from it only in the case of ASCII
    /// letters was inserted; true when one may have been.
    #[inline]
    pub(crate) fn may_contain(&self, word: &[u8]) -> bool {
        if word.is_empty() {
            return false;
        }
        let (slot, bit) = ShapeFilter::key(word);
        self.lengths[slot] & bit != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folds_short_ascii_and_long_or_accented_words_alike() {
        let folded = |w: &str| with_lowercase_bytes(w, |b| String::from_utf8(b.to_vec()).unwrap());
        assert_eq!(folded("Said"), "said");
        let long = "A".repeat(40);
        assert_eq!(folded(&long), "a".repeat(40));
        assert_eq!(folded("ÉCOLE"), "école");
    }

    proptest! {
        #[test]
        fn the_shape_filter_passes_every_member_in_any_ascii_case(
            words in proptest::collection::vec("[a-zA-Z'-]{1,40}", 1..20),
            probe in "[a-zA-Z'-]{1,40}",
        ) {
            let mut filter = ShapeFilter::default();
            for w in &words {
                filter.insert(w.to_ascii_lowercase().as_bytes());
            }
            for w in &words {
                prop_assert!(filter.may_contain(w.as_bytes()));
                prop_assert!(filter.may_contain(w.to_ascii_uppercase().as_bytes()));
            }
            if !filter.may_contain(probe.as_bytes()) {
                prop_assert!(!words.iter().any(|w| w.eq_ignore_ascii_case(&probe)));
            }
        }
    }

    #[test]
    fn the_shape_filter_rules_out_other_shapes() {
        let mut filter = ShapeFilter::default();
        filter.insert(b"said");
        assert!(filter.may_contain(b"Said"));
        assert!(filter.may_contain(b"shed"));
        assert!(!filter.may_contain(b"the"));
        assert!(!filter.may_contain(b"saids"));
        assert!(!filter.may_contain(b""));
    }

    const WORDS: &[&str] = &["the", "a", "an", "his", "The", "of", "for", "x", "Ministry"];
    static SET: WordSet<32> = WordSet::new(WORDS);

    #[test]
    fn finds_its_words_and_nothing_else() {
        for w in WORDS {
            assert!(SET.contains(w), "{w}");
        }
        for w in ["", "th", "thee", "A", "ministry", "for ", "fo"] {
            assert!(!SET.contains(w), "{w:?}");
        }
        assert!(SET.contains_folded("OF") && SET.contains_folded("His"));
        // Folding lowers the word, not the list: "Ministry" is listed capitalised.
        assert!(!SET.contains_folded("Ofs") && !SET.contains_folded("MINISTRY"));
    }

    proptest! {
        #[test]
        fn agrees_with_the_list(word in "[a-zA-Z ]{0,9}") {
            prop_assert_eq!(SET.contains(&word), WORDS.contains(&word.as_str()));
            let lower = word.to_ascii_lowercase();
            prop_assert_eq!(SET.contains_folded(&word), WORDS.contains(&lower.as_str()));
        }
    }
}
