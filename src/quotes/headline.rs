//! A headline's quotation is the words of a quotation in the story: "Howard attacks 'pay
//! later' Budget" over "Michael Howard has dismissed Gordon Brown's Budget as \"vote now, pay
//! later\" spending plans". The headline names no speaker; the story's quotation does.

use super::{Context, Quote};

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
        // (Not a name: "Kilroy launches 'Veritas' party", "Jowell rejects 'Las Vegas' jibe";
        // a headline's first word is capitalised whatever it is.)
        let name =
            quotes[i].span.start > headline.start + 1 && words.split_whitespace().all(is_name_word);
        if words.is_empty() || name {
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
