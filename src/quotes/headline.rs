//! A headline's quotation is the words of a quotation in the story: "Howard attacks 'pay
//! later' Budget" over "Michael Howard has dismissed Gordon Brown's Budget as \"vote now, pay
//! later\" spending plans". The headline names no speaker; the story's quotation does, or
//! else the attribution of the story's first sentence, which the headline sums up.

use super::{Context, Quote, Speaker, CLAUSE_REPORTING_VERBS, SAYING_VERBS};
use crate::fold::WordSet;
use crate::Span;

/// Verbs besides those of saying and of reporting a clause by which a story's first sentence
/// gives its source: a finding ("a survey suggests"), a warning, a disclosure.
static LEAD_VERBS: WordSet<64> = WordSet::new(&[
    "suggest",
    "suggests",
    "suggested",
    "find",
    "finds",
    "found",
    "warning",
    "report",
    "reports",
    "reported",
    "reveal",
    "reveals",
    "revealed",
    "declared",
    "promised",
    "promising",
    "urged",
    "accused",
    "announced",
    "confirmed",
]);

/// Gives each quotation of the document's headline that no rule attributed the speaker of the
/// first later quotation that holds its words (from the start of a word, in any case) and
/// whose speaker is resolved to an entity; rule `headline-echo`. (An unresolved speaker is
/// often a phrase that no name stands behind, which the headline need not repeat.) Not a
/// name in quotation marks, nor words that the story quotes only as a term.
pub(crate) fn echo(ctx: &Context<'_>, quotes: &mut [Quote]) {
    let Some(headline) = ctx.paragraphs.first().copied() else {
        return;
    };
    // (Most documents quote nothing in their first paragraph.)
    if !quotes.first().is_some_and(|q| headline.contains(q.span)) || !ctx.is_headline(headline) {
        return;
    }
    let in_story = quotes.partition_point(|q| q.span.start < headline.end);
    for i in 0..in_story {
        if quotes[i].speaker.is_some() {
            continue;
        }
        let words = quotes[i].span.slice(ctx.text).trim();
        if is_quoted_name(ctx, headline, &quotes[i]) {
            continue;
        }
        // (Nor the story's fragment that only the subject of its sentence speaks: a term
        // quoted there ("marketing \"cold calls\"") is one in the headline too.)
        let echoed = quotes[in_story..].iter().find(|later| {
            later.rule != "sentence-subject"
                && later.speaker.as_ref().is_some_and(|s| s.entity.is_some())
                && holds_words(later.span.slice(ctx.text), words)
        });
        if let Some(speaker) = echoed.and_then(|later| later.speaker.clone()) {
            quotes[i].speaker = Some(speaker);
            quotes[i].rule = "headline-echo";
        }
    }
}

/// Gives each quotation of the document's headline that no rule attributed, and no later
/// quotation echoes, the attribution of the story's first sentence, which the headline sums
/// up: "Carmaker 'to close plant'" over "Velmor will shut its plant in May, reports say.";
/// "Shops 'face tough year'" over "Retailers face a hard year ahead, according to a survey.";
/// rule `headline-lead`. Not a pronoun there, which refers to nothing before it.
pub(crate) fn from_lead(ctx: &Context<'_>, quotes: &mut [Quote]) {
    let Some(headline) = ctx.paragraphs.first().copied() else {
        return;
    };
    if !quotes
        .iter()
        .any(|q| q.speaker.is_none() && headline.contains(q.span))
        || !ctx.is_headline(headline)
    {
        return;
    }
    let Some(lead) = ctx.paragraphs.get(1).and_then(|paragraph| {
        let i = ctx.sentences.partition_point(|s| s.end <= paragraph.start);
        ctx.sentences
            .get(i)
            .copied()
            .filter(|s| s.start == paragraph.start)
    }) else {
        return;
    };
    let Some((cue, mention)) = ctx.with_tokens_of(lead, |c| {
        let (cue, speaker, rule) = c.attribute_before(lead.start, lead.end)?;
        let pronoun = c.is_pronoun(c.token_at(speaker.span.start));
        let verb = cue.slice(c.text);
        // (A verb that says or reports, not one of doing: "the game has blasted away its
        // rivals", "two firms have agreed a deal"; nor the passive of hearsay: "the actor is
        // said to have turned down the part", "is widely reported to have resigned".)
        let reports = rule == "according-to"
            || ((SAYING_VERBS.contains(verb)
                || CLAUSE_REPORTING_VERBS.contains(verb)
                || LEAD_VERBS.contains(verb))
                && !c.text[cue.end..].starts_with(" to "));
        // (What it reports is a clause, before the attribution or after the verb, not an
        // object: "The club said nothing.")
        let words = |from: usize, to: usize| c.text[from..to].split_whitespace().count();
        let first = cue.start.min(speaker.span.start);
        let last = cue.end.max(speaker.span.end);
        let clause = words(lead.start, first) >= 3 || words(last, lead.end) >= 3;
        (reports && clause && !pronoun).then_some((cue, speaker.span))
    }) else {
        return;
    };
    let in_headline = quotes.partition_point(|q| q.span.start < headline.end);
    for i in 0..in_headline {
        if quotes[i].speaker.is_none() && !is_quoted_name(ctx, headline, &quotes[i]) {
            let (earlier, rest) = quotes.split_at_mut(i);
            let entity = super::resolve::resolve(ctx, mention, lead.start, earlier);
            rest[0].cue = Some(cue);
            rest[0].speaker = Some(Speaker {
                span: mention,
                entity,
            });
            rest[0].rule = "headline-lead";
        }
    }
}

/// True when the headline's quotation `q` is empty or a name: "Kilroy launches 'Veritas'
/// party", "Jowell rejects 'Las Vegas' jibe" (a headline's first word is capitalised whatever
/// it is).
fn is_quoted_name(ctx: &Context<'_>, headline: Span, q: &Quote) -> bool {
    let words = q.span.slice(ctx.text).trim();
    words.is_empty()
        || (q.span.start > headline.start + 1 && words.split_whitespace().all(is_name_word))
}

/// True for a word written as a name's: a capital, then a small letter ("Veritas", not
/// "U-turns").
fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

/// True when `text` holds `words` from the start of one of its words, in any case ("pay
/// later" in "vote now, pay later"; "bully" in "bullying"; not "act" in "fact").
fn holds_words(text: &str, words: &str) -> bool {
    let (text, words) = (text.to_lowercase(), words.to_lowercase());
    text.match_indices(&words).any(|(at, _)| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::holds_words;

    #[test]
    fn words_are_held_from_the_start_of_a_word() {
        assert!(holds_words("vote now, pay later", "pay later"));
        assert!(holds_words("Pay Later", "pay later"));
        assert!(holds_words("accused of bullying", "bully"));
        assert!(!holds_words("in fact", "act"));
        assert!(!holds_words("vote now", "pay later"));
    }
}
