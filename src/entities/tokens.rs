//! A light word tokenizer for the entity rules: words (with internal apostrophes, hyphens,
//! periods of initialisms), numbers and single punctuation marks, as byte spans.

use crate::span::Span;

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

/// Appends the tokens of `text[span]` to `out`.
///
/// One pass over the bytes with an ASCII fast path; the case flags of a word are gathered
/// while it is scanned.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut at = span.start;
    while at < span.end {
        let b = bytes[at];
        let c = if b < 0x80 {
            b as char
        } else {
            char_at(text, at).unwrap_or(' ')
        };
        let len = c.len_utf8();
        if c.is_whitespace() {
            at += len;
            continue;
        }
        if !c.is_alphanumeric() {
            // "'s" after a word is a possessive ending.
            let after_word = out
                .last()
                .is_some_and(|t: &Token| t.span.end == at && t.kind == TokenKind::Word);
            if matches!(c, '\'' | '’')
                && after_word
                && bytes.get(at + len) == Some(&b's')
                && !is_alphanumeric_at(text, at + len + 1)
            {
                out.push(Token::plain(at, at + len + 1, TokenKind::Possessive));
                at += len + 1;
                continue;
            }
            out.push(Token::plain(at, at + len, TokenKind::Punct));
            at += len;
            continue;
        }
        let token = scan_word(text, at, span.end, c);
        at = token.span.end;
        // Split a possessive glued by the joiner rule: "Russia's" -> "Russia" + "'s".
        let word = &text[token.span.start..token.span.end];
        if token.kind == TokenKind::Word
            && word.len() > 2
            && (word.ends_with("'s") || word.ends_with("’s"))
        {
            let mark_len = if word.ends_with("'s") { 2 } else { 4 };
            let cut = token.span.end - mark_len;
            out.push(Token {
                span: Span::new(token.span.start, cut),
                ..token
            });
            out.push(Token::plain(cut, token.span.end, TokenKind::Possessive));
            continue;
        }
        out.push(token);
    }
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
    let mut single_letters = true; // every run between periods is one character ("U.S")
    let mut run = 1usize;
    while end < limit {
        let b = bytes[end];
        if b < 0x80 && b.is_ascii_alphanumeric() {
            has_upper |= b.is_ascii_uppercase();
            has_lower |= b.is_ascii_lowercase();
            run += 1;
            end += 1;
            continue;
        }
        let c = if b < 0x80 {
            b as char
        } else {
            char_at(text, end).unwrap_or(' ')
        };
        let len = c.len_utf8();
        if c.is_alphanumeric() {
            has_upper |= c.is_uppercase();
            has_lower |= c.is_lowercase();
            run += 1;
            end += len;
        } else if is_joiner(c) && end + len < limit && is_alphanumeric_at(text, end + len) {
            // A joiner continues the word only when a letter or digit follows it.
            if c == '.' {
                single_letters &= run == 1;
            } else {
                single_letters = false;
            }
            run = 0;
            end += len;
        } else {
            break;
        }
    }
    single_letters &= run == 1;
    // Keep the period of an initial or initialism: "W.", "U.S.".
    if kind == TokenKind::Word
        && single_letters
        && first_upper
        && bytes.get(end) == Some(&b'.')
        && end < limit
    {
        end += 1;
    }
    let word = kind == TokenKind::Word;
    Token {
        span: Span::new(start, end),
        kind,
        capitalised: word && first_upper,
        all_caps: word && has_upper && !has_lower && first_upper,
    }
}

impl Token {
    fn plain(start: usize, end: usize, kind: TokenKind) -> Token {
        Token {
            span: Span::new(start, end),
            kind,
            capitalised: false,
            all_caps: false,
        }
    }
}

/// Splits `span` into pieces of about `max` bytes, cut after white space, so that a giant
/// sentence (100 MB without a full stop) is tokenized a piece at a time and memory stays
/// bounded. Names are a few words long, so a cut between two words costs at most one name.
pub fn pieces(text: &str, span: Span, max: usize) -> impl Iterator<Item = Span> + '_ {
    let mut start = span.start;
    std::iter::from_fn(move || {
        if start >= span.end {
            return None;
        }
        let mut end = (start + max).min(span.end);
        if end < span.end {
            // Cut after the last white space of the piece; without any, at a char boundary.
            match text[start..end].rfind(char::is_whitespace) {
                Some(at) if at > 0 => end = start + at + 1,
                _ => {
                    while !text.is_char_boundary(end) {
                        end += 1;
                    }
                }
            }
        }
        let piece = Span::new(start, end);
        start = end;
        Some(piece)
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
        assert_eq!(
            words("the players’ union’s"),
            ["the", "players", "’", "union", "’s"]
        );
    }
}
