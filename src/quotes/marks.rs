//! Quotation spans from quotation marks, paragraph by paragraph.
//!
//! Marks are classified from their neighbours (an opening mark follows a space or an opening
//! bracket and precedes a word; a closing mark follows a word), apostrophes are told apart from
//! single quotes (`we'll`, `Jones'`, `'90s`), single quotes nest inside double quotes, and only
//! the outermost quotations are reported. A double quotation left open at the end of a
//! paragraph whose successor opens with a quotation mark continues there (the news convention
//! for quotes that run over paragraphs); otherwise it ends with its paragraph. Unbalanced
//! marks only ever affect their own paragraph.

use crate::span::Span;

/// A quotation found from its marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkedQuote {
    /// The quoted words, without the marks.
    pub span: Span,
    /// The byte span of the opening mark.
    pub open: Span,
    /// The byte span of the closing mark (empty at the paragraph end when unclosed).
    pub close: Span,
    /// True when this part continues the previous part (multi-paragraph quotation).
    pub continues_previous: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark whose role depends on whether a quotation is open.
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    span: Span,
    family: Family,
    role: Role,
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// True when a mark after `before` (the character before it, `None` at the start) may open a
/// quotation: after white space, an opening bracket, a dash or a slash.
fn opens_after(before: Option<char>) -> bool {
    before.is_none_or(|b| b.is_whitespace() || "([{—–-/".contains(b))
}

/// Classifies the quotation mark `c` at `at`, or returns None for an apostrophe or a
/// character that is not a quotation mark.
fn classify(text: &str, at: usize, c: char) -> Option<Mark> {
    // Most candidates are apostrophes between two ASCII letters or digits ("it's", "don't"):
    // settled from the neighbouring bytes, before any character is decoded.
    if c == '\'' && at > 0 {
        let bytes = text.as_bytes();
        let word_byte = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
        if word_byte(bytes.get(at - 1)) && word_byte(bytes.get(at + 1)) {
            return None;
        }
    }
    let before = text[..at].chars().next_back();
    let space_or_open_before = opens_after(before);
    // Two straight apostrophes (or two backquotes) stand for a double mark: the New York
    // Times writes ''quoted words'' and TeX-style text ``quoted words''. Three close a single
    // quotation and the double one around it (`,'''`), or open both (`'''Word`): after a
    // word, the first apostrophe is the single mark.
    let tripled = c == '\'' && text[at + 1..].starts_with("''");
    let doubled =
        (c == '\'' && text[at + 1..].starts_with('\'') && (space_or_open_before || !tripled))
            || (c == '`' && text[at + 1..].starts_with('`'));
    let len = if doubled { 2 } else { c.len_utf8() };
    let after = text[at + len..].chars().next();
    let span = Span::new(at, at + len);
    let mark = |family, role| Some(Mark { span, family, role });
    let closing_after = after.is_none_or(|a| a.is_whitespace() || ",.;:!?)]}—–-".contains(a));
    if doubled {
        return if c == '`' || (space_or_open_before && !closing_after) {
            mark(Family::Double, Role::Open)
        } else if closing_after && !space_or_open_before {
            mark(Family::Double, Role::Close)
        } else {
            mark(Family::Double, Role::Either)
        };
    }
    match c {
        // Curly marks are trusted, except a mark that is plainly the other one: a "closing"
        // mark between a space and a word opens (typed with the wrong key), and vice versa.
        '”' if space_or_open_before && !closing_after => mark(Family::Double, Role::Open),
        '“' if closing_after && !space_or_open_before => mark(Family::Double, Role::Close),
        '“' | '«' | '„' | '‹' => mark(Family::Double, Role::Open),
        '”' | '»' | '›' => mark(Family::Double, Role::Close),
        '"' => {
            // A straight mark with space on both sides quotes nothing, unless a single mark
            // closes right before the space: `... 'a flight to quality,' " he said` (a space
            // kept between the two closing marks, as some newspapers print them).
            if before.is_some_and(char::is_whitespace) && after.is_some_and(char::is_whitespace) {
                // So does one after the punctuation that ends quoted words, a space typed
                // before the mark: `... other options. " Replacement hooker ...`.
                let mut earlier = text[..at].chars().rev().skip(1);
                let last = earlier.next();
                let single_closes = matches!(last, Some('\'' | '’'))
                    && earlier
                        .next()
                        .is_some_and(|c| c.is_alphanumeric() || ".,!?".contains(c));
                let ends_words = last.is_some_and(|c| ".,!?".contains(c));
                return if single_closes || ends_words {
                    mark(Family::Double, Role::Close)
                } else {
                    None
                };
            }
            if space_or_open_before && !closing_after {
                mark(Family::Double, Role::Open)
            } else if closing_after && !space_or_open_before {
                mark(Family::Double, Role::Close)
            } else {
                mark(Family::Double, Role::Either)
            }
        }
        '`' => None,
        '‘' | '’' | '\'' | '‚' => {
            // Apostrophes: letters on both sides (we'll), a digit after ('90s), "s'" before a
            // space is a plural possessive unless a single quotation is open (decided later).
            if is_word_char(before) && is_word_char(after) {
                return None;
            }
            if after.is_some_and(|a| a.is_ascii_digit()) {
                return None;
            }
            if c == '‚' || (c == '‘' && !is_word_char(before)) {
                return mark(Family::Single, Role::Open);
            }
            // (Also right after a doubled opening mark: `'''Word`.)
            let after_double_open = at >= 2
                && text[..at].ends_with("''")
                && opens_after(text[..at - 2].chars().next_back());
            if (space_or_open_before || after_double_open) && is_word_char(after) {
                // 'n' in "rock 'n' roll" is caught by the one-letter filter later.
                return mark(Family::Single, Role::Open);
            }
            if is_word_char(before) || before.is_some_and(|b| ".,!?".contains(b)) {
                return mark(Family::Single, Role::Close);
            }
            None
        }
        _ => None,
    }
}

/// The deepest nesting of quotation marks followed.
const MAX_NESTING: usize = 16;

/// True for a character that can be a quotation mark.
fn is_mark_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '«' | '»' | '„' | '‹' | '›' | '‘' | '’' | '\'' | '‚'
    )
}

/// Byte offsets in `span` of `text` where a quotation mark may start: `"`, `'`, and the lead
/// bytes of the marks outside ASCII (0xE2 for the curly and low marks and ‹ ›, 0xC2 for « »),
/// found by memchr's vector search instead of decoding every character, since marks are a few
/// bytes in a thousand.
fn mark_candidates(text: &str, span: Span) -> impl Iterator<Item = usize> + '_ {
    let bytes = span.bytes(text);
    let mut common = memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes).peekable();
    // « and » are rare in English news: a second search, merged in order.
    let mut guillemets = memchr::memchr_iter(0xC2, bytes).peekable();
    std::iter::from_fn(move || {
        let next = match (common.peek(), guillemets.peek()) {
            (Some(&a), Some(&b)) if b < a => guillemets.next(),
            (Some(_), _) => common.next(),
            (None, _) => guillemets.next(),
        }?;
        Some(span.start + next)
    })
}

/// Finds the quotations of `text`, given its paragraphs (in order), appending to `out`.
pub fn find_quotes(
    text: &str,
    paragraphs: &[Span],
    sentences: &[Span],
    out: &mut Vec<MarkedQuote>,
) {
    // An opening double mark left open at the end of the previous paragraph.
    let mut carried = false;
    let mut stack: Vec<Mark> = Vec::new();
    // One search over all the paragraphs (a search started per paragraph costs more than the
    // few marks most paragraphs hold).
    let whole = match (paragraphs.first(), paragraphs.last()) {
        (Some(first), Some(last)) => Span::new(first.start, last.end),
        _ => return,
    };
    let mut candidates = mark_candidates(text, whole).peekable();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        // Marks are classified and paired in one pass, never stored, so memory does not grow
        // with the number of marks in a paragraph.
        let opens_with_quote = paragraph
            .slice(text)
            .chars()
            .next()
            .filter(|&c| is_mark_char(c))
            .and_then(|c| classify(text, paragraph.start, c))
            .is_some_and(|m| m.role != Role::Close);
        let continues = carried && opens_with_quote;
        carried = false;
        // Stack of open marks; only the outermost quotation is reported.
        stack.clear();
        let mut first_part_of_paragraph = true;
        // A double quotation reported from here continues the previous paragraph's when the
        // paragraph continues one, it is the paragraph's first part and opens the paragraph.
        let part_continues = |open: &Mark, first_part: bool| {
            continues && first_part && open.span.start == paragraph.start
        };
        let mut skip_to = paragraph.start;
        let in_paragraph = std::iter::from_fn(|| candidates.next_if(|&at| at < paragraph.end));
        let marks = in_paragraph.filter_map(|at| {
            if at < skip_to {
                return None;
            }
            let c = text[at..].chars().next()?;
            if !is_mark_char(c) {
                return None;
            }
            let mark = classify(text, at, c)?;
            skip_to = mark.span.end;
            Some(mark)
        });
        for mark in marks {
            let open_double = stack.iter().rposition(|m| m.family == Family::Double);
            let open_single = stack.iter().rposition(|m| m.family == Family::Single);
            let role = match (mark.role, mark.family) {
                (Role::Either, Family::Double) => {
                    if open_double.is_some() {
                        Role::Close
                    } else {
                        Role::Open
                    }
                }
                (role, _) => role,
            };
            match (role, mark.family) {
                // Nesting deeper than any real text is a run of stray marks: ignored, which
                // also keeps the stack searches short.
                (Role::Open, _) if stack.len() >= MAX_NESTING => {}
                // A double mark opening after a sentence's end inside a double quotation
                // ("... issue. "We need ..."): English nests single marks inside double ones,
                // never double in double, so this is the next paragraph of a quotation that
                // runs over paragraphs, written where the paragraph break was lost (or never
                // made): the open quotation ends before it, and a new one opens.
                // So is one after a colon that ends a sentence's lead-in inside the quotation
                // ('... was not properly promoted. He added: "The whole world ...'): the source
                // left the first quotation open, and it ends where that sentence starts.
                (Role::Open, Family::Double)
                    if open_double.is_some_and(|at| at + 1 == stack.len())
                        && (ends_sentence_before(text, mark.span.start)
                            || colon_lead_in_before(text, sentences, mark.span.start)
                                .is_some()) =>
                {
                    let open = stack.pop().expect("the open double mark is on top");
                    if stack.is_empty() {
                        let cut = colon_lead_in_before(text, sentences, mark.span.start)
                            .unwrap_or(mark.span.start);
                        let end = Span::new(cut, cut);
                        push(
                            out,
                            text,
                            open.span,
                            end,
                            part_continues(&open, first_part_of_paragraph),
                        );
                        first_part_of_paragraph = false;
                    }
                    stack.push(mark);
                }
                (Role::Open, _) => stack.push(mark),
                (Role::Close, Family::Double) => {
                    if let Some(at) = open_double {
                        let open = stack[at];
                        stack.truncate(at);
                        if stack.is_empty() {
                            push(
                                out,
                                text,
                                open.span,
                                mark.span,
                                part_continues(&open, first_part_of_paragraph),
                            );
                            first_part_of_paragraph = false;
                        }
                    }
                }
                (Role::Close, Family::Single) => {
                    // A closing single mark with no open single quotation is an apostrophe.
                    if let Some(at) = open_single {
                        let open = stack[at];
                        stack.truncate(at);
                        if stack.is_empty() {
                            push(out, text, open.span, mark.span, false);
                            first_part_of_paragraph = false;
                        }
                    }
                }
                (Role::Either, _) => {}
            }
        }
        // A double quotation still open at the paragraph end runs to it; it continues in the
        // next paragraph when that one opens with a quotation mark.
        if let Some(open) = stack.iter().find(|m| m.family == Family::Double) {
            let end = Span::new(paragraph.end, paragraph.end);
            push(
                out,
                text,
                open.span,
                end,
                part_continues(open, first_part_of_paragraph),
            );
            let next_opens = paragraphs.get(index + 1).is_some_and(|next| {
                next.slice(text)
                    .chars()
                    .next()
                    .is_some_and(|c| matches!(c, '"' | '“' | '«' | '„' | '‘' | '\''))
            });
            carried = next_opens;
        }
    }
}

/// True when the text before byte `at`, white space aside, ends a sentence: `.`, `!` or `?`
/// with a space between it and `at`.
fn ends_sentence_before(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    before.len() < at && before.ends_with(['.', '!', '?'])
}

/// The start of the sentence that ends in a colon right before byte `at` (white space
/// aside), when it holds no double quotation mark: inside an open quotation, the lead-in of
/// a new one ("He added:"), not words of the open one. (A sentence that opens before the open
/// quotation holds its mark.)
fn colon_lead_in_before(text: &str, sentences: &[Span], at: usize) -> Option<usize> {
    let colon = text[..at].trim_end().strip_suffix(':')?.len();
    let sentence = sentences.get(sentences.partition_point(|s| s.end <= colon))?;
    // (`get`: a sentence that starts after the colon, which the splitter never makes, is no
    // lead-in either.)
    let lead_in = text.get(sentence.start..colon)?;
    (!lead_in.contains(['"', '“', '”', '«', '»', '„'])).then_some(sentence.start)
}

fn push(out: &mut Vec<MarkedQuote>, text: &str, open: Span, close: Span, continues_previous: bool) {
    let span = Span::new(open.end, close.start.max(open.end)).trim(text);
    let quoted = span.slice(text);
    // One letter ("rock 'n' roll", a stray mark) or no letter at all (`id="7834"`) is not
    // a quotation; nor is a markup attribute value (`author="x"`).
    let two_letters = quoted
        .chars()
        .filter(|c| c.is_alphabetic())
        .nth(1)
        .is_some();
    if !two_letters || text[..open.start].ends_with('=') {
        return;
    }
    // A nickname inside a name: Robert C. "Bobby" Scott.
    let before = text[..open.start].trim_end_matches(' ');
    let after = text[close.end..].trim_start_matches(' ');
    let last_word_before = before.rsplit([' ', '\n']).next().unwrap_or("");
    let capitalised_before = last_word_before
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    let capitalised_after = after.chars().next().is_some_and(char::is_uppercase);
    let spaced = before.len() < open.start && after.len() < text.len() - close.end;
    if !quoted.contains(' ') && capitalised_before && capitalised_after && spaced {
        return;
    }
    out.push(MarkedQuote {
        span,
        open,
        close,
        continues_previous,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmenter;

    fn quotes(text: &str) -> Vec<(String, bool)> {
        let segmentation = Segmenter::default().segment(text);
        let mut out = Vec::new();
        find_quotes(
            text,
            &segmentation.paragraphs,
            &segmentation.sentences,
            &mut out,
        );
        out.iter()
            .map(|q| (q.span.slice(text).to_string(), q.continues_previous))
            .collect()
    }

    #[test]
    fn pairs_marks_and_skips_apostrophes() {
        let text =
            "“We’ll win,” she said of the ’90s. Jones’ team said 'no way' and called it \"lies\".";
        let got: Vec<String> = quotes(text).into_iter().map(|q| q.0).collect();
        assert_eq!(got, ["We’ll win,", "no way", "lies"]);
    }

    #[test]
    fn a_double_mark_after_a_space_closes_after_a_closing_single_mark() {
        // Some newspapers print a space between a closing single and a closing double mark.
        let text =
            "\"They call it 'a flight to quality,' \" he said. A lone \" mark quotes nothing.";
        let got: Vec<String> = quotes(text).into_iter().map(|q| q.0).collect();
        assert_eq!(got, ["They call it 'a flight to quality,'"]);
    }

    #[test]
    fn three_apostrophes_close_or_open_a_single_and_a_double_quotation() {
        let text = "''She asked, 'Why now?''' he said. '''Never' is a long time,'' she said.";
        let got: Vec<String> = quotes(text).into_iter().map(|q| q.0).collect();
        assert_eq!(got, ["She asked, 'Why now?'", "'Never' is a long time,"]);
    }

    #[test]
    fn nested_quotes_report_the_outer_one() {
        let text = "He said: \"They told me 'never again' today.\"";
        assert_eq!(
            quotes(text),
            [("They told me 'never again' today.".to_string(), false)]
        );
    }

    #[test]
    fn multi_paragraph_quotes_continue() {
        let text = "“First part.\n\n“Second part.\n\n“Last part,” he said.\n\nAfter.";
        let got = quotes(text);
        assert_eq!(got.len(), 3);
        assert_eq!(got[0], ("First part.".to_string(), false));
        assert_eq!(got[1], ("Second part.".to_string(), true));
        assert_eq!(got[2], ("Last part,".to_string(), true));
    }

    #[test]
    fn a_quotation_whose_paragraph_break_was_lost_is_cut_where_the_next_part_opens() {
        // The next paragraph's opening mark, after a sentence's end, with the break lost:
        // two quotations, and nothing of the narrative after them in the first.
        let text = "\"How it works is important. \"We will address it,\" he said. Then more.";
        let got: Vec<String> = quotes(text).into_iter().map(|q| q.0).collect();
        assert_eq!(got, ["How it works is important.", "We will address it,"]);
        let curly = "“First part. “Second part.” Then narrative.";
        let got: Vec<String> = quotes(curly).into_iter().map(|q| q.0).collect();
        assert_eq!(got, ["First part.", "Second part."]);
        // Not after a word or a colon: `"He told me "go away" and left,"` stays one.
        let nested = "\"He told me \"go away\" and left,\" she said.";
        let got: Vec<String> = quotes(nested).into_iter().map(|q| q.0).collect();
        assert_eq!(got, ["He told me \"go away\" and left,"]);
    }

    #[test]
    fn a_quotation_left_open_ends_before_the_lead_in_of_the_next() {
        // The source never closed the first quotation; the colon's sentence is the lead-in of
        // the second, not words of the first.
        let text = "\"We have said as much. We feel it matters. He added: \"The world is \
                    waiting.\" Then more.";
        let got: Vec<String> = quotes(text).into_iter().map(|q| q.0).collect();
        assert_eq!(
            got,
            [
                "We have said as much. We feel it matters.",
                "The world is waiting."
            ]
        );
        // Not when the colon's sentence opens before the quotation does, nor when it holds
        // a double mark of its own.
        let one = "Smith said \"he told me: \"go away\" and left,\" and went.";
        let got: Vec<String> = quotes(one).into_iter().map(|q| q.0).collect();
        assert_eq!(got, ["he told me: \"go away\" and left,"]);
        let marked = "\"It ends here. The \"so-called\" plan reads: \"Go away\" today,\" he said.";
        let got: Vec<String> = quotes(marked).into_iter().map(|q| q.0).collect();
        assert_eq!(
            got[0],
            "It ends here. The \"so-called\" plan reads: \"Go away\" today,"
        );
    }

    #[test]
    fn a_straight_mark_spaced_after_closing_punctuation_closes() {
        let text = "\"It gives us other options. \" Replacement hooker Smith is a doubt.";
        let got: Vec<String> = quotes(text).into_iter().map(|q| q.0).collect();
        assert_eq!(got, ["It gives us other options."]);
    }

    #[test]
    fn unbalanced_marks_stay_local() {
        let text = "A stray \" mark here.\n\nThen \"a real quote\" later.";
        let got: Vec<String> = quotes(text).into_iter().map(|q| q.0).collect();
        assert_eq!(got.last().unwrap(), "a real quote");
    }
}
