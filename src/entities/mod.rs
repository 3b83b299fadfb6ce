//! People, organisations and places: candidates from capitalised word sequences and the
//! gazetteer, labelled by rules in a written order, then linked within the document so that
//! every mention carries the canonical name of its entity.
//!
//! Per sentence:
//! 1. tokenize ([`tokens`]) and group capitalised words into *chunks* ("Bank of England
//!    Governor Mark Carney"), joined by connectors (of, de, van, &);
//! 2. split a chunk at titles ("Governor") and label each part by the first rule that applies,
//!    in this order: whole-chunk gazetteer entry; title before a name (PER); organisation head
//!    word (ORG); initials + name (PER); given name + capitalised word (PER); gazetteer
//!    entries inside the chunk, with the rest labelled by its shape (acronym -> ORG, surname
//!    or name-shaped -> PER; a run of ordinary capitalised words is left unlabelled);
//! 3. sentences in capitals (headlines) take only gazetteer entries and names the document
//!    defines elsewhere.
//!
//! Then per document ([`alias`]): surnames, acronyms defined in parentheses and short forms
//! link to the full name; every mention gets that name as `canonical`.

mod acronyms;
pub mod alias;
mod datelines;
mod employers;
mod groups;
mod products;
mod states;
mod team_sheets;
mod teams;
pub mod tokens;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::cell::OnceCell;
use std::sync::Arc;

use crate::fold::WordSet;
use crate::gazetteer::{Gazetteer, GazetteerMatch, Label, Lexicon, OrgConnector, TitleKind};
use crate::span::Span;
use tokens::{Token, TokenKind};

/// A mention of a person, organisation or place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Byte span of the mention (titles and possessive endings excluded).
    pub span: Span,
    /// What it names.
    pub label: Label,
    /// The document-level name of the entity ("Gladkov" -> "Vyacheslav Gladkov").
    ///
    /// Shared (`Arc`) within the document: most of its mentions name a few entities, so the
    /// linking pass copies reference counts, not strings. (Made anew per document rather
    /// than shared with the gazetteer, so that threads never count the same references.)
    pub canonical: Arc<str>,
    /// A stable identifier from the gazetteer (Wikidata QID, GeoNames id), when known.
    pub id: Option<Arc<str>>,
    /// The rule that produced the mention.
    pub rule: &'static str,
    /// The title written before a person's name ("Governor"), for resolving "the governor".
    pub title: Option<Span>,
}

/// The most words a name has ("Abdel Fattah al-Burhan", "International Committee of the Red
/// Cross"): longer runs of capitalised words are not labelled whole.
const MAX_NAME_WORDS: usize = 8;

/// The most bytes of one sentence tokenized at a time.
const PIECE: usize = 64 * 1024;

/// Words that join capitalised words into one name: "Bank of England", "Ludwig van Beethoven".
static CONNECTORS: WordSet<64> = WordSet::new(CONNECTOR_WORDS);

/// True for an initial of a person's name: one capital letter and its period ("P.").
pub(super) fn is_initial_word(word: &[u8]) -> bool {
    matches!(word, [first, b'.'] if first.is_ascii_uppercase())
}

/// Writes the letters that canonical names hold as character references ("Bryn F&#244;n", as
/// text scraped from web pages has them) as the letters themselves ("Bryn Fôn"): the name is
/// for grouping mentions across documents, where the same person is often written plainly.
/// (Done last, because the rules compare canonical names with the text they were taken from.)
fn decode_canonical_names(mentions: &mut [Entity]) {
    let mut last: Option<(Arc<str>, Arc<str>)> = None;
    for mention in mentions {
        if !mention.canonical.as_bytes().contains(&b'&') {
            continue;
        }
        // Mentions of one entity share their name: decode it once.
        if let Some((raw, decoded)) = &last {
            if Arc::ptr_eq(raw, &mention.canonical) {
                mention.canonical = decoded.clone();
                continue;
            }
        }
        let decoded = tokens::decode_letter_references(&mention.canonical);
        if *decoded != *mention.canonical {
            let decoded: Arc<str> = decoded.into();
            last = Some((mention.canonical.clone(), decoded.clone()));
            mention.canonical = decoded;
        }
    }
}

/// True when `word` ends as words for what a person is do ("Flanker", "Goalscorer",
/// "Blairite", "Olympian", "Guitarist").
pub(super) fn has_person_noun_ending(word: &str) -> bool {
    const ENDINGS: [&str; 5] = ["er", "ers", "ist", "ite", "ian"];
    ENDINGS.iter().any(|ending| word.ends_with(ending))
}

/// True when token `i` of the sentence is an initial ([`is_initial_word`]).
fn is_initial(s: &Sentence<'_, '_>, i: usize) -> bool {
    is_initial_word(s.tokens[i].span.bytes(s.text))
}

/// True for a connector word ("of", "van", "&"), given its bytes.
pub(crate) fn is_connector_word(word: &[u8]) -> bool {
    CONNECTORS.contains_bytes(word)
}

/// The words of [`CONNECTORS`]: none capitalised, which `is_connector` relies on.
const CONNECTOR_WORDS: &[&str] = &[
    "of", "for", "on", "de", "da", "di", "du", "van", "von", "der", "den", "del", "la", "le",
    "bin", "al", "&",
];

/// The length in bytes of the longest connector: a longer token is none.
pub(crate) const CONNECTOR_MAX_LEN: usize = {
    let (mut longest, mut k) = (0, 0);
    while k < CONNECTOR_WORDS.len() {
        if CONNECTOR_WORDS[k].len() > longest {
            longest = CONNECTOR_WORDS[k].len();
        }
        k += 1;
    }
    longest
};

/// The quotation marks after which a capitalised word opens a quoted sentence, as bytes.
const OPENING_QUOTES: [&[u8]; 5] = [b"\"", "“".as_bytes(), "‘".as_bytes(), b"'", "«".as_bytes()];

/// Words that make a region of a place: "West Yorkshire", "Northern Cyprus". (These short
/// lists are hashed sets, not slices: each is consulted for many capitalised words, and a
/// slice's `contains` compares the word with every entry.)
pub(super) static COMPASS: WordSet<32> = WordSet::new(&[
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Upper", "Lower", "Greater", "Inner", "Outer",
]);

/// Compass words that may follow a place's name in the name of a part of it: "Nottingham
/// North", "Leeds Central".
static COMPASS_AFTER: WordSet<16> = WordSet::new(&["North", "South", "East", "West", "Central"]);

/// Nouns after which a single unknown capitalised word is a company or a body: "Motorola
/// shares", "Rabobank chairman" (with [`HOLDINGS_AND_STAFF`], which a person's name before
/// them says too).
pub(super) static ORG_VOICES_AFTER: WordSet<16> = WordSet::new(&[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
]);

/// Words after an organisation's name that opens a sentence, where its capital says nothing,
/// which make it the organisation's: a verb that reports what it did, and roles and holdings
/// only a body has ("Labour said", "Apple shares", "Labour MP Stephen Pound").
static ORG_OPENING_NEXT: WordSet<64> = WordSet::new(&[
    "said",
    "says",
    "has",
    "had",
    "announced",
    "reported",
    "added",
    "warned",
    "MP",
    "MPs",
    "MSP",
    "MSPs",
    "MEP",
    "MEPs",
    "AM",
    "AMs",
    "leader",
    "spokesman",
    "spokeswoman",
    "chairman",
    "shares",
    "shareholders",
]);

/// Where the words of a name made of English words may not be given names
/// ([`EntityTagger::english_words`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum GivenNames {
    /// In no word ("Wooden Spoon").
    Nowhere,
    /// In the first word only ("Million Dollar Baby", not "Crystal Harmony").
    NotFirst,
}

/// Letters after a person's name, in capitals: honours, offices and ranks at the bar ("Ann
/// Clwyd MP", "Charles Harris QC", "Elton John CBE").
pub(crate) static POSTNOMINALS: WordSet<32> = WordSet::new(&[
    "QC", "KC", "MP", "MEP", "MSP", "OBE", "MBE", "CBE", "KBE", "DBE", "JP",
]);

/// The last word of a newspaper's name after a weekday: "the Sunday Times", "Sunday
/// Mirror". (Not "World", "Sport" or "News", which a weekday ending a clause often stands
/// before: "on Sunday World champion ...".)
static PAPER_HEADS_AFTER_DAY: WordSet<64> = WordSet::new(&[
    "Times",
    "Telegraph",
    "Mirror",
    "Post",
    "Herald",
    "Mail",
    "Express",
    "Independent",
    "Tribune",
    "Journal",
    "Observer",
    "Standard",
    "Record",
    "Echo",
    "Chronicle",
    "Examiner",
    "Gazette",
]);

/// The days of the week, as news writes them: after "on" or "last" (a time the quotation
/// rules skip), and before a newspaper's head word ("Sunday Times").
pub(crate) static WEEKDAYS: WordSet<16> = WordSet::new(&[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
]);

/// The last word of a newspaper's name after "Daily", "Evening" or "Morning": those after a
/// weekday, and the tabloids' "Star", "Sport", "Sun", "News".
fn is_paper_head(word: &[u8]) -> bool {
    PAPER_HEADS_AFTER_DAY.contains_bytes(word)
        || matches!(word, b"Star" | b"Sport" | b"Sun" | b"News")
}

/// A band's members, after its name: "Linkin Park singer Chester Bennington", "Coldplay
/// frontman Chris Martin".
static BAND_MEMBERS: WordSet<16> = WordSet::new(&[
    "singer",
    "frontman",
    "frontwoman",
    "guitarist",
    "drummer",
    "bassist",
]);

/// How many bytes after a name's comma an apposition is read for an organisation's noun.
const APPOSITION_WINDOW: usize = 80;

/// Words that may follow the noun that ends an apposition: "the private firm which". (Not a
/// verb: "on 11 March, the company has announced" is a clause.)
static APPOSITION_ENDS: WordSet<16> =
    WordSet::new(&["which", "that", "whose", "and", "with", "in", "at"]);

/// Organisation nouns that name a person's trade as well ("publisher Felix Dennis",
/// "broadcaster Jonathan Ross"), or a ship, which is often named after a person ("the
/// aircraft carrier Carl Vinson"): before a person's name by its shape they say nothing.
static PERSON_OR_FIRM_NOUNS: WordSet<32> = WordSet::new(&[
    // (Plurals for people of a trade stand before a firm, "analysts Datamonitor", and before
    // people, "analysts Jim Reid and Mark Tollan".)
    "analysts",
    "consultants",
    "pollsters",
    "bookmakers",
    "accountants",
    "auditors",
    "carrier",
    "broadcaster",
    "developer",
    "giant",
    "publisher",
    "miner",
    "operator",
]);

/// Nouns after a name that only a company has, not a person ("Morgan Stanley shares"), unlike
/// a spokesman or a chairman, which a politician has too ("a Tony Blair spokesman": see
/// [`ORG_VOICES_AFTER`]).
static HOLDINGS_AND_STAFF: WordSet<16> = WordSet::new(&[
    "shares",
    "shareholders",
    "stock",
    "subsidiary",
    "employees",
    "workers",
]);

/// Nouns after a name that make it a programme's, a measure's or a news agency's, not an
/// audience's ("told the Today programme", "according to the Linpack benchmark").
static NOT_AUDIENCE_AFTER: WordSet<16> =
    WordSet::new(&["programme", "program", "show", "benchmark", "index", "news"]);

/// Nouns for a publication, after which a name the lists do not know as a whole is the
/// publication: "Le Matin newspaper", "the Vecherny Bishkek daily". (A known place there is
/// where it is published, "a Moscow newspaper", and stays a place.)
static PUBLICATION_NOUNS_AFTER: WordSet<16> = WordSet::new(&[
    "newspaper",
    "daily",
    "weekly",
    "magazine",
    "tabloid",
    "broadsheet",
]);

/// Nouns before "leader" that make it a firm's place in its market, not a person's role:
/// "bought by market leader Diageo".
static MARKET_NOUNS: WordSet<16> =
    WordSet::new(&["market", "industry", "sector", "brand", "technology"]);

/// Nouns for a holding in a company, before "in" and its name: "shares in Elan", "a stake in
/// Corvex".
static HOLDING_NOUNS: WordSet<16> = WordSet::new(&[
    "shares",
    "stake",
    "stakes",
    "holding",
    "holdings",
    "shareholding",
    "stock",
]);

/// Roles held in an organisation, before "of" or "for" and its name: "chief executive of
/// Panlogic", "a spokesman for Unison". (Not the offices of places: "president" and "mayor" of
/// a country or a town; a listed place after these is found as a place before this is asked.)
static ROLES_IN_ORGANISATIONS: WordSet<32> = WordSet::new(&[
    "executive",
    "director",
    "chairman",
    "chairwoman",
    "founder",
    "boss",
    "owner",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "editor",
    "president",
]);

/// Nouns after which a single unknown capitalised word is a place: "the Selvana region".
static PLACE_NOUNS_AFTER: WordSet<32> = WordSet::new(&[
    "region",
    "regions",
    "province",
    "oblast",
    "district",
    "county",
    "state",
    "prefecture",
    "governorate",
    "valley",
    "peninsula",
    "island",
    "council",
]);

/// Nouns before "of" after which a capitalised word is a place: "the town of Drevnik".
static PLACE_NOUNS_BEFORE: WordSet<32> = WordSet::new(&[
    "town", "village", "city", "island", "isle", "port", "region", "province", "capital", "suburb",
]);

/// Prepositions before which a single unknown capitalised word is a place: "in Drevnik". Not
/// "to" or "from", after which such a word was a company, a club, a product or a person far
/// more often ("on loan from Chelsea", "music bought from Wippit", "handed back to Paypal"):
/// in a read sample of BBC news none of 30 was a place.
static PLACE_PREPOSITIONS: WordSet<32> = WordSet::new(&["in", "near", "at", "outside", "between"]);

/// Verbs after which a sentence-opening "noun + country" is a national body: "Transport
/// Scotland said", "Statistics Canada reported".
static BODY_VERBS: WordSet<64> = WordSet::new(&[
    "said",
    "says",
    "has",
    "had",
    "have",
    "is",
    "was",
    "will",
    "would",
    "announced",
    "reported",
    "added",
    "warned",
    "confirmed",
    "estimated",
    "expects",
    "issued",
    "published",
    "released",
    "told",
    "urged",
    "advised",
]);

/// Words that open a sentence without naming anything (determiners, prepositions,
/// conjunctions, sentence adverbs): "Meanwhile Britain ..." is not an organisation, while
/// "Transport Scotland said ..." is.
const FUNCTION_OPENERS: &[&str] = &[
    "a",
    "after",
    "again",
    "against",
    "all",
    "already",
    "also",
    "although",
    "an",
    "and",
    "as",
    "at",
    "because",
    "before",
    "between",
    "both",
    "but",
    "by",
    "despite",
    "during",
    "each",
    "earlier",
    "even",
    "every",
    "finally",
    "first",
    "for",
    "from",
    "here",
    "however",
    "if",
    "in",
    "indeed",
    "instead",
    "last",
    "later",
    "like",
    "many",
    "meanwhile",
    "most",
    "next",
    "no",
    "not",
    "now",
    "on",
    "once",
    "only",
    "or",
    "over",
    "perhaps",
    "since",
    "so",
    "some",
    "still",
    "that",
    "the",
    "then",
    "there",
    "these",
    "this",
    "those",
    "though",
    "thus",
    "to",
    "today",
    "tomorrow",
    "under",
    "unlike",
    "until",
    "what",
    "when",
    "where",
    "whether",
    "while",
    "with",
    "within",
    "without",
    "yesterday",
    "yet",
];

/// Head words of the names of streets and buildings that are written after a possessive:
/// "St Helen's Road", "Queen's Park", "St Paul's Cathedral". (Place heads only: "Earl's
/// Court", "King's Cross" or "Parson's Green" would go on to rules that make a person or a
/// body of such a name.)
static STREET_HEADS: WordSet<32> = WordSet::new(&[
    "Street",
    "Road",
    "Avenue",
    "Lane",
    "Boulevard",
    "Square",
    "Park",
    "Bridge",
    "Wharf",
    "Grove",
    "Cathedral",
    "Abbey",
]);

/// Adverb particles, capitalised at the end of a product's name ("Skype In").
static PARTICLES: WordSet<16> = WordSet::new(&["In", "Out", "Up", "Off", "On", "Down", "Over"]);

/// Words that describe the name after them rather than start it, opening a sentence:
/// "Former Holby City actor", "Its TV unit", "Rival Acme Corp".
static DESCRIBING_OPENERS: WordSet<32> = WordSet::new(&[
    "former", "past", "other", "its", "their", "latest", "top", "rival", "new", "ex",
]);

/// Nouns that introduce the title of a work, in lower case: "the film Vera Drake".
/// (Not "hit", "single", "play", "game" or "track": verbs and other nouns too, "hit Ripken",
/// "play Australia"; nor "blockbuster", an adjective too, "the blockbuster West End
/// musicals". A drama's title is settled in the document pass, by `products`, so that it
/// drops the title's other mentions too: "the medical drama ER ... ER was cancelled".)
static WORK_NOUNS: WordSet<64> = WordSet::new(&[
    "film",
    "films",
    "movie",
    "album",
    "albums",
    "song",
    "songs",
    "novel",
    "book",
    "memoir",
    "musical",
    "opera",
    "sitcom",
    "documentary",
    "biopic",
    "thriller",
    "episode",
    "comedy",
    "comedies",
    "sequel",
    "remake",
]);

/// Number words, asked in any case: no person's name is made of them.
pub(crate) static NUMBER_WORDS: WordSet<64> = WordSet::new(&[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion",
]);

/// [`FUNCTION_OPENERS`] as a set, asked in any case.
static FUNCTION_OPENER_SET: WordSet<256> = WordSet::new(FUNCTION_OPENERS);

/// True for a function word of [`FUNCTION_OPENERS`] ("at", "In", "THE"), in any case.
pub(crate) fn is_function_word(word: &str) -> bool {
    FUNCTION_OPENER_SET.contains_folded(word)
}

/// Words of a title-case headline, at the least (a list such as "Subs Not Used: Howard,
/// Bellion." is shorter, or has more commas).
const TITLE_CASE_WORDS: usize = 6;

/// True when `sentence` is a headline in title case: a line of its own, a function word
/// capitalised after its first word ("On", "With", "The"), which running text does not do;
/// at least [`TITLE_CASE_WORDS`] words, none in lower case but the short ones that headline
/// styles keep so ("of", "a", "or"); at most one comma. Read from the text alone (the tokens
/// of the entity stage may leave words out), and asked of every sentence: running text is
/// ruled out at its first lower-case ASCII word of four letters or more, a few bytes in, by a
/// loop over bytes; the loop over words after it also sees letters beyond ASCII.
#[inline(never)]
fn is_title_case(text: &str, sentence: Span) -> bool {
    // A headline stands on a line of its own (read as bytes: no character is decoded).
    let all = text.as_bytes();
    let blank = |b: &&u8| matches!(**b, b' ' | b'\t' | b'\r');
    let line_before = all[..sentence.start]
        .iter()
        .rev()
        .find(|b| !blank(b))
        .is_none_or(|&b| b == b'\n');
    let line_after = all[sentence.end..]
        .iter()
        .find(|b| !blank(b))
        .is_none_or(|&b| b == b'\n');
    if !line_before || !line_after {
        return false;
    }
    let bytes = sentence.bytes(text);
    // A lower-case ASCII letter opening a word, and three more letters after it.
    let mut word_start = true;
    for (i, &b) in bytes.iter().enumerate() {
        if word_start
            && b.is_ascii_lowercase()
            && bytes
                .get(i + 1..i + 4)
                .is_some_and(|rest| rest.iter().all(u8::is_ascii_alphabetic))
        {
            return false;
        }
        word_start = b.is_ascii_whitespace() || (word_start && b.is_ascii_punctuation());
    }
    let mut words = 0;
    let mut commas = 0;
    let mut function_word = false;
    for word in sentence.slice(text).split_whitespace() {
        commas += word.matches(',').count();
        let letters = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        let lower = letters.chars().next().is_some_and(char::is_lowercase);
        if lower && letters.chars().filter(|c| c.is_alphabetic()).count() > 3 {
            return false;
        }
        if letters.is_empty() {
            continue;
        }
        words += 1;
        // (Function words are short: "On", "With", "Against".)
        let bare = letters.trim_end_matches(|c: char| !c.is_alphanumeric());
        function_word |= words > 1
            && !lower
            && bare.len() <= 7
            && bare.chars().any(char::is_lowercase)
            && is_function_word(bare);
    }
    function_word && words >= TITLE_CASE_WORDS && commas <= 1
}

/// Months written short, as dates in tables and datelines write them ("Jan 10").
const MONTHS_SHORT: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Pronouns and possessives that open sentences, besides [`FUNCTION_OPENERS`]: with those, the
/// candidates for a plain opener (see [`EntityTagger::plain_openers`]).
const PRONOUN_OPENERS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my",
];

/// Tokens room is made for in [`EntityTagger::tag`]: the windows of a long news sentence.
const TOKENS_RESERVED: usize = 256;

/// Bytes of text per mention for the first capacity of the mention list (news has about one a
/// hundred bytes; a document with more grows the list).
const BYTES_PER_MENTION: usize = 96;

/// The entity stage: gazetteer plus rules. Read-only, shared across threads.
#[derive(Debug, Clone)]
pub struct EntityTagger {
    gazetteer: Gazetteer,
    lexicon: Lexicon,
    /// Tokenize every word instead of only the neighbourhoods of capitalised words (slower,
    /// same result; kept to test that claim).
    full_tokens: bool,
    /// Capitalised function words ("The", "However") that, opening a sentence or a quotation
    /// alone in their chunk, the rules only ever leave to the document pass (checked against
    /// the lists when the tagger is made): such an opener needs no tokens (see
    /// [`tokens::tokenize_names`]).
    plain_openers: tokens::PlainOpeners,
    /// The words that an organisation's entry ends with before a possessive ("McDonald" of
    /// "McDonald's"): only a run ending with one of them is looked up with its "'s".
    possessive_heads: HashSet<Box<str>>,
    /// US states written short after a place ("Irvine, Calif."), and their entries.
    states: states::StateAbbreviations,
}

/// The canonical name and id of each gazetteer entry that a document mentions, made once per
/// document and shared by its mentions ("United States" mentioned six times is one
/// allocation, not six).
struct EntryNames(HashMap<u32, (Arc<str>, Option<Arc<str>>)>);

impl EntryNames {
    fn of(&mut self, gazetteer: &Gazetteer, entry: u32) -> (Arc<str>, Option<Arc<str>>) {
        self.0
            .entry(entry)
            .or_insert_with(|| {
                let entry = gazetteer.entry(entry);
                (
                    Arc::from(&*entry.canonical),
                    entry.id.as_deref().map(Arc::from),
                )
            })
            .clone()
    }
}

/// A labelled stretch of tokens inside a sentence, before document-level linking.
#[derive(Debug, Clone)]
struct Candidate {
    first: usize,
    end: usize,
    label: Label,
    rule: &'static str,
    /// The gazetteer entry it is, whose canonical name and id it takes (copied only when the
    /// candidate becomes an entity: most looked-up candidates are dropped).
    entry: Option<u32>,
    title: Option<Span>,
}

/// Per-document working state.
struct Sentence<'s, 't> {
    text: &'t str,
    tokens: &'s [Token],
    caps: bool,
    /// The byte where the sentence (or the piece of a long one) ends.
    end: usize,
    /// The index of the sentence's first word, when it is among the tokens.
    first_word: Option<usize>,
    /// The words the document writes in lower case.
    lowercase_words: &'s LowercaseWords<'t>,
}

/// Whether a document writes a word in lower case, asked of a few words per document: each
/// is searched for in the text (memchr's SIMD search), except in a long document, where the
/// set of its lower-case words is built once on first use, so that the questions never cost
/// a pass over a large text each.
pub(crate) struct LowercaseWords<'t> {
    text: &'t str,
    set: OnceCell<HashSet<&'t str>>,
}

impl<'t> LowercaseWords<'t> {
    /// Searches the text directly up to this length.
    const SEARCH_UP_TO: usize = 1 << 20;

    fn new(text: &'t str) -> LowercaseWords<'t> {
        LowercaseWords {
            text,
            set: OnceCell::new(),
        }
    }

    /// True when the document writes `lower` (a word in lower case) as a whole word.
    pub(crate) fn contains(&self, lower: &str) -> bool {
        if self.text.len() <= Self::SEARCH_UP_TO {
            return contains_lowercase_word(self.text, lower);
        }
        self.set
            .get_or_init(|| {
                self.text
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty() && !w.chars().any(char::is_uppercase))
                    .collect()
            })
            .contains(lower)
    }
}

impl EntityTagger {
    /// A tagger over a compiled gazetteer and word lists.
    pub fn new(gazetteer: Gazetteer, mut lexicon: Lexicon) -> EntityTagger {
        add_party_adjectives(&gazetteer, &mut lexicon);
        let plain_openers = Self::plain_openers(&gazetteer, &lexicon);
        let possessive_heads = (0..gazetteer.len() as u32)
            .map(|e| gazetteer.entry(e))
            .filter(|entry| entry.label == Label::Org)
            .filter_map(|entry| {
                let surface = &*entry.surface;
                let bare = surface
                    .strip_suffix("'s")
                    .or_else(|| surface.strip_suffix("’s"))?;
                Some(bare.rsplit(' ').next().unwrap_or(bare).into())
            })
            .collect();
        let states = states::StateAbbreviations::new(&gazetteer);
        EntityTagger {
            gazetteer,
            lexicon,
            full_tokens: false,
            plain_openers,
            possessive_heads,
            states,
        }
    }

    /// The capitalised forms of [`FUNCTION_OPENERS`] and [`PRONOUN_OPENERS`] that, as the
    /// first word of a sentence or a quotation and alone in their chunk, the sentence rules
    /// take to the document pass and do nothing else with: a name word (not a non-entity), no
    /// gazetteer entry of one word (the look-up at an opener alone in its chunk ends with it),
    /// no title, and an ordinary word by [`Self::is_ordinary_opener`]'s test. The lists
    /// decide, so a user's list that names "Still" (a band) keeps "Still" out.
    fn plain_openers(gazetteer: &Gazetteer, lexicon: &Lexicon) -> tokens::PlainOpeners {
        tokens::PlainOpeners::new(
            FUNCTION_OPENERS
                .iter()
                .chain(PRONOUN_OPENERS)
                .map(|w| {
                    let mut capitalised = w.to_string();
                    capitalised[..1].make_ascii_uppercase();
                    capitalised
                })
                .filter(|w| {
                    let all_caps = !w.bytes().any(|b| b.is_ascii_lowercase());
                    w.bytes().all(|b| b.is_ascii_alphabetic())
                        && !lexicon.is_non_entity(w.as_bytes())
                        && !gazetteer.has_word_entry(w)
                        && lexicon.title(w).is_none()
                        && (lexicon.is_common_word_folded(w) || w.len() <= 3 && !all_caps)
                }),
        )
    }

    /// The same tagger tokenizing every word of every sentence: slower, and meant to give the
    /// same entities (a test compares the two).
    #[doc(hidden)]
    pub fn with_full_tokens(mut self) -> EntityTagger {
        self.full_tokens = true;
        self
    }

    /// The entity lists.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The word lists.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Finds the entities of `text`, whose sentences are `sentences`, in text order.
    pub fn tag(&self, text: &str, sentences: &[Span]) -> Vec<Entity> {
        // Sized for a news article up front (a mention every hundred bytes or so; the tokens
        // of one sentence's windows): growing from empty costs an allocation and a copy per
        // doubling, several per document.
        let mut tokens = Vec::with_capacity(TOKENS_RESERVED);
        let mut mentions = Vec::with_capacity(text.len() / BYTES_PER_MENTION + 4);
        let mut unresolved = Vec::with_capacity(8);
        let mut unlabelled_runs = Vec::new();
        let mut skipped = Vec::new();
        let mut caps_sentences = Vec::new();
        let mut candidates = Vec::with_capacity(8);
        // Sized like the mentions (a third of them or more are gazetteer entries), so that it
        // is not rehashed as it fills.
        let mut entry_names = EntryNames(HashMap::with_capacity_and_hasher(
            text.len() / BYTES_PER_MENTION / 2 + 4,
            Default::default(),
        ));
        let lowercase_words = LowercaseWords::new(text);
        // A sentence longer than a piece is tagged a piece at a time (bounded memory).
        let pieces = tokens::sentence_pieces(text, sentences.iter().copied(), PIECE);
        for sentence in pieces {
            tokens.clear();
            skipped.clear();
            let facts = if self.full_tokens {
                tokens::tokenize_all(text, sentence, &mut tokens)
            } else {
                tokens::tokenize_names(
                    text,
                    sentence,
                    &mut tokens,
                    &self.plain_openers,
                    &mut skipped,
                )
            };
            let unresolved_before = unresolved.len();
            // A headline in title case ("Bernie Sanders Promises Action On Immigration") is
            // read as one in capitals: its capitalised words are no evidence of names.
            let caps = facts.caps || is_title_case(text, sentence);
            let sentence_view = Sentence {
                text,
                tokens: &tokens,
                caps,
                end: sentence.end,
                first_word: facts.first_word,
                lowercase_words: &lowercase_words,
            };
            if caps {
                caps_sentences.push(sentence);
            }
            let before = mentions.len();
            candidates.clear();
            self.tag_sentence(
                &sentence_view,
                &mut candidates,
                &mut unresolved,
                &mut unlabelled_runs,
            );
            // The openers the tokenizer skipped go where the rules would have put them: among
            // the sentence's unknown words, which the rules leave in text order.
            if !skipped.is_empty() {
                unresolved.extend_from_slice(&skipped);
                unresolved[unresolved_before..].sort_by_key(|span| span.start);
            }
            for candidate in candidates.drain(..) {
                mentions.push(self.to_entity(&sentence_view, candidate, &mut entry_names));
            }
            debug_assert!(mentions[before..]
                .windows(2)
                .all(|w| w[0].span.end <= w[1].span.start));
        }
        join_listed_firms(text, &mut mentions);
        extend_heads_over_and(text, &self.lexicon, &mut mentions);
        acronyms::define_names(text, &self.lexicon, &mut mentions);
        acronyms::drop_lower_case_terms(text, &mut mentions);
        firm_names_throughout(text, &mut mentions);
        alias::link(
            self,
            text,
            &mut mentions,
            &unresolved,
            &unlabelled_runs,
            &caps_sentences,
            &lowercase_words,
        );
        groups::relabel_groups(text, &mut mentions);
        team_sheets::name_players(text, &mut mentions, &unresolved);
        products::drop_products(text, &mut mentions);
        employers::name_employers(text, &mut mentions, &unresolved, &self.lexicon);
        teams::relabel(text, &mut mentions, &unresolved, &self.lexicon);
        self.drop_names_of_english_words(text, &mut mentions);
        datelines::keep_places(text, &mut mentions);
        // (Asked of the text once: few documents hold a character reference.)
        if memchr::memmem::find(text.as_bytes(), b"&#").is_some() {
            decode_canonical_names(&mut mentions);
        }
        mentions
    }

    /// Drops the people that the name-shape rule guessed from English words, the first no
    /// given name ("Million Dollar Baby", "Kill Bill", "White Rose", "Crown Bill": works and
    /// things, not people), with the mentions linked to them ("Star" for "Red Star"). Run
    /// after the passes that relabel such a guess from its context (a side in a results
    /// line, "Red Star 2 Hajduk 1"; a town before its state, "Lees Summit, Mo."), which
    /// keep theirs.
    fn drop_names_of_english_words(&self, text: &str, mentions: &mut Vec<Entity>) {
        // (The rule makes people only.)
        let english = |m: &Entity| {
            m.rule == "name-shape"
                && self.english_words(m.span.slice(text).split_whitespace(), GivenNames::NotFirst)
        };
        let dropped: Vec<Arc<str>> = mentions
            .iter()
            .filter(|m| english(m))
            .map(|m| m.canonical.clone())
            .collect();
        if !dropped.is_empty() {
            mentions.retain(|m| !(m.label == Label::Per && dropped.contains(&m.canonical)));
        }
    }

    /// True when every word of `words` is an English word and no given name where `given`
    /// forbids one: such a name is a thing's, not a person's ("Wooden Spoon", "Million Dollar
    /// Baby").
    fn english_words<'w>(&self, words: impl Iterator<Item = &'w str>, given: GivenNames) -> bool {
        words.enumerate().all(|(k, w)| {
            let given_allowed = given == GivenNames::NotFirst && k > 0;
            self.lexicon.is_common_word_folded(w)
                && (given_allowed || self.lexicon.given_name(w).is_none())
        })
    }

    /// True when the word before token `start` introduces the title of a work ("the film
    /// Vera Drake": [`WORK_NOUNS`]).
    fn after_work_noun(&self, s: &Sentence<'_, '_>, start: usize) -> bool {
        start > 0 && WORK_NOUNS.contains_bytes(s.tokens[start - 1].span.bytes(s.text))
    }

    fn to_entity(&self, s: &Sentence<'_, '_>, c: Candidate, names: &mut EntryNames) -> Entity {
        let span = Span::new(s.tokens[c.first].span.start, s.tokens[c.end - 1].span.end);
        let (canonical, id) = match c.entry {
            Some(e) => names.of(&self.gazetteer, e),
            None => (span.slice(s.text).into(), None),
        };
        Entity {
            span,
            label: c.label,
            canonical,
            id,
            rule: c.rule,
            title: c.title,
        }
    }

    /// Appends the candidates of one sentence to `out`, in order; unknown capitalised words go
    /// to `unresolved` and runs of capitalised words that no rule labels, or labels only in
    /// part, to `unlabelled_runs`, for the document-level pass.
    fn tag_sentence(
        &self,
        s: &Sentence<'_, '_>,
        out: &mut Vec<Candidate>,
        unresolved: &mut Vec<Span>,
        unlabelled_runs: &mut Vec<alias::Run>,
    ) {
        let tokens = s.tokens;
        if s.caps {
            // Headlines: gazetteer entries only (the rest is decided by the document pass).
            let mut i = 0;
            while i < tokens.len() {
                match self.gazetteer_at(s, i, tokens.len()) {
                    Some(candidate) => {
                        i = candidate.end;
                        out.push(candidate);
                    }
                    None => i += 1,
                }
            }
            return;
        }
        let first_word = s.first_word;
        // A title written short ("Sen.", "Gov.") ends its chunk at the period: the name in
        // the next chunk (starting at this token) takes it.
        let mut short_title: Option<(usize, Span)> = None;
        // The letters after a name, once cut off it, are skipped.
        let mut postnominal = None;
        let mut i = 0;
        while i < tokens.len() {
            if !self.is_name_token(s, i) || postnominal == Some(i) {
                if tokens[i].inner_capital {
                    out.extend(self.lower_case_entry(s, i));
                }
                i += 1;
                continue;
            }
            let mut end = i + 1;
            loop {
                if end < tokens.len() && self.is_name_token(s, end) {
                    end += 1;
                    continue;
                }
                // The next three ways on start at a connector ("of", "van", "&").
                let connector = end + 1 < tokens.len() && self.is_connector(s, end);
                if connector && self.is_name_token(s, end + 1) && self.connector_joins(s, end) {
                    end += 2;
                } else if connector
                    && end + 2 < tokens.len()
                    && self.are_particles(s, end)
                    && self.is_name_token(s, end + 2)
                {
                    // Two particles in a row: "Joost van der Westhuizen", "Fernando de la Rua".
                    end += 3;
                } else if connector
                    && end + 2 < tokens.len()
                    && tokens[end].span.bytes(s.text) == b"of"
                    && tokens[end + 1].text(s.text) == "the"
                    && self.is_name_token(s, end + 2)
                    && self.connector_joins(s, end)
                {
                    end += 3;
                } else if let Some(name_end) = self.run_after_and(s, end).and_then(|to| {
                    self.entry_across_and(s, i, end, to)
                        .or_else(|| self.headed_name_across_and(s, i, end, to))
                }) {
                    end = name_end;
                } else if let Some(entry_end) = self.entry_with_possessive(s, i, end) {
                    end = entry_end;
                } else if let Some(name_end) = self.headed_after_plural_possessive(s, i, end) {
                    end = name_end;
                } else if self.office_of_titled_holder(s, i, end) {
                    // "the Information Commissioner's Office": the possessive is in the name.
                    end += 2;
                } else if self.street_after_possessive(s, i, end) {
                    // "St Helen's Road", "Bishop's Avenue": the possessive is in the name.
                    end += 2;
                } else if self.place_prefix_written_short(s, end) {
                    // "St. Louis", "Mt. Everest": the period is part of the name.
                    end += 2;
                } else {
                    break;
                }
            }
            // A legal suffix written in lower case or abbreviated closes a company name:
            // "Northgate Foods plc", "Halden Corp.".
            let lower_suffix = |k: usize| {
                tokens[k].kind == TokenKind::Word
                    && !tokens[k].capitalised
                    && self.lexicon.is_org_suffix(tokens[k].text(s.text))
            };
            if end < tokens.len() && end > i + 1 && lower_suffix(end) {
                end += 1;
            }
            if end < tokens.len() && end > i + 1 && self.is_abbreviated_suffix(s, end) {
                end += 1;
            }
            // "Charles Harris QC", "Ann Clwyd MP": the letters after a person's name are no
            // part of it, and left out they leave the name itself to the rules ("Guy
            // Mansfield QC" is no town).
            if end > i + 2 && POSTNOMINALS.contains_bytes(tokens[end - 1].span.bytes(s.text)) {
                end -= 1;
                postnominal = Some(end);
            }
            // "Hong Kong-based": a listed name that an adjective goes on with is no name, nor
            // is its start ("Hong" is a surname too); the words before it are a chunk of
            // their own.
            // (Asked only before a hyphenated word: a capitalised word that is no plain run
            // of letters and digits.)
            let adjective_next = tokens
                .get(end)
                .is_some_and(|t| t.capitalised && !t.alnum && t.kind == TokenKind::Word);
            if let Some(from) = adjective_next
                .then(|| self.name_into_adjective(s, i, end))
                .flatten()
            {
                if from > i {
                    self.classify_chunk(s, i, from, false, None, out, unresolved);
                }
                i = end + 1;
                continue;
            }
            // A broadcaster's channel or station by its number: "Channel 4", "BBC Radio 4",
            // "BBC Two", "Radio 5 Live".
            if let Some((from, to)) = self.station(s, i, end) {
                if from > i {
                    self.classify_chunk(s, i, from, false, None, out, unresolved);
                }
                out.push(Candidate::new(from, to, Label::Org, "station"));
                i = to;
                continue;
            }
            // A newspaper named by the day or time it comes out: "the Sunday Times" (a
            // weekday is no name word, so the chunk is the head alone), "Daily Mirror".
            if let Some(from) = self.newspaper(s, i, end) {
                out.push(Candidate::new(from, end, Label::Org, "newspaper"));
                i = end;
                continue;
            }
            // "Sen. Marco Rubio": the abbreviated title is no name ("Sen" is a surname too);
            // the words before it are a chunk of their own ("Florida Gov. Rick Scott").
            let titled = short_title.take().filter(|&(at, _)| at == i);
            if let Some(title) = self.short_title_before_name(s, end) {
                short_title = Some((end + 1, title));
                if end - 1 > i {
                    self.classify_chunk(s, i, end - 1, false, None, out, unresolved);
                }
                i = end + 1;
                continue;
            }
            if end == i + 1 {
                if let Some(state) = self.state_after_place(s, i) {
                    // The place before it is a place, whatever a weak rule took it for
                    // ("Jackson, Miss.").
                    if let Some(place) = out.last_mut().filter(|c| c.end + 1 == i) {
                        if matches!(place.rule, "surname" | "name-shape" | "given-name") {
                            place.label = Label::Loc;
                            place.rule = "place+state";
                        }
                    }
                    i = state.end;
                    out.push(state);
                    continue;
                }
            }
            if let Some((_, title)) = titled {
                // "Mr. President": a title after the title, no name (but "Mr. King").
                let word = tokens[i].text(s.text);
                if end == i + 1
                    && self.lexicon.title(word).is_some()
                    && !self.lexicon.is_surname(word)
                {
                    i = end;
                    continue;
                }
                let before = out.len();
                self.classify_chunk(s, i, end, true, None, out, unresolved);
                for c in &mut out[before..] {
                    if c.label == Label::Per {
                        c.title = Some(title);
                    }
                }
                i = end;
                continue;
            }
            let mut start = i;
            // A sentence's first word is capitalised whatever it is: drop an ordinary word.
            let opens = Some(start) == first_word || self.after_opening_quote(s, start);
            // The entry at an opening word is looked up once: by the opener test and, when the
            // word starts a name, by the chunk's labelling.
            let at_opener = opens.then(|| self.gazetteer_at(s, start, end));
            // (Not a party's member before a name: "Lib Dem Norman Baker said".)
            if at_opener
                .as_ref()
                .is_some_and(|found| self.is_ordinary_opener(s, start, end, found.as_ref()))
                && (end - start < 3 || self.party_member(s, start, end).is_none())
            {
                // "Transport Scotland said", "Police Scotland": a noun before a country,
                // opening the sentence, names a national body.
                if end == start + 2 && self.is_national_body(s, start) {
                    out.push(Candidate::new(start, end, Label::Org, "noun+country"));
                    i = end;
                    continue;
                }
                // Left for the document pass: "Labour, which had held ..." is the party
                // when the document names it elsewhere.
                if end == start + 1 {
                    unresolved.push(s.tokens[start].span);
                } else if end - start <= MAX_NAME_WORDS
                    && !is_function_word(s.tokens[start].text(s.text))
                {
                    // So is a run of words: "Virgin Radio said", "Air China's listing" name
                    // what the document names so in mid-sentence.
                    let span = Span::new(s.tokens[start].span.start, s.tokens[end - 1].span.end);
                    unlabelled_runs.push(alias::Run {
                        span,
                        partly_labelled: false,
                    });
                }
                start += 1;
            }
            if start < end {
                let looked_up = at_opener.filter(|_| start == i);
                let before = out.len();
                self.classify_chunk(s, start, end, false, looked_up, out, unresolved);
                merge_organisation_and_place(out, before, start, end);
                // A run of words that no rule labels is left to the document pass too: "How
                // much Ask Jeeves paid" names what "vice president at Ask Jeeves" names.
                // (Not the title of a work, which rule 0 leaves unlabelled on purpose.)
                // So is one whose rules label only part of it: "Lycos Europe said" names what
                // "the Lycos Europe unit" names, not the place.
                // (A run of one word, most chunks, is none.)
                let run = (2..=MAX_NAME_WORDS).contains(&(end - start));
                let partly_labelled = run
                    && out.len() > before
                    && !out[before..]
                        .iter()
                        .any(|c| c.first == start && c.end == end);
                if run
                    && (out.len() == before || partly_labelled)
                    && !self.after_work_noun(s, start)
                {
                    let span = Span::new(s.tokens[start].span.start, s.tokens[end - 1].span.end);
                    unlabelled_runs.push(alias::Run {
                        span,
                        partly_labelled,
                    });
                }
            }
            i = end;
        }
    }

    /// True for a capitalised word that can be part of a name (not a day or month).
    #[inline(always)]
    fn is_name_token(&self, s: &Sentence<'_, '_>, i: usize) -> bool {
        let t = &s.tokens[i];
        // Cheap checks first, in line: most tokens are lower case and stop here. A capitalised
        // word can be part of a name unless it never names anything (a day, a month) or is
        // an adjective made from a name, which a word of letters and digits alone is not.
        t.kind == TokenKind::Word
            && t.capitalised
            && !self.lexicon.is_non_entity(t.span.bytes(s.text))
            && (t.alnum
                || !is_name_adjective(t.text(s.text))
                || self.is_hyphenated_given_name(s, i))
    }

    /// True when tokens `at..` are a country in brackets: "(", a country the lists name, ")",
    /// not followed by a whole number.
    #[inline(never)]
    fn country_in_brackets_at(&self, s: &Sentence<'_, '_>, at: usize) -> bool {
        let tokens = s.tokens;
        let (Some(open), Some(close)) = (tokens.get(at), tokens.get(at + 2)) else {
            return false;
        };
        if open.span.bytes(s.text) != b"(" || close.span.bytes(s.text) != b")" {
            return false;
        }
        // A whole number after it is a club's score in a results line ("Ruch Chorzow
        // (Poland) 5 Llansantffraid (Wales) 0"); an athlete's result has a point or a colon
        // ("64.02", "13:06.45").
        let after = s.text[close.span.end..].trim_start_matches(' ').as_bytes();
        let digits = after.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits > 0 && !matches!(after.get(digits), Some(b'.' | b':')) {
            return false;
        }
        // Nor a fixture's side: "Lyngby (Denmark) v Club Brugge (Belgium)".
        if after.starts_with(b"v ") || after.starts_with(b"vs") {
            return false;
        }
        self.gazetteer_at(s, at + 1, at + 2).is_some_and(|c| {
            c.end == at + 2
                && c.label == Label::Loc
                && c.entry
                    .is_some_and(|e| self.lexicon.is_country(&self.gazetteer.entry(e).canonical))
        })
    }

    /// The token where a listed name starts that runs from within the chunk `start..end` into
    /// the hyphenated adjective at token `end` ("Hong Kong-based", "New York-born"), if any.
    #[inline(never)]
    fn name_into_adjective(&self, s: &Sentence<'_, '_>, start: usize, end: usize) -> Option<usize> {
        let tokens = s.tokens;
        let next = tokens.get(end)?;
        if next.kind != TokenKind::Word
            || !next.capitalised
            || next.alnum
            || tokens[end - 1].span.end + 1 != next.span.start
        {
            return None;
        }
        let word = next.text(s.text);
        if !is_name_adjective(word) {
            return None;
        }
        let hyphen = next.span.start + word.rfind('-')?;
        // (The name is looked up alone: in the text a hyphen and a letter end no entry.)
        (start..end).find(|&k| {
            let name = &s.text[tokens[k].span.start..hyphen];
            !self.gazetteer.entries_named(name).is_empty()
        })
    }

    /// True when token `i`, a hyphenated word in lower case after its hyphen, is an East Asian
    /// given name after a listed surname ("Kim In-so", "Kang Young-hoon", "Chen Chun-yeh"):
    /// two short parts of letters, the second no ending of an adjective ("Hong Kong-based").
    #[inline(never)]
    fn is_hyphenated_given_name(&self, s: &Sentence<'_, '_>, i: usize) -> bool {
        let word = s.tokens[i].text(s.text);
        let Some((first, second)) = word.split_once('-') else {
            return false;
        };
        let short = |part: &str| {
            (2..=6).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphabetic())
        };
        let previous = i.checked_sub(1).map(|p| &s.tokens[p]);
        // (No participle either: "True Crime-shaped".)
        short(first)
            && short(second)
            && !ADJECTIVE_ENDINGS.contains(&second)
            && !second.ends_with("ed")
            && !second.ends_with("ing")
            && previous.is_some_and(|p| {
                p.kind == TokenKind::Word
                    && p.capitalised
                    && p.span.end + 1 == s.tokens[i].span.start
                    && self.lexicon.is_surname(p.text(s.text))
            })
    }

    /// True when the sentence-opening word at `i` is a noun (not a function word) and the
    /// word after it is a country: "Transport Scotland", "Police Scotland".
    fn is_national_body(&self, s: &Sentence<'_, '_>, i: usize) -> bool {
        // Adverbs ("Initially"), compass words ("Northern Iraq"), numbers ("Two Scotland
        // players") and function words open sentences; a body is followed by what it did.
        // (What it did first: most opening words are followed by no such verb.)
        // (Also after a day: "Statistics Canada on Friday reported".)
        let verb_at = |k: usize| {
            s.tokens
                .get(k)
                .is_some_and(|t| BODY_VERBS.contains_bytes(t.span.bytes(s.text)))
        };
        let dated = s
            .tokens
            .get(i + 2)
            .is_some_and(|t| matches!(t.span.bytes(s.text), b"on" | b"last" | b"this"));
        let acts = verb_at(i + 2) || (dated && verb_at(i + 4));
        if !acts {
            return false;
        }
        let first = s.tokens[i].text(s.text);
        let opener = first.ends_with("ly")
            || COMPASS.contains(first)
            || FUNCTION_OPENER_SET.contains_folded(first);
        if opener || self.lexicon.demonym(first).is_some() {
            return false;
        }
        self.gazetteer_at(s, i + 1, i + 2).is_some_and(|c| {
            c.label == Label::Loc
                && c.entry
                    .is_some_and(|e| self.lexicon.is_country(&self.gazetteer.entry(e).canonical))
        })
    }

    /// True when token `i` is the period glued to "St", "Ste", "Mt" or "Ft" before a name
    /// word ("St. Louis", "Mt. Everest", "Ft. Lauderdale"), which news writes so for "Saint",
    /// "Mount" and "Fort".
    fn place_prefix_written_short(&self, s: &Sentence<'_, '_>, i: usize) -> bool {
        i >= 1
            && i + 1 < s.tokens.len()
            && matches!(
                s.tokens[i - 1].span.bytes(s.text),
                b"St" | b"Ste" | b"Mt" | b"Ft"
            )
            && is_glued_period(s, i)
            && s.tokens[i + 1].span.start == s.tokens[i].span.end + 1
            && self.is_name_token(s, i + 1)
    }

    /// The first token of a newspaper's name when the chunk `i..end` ends one: a weekday
    /// right before a chunk of one head word ("Sunday Times"), or a chunk of "Daily",
    /// "Evening" or "Morning" and a head that no list names so ("Daily Mirror").
    fn newspaper(&self, s: &Sentence<'_, '_>, i: usize, end: usize) -> Option<usize> {
        let tokens = s.tokens;
        let word = |k: usize| tokens[k].span.bytes(s.text);
        // (Asked of every chunk: the cheap byte tests rule nearly all out before a hash.)
        if end == i + 1 {
            let day = i.checked_sub(1).map(word)?;
            let weekday = day.ends_with(b"day") && WEEKDAYS.contains_bytes(day);
            return (weekday && PAPER_HEADS_AFTER_DAY.contains_bytes(word(i))).then_some(i - 1);
        }
        // (A listed paper keeps its entry's canonical name: "Daily Telegraph".)
        let paper = end == i + 2
            && matches!(word(i), b"Daily" | b"Evening" | b"Morning")
            && is_paper_head(word(i + 1))
            && self.gazetteer_at(s, i, end).is_none();
        paper.then_some(i)
    }

    /// The tokens of a broadcaster's channel or station named by its number at the end of
    /// the chunk `i..end`: a head word ("Radio", "Channel", "BBC", "ITV") and a number of
    /// one or two digits after it ("Channel 4", then "Live", "Extra", "News" or "Music": "Radio 5
    /// Live") or a number word in the chunk ("BBC Two"). The station takes in the words of
    /// the chunk before its head, up to two ("Capital Radio 95"), unless the chunk opens the
    /// sentence (an opening word may be an adverb); else an acronym right before the head
    /// ("BBC Radio 4").
    fn station(&self, s: &Sentence<'_, '_>, i: usize, end: usize) -> Option<(usize, usize)> {
        let tokens = s.tokens;
        let is_head = |k: usize| {
            matches!(
                tokens[k].span.bytes(s.text),
                b"Radio" | b"Channel" | b"BBC" | b"ITV"
            )
        };
        let (head, mut to) = if end < tokens.len()
            && tokens[end].kind == TokenKind::Number
            && tokens[end].span.len() <= 2
            && tokens[end]
                .span
                .bytes(s.text)
                .iter()
                .all(u8::is_ascii_digit)
            && tokens[end].span.start == tokens[end - 1].span.end + 1
            && is_head(end - 1)
        {
            (end - 1, end + 1)
        } else {
            // The number written as a word, the run perhaps closed by the station's kind
            // ("BBC Two", "BBC Five Live").
            let kind = |k: usize| {
                matches!(
                    tokens[k].span.bytes(s.text),
                    b"Live" | b"Extra" | b"News" | b"Music"
                )
            };
            let last = if end >= i + 3 && kind(end - 1) {
                end - 2
            } else {
                end - 1
            };
            if last > i
                && matches!(
                    tokens[last].span.bytes(s.text),
                    b"One" | b"Two" | b"Three" | b"Four" | b"Five"
                )
                && is_head(last - 1)
            {
                (last - 1, end)
            } else {
                return None;
            }
        };
        if to < tokens.len()
            && to == end + 1
            && matches!(
                tokens[to].span.bytes(s.text),
                b"Live" | b"Extra" | b"News" | b"Music"
            )
        {
            to += 1;
        }
        let from = if head > i && head - i <= 2 && s.first_word != Some(i) {
            i
        } else if head > i && tokens[head - 1].all_caps {
            head - 1
        } else {
            head
        };
        Some((from, to))
    }

    /// True when token `i` is the period of an abbreviated legal suffix ("Corp.", "Inc.") and
    /// does not also end the sentence.
    fn is_abbreviated_suffix(&self, s: &Sentence<'_, '_>, i: usize) -> bool {
        is_glued_period(s, i)
            && matches!(
                s.tokens[i - 1].text(s.text),
                "Corp" | "Inc" | "Ltd" | "Co" | "Bros" | "Cos"
            )
            && !ends_sentence(s, i)
    }

    /// The state written short at token `i` after a place and a comma ("Irvine, Calif.",
    /// "Trenton, N.J."), its period included.
    fn state_after_place(&self, s: &Sentence<'_, '_>, i: usize) -> Option<Candidate> {
        let tokens = s.tokens;
        // The comma first: most one-word chunks follow no comma.
        if i < 2 || tokens[i - 1].span.bytes(s.text) != b"," || !tokens[i - 2].capitalised {
            return None;
        }
        let word = tokens[i].text(s.text);
        // "N.J." is one token; "Calif." a word and its period.
        let end = if word.ends_with('.') {
            i + 1
        } else if i + 1 < tokens.len() && is_glued_period(s, i + 1) {
            i + 2
        } else {
            return None;
        };
        let abbreviation = Span::new(tokens[i].span.start, tokens[end - 1].span.end);
        // Not "Mo.-based" (a modifier).
        if s.text[abbreviation.end..].starts_with('-') {
            return None;
        }
        let entry = self.states.get(abbreviation.slice(s.text))?;
        // A period that ends its line ends the sentence too: the mention is the word
        // ("KIRKLAND, Wash" and the dateline's full stop).
        let end = if end == i + 2
            && matches!(
                s.text[abbreviation.end..].bytes().next(),
                None | Some(b'\n' | b'\r')
            ) {
            i + 1
        } else {
            end
        };
        let mut state = Candidate::new(i, end, Label::Loc, "state-abbreviation");
        state.entry = Some(entry);
        Some(state)
    }

    /// The span of the title written short that the word before token `i` and the period at
    /// `i` make ("Sen.", "Gov.", "Dr."), when a name follows it.
    fn short_title_before_name(&self, s: &Sentence<'_, '_>, i: usize) -> Option<Span> {
        let tokens = s.tokens;
        // The period first: most chunks end at a word that no period follows.
        if i + 1 >= tokens.len() || !is_glued_period(s, i) || !self.is_name_token(s, i + 1) {
            return None;
        }
        let title = Span::new(tokens[i - 1].span.start, tokens[i].span.end);
        self.lexicon.title(title.slice(s.text)).map(|_| title)
    }

    /// True when the connector at token `i` joins the words around it into one name: "of"
    /// only after an organisation or place head ("Bank of England", "Isle of Man"), so that
    /// "Keith O'Neill of Norwich City" stays two names; other connectors (de, van, &) always.
    fn connector_joins(&self, s: &Sentence<'_, '_>, i: usize) -> bool {
        let connector = s.tokens[i].text(s.text);
        if !matches!(connector, "of" | "for" | "on") || i == 0 {
            return true;
        }
        let head = s.tokens[i - 1].text(s.text);
        // "on" only after a head listed with it: "Commission on Presidential Debates".
        if connector == "on" {
            return self.lexicon.is_org_prefix_with(head, OrgConnector::On);
        }
        // Or a title holds it: "Secretary of State Colin Powell"; or an office's portfolio
        // and a person's name follow a title: "Minister for Fisheries Bakary Kaba".
        self.lexicon.is_org_prefix(head)
            || self.lexicon.is_joining_head(head)
            || self.title_at(s, i - 1, i + 2) == Some(3)
            || (self.title_at(s, i - 1, i) == Some(1) && {
                let mut run_end = i + 1;
                while run_end < s.tokens.len() && self.is_name_token(s, run_end) {
                    run_end += 1;
                }
                self.name_after_portfolio(s, i, run_end).is_some()
            })
    }

    /// True when token `i` is a connector ("of", "van", "&").
    #[inline(always)]
    fn is_connector(&self, s: &Sentence<'_, '_>, i: usize) -> bool {
        // No connector is capitalised, and most tokens asked about are words of a name or
        // longer than any connector.
        let token = &s.tokens[i];
        !token.capitalised
            && token.span.len() <= CONNECTOR_MAX_LEN
            && is_connector_word(token.span.bytes(s.text))
    }

    /// True when the connector at token `i` and the token after it are both particles of a
    /// person's name ("van der", "de la"): connectors other than "of", "for", "on" and "&",
    /// which join the words of organisations.
    fn are_particles(&self, s: &Sentence<'_, '_>, i: usize) -> bool {
        let particle = |k: usize| {
            !matches!(
                s.tokens[k].span.bytes(s.text),
                b"of" | b"for" | b"on" | b"&"
            )
        };
        particle(i) && self.is_connector(s, i + 1) && particle(i + 1)
    }

    /// True when token `i` follows an opening quotation mark glued to it: a quoted sentence
    /// starts there (`Lindsay said: "When I started ...`), so its first word is capitalised
    /// whatever it is.
    fn after_opening_quote(&self, s: &Sentence<'_, '_>, i: usize) -> bool {
        i > 0 && {
            let mark = &s.tokens[i - 1];
            mark.kind == TokenKind::Punct
                && mark.span.end == s.tokens[i].span.start
                && OPENING_QUOTES.contains(&mark.span.bytes(s.text))
        }
    }

    /// True when the sentence-initial word at `i` is an ordinary word ("The", "Police") rather
    /// than the start of a name; `at_start` is the gazetteer entry at `i` within the chunk.
    fn is_ordinary_opener(
        &self,
        s: &Sentence<'_, '_>,
        i: usize,
        chunk_end: usize,
        at_start: Option<&Candidate>,
    ) -> bool {
        let word = s.tokens[i].text(s.text);
        if at_start.is_some_and(|c| c.rule != "gazetteer-common") {
            return false;
        }
        // ("Labour said", "Apple's profits": the chunk's rules then ask `common_entry_fits`.)
        if at_start.is_some_and(|c| self.opens_as_organisation(s, i, c.label)) {
            return false;
        }
        // An article or a preposition opening a sentence is one, though the given-name list
        // knows it ("An IAAF statement said").
        if is_function_word(word) {
            return true;
        }
        if i + 1 < chunk_end && self.lexicon.given_name(word).is_some() {
            return false;
        }
        // "St Pauli 2 Hansa Rostock 1": a saint's name opens the sentence whole.
        if i + 1 < chunk_end && matches!(word, "St" | "Saint") {
            return false;
        }
        if self.lexicon.title(word).is_some() {
            return false;
        }
        // "J Laharrague; A Rougerie, ...": a team sheet's initial opening a line is no letter
        // of the alphabet (the word lists have those), save the words "A", "I" and "O".
        let initial = matches!(word.as_bytes(), [b] if b.is_ascii_uppercase())
            && !matches!(word, "A" | "I" | "O");
        if initial && i + 1 < chunk_end {
            return false;
        }
        if i + 1 < chunk_end && self.names_body_from_opener(s, i, chunk_end) {
            return false;
        }
        // "Institute of Fiscal Studies director", "Association of British Insurers figures": a
        // head word with its "of" opens the body's name. (Not "House", whose unlisted names
        // are mostly works' titles: "House of Cards", "House of Flying Daggers"; the listed
        // houses, "House of Commons", are entries.)
        if i + 2 < chunk_end && word != "House" && self.is_prefix_head(s, i) {
            return false;
        }
        // "Morocco's Salah Hissou": a name in the possessive before a person's full name (a
        // listed given name and a capitalised word).
        if self.possessive_before_full_name(s.text, s.tokens[i].span.end) {
            return false;
        }
        // "Ford, the US car company, reported": an apposition calls the word a firm's name.
        // (The comma first: most openers have none after them.)
        if i + 1 == chunk_end
            && s.text[s.tokens[i].span.end..].starts_with(", ")
            && self.org_apposition_after(s, chunk_end)
        {
            return false;
        }
        self.lexicon.is_common_word_folded(word) || word.len() <= 3 && !s.tokens[i].all_caps
    }

    /// True when the chunk `i..chunk_end`, opening its sentence, is an organisation's name
    /// from its first word: it ends in an organisation's head word ("Defence Ministry officials
    /// said", "Brush Wellman Inc said"). Not when the first word describes what follows
    /// ("Former Holby City actor", "Latest Opera browser", "Initially Visual Radio"), is a
    /// noun for a firm ("Consultancy Strategy Analytics"), or the words after it are a listed
    /// organisation ("Holders Manchester United", "Distributor Sony Pictures"); nor for a
    /// medium ("Mobile TV"), nor after an opening quotation mark, where a label is often a
    /// coinage (the "Abstentions Party").
    fn names_body_from_opener(&self, s: &Sentence<'_, '_>, i: usize, chunk_end: usize) -> bool {
        let last = s.tokens[chunk_end - 1].text(s.text);
        if last == "TV" || Some(i) != s.first_word || !self.lexicon.is_org_suffix(last) {
            return false;
        }
        let word = s.tokens[i].span.bytes(s.text);
        if word.ends_with(b"ly") || DESCRIBING_OPENERS.contains_folded_bytes(word) {
            return false;
        }
        // "Consultancy Strategy Analytics said": a noun for a firm, itself no head word,
        // introduces the name after it.
        let opener = s.tokens[i].text(s.text);
        if i + 2 < chunk_end
            && !self.lexicon.is_org_suffix(opener)
            && crate::fold::with_lowercase_bytes(opener, |lower| self.lexicon.is_org_noun(lower))
        {
            return false;
        }
        self.gazetteer_at(s, i + 1, chunk_end)
            .is_none_or(|c| c.label != Label::Org)
    }

    /// Labels the chunk `start..end` (token indices), appending candidates. `looked_up` is the
    /// gazetteer entry at `start` within the chunk when the caller has looked it up already.
    #[allow(clippy::too_many_arguments)]
    fn classify_chunk(
        &self,
        s: &Sentence<'_, '_>,
        start: usize,
        end: usize,
        after_title: bool,
        looked_up: Option<Option<Candidate>>,
        out: &mut Vec<Candidate>,
        unresolved: &mut Vec<Span>,
    ) {
        let text = s.text;
        let tokens = s.tokens;
        let lowercase_title = start > 0
            && self.title_at(s, start - 1, start).is_some()
            // (Read from the text: a window keeps one word before a name.)
            && !(tokens[start - 1].span.bytes(text) == b"leader"
                && word_before(text, tokens[start - 1].span.start)
                    .is_some_and(|(_, w)| MARKET_NOUNS.contains_bytes(w.as_bytes())));
        let titled = after_title || lowercase_title;
        let title = if lowercase_title {
            Some(tokens[start - 1].span)
        } else {
            None
        };

        // 0. The title of a work after the noun that introduces it ("the film Vera Drake", "his
        // album Encore", "the single Ain't Nobody"): not labelled (CoNLL's MISC), whatever
        // names it borrows.
        if self.after_work_noun(s, start) {
            return;
        }
        // The longest entry at the chunk's start, looked up once and used by rules 1, 5 and 6.
        let at_start = looked_up.unwrap_or_else(|| self.gazetteer_at(s, start, end));
        // 1. The whole chunk is a gazetteer entry ("General Motors" before any title split).
        if let Some(mut candidate) = at_start.clone().filter(|c| c.end == end) {
            if candidate.rule != "gazetteer-common"
                || self.common_entry_fits(s, start, candidate.label)
            {
                if titled && candidate.label != Label::Per && end - start == 1 {
                    candidate.label = Label::Per;
                    candidate.rule = "title+name";
                    candidate.entry = None;
                }
                candidate.title = title;
                out.push(candidate);
                return;
            }
        }
        // 1'. A name set off after a noun for an organisation is that organisation: "his
        // other band, Fightstar.", "The firm, Paion, said", "another financial firm, China
        // Life, is" (not a person's name: "the Naftohaz company, Yury Boyko, said").
        if self.org_noun_before_comma(s, start, end)
            && (end - start == 1 || self.lexicon.given_name(tokens[start].text(text)).is_none())
        {
            out.push(Candidate::new(start, end, Label::Org, "org-noun+name"));
            return;
        }
        // 0b. Two or three words before a country in brackets are a person's name, as in
        // results and squad lists ("4. Vladimir Dubrovshchik (Belarus)", "Yoelvis Quesada
        // (Cuba)"), whatever place a list names by a word of it; not a whole entry of the
        // lists (taken by rule 1) and not after a title of a work.
        // (Nor after a fixture's "v", nor a name that an organisation's head word ends:
        // "PAO v Legia Warsaw (Poland)", "Daewoo Dacom Communications (Poland) Ltd".)
        let fixture_side = start > 0 && matches!(tokens[start - 1].span.bytes(text), b"v" | b"vs");
        // (The bracket first: nearly every chunk is followed by something else.)
        let bracket_after = tokens.get(end).is_some_and(|t| t.span.bytes(text) == b"(");
        if bracket_after
            && (2..=3).contains(&(end - start))
            && !titled
            && !fixture_side
            && (start..end).all(|k| tokens[k].kind == TokenKind::Word && !tokens[k].all_caps)
            && !self.lexicon.is_org_suffix(tokens[end - 1].text(text))
            && !self.lexicon.is_club_head(tokens[end - 1].text(text))
            && self.country_in_brackets_at(s, end)
        {
            out.push(Candidate::new(start, end, Label::Per, "name+country"));
            return;
        }
        // 1a. A name before a noun for a publication is the publication (a whole entry was
        // taken by rule 1: "a Moscow newspaper").
        let publication = tokens
            .get(end)
            .is_some_and(|t| PUBLICATION_NOUNS_AFTER.contains_bytes(t.span.bytes(text)));
        // (Not a nationality or a people: "a Russian daily", "the Jewish weekly".)
        let adjective = || {
            (start..end).any(|i| {
                let word = tokens[i].text(text);
                self.lexicon.demonym(word).is_some() || has_adjective_ending(word)
            })
        };
        if publication
            && !titled
            && !is_calendar_word(&self.lexicon, tokens[start].text(text))
            && !adjective()
        {
            out.push(Candidate::new(start, end, Label::Org, "name+publication"));
            return;
        }
        // 1b. Names joined by "&" are a firm's ("Duff & Phelps", "Douglas & Lomason"): a
        // person's name has no "&". Not two places ("Trinidad & Tobago").
        if let Some(amp) =
            (start + 1..end.saturating_sub(1)).find(|&k| tokens[k].span.bytes(text) == b"&")
        {
            let place = |from: usize, to: usize| {
                self.gazetteer_at(s, from, to)
                    .is_some_and(|c| c.label == Label::Loc && c.end == to)
            };
            // Two people named in full ("Matt Lucas & David Walliams") are two names.
            let person = |from: usize, to: usize| {
                to - from >= 2 && self.lexicon.given_name(tokens[from].text(text)).is_some()
            };
            if person(start, amp) && person(amp + 1, end) {
                self.classify_chunk(s, start, amp, after_title, None, out, unresolved);
                self.classify_chunk(s, amp + 1, end, false, None, out, unresolved);
                return;
            }
            // Ordinary words are a title or a phrase ("Body & Soul", "Christmas & New Year"),
            // left to the other rules ("Securities & Exchange Commission" has a head word).
            let ordinary = (start..end).filter(|&k| k != amp).all(|k| {
                let word = tokens[k].text(text);
                self.lexicon.is_not_name(word)
                    || (self.lexicon.is_common_word_folded(word)
                        && self.lexicon.given_name(word).is_none())
            });
            let two_places = || place(start, amp) && place(amp + 1, end);
            if !ordinary && !two_places() {
                out.push(Candidate::new(start, end, Label::Org, "ampersand-name"));
                return;
            }
        }
        // 2. A title followed by a name splits the chunk: "Bank of England Governor Mark Carney".
        // Not a chunk that an organisation's head word ends: the title is then part of its
        // name ("Doris Duke Charitable Foundation", "King Fahd University").
        // (The period of an abbreviated suffix, "Halden Corp.", is not a word of its own.)
        let abbreviated = end - start >= 3 && self.is_abbreviated_suffix(s, end - 1);
        let last_word = if abbreviated { end - 2 } else { end - 1 };
        // (Two words will do: "Commodore International", "Admiral Insurance" are no titled
        // people.)
        // Nor one that an event's head word ends: "Ryman Premier League", "Queen's Club
        // Championships".
        // Nor a place's head word that is no surname: "Imam Khomeini International Airport",
        // "Prince Albert Road" ("Mr Tom Hills" keeps its title: "Hills" is a surname).
        let org_named = last_word > start && {
            let last = tokens[last_word].text(text);
            self.lexicon.is_org_suffix(last)
                || self.lexicon.is_event_head(last)
                || (self.lexicon.is_place_suffix(last) && !self.lexicon.is_surname(last))
        };
        // Nor a street after a possessive: "Queen's Road", "Bishop's Avenue".
        let street_named = end >= start + 2
            && tokens[end - 2].kind == TokenKind::Possessive
            && STREET_HEADS.contains(tokens[end - 1].text(text));
        let title_split = if org_named || street_named {
            None
        } else {
            (start..end).find_map(|i| {
                let width = self.title_at(s, i, end)?;
                // A title right after an organisation's head and its "of", before a plural
                // noun, names the members, not a person: "Association of Chief Police
                // Officers" (but "Awami League of Prime Minister Sheikh Hasina").
                if i >= start + 2
                    && self.is_prefix_head(s, i - 2)
                    && is_common_plural(&self.lexicon, tokens[end - 1].text(text))
                {
                    return None;
                }
                let name_start = i + width;
                // "Dean Kiely", "Earl Scruggs": a title that is a common given name, opening a
                // name of two words, is the given name (the titles are written "the dean of").
                if i == start
                    && width == 1
                    && end == start + 2
                    && matches!(tokens[i].text(text), "Dean" | "Earl")
                {
                    return None;
                }
                // A title that opens with an organisation's head word after other words
                // leaves the head to them: "Metropolitan Police Commissioner John Stevens".
                // Not after a place, a nationality or a listed name: "New Zealand Finance
                // Minister", "Venezuelan Finance Minister", "White House Press Secretary".
                let at = if i > start
                    && width >= 2
                    && self.lexicon.is_org_suffix(tokens[i].text(text))
                    && self.title_at(s, i + 1, end) == Some(width - 1)
                    && self.lexicon.demonym(tokens[start].text(text)).is_none()
                    && self.gazetteer_at(s, start, i).is_none()
                {
                    i + 1
                } else {
                    i
                };
                if name_start < end && self.is_connector(s, name_start) {
                    // An office's portfolio after "of" or "for" is part of the title, and a
                    // person's full name ends the chunk: "Minister for Fisheries Bakary Kaba",
                    // "Secretary of Energy Dan Lorne".
                    return self
                        .name_after_portfolio(s, name_start, end)
                        .map(|person| (at, person, Some(name_start + 1)));
                }
                (name_start < end).then_some((at, name_start, None))
            })
        };
        if let Some((at, name_start, portfolio)) = title_split {
            if at > start {
                self.classify_chunk(s, start, at, after_title, None, out, unresolved);
            }
            if self.title_names_nobody(s, at, name_start, end) {
                return;
            }
            // A listed name in the portfolio is a mention still ("Mayor of London Ken
            // Livingstone", "Governor of Texas Rick Perry"), but not a flagged English word
            // ("Minister for Labour" is no party).
            let mut j = portfolio.unwrap_or(name_start);
            while j < name_start {
                match self.gazetteer_at(s, j, name_start) {
                    Some(listed) if listed.rule == "gazetteer" => {
                        j = listed.end;
                        out.push(listed);
                    }
                    _ => j += 1,
                }
            }
            let title = Span::new(tokens[at].span.start, tokens[name_start - 1].span.end);
            let before = out.len();
            self.classify_chunk(s, name_start, end, true, None, out, unresolved);
            for c in &mut out[before..] {
                if c.label == Label::Per {
                    c.title = Some(title);
                }
            }
            return;
        }
        // The first and last words, read only by the rules for chunks of two tokens or more
        // (a chunk of one word, most of them, is not sliced here).
        let (first, last) = if end - start >= 2 {
            (tokens[start].text(text), tokens[last_word].text(text))
        } else {
            ("", "")
        };
        let word_count = (start..=last_word)
            .filter(|&i| !self.is_connector(s, i))
            .count();
        // A run of capitalised words longer than any name (a title in capitals, a list of
        // names) is searched for entries and shapes only, never labelled whole.
        let whole = word_count <= MAX_NAME_WORDS;
        // 3. A title before a name (not before the pronoun: "As Secretary I championed").
        let pronoun = end - start == 1 && tokens[start].span.bytes(text) == b"I";
        if titled && whole && !pronoun {
            out.push(Candidate::new(start, end, Label::Per, "title+name").with_title(title));
            return;
        }
        // 4. Organisation head words: "Mountain Liberation Front", "Ministry of Defence".
        // (Not after an article alone: "The Office" is a title, "The Telegraph Group" a name.)
        let article_first = matches!(first, "The" | "A" | "An");
        // "Executive" heads a government's name after a nationality or a place ("the Scottish
        // Executive", "the Northern Ireland Executive"), never after a title's word ("the
        // Chief Executive").
        // (The words before the head are a place the lists know: "the Northern Ireland
        // Executive", "US TV".)
        let place_before_head = || {
            self.gazetteer_at(s, start, last_word)
                .is_some_and(|c| c.end == last_word && c.label == Label::Loc)
        };
        let executive = || {
            last == "Executive"
                && !article_first
                && (self.lexicon.demonym(first).is_some() || place_before_head())
        };
        // "US TV network", "British TV": a country's or a nationality's television is no
        // broadcaster's name (the place is still a place).
        let national_medium = || {
            last == "TV"
                && (last_word == start + 1 && self.lexicon.demonym(first).is_some()
                    || place_before_head())
        };
        let suffix_head = word_count >= 2 + usize::from(article_first)
            && (self.lexicon.is_org_suffix(last) || executive())
            && !national_medium();
        // The head may follow other words: "National Bank of Poland", "Chicago Board of
        // Trade", "News Agency of Nigeria".
        let prefix_head = end - start >= 3 && (start..end - 2).any(|k| self.is_prefix_head(s, k));
        if whole && (suffix_head || prefix_head) {
            out.push(Candidate::new(start, end, Label::Org, "org-head"));
            return;
        }
        // 4a. An event ("U.S. Open", "Hong Kong Open", "Davis Cup"): not labelled, and the
        // place in it is not a mention of that place.
        if whole && word_count >= 2 && self.lexicon.is_event_head(last) {
            return;
        }
        // A head that opens an organisation's name: "Radio Mitre", "Radio Free Europe" (after
        // the events: "Radio Academy Awards").
        if whole && word_count >= 2 && self.lexicon.is_org_prefix_with(first, OrgConnector::None) {
            out.push(Candidate::new(start, end, Label::Org, "org-head"));
            return;
        }
        // 4b. Place head words: "Irpin River", "Market Street", "Lake Ladoga", "Isle of Mull".
        // (Not a person's name whose surname is a plural head: "Mickey Rivers", "Joan
        // Rivers".)
        let surname_head = || {
            end - start == 2
                && last.ends_with('s')
                && self.lexicon.is_surname(last)
                && self.lexicon.given_name(first).is_some()
                && !self.lexicon.is_common_word_folded(first)
        };
        // (Not after an article alone: "The Village" is a film's title.)
        let place_suffix = word_count >= 2 + usize::from(article_first)
            && self.lexicon.is_place_suffix(last)
            && !surname_head();
        let place_prefix = word_count >= 2 && self.lexicon.is_place_prefix(first);
        if whole && (place_suffix || place_prefix) {
            // (Before a band's member, the band: "Linkin Park singer Chester Bennington".)
            let band = tokens
                .get(end)
                .is_some_and(|t| BAND_MEMBERS.contains_bytes(t.span.bytes(text)));
            if band {
                out.push(Candidate::new(start, end, Label::Org, "name+org-noun"));
            } else {
                out.push(Candidate::new(start, end, Label::Loc, "place-head"));
            }
            return;
        }
        // 4c. A compass word before a known place: "West Yorkshire", "Southern Sudan".
        if whole && end - start >= 2 && COMPASS.contains(first) {
            let rest = self.gazetteer_at(s, start + 1, end);
            if rest.is_some_and(|c| c.end == end && c.label == Label::Loc) {
                out.push(Candidate::new(start, end, Label::Loc, "compass+place"));
                return;
            }
        }
        // 4c'. A known place and a compass word after it: the constituencies and districts
        // "Nottingham North", "Bristol South", "Leeds Central", "Sheffield South East".
        if whole && end - start >= 2 && COMPASS_AFTER.contains(last) {
            let words = if end - start >= 3 && COMPASS_AFTER.contains(tokens[end - 2].text(text)) {
                2
            } else {
                1
            };
            let place = self.gazetteer_at(s, start, end - words);
            if place.is_some_and(|c| c.end == end - words && c.label == Label::Loc) {
                out.push(Candidate::new(start, end, Label::Loc, "place+compass"));
                return;
            }
        }
        // 4d. A place and a plural name after it is a team: "San Francisco Giants", "Colorado
        // Rockies" (a place's own plural word, "Cook Islands", was taken by 4b).
        if whole && end - start >= 2 && self.is_team_name(s, start, end, at_start.as_ref()) {
            out.push(Candidate::new(start, end, Label::Org, "place+team"));
            return;
        }
        // 5a. Initials before a name: "P. Simmons", "J. Crawley" (a town's name is a surname
        // too, and so is a country's: "M. Jordan"). Not before an organisation ("J.
        // Sainsbury"), nor a compass abbreviation before a place ("N. Ireland") or a
        // nationality ("S. Korean").
        if whole && word_count >= 2 {
            let initials = (start..end).take_while(|&i| is_initial(s, i)).count();
            let rest = start + initials;
            if initials > 0 && rest < end && end - rest <= 2 {
                let words = (rest..end).all(|i| {
                    tokens[i].kind == TokenKind::Word
                        && tokens[i].capitalised
                        && !is_initial(s, i)
                        && self.lexicon.demonym(tokens[i].text(text)).is_none()
                });
                let entry = self.gazetteer_at(s, rest, end).filter(|c| c.end == end);
                let compass = initials == 1 && matches!(first, "N." | "S." | "E." | "W.");
                let named_otherwise = entry
                    .is_some_and(|c| c.label == Label::Org || (compass && c.label == Label::Loc));
                if words && !named_otherwise {
                    out.push(Candidate::new(start, end, Label::Per, "initials+name"));
                    return;
                }
            }
            // An initial without its period, as team sheets write them ("G Dempsey", "A
            // Goode"), before a name that is no ordinary word ("V Festival", "A Little"): a
            // surname, or a word no list knows. "A", "I" and "O" are words too ("O Globo"): a
            // surname only.
            let bare = end - start == 2
                && matches!(tokens[start].span.bytes(text), [b] if b.is_ascii_uppercase());
            if bare {
                let name = tokens[start + 1].text(text);
                let surname = self.lexicon.is_surname(name);
                let pronoun_or_article = matches!(first, "A" | "I" | "O");
                // A surname that is an English word too ("T Smith", "L Moody") between the
                // commas, semicolons and brackets of a team sheet.
                let listed = || {
                    let mark = |t: Option<&Token>, marks: &[&[u8]]| {
                        t.is_none_or(|t| marks.contains(&t.span.bytes(text)))
                    };
                    surname
                        && mark(
                            start.checked_sub(1).map(|p| &tokens[p]),
                            &[b",", b";", b":", b"(", b")"],
                        )
                        && mark(tokens.get(end), &[b",", b";", b".", b"(", b")"])
                };
                let fits = tokens[start + 1].kind == TokenKind::Word
                    && !tokens[start + 1].all_caps
                    && (!self.lexicon.is_common_word_folded(name) || listed())
                    && self.lexicon.demonym(name).is_none()
                    && (surname || (!pronoun_or_article && at_start.is_none()))
                    && (self.gazetteer_at(s, start + 1, end).is_none()
                        // A surname that a list names as a place too, between a team sheet's
                        // marks ("G Douglas,"); not after a compass point ("(S Yorkshire)").
                        || (listed() && !matches!(first, "N" | "S" | "E" | "W")));
                if fits {
                    out.push(Candidate::new(start, end, Label::Per, "initials+name"));
                    return;
                }
            }
        }
        // 4e. A nationality before a person's name is no part of it: "German Anke Huber",
        // "South African Amanda Coetzer" (not "German Efromovich", a name of two words).
        if whole && end - start >= 3 && !tokens[start].all_caps {
            if let Some(name_start) = self.after_nationality(s, start, end, at_start.as_ref()) {
                self.classify_chunk(s, name_start, end, after_title, None, out, unresolved);
                return;
            }
        }
        // 4f. A word for what a person is, glued on before a given name and a surname, is no
        // part of the name: "Flanker Colin Charvis", "by Blairite Alan Milburn", "Olympian
        // Andy Turner".
        if whole
            && (3..=4).contains(&(end - start))
            && at_start.is_none()
            && self.describes_person_before_name(s, start)
        {
            self.classify_chunk(s, start + 1, end, after_title, None, out, unresolved);
            return;
        }
        // 5. Given name + capitalised word (the word lists asked only of a chunk that can be
        // one: most chunks are a single word).
        if whole && word_count >= 2 && !tokens[start].all_caps {
            let ambiguous_first =
                || self.lexicon.is_common_word_folded(first) || at_start.is_some();
            // After a country or an organisation that the lists name, the surname must be no
            // English word either: "China Daily", "China Southern" are not people ("Jordan
            // Henderson" is).
            let listed_firm_or_country = || {
                at_start.as_ref().is_some_and(|c| {
                    c.entry.is_some_and(|e| {
                        is_firm_or_country(
                            &self.lexicon,
                            c.label,
                            &self.gazetteer.entry(e).canonical,
                        )
                    })
                })
            };
            // A party's adjective that is a given name too opens no name before a title or
            // an English word: "Tory MP", "Tory Leader" (but "Tory Burch").
            let party_word = || {
                self.lexicon.demonym(first).is_some()
                    && (self.lexicon.title(last).is_some()
                        || self.lexicon.is_common_word_folded(last))
            };
            // A title of a place is no name: "the Prince of Wales", "the Duke of York".
            let title_of = || {
                self.lexicon.title(first).is_some() && tokens[start + 1].span.bytes(text) == b"of"
            };
            let given = self.lexicon.given_name(first).is_some()
                && !title_of()
                && (!ambiguous_first()
                    || (self.lexicon.is_surname(last)
                        && !(listed_firm_or_country()
                            && self.lexicon.is_common_word_folded(last))))
                && !party_word();
            // A place or an organisation of several words that ends the chunk is no part of
            // the name: "the Ted Cruz South Carolina victory party".
            let entry_at_end = || {
                (start + 2..end.saturating_sub(1)).find(|&k| {
                    self.gazetteer_at(s, k, end)
                        .is_some_and(|c| c.end == end && c.label != Label::Per)
                })
            };
            if given && end - start >= 4 {
                if let Some(k) = entry_at_end() {
                    self.classify_chunk(s, start, k, after_title, None, out, unresolved);
                    self.classify_chunk(s, k, end, false, None, out, unresolved);
                    return;
                }
            }
            if given {
                let (label, rule) = if self.firm_context(s, start, end) {
                    (Label::Org, "firm-context+name")
                } else {
                    (Label::Per, "given-name")
                };
                out.push(Candidate::new(start, end, label, rule));
                return;
            }
        }
        // 6. Gazetteer entries inside the chunk; the rest by its shape.
        let mut i = start;
        let mut unknown_from = start;
        let mut first_lookup = Some(at_start);
        while i < end {
            let found = match first_lookup.take() {
                Some(found) if i == start => found,
                _ => self.gazetteer_at(s, i, end),
            };
            match found {
                Some(candidate)
                    if candidate.rule != "gazetteer-common"
                        || self.common_entry_fits(s, i, candidate.label) =>
                {
                    if unknown_from < i {
                        self.classify_unknown(s, unknown_from, i, out, unresolved);
                    }
                    i = candidate.end;
                    unknown_from = i;
                    out.push(candidate);
                }
                _ => i += 1,
            }
        }
        if unknown_from < end {
            self.classify_unknown(s, unknown_from, end, out, unresolved);
        }
    }

    /// The start of the name after a nationality of one or two words that opens the chunk
    /// `start..end`, when that name is two words or more, the first capitalised, and no entry
    /// runs from the chunk's start past the nationality ("American Express").
    fn after_nationality(
        &self,
        s: &Sentence<'_, '_>,
        start: usize,
        end: usize,
        at_start: Option<&Candidate>,
    ) -> Option<usize> {
        let word = |i: usize| s.tokens[i].text(s.text);
        let width = if self.lexicon.demonym(word(start)).is_some() {
            1
        } else if end - start >= 4
            && self
                .lexicon
                .demonym(&format!("{} {}", word(start), word(start + 1)))
                .is_some()
        {
            2
        } else {
            self.party_member(s, start, end)?
        };
        let name_start = start + width;
        let entry_beyond = at_start.is_some_and(|c| c.end > name_start);
        (end - name_start >= 2 && !entry_beyond && s.tokens[name_start].capitalised)
            .then_some(name_start)
    }

    /// The number of words (1 or 2) of a party's member written before a person's name at
    /// token `start` ("Lib Dem Norman Baker", "Democrat Ann Kessler"): words whose plural is a
    /// listed organisation ("Lib Dems", "Democrats"), followed by a given name and at least
    /// one more word, so that a place's name goes on ("Green Bay Packers").
    fn party_member(&self, s: &Sentence<'_, '_>, start: usize, end: usize) -> Option<usize> {
        let tokens = s.tokens;
        (1..=2).rev().find(|&width| {
            let name_start = start + width;
            if end < name_start + 2 || (start..name_start).any(|i| !tokens[i].capitalised) {
                return false;
            }
            let words = Span::new(tokens[start].span.start, tokens[name_start - 1].span.end);
            let plural = format!("{}s", words.slice(s.text));
            let party = self
                .gazetteer
                .entries_named(&plural)
                .iter()
                .any(|&e| self.gazetteer.entry(e).label == Label::Org);
            party
                && self
                    .lexicon
                    .given_name(tokens[name_start].text(s.text))
                    .is_some()
        })
    }

    /// True when the chunk `start..end` is a listed place followed by one plural capitalised
    /// word that is not itself a nationality ("Seattle Mariners", not "Hong Kong Chinese"), and
    /// not a person's name that starts with a place ("Douglas Adams", "Nigel Roberts").
    fn is_team_name(
        &self,
        s: &Sentence<'_, '_>,
        start: usize,
        end: usize,
        at_start: Option<&Candidate>,
    ) -> bool {
        // The place, then the plural name, or an English word and the plural name ("Toronto
        // Blue Jays", "Golden State Warriors").
        let Some(place_end) = at_start.filter(|c| c.label == Label::Loc).map(|c| c.end) else {
            return false;
        };
        let qualified = place_end + 2 == end && {
            let middle = &s.tokens[place_end];
            middle.kind == TokenKind::Word
                && middle.capitalised
                && !middle.all_caps
                && self.lexicon.is_common_word_folded(middle.text(s.text))
        };
        if place_end + 1 != end && !qualified {
            return false;
        }
        let last = &s.tokens[end - 1];
        let word = last.text(s.text);
        let Some(singular) = word.strip_suffix('s') else {
            return false;
        };
        // A place of one word may be a given name ("Douglas", "Leander Paes"): then the team's
        // name must be an English word ("Florida Marlins", "Bradford Bulls"), or "the" come
        // before it, as it does before a team and not a person ("the Houston Astros").
        let first = s.tokens[start].text(s.text);
        let english = || {
            self.lexicon.is_common_word_folded(word) || self.lexicon.is_common_word_folded(singular)
        };
        let after_the = || start > 0 && s.tokens[start - 1].span.bytes(s.text) == b"the";
        if end - start == 2
            && self.lexicon.given_name(first).is_some()
            && !english()
            && !after_the()
        {
            return false;
        }
        last.kind == TokenKind::Word
            && last.capitalised
            && !last.all_caps
            && word.len() > 3
            && !singular.ends_with('s')
            && self.lexicon.demonym(word).is_none()
            && self.lexicon.demonym(singular).is_none()
            && !self.lexicon.is_event_head(singular)
            && !self.lexicon.is_surname(word)
    }

    /// Labels capitalised words that no list knows, by their shape and context.
    /// True when the token at `end` is a possessive ending and a country that the lists
    /// name follows it, ending the phrase: "'s Germany.", "'s Romania -".
    fn owns_country(&self, s: &Sentence<'_, '_>, end: usize) -> bool {
        let tokens = s.tokens;
        if tokens
            .get(end)
            .is_none_or(|t| t.kind != TokenKind::Possessive)
            || tokens.get(end + 1).is_none_or(|t| !t.capitalised)
        {
            return false;
        }
        let chunk_end = (end + 1..tokens.len())
            .find(|&i| !tokens[i].capitalised)
            .unwrap_or(tokens.len());
        // (The country ends the phrase: "Hitler's Germany." but not "Hexal's US affiliate",
        // "E&Y's UK head": a firm's branch in a country.)
        let ends_phrase = tokens.get(chunk_end).is_none_or(|t| {
            t.kind == TokenKind::Punct
                || matches!(t.span.bytes(s.text), b"is" | b"was" | b"and" | b"or")
        });
        ends_phrase
            && self.gazetteer_at(s, end + 1, chunk_end).is_some_and(|c| {
                c.end == chunk_end
                    && c.label == Label::Loc
                    && c.entry.is_some_and(|e| {
                        self.lexicon.is_country(&self.gazetteer.entry(e).canonical)
                    })
            })
    }

    fn classify_unknown(
        &self,
        s: &Sentence<'_, '_>,
        mut start: usize,
        mut end: usize,
        out: &mut Vec<Candidate>,
        unresolved: &mut Vec<Span>,
    ) {
        let text = s.text;
        let tokens = s.tokens;
        // Only capitalised words can be a name: connectors and a lower-case legal suffix
        // ("plc" closing a run too long to be one name) are trimmed off.
        let capitalised = |i: usize| tokens[i].capitalised;
        while start < end && !capitalised(start) {
            start += 1;
        }
        while end > start && !capitalised(end - 1) {
            end -= 1;
        }
        if start >= end {
            return;
        }
        // "Forsa May 23", "Allensbach June 12": a month before a day's number is a date,
        // not the name's last word.
        if end - start > 1
            && tokens
                .get(end)
                .is_some_and(|t| t.text(text).starts_with(|c: char| c.is_ascii_digit()))
            && is_month(tokens[end - 1].text(text))
        {
            end -= 1;
        }
        if end - start > MAX_NAME_WORDS {
            return;
        }
        let words = || (start..end).map(|i| tokens[i].text(text));
        // The words around, as bytes: they are only compared with words and lists.
        let previous = start.checked_sub(1).map(|p| tokens[p].span.bytes(s.text));
        let next = tokens.get(end).map(|t| t.span.bytes(s.text));
        // "the consultancy Analítica Sur", "director of operations at Caledonian MacBrayne".
        // "chief executive of Panlogic", "a spokesman for Unison": the role in lower case (not
        // an office, "Director of Intelligence"), and not before an adjective ("founder of
        // Jewish human rights group") or a title ("editor of Gen. Ulysses Grant's papers").
        let role_of = || {
            let word = tokens[start].text(text);
            matches!(previous, Some(b"of" | b"for"))
                && !(end - start == 1
                    && (has_adjective_ending(word) || self.lexicon.title(word).is_some()))
                && word_before(text, tokens[start - 1].span.start).is_some_and(|(_, w)| {
                    w.bytes().all(|b| b.is_ascii_lowercase())
                        && ROLES_IN_ORGANISATIONS.contains_bytes(w.as_bytes())
                })
        };
        // (Not a function word left alone by a name after it: "punk band The New York
        // Dolls"; an abbreviation in capitals is one, "club AS Roma".)
        let lone_function_word = || {
            end - start == 1
                && !tokens[start].all_caps
                && is_function_word(tokens[start].text(text))
        };
        let apposition = next == Some(b",") && self.apposition_names_org(s, start, end);
        let org_context = ((self.org_noun_before(s, start) && !lone_function_word())
            || (previous == Some(b"at") && self.role_before_at(s, start - 1))
            || role_of()
            || apposition
            || self.speakers_affiliation(s, start, end))
            && tokens[start].span.len() >= 2;
        if end - start == 1 {
            let word = tokens[start].text(text);
            let token = &tokens[start];
            // A nationality, a festival or a prize ("the Christmas period").
            if self.lexicon.demonym(word).is_some() || self.lexicon.is_not_name(word) {
                return;
            }
            // "told the Observer", "writing in the Independent", "according to the Sun":
            // whom a speaker tells, or where words are printed, is a newspaper or a body,
            // though its name is an English word. (Not a title or its plural, "told the
            // Queen", "told the MPs"; not a date; not a name before a noun for a programme or
            // a measure, "the Today programme", "the Linpack benchmark", nor an adjective
            // before "news", "the Yugoslav news agency".)
            let singular = word.strip_suffix('s').unwrap_or(word);
            // (An abbreviation in capitals is left to the rules for those.)
            if previous == Some(b"the")
                && word.bytes().any(|b| b.is_ascii_lowercase())
                && self.lexicon.title(singular).is_none()
                && !is_calendar_word(&self.lexicon, word)
                && !is_month(word)
                && !next.is_some_and(|n| NOT_AUDIENCE_AFTER.contains_bytes(n))
                && told_or_printed(text, tokens[start - 1].span.start)
            {
                out.push(Candidate::new(start, end, Label::Org, "audience+name"));
                return;
            }
            let letters = || word.chars().filter(|c| c.is_alphabetic()).count();
            // "HK$327m": a currency's prefix.
            if text[token.span.end..].starts_with('$') {
                return;
            }
            if let Some(acronym) = self.acronym_written_as_word(s, start) {
                out.push(acronym);
                return;
            }
            if token.all_caps
                && (2..=6).contains(&letters())
                && !self.lexicon.is_common_word_folded(word)
            {
                // "on TV", "with HIV": an ordinary thing, no name (and no place after "on").
                // Joined by a hyphen to a number, an index, a model or a standard ("CAC-40",
                // "AK-47", "MPEG-4").
                if !self.lexicon.is_common_acronym(word) && !is_numbered_code(word) {
                    out.push(Candidate::new(start, end, Label::Org, "acronym"));
                }
                return;
            }
            // "Hitler's Germany", "Mugabe's Zimbabwe": a word no list knows that owns a
            // country is its ruler, no place ("Bolshevik Russia or Hitler's Germany").
            if self.owns_country(s, end) && !self.lexicon.is_common_word_folded(word) {
                out.push(Candidate::new(start, end, Label::Per, "ruler+country"));
                return;
            }
            let before_previous = start.checked_sub(2).map(|p| tokens[p].span.bytes(s.text));
            // "the Selvana region", "the town of Drevnik", "the border with Dravia".
            let place_noun = next.is_some_and(|n| PLACE_NOUNS_AFTER.contains_bytes(n))
                || (previous == Some(b"of")
                    && before_previous.is_some_and(|w| PLACE_NOUNS_BEFORE.contains_bytes(w)))
                || (previous == Some(b"with")
                    && word_before(text, tokens[start - 1].span.start)
                        .is_some_and(|(_, w)| matches!(w, "border" | "borders" | "frontier")));
            // (Not an adjective: "the Kurdish region", "in Islamic law".)
            let adjective = has_adjective_ending(word);
            if place_noun && !adjective {
                out.push(Candidate::new(start, end, Label::Loc, "place-noun"));
                return;
            }
            // "ScotRail", "PayPal": a capital inside a word is a brand's, not a surname's
            // ("McDonald", "DiCaprio" and other name prefixes aside).
            if is_camel_case(word) {
                out.push(Candidate::new(start, end, Label::Org, "camel-case"));
                return;
            }
            // "Ata-ur-Rehman", "Inzamam-ul-Haq": names joined by a particle in lower case
            // ("ul", "ur", "ud") are a person's.
            if is_particle_joined_name(word) {
                out.push(Candidate::new(start, end, Label::Per, "name-shape"));
                return;
            }
            // "said Juninho.", "added Sloncek,": a word no list knows, alone between a verb of
            // speech and the end of the clause, names the speaker, most often a person (an
            // organisation is written so too, "said Seagate.", more rarely). Not an English
            // word, an adjective or an abbreviation.
            if matches!(previous, Some(b"said" | b"says" | b"added"))
                && matches!(next, Some(b"." | b","))
                && word.len() >= 4
                && !token.all_caps
                && !has_adjective_ending(word)
                && !self.lexicon.is_common_word_folded(word)
            {
                out.push(Candidate::new(start, end, Label::Per, "cue+name"));
                return;
            }
            // "Motorola shares", "Rabobank chairman": a word no list knows, before a noun
            // that only a company or a body has.
            // (Not an adjective: "European shares"; nor a short word, an abbreviation: "Lib
            // Dem spokesman".)
            if next.is_some_and(|n| {
                HOLDINGS_AND_STAFF.contains_bytes(n) || ORG_VOICES_AFTER.contains_bytes(n)
            }) && word.len() >= 4
                && !has_adjective_ending(word)
                && !self.lexicon.is_common_word_folded(word)
            {
                out.push(Candidate::new(start, end, Label::Org, "name+org-noun"));
                return;
            }
            if org_context {
                // (A word that the apposition calls a firm is the firm throughout the
                // document, though a person has it as a surname: "Ford, the US car
                // company" and "Bill Ford". See `alias::link`.)
                let rule = if apposition {
                    "apposition+org"
                } else {
                    "org-noun+name"
                };
                out.push(Candidate::new(start, end, Label::Org, rule));
                return;
            }
            // "the Phillies", "the Springboks": a plural name after "the" is a team or a group.
            // Not a title's last word ("Lord of the Rings", "Top of the Pops").
            let plural = has_plural_ending(word);
            let in_title = start >= 3
                && tokens[start - 2].span.bytes(text) == b"of"
                && tokens[start - 3].capitalised;
            // Nor an event ("the Games") or the people of a place ("the Europeans",
            // "the Londoners"), nor a plural of letters ("DVDs").
            let other_plural = || {
                let singular = &word[..word.len() - 1];
                self.lexicon.is_event_head(word)
                    || self.lexicon.demonym(singular).is_some()
                    || singular.len() >= 2 && singular.bytes().all(|b| b.is_ascii_uppercase())
            };
            // "the States": the United States, in speech and sport (not "the States of
            // Jersey", a parliament).
            if word == "States"
                && previous.is_some_and(|p| p.eq_ignore_ascii_case(b"the"))
                && next != Some(b"of")
            {
                let entry = self
                    .gazetteer
                    .entries_named("United States")
                    .first()
                    .copied();
                out.push(Candidate {
                    entry,
                    ..Candidate::new(start, end, Label::Loc, "the+States")
                });
                return;
            }
            if previous.is_some_and(|p| p.eq_ignore_ascii_case(b"the"))
                && plural
                && !token.all_caps
                && !in_title
                && !other_plural()
            {
                out.push(Candidate::new(start, end, Label::Org, "the+plural-name"));
                return;
            }
            // "Shares in Elan", "a stake in Corvex": what one holds shares in is a company.
            // (Read from the text: a window keeps one word before a name, here "in".)
            let holding = previous == Some(b"in")
                && word_before(text, tokens[start - 1].span.start)
                    .is_some_and(|(_, w)| HOLDING_NOUNS.contains_folded_bytes(w.as_bytes()));
            if holding && !adjective && !self.lexicon.is_common_word_folded(word) {
                out.push(Candidate::new(start, end, Label::Org, "org-noun+name"));
                return;
            }
            // "in Drevnik", and "In Velgrad, ..." at the start of a sentence.
            let preposition = previous.is_some_and(|p| PLACE_PREPOSITIONS.contains_folded_bytes(p));
            // (Not an ordinary word: "in Closer", "at Number 10", "in Cabinet". Nor a surname
            // after "at", "near" or "between" ("at Ferguson", "between Blair and Brown"); after
            // "in" a lone surname is a place ("in Seville", "in Ghent") unless it is a
            // possessive ("in Paula's mind") or ends a title, where a capitalised word that is
            // no name nor day stands before "in" ("Ice Cold in Alex"; not "the USA in",
            // "Sunday in"); a person's full name elsewhere in the document still makes it the
            // person ("confidence in Brown").)
            let surname_place = || {
                previous == Some(b"in")
                    && !next.is_some_and(|n| {
                        n.starts_with(b"'") || n.starts_with("\u{2019}".as_bytes())
                    })
                    // (Read from the text: the tokens may hold no word before "in".)
                    && !word_before(text, tokens[start - 1].span.start).is_some_and(|(_, w)| {
                        w.starts_with(|c: char| c.is_uppercase())
                            && !is_calendar_word(&self.lexicon, w)
                            && out.last().is_none_or(|c| c.end + 1 != start)
                    })
            };
            if preposition
                && !adjective
                && (!self.lexicon.is_surname(word) || surname_place())
                && !self.lexicon.is_common_word_folded(word)
            {
                out.push(Candidate::new(start, end, Label::Loc, "preposition+place"));
                return;
            }
            // "between Oban and Craignure", "Tokyo and Pusan": a word joined by "and" or "or" to
            // a listed place, or to a place after "between". (A place guessed from "in" alone
            // is too weak: "in Hide and Seek".) Not "I'm", not an ordinary word, and not a
            // plural ("Leicester and Saracens", "Muslims and Christians") or an adjective
            // ("US and European markets").
            let coordinated = matches!(previous, Some(b"and" | b"or"))
                && word.len() >= 3
                && !word.contains(['\'', '’'])
                && !word.ends_with('s')
                && !word.ends_with("ean")
                && !word.ends_with("ian")
                && !self.lexicon.is_common_word_folded(word)
                && out.last().is_some_and(|c| {
                    c.end + 1 == start
                        && c.label == Label::Loc
                        && (c.rule.starts_with("gazetteer")
                            || (c.rule == "preposition+place"
                                && c.first > 0
                                && tokens[c.first - 1].text(text) == "between"))
                });
            if coordinated {
                out.push(Candidate::new(start, end, Label::Loc, "coordinated-place"));
                return;
            }
            // "(Jan 10)", "Jun 1,100.7": a month written short before a number is a date.
            let month_date = MONTHS_SHORT.contains(&word)
                && next.is_some_and(|n| n.first().is_some_and(u8::is_ascii_digit));
            if month_date {
                return;
            }
            if self.lexicon.is_surname(word) && !self.lexicon.is_common_word_folded(word) {
                out.push(Candidate::new(start, end, Label::Per, "surname"));
                return;
            }
            unresolved.push(token.span);
            return;
        }
        let phrase = Span::new(tokens[start].span.start, tokens[end - 1].span.end).slice(text);
        if words().any(|w| self.lexicon.demonym(w).is_some())
            || self.lexicon.demonym(phrase).is_some()
        {
            return;
        }
        // Words that are not English words ("Danius Gleveckas") are a person's name. A run
        // with ordinary words ("Energy Desk", "Have I Got News For You", "Standard Life
        // Investments") or opening with an acronym ("LMA Manager") is left unlabelled: such
        // runs name works, events, laws, products and offices more often than organisations
        // (about one in four was an organisation in CoNLL-2003 and in BBC news), and an
        // organisation the rules above cannot tell by a head word or a noun before it costs
        // less missed than four wrong ones cost found.
        // (A number word is ordinary even where it is a surname too: "Six Nations", "Million
        // Dollar Baby" name no person.)
        let ordinary = words().any(|w| {
            NUMBER_WORDS.contains_folded(w)
                || (self.lexicon.is_common_word_folded(w)
                    && self.lexicon.given_name(w).is_none()
                    && !self.lexicon.is_surname(w))
        });
        // "A Short History of Rock 'n' Roll by ...": the title of a work, even after a noun
        // that introduces an organisation.
        if ordinary && next == Some(b"by") {
            return;
        }
        if org_context {
            out.push(Candidate::new(start, end, Label::Org, "org-noun+name"));
            return;
        }
        let acronym_first = tokens[start].all_caps && !tokens[start].text(text).ends_with('.');
        // "Wooden Spoon", "Golden Boot": English words all, none a given name, name a thing
        // though each is a surname too.
        let all_english = || self.english_words(words(), GivenNames::Nowhere);
        // "Christmas Day", "Oscar Night": a festival or a prize, not a name.
        if ordinary
            || acronym_first
            || all_english()
            || words().any(|w| self.lexicon.is_not_name(w))
        {
            return;
        }
        // "St Louis", "St Stephen's Green": a saint's name names a place (or a club named
        // after one), not a person; so does a name after "Mt" or "Ft" ("Mt. Kenya").
        if matches!(
            tokens[start].text(text),
            "St" | "Saint" | "Ste" | "Mt" | "Ft"
        ) {
            out.push(Candidate::new(start, end, Label::Loc, "saint+place"));
            return;
        }
        // "North Hykeham", "West Brom": a compass point opens the name of a place (or of a
        // club named after one), not a person's. Before an adjective or a title ("West
        // African", "Ealing North MP"; "-an" makes the adjectives of places and "-ans" their
        // people), and after a compass adjective ("Western PC vendors"), it names nothing.
        let first_word = tokens[start].text(text);
        if COMPASS.contains(first_word) {
            let last = tokens[end - 1].text(text);
            let point = matches!(first_word, "North" | "South" | "East" | "West");
            let adjective = has_adjective_ending(last)
                || last.strip_suffix('s').unwrap_or(last).ends_with("an")
                || self.lexicon.demonym(last).is_some();
            if point && !adjective && self.lexicon.title(last).is_none() {
                out.push(Candidate::new(start, end, Label::Loc, "compass+place"));
            }
            return;
        }
        // "Le Figaro", "La Jornada", "El Watan", "La Scala": a name that opens with a
        // French, Spanish, Italian or German article is a newspaper, a house or a club, not a
        // person ("Les" and "Al" are given names too, and are left out).
        if matches!(
            tokens[start].text(text),
            "La" | "Le" | "El" | "Il" | "Los" | "Las" | "Die" | "Der" | "Das"
        ) {
            out.push(Candidate::new(start, end, Label::Org, "article+name"));
            return;
        }
        // "Skype In", "Log Off": no surname is an adverb particle; a product's or a
        // service's name ends so.
        if PARTICLES.contains(tokens[end - 1].text(text)) {
            return;
        }
        out.push(Candidate::new(start, end, Label::Per, "name-shape"));
    }

    /// True when the unknown name `start..end` is a speaker's body or employer, named in the
    /// possessive before the speaker's full name after a verb of speech: "said ABN Amro's Paul
    /// Mackel", "says Total Film's Jamie Graham", "said the Observer's Philip French". (Not
    /// elsewhere: "Million Dollar Baby's Hilary Swank" is a film's star.)
    fn speakers_affiliation(&self, s: &Sentence<'_, '_>, start: usize, end: usize) -> bool {
        let text = s.text;
        // (The word before the name, or before its "the".)
        let spoken = || {
            word_before(text, s.tokens[start].span.start)
                .and_then(|(at, word)| match word {
                    "the" => word_before(text, at),
                    _ => Some((at, word)),
                })
                .is_some_and(|(_, word)| matches!(word, "said" | "says" | "added" | "adds"))
        };
        // (The possessive first: most names have none.)
        self.possessive_before_full_name(text, s.tokens[end - 1].span.end) && spoken()
    }

    /// True when the text at byte `at` is a possessive ending and a person's full name: a
    /// given name the lists know and a capitalised word ("'s Paul Mackel").
    fn possessive_before_full_name(&self, text: &str, at: usize) -> bool {
        let after = &text[at..];
        let Some(after) = after
            .strip_prefix("'s ")
            .or_else(|| after.strip_prefix("\u{2019}s "))
        else {
            return false;
        };
        let mut words = after.splitn(3, ' ');
        let given = words.next().unwrap_or_default();
        self.lexicon.given_name(given).is_some()
            && words
                .next()
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
    }

    /// True when the unknown name `start..end` is an organisation by the apposition after it
    /// ([`EntityTagger::org_apposition_after`]), and is not the end of a longer name that
    /// another rule cut ("Hanover Re", "Il Sole 24 Ore", "on 11 March": a capitalised word
    /// or a number right before it). (A day or a month alone never gets here.)
    fn apposition_names_org(&self, s: &Sentence<'_, '_>, start: usize, end: usize) -> bool {
        let (tokens, text) = (s.tokens, s.text);
        let cut = word_before(text, tokens[start].span.start).is_some_and(|(at, w)| {
            at + w.len() + 1 == tokens[start].span.start
                && w.starts_with(|c: char| c.is_uppercase())
        }) || text[..tokens[start].span.start]
            .strip_suffix(' ')
            .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
        !cut && self.org_apposition_after(s, end)
    }

    /// True when the name ending at token `end` is set off by an apposition that calls it an
    /// organisation: a comma, a determiner or a possessive, at most three words in lower
    /// case and a noun that introduces an organisation's name, which ends the phrase
    /// ("Surgutneftegas, Russia's fourth-biggest oil producer", "Metrovias, the private
    /// firm which", "Varig, Brazil's flagship airline,"). Not a noun for a person's trade too
    /// ("Jo Flaherty, a senior broadcaster"), nor one before another noun ("a fund manager",
    /// "a trade union leader") or a possessive ("the party's").
    fn org_apposition_after(&self, s: &Sentence<'_, '_>, end: usize) -> bool {
        let text = s.text;
        let from = s.tokens[end - 1].span.end;
        // (Read from the text, a bounded window: the tokens may hold no word after a comma.)
        let Some(rest) = text[from..s.end].strip_prefix(", ") else {
            return false;
        };
        let rest = crate::span::text_after(rest, 0, APPOSITION_WINDOW);
        let mut words = rest.split(' ');
        let opener = words.next().unwrap_or("");
        let possessive = opener.starts_with(|c: char| c.is_uppercase())
            && (opener.ends_with("'s") || opener.ends_with("\u{2019}s"));
        if !(matches!(opener, "the" | "a" | "an") || possessive) {
            return false;
        }
        for _ in 0..4 {
            let Some(word) = words.next() else {
                return false;
            };
            let noun_end = word
                .find(|c: char| !(c.is_ascii_lowercase() || c == '-'))
                .unwrap_or(word.len());
            let (noun, after) = word.split_at(noun_end);
            // A nationality or a listed place among the modifiers: "Parmalat, the Italian
            // food group", "Ford, the US car company".
            if noun.is_empty() && (self.lexicon.demonym(word).is_some() || self.is_place(word)) {
                continue;
            }
            if noun.is_empty() {
                return false;
            }
            if self.lexicon.is_org_noun(noun.as_bytes()) {
                let ends_phrase = match after.chars().next() {
                    Some(c) => matches!(c, ',' | '.' | ';' | ':' | ')'),
                    None => words
                        .next()
                        .is_none_or(|next| APPOSITION_ENDS.contains(next)),
                };
                return ends_phrase && !PERSON_OR_FIRM_NOUNS.contains(noun);
            }
            // (Modifiers only: a word with punctuation or a preposition ends the phrase.)
            if !after.is_empty() || is_function_word(noun) {
                return false;
            }
        }
        false
    }

    /// True when the lists name a place (not a common word) by the whole of `word`: "US".
    fn is_place(&self, word: &str) -> bool {
        self.gazetteer.entries_named(word).iter().any(|&e| {
            let entry = self.gazetteer.entry(e);
            entry.label == Label::Loc && !entry.common
        })
    }

    /// True when the word "at" at token `at` follows a role within a few words: "director of
    /// operations at", "chief economist at". The text is read directly, since the tokens
    /// around a name hold only its nearest neighbour.
    fn role_before_at(&self, s: &Sentence<'_, '_>, at: usize) -> bool {
        let mut before = s.tokens[at].span.start;
        for _ in 0..4 {
            let Some((offset, word)) = word_before(s.text, before) else {
                return false;
            };
            if self.lexicon.title(word) == Some(TitleKind::Role) {
                return true;
            }
            if !word.bytes().all(|b| b.is_ascii_lowercase()) {
                return false;
            }
            before = offset;
        }
        false
    }

    /// True when the word before token `start` is a noun that introduces an organisation's
    /// name ("the consultancy Analítica Sur", "rock band Muse", "oil giant Yukos"). Not
    /// "giant" as an adjective, after a determiner ("some giant CGI dragons").
    fn org_noun_before(&self, s: &Sentence<'_, '_>, start: usize) -> bool {
        let Some(previous) = start.checked_sub(1).map(|p| s.tokens[p].span.bytes(s.text)) else {
            return false;
        };
        self.lexicon.is_org_noun(previous)
            && (previous != b"giant"
                || !word_before(s.text, s.tokens[start - 1].span.start)
                    .is_some_and(|(_, w)| is_function_word(w)))
    }

    /// True when the name `start..end` stands right after a comma that follows a noun for an
    /// organisation in lower case, itself after a word in lower case, a determiner or a
    /// possessive ("his other band, Fightstar", "The firm, Paion", "Eminem's group, D12"),
    /// and the name ends its phrase (a comma, a period, a semicolon or a bracket after it).
    /// Not a noun for a person's trade too ("a senior broadcaster, Tarrow").
    fn org_noun_before_comma(&self, s: &Sentence<'_, '_>, start: usize, end: usize) -> bool {
        let (tokens, text) = (s.tokens, s.text);
        if start == 0 || tokens[start - 1].span.bytes(text) != b"," {
            return false;
        }
        let ends_phrase = tokens
            .get(end)
            .is_some_and(|t| matches!(t.span.bytes(text), b"," | b"." | b";" | b")"));
        if !ends_phrase {
            return false;
        }
        let Some((at, noun)) = word_before(text, tokens[start - 1].span.start) else {
            return false;
        };
        if !self.lexicon.is_org_noun(noun.as_bytes()) || PERSON_OR_FIRM_NOUNS.contains(noun) {
            return false;
        }
        // (The word before the noun: "other", "the", "Eminem's".)
        let before = crate::span::text_before(text, at, 64).trim_end();
        let previous = before.rsplit(' ').next().unwrap_or("");
        previous.starts_with(|c: char| c.is_lowercase())
            || matches!(
                previous,
                "The" | "A" | "An" | "Its" | "His" | "Her" | "Their"
            )
            || previous.ends_with("'s")
            || previous.ends_with("\u{2019}s")
    }

    /// True when the words around the name `start..end` (a given name and a surname by its
    /// shape) say that it names a firm: a firm named after people ("Merrill Lynch", "William
    /// Hill", "John Lewis"). The words are those that only a company has: "investment bank
    /// Merrill Lynch" (an organisation noun, not one for a person's trade too, "publisher
    /// Felix Dennis"), "an analyst at Merrill Lynch", "chief executive of John Lewis" (not
    /// "a spokesman for Tony Blair"), "shares in William Hill", "Morgan Stanley shares"
    /// (not "spokesman": "a Tony Blair spokesman").
    fn firm_context(&self, s: &Sentence<'_, '_>, start: usize, end: usize) -> bool {
        let (tokens, text) = (s.tokens, s.text);
        let word_before_previous =
            || word_before(text, tokens[start - 1].span.start).map(|(_, w)| w.as_bytes());
        let before = start.checked_sub(1).map(|p| tokens[p].span.bytes(text));
        let after = tokens.get(end).map(|t| t.span.bytes(text));
        let before_says = match before {
            Some(b"at") => self.role_before_at(s, start - 1),
            Some(b"of") => word_before_previous().is_some_and(|w| {
                w.iter().all(u8::is_ascii_lowercase) && ROLES_IN_ORGANISATIONS.contains_bytes(w)
            }),
            Some(b"in") => {
                word_before_previous().is_some_and(|w| HOLDING_NOUNS.contains_folded_bytes(w))
            }
            Some(word) => {
                self.org_noun_before(s, start) && !PERSON_OR_FIRM_NOUNS.contains_bytes(word)
            }
            None => false,
        };
        before_says || after.is_some_and(|w| HOLDINGS_AND_STAFF.contains_bytes(w))
    }

    /// True when a common-word entry ("Reading", "Nice") labelled `label` is used as a name
    /// here: the document never writes the word in lower case, and it is not the first word
    /// of the sentence, where every word is capitalised. An organisation's may be, before its
    /// possessive, a verb that reports what it did or a role that only a body has ("Labour
    /// said", "Apple's profits", "Labour MP Stephen Pound"; not "Next year", "Mobile phones").
    fn common_entry_fits(&self, s: &Sentence<'_, '_>, i: usize, label: Label) -> bool {
        // (At a sentence's start: an organisation's before its possessive or a verb, or any
        // name in the possessive before a person's full name, "Morocco's Salah Hissou".)
        if Some(i) == s.first_word
            && !self.opens_as_organisation(s, i, label)
            && !self.possessive_before_full_name(s.text, s.tokens[i].span.end)
        {
            return false;
        }
        let word = s.tokens[i].text(s.text);
        !s.lowercase_words.contains(&word.to_lowercase())
    }

    /// True when the entry labelled `label` at token `i`, which opens a sentence or a
    /// quotation, is an organisation's before its possessive, a verb that reports what it did
    /// or a role that only a body has ([`ORG_OPENING_NEXT`]).
    fn opens_as_organisation(&self, s: &Sentence<'_, '_>, i: usize, label: Label) -> bool {
        label == Label::Org
            && s.tokens.get(i + 1).is_some_and(|next| {
                next.kind == TokenKind::Possessive
                    || ORG_OPENING_NEXT.contains_bytes(next.span.bytes(s.text))
            })
    }

    /// When token `end` is "and" followed by capitalised words that can be part of a name,
    /// the end of those words. (In line: it is asked at the end of every run, and nearly
    /// always answered by the first comparison.)
    #[inline(always)]
    fn run_after_and(&self, s: &Sentence<'_, '_>, end: usize) -> Option<usize> {
        let tokens = s.tokens;
        if end + 1 >= tokens.len()
            || tokens[end].span.bytes(s.text) != b"and"
            || !self.is_name_token(s, end + 1)
        {
            return None;
        }
        let mut to = end + 2;
        while to < tokens.len() && self.is_name_token(s, to) {
            to += 1;
        }
        Some(to)
    }

    /// True when token `k` heads an organisation's name before the connector after it
    /// ("Ministry of", "Department for", "Committee on"): "of" after any head listed with a
    /// connector, "for" and "on" only after a head listed with them.
    fn is_prefix_head(&self, s: &Sentence<'_, '_>, k: usize) -> bool {
        let Some(connector) = s.tokens.get(k + 1) else {
            return false;
        };
        let head = s.tokens[k].text(s.text);
        match connector.span.bytes(s.text) {
            b"of" => self.lexicon.is_org_prefix(head),
            b"for" => self.lexicon.is_org_prefix_with(head, OrgConnector::For),
            b"on" => self.lexicon.is_org_prefix_with(head, OrgConnector::On),
            _ => false,
        }
    }

    /// The end of a gazetteer entry that starts in the run `i..end` and goes on over an "and"
    /// at `end` ("Securities and Exchange Commission", "Food and Drug Administration"): "and"
    /// joins no other run, since it mostly stands between two names ("Tokyo and Pusan").
    /// `to` ends the capitalised words after "and" ([`Self::run_after_and`]).
    fn entry_across_and(
        &self,
        s: &Sentence<'_, '_>,
        i: usize,
        end: usize,
        to: usize,
    ) -> Option<usize> {
        (i..end).find_map(|k| {
            self.gazetteer_at(s, k, to)
                .filter(|c| c.end > end + 1)
                .map(|c| c.end)
        })
    }

    /// The end of an organisation of the lists that is the run `i..end` with the possessive
    /// "'s" split off its last word: "McDonald's", "Moody's", "Sainsbury's". Not after a title
    /// or a given name in the run ("Mr Smith's", "Helmut Kohl's"); the document pass gives a
    /// person's name back to a surname it knows ("Darren Campbell" ... "Campbell's").
    fn entry_with_possessive(&self, s: &Sentence<'_, '_>, i: usize, end: usize) -> Option<usize> {
        if s.tokens.get(end)?.kind != TokenKind::Possessive
            || !self
                .possessive_heads
                .contains(s.tokens[end - 1].text(s.text))
        {
            return None;
        }
        self.gazetteer_at(s, i, end + 1)
            .filter(|c| c.end == end + 1 && c.label == Label::Org)
            .map(|c| c.end)
    }

    /// True when the chunk `i..end` is followed by a possessive and a street's head word,
    /// which name a street or a building together ("St Helen's Road", "Bishop's Avenue",
    /// "St Paul's Cathedral"); not after a listed place or organisation, whose possessive it
    /// is ("London's Park").
    fn street_after_possessive(&self, s: &Sentence<'_, '_>, i: usize, end: usize) -> bool {
        let tokens = s.tokens;
        if tokens.get(end).is_none_or(|t| t.kind != TokenKind::Possessive)
            || !tokens
                .get(end + 1)
                .is_some_and(|t| STREET_HEADS.contains(t.text(s.text)))
            // (Not a title going on: "Green Day's Boulevard of Broken Dreams".)
            || tokens
                .get(end + 2)
                .is_some_and(|t| t.span.bytes(s.text) == b"of")
        {
            return false;
        }
        self.gazetteer_at(s, i, end).is_none_or(|c| c.end < end)
    }

    /// The end of an organisation's name that goes on over the apostrophe of a plural
    /// possessive at token `end` to a head word: "the Musicians' Union", "the Actors' Equity
    /// Association" (the apostrophe glued to a word in "s", then capitalised words, the last
    /// an organisation's head word). Not the possessive of a name the lists know, which owns
    /// the organisation after it: "The Netherlands' ING Group", "the United Nations' Economic
    /// Commission" (`i..end` is the run before the apostrophe).
    fn headed_after_plural_possessive(
        &self,
        s: &Sentence<'_, '_>,
        i: usize,
        end: usize,
    ) -> Option<usize> {
        let tokens = s.tokens;
        let mark = tokens.get(end)?;
        if mark.kind != TokenKind::Punct
            || !matches!(mark.span.bytes(s.text), b"'" | [0xE2, 0x80, 0x99])
            || tokens[end - 1].span.end != mark.span.start
            || !tokens[end - 1].span.bytes(s.text).ends_with(b"s")
        {
            return None;
        }
        let mut to = end + 1;
        while to < tokens.len() && to - end <= 4 && self.is_name_token(s, to) {
            to += 1;
        }
        if to == end + 1 || !self.lexicon.is_org_suffix(tokens[to - 1].text(s.text)) {
            return None;
        }
        let listed = (i..end).any(|k| self.gazetteer_at(s, k, end).is_some_and(|c| c.end == end));
        (!listed).then_some(to)
    }

    /// True when the run `i..end`, of two words or more, ends with a title and is followed by
    /// its possessive and an organisation's head word: the office of the title's holder,
    /// "Information Commissioner's Office", "County Sheriff's Department". Not a person's
    /// name whose surname is a title ("Dan King's Office").
    fn office_of_titled_holder(&self, s: &Sentence<'_, '_>, i: usize, end: usize) -> bool {
        let tokens = s.tokens;
        end >= i + 2
            && tokens
                .get(end)
                .is_some_and(|t| t.kind == TokenKind::Possessive)
            && tokens
                .get(end + 1)
                .is_some_and(|t| self.lexicon.is_org_suffix(t.text(s.text)))
            && self.lexicon.title(tokens[end - 1].text(s.text)).is_some()
            && self
                .lexicon
                .given_name(tokens[end - 2].text(s.text))
                .is_none()
    }

    /// The end of an organisation's name headed by "X of" or "X for" in the run `i..end` that
    /// goes on over an "and" at `end`: "Department for Work and Pensions", "Ministry of
    /// Justice and Home Affairs". Not when the words after "and" start a list entry or a
    /// person's name ("the Bank of England and Barclays", "the Ministry of Defence and Foreign
    /// Office", "the Institute of Physics and John Smith"; see the other exceptions below).
    /// `to` ends the capitalised words after "and".
    fn headed_name_across_and(
        &self,
        s: &Sentence<'_, '_>,
        i: usize,
        end: usize,
        to: usize,
    ) -> Option<usize> {
        let tokens = s.tokens;
        let headed = (i..end.saturating_sub(1))
            .any(|k| tokens[k + 1].span.bytes(s.text) != b"on" && self.is_prefix_head(s, k));
        if !headed {
            return None;
        }
        let next = tokens[end + 1].text(s.text);
        let named = self.gazetteer_at(s, end + 1, to).is_some()
            || self.lexicon.given_name(next).is_some()
            || self.lexicon.title(next).is_some();
        // Nor when the words after "and" head a name of their own ("and State University of
        // New York"), or a title stands in the run ("Office of the Deputy Prime Minister and
        // Constitutional Affairs select committees").
        let headed_after = || {
            to + 1 < tokens.len()
                && tokens[to].span.bytes(s.text) == b"of"
                && self.lexicon.is_org_prefix(tokens[to - 1].text(s.text))
        };
        let titled = || (i..to).any(|k| self.title_at(s, k, to).is_some());
        (!named && !headed_after() && !titled()).then_some(to)
    }

    /// True when `token` is a demonym, written as such or in capitals ("GERMAN").
    fn is_demonym(&self, token: &Token, text: &str) -> bool {
        let word = token.text(text);
        if self.lexicon.demonym(word).is_some() {
            return true;
        }
        token.all_caps && word.len() > 2 && self.lexicon.demonym(&capitalised(word)).is_some()
    }

    /// The list entry that token `i` is when the lists write it with a lower-case first letter
    /// and a capital inside, as the text does ("eBay", "easyJet"). Names are read from
    /// capitalised words, so such an entry is looked up on its own, and only as written.
    #[inline(never)]
    fn lower_case_entry(&self, s: &Sentence<'_, '_>, i: usize) -> Option<Candidate> {
        let span = s.tokens[i].span;
        let found = self.gazetteer.match_at(s.text, span.start, span.end)?;
        let entry_index = self.preferred_entry(&found)?;
        Some(Candidate {
            first: i,
            end: i + 1,
            label: self.gazetteer.entry(entry_index).label,
            rule: "gazetteer",
            entry: Some(entry_index),
            title: None,
        })
    }

    /// The entry of a match to take: from the list added first (curated lists come first).
    fn preferred_entry(&self, found: &GazetteerMatch<'_>) -> Option<u32> {
        found
            .entries
            .iter()
            .copied()
            .min_by_key(|&e| self.gazetteer.entry(e).source)
    }

    /// The longest gazetteer entry starting at token `i` and ending at a token end before `end`.
    fn gazetteer_at(&self, s: &Sentence<'_, '_>, i: usize, end: usize) -> Option<Candidate> {
        let tokens = s.tokens;
        let token = &tokens[i];
        if token.kind != TokenKind::Word || !token.capitalised {
            return None;
        }
        let limit = tokens[end - 1].span.end;
        let found = self.gazetteer.match_at(s.text, token.span.start, limit)?;
        let last = (i..end).find(|&j| tokens[j].span.end == found.end)?;
        let entry_index = self.preferred_entry(&found)?;
        let entry = self.gazetteer.entry(entry_index);
        // A demonym alone ("German", and "GERMAN" in a headline) is an adjective or a
        // nationality, not a place.
        if last == i && self.is_demonym(token, s.text) {
            return None;
        }
        let rule = if entry.common && last == i {
            "gazetteer-common"
        } else {
            "gazetteer"
        };
        Some(Candidate {
            first: i,
            end: last + 1,
            label: entry.label,
            rule,
            entry: Some(entry_index),
            title: None,
        })
    }

    /// The listed organisation whose acronym token `i` writes as a word, as some papers write
    /// every acronym they can say ("Opec", "Fifa" for OPEC, FIFA): a capital and two to five
    /// lower-case ASCII letters, no English word ("Nice" is no NICE), and a list entry of one
    /// word in capitals naming an organisation.
    fn acronym_written_as_word(&self, s: &Sentence<'_, '_>, i: usize) -> Option<Candidate> {
        let token = &s.tokens[i];
        let word = token.span.bytes(s.text);
        let shaped = token.alnum
            && token.capitalised
            && (3..=6).contains(&word.len())
            && word[1..].iter().all(u8::is_ascii_lowercase);
        if !shaped || self.lexicon.is_common_word_folded(token.text(s.text)) {
            return None;
        }
        let mut buffer = [0u8; 6];
        let upper = &mut buffer[..word.len()];
        upper.copy_from_slice(word);
        upper.make_ascii_uppercase();
        let upper = std::str::from_utf8(upper).ok()?;
        // (A text in capitals matches the entries of any case: the entry's own surface must
        // be in capitals.)
        let entry = self
            .gazetteer
            .entries_named(upper)
            .iter()
            .copied()
            .filter(|&e| {
                let entry = self.gazetteer.entry(e);
                entry.label == Label::Org && *entry.surface == *upper
            })
            .min_by_key(|&e| self.gazetteer.entry(e).source)?;
        Some(Candidate {
            first: i,
            end: i + 1,
            label: Label::Org,
            rule: "gazetteer-acronym",
            entry: Some(entry),
            title: None,
        })
    }

    /// The number of tokens (1 to 3) of a title starting at token `i` ("President", "Prime
    /// Minister", "spokesman") and ending before token `end` (or at `i` when `end <= i + 1`).
    #[inline(always)]
    fn title_at(&self, s: &Sentence<'_, '_>, i: usize, end: usize) -> Option<usize> {
        // In line up to the look-up of the first word, which rules out nearly every word
        // (most by the quick test on its bytes).
        let longest = self
            .lexicon
            .title_words_from(s.tokens[i].span.bytes(s.text));
        if longest == 0 {
            return None;
        }
        self.title_of_width(s, i, end, longest.min(3))
    }

    /// True when the word at token `start`, opening a chunk of three words or more, is a word
    /// for what a person is, glued on before the person's name (rule 4f): a word ending as
    /// such words do ("-er", "-ist", "-ite", "-ian": "Flanker", "Goalscorer", "Blairite",
    /// "Olympian") that the given-name list lacks, before a given name. (A surname may be
    /// such a word: "former Mariner Darren Bragg". Titles and nationalities were split off by
    /// the rules before.)
    fn describes_person_before_name(&self, s: &Sentence<'_, '_>, start: usize) -> bool {
        let word = s.tokens[start].text(s.text);
        has_person_noun_ending(word)
            && self
                .lexicon
                .given_name(s.tokens[start + 1].text(s.text))
                .is_some()
            && self.lexicon.given_name(word).is_none()
    }

    /// The start of a person's full name that ends the chunk `connector..end`, after an
    /// office's connector ("of", "for") and its portfolio (the title's words are before the
    /// connector): the name's two or three words open with a given name ("Secretary of
    /// Energy Dan Lorne"), or are words no English list knows ending with a surname
    /// ("Minister for Fisheries Bakary Kaba"). `None` when the chunk ends in no such name
    /// ("Director of Public Prosecutions", "President of Velmor Securities Japan").
    fn name_after_portfolio(
        &self,
        s: &Sentence<'_, '_>,
        connector: usize,
        end: usize,
    ) -> Option<usize> {
        let word = |k: usize| s.tokens[k].text(s.text);
        // (Three words, then two; after a word of the portfolio at least.)
        let mut person = [3, 2]
            .into_iter()
            .filter_map(|words| end.checked_sub(words))
            .filter(|&k| k > connector + 1);
        let full_name = |k: usize| {
            self.lexicon.given_name(word(k)).is_some()
                || (self.lexicon.is_surname(word(end - 1))
                    && (k..end).all(|i| !self.lexicon.is_common_word_folded(word(i))))
        };
        // (The longer name first: "Director of Sales Dan Lorne Bakery" is not "Lorne
        // Bakery". A portfolio has a word: "CEO of Washington Bakers Association" has none.)
        person.find(|&k| full_name(k))
    }

    /// True when the title at tokens `at..name_start` and the one word after it, ending the
    /// chunk at `end`, are a title or a term and no person: the word is a title that no list
    /// knows as a name ("Chief Secretary to the Treasury", "Acting Detective Chief
    /// Superintendent"; not "Mr King"), or, after a role (not an honorific such as "Mr"), an
    /// English word that no list knows as a name and that the document writes in lower case
    /// too ("the General Election"). "Archbishop Tutu" stays a person: the document never
    /// writes "tutu".
    fn title_names_nobody(
        &self,
        s: &Sentence<'_, '_>,
        at: usize,
        name_start: usize,
        end: usize,
    ) -> bool {
        if end != name_start + 1 {
            return false;
        }
        let word = s.tokens[name_start].text(s.text);
        if self.lexicon.is_surname(word) || self.lexicon.given_name(word).is_some() {
            return false;
        }
        if self.lexicon.title(word).is_some() {
            return true;
        }
        let title = Span::new(s.tokens[at].span.start, s.tokens[name_start - 1].span.end);
        self.lexicon.title(title.slice(s.text)) == Some(TitleKind::Role)
            && self.lexicon.is_common_word_folded(word)
            && s.lowercase_words.contains(&word.to_lowercase())
    }

    /// [`Self::title_at`] for a word that starts titles of at most `longest` words.
    #[inline(never)]
    fn title_of_width(
        &self,
        s: &Sentence<'_, '_>,
        i: usize,
        end: usize,
        longest: usize,
    ) -> Option<usize> {
        let tokens = s.tokens;
        let limit = end.max(i + 1).min(tokens.len());
        for width in (1..=longest).rev() {
            if i + width > limit || i + width > tokens.len() {
                continue;
            }
            let span = Span::new(tokens[i].span.start, tokens[i + width - 1].span.end);
            let words = span.slice(s.text);
            if self.lexicon.title(words).is_some() {
                return Some(width);
            }
        }
        None
    }
}

impl Candidate {
    fn new(first: usize, end: usize, label: Label, rule: &'static str) -> Candidate {
        Candidate {
            first,
            end,
            label,
            rule,
            entry: None,
            title: None,
        }
    }

    fn with_title(mut self, title: Option<Span>) -> Candidate {
        self.title = title;
        self
    }
}

/// A firm named after people that the words around one mention showed to be a firm ("an
/// analyst at Merrill Lynch") is the firm wherever the document writes the same name, though
/// the name alone reads as a person's ("Merrill Lynch expects..."), and so is its last word
/// taken for a surname ("Hardie's shareholders" after "building products group James
/// Hardie"), unless a person's full name in the document ends with that word too. Before
/// the document pass, so that "Lynch" alone becomes no person's surname.
fn firm_names_throughout(text: &str, mentions: &mut [Entity]) {
    const RULE: &str = "firm-context+name";
    // (Most documents have none: one look at the rules first.)
    if !mentions.iter().any(|m| m.rule == RULE) {
        return;
    }
    let firms: Vec<(Span, Arc<str>)> = mentions
        .iter()
        .filter(|m| m.rule == RULE)
        .map(|m| (m.span, m.canonical.clone()))
        .collect();
    let last_word = |span: &Span| {
        let name = span.bytes(text);
        let space = name.iter().rposition(|&b| b == b' ').map_or(0, |p| p + 1);
        &name[space..]
    };
    // A person's full name that the firm's name is not ("Ann Hardie" beside "James Hardie").
    let person_named = |word: &[u8]| {
        mentions.iter().any(|m| {
            let name = m.span.bytes(text);
            m.label == Label::Per
                && name.contains(&b' ')
                && last_word(&m.span) == word
                && !firms.iter().any(|(firm, _)| firm.bytes(text) == name)
        })
    };
    let surnames: Vec<bool> = firms
        .iter()
        .map(|(span, _)| !person_named(last_word(span)))
        .collect();
    for mention in mentions.iter_mut() {
        let surface = mention.span.bytes(text);
        let firm = match mention.rule {
            "given-name" => firms.iter().find(|(span, _)| span.bytes(text) == surface),
            "surname" | "name-shape" | "cue+name" => firms
                .iter()
                .zip(&surnames)
                .find(|((span, _), &free)| free && last_word(span) == surface)
                .map(|(firm, _)| firm),
            _ => None,
        };
        if let Some((_, canonical)) = firm {
            mention.label = Label::Org;
            mention.canonical = canonical.clone();
            mention.rule = "alias";
        }
    }
}

/// True when the words before byte `the` (where a "the" stands) are a verb of telling or
/// what introduces where words are printed: "told", "according to", "speaking to", "writing
/// in", "an interview with".
fn told_or_printed(text: &str, the: usize) -> bool {
    let Some((at, last)) = word_before(text, the) else {
        return false;
    };
    // (The word before may open the sentence: "Writing in the ...", "According to the ...".)
    let before_last_is = |words: &[&str]| {
        word_before(text, at).is_some_and(|(_, w)| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
    };
    match last {
        "told" | "tells" | "telling" | "tell" => true,
        "to" => before_last_is(&[
            "according",
            "speaking",
            "spoke",
            "talking",
            "talked",
            "letter",
            "wrote",
        ]),
        "in" => before_last_is(&[
            "writing",
            "wrote",
            "article",
            "report",
            "column",
            "interview",
            "quoted",
            "reported",
            "published",
            "editorial",
        ]),
        "with" => before_last_is(&["interview"]),
        _ => false,
    }
}

/// The whitespace-delimited word that ends right before `pos` (after white space), if it is
/// made of letters only, with its byte offset in `text`.
fn word_before(text: &str, pos: usize) -> Option<(usize, &str)> {
    // (Only the last few dozen bytes: a word is short, and a long run without white space
    // must not be scanned once per call.)
    let window = crate::span::text_before(text, pos, 64);
    let head = window.trim_end();
    let start = head.rfind(|c: char| c.is_whitespace()).map_or(0, |i| {
        i + head[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = &head[start..];
    let offset = pos - window.len() + start;
    (!word.is_empty() && word.chars().all(char::is_alphabetic)).then_some((offset, word))
}

/// True when token `i` (after the first) is a period written right after the word before it:
/// an abbreviation's ("Corp.", "Sen.", "Calif.") or a full stop. (The period is asked first:
/// most tokens asked about are words.)
fn is_glued_period(s: &Sentence<'_, '_>, i: usize) -> bool {
    s.tokens[i].span.bytes(s.text) == b"." && s.tokens[i].span.start == s.tokens[i - 1].span.end
}

/// True for an organisation, or a place that is a country (`canonical` is its name): a
/// given name is no evidence against such a name of the lists ("China Daily", "Mercedes").
pub(super) fn is_firm_or_country(lexicon: &Lexicon, label: Label, canonical: &str) -> bool {
    label == Label::Org || (label == Label::Loc && lexicon.is_country(canonical))
}

/// True when token `i` is the last of its sentence but for closing quotation marks and
/// brackets: a period there ends the sentence, and is not also the period of an abbreviation
/// ("... a division of Halden Corp." names "Halden Corp"), as news style writes one period for
/// both.
fn ends_sentence(s: &Sentence<'_, '_>, i: usize) -> bool {
    let rest = &s.text[s.tokens[i].span.end..s.end];
    rest.trim_end()
        .trim_end_matches(['"', '\'', ')', ']', '\u{201d}', '\u{2019}', '\u{bb}'])
        .is_empty()
}

/// Joins two listed organisations of one word each written side by side as one name: the
/// joint venture or merged firm they make ("Sony Ericsson", "Vivendi Universal"). Two firms
/// of their own are never written so, without a comma or a conjunction between; longer
/// names so are modifiers stacked before a noun ("Fox News Channel White House
/// correspondent"), and acronyms so are a table's columns ("CDU / CSU SPD FDP"). The rule's
/// name starts with "gazetteer", so that the rules that ask for a listed organisation take
/// the joined one too ("Sony Ericsson, Motorola and BenQ").
fn join_listed_firms(text: &str, mentions: &mut Vec<Entity>) {
    let listed_firm = |m: &Entity| {
        let name = m.span.bytes(text);
        m.label == Label::Org
            && m.rule == "gazetteer"
            && !name.contains(&b' ')
            && name.iter().any(u8::is_ascii_lowercase)
    };
    // (The space between first: most neighbouring mentions are further apart.)
    let joined = |a: &Entity, b: &Entity| {
        a.span.end + 1 == b.span.start
            && text.as_bytes()[a.span.end] == b' '
            && listed_firm(a)
            && listed_firm(b)
    };
    // (Most documents have none: one look first, so that most never rebuild the list.)
    if !mentions.windows(2).any(|w| joined(&w[0], &w[1])) {
        return;
    }
    let mut out: Vec<Entity> = Vec::with_capacity(mentions.len());
    for mention in mentions.drain(..) {
        match out.last_mut() {
            Some(last) if joined(last, &mention) => {
                last.span = Span::new(last.span.start, mention.span.end);
                last.canonical = last.span.slice(text).into();
                last.id = None;
                last.rule = "gazetteer-joined";
            }
            _ => out.push(mention),
        }
    }
    *mentions = out;
}

/// Extends an organisation found by its head word over an ordinary capitalised word and
/// "and" before it, which the name's run of capitals stopped at: "Economic and Social Research
/// Council", "Public and Commercial Services Union", "Work and Pensions Committee". The word
/// is an English word (a name there is another name: "Birmingham and Midlands Institute"),
/// labelled by nothing, or only by a plural after "the" ("the Standards and Privileges
/// Committee"), and opens the name (no capitalised word but "The" before it), not as a list's item
/// ("Paramount, Universal and Warner Brothers").
fn extend_heads_over_and(text: &str, lexicon: &Lexicon, mentions: &mut [Entity]) {
    let bytes = text.as_bytes();
    for k in 0..mentions.len() {
        let mention = &mentions[k];
        let start = mention.span.start;
        // (The cheap test first: " and " right before the name.)
        if mention.rule != "org-head" || start < 6 || &bytes[start - 5..start] != b" and " {
            continue;
        }
        let Some((word_start, word)) = word_before(text, start - 4) else {
            continue;
        };
        if word_start + word.len() + 5 != start
            || !word.starts_with(|c: char| c.is_ascii_uppercase())
            || !lexicon.is_common_word_folded(word)
            || word_before(text, word_start).is_some_and(|(at, w)| {
                at + w.len() + 1 == word_start
                    && w.starts_with(|c: char| c.is_uppercase())
                    && !is_function_word(w)
            })
            || text[..word_start].trim_end_matches(' ').ends_with(',')
        {
            continue;
        }
        // The word is unlabelled, or a plural guessed after "the" (which the overlap's
        // resolution in linking then drops for the longer name).
        let previous = k.checked_sub(1).map(|j| &mentions[j]);
        let free = match previous {
            Some(p) if p.span.end > word_start => {
                p.span.start == word_start && p.rule == "the+plural-name"
            }
            _ => true,
        };
        if !free {
            continue;
        }
        let mention = &mut mentions[k];
        let extended = Span::new(word_start, mention.span.end);
        mention.canonical = if *mention.canonical == *mention.span.slice(text) {
            extended.slice(text).into()
        } else {
            mention.canonical.clone()
        };
        mention.span = extended;
    }
}

/// An organisation followed by a place that make up a run of capitalised words together are
/// one organisation, its branch or its club ("Lycos Europe", "BBC Wales", "PSV Eindhoven",
/// "Toyota Australia"): the candidates from `from` on, of the run `start..end`, are replaced
/// by one. (Over CoNLL-2003 dev and train the gold has the whole name 55 times and the two
/// apart once.)
fn merge_organisation_and_place(out: &mut Vec<Candidate>, from: usize, start: usize, end: usize) {
    if let [organisation, place] = &out[from..] {
        if organisation.label == Label::Org
            && place.label == Label::Loc
            && organisation.first == start
            && organisation.end == place.first
            && place.end == end
        {
            out.truncate(from);
            out.push(Candidate::new(start, end, Label::Org, "org+place"));
        }
    }
}

/// True when a mention of `mentions` (in text order, not overlapping) overlaps `span`: a
/// binary search, so that the document steps that ask it of every unlabelled word stay
/// linear.
pub(super) fn overlaps_any(mentions: &[Entity], span: Span) -> bool {
    let i = mentions.partition_point(|m| m.span.end <= span.start);
    mentions.get(i).is_some_and(|m| m.span.start < span.end)
}

/// True when `word` ends like an adjective made from a name: "Kurdish", "Islamic",
/// "Maoist", "Sudanese", "Himalayan" (-ish, -ic, -ist, -ese, -ian, -ean, -yan).
pub(super) fn has_adjective_ending(word: &str) -> bool {
    word.len() > 4
        && ["ish", "ic", "ist", "ese", "ian", "ean", "yan"]
            .iter()
            .any(|ending| word.ends_with(ending))
}

/// True when `word` ends as a plural does: an "s", not "ss", after three letters or more
/// ("Phillies", "Officers"; not "Bus" or "Press").
fn has_plural_ending(word: &str) -> bool {
    word.len() > 3 && word.ends_with('s') && !word.ends_with("ss")
}

/// True for an ordinary English noun in the plural, capitalised or not: "Officers",
/// "Insurers" (a plural's ending on a word the common-word list knows).
fn is_common_plural(lexicon: &Lexicon, word: &str) -> bool {
    has_plural_ending(word) && lexicon.is_common_word_folded(word)
}

/// True when `word` ends in a hyphen and a number, after letters: "CAC-40", "AK-47",
/// "MPEG-4", "PH-S6500" (the part after the hyphen starts or ends with a digit).
fn is_numbered_code(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(head, tail)| {
        !head.is_empty()
            && (tail.starts_with(|c: char| c.is_ascii_digit())
                || tail.ends_with(|c: char| c.is_ascii_digit()))
    })
}

/// The words after a hyphen that make an adjective of a name: "Hong Kong-based",
/// "Moscow-led", "Saudi-owned".
const ADJECTIVE_ENDINGS: &[&str] = &[
    "based", "born", "led", "owned", "run", "backed", "listed", "made", "style", "era", "bound",
    "funded", "linked", "held", "built", "bred", "raised", "type", "wide", "like",
];

/// True for an adjective made from a name ("Boston-based", "Kremlin-backed"), which is not
/// part of one: a hyphen after the first character and a lower-case word after the last.
/// Not "Co-operation" or "Co-ordination" ("Gulf Co-operation Council").
#[inline(never)]
fn is_name_adjective(word: &str) -> bool {
    word.len() > 2
        && word.as_bytes()[1..].contains(&b'-')
        && !word.starts_with("Co-op")
        && !word.starts_with("Co-ord")
        && word
            .rsplit_once('-')
            .is_some_and(|(_, last)| last.starts_with(|c: char| c.is_lowercase()))
}

/// True for a name of two capitalised parts joined by a South Asian or Arabic particle in
/// lower case: "Ata-ur-Rehman", "Inzamam-ul-Haq", "Zia-ud-Din".
fn is_particle_joined_name(word: &str) -> bool {
    let mut parts = word.split('-');
    let (Some(first), Some(particle), Some(last), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let capitalised = |part: &str| {
        part.len() >= 2
            && part.starts_with(|c: char| c.is_uppercase())
            && part.chars().skip(1).all(char::is_lowercase)
    };
    capitalised(first)
        && capitalised(last)
        && matches!(particle, "ul" | "ur" | "ud" | "uz" | "us" | "un")
}

/// True for a word with a capital after a lower-case letter ("ScotRail"), other than a
/// surname prefix ("McDonald", "MacBrayne", "DiCaprio", "LeBlanc", "VanDyke").
fn is_camel_case(word: &str) -> bool {
    const NAME_PREFIXES: &[&str] = &[
        "Mc", "Mac", "Fitz", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von",
    ];
    let bytes = word.as_bytes();
    let Some(at) = bytes
        .windows(2)
        .position(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
    else {
        return false;
    };
    !NAME_PREFIXES
        .iter()
        .any(|p| p.len() == at + 1 && word.starts_with(p))
}

/// True for a month or weekday in any case ("May", "MAY"): never a person's short name
/// ("Theresa May" and "in May"), never a team ("May 13 Arrive in London" opens a date, not a
/// results line). The lexicon's words that are never names hold the days and months but for
/// "March" and "May", which it leaves to the common-word rules.
pub(super) fn is_calendar_word(lexicon: &Lexicon, word: &str) -> bool {
    // The list is written Capitalised. (Asked of a few words per document.)
    let capitalised = capitalised(word);
    matches!(capitalised.as_str(), "March" | "May") || lexicon.is_non_entity(capitalised.as_bytes())
}

/// True for the name of a month, in full or cut short as datelines and tables write it
/// ("June", "Jun", "Sept", "SEP"), in any case.
fn is_month(word: &str) -> bool {
    const MONTHS: &[&str] = &[
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let word = word.trim_end_matches('.');
    MONTHS
        .iter()
        .chain(MONTHS_SHORT)
        .any(|m| m.eq_ignore_ascii_case(word))
}

/// `word` with its first letter in upper case and the rest in lower case ("MAY" -> "May"),
/// as the word lists write names.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect()
    })
}

/// True when `word` (lower case) occurs in `text` as a whole word.
fn contains_lowercase_word(text: &str, word: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, word.as_bytes()).any(|at| {
        let end = at + word.len();
        let before = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
        let after = end >= bytes.len() || !bytes[end].is_ascii_alphanumeric();
        before && after
    })
}

/// Adds to `lexicon` the adjectives of the parties that the lists name by their members in
/// the plural ("Tories", "Republicans" for a "... Party"): "Tory", "Republican". Derived
/// from the lists, so that a user's list of parties gets the same treatment.
fn add_party_adjectives(gazetteer: &Gazetteer, lexicon: &mut Lexicon) {
    for index in 0..gazetteer.len() as u32 {
        let entry = gazetteer.entry(index);
        let surface = &*entry.surface;
        if entry.label != Label::Org
            || !entry.canonical.ends_with(" Party")
            || surface.contains(' ')
            || !surface.starts_with(|c: char| c.is_uppercase())
        {
            continue;
        }
        let singular = if let Some(stem) = surface.strip_suffix("ies") {
            format!("{stem}y")
        } else if let Some(stem) = surface.strip_suffix('s').filter(|s| !s.ends_with('s')) {
            stem.to_string()
        } else {
            continue;
        };
        lexicon.add_party_adjective(&singular, &entry.canonical);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_connector_is_capitalised() {
        // `is_connector` skips the set look-up for capitalised tokens.
        for word in CONNECTOR_WORDS {
            assert!(!word.starts_with(char::is_uppercase), "{word}");
            assert!(CONNECTORS.contains(word));
        }
    }
}
