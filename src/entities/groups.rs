//! Groups named like people: "Duran Duran are to appear", "Merrill Lynch are sole
//! bookrunners", "Roxy Music were formed in 1971". A band, a firm or a club may bear a name of
//! a person's shape (a given name and a word), and British English gives such a group a plural
//! verb, which one person never takes. So a name that the rules took for a person by its shape
//! alone, standing as a subject right before "are", "have" or "were", is a group, and so is
//! every mention of the same name in the document.
//!
//! Only where the name opens its clause (at the start of a sentence or after "the") or follows
//! a noun for a group ("chart stars Duran Duran are"): a name after a preposition or a
//! conjunction is no subject of the verb ("directors including Akira Kurosawa have",
//! "proposals to open a museum dedicated to Jimi Hendrix are").

use std::sync::Arc;

use rustc_hash::FxHashSet as HashSet;

use super::Entity;
use crate::fold::WordSet;
use crate::gazetteer::Label;

/// Nouns right before a group's name: "chart stars Duran Duran", "producers Morgan Creek",
/// "mortgage giant Fannie Mae".
static GROUP_NOUNS: WordSet<32> = WordSet::new(&[
    "band",
    "group",
    "stars",
    "rockers",
    "producers",
    "giant",
    "firm",
    "bank",
    "club",
    "side",
    "label",
]);

/// True when the name at `mention` opens its clause or follows a noun for a group.
fn opens_clause(text: &str, mention: &Entity) -> bool {
    let before = text[..mention.span.start].trim_ascii_end();
    let previous = before
        .rsplit(|c: char| c.is_ascii_whitespace())
        .next()
        .unwrap_or("");
    before.is_empty()
        || before.ends_with(['.', '!', '?', ':', '"', '\u{201c}'])
        || matches!(previous, "The" | "the")
        || GROUP_NOUNS.contains(previous)
}

/// Relabels as organisations (rule `group`) the people of `mentions` that the plural verb
/// after one of their mentions shows to be a group (see the module docs).
pub(crate) fn relabel_groups(text: &str, mentions: &mut [Entity]) {
    let by_shape =
        |m: &Entity| m.label == Label::Per && matches!(m.rule, "given-name" | "name-shape");
    let mut groups: HashSet<Arc<str>> = HashSet::default();
    for mention in mentions.iter().filter(|m| by_shape(m)) {
        let after = &text[mention.span.end..];
        let plural_verb = ["are ", "have ", "were "]
            .iter()
            .any(|verb| after.strip_prefix(' ').is_some_and(|a| a.starts_with(verb)));
        if plural_verb && opens_clause(text, mention) {
            groups.insert(mention.canonical.clone());
        }
    }
    if groups.is_empty() {
        return;
    }
    for mention in mentions.iter_mut() {
        if mention.label == Label::Per && groups.contains(&*mention.canonical) {
            mention.label = Label::Org;
            mention.rule = "group";
        }
    }
}
