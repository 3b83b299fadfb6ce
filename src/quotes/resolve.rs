//! Resolving a speaker mention to an entity of the document.
//!
//! In order: a name inside the mention (its entity); a pronoun (he/she -> the most recent
//! person of compatible gender, preferring the previous quotation's speaker; it/they -> the most
//! recent organisation); a description ("the governor" -> the person introduced with that title;
//! "the ministry" -> the most recent organisation whose name contains the word; "the company",
//! "the group" -> the most recent organisation).

use super::{Context, Quote, Referent};
use crate::entities::Entity;
use crate::gazetteer::lexicon::Gender;
use crate::gazetteer::Label;
use crate::span::Span;

/// True when one of the words of `name`, in lower case, is `lower_word`. (Run for every
/// organisation or titled person in the window of a description: without allocating for words
/// in ASCII.)
fn has_word(name: &str, lower_word: &str) -> bool {
    name.split_whitespace()
        .any(|w| is_lower_case_of(w, lower_word))
}

/// Nouns that stand for whatever organisation was last spoken of.
const GENERIC_ORGANISATION: &[&str] = &[
    "company",
    "firm",
    "group",
    "organisation",
    "organization",
    "club",
    "team",
    "government",
    "agency",
    "department",
    "ministry",
    "party",
    "bank",
    "union",
    "council",
    "committee",
    "commission",
    "campaign",
    "charity",
    "retailer",
    "business",
    "board",
    "institute",
    "cooperative",
    "police",
    "army",
    "military",
    "office",
    "authority",
    "federation",
    "league",
    "court",
    "operator",
    "regulator",
];

/// How many entities back a pronoun or description may refer.
const RECENT_ENTITIES: usize = 300;
/// How many quotations back a pronoun may take its speaker from.
const RECENT_QUOTES: usize = 8;

fn referent(entity: &Entity) -> Referent {
    Referent {
        canonical: entity.canonical.clone(),
        label: entity.label,
    }
}

/// The referent of the speaker mention `span`, which attributes a quotation opening at byte
/// `quote_at`; `earlier` are the document's quotations before it.
pub(crate) fn resolve(
    ctx: &Context<'_>,
    span: Span,
    quote_at: usize,
    earlier: &[Quote],
) -> Option<Referent> {
    let entities = ctx.entities;
    // A name inside the mention: the person if there is one, else the last organisation or place.
    let first = entities.partition_point(|e| e.span.end <= span.start);
    let inside = &entities[first..];
    let inside = &inside[..inside
        .iter()
        .take_while(|e| e.span.start < span.end)
        .count()];
    if let Some(person) = inside.iter().rev().find(|e| e.label == Label::Per) {
        return Some(referent(person));
    }
    if let Some(other) = inside.last() {
        return Some(referent(other));
    }
    let mention = span.slice(ctx.text);
    let mut split = mention.split_whitespace();
    let (Some(first_word), second_word) = (split.next(), split.next()) else {
        return None;
    };
    let position = span.start.min(quote_at);
    // Mentions after the previous quotation's end are new to the reader.
    let since = earlier.last().map_or(0, |q| q.span.end);
    // The entities mentioned before, within a window: a referent is recent.
    let count = entities.partition_point(|e| e.span.start < position);
    let before = &entities[count.saturating_sub(RECENT_ENTITIES)..count];
    let alone = second_word.is_none();
    let is = |word: &str| is_lower_case_of(first_word, word);
    if alone && (is("he") || is("she")) {
        let wanted = if is("he") {
            Gender::Male
        } else {
            Gender::Female
        };
        let gender = |canonical: &str| {
            let given = canonical.split_whitespace().next().unwrap_or("");
            ctx.lexicon.given_name(given).unwrap_or(Gender::Unknown)
        };
        // A person who opens the sentence leading into the quotation, named after the
        // previous quotation, is the one the pronoun takes up: "Gen. Taras Melnychuk, who
        // heads ..., said ... \"...,\" he said." Any gender but the wrong one will do.
        if let Some(subject) = lead_in_subject(ctx, quote_at, since, Label::Per) {
            let g = gender(&subject.canonical);
            if g == Gender::Unknown || g == wanted {
                return Some(referent(subject));
            }
        }
        // Then, most likely first: the previous quotation's speaker (the usual
        // referent), then the people mentioned before, nearest first. A person whose given
        // name has the pronoun's gender wins over one whose gender is unknown.
        let previous = earlier
            .iter()
            .rev()
            .take(RECENT_QUOTES)
            .find_map(|q| q.speaker.as_ref()?.entity.clone())
            .filter(|r| r.label == Label::Per);
        let candidates = previous.into_iter().chain(
            before
                .iter()
                .rev()
                .filter(|e| e.label == Label::Per)
                .map(referent),
        );
        let mut unknown = None;
        for candidate in candidates {
            match gender(&candidate.canonical) {
                g if g == wanted => return Some(candidate),
                Gender::Unknown if unknown.is_none() => unknown = Some(candidate),
                _ => {}
            }
        }
        unknown
    } else if alone && (is("it") || is("they")) {
        before
            .iter()
            .rev()
            .find(|e| e.label == Label::Org)
            .map(referent)
    } else if !alone && ["the", "a", "an", "its", "their"].into_iter().any(is) {
        // (Descriptions are rare: their words are folded into new strings.)
        let words: Vec<String> = mention
            .split_whitespace()
            .map(|w| w.to_lowercase())
            .collect();
        let noun = words.last()?;
        // "the ministry's reply": the possessor is the one who speaks.
        let noun = words
            .iter()
            .find(|w| w.ends_with("'s") || w.ends_with("’s"))
            .unwrap_or(noun);
        let noun = noun.trim_end_matches("'s").trim_end_matches("’s");
        // "the governor": the person introduced with that title.
        let titled = before.iter().rev().find(|e| {
            e.label == Label::Per && e.title.is_some_and(|t| has_word(t.slice(ctx.text), noun))
        });
        if let Some(person) = titled {
            return Some(referent(person));
        }
        if ctx.lexicon.title(noun).is_some() || ctx.lexicon.title(&capitalise(noun)).is_some() {
            return None;
        }
        // "the ministry": the organisation whose name has the word, else the last one.
        let named = before
            .iter()
            .rev()
            .find(|e| e.label == Label::Org && has_word(&e.canonical, noun));
        if let Some(org) = named {
            return Some(referent(org));
        }
        if GENERIC_ORGANISATION.contains(&noun) {
            // The organisation that opens the lead-in sentence ("Ardmore Dairies plc,
            // which supplies Northgate, said ..."), else the last one named.
            if let Some(subject) = lead_in_subject(ctx, quote_at, since, Label::Org) {
                return Some(referent(subject));
            }
            return before
                .iter()
                .rev()
                .find(|e| e.label == Label::Org)
                .map(referent);
        }
        None
    } else {
        None
    }
}

/// True when `word` in lower case is `lower` (without allocating for a word in ASCII).
fn is_lower_case_of(word: &str, lower: &str) -> bool {
    if word.is_ascii() {
        word.eq_ignore_ascii_case(lower)
    } else {
        word.to_lowercase() == lower
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The first entity labelled `label` named in the sentence that leads into a quotation
/// opening at byte `quote_at`: the sentence holding `quote_at` when one is named in it before
/// the quote, else the sentence before it. Only mentions after byte `since` (the previous
/// quotation's end) count.
fn lead_in_subject<'e>(
    ctx: &Context<'e>,
    quote_at: usize,
    since: usize,
    label: Label,
) -> Option<&'e Entity> {
    let sentences = ctx.sentences;
    let here = sentences.partition_point(|s| s.end <= quote_at);
    let first_person_in = |from: usize, to: usize| {
        let from = from.max(since);
        let i = ctx.entities.partition_point(|e| e.span.start < from);
        ctx.entities[i..]
            .iter()
            .take_while(|e| e.span.start < to)
            .find(|e| e.label == label)
    };
    let own = sentences
        .get(here)
        .filter(|s| s.start < quote_at)
        .and_then(|s| first_person_in(s.start, quote_at));
    own.or_else(|| {
        let previous = sentences[..here.min(sentences.len())].last()?;
        first_person_in(previous.start, previous.end)
    })
}
