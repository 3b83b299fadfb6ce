//! Sports teams named after their town: "Houston 10 Pittsburgh 0", "Middlesex beat Hampshire".
//!
//! In results lines and match reports a town or county stands for its club, an organisation;
//! a country stands for its national side, which news annotation conventions (CoNLL) keep as a
//! place. A place mention followed by a score (in a short results line, or closing a clause
//! of a long scoreboard line: "Worcestershire 238 and 133-5, Derbyshire 471 (...)"), joined to
//! another by a result verb, on either side of a fixture's "v", next to a club's noun or a
//! player's role ("champions Auxerre", "Liverpool fans", "Leicester coach"), or as the subject
//! of a plural verb ("Blackburn are") is relabelled ORG, and so is every other mention of the
//! same name in the document.
//!
//! Many clubs put a word before the town ("Hansa Rostock", "PSV Eindhoven", "F.C. Farul
//! Constanta"): in a results line, the capitalised words between the start of the line (or
//! the score before) and the town are the rest of the club's name.

use rustc_hash::FxHashSet as HashSet;

use super::{
    is_calendar_word, is_function_word, is_initial_word, overlaps_any, Entity, NUMBER_WORDS,
};
use crate::gazetteer::{Label, Lexicon};
use crate::span::Span;

/// Words that join two teams in a result: "Middlesex beat Hampshire".
const RESULT_WORDS: &[&str] = &[
    "beat", "beats", "defeated", "drew", "draw", "v", "vs", "vs.", "lost", "edged", "thrashed",
    "routed", "crushed",
];

/// Players and staff of a club named after their town: "Neuchatel coach Gilbert Gress",
/// "Oakland reliever Mark Acre" (after a country, a national side, which stays a place).
const SPORTS_ROLES: &[&str] = &[
    "coach",
    "manager",
    "boss",
    "captain",
    "skipper",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "batsman",
    "bowler",
    "pitcher",
    "reliever",
    "outfielder",
    "infielder",
    "shortstop",
    "quarterback",
];

/// Positions on a team, which are ordinary nouns and adverbs too ("the Colorado centre",
/// "play Kaka forward."): after a town, its club's only with an article or a possessive
/// before the town or the player's name after the position ("the Leicester flanker", "Bath
/// prop Duncan Bell"); after a word no rule labelled, only when no capitalised word comes
/// before it ("South African flanker") and it is no participle ("Uncapped fly-half").
const POSITIONS: &[&str] = &[
    "fly-half",
    "scrum-half",
    "flanker",
    "hooker",
    "prop",
    "lock",
    "full-back",
    "centre",
    "wing",
    "forward",
    "keeper",
    "playmaker",
    "team-mate",
    "teammate",
];

/// The shapes of the words of [`SPORTS_ROLES`] and [`POSITIONS`]: bit `len` of entry
/// `first - b'a'` is set when a role of that length opens with that letter. Most words after a
/// name ("said", "and", "has") are ruled out by it before they are compared with any role.
static ROLE_SHAPES: [u32; 26] = role_shapes();

const fn role_shapes() -> [u32; 26] {
    let mut shapes = [0u32; 26];
    let lists = [SPORTS_ROLES, POSITIONS];
    let mut l = 0;
    while l < lists.len() {
        let mut k = 0;
        while k < lists[l].len() {
            let word = lists[l][k].as_bytes();
            assert!(word[0].is_ascii_lowercase() && word.len() < 32);
            shapes[(word[0] - b'a') as usize] |= 1 << word.len();
            k += 1;
        }
        l += 1;
    }
    shapes
}

/// What the word after a town names on a team.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// One of [`SPORTS_ROLES`]: "coach", "striker".
    Staff,
    /// One of [`POSITIONS`]: "flanker", "centre".
    Position,
}

/// The role that `word` (the word after a town) names, alone or opening a compound ("The
/// Bath fly-half-cum-centre"), with punctuation after it or not. (Asked of every town and
/// every word no rule labelled: the letter and the length rule out most words before any
/// comparison.)
fn role_of(word: &str) -> Option<Role> {
    let bytes = word.as_bytes();
    let first = *bytes.first()?;
    if !first.is_ascii_lowercase() || ROLE_SHAPES[(first - b'a') as usize] == 0 {
        return None;
    }
    let end = bytes
        .iter()
        .rposition(|b| !b.is_ascii_punctuation() || *b == b'-')
        .map_or(0, |k| k + 1);
    let listed = |part: &str| {
        let shape =
            part.len() < 32 && ROLE_SHAPES[(first - b'a') as usize] & (1 << part.len()) != 0;
        if !shape {
            None
        } else if SPORTS_ROLES.contains(&part) {
            Some(Role::Staff)
        } else if POSITIONS.contains(&part) {
            Some(Role::Position)
        } else {
            None
        }
    };
    let word = &word[..end];
    listed(word).or_else(|| {
        // (A compound: the part before one of its hyphens, within a role's length.)
        word.match_indices('-')
            .take_while(|&(at, _)| at < 12)
            .find_map(|(at, _)| listed(&word[..at]))
    })
}

/// Phrases of a player's transfer or career before a club's name: "signing for Charlton",
/// "110 appearances for Chelsea", "on loan from Newcastle", "his spell at Leicester".
const TRANSFER_PHRASES: &[&str] = &[
    "signing for",
    "signed for",
    "sign for",
    "signs for",
    "appearances for",
    "loan from",
    "loan to",
    "loan at",
    "spell at",
    "spell with",
];

/// Verbs of joining before a club's name ("joined Sunderland", "before joining Everton"):
/// after a town only, since people and firms are joined too.
const JOINING_VERBS: &[&str] = &["joined", "joins", "joining"];

/// True when `before` (the text up to a name) ends with one of [`TRANSFER_PHRASES`], or, for
/// a town, one of [`JOINING_VERBS`].
fn transfer_before(before: &str, town: bool) -> bool {
    let Some(head) = before.strip_suffix(' ') else {
        return false;
    };
    let ends_with_word = |phrase: &str| {
        head.strip_suffix(phrase)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
    };
    if town && JOINING_VERBS.iter().any(|v| ends_with_word(v)) {
        return true;
    }
    // (Every phrase ends with a preposition, which most names follow none of: read from the
    // last bytes first, since the text before a name may be long.)
    let bytes = head.as_bytes();
    let preposition = [&b" for"[..], b" from", b" to", b" at", b" with"]
        .iter()
        .any(|p| bytes.ends_with(p));
    preposition && TRANSFER_PHRASES.iter().any(|p| ends_with_word(p))
}

/// Words before a town that make a position after it the town's club's: "the Leicester
/// flanker", "His Newcastle team-mate".
const POSITION_DETERMINERS: &[&str] = &["the", "The", "his", "His", "her", "Her", "their"];

/// True when the text after a town, `after`, is a position and then a capitalised word (the
/// player's name) in the same clause: " prop Duncan Bell", not " forward. They".
fn name_follows(after: &str) -> bool {
    let mut words = after.split_whitespace();
    words
        .next()
        .is_some_and(|role| !role.ends_with(CLAUSE_ENDS))
        && words
            .next()
            .is_some_and(|name| name.starts_with(char::is_uppercase))
}

/// Nouns for a club right before its town: "reigning champions Auxerre", "Dutch club
/// Feyenoord", "his old side Leeds", "title rivals Essex", "leaders Chelsea" (not "hosts":
/// a programme's hosts are people).
const CLUB_NOUNS: &[&str] = &[
    "champions",
    "holders",
    "club",
    "side",
    "rivals",
    "hopefuls",
    "leaders",
    "visitors",
    "opponents",
];

/// Nouns after a town that make it its club: "Liverpool fans", "the Barcelona game" (after a
/// country, its national side, which stays a place; not "team" or "players", which firms and
/// towns have too, nor "side", which CoNLL-2003 labels both ways: "the Yorkshire side" a club,
/// "the Volgograd side" a place).
const CLUB_NOUNS_AFTER: &[&str] = &[
    "fans",
    "supporters",
    "squad",
    "game",
    "match",
    "clash",
    "fixture",
];

/// Verbs in the plural, which a town as subject takes only as its team ("Blackburn are trying
/// to buy me", "Birmingham have confirmed"): a place takes the singular.
const PLURAL_VERBS_AFTER: &[&str] = &["are", "were", "have"];

/// Lower-case words after which a town opens a clause, as the subject of the verb that follows
/// ("but Chelsea are", "said Blackburn were"): conjunctions and reporting verbs. After any
/// other word the town may be an object or an apposition and the plural verb another
/// subject's ("French troops besieging Turin were defeated", "the 385 voters of the camp
/// Nagyatad have written").
const CLAUSE_OPENERS: &[&str] = &[
    "but", "that", "as", "if", "because", "while", "when", "though", "although", "so", "said",
    "says", "believes", "thinks", "insists", "admits", "admitted", "claimed", "claims",
];

/// The words of a results table that open its lines as a team's name would ("Halftime 1-2.",
/// "Aggregate 4-3", "Total 245"): never a team.
const RESULT_LINE_LABELS: &[&str] = &[
    "halftime",
    "half-time",
    "aggregate",
    "total",
    "totals",
    "attendance",
    "result",
    "results",
    "score",
    "scores",
    "scorers",
    "penalties",
    "overtime",
    "standings",
    "points",
];

/// True when `name` is one of [`RESULT_LINE_LABELS`] (case aside).
fn is_result_line_label(name: &str) -> bool {
    RESULT_LINE_LABELS
        .iter()
        .any(|label| label.eq_ignore_ascii_case(name))
}

/// True for the word between the two sides of a fixture: "Charlton v Birmingham". Not "v."
/// or "vs.", which also name court cases ("United States v. Texas").
fn is_fixture_word(word: &str) -> bool {
    matches!(word, "v" | "vs")
}

/// The longest rest of a line after a team name that still reads as a results line.
const RESULT_LINE_REST: usize = 60;

/// The longest start of a line before a team name in a results line.
const RESULT_LINE_HEAD: usize = 40;

/// True when byte `at` opens a line (after a headline that has no full stop, the first
/// sentence of the body opens there): nothing but spaces or tabs since the line break.
fn starts_line(text: &str, at: usize) -> bool {
    text.as_bytes()[..at]
        .iter()
        .rev()
        .find(|&&b| b != b' ' && b != b'\t')
        .is_some_and(|&b| b == b'\n')
}

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
    let rest_of_line = text[end..end + line_len].trim_start_matches(' ');
    let word = rest_of_line.split(char::is_whitespace).next().unwrap_or("");
    // "3", "2-1", and a cricket score "429-7" (runs and wickets), but not a year or a date.
    let number = word.trim_end_matches(['.', ',', ';', ')']);
    let (runs, wickets) = number.split_once('-').unwrap_or((number, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let score = !runs.is_empty()
        && runs.len() <= 3
        && digits(runs)
        && wickets.len() <= 2
        && digits(wickets);
    if !score {
        return false;
    }
    // After the score, the line ends or goes on as a result does: the other side, a
    // bracket of scorers, a comma, a scoreboard's words ("529-8 declared", "5 points"); not
    // a sentence ("Xbox 2 may be unveiled in summer") or a figure ("Dresden 792 up 11.4").
    let next_word = rest_of_line[word.len()..]
        .trim_start_matches(' ')
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    !next_word.starts_with(|c: char| c.is_ascii_lowercase())
        || SCOREBOARD_WORDS.contains(&next_word)
}

/// Lower-case words that follow a score in a results line: "Yorkshire 529-8 declared",
/// "Sussex 389 and 112", "Glamorgan 5 points", "Kent 40-3 v Essex", "250 for six", "all out".
const SCOREBOARD_WORDS: &[&str] = &[
    "declared", "dec", "and", "for", "all", "points", "pts", "v", "vs", "after", "wickets", "runs",
    "overs", "innings", "not",
];

/// True when a score stands right after byte `end` and closes a clause of a scoreboard: "Kent
/// 108-3" at the end of a line, "Derbyshire 471 (J. Adams 123)", "Worcestershire 238 and
/// 133-5", "Lille 3, ..."; not "Texas 25 people", "Olympic 10,000m", "Number 10. Mr", or a
/// year, or "Olympic 200 and 400 champion". Unlike [`score_follows`], on a line of any length.
/// A comma and a space close the clause only when `comma` is true.
fn score_closes(text: &str, end: usize, comma: bool) -> bool {
    let rest = &text.as_bytes()[end..];
    let Some(rest) = rest.strip_prefix(b" ") else {
        return false;
    };
    let score = |bytes: &[u8]| {
        let runs = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        let mut len = runs;
        if bytes.get(len) == Some(&b'-') {
            let wickets = bytes[len + 1..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            if (1..=2).contains(&wickets) {
                len += 1 + wickets;
            }
        }
        ((1..=3).contains(&runs)).then_some(len)
    };
    let Some(len) = score(rest) else {
        return false;
    };
    // (A comma or a point before a digit is inside a number: "10,000m", "5,710.53".)
    match &rest[len..] {
        [] | [b'\n' | b';', ..] | [b',' | b'.'] | [b',' | b'.', b'\n' | b'\r', ..] => true,
        [b',', b' ', ..] => comma,
        [b' ', b'(', ..] => true,
        // "238 and 133-5,": the second score closes the clause.
        [b' ', b'a', b'n', b'd', ..] => score_closes(text, end + 1 + len + 4, comma),
        _ => false,
    }
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

/// True when the name at `start..end` is one side of a one-line fixture with its score: the
/// line is "A 2 B 1" with the name as A or B (each side capitalised words, each score one
/// number of at most two digits), or a headline's "A 4-1 B" (one score of two such numbers).
fn in_fixture_line(text: &str, start: usize, end: usize) -> bool {
    let Some(head) = line_head(text, start) else {
        return false;
    };
    // The rest of the line, read no further than a results line runs.
    let mut limit = (end + RESULT_LINE_REST).min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let rest = &text[end..limit];
    let rest = rest.find('\n').map_or(rest, |at| &rest[..at]);
    // The line's shape: 'n' a score, 'w' a run of capitalised words (the name itself one).
    let mut shape = [0u8; 4];
    let mut len = 0;
    let words = head
        .split_whitespace()
        .chain(["X"])
        .chain(rest.split_whitespace());
    let goals = |n: &str| (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit());
    for word in words {
        let kind = if goals(word) {
            b'n'
        } else if word
            .split_once('-')
            .is_some_and(|(a, b)| goals(a) && goals(b))
        {
            b's'
        } else if word.starts_with(|c: char| c.is_uppercase()) {
            b'w'
        } else {
            return false;
        };
        if kind == b'w' && len > 0 && shape[len - 1] == b'w' {
            continue;
        }
        if len == shape.len() {
            return false;
        }
        shape[len] = kind;
        len += 1;
    }
    matches!(&shape[..len], b"wnwn" | b"wsw")
}

/// The most words a club's name puts before its town ("Krylya Sovetov Samara").
const CLUB_WORDS_BEFORE_TOWN: usize = 3;

/// Where a club's name starts when capitalised words stand between the start of the line
/// (or the score before) and the team at `start`: "Hansa Rostock 3", "NAC Breda 1 Sparta
/// Rotterdam 0". `None` when nothing stands there, or when anything else does (a lower-case
/// word, punctuation, a function word as in "KANSAS CITY AT DETROIT", a calendar word:
/// "Saturday", "May").
fn club_name_start(text: &str, start: usize, lexicon: &Lexicon) -> Option<usize> {
    // The words after the start of the line, the last score, or the list of scorers that
    // closes the other side ("Stuttgart 2 (Bobic 61st) Werder Bremen 1"), within
    // RESULT_LINE_HEAD bytes.
    let window_start = start.saturating_sub(RESULT_LINE_HEAD);
    let window = &text.as_bytes()[window_start..start];
    let boundary = window
        .iter()
        .rposition(|&b| b == b'\n' || b == b')' || b.is_ascii_digit());
    let from = match boundary {
        Some(at) => window_start + at + 1,
        None if window_start == 0 => 0,
        None => return None,
    };
    // (`from` follows an ASCII byte, or is 0: a char boundary.)
    let words = &text[from..start];
    // A score is followed by a space before the next club: "1 Sparta", not "Sparta2".
    let after_score = boundary.is_some_and(|at| window[at] != b'\n');
    if after_score && !words.starts_with(' ') {
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
    Some(start - words.len())
}

/// Extends every team in `mentions` (sorted) over the rest of its club's name before it
/// ([`club_name_start`]), dropping the mentions the longer name covers.
fn take_club_words(text: &str, mentions: &mut Vec<Entity>, lexicon: &Lexicon) {
    let mut covered = Vec::new();
    for i in 0..mentions.len() {
        // Only in a results line: elsewhere the team's name was taken from one.
        let end = mentions[i].span.end;
        if mentions[i].rule != "team"
            || !(score_follows(text, end) || score_closes(text, end, true))
        {
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
        // (Searched, so that a long results table stays linear.)
        covered.sort_unstable();
        let mut index = 0;
        mentions.retain(|_| {
            let keep = covered.binary_search(&index).is_err();
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

/// The names of a document's teams, in lower case: a name asked about is lowered in a stack
/// buffer when it is short ASCII (nearly all), not into a new string.
#[derive(Default)]
struct Teams(HashSet<Vec<u8>>);

impl Teams {
    /// Adds `name` (in any case).
    fn insert(&mut self, name: &str) {
        if !self.contains(name) {
            self.0.insert(name.to_lowercase().into_bytes());
        }
    }

    /// True when `name`, lowered, is one of the teams. (A set, not a list, so that a long
    /// document of many teams stays linear.)
    fn contains(&self, name: &str) -> bool {
        !self.0.is_empty()
            && crate::fold::with_lowercase_bytes(name, |lower| self.0.contains(lower))
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// True when the capitalised word at `span` of `text` is an ordinary word, not a name: a
/// pronoun, an article or a nationality ("The manager told", "I v"), a number, a day or a
/// month, or a common word capitalised because it opens the sentence ("Their manager",
/// "Former captain").
pub(super) fn is_ordinary_word(text: &str, span: Span, lexicon: &Lexicon) -> bool {
    let word = span.slice(text);
    let before = text[..span.start].trim_end();
    let opens_sentence = before.is_empty() || before.ends_with(['.', '!', '?', '"', '\u{201c}']);
    word == "I"
        || is_function_word(word)
        || NUMBER_WORDS.contains_folded(word)
        || lexicon.demonym(word).is_some()
        || (opens_sentence && lexicon.is_common_word_folded(word))
}

/// The marks that may end a clause right after a word.
const CLAUSE_ENDS: [char; 4] = [',', '.', ';', ':'];

/// The word after byte `end` of `text`, past ASCII white space, up to the next (asked of every
/// word no rule labelled: a byte scan, where `split_whitespace` decodes characters). Empty
/// when none.
#[inline]
pub(super) fn word_after(text: &str, end: usize) -> &str {
    let rest = text[end..].trim_ascii_start();
    let len = rest
        .bytes()
        .position(|b| b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    &rest[..len]
}

/// The word before byte `start` of `text`, as [`word_after`] reads the one after.
#[inline]
pub(super) fn word_before(text: &str, start: usize) -> &str {
    let head = text[..start].trim_ascii_end();
    let from = head
        .bytes()
        .rposition(|b| b.is_ascii_whitespace())
        .map_or(0, |k| k + 1);
    &head[from..]
}

/// Relabels town-named teams in `mentions` (sorted) of `text`; words no rule labelled
/// (`unresolved`) that stand in a results line become teams too.
pub(crate) fn relabel(
    text: &str,
    mentions: &mut Vec<Entity>,
    unresolved: &[Span],
    lexicon: &Lexicon,
) {
    name_teams_after_nationalities(text, mentions, unresolved);
    let is_town = |m: &Entity| m.label == Label::Loc && !lexicon.is_country(&m.canonical);
    let weak = |m: &Entity| matches!(m.rule, "surname" | "name-shape");
    let mut teams = Teams::default();
    for (i, mention) in mentions.iter().enumerate() {
        let in_results =
            score_follows(text, mention.span.end) && line_head(text, mention.span.start).is_some();
        // A given name and a word between the two scores of a fixture ("Gloria Bistrita 0
        // Universitatea Cluj 1") name a club, not a person (a golfer's line has scores but no
        // second side).
        let fixture_side = || {
            mention.rule == "given-name"
                && in_fixture_line(text, mention.span.start, mention.span.end)
        };
        if in_results
            && (weak(mention) || fixture_side())
            && opens_result(text, mention.span.start)
            && !is_calendar_word(lexicon, mention.span.slice(text))
            && !is_result_line_label(mention.span.slice(text))
        {
            teams.insert(mention.span.slice(text));
            continue;
        }
        if !is_town(mention) {
            continue;
        }
        let before = &text[..mention.span.start];
        let previous_word = before.split_whitespace().next_back().unwrap_or("");
        // A long scoreboard line: "Chesterfield: Worcestershire 238 and 133-5, Derbyshire 471
        // (J. Adams 123)". Not a venue ("at Stamford Bridge 3-1,") or a batsman's initial ("P.
        // Prichard 88,"); an ordinary word needs more than a comma after its number ("key to
        // Number 10, getting"; "Surrey 429-7 (C. Lewis 80)").
        let end = mention.span.end;
        let scored = score_closes(text, end, true)
            && !matches!(previous_word, "at" | "in" | "At" | "In")
            && !is_initial_word(previous_word.as_bytes())
            && (score_closes(text, end, false)
                || !lexicon.is_common_word_folded(mention.span.slice(text)));
        let after = &text[mention.span.end..];
        // "Middlesex beat Hampshire": a result verb between two places.
        let next_word = after.split_whitespace().next().unwrap_or("");
        // "Notts County v York": a fixture's "v" makes a team of a town whatever the other
        // side is; a verb ("beat") only between two places.
        // The other side may be a club the lists know ("Chelsea beat Arsenal"), right next to
        // the verb.
        let side = |other: &Entity, adjacent: bool| {
            other.label == Label::Loc || (other.label == Label::Org && adjacent)
        };
        let joined_after = is_fixture_word(next_word)
            || (RESULT_WORDS.contains(&next_word)
                && mentions.get(i + 1).is_some_and(|n| {
                    let verb_end = mention.span.end + 1 + next_word.len();
                    side(n, n.span.start == verb_end + 1)
                }));
        let joined_before = is_fixture_word(previous_word)
            || (RESULT_WORDS.contains(&previous_word)
                && i > 0
                && side(
                    &mentions[i - 1],
                    mentions[i - 1].span.end + 1 + previous_word.len() + 1 == mention.span.start,
                ));
        // (A venue is no club: "the Stamford Bridge game".)
        let venue = || {
            let name = mention.span.slice(text);
            lexicon.is_place_suffix(name.rsplit(' ').next().unwrap_or(name))
        };
        // (A plural verb right after the name, which opens a clause.)
        let opens_clause = previous_word.is_empty()
            || previous_word
                .ends_with(['.', '!', '?', ':', ';', '"', '\'', '\u{201c}', '\u{2018}'])
            || CLAUSE_OPENERS.contains(&previous_word)
            || starts_line(text, mention.span.start);
        let plural_subject =
            PLURAL_VERBS_AFTER.contains(&next_word) && after.starts_with(' ') && opens_clause;
        // (A position, an ordinary noun or adverb too, after an article or a possessive or
        // before the player's name: "the Leicester flanker", "Bath prop Duncan Bell", not
        // "play Kaka forward.")
        let role = role_of(next_word);
        let position = || {
            role == Some(Role::Position)
                && (POSITION_DETERMINERS.contains(&previous_word) || name_follows(after))
        };
        let club = role == Some(Role::Staff)
            || position()
            || transfer_before(before, true)
            || CLUB_NOUNS.contains(&previous_word)
            || (CLUB_NOUNS_AFTER.contains(&next_word.trim_end_matches(CLAUSE_ENDS)) && !venue())
            || (plural_subject && !venue());
        // "Dundee Utd 4-1 Aberdeen": a headline's fixture (either side), the town the whole
        // side (not "Greenock" of "Greenock Morton 1 Falkirk 0").
        let whole_side = next_word.is_empty()
            || after.starts_with('\n')
            || next_word.starts_with(|c: char| c.is_ascii_digit());
        let fixture = || whole_side && in_fixture_line(text, mention.span.start, end);
        if in_results || scored || joined_after || joined_before || club || fixture() {
            teams.insert(mention.span.slice(text));
        }
    }
    for &span in unresolved {
        let in_results = score_follows(text, span.end) && opens_result(text, span.start);
        // "Chelsea manager Jose Mourinho", "Everton v Arsenal", "champions Arsenal": a word
        // no rule labelled, before a player's or manager's role, on either side of a
        // fixture's "v" or after a club's noun, is a club. (Not before a result verb: "Henman
        // beat Ferrero" may be two surnames that no list knows.)
        let (previous_word, next_word) =
            (word_before(text, span.start), word_after(text, span.end));
        // (The role may end the clause: "his first silverware as Chelsea manager.")
        let role = role_of(next_word);
        // "Sociedad are in 15th place", "but Celtic were": the subject of a plural verb,
        // opening its clause, is a side (as a town is, above). Not a plural itself
        // ("Gamers are", "PCs are") or a contraction ("I'd have").
        let plural_subject = || {
            let word = span.slice(text);
            PLURAL_VERBS_AFTER.contains(&next_word)
                && !word.ends_with('s')
                && !word.contains(['\'', '\u{2019}'])
                && (previous_word.is_empty()
                    || previous_word.ends_with(['.', '!', '?', ':', '"', '\u{201c}'])
                    || CLAUSE_OPENERS.contains(&previous_word))
        };
        // (A position after a word no rule labelled, which ends no longer name ("South
        // African flanker", "England Under-21 keeper") and is no participle ("Uncapped
        // fly-half").)
        let position = || {
            role == Some(Role::Position)
                && !previous_word.starts_with(char::is_uppercase)
                && !span.slice(text).ends_with("ed")
        };
        let club = role == Some(Role::Staff)
            || position()
            || transfer_before(&text[..span.start], false)
            || CLUB_NOUNS.contains(&previous_word)
            || is_fixture_word(next_word)
            || is_fixture_word(previous_word)
            || plural_subject();
        // (The word itself is asked about only in such a context: most are in none.)
        if !in_results && !club {
            continue;
        }
        let word = span.slice(text);
        if is_calendar_word(lexicon, word) || is_result_line_label(word) {
            continue;
        }
        if in_results || !is_ordinary_word(text, span, lexicon) {
            teams.insert(word);
        }
    }
    towns_listed_among_clubs(text, mentions, &is_town, &mut teams);
    if teams.is_empty() {
        return;
    }
    // A town listed with a team is a team: "the tie between Chelsea and West Ham", "Leeds,
    // Bolton or Wigan" (once West Ham, Bolton are teams elsewhere in the document).
    // The team before it may be a word no list knows ("Brentford or Hartlepool"), which is
    // among the words left unlabelled (in text order) until the end of this step. (One after
    // it is found so already: "Bolton or Gorsbury".)
    let is_team = |span: Span| teams.contains(span.slice(text));
    let listed_with = |a: Span, b: Span| {
        a.end <= b.start && matches!(&text[a.end..b.start], " and " | " or " | ", ")
    };
    let mut coordinated = Vec::new();
    for (i, mention) in mentions.iter().enumerate() {
        if !is_town(mention) || is_team(mention.span) {
            continue;
        }
        let span = mention.span;
        let joined_to_team = |other: Option<Span>, other_first: bool| {
            other.is_some_and(|o| {
                is_team(o)
                    && if other_first {
                        listed_with(o, span)
                    } else {
                        listed_with(span, o)
                    }
            })
        };
        let word_before = unresolved
            .partition_point(|u| u.end <= span.start)
            .checked_sub(1)
            .map(|k| unresolved[k]);
        // In a document that names clubs, a listed organisation is one too ("runners-up
        // Manchester United and Liverpool").
        let organisation = |m: &Entity| m.label == Label::Org;
        let previous = i.checked_sub(1).map(|j| &mentions[j]);
        let next = mentions.get(i + 1);
        let before = joined_to_team(previous.map(|m| m.span), true)
            || joined_to_team(word_before, true)
            || previous.is_some_and(|m| organisation(m) && listed_with(m.span, span));
        let after = joined_to_team(next.map(|m| m.span), false)
            || next.is_some_and(|m| organisation(m) && listed_with(span, m.span));
        if before || after {
            coordinated.push(mention.span.slice(text));
        }
    }
    for name in coordinated {
        teams.insert(name);
    }
    for mention in mentions.iter_mut() {
        let named = is_town(mention) || weak(mention) || mention.rule == "given-name";
        if !named || !teams.contains(mention.span.slice(text)) {
            continue;
        }
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
        // "prosecutors in Parma": after "in", the town itself (not "in Parma's win").
        let located = text[..mention.span.start].ends_with(" in ")
            && !text[mention.span.end..].starts_with(['\'', '’']);
        if !dateline && !located {
            mention.label = Label::Org;
            mention.rule = "team";
            mention.id = None;
            mention.canonical = mention.span.slice(text).into();
        }
    }
    let before = mentions.len();
    for &span in unresolved {
        if teams.contains(span.slice(text)) && !overlaps_any(&mentions[..before], span) {
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

/// True when the bytes of `text` from `end` to `start` separate two names of a list:
/// "Juventus, Lyon", "Manchester United and Liverpool". (Asked of every two mentions in a
/// row: the length rules out most before any byte is read.)
fn lists_next(text: &str, end: usize, start: usize) -> bool {
    end <= start
        && start - end <= 6
        && matches!(
            &text.as_bytes()[end..start],
            b", " | b" and " | b" or " | b", and " | b", or "
        )
}

/// "AC Milan, Bayer Leverkusen, Juventus, Lyon": in a list of three names or more, most of
/// them organisations (two at least) and none a country, the towns are clubs too. (A town
/// beside one organisation may be where it is: "Nato and Brussels".) `mentions` are in text
/// order.
fn towns_listed_among_clubs(
    text: &str,
    mentions: &[Entity],
    is_town: &impl Fn(&Entity) -> bool,
    teams: &mut Teams,
) {
    let mut first = 0;
    while first < mentions.len() {
        let mut last = first;
        while last + 1 < mentions.len()
            && lists_next(text, mentions[last].span.end, mentions[last + 1].span.start)
        {
            last += 1;
        }
        let list = &mentions[first..=last];
        first = last + 1;
        // (The cheap tests first: most mentions stand in no list, and a town needs two
        // organisations beside it at least.)
        let organisations = list.iter().filter(|m| m.label == Label::Org).count();
        if organisations < 2 || organisations == list.len() {
            continue;
        }
        let towns = list.iter().filter(|m| is_town(m)).count();
        if towns == 0 || organisations <= towns || organisations + towns < list.len() {
            continue;
        }
        // (Not a town cut out of a longer name: "Scottish Borders Enterprise", "Credit Suisse
        // First Boston".)
        let name_word = |w: &str| w.starts_with(char::is_uppercase);
        let cut_out = |m: &Entity| {
            let before = word_before(text, m.span.start);
            name_word(word_after(text, m.span.end))
                || name_word(before) && before.ends_with(char::is_alphanumeric)
        };
        for town in list.iter().filter(|m| is_town(m) && !cut_out(m)) {
            teams.insert(town.span.slice(text));
        }
    }
}

/// In results of racing and cycling, "Jean Alesi (France) Benetton 1:52.354": the name after a
/// person's nationality in brackets, and before a time, a number, "same time", a gap or the
/// end of the line, is the person's team.
/// `mentions` are in text order, and stay so.
fn name_teams_after_nationalities(text: &str, mentions: &mut Vec<Entity>, unresolved: &[Span]) {
    // True when a nationality's mention in brackets ends right before `at` (") " before the
    // name), and a person's name stands right before its bracket.
    let after_nationality = |mentions: &[Entity], at: usize| -> bool {
        if !text[..at].ends_with(") ") {
            return false;
        }
        let close = at - 2;
        let i = mentions.partition_point(|m| m.span.end < close);
        let Some(place) = mentions.get(i).filter(|m| m.span.end == close) else {
            return false;
        };
        place.label == Label::Loc
            && text[..place.span.start].ends_with(" (")
            && i > 0
            && mentions[i - 1].label == Label::Per
            && mentions[i - 1].span.end + 2 == place.span.start
    };
    // What follows a team in such a line: a time or a number, "same time" ("s.t."), a gap
    // ("at 1:05", "one lap"), or the end of the line.
    let number_after = |end: usize| {
        let rest = &text[end..];
        if rest.is_empty() || rest.starts_with(['\n', '\r']) {
            return true;
        }
        rest.strip_prefix(' ').is_some_and(|rest| {
            rest.starts_with(|c: char| c.is_ascii_digit())
                || rest.starts_with("same time")
                || rest.starts_with("s.t.")
                || rest.starts_with("at ")
                || rest
                    .split_whitespace()
                    .nth(1)
                    .is_some_and(|w| w.starts_with("lap"))
        })
    };
    let relabel: Vec<usize> = (0..mentions.len())
        .filter(|&k| {
            let m = &mentions[k];
            m.label != Label::Org
                && after_nationality(mentions, m.span.start)
                && number_after(m.span.end)
        })
        .collect();
    for k in relabel {
        let m = &mut mentions[k];
        m.label = Label::Org;
        m.rule = "team";
        m.id = None;
        m.canonical = m.span.slice(text).into();
    }
    let added: Vec<Entity> = unresolved
        .iter()
        .filter(|span| {
            after_nationality(mentions, span.start)
                && number_after(span.end)
                && !overlaps_any(mentions, **span)
        })
        .map(|&span| Entity {
            span,
            label: Label::Org,
            canonical: span.slice(text).into(),
            id: None,
            rule: "team",
            title: None,
        })
        .collect();
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.span.start);
    }
}
