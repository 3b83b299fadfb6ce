//! Team sheets: the lines of players' surnames that close a match report ("Bullock, Duff,
//! Wilson, Ritchie, Scotland (Samuel 63), Brebner."). Most names there are found by the
//! surname rules; the rest are surnames that are English words ("Duff", "Hart", "Diamond"),
//! given names ("Kenneth") or names no list knows, and the list itself says that they are
//! players too.

use std::sync::Arc;

use super::{overlaps_any, Entity};
use crate::gazetteer::Label;
use crate::span::Span;

/// The fewest names of a team sheet's line (a substitutes' bench may have three).
const MIN_NAMES: usize = 3;

/// The longest line read as a team sheet: eleven players with substitutes in brackets.
const MAX_LINE: usize = 400;

/// Names the players of every team-sheet line that the rules left unlabelled, after the
/// document pass: a line that is nothing but a list of single capitalised words, each
/// perhaps followed by a substitute in brackets ("Heikkinen (Foster 27)") or the captain's
/// mark ("Schubert (capt)"), separated by commas or, between the units of a rugby side, by
/// semicolons, perhaps after a label ("Replacements: "), and ending with a full stop, when at
/// least half of its names are people's (a list of anything else, "Apples, Pears, Plums.",
/// names none), or three or more are and they are at least twice as many as the places and
/// organisations, or when the line before it (blank lines aside) is a team sheet and one of
/// its names is a person's (the bench after the side). Those unlabelled become people (rule
/// `team-sheet`), and so does the same word left unlabelled elsewhere in the document
/// (`unresolved`: a booking's line, "Brebner."). A name of the line that a list or a rule
/// took for a place or an organisation ("Hamilton", "Buxton") is a player too. `mentions`
/// are in text order and stay so.
pub(crate) fn name_players(text: &str, mentions: &mut Vec<Entity>, unresolved: &[Span]) {
    let mut players: Vec<Span> = Vec::new();
    let mut line_start = 0;
    // Whether the last line with any text was a team sheet.
    let mut after_sheet = false;
    for line_end in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]) {
        let line = Span::new(line_start, line_end);
        line_start = line_end + 1;
        // (Cheap tests first: most lines are long, or end otherwise.)
        if line.len() > MAX_LINE || !line.slice(text).ends_with('.') {
            after_sheet &= line.slice(text).trim().is_empty();
            continue;
        }
        let Some(names) = names_of_line(text, line) else {
            after_sheet = false;
            continue;
        };
        // The labels that the rules gave the line's names.
        let label = |name: &Span| {
            let i = mentions.partition_point(|m| m.span.start < name.start);
            mentions.get(i).filter(|m| m.span == *name).map(|m| m.label)
        };
        let labels: Vec<Option<Label>> = names.iter().map(label).collect();
        let known = labels.iter().filter(|l| **l == Some(Label::Per)).count();
        let other = labels.iter().filter(|l| l.is_some()).count() - known;
        // (Unknown names say nothing: a side's players are often in no list.)
        let sheet = names.len() >= MIN_NAMES
            && (2 * known >= names.len()
                || (known >= MIN_NAMES && known >= 2 * other)
                || (after_sheet && known >= 1));
        after_sheet = sheet;
        if !sheet {
            continue;
        }
        for name in names {
            let i = mentions.partition_point(|m| m.span.start < name.start);
            if mentions.get(i).is_some_and(|m| m.span == name) {
                if mentions[i].label != Label::Per {
                    mentions[i] = player(text, name);
                }
            } else if !overlaps_any(mentions, name) {
                players.push(name);
            }
        }
    }
    if players.is_empty() {
        return;
    }
    let named_elsewhere = unresolved.iter().filter(|span| {
        !players.contains(span)
            && !overlaps_any(mentions, **span)
            && players.iter().any(|p| p.bytes(text) == span.bytes(text))
    });
    let spans: Vec<Span> = players.iter().chain(named_elsewhere).copied().collect();
    mentions.extend(spans.into_iter().map(|span| player(text, span)));
    mentions.sort_by_key(|m| m.span.start);
}

/// A player named at `span` of a team sheet.
fn player(text: &str, span: Span) -> Entity {
    Entity {
        span,
        label: Label::Per,
        canonical: Arc::from(span.slice(text)),
        id: None,
        rule: "team-sheet",
        title: None,
    }
}

/// Labels that may open a line of substitutes ("Replacements: Peel, Wilson, Shaw.").
const BENCH_LABELS: &[&str] = &[
    "Replacements: ",
    "Subs: ",
    "Substitutes: ",
    "Subs not used: ",
    "Replacements not used: ",
];

/// The names of a team sheet's line ("Bullock, Duff, Scotland (Samuel 63), Brebner.",
/// "Walder; May, Tait; Wilkinson (capt)."), in order, substitutes included; `None` when the
/// line is anything else.
fn names_of_line(text: &str, line: Span) -> Option<Vec<Span>> {
    let mut body = line.slice(text).strip_suffix('.')?;
    let mut at = line.start;
    if let Some(label) = BENCH_LABELS.iter().find(|l| body.starts_with(*l)) {
        body = &body[label.len()..];
        at += label.len();
    }
    // (Most lines are prose: settled by their first word, before any search for ", ".)
    let first_end = body
        .find(|c: char| !(c.is_alphabetic() || matches!(c, '\'' | '’' | '-')))
        .unwrap_or(body.len());
    let rest = &body[first_end..];
    if !(rest.starts_with(", ") || rest.starts_with("; ") || rest.starts_with(" (")) {
        return None;
    }
    let mut names = Vec::new();
    // (Both separators are two bytes long.)
    for item in body.split(", ").flat_map(|part| part.split("; ")) {
        // "Scotland (Samuel 63)": the player and the substitute who came on at 63 minutes;
        // "Schubert (capt)": the captain.
        let (player, substitute) = match item.split_once(" (") {
            Some((player, "capt)" | "captain)")) => (player, None),
            Some((player, rest)) => {
                let rest = rest.strip_suffix(')')?;
                let (name, minute) = rest.rsplit_once(' ')?;
                if !minute.bytes().all(|b| b.is_ascii_digit()) || minute.is_empty() {
                    return None;
                }
                (player, Some((player.len() + 2, name)))
            }
            None => (item, None),
        };
        if !is_name_word(player) {
            return None;
        }
        names.push(Span::new(at, at + player.len()));
        if let Some((offset, name)) = substitute {
            if !is_name_word(name) {
                return None;
            }
            names.push(Span::new(at + offset, at + offset + name.len()));
        }
        at += item.len() + 2;
    }
    Some(names)
}

/// True for one word that starts with a capital and goes on in letters, apostrophes and
/// hyphens, with a lower-case letter ("McNaughton", "O'Neil"; not "FC" or "2-1").
fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
        && word.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_team_sheet_line_gives_its_names_with_substitutes() {
        let text = "Esson, Hart, Byrne (Morrison 75), Mackie.";
        let names: Vec<&str> = names_of_line(text, Span::new(0, text.len()))
            .unwrap()
            .iter()
            .map(|s| s.slice(text))
            .collect();
        assert_eq!(names, ["Esson", "Hart", "Byrne", "Morrison", "Mackie"]);
        // A rugby side's units, its captain, and a bench after its label.
        for (text, expected) in [
            (
                "Walder; May, Tait; Ward (capt).",
                &["Walder", "May", "Tait", "Ward"][..],
            ),
            (
                "Replacements: Peel, Shaw, Page.",
                &["Peel", "Shaw", "Page"][..],
            ),
        ] {
            let names: Vec<&str> = names_of_line(text, Span::new(0, text.len()))
                .unwrap()
                .iter()
                .map(|s| s.slice(text))
                .collect();
            assert_eq!(names, expected);
        }
        // Prose, a score or a list with "and" is no team sheet.
        for line in [
            "Esson, who was outstanding, saved it.",
            "Archibald 19, Grady 29.",
            "Esson, Hart and Mackie.",
        ] {
            assert!(
                names_of_line(line, Span::new(0, line.len())).is_none(),
                "{line}"
            );
        }
    }
}
