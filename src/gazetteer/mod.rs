//! Gazetteers: named-entity lists (TSV) compiled for look-ups at candidate word starts only:
//! the surfaces of several words into one Aho-Corasick automaton (anchored, leftmost-longest),
//! the surfaces of one word into a hash table; plus the word lists the entity rules consult
//! ([`Lexicon`]).
//!
//! An entity list has the columns `surface, label, canonical, id, flags`; several entries may
//! share a surface (Georgia the country and the US state; Jordan the country), and all of them
//! are kept: the rules decide. Look-ups fold ASCII case so that headlines in capitals ("JAPAN
//! GET LUCKY WIN") find their entries; [`Gazetteer::match_at`] then accepts a match only when
//! the text has the entry's own case or is entirely upper case.
//!
//! Why two structures: building the automaton is most of the pipeline's build time and grows
//! with its patterns, and three fifths of the surfaces are one word, for which a hash look-up
//! per place where a word ends is as fast as walking the automaton.

pub mod defaults;
pub mod lexicon;
mod tsv;
mod words;

use rustc_hash::FxHashMap as HashMap;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use words::WordMap;

use crate::error::{Error, Result};
use crate::swar::{ascii_letter_digit_masks, ascii_lowercase, ascii_space_mask, load8, HIGH};
pub use lexicon::{Lexicon, OrgConnector, TitleKind};

/// The most bytes of text one look-up reads (the longest surface must fit).
const WINDOW: usize = 128;

/// An entity label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Label {
    /// A person.
    Per,
    /// An organisation.
    Org,
    /// A place.
    Loc,
}

impl Label {
    /// The label as written in the output: `PER`, `ORG` or `LOC`.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
        }
    }
}

impl std::str::FromStr for Label {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Label, String> {
        match s {
            "PER" => Ok(Label::Per),
            "ORG" => Ok(Label::Org),
            "LOC" => Ok(Label::Loc),
            _ => Err(format!("unknown label {s:?} (expected PER, ORG or LOC)")),
        }
    }
}

/// One gazetteer entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The form as written in text ("U.S.").
    pub surface: Box<str>,
    /// What it names.
    pub label: Label,
    /// The canonical name ("United States").
    pub canonical: Box<str>,
    /// A stable identifier (Wikidata QID, `geonames:ID`, `wigos:ID`) when the source has one.
    pub id: Option<Box<str>>,
    /// The surface is also an ordinary English word (Nice, Reading, May): it needs context.
    pub common: bool,
    /// Index of the list it came from (see [`Gazetteer::sources`]).
    pub source: u16,
}

/// Counts of entries per label for one source list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceStats {
    /// The list's name (file name).
    pub name: String,
    /// Entries labelled PER, ORG and LOC.
    pub per: usize,
    /// Entries labelled ORG.
    pub org: usize,
    /// Entries labelled LOC.
    pub loc: usize,
}

/// Collects entity lists, then compiles them.
#[derive(Debug, Default)]
pub struct GazetteerBuilder {
    entries: Vec<Entry>,
    sources: Vec<SourceStats>,
}

impl GazetteerBuilder {
    /// An empty builder.
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// Adds the entries of one TSV list (`surface, label, canonical, id, flags`; `#` starts a
    /// comment line). `name` is used in error messages and statistics.
    pub fn add_tsv(&mut self, name: &str, contents: &str) -> Result<&mut GazetteerBuilder> {
        let source = u16::try_from(self.sources.len())
            .map_err(|_| Error::config("too many gazetteer lists (at most 65,535)"))?;
        let mut stats = SourceStats {
            name: name.to_string(),
            ..SourceStats::default()
        };
        for (index, line) in contents.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let entry = parse_entry(line, source).map_err(|m| Error::data(name, index + 1, m))?;
            match entry.label {
                Label::Per => stats.per += 1,
                Label::Org => stats.org += 1,
                Label::Loc => stats.loc += 1,
            }
            self.entries.push(entry);
        }
        self.sources.push(stats);
        Ok(self)
    }

    /// Compiles every entry into one automaton.
    pub fn build(self) -> Result<Gazetteer> {
        // One pattern per distinct lower-cased surface; its entries are listed together.
        let mut pattern_of: HashMap<String, usize> = HashMap::default();
        let mut patterns: Vec<String> = Vec::new();
        let mut entries_of: Vec<Vec<u32>> = Vec::new();
        for (index, entry) in self.entries.iter().enumerate() {
            let key = entry.surface.to_ascii_lowercase();
            let pattern = *pattern_of.entry(key.clone()).or_insert_with(|| {
                patterns.push(key);
                entries_of.push(Vec::new());
                patterns.len() - 1
            });
            entries_of[pattern].push(index as u32);
        }
        // Surfaces of one word ("Japan", "U.S.", "AT&T": three fifths of them) are looked up
        // in a hash table; only those of several words go into the automaton, whose
        // construction is most of the pipeline's build time and grows with its patterns.
        // The table also marks the words that start a surface of several words, so that the
        // automaton is searched only where one can match.
        let mut words: WordMap<WordKey> = WordMap::default();
        let mut word_ends = [false; 256];
        let mut phrases: Vec<&str> = Vec::new();
        let mut phrase_patterns: Vec<u32> = Vec::new();
        for (index, pattern) in patterns.iter().enumerate() {
            let bytes = pattern.as_bytes();
            match bytes.iter().position(u8::is_ascii_whitespace) {
                Some(space) => {
                    phrases.push(pattern);
                    phrase_patterns.push(index as u32);
                    words.entry_or_default(&bytes[..space]).starts_phrase = true;
                    words
                        .entry_or_default(&bytes[..second_word_end(bytes, space)])
                        .heads_phrase = true;
                }
                None => {
                    words.entry_or_default(bytes).pattern = Some(index as u32);
                    if let Some(&last) = bytes.last() {
                        word_ends[last as usize] = true;
                    }
                }
            }
        }
        // The automaton kind is left to the library: a DFA over tens of thousands of patterns
        // would take hundreds of megabytes, and anchored searches at word starts are short.
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&phrases)
            .map_err(|e| Error::config(format!("cannot compile the gazetteer automaton: {e}")))?;
        // Surfaces longer than the look-up window cannot match; the lists have none.
        let longest = patterns
            .iter()
            .map(String::len)
            .max()
            .unwrap_or(0)
            .min(WINDOW);
        Ok(Gazetteer {
            automaton,
            phrase_patterns,
            words,
            word_ends,
            longest,
            entries: self.entries,
            entries_of,
            sources: self.sources,
        })
    }
}

fn parse_entry(line: &str, source: u16) -> std::result::Result<Entry, String> {
    let fields = tsv::Fields::of(line);
    if !(3..=5).contains(&fields.len()) {
        return Err(format!(
            "expected 3 to 5 tab-separated fields (surface, label, canonical, id, flags), found {}",
            fields.len()
        ));
    }
    let surface = fields[0].trim();
    if surface.is_empty() {
        return Err("empty surface form".into());
    }
    let label: Label = fields[1].trim().parse()?;
    let canonical = fields[2].trim();
    if canonical.is_empty() {
        return Err("empty canonical name".into());
    }
    let id = fields.get(3).map(|s| s.trim()).filter(|s| !s.is_empty());
    let flags = fields.get(4).unwrap_or("");
    let mut common = false;
    for flag in flags.split(',').map(str::trim).filter(|f| !f.is_empty()) {
        match flag {
            "common" => common = true,
            "ambiguous" => {}
            other => {
                return Err(format!(
                    "unknown flag {other:?} (expected common or ambiguous)"
                ))
            }
        }
    }
    Ok(Entry {
        surface: surface.into(),
        label,
        canonical: canonical.into(),
        id: id.map(Into::into),
        common,
        source,
    })
}

/// The compiled entity lists. Read-only and `Send + Sync`.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    /// The surfaces of several words, lower-cased.
    automaton: AhoCorasick,
    /// The pattern (index into `entries_of`) of each automaton pattern.
    phrase_patterns: Vec<u32>,
    /// Lower-cased words: the surfaces of one word, and the first words of the others; and
    /// the first two words of the surfaces of several words, up to the white space after the
    /// second (keys with white space, so never taken for a word).
    words: WordMap<WordKey>,
    /// The bytes that end a surface of one word ("." for "U.S.", not ","): a word cut before
    /// any other byte is no entry, and needs no look-up.
    word_ends: [bool; 256],
    /// Length in bytes of the longest surface: the most text a match can cover.
    longest: usize,
    entries: Vec<Entry>,
    /// Entry indices per pattern (distinct lower-cased surface).
    entries_of: Vec<Vec<u32>>,
    sources: Vec<SourceStats>,
}

/// What the gazetteer knows of a lower-cased word.
#[derive(Debug, Clone, Copy, Default)]
struct WordKey {
    /// The pattern whose surface is this word.
    pattern: Option<u32>,
    /// Some surface of several words starts with this word.
    starts_phrase: bool,
    /// Some surface of several words starts with these two words (see
    /// [`Gazetteer::may_start_phrase`]).
    heads_phrase: bool,
}

/// A gazetteer match at a word start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GazetteerMatch<'g> {
    /// End byte of the match in the text.
    pub end: usize,
    /// Every entry with this surface whose case fits the text.
    pub entries: &'g [u32],
}

impl Gazetteer {
    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there is no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry with index `index`.
    pub fn entry(&self, index: u32) -> &Entry {
        &self.entries[index as usize]
    }

    /// Statistics per source list, in the order the lists were added.
    pub fn sources(&self) -> &[SourceStats] {
        &self.sources
    }

    /// True when some entry of one word has the surface `word` (case aside): a look-up bounded
    /// by the end of `word` finds nothing at a word that this is false for.
    pub fn has_word_entry(&self, word: &str) -> bool {
        let lower = word.to_ascii_lowercase();
        self.words
            .get(lower.as_bytes())
            .is_some_and(|key| key.pattern.is_some())
    }

    /// The entries whose surface is the whole of `name` (case fitting as for [`Self::match_at`]),
    /// empty when the lists have no such entry.
    pub fn entries_named(&self, name: &str) -> &[u32] {
        self.match_at(name, 0, name.len())
            .filter(|found| found.end == name.len())
            .map_or(&[], |found| found.entries)
    }

    /// The longest entry starting exactly at byte `at` of `text` and ending at a word boundary,
    /// whose case fits: the text equals the surface exactly, or is all upper case (a headline).
    /// `limit` bounds the match (the end of the sentence).
    pub fn match_at<'g>(
        &'g self,
        text: &str,
        at: usize,
        limit: usize,
    ) -> Option<GazetteerMatch<'g>> {
        // The patterns are lower case: the text a match can cover is lower-cased into a stack
        // buffer (ASCII only, so byte offsets do not move), which keeps the look-ups
        // case-sensitive, the automaton smaller and faster to build. First only the run of
        // text up to white space: most capitalised words start no surface of several words.
        let bytes = text.as_bytes();
        let window_end = limit.min(at + self.longest);
        // The run is copied and lower-cased in one pass, which also notes whether it is all
        // ASCII letters and digits ("Smith", not "Smith," or "U.S."): then the run's end is
        // the only place where a word can end, and no shorter entry need be tried.
        // (Eight bytes of room past the window for the last eight-byte store.)
        let mut buffer = [0u8; WINDOW + 8];
        let (run_len, plain) = lowercase_run(bytes, at, window_end, &mut buffer);
        let run_end = at + run_len;
        // The buffer past the run is still zero, as the table's short keys are padded.
        let key = self
            .words
            .get_zero_padded(&buffer, run_len)
            .copied()
            .unwrap_or_default();
        // An entry of several words is longer than any of one word: it is tried first.
        // The automaton is walked only when the first two words can start such an entry:
        // most words that start one (The, New, South) are followed by a word that none has.
        if key.starts_phrase && run_end < window_end {
            let second_end = at + second_word_end(&bytes[at..window_end], run_end - at);
            let window = &mut buffer[..window_end - at];
            window[run_end - at..second_end - at].copy_from_slice(&bytes[run_end..second_end]);
            window[run_end - at..second_end - at].make_ascii_lowercase();
            if self.may_start_phrase(&window[..second_end - at], run_end - at) {
                window[second_end - at..].copy_from_slice(&bytes[second_end..window_end]);
                window[second_end - at..].make_ascii_lowercase();
                if let Some(found) = self.phrase_at(text, at, window) {
                    return Some(found);
                }
            }
        }
        if plain {
            // Only the whole run can be an entry (its every byte is followed by a letter or
            // digit but the last): the one look-up above.
            let next = bytes.get(run_end).copied();
            if next.is_some_and(continues_word) {
                return None;
            }
            return key.pattern.and_then(|p| self.fits(text, at, run_end, p));
        }
        self.word_at(text, at, &buffer[..run_len], key)
    }

    /// False when no entry of several words can match at the start of `two_words`: the
    /// lower-cased text up to the white space after its second word, whose first white space
    /// is at `space`. An entry that matches (and ends at a word boundary, as
    /// [`Gazetteer::fits`] demands) has as its first two words either all of `two_words` or
    /// `two_words` cut where its second word meets a byte that is neither an ASCII letter or
    /// digit nor inside a character; both are looked up among the words.
    fn may_start_phrase(&self, two_words: &[u8], space: usize) -> bool {
        let heads = |key: &[u8]| self.words.get(key).is_some_and(|key| key.heads_phrase);
        heads(two_words)
            || (space + 1..two_words.len()).rev().any(|cut| {
                let next = two_words[cut];
                !continues_word(next) && heads(&two_words[..cut])
            })
    }

    /// The longest entry of several words at `at` (see [`Gazetteer::match_at`]), over the
    /// lower-cased `window` of text there.
    fn phrase_at<'g>(&'g self, text: &str, at: usize, window: &[u8]) -> Option<GazetteerMatch<'g>> {
        let mut end_limit = window.len();
        // Usually one try; when the longest match ends inside a word ("New Yorkers"), retry
        // with the input cut before it so that a shorter entry can match.
        for _ in 0..4 {
            let input = Input::new(window)
                .range(..end_limit)
                .anchored(Anchored::Yes);
            let found = self.automaton.find(input)?;
            let end = at + found.end();
            let pattern = self.phrase_patterns[found.pattern().as_usize()];
            if let Some(found) = self.fits(text, at, end, pattern) {
                return Some(found);
            }
            if end <= at + 1 {
                return None;
            }
            end_limit = found.end() - 1;
        }
        None
    }

    /// The longest entry of one word at `at`, within the lower-cased `run` of text there (up
    /// to white space), whose whole is `run_key`: the run, or the run cut where a word ends
    /// ("Russia" in "Russia's").
    fn word_at<'g>(
        &'g self,
        text: &str,
        at: usize,
        run: &[u8],
        run_key: WordKey,
    ) -> Option<GazetteerMatch<'g>> {
        let bytes = text.as_bytes();
        // Longest first; a word can end only before a byte that is not an ASCII letter or
        // digit and not inside a character.
        for len in (1..=run.len()).rev() {
            let next = bytes.get(at + len).copied();
            if next.is_some_and(continues_word) {
                continue;
            }
            let pattern = if len == run.len() {
                run_key.pattern
            } else if self.word_ends[run[len - 1] as usize] {
                self.words.get(&run[..len]).and_then(|key| key.pattern)
            } else {
                None
            };
            if let Some(found) = pattern.and_then(|p| self.fits(text, at, at + len, p)) {
                return Some(found);
            }
        }
        None
    }

    /// The match of `pattern` over `text[at..end]`, when it ends a word and its case fits:
    /// the text equals one of its entries' surfaces, or is all upper case.
    fn fits<'g>(
        &'g self,
        text: &str,
        at: usize,
        end: usize,
        pattern: u32,
    ) -> Option<GazetteerMatch<'g>> {
        if !text.is_char_boundary(end) || !is_word_boundary(text, end) {
            return None;
        }
        let matched = &text[at..end];
        let entries = &self.entries_of[pattern as usize];
        let exact = || {
            entries
                .iter()
                .any(|&e| &*self.entries[e as usize].surface == matched)
        };
        let all_upper =
            || matched.chars().any(char::is_uppercase) && !matched.chars().any(char::is_lowercase);
        (exact() || all_upper()).then_some(GazetteerMatch { end, entries })
    }
}

/// Copies the run of `bytes[at..end]` up to the first ASCII white space into `buffer`, in
/// lower case (ASCII only, so byte offsets do not move), leaving the rest of `buffer` zero;
/// returns the run's length and whether it is all ASCII letters and digits. `end - at` must
/// be at most `buffer.len() - 8`.
///
/// Eight bytes at a time, the run's end read from a mask (a loop over bytes ends at a branch
/// mispredicted for nearly every word); near the end of the text, a byte at a time.
#[inline(always)]
fn lowercase_run(bytes: &[u8], at: usize, end: usize, buffer: &mut [u8]) -> (usize, bool) {
    let mut len = 0;
    let mut plain = true;
    while at + len + 8 <= bytes.len() {
        let word = load8(bytes, at + len);
        // Bit 7 of the lanes at or past `end`.
        let left = end - (at + len);
        let outside = if left >= 8 {
            0
        } else {
            !((1u64 << (8 * left)) - 1) & HIGH
        };
        let stop = ascii_space_mask(word) | outside;
        let taken = if stop == 0 {
            8
        } else {
            (stop.trailing_zeros() / 8) as usize
        };
        // The lanes of the run (all bits of each), the others cleared.
        let keep = if taken == 8 {
            u64::MAX
        } else {
            (1u64 << (8 * taken)) - 1
        };
        buffer[len..len + 8].copy_from_slice(&(ascii_lowercase(word) & keep).to_le_bytes());
        let (letter, digit) = ascii_letter_digit_masks(word);
        plain &= (letter | digit) & keep & HIGH == keep & HIGH;
        len += taken;
        if taken < 8 {
            return (len, plain);
        }
    }
    for (slot, &b) in buffer[len..].iter_mut().zip(&bytes[at + len..end]) {
        if b.is_ascii_whitespace() {
            break;
        }
        *slot = b.to_ascii_lowercase();
        plain &= b.is_ascii_alphanumeric();
        len += 1;
    }
    (len, plain)
}

/// True when a word cannot end before byte `b`: an ASCII letter or digit follows, or the
/// byte is inside a character (a continuation byte). What a match's end is tested against
/// before any look-up.
#[inline]
fn continues_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || (0x80..0xC0).contains(&b)
}

/// Where the second word of `bytes` ends (the white space after it, or the end), given the
/// white space that ends the first at `space`. The same for the entries, when the table of
/// first two words is built, and for the text, when it is looked up, so that the two agree.
fn second_word_end(bytes: &[u8], space: usize) -> usize {
    bytes[space + 1..]
        .iter()
        .position(u8::is_ascii_whitespace)
        .map_or(bytes.len(), |next| space + 1 + next)
}

/// True when byte `at` ends a word: end of text, or a character that is neither a letter nor a
/// digit, and not a hyphen that joins a further word ("Ukraine-based") nor a dollar sign that
/// makes a currency ("US$42m", "HK$").
fn is_word_boundary(text: &str, at: usize) -> bool {
    let mut rest = text[at..].chars();
    match rest.next() {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some('$') => false,
        Some('-') => !rest.next().is_some_and(char::is_alphabetic),
        Some(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The run copy agrees with a loop over bytes at every start and end, in ASCII and not,
    /// near the end of the text and far from it.
    #[test]
    fn lowercase_run_agrees_with_a_byte_loop() {
        let text = "Ab9Cd-EF Ghij\tKLMNOPQRSTUVwx yz\u{b}Ü\u{e9}x  U.S. New\nYORK\x0cz";
        let bytes = text.as_bytes();
        for at in 0..bytes.len() {
            for end in at..=bytes.len() {
                let mut expected = [0u8; 80];
                let mut len = 0;
                let mut plain = true;
                for &b in &bytes[at..end] {
                    if b.is_ascii_whitespace() {
                        break;
                    }
                    expected[len] = b.to_ascii_lowercase();
                    plain &= b.is_ascii_alphanumeric();
                    len += 1;
                }
                let mut buffer = [0u8; 80];
                assert_eq!(
                    lowercase_run(bytes, at, end, &mut buffer),
                    (len, plain),
                    "{at}..{end}"
                );
                assert_eq!(buffer, expected, "{at}..{end}");
            }
        }
    }

    fn gazetteer() -> Gazetteer {
        let mut builder = GazetteerBuilder::new();
        builder
            .add_tsv(
                "test.tsv",
                "#surface\tlabel\tcanonical\tid\tflags\nJapan\tLOC\tJapan\tQ17\t\nU.S.\tLOC\tUnited States\tQ30\t\nNew York\tLOC\tNew York City\t\t\nNew\tORG\tNew Party\t\t\nNice\tLOC\tNice\t\tcommon\nUkraine\tLOC\tUkraine\t\t\nAT&T\tORG\tAT&T\t\t\n",
            )
            .unwrap();
        builder.build().unwrap()
    }

    #[test]
    fn entries_of_several_words_match_where_their_second_word_is_cut() {
        let mut builder = GazetteerBuilder::new();
        builder
            .add_tsv(
                "test.tsv",
                "St. Louis\tLOC\tSt. Louis\nCôte d'Ivoire\tLOC\tIvory Coast\nNew York City\tLOC\tNew York City\nNew York\tLOC\tNew York\nBank of England\tORG\tBank of England\nSt.\tORG\tSt.\n",
            )
            .unwrap();
        let g = builder.build().unwrap();
        let found = |text: &'static str| g.match_at(text, 0, text.len()).map(|m| &text[..m.end]);
        // The second word ends the entry before punctuation or a possessive, or runs on.
        assert_eq!(found("St. Louis, Missouri"), Some("St. Louis"));
        assert_eq!(found("St. Louis's arch"), Some("St. Louis"));
        assert_eq!(found("Côte d'Ivoire's coast"), Some("Côte d'Ivoire"));
        assert_eq!(found("New York's mayor"), Some("New York"));
        assert_eq!(found("New York City Council"), Some("New York City"));
        assert_eq!(found("Bank of England."), Some("Bank of England"));
        assert_eq!(
            found("BANK OF ENGLAND RAISES RATES"),
            Some("BANK OF ENGLAND")
        );
        // No entry has these two words: the one-word entry, or nothing.
        assert_eq!(found("St. Lucia"), Some("St."));
        assert_eq!(found("New Yorkers"), None);
        assert_eq!(found("New York-based firm"), None);
        assert_eq!(found("Bank holiday"), None);
    }

    #[test]
    fn matches_at_word_starts_with_case_rules() {
        let g = gazetteer();
        let text = "JAPAN GET LUCKY WIN in Japan; japan; Japanese; U.S. troops; New Yorkers; Ukraine-based";
        let m = g.match_at(text, 0, text.len()).unwrap();
        assert_eq!(&text[..m.end], "JAPAN");
        let at = text.find("Japan;").unwrap();
        assert_eq!(g.match_at(text, at, text.len()).unwrap().end, at + 5);
        assert!(
            g.match_at(text, text.find("japan;").unwrap(), text.len())
                .is_none(),
            "lower case"
        );
        assert!(
            g.match_at(text, text.find("Japanese").unwrap(), text.len())
                .is_none(),
            "inside a word"
        );
        let at = text.find("U.S.").unwrap();
        let m = g.match_at(text, at, text.len()).unwrap();
        assert_eq!(g.entry(m.entries[0]).canonical.as_ref(), "United States");
        let at = text.find("New Yorkers").unwrap();
        let m = g.match_at(text, at, text.len()).unwrap();
        assert_eq!(&text[at..m.end], "New", "falls back to the shorter entry");
        // One-word entries end where a word ends, not inside a hyphenated word.
        let text = "Japan's AT&T's Ukraine-based Ukraine-";
        assert_eq!(g.match_at(text, 0, text.len()).unwrap().end, 5);
        let at = text.find("AT&T").unwrap();
        assert_eq!(g.match_at(text, at, text.len()).unwrap().end, at + 4);
        let at = text.find("Ukraine-based").unwrap();
        assert!(g.match_at(text, at, text.len()).is_none());
        let at = text.rfind("Ukraine").unwrap();
        assert_eq!(g.match_at(text, at, text.len()).unwrap().end, at + 7);
        // A match never passes the limit (the end of the chunk).
        assert!(g.match_at(text, 0, 3).is_none());
    }

    #[test]
    fn malformed_lines_name_file_and_line() {
        let mut builder = GazetteerBuilder::new();
        let err = builder
            .add_tsv("mine.tsv", "A\tLOC\tA\n\nB\tPLACE\tB\n")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "mine.tsv:3: unknown label \"PLACE\" (expected PER, ORG or LOC)"
        );
        let err = GazetteerBuilder::new()
            .add_tsv("mine.tsv", "just one field")
            .unwrap_err();
        assert!(err.to_string().starts_with("mine.tsv:1: expected 3 to 5"));
    }
}
