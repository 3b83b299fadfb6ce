//! Sports teams named after their town: "Houston 10 Pittsburgh 0", "Middlesex beat Hampshire".
//!
//! In results lines and match reports a town or county stands for its club, an organisation;
//! a country stands for its national side, which news annotation conventions (CoNLL) keep as a
//! place. A place mention followed by a score, or joined to another by a result verb, is
//! relabelled ORG, and so is every other mention of the same name in the document.
//!
//! Many clubs put a word before the town ("Hansa Rostock", "PSV Eindhoven", "F.C. Farul
//! Constanta"): in a results line, the capitalised words between the start of the line (or
//! the score before) and the town are the rest of the club's name.

use rustc_hash::FxHashSet as HashSet;

use super::{is_calendar_word, is_function_word, Entity};
use crate::gazetteer::{Label, Lexicon};
use crate::span::Span;

/// Words that join two teams in a result: "Middlesex beat Hampshire".
const RESULT_WORDS: &[&str] = &[
    "beat", "beats", "defeated", "drew", "draw", "v", "vs", "vs.", "lost", "edged", "thrashed",
    "routed", "crushed",
];

/// True for the word between the two sides of a fixture: "Charlton v Birmingham". Not "v."
/// or "vs.", which also name court cases ("United States v. Texas").
fn is_fixture_word(word: &str) -> bool {
    matches!(word, "v" | "vs")
}

/// The longest rest of a line after a team name that still reads as a results line.
const RESULT_LINE_REST: usize = 60;

/// The longest start of a line before a team name in a results line.
const RESULT_LINE_HEAD: usize = 40;

/// True when the text after byte `end` on its line starts with a score ("10", "3-1"), not a
/// date ("1996-08-30") or a year, and the line is short (a results line). Looks at no more
/// than [`RESULT_LINE_REST`] bytes, so a document that is one long line costs no more.
fn score_follows(text: &str, end: usize) -> bool {
    let bytes = text.as_bytes();
    // Nearly every mention is followed by a word, not a number: settled by one byte.
    let next = bytes[end..].iter().find(|&&b| b != b' ');
    if !next.is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let window = &bytes[end..(end + RESULT_LINE_REST).min(bytes.len())];
    let line_len = match memchr::memchr(b'\n', window) {
        Some(len) => len,
        None if end + window.len() == bytes.len() && window.len() < RESULT_LINE_REST => {
            window.len()
        }
        None => return false,
    };
    let rest_of_line = &text[end..end + line_len];
    let word = rest_of_line
        .trim_start_matches(' ')
        .split(char::is_whitespace)
        .next()
        .unwrap_or("");
    // "3", "2-1", and a cricket score "429-7" (runs and wickets), but not a year or a date.
    let number = word.trim_end_matches(['.', ',', ';', ')']);
    let (runs, wickets) = number.split_once('-').unwrap_or((number, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    !runs.is_empty() && runs.len() <= 3 && digits(runs) && wickets.len() <= 2 && digits(wickets)
}

/// The text of the line before byte `start`, when it is shorter than [`RESULT_LINE_HEAD`]
/// bytes (else `None`: too long for the head of a results line).
fn line_head(text: &str, start: usize) -> Option<&str> {
    let from = start.saturating_sub(RESULT_LINE_HEAD);
    let window = &text.as_bytes()[from..start];
    let head_start = match memchr::memrchr(b'\n', window) {
        Some(at) => from + at + 1,
        None if from == 0 => 0,
        None => return None,
    };
    (start - head_start < RESULT_LINE_HEAD).then(|| &text[head_start..start])
}

/// The most words a club's name puts before its town ("Krylya Sovetov Samara").
const CLUB_WORDS_BEFORE_TOWN: usize = 3;

/// Where a club's name starts when capitalised words stand between the start of the line
/// (or the score before) and the team at `start`: "Hansa Rostock 3", "NAC Breda 1 Sparta
/// Rotterdam 0". `None` when nothing stands there, or when anything else does (a lower-case
/// word, punctuation, a function word as in "KANSAS CITY AT DETROIT", a calendar word:
/// "Saturday", "May").
fn club_name_start(text: &str, start: usize, lexicon: &Lexicon) -> Option<usize> {
    let head = line_head(text, start)?;
    let head_start = start - head.len();
    // The words after the last score on the line (all of them when there is none).
    let from = head
        .bytes()
        .rposition(|b| b.is_ascii_digit())
        .map_or(0, |at| at + 1);
    let words = &head[from..];
    // A score is followed by a space before the next club: "1 Sparta", not "Sparta2".
    if from > 0 && !words.starts_with(' ') {
        return None;
    }
    let words = words.trim_start_matches(' ');
    if words.is_empty() || !words.ends_with(' ') {
        return None;
    }
    let club_word = |w: &str| {
        // (An empty word, between two spaces, is not one.)
        w.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            && w.bytes()
                .all(|b| b.is_ascii_alphabetic() || b == b'.' || b == b'-')
            && !is_function_word(w)
            && !is_calendar_word(lexicon, w.trim_end_matches('.'))
    };
    let mut count = 0;
    for word in words.split_terminator(' ') {
        count += 1;
        if count > CLUB_WORDS_BEFORE_TOWN || !club_word(word) {
            return None;
        }
    }
    Some(head_start + (head.len() - words.len()))
}

/// Extends every team in `mentions` (sorted) over the rest of its club's name before it
/// ([`club_name_start`]), dropping the mentions the longer name covers.
fn take_club_words(text: &str, mentions: &mut Vec<Entity>, lexicon: &Lexicon) {
    let mut covered = Vec::new();
    for i in 0..mentions.len() {
        // Only in a results line: elsewhere the team's name was taken from one.
        if mentions[i].rule != "team" || !score_follows(text, mentions[i].span.end) {
            continue;
        }
        let Some(start) = club_name_start(text, mentions[i].span.start, lexicon) else {
            continue;
        };
        // The words may hold mentions of their own ("PSV", "Sparta"), just before this one:
        // the club's name covers them (but not one that reaches back past its start).
        let first = mentions[..i].partition_point(|m| m.span.end <= start);
        if mentions[first..i].iter().any(|m| m.span.start < start) {
            continue;
        }
        covered.extend(first..i);
        let span = Span::new(start, mentions[i].span.end);
        mentions[i].span = span;
        mentions[i].canonical = span.slice(text).into();
    }
    if !covered.is_empty() {
        let mut index = 0;
        mentions.retain(|_| {
            let keep = !covered.contains(&index);
            index += 1;
            keep
        });
    }
}

/// True when the span starts its line, or follows a score on it ("Wigan 4 Chester 2").
fn opens_result(text: &str, start: usize) -> bool {
    line_head(text, start).is_some_and(|head| {
        let head = head.trim_end_matches(' ');
        head.is_empty() || head.ends_with(|c: char| c.is_ascii_digit())
    })
}

/// Relabels town-named teams in `mentions` (sorted) of `text`; words no rule labelled
/// (`unresolved`) that stand in a results line become teams too.
pub(crate) fn relabel(
    text: &str,
    mentions: &mut Vec<Entity>,
    unresolved: &[Span],
    lexicon: &Lexicon,
) {
    let is_town = |m: &Entity| m.label == Label::Loc && !lexicon.is_country(&m.canonical);
    let weak = |m: &Entity| matches!(m.rule, "surname" | "name-shape" | "capitalised-phrase");
    let mut teams: HashSet<String> = HashSet::default();
    for (i, mention) in mentions.iter().enumerate() {
        let in_results =
            score_follows(text, mention.span.end) && line_head(text, mention.span.start).is_some();
        if weak(mention)
            && in_results
            && opens_result(text, mention.span.start)
            && !is_calendar_word(lexicon, mention.span.slice(text))
        {
            teams.insert(mention.span.slice(text).to_lowercase());
            continue;
        }
        if !is_town(mention) {
            continue;
        }
        let after = &text[mention.span.end..];
        // "Middlesex beat Hampshire": a result verb between two places.
        let next_word = after.split_whitespace().next().unwrap_or("");
        let before = &text[..mention.span.start];
        let previous_word = before.split_whitespace().next_back().unwrap_or("");
        // "Notts County v York": a fixture's "v" makes a team of a town whatever the other
        // side is; a verb ("beat") only between two places.
        let joined_after = is_fixture_word(next_word)
            || (RESULT_WORDS.contains(&next_word)
                && mentions.get(i + 1).is_some_and(|n| n.label == Label::Loc));
        let joined_before = is_fixture_word(previous_word)
            || (RESULT_WORDS.contains(&previous_word)
                && i > 0
                && mentions[i - 1].label == Label::Loc);
        if in_results || joined_after || joined_before {
            teams.insert(mention.span.slice(text).to_lowercase());
        }
    }
    for &span in unresolved {
        if score_follows(text, span.end)
            && opens_result(text, span.start)
            && !is_calendar_word(lexicon, span.slice(text))
        {
            teams.insert(span.slice(text).to_lowercase());
        }
    }
    if teams.is_empty() {
        return;
    }
    for mention in mentions.iter_mut() {
        // A dateline ("NEW YORK 1996-08-30") names the place the story was filed from.
        let dateline = text[mention.span.end..]
            .trim_start_matches(' ')
            .split_whitespace()
            .next()
            .is_some_and(|w| {
                w.len() == 10
                    && w.as_bytes()[4] == b'-'
                    && w.chars().filter(char::is_ascii_digit).count() == 8
            });
        let named = !dateline && teams.contains(&mention.span.slice(text).to_lowercase());
        if named && (is_town(mention) || weak(mention)) {
            mention.label = Label::Org;
            mention.rule = "team";
            mention.id = None;
            mention.canonical = mention.span.slice(text).into();
        }
    }
    let before = mentions.len();
    for &span in unresolved {
        if teams.contains(&span.slice(text).to_lowercase())
            && !mentions[..before].iter().any(|m| m.span.overlaps(span))
        {
            let name = span.slice(text).into();
            mentions.push(Entity {
                span,
                label: Label::Org,
                canonical: name,
                id: None,
                rule: "team",
                title: None,
            });
        }
    }
    if mentions.len() > before {
        mentions.sort_by_key(|m| m.span.start);
    }
    take_club_words(text, mentions, lexicon);
}
