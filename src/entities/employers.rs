//! Firms named by their staff or their parts: "Fiat chief executive Sergio Marchionne", "a
//! Marsh spokeswoman", "Investec economist David Page", "the Yugansk unit". A firm no list
//! knows is often named only so, and a word right before a role that only an organisation's
//! staff hold names the organisation (its people are named after the role, not before it).
//! The word is one that no rule labelled; every other place the document leaves it
//! unlabelled is the firm too ("Fiat had sold GM a stake").

use std::sync::Arc;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::teams::{is_ordinary_word, word_after, word_before};
use super::{has_adjective_ending, is_function_word, overlaps_any, Entity, ORG_VOICES_AFTER};
use crate::fold::WordSet;
use crate::gazetteer::{Label, Lexicon};
use crate::span::Span;

/// A firm's canonical name and id.
type Name = (Arc<str>, Option<Arc<str>>);

/// Roles held only in an organisation, and its parts ("the Yugansk unit"), right after its
/// name, besides its voices ([`ORG_VOICES_AFTER`]: spokesman, chairman). (Not "director",
/// "editor" or "producer": a film's and a book's are named so too, "Iris director Sir Richard
/// Eyre"; not "boss" and "manager", which the team rules read; not "president", a country's
/// office too.)
static STAFF_ROLES: WordSet<32> = WordSet::new(&[
    "founder",
    "co-founder",
    "economist",
    "analyst",
    "executive",
    "executives",
    "unit",
    "subsidiary",
    "division",
    "affiliate",
]);

/// Words after "chief" that make it a firm's role: "Yukos chief executive Steven Theede",
/// "Comerica chief economist" (not "Fed chief warning").
static CHIEF_ROLES: WordSet<32> = WordSet::new(&[
    "executive",
    "executives",
    "economist",
    "operating",
    "financial",
    "strategist",
    "technology",
    "technical",
    "investment",
]);

/// The words of political parties as adjectives, which name a party's people and no firm:
/// "a Tory spokesman", "Lib Dem spokesman Mark Oaten". A party as a modifier is no entity.
static PARTY_WORDS: WordSet<32> = WordSet::new(&[
    "tory",
    "conservative",
    "labour",
    "liberal",
    "dem",
    "democrat",
    "democratic",
    "republican",
    "socialist",
    "communist",
    "unionist",
    "nationalist",
    "green",
]);

/// True when the words after byte `end` of `text` are a role only an organisation's staff
/// hold. After a possessive, not a spokesman, whom a person has too ("Kilroy's spokesman";
/// "Easyjet's founder" is a firm's).
fn staff_role_after(text: &str, end: usize) -> bool {
    // (A byte test first: most words are followed by no role, nor by a possessive. The
    // roles and parts, and "chief", start with these letters.)
    let could_be = match text.as_bytes().get(end..end + 2) {
        Some([b' ', first]) => matches!(first, b'a' | b'c' | b'd' | b'e' | b'f' | b's' | b'u'),
        Some([b'\'' | 0xE2, _]) => true,
        _ => false,
    };
    if !could_be {
        return false;
    }
    // (After a possessive, the role is read from the space after its "s".)
    let (end, possessive) = match text[end..]
        .strip_prefix("'s ")
        .or_else(|| text[end..].strip_prefix("’s "))
    {
        Some(rest) => (text.len() - rest.len() - 1, true),
        None => (end, false),
    };
    let next = word_after(text, end);
    if STAFF_ROLES.contains(next) || ORG_VOICES_AFTER.contains(next) {
        return !(possessive && next.starts_with("spokes"));
    }
    next == "chief" && {
        let chief_end = text[end..]
            .find("chief")
            .map_or(end, |k| end + k + "chief".len());
        CHIEF_ROLES.contains(word_after(text, chief_end))
    }
}

/// True when the word at byte `start` of `text` ends a longer name, whose other words no rule
/// labelled either: a capitalised word before it, not an article opening the sentence
/// ("Salvation Army spokesman", "Home Affairs spokesman", "US Embassy spokesman"), or a
/// connector after one ("Top of the Pops spokesperson", "Department for Media, Culture and
/// Sport spokeswoman"). The last word alone is not the organisation.
fn in_longer_name(text: &str, start: usize) -> bool {
    let previous = word_before(text, start);
    let connector = |w: &str| matches!(w, "of" | "and" | "for" | "&" | "de");
    (previous.starts_with(|c: char| c.is_uppercase()) && !is_function_word(previous))
        || connector(previous)
        || (previous == "the" && {
            let the = text[..start].trim_end().len() - previous.len();
            connector(word_before(text, the))
        })
}

/// Labels as organisations (rule `staff-role`) the words of `unresolved` (capitalised words no
/// rule labelled, in text order) that stand right before a staff role, with every other
/// unlabelled mention of the same word. `mentions` are in text order and stay so.
pub(crate) fn name_employers(
    text: &str,
    mentions: &mut Vec<Entity>,
    unresolved: &[Span],
    lexicon: &Lexicon,
) {
    let mut firms: HashSet<&str> = HashSet::default();
    for &span in unresolved {
        // (The context first: most words stand before no such role.)
        if !staff_role_after(text, span.end) {
            continue;
        }
        let word = span.slice(text);
        if in_longer_name(text, span.start)
            || is_ordinary_word(text, span, lexicon)
            || has_adjective_ending(word)
            || PARTY_WORDS.contains_folded(word)
        {
            continue;
        }
        firms.insert(word);
    }
    if firms.is_empty() {
        return;
    }
    // A firm the document names in full elsewhere keeps that name: "Villa chairman Doug
    // Ellis" after "Aston Villa", "Sun's chief operating officer" after "Sun Microsystems".
    // (The first organisation of several words that each word opens or ends, gathered in one
    // pass over the mentions, so that a long document of firms stays linear.)
    let mut names: HashMap<&str, Name> = HashMap::default();
    for mention in mentions.iter().filter(|m| m.label == Label::Org) {
        let name = mention.span.slice(text);
        if let Some((first, rest)) = name.split_once(' ') {
            let last = rest.rsplit(' ').next().unwrap_or(rest);
            for word in [first, last].into_iter().filter(|w| firms.contains(w)) {
                names
                    .entry(word)
                    .or_insert_with(|| (mention.canonical.clone(), mention.id.clone()));
            }
        }
    }
    for &word in &firms {
        names.entry(word).or_insert_with(|| (word.into(), None));
    }
    let before = mentions.len();
    for &span in unresolved {
        if let Some((canonical, id)) = names
            .get(span.slice(text))
            .filter(|_| !overlaps_any(&mentions[..before], span))
        {
            mentions.push(Entity {
                span,
                label: Label::Org,
                canonical: canonical.clone(),
                id: id.clone(),
                rule: "staff-role",
                title: None,
            });
        }
    }
    if mentions.len() > before {
        mentions.sort_by_key(|m| m.span.start);
    }
}
