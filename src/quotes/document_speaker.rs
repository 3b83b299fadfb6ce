//! The person a feature quotes throughout: a profile or an interview gives its subject's
//! words in quotation after quotation, with narrator's sentences between them and no verb of
//! speech for most ("He then progressed to crutches. \"Walking without the crutches seemed
//! like something finally measurable in terms of my recovery.\"").

use super::marks::MarkedQuote;
use super::{Context, Quote, QuoteKind, Referent, Speaker};
use crate::gazetteer::Label;

/// How many of the latest quotations with a person as speaker must all be the same person's.
const RECENT_SPEAKERS: usize = 4;

/// The fewest quotations that person must already have.
const MIN_QUOTES: usize = 2;

/// How many quotations back the document's speaker is looked for (a bound that keeps a
/// document of many quotations linear).
const QUOTES_BACK: usize = 16;

/// How many entities back the speaker's mention is looked for (the same bound for mentions).
const ENTITIES_BACK: usize = 300;

/// Gives the document's speaker to each direct quotation that no rule attributed, when it
/// speaks in the first person ("I", "my") and the document's latest quotations with a
/// person as speaker (at least two, of the last four) are all that person's, the nearest
/// attributed quotation among them. The speaker's mention is the person's last mention before
/// the quotation; rule `document-speaker`. A direct quotation right after one so attributed
/// (the same paragraph, or opening the next) carries its speaker over.
pub(crate) fn fill(ctx: &Context<'_>, marked: &[MarkedQuote], quotes: &mut [Quote]) {
    // (Most documents have every quotation attributed or none attributed to a person.)
    if quotes.iter().all(|q| q.speaker.is_some()) {
        return;
    }
    let mut filled: Option<usize> = None;
    for i in 0..quotes.len() {
        let last_filled = filled.take();
        if quotes[i].speaker.is_some() || quotes[i].kind != QuoteKind::Direct {
            continue;
        }
        if let Some(p) =
            last_filled.filter(|&p| p + 1 == i && ctx.follows_closely(&marked[p], &marked[i]))
        {
            quotes[i].speaker = quotes[p].speaker.clone();
            quotes[i].rule = "carry-over";
            filled = Some(i);
            continue;
        }
        if !in_first_person(quotes[i].span.slice(ctx.text)) {
            continue;
        }
        let Some(person) = document_speaker(&quotes[..i]) else {
            continue;
        };
        let at = marked[i].open.start;
        let before = ctx.entities.partition_point(|e| e.span.start < at);
        let Some(mention) = ctx.entities[..before]
            .iter()
            .rev()
            .take(ENTITIES_BACK)
            .find(|e| e.label == Label::Per && e.canonical == person.canonical)
        else {
            continue;
        };
        quotes[i].speaker = Some(Speaker {
            span: mention.span,
            entity: Some(person),
        });
        quotes[i].rule = "document-speaker";
        filled = Some(i);
    }
}

/// The person whose quotations the document has been giving: the speaker of the nearest
/// attributed quotation among the last [`QUOTES_BACK`] of `earlier`, when that is a person who
/// also speaks all of the last [`RECENT_SPEAKERS`] quotations there with a person as speaker,
/// at least [`MIN_QUOTES`] of them.
fn document_speaker(earlier: &[Quote]) -> Option<Referent> {
    let earlier = &earlier[earlier.len().saturating_sub(QUOTES_BACK)..];
    let nearest = earlier.iter().rev().find_map(|q| q.speaker.as_ref())?;
    let person = nearest.entity.clone().filter(|r| r.label == Label::Per)?;
    let recent: Vec<&Referent> = earlier
        .iter()
        .rev()
        .filter_map(|q| q.speaker.as_ref()?.entity.as_ref())
        .filter(|r| r.label == Label::Per)
        .take(RECENT_SPEAKERS)
        .collect();
    (recent.len() >= MIN_QUOTES && recent.iter().all(|r| r.canonical == person.canonical))
        .then_some(person)
}

/// True when `words` have a word of the first person singular: "I", "I'm", "me", "my".
fn in_first_person(words: &str) -> bool {
    words
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .any(|w| {
            matches!(
                w,
                "I" | "I'm"
                    | "I’m"
                    | "I'd"
                    | "I’d"
                    | "I've"
                    | "I’ve"
                    | "I'll"
                    | "I’ll"
                    | "me"
                    | "my"
                    | "My"
                    | "myself"
                    | "Myself"
            )
        })
}
