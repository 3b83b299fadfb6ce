//! Word lists that the entity rules consult (not matched as entities themselves): given names
//! with gender, surnames, titles, organisation head words, demonyms and common English words.

// FxHash: the keys are short words looked up on the hot path; SipHash's DoS protection is
// not needed for data the pipeline ships.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::tsv::{rows, Fields};
use crate::error::{Error, Result};
use crate::fold::ShapeFilter;

/// The gender a given name usually has, for pronoun resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Mostly female.
    Female,
    /// Mostly male.
    Male,
    /// Both or unknown.
    Unknown,
}

/// What a title says about the name after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    /// Mr, Mrs, Dr, Sir: a person's name follows.
    Honorific,
    /// President, Governor, spokesman: a person's name follows; the title is also a description
    /// ("the governor") that can refer back to that person.
    Role,
}

/// Where an organisation head word stands in a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadPosition {
    /// Ends a name: "Red Cross Society", "Acme Corp".
    Suffix,
    /// Starts a name, before a connector ("Ministry of Defence", "Office for National
    /// Statistics", "Isle of Mull") or right before it ("Lake Ladoga", "Radio Mitre").
    Prefix,
}

/// The connector after an organisation's prefix head, as a bit: "Ministry of", "Committee
/// on", "Office for", or none ("Radio Mitre").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum OrgConnector {
    /// The name follows the head directly.
    None = 1,
    /// "of".
    Of = 2,
    /// "for".
    For = 4,
    /// "on".
    On = 8,
}

impl OrgConnector {
    /// The connector of a head-word row, as [`head_words`] gives it.
    pub fn of(word: Option<&str>) -> OrgConnector {
        match word {
            Some("of") => OrgConnector::Of,
            Some("for") => OrgConnector::For,
            Some("on") => OrgConnector::On,
            _ => OrgConnector::None,
        }
    }
}

/// The word lists, loaded once.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    given_names: HashMap<Box<str>, Gender>,
    surnames: HashSet<Box<str>>,
    titles: HashMap<Box<str>, TitleKind>,
    /// The first word of every title, with the most words of a title starting with it.
    title_starts: HashMap<Box<[u8]>, u8>,
    /// Head words that end a name ("Ministry", "Corp").
    org_suffixes: HashSet<Box<str>>,
    /// Head words that start a name, with the connectors they were listed with (bits of
    /// [`OrgConnector`]): "Ministry" before "of", "Committee" before "on" or "for", "Radio"
    /// right before the name.
    org_prefixes: HashMap<Box<str>, u8>,
    place_suffixes: HashSet<Box<str>>,
    club_heads: HashSet<Box<str>>,
    place_prefixes: HashSet<Box<str>>,
    demonyms: HashMap<Box<str>, Box<str>>,
    common_words: HashSet<Box<[u8]>>,
    non_entities: HashSet<Box<str>>,
    countries: HashSet<Box<str>>,
    joining_heads: HashSet<Box<str>>,
    common_acronyms: HashSet<Box<str>>,
    not_names: HashSet<Box<str>>,
    /// Lower-case nouns that introduce an organisation's name ("the consultancy X").
    org_nouns: HashSet<Box<str>>,
    /// Words that end an event's name ("Open", "Cup").
    event_heads: HashSet<Box<str>>,
    /// A quick test in front of the small lists (all but given names, surnames, common words,
    /// countries, demonyms, non-entities and titles): most capitalised words of news are in
    /// none of them, and are ruled out here before they are hashed. Every word of those lists
    /// is inserted.
    small_lists: ShapeFilter,
    /// The same test for the non-entities alone: they are asked of every capitalised word,
    /// and their twenty words rule out far more than the shared filter does.
    non_entity_shapes: ShapeFilter,
    /// The same test for the demonyms alone (asked of most capitalised words left unknown).
    demonym_shapes: ShapeFilter,
    /// The same test for the titles and their first words (asked of most words of a chunk).
    title_shapes: ShapeFilter,
}

/// Adds the first field of every line of a one-word-a-line list to `set`, and to `filter`
/// when the list is one of the small lists behind it.
fn load_words(
    name: &str,
    contents: &str,
    set: &mut HashSet<Box<str>>,
    mut filter: Option<&mut ShapeFilter>,
) -> Result<()> {
    for (line, fields) in rows(contents) {
        let word = field(name, line, &fields, 0)?;
        if let Some(filter) = filter.as_deref_mut() {
            filter.insert(word.as_bytes());
        }
        set.insert(word.into());
    }
    Ok(())
}

fn field<'a>(name: &str, line: usize, fields: &Fields<'a>, index: usize) -> Result<&'a str> {
    match fields.get(index).map(|f| f.trim()) {
        Some(f) if !f.is_empty() => Ok(f),
        _ => Err(Error::data(
            name,
            line,
            format!(
                "missing field {} of {}",
                index + 1,
                fields.len().max(index + 1)
            ),
        )),
    }
}

/// The rows of a head-word list: `word, position (suffix/prefix)`, with the connector the
/// word was listed with. "Ministry of" is stored as "Ministry" (and likewise "Agency for",
/// "Committee on"): the rules check the connector.
fn head_words<'a>(
    name: &str,
    contents: &'a str,
) -> Result<Vec<(&'a str, HeadPosition, Option<&'static str>)>> {
    let mut heads = Vec::new();
    for (line, fields) in rows(contents) {
        let word = field(name, line, &fields, 0)?;
        let position = match field(name, line, &fields, 1)? {
            "suffix" => HeadPosition::Suffix,
            "prefix" => HeadPosition::Prefix,
            other => {
                return Err(Error::data(
                    name,
                    line,
                    format!("unknown position {other:?} (suffix or prefix)"),
                ))
            }
        };
        let (word, connector) = [" of", " for", " on"]
            .iter()
            .find_map(|connector| Some((word.strip_suffix(connector)?, Some(&connector[1..]))))
            .unwrap_or((word, None));
        heads.push((word, position, connector));
    }
    Ok(heads)
}

impl Lexicon {
    /// An empty lexicon (no rule fires on list knowledge).
    pub fn new() -> Lexicon {
        Lexicon::default()
    }

    /// Loads given names: `name, gender (F/M/U), ...`.
    pub fn add_given_names(&mut self, name: &str, contents: &str) -> Result<()> {
        for (line, fields) in rows(contents) {
            let given = field(name, line, &fields, 0)?;
            let gender = match fields.get(1).map(|g| g.trim()).unwrap_or("U") {
                "F" => Gender::Female,
                "M" => Gender::Male,
                "U" | "" => Gender::Unknown,
                other => {
                    return Err(Error::data(
                        name,
                        line,
                        format!("unknown gender {other:?} (F, M or U)"),
                    ))
                }
            };
            self.given_names.insert(given.into(), gender);
        }
        Ok(())
    }

    /// Loads surnames: `name, ...`.
    pub fn add_surnames(&mut self, name: &str, contents: &str) -> Result<()> {
        for (line, fields) in rows(contents) {
            self.surnames.insert(field(name, line, &fields, 0)?.into());
        }
        Ok(())
    }

    /// Loads titles: `title, kind (honorific/role)`.
    pub fn add_titles(&mut self, name: &str, contents: &str) -> Result<()> {
        for (line, fields) in rows(contents) {
            let title = field(name, line, &fields, 0)?;
            let kind = match field(name, line, &fields, 1)? {
                "honorific" => TitleKind::Honorific,
                "role" => TitleKind::Role,
                other => {
                    return Err(Error::data(
                        name,
                        line,
                        format!("unknown title kind {other:?} (honorific or role)"),
                    ))
                }
            };
            self.title_shapes.insert(title.as_bytes());
            self.titles.insert(title.into(), kind);
            let words = title.split(' ').count().min(u8::MAX as usize) as u8;
            let first = title.split(' ').next().unwrap_or(title);
            self.title_shapes.insert(first.as_bytes());
            let longest = self
                .title_starts
                .entry(first.as_bytes().into())
                .or_insert(0);
            *longest = (*longest).max(words);
        }
        Ok(())
    }

    /// Loads organisation head words: `word, position (suffix/prefix)`.
    pub fn add_org_heads(&mut self, name: &str, contents: &str) -> Result<()> {
        for (word, position, connector) in head_words(name, contents)? {
            self.small_lists.insert(word.as_bytes());
            match position {
                HeadPosition::Suffix => {
                    self.org_suffixes.insert(word.into());
                }
                HeadPosition::Prefix => {
                    *self.org_prefixes.entry(word.into()).or_default() |=
                        OrgConnector::of(connector) as u8;
                }
            }
        }
        Ok(())
    }

    /// Loads the words that end a sports club's name ("Town", "Rovers"); they are also
    /// organisation suffixes.
    pub fn add_club_heads(&mut self, name: &str, contents: &str) -> Result<()> {
        for (line, fields) in rows(contents) {
            let word = field(name, line, &fields, 0)?;
            self.small_lists.insert(word.as_bytes());
            self.club_heads.insert(word.into());
            self.org_suffixes.insert(word.into());
        }
        Ok(())
    }

    /// True when `word` ends a sports club's name ("Town", "Rovers").
    #[inline]
    pub fn is_club_head(&self, word: &str) -> bool {
        self.in_small_lists(word) && self.club_heads.contains(word)
    }

    /// Loads place head words (`word, position`): "River" ends a place's name ("Irpin
    /// River"), "Lake" starts one ("Lake Ladoga").
    pub fn add_place_heads(&mut self, name: &str, contents: &str) -> Result<()> {
        for (word, position, _) in head_words(name, contents)? {
            self.small_lists.insert(word.as_bytes());
            match position {
                HeadPosition::Suffix => self.place_suffixes.insert(word.into()),
                HeadPosition::Prefix => self.place_prefixes.insert(word.into()),
            };
        }
        Ok(())
    }

    /// Loads demonyms: `demonym, country`.
    pub fn add_demonyms(&mut self, name: &str, contents: &str) -> Result<()> {
        for (line, fields) in rows(contents) {
            let demonym = field(name, line, &fields, 0)?;
            let country = field(name, line, &fields, 1)?;
            self.demonym_shapes.insert(demonym.as_bytes());
            self.demonyms.insert(demonym.into(), country.into());
            self.countries.insert(country.into());
        }
        Ok(())
    }

    /// Records `word` as the adjective (and member noun) of the party `party` ("Tory" of
    /// the Conservative Party): the name rules treat it as they treat a nationality, so
    /// that it opens no person's name ("Tory Liam Fox") though a list of given names has it.
    pub fn add_party_adjective(&mut self, word: &str, party: &str) {
        self.demonym_shapes.insert(word.as_bytes());
        self.demonyms
            .entry(word.into())
            .or_insert_with(|| party.into());
    }

    /// Loads common English words (lower case, one a line).
    pub fn add_common_words(&mut self, name: &str, contents: &str) -> Result<()> {
        for (line, fields) in rows(contents) {
            let word = field(name, line, &fields, 0)?;
            self.common_words.insert(word.as_bytes().into());
        }
        Ok(())
    }

    /// Loads capitalised words that are never names (days, months), one a line.
    pub fn add_non_entities(&mut self, name: &str, contents: &str) -> Result<()> {
        load_words(
            name,
            contents,
            &mut self.non_entities,
            Some(&mut self.non_entity_shapes),
        )
    }

    /// Loads abbreviations in capitals that name ordinary things ("TV", "GMT", "GDP"), one a
    /// line.
    pub fn add_common_acronyms(&mut self, name: &str, contents: &str) -> Result<()> {
        load_words(
            name,
            contents,
            &mut self.common_acronyms,
            Some(&mut self.small_lists),
        )
    }

    /// Loads capitalised words for festivals and prizes that are never a person alone
    /// ("Christmas", "Oscar"), one a line.
    pub fn add_not_names(&mut self, name: &str, contents: &str) -> Result<()> {
        load_words(
            name,
            contents,
            &mut self.not_names,
            Some(&mut self.small_lists),
        )
    }

    /// Loads words after which "of" joins a name ("Isle", "Republic"), one a line.
    pub fn add_joining_heads(&mut self, name: &str, contents: &str) -> Result<()> {
        load_words(
            name,
            contents,
            &mut self.joining_heads,
            Some(&mut self.small_lists),
        )
    }

    /// Loads lower-case nouns that introduce an organisation's name ("the consultancy
    /// Analítica Sur", "the carmaker Halden"), one a line.
    pub fn add_org_nouns(&mut self, name: &str, contents: &str) -> Result<()> {
        load_words(
            name,
            contents,
            &mut self.org_nouns,
            Some(&mut self.small_lists),
        )
    }

    /// Loads words that end an event's name ("U.S. Open", "Davis Cup"), one a line.
    pub fn add_event_heads(&mut self, name: &str, contents: &str) -> Result<()> {
        load_words(
            name,
            contents,
            &mut self.event_heads,
            Some(&mut self.small_lists),
        )
    }

    /// True for a word that ends an event's name ("Open", "Cup", "Games").
    #[inline]
    pub fn is_event_head(&self, word: &str) -> bool {
        self.in_small_lists(word) && self.event_heads.contains(word)
    }

    /// True for a noun that introduces an organisation's name ("consultancy", "carmaker"),
    /// asked with the word's bytes (read as text only past the quick test).
    #[inline]
    pub fn is_org_noun(&self, word: &[u8]) -> bool {
        self.small_lists.may_contain(word)
            && std::str::from_utf8(word).is_ok_and(|word| self.org_nouns.contains(word))
    }

    /// Loads places that field national teams without being countries (England, Wales).
    pub fn add_national_sides(&mut self, name: &str, contents: &str) -> Result<()> {
        load_words(name, contents, &mut self.countries, None)
    }

    /// True for the canonical name of a country (one that has a demonym) or of a place that
    /// fields national teams (England).
    #[inline]
    pub fn is_country(&self, canonical: &str) -> bool {
        self.countries.contains(canonical)
    }

    /// True for a capitalised word that is never a name by itself ("Monday", "June"). Asked
    /// with the word's bytes, as the tokens' words are (slicing bytes checks no UTF-8
    /// boundaries); read as text only past the quick test.
    #[inline]
    pub fn is_non_entity(&self, word: &[u8]) -> bool {
        self.non_entity_shapes.may_contain(word)
            && std::str::from_utf8(word).is_ok_and(|word| self.non_entities.contains(word))
    }

    /// True for an abbreviation of an ordinary thing, never a name by itself ("TV", "GDP").
    #[inline]
    pub fn is_common_acronym(&self, word: &str) -> bool {
        self.in_small_lists(word) && self.common_acronyms.contains(word)
    }

    /// True for a festival or a prize, never a person by itself ("Christmas", "Oscar").
    #[inline]
    pub fn is_not_name(&self, word: &str) -> bool {
        self.in_small_lists(word) && self.not_names.contains(word)
    }

    /// True for a word after which "of" joins a name ("Isle of Man").
    #[inline]
    pub fn is_joining_head(&self, word: &str) -> bool {
        self.in_small_lists(word) && self.joining_heads.contains(word)
    }

    /// The gender of a given name, when it is one.
    #[inline]
    pub fn given_name(&self, word: &str) -> Option<Gender> {
        if let Some(&gender) = self.given_names.get(word) {
            return Some(gender);
        }
        // "Héctor", "José": the lists are mostly unaccented.
        if word.is_ascii() {
            return None;
        }
        self.given_names.get(fold_accents(word).as_str()).copied()
    }

    /// True for a listed surname.
    #[inline]
    pub fn is_surname(&self, word: &str) -> bool {
        self.surnames.contains(word)
    }

    /// The most words of a title that starts with the word of these bytes ("Prime" -> 2 for
    /// "Prime Minister"), 0 when no title does: one look-up instead of one per possible width.
    #[inline]
    pub fn title_words_from(&self, word: &[u8]) -> usize {
        if !self.title_shapes.may_contain(word) {
            return 0;
        }
        self.title_starts.get(word).map_or(0, |&n| n as usize)
    }

    /// The kind of a title ("President", "spokesman", "Dr").
    #[inline]
    pub fn title(&self, word: &str) -> Option<TitleKind> {
        if !self.title_shapes.may_contain(word.as_bytes()) {
            return None;
        }
        self.titles.get(word).copied()
    }

    /// True when `word` can end a place's name ("River", "Street").
    #[inline]
    pub fn is_place_suffix(&self, word: &str) -> bool {
        self.in_small_lists(word) && self.place_suffixes.contains(word)
    }

    /// True when `word` can start a place's name ("Lake", "Mount").
    #[inline]
    pub fn is_place_prefix(&self, word: &str) -> bool {
        self.in_small_lists(word) && self.place_prefixes.contains(word)
    }

    /// True when `word` can end an organisation's name ("Ministry", "Corp", "Front").
    #[inline]
    pub fn is_org_suffix(&self, word: &str) -> bool {
        self.in_small_lists(word) && self.org_suffixes.contains(word)
    }

    /// True when `word` starts an organisation's name before `connector`, as it was listed:
    /// "Ministry of Defence", "Committee on Foreign Relations", "Office for National
    /// Statistics", and with [`OrgConnector::None`] right before the name ("Radio Mitre").
    #[inline]
    pub fn is_org_prefix_with(&self, word: &str, connector: OrgConnector) -> bool {
        self.in_small_lists(word)
            && self
                .org_prefixes
                .get(word)
                .is_some_and(|&bits| bits & connector as u8 != 0)
    }

    /// True when `word` starts an organisation's name before any connector ("Ministry",
    /// "Bank", "Agency"): "of" and "for" after it join the words around them into one name.
    #[inline]
    pub fn is_org_prefix(&self, word: &str) -> bool {
        self.in_small_lists(word)
            && self
                .org_prefixes
                .get(word)
                .is_some_and(|&bits| bits & !(OrgConnector::None as u8) != 0)
    }

    /// The country of a demonym ("Russian" -> "Russia").
    #[inline]
    pub fn demonym(&self, word: &str) -> Option<&str> {
        if !self.demonym_shapes.may_contain(word.as_bytes()) {
            return None;
        }
        self.demonyms.get(word).map(|c| &**c)
    }

    /// True when the lower-cased word is an ordinary English word.
    #[inline]
    pub fn is_common_word(&self, lowercase_word: &str) -> bool {
        self.common_words.contains(lowercase_word.as_bytes())
    }

    /// True when `word`, lower-cased, is an ordinary English word. Short ASCII words (nearly
    /// all) are lower-cased in a stack buffer: this runs for most capitalised words.
    #[inline]
    pub fn is_common_word_folded(&self, word: &str) -> bool {
        crate::fold::with_lowercase_bytes(word, |folded| self.common_words.contains(folded))
    }

    /// False when `word` is in none of the small lists (see `small_lists`).
    #[inline]
    fn in_small_lists(&self, word: &str) -> bool {
        self.small_lists.may_contain(word.as_bytes())
    }

    /// Sizes of the lists: given names, surnames, titles, head words, demonyms, common words.
    pub fn sizes(&self) -> [(&'static str, usize); 11] {
        [
            ("given names", self.given_names.len()),
            ("surnames", self.surnames.len()),
            ("titles", self.titles.len()),
            (
                "organisation head words",
                self.org_suffixes.len() + self.org_prefixes.len(),
            ),
            (
                "place head words",
                self.place_suffixes.len() + self.place_prefixes.len(),
            ),
            ("demonyms", self.demonyms.len()),
            ("common words", self.common_words.len()),
            ("organisation nouns", self.org_nouns.len()),
            ("event head words", self.event_heads.len()),
            ("common acronyms", self.common_acronyms.len()),
            ("festivals and prizes", self.not_names.len()),
        ]
    }
}

/// `word` with the accents of Latin letters removed ("Héctor" -> "Hector").
fn fold_accents(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'A',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'É' | 'È' | 'Ê' | 'Ë' => 'E',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'Í' | 'Ì' | 'Î' | 'Ï' => 'I',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' => 'O',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
            'ñ' => 'n',
            'Ñ' => 'N',
            'ç' => 'c',
            'Ç' => 'C',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::defaults;

    /// The first field of every row of a default list.
    fn words(list: (&str, &'static str)) -> Vec<&'static str> {
        rows(list.1)
            .map(|(_, fields)| fields.get(0).unwrap().trim())
            .collect()
    }

    #[test]
    fn the_quick_test_never_hides_a_word_of_the_small_lists() {
        let mut lexicon = Lexicon::new();
        defaults::load_word_lists(None, &mut lexicon).unwrap();
        for title in words(defaults::TITLES) {
            assert!(lexicon.title(title).is_some(), "{title}");
            let first = title.split(' ').next().unwrap();
            assert!(lexicon.title_words_from(first.as_bytes()) >= 1, "{first}");
        }
        for word in words(defaults::DEMONYMS) {
            assert!(lexicon.demonym(word).is_some(), "{word}");
        }
        for word in words(defaults::NON_ENTITIES) {
            assert!(lexicon.is_non_entity(word.as_bytes()), "{word}");
        }
        for word in words(defaults::EVENT_HEADS) {
            assert!(lexicon.is_event_head(word), "{word}");
        }
        for word in words(defaults::ORG_NOUNS) {
            assert!(lexicon.is_org_noun(word.as_bytes()), "{word}");
        }
        for word in words(defaults::JOINING_HEADS) {
            assert!(lexicon.is_joining_head(word), "{word}");
        }
        for word in words(defaults::CLUB_HEADS) {
            assert!(
                lexicon.is_club_head(word) && lexicon.is_org_suffix(word),
                "{word}"
            );
        }
        for (word, position, connector) in head_words("", defaults::ORG_HEADS.1).unwrap() {
            let found = match position {
                HeadPosition::Suffix => lexicon.is_org_suffix(word),
                HeadPosition::Prefix => {
                    lexicon.is_org_prefix_with(word, OrgConnector::of(connector))
                }
            };
            assert!(found, "{word}");
        }
        for (word, position, _) in head_words("", defaults::PLACE_HEADS.1).unwrap() {
            let found = match position {
                HeadPosition::Suffix => lexicon.is_place_suffix(word),
                HeadPosition::Prefix => lexicon.is_place_prefix(word),
            };
            assert!(found, "{word}");
        }
        // And each rules out most other words: of the 63,521 common words, the shared test
        // 51,296 when this was written (it keys words by their first and last letters and
        // length only), the demonyms' 48,658, the non-entities' 62,932, the titles' 54,762.
        let common = words(defaults::COMMON_WORDS);
        let ruled_out = |filter: &ShapeFilter| {
            common
                .iter()
                .filter(|w| !filter.may_contain(w.as_bytes()))
                .count()
        };
        for (filter, at_least) in [
            (&lexicon.small_lists, 0.6),
            (&lexicon.demonym_shapes, 0.7),
            (&lexicon.non_entity_shapes, 0.95),
            (&lexicon.title_shapes, 0.8),
        ] {
            let ruled_out = ruled_out(filter);
            assert!(
                ruled_out as f64 > at_least * common.len() as f64,
                "{ruled_out} of {}",
                common.len()
            );
        }
    }
}
