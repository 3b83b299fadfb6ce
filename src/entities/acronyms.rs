//! Names defined by the acronym after them: "The Organisation for Security and Cooperation in
//! Europe (OSCE)". The letters of the acronym, read backwards, are the initials of the
//! capitalised words before the parenthesis (joining words such as "for", "and", "in" left
//! out), which fixes where the name starts even when its words are not all in a list and it
//! holds a place ("in Europe") that the sentence pass took alone.
//!
//! Such a name is an organisation (a country or a person defined so is found whole by the
//! sentence pass, and is left alone); laws, treaties and technical terms (English words
//! without a word that heads an organisation) are not entities. The acronym itself
//! is linked to the name by [`super::alias`], as for any name before a parenthesised acronym.

use std::sync::Arc;

use super::Entity;
use crate::fold::WordSet;
use crate::gazetteer::{Label, Lexicon};
use crate::span::Span;

/// Lower-case words inside a name that its acronym leaves out.
pub(super) static JOINING_WORDS: WordSet<32> = WordSet::new(&[
    "of", "for", "and", "in", "on", "the", "to", "de", "des", "du", "la", "le", "der", "&",
]);

/// Last words of names that are not organisations: laws, treaties, diseases.
static NOT_ORGANISATIONS: WordSet<32> = WordSet::new(&[
    "Act",
    "Treaty",
    "Agreement",
    "Bill",
    "Accord",
    "Protocol",
    "Syndrome",
    "Disease",
    "Encephalopathy",
    "Shares",
    "Bonds",
    "Receipts",
]);

/// The most words a name defined by an acronym is read back over (joining words included).
const MOST_WORDS: usize = 14;

/// Adds to `mentions` (sorted by start, not overlapping) the organisations that the acronyms
/// in parentheses of `text` define, replacing mentions that lie inside such a name. A name
/// that an existing mention crosses, or that a mention already is, is left as it is.
pub(super) fn define_names(text: &str, lexicon: &Lexicon, mentions: &mut Vec<Entity>) {
    let bytes = text.as_bytes();
    // (A search for the byte, not for " (": a search for two bytes costs some eight
    // instructions a byte of text, this one a fraction of one.)
    for paren in memchr::memchr_iter(b'(', bytes) {
        if paren == 0 || bytes[paren - 1] != b' ' {
            continue;
        }
        let open = paren - 1;
        let Some(name) = name_before_acronym(text, open) else {
            continue;
        };
        if is_term(name.slice(text), lexicon) {
            continue;
        }
        let first = mentions.partition_point(|m| m.span.end <= name.start);
        let inside = mentions[first..]
            .iter()
            .take_while(|m| m.span.start < name.end)
            .count();
        let crossed = mentions[first..first + inside]
            .iter()
            .any(|m| m.span.start < name.start || m.span.end > name.end);
        let already = inside == 1 && mentions[first].span == name;
        if crossed || already {
            continue;
        }
        debug_assert!(bytes[name.start].is_ascii_uppercase());
        let organisation = Entity {
            span: name,
            label: Label::Org,
            canonical: Arc::from(name.slice(text)),
            id: None,
            rule: "acronym-definition",
            title: None,
        };
        mentions.splice(first..first + inside, [organisation]);
    }
}

/// Drops from `mentions` the acronyms found by their shape alone (rule `acronym`) that the
/// document defines as a term written in lower case: "intermediate level waste (ILW)", "a
/// global depositary receipt (GDR)" name things, and so does every "ILW" of the document.
pub(super) fn drop_lower_case_terms(text: &str, mentions: &mut Vec<Entity>) {
    if !mentions.iter().any(|m| m.rule == "acronym") {
        return;
    }
    let bytes = text.as_bytes();
    let mut terms: Vec<&str> = Vec::new();
    for paren in memchr::memchr_iter(b'(', bytes) {
        if paren == 0 || bytes[paren - 1] != b' ' {
            continue;
        }
        let Some(acronym) = super::alias::parenthesised_acronym(text, paren - 1)
            .filter(|a| a.len() >= 2 && a.bytes().all(|b| b.is_ascii_uppercase()))
        else {
            continue;
        };
        if spelled_in_lower_case(&text[..paren - 1], acronym.as_bytes()) {
            terms.push(acronym);
        }
    }
    if !terms.is_empty() {
        mentions.retain(|m| !(m.rule == "acronym" && terms.contains(&m.span.slice(text))));
    }
}

/// True when the words at the end of `before`, in lower case, spell `letters` by their
/// initials (joining words left out): "intermediate level waste" spells ILW.
fn spelled_in_lower_case(before: &str, letters: &[u8]) -> bool {
    let mut left = letters.len();
    for word in before.rsplit(' ').take(MOST_WORDS) {
        if left == 0 {
            break;
        }
        let Some(&first) = word.as_bytes().first() else {
            return false;
        };
        if !first.is_ascii_lowercase() {
            return false;
        }
        if first.to_ascii_uppercase() == letters[left - 1] {
            left -= 1;
        } else if !JOINING_WORDS.contains(word) {
            return false;
        }
    }
    left == 0
}

/// True for a name made of English words none of which heads an organisation: a technical
/// term ("Liquid Crystal Display (LCD)", "Really Simple Syndication (RSS)"), not a body
/// ("British Chambers of Commerce", whose "Chambers" heads it).
fn is_term(name: &str, lexicon: &Lexicon) -> bool {
    name.split(' ')
        .map(|word| word.trim_end_matches(','))
        .filter(|word| !JOINING_WORDS.contains(word))
        .all(|word| {
            lexicon.is_common_word_folded(word)
                && !lexicon.is_org_suffix(word)
                && !lexicon.is_org_prefix(word)
        })
}

/// The span of the name that the acronym in parentheses after byte `open` (a space before
/// `(`) defines, if there is such an acronym and such a name.
fn name_before_acronym(text: &str, open: usize) -> Option<Span> {
    // Letters only: "(U.S.)" or "(G7)" spell no initials.
    let acronym = super::alias::parenthesised_acronym(text, open)
        .map(str::as_bytes)
        .filter(|a| a.iter().all(u8::is_ascii_uppercase))?;
    // The words before the parenthesis, on the same line, read backwards.
    let line_start = text[..open].rfind('\n').map_or(0, |k| k + 1);
    let mut words = text[line_start..open]
        .split(' ')
        .rev()
        .take(MOST_WORDS)
        .scan(open, |end, word| {
            let start = *end - word.len();
            *end = start.saturating_sub(1);
            Some((start, word))
        });
    // The name ends before a possessive or a comma of its last word ("Exchange's (NYSE)").
    let (last_start, last) = words.next()?;
    let last = last
        .trim_end_matches(',')
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches('\'');
    if NOT_ORGANISATIONS.contains(last) {
        return None;
    }
    let end = last_start + last.len();
    // `acronym[..left]` is still to be spelled, from its end.
    let mut left = acronym.len();
    let mut start = None;
    let mut word = Some((last_start, last));
    while let (true, Some((at, w))) = (left > 0, word) {
        let spelled = spelled_by(w, &acronym[..left]);
        if spelled > 0 {
            start = Some(at);
            left -= spelled;
        } else if !JOINING_WORDS.contains(w) || start.is_none() {
            return None;
        }
        word = words.next();
    }
    // Every letter spelled, by two words or more.
    let start = start.filter(|&s| left == 0 && text[s..end].contains(' '))?;
    Some(Span::new(start, end))
}

/// How many letters at the end of `letters` word `word` spells: one for its initial, or one
/// for each capitalised part of a hyphenated word when they spell that many ("Agence
/// France-Presse (AFP)"; "Low-fare" spells one).
fn spelled_by(word: &str, letters: &[u8]) -> usize {
    let initial = |part: &str| {
        part.as_bytes()
            .first()
            .copied()
            .filter(u8::is_ascii_uppercase)
    };
    if word.contains('-') {
        let parts: Option<Vec<u8>> = word.split('-').map(initial).collect();
        if let Some(parts) = parts.filter(|p| p.len() <= letters.len()) {
            if letters.ends_with(&parts) {
                return parts.len();
            }
        }
    }
    usize::from(initial(word).is_some_and(|i| letters.last() == Some(&i)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str) -> Option<&str> {
        let open = text.find(" (")?;
        name_before_acronym(text, open).map(|span| span.slice(text))
    }

    #[test]
    fn the_acronym_spells_the_name_before_it() {
        assert_eq!(
            name("The Organisation for Security and Cooperation in Europe (OSCE) met."),
            Some("Organisation for Security and Cooperation in Europe")
        );
        assert_eq!(
            name("shares on the New York Stock Exchange's (NYSE) floor"),
            Some("New York Stock Exchange")
        );
        assert_eq!(
            name("the Ministry of Economy, Trade and Industry (METI) said"),
            Some("Ministry of Economy, Trade and Industry")
        );
        assert_eq!(
            name("told Agence France-Presse (AFP) on"),
            Some("Agence France-Presse")
        );
        assert_eq!(
            name("the European Low-fare Airlines Association (ELAA)"),
            Some("European Low-fare Airlines Association")
        );
        // Letters left over, a word that breaks the spelling, a law, one word, lower case.
        assert_eq!(name("the Security Council (UNSC)"), None);
        assert_eq!(name("the Security big Council (SC)"), None);
        assert_eq!(name("the African Growth and Opportunity Act (AGOA)"), None);
        assert_eq!(name("the Nasdaq (N)"), None);
        assert_eq!(name("a global depositary receipt (GDR)"), None);
        assert_eq!(name("the Royal Mail (RM"), None);
    }

    #[test]
    fn a_term_in_lower_case_is_spelled_by_its_initials() {
        assert!(spelled_in_lower_case(
            "stored intermediate level waste",
            b"ILW"
        ));
        assert!(spelled_in_lower_case("the rules of origin", b"RO"));
        assert!(!spelled_in_lower_case(
            "the Intermediate level waste",
            b"ILW"
        ));
        assert!(!spelled_in_lower_case("stored level waste", b"ILW"));
    }
}
