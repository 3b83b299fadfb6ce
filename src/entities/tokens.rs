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

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&')
}

/// Appends the tokens of `text[span]` to `out`.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let slice = span.slice(text);
    let mut chars = slice.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            let end = start + c.len_utf8();
            // "'s" after a word is a possessive ending.
            if matches!(c, '\'' | '’')
                && matches!(chars.peek(), Some((_, 's')))
                && out.last().is_some_and(|t: &Token| {
                    t.span.end == span.start + start && t.kind == TokenKind::Word
                })
            {
                let (s_at, _) = chars.next().unwrap();
                let after = slice[s_at + 1..].chars().next();
                if !after.is_some_and(char::is_alphanumeric) {
                    out.push(Token::new(
                        text,
                        span.start + start,
                        span.start + s_at + 1,
                        TokenKind::Possessive,
                    ));
                    continue;
                }
                // "'sdeath" or the like: treat the mark as punctuation and the rest as a word.
                out.push(Token::new(
                    text,
                    span.start + start,
                    span.start + end,
                    TokenKind::Punct,
                ));
                let word_end = scan_word(slice, s_at, &mut chars);
                out.push(Token::new(
                    text,
                    span.start + s_at,
                    span.start + word_end,
                    TokenKind::Word,
                ));
                continue;
            }
            out.push(Token::new(
                text,
                span.start + start,
                span.start + end,
                TokenKind::Punct,
            ));
            continue;
        }
        let kind = if c.is_numeric() {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        let mut end = scan_word(slice, start, &mut chars);
        // Keep the period of an initial or initialism: "W.", "U.S.".
        if kind == TokenKind::Word && slice[end..].starts_with('.') {
            let word = &slice[start..end];
            let initialism = word.split('.').all(|part| part.chars().count() == 1);
            if initialism && word.chars().next().is_some_and(char::is_uppercase) {
                chars.next();
                end += 1;
            }
        }
        // Split a possessive glued by the joiner rule: "Russia's" -> "Russia" + "'s".
        let word = &slice[start..end];
        if kind == TokenKind::Word
            && word.len() > 2
            && (word.ends_with("'s") || word.ends_with("’s"))
        {
            let mark_len = if word.ends_with("'s") { 2 } else { 4 };
            let cut = end - mark_len;
            out.push(Token::new(text, span.start + start, span.start + cut, kind));
            out.push(Token::new(
                text,
                span.start + cut,
                span.start + end,
                TokenKind::Possessive,
            ));
            continue;
        }
        out.push(Token::new(text, span.start + start, span.start + end, kind));
    }
}

/// Consumes the rest of a word starting at `start`; returns its end (relative to `slice`).
fn scan_word(
    slice: &str,
    start: usize,
    chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
) -> usize {
    let mut end = start + slice[start..].chars().next().map_or(0, char::len_utf8);
    while let Some(&(at, c)) = chars.peek() {
        // A joiner (' - . &) continues the word only when a letter or digit follows it.
        let continues = c.is_alphanumeric()
            || is_joiner(c)
                && slice[at + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
        if !continues {
            break;
        }
        chars.next();
        end = at + c.len_utf8();
    }
    end
}

impl Token {
    fn new(text: &str, start: usize, end: usize, kind: TokenKind) -> Token {
        let word = &text[start..end];
        let (capitalised, all_caps) = if kind == TokenKind::Word {
            let first_upper = word.chars().next().is_some_and(char::is_uppercase);
            let all_caps = first_upper && !word.chars().any(char::is_lowercase);
            (first_upper, all_caps)
        } else {
            (false, false)
        };
        Token {
            span: Span::new(start, end),
            kind,
            capitalised,
            all_caps,
        }
    }
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
