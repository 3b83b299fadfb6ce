//! Quotations and their speakers.
//!
//! 1. [`marks`]: quotation spans from the marks, per paragraph (nesting, apostrophes,
//!    multi-paragraph quotations, unbalanced marks kept local).
//! 2. Attribution ([`QuoteFinder::find`]): a reporting verb or phrase (the *cue*, from
//!    `gazetteers/quotes/cues.txt`) next to the quotation, and the noun phrase it attaches to:
//!    `"...," X said`, `"...," said X`, `X said: "..."`, `X said ... "partial"`,
//!    `according to X`, `"..." - X`, a colon lead-in, and an appositive `X, the ..., said`.
//! 3. Resolution ([`resolve`]): the speaker mention to an entity of the entity stage: names to
//!    their canonical entity, he/she to the most recent compatible person, it/they to the most
//!    recent organisation, "the governor" to the person introduced with that title, "the
//!    ministry" to the organisation whose name has that word.
//! 4. Carry-over: a quotation with no cue of its own that continues a multi-paragraph quotation
//!    or follows an attributed one takes that speaker.

mod document_speaker;
mod headline;
pub mod marks;
pub mod resolve;

use rustc_hash::{FxBuildHasher, FxHashMap as HashMap};
use std::cell::{OnceCell, RefCell};
use std::hash::BuildHasher;

use crate::entities::tokens::{tokenize, Token, TokenKind};
use crate::entities::{is_function_word, Entity, NUMBER_WORDS, WEEKDAYS};
use crate::error::{Error, Result};
use crate::fold::{with_lowercase_bytes, ShapeFilter, WordSet};
use crate::gazetteer::{Label, Lexicon};
use crate::span::{text_before, Span};
use marks::{find_quotes, MarkedQuote};

/// The default cue list, compiled into the binary.
pub const DEFAULT_CUES: &str = include_str!("../../gazetteers/quotes/cues.txt");

/// Whether a quotation is whole sentences or a fragment inside reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// Whole sentences in quotation marks.
    Direct,
    /// A fragment inside reported speech: `said Kyiv's denial was "lies"`.
    Partial,
}

impl QuoteKind {
    /// `direct` or `partial`.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
        }
    }
}

/// The entity a speaker mention refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referent {
    /// The entity's canonical name.
    pub canonical: std::sync::Arc<str>,
    /// Its label.
    pub label: Label,
}

/// The mention that a quotation's attribution names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// What the text says: a name, a pronoun, a noun phrase.
    pub span: Span,
    /// The resolved entity, when one could be found.
    pub entity: Option<Referent>,
}

/// A quotation with its attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub span: Span,
    /// Direct or partial.
    pub kind: QuoteKind,
    /// The reporting verb or phrase.
    pub cue: Option<Span>,
    /// The speaker mention, or None when the text names no speaker.
    pub speaker: Option<Speaker>,
    /// The rule that found the speaker (or `no-speaker`).
    pub rule: &'static str,
}

/// Paragraphs longer than this are tokenized only around their quotation marks.
const HUGE_PARAGRAPH: usize = 256 * 1024;
/// Bytes tokenized on each side of a mark in a huge paragraph.
const MARK_CONTEXT: usize = 2048;

/// Tokenizes the text within [`MARK_CONTEXT`] bytes of each quotation mark in `paragraph`,
/// each window widened to white space so that no word is cut, in order and without overlap.
fn tokenize_around_marks(
    text: &str,
    paragraph: Span,
    marked: &[MarkedQuote],
    tokens: &mut Vec<Token>,
) {
    let mut covered = paragraph.start;
    let marks = marked
        .iter()
        .flat_map(|q| [q.open, q.close])
        .filter(|m| paragraph.contains(*m));
    for mark in marks {
        let mut start = mark
            .start
            .saturating_sub(MARK_CONTEXT)
            .max(covered)
            .max(paragraph.start);
        let mut end = (mark.end + MARK_CONTEXT).min(paragraph.end).max(start);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        while !text.is_char_boundary(end) {
            end += 1;
        }
        if start > covered {
            start = text[..start]
                .rfind(char::is_whitespace)
                .map_or(covered, |w| w.max(covered));
        }
        end = text[end..]
            .find(char::is_whitespace)
            .map_or(paragraph.end, |w| (end + w).min(paragraph.end));
        if start < end {
            tokenize(text, Span::new(start, end), tokens);
            covered = end;
        }
    }
}

/// The start of the first word that begins at or after byte `at` of `text` (the end of the
/// text when none does): where a window cut at `at` can start without cutting a word.
fn word_start_after(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    if at == 0 || text[..at].ends_with(char::is_whitespace) {
        return at;
    }
    text[at..]
        .char_indices()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(text.len(), |(i, c)| at + i + c.len_utf8())
}

/// Pronouns that can be speakers.
static PRONOUNS: WordSet<32> = WordSet::new(&[
    "he", "she", "it", "they", "i", "we", "He", "She", "It", "They", "I", "We", "who",
]);

/// Words that end a speaker noun phrase: conjunctions, relative words, most prepositions.
static PHRASE_STOPS: WordSet<256> = WordSet::new(&[
    "and",
    "but",
    "or",
    "that",
    "which",
    "who",
    "whom",
    "when",
    "where",
    "while",
    "as",
    "if",
    "because",
    "unless",
    "although",
    "though",
    "despite",
    "whether",
    "in",
    "on",
    "at",
    "to",
    "with",
    "after",
    "before",
    "during",
    "from",
    "by",
    "than",
    "into",
    "about",
    "since",
    "until",
    "via",
    "through",
    "over",
    "under",
    "this",
    "these",
    "those",
    "there",
    "not",
    "also",
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "would",
    "will",
    "could",
    "can",
    "did",
    "does",
    "do",
    "should",
    "may",
    "might",
    "must",
    "later",
    "then",
    "once",
    "again",
    "yesterday",
    "today",
    "speaking",
    "adding",
    "saying",
    "then",
    "so",
    "what",
    "how",
    "why",
    "it's",
    "new",
]);

/// Words skipped between a speaker and its verb: "X also said", "X has repeatedly said".
static VERB_MODIFIERS: WordSet<128> = WordSet::new(&[
    "often",
    "always",
    "simply",
    "immediately",
    "quickly",
    "flatly",
    "also",
    "later",
    "then",
    "previously",
    "again",
    "still",
    "further",
    "once",
    "has",
    "had",
    "have",
    "was",
    "is",
    "would",
    "will",
    "had",
    "never",
    "just",
    "recently",
    "often",
    "earlier",
    "later",
    "has",
    "reportedly",
    "privately",
    "publicly",
    "told",
    "both",
]);

/// Dashes that introduce an attribution: `"..." - Name`, `"..." ― Name`.
const DASHES: &str = "-–—―‒";

/// Irregular past tenses that follow a name as its verb ("Ana Ruiz left early, saying",
/// "Clinton held a meeting"): the "-ed" test of [`Context::is_verb_after_name`] misses them.
/// Not those that are also nouns or adjectives after a name ("cast", "set", "bid", "hit",
/// "cut", "read", "lead", "shot", "found"), nor the auxiliaries ("had", "was"), which
/// [`PHRASE_STOPS`] ends a phrase at already.
/// Verbs whose past tense is their stem: after a name, "set out", "put forward", "cut the
/// budget" (see [`Context::is_verb_after_name`]).
const UNCHANGED_PAST: &[&str] = &["set", "put", "cut", "shut", "hit", "let"];

static IRREGULAR_PAST: WordSet<256> = WordSet::new(&[
    "arose",
    "ate",
    "awoke",
    "became",
    "began",
    "bore",
    "bought",
    "brought",
    "built",
    "came",
    "caught",
    "chose",
    "dealt",
    "drew",
    "drove",
    "fell",
    "felt",
    "fought",
    "flew",
    "forgot",
    "forgave",
    "froze",
    "gave",
    "got",
    "grew",
    "heard",
    "held",
    "hid",
    "kept",
    "knew",
    "laid",
    "led",
    "left",
    "lent",
    "lost",
    "made",
    "meant",
    "met",
    "paid",
    "ran",
    "rang",
    "rode",
    "rose",
    "sang",
    "sank",
    "sat",
    "saw",
    "sent",
    "shook",
    "slept",
    "sold",
    "sought",
    "spent",
    "spoke",
    "stood",
    "stole",
    "struck",
    "swore",
    "swept",
    "taught",
    "took",
    "tore",
    "thought",
    "threw",
    "understood",
    "went",
    "wept",
    "withdrew",
    "woke",
    "won",
    "wore",
    "wrote",
]);

/// Words between a subject and a preposition whose object is no speaker: "a person familiar
/// with the talks said", "sources close to the minister said", "an official speaking to
/// reporters said".
static TIES_TO_OBJECT: WordSet<32> = WordSet::new(&[
    "familiar",
    "close",
    "speaking",
    "talking",
    "writing",
    "responding",
    "reacting",
    "referring",
    "briefed",
    "involved",
]);

/// True when the first sentence of the quotation `quoted` has a word of the first person
/// ("I", "my", "we", "us"): its speaker speaks of themselves.
fn opens_in_first_person(quoted: &str) -> bool {
    let first = quoted
        .find(['.', '?', '!'])
        .map_or(quoted, |end| &quoted[..end]);
    // (A quotation that opens with a third person speaks of someone: "He was sent off ...
    // but we don't know".)
    let third = first
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w, "He" | "She" | "His" | "Her"));
    !third
        && first
            .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
            .any(|word| {
                let word = word.split(['\'', '’']).next().unwrap_or(word);
                matches!(
                    word,
                    "I" | "me" | "my" | "My" | "we" | "We" | "us" | "our" | "Our"
                )
            })
}

/// The end of the clause of a participle that opens `sentence` and a comma closes ("Writing
/// in a weekly magazine, ", "Speaking on local radio, "): where the subject starts. The
/// participle is a capitalised ASCII word in "-ing" of five letters or more.
fn participle_clause_end(text: &str, sentence: Span) -> Option<usize> {
    let head = &text[sentence.start..sentence.end];
    let word_end = head.find(|c: char| !c.is_ascii_alphabetic())?;
    let word = &head[..word_end];
    let participle = word.len() >= 5
        && word.ends_with("ing")
        && word.starts_with(|c: char| c.is_ascii_uppercase());
    if !participle {
        return None;
    }
    head.find(", ").map(|comma| sentence.start + comma + 2)
}

/// Prepositions that take only a noun phrase, never a clause (so not "after", "before",
/// "since"): a word in "-s" after them is a plural noun, not a verb ("amid claims").
static NOUN_PREPOSITIONS: WordSet<64> = WordSet::new(&[
    "amid",
    "amidst",
    "despite",
    "over",
    "about",
    "following",
    "against",
    "with",
    "from",
    "of",
    "on",
    "in",
    "among",
    "regarding",
    "concerning",
    "into",
    "by",
    "to",
    "for",
    "at",
]);

/// Determiners that open a descriptive speaker phrase.
static DETERMINERS: WordSet<64> = WordSet::new(&[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "The", "A", "An", "His",
    "Her", "Its", "Their", "Our", "My", "Your",
]);

/// Words that may follow the verb of an attribution that is a sentence of its own (`"...?"
/// Trump said of Apple`), where a clause of what was said would not.
static ATTRIBUTION_TAILS: WordSet<64> = WordSet::new(&[
    "of",
    "to",
    "about",
    "in",
    "at",
    "on",
    "during",
    "as",
    "after",
    "before",
    "while",
    "when",
    "with",
    "from",
    "into",
    "outside",
    "afterwards",
    "later",
    "again",
    "then",
]);

/// Relative pronouns that open a clause set off after a name or its description.
static RELATIVES: WordSet<16> = WordSet::new(&["which", "who", "whose", "whom", "where"]);

/// Lower-case words that open a phrase as a number or quantity ("one person tweeted", "said
/// two officials"; not "five times").
static QUANTITY_WORDS: WordSet<32> = WordSet::new(&[
    "one", "two", "three", "four", "five", "six", "some", "several", "many", "both", "another",
    "few",
]);

/// A word of the cue list: a cue by itself ("said"), the first word of a cue phrase
/// ("according"), or both.
#[derive(Debug, Clone, Copy, Default)]
struct CueWord {
    alone: bool,
    opens_phrase: bool,
}

/// Prepositions whose object is no subject of the verb after it.
const PREPOSITIONS_BEFORE_SUBJECT: &[&str] = &[
    "in", "on", "at", "to", "of", "for", "from", "with", "after", "during", "by", "about",
];

/// Plural nouns for people who speak as a group, which stand for a speaker without a
/// determiner or a name: `," analysts said`, `said officials at the ministry`.
static SPEAKER_PLURALS: WordSet<128> = WordSet::new(&[
    "analysts",
    "officials",
    "economists",
    "experts",
    "researchers",
    "scientists",
    "sources",
    "critics",
    "witnesses",
    "police",
    "investigators",
    "prosecutors",
    "observers",
    "diplomats",
    "doctors",
    "lawyers",
    "campaigners",
    "activists",
    "residents",
    "aides",
    "advisers",
    "advisors",
    "insiders",
    "executives",
    "traders",
    "dealers",
    "brokers",
    "strategists",
    "organisers",
    "organizers",
    "protesters",
    "supporters",
    "opponents",
    "authorities",
    "commentators",
    "ministers",
    "leaders",
    "spokesmen",
    "spokeswomen",
    "spokespeople",
    "forecasters",
    "pollsters",
    "regulators",
    "judges",
    "lawmakers",
    "legislators",
    "senators",
    "democrats",
    "republicans",
    "proponents",
    "advocates",
    "students",
    "teachers",
    "parents",
    "voters",
    "members",
    "workers",
    "unions",
    "demonstrators",
    "organisations",
    "organizations",
    "people",
]);

/// Capitalised words that open a phrase as a number or quantity, not a name ("One unnamed
/// correspondent", "Several waved").
static QUANTIFIERS: WordSet<64> = WordSet::new(&[
    "One", "Two", "Three", "Four", "Five", "Some", "Several", "Many", "Most", "All", "Both",
    "Each", "Every", "No", "Other", "Another", "Few", "More", "Only",
]);

/// Where the last clause with a subject of its own opens in bytes `from..to` of `text`:
/// after a comma and a conjunction that joins two clauses (", but ", ", while "), or a
/// semicolon. `None` when no such clause opens there.
fn clause_start(text: &str, from: usize, to: usize) -> Option<usize> {
    const JOINS: &[&str] = &[
        ", but ",
        ", and ",
        ", while ",
        ", whereas ",
        ", although ",
        ", though ",
        ", yet ",
        "; ",
    ];
    let stretch = &text[from..to];
    let start = JOINS
        .iter()
        .filter_map(|join| stretch.rfind(join).map(|at| from + at + join.len()))
        .max()?;
    // A subject of its own: a name, a personal pronoun or a definite description; not a verb
    // that shares the first clause's subject (", and preferred GM's offer") or an indefinite
    // thing (", and a foul on Reyes are lambasted for their \"ugliness\"").
    let first = text[start..to].split(' ').next().unwrap_or("");
    let own_subject = first.starts_with(char::is_uppercase)
        || matches!(
            first,
            "he" | "she" | "they" | "we" | "the" | "his" | "her" | "their"
        );
    own_subject.then_some(start)
}

/// The quotation stage: marks, cues, speakers. Read-only, shared across threads.
#[derive(Debug, Clone)]
pub struct QuoteFinder {
    /// Every one-word cue and every first word of a cue phrase, in lower case.
    words: HashMap<Box<[u8]>, CueWord>,
    /// Rules out most words that are not in `words` before they are folded and hashed (this
    /// runs for most words near a quotation).
    filter: ShapeFilter,
    /// Cues of several words, as word lists ("according to").
    phrases: Vec<Vec<Box<str>>>,
}

impl QuoteFinder {
    /// Compiles a finder from a cue list (one verb form or phrase a line, `#` comments).
    pub fn from_cues(name: &str, contents: &str) -> Result<QuoteFinder> {
        let mut words: HashMap<Box<[u8]>, CueWord> = HashMap::default();
        let mut phrases: Vec<Vec<Box<str>>> = Vec::new();
        for (index, line) in contents.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if line.chars().any(|c| c.is_uppercase() || c == '\t') {
                return Err(Error::data(
                    name,
                    index + 1,
                    "cues are written in lower case, one a line",
                ));
            }
            let first = line.split_whitespace().next().unwrap_or(line);
            let word = words.entry(first.as_bytes().into()).or_default();
            if line.contains(char::is_whitespace) {
                word.opens_phrase = true;
                phrases.push(line.split_whitespace().map(Into::into).collect());
            } else {
                word.alone = true;
            }
        }
        let mut filter = ShapeFilter::default();
        for word in words.keys() {
            filter.insert(word);
        }
        Ok(QuoteFinder {
            words,
            filter,
            phrases,
        })
    }

    /// The cue-list entry of `word` in lower case, if it has one.
    #[inline]
    fn cue_word(&self, word: &str) -> Option<CueWord> {
        // (The filter is case-blind for ASCII only: a word outside it is folded first.)
        if word.is_ascii() && !self.filter.may_contain(word.as_bytes()) {
            return None;
        }
        with_lowercase_bytes(word, |lower| self.words.get(lower).copied())
    }

    /// True when `word`, exactly as written, is a one-word cue.
    fn is_cue_as_written(&self, word: &str) -> bool {
        self.filter.may_contain(word.as_bytes())
            && self.words.get(word.as_bytes()).is_some_and(|c| c.alone)
    }

    /// True for a cue listed with its "-s" and its "-d" or "-ed" forms ("state": "states",
    /// "stated"), which can also be a noun.
    fn is_bare_verb(&self, word: &str) -> bool {
        let inflected = |ending: &str| self.is_cue(&format!("{word}{ending}"));
        inflected("s") && (inflected("d") || inflected("ed"))
    }

    /// True when `word`, in lower case, is a one-word cue ("said", "Says"). (This runs for
    /// most words near a quotation: folded without allocating.)
    fn is_cue(&self, word: &str) -> bool {
        self.cue_word(word).is_some_and(|c| c.alone)
    }

    /// Finds the quotations of a document and attributes them.
    pub fn find(
        &self,
        text: &str,
        sentences: &[Span],
        paragraphs: &[Span],
        entities: &[Entity],
        lexicon: &Lexicon,
    ) -> Vec<Quote> {
        let mut marked = Vec::new();
        find_quotes(text, paragraphs, sentences, &mut marked);
        if marked.is_empty() {
            return Vec::new();
        }
        // Attribution reads the words of the sentences that hold a quotation, so only those
        // are tokenized, into a buffer that holds at most about TOKEN_WINDOW bytes' worth. The
        // few rules that read the sentence before or after (a short attribution sentence, the
        // previous sentence's subject, a colon lead-in) tokenize it on demand into `scratch`:
        // two thirds of the words around quotations were in those neighbours, and most are
        // never read.
        let mut buffer = TokenBuffer::default();
        let scratch = RefCell::new(Vec::new());
        let name_ends = OnceCell::new();
        // Everything but the tokens, which change as the quotations are attributed (resolution
        // reads entities, not tokens).
        let context = Context {
            text,
            tokens: &[],
            sentences,
            paragraphs,
            entities,
            lexicon,
            finder: self,
            quotes: &marked,
            scratch: &scratch,
            name_ends: &name_ends,
        };
        let mut quotes: Vec<Quote> = Vec::with_capacity(marked.len());
        for (index, q) in marked.iter().enumerate() {
            let first = sentences.partition_point(|s| s.end <= q.open.start);
            let last = sentences.partition_point(|s| s.start < q.close.end.max(q.open.end));
            buffer.cover(text, sentences, &marked, (first, last));
            let context = Context {
                tokens: &buffer.tokens,
                ..context
            };
            let previous = index.checked_sub(1).map(|i| (&marked[i], quotes[i].kind));
            let kind = context.kind(q, previous);
            let mut quote = Quote {
                span: q.span,
                kind,
                cue: None,
                speaker: None,
                rule: "no-speaker",
            };
            if kind == QuoteKind::Partial && context.is_given_name(q) {
                // A nickname or a name for something: a quotation nobody speaks.
                quotes.push(quote);
                continue;
            }
            if let Some((cue, speaker, rule)) = context.attribute(index, kind) {
                quote.cue = Some(cue);
                quote.speaker = Some(speaker);
                quote.rule = rule;
            } else if let Some(speaker) = context.name_after_quotation(q) {
                // `"...," Mr Champion.`: the verb left out.
                quote.speaker = Some(speaker);
                quote.rule = "quote-name";
            } else if let Some(speaker) = context.previous_sentence_subject(q) {
                // `He paused. "We stopped listening."`
                quote.speaker = Some(speaker);
                quote.rule = "previous-sentence-subject";
            } else if let Some(previous) = index.checked_sub(1).map(|i| &quotes[i]) {
                // Carry-over: a continuation part, or a direct quotation right after an
                // attributed one (same paragraph, or opening the next paragraph).
                let previous_marked = &marked[index - 1];
                let rule = if q.continues_previous {
                    Some("multi-paragraph")
                } else if kind == QuoteKind::Direct && context.follows_closely(previous_marked, q) {
                    Some("carry-over")
                } else if kind == QuoteKind::Partial
                    && context.sentence_of(previous_marked.close.start)
                        == context.sentence_of(q.open.start)
                {
                    // A second fragment in the sentence of the first: `... acknowledged that
                    // there are still "some people" who feel that way, "but not among ..."`.
                    Some("carry-over")
                } else {
                    None
                };
                if let (Some(rule), Some(speaker)) = (rule, &previous.speaker) {
                    quote.speaker = Some(speaker.clone());
                    quote.rule = rule;
                }
            }
            // A fragment quoted in reported speech belongs to the subject of its sentence:
            // `Reid has called Trump a "human leech"`.
            // (Not a title or nickname: the subject need not have said it.)
            // Nor a headline's: "Arsenal 'may seek full share listing'", "Tory leader 'cleared'
            // over work" quote what others said of the subject.
            if quote.speaker.is_none() && kind == QuoteKind::Partial && !context.is_title_cased(q) {
                if let Some(sentence) = context
                    .sentence_of(q.open.start)
                    .filter(|&sentence| !context.is_headline(sentence))
                {
                    // The subject of the clause that holds the fragment, when a clause of
                    // its own opens after a comma and a conjunction: "Sale host Bath on
                    // Friday, but the Frenchman has endured a \"difficult week\"".
                    let clause = clause_start(context.text, sentence.start, q.open.start);
                    let subject = clause
                        .and_then(|clause| context.sentence_subject(clause, q.open.start, false))
                        .or_else(|| context.sentence_subject(sentence.start, q.open.start, false));
                    // (A word set off before the noun it modifies is the writer's when the
                    // subject is a thing or a place: Toyota's "green" credentials, Britain's
                    // "opt-in" right; a person's, as news reports a politician's word, and
                    // anyone's whose speech the sentence reports: "The front-runner said the
                    // U.S. \"clearly\" needed".)
                    let subject = subject.filter(|subject| {
                        !context.modifies_next_noun(q)
                            || context.names_person(subject.span)
                            || context.reports_speech_between(subject.span.start, q.open.start)
                    });
                    // (Nor a subject that a verb in the passive describes: "The tour was cited
                    // as \"a highly crafted production\"".)
                    let subject = subject
                        .filter(|subject| !context.passive_between(subject.span.end, q.open.start));
                    if let Some(subject) = subject {
                        quote.speaker = Some(subject);
                        quote.rule = "sentence-subject";
                    } else if let Some(speaker) = index
                        .checked_sub(1)
                        .filter(|_| context.may_go_on_with_speech(q))
                        .and_then(|i| context.speaker_of_sentence_before(sentence, &quotes[i]))
                    {
                        // A fragment with no subject to speak it, in the sentence after an
                        // attributed quotation, goes on with that speech: `..."smash it to
                        // pieces," Mr Grieve said. Convention should be "nurtured and
                        // celebrated," but ...`.
                        quote.speaker = Some(speaker);
                        quote.rule = "speech-goes-on";
                    }
                }
            }
            quotes.push(quote);
        }
        // A fragment followed in its sentence by another that the end of the sentence
        // attributes has that speaker too: `Fundraising was "stagnant" as donors waited to
        // see how a "turbulent cycle" played out, he said.` (Backwards, so that a run of
        // fragments takes the speaker of the last.)
        for i in (0..quotes.len().saturating_sub(1)).rev() {
            // (Not a name in quotation marks, which nobody need have said; and only by a
            // cue after the next fragment, which ends the sentence, not one between them.)
            let weak = matches!(
                quotes[i].rule,
                "no-speaker" | "sentence-subject" | "speech-goes-on"
            ) && !context.is_title_cased(&marked[i]);
            let next = &quotes[i + 1];
            // (The cue ends the sentence: no quotation follows in it, which the cue might
            // introduce instead: `of being "duped" by "a con" and ... what he called "X"`.)
            let in_tail = |cue: Span| {
                cue.start >= marked[i + 1].close.end
                    && marked.get(i + 2).is_none_or(|after| {
                        context.sentence_of(after.open.start) != context.sentence_of(cue.start)
                    })
            };
            let attributed_after = next.rule == "later-fragment"
                || (matches!(next.rule, "quote-speaker-verb" | "quote-verb-speaker")
                    && next.cue.is_some_and(in_tail));
            if weak
                && attributed_after
                && context.sentence_of(marked[i].close.start)
                    == context.sentence_of(marked[i + 1].open.start)
            {
                let (cue, speaker) = (next.cue, next.speaker.clone());
                let quote = &mut quotes[i];
                (quote.cue, quote.speaker, quote.rule) = (cue, speaker, "later-fragment");
            }
        }
        // "said Opera spokeswoman, Berit Hanson.": the name set off after the noun is the
        // speaker's (first, so that a carried-over speaker is extended alike).
        for quote in &mut quotes {
            if let Some(speaker) = quote.speaker.as_mut().filter(|s| s.entity.is_none()) {
                if let Some(end) = context.appositive_name_after(speaker.span) {
                    speaker.span = Span::new(speaker.span.start, end);
                }
            }
        }
        for i in 0..quotes.len() {
            if let Some(speaker) = &quotes[i].speaker {
                if speaker.entity.is_none() {
                    // A carried-over speaker is the same mention as an earlier quotation's:
                    // it names the same entity, resolved where the mention stands.
                    // (It is carried from the quotation just before, already resolved.)
                    let same_mention = i
                        .checked_sub(1)
                        .and_then(|p| quotes[p].speaker.as_ref())
                        .filter(|s| s.span == speaker.span)
                        .map(|s| s.entity.clone());
                    let entity = same_mention.unwrap_or_else(|| {
                        resolve::resolve(&context, speaker.span, marked[i].open.start, &quotes[..i])
                    });
                    quotes[i].speaker.as_mut().unwrap().entity = entity;
                }
            }
        }
        document_speaker::fill(&context, &marked, &mut quotes);
        headline::echo(&context, &mut quotes);
        headline::from_lead(&context, &mut quotes);
        quotes
    }
}

/// The most words of a fragment quoted inside a lead-in that the lead-in reads across.
const FRAGMENT_WORDS: usize = 4;

/// The most words of the description after a signature's name (`- Dana Reyes, a teacher
/// from Ohio.`); a longer line says more than who signs.
const SIGNATURE_WORDS: usize = 8;

/// The most bytes read back from a quotation mark for the words before it.
const LOOK_BACK: usize = 128;

/// How many bytes before a quotation the tests of the words after its sentence's subject read
/// (a verb in the passive, a verb of saying): a long sentence's worth.
const PHRASE_WINDOW: usize = 400;

/// About the most bytes of text whose tokens are held at once while attributing, so that a
/// document dense with quotations does not hold a token for every word it has.
const TOKEN_WINDOW: usize = 1 << 20;

/// The tokens of a run of sentences (`first..end`, indices into the document's sentences).
#[derive(Default)]
struct TokenBuffer {
    tokens: Vec<Token>,
    first: usize,
    end: usize,
}

impl TokenBuffer {
    /// Makes the buffer hold the tokens of the sentences `window` (`first..end`), extending it
    /// when the quotations come in order and the whole stays under [`TOKEN_WINDOW`] bytes,
    /// else starting over at the window.
    fn cover(
        &mut self,
        text: &str,
        sentences: &[Span],
        marked: &[MarkedQuote],
        (first, end): (usize, usize),
    ) {
        if first >= end {
            // A quotation outside every sentence: no words to read.
            self.tokens.clear();
            (self.first, self.end) = (0, 0);
            return;
        }
        if self.first <= first && end <= self.end {
            return;
        }
        let extends = self.first < self.end
            && (self.first..=self.end).contains(&first)
            && sentences[end - 1].end - sentences[self.first].start <= TOKEN_WINDOW;
        if extends {
            self.add(text, sentences, marked, self.end, end);
        } else {
            self.tokens.clear();
            self.first = first;
            self.add(text, sentences, marked, first, end);
        }
        self.end = end;
    }

    /// Appends the tokens of the sentences `from..to`.
    fn add(
        &mut self,
        text: &str,
        sentences: &[Span],
        marked: &[MarkedQuote],
        from: usize,
        to: usize,
    ) {
        if from >= to {
            return;
        }
        let region = Span::new(sentences[from].start, sentences[to - 1].end);
        if region.len() > HUGE_PARAGRAPH {
            // Only the words around each mark (bounded memory): attribution looks a few
            // words away from the marks.
            tokenize_around_marks(text, region, marked, &mut self.tokens);
            return;
        }
        for sentence in &sentences[from..to] {
            tokenize_outside_quotations(text, *sentence, marked, &mut self.tokens);
        }
    }
}

/// Tokenizes `span` except the text inside quotations, which is marked by one
/// [`TokenKind::Gap`] token each: attribution reads the words around a quotation (and the
/// marks), never the words in it, and in news the words in quotations are a large share of the
/// sentences that hold them. The gap stops any speaker phrase that reaches it.
fn tokenize_outside_quotations(
    text: &str,
    span: Span,
    marked: &[MarkedQuote],
    out: &mut Vec<Token>,
) {
    let mut at = span.start;
    let first = marked.partition_point(|q| q.close.start <= span.start);
    for q in marked[first..].iter().take_while(|q| q.open.end < span.end) {
        let inside = Span::new(q.open.end.max(at), q.close.start.min(span.end));
        if inside.is_empty() {
            continue;
        }
        tokenize(text, Span::new(at, inside.start), out);
        out.push(Token::gap(inside.start));
        at = inside.end;
    }
    tokenize(text, Span::new(at, span.end), out);
}

/// Prepositions that open a sentence's introductory phrase, capitalised.
static OPENING_PREPOSITIONS: WordSet<128> = WordSet::new(&[
    "For",
    "Of",
    "Between",
    "From",
    "After",
    "Before",
    "During",
    "Despite",
    "By",
    "At",
    "Against",
    "Instead",
    "Like",
    "Unlike",
    "With",
    "Without",
    "Within",
    "Under",
    "Over",
    "Since",
    "Until",
    "Through",
    "Throughout",
    "Among",
    "Amid",
    "In",
    "On",
    "To",
    "Into",
    "Beyond",
    "Besides",
    "Outside",
    "Inside",
    "Near",
    "Across",
    "Behind",
    "Along",
    "Around",
    "Beside",
    "Toward",
    "Towards",
]);

/// Words that open a sentence before its subject: "But Trump went on the attack", "And then
/// Trump" (case as written: only the sentence's first word is capitalised).
static SENTENCE_CONNECTIVES: WordSet<16> =
    WordSet::new(&["And", "But", "So", "Yet", "Then", "then"]);

/// Subordinating words in lower case that open a clause set off by commas before a
/// sentence's subject ("On Thursday, as the polls closed, Smith said").
static SUBORDINATORS: WordSet<32> = WordSet::new(&[
    "as",
    "when",
    "while",
    "although",
    "though",
    "because",
    "once",
    "following",
    "amid",
]);

/// Prepositions in lower case: a phrase they open after a quotation is no speaker (`" for
/// Clinton, said Kunin`).
static PREPOSITIONS: WordSet<64> = WordSet::new(&[
    "for", "to", "of", "about", "in", "on", "at", "with", "from", "by", "against", "over", "under",
    "after", "before", "during", "since", "into", "through", "among", "between", "without",
    "within", "despite", "toward", "towards", "like", "unlike",
]);

/// Adjectives common before a plural noun that is also a reporting verb ("her opening
/// remarks", "his past comments", "a few questions"); read by
/// `Context::is_plural_noun_after_modifier`.
static NOUN_ADJECTIVES: WordSet<256> = WordSet::new(&[
    "own",
    "past",
    "few",
    "recent",
    "similar",
    "same",
    "other",
    "such",
    "many",
    "several",
    "more",
    "most",
    "new",
    "old",
    "first",
    "last",
    "latest",
    "earlier",
    "later",
    "further",
    "additional",
    "final",
    "previous",
    "subsequent",
    "prepared",
    "public",
    "private",
    "brief",
    "early",
    "opening",
    "closing",
    "following",
    "scathing",
    "glowing",
    "damning",
    "divisive",
    "offensive",
    "negative",
    "positive",
    "aggressive",
    "inflammatory",
    "investigative",
    "racial",
    "personal",
    "initial",
    "controversial",
    "sexist",
    "racist",
    "derogatory",
    "disparaging",
    "insensitive",
    "provocative",
    "recorded",
    "written",
    "verbal",
    "angry",
    "harsh",
    "blunt",
    "candid",
    "frank",
    "bizarre",
    "strange",
    "odd",
    "unusual",
    "false",
    "misleading",
    "baseless",
    "unfounded",
    "repeated",
]);

/// Participles that, in the passive, pin quoted words on their subject, whose speaker
/// follows "by" ([`Context::passive_by`]).
static PASSIVE_CUES: WordSet<64> = WordSet::new(&[
    "deemed",
    "described",
    "called",
    "branded",
    "labelled",
    "labeled",
    "dubbed",
    "termed",
    "condemned",
    "criticised",
    "criticized",
    "hailed",
    "cited",
    "dismissed",
    "attacked",
    "denounced",
    "praised",
]);

/// Nouns for a work whose title follows them in quotation marks: "the study \"Whose Secretary
/// are You, minister\"", "the single \"Ain't Nobody\"".
static TITLED_WORKS: WordSet<64> = WordSet::new(&[
    "study",
    "book",
    "novel",
    "film",
    "movie",
    "song",
    "single",
    "album",
    "play",
    "musical",
    "poem",
    "documentary",
    "programme",
    "series",
    "sitcom",
    "exhibition",
    "painting",
]);

/// Verbs that give something a name: a quotation after them and "the" is that name.
static NAMING_VERBS: WordSet<32> = WordSet::new(&[
    "call",
    "calls",
    "called",
    "calling",
    "dub",
    "dubs",
    "dubbed",
    "dubbing",
    "nicknamed",
    "named",
    "termed",
    "labelled",
    "labeled",
    "branded",
    "christened",
]);

/// Cues that report what someone thinks, calls or goes on to do rather than what they say
/// (with [`NAMING_VERBS`]): after a verb of saying in the same sentence they stand inside
/// what was said ("Cruz said he's certain Rubio will continue to be \"a champion\"" quotes
/// Cruz).
static CONTENT_VERBS: WordSet<128> = WordSet::new(&[
    "believe",
    "believes",
    "believed",
    "believing",
    "think",
    "thinks",
    "thought",
    "thinking",
    "term",
    "terms",
    "terming",
    "label",
    "labels",
    "labelling",
    "labeling",
    "brand",
    "brands",
    "branding",
    "describe",
    "describes",
    "described",
    "describing",
    "continue",
    "continues",
    "continued",
    "continuing",
    "agree",
    "agrees",
    "agreed",
    "agreeing",
    "wonder",
    "wonders",
    "wondered",
    "wondering",
    "reassure",
    "reassures",
    "reassured",
    "reassuring",
    "compare",
    "compares",
    "compared",
    "comparing",
]);

/// True for a verb of thinking or naming (see [`CONTENT_VERBS`]).
fn is_content_verb(word: &[u8]) -> bool {
    CONTENT_VERBS.contains_bytes(word) || NAMING_VERBS.contains_bytes(word)
}

/// The cue nearest a quotation that [`Context::attribute_before`] keeps while it looks for an
/// earlier one that may take over.
struct NearestCue {
    cue: Span,
    speaker: Speaker,
    /// Its subject is a pronoun ("X said he thought ..."): a named subject takes over.
    pronoun: bool,
    /// Its verb is one of thinking or naming: a verb of saying takes over.
    content: bool,
}

/// Verbs of saying and telling, whose object is what was said.
static SAYING_VERBS: WordSet<32> = WordSet::new(&[
    "say", "says", "said", "saying", "tell", "tells", "told", "telling",
]);

/// Words after a quoted word that leave it a noun or a complement of its own, not a modifier
/// of the word after it: verbs of being and having, modals, relative pronouns.
static LINKING_WORDS: WordSet<64> = WordSet::new(&[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "can", "could", "should", "may", "might", "must", "who", "which", "whom", "whose", "than",
]);

/// The most words between a quoting verb and "as saying" ("an unnamed executive at Euronext").
const QUOTED_OBJECT_WORDS: usize = 8;

/// Verbs by which one reports another's words with "as saying": "Reuters quoted a central
/// bank official as saying", "the paper reports a union source as saying".
static QUOTING_VERBS: WordSet<16> = WordSet::new(&[
    "quoted", "quotes", "quote", "reported", "reports", "cited", "cites",
]);

/// Verbs besides those of saying that report what someone said in a clause of their own
/// ("Verroken insists the Blues were right to sack Mutu"): the quotation that opens the next
/// sentence goes on with it.
static CLAUSE_REPORTING_VERBS: WordSet<64> = WordSet::new(&[
    "insist",
    "insists",
    "insisted",
    "claim",
    "claims",
    "claimed",
    "argue",
    "argues",
    "argued",
    "warn",
    "warns",
    "warned",
    "admit",
    "admits",
    "admitted",
    "explain",
    "explains",
    "explained",
    "add",
    "adds",
    "added",
    "stress",
    "stresses",
    "stressed",
    "believe",
    "believes",
    "believed",
]);

/// The most tokens of an appositive between a speaker's name and the verb ("David Kamin, an
/// outside adviser to the campaign on tax and budget issues and an associate professor at New
/// York University School of Law, said").
const APPOSITIVE_TOKENS: usize = 32;

/// The most tokens of an aside between dashes that a speaker phrase is read back over.
const ASIDE_TOKENS: usize = 40;

/// True for one word that opens a sentence as an adverb ("Additionally, a ..."), not as its
/// subject.
fn is_sentence_adverb(phrase: &str) -> bool {
    !phrase.contains(' ') && phrase.ends_with("ly")
}

/// Everything attribution needs about one document.
pub(crate) struct Context<'a> {
    pub(crate) text: &'a str,
    pub(crate) tokens: &'a [Token],
    pub(crate) sentences: &'a [Span],
    pub(crate) paragraphs: &'a [Span],
    pub(crate) entities: &'a [Entity],
    pub(crate) lexicon: &'a Lexicon,
    finder: &'a QuoteFinder,
    quotes: &'a [MarkedQuote],
    /// The tokens of a sentence next to a quotation, tokenized on demand
    /// ([`Context::with_tokens_of`]).
    scratch: &'a RefCell<Vec<Token>>,
    /// The last words of the document's entity mentions ("Dean" of "Howard Dean"), by the hash
    /// of the word, with the first mention that ends so: gathered on the first question of
    /// [`Context::is_ordinary_opener`], where a pass over every mention per question made a
    /// long document of quotations quadratic (most documents never ask).
    name_ends: &'a OnceCell<HashMap<u64, usize>>,
}

/// `text` without the article or possessive that ends it ("described as a", "praised for
/// his"), which may stand between a passive's "as" or "for" and the quotation.
fn strip_article(text: &str) -> &str {
    let trimmed = text.trim_end();
    let (rest, last) = trimmed.rsplit_once(' ').unwrap_or(("", trimmed));
    if matches!(last, "a" | "an" | "the" | "his" | "her" | "its" | "their") {
        rest
    } else {
        text
    }
}

/// True when `participle` is one of the passive cues and `before` (the words before it,
/// nearest first) opens with a form of "be", perhaps after an adverb in "-ly": "was described",
/// "is widely deemed".
fn is_passive<'w>(participle: &str, mut before: impl Iterator<Item = &'w str>) -> bool {
    if !PASSIVE_CUES.contains(participle) {
        return false;
    }
    let mut auxiliary = before.next();
    if auxiliary.is_some_and(|w| w.ends_with("ly")) {
        auxiliary = before.next();
    }
    matches!(
        auxiliary,
        Some("is" | "was" | "were" | "are" | "be" | "been" | "being")
    )
}

impl Context<'_> {
    /// The end of the person's name set off by a comma right after the speaker mention `span`
    /// ("Opera spokeswoman, Berit Hanson." "Authenti-corp's CEO, Cynthia Musselman, told",
    /// "Scottish Finance Minister, Tom McCabe MSP, said"),
    /// when the mention names no person itself and the name ends the apposition.
    fn appositive_name_after(&self, span: Span) -> Option<usize> {
        let bytes = self.text.as_bytes();
        if bytes.get(span.end..span.end + 2) != Some(b", ") {
            return None;
        }
        let first = self.entities.partition_point(|e| e.span.start < span.start);
        let mut after = self.entities[first..].iter();
        let named_inside = after
            .clone()
            .take_while(|e| e.span.start < span.end)
            .any(|e| e.label == Label::Per);
        let name = after.find(|e| e.span.start >= span.end)?;
        // (The letters after the name stand in the apposition too: "Scottish Finance
        // Minister, Tom McCabe MSP, said".)
        let mut end = name.span.end;
        if bytes.get(end) == Some(&b' ') {
            let letters = bytes[end + 1..]
                .iter()
                .take_while(|b| b.is_ascii_uppercase())
                .count();
            if crate::entities::POSTNOMINALS.contains_bytes(&bytes[end + 1..end + 1 + letters]) {
                end += 1 + letters;
            }
        }
        let closes = matches!(bytes.get(end), None | Some(b',' | b'.' | b':' | b';'));
        (!named_inside && name.label == Label::Per && name.span.start == span.end + 2 && closes)
            .then_some(end)
    }

    /// Calls `f` with a context whose tokens are those of `span` (a sentence next to the
    /// quotation being attributed, or the part of it the rule reads), tokenized like the
    /// sentences that hold quotations.
    fn with_tokens_of<R>(&self, span: Span, f: impl FnOnce(&Context) -> R) -> R {
        // (A nested call, which no rule makes, would get a buffer of its own.)
        let mut own = Vec::new();
        let mut borrowed = self.scratch.try_borrow_mut();
        let tokens = match &mut borrowed {
            Ok(scratch) => &mut **scratch,
            Err(_) => &mut own,
        };
        tokens.clear();
        tokenize_outside_quotations(self.text, span, self.quotes, tokens);
        f(&Context {
            tokens: tokens.as_slice(),
            ..*self
        })
    }

    fn word(&self, i: usize) -> &str {
        self.tokens[i].text(self.text)
    }

    /// Index of the first token starting at or after byte `at`.
    fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < at)
    }

    fn sentence_of(&self, at: usize) -> Option<Span> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        self.sentences.get(i).copied().filter(|s| s.start <= at)
    }

    /// True when `sentence` is a paragraph of its own without a sentence's closing mark: a
    /// headline ("Sales 'fail to boost High Street'").
    fn is_headline(&self, sentence: Span) -> bool {
        self.paragraph_of(sentence.start) == Some(sentence)
            && !sentence
                .slice(self.text)
                .trim_end_matches(['"', '\'', '’', '”', ')'])
                .ends_with(['.', '!', '?', '…'])
    }

    fn paragraph_of(&self, at: usize) -> Option<Span> {
        let i = self.paragraphs.partition_point(|p| p.end <= at);
        self.paragraphs.get(i).copied().filter(|p| p.start <= at)
    }

    /// The cue starting at token `i`: its token count.
    fn cue_at(&self, i: usize) -> Option<usize> {
        // A capitalised word is a name ("United States"), not a verb; after a determiner, a
        // possessive, "of" or a hyphenated modifier the word is a noun ("the claim", "Trump's
        // tweets", "late-night tweets"). The exception: "According to X, ..." opens sentences.
        let token = &self.tokens[i];
        if token.kind != TokenKind::Word {
            return None;
        }
        let bytes = token.span.bytes(self.text);
        if token.capitalised {
            return if bytes == b"According" {
                self.cue_phrase_at(i)
            } else {
                None
            };
        }
        // Most words are no cue: ruled out before the context is read, most of them by the
        // quick test on their bytes (a word of ASCII letters and digits; others are folded).
        if token.alnum && !self.finder.filter.may_contain(bytes) {
            return None;
        }
        let word = self.word(i);
        let entry = self.finder.cue_word(word)?;
        if i > 0 {
            let previous = &self.tokens[i - 1];
            let before = previous.text(self.text);
            let noun = previous.kind == TokenKind::Possessive
                || DETERMINERS.contains(before)
                || matches!(before, "of" | "this" | "that" | "these" | "those" | "whose")
                || (previous.kind == TokenKind::Word
                    && !previous.capitalised
                    && before.contains('-'));
            // A verb denied says nothing: "Comey cannot say that", "did not say".
            let denied = matches!(before, "not" | "cannot" | "never")
                || before.ends_with("n't")
                || before.ends_with("n’t");
            if noun || denied {
                return None;
            }
        }
        // (A phrase fits only where its first word is this one.)
        let width = entry
            .opens_phrase
            .then(|| self.cue_phrase_at(i))
            .flatten()
            .or(entry.alone.then_some(1))?;
        // A verb and its particle take no object: before an article or a possessive the
        // particle is a preposition ("went on a diet", not "went on, as if ..." or "hit back
        // at").
        if width > 1
            && self
                .tokens
                .get(i + width)
                .is_some_and(|next| DETERMINERS.contains(next.text(self.text)))
            && !bytes.eq_ignore_ascii_case(b"according")
        {
            return None;
        }
        // A bare verb is a noun two words after an article ("a controversial comment", "a
        // lunch counter") and before a form of "be", as the subject ("his mental state is");
        // an inflected one is still a verb ("which he said was", "which the band thought
        // was"). Bare: the list also has it with "-s" and "-d"/"-ed". After "the" or a
        // possessive, the word between must be a singular one in lower case ("the caustic
        // chant", "his home state"): a plural is the subject of the bare verb ("the
        // protesters chant", "their supporters say").
        let after_article = i >= 2 && self.tokens[i - 1].kind == TokenKind::Word && {
            let between = &self.tokens[i - 1];
            let singular = !between.capitalised && !self.word(i - 1).ends_with('s');
            match self.word(i - 2) {
                "a" | "an" => true,
                determiner => singular && DETERMINERS.contains(determiner),
            }
        } || self.noun_two_words_after_article(i);
        let before_be = self
            .tokens
            .get(i + 1)
            .is_some_and(|t| matches!(t.text(self.text), "is" | "was" | "are" | "were"));
        if (after_article || before_be) && self.finder.is_bare_verb(word) {
            return None;
        }
        // ("raising questions", "making claims": the object of a gerund.)
        let after_gerund = i > 0 && {
            let previous = &self.tokens[i - 1];
            previous.kind == TokenKind::Word
                && !previous.capitalised
                && self.word(i - 1).ends_with("ing")
        };
        if word.ends_with('s')
            && (after_gerund
                || self.is_plural_noun_after_number(i)
                || self.is_plural_noun_after_modifier(i)
                || self.is_plural_noun_after_preposition(i))
        {
            return None;
        }
        Some(width)
    }

    /// True when the bare verb at token `i` stands two words after an article, the words
    /// between singular ones (a name may be among them): "a highly critical report", "the EU
    /// referendum question". A plural between is the verb's subject ("the union members
    /// say").
    fn noun_two_words_after_article(&self, i: usize) -> bool {
        i >= 3
            && (i - 2..i)
                .all(|k| self.tokens[k].kind == TokenKind::Word && !self.word(k).ends_with('s'))
            && DETERMINERS.contains(self.word(i - 3))
    }

    /// True when the cue in "-s" at token `i` follows a number, which counts nouns: "BT
    /// handled 180 million calls a day", "two statements".
    fn is_plural_noun_after_number(&self, i: usize) -> bool {
        i >= 1
            && (self.tokens[i - 1].kind == TokenKind::Number
                || NUMBER_WORDS.contains(self.word(i - 1)))
    }

    /// True when the cue in "-s" at token `i` follows a preposition, right after it or
    /// after one modifier: "amid claims that", "despite recent claims the ads were", "rated
    /// 32% of Republican claims as \"false\"". A preposition takes a noun, and a verb in
    /// "-s" needs a subject. (Not after a word that also opens a clause, "after Labour
    /// claims the seat".)
    fn is_plural_noun_after_preposition(&self, i: usize) -> bool {
        let preposition = |k: usize| NOUN_PREPOSITIONS.contains(self.word(k));
        (i >= 1 && preposition(i - 1)) || (i >= 2 && preposition(i - 2))
    }

    /// True when the cue in "-s" at token `i` is a plural noun: an adjective in lower case
    /// right before it, after an article or a possessive ("her opening remarks", "Mr.
    /// Trump's more divisive remarks", "his past comments"). A noun before it is its subject
    /// ("the paper notes", "the spokesman says"); without parts of speech, the adjective is
    /// told by a few safe endings or from a list of those common before such nouns.
    fn is_plural_noun_after_modifier(&self, i: usize) -> bool {
        // (Endings such as "-al", "-ive" or "-ary" are left out: "the festival praises",
        // "the executive says", "the secretary notes" have a noun there.)
        const ENDINGS: &[&str] = &["ful", "ous", "ical", "less"];
        let is_adjective = |k: usize| {
            let token = &self.tokens[k];
            let word = self.word(k);
            token.kind == TokenKind::Word
                && !token.capitalised
                && (NOUN_ADJECTIVES.contains(word) || ENDINGS.iter().any(|e| word.ends_with(e)))
        };
        if i == 0 || !is_adjective(i - 1) {
            return false;
        }
        // Back over the modifiers (at most two more) to the article or possessive.
        let mut k = i - 1;
        for _ in 0..3 {
            if k == 0 {
                return false;
            }
            k -= 1;
            let token = &self.tokens[k];
            if token.kind == TokenKind::Possessive || DETERMINERS.contains(self.word(k)) {
                return true;
            }
            if token.kind != TokenKind::Word || token.capitalised {
                return false;
            }
        }
        false
    }

    /// The number of words of the cue phrase of several words ("according to") starting at
    /// token `i`, if one does.
    fn cue_phrase_at(&self, i: usize) -> Option<usize> {
        self.finder
            .phrases
            .iter()
            .find_map(|phrase| self.phrase_fits(i, phrase))
    }

    /// The number of words of `phrase` when the tokens from `i` on spell it (in any case).
    fn phrase_fits(&self, i: usize, phrase: &[Box<str>]) -> Option<usize> {
        let fits = phrase.iter().enumerate().all(|(k, w)| {
            self.tokens
                .get(i + k)
                .is_some_and(|t| t.text(self.text).eq_ignore_ascii_case(w))
        });
        fits.then_some(phrase.len())
    }

    /// True when byte `at` is right after the closing mark of a quotation.
    fn closes_quotation(&self, at: usize) -> bool {
        self.quotes
            .binary_search_by_key(&at, |q| q.close.end)
            .is_ok_and(|i| !self.quotes[i].close.is_empty())
    }

    fn is_pronoun(&self, i: usize) -> bool {
        PRONOUNS.contains(self.word(i))
    }

    fn is_punct(&self, i: usize, marks: &str) -> bool {
        self.tokens[i].kind == TokenKind::Punct && marks.contains(self.word(i))
    }

    /// Direct when the quotation opens with a capital after a sentence start, comma, colon,
    /// dash or reporting verb, or resumes a direct quotation after its attribution (`previous`
    /// is the quotation before, with its kind); partial otherwise.
    fn kind(&self, q: &MarkedQuote, previous: Option<(&MarkedQuote, QuoteKind)>) -> QuoteKind {
        // `"It has been an honour," he said, "and I wish ..."`: a direct quotation resumed
        // after its attribution, in the same sentence. A longer attribution counts when it
        // opens with the verb: `"...," said Karen Thomson, chief executive of AOL UK, "with
        // many people ..."`.
        if let Some((p, QuoteKind::Direct)) = previous {
            let between = &self.text[p.close.end.min(q.open.start)..q.open.start];
            let verb_first = || {
                between
                    .trim_start_matches([',', ' '])
                    .split(' ')
                    .next()
                    .is_some_and(|w| self.finder.is_cue(w))
            };
            // Cheapest test first: the text between two quotations can be paragraphs long,
            // and only a short one within a sentence is worth counting words in.
            let resumed = between.trim_end().ends_with(',') && !between.contains(['.', '\n']) && {
                let words = between.split_whitespace().take(25).count();
                words <= 6 || words <= 24 && verb_first()
            };
            if resumed {
                return QuoteKind::Direct;
            }
        }
        let first = q
            .span
            .slice(self.text)
            .chars()
            .find(|c| c.is_alphanumeric());
        let capital = first.is_some_and(|c| c.is_uppercase() || c.is_numeric());
        let before = self.text[..q.open.start].trim_end();
        let opens = before.is_empty()
            || before.ends_with([',', ':', '—', '–', '-', '.', '?', '!', '\n'])
            || self
                .sentence_of(q.open.start)
                .is_some_and(|s| s.start == q.open.start)
            || self
                .paragraph_of(q.open.start)
                .is_some_and(|p| p.start == q.open.start);
        // `Quiroga said "The railway will be built"`: a whole sentence right after a cue.
        let after_cue = text_before(before, before.len(), LOOK_BACK)
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| self.finder.is_cue_as_written(w));
        if capital && (opens || after_cue) {
            QuoteKind::Direct
        } else {
            QuoteKind::Partial
        }
    }

    /// True when a quoted fragment is given as a name after a naming verb: a name for a
    /// thing ("calling the dispute the \"train war\"", "call it the \"big one\"") or a name
    /// given in the passive ("he was called the \"fifth child\"", "Steel and Morris, dubbed
    /// the \"McLibel Two\""), which nobody need have said. A label pinned on a person by the
    /// subject ("Trump called Cruz the \"ultimate hypocrite\"") and the subject's own term
    /// ("what he calls the \"Washington cartel\"") are the subject's words, left to the
    /// speaker rules. So is a fragment right after "known as" ("networks, known as \"super
    /// 3G\""), whatever the sentence's subject. (Not after "so-called": PolNeAR's gold gives
    /// such a label to the one whose words hold it, "Mr. Trump has called for taxing so-called
    /// ''pass through'' income", and the speaker rules do so.)
    fn is_given_name(&self, q: &MarkedQuote) -> bool {
        let mut before = text_before(self.text, q.open.start, LOOK_BACK)
            .split_whitespace()
            .rev();
        let last = before.next();
        if last == Some("as") && before.clone().next() == Some("known") {
            return true;
        }
        // The title of a work right after the noun for it: "for the study \"Whose Secretary
        // are You, minister\"", "his new album \"Love Is Hell\"".
        // (A title opens with a capital; "called the film \"pornographic\"", "said the film
        // \"has received ...\"" describe one.)
        let capital = q.span.slice(self.text).starts_with(char::is_uppercase);
        if capital && last.is_some_and(|noun| TITLED_WORKS.contains(noun)) {
            return true;
        }
        if !last.is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            return false;
        }
        // The named object between the verb and "the" (nearest word first), and the verb.
        let mut object = Vec::with_capacity(4);
        let mut verb_found = false;
        for w in before.by_ref().take(4) {
            if NAMING_VERBS.contains(w) {
                verb_found = true;
                break;
            }
            object.push(w);
        }
        if !verb_found {
            return false;
        }
        // The word before the verb: a form of "be", a comma closing the named phrase, or
        // nothing within reach.
        let passive = before.next().is_none_or(|w| {
            w.ends_with(',')
                || matches!(
                    w.to_ascii_lowercase().as_str(),
                    "is" | "was"
                        | "were"
                        | "are"
                        | "be"
                        | "been"
                        | "being"
                        | "also"
                        | "often"
                        | "widely"
                        | "sometimes"
                        | "once"
                        | "now"
                )
        });
        // A thing named: the object opens with an article or a demonstrative or is "it".
        let thing = object.last().is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "it" | "this" | "that" | "these" | "those" | "the" | "a" | "an"
            )
        });
        passive || thing
    }

    /// The speaker of a fragment that a verb in the passive pins on its subject, named after
    /// "by": "The plan was deemed \"aggressive\" by the club's board", "was described as
    /// \"unacceptable\" by the FA". The participle is the cue. (The subject is the thing
    /// described, never the speaker.)
    fn passive_by(&self, q: &MarkedQuote, limit: usize) -> Option<(Span, Speaker, &'static str)> {
        // After the closing mark: " by " (a comma or none before it).
        let rest = &self.text[q.close.end..limit];
        let by = rest.trim_start_matches(',').strip_prefix(" by ")?;
        let by_at = limit - by.len();
        // Before the opening mark: a form of "be", perhaps an adverb, the participle, perhaps
        // "as".
        let mut words = strip_article(text_before(self.text, q.open.start, LOOK_BACK))
            .split_whitespace()
            .rev();
        let mut participle = words.next()?;
        if matches!(participle, "as" | "for") {
            participle = words.next()?;
        }
        if !is_passive(participle, words) {
            return None;
        }
        let cue_end = self.text[..q.open.start].rfind(participle)? + participle.len();
        let cue = Span::new(cue_end - participle.len(), cue_end);
        let from = self.token_at(by_at);
        let speaker = self.phrase_after(from, self.token_at(limit))?;
        Some((cue, speaker, "passive-quote-by-speaker"))
    }

    /// The speaker of a fragment that a verb in the passive pins on its subject, named by
    /// "by" before the fragment: "The iPod was described by Steve Jobs as \"the best product
    /// we have made\"". The participle is the cue.
    fn passive_by_before(&self, q: &MarkedQuote) -> Option<(Span, Speaker, &'static str)> {
        let window = text_before(self.text, q.open.start, LOOK_BACK);
        // (Offsets below are into `window`, which starts at `base` in the text.)
        let base = q.open.start - window.len();
        let agent_end = strip_article(window.trim_end());
        let agent_end = agent_end
            .strip_suffix(" as")
            .or_else(|| agent_end.strip_suffix(" for"))?;
        let by = agent_end.rfind(" by ")?;
        let agent = &agent_end[by + " by ".len()..];
        // (The agent is a phrase of a few words, within the clause.)
        if agent.is_empty()
            || agent.split(' ').count() > 6
            || agent.contains([',', '.', ';', ':', '"', '\u{201c}'])
        {
            return None;
        }
        let mut words = agent_end[..by].split_whitespace().rev();
        let participle = words.next()?;
        if !is_passive(participle, words) {
            return None;
        }
        let cue = Span::new(base + by - participle.len(), base + by);
        let from = self.token_at(base + by + " by ".len());
        let to = self.token_at(base + agent_end.len());
        let speaker = self.phrase_after(from, to)?;
        Some((cue, speaker, "passive-quote-by-speaker"))
    }

    /// True when a verb of [`PASSIVE_CUES`] in the passive ("was hailed", "is widely deemed")
    /// stands between bytes `from` and `to`.
    fn passive_between(&self, from: usize, to: usize) -> bool {
        let mut before = self
            .between(from, to)
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty());
        // (A form of "be", perhaps an adverb, then the participle: the two words before each.)
        let (mut second, mut first) = (None, None);
        for word in before.by_ref() {
            if is_passive(word, first.into_iter().chain(second)) {
                return true;
            }
            (second, first) = (first, Some(word));
        }
        false
    }

    /// The text between bytes `from` and `to`, at most its last [`PHRASE_WINDOW`] bytes: the
    /// tests of the words between a subject and a quotation read no further, so that a giant
    /// sentence with many fragments is not read once per fragment.
    fn between(&self, from: usize, to: usize) -> &str {
        let window = text_before(self.text, to, PHRASE_WINDOW);
        if to - window.len() < from {
            &self.text[from..to]
        } else {
            window
        }
    }

    /// True when a cue in lower case ("said", "thought", "cited") stands between bytes `from`
    /// and `to`.
    fn reports_speech_between(&self, from: usize, to: usize) -> bool {
        self.between(from, to)
            .split(|c: char| !c.is_alphabetic())
            .any(|word| self.finder.is_cue_as_written(word))
    }

    /// True when the phrase `span` is a personal pronoun or holds a person's name.
    fn names_person(&self, span: Span) -> bool {
        let first = span.slice(self.text).split_whitespace().next();
        matches!(first, Some("he" | "He" | "she" | "She" | "I" | "we" | "We"))
            || resolve::first_entity(self, span.start, span.end, |e| e.label == Label::Per)
                .is_some()
    }

    /// True when a quoted fragment is one word set off before the noun it modifies: Toyota's
    /// "green" credentials, the "convertible" peso, an "opt-in" right. Such a word is the
    /// writer's, not the subject's (unlike "was \"sold\" to", "his \"hero\", Nelson Mandela",
    /// "Leigh's \"masterpiece\" was": a word of function or a verb of being follows).
    fn modifies_next_noun(&self, q: &MarkedQuote) -> bool {
        let inside = q.span.slice(self.text);
        if inside.contains(char::is_whitespace) {
            return false;
        }
        let Some(after) = self.text[q.close.end..].strip_prefix(' ') else {
            return false;
        };
        let next = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        next.starts_with(|c: char| c.is_lowercase())
            && !is_function_word(next)
            && !LINKING_WORDS.contains(next)
    }

    /// True when a quoted fragment is written like a title or nickname ("the 'Beast from the
    /// East'"): two words or more, each capitalised or a short joining word.
    fn is_title_cased(&self, q: &MarkedQuote) -> bool {
        const SMALL: &[&str] = &[
            "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to",
            "with",
        ];
        let quoted = q.span.slice(self.text);
        quoted.split_whitespace().nth(1).is_some()
            && quoted
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase) || SMALL.contains(&w))
    }

    /// True when `q` comes right after `previous`: same paragraph with at most one sentence
    /// between them, or `q` opens the paragraph after `previous`'s.
    fn follows_closely(&self, previous: &MarkedQuote, q: &MarkedQuote) -> bool {
        let (Some(p1), Some(p2)) = (
            self.paragraph_of(previous.open.start),
            self.paragraph_of(q.open.start),
        ) else {
            return false;
        };
        if p1 == p2 {
            return true;
        }
        let next_paragraph = self
            .paragraphs
            .get(self.paragraphs.partition_point(|p| p.end <= p1.start) + 1);
        // (Not over an empty line, where a heading was left out: a new section.)
        let section_break = || {
            let gap = self.text.as_bytes()[p1.end..p2.start].iter();
            gap.filter(|&&b| b == b'\n').count() > 2
        };
        next_paragraph == Some(&p2) && q.open.start == p2.start && !section_break()
    }

    /// Finds the cue and speaker of quotation `index` (of `kind`): after it, then before it,
    /// then in a colon lead-in of the previous paragraph. A fragment in reported speech looks
    /// before it first: in `Kerry said the US would take "robust steps", and he urged ...` the
    /// clause after the fragment is another statement.
    fn attribute(&self, index: usize, kind: QuoteKind) -> Option<(Span, Speaker, &'static str)> {
        let q = &self.quotes[index];
        if let Some(found) = self.transcript_speaker(q) {
            return Some(found);
        }
        let sentence_start = self
            .sentence_of(q.open.start)
            .map_or(q.open.start, |s| s.start);
        // (A short fragment earlier in the sentence, a name or a label in quotation marks,
        // is part of the lead-in: `Barbara Follet, one of the so-called "Blair Babes" elected
        // in 1997, told researchers: "..."`.)
        let previous_close = index.checked_sub(1).map_or(0, |i| {
            let previous = &self.quotes[i];
            // (The sentence first; then the words counted no further than the limit: most
            // quotations are long.)
            let fragment = previous.open.start >= sentence_start
                && previous
                    .span
                    .slice(self.text)
                    .split_whitespace()
                    .nth(FRAGMENT_WORDS)
                    .is_none();
            if fragment {
                0
            } else {
                previous.close.end
            }
        });
        let before = || self.attribute_before(sentence_start.max(previous_close), q.open.start);
        // (A closing mark after a space may open the next sentence for the splitter: `nine
        // years... " Hailey later recalled.`; that sentence is the quotation's tail when the
        // quoted words end with a comma or an ellipsis, not with a full stop: `the
        // community. " A spokesman said` opens a sentence of its own.)
        let open_tail = || {
            let content = q.span.slice(self.text).trim_end();
            content.ends_with([',', '…']) || content.ends_with("...")
        };
        let sentence_end = self
            .sentence_of(q.close.start.saturating_sub(1))
            .or_else(|| self.sentence_of(q.close.start).filter(|_| open_tail()))
            .map_or(q.close.end, |s| s.end.max(q.close.end));
        let next_open = self
            .quotes
            .get(index + 1)
            .map_or(usize::MAX, |n| n.open.start);
        let after_end = sentence_end.min(next_open);
        if kind == QuoteKind::Partial {
            if let Some(found) = self
                .passive_by(q, after_end)
                .or_else(|| self.passive_by_before(q))
            {
                return Some(found);
            }
            if let Some(found) = before() {
                // `Nothing the president said "will assuage people's fears," the Florida
                // senator said.`: a comma closing the quoted words hands them to the speaker
                // and verb that follow and end the sentence, over a verb before them.
                let content = q.span.slice(self.text).trim_end();
                let handed_on = content.ends_with(',');
                // `... — "why wouldn't you want to raise it?" asked Dunn, now a partner at
                // ...`: a question closing the quoted words is put by the attribution right
                // after them, in either order and whatever follows it.
                let asked = content.ends_with('?');
                let after = (handed_on || asked)
                    .then(|| self.attribute_after(q.close.end, after_end))
                    .flatten()
                    .filter(|(cue, speaker, rule)| {
                        let first = speaker.span.start.min(cue.start);
                        let adjacent = self.text[q.close.end..first]
                            .chars()
                            .all(|c| c == ',' || c.is_whitespace());
                        if asked {
                            return adjacent
                                && matches!(*rule, "quote-speaker-verb" | "quote-verb-speaker");
                        }
                        *rule == "quote-speaker-verb"
                            && speaker.span.start < cue.start
                            && adjacent
                            && !self.is_pronoun(self.token_at(speaker.span.start))
                            && self.ends_sentence_after(cue.end, after_end)
                    });
                return after.or(Some(found));
            }
        }
        if let Some(found) = self.attribute_after(q.close.end, after_end) {
            return Some(found);
        }
        // A quotation that ends its sentence: a short following sentence may attribute it
        // (`"We won!" Smith said.`).
        if after_end == sentence_end && next_open > sentence_end {
            // (The first sentence after it, whatever white space lies between: a no-break
            // space is two bytes.)
            let following = self.sentences.partition_point(|s| s.start < sentence_end);
            if let Some(&next) = self.sentences.get(following) {
                let same_paragraph =
                    self.paragraph_of(next.start) == self.paragraph_of(q.close.start);
                // (A sentence of eight tokens is not a huge one: a giant is not tokenized.)
                if same_paragraph && next.end <= next_open && next.len() <= HUGE_PARAGRAPH {
                    // A question or exclamation ends its sentence inside the marks, so the
                    // attribution after it is a sentence of its own, of any length when it
                    // opens with the speaker and the verb and says nothing more (`"...?" Trump
                    // said to a crowd of about 500.`, not `"...?" The commission said the
                    // question was fair.`).
                    // (Inside a quotation of its own too: `say, 'What did he mean?'''`.)
                    let asks = q
                        .span
                        .slice(self.text)
                        .trim_end_matches(['\'', '’', '"', '”', ' '])
                        .ends_with(['?', '!']);
                    let found = self.with_tokens_of(next, |ctx| {
                        let short = ctx.token_at(next.end) - ctx.token_at(next.start) <= 8;
                        let found = (short || asks)
                            .then(|| ctx.attribute_after(next.start, next.end))??;
                        (short || ctx.only_attributes(next, &found)).then_some(found)
                    });
                    if found.is_some() {
                        return found;
                    }
                } else if !same_paragraph && next.len() <= HUGE_PARAGRAPH {
                    // (A giant line is not tokenized: bounded memory.)
                    if let Some(found) = self.signature_line(q, next) {
                        return Some(found);
                    }
                }
            }
        }
        if kind != QuoteKind::Partial {
            if let Some(found) = before() {
                return Some(found);
            }
        }
        // A colon lead-in at the end of the previous paragraph.
        let paragraph = self.paragraph_of(q.open.start)?;
        if paragraph.start == q.open.start {
            let previous = self
                .paragraphs
                .partition_point(|p| p.end <= paragraph.start)
                .checked_sub(1)?;
            let lead = self.paragraphs[previous];
            if lead.slice(self.text).trim_end().ends_with(':') {
                let start = self
                    .sentence_of(lead.end - 1)
                    .map_or(lead.start, |s| s.start)
                    .max(previous_close);
                // Of a huge lead-in, the words near its colon (bounded memory).
                let start = start.max(word_start_after(
                    self.text,
                    lead.end.saturating_sub(MARK_CONTEXT),
                ));
                let read = Span::new(start.min(lead.end), lead.end);
                return self.with_tokens_of(read, |ctx| ctx.attribute_before(read.start, read.end));
            }
        }
        None
    }

    /// A quotation that ends its paragraph, signed in the next by a dash and a name, with at
    /// most a short description after a comma: `"...too."` / `- Dana Reyes, Ohio.` (rule
    /// `dash-attribution`). Lists that use dashes as bullets go on with a clause or a colon
    /// (`- Dana Reyes: her new film opens`, `- The match is on TV`), which sign nothing; nor
    /// does a sentence of the next paragraph that attributes its own words (`..., according
    /// to X.`).
    fn signature_line(&self, q: &MarkedQuote, next: Span) -> Option<(Span, Speaker, &'static str)> {
        let own = self.paragraph_of(q.close.start)?;
        let line = self.paragraph_of(next.start)?;
        let closes_paragraph = self.text[q.close.end..own.end]
            .chars()
            .all(|c| c == '.' || c.is_whitespace());
        let whole_line =
            line.start == next.start && self.text[next.end..line.end].trim().is_empty();
        if !(closes_paragraph && whole_line) {
            return None;
        }
        self.with_tokens_of(next, |ctx| {
            let found = ctx.attribute_after(next.start, next.end)?;
            let rest = ctx.text[found.1.span.end..next.end].trim_end_matches(['.', ' ']);
            let described = rest
                .strip_prefix(',')
                .is_some_and(|d| d.split_whitespace().count() <= SIGNATURE_WORDS);
            (found.2 == "dash-attribution" && (rest.is_empty() || described)).then_some(found)
        })
    }

    /// True when nothing but closing punctuation lies between byte `at` and `end`.
    fn ends_sentence_after(&self, at: usize, end: usize) -> bool {
        self.text[at..end.max(at)]
            .trim()
            .chars()
            .all(|c| matches!(c, '.' | '!' | '?' | '"' | '\'' | '”' | '’' | ')'))
    }

    /// True when `phrase` has a capitalised word other than its determiner, or is a pronoun
    /// of a person: it names someone.
    fn names_someone(&self, phrase: Span) -> bool {
        let (first, end) = (self.token_at(phrase.start), self.token_at(phrase.end));
        self.is_pronoun(first)
            || (first..end)
                .any(|i| self.tokens[i].capitalised && !DETERMINERS.contains(self.word(i)))
    }

    /// True when `found`, the attribution found in sentence `sentence` after a quotation,
    /// opens the sentence and is all it says: the speaker first, the verb right after it (or
    /// after an appositive closed by a comma), and after the verb no clause of its own, only
    /// the end, a comma, a preposition ("said of Apple", "asked reporters") or an adverb
    /// ("asked rhetorically").
    fn only_attributes(&self, sentence: Span, found: &(Span, Speaker, &'static str)) -> bool {
        let (cue, speaker, _) = found;
        let first = self.token_at(sentence.start);
        let verb = self.token_at(cue.start);
        let after_speaker = self.token_at(speaker.span.end);
        let opens = self.tokens[first].span.start == speaker.span.start
            && (after_speaker == verb || (verb > first && self.is_punct(verb - 1, ",")));
        let next = self.token_at(cue.end);
        let says_no_more = next >= self.tokens.len()
            || self.tokens[next].span.start >= sentence.end
            || self.is_punct(next, ",.;:!?")
            || ATTRIBUTION_TAILS.contains(self.word(next))
            || self.word(next).ends_with("ly")
            || (matches!(self.word(verb), "asked" | "told" | "asks" | "tells")
                && self.tokens[next].kind == TokenKind::Word
                && !matches!(self.word(next), "that" | "the" | "a" | "an"));
        opens && says_no_more
    }

    /// A transcript line quoted whole: `"PENCE: Well, look, ..."`.
    fn transcript_speaker(&self, q: &MarkedQuote) -> Option<(Span, Speaker, &'static str)> {
        let quoted = q.span.slice(self.text);
        let colon = quoted.find(':').filter(|&c| c > 1 && c <= 40)?;
        let name = &quoted[..colon];
        let is_name = name.chars().any(char::is_uppercase)
            && name
                .chars()
                .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '\'' || c == '-');
        if !is_name {
            return None;
        }
        let span = Span::new(q.span.start, q.span.start + colon);
        let cue = Span::new(span.end, span.end + 1);
        Some((cue, Speaker { span, entity: None }, "transcript-speaker"))
    }

    /// `"...," X said`, `"...," said X`, `"..." - X`, `"...", according to X`.
    fn attribute_after(&self, from: usize, to: usize) -> Option<(Span, Speaker, &'static str)> {
        let (start, end) = (self.token_at(from), self.token_at(to));
        let mut i = start;
        while i < end && self.is_punct(i, ",.") {
            i += 1;
        }
        if i >= end {
            return None;
        }
        if self.is_punct(i, DASHES) && i + 1 < end {
            // A name signs the quotation ("- Maria Lopez, mayor"); a pronoun or a common noun
            // after a dash opens the narrator's aside ("- a reference to David Furnish", "-
            // they are worried").
            let speaker = self
                .phrase_after(i + 1, end)
                .filter(|phrase| self.tokens[self.token_at(phrase.span.start)].capitalised)?;
            return Some((self.tokens[i].span, speaker, "dash-attribution"));
        }
        for k in i..end.min(i + 24) {
            if self.is_punct(k, ";?!") {
                break;
            }
            let Some(width) = self.cue_at(k) else {
                continue;
            };
            let cue = Span::new(
                self.tokens[k].span.start,
                self.tokens[k + width - 1].span.end,
            );
            if k == i || self.word(k).eq_ignore_ascii_case("according") {
                let speaker = self.phrase_after(k + width, end)?;
                let rule = if width == 2 {
                    "according-to"
                } else {
                    "quote-verb-speaker"
                };
                return Some((cue, speaker, rule));
            }
            // `"...," Reuters quoted a central bank official as saying`: the one quoted speaks.
            if let Some(quoted) = self.quoted_as_saying(k, end) {
                return Some((cue, quoted, "quoted-as-saying"));
            }
            // The speaker opens the attribution (`"...," Scott Pruitt, the attorney general of
            // Oklahoma, said`); failing that, it stands right before the verb. Not a phrase
            // opened by a preposition (`" for Clinton, said Kunin`), nor a description that
            // names no one before a name and the verb (`," the dawn of the movement, Bozell
            // says`).
            let preposition = PREPOSITIONS.contains(self.word(i));
            let opening = self.phrase_after(i, k).filter(|_| !preposition);
            let before_verb = || self.phrase_before(k, i);
            let opening = match opening {
                Some(phrase) if !self.names_someone(phrase.span) => {
                    // (Set off by a comma: not a place in the description, "a woman in
                    // Worcester told".)
                    let named_before_verb = before_verb().filter(|p| {
                        let first = self.token_at(p.span.start);
                        p.span.start > phrase.span.end
                            && first > 0
                            && self.is_punct(first - 1, ",")
                            && self.names_someone(p.span)
                    });
                    Some(named_before_verb.unwrap_or(phrase))
                }
                other => other,
            };
            // (A participle after a prepositional phrase is no attribution: `"little prospect"
            // of America agreeing to cut emissions`.)
            let participle_after_preposition = preposition && self.word(k).ends_with("ing");
            if let Some(speaker) = opening
                .or_else(before_verb)
                .filter(|_| !participle_after_preposition)
            {
                return Some((cue, speaker, "quote-speaker-verb"));
            }
            // `"..." but to take the lead, says Evan Tracey`: a verb after a comma, with no
            // subject before it, has the speaker after it, when the speaker ends the clause
            // (not `said the days when ...`). A participle's phrase is its object
            // (`, urging his parishioners`).
            if k > i && self.is_punct(k - 1, ",") && !self.word(k).ends_with("ing") {
                let speaker = self.phrase_after(k + width, end)?;
                let next = self.token_at(speaker.span.end);
                let ends_clause = next >= end || self.is_punct(next, ",.;");
                return ends_clause.then_some((cue, speaker, "quote-verb-speaker"));
            }
            return None;
        }
        // `"...?" Vitter demanded.`: a short attribution with a verb the list lacks, a name
        // or pronoun followed by one lower-case word that ends the sentence.
        let speaker = self.phrase_after(i, end)?;
        let verb = self.token_at(speaker.span.end);
        let ends = verb + 1 >= end || self.is_punct(verb + 1, ".!?");
        let named = self.tokens[i].capitalised || self.is_pronoun(i);
        let looks_like_verb = self.tokens.get(verb).is_some_and(|t| {
            let word = t.text(self.text);
            t.kind == TokenKind::Word
                && !t.capitalised
                && (word.ends_with("ed") || word.ends_with('s'))
        });
        (verb < end && ends && named && looks_like_verb)
            .then(|| (self.tokens[verb].span, speaker, "quote-speaker-verb"))
    }

    /// The one whom the verb at token `verb` quotes "as saying", before token `limit`: the
    /// phrase between the verb and "as saying" ("Reuters quoted a central bank official as
    /// saying"), words only. `None` when the verb is not one of [`QUOTING_VERBS`] or its
    /// object is not so followed; a passive has none ("Mr Kapor is reported as saying": the
    /// subject is quoted, as by any verb).
    fn quoted_as_saying(&self, verb: usize, limit: usize) -> Option<Speaker> {
        if !QUOTING_VERBS.contains(self.word(verb)) {
            return None;
        }
        let first = verb + 1;
        let last = limit.min(first + QUOTED_OBJECT_WORDS + 2);
        let mut j = first;
        while j + 1 < last && self.tokens[j].kind == TokenKind::Word {
            // (Right after the verb, a passive's "as saying" gives no phrase.)
            if self.word(j) == "as" && matches!(self.word(j + 1), "saying" | "telling" | "stating")
            {
                return self.phrase_after(first, j);
            }
            j += 1;
        }
        None
    }

    /// `X said: "..."`, `X said "..."`, `X said the plan was "partial"`, `According to X, "..."`,
    /// and a colon lead-in without a verb (`PENCE: "..."`).
    fn attribute_before(&self, from: usize, to: usize) -> Option<(Span, Speaker, &'static str)> {
        let (start, end) = (self.token_at(from), self.token_at(to));
        if start >= end {
            return None;
        }
        let colon = self.is_punct(end - 1, ":");
        let rule = if colon {
            "speaker-verb-colon-quote"
        } else {
            "speaker-verb-quote"
        };
        // The nearest cue wins, except that a pronoun subject ("X said he thought ...") gives
        // way to a named subject of an earlier cue in the same sentence, and a verb of
        // thinking or naming to an earlier verb of saying ("X said Y will continue to be").
        let mut nearest: Option<NearestCue> = None;
        for k in (start..end).rev() {
            let Some(width) = self.cue_at(k) else {
                continue;
            };
            let cue = Span::new(
                self.tokens[k].span.start,
                self.tokens[k + width - 1].span.end,
            );
            if self.word(k).eq_ignore_ascii_case("according") {
                if nearest.is_some() {
                    break;
                }
                let speaker = self.phrase_after(k + width, end)?;
                return Some((cue, speaker, "according-to"));
            }
            // `the paper quoted an executive as saying the group would "..."`.
            let quoting_verb = (k >= start + 3 && self.word(k - 1) == "as")
                .then(|| {
                    (k.saturating_sub(QUOTED_OBJECT_WORDS + 1).max(start)..k - 2)
                        .rev()
                        .take_while(|&v| self.tokens[v].kind == TokenKind::Word)
                        .find(|&v| QUOTING_VERBS.contains(self.word(v)))
                })
                .flatten();
            if let Some(quoted) = quoting_verb.and_then(|v| self.quoted_as_saying(v, k + 1)) {
                return Some((cue, quoted, "quoted-as-saying"));
            }
            // A verb in the passive pins the words on its subject, who does not speak them
            // ("Im, who has made more than 100 films, was hailed for his \"remarkable visual
            // beauty\""); an agent after "by" is found by `passive_by`.
            if is_passive(self.word(k), (start..k).rev().map(|j| self.word(j))) {
                continue;
            }
            let Some(speaker) = self.subject_of_cue(k, start) else {
                // `"...," said Karen Thomson, ..., "with many people"`: the verb right after
                // the quotation before, and the speaker after the verb. (Not a participle:
                // after `describing Charles as`, Charles is the object.)
                let after_quotation = !self.word(k).ends_with("ing")
                    && self.closes_quotation(from)
                    && (start..k).all(|i| self.is_punct(i, ","));
                if after_quotation {
                    if let Some(speaker) = self.phrase_after(k + width, end) {
                        return Some((cue, speaker, "quote-verb-speaker"));
                    }
                }
                // "Asked about it, Smith said": the subject may follow a participle clause.
                continue;
            };
            let pronoun = self.is_pronoun(self.token_at(speaker.span.start));
            let verb = self.tokens[k].span.bytes(self.text);
            // A verb after a modal is speech foretold ("expected that Americans will say"):
            // an earlier verb of saying takes over, as from a verb of thinking.
            let modal = k > start
                && matches!(
                    self.word(k - 1),
                    "will" | "would" | "could" | "might" | "may" | "should" | "must" | "can"
                );
            let content = is_content_verb(verb) || modal;
            match &nearest {
                None if !pronoun && !content => return Some((cue, speaker, rule)),
                None => {
                    nearest = Some(NearestCue {
                        cue,
                        speaker,
                        pronoun,
                        content,
                    })
                }
                Some(n) if n.content && SAYING_VERBS.contains_bytes(verb) => {
                    return Some((cue, speaker, rule));
                }
                Some(n) if n.pronoun && !pronoun => return Some((cue, speaker, rule)),
                Some(_) => {}
            }
        }
        if let Some(NearestCue { cue, speaker, .. }) = nearest {
            return Some((cue, speaker, rule));
        }
        if colon {
            let cue = self.tokens[end - 1].span;
            // A name right before the colon speaks ("... - Jeffrey M. Jones: \"...\"");
            // otherwise the lead-in's subject, unless an ordinary word opens it ("Asked
            // which county was his favourite, he demurred:").
            if let Some(named) = self.name_ending_at(cue.start, start) {
                return Some((cue, named, "colon-lead-in"));
            }
            let mut speaker = self.phrase_after(start, end - 1)?;
            // "Between tasks, this remarkably active senior citizen reveals ...:": a
            // preposition opens an introductory phrase; the subject follows its comma. (Not
            // a person's: "For Henry Reichhold, this is progress:" is his view.)
            if OPENING_PREPOSITIONS.contains(self.word(self.token_at(speaker.span.start)))
                && !self.names_person(speaker.span)
            {
                // (Past the punctuation that ends the phrase.)
                speaker = self.phrase_after(self.token_at(speaker.span.end) + 1, end - 1)?;
            }
            if self.opens_with_ordinary_word(speaker.span) {
                return None;
            }
            return Some((cue, speaker, "colon-lead-in"));
        }
        None
    }

    /// The subject of the reporting verb at token `k` (not before token `start`): the phrase
    /// before it, or the sentence's subject for a participle after a comma ("..., saying")
    /// and for a verb joined to another ("laughed and said", "began by saying").
    fn subject_of_cue(&self, k: usize, start: usize) -> Option<Speaker> {
        let from = self.tokens[start].span.start;
        let to = self.tokens[k].span.start;
        // A participle ("..., saying", "tweets early Friday saying") has the sentence's subject.
        let participle = self.word(k).ends_with("ing") && k > start && !self.is_pronoun(k - 1);
        // "..., Spicer said, adding": the participle goes with the attribution before it
        // (a verb in the past or "says", not a noun: "dismissed the latest claims, saying").
        let attribution_before = || {
            let verb = self.word(k - 2);
            (verb.ends_with("ed") || SAYING_VERBS.contains(verb)) && self.cue_at(k - 2).is_some()
        };
        if participle && k >= start + 3 && self.is_punct(k - 1, ",") && attribution_before() {
            if let Some(speaker) = self.phrase_before(k - 2, start) {
                return Some(speaker);
            }
        }
        if participle {
            // "..., with Sen. John McCain calling it": after "with", the participle has the
            // phrase right before it (an adverb aside, no comma) as its subject.
            let with_subject = self.phrase_before(k, start).filter(|phrase| {
                let first = self.token_at(phrase.span.start);
                let adjacent = (self.token_at(phrase.span.end)..k)
                    .all(|i| self.tokens[i].kind == TokenKind::Word);
                // (A role in lower case may stand between: "with leader Charles Kennedy
                // saying".)
                let mut before = first;
                if before > start + 1 && self.lexicon.title(self.word(before - 1)).is_some() {
                    before -= 1;
                }
                adjacent && before > start && self.word(before - 1) == "with"
            });
            return with_subject.or_else(|| self.sentence_subject(from, to, true));
        }
        let phrase = self.phrase_before(k, start).map(|phrase| {
            // The object of a preposition is not the verb's subject: "Marc Ostwald, a
            // strategist at Monument Securities told", "United's statement to the stock
            // exchange said", "Policy makers in Europe have called", "Sanders in the past
            // has criticized". The phrase before the preposition is.
            // Not when a person's name ends the phrase, a comma left out before it ("in a
            // speech to the Foreign Policy Centre Mr Straw said"), nor an "of" inside a name
            // ("A Top of the Pops spokesperson"), nor when the phrase before is a
            // preposition's object too ("in the wake of a Law Commission report").
            // (Not the phrase a "which" before the verb stands for: "in its submission which
            // states".)
            // A word that ties the subject to the object may stand between: "a person
            // familiar with the talks said", "a source speaking to Fox News said".
            let first = self.token_at(phrase.span.start);
            let tied = first >= start + 3
                && matches!(self.word(first - 1), "with" | "to" | "on" | "in")
                && TIES_TO_OBJECT.contains(self.word(first - 2));
            let object = first > start + 1
                && self.word(k - 1) != "which"
                && (tied
                    || matches!(self.word(first - 1), "at" | "to" | "of" | "in")
                        && !(self.word(first - 1) == "of"
                            && self.tokens[first - 2].capitalised
                            && !self.ends_with_person(self.tokens[first - 2].span)))
                && !self.ends_with_person(phrase.span);
            object
                .then(|| self.phrase_before(if tied { first - 2 } else { first - 1 }, start))
                .flatten()
                .filter(|subject| {
                    let at = self.token_at(subject.span.start);
                    at == start || !PREPOSITIONS_BEFORE_SUBJECT.contains(&self.word(at - 1))
                })
                .unwrap_or(phrase)
        });
        phrase.or_else(|| {
            let joined = k > start && matches!(self.word(k - 1), "and" | "but" | "by");
            if joined || self.word(k).ends_with("ing") {
                self.sentence_subject(from, to, true)
            } else {
                None
            }
        })
    }

    /// True when a person's mention ends where `phrase` ends ("Lt Col Eric Schnaible" of
    /// "Lt Col Eric Schnaible of the PCO said").
    fn ends_with_person(&self, phrase: Span) -> bool {
        let i = self.entities.partition_point(|e| e.span.end < phrase.end);
        self.entities
            .get(i)
            .is_some_and(|e| e.span.end == phrase.end && e.label == Label::Per)
    }

    /// The noun phrase ending just before the cue at token `cue` (not before token `floor`):
    /// a pronoun, a name, "the ministry", "a spokesperson for the group", skipping "also",
    /// a parenthesis (`Moore (D-Wis.) said`) and an appositive (`X, the ..., said`).
    fn phrase_before(&self, cue: usize, floor: usize) -> Option<Speaker> {
        let mut end = cue;
        while end > floor && self.is_verb_modifier(end - 1) {
            end -= 1;
        }
        // A day between the speaker and the verb: "which President Obama on Friday declared".
        if end >= floor + 3
            && matches!(self.word(end - 2), "on" | "last" | "this")
            && WEEKDAYS.contains(self.word(end - 1))
        {
            end -= 2;
        }
        end = self.skip_parenthesis_before(end, floor);
        // An aside between dashes after a comma: after an appositive in lower case ("John
        // Dickey, the chief executive of Ora Media -- the production company that owns the
        // show -- told me") the opening dash closes the appositive as a comma would; after a
        // name ("On Thursday, Lord Bingham - a senior law lord - said") the name is read
        // before the aside. (Not without a comma: in "on her blog - web diary - says" the
        // words before the aside are no speaker.)
        let mut appositive_aside = false;
        if let Some(open) = self.dash_aside_before(end, floor) {
            let comma = (floor..open)
                .rev()
                .take(APPOSITIVE_TOKENS)
                .find(|&k| self.is_punct(k, ","));
            if let Some(comma) = comma.filter(|&c| c + 1 < open) {
                appositive_aside = !self.tokens[comma + 1].capitalised;
                end = if appositive_aside { open + 1 } else { open };
            }
        }
        if end > floor && (self.is_punct(end - 1, ",") || appositive_aside) {
            // An appositive: the name stands before the first comma ("Smith, the mayor,
            // said"), unless the appositive is the name itself ("The group leader, Anne
            // Whitcombe, said").
            let mut comma = (floor..end - 1)
                .rev()
                .take(APPOSITIVE_TOKENS)
                .find(|&k| self.is_punct(k, ","))?;
            // A place set off by commas is the end of a longer parenthesis ("Clinton, during
            // a meeting in Columbus, Ohio, said"), or of the subject itself ("The mayor of
            // Springfield, Illinois, said").
            let set_off = comma + 1 < end - 1
                && self.is_place_set_off(Span::new(
                    self.tokens[comma + 1].span.start,
                    self.tokens[end - 2].span.end,
                ));
            if set_off {
                match (floor..comma)
                    .rev()
                    .take(APPOSITIVE_TOKENS)
                    .find(|&k| self.is_punct(k, ","))
                {
                    Some(earlier) => comma = earlier,
                    None => return self.phrase_before(comma, floor),
                }
            }
            // A relative clause of several commas ("Mr Wilson, who was involved with New
            // Order, as well as the Happy Mondays, said"): the speaker stands before the comma
            // that opens it (within the appositive's reach).
            if comma + 1 < end && !RELATIVES.contains(self.word(comma + 1)) {
                let opening = (floor.max(end.saturating_sub(APPOSITIVE_TOKENS))..comma)
                    .rev()
                    .filter(|&k| self.is_punct(k, ","))
                    .take(2)
                    .find(|&k| k + 1 < comma && RELATIVES.contains(self.word(k + 1)));
                if let Some(opening) = opening {
                    comma = opening;
                }
            }
            // A relative clause after an appositive ("Rory O'Neill, editor of Hazards
            // magazine, which conducted the research, said"): the name stands before both.
            // (Only after a description in lower case that follows a name: in "Smith, who
            // ..., said" the comma before the clause follows the name itself, and in
            // "However, one dealer, who ..., told" no name stands before the description.)
            if comma + 1 < end && RELATIVES.contains(self.word(comma + 1)) {
                let earlier = (floor..comma)
                    .rev()
                    .take(APPOSITIVE_TOKENS)
                    .find(|&k| self.is_punct(k, ","))
                    .filter(|&k| {
                        k + 1 < comma
                            && !self.tokens[k + 1].capitalised
                            && self
                                .name_ending_at(self.tokens[k].span.start, floor)
                                .is_some()
                    });
                if let Some(earlier) = earlier {
                    comma = earlier;
                }
            }
            let appositive = (comma + 1, end - 1);
            let is_name = appositive.0 < appositive.1
                && (appositive.0..appositive.1)
                    .all(|i| self.tokens[i].capitalised || self.is_punct(i, "."));
            // ("The group leader", or a possessive and a noun in lower case: "Kenteris's
            // lawyer, Gregory Ioannidis, said".)
            let before_comma = || (floor..comma).rev().take(8);
            let described = before_comma().any(|i| DETERMINERS.contains(self.word(i)))
                || (comma > floor
                    && !self.tokens[comma - 1].capitalised
                    && before_comma().any(|i| self.tokens[i].kind == TokenKind::Possessive));
            if is_name && described {
                return Some(self.speaker(appositive.0, appositive.1));
            }
            end = self.skip_parenthesis_before(comma, floor);
            // An age set off before it: "Cory James, 22, of Flint, Mich., said".
            if end >= floor + 3
                && self.tokens[end - 1].kind == TokenKind::Number
                && self.is_punct(end - 2, ",")
            {
                end -= 2;
            }
        }
        if end <= floor {
            return None;
        }
        // "which" stands for the phrase right before it: "a Law Commission report which
        // branded", "the ministry, which said".
        if end >= floor + 2 && self.word(end - 1) == "which" {
            let before = if self.is_punct(end - 2, ",") {
                end - 2
            } else {
                end - 1
            };
            return self.phrase_before(before, floor);
        }
        if self.is_pronoun(end - 1) {
            return Some(self.speaker(end - 1, end));
        }
        // ("one" opens a phrase as "a" does: "As one disgruntled backbencher said:".)
        let determiner = |i: usize| DETERMINERS.contains(self.word(i)) || self.word(i) == "one";
        let mut start = end;
        while start > floor && end - start < 10 {
            let i = start - 1;
            if !self.is_phrase_token(i, false) {
                break;
            }
            start -= 1;
            if determiner(i) {
                break;
            }
        }
        // A phrase opens with a determiner, a capital or a possessive name, never with "of".
        while start < end && !self.tokens[start].capitalised && !determiner(start) {
            start += 1;
        }
        (start < end && self.has_head(start, end)).then(|| self.speaker(start, end))
    }

    /// The noun phrase starting at token `from` (before token `limit`).
    fn phrase_after(&self, from: usize, limit: usize) -> Option<Speaker> {
        if from >= limit {
            return None;
        }
        if self.is_pronoun(from) {
            return Some(self.speaker(from, from + 1));
        }
        let mut end = from;
        // "and" between two capitalised words joins a name: "the Finance and Economy Ministry";
        // between two roles, a person's two offices: "Nortel president and chief executive
        // Bill Owens".
        let joins_name = |i: usize| {
            self.word(i) == "and"
                && i > from
                && ((self.tokens[i - 1].capitalised
                    && self.tokens.get(i + 1).is_some_and(|t| t.capitalised))
                    || self.joins_roles(i))
        };
        while end < limit
            && end - from < 10
            && (self.is_phrase_token(end, end > from) || joins_name(end))
            && !(end > from && self.is_verb_after_name(end))
        {
            end += 1;
        }
        while end > from && matches!(self.word(end - 1), "of" | "for" | "the" | "a" | ".") {
            end -= 1;
        }
        (end > from && self.has_head(from, end)).then(|| self.speaker(from, end))
    }

    /// True when the "and" at token `i` stands between two roles in lower case ("president
    /// and chief executive"): a title before it, and one of one or two words after it.
    fn joins_roles(&self, i: usize) -> bool {
        let lower = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
        };
        let title = |k: usize| lower(k) && self.lexicon.title(self.word(k)).is_some();
        let two_word_title = || {
            lower(i + 1)
                && lower(i + 2)
                && self
                    .lexicon
                    .title(&format!("{} {}", self.word(i + 1), self.word(i + 2)))
                    .is_some()
        };
        title(i - 1) && (title(i + 1) || two_word_title())
    }

    /// True when token `i` is a lower-case word right after a capitalised one that reads as
    /// the name's verb or its adverb, not more of a phrase: "Kerr applauded the move", "Bono
    /// recently told". A verb in "-ed" of five letters or more, not "-eed" ("agreed" and nouns
    /// like "speed" are left alone); an adverb not followed by a comma ("More recently, ..."
    /// opens a sentence); never after a determiner or a number word ("The sixth-ranked
    /// Ivanisevic", "One unnamed correspondent").
    fn is_verb_after_name(&self, i: usize) -> bool {
        let (previous, token) = (&self.tokens[i - 1], &self.tokens[i]);
        if previous.kind != TokenKind::Word || token.kind != TokenKind::Word || token.capitalised {
            return false;
        }
        let before = self.word(i - 1);
        if DETERMINERS.contains(before) || QUANTIFIERS.contains(before) {
            return false;
        }
        let word = self.word(i);
        let regular_past = word.len() >= 5 && word.ends_with("ed") && !word.ends_with("eed");
        // After a noun in lower case only an irregular past tense: "The American legend
        // swept into London" ("the former elected official" has an adjective in "-ed"); after
        // a role ("The party chairman attacked"), a regular one too.
        if !previous.capitalised {
            let role = || {
                let noun = before.rsplit('-').next().unwrap_or(before);
                self.lexicon.title(noun).is_some()
            };
            return IRREGULAR_PAST.contains(word) || (regular_past && role());
        }
        // A verb whose past is its stem: "Mr Lorne set out his plans", "Dan Lorne put the
        // case".
        let unchanged_past = UNCHANGED_PAST.contains(&word);
        let before_comma = self
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.text(self.text) == ",");
        let adverb = VERB_MODIFIERS.contains(word) && !before_comma;
        adverb || regular_past || IRREGULAR_PAST.contains(word) || unchanged_past
    }

    /// True for a token that can be part of a speaker phrase: a word that is neither a stop
    /// word nor a cue, a possessive ending, or the period of a title ("Mr.", "Gov.").
    /// `inside` allows "of" and "for" ("the head of the agency").
    fn is_phrase_token(&self, i: usize, inside: bool) -> bool {
        let t = &self.tokens[i];
        let word = self.word(i);
        match t.kind {
            TokenKind::Word => {
                // (A capitalised "New" before another capitalised word opens a name, "a New
                // Hampshire Republican"; otherwise it is an adjective: "said a new report", a
                // headline's "New rules tackle ...".)
                let opens_name =
                    word == "New" && self.tokens.get(i + 1).is_some_and(|next| next.capitalised);
                let stop = PHRASE_STOPS.contains_folded(word)
                    && !(inside && matches!(word, "of" | "for"))
                    && !opens_name;
                // A cue's word before a lower-case noun and a name is a noun itself: "said
                // state archivist Jody Norman", "Ohio state senator Mary Tan".
                let noun_before_name = || {
                    let (Some(next), Some(after)) =
                        (self.tokens.get(i + 1), self.tokens.get(i + 2))
                    else {
                        return false;
                    };
                    next.kind == TokenKind::Word
                        && !next.capitalised
                        && after.capitalised
                        && !PHRASE_STOPS.contains_folded(self.word(i + 1))
                        && !is_function_word(self.word(i + 1))
                        && !DETERMINERS.contains(self.word(i + 1))
                        && self.cue_at(i + 1).is_none()
                };
                !stop && (self.cue_at(i).is_none() || noun_before_name())
            }
            TokenKind::Possessive => true,
            // The possessive of a plural or a name in "s", glued to it, before a name:
            // "said Ladbrokes' Warren Lush".
            TokenKind::Punct if matches!(word, "'" | "’") => {
                i > 0
                    && self.tokens[i - 1].kind == TokenKind::Word
                    && self.tokens[i - 1].span.end == t.span.start
                    && self.word(i - 1).ends_with('s')
                    && self.tokens.get(i + 1).is_some_and(|next| next.capitalised)
            }
            TokenKind::Number => {
                inside
                    || self
                        .tokens
                        .get(i + 1)
                        .is_some_and(|t| t.kind == TokenKind::Word)
                    || self.is_number_slash(i + 1)
            }
            // "said 9/11 widow Terry Strada": numbers joined by a slash.
            TokenKind::Punct if word == "/" => self.is_number_slash(i),
            TokenKind::Punct if word == "." => {
                i > 0
                    && self.tokens[i - 1].capitalised
                    && self.word(i - 1).len() <= 4
                    && self.tokens[i - 1].span.end == t.span.start
            }
            _ => false,
        }
    }

    /// True when token `i` is a slash glued between two numbers ("9/11", "24/7").
    fn is_number_slash(&self, i: usize) -> bool {
        let glued = |a: &Token, b: &Token| a.span.end == b.span.start;
        match (i.checked_sub(1), self.tokens.get(i), self.tokens.get(i + 1)) {
            (Some(before), Some(slash), Some(after)) => {
                let before = &self.tokens[before];
                slash.span.bytes(self.text) == b"/"
                    && before.kind == TokenKind::Number
                    && after.kind == TokenKind::Number
                    && glued(before, slash)
                    && glued(slash, after)
            }
            _ => false,
        }
    }

    fn is_verb_modifier(&self, i: usize) -> bool {
        let word = self.word(i);
        let t = &self.tokens[i];
        t.kind == TokenKind::Word
            && !self.is_pronoun(i)
            && (VERB_MODIFIERS.contains(word) || (word.ends_with("ly") && !t.capitalised))
    }

    /// The first token of an aside set off by dashes that ends at token `end` ("-- the
    /// production company that owns the show --"), read back at most [`ASIDE_TOKENS`] and not
    /// over a quotation mark.
    fn dash_aside_before(&self, end: usize, floor: usize) -> Option<usize> {
        // (A hyphen standing alone, a pair of them, or a dash: tokens of one character.)
        let is_dash = |k: usize| {
            let word = self.word(k);
            word.chars().count() == 1 && DASHES.contains(word)
        };
        if end <= floor || !is_dash(end - 1) {
            return None;
        }
        let mut close = end - 1;
        while close > floor && is_dash(close - 1) {
            close -= 1;
        }
        let mut open = (floor..close)
            .rev()
            .take(ASIDE_TOKENS)
            .take_while(|&k| {
                !self.tokens[k]
                    .span
                    .slice(self.text)
                    .contains(['"', '“', '”'])
            })
            .find(|&k| is_dash(k))?;
        while open > floor && is_dash(open - 1) {
            open -= 1;
        }
        Some(open)
    }

    /// When the tokens before `end` close a parenthesis, the index of its opening bracket.
    fn skip_parenthesis_before(&self, end: usize, floor: usize) -> usize {
        if end > floor && self.is_punct(end - 1, ")") {
            if let Some(open) = (floor..end - 1)
                .rev()
                .take(12)
                .find(|&k| self.is_punct(k, "("))
            {
                return open;
            }
        }
        end
    }

    /// True when the fragment `q` reads as words of speech rather than a term set off: three
    /// words or more ("the \"cool\" scene", "\"kept animals\"" are terms), not after an
    /// article, a preposition or a comma ("a \"Fed-Ex refund processor\"", "in other words,
    /// \"computer implemented invention\"", "'chip and pin' cards"), nor after a verb of
    /// saying, whose subject speaks it ("and says \"the day the sums add up\"").
    fn may_go_on_with_speech(&self, q: &MarkedQuote) -> bool {
        let before = self.text[..q.open.start].trim_end();
        let word_before = before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or_default();
        q.span.slice(self.text).split_whitespace().nth(2).is_some()
            && !before.ends_with(',')
            && !DETERMINERS.contains(word_before)
            && !PREPOSITIONS.contains(word_before)
            && !SAYING_VERBS.contains(word_before)
    }

    /// The speaker of `previous` (a quotation already attributed) when its attribution sits
    /// in the sentence right before `sentence`, in the same paragraph.
    fn speaker_of_sentence_before(&self, sentence: Span, previous: &Quote) -> Option<Speaker> {
        let cue = previous.cue?;
        let index = self.sentences.partition_point(|s| s.end <= sentence.start);
        let before = *self.sentences.get(index.checked_sub(1)?)?;
        let inside = |span: Span| before.start <= span.start && span.end <= before.end;
        (inside(cue)
            && inside(previous.span)
            && self.paragraph_of(before.start) == self.paragraph_of(sentence.start))
        .then(|| previous.speaker.clone())
        .flatten()
    }

    /// For a direct quotation that opens a sentence right after a short sentence of the same
    /// paragraph with a named or pronoun subject (`He paused. "..."`), that subject; for one
    /// that opens a paragraph, the speaker whose reported speech ends the paragraph before.
    fn previous_sentence_subject(&self, q: &MarkedQuote) -> Option<Speaker> {
        let sentence = self.sentence_of(q.open.start)?;
        if sentence.start != q.open.start {
            return None;
        }
        let index = self.sentences.partition_point(|s| s.end <= sentence.start);
        let previous = *self.sentences.get(index.checked_sub(1)?)?;
        let same_paragraph = self.paragraph_of(previous.start) == self.paragraph_of(q.open.start);
        // (Also any quotation found in it: its words are not tokenized.)
        let overlapping = self
            .quotes
            .partition_point(|q| q.close.end <= previous.start);
        let quoted = self.text[previous.start..previous.end].contains(['"', '“', '”'])
            || self
                .quotes
                .get(overlapping)
                .is_some_and(|q| q.open.start < previous.end);
        // (A sentence of twelve tokens is not a huge one: a giant is not tokenized.)
        if quoted || previous.len() > HUGE_PARAGRAPH {
            return None;
        }
        self.with_tokens_of(previous, |ctx| {
            if same_paragraph {
                ctx.subject_of_short_sentence(previous)
                    .or_else(|| ctx.speaker_of_bare_attribution(previous))
                    .or_else(|| ctx.speaker_of_reported_speech(previous))
                    .or_else(|| {
                        // A longer sentence speaks through the person it opens with, when the
                        // quotation speaks in the first person: "Mauresmo spent five weeks at
                        // number one before injury ushered Davenport back in front. \"Since
                        // then, I feel very confident.\"" (Not "Burger, 21, has struggled for
                        // form. \"It's his first year at that level.\"")
                        ctx.person_opening(previous)
                            .filter(|_| opens_in_first_person(q.span.slice(ctx.text)))
                    })
            } else {
                // A quotation that opens the paragraph right after one that ends in reported
                // speech goes on with it: `Mr Gates said that a lot of work had been done.`
                // and then a paragraph `"We predicted ..."`.
                // (Only the clause that the sentence reports: its subject opens the sentence,
                // or the attribution closes it. Not a verb of saying inside a clause, "whether
                // an individual is who they say they are".)
                let (cue, speaker) = ctx.reported_speech(previous)?;
                // (Or after a conjunction: "But Sonaptic's managing director David Monteith
                // says ...".)
                let lead = ctx.text[previous.start..speaker.span.start].trim_end();
                let opens = matches!(lead, "" | "And" | "But" | "Yet");
                let closes = ctx.text[cue.end.max(speaker.span.end)..previous.end].trim() == ".";
                (opens || closes).then_some(speaker)
            }
        })
    }

    /// The speaker of `sentence` when it reports speech with a verb of saying ("A Labour
    /// spokesman played down the differences and said Mr Brown ...", "She said the people
    /// ..."): the quotation that opens the next sentence goes on with what was reported.
    fn speaker_of_reported_speech(&self, sentence: Span) -> Option<Speaker> {
        self.reported_speech(sentence).map(|(_, speaker)| speaker)
    }

    /// The cue and speaker of `sentence` when it reports speech with a verb of saying.
    fn reported_speech(&self, sentence: Span) -> Option<(Span, Speaker)> {
        let (cue, speaker, _) = self.attribute_before(sentence.start, sentence.end)?;
        let verb = cue.slice(self.text);
        (SAYING_VERBS.contains(verb) || CLAUSE_REPORTING_VERBS.contains(verb))
            .then_some((cue, speaker))
    }

    /// The speaker of `sentence` when it ends with its attribution and says nothing more, and
    /// is named: `Sam Lau, the communications director for the party, said in a statement.`,
    /// `..., Wimpey said.` (what was said follows it).
    fn speaker_of_bare_attribution(&self, sentence: Span) -> Option<Speaker> {
        let (cue, speaker, _) = self.attribute_before(sentence.start, sentence.end)?;
        let (after, end) = (self.token_at(cue.end), self.token_at(sentence.end));
        // After the verb: nothing, or a short phrase of place or time ("in a statement",
        // "on Tuesday"), then the period.
        let tail = end.saturating_sub(after);
        let bare = (after..end).all(|i| !self.is_punct(i, ",;:"))
            && self.is_punct(end - 1, ".")
            && (tail == 1
                || (tail <= 5
                    && (ATTRIBUTION_TAILS.contains(self.word(after))
                        || WEEKDAYS.contains(self.word(after)))));
        // (A pronoun there is left to the carry-over from the quotation before, which names
        // its referent better than resolution from here does.)
        let pronoun = self.is_pronoun(self.token_at(speaker.span.start));
        (bare && !pronoun).then_some(speaker)
    }

    /// The person named right after quotation `q`, which a comma closes, when only the end of
    /// the sentence follows the name: `"...," Mr Champion.` (a verb left out of the
    /// attribution).
    fn name_after_quotation(&self, q: &MarkedQuote) -> Option<Speaker> {
        if !self.text[..q.close.start].trim_end().ends_with(',') {
            return None;
        }
        let after = q.close.end
            + (self.text[q.close.end..].len() - self.text[q.close.end..].trim_start().len());
        let person = resolve::first_entity(self, q.close.end, after + 1, |_| true)
            .or_else(|| {
                // (A title opens the name: the mention starts after it.)
                resolve::first_entity(self, after, after + 32, |e| {
                    e.title.is_some_and(|title| title.start == after)
                })
            })
            .filter(|e| e.label == Label::Per)?;
        // (Both look-ups find a name that starts right after the quotation, or its title.)
        let ends = self.text[person.span.end..].starts_with('.');
        ends.then(|| {
            self.speaker(
                self.token_at(person.span.start),
                self.token_at(person.span.end),
            )
        })
    }

    /// The person that `sentence` opens with, as its subject: "He" or "She", or a person
    /// named first (or after the title that introduces them: "US coach Patrick McEnroe"),
    /// followed by a verb or an aside, not by a possessive ("Finnan's normal position").
    fn person_opening(&self, sentence: Span) -> Option<Speaker> {
        // (Or opens after a participle's clause: "Writing in a weekly magazine, Ms Lorne set
        // down her hopes".)
        let from = participle_clause_end(self.text, sentence).unwrap_or(sentence.start);
        let first = self.token_at(from);
        if first < self.tokens.len() && matches!(self.word(first), "He" | "She" | "he" | "she") {
            return Some(self.speaker(first, first + 1));
        }
        // (A place may qualify the title: "England captain Michael Vaughan".)
        let first_named = resolve::first_entity(self, from, sentence.end, |_| true)?;
        let (place, person) = if first_named.label == Label::Loc {
            let person = resolve::first_entity(self, first_named.span.end, sentence.end, |_| true)?;
            (Some(first_named), person)
        } else {
            (None, first_named)
        };
        if person.label != Label::Per {
            return None;
        }
        let named_from = person.title.map_or(person.span.start, |title| title.start);
        let opens = match place {
            Some(place) => place.span.start == from && place.span.end + 1 == named_from,
            None => named_from == from,
        };
        let after = self.token_at(person.span.end);
        let then_verb_or_aside =
            after < self.tokens.len() && self.tokens[after].kind != TokenKind::Possessive;
        (opens && then_verb_or_aside).then(|| self.speaker(self.token_at(person.span.start), after))
    }

    /// The subject of `sentence` (whose tokens the context holds) when it is a short one
    /// (twelve tokens at most) and the subject is a name or a personal pronoun.
    fn subject_of_short_sentence(&self, sentence: Span) -> Option<Speaker> {
        let short = self.token_at(sentence.end) - self.token_at(sentence.start) <= 12;
        if !short {
            return None;
        }
        // The subject stands after an introductory clause closed by a comma, if any.
        let clause_start = self.text[sentence.start..sentence.end]
            .rfind(", ")
            .map_or(sentence.start, |c| sentence.start + c + 2);
        let subject =
            self.phrase_after(self.token_at(clause_start), self.token_at(sentence.end))?;
        let first = self.token_at(subject.span.start);
        let personal = matches!(
            self.word(first),
            "he" | "she" | "He" | "She" | "they" | "They"
        );
        (personal
            || self.tokens[first].capitalised
                && !DETERMINERS.contains(self.word(first))
                && !self.is_ordinary_opener(subject.span, sentence.start))
        .then_some(subject)
    }

    /// True when a mention of the document ends with the word `word` ("Dean" of "Howard
    /// Dean"). (A hash that two words share is settled by reading every mention.)
    fn names_ending_with(&self, word: &str) -> bool {
        let last_word = |e: &Entity| {
            e.span
                .slice(self.text)
                .rsplit(' ')
                .next()
                .unwrap_or_default()
        };
        let ends = self.name_ends.get_or_init(|| {
            let mut ends = HashMap::default();
            for (i, e) in self.entities.iter().enumerate() {
                ends.entry(FxBuildHasher.hash_one(last_word(e)))
                    .or_insert(i);
            }
            ends
        });
        match ends.get(&FxBuildHasher.hash_one(word)) {
            None => false,
            Some(&i) if last_word(&self.entities[i]) == word => true,
            Some(_) => self.entities.iter().any(|e| last_word(e) == word),
        }
    }

    /// True when the phrase `phrase` names no one though it opens with a capital: it opens the
    /// sentence (or clause) at byte `from` with a common word capitalised only for that
    /// ("Prices rose.", "Still images do not", "Reports of a deal"), no other word of it is
    /// capitalised, and no rule found a name there or elsewhere in the document ("Dean said"
    /// after "Howard Dean"). A phrase with a word for people who speak ("Critics", "Nuclear
    /// proliferation experts", "Ecologists") or a personal pronoun ("Now he"), and a word in
    /// capitals ("CREW"), are left to the speaker rules.
    fn is_ordinary_opener(&self, phrase: Span, from: usize) -> bool {
        let first = self.token_at(phrase.start);
        let last = self.token_at(phrase.end);
        let word = self.word(first);
        let names = || {
            let at = self
                .entities
                .partition_point(|e| e.span.start < phrase.start);
            let starts_here = self
                .entities
                .get(at)
                .is_some_and(|e| e.span.start == phrase.start);
            starts_here || self.names_ending_with(word)
        };
        phrase.start == from
            && !self.tokens[first].all_caps
            && self.lexicon.is_common_word_folded(word)
            && !(first + 1..last).any(|i| self.tokens[i].capitalised)
            && !(first..last).any(|i| {
                let word = self.word(i);
                SPEAKER_PLURALS.contains_folded(word)
                    || word.ends_with("ists")
                    || matches!(word, "he" | "she" | "they")
            })
            && !names()
    }

    /// The subject of the sentence starting at byte `from`: its first noun phrase, after an
    /// introductory phrase closed by a comma ("In recent weeks, Reid has ..."): a name or a
    /// personal pronoun, and with `of_cue` (the subject of a reporting verb, "..., saying")
    /// also "it" ("Meanwhile, it attacked Trump, saying"). A description is not taken: its
    /// phrase runs on into the verb too often ("The trouble began").
    fn sentence_subject(&self, from: usize, to: usize, of_cue: bool) -> Option<Speaker> {
        let (mut start, end) = (self.token_at(from), self.token_at(to));
        // "But Trump went on the attack, saying", "And then Trump ...": a conjunction or
        // "Then" opening the sentence stands before its subject, when a name or a pronoun
        // follows it ("But a few days later, Trump ..." has an introductory phrase).
        if let Some(after) = self.after_dateline(start, end) {
            start = after;
        }
        let mut subject_start = start;
        while subject_start + 1 < end && SENTENCE_CONNECTIVES.contains(self.word(subject_start)) {
            subject_start += 1;
        }
        if subject_start > start
            && (self.tokens[subject_start].capitalised || self.is_pronoun(subject_start))
        {
            start = subject_start;
        }
        // The subject after an introductory phrase's comma; a place set off by commas
        // continues the phrase ("Speaking in Salem, New Hampshire, Trump went after Bush").
        let after_comma = || {
            // (After such a place, a phrase that names no one is introductory too: "At a
            // rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders ...".)
            // (An introduction may be long: "Asked on Monday whether Mr. Clinton would hold a
            // cabinet position, Mrs. Clinton ...". A phrase opened by an adverb is none:
            // "..., thus helping Mr Brown".)
            let mut from = start;
            let mut past_place = false;
            loop {
                let comma = (from..end.min(from + 16)).find(|&k| self.is_punct(k, ","))?;
                let adverb = comma + 1 < end && {
                    let word = self.word(comma + 1);
                    !self.tokens[comma + 1].capitalised
                        && (word.ends_with("ly")
                            || matches!(word, "thus" | "then" | "also" | "still" | "even" | "so"))
                };
                if adverb {
                    return None;
                }
                match self.phrase_after(comma + 1, end) {
                    Some(phrase) if !self.is_place_set_off(phrase.span) => return Some(phrase),
                    Some(_) => past_place = true,
                    None if past_place => {}
                    // "On Thursday, after remaining neutral, Warren endorsed": a phrase opened
                    // by a preposition or a subordinating word continues the introduction.
                    None if comma + 1 < end && self.opens_aside(comma + 1) => {}
                    // "Speaking in Concord, which votes next week, Bush said": a relative
                    // clause on a thing continues the introduction too.
                    None if comma + 1 < end
                        && matches!(self.word(comma + 1), "which" | "where") => {}
                    None => return None,
                }
                from = comma + 1;
            }
        };
        // "Hours later, she ...", "Two days earlier, Smith ...": a span of time and an adverb
        // of time before a comma introduce the sentence.
        let time_before_comma = |phrase: Span| {
            let next = self.token_at(phrase.end);
            next + 1 < end
                && matches!(self.word(next), "later" | "earlier" | "ago" | "afterwards")
                && self.is_punct(next + 1, ",")
        };
        let subject = match self.phrase_after(start, end) {
            Some(phrase) if time_before_comma(phrase.span) => after_comma(),
            // "Back in 1999, Mr. Trump ..., telling": an ordinary word opening the sentence is
            // no name; the subject follows the introductory phrase's comma.
            Some(phrase) if self.opens_with_ordinary_word(phrase.span) => after_comma(),
            // "Outside the arena in Washington, about 200 protesters ...": a preposition
            // opens an introductory phrase.
            Some(phrase)
                if OPENING_PREPOSITIONS.contains(self.word(self.token_at(phrase.span.start))) =>
            {
                after_comma()
            }
            // "Christie, who has campaigned ..., blasted Clinton as a": a relative clause or
            // an appositive after the subject.
            Some(phrase)
                if self.text[phrase.span.end..].starts_with(',')
                    && !is_sentence_adverb(phrase.span.slice(self.text))
                    && self.described_after_comma(self.token_at(phrase.span.end), end) =>
            {
                Some(phrase)
            }
            // "Meanwhile, it attacked": the phrase before a comma is introductory, unless a
            // role opens it and no subject follows ("The retired banker defended the plan,
            // saying").
            Some(phrase) if self.text[phrase.span.end..].starts_with(',') => after_comma()
                .or_else(|| of_cue.then(|| self.role_description(phrase.span)).flatten()),
            Some(phrase) => Some(phrase),
            None => after_comma(),
        }?;
        // Only a name or a personal pronoun: "The move" or "It" is rarely the speaker. (A
        // preposition opening the sentence is capitalised, and no name: "For more than 20
        // years, ...", "Of the 10 or so images ...".)
        let first = self.token_at(subject.span.start);
        let named = (first..self.token_at(subject.span.end)).any(|i| {
            self.tokens[i].capitalised
                && !DETERMINERS.contains(self.word(i))
                && !self.is_pronoun(i)
                && (i != first || !OPENING_PREPOSITIONS.contains(self.word(i)))
        }) && !self.is_ordinary_opener(subject.span, from);
        let personal = matches!(
            self.word(first),
            "he" | "she" | "they" | "He" | "She" | "They"
        );
        let it = of_cue && matches!(self.word(first), "it" | "It");
        if named || personal || it {
            return Some(subject);
        }
        of_cue
            .then(|| self.role_description(subject.span))
            .flatten()
    }

    /// The token after the dateline that opens a sentence at token `start`, if one does
    /// ("WASHINGTON —", "Washington (AFP) –", "WASHINGTON, Aug. 24 (UPI) —"): capitalised
    /// words, numbers and an agency in brackets before a dash, the place in capitals or the
    /// agency given (a name and a dash alone may open an appositive: "Smith - the mayor -").
    fn after_dateline(&self, start: usize, end: usize) -> Option<usize> {
        let first = self.tokens.get(start)?;
        let mut agency = false;
        for k in start + 1..end.min(start + 10) {
            let token = &self.tokens[k];
            let word = self.word(k);
            if matches!(word, "—" | "–" | "-" | "--") {
                let capitals = first.all_caps && first.span.len() >= 3;
                return ((capitals || agency) && k + 1 < end).then_some(k + 1);
            }
            agency |= word == "(" && self.tokens.get(k + 1).is_some_and(|t| t.capitalised);
            let dateline = token.capitalised
                || token.kind == TokenKind::Number
                || matches!(word, "," | "." | "(" | ")");
            if !dateline {
                return None;
            }
        }
        None
    }

    /// The description of a person by a role that opens `phrase`: a determiner or a
    /// possessive, and a role word of the titles list in lower case ending it ("the
    /// justice", "His chief aide", "The billionaire businessman"), at the phrase's end or
    /// before a verb in the past that the phrase ran on into ("the justice sounded off").
    /// Such a subject speaks through a participle ("..., saying").
    fn role_description(&self, phrase: Span) -> Option<Speaker> {
        let (first, end) = (self.token_at(phrase.start), self.token_at(phrase.end));
        if !matches!(
            self.word(first),
            "the" | "The" | "his" | "His" | "her" | "Her" | "their" | "Their"
        ) {
            return None;
        }
        let role_end = (first + 2..=end.min(first + 4)).find(|&k| {
            let role = &self.tokens[k - 1];
            let verb_after = k == end || {
                let next = self.word(k);
                (next.len() >= 5 && next.ends_with("ed")) || IRREGULAR_PAST.contains(next)
            };
            role.kind == TokenKind::Word
                && !role.capitalised
                && verb_after
                && self.lexicon.title(self.word(k - 1)).is_some()
        })?;
        Some(self.speaker(first, role_end))
    }

    /// True when token `i` is a preposition or a subordinating word in lower case ("after",
    /// "in", "while"): the phrase it opens after a comma is no subject.
    fn opens_aside(&self, i: usize) -> bool {
        let word = self.word(i);
        !self.tokens[i].capitalised && (PREPOSITIONS.contains(word) || SUBORDINATORS.contains(word))
    }

    /// True when `phrase` is exactly a place that a comma follows (the region or country of
    /// a place before it: "in Salem, New Hampshire, ...").
    fn is_place_set_off(&self, phrase: Span) -> bool {
        let i = self
            .entities
            .partition_point(|e| e.span.end <= phrase.start);
        self.entities.get(i).is_some_and(|e| {
            e.span == phrase && e.label == Label::Loc && self.text[e.span.end..].starts_with(',')
        })
    }

    /// True when the phrase `phrase` opens with an ordinary capitalised word that no entity
    /// covers and that is not a name's part: alone ("Back", "Likewise", "Somewhere") or a participle
    /// ("Citing last week's attack", "Led by"). "Officials" or "Former senator Smith" are
    /// left alone: a plural noun or a title word has a name or a body behind it; so are
    /// pronouns and acronyms.
    fn opens_with_ordinary_word(&self, phrase: Span) -> bool {
        let first = self.token_at(phrase.start);
        let single = self.token_at(phrase.end) == first + 1;
        let word = self.word(first);
        // A participle leads a clause ("Citing last week's attack"), not a title ("Planning
        // Minister Julio De Vido"): the word after it is in lower case.
        let participle = (word.ends_with("ing") || word.ends_with("ed"))
            && self.tokens.get(first + 1).is_some_and(|t| !t.capitalised);
        // Alone, the word must lead into a phrase ("Back in 1999", "Earlier this week"): a
        // noun is followed by its verb ("CREW filed", "People (mostly men) are").
        let leads_in = || {
            self.tokens
                .get(first + 1)
                .is_some_and(|t| is_function_word(t.text(self.text)))
        };
        let covered = || {
            let i = self
                .entities
                .partition_point(|e| e.span.end <= phrase.start);
            self.entities
                .get(i)
                .is_some_and(|e| e.span.start <= phrase.start)
        };
        self.tokens[first].capitalised
            && ((single && leads_in()) || participle)
            && !word.ends_with('s')
            && !self.is_pronoun(first)
            && !self.tokens[first].all_caps
            && !covered()
            && self.lexicon.is_common_word_folded(word)
            && self.lexicon.title_words_from(word.as_bytes()) == 0
    }

    /// True when the comma at token `comma` opens a relative clause or an appositive ("who
    /// ...", "a medical doctor") closed by another comma before token `end` and followed by a
    /// lower-case word (the verb of the subject before `comma`).
    fn described_after_comma(&self, comma: usize, end: usize) -> bool {
        let opens = comma + 1 < end && matches!(self.word(comma + 1), "who" | "a" | "an");
        opens
            && (comma + 2..end.min(comma + 2 + APPOSITIVE_TOKENS))
                .find(|&k| self.is_punct(k, ","))
                .is_some_and(|close| {
                    self.tokens.get(close + 1).is_some_and(|t| {
                        close + 1 < end && t.kind == TokenKind::Word && !t.capitalised
                    })
                })
    }

    /// True when tokens `start..end` can name a speaker: a capitalised word, or a determiner
    /// phrase ("the ministry").
    fn has_head(&self, start: usize, end: usize) -> bool {
        // "one person", "some protesters", "two officials": a number or quantity opens a
        // phrase as a determiner does.
        let determiner = DETERMINERS.contains(self.word(start))
            || (QUANTITY_WORDS.contains(self.word(start)) && self.word(end - 1) != "times");
        if determiner {
            // "the" alone before a noun-verb ("the claim was") is no speaker.
            return end - start >= 2;
        }
        (start..end).any(|i| self.tokens[i].capitalised)
            || SPEAKER_PLURALS.contains_folded(self.word(start))
    }

    /// A person's or an organisation's name that ends right before byte `at` (white space
    /// between them aside) and starts at token `floor` or after.
    fn name_ending_at(&self, at: usize, floor: usize) -> Option<Speaker> {
        let before = self.text[..at].trim_end().len();
        let i = self.entities.partition_point(|e| e.span.end < before);
        let entity = self.entities.get(i).filter(|e| {
            e.span.end == before
                && matches!(e.label, Label::Per | Label::Org)
                && self
                    .tokens
                    .get(floor)
                    .is_some_and(|t| t.span.start <= e.span.start)
        })?;
        Some(Speaker {
            span: entity.span,
            entity: None,
        })
    }

    fn speaker(&self, start: usize, end: usize) -> Speaker {
        let span = Span::new(self.tokens[start].span.start, self.tokens[end - 1].span.end);
        Speaker { span, entity: None }
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::Pipeline;
    use crate::Document;

    fn attributed(text: &str) -> Vec<(String, Option<String>, &'static str)> {
        let pipeline = Pipeline::new().unwrap();
        let document = Document::new("t", text);
        let annotations = pipeline.annotate(&document);
        annotations
            .quotes
            .iter()
            .map(|q| {
                (
                    q.span.slice(text).to_string(),
                    q.speaker.as_ref().map(|s| s.span.slice(text).to_string()),
                    q.rule,
                )
            })
            .collect()
    }

    #[test]
    fn numbers_joined_by_a_slash_are_part_of_the_speaker_phrase() {
        let got = attributed("\"They are wrong,\" said 9/11 widow Tessa Marlow.");
        assert_eq!(
            got[0].1.as_deref(),
            Some("9/11 widow Tessa Marlow"),
            "{got:?}"
        );
    }

    /// Asserts that each text holds one quotation, with that speaker found by that rule.
    /// The first quotation of each text has none of the speakers `wrong`.
    fn assert_not_speakers(texts: &[&str], wrong: &[&str]) {
        for text in texts {
            let got = attributed(text);
            let speaker = got[0].1.as_deref();
            assert!(
                speaker.is_none_or(|s| !wrong.contains(&s)),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn the_subject_of_a_participle_follows_an_opening_conjunction_or_an_introduction() {
        assert_speakers(&[
            // A conjunction, or "And then", before the subject.
            (
                "But Okafor went on the offensive, saying, \"Where is the money going?\"",
                "Okafor",
                "speaker-verb-quote",
            ),
            (
                "And then Okafor turned to the crowd, saying, \"We will not wait.\"",
                "Okafor",
                "speaker-verb-quote",
            ),
            // An introduction of two phrases, the second opened by a preposition or "as".
            (
                "On Monday, after weeks of silence, Okafor backed the plan, saying, \"It works.\"",
                "Okafor",
                "speaker-verb-quote",
            ),
            (
                "In Leeds, as the votes were counted, Okafor thanked her team, saying, \"We won.\"",
                "Okafor",
                "speaker-verb-quote",
            ),
        ]);
        // A person described by a role, also when the phrase runs on into the verb.
        assert_speakers(&[
            (
                "The retired banker defended the plan, saying it was \"fair\".",
                "The retired banker",
                "speaker-verb-quote",
            ),
            (
                "In two interviews, the senator doubled down, saying she was \"not sorry\".",
                "the senator",
                "speaker-verb-quote",
            ),
        ]);
        // Not a description of no role: "The trouble began on Monday, saying ...".
        assert_not_speakers(
            &["The trouble began on Monday, saying \"no\"."],
            &["The trouble"],
        );
        // A dateline before the subject.
        assert_speakers(&[
            (
                "OSLO — Mayor Ine Dahl on Monday backed the bill and said it was \"long overdue\".",
                "Mayor Ine Dahl",
                "speaker-verb-quote",
            ),
            (
                "Lagos (Reuters) – Chidi Okafor backed the bill, saying it was \"long overdue\".",
                "Chidi Okafor",
                "speaker-verb-quote",
            ),
        ]);
        // A conjunction before an introductory phrase: the subject is after its comma.
        assert_speakers(&[(
            "But a day later, Okafor changed course, saying the plan was \"dead\".",
            "Okafor",
            "speaker-verb-quote",
        )]);
    }

    /// Asserts that each text's first quotation has no speaker.
    fn assert_no_speaker(texts: &[&str]) {
        for text in texts {
            let got = attributed(text);
            assert_eq!(got[0].1, None, "{text}: {got:?}");
        }
    }

    /// Asserts that the first quotation of each text has that speaker, by whatever rule.
    fn assert_first_speakers(cases: &[(&str, &str)]) {
        for &(text, speaker) in cases {
            let got = attributed(text);
            assert_eq!(got[0].1.as_deref(), Some(speaker), "{text}: {got:?}");
        }
    }

    fn assert_speakers(cases: &[(&str, &str, &str)]) {
        for &(text, speaker, rule) in cases {
            let got = attributed(text);
            assert_eq!(got.len(), 1, "{text}");
            assert_eq!(
                (got[0].1.as_deref(), got[0].2),
                (Some(speaker), rule),
                "{text}"
            );
        }
    }

    #[test]
    fn he_added_goes_on_with_the_previous_speaker_whatever_the_lists_say() {
        // "Ashley" is a girl's name in the given-name lists.
        let text = "Coach Bill Marsh picked the side. Ashley Sefo said: \"The team is ready.\" \
                    He added: \"We will win.\"";
        assert_eq!(
            referents(text),
            [
                Some("Ashley Sefo".to_string()),
                Some("Ashley Sefo".to_string())
            ]
        );
        // (A person named in the speaker's own mention is no other: "Bill Marsh's agent".)
        let text = "Bill Marsh's agent Ashley Sefo said: \"The team is ready.\" He added: \"We \
                    will win.\"";
        assert_eq!(referents(text)[1].as_deref(), Some("Ashley Sefo"), "{text}");
        // (Nor one of the other gender named since, nor a place named like a man.)
        for text in [
            "Ashley Sefo said Mary Arden wants the team \"ready\" now. He added: \"We will \
             win.\"",
            "Ashley Sefo said Austin wants the team \"ready\" now. He added: \"We will win.\"",
        ] {
            assert_eq!(referents(text)[1].as_deref(), Some("Ashley Sefo"), "{text}");
        }
        // Not past someone of the pronoun's gender named since the previous speaker.
        let text = "Rep. Tom Lacey said Mary Arden called on members to be \"closely \
                    coordinated\". She added: \"We will win.\"";
        assert_eq!(referents(text)[1].as_deref(), Some("Mary Arden"), "{text}");
        // Not by another verb, nor past a person named between, nor for a body.
        for text in [
            "Coach Bill Marsh picked the side. Ashley Sefo said: \"The team is ready.\" He \
             said: \"We will win.\"",
            "Ashley Sefo said: \"The team is ready.\" Coach Bill Marsh was there too. He \
             added: \"We will win.\"",
            "Coach Bill Marsh picked the side. The Tollan Rugby Union said: \"The team is \
             ready.\" He added: \"We will win.\"",
        ] {
            assert_eq!(referents(text)[1].as_deref(), Some("Bill Marsh"), "{text}");
        }
    }

    #[test]
    fn a_headline_quotation_is_spoken_by_whoever_the_story_quotes_saying_it() {
        for text in [
            "Mayor attacks 'pay later' plan\n\nMayor Ann Dorsey has dismissed the plan as \"vote \
             now, pay later\" spending.\n",
            "Row over 'U-turns' grows\n\nAnn Dorsey said: \"There have been no U-turns.\"\n",
            // (Capitalised as the headline's first word.)
            "'Reckless' plan attacked\n\nAnn Dorsey said the plan was \"reckless\".\n",
        ] {
            let got = attributed(text);
            assert_eq!(got[0].2, "headline-echo", "{got:?}");
            assert_eq!(got[0].1, got[1].1, "{got:?}");
        }
        // Not a name, nor a term the story quotes; nor when the first paragraph is a
        // sentence, not a headline.
        assert_no_speaker(&[
            "Dorsey launches 'Veritas' party\n\nAnn Dorsey said: \"Veritas will win.\"\n",
            "Parties' 'cold calls' questioned\n\nLabour has defended its \"cold calls\" to \
             voters.\n",
            "Few expected the 'tough' year.\n\nAnn Dorsey said the year would be \"tough\".\n",
        ]);
    }

    #[test]
    fn a_headline_quotation_takes_the_attribution_of_the_storys_first_sentence() {
        assert_speakers(&[
            (
                "Firm 'to cut 500 jobs'\n\nVelmor could cut up to 500 jobs over the next five \
                 years, its chief executive has said.\n",
                "its chief executive",
                "headline-lead",
            ),
            (
                "Economy 'stronger than forecast'\n\nThe economy grew at a faster rate than \
                 was reported, according to a survey.\n",
                "a survey",
                "headline-lead",
            ),
        ]);
        // (A speaker who names nobody, whom the headline's echo of the story's quotation
        // passes over.)
        let got = attributed(
            "Council 'ready' for floods\n\nA spokesman said the council was \"ready\".\n",
        );
        assert_eq!(
            (got[0].1.as_deref(), got[0].2),
            (Some("A spokesman"), "headline-lead"),
            "{got:?}"
        );
        // Not a verb of doing, nor hearsay in the passive, nor a pronoun, nor a verb with an
        // object and no clause.
        assert_no_speaker(&[
            "'Best game' prize for Velmor\n\nThe shooting game Velmor has blasted away its \
             rivals at an awards night.\n",
            "Star 'rejected role'\n\nFilm star Ann Dorsey is said to have turned down the role \
             three times.\n",
            "Minister 'to quit'\n\nShe said that she would leave the post next year.\n",
            "Corvane 'may seek full share listing'\n\nThe club said nothing.",
        ]);
    }

    #[test]
    fn verbs_of_manner_attribute_a_quotation_after_it() {
        assert_speakers(&[
            (
                "\"You can call it a dividend,\" smiles one broker.",
                "one broker",
                "quote-verb-speaker",
            ),
            (
                "\"Don't you care?\" implored campaigner Dan Lorne.",
                "campaigner Dan Lorne",
                "quote-verb-speaker",
            ),
            (
                "And Mr Lorne gloated: \"I told you he would lose.\"",
                "Mr Lorne",
                "speaker-verb-colon-quote",
            ),
            (
                "The complaint alleged that the firm \"failed to protect the data\".",
                "The complaint",
                "speaker-verb-quote",
            ),
        ]);
    }

    #[test]
    fn a_common_word_opening_the_sentence_is_no_subject_for_a_fragment() {
        assert_no_speaker(&[
            "Reports of a merger were dismissed as \"idle speculation\" on Monday.",
            "Demographics have changed and the \"sweet spot\" is now a gamer of 28.",
            "Usually players race against a \"ghost\" of their best lap.",
        ]);
        // A word for people who speak, a pronoun, a name the document gives elsewhere.
        assert_first_speakers(&[
            (
                "Ecologists are warning that the park may see \"significant intrusion\".",
                "Ecologists",
            ),
            (
                "Dan Lorne spoke. Now he is promising a \"modest\" rise in taxes.",
                "Now he",
            ),
            (
                "Howard Dean spoke first. Dean is calling the plan \"a disgrace\" now.",
                "Dean",
            ),
        ]);
    }

    #[test]
    fn a_fragment_in_a_clause_of_its_own_belongs_to_that_clauses_subject() {
        let got = attributed(
            "Sale host Bath on Friday, but the Frenchman has endured a \"difficult week\" since.",
        );
        assert_eq!(got[0].1.as_deref(), Some("the Frenchman"), "{got:?}");
        // A verb after the conjunction shares the first clause's subject.
        let got = attributed(
            "Mira Tollan wanted control, and preferred Zorbo's offer known as a \"put option\" then.",
        );
        let speaker = got[0].1.as_deref().unwrap_or("");
        assert!(!speaker.starts_with("preferred"), "{got:?}");
    }

    #[test]
    fn a_fragment_the_subject_is_given_does_not_end_the_lead_in() {
        // "masterpiece" is Peter Tollan's by his sentence; the pronoun after takes him up, not
        // a person named after the fragment.
        let text = "\"It is good,\" said John Zorbo. Peter Tollan felt that the \"masterpiece\" \
                    beat the films of Harry Potter for the award. \"I will be cheering,\" he added.";
        let names = referents(text);
        assert_eq!(
            names.last().cloned().flatten().as_deref(),
            Some("Peter Tollan"),
            "{names:?}"
        );
    }

    #[test]
    fn a_relative_clause_after_an_appositive_is_skipped_to_the_name() {
        assert_speakers(&[(
            "Sales fell. Mira Tollan, editor of union-backed Zorbo magazine, which conducted \
             the research, said: \"We will win.\"",
            "Mira Tollan",
            "speaker-verb-colon-quote",
        )]);
        // No name before the description: the sentence adverb is no speaker.
        assert_not_speakers(
            &["However, one dealer, who asked not to be named, told Reuters: \"It is bad.\""],
            &["However"],
        );
    }

    #[test]
    fn a_name_set_off_after_a_possessive_description_speaks() {
        assert_speakers(&[(
            "The ban was lifted. Okafor's lawyer, Dara Mensah, said: \"We are pleased.\"",
            "Dara Mensah",
            "speaker-verb-colon-quote",
        )]);
    }

    #[test]
    fn and_between_capitalised_words_joins_a_name() {
        assert_speakers(&[(
            "Sales fell. \"Conditions remain poor,\" the Finance and Economy Ministry said.",
            "the Finance and Economy Ministry",
            "quote-speaker-verb",
        )]);
        // Not before a word in lower case: "the minister and his aides" ends at "minister".
        let got = attributed("Sales fell. \"It is poor,\" said Mira Tollan and her aides.");
        assert_eq!(got[0].1.as_deref(), Some("Mira Tollan"), "{got:?}");
    }

    #[test]
    fn a_common_word_opening_the_sentence_before_is_no_speaker() {
        let got = attributed("Prices rose sharply. \"We are ready.\"");
        assert_eq!(got[0].1, None, "{got:?}");
        // A name there still is.
        let got = attributed("Mira Tollan paused. \"We are ready.\"");
        assert_eq!(got[0].1.as_deref(), Some("Mira Tollan"), "{got:?}");
    }

    #[test]
    fn a_plural_noun_for_people_is_a_speaker_without_a_determiner() {
        assert_speakers(&[
            (
                "Sales fell. \"It is not unusual,\" wrote analysts from Zorbo Bank in a note.",
                "analysts",
                "quote-verb-speaker",
            ),
            (
                "Sales fell. \"It is not unusual,\" officials said on Monday.",
                "officials",
                "quote-speaker-verb",
            ),
        ]);
    }

    #[test]
    fn a_document_longer_than_the_token_window_is_attributed_like_its_parts() {
        // Paragraphs whose attribution looks at the sentence before (the lead-in, a previous
        // subject) and after; repeated past TOKEN_WINDOW, so the token buffer starts over
        // several times, at any sentence.
        let part = "Mira Holt spoke first. \"We will go on,\" said Mira Holt, the mayor. \
                    \"It is hard.\"\n\nHe paused. \"We stopped listening.\"\n\n\
                    The council met on Monday:\n\n\"Nothing changes,\" it said.\n\n";
        let one = attributed(part);
        let copies = super::TOKEN_WINDOW / part.len() * 3;
        let all = attributed(&part.repeat(copies));
        assert_eq!(all.len(), one.len() * copies);
        for (i, got) in all.iter().enumerate() {
            assert_eq!(got, &one[i % one.len()], "quotation {i}");
        }
    }

    #[test]
    fn speaker_patterns() {
        let cases = [
            (
                "\"We will win,\" Smith said.",
                "Smith",
                "quote-speaker-verb",
            ),
            (
                "\"We will win,\" said Anna Smith, the mayor.",
                "Anna Smith",
                "quote-verb-speaker",
            ),
            (
                "Smith said: \"We will win.\"",
                "Smith",
                "speaker-verb-colon-quote",
            ),
            (
                "The ministry said the claim was \"lies\".",
                "The ministry",
                "speaker-verb-quote",
            ),
            (
                "\"We will win,\" Smith, the mayor, said.",
                "Smith",
                "quote-speaker-verb",
            ),
            ("\"We will win,\" he added.", "he", "quote-speaker-verb"),
            // The one quoted "as saying" speaks, not the one who quotes; a passive's subject
            // is the one quoted.
            (
                "\"It is a question of sovereignty,\" Reuters quoted a bank official as saying.",
                "a bank official",
                "quoted-as-saying",
            ),
            (
                "The paper had quoted an unnamed executive at Corvane as saying the bid was \
                 \"final\".",
                "an unnamed executive",
                "quoted-as-saying",
            ),
            (
                "\"They will sue,\" Mr Kapor is reported as saying.",
                "Mr Kapor",
                "quote-speaker-verb",
            ),
            // Two roles joined by "and" are one person's.
            (
                "\"We are solid,\" said Corvane president and chief executive Bill Owens.",
                "Corvane president and chief executive Bill Owens",
                "quote-verb-speaker",
            ),
            (
                "\"We are solid,\" said Corvane founder and managing director Bill Owens.",
                "Corvane founder and managing director Bill Owens",
                "quote-verb-speaker",
            ),
            (
                "\"We keep our word.\" - Maria Lopez, mayor",
                "Maria Lopez",
                "dash-attribution",
            ),
            (
                "\"Prices will rise,\" according to the central bank.",
                "the central bank",
                "according-to",
            ),
            (
                "According to the central bank, \"prices will rise\".",
                "the central bank",
                "according-to",
            ),
            (
                "According to Limbaugh, the move reeks of \"fear\" and desperation.",
                "Limbaugh",
                "according-to",
            ),
            (
                "Christie, who has campaigned for Trump since he left the race in February, \
                 has a \"zero tolerance\" policy on leaks.",
                "Christie",
                "sentence-subject",
            ),
            (
                "Kerry said the United States would take \"robust steps\" in response, and he \
                 urged talks.",
                "Kerry",
                "speaker-verb-quote",
            ),
            (
                "Meanwhile, it attacked Trump, saying he \"has offended Hispanics\".",
                "it",
                "speaker-verb-quote",
            ),
            (
                "President Park Geun-hye said Kim's mental state is \"spiraling out of control.\"",
                "President Park Geun-hye",
                "speaker-verb-quote",
            ),
            (
                "David Kamin, an outside adviser to the campaign on tax and budget issues and \
                 an associate professor of law, said the campaign was \"taking a close look\".",
                "David Kamin",
                "speaker-verb-quote",
            ),
        ];
        assert_speakers(&cases);
    }

    #[test]
    fn a_name_right_before_a_colon_speaks_for_the_quotation_after_it() {
        assert_speakers(&[(
            "Can you imagine the question posed by Brighton nurse Marion Brown: \"Would you \
             do it for five pounds?\"",
            "Marion Brown",
            "colon-lead-in",
        )]);
        // An ordinary word opening the lead-in is no speaker.
        let got = attributed("Asked which county was his favourite, he demurred: \"Any.\"");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_ne!(got[0].1.as_deref(), Some("Asked"), "{got:?}");
    }

    #[test]
    fn a_verb_of_thinking_or_naming_after_a_verb_of_saying_is_inside_what_was_said() {
        assert_speakers(&[
            (
                "Senator Hale said she was sure Mr Brandt would continue to be \"a fighter\".",
                "Senator Hale",
                "speaker-verb-quote",
            ),
            (
                "The mayor told reporters that the council called the plan \"reckless\".",
                "The mayor",
                "speaker-verb-quote",
            ),
            // Without a verb of saying before it, the verb of naming keeps its own subject.
            (
                "The council called the plan \"reckless\" on Monday.",
                "The council",
                "speaker-verb-quote",
            ),
        ]);
    }

    #[test]
    fn a_number_or_quantity_opens_a_speaker_phrase() {
        assert_speakers(&[
            (
                "\"Prices will fall further,\" said one trader in Beirut.",
                "one trader",
                "quote-verb-speaker",
            ),
            (
                "\"Blink twice if you are in trouble!\" one person tweeted.",
                "one person",
                "quote-speaker-verb",
            ),
            (
                "In a short reply, Mr Hale said \"never\" four times.",
                "Mr Hale",
                "speaker-verb-quote",
            ),
        ]);
    }

    #[test]
    fn an_attribution_after_a_question_is_a_sentence_of_its_own() {
        assert_speakers(&[
            (
                "\"How do you control these banks, with a personal guarantee?\" Mr Hale said to \
                 a crowd of about 500 in Ohio.",
                "Mr Hale",
                "quote-speaker-verb",
            ),
            (
                "\"Who do they think they are?\" Ms Brandt asked reporters at the depot.",
                "Ms Brandt",
                "quote-speaker-verb",
            ),
        ]);
        // A sentence that goes on to say something of its own does not attribute it.
        let got = attributed(
            "Voters will be asked: \"Should the treaty be approved?\" The Electoral Commission \
             said the wording of the question was clear enough.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_ne!(
            got[0].1.as_deref(),
            Some("The Electoral Commission"),
            "{got:?}"
        );
    }

    #[test]
    fn a_verb_with_its_particle_is_a_cue() {
        assert_speakers(&[
            (
                "\"Jeb wants to be a tough guy tonight,\" Mr Hale shot back.",
                "Mr Hale",
                "quote-speaker-verb",
            ),
            (
                "Asked about the cuts, Labour hit back at the \"fraudulent prospectus\".",
                "Labour",
                "speaker-verb-quote",
            ),
        ]);
        // Before an article the particle is a preposition: "went on a diet" reports nothing.
        let got = attributed(
            "The chef went on a diet and dropped his \"super size\" portions in the US.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_ne!(got[0].1.as_deref(), Some("The chef"), "{got:?}");
    }

    #[test]
    fn a_day_between_the_speaker_and_the_verb_is_skipped() {
        assert_speakers(&[(
            "The site, which President Obama on Friday declared a \"national monument\", opened.",
            "President Obama",
            "speaker-verb-quote",
        )]);
    }

    #[test]
    fn a_subject_ends_before_an_irregular_past_tense_after_a_noun() {
        assert_speakers(&[(
            "The American legend swept into London to announce a \"long-term\" deal.",
            "The American legend",
            "sentence-subject",
        )]);
    }

    #[test]
    fn a_fragment_quoted_in_a_headline_is_not_its_subjects() {
        let got = attributed("Corvane 'may seek full share listing'\n\nThe club said nothing.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, None, "{got:?}");
        // The same words as a sentence of the story keep their subject.
        let got = attributed("Intro.\n\nCorvane has a \"zero tolerance\" policy on leaks.");
        assert_eq!(got[0].1.as_deref(), Some("Corvane"), "{got:?}");
    }

    #[test]
    fn rules_that_read_the_sentence_before_or_after_find_their_speaker() {
        // Those sentences are tokenized only when a rule reads them.
        let cases = [
            ("\"We won!\" Smith said.", "Smith", "quote-speaker-verb"),
            (
                "Mira Holt spoke first.\n\nShe paused. \"We stopped listening.\"",
                "She",
                "previous-sentence-subject",
            ),
            (
                "The council of Elmford wrote on Monday:\n\n\"Nothing changes.\"",
                "The council of Elmford",
                "speaker-verb-colon-quote",
            ),
        ];
        assert_speakers(&cases);
    }

    #[test]
    fn a_speaker_phrase_stops_before_the_verb_or_adverb_of_its_name() {
        let cases = [
            (
                "Kerr applauded the decisive move, saying it was \"overdue\".",
                "Kerr",
            ),
            ("\"We will stay,\" Bono recently told reporters.", "Bono"),
            (
                "Deputy Prime Minister Anna Sener later said: \"We agree.\"",
                "Deputy Prime Minister Anna Sener",
            ),
            (
                "\"Prices will rise,\" said ING analyst Gerard Rijk.",
                "ING analyst Gerard Rijk",
            ),
            // A place's name in the phrase.
            (
                "\"It is about momentum,\" said a New Hampshire Republican.",
                "a New Hampshire Republican",
            ),
            // An irregular past tense.
            (
                "Mayor Lena Brandt left early, saying the talks were \"a waste of time\".",
                "Mayor Lena Brandt",
            ),
        ];
        for (text, speaker) in cases {
            let got = attributed(text);
            assert_eq!(got.len(), 1, "{text}");
            assert_eq!(got[0].1.as_deref(), Some(speaker), "{text}");
        }
    }

    #[test]
    fn a_huge_colon_lead_in_is_read_near_its_colon() {
        let lead = format!("{} Anna Berg wrote:", "word ".repeat(200_000));
        let text = format!("{lead}\n\n\"Nothing changes.\"");
        let got = attributed(&text);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1.as_deref(), Some("Anna Berg"));
    }

    #[test]
    fn an_attribution_after_a_no_break_space_is_found() {
        // A two-byte space between the quotation's sentence and its attribution.
        let got = attributed(
            "\u{201c}I am ashamed. How did we get this low?\u{201d}\u{a0}\u{2015} Jacklyn Ashley\u{a0}\n\
             \u{201c}Trump must stop.\u{201d} \u{2015} Carla Sanchez",
        );
        assert_eq!(got[0].1.as_deref(), Some("Jacklyn Ashley"));
        assert_eq!(got[0].2, "dash-attribution");
    }

    #[test]
    fn a_bare_verb_after_an_article_and_a_word_is_a_noun() {
        let got = attributed(
            "She made a controversial comment that described them as \"super predators.\"",
        );
        assert_ne!(got[0].1.as_deref(), Some("a controversial"));
    }

    #[test]
    fn a_bare_verb_after_a_possessive_and_a_singular_word_is_a_noun() {
        // The noun: no speaker "his home" or "the noisy".
        assert_not_speakers(
            &[
                "The senator spoke in his home state of Ohio, where he promised to \"fight on.\"",
                "Outside, the noisy chant \"Four more years\" went on for an hour.",
            ],
            &["his home", "the noisy"],
        );
        // A plural between them is the subject of the verb.
        assert_speakers(&[(
            "Outside, the protesters chant \"Four more years\" for an hour.",
            "the protesters",
            "speaker-verb-quote",
        )]);
    }

    #[test]
    fn a_verb_after_a_comma_with_no_subject_has_the_speaker_after_it() {
        assert_speakers(&[(
            "Turnout fell to \"a historic low\" in the county, says Ingrid Solheim, a pollster.",
            "Ingrid Solheim",
            "quote-verb-speaker",
        )]);
        // Not the subject of a clause after the verb, nor a participle's object.
        assert_not_speakers(
            &[
                "Ms Ferreira, the author of \"Quiet Rooms,\" about the theatre, said the days of touring are over.",
                "He called the plan \"reckless\" in a letter, urging his colleagues to vote against it.",
            ],
            &["the days", "his colleagues"],
        );
    }

    #[test]
    fn a_fragment_takes_the_speaker_that_ends_its_sentence() {
        let got = attributed(
            "Sales were \"flat for a quarter\" while buyers waited for \"a calmer market\" to return, he said.",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].1.as_deref(), Some("he"), "{got:?}");
        assert_eq!(got[0].2, "later-fragment");
        // Not across a quotation that the cue introduces.
        let got = attributed(
            "They were \"misled\" by \"a trick\" and ignored what he called \"the plan.\"",
        );
        assert_ne!(got[0].2, "later-fragment", "{got:?}");
    }

    #[test]
    fn a_place_or_an_age_set_off_before_the_verb_is_not_the_speaker() {
        assert_speakers(&[
            (
                "Okafor, speaking at a school in Dayton, Ohio, said the cuts were \"shameful.\"",
                "Okafor",
                "speaker-verb-quote",
            ),
            (
                "Maria Lindqvist, 34, of Eugene, Ore., said she felt \"let down.\"",
                "Maria Lindqvist",
                "speaker-verb-quote",
            ),
        ]);
    }

    #[test]
    fn a_sentence_that_ends_with_its_named_attribution_speaks_for_the_quotation_after_it() {
        let got = attributed(
            "Tomas Reyes, a spokesman for the city council, said in a statement. \"We will appeal the ruling.\"",
        );
        assert_eq!(
            (got[0].1.as_deref(), got[0].2),
            (Some("Tomas Reyes"), "previous-sentence-subject"),
            "{got:?}"
        );
        // A verb with a clause of its own gives the speaker only when it is one of saying:
        // the quotation goes on with the speech reported ("said the vote was close"), not
        // with what was announced. (A quotation in the first person after it is the
        // person's who opens the sentence, by another rule: see
        // `a_longer_sentence_speaks_through_the_person_it_opens_with`.)
        let got = attributed(
            "Tomas Reyes, a spokesman for the city council, said the vote was close. \"The council will appeal.\"",
        );
        assert_eq!(got[0].1.as_deref(), Some("Tomas Reyes"), "{got:?}");
        let got = attributed(
            "Tomas Reyes, a spokesman for the city council, announced the vote was close. \"The council will appeal.\"",
        );
        assert_eq!(got[0].1, None, "{got:?}");
        // So does a verb that reports a claim in a clause ("insists", "warned").
        let got = attributed(
            "Tomas Reyes, a spokesman for the city council, insists the vote was fair. \"We will not appeal.\"",
        );
        assert_eq!(got[0].1.as_deref(), Some("Tomas Reyes"), "{got:?}");
    }

    #[test]
    fn a_quotation_opening_the_paragraph_after_reported_speech_goes_on_with_it() {
        let got = attributed(
            "Panel chairman Rhys Vane said the cuts were sometimes used as an excuse.\n\n\
             \"The panel believes these arguments should be rejected.\"",
        );
        assert_eq!(
            (got[0].1.as_deref(), got[0].2),
            (
                Some("Panel chairman Rhys Vane"),
                "previous-sentence-subject"
            ),
            "{got:?}"
        );
        // After a conjunction, or an attribution that closes the sentence.
        let got = attributed(
            "But Quillon's director Ana Pérez says her firm is the only one.\n\n\"Nobody else tried.\"",
        );
        assert_eq!(
            got[0].1.as_deref(),
            Some("Quillon's director Ana Pérez"),
            "{got:?}"
        );
        let got = attributed(
            "The plan was not aimed at one town, the spokesman said.\n\n\"It is aimed at everyone.\"",
        );
        assert_eq!(got[0].1.as_deref(), Some("the spokesman"), "{got:?}");
        // Not a verb of saying inside a clause, nor a clause the sentence does not report.
        let got = attributed(
            "Ben Hale told the paper there are two parts. The hard part is knowing whether a \
             user is who they say they are online.\n\n\"The answer is a card.\"",
        );
        assert_eq!(got[0].1, None, "{got:?}");
        let got = attributed(
            "Files are subject to the law, but what matters is their content, said Ms Orla Dunne.\n\n\
             \"If in doubt, keep it.\"",
        );
        assert_ne!(got[0].1.as_deref(), Some("the law"), "{got:?}");
        // The sentence before is read, not the quotation before it.
        let got =
            attributed("He said: \"We will go.\" Rita Mole said the plan was late.\n\n\"It is.\"");
        assert_eq!(got[1].1.as_deref(), Some("Rita Mole"), "{got:?}");
    }

    #[test]
    fn a_fragment_after_an_attributed_sentence_goes_on_with_that_speech() {
        let got = attributed(
            "The board had planned to \"tear the charter up,\" Ms Keane said. The charter should \
             be \"kept and cherished,\" but the board disliked it.",
        );
        assert_eq!(
            (got[1].1.as_deref(), got[1].2),
            (Some("Ms Keane"), "speech-goes-on"),
            "{got:?}"
        );
        // Not a term set off: a word or two, or after an article, a preposition, a comma or
        // a verb of saying.
        for second in [
            "The \"cool\" crowd stayed away.",
            "It sold a \"smart refund card\" at the door.",
            "Shops sell it, in other words, \"power for hire\" online.",
            "A poster shows two pigs and says \"the sums add up\" in red.",
            "Prices were \"too high\" by noon.",
            "Firms pay for \"power on demand\" each month.",
        ] {
            let text = format!("The board had planned to \"tear it up,\" Ms Keane said. {second}");
            let got = attributed(&text);
            assert_ne!(got[1].1.as_deref(), Some("Ms Keane"), "{second} {got:?}");
        }
        // A later fragment that an attribution closes gives its own speaker.
        let got = attributed(
            "The board had planned to \"tear it up,\" Ms Keane said. The charter should be \
             \"kept and cherished\" for now, \"and soon,\" Tom Vale added.",
        );
        assert_eq!(got[1].1.as_deref(), Some("Tom Vale"), "{got:?}");
    }

    #[test]
    fn a_speakers_phrase_stops_at_a_verb_after_a_role_or_a_past_like_its_stem() {
        assert_speakers(&[
            // A regular past after a role in lower case (not "the former elected official").
            (
                "The Tory co-chairman attacked the council's parking plans as \"mean\".",
                "The Tory co-chairman",
                "sentence-subject",
            ),
            // A verb whose past is its stem, before its particle.
            (
                "Mr Lorne set out his plans for the harbour. \"We will start in the spring.\"",
                "Mr Lorne",
                "previous-sentence-subject",
            ),
            // (Not as a noun: "The Chelsea set".)
            (
                "Dan Lorne put the record straight. \"We love it here.\"",
                "Dan Lorne",
                "previous-sentence-subject",
            ),
        ]);
    }

    #[test]
    fn a_word_set_off_before_its_noun_is_the_writers_when_a_thing_is_the_subject() {
        assert_no_speaker(&[
            "Toyota has burnished its \"green\" credentials.",
            "Britain is expected to keep an \"opt-in\" right.",
        ]);
        // A person's word, a word the sentence reports, a word before a linking word.
        assert_speakers(&[
            (
                "Mr Grey attacked the \"failed\" policy.",
                "Mr Grey",
                "sentence-subject",
            ),
            (
                "Kellock's said a merger would create an \"unrivalled\" portfolio.",
                "Kellock's said a merger",
                "sentence-subject",
            ),
            (
                "Toyota was \"sold\" to the public.",
                "Toyota",
                "sentence-subject",
            ),
            (
                "Toyota had a \"miracle\" which ended.",
                "Toyota",
                "sentence-subject",
            ),
            // (Words of more than one are mostly the subject's own phrase.)
            (
                "The Conservatives have expressed \"serious misgivings\" about the plan.",
                "The Conservatives",
                "sentence-subject",
            ),
        ]);
    }

    #[test]
    fn one_opens_a_speaker_phrase_as_an_article_does() {
        assert_speakers(&[
            (
                "As one hugely-disgruntled backbencher said before the meeting: \"It is time.\"",
                "one hugely-disgruntled backbencher",
                "speaker-verb-colon-quote",
            ),
            (
                "But one insider pointed out that \"nobody is denying it\" yet.",
                "one insider",
                "speaker-verb-quote",
            ),
        ]);
    }

    #[test]
    fn the_subject_of_a_verb_in_the_passive_does_not_speak() {
        assert_no_speaker(&[
            "Kemal Arif, who has made 90 films, was hailed for his \"visual beauty and depth\".",
            "The Tarn tour was cited as \"a highly crafted production\" in the claim.",
        ]);
        // In the active, the subject speaks.
        assert_speakers(&[(
            "Kemal Arif hailed the film for its \"visual beauty and depth\".",
            "Kemal Arif",
            "speaker-verb-quote",
        )]);
    }

    #[test]
    fn quoted_words_closed_by_a_comma_belong_to_the_attribution_after_them() {
        assert_speakers(&[(
            "Little the minister said \"will calm the farmers,\" the union's leader said.",
            "the union's leader",
            "quote-speaker-verb",
        )]);
        // Not to a clause that goes on, nor to a pronoun when a name spoke before.
        assert_speakers(&[
            (
                "Lena Ortiz says voters are \"tired of waiting,\" but also hungry for what she wants.",
                "Lena Ortiz",
                "speaker-verb-quote",
            ),
            (
                "Aide Tom Pryce said that the party has \"a plan for the valley,\" he said.",
                "Aide Tom Pryce",
                "speaker-verb-quote",
            ),
        ]);
    }

    #[test]
    fn verbs_of_elaborating_and_griping_are_cues() {
        assert_speakers(&[
            (
                "\"No one doubted it,\" she elaborated at the hearing on Monday.",
                "she",
                "quote-speaker-verb",
            ),
            (
                "\"The rent is too high,\" griped Ola Berg, a tenant for ten years.",
                "Ola Berg",
                "quote-verb-speaker",
            ),
            (
                "That is because, as she puts it, \"the best thing we have going for us\".",
                "she",
                "speaker-verb-quote",
            ),
        ]);
    }

    #[test]
    fn a_plural_after_an_adjective_and_an_article_is_a_noun_not_a_cue() {
        assert_speakers(&[(
            "Mara Lind said in her opening remarks that the plan needs \"a lot more work.\"",
            "Mara Lind",
            "speaker-verb-quote",
        )]);
        // After a noun it is the verb: the paper, the executive speak.
        assert_speakers(&[
            (
                "As the crowd booed, the executive says, \"Please quiet down.\"",
                "the executive",
                "speaker-verb-quote",
            ),
            (
                "The festival praises him for his \"sensational start\" in films.",
                "The festival",
                "speaker-verb-quote",
            ),
        ]);
    }

    #[test]
    fn a_plural_after_a_gerund_and_a_phrase_after_a_preposition_are_no_speakers() {
        assert_speakers(&[(
            "Kane chided Ruiz for raising questions about the \"natural born\" rule.",
            "Kane",
            "sentence-subject",
        )]);
        assert_not_speakers(
            &["Outside the sports arena in Leeds, a crowd gathered, holding signs and chanting \"Out now.\""],
            &["Outside the sports arena"],
        );
    }

    #[test]
    fn after_a_quotation_a_preposition_or_a_description_is_not_the_speaker() {
        assert_speakers(&[
            (
                "\"This will be a challenge\" for the mayor, said Ines Kovac.",
                "Ines Kovac",
                "quote-verb-speaker",
            ),
            (
                "\"It is like the 1960s,\" the dawn of the movement, Tom Rees says.",
                "Tom Rees",
                "quote-speaker-verb",
            ),
        ]);
        // A participle after a phrase opened by a preposition attributes nothing.
        let got = attributed(
            "There is still \"little prospect\" of America agreeing to cut emissions, says the paper.",
        );
        assert_ne!(got[0].1.as_deref(), Some("America"), "{got:?}");
        // A description that names no one and is the whole subject stays the speaker, also
        // with a place in it.
        assert_speakers(&[
            (
                "\"Hey, hey! Ho, ho!\" some protesters chanted as they marched down the avenue.",
                "some protesters",
                "quote-speaker-verb",
            ),
            (
                "\"It was terrible,\" a woman in Worcester told the BBC.",
                "a woman",
                "quote-speaker-verb",
            ),
        ]);
    }

    #[test]
    fn a_long_introduction_is_passed_over_to_the_subject() {
        assert_speakers(&[(
            "Asked on Monday whether her husband would hold a cabinet position, Mara Lind shook her head and said, \"No.\"",
            "Mara Lind",
            "speaker-verb-quote",
        )]);
    }

    #[test]
    fn a_question_quoted_inside_a_quotation_opens_a_sentence_of_attribution() {
        assert_speakers(&[(
            "''She would look at me and say, 'What did he mean by that?''' Mr. Biden said, clutching the lectern with two hands.",
            "Mr. Biden",
            "quote-speaker-verb",
        )]);
    }

    #[test]
    fn a_participle_after_an_attribution_has_its_speaker() {
        assert_speakers(&[(
            "The two leaders will meet next week, Halvorsen said, adding, \"They need to talk.\"",
            "Halvorsen",
            "speaker-verb-quote",
        )]);
        // A noun before the comma is no attribution: the sentence's subject speaks.
        assert_speakers(&[(
            "The Home Office dismissed the latest claims, saying they were \"baseless.\"",
            "The Home Office",
            "speaker-verb-quote",
        )]);
    }

    #[test]
    fn speech_foretold_after_a_modal_gives_way_to_an_earlier_verb_of_saying() {
        assert_speakers(&[(
            "Mayor Okafor said she expected that voters will say \"enough\" in May.",
            "Mayor Okafor",
            "speaker-verb-quote",
        )]);
    }

    #[test]
    fn a_denied_verb_attributes_nothing() {
        assert_speakers(&[(
            "Mayor Lindqvist cannot say that \"the budget is safe,\" Councillor Okafor added.",
            "Councillor Okafor",
            "quote-speaker-verb",
        )]);
    }

    #[test]
    fn a_participle_after_with_has_the_phrase_before_it_as_subject() {
        assert_speakers(&[(
            "Members of the board were angry, with Director Halvorsen calling the plan \"a mess.\"",
            "Director Halvorsen",
            "speaker-verb-quote",
        )]);
    }

    #[test]
    fn a_place_set_off_by_commas_is_not_the_subject_after_an_introduction() {
        assert_speakers(&[(
            "At a rally in Dunmore, Pennsylvania, on Friday, Senator Adaeze Okonkwo thanked the crowd, saying she would \"never give up.\"",
            "Senator Adaeze Okonkwo",
            "speaker-verb-quote",
        )]);
    }

    #[test]
    fn a_second_fragment_in_a_sentence_has_the_speaker_of_the_first() {
        let got = attributed(
            "But Age Concern said imposing a retirement age was \"cowardly\" and a \"complete \
             u-turn\".",
        );
        assert_eq!(got[1].1.as_deref(), Some("Age Concern"));
    }

    #[test]
    fn an_opening_adverb_is_not_a_subject() {
        let got = attributed(
            "Additionally, a new service, launched in May, will offer \"download play\" to all.",
        );
        assert_eq!((got[0].1.as_deref(), got[0].2), (None, "no-speaker"));
    }

    #[test]
    fn an_ordinary_word_opening_the_sentence_is_not_its_subject() {
        // The subject follows the introductory phrase ("Back in 2003,", "Continuing ...,").
        assert_first_speakers(&[
            (
                "Back in 2003, Mr. Harlow praised the plan, telling reporters: \"It works.\"",
                "Mr. Harlow",
            ),
            (
                "Continuing his tour, Ms. Osei visited the port, saying it was \"a lifeline.\"",
                "Ms. Osei",
            ),
        ]);
        // A participle that opens a title stays in the subject.
        let got = attributed(
            "Planning Minister Ana Ruiz left early, saying the talks were \"a waste of time.\"",
        );
        assert_eq!(got[0].1.as_deref(), Some("Planning Minister Ana Ruiz"));
    }

    #[test]
    fn carry_over_and_scare_quotes() {
        let got = attributed("\"First,\" she said. \"Second.\"\n\nIt was a \"train war\" then.");
        assert_eq!(got[1].1.as_deref(), Some("she"));
        assert_eq!(got[1].2, "carry-over");
        assert_eq!(got[2].1, None);
        // A quotation opening the next paragraph carries on; not over an empty line, where a
        // heading was left out.
        let got = attributed("\"First,\" the paper says.\n\n\"Second.\"");
        assert_eq!(got[1].1.as_deref(), Some("the paper"), "{got:?}");
        let got = attributed("\"First,\" the paper says.\n\n \n\n\"Second.\"");
        assert_eq!(got[1].1, None, "{got:?}");
    }

    /// A question closing quoted words mid-sentence is put by the attribution after it, not
    /// by a name before it.
    #[test]
    fn a_quoted_question_belongs_to_the_attribution_after_it() {
        let text = "If the council is right, as Ms Baird insists it is, \"why would anyone object to the audit?\" asked Tom Ellery, a former mayor of the town.";
        let got = attributed(text);
        assert_eq!(got[0].1.as_deref(), Some("Tom Ellery"), "{got:?}");
    }

    /// A time phrase ("Hours later,") and a relative clause on a thing inside an introduction
    /// ("Speaking in Concord, which votes next week,") stand before the subject.
    #[test]
    fn a_time_phrase_or_a_relative_clause_in_the_introduction_is_passed_over() {
        assert_first_speakers(&[
            (
                "Hours later, she issued a statement urging the council \"to think again\".",
                "she",
            ),
            (
                "Speaking in Tarvin, which votes next week, Ms Oduya referred to her rival as \"a decent man\".",
                "Ms Oduya",
            ),
        ]);
    }

    /// A cue's word used as a noun before a role and a name stays in the speaker's phrase.
    #[test]
    fn a_cue_word_before_a_role_and_a_name_is_part_of_the_speaker() {
        assert_speakers(&[
            (
                "\"The files were lost for years,\" said Ohio state archivist Tam Reyes.",
                "Ohio state archivist Tam Reyes",
                "quote-verb-speaker",
            ),
            (
                "\"Few of them pay,\" said report author Lin Okafor.",
                "report author Lin Okafor",
                "quote-verb-speaker",
            ),
        ]);
        // Not before an article: "says the Council ..." is the verb and its object.
        let got = attributed(
            "The board says the Council of Ministers will agree but said it would review \"all of the plan\".",
        );
        assert_eq!(got[0].1.as_deref(), Some("The board"), "{got:?}");
    }

    /// After a dash, a name signs a quotation; a pronoun or a common noun opens an aside.
    #[test]
    fn a_dash_before_a_pronoun_or_a_common_noun_opens_no_attribution() {
        for text in [
            "The chip is called a \"supercomputer\" - it remains slower than most.",
            "The car has a 'duck clutch' - a switch on the gear stick.",
        ] {
            let got = attributed(text);
            assert_ne!(got[0].2, "dash-attribution", "{text}: {got:?}");
        }
        let got = attributed("\"We keep our word.\" - Maria Lopez, mayor");
        assert_eq!(got[0].2, "dash-attribution", "{got:?}");
    }

    /// A signature line: a dash and a name in the paragraph after a quotation that ends its
    /// own, with at most a short description; not a bullet that goes on with a clause or a
    /// colon, nor a line that says more, nor a quotation that does not end its paragraph.
    #[test]
    fn a_dash_and_a_name_on_the_next_line_sign_a_quotation() {
        assert_speakers(&[
            ("Notes.\n\n\"We will win this.\"\n\n- Dana Reyes.", "Dana Reyes", "dash-attribution"),
            (
                "Notes.\n\n\"It was a good night. She is ready.\"\n\n-Mayor Tom Harlan, speaking after the fair.",
                "Mayor Tom Harlan",
                "dash-attribution",
            ),
        ]);
        assert_no_speaker(&[
            "Notes.\n\n\"We will win this.\"\n\n- Dana Reyes: her new film opens in May.",
            "Notes.\n\n\"We will win this.\"\n\n- The match is on TV at noon.",
            "Notes.\n\n\"We will win this.\"\n\n- Dana Reyes, who told the paper last week that the vote would be lost.",
            "Notes.\n\n\"We will win this.\"\n\n- Dana Reyes. She spoke for an hour.",
            "Notes.\n\n\"We will win this.\"\n\nThe vote is close, according to Dana Reyes.",
            "The club painted \"open all year\" on its gate\n\n- Dana Reyes, Ohio.",
        ]);
    }

    /// A name given in the passive or to a thing is nobody's words; a label the subject
    /// pins on a person, or the subject's own term, is the subject's.
    #[test]
    fn a_name_given_in_the_passive_has_no_speaker_and_in_the_active_its_namer() {
        assert_no_speaker(&[
            "As a boy he was called the \"quiet one of the family\" by his teachers.",
            "Two cousins from Leeds, dubbed the \"Garden Gang\", were fined on Monday.",
            "Traders have started calling the row the \"cable war\" this week.",
            "Corvane and Halden joined forces to build networks, known as \"super 4G\", soon.",
            "Some 83 MPs gave interviews for the study \"Whose Clerk are You, minister\".",
        ]);
        assert_speakers(&[
            (
                "On Friday, Ms Adeyemi called her rival the \"worst sort of coward,\" adding nothing.",
                "Ms Adeyemi",
                "speaker-verb-quote",
            ),
            (
                "The mayor attacked what he calls the \"war on drivers\" again.",
                "he",
                "speaker-verb-quote",
            ),
            // A word that describes a work is no title of it.
            (
                "The bishop called the film \"pornographic and sensational\" today.",
                "The bishop",
                "speaker-verb-quote",
            ),
        ]);
    }

    /// A quotation resumed after a long attribution that opens with the verb keeps the
    /// speaker; a participle's object is never the speaker.
    #[test]
    fn resumed_after_said_speaker_and_participles() {
        let text = "\"Broadband is part of home life,\" said Karen Thomson, chief executive of the firm, \"with many people online all day.\"";
        let got = attributed(text);
        assert_eq!(got[1].1.as_deref(), Some("Karen Thomson"));
        let annotations = Pipeline::new().unwrap().annotate(&Document::new("t", text));
        assert_eq!(annotations.quotes[1].kind, super::QuoteKind::Direct);
        let got = attributed(
            "Keys said she was \"very excited\", describing Charles as \"an artist I admire\".",
        );
        assert_eq!(got[1].1.as_deref(), Some("Keys"));
    }

    /// The words inside a quotation are not read for attribution: a fragment's sentence
    /// subject is never a name quoted earlier in the sentence.
    #[test]
    fn words_inside_quotations_are_never_speakers() {
        let got = attributed(
            "\"If we lose this vote, Britain will be weak,\" said the minister, who will back a \"yes\" vote.",
        );
        assert_eq!(got[0].1.as_deref(), Some("the minister"));
        assert_eq!(got[1].0, "yes");
        assert_ne!(got[1].1.as_deref(), Some("Britain"));
    }

    /// The canonical name of each quotation's speaker, in order.
    fn referents(text: &str) -> Vec<Option<String>> {
        let pipeline = Pipeline::new().unwrap();
        let document = Document::new("t", text);
        pipeline
            .annotate(&document)
            .quotes
            .iter()
            .map(|q| {
                let entity = q.speaker.as_ref()?.entity.as_ref()?;
                Some(entity.canonical.to_string())
            })
            .collect()
    }

    /// The organisation a description ending in an organisation's noun takes up is named
    /// before the description, not between it and the quotation (the addressee of "told").
    #[test]
    fn an_organisations_description_takes_up_an_organisation_named_before_it() {
        let text = "Lord Tarrow spoke first. The Dravia Society's Tom Dravett said it was \
                    \"long overdue\". The reform group told Radio Quenby there were \"old \
                    features\" in the law.";
        let got = referents(text);
        assert_eq!(got[0].as_deref(), Some("Tom Dravett"), "{got:?}");
        assert_eq!(got[1].as_deref(), Some("Dravia Society"), "{got:?}");
    }

    /// An aside between dashes before the verb is passed over: after an appositive in lower
    /// case the name before the appositive speaks, after a name that name.
    #[test]
    fn an_aside_between_dashes_before_the_verb_is_passed_over() {
        let got = attributed(
            "Tom Dravett, the chief executive of Quell Media -- the firm that owns the show \
             -- told me, \"We sell content.\"",
        );
        assert_eq!(got[0].1.as_deref(), Some("Tom Dravett"), "{got:?}");
        let got = attributed(
            "On Thursday, Lord Tarrow - a senior judge - said the rules allowed detentions \
             \"in a way that discriminates\" against some.",
        );
        assert_eq!(got[0].1.as_deref(), Some("Lord Tarrow"), "{got:?}");
        // Without a comma before it, the words before an aside are no speaker.
        let got = attributed(
            "A steward suspended over \"rude images\" on her blog - a web diary - says she \
             was fired.",
        );
        assert_ne!(got[0].1.as_deref(), Some("her blog"), "{got:?}");
        // Nor is an aside that holds a quotation one.
        let got = attributed(
            "In one case, an email showed Mr Dravett had asked a colleague to solicit a \
             non-competitive - or \"B\" - quote from Quell that was \"higher in premium\".",
        );
        assert!(
            got.iter().all(|q| q.1.as_deref() != Some("one case")),
            "{got:?}"
        );
    }

    /// A chain of sentences opening with "He" goes back to the person whose attribution
    /// closes the previous quotation, not to a person named after it in the clause.
    #[test]
    fn a_pronoun_chain_reaches_the_attribution_of_the_previous_quotation() {
        let text = "Nobody had spoken. \"We have had problems,\" Tolley said after meeting \
                    with President Peter Dusil. He did not suggest retaliation. \"Our goal \
                    is not escalation.\"";
        assert_eq!(referents(text)[1].as_deref(), Some("Tolley"));
        let text = "Sam Hale spoke. \"No,\" he said as fans of Peter Quist booed. He smiled. \
                    \"Yes, we will win.\"";
        assert_eq!(referents(text)[1].as_deref(), Some("Sam Hale"));
        // A verb and a title may stand between the quotation and the name.
        let text = "Edward Fox joined him. \"Two years ago I came back,\" said Mr Palmer. He \
                    said he was excited by the idea. \"If it works, I shall be glad,\" he \
                    added.";
        assert_eq!(referents(text)[1].as_deref(), Some("Palmer"));
    }

    /// "The government" takes up a government body named before it, never another
    /// organisation ("The government says the Tories are late" is not the Tories').
    #[test]
    fn the_government_is_a_government_body_or_nobody_known() {
        let text = "The Dravia Society held talks. The government says the plan is \"late\".";
        assert_eq!(referents(text), [None]);
        let text = "The Home Office held talks. The government says the plan is \"late\".";
        assert_eq!(referents(text), [Some("Home Office".to_string())]);
    }

    /// A person named after a fragment quoted inside the sentence before is no subject for
    /// the pronoun after it: the sentence's subject spoke the fragment.
    #[test]
    fn a_name_after_a_fragment_in_the_sentence_before_is_not_the_pronouns_referent() {
        let text = "Oliver Penhaligon is to make a speech urging voters who feel \"ignored\" by Gareth Tomlin to back him.\n\nHe will say the party \"has changed\" for good.";
        let got = referents(text);
        assert_eq!(got[1].as_deref(), Some("Oliver Penhaligon"), "{got:?}");
    }

    #[test]
    fn a_pronoun_after_a_sentence_opened_by_a_description_takes_up_the_described() {
        // "The 29-year-old" takes up Ines Moretti: the women named after it are no subject.
        let text = "Ines Moretti will miss the indoor meeting in Glasgow. The 29-year-old was \
                    third behind Carla Benedek and Anna Sorvik last week. \"I must rest,\" she \
                    said.";
        assert_eq!(referents(text), [Some("Ines Moretti".to_string())]);
        // A rank describes a player too.
        let text = "Tomas Ruiz won. Team captain Tomas Ruiz was not worried. The world number \
                    one had to go the distance against Marek Dusil. \"I was slow,\" he said.";
        assert_eq!(referents(text), [Some("Tomas Ruiz".to_string())]);
        // Through a role, the person introduced with it.
        let text = "Party leader Owen Maddox met Prime Minister Ravi Sandhu. Ravi Sandhu \
                    left early. The party leader later spoke to reporters. \"We agreed,\" he \
                    said.";
        assert_eq!(referents(text), [Some("Owen Maddox".to_string())]);
    }

    #[test]
    fn a_description_of_a_person_takes_up_the_person_named_before_it() {
        // An age, a nationality's man, a role: the person the previous sentence opens with.
        let text = "Marta Oyelaran won the final in straight sets. \"I was nervous,\" said the \
                    22-year-old. Oyelaran beat Dana Kovacs in the semi-final. The Frenchman \
                    said: \"It was close.\" Tomas Ruiz took the bronze medal. The striker \
                    added: \"He was fair.\"";
        assert_eq!(
            referents(text),
            [
                Some("Marta Oyelaran".to_string()),
                Some("Marta Oyelaran".to_string()),
                Some("Tomas Ruiz".to_string()),
            ]
        );
        // Not a person named after the description, nor one with another title, nor for
        // "a spokesman" (someone new).
        let text = "Home Secretary Lena Ashby spoke first. The prime minister said: \"No.\" \
                    Pedro Alves left early. A spokesman said: \"Yes.\" The 14-year-old \
                    said she hoped to meet Pedro Alves: \"He is great.\"";
        assert_eq!(referents(text), [None, None, None]);
    }

    #[test]
    fn a_deputy_is_not_described_by_the_office_without_the_rank() {
        // "the prime minister" is not the deputy, by the title or in sight; "the deputy prime
        // minister" is, and "the vice president" not the president.
        let text = "Deputy Prime Minister Lena Ashby spoke first. Later the prime minister \
                    said it was a \"load of nonsense\".";
        assert_eq!(referents(text), [None]);
        let text = "Deputy Prime Minister Lena Ashby spoke first. The deputy prime minister \
                    said: \"No.\"";
        assert_eq!(referents(text), [Some("Lena Ashby".to_string())]);
        let text = "President Tom Vale spoke first. Mr Vale left at noon, and the \
                    vice president said: \"No.\"";
        assert_eq!(referents(text), [None]);
    }

    #[test]
    fn an_occupation_or_an_age_and_a_nationality_describe_a_person_named_before() {
        // An honorific says nothing against an occupation; it does against an office, and
        // so does another role the person was introduced with.
        let said = |first: &str, second: &str, noun: &str| {
            format!(
                "{first} met Tom Vale on Monday. {second} said she was delighted. The {noun} \
                 said: \"It is a great honour.\""
            )
        };
        let ashby = Some("Lena Ashby".to_string());
        assert_eq!(referents(&said("Lena Ashby", "Ms Ashby", "actor")), [ashby]);
        assert_eq!(
            referents(&said("Lena Ashby", "Ms Ashby", "chancellor")),
            [None]
        );
        for (first, second) in [
            ("Party leader Lena Ashby", "Ms Ashby"),
            ("Lena Ashby", "Party leader Ashby"),
        ] {
            assert_eq!(referents(&said(first, second, "actor")), [None], "{first}");
        }
        // An age before a nationality, or the nationality alone.
        for noun in ["24-year-old Swiss", "American"] {
            let text = format!(
                "Marta Oyelaran won the final in straight sets. The {noun} added: \"I was \
                 nervous.\""
            );
            assert_eq!(
                referents(&text),
                [Some("Marta Oyelaran".to_string())],
                "{noun}"
            );
        }
        // (A role after an age is still the role: not the captain's.)
        let text = "Captain Marta Oyelaran won the final in straight sets. The 24-year-old \
                    striker added: \"I was nervous.\"";
        assert_eq!(referents(text), [None]);
        // A person the description's own sentence names after a preposition is someone
        // else, though the only person in sight.
        let text = "The final was won in straight sets. \"I was nervous.\" Speaking to Dana \
                    Kovacs, the 24-year-old Swiss added: \"It was close.\"";
        assert_eq!(referents(text)[1], None);
    }

    #[test]
    fn a_pronoun_after_an_unnamed_spokesman_takes_up_the_spokesman() {
        // The spokeswoman goes on speaking: not the actress the story is about.
        let text = "Lena Ashby starred in the show. \"There are no plans,\" a spokeswoman \
                    said. She added: \"It was great.\"";
        assert_eq!(referents(text), [None, None]);
        // For the body the spokesman speaks for.
        let text = "Lena Ashby starred in the show. \"There are no plans,\" said a \
                    spokesman for Quenby Records. \"It was great,\" he added.";
        let quenby = Some("Quenby Records".to_string());
        assert_eq!(referents(text), [quenby.clone(), quenby]);
        // A spokesperson is either; a spokesman is not "she", nor a spokeswoman "he".
        let said = |spokesman: &str, pronoun: &str| {
            format!(
                "Lena Ashby met Tom Vale. \"There are no plans,\" a {spokesman} said. \
                 {pronoun} added: \"It was great.\""
            )
        };
        assert_eq!(referents(&said("spokesperson", "She")), [None, None]);
        assert_eq!(referents(&said("spokesperson", "He")), [None, None]);
        let lena = Some("Lena Ashby".to_string());
        let tom = Some("Tom Vale".to_string());
        assert_eq!(referents(&said("spokesman", "She")), [None, lena]);
        assert_eq!(referents(&said("spokeswoman", "He")), [None, tom.clone()]);
        // So does a spokesman who leads in with reported speech.
        let lead_in = |spokesman: &str, after: &str| {
            format!(
                "Tom Vale founded Quenby Records in 1990. {spokesman} said sales fell{after}. \
                 \"It was hard,\" he added."
            )
        };
        let quenby = || vec![Some("Quenby Records".to_string())];
        assert_eq!(
            referents(&lead_in("But a Quenby Records spokesman", "")),
            quenby()
        );
        assert_eq!(referents(&lead_in("A spokesman", "")), [None]);
        // (Only an organisation right after "for".)
        assert_eq!(
            referents(&lead_in("A spokesman for the firm", " at Quenby Records")),
            [None]
        );
        assert_eq!(referents(&lead_in("A spokesman for Paris", "")), [None]);
        for spokesman in [
            "But a spokesman for Quenby Records",
            "A spokesman for the Quenby Records",
        ] {
            assert_eq!(referents(&lead_in(spokesman, "")), quenby(), "{spokesman}");
        }
        // One of the other gender is not; nor one without an article, nor one in a sentence
        // before the lead-in.
        for (spokesman, after) in [
            ("A spokeswoman", ""),
            ("Quenby spokesman", ""),
            ("A year later, Quenby spokesman", ""),
            ("A spokesman", ". Prices rose"),
        ] {
            let got = referents(&lead_in(spokesman, after));
            assert_eq!(got[0], tom, "{spokesman}");
        }
        // A person's spokesman is not the person.
        assert_eq!(referents(&lead_in("A Vale spokesman", "")), [None]);
        // Nor a spokesman named next to the phrase (the fragment quoted in the lead-in ends
        // what the lead-in's subject is read from).
        for spokesman in [
            "A spokesman for Quenby, Tom Vale,",
            "Tom Vale, a spokesman for Quenby,",
        ] {
            let text = format!(
                "Lena Ashby left. {spokesman} said it was \"better\". He added: \"It was hard.\""
            );
            assert_eq!(
                referents(&text)[1].as_deref(),
                Some("Tom Vale"),
                "{spokesman}"
            );
        }
        // (A person named further back is not the spokesman.)
        let text = "Tom Vale left. A spokesman said it was better. He added: \"It was hard.\"";
        assert_eq!(referents(text), [None]);
        // Nor does a definite spokesman, who may be a person named before.
        let text = "Mr Vale condemned it. \"Is it not bad?\" he asked. The Tory spokesman also \
                    criticised the plan. \"It is bad,\" he said.";
        let vale = referents(text);
        assert!(
            vale.iter().all(|r| r.as_deref() == Some("Vale")),
            "{vale:?}"
        );
    }

    #[test]
    fn a_name_after_an_article_modifies_a_noun_and_is_no_pronouns_referent() {
        let text = "Boss Tom Vale felt the side were never in danger.\n\nAn early own goal \
                    followed by a Ray Dunn strike won it. \"It gave us an advantage,\" he said.";
        assert_eq!(referents(text), [Some("Tom Vale".to_string())]);
    }

    #[test]
    fn a_possessor_inside_the_speakers_phrase_is_not_the_speaker() {
        let text = "\"I am disappointed,\" said Corvane manager Tom Ashdown of Marek Dusil's \
                    punishment.";
        assert_eq!(referents(text), [Some("Tom Ashdown".to_string())]);
        // Unless no one else is named.
        let text = "\"We will appeal,\" Marek Dusil's lawyer said.";
        assert_eq!(referents(text), [Some("Marek Dusil".to_string())]);
    }

    #[test]
    fn a_person_as_a_possessor_is_no_lead_in_subject() {
        // "Tom Ashdown's side": the side is the subject; the pronoun takes up Marek Dusil.
        for text in [
            "Tom Ashdown's side has shown little, but Marek Dusil insisted they would be hard \
             to beat. \"They are brave,\" he said.",
            "Tom Bates' side has shown little, but Marek Dusil insisted they would be hard to \
             beat. \"They are brave,\" he said.",
        ] {
            assert_eq!(referents(text), [Some("Marek Dusil".to_string())], "{text}");
        }
        // A firm's possessive still leads to the firm.
        let text = "Siemens' plans may be too bold for Microsoft. The firm said: \"We need it.\"";
        let got = referents(text);
        assert!(
            got[0].as_deref().is_some_and(|c| c.starts_with("Siemens")),
            "{got:?}"
        );
    }

    #[test]
    fn an_age_or_a_nationality_describes_a_person_of_any_title() {
        // A title says nothing of an age or a nationality: "the 36-year-old" is the captain.
        let text = "Former Corvane captain Marek Dusil says the side is stronger. \"They are \
                    strong,\" the 36-year-old said.";
        assert_eq!(referents(text), [Some("Marek Dusil".to_string())]);
        // A nationality's word that counts people ("Americans" is one too) is a person.
        let text = "Tomas Ruiz lost both his singles on clay. \"It is tough,\" said the \
                    American.";
        assert_eq!(referents(text), [Some("Tomas Ruiz".to_string())]);
        // Not one that stands for a nation ("French" has no plural).
        let text = "Tomas Ruiz lost both his singles on clay. \"It is a scandal,\" said the \
                    French.";
        assert_eq!(referents(text), [None]);
    }

    #[test]
    fn a_description_is_not_a_persons_name_after_a_preposition_in_its_sentence() {
        // Tim Ashby is the object of "by": the sentence before says who the American is.
        let text = "World number one Dana Kovacs has criticised the club. Reacting to a \
                    comment by Corvane Club chairman Tim Ashby, the American said: \"It is insulting.\"";
        assert_eq!(referents(text), [Some("Dana Kovacs".to_string())]);
        // The subject of a clause before the description may be the one described.
        let text = "Dana Kovacs won again. When Tim Ashby shook her hand, the American said: \
                    \"You are the best.\"";
        assert_eq!(referents(text), [Some("Tim Ashby".to_string())]);
    }

    #[test]
    fn a_description_with_a_place_takes_up_the_person_in_sight() {
        // "the Corvane player": no one introduced as a player, so the person the lead-in names.
        let text = "The versatile Marek Dusil, who starred in Paris, is confident. \"We can \
                    win,\" said the Dublin player.";
        assert_eq!(referents(text), [Some("Marek Dusil".to_string())]);
    }

    #[test]
    fn a_description_takes_up_the_only_person_the_last_sentences_name() {
        // Sentences about her, none opening with her name, then the description.
        let text = "Marta Oyelaran slid down the rankings after April. After a lay-off, she \
                    was forced out again. A comeback at the US Open ended early. \
                    \"Physically, I hit rock bottom,\" said the 22-year-old.";
        assert_eq!(referents(text), [Some("Marta Oyelaran".to_string())]);
        // Two people in sight: no referent.
        let text = "Marta Oyelaran slid down the rankings after April. Dana Kovacs beat her \
                    twice. A comeback at the US Open ended early. \"Physically, I hit rock \
                    bottom,\" said the 22-year-old.";
        assert_eq!(referents(text), [None]);
    }

    #[test]
    fn a_person_of_an_organisation_is_the_person_not_the_organisation() {
        // The person introduced with the title; the one person in sight; with a possessive.
        let text = "Corvane coach Tom Ashdown named his squad. \"They were awesome,\" said the \
                    Corvane coach. Ashdown left. Relief group Hopewell sent food, and Mara \
                    Lindqvist flew in. \"We need help,\" said the charity's director.";
        assert_eq!(
            referents(text),
            [
                Some("Tom Ashdown".to_string()),
                Some("Mara Lindqvist".to_string()),
            ]
        );
        // A role shared or held in second place is a role too.
        let text = "Tom Ashdown spoke to reporters. \"We will win,\" said the Corvane \
                    co-chairman.";
        assert_eq!(referents(text), [Some("Tom Ashdown".to_string())]);
        // The organisation's voice stays the organisation's; "a" brings someone new.
        let text = "Tom Ashdown met Daiichi Sankyo staff. \"No,\" said a Daiichi Sankyo \
                    spokesman. \"Yes,\" said a Daiichi Sankyo director. \"Maybe,\" said the \
                    Daiichi Sankyo spokesman.";
        let got = referents(text);
        assert_eq!(got[0].as_deref(), Some("Daiichi Sankyo"), "{got:?}");
        assert_eq!(got[2].as_deref(), Some("Daiichi Sankyo"), "{got:?}");
        assert_ne!(got[1].as_deref(), Some("Tom Ashdown"), "{got:?}");
    }

    #[test]
    fn a_description_takes_up_the_person_a_chain_of_pronouns_goes_back_to() {
        // "He" opens the lead-in; the sentence before it names Mr Ashdown, with a quotation
        // of his own; his honorific is no other role. The actor named at the end of the
        // lead-in is not the founder.
        let text = "Mr Ashdown said he would \"rather not\" appear. He made a cameo in the film, \
                    in which his role was played by Dario Fenwick. \"I'm not an actor,\" said \
                    the Corvane Records founder.";
        let got = referents(text);
        assert_eq!(got[1].as_deref(), Some("Ashdown"), "{got:?}");
        // A title that names another role does not fit the description.
        let text = "Home Secretary Lena Ashby spoke first. She left at noon. \"No,\" said the \
                    Corvane Records founder.";
        let got = referents(text);
        assert_ne!(got[0].as_deref(), Some("Lena Ashby"), "{got:?}");
    }

    #[test]
    fn a_short_fragment_earlier_in_the_sentence_is_part_of_the_lead_in() {
        let got = attributed(
            "Tessa Marlow, one of the so-called \"Velmont Babes\" elected in 1997, told \
             researchers: \"I remember it well.\"",
        );
        assert_eq!(got[1].1.as_deref(), Some("Tessa Marlow"), "{got:?}");
    }

    #[test]
    fn a_closing_mark_after_a_space_keeps_the_attribution_after_it() {
        // The splitter opens a sentence at the closing mark; the words after are the tail.
        let got = attributed(
            "The book was a hit. \"I was a pilot who had not flown for nine years... \" Hailey \
             later recalled.",
        );
        assert_eq!(got[0].1.as_deref(), Some("Hailey"), "{got:?}");
        // Not after quoted words that end with a full stop: the next sentence is its own.
        let got = attributed(
            "\"It is a great honour,\" said Gatlin. \"It ends a great year. \" Hayes said it \
             was deserved.",
        );
        assert_ne!(got[1].1.as_deref(), Some("Hayes"), "{got:?}");
    }

    #[test]
    fn after_with_a_participle_has_the_name_before_it_as_subject() {
        // A role in lower case may stand between "with" and the name.
        for text in [
            "The Velmont Party launched its platform, with Tom Ashdown saying it was the \
             \"authentic opposition\".",
            "The Velmont Party launched its platform, with leader Tom Ashdown saying it was the \
             \"authentic opposition\".",
        ] {
            let got = attributed(text);
            assert_eq!(got[0].1.as_deref(), Some("Tom Ashdown"), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_relative_clause_of_several_commas_after_a_name_is_skipped() {
        let got = attributed(
            "Mr Ashdown, who was also involved with the band Velmont, as well as the Corvane \
             Singers, said he would \"rather not\" appear.",
        );
        assert_eq!(got[0].1.as_deref(), Some("Mr Ashdown"), "{got:?}");
        // After a description and its appositive too.
        let got = attributed(
            "Tom Ashdown, the coach of the side, which lost again, as expected, said he was \
             \"delighted\".",
        );
        assert_eq!(got[0].1.as_deref(), Some("Tom Ashdown"), "{got:?}");
        // Not a clause that opens with no relative pronoun.
        let got = attributed(
            "Speaking for Velmont Rovers, Tom Ashdown, the club's coach, said he was \
             \"delighted\".",
        );
        assert_eq!(got[0].1.as_deref(), Some("Tom Ashdown"), "{got:?}");
    }

    #[test]
    fn a_feature_gives_its_subject_the_quotations_no_verb_attributes() {
        // Two quotations of Jamie Oster's, then narrator's sentences and quotations in the
        // first person with no verb of speech; the one after it in its paragraph carries over.
        let text = "Jamie Oster should be paralysed. \"I was in a lot of pain,\" says Oster. \
                    \"It was bad,\" he said.\n\nCrutches followed for weeks, with help from \
                    Hanna Brill. \"Walking without them was a big step in my recovery.\" \
                    \"The doctors were amazing.\"\n\nThe hospital is near Limerick. \"The \
                    building is new.\"";
        let got = referents(text);
        let oster = Some("Jamie Oster".to_string());
        assert_eq!(
            got[..4],
            [oster.clone(), oster.clone(), oster.clone(), oster],
            "{got:?}"
        );
        // Not a quotation in no person's voice and no carry-over from it.
        assert_eq!(got[4], None, "{got:?}");
        // Nor when another person spoke among the latest quotations.
        let text = "\"I was in pain,\" says Jamie Oster. \"I agree,\" said Hanna Brill. \
                    \"It was bad,\" Oster said.\n\nCrutches followed. \"Walking was a big \
                    step in my recovery.\"";
        let got = referents(text);
        assert_eq!(got[3], None, "{got:?}");
        // Nor after one quotation only.
        let text = "\"I was in pain,\" says Jamie Oster.\n\nCrutches followed. \"Walking was a \
                    big step in my recovery.\"";
        let got = referents(text);
        assert_eq!(got[1], None, "{got:?}");
    }

    #[test]
    fn a_pronoun_takes_up_whom_reported_speech_was_attributed_to_since() {
        // Reported speech attributed to Tom Ashdown in closing clauses, after Dario Fenwick's
        // quotation: "he" is Ashdown, not the previous quotation's speaker.
        let text = "The list \"will be final\", Dario Fenwick said. It could hurt investors, said \
                    Tom Ashdown of the Velmont Unit. As a result, it was planning to resell. \
                    \"They are careful,\" he said.";
        let got = referents(text);
        assert_eq!(got[1].as_deref(), Some("Tom Ashdown"), "{got:?}");
        // (Both forms of the clause.)
        let text = "The list \"will be final\", Dario Fenwick said. It could hurt investors, \
                    Tom Ashdown said. As a result, it was planning to resell. \"They are \
                    careful,\" he said.";
        let got = referents(text);
        assert_eq!(got[1].as_deref(), Some("Tom Ashdown"), "{got:?}");
    }

    /// "it" takes up the organisation that opens the sentence leading in, not the last one
    /// named (an object's possessor); with none there, the last one named.
    #[test]
    fn it_takes_up_the_organisation_that_leads_in() {
        let text = "VLM has called for a vote. NBK said VLM's offer was too low. \"NBK is sure \
                    the deal is right,\" it said.";
        assert_eq!(referents(text)[0].as_deref(), Some("NBK"));
        let text = "The plan came from NBK. Since then shares fell. \"We are sure,\" it said.";
        assert_eq!(referents(text)[0].as_deref(), Some("NBK"));
    }

    #[test]
    fn a_pronoun_does_not_take_up_a_person_named_inside_a_quotation() {
        // The host speaks of Andre Kessler; "he" is the host, whom only the lead-in names.
        let text = "Ivo Brandt, a presenter on the station, likes the band. \"Andre Kessler \
                    would like to go into acting,\" says the host. \"But they will be back,\" \
                    he adds.";
        let got = referents(text);
        assert_ne!(got[1].as_deref(), Some("Andre Kessler"), "{got:?}");
    }

    #[test]
    fn the_previous_speaker_goes_on_speaking_when_nobody_is_named_between() {
        // "Penwright" has no given name to tell a gender by; Gordon Brown has, and was the
        // pronoun's referent before this rule. Someone named in between is still taken up.
        let text = "Gordon Brown paid tribute. Former colleague Lord Penwright said his first \
                    reaction was \"sadness\".\n\n\"It was not a surprise,\" he said.";
        assert_eq!(referents(text)[1].as_deref(), Some("Penwright"));
        let text = "Gordon Brown paid tribute. Former colleague Lord Penwright said his first \
                    reaction was \"sadness\". But the club's chief, Geoff Pollard, disagreed. Others \
                    did not.\n\n\"It was not a surprise,\" he said.";
        assert_eq!(referents(text)[1].as_deref(), Some("Geoff Pollard"));
    }

    #[test]
    fn a_document_speaks_for_whoever_issued_it() {
        // Introduced with "a" in a sentence that names its author; named after "from"; not a
        // verb ("to report"), nor a mention after "the" that names someone else.
        let text = "In a statement, the Hallam Trust said it backed him. \"He has our \
                    support,\" said the statement. Kerrow Bank published a report on Monday. \
                    The report's figures surpass a Hallam Trust goal. \"Aid is falling,\" the \
                    report said. Nobody wants to report fraud, Tom Ashdown said. \"It is \
                    rare,\" the report said. \"You will not travel,\" says the letter, from \
                    the Home Office.";
        assert_eq!(
            referents(text),
            [
                Some("Hallam Trust".to_string()),
                Some("Kerrow Bank".to_string()),
                Some("Kerrow Bank".to_string()),
                Some("Home Office".to_string()),
            ]
        );
    }

    #[test]
    fn a_pronoun_goes_back_through_reported_speech_that_it_attributes() {
        // "..., he said." continues the chain back to the person as an opening "He" would.
        let text = "\"We are ready,\" said Paul Tessar. Ian Morrow was not convinced. Big \
                    firms had no excuse, he said. \"I would be surprised,\" he said.";
        assert_eq!(
            referents(text),
            [
                Some("Paul Tessar".to_string()),
                Some("Ian Morrow".to_string())
            ]
        );
    }

    #[test]
    fn a_plural_possessive_before_a_name_stays_in_the_speaker() {
        let text = "\"The odds have shortened,\" said Ladbrokes' Warren Lush.";
        assert_eq!(referents(text), [Some("Warren Lush".to_string())]);
    }

    #[test]
    fn words_pinned_on_a_subject_in_the_passive_are_said_by_the_agent_after_by() {
        let got = attributed(
            "The bid was described as \"unacceptable\" by the Football Association. He was \
             called \"a liar\" by his rival Tom Berry.",
        );
        let speakers: Vec<_> = got.iter().map(|(_, s, r)| (s.as_deref(), *r)).collect();
        assert_eq!(
            speakers,
            [
                (Some("the Football Association"), "passive-quote-by-speaker"),
                (Some("his rival Tom Berry"), "passive-quote-by-speaker"),
            ]
        );
        // The agent may come before the words, with "as" between.
        let got = attributed(
            "The device was described by Ana Moreno as \"a small miracle\". It was \
             described by critics, fans and others as \"dull\". He came by the night train as \"a \
             tourist\".",
        );
        let speakers: Vec<_> = got.iter().map(|(_, s, r)| (s.as_deref(), *r)).collect();
        assert_eq!(
            speakers[0],
            (Some("Ana Moreno"), "passive-quote-by-speaker")
        );
        // Not an agent past punctuation, nor one without a verb in the passive.
        assert_ne!(speakers[1].1, "passive-quote-by-speaker");
        assert_ne!(speakers[2].1, "passive-quote-by-speaker");
        // An article or a possessive may stand before the words, and "for" in place of "as".
        let got = attributed(
            "The device was described by Ana Moreno as the \"best yet\". Tom Berry was \
             praised by police for his \"great courage\". The plan was branded a \"waste\" by \
             Rita Vane. Mr Berry was hailed for his \"nerve\" by the mayor.",
        );
        let speakers: Vec<_> = got.iter().map(|(_, s, _)| s.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Ana Moreno"),
                Some("police"),
                Some("Rita Vane"),
                Some("the mayor")
            ]
        );
    }

    #[test]
    fn the_company_is_not_a_firm_whose_listed_name_has_the_word() {
        // "Disney" is listed as "The Walt Disney Company": "the company" is still the firm
        // the lead-in names.
        let text = "Studios such as Disney have signed up. Quorvex Media said it would wait. \
                    \"We are not ready,\" said a spokesman for the company.";
        assert_eq!(referents(text), [Some("Quorvex Media".to_string())]);
    }

    #[test]
    fn a_relative_pronoun_speaking_stands_for_the_name_before_it() {
        let text = "The award went to Dan Lorne, who described it as \"a triumph\". The \
                    ruling angered the Film Makers' Forum (FMF), who described it as \"a \
                    disgrace\".";
        assert_eq!(
            referents(text),
            [
                Some("Dan Lorne".to_string()),
                Some("Film Makers' Forum".to_string())
            ]
        );
        // No name right before it: no referent.
        let text = "One dealer, who asked not to be named, called it \"a triumph\".";
        assert_eq!(referents(text), [None]);
    }

    #[test]
    fn a_person_named_after_an_opening_pronoun_is_not_its_referent() {
        let text = "Dan Lorne won the prize for the film. He thanked Mark Tollan, calling \
                    the part \"a labour of love\".";
        assert_eq!(referents(text), [Some("Dan Lorne".to_string())]);
    }

    #[test]
    fn a_name_after_a_quotation_with_its_verb_left_out_speaks() {
        assert_speakers(&[
            (
                "Ships run on time. \"Carnival has a strong record,\" Mr Lorne.\n\nAnalysts \
                 agree with that.",
                "Lorne",
                "quote-name",
            ),
            (
                "Ships run on time. \"Carnival has a strong record,\" Dan Lorne.\n\nAnalysts \
                 agree with that.",
                "Dan Lorne",
                "quote-name",
            ),
        ]);
        // Not a place, nor without the comma that closes the quoted words, nor when more
        // than the sentence's end follows the name.
        assert_no_speaker(&[
            "\"It will rise,\" Paris.\n\nThen more.",
            "\"It will rise\" Mr Lorne.\n\nThen more.",
            "\"It will rise,\" Mr Lorne's team.\n\nThen more.",
        ]);
    }

    #[test]
    fn a_longer_sentence_speaks_through_the_person_it_opens_with() {
        assert_speakers(&[
            (
                "Ana Ruiz spent five weeks at number one before injury pushed Mia Lane back in \
                 front. \"Since then, I feel very confident on court.\"",
                "Ana Ruiz",
                "previous-sentence-subject",
            ),
            (
                "US coach Dan Lorne wants his players to play more tennis on clay courts this \
                 year. \"I think it will help them.\"",
                "Dan Lorne",
                "previous-sentence-subject",
            ),
            (
                "Dan Lorne said the plan would work. He is currently in talks with several firms \
                 over a deal worth millions of pounds. \"We hope to sign this year.\"",
                "He",
                "previous-sentence-subject",
            ),
            // (After a verb that reports no speech too: "Lynch announced on Monday the
            // lawsuit against the state. \"We are seeking a court order.\"")
            (
                "Tomas Reyes, a spokesman for the city council, announced the vote was close. \
                 \"We will appeal.\"",
                "Tomas Reyes",
                "previous-sentence-subject",
            ),
            // After a participle's clause.
            (
                "Writing in a weekly magazine, Dan Lorne set down his hopes for the club's \
                 future. \"If we keep our nerve, we will go up this season.\"",
                "Dan Lorne",
                "previous-sentence-subject",
            ),
            (
                "Dan Lorne spoke. Writing in a weekly magazine, he set down his hopes for the \
                 club's future. \"If we keep our nerve, we will go up.\"",
                "he",
                "previous-sentence-subject",
            ),
        ]);
        // Not after a clause that no participle opens.
        assert_no_speaker(&[
            "Dan Lorne spoke. In a long piece for a weekly magazine, he set down his hopes for \
             the club's future. \"If we keep our nerve, we will go up.\"",
        ]);
        // Not when the quotation speaks of the person, nor after a possessive, nor when the
        // person is not the sentence's first name, nor for an organisation.
        // (A quotation that opens with "He", "She", "His" or "Her" speaks of someone.)
        for opening in ["He was", "She was", "His side was", "Her side was"] {
            assert_no_speaker(&[&format!(
                "Tom Vale, 21, barged a linesman in the final minutes of the game at the \
                 ground. \"{opening} sent off but we don't know why.\""
            )]);
        }
        assert_no_speaker(&[
            "Tom Vale, 21, has struggled for form in recent weeks after a long season abroad. \
             \"It's his first year at that level. I think he will come good.\"",
            "Tom Vale's normal position is right-back but he played well in midfield against \
             France. \"I was happy to play there.\"",
            "In the end the injury pushed Mia Costa back in front of Ana Ruiz at the top of the \
             rankings. \"I feel very confident on court.\"",
            "Barclays Bank spent five weeks at the top of the league before the slump in the \
             markets. \"I feel very confident.\"",
        ]);
    }

    #[test]
    fn a_bare_verb_after_an_article_and_two_words_is_a_noun() {
        assert_speakers(&[(
            "Dan Lorne said the vote was close. He accused the board of putting the pay offer \
             question to the members when they were \"far too early\".",
            "He",
            "speaker-verb-quote",
        )]);
        assert_no_speaker(&[
            "In March the members of the committee published a highly critical report into the \
             \"failing\" agency.",
        ]);
        // Not without the article, nor after a plural, which is the verb's subject.
        assert_speakers(&[
            (
                "Dan Lorne and Mary Tollan question whether the plan is \"fair\".",
                "Mary Tollan",
                "speaker-verb-quote",
            ),
            (
                "At the plant the union officials claim the offer is \"an insult\".",
                "the union officials",
                "speaker-verb-quote",
            ),
        ]);
    }

    #[test]
    fn a_word_in_s_after_a_number_is_a_plural_noun() {
        // The quotation's own attribution after it speaks, not the sentence before.
        for text in [
            "As the firm handled 180 million calls a day checking was \"quite a task\", he added.",
            "As the firm handled 180 calls a day checking was \"quite a task\", he added.",
        ] {
            let got = attributed(text);
            assert_eq!(got[0].1.as_deref(), Some("he"), "{got:?}");
        }
    }

    #[test]
    fn a_word_in_s_after_a_preposition_is_a_plural_noun() {
        assert_no_speaker(&["The board met on Monday amid claims the vote was \"rigged\"."]);
        // (After one modifier too, a name among them: the sentence's subject speaks.)
        assert_speakers(&[(
            "The Tollan Review rated 30% of Labour claims as \"false\" last year.",
            "The Tollan Review",
            "sentence-subject",
        )]);
    }

    #[test]
    fn which_stands_for_the_phrase_before_it() {
        assert_speakers(&[
            (
                "The plan was attacked in a Senate committee report which called it \"a mess\".",
                "a Senate committee report",
                "speaker-verb-quote",
            ),
            (
                "The move was welcomed by the Tollan Institute, which described it as \"long \
                 overdue\".",
                "the Tollan Institute",
                "speaker-verb-quote",
            ),
            // (The object of a preposition, as the antecedent of "which", speaks.)
            (
                "The firm set out its view in its submission which states that its products \
                 \"are tools\".",
                "its submission",
                "speaker-verb-quote",
            ),
        ]);
    }

    #[test]
    fn the_object_of_a_preposition_before_the_verb_is_not_its_subject() {
        let got = attributed(
            "Rates may rise. Lt Col Dan Lorne of the Contract Office said it was a \"mutual \
             decision\".",
        );
        assert_eq!(got[0].1.as_deref(), Some("Lt Col Dan Lorne"), "{got:?}");
        let got = attributed("A statement to the stock exchange said: \"The board has noted it.\"");
        assert_eq!(got[0].1.as_deref(), Some("A statement"), "{got:?}");
        // Nor the object of "in": "Analysts in Europe have called", "Mr X in the past has
        // criticized".
        let got = attributed("Analysts in Europe have called the slide \"brutal\".");
        assert_eq!(got[0].1.as_deref(), Some("Analysts"), "{got:?}");
        let got = attributed("Dan Lorne in the past has described it as \"a farce\".");
        assert_eq!(got[0].1.as_deref(), Some("Dan Lorne"), "{got:?}");
        // Nor the object after a word that ties the subject to it.
        assert_first_speakers(&[
            (
                "A person familiar with the talks said the deal was \"very close\".",
                "A person",
            ),
            (
                "Another source speaking to Fox News said, \"The agents are looking.\"",
                "Another source",
            ),
            (
                "Sources close to the minister said he was \"furious\".",
                "Sources",
            ),
            (
                "A source briefed on the talks said they were \"over\".",
                "A source",
            ),
            (
                "Officials involved in the talks said they were \"over\".",
                "Officials",
            ),
        ]);
        // A person's name that ends the phrase is the subject, a comma left out before it.
        let got = attributed(
            "In a speech to the Policy Centre Mr Tollan said: \"We will not give way.\"",
        );
        assert_eq!(
            got[0].1.as_deref(),
            Some("the Policy Centre Mr Tollan"),
            "{got:?}"
        );
    }

    #[test]
    fn a_sentence_reporting_speech_gives_the_next_quotations_speaker() {
        // Not the speaker of the quotation before: the one whose words were just reported.
        let text = "\"We will win,\" said Dan Lorne. Mark Tollan said the plan would fail \
                    because the costs of steel and labour had risen by a third since the \
                    spring. \"Nobody has the money.\"";
        assert_eq!(
            referents(text),
            [
                Some("Dan Lorne".to_string()),
                Some("Mark Tollan".to_string())
            ]
        );
    }

    #[test]
    fn a_place_before_the_speakers_noun_is_not_the_speaker() {
        // The person the noun introduced, or no one: not the place.
        let text = "England captain Mirek Tollan came back. \"We played well,\" the England \
                    captain said. \"It rained,\" said the Salford MP.";
        assert_eq!(referents(text), [Some("Mirek Tollan".to_string()), None]);
        // A government or a spokesman speaks for the place.
        let text = "\"No comment,\" said a Downing Street spokesman. \"We disagree,\" the US \
                    government said.";
        let got = referents(text);
        assert_eq!(got[0].as_deref(), Some("Downing Street"), "{got:?}");
        assert_eq!(got[1].as_deref(), Some("United States"), "{got:?}");
    }

    #[test]
    fn a_speaker_no_rule_named_takes_the_name_it_ends() {
        // "Young" is an English word: the document pass does not link it; where the speaker
        // stands, it is the person.
        let text = "Coach Dai Young was pleased. \"We were lucky,\" said Young.";
        assert_eq!(referents(text), [Some("Dai Young".to_string())]);
    }

    #[test]
    fn a_title_written_short_introduces_the_person() {
        let text = "Sen. Zandor Quibbs spoke on Monday. \"We will win,\" the senator said.";
        assert_eq!(referents(text), [Some("Zandor Quibbs".to_string())]);
    }

    #[test]
    fn a_name_set_off_after_the_speakers_noun_is_the_speaker() {
        let text = "\"We were lucky,\" said Zenth spokeswoman, Mira Tollan. \"Very lucky.\"";
        let got = attributed(text);
        assert_eq!(got[0].1.as_deref(), Some("Zenth spokeswoman, Mira Tollan"));
        assert_eq!(got[1].1, got[0].1);
        let names = referents(text);
        assert_eq!(
            names,
            [
                Some("Mira Tollan".to_string()),
                Some("Mira Tollan".to_string())
            ]
        );
        // Not a list of names: the name must end the apposition.
        let text = "\"We won,\" said the coach, Mira Tollan and the players.";
        assert_eq!(referents(text), [None]);
        // The letters after a name stand in the apposition too.
        let text = "Velmont Finance Minister, Mira Tollan MSP, said: \"We won.\"";
        assert_eq!(referents(text), [Some("Mira Tollan".to_string())]);
    }

    #[test]
    fn a_pronoun_follows_a_chain_of_sentences_it_opens_back_to_their_person() {
        // Not the previous quotation's speaker: the person the narrative since has been
        // about, through sentences that open with the pronoun.
        let text = "\"He is a natural leader,\" said coach Andy Robinson. Jonny Wilkinson, who \
                    has scored 817 points, kicked the winning goal. But he then missed the whole \
                    season. \"I have realised a dream,\" he said.";
        assert_eq!(
            referents(text),
            [
                Some("Andy Robinson".to_string()),
                Some("Jonny Wilkinson".to_string())
            ]
        );
        // A sentence in between that does not open with the pronoun ends the chain.
        let text = "\"He is a natural leader,\" said coach Andy Robinson. Jonny Wilkinson \
                    kicked the winning goal. The crowd then left the ground. \"I have realised \
                    a dream,\" he said.";
        assert_eq!(referents(text)[1].as_deref(), Some("Andy Robinson"));
    }

    #[test]
    fn a_person_named_in_a_sentence_opening_with_an_adverb_and_the_pronoun_is_no_subject() {
        // "Now he fears ...": the pronoun is the sentence's subject, and a player listed in it
        // is not who speaks next.
        let text = "\"We are strong,\" said coach Andy Robinson. Now he fears for the cup after \
                    eight players, including captain Jonny Wilkinson, were away. \"We are in the \
                    final,\" he added.";
        assert_eq!(
            referents(text),
            [
                Some("Andy Robinson".to_string()),
                Some("Andy Robinson".to_string())
            ]
        );
    }

    #[test]
    fn a_preposition_opening_the_sentence_is_no_subject() {
        let got = attributed("Of the ten photos only one showed her \"wings\" on Monday.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, None, "{got:?}");
        // A name after it still is: "Among the critics, Mira Tollan called it \"absurd\"."
        let got = attributed("Among the critics, Mira Tollan called it \"absurd\" on Monday.");
        assert_eq!(got[0].1.as_deref(), Some("Mira Tollan"), "{got:?}");
    }

    /// A description takes up the person whom the sentence before names as the speaker of
    /// its reported speech in a closing clause, not that sentence's grammatical subject.
    #[test]
    fn a_description_takes_up_the_speaker_of_the_reported_speech_before() {
        let text = "Tom Dravett has had the chance to fix the roads and has failed, Simon \
                    Quenby has said.\n\n\"Britain is heading the wrong way\", the \
                    Conservative leader said in his message.";
        let got = referents(text);
        assert_eq!(got[0].as_deref(), Some("Simon Quenby"), "{got:?}");
        // Not a name that opens a clause after the verb: "said Melzer was".
        let text = "Tom Dravett lost in the final. And Dravett, who was beaten for power, \
                    said Simon Quenby was one of many rivals. \"A lot more guys can do it,\" \
                    said the American.";
        let got = referents(text);
        assert_eq!(got[0].as_deref(), Some("Tom Dravett"), "{got:?}");
    }

    /// A preposition's phrase before a comma opens a colon's lead-in, and is no speaker,
    /// unless it names a person, whose view the lead-in gives.
    #[test]
    fn a_prepositions_phrase_opening_a_colon_lead_in_is_no_speaker() {
        assert_no_speaker(&[
            "Between tasks, this remarkably active senior citizen reveals what his next \
             goal is: \"To be number one.\"",
        ]);
        let got = referents("For Tom Dravett, this is progress: \"I can see it happening.\"");
        assert_eq!(got[0].as_deref(), Some("Tom Dravett"), "{got:?}");
    }

    /// "he added" and "he continued" go on with the previous quotation's speaker past a
    /// person named as a preposition's object (and, by the lead-in's rules, past a
    /// possessor).
    #[test]
    fn the_speaker_goes_on_past_a_person_who_modifies_a_noun() {
        // (A speaker whose gender the lists cannot tell, and a man named between.)
        let text = "Arjo Velmoro had earlier told the paper: \"I want to play.\" The \
                    midfielder says he has not had the backing of boss Martin Quenby. \"I \
                    can't understand it,\" he continued.";
        let got = referents(text);
        assert_eq!(got[1].as_deref(), Some("Arjo Velmoro"), "{got:?}");
        let text = "\"I need a few more weeks,\" Arjo Velmoro told a paper. He was injured \
                    after a challenge with Roma's Olivier Quenby. And he added: \"It felt \
                    different.\"";
        let got = referents(text);
        assert_eq!(got[1].as_deref(), Some("Arjo Velmoro"), "{got:?}");
        let text = "\"It is a mess,\" Arjo Velmoro said. Martin Quenby's government was a \
                    \"bossy government,\" he added.";
        let got = referents(text);
        assert_eq!(got[1].as_deref(), Some("Arjo Velmoro"), "{got:?}");
    }
}
