//! Sentence and paragraph splitting by rules, over the original text, in one forward pass.
//!
//! The splitter never rewrites the text: it walks the bytes once, stops only at bytes that can
//! end a sentence (`.`, `?`, `!`, `…`, line breaks, bullets) and decides each stop from its
//! neighbourhood: the word before (abbreviation? initial? list marker?), the marks after
//! (closing quotes and brackets belong to the sentence they close) and the word after (lower
//! case continues the sentence; a typical sentence opener ends it). Abbreviations and sentence
//! openers are data (`gazetteers/segment/`), not code.
//!
//! Paragraphs are blocks of text between blank lines; a paragraph break always ends a sentence.
//! A single line break ends a sentence too (headlines, datelines, list items, one-sentence-per-line
//! corpora) unless the next line visibly continues it (it starts in lower case, or the line before
//! ends with a comma or a word that cannot end a sentence).

// FxHash: the keys are short words looked up on the hot path; SipHash's DoS protection is
// not needed for data the pipeline ships.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::error::{Error, Result};
use crate::fold::ShapeFilter;
use crate::span::Span;

/// The default abbreviation list, compiled into the binary.
pub const DEFAULT_ABBREVIATIONS: &str = include_str!("../gazetteers/segment/abbreviations.tsv");
/// The default list of sentence openers, compiled into the binary.
pub const DEFAULT_SENTENCE_STARTERS: &str =
    include_str!("../gazetteers/segment/sentence_starters.txt");

/// How an abbreviation's final period behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbreviationKind {
    /// Written before a name or number ("Mr.", "Gen.", "St."): never ends a sentence.
    Title,
    /// An abbreviation only before a number ("No. 5", "p. 55"); otherwise a normal word.
    Numeric,
    /// Ends a sentence only before a typical sentence opener ("Co.", "Inc.", "Jan.", "U.S.").
    Other,
    /// "a.m." and "p.m.": end a sentence before a capitalised word, unless the sentence so far is
    /// only an introductory phrase ("At 5 a.m. Mr. Smith went ...").
    Time,
}

impl std::str::FromStr for AbbreviationKind {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "title" => Ok(AbbreviationKind::Title),
            "numeric" => Ok(AbbreviationKind::Numeric),
            "other" => Ok(AbbreviationKind::Other),
            "time" => Ok(AbbreviationKind::Time),
            _ => Err(format!(
                "unknown abbreviation kind {s:?} (title, numeric, other or time)"
            )),
        }
    }
}

/// Sentences and paragraphs of one text, as trimmed byte spans in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmentation {
    /// Sentences, in order, not overlapping, without surrounding white space.
    pub sentences: Vec<Span>,
    /// Paragraphs, in order, not overlapping, without surrounding white space.
    pub paragraphs: Vec<Span>,
}

/// A compiled sentence splitter. Cheap to share between threads (`Send + Sync`).
#[derive(Debug, Clone)]
pub struct Segmenter {
    /// Lower-cased abbreviations without their final period.
    abbreviations: HashMap<Box<[u8]>, AbbreviationKind>,
    /// A quick test in front of `abbreviations` (first and last letter and length): the word
    /// before nearly every period is asked, and nearly none is an abbreviation.
    abbreviation_shapes: ShapeFilter,
    /// Capitalised sentence openers, case-sensitive.
    starters: HashSet<Box<[u8]>>,
}

impl Default for Segmenter {
    fn default() -> Self {
        Segmenter::from_lists(
            ("abbreviations.tsv", DEFAULT_ABBREVIATIONS),
            ("sentence_starters.txt", DEFAULT_SENTENCE_STARTERS),
        )
        .expect("the built-in segmenter lists are valid")
    }
}

/// Words that cannot end a sentence: a line ending in one of them continues on the next line.
const CONTINUING_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "and", "or", "but", "with", "for", "in", "on", "at", "by",
    "from", "that", "which", "who", "as", "than",
];

/// Words that open an introductory phrase ("At 5 a.m. Mr. Smith went ...").
const INTRODUCING_PREPOSITIONS: &[&str] = &[
    "At", "By", "Before", "After", "Until", "From", "Around", "About", "Since", "Till",
];

impl Segmenter {
    /// Compiles a splitter from an abbreviation list (`abbreviation<TAB>kind` lines) and a list
    /// of sentence openers (one word a line). Each is given as `(name, contents)`; the name is
    /// used in error messages. Lines starting with `#` and blank lines are ignored.
    pub fn from_lists(abbreviations: (&str, &str), starters: (&str, &str)) -> Result<Segmenter> {
        let mut abbreviation_map = HashMap::default();
        let mut abbreviation_shapes = ShapeFilter::default();
        for (number, line) in abbreviations.1.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.split('\t');
            let (word, kind) = match (fields.next(), fields.next(), fields.next()) {
                (Some(word), Some(kind), None) if !word.is_empty() => (word, kind),
                _ => {
                    return Err(Error::data(
                        abbreviations.0,
                        number + 1,
                        "expected two tab-separated fields: abbreviation, kind",
                    ))
                }
            };
            let kind = kind
                .parse()
                .map_err(|m| Error::data(abbreviations.0, number + 1, m))?;
            let key = word.trim_end_matches('.').to_ascii_lowercase().into_bytes();
            abbreviation_shapes.insert(&key);
            abbreviation_map.insert(key.into_boxed_slice(), kind);
        }
        let mut starter_set = HashSet::default();
        for (number, line) in starters.1.lines().enumerate() {
            let word = line.trim();
            if word.is_empty() || word.starts_with('#') {
                continue;
            }
            if word.contains(char::is_whitespace) {
                return Err(Error::data(
                    starters.0,
                    number + 1,
                    "expected one word a line",
                ));
            }
            starter_set.insert(word.as_bytes().to_vec().into_boxed_slice());
        }
        Ok(Segmenter {
            abbreviations: abbreviation_map,
            abbreviation_shapes,
            starters: starter_set,
        })
    }

    /// Splits `text` into sentences and paragraphs.
    pub fn segment(&self, text: &str) -> Segmentation {
        // Room for a news article's sentences and paragraphs (about 90 and 250 bytes each in
        // BBC), so that the lists rarely grow while the text is split.
        let mut out = Segmentation {
            sentences: Vec::with_capacity(text.len() / 64 + 4),
            paragraphs: Vec::with_capacity(text.len() / 192 + 2),
        };
        self.segment_into(text, &mut out);
        out
    }

    /// Splits `text`, appending to `out` (whose vectors are cleared first), so a caller can
    /// reuse the allocations across documents.
    pub fn segment_into(&self, text: &str, out: &mut Segmentation) {
        out.sentences.clear();
        out.paragraphs.clear();
        let mut scan = Scan {
            segmenter: self,
            text,
            bytes: text.as_bytes(),
            sentence_from: 0,
            paragraph_from: 0,
            out,
        };
        scan.run();
    }

    fn abbreviation(&self, word: &[u8]) -> Option<AbbreviationKind> {
        // (The quick test knows no empty word, and an empty key is kept possible.)
        if word.len() > 12 || !(word.is_empty() || self.abbreviation_shapes.may_contain(word)) {
            return None;
        }
        let mut buffer = [0u8; 12];
        let key = &mut buffer[..word.len()];
        key.copy_from_slice(word);
        key.make_ascii_lowercase();
        self.abbreviations.get(&*key).copied()
    }

    fn is_starter(&self, word: &[u8]) -> bool {
        self.starters.contains(word)
    }
}

/// Which bytes the scanner must look at; everything else is skipped in a tight loop.
static STOP: [bool; 256] = {
    let mut table = [false; 256];
    table[b'.' as usize] = true;
    table[b'?' as usize] = true;
    table[b'!' as usize] = true;
    table[b'\n' as usize] = true;
    table[b'\r' as usize] = true;
    table[0xE2] = true; // lead byte of …, U+2028/2029 and the bullets
    table
};

/// The first byte from `at` on that [`STOP`] marks, or the end of `bytes`. Most of a text is
/// skipped sixteen bytes at a time, each block tested by comparisons that the compiler turns
/// into a few vector instructions (a sentence has one or two such bytes in a hundred).
#[inline]
fn next_stop(bytes: &[u8], mut at: usize) -> usize {
    const BLOCK: usize = 16;
    while let Some(block) = bytes.get(at..at + BLOCK) {
        let block: &[u8; BLOCK] = block.try_into().expect("a whole block");
        // Summed in a byte, not a bool: the compiler then compares all sixteen lanes at once
        // for each byte value (with a bool it tested the set byte by byte).
        let mut stop = 0u8;
        for &b in block {
            stop |= u8::from(b == b'.')
                | u8::from(b == b'?')
                | u8::from(b == b'!')
                | u8::from(b == b'\n')
                | u8::from(b == b'\r')
                | u8::from(b == 0xE2);
        }
        if stop != 0 {
            break;
        }
        at += BLOCK;
    }
    bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(|&b| STOP[b as usize]))
        .map_or(bytes.len(), |offset| at + offset)
}

/// Bullets that open a list item: • ‣ ⁃ ◦ ▪ ●.
const BULLETS: &[char] = &['•', '‣', '⁃', '◦', '▪', '●'];

/// Marks that close a quotation or bracket and belong to the sentence they close.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}')
}

/// Marks that open a quotation or bracket before a sentence's first word.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '„' | '(' | '[' | '{'
    )
}

/// Length of the white-space character at `at` (ASCII space, tab, line breaks, no-break space,
/// U+2028, U+2029), or 0.
#[inline]
fn space_len(bytes: &[u8], at: usize) -> usize {
    match bytes.get(at) {
        Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c') => 1,
        Some(0xC2) if bytes.get(at + 1) == Some(&0xA0) => 2,
        Some(0xE2)
            if bytes.get(at + 1) == Some(&0x80)
                && matches!(bytes.get(at + 2), Some(0xA8 | 0xA9)) =>
        {
            3
        }
        _ => 0,
    }
}

fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|rest| rest.chars().next())
}

fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|head| head.chars().next_back())
}

/// What the next word looks like, after the white space that follows a terminator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    /// Starts in lower case: the sentence goes on.
    Lower,
    /// Starts with a capital; the word's byte span.
    Upper(usize, usize),
    /// Starts with a digit.
    Digit,
    /// Anything else (punctuation, symbols, other scripts).
    Other,
}

/// A list marker at the start of a sentence ("1.", "2)", "a.", "3.)").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ListMarker {
    /// The numeric value (1-based for letters: a = 1).
    value: u32,
    /// 0 for numbers, b'a' or b'A' for letters.
    letter_base: u8,
    /// The text after the value: ".", ")" or ".)".
    style: &'static str,
}

impl ListMarker {
    /// Parses a marker at `at`, which must be followed by white space.
    fn parse(bytes: &[u8], at: usize) -> Option<(ListMarker, usize)> {
        let mut end = at;
        while end < bytes.len() && end - at < 3 && bytes[end].is_ascii_digit() {
            end += 1;
        }
        let (value, letter_base) = if end > at {
            let digits = std::str::from_utf8(&bytes[at..end]).ok()?;
            (digits.parse().ok()?, 0u8)
        } else {
            match bytes.get(at) {
                Some(&b) if b.is_ascii_lowercase() => {
                    end = at + 1;
                    (u32::from(b - b'a') + 1, b'a')
                }
                Some(&b) if b.is_ascii_uppercase() => {
                    end = at + 1;
                    (u32::from(b - b'A') + 1, b'A')
                }
                _ => return None,
            }
        };
        let rest = &bytes[end..];
        let style = if rest.starts_with(b".)") {
            ".)"
        } else if rest.starts_with(b")") {
            ")"
        } else if rest.starts_with(b".") {
            "."
        } else {
            return None;
        };
        let after = end + style.len();
        (space_len(bytes, after) > 0).then_some((
            ListMarker {
                value,
                letter_base,
                style,
            },
            after,
        ))
    }

    /// True when `word` (without its punctuation) is a later marker of the same list.
    fn is_followed_by(&self, word: &[u8]) -> bool {
        match (self.letter_base, word) {
            (0, w) if !w.is_empty() && w.len() <= 3 && w.iter().all(u8::is_ascii_digit) => {
                std::str::from_utf8(w)
                    .ok()
                    .and_then(|s| s.parse::<u32>().ok())
                    .is_some_and(|v| v > self.value)
            }
            (base, [b]) if base != 0 && b.wrapping_sub(base) < 26 => {
                u32::from(b - base) + 1 > self.value
            }
            _ => false,
        }
    }

    /// The text of the marker that follows this one ("2." after "1.").
    fn successor(&self) -> Option<String> {
        let value = self.value + 1;
        let head = if self.letter_base == 0 {
            value.to_string()
        } else if value <= 26 {
            char::from(self.letter_base + (value - 1) as u8).to_string()
        } else {
            return None;
        };
        Some(format!("{head}{}", self.style))
    }
}

/// The state of one pass over one text.
struct Scan<'a> {
    segmenter: &'a Segmenter,
    text: &'a str,
    bytes: &'a [u8],
    /// Where the current sentence began (the end of the previous one).
    sentence_from: usize,
    /// Where the current paragraph began.
    paragraph_from: usize,
    out: &'a mut Segmentation,
}

impl Scan<'_> {
    fn run(&mut self) {
        let bytes = self.bytes;
        let mut at = 0;
        loop {
            at = next_stop(bytes, at);
            if at >= bytes.len() {
                break;
            }
            at = match bytes[at] {
                b'.' | b'?' | b'!' => self.on_terminator(at),
                b'\n' | b'\r' => self.on_line_break(at),
                _ => self.on_e2(at),
            };
        }
        self.cut_sentence(bytes.len());
        self.cut_paragraph(bytes.len());
    }

    /// Ends the current sentence at `at` (a no-op when it would be empty).
    fn cut_sentence(&mut self, at: usize) {
        if at <= self.sentence_from {
            return;
        }
        let span = Span::new(self.sentence_from, at).trim(self.text);
        self.sentence_from = at;
        if !span.is_empty() {
            self.push_sentence(span);
        }
    }

    /// Pushes a sentence, first splitting an inline list ("1) one 2) two") into its items.
    fn push_sentence(&mut self, mut span: Span) {
        let start = self.first_word(span.start);
        if let Some((mut marker, _)) = ListMarker::parse(self.bytes, start) {
            while let Some(next) = marker.successor() {
                let found = self.find_inline_marker(span, &next);
                let Some(at) = found else { break };
                self.out
                    .sentences
                    .push(Span::new(span.start, at).trim(self.text));
                span = Span::new(at, span.end);
                marker.value += 1;
            }
        }
        self.out.sentences.push(span);
    }

    /// Finds ` {marker} ` inside `span`, preceded by white space, and returns its start.
    fn find_inline_marker(&self, span: Span, marker: &str) -> Option<usize> {
        let haystack = &self.text[span.start..span.end];
        let mut from = 0;
        while let Some(found) = haystack[from..].find(marker) {
            let at = span.start + from + found;
            let before = self.bytes[..at].last().copied();
            // Bullets are stripped from the word, so "⁃10." also counts as preceded by a space.
            let spaced_before = matches!(before, Some(b' ' | b'\t'))
                || char_before(self.text, at).is_some_and(|c| BULLETS.contains(&c));
            if at > span.start && spaced_before && space_len(self.bytes, at + marker.len()) > 0 {
                return Some(at);
            }
            from += found + marker.len();
        }
        None
    }

    fn cut_paragraph(&mut self, at: usize) {
        if at <= self.paragraph_from {
            return;
        }
        let span = Span::new(self.paragraph_from, at).trim(self.text);
        self.paragraph_from = at;
        if !span.is_empty() {
            self.out.paragraphs.push(span);
        }
    }

    /// The first byte of the current sentence's first word: white space and bullets skipped.
    fn first_word(&self, from: usize) -> usize {
        let mut at = from;
        loop {
            let space = space_len(self.bytes, at);
            if space > 0 {
                at += space;
                continue;
            }
            // Every bullet is beyond ASCII: an ASCII byte (nearly every sentence's first) is
            // the word, without decoding a character.
            if self.bytes.get(at).is_none_or(|&b| b < 0x80) {
                return at;
            }
            match char_at(self.text, at) {
                Some(c) if BULLETS.contains(&c) => at += c.len_utf8(),
                _ => return at,
            }
        }
    }

    /// Handles `.`, `?`, `!` or `…` at `at`; returns where scanning resumes.
    fn on_terminator(&mut self, at: usize) -> usize {
        let bytes = self.bytes;
        // The run of terminators: "?!", "....", "…", and spaced ellipses ". . .".
        let (mut end, mut dots, mut exclaims, mut spaced) = (at, 0usize, false, false);
        let mut first_gap_spaced = false;
        loop {
            match bytes.get(end) {
                Some(b'.') => {
                    dots += 1;
                    end += 1;
                }
                Some(b'?' | b'!') => {
                    exclaims = true;
                    end += 1;
                }
                Some(0xE2) if bytes[end..].starts_with("…".as_bytes()) => {
                    dots += 3;
                    end += 3;
                }
                // " ." continues a spaced ellipsis when the dot is itself followed by a space,
                // another dot, a closing mark or the end.
                Some(b' ')
                    if dots > 0 && bytes.get(end + 1) == Some(&b'.') && {
                        let after = end + 2;
                        after >= bytes.len()
                            || matches!(bytes[after], b' ' | b'.' | b'\n')
                            || char_at(self.text, after).is_some_and(is_closer)
                    } =>
                {
                    if dots == 1 && !spaced {
                        first_gap_spaced = true;
                    }
                    spaced = true;
                    dots += 1;
                    end += 2;
                }
                _ => break,
            }
        }
        let before = char_before(self.text, at);
        // "[...]": an omission inside brackets never ends a sentence.
        if dots >= 3 && matches!(before, Some('[' | '(')) {
            return end;
        }
        // Closing quotes and brackets belong to the sentence they close.
        let mut close_end = end;
        while let Some(c) = char_at(self.text, close_end).filter(|&c| is_closer(c)) {
            close_end += c.len_utf8();
        }
        if close_end >= bytes.len() {
            return close_end;
        }
        // A terminator glued to the next character ("3.5", "U.S.", "Jr.'s", "a.com") ends nothing.
        let mut next_at = close_end;
        let mut line_break = false;
        loop {
            let n = space_len(bytes, next_at);
            if n == 0 {
                break;
            }
            line_break |= matches!(bytes[next_at], b'\n' | b'\r' | 0xE2);
            next_at += n;
        }
        if next_at == close_end || next_at >= bytes.len() {
            return close_end.max(at + 1);
        }
        let next = self.next_word(next_at);
        if next == Next::Lower {
            return close_end;
        }
        // A pull quote's attribution: `"..." - Name` stays with its quotation.
        let closed_quote = self.text[end..close_end]
            .chars()
            .any(|c| matches!(c, '"' | '\'' | '”' | '’' | '»'));
        if closed_quote && !line_break && self.is_attribution_dash(next_at) {
            return close_end;
        }
        if line_break {
            self.cut_sentence(close_end);
            return close_end;
        }
        let word_attached = before.is_some_and(|c| !c.is_whitespace());
        let cut = if exclaims {
            true
        } else if dots >= 3 {
            if word_attached && first_gap_spaced && dots >= 4 {
                // "compounds. . . . The": the period ends the sentence; the ellipsis opens the next.
                self.cut_sentence(at + 1);
                return end;
            }
            // A three-dot ellipsis before the pronoun "I" says nothing: "I" is always capitalised.
            dots >= 4 || !self.is_word(next, b"I")
        } else {
            self.period_ends_sentence(at, next)
        };
        if cut {
            self.cut_sentence(close_end);
        }
        close_end
    }

    /// Decides a single period at `at` from the word before it and the word after it.
    fn period_ends_sentence(&self, at: usize, next: Next) -> bool {
        let bytes = self.bytes;
        // The word before: back to white space or an opening mark.
        let mut word_start = at;
        while word_start > 0 {
            let b = bytes[word_start - 1];
            if b.is_ascii_whitespace() || matches!(b, b'(' | b'[' | b'"') {
                break;
            }
            if b >= 0x80 {
                match char_before(self.text, word_start) {
                    Some(c) if c.is_whitespace() || is_opener(c) || BULLETS.contains(&c) => break,
                    Some(c) => word_start -= c.len_utf8(),
                    None => break,
                }
            } else {
                word_start -= 1;
            }
        }
        let word = &bytes[word_start..at];
        if word.is_empty() {
            return true;
        }
        // A list marker opening the sentence ("1. The first item"), or a later marker of the
        // same list ("... item 2. The second item"), which push_sentence splits off.
        let sentence_start = self.first_word(self.sentence_from);
        if let Some((marker, _)) = ListMarker::parse(bytes, sentence_start) {
            if word_start == sentence_start || marker.is_followed_by(word) {
                return false;
            }
        } else if word_start == sentence_start
            && word.len() <= 3
            && (word.iter().all(u8::is_ascii_digit)
                || (word.len() == 1 && word[0].is_ascii_alphabetic()))
        {
            return false;
        }
        // A typical opener, or a title such as "Mr." (sentences often open with one).
        let starter = |next: Next| match next {
            Next::Upper(s, e) => {
                self.segmenter.is_starter(&bytes[s..e])
                    || (bytes.get(e) == Some(&b'.')
                        && self.segmenter.abbreviation(&bytes[s..e])
                            == Some(AbbreviationKind::Title))
            }
            _ => false,
        };
        // A capital letter alone is an initial ("P. Simmons"), whatever its lower-case letter
        // abbreviates ("p. 12").
        let initial = word.len() == 1 && word[0].is_ascii_uppercase();
        let kind = if initial {
            None
        } else {
            self.segmenter
                .abbreviation(word)
                .or_else(|| is_dotted_initialism(word).then_some(AbbreviationKind::Other))
        };
        match kind {
            Some(AbbreviationKind::Title) => false,
            Some(AbbreviationKind::Numeric) => next != Next::Digit,
            Some(AbbreviationKind::Other) => match next {
                Next::Digit => false,
                Next::Upper(..) => starter(next),
                _ => true,
            },
            Some(AbbreviationKind::Time) => match next {
                Next::Upper(..) => starter(next) && !self.is_introductory_phrase(word_start),
                _ => true,
            },
            None if initial => match next {
                // An initial: "George W. Bush", "Albert I. Jones", "by J. R. R. Tolkien",
                // "(M. Bicknell 4-38)"; but the pronoun in "you and I. Did".
                Next::Upper(s, e) if e == s + 1 && bytes.get(e) == Some(&b'.') => false,
                Next::Upper(..) => {
                    starter(next)
                        || (word == b"I" && !self.previous_word_is_capitalised(word_start))
                }
                Next::Digit => false,
                _ => true,
            },
            None if word.len() == 1 && word[0].is_ascii_lowercase() => match next {
                Next::Digit => false,
                Next::Upper(..) => starter(next),
                _ => true,
            },
            None => true,
        }
    }

    /// True when the word before `word_start` in this sentence starts with a capital letter.
    fn previous_word_is_capitalised(&self, word_start: usize) -> bool {
        let head = &self.text[self.sentence_from..word_start];
        head.split_whitespace()
            .next_back()
            .and_then(|w| w.trim_start_matches(is_opener).chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// True when the sentence so far is a short introductory phrase ("At 5 a.m.").
    fn is_introductory_phrase(&self, word_start: usize) -> bool {
        let head = &self.text[self.sentence_from..word_start];
        let mut words = head.split_whitespace();
        let first = words.next();
        first.is_some_and(|w| INTRODUCING_PREPOSITIONS.contains(&w)) && words.take(4).count() <= 3
    }

    /// True for a dash followed by a space and a capitalised word at `at`: `- Lucía Ferreyra`.
    fn is_attribution_dash(&self, at: usize) -> bool {
        let Some(dash) = char_at(self.text, at).filter(|c| matches!(c, '-' | '–' | '—')) else {
            return false;
        };
        let after = at + dash.len_utf8();
        space_len(self.bytes, after) == 1 && matches!(self.next_word(after + 1), Next::Upper(..))
    }

    fn is_word(&self, next: Next, word: &[u8]) -> bool {
        matches!(next, Next::Upper(s, e) if &self.bytes[s..e] == word)
    }

    /// Classifies the word at `at`, skipping opening quotes and brackets.
    fn next_word(&self, mut at: usize) -> Next {
        while let Some(c) = char_at(self.text, at).filter(|&c| is_opener(c)) {
            at += c.len_utf8();
        }
        // ASCII, nearly always: decided from the byte, and a capitalised word's end found over
        // its ASCII letters before the general search takes over (at a character beyond ASCII).
        match self.bytes.get(at) {
            Some(b) if b.is_ascii_lowercase() => return Next::Lower,
            Some(b) if b.is_ascii_digit() => return Next::Digit,
            Some(b) if b.is_ascii_uppercase() => {
                let ascii_end = self.bytes[at..]
                    .iter()
                    .position(|&b| !(b.is_ascii_alphanumeric() || b == b'\''))
                    .map_or(self.text.len(), |n| at + n);
                if self.bytes.get(ascii_end).is_none_or(|&b| b < 0x80) {
                    return Next::Upper(at, ascii_end);
                }
                return Next::Upper(at, self.word_end(ascii_end));
            }
            Some(&b) if b < 0x80 => return Next::Other,
            _ => {}
        }
        let Some(c) = char_at(self.text, at) else {
            return Next::Other;
        };
        if c.is_lowercase() {
            Next::Lower
        } else if c.is_uppercase() {
            Next::Upper(at, self.word_end(at))
        } else if c.is_numeric() {
            Next::Digit
        } else {
            Next::Other
        }
    }

    /// The end of the word from `at` on: the first character that is not a letter, a digit or
    /// an apostrophe (the end of the text when there is none).
    fn word_end(&self, at: usize) -> usize {
        self.text[at..]
            .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .map_or(self.text.len(), |n| at + n)
    }

    /// Handles a line break at `at`: a blank line ends the paragraph; a single break ends the
    /// sentence unless the next line continues it.
    fn on_line_break(&mut self, at: usize) -> usize {
        let bytes = self.bytes;
        let after_break = |p: usize| {
            if bytes[p] == b'\r' && bytes.get(p + 1) == Some(&b'\n') {
                p + 2
            } else {
                p + space_len(bytes, p)
            }
        };
        let mut next_line = after_break(at);
        // Look for a blank line: only spaces and tabs before the next break.
        let mut probe = next_line;
        while matches!(bytes.get(probe), Some(b' ' | b'\t')) {
            probe += 1;
        }
        let blank = match bytes.get(probe) {
            Some(b'\n' | b'\r') => true,
            Some(0xE2) => space_len(bytes, probe) == 3,
            None => true,
            _ => false,
        };
        let paragraph_separator = bytes[at..].starts_with("\u{2029}".as_bytes());
        if blank || paragraph_separator {
            self.cut_sentence(at);
            self.cut_paragraph(at);
            // Skip the whole run of blank lines.
            while next_line < bytes.len() && space_len(bytes, next_line) > 0 {
                next_line += space_len(bytes, next_line);
            }
            return next_line;
        }
        while matches!(bytes.get(next_line), Some(b' ' | b'\t')) {
            next_line += 1;
        }
        if !self.line_continues(at, next_line) {
            self.cut_sentence(at);
        }
        next_line
    }

    /// True when the line ending at `line_end` runs on into the line starting at `next_line`.
    fn line_continues(&self, line_end: usize, next_line: usize) -> bool {
        if self.next_word(next_line) == Next::Lower && !self.starts_list_item(next_line) {
            return true;
        }
        let line = self.text[self.sentence_from.min(line_end)..line_end].trim_end();
        if line.ends_with(',') {
            return true;
        }
        let last_word = line
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        CONTINUING_WORDS.contains(&last_word)
    }

    fn starts_list_item(&self, at: usize) -> bool {
        matches!(self.bytes.get(at), Some(b'-' | b'*'))
            || char_at(self.text, at).is_some_and(|c| BULLETS.contains(&c))
            || ListMarker::parse(self.bytes, at).is_some()
    }

    /// Handles a byte 0xE2: an ellipsis, a line or paragraph separator, or a bullet.
    fn on_e2(&mut self, at: usize) -> usize {
        let rest = &self.bytes[at..];
        if rest.starts_with("…".as_bytes()) {
            return self.on_terminator(at);
        }
        if rest.starts_with("\u{2028}".as_bytes()) || rest.starts_with("\u{2029}".as_bytes()) {
            return self.on_line_break(at);
        }
        if let Some(c) = char_at(self.text, at).filter(|c| BULLETS.contains(c)) {
            // A bullet after white space opens a new item, unless it opens the sentence.
            let spaced = at > 0 && self.bytes[at - 1].is_ascii_whitespace();
            if spaced && !self.text[self.sentence_from..at].trim().is_empty() {
                self.cut_sentence(at);
            }
            return at + c.len_utf8();
        }
        at + 1
    }
}

/// True for dotted initialisms without their final period: "U.S", "E.U", "U.S.A".
fn is_dotted_initialism(word: &[u8]) -> bool {
    word.len() >= 3
        && word.len() % 2 == 1
        && word.iter().enumerate().all(|(i, &b)| {
            if i % 2 == 0 {
                b.is_ascii_alphabetic()
            } else {
                b == b'.'
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick test in front of the abbreviations hides none of them, in any case.
    #[test]
    fn every_listed_abbreviation_is_found() {
        let segmenter = Segmenter::default();
        let mut listed = 0;
        for line in DEFAULT_ABBREVIATIONS.lines() {
            let Some((word, _)) = line.split_once('\t') else {
                continue;
            };
            if word.starts_with('#') {
                continue;
            }
            let word = word.trim_end_matches('.');
            for form in [
                word.to_string(),
                word.to_ascii_uppercase(),
                word.to_ascii_lowercase(),
            ] {
                assert!(segmenter.abbreviation(form.as_bytes()).is_some(), "{form}");
            }
            listed += 1;
        }
        assert!(listed > 100, "{listed}");
    }

    /// The ASCII fast path of `next_word` gives what the character rules give, for words that
    /// run into characters beyond ASCII and for every kind of first character.
    #[test]
    fn next_word_agrees_with_the_character_rules() {
        let general = |text: &str| -> Next {
            match text.chars().next() {
                None => Next::Other,
                Some(c) if c.is_lowercase() => Next::Lower,
                Some(c) if c.is_uppercase() => Next::Upper(
                    0,
                    text.find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
                        .unwrap_or(text.len()),
                ),
                Some(c) if c.is_numeric() => Next::Digit,
                Some(_) => Next::Other,
            }
        };
        let segmenter = Segmenter::default();
        for text in [
            "",
            "x",
            "word here",
            "Word here",
            "WORD",
            "O'Brien said",
            "Dvořák wrote",
            "Zoë left",
            "McDonald’s menu",
            "Ábel",
            "élan",
            "9 lives",
            "- dash",
            " space",
            "Tom.",
            "A",
            "Łódź",
            "ÉCOLE",
            "Smith—",
            "Smith\u{a0}x",
            "Ann's",
            "É",
            "Aé",
            "A1b2 c",
        ] {
            let mut out = Segmentation::default();
            let scan = Scan {
                segmenter: &segmenter,
                text,
                bytes: text.as_bytes(),
                sentence_from: 0,
                paragraph_from: 0,
                out: &mut out,
            };
            // (No text here starts with an opening mark, which both would skip first.)
            assert_eq!(scan.next_word(0), general(text), "{text:?}");
        }
    }

    /// The block skip finds the same byte as a byte-by-byte scan of the table, wherever the
    /// byte is (inside, at the edges of and after the blocks) and whichever it is.
    #[test]
    fn next_stop_agrees_with_the_table() {
        let naive = |bytes: &[u8], at: usize| {
            (at..bytes.len())
                .find(|&i| STOP[bytes[i] as usize])
                .unwrap_or(bytes.len())
        };
        for b in 0..=255u8 {
            for len in [0, 1, 15, 16, 17, 40] {
                for place in 0..len {
                    let mut bytes = vec![b'a'; len];
                    bytes[place] = b;
                    for at in 0..=len {
                        assert_eq!(
                            next_stop(&bytes, at),
                            naive(&bytes, at),
                            "{b} {len} {place} {at}"
                        );
                    }
                }
            }
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        Segmenter::default()
            .segment(text)
            .sentences
            .iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn splits_simple_sentences() {
        assert_eq!(
            sentences("Hello World. My name is Jonas."),
            ["Hello World.", "My name is Jonas."]
        );
    }

    #[test]
    fn keeps_titles_initials_and_abbreviations() {
        assert_eq!(
            sentences("Mr. J. R. R. Tolkien met Gen. Smith at 5 p.m. on Jan. 5."),
            ["Mr. J. R. R. Tolkien met Gen. Smith at 5 p.m. on Jan. 5."]
        );
        assert_eq!(
            sentences("We met George W. Bush. He smiled."),
            ["We met George W. Bush.", "He smiled."]
        );
    }

    #[test]
    fn quotation_ends() {
        assert_eq!(
            sentences("\"I'm done.\" He left."),
            ["\"I'm done.\"", "He left."]
        );
        assert_eq!(
            sentences("\"Are you done?\" she asked."),
            ["\"Are you done?\" she asked."]
        );
        assert_eq!(
            sentences("“We won.” The crowd cheered."),
            ["“We won.”", "The crowd cheered."]
        );
    }

    #[test]
    fn headlines_and_paragraphs() {
        let text =
            "Markets rally on rate hopes\n\nLONDON (Reuters) - Shares rose. Bonds fell.\nNext line";
        let seg = Segmenter::default().segment(text);
        let got: Vec<&str> = seg.sentences.iter().map(|s| s.slice(text)).collect();
        assert_eq!(
            got,
            [
                "Markets rally on rate hopes",
                "LONDON (Reuters) - Shares rose.",
                "Bonds fell.",
                "Next line"
            ]
        );
        assert_eq!(seg.paragraphs.len(), 2);
    }

    #[test]
    fn list_items() {
        assert_eq!(
            sentences("1) The first item 2) The second item"),
            ["1) The first item", "2) The second item"]
        );
        assert_eq!(sentences("- one\n- two"), ["- one", "- two"]);
    }

    #[test]
    fn bad_lists_are_reported_with_file_and_line() {
        let err =
            Segmenter::from_lists(("a.tsv", "mr\ttitle\nxx\n"), ("s.txt", "The")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.tsv:2: expected two tab-separated fields: abbreviation, kind"
        );
        let err = Segmenter::from_lists(("a.tsv", "mr\tweird"), ("s.txt", "The")).unwrap_err();
        assert!(err
            .to_string()
            .starts_with("a.tsv:1: unknown abbreviation kind"));
    }
}
