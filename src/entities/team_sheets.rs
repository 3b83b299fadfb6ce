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
/// perhaps followed by a substitute in brackets ("Heikkinen (Foster 27)"), separated by
/// commas and ending with a full stop, when at least half of its names are people's
/// (a list of anything else, "Apples, Pears, Plums.", names none). Those unlabelled become
/// people (rule `team-sheet`), and so does the same word left unlabelled elsewhere in the
/// document (`unresolved`: a booking's line, "Brebner."). `mentions` are in text order and
/// stay so.
pub(crate) fn name_players(text: &str, mentions: &mut Vec<Entity>, unresolved: &[Span]) {
    let mut players: Vec<Span> = Vec::new();
    let mut line_start = 0;
    for line_end in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]) {
        let line = Span::new(line_start, line_end);
        line_start = line_end + 1;
        // (Cheap tests first: most lines are long, or end otherwise.)
        if line.len() > MAX_LINE || !line.slice(text).ends_with('.') {
            continue;
        }
        let Some(names) = names_of_line(text, line) else {
            continue;
        };
        let person = |name: &Span| {
            let i = mentions.partition_point(|m| m.span.start < name.start);
            mentions
                .get(i)
                .is_some_and(|m| m.span == *name && m.label == Label::Per)
        };
        let known = names.iter().filter(|n| person(n)).count();
        if names.len() < MIN_NAMES || 2 * known < names.len() {
            continue;
        }
        players.extend(names.into_iter().filter(|n| !overlaps_any(mentions, *n)));
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
    mentions.extend(spans.into_iter().map(|span| Entity {
        span,
        label: Label::Per,
        canonical: Arc::from(span.slice(text)),
        id: None,
        rule: "team-sheet",
        title: None,
    }));
    mentions.sort_by_key(|m| m.span.start);
}

/// The names of a team sheet's line ("Bullock, Duff, Scotland (Samuel 63), Brebner."), in
/// order, substitutes included; `None` when the line is anything else.
fn names_of_line(text: &str, line: Span) -> Option<Vec<Span>> {
    let body = line.slice(text).strip_suffix('.')?;
    // (Most lines are prose: settled by their first word, before any search for ", ".)
    let first_end = body
        .find(|c: char| !(c.is_alphabetic() || matches!(c, '\'' | '’' | '-')))
        .unwrap_or(body.len());
    if !(body[first_end..].starts_with(", ") || body[first_end..].starts_with(" (")) {
        return None;
    }
    let mut names = Vec::new();
    let mut at = line.start;
    for item in body.split(", ") {
        // "Scotland (Samuel 63)": the player and the substitute who came on at 63 minutes.
        let (player, substitute) = match item.split_once(" (") {
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
