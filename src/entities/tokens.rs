//! A light word tokenizer for the entity rules: words (with internal apostrophes, hyphens,
//! periods of initialisms), numbers and single punctuation marks, as byte spans.

use crate::span::Span;
use crate::swar::{ascii_letter_digit_masks, lanes_in, load8, HIGH};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with digits, internal `'`, `-`, `.`, `&`): "O'Brien", "U.S.", "Al-Nour".
    Word,
    /// Starts with a digit: "1996-08-30", "2.5".
    Number,
    /// The possessive ending "'s" split off its word.
    Possessive,
    /// Any other single character.
    Punct,
    /// Text left out by [`tokenize_names`] (an empty span where it starts).
    Gap,
}

/// A token of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte span in the document text.
    pub span: Span,
    /// Its kind.
    pub kind: TokenKind,
    /// For words: the first letter is upper case.
    pub capitalised: bool,
    /// For words: no lower-case letter and at least one upper-case letter.
    pub all_caps: bool,
    /// Known to be ASCII letters and digits only (no joiner such as "-", no character beyond
    /// ASCII): set by the tokenizer's fast path, which sees it for free, so that the rules
    /// need not scan the word again. False when not known.
    pub alnum: bool,
    /// For words: the first letter is an ASCII lower-case letter and an upper-case letter
    /// follows ("eBay", "easyJet"; the tokenizer sees it for free).
    pub inner_capital: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text)
    }
}

/// The character at byte `at` of `text` (which must be a char boundary).
#[inline]
fn char_at(text: &str, at: usize) -> Option<char> {
    let b = *text.as_bytes().get(at)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        text[at..].chars().next()
    }
}

/// True for ' ’ - . & : they join two runs of letters or digits into one word.
#[inline]
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&')
}

#[inline]
fn is_alphanumeric_at(text: &str, at: usize) -> bool {
    char_at(text, at).is_some_and(char::is_alphanumeric)
}

/// Appends the tokens of `text[span]` to `out`: the tokens that [`Tokens`] gives, pushed by one
/// loop without the iterator's hand-over per token (the hot path of both the entity and the
/// quote stage).
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    Tokens::new(text, span).push_all(out);
}

/// The tokens of a span, one at a time.
///
/// One pass over the bytes with an ASCII fast path; the case flags of a word are gathered
/// while it is scanned.
pub struct Tokens<'t> {
    text: &'t str,
    at: usize,
    end: usize,
    /// The end of the last word returned, for telling a possessive "'s" after it.
    word_end: Option<usize>,
    /// The possessive ending split off the last word ("Russia's" -> "Russia", "'s").
    pending: Option<Token>,
    /// Take the fast paths for plain ASCII words and punctuation (off only in the test
    /// that compares them with the general rules).
    fast: bool,
}

impl<'t> Tokens<'t> {
    /// The tokens of `text[span]`; `span` must start and end on char boundaries.
    pub fn new(text: &'t str, span: Span) -> Tokens<'t> {
        Tokens {
            text,
            at: span.start,
            end: span.end,
            word_end: None,
            pending: None,
            fast: true,
        }
    }
}

/// Byte classes for the ASCII fast path of the tokenizer.
const SPACE: u8 = 1;
const LOWER: u8 = 2;
const UPPER: u8 = 4;
const DIGIT: u8 = 8;
const ALNUM: u8 = LOWER | UPPER | DIGIT;

/// The class of every ASCII byte (0 for punctuation and for bytes of longer characters).
const CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_whitespace() || c == 0x0B {
            SPACE
        } else {
            0
        };
        b += 1;
    }
    table
};

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        if let Some(token) = self.pending.take() {
            return Some(token);
        }
        self.next_token(self.fast)
    }
}

impl Tokens<'_> {
    /// Pushes every remaining token to `out`: what the iterator gives, written straight into
    /// the vector, without handing each token over through [`Iterator::next`].
    fn push_all(mut self, out: &mut Vec<Token>) {
        // News text has a token every five or six bytes.
        out.reserve((self.end - self.at) / 4 + 1);
        if let Some(token) = self.pending.take() {
            out.push(token);
        }
        while let Some(token) = self.next_token(true) {
            out.push(token);
            if let Some(possessive) = self.pending.take() {
                out.push(possessive);
            }
        }
    }

    /// The next token from `self.at` on (a possessive split off it waits in `pending`), or
    /// `None` at the end. With `fast`, plain ASCII words and punctuation take the fast paths.
    #[inline(always)]
    fn next_token(&mut self, fast: bool) -> Option<Token> {
        let bytes = self.text.as_bytes();
        while self.at < self.end {
            let at = self.at;
            let b = bytes[at];
            let class = CLASS[b as usize];
            if class == SPACE {
                self.at += 1;
                continue;
            }
            // Fast paths for the common cases: a word of ASCII letters and digits ended by
            // white space or punctuation, and ASCII punctuation other than an apostrophe.
            if fast {
                if class & ALNUM != 0 {
                    if let Some(token) = self.ascii_word(at, class) {
                        return Some(token);
                    }
                } else if b < 0x80 && b != b'\'' {
                    self.word_end = None;
                    self.at = at + 1;
                    return Some(Token::plain(at, at + 1, TokenKind::Punct));
                }
            }
            if let Some(token) = self.general(at, b, class) {
                return Some(token);
            }
        }
        None
    }

    /// The token at `at` (first byte `b` of class `class`, not ASCII white space) by the
    /// general rules, or `None` when a white-space character outside ASCII is skipped there.
    fn general(&mut self, at: usize, b: u8, class: u8) -> Option<Token> {
        let text = self.text;
        let bytes = text.as_bytes();
        let c = char_at(text, at).unwrap_or(' ');
        let len = c.len_utf8();
        if b >= 0x80 && c.is_whitespace() {
            self.at += len;
            return None;
        }
        if class & ALNUM == 0 && (b < 0x80 || !c.is_alphanumeric()) {
            // "'s" after a word is a possessive ending.
            let after_word = self.word_end == Some(at);
            self.word_end = None;
            if matches!(c, '\'' | '’')
                && after_word
                && bytes.get(at + len) == Some(&b's')
                && !is_alphanumeric_at(text, at + len + 1)
            {
                self.at = at + len + 1;
                return Some(Token::plain(at, self.at, TokenKind::Possessive));
            }
            self.at = at + len;
            return Some(Token::plain(at, self.at, TokenKind::Punct));
        }
        let token = scan_word(text, at, self.end, c);
        let end = token.span.end;
        self.at = end;
        if !matches!(token.kind, TokenKind::Word | TokenKind::Number) {
            self.word_end = None;
            return Some(token);
        }
        self.word_end = (token.kind == TokenKind::Word).then_some(end);
        // Split a possessive glued by the joiner rule: "Russia's" -> "Russia" + "'s" (and
        // "Radio 4's": "4" + "'s").
        if end - token.span.start > 2 && bytes[end - 1] == b's' {
            let mark_len = if bytes[end - 2] == b'\'' {
                2
            } else if end - token.span.start > 4 && &bytes[end - 4..end - 1] == "’".as_bytes() {
                4
            } else {
                0
            };
            if mark_len > 0 {
                let cut = end - mark_len;
                self.word_end = None;
                self.pending = Some(Token::plain(cut, end, TokenKind::Possessive));
                // The "s" of the ending was the word's only lower-case letter: "MTV's" is an
                // acronym's possessive. (A capitalised word shows its lower case early.)
                let all_caps = token.capitalised
                    && !text[token.span.start..cut].chars().any(char::is_lowercase);
                return Some(Token {
                    span: Span::new(token.span.start, cut),
                    all_caps,
                    ..token
                });
            }
        }
        Some(token)
    }
}

impl Tokens<'_> {
    /// The token at `at` when it is a word or number of ASCII letters and digits that ends
    /// there (at white space, punctuation or the end), else `None` for the general path: a
    /// letter outside ASCII, a joiner before a letter or digit ("O'Brien", "U.S."), or an
    /// initial's period ("W.") follows. Gives what the general path gives.
    #[inline(always)]
    fn ascii_word(&mut self, at: usize, first_class: u8) -> Option<Token> {
        let bytes = self.text.as_bytes();
        let limit = self.end;
        let (k, classes) = ascii_alnum_run(bytes, at + 1, limit);
        let end = at + 1 + k;
        if let Some(&next) = bytes[..limit].get(end) {
            if next >= 0x80 {
                return None;
            }
            let joins = matches!(next, b'\'' | b'-' | b'.' | b'&')
                && end + 1 < limit
                && (is_alphanumeric_at(self.text, end + 1)
                    || (next == b'&' && bytes[end + 1] == b'#'));
            let initial = next == b'.' && k == 0 && first_class == UPPER;
            if joins || initial {
                return None;
            }
        }
        self.at = end;
        if first_class == DIGIT {
            self.word_end = None;
            return Some(Token::plain(at, end, TokenKind::Number));
        }
        self.word_end = Some(end);
        let upper = first_class == UPPER;
        Some(Token {
            span: Span::new(at, end),
            kind: TokenKind::Word,
            capitalised: upper,
            all_caps: upper && classes & LOWER == 0,
            alnum: true,
            inner_capital: first_class == LOWER && classes & UPPER != 0,
        })
    }
}

/// The sentence-level facts that [`tokenize_names`] reports besides its tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameTokens {
    /// Index (in the output) of the sentence's first word, when that word was tokenized.
    pub first_word: Option<usize>,
    /// The sentence is written in capitals (a headline): at least two words, every word in
    /// capitals or one character long.
    pub caps: bool,
}

/// A sentence with more lower-case ASCII letters than this is not a headline in capitals (by
/// definition: a headline may hold a few short lower-case words, not a sentence's worth), so it
/// need not be tokenized whole to find out.
const HEADLINE_LOWER: usize = 16;

/// Tokenizes the whole of `text[span]`, reporting the same facts as [`tokenize_names`].
pub fn tokenize_all(text: &str, span: Span, out: &mut Vec<Token>) -> NameTokens {
    let start_len = out.len();
    tokenize(text, span, out);
    let tokens = &out[start_len..];
    let first_word = tokens.iter().position(|t| t.kind == TokenKind::Word);
    let mut words = tokens.iter().filter(|t| t.kind == TokenKind::Word);
    let caps = words.clone().count() >= 2 && words.all(|t| t.all_caps || t.span.len() == 1);
    NameTokens {
        first_word: first_word.map(|i| start_len + i),
        caps,
    }
}

/// Whitespace-delimited runs of text kept before a capitalised word: one (the rules look one
/// token back: "spokesman X", "in X", "the X"), and a second when the first is "of" (two
/// tokens back: "the town of X"). Every run holds at least one token.
const RUNS_BEFORE: usize = 1;

/// Runs kept after a capitalised word: one (the rules look one token ahead of a name: "X
/// region", "X plc"). Two and three tokens ahead ("X of Y", "X of the Y") matter only when
/// Y is capitalised, and then Y's own window holds all but the "of" of "X of the Y", which is
/// why a run "of" after the word takes one more.
const RUNS_AFTER: usize = 1;

/// Appends to `out` the tokens of `text[span]` that the entity rules can look at: the tokens
/// within a few words of a capitalised word, in order. Stretches left out are marked by one
/// [`TokenKind::Gap`] token, so that no rule sees two distant words as neighbours.
///
/// Most of a news sentence is lower-case words that no name rule looks at; skipping them with
/// a byte scan instead of tokenizing them is what makes the entity stage fast. The tokens
/// given are exactly those a full tokenization gives for the same stretches, because every
/// stretch starts and ends at white space. A sentence that may be a headline (few lower-case
/// letters) is tokenized whole, since the headline rule looks at every word.
///
/// A plain opener, a word in `openers` ("The", "However") that opens the sentence or a
/// quotation (right after `"`, `“` or `«`) and is followed by a comma, semicolon, colon or a
/// lower-case word that is not a connector, gets no window: such a word, alone in its chunk,
/// is never part of a name, and all the rules do with it is to leave it to the document pass.
/// Its span is appended to `skipped` (in text order) unless a neighbour's window took it in
/// after all. About a third of the sentences of news open so.
pub fn tokenize_names(
    text: &str,
    span: Span,
    out: &mut Vec<Token>,
    openers: &PlainOpeners,
    skipped: &mut Vec<Span>,
) -> NameTokens {
    let bytes = span.bytes(text);
    let start_len = out.len();
    if !more_lowercase_than(bytes, HEADLINE_LOWER) {
        return tokenize_all(text, span, out);
    }
    // A sentence that opens with an ASCII letter opens with a word (nearly all do).
    let first_word_start = if bytes.first().is_some_and(u8::is_ascii_alphabetic) {
        Some(span.start)
    } else {
        Tokens::new(text, span)
            .find(|t| t.kind == TokenKind::Word)
            .map(|t| t.span.start)
    };
    let skipped_from = skipped.len();
    let mut window: Option<(usize, usize)> = None;
    for at in capitals(text, span) {
        if at == span.start || after_opening_mark(text.as_bytes(), at) {
            if let Some(end) = plain_opener_end(text, at, span.end, openers) {
                skipped.push(Span::new(at, end));
                continue;
            }
        }
        let covered = window.is_some_and(|(_, to)| at < to);
        let before = if covered {
            at
        } else {
            let before = runs_back(text, span.start, at, RUNS_BEFORE);
            if run_is(text, before, span.end, "of") {
                runs_back(text, span.start, before, RUNS_BEFORE)
            } else {
                before
            }
        };
        let (last_run, mut after) = runs_forward(text, span.end, at, RUNS_AFTER);
        // "X of the Y": the window of Y starts at "the", so X's must reach it.
        if last_run > at && run_is(text, last_run, span.end, "of") {
            after = runs_forward(text, span.end, after, 1).1;
        }
        window = match window {
            // Windows with nothing but white space between them are one stretch: no word is
            // left out ("Joost van der Westhuizen": "van" after one name, "der" before the
            // other).
            Some((from, to)) if before <= to || is_blank(&text.as_bytes()[to..before]) => {
                Some((from, to.max(after)))
            }
            Some((from, to)) => {
                push_window(text, from, to, out);
                out.push(Token::gap(to));
                Some((before, after))
            }
            None => Some((before, after)),
        };
    }
    if let Some((from, to)) = window {
        push_window(text, from, to, out);
    }
    // The window of a neighbour may hold an opener after all ("However, Smith said", `Smith:
    // "We`): then it is a token, and the rules take it as usual. (Tokens are in text order.)
    let tokens = &out[start_len..];
    let mut k = skipped_from;
    while k < skipped.len() {
        if tokens
            .binary_search_by_key(&skipped[k].start, |t| t.span.start)
            .is_ok()
        {
            skipped.remove(k);
        } else {
            k += 1;
        }
    }
    let first_word = first_word_start.and_then(|start| {
        out[start_len..]
            .iter()
            .position(|t| t.span.start == start && t.kind == TokenKind::Word)
            .map(|i| start_len + i)
    });
    NameTokens {
        first_word,
        caps: false,
    }
}

/// True when `between` (the bytes between two windows, which start at a character) is white
/// space only, as the tokenizer has it (also beyond ASCII: a no-break space separates words).
/// Decoded only from the first byte outside ASCII: the first byte that is not white space
/// nearly always answers.
fn is_blank(between: &[u8]) -> bool {
    match between.iter().position(|b| !b.is_ascii_whitespace()) {
        None => true,
        Some(k) if between[k] < 0x80 => false,
        Some(k) => std::str::from_utf8(&between[k..])
            .is_ok_and(|rest| rest.chars().all(char::is_whitespace)),
    }
}

/// True when the capital at `at` follows an opening quotation mark glued to it (`"`, `“`,
/// `«`: the marks after which the rules take a word as a quotation's first; not `'` or `‘`,
/// which may be apostrophes).
fn after_opening_mark(bytes: &[u8], at: usize) -> bool {
    (at >= 1 && bytes[at - 1] == b'"')
        || (at >= 3 && &bytes[at - 3..at] == "“".as_bytes())
        || (at >= 2 && &bytes[at - 2..at] == "«".as_bytes())
}

/// The end of the plain opener at `start` (see [`tokenize_names`]), if it is one: up to seven
/// ASCII letters, in `openers`, ending its chunk for certain before `limit`. A lower-case
/// word after it may be a connector ("Bank of England"): the opener is then not skipped, nor
/// when the word after it is too short to tell cheaply. A few dozen instructions: it runs
/// for every sentence.
fn plain_opener_end(
    text: &str,
    start: usize,
    limit: usize,
    openers: &PlainOpeners,
) -> Option<usize> {
    let bytes = text.as_bytes();
    if limit < start + 10 || start + 8 > bytes.len() || !bytes[start].is_ascii_uppercase() {
        return None;
    }
    let word = load8(bytes, start);
    let (letter, _) = ascii_letter_digit_masks(word);
    let stop = !letter & HIGH;
    if stop == 0 {
        return None;
    }
    // At least one letter (the capital), at most seven.
    let len = (stop.trailing_zeros() / 8) as usize;
    let end = start + len;
    if !openers.contains(word & ((1u64 << (8 * len)) - 1)) {
        return None;
    }
    let ends_chunk = match bytes[end] {
        b',' | b';' | b':' => true,
        b' ' => {
            let next = end + 1;
            bytes[next].is_ascii_lowercase() && {
                // The letters and digits of the next word, up to one more than a connector
                // has: a longer run is no connector, nor is a word joined to more ("of-").
                let run = bytes[next..limit]
                    .iter()
                    .take(super::CONNECTOR_MAX_LEN + 1)
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
                run > super::CONNECTOR_MAX_LEN
                    || !super::is_connector_word(&bytes[next..next + run])
            }
        }
        _ => false,
    };
    ends_chunk.then_some(end)
}

/// The words [`tokenize_names`] may skip at the start of a sentence or a quotation: ASCII
/// words of one to seven letters, each kept as the little-endian number its bytes make
/// (zero-padded), in a small open-addressing table, so that an opening word is tested with one
/// multiply and a probe or two in the same cache line or the next.
#[derive(Debug, Clone)]
pub struct PlainOpeners {
    slots: Vec<u64>,
}

impl Default for PlainOpeners {
    fn default() -> Self {
        PlainOpeners {
            slots: vec![0; Self::SLOTS],
        }
    }
}

impl PlainOpeners {
    /// Table size: room for 128 words at half load.
    const SLOTS: usize = 256;

    /// The table of `words`; a word that is not one to seven ASCII letters is left out (it is
    /// then never skipped, which only costs speed), as is any word past the 128th.
    pub fn new(words: impl IntoIterator<Item = impl AsRef<str>>) -> PlainOpeners {
        let mut table = PlainOpeners::default();
        let mut count = 0;
        for word in words {
            let bytes = word.as_ref().as_bytes();
            if !(1..=7).contains(&bytes.len())
                || !bytes.iter().all(u8::is_ascii_alphabetic)
                || count == Self::SLOTS / 2
            {
                continue;
            }
            let mut padded = [0u8; 8];
            padded[..bytes.len()].copy_from_slice(bytes);
            let key = u64::from_le_bytes(padded);
            let mut slot = Self::slot(key);
            while table.slots[slot] != 0 && table.slots[slot] != key {
                slot = (slot + 1) % Self::SLOTS;
            }
            count += usize::from(table.slots[slot] == 0);
            table.slots[slot] = key;
        }
        table
    }

    /// The number of words in the table.
    pub fn len(&self) -> usize {
        self.slots.iter().filter(|&&k| k != 0).count()
    }

    /// True when the table holds no word.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn slot(key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize % Self::SLOTS
    }

    /// True for the key of a word in the table (a key is never 0: words are not empty).
    #[inline]
    fn contains(&self, key: u64) -> bool {
        let mut slot = Self::slot(key);
        loop {
            match self.slots[slot] {
                k if k == key => return true,
                0 => return false,
                _ => slot = (slot + 1) % Self::SLOTS,
            }
        }
    }
}

/// True when `bytes` holds more than `limit` lower-case ASCII letters; counts a block at a
/// time and stops as soon as it knows (in news, within the first few dozen bytes).
fn more_lowercase_than(bytes: &[u8], limit: usize) -> bool {
    let mut count = 0;
    for block in bytes.chunks(32) {
        // Summed in a byte (a block has at most 32), which the compiler turns into vector
        // instructions; `filter().count()` it does not.
        let lower = block
            .iter()
            .fold(0u8, |n, &b| n + u8::from(b.wrapping_sub(b'a') < 26));
        count += usize::from(lower);
        if count > limit {
            return true;
        }
    }
    false
}

fn push_window(text: &str, from: usize, to: usize, out: &mut Vec<Token>) {
    tokenize(text, Span::new(from, to), out);
}

/// Byte offsets of the upper-case letters in `text[span]` that follow a character that is
/// not a letter or digit (the candidates for the start of a capitalised word).
fn capitals(text: &str, span: Span) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    let mut at = span.start;
    std::iter::from_fn(move || {
        while at < span.end {
            // Skip, a block at a time, the bytes that cannot start a capital letter.
            const BLOCK: usize = 16;
            while at + BLOCK <= span.end {
                let block = &bytes[at..at + BLOCK];
                let mut hit = false;
                for &b in block {
                    hit |= may_start_capital(b);
                }
                if hit {
                    break;
                }
                at += BLOCK;
            }
            // Straight to the candidate byte (in the block that has one, or the tail): eight
            // bytes at a time, the first candidate's place read from the mask.
            let mut candidate = None;
            while at + 8 <= span.end {
                let mask = capital_bytes(load8(bytes, at));
                if mask != 0 {
                    candidate = Some(at + (mask.trailing_zeros() / 8) as usize);
                    break;
                }
                at += 8;
            }
            let candidate = candidate.or_else(|| {
                bytes[at..span.end]
                    .iter()
                    .position(|&b| may_start_capital(b))
                    .map(|offset| at + offset)
            });
            let Some(found) = candidate else {
                at = span.end;
                return None;
            };
            at = found;
            let here = at;
            if bytes[at].is_ascii_uppercase() {
                at += 1;
            } else {
                let c = char_at(text, here).unwrap_or(' ');
                at += c.len_utf8();
                if !c.is_uppercase() {
                    continue;
                }
            }
            let word_start = here == span.start || {
                let previous = bytes[here - 1];
                if previous < 0x80 {
                    !previous.is_ascii_alphanumeric()
                } else {
                    text[span.start..here]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric())
                }
            };
            if word_start {
                return Some(here);
            }
            // A capital inside a word that opens in lower case ("eBay", "easyJet"), which a
            // list may name: the word's start, as a capital's. (Most capitals inside a word
            // follow a capital, "BBC", and are ruled out in line.)
            if bytes[here - 1].is_ascii_lowercase() {
                if let Some(start) = lower_case_opening(text, span.start, here) {
                    return Some(start);
                }
            }
        }
        None
    })
}

/// The start of the word holding the capital at byte `capital` of `text`, when the word
/// opens with ASCII lower-case letters only up to it ("eBay", after a space or a mark such
/// as "“"); not before byte `floor`.
#[inline(never)]
fn lower_case_opening(text: &str, floor: usize, capital: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut start = capital;
    while start > floor && bytes[start - 1].is_ascii_lowercase() {
        start -= 1;
    }
    let opens_word = start == floor
        || text[floor..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
    // (A capital after a digit or a capital is in no such word: the start found is the
    // capital itself, after a letter or digit.)
    opens_word.then_some(start)
}

/// True for a byte that may start a capital letter: an ASCII capital, or the lead byte of a
/// character from U+0080 on (at least 0xC0), which is decoded to tell. (Both tests are
/// evaluated, without a branch, so that a block of them is vectorised.)
#[inline(always)]
fn may_start_capital(b: u8) -> bool {
    b.is_ascii_uppercase() | (b >= 0xC0)
}

/// Bit 7 of every byte of the result is set where that byte of `word` (eight bytes of text,
/// little endian) is one that [`may_start_capital`] takes, and every other bit is clear: the
/// candidates of [`capitals`], eight bytes at a time. Each byte is tested in its own lane; the
/// sums cannot carry into the next.
#[inline(always)]
fn capital_bytes(word: u64) -> u64 {
    let capital = lanes_in(word & !HIGH, word, b'A', b'Z');
    // Bits 7 and 6 both set: 0xC0 and above.
    let lead = word & (word << 1);
    capital | (lead & HIGH)
}

/// The start of the `runs`-th whitespace-delimited run before the one holding byte `at` of
/// `text` (`floor` when there are fewer). Every run holds at least one token, so the window
/// keeps at least `runs` tokens before the word.
fn runs_back(text: &str, floor: usize, at: usize, runs: usize) -> usize {
    let bytes = text.as_bytes();
    // The length of the white-space character ending before `i` (0 when there is none),
    // with ASCII decided from the byte alone.
    let space_before = |i: usize| -> usize {
        let b = bytes[i - 1];
        if b < 0x80 {
            usize::from(b.is_ascii_whitespace())
        } else {
            whitespace_before(text, i).unwrap_or(0)
        }
    };
    // One character back: a byte for ASCII, else to the previous char boundary.
    let back = |i: usize| -> usize {
        if bytes[i - 1] < 0x80 {
            i - 1
        } else {
            previous_boundary(text, i)
        }
    };
    let mut i = at;
    // To the start of the run holding `at`.
    while i > floor && space_before(i) == 0 {
        i = back(i);
    }
    for _ in 0..runs {
        while i > floor {
            match space_before(i) {
                0 => break,
                len => i -= len,
            }
        }
        while i > floor && space_before(i) == 0 {
            i = back(i);
        }
    }
    i
}

/// True when the whitespace-delimited run starting at byte `at` is exactly `word`.
fn run_is(text: &str, at: usize, limit: usize, word: &str) -> bool {
    let end = at + word.len();
    end <= limit
        && text[at..].starts_with(word)
        && text[end..limit]
            .chars()
            .next()
            .is_none_or(char::is_whitespace)
}

/// The start and end of the `runs`-th whitespace-delimited run after the one holding byte
/// `at` (the end is `limit` when there are fewer runs).
fn runs_forward(text: &str, limit: usize, at: usize, runs: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    // The length of the white-space character at `i`, or 0 (a number rather than an
    // option: the loops below run for every byte of the runs). Only a lead byte outside
    // ASCII is decoded; continuation bytes are never white space.
    let space_at = |i: usize| -> usize {
        let b = bytes[i];
        if b < 0x80 {
            return usize::from(b.is_ascii_whitespace());
        }
        if b < 0xC0 {
            return 0;
        }
        match char_at(text, i) {
            Some(c) if c.is_whitespace() => c.len_utf8(),
            _ => 0,
        }
    };
    // To the end of the run holding `i`: past the bytes that cannot be white space (every
    // white-space byte of ASCII is at most a space; beyond ASCII, `space_at` decides).
    let run_end = |mut i: usize| -> usize {
        loop {
            i += bytes[i..limit]
                .iter()
                .position(|&b| b <= b' ' || b >= 0x80)
                .unwrap_or(limit - i);
            if i >= limit || space_at(i) != 0 {
                return i;
            }
            i += 1;
        }
    };
    let mut i = run_end(at);
    let mut run_start = at;
    for _ in 0..runs {
        while i < limit {
            match space_at(i) {
                0 => break,
                len => i += len,
            }
        }
        run_start = i;
        i = run_end(i);
    }
    // Stepping a byte at a time through a run can stop inside a character only at `limit`.
    (run_start, i.min(limit))
}

/// The byte length of the white-space character that ends just before byte `at`, if any.
fn whitespace_before(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes()[at - 1];
    if b < 0x80 {
        return b.is_ascii_whitespace().then_some(1);
    }
    let c = text[..at].chars().next_back()?;
    c.is_whitespace().then_some(c.len_utf8())
}

/// The char boundary before byte `at` (> 0).
fn previous_boundary(text: &str, at: usize) -> usize {
    let mut i = at - 1;
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The length of the run of ASCII letters and digits that starts at `bytes[from]` and ends
/// by `limit`, and the cases ([`LOWER`], [`UPPER`]) of the letters found in it: the tokenizer's
/// innermost loop.
///
/// Eight bytes at a time, with the run's end read from a mask: a loop over bytes ends at a
/// branch that the processor mispredicts for nearly every word (words differ in length),
/// this one only for words of eight bytes or more. The eight bytes may reach past `limit`
/// (not past `bytes`): those beyond it are counted as ending the run.
#[inline]
fn ascii_alnum_run(bytes: &[u8], from: usize, limit: usize) -> (usize, u8) {
    let mut k = 0;
    // Bit 7 set in the bytes of the run seen so far that are lower-case and upper-case letters.
    let (mut lower, mut upper) = (0u64, 0u64);
    let classes =
        |lower: u64, upper: u64| (u8::from(lower != 0) * LOWER) | (u8::from(upper != 0) * UPPER);
    while from + k + 8 <= bytes.len() {
        let word = load8(bytes, from + k);
        let (letter, digit) = ascii_letter_digit_masks(word);
        // Bit 7 of each byte at or past `limit`.
        let left = limit.saturating_sub(from + k);
        let inside = if left >= 8 {
            HIGH
        } else {
            ((1u64 << (8 * left)) - 1) & HIGH
        };
        let stop = (!(letter | digit) | !inside) & HIGH;
        // The letters before the first stop (all eight bytes when there is none); a letter is
        // lower case when its bit 5 (moved to bit 7 by the shift) is set.
        let letters = letter & (stop & stop.wrapping_neg()).wrapping_sub(1);
        let case = word << 2;
        lower |= letters & case;
        upper |= letters & !case;
        if stop != 0 {
            return (
                k + (stop.trailing_zeros() / 8) as usize,
                classes(lower, upper),
            );
        }
        k += 8;
    }
    // The last bytes of the text, one at a time.
    let mut found = classes(lower, upper);
    for (n, &b) in bytes[from + k..limit.max(from + k)].iter().enumerate() {
        let class = CLASS[b as usize] & ALNUM;
        if class == 0 {
            return (k + n, found);
        }
        found |= class & (LOWER | UPPER);
    }
    (limit.max(from) - from, found)
}

/// True when `bytes[from..to]` (a stretch of a word between joiners, on char boundaries) is
/// one character long: read off the length and the first byte, without decoding.
#[inline]
fn is_one_char(bytes: &[u8], from: usize, to: usize) -> bool {
    let len = to - from;
    len == 1
        || (len > 1 && {
            let lead = bytes[from];
            let char_len = if lead < 0x80 {
                1
            } else if lead < 0xE0 {
                2
            } else if lead < 0xF0 {
                3
            } else {
                4
            };
            char_len == len
        })
}

/// The byte length and the character of the numeric HTML character reference at `at`
/// (`&#233;`, `&#xE9;`), ending before `limit`, when it stands for a letter; `None` for
/// anything else (a reference to punctuation, such as `&#191;` for a mangled apostrophe, ends
/// the word as the character itself would).
fn letter_reference(bytes: &[u8], at: usize, limit: usize) -> Option<(usize, char)> {
    let rest = bytes.get(at..limit)?;
    let digits = rest.strip_prefix(b"&#")?;
    let (radix, digits, prefix) = match digits.first() {
        Some(b'x' | b'X') => (16, &digits[1..], 3),
        _ => (10, digits, 2),
    };
    // At most seven digits (U+10FFFF is 1114111), then the semicolon: the end of the digits
    // is sought among the first eight bytes.
    let n = digits
        .iter()
        .take(8)
        .position(|&b| !(b as char).is_digit(radix))?;
    if n == 0 || digits[n] != b';' {
        return None;
    }
    let code = u32::from_str_radix(std::str::from_utf8(&digits[..n]).ok()?, radix).ok()?;
    let c = char::from_u32(code).filter(|c| c.is_alphabetic())?;
    Some((prefix + n + 1, c))
}

/// `name` with every letter written as a numeric character reference (as the tokenizer reads
/// them into words: [`letter_reference`]) replaced by the letter: "Pap&#233;" -> "Papé".
pub(crate) fn decode_letter_references(name: &str) -> String {
    let bytes = name.as_bytes();
    let mut out = String::with_capacity(name.len());
    let (mut at, mut copied) = (0, 0);
    while let Some(k) = bytes[at..].iter().position(|&b| b == b'&') {
        at += k;
        match letter_reference(bytes, at, bytes.len()) {
            Some((len, c)) => {
                out.push_str(&name[copied..at]);
                out.push(c);
                at += len;
                copied = at;
            }
            None => at += 1,
        }
    }
    out.push_str(&name[copied..]);
    out
}

/// Scans the word starting at `start` with first character `first`, up to `limit`.
fn scan_word(text: &str, start: usize, limit: usize, first: char) -> Token {
    let bytes = text.as_bytes();
    let kind = if first.is_numeric() {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    let first_upper = first.is_uppercase();
    let (mut has_upper, mut has_lower) = (first_upper, first.is_lowercase());
    let mut end = start + first.len_utf8();
    // Every run between periods is one character ("U.S"): checked at each joiner from the
    // start of the run, so the loop over letters does no counting.
    let mut single_letters = true;
    let mut run_start = start;
    let mut classes = 0u8;
    // Only ASCII letters and digits so far.
    let mut alnum = first.is_ascii_alphanumeric();
    loop {
        // ASCII letters and digits: the bulk of every word.
        let (k, run_classes) = ascii_alnum_run(bytes, end, limit);
        classes |= run_classes;
        end += k;
        if end >= limit {
            break;
        }
        let b = bytes[end];
        if let Some((len, c)) = (b == b'&')
            .then(|| letter_reference(bytes, end, limit))
            .flatten()
        {
            // A letter written as an HTML character reference ("S&#227;o", "Pap&#233;"), as
            // text scraped from web pages has them, is a letter of the word.
            alnum = false;
            has_upper |= c.is_uppercase();
            has_lower |= c.is_lowercase();
            end += len;
            continue;
        }
        let c = char_at(text, end).unwrap_or(' ');
        let len = c.len_utf8();
        if b >= 0x80 && c.is_alphanumeric() {
            alnum = false;
            has_upper |= c.is_uppercase();
            has_lower |= c.is_lowercase();
            end += len;
        } else if is_joiner(c) && end + len < limit && is_alphanumeric_at(text, end + len) {
            // A joiner continues the word only when a letter or digit follows it.
            single_letters &= c == '.' && is_one_char(bytes, run_start, end);
            alnum = false;
            end += len;
            run_start = end;
        } else {
            break;
        }
    }
    has_upper |= classes & UPPER != 0;
    has_lower |= classes & LOWER != 0;
    single_letters &= is_one_char(bytes, run_start, end);
    // Keep the period of an initial or initialism: "W.", "U.S.".
    if kind == TokenKind::Word
        && single_letters
        && first_upper
        && bytes.get(end) == Some(&b'.')
        && end < limit
    {
        end += 1;
        alnum = false;
    }
    let word = kind == TokenKind::Word;
    // The Arabic article before a capitalised name is part of it: "al-Kabariti", "el-Sisi".
    let article_name = matches!(
        bytes.get(start..start + 4),
        Some([b'a' | b'e', b'l', b'-', next]) if next.is_ascii_uppercase()
    );
    Token {
        span: Span::new(start, end),
        kind,
        capitalised: word && (first_upper || article_name),
        all_caps: word && has_upper && !has_lower && first_upper,
        alnum: word && alnum,
        inner_capital: word && first.is_ascii_lowercase() && has_upper,
    }
}

impl Token {
    /// The empty [`TokenKind::Gap`] token that stands for text left out at byte `at`.
    pub fn gap(at: usize) -> Token {
        Token::plain(at, at, TokenKind::Gap)
    }

    fn plain(start: usize, end: usize, kind: TokenKind) -> Token {
        Token {
            span: Span::new(start, end),
            kind,
            capitalised: false,
            all_caps: false,
            alnum: false,
            inner_capital: false,
        }
    }
}

/// Splits `span` into pieces of about `max` bytes, cut after white space, so that a giant
/// sentence (100 MB without a full stop) is tokenized a piece at a time and memory stays
/// bounded. Names are a few words long, so a cut between two words costs at most one name.
pub fn pieces(text: &str, span: Span, max: usize) -> impl Iterator<Item = Span> + '_ {
    sentence_pieces(text, std::iter::once(span), max)
}

/// The [`pieces`] of every span of `spans`, in order. Nearly every sentence is one piece,
/// handed over as it is (a `flat_map` over `pieces` made an inner iterator for each).
pub fn sentence_pieces<'t>(
    text: &'t str,
    mut spans: impl Iterator<Item = Span> + 't,
    max: usize,
) -> impl Iterator<Item = Span> + 't {
    // What is left of a span cut into pieces.
    let mut rest: Option<Span> = None;
    std::iter::from_fn(move || loop {
        let span = match rest.take() {
            Some(span) => span,
            None => spans.next()?,
        };
        if span.is_empty() {
            continue;
        }
        if span.len() <= max {
            return Some(span);
        }
        // Cut after the last white space of the piece; without any, at a char boundary.
        let mut end = span.start + max;
        match text[span.start..end].rfind(char::is_whitespace) {
            Some(at) if at > 0 => end = span.start + at + 1,
            _ => {
                while !text.is_char_boundary(end) {
                    end += 1;
                }
            }
        }
        rest = Some(Span::new(end, span.end));
        return Some(Span::new(span.start, end));
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut out);
        out.iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn letter_references_are_letters_and_nothing_else_is() {
        assert_eq!(words("S&#227;o Paulo"), ["S&#227;o", "Paulo"]);
        assert_eq!(
            words("Pap&#xE9; (Bourgoin)"),
            ["Pap&#xE9;", "(", "Bourgoin", ")"]
        );
        // Punctuation, a bad number, no semicolon: the word ends before the ampersand.
        assert_eq!(words("Blair&#191;s"), ["Blair", "&", "#", "191", ";", "s"]);
        assert_eq!(words("A&#99999999;b")[0], "A");
        assert_eq!(words("A&#233 b")[0], "A");
        assert_eq!(words("AT&T"), ["AT&T"]);
        assert_eq!(
            decode_letter_references("Pap&#233; &#191; &#x",),
            "Papé &#191; &#x"
        );
        assert_eq!(decode_letter_references("S&#227;o Jo&#xE3;o"), "São João");
    }

    /// An opener is skipped only when it is listed, of plain letters, and certainly alone in
    /// its chunk; it is then reported, and not tokenized.
    #[test]
    fn plain_openers_are_skipped_only_when_alone_in_their_chunk() {
        let openers = PlainOpeners::new(["The", "However", "He", "A", "Meanwhile", "Don't"]);
        assert_eq!(
            openers.len(),
            4,
            "a word too long or not of letters is left out"
        );
        let all_skipped = |text: &'static str| -> Vec<&'static str> {
            let mut out = Vec::new();
            let mut skipped = Vec::new();
            tokenize_names(
                text,
                Span::new(0, text.len()),
                &mut out,
                &openers,
                &mut skipped,
            );
            for opener in &skipped {
                assert!(
                    out.iter().all(|t| t.span.start != opener.start),
                    "{text:?}: {out:?}"
                );
            }
            skipped.iter().map(|s| s.slice(text)).collect()
        };
        let skipped = |text: &'static str| all_skipped(text).first().copied();
        assert_eq!(skipped("The talks ended without a deal."), Some("The"));
        assert_eq!(skipped("However, the talks ended there."), Some("However"));
        assert_eq!(skipped("He said the talks had ended."), Some("He"));
        assert_eq!(skipped("A spokesman for Halden said so."), Some("A"));
        // After an opening quotation mark, at the start or inside the sentence.
        assert_eq!(skipped("\"He was ready,\" the talks heard."), Some("He"));
        assert_eq!(
            all_skipped("He said: “The talks are over,” and «He is» gone."),
            ["He", "The", "He"]
        );
        assert_eq!(skipped("'He was ready,' the talks heard."), None);
        // A name just before the quotation takes the opener into its window.
        assert_eq!(
            all_skipped("They met Smith: \"He was ready.\""),
            Vec::<&str>::new()
        );
        // A capital next, a connector next, another word, a joined word, an unlisted word.
        assert_eq!(skipped("The Hague court ruled on Friday."), None);
        assert_eq!(skipped("The of England was a long word."), None);
        assert_eq!(skipped("They said the talks had ended."), None);
        assert_eq!(skipped("He's said the talks had ended."), None);
        assert_eq!(skipped("Meanwhile the talks had ended."), None);
        assert_eq!(skipped("The-end of the talks had come."), None);
        // Taken into the window of a name right after it: then tokenized as usual.
        assert_eq!(skipped("However, Smith said the talks had ended."), None);
        assert_eq!(skipped("Short."), None);
    }

    /// The run and classes that the byte loop finds, for runs ending at every place of a
    /// block and beyond it, at every limit, with every byte as the one that ends the run.
    #[test]
    fn alnum_runs_are_what_the_byte_loop_finds() {
        fn by_bytes(bytes: &[u8], from: usize, limit: usize) -> (usize, u8) {
            let mut classes = 0;
            for (k, &b) in bytes[from..limit].iter().enumerate() {
                let class = CLASS[b as usize] & ALNUM;
                if class == 0 {
                    return (k, classes);
                }
                classes |= class & (LOWER | UPPER);
            }
            (limit - from, classes)
        }
        let fillers: [&[u8]; 4] = [b"aZ9", b"abc", b"XYZ", b"123"];
        for filler in fillers {
            for len in 0..20 {
                for stop in (0..=255u8).filter(|&b| CLASS[b as usize] & ALNUM == 0 || b == b'q') {
                    let mut bytes: Vec<u8> = (0..len).map(|k| filler[k % filler.len()]).collect();
                    bytes.push(stop);
                    bytes.extend_from_slice(b"Ab1 more text");
                    for from in 0..3.min(bytes.len()) {
                        for limit in from..=bytes.len() {
                            assert_eq!(
                                ascii_alnum_run(&bytes, from, limit),
                                by_bytes(&bytes, from, limit),
                                "{bytes:?} from {from} to {limit}"
                            );
                        }
                    }
                }
            }
        }
    }

    /// The eight-byte test marks exactly the bytes that the byte-by-byte test takes, in
    /// every position and next to every other byte.
    #[test]
    fn capital_bytes_marks_what_the_byte_test_takes() {
        for b in 0..=255u8 {
            for neighbour in [0u8, b'a', b'Z', 0x7F, 0x80, 0xBF, 0xC0, 0xFF] {
                for place in 0..8 {
                    let mut bytes = [neighbour; 8];
                    bytes[place] = b;
                    let mask = capital_bytes(u64::from_le_bytes(bytes));
                    for (k, &byte) in bytes.iter().enumerate() {
                        let marked = mask >> (8 * k) & 0xFF;
                        let expected = if may_start_capital(byte) { 0x80 } else { 0 };
                        assert_eq!(marked, expected, "byte {byte:#x} at {k} in {bytes:?}");
                    }
                }
            }
        }
    }

    /// The fast paths give exactly the tokens of the general rules, on text made of the
    /// characters where they differ: joiners, apostrophes, initials, letters outside ASCII.
    #[test]
    fn fast_paths_agree_with_the_general_rules() {
        const PIECES: &[&str] = &[
            "a", "Bb", "CC", "W", "1", "s", "x9", "'", "’", "-", ".", "&", ",", " ", "\n", "é",
            "É", "\u{a0}", "\u{2028}", "(", "\"", "'s", "’s", "U.S.", "O'Brien", "2.5",
        ];
        // A xorshift generator: the same texts on every run.
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut texts = 0;
        for _ in 0..5_000 {
            let mut text = String::new();
            for _ in 0..next() % 24 {
                text.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
            }
            texts += usize::from(!text.is_empty());
            let span = Span::new(0, text.len());
            let fast: Vec<Token> = Tokens::new(&text, span).collect();
            let mut general = Tokens::new(&text, span);
            general.fast = false;
            let general: Vec<Token> = general.collect();
            assert_eq!(fast, general, "{text:?}");
            let mut pushed = Vec::new();
            tokenize(&text, span, &mut pushed);
            assert_eq!(pushed, general, "{text:?}");
        }
        assert!(texts > 4_000, "the generator must vary the texts");
    }

    #[test]
    fn pieces_cover_the_span_and_cut_at_spaces() {
        let text = "alpha beta gamma delta épsilon";
        let pieces: Vec<&str> = pieces(text, Span::new(0, text.len()), 8)
            .map(|p| p.slice(text))
            .collect();
        assert_eq!(pieces.concat(), text);
        assert!(pieces.iter().all(|p| p.len() <= 9));
        assert_eq!(pieces[0], "alpha ");
    }

    #[test]
    fn splits_words_possessives_and_initials() {
        assert_eq!(
            words("Russia's U.S. troops, O'Brien and George W. Bush (Ukraine-based) 1996-08-30."),
            [
                "Russia",
                "'s",
                "U.S.",
                "troops",
                ",",
                "O'Brien",
                "and",
                "George",
                "W.",
                "Bush",
                "(",
                "Ukraine-based",
                ")",
                "1996-08-30",
                "."
            ]
        );
        // Only one-letter runs keep their period: "Dr." is a word and a full stop.
        assert_eq!(
            words("Dr. É.U. Lt.Col."),
            ["Dr", ".", "É.U.", "Lt.Col", "."]
        );
        assert_eq!(
            words("the players’ union’s"),
            ["the", "players", "’", "union", "’s"]
        );
    }
}
