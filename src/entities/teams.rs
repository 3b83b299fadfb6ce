//! Sports teams named after their town: "Houston 10 Pittsburgh 0", "Middlesex beat Hampshire".
//!
//! In results lines and match reports a town or county stands for its club, an organisation;
//! a country stands for its national side, which news annotation conventions (CoNLL) keep as a
//! place. A place mention followed by a score, or joined to another by a result verb, is
//! relabelled ORG, and so is every other mention of the same name in the document.

use rustc_hash::FxHashSet as HashSet;

use super::Entity;
use crate::gazetteer::{Label, Lexicon};

/// Words that join two teams in a result: "Middlesex beat Hampshire".
const RESULT_WORDS: &[&str] = &[
    "beat", "beats", "defeated", "drew", "draw", "v", "vs", "vs.", "lost", "edged", "thrashed",
    "routed", "crushed",
];

/// Relabels town-named teams in `mentions` (sorted) of `text`.
pub(crate) fn relabel(text: &str, mentions: &mut [Entity], lexicon: &Lexicon) {
    let is_town = |m: &Entity| m.label == Label::Loc && !lexicon.is_country(&m.canonical);
    let mut teams: HashSet<String> = HashSet::default();
    for (i, mention) in mentions.iter().enumerate() {
        if !is_town(mention) {
            continue;
        }
        let after = &text[mention.span.end..];
        let rest_of_line = after.split('\n').next().unwrap_or("");
        // "Houston 10 PITTSBURGH 0": a score right after the name, in a line of results.
        // A score is a short number, not a date ("LONDON 1996-08-30") or a year.
        let number: String = rest_of_line
            .trim_start_matches(' ')
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect();
        let is_score = !number.is_empty()
            && number.len() <= 5
            && number.starts_with(|c: char| c.is_ascii_digit())
            && number.chars().filter(char::is_ascii_digit).count() <= 3;
        let scored = is_score
            && rest_of_line.len() < 60
            && text[..mention.span.start]
                .rsplit('\n')
                .next()
                .is_some_and(|head| head.len() < 40);
        // "Middlesex beat Hampshire": a result verb between two places.
        let next_word = after.split_whitespace().next().unwrap_or("");
        let before = &text[..mention.span.start];
        let previous_word = before.split_whitespace().next_back().unwrap_or("");
        let joined_after = RESULT_WORDS.contains(&next_word)
            && mentions.get(i + 1).is_some_and(|n| n.label == Label::Loc);
        let joined_before =
            RESULT_WORDS.contains(&previous_word) && i > 0 && mentions[i - 1].label == Label::Loc;
        if scored || joined_after || joined_before {
            teams.insert(mention.span.slice(text).to_lowercase());
        }
    }
    if teams.is_empty() {
        return;
    }
    for mention in mentions.iter_mut() {
        if is_town(mention) && teams.contains(&mention.span.slice(text).to_lowercase()) {
            mention.label = Label::Org;
            mention.rule = "team";
            mention.id = None;
        }
    }
}
