//! Products named by their maker are no organisations: "Sony's PSP", "Nintendo's DS",
//! "PlayStation 2"; nor are the titles of works ("the medical drama ER", "an episode of
//! CSI").
//!
//! The acronym and camel-case rules take any word in capitals or with a capital inside for an
//! organisation, which it usually is ("NATO", "PricewaterhouseCoopers"). A product's name has
//! the same shape, and two contexts tell it apart: an organisation's possessive before it (a
//! firm owns its products, not other firms: "Sony's PSP") and a model or version number after
//! it ("PlayStation 2"); a noun for a kind of work before it makes it a title ("the drama
//! ER"). A name seen once so is a product throughout the document, so every mention of it
//! that rests on its shape alone (or on an alias of such a mention) is dropped. A name that a
//! list gives, or that a rule of context found, is kept.

use rustc_hash::FxHashSet as HashSet;

use super::Entity;
use crate::gazetteer::Label;

/// Nouns after a firm's possessive and a name that make the name a part of the firm.
const PARTS_OF_FIRMS: &[&str] = &[
    "unit",
    "units",
    "division",
    "subsidiary",
    "arm",
    "affiliate",
    "studio",
    "studios",
    "label",
];

/// Nouns before a name that make it the title of a work: "the medical drama ER", "an
/// episode of CSI" (after "of").
const WORK_NOUNS: &[&str] = &[
    "drama",
    "series",
    "sitcom",
    "soap",
    "show",
    "programme",
    "program",
    "documentary",
    "film",
    "movie",
    "episode",
    "episodes",
];

/// True when the words right before byte `start` name a kind of work: "drama ER", "episode
/// of CSI".
fn after_work_noun(text: &str, start: usize) -> bool {
    let mut words = text[..start].split_whitespace().rev();
    let mut word = words.next().unwrap_or("");
    if word == "of" {
        word = words.next().unwrap_or("");
    }
    text[..start].ends_with(' ') && WORK_NOUNS.contains(&word)
}

/// Rules that label a word by its shape alone.
fn by_shape(rule: &str) -> bool {
    matches!(rule, "acronym" | "camel-case")
}

/// Drops from `mentions` (sorted, not overlapping) the names that the document shows to be
/// products (see the module docs).
pub(super) fn drop_products(text: &str, mentions: &mut Vec<Entity>) {
    let bytes = text.as_bytes();
    let mut products: HashSet<&[u8]> = HashSet::default();
    for (k, mention) in mentions.iter().enumerate() {
        if !by_shape(mention.rule) {
            continue;
        }
        let span = mention.span;
        // "Sony's PSP": an organisation, its possessive and one space right before; not a
        // part of the firm ("Sun Microsystems Inc.'s JavaSoft unit").
        let owned = k > 0 && {
            let owner = &mentions[k - 1];
            let between = &bytes[owner.span.end..span.start];
            let next_word = || text[span.end..].split_whitespace().next().unwrap_or("");
            owner.label == Label::Org
                && (between == b"'s " || between == "\u{2019}s ".as_bytes())
                && !PARTS_OF_FIRMS.contains(&next_word())
        };
        // "PlayStation 2": a camel-case name and a number of one or two digits after one
        // space, ending there (not a score's "2-1" or a year).
        let numbered = mention.rule == "camel-case" && {
            let after = &bytes[span.end..];
            let digits = after
                .iter()
                .skip(1)
                .take_while(|b| b.is_ascii_digit())
                .count();
            after.first() == Some(&b' ')
                && (1..=2).contains(&digits)
                && after
                    .get(1 + digits)
                    .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'-' && *b != b'.')
        };
        if owned || numbered || after_work_noun(text, span.start) {
            products.insert(span.bytes(text));
        }
    }
    if products.is_empty() {
        return;
    }
    mentions.retain(|m| {
        !((by_shape(m.rule) || m.rule == "alias") && products.contains(m.span.bytes(text)))
    });
}
