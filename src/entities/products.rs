//! Products named by their maker are no organisations, people or places: "Sony's PSP",
//! "Nintendo's DS", "PlayStation 2", "Firefox 1.0", "the Windows operating system"; nor are
//! the titles of works ("the medical drama ER", "an episode of CSI").
//!
//! The acronym and camel-case rules take any word in capitals or with a capital inside for an
//! organisation, which it usually is ("NATO", "PricewaterhouseCoopers"); the name-shape rules
//! take two capitalised words for a person, and the document pass takes a word after "in" for
//! a place. A product's name has the same shapes, and a few contexts tell it apart:
//! - an organisation's possessive before it, alone or with an adjective a product takes
//!   ("Sony's PSP", "Mozilla's new Firefox browser"): a firm owns its products, not other
//!   firms;
//! - a model or version number after it ("PlayStation 2", "Firefox 1.0"), or in a name
//!   guessed a person's ("Archos AV400");
//! - a noun for a device or a program after it ("the Motorola Razr V3 phone", "the Skulls
//!   program", "Macintosh computer"), where the name was guessed a person, a place or, after
//!   "the", a plural name. A guessed organisation before such a noun is as often the maker
//!   ("Commodore computers"), so it counts only when the document also writes it right
//!   after an organisation ("Sony PSP ... the PSP console"): a maker's name comes before its
//!   product's, two firms' names seldom stand so ("Sony BMG") and then take no device noun;
//! - a noun for a kind of work before it makes it a title ("the drama ER").
//!
//! A name seen once so is a product throughout the document, so every mention of it that a
//! rule guessed (by its shape, its place in the sentence, or an alias of such a mention) is
//! dropped. A name that a list gives, or that a rule of context found, is kept.

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
/// episode of CSI" (after "of"), "the period drama Vera Drake" (a name by its given name).
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

/// How a noun for a kind of work stands right before byte `start`: `Some(false)` right before
/// it ("drama ER", "the period drama Vera Drake"), `Some(true)` before its "of" ("episode of
/// CSI"), `None` when no such noun does.
fn work_noun_before(text: &str, start: usize) -> Option<bool> {
    if !text[..start].ends_with(' ') {
        return None;
    }
    let mut words = text[..start].split_whitespace().rev();
    match words.next() {
        Some(word) if WORK_NOUNS.contains(&word) => Some(false),
        Some("of") => words
            .next()
            .filter(|word| WORK_NOUNS.contains(word))
            .map(|_| true),
        _ => None,
    }
}

/// Adjectives that stand between a firm's possessive and its product: "Sony's new PSP".
const PRODUCT_ADJECTIVES: &[&str] = &[
    "new",
    "latest",
    "upcoming",
    "forthcoming",
    "prototype",
    "flagship",
    "portable",
    "handheld",
];

/// Nouns for a device or a program, which follow a product's name: "the PSP console".
const DEVICE_NOUNS: &[&str] = &[
    "browser",
    "browsers",
    "console",
    "consoles",
    "handheld",
    "handhelds",
    "software",
    "program",
    "programs",
    "computer",
    "computers",
    "laptop",
    "laptops",
    "desktop",
    "desktops",
    "chip",
    "chips",
    "processor",
    "processors",
    "phone",
    "phones",
    "handset",
    "handsets",
    "virus",
    "viruses",
    "worm",
    "worms",
    "machine",
    "machines",
];

/// Nouns after the name of an award, which is no person: "a Cesar prize", "five Cesar
/// awards", "the Silver Bear award".
const AWARD_NOUNS: &[&str] = &["award", "awards", "prize", "prizes", "trophy", "trophies"];

/// Rules that label a word by its shape alone.
fn by_shape(rule: &str) -> bool {
    matches!(rule, "acronym" | "camel-case")
}

/// Rules that guess a label from a name's shape or its place in the sentence, which a product
/// shares; a name a list gives or a rule of context found is not one of them.
fn guessed(rule: &str) -> bool {
    by_shape(rule)
        || matches!(
            rule,
            "alias" | "the+plural-name" | "name-shape" | "given-name" | "surname" | "initials+name"
        )
}

/// True when `between` (the bytes from a firm's name to the next name) is its possessive and
/// one space, or the possessive and adjectives a product takes ("'s new "); with
/// `adjective_needed`, only the second.
fn possessive_before_product(between: &str, adjective_needed: bool) -> bool {
    let Some(rest) = between
        .strip_prefix("'s ")
        .or_else(|| between.strip_prefix("\u{2019}s "))
    else {
        return false;
    };
    // `rest` is the adjectives, each with its space after: "new ", "new portable ".
    rest.split_terminator(' ')
        .all(|word| PRODUCT_ADJECTIVES.contains(&word))
        && !(rest.is_empty() && adjective_needed)
}

/// Words of measure after a number, which make it no version: "Clinton 4.5 points".
const UNITS: &[&str] = &[
    "percent", "per", "pc", "points", "point", "seconds", "million", "billion", "bn", "m",
];

/// True when a version number follows the name after one space and ends there: a digit, a
/// point and a digit ("Firefox 1.0", "Windows 3.1"), not a share, a time or a bowler's
/// figures ("Clinton 4.5 points", "Bell 4.5%", "McGrath 9.5-0-44-1", "Caddick 7.2 10 165").
fn version_after(after: &[u8]) -> bool {
    let Some(rest) = after.strip_prefix(b" ") else {
        return false;
    };
    let [whole, b'.', fraction, tail @ ..] = rest else {
        return false;
    };
    whole.is_ascii_digit()
        && fraction.is_ascii_digit()
        && match tail {
            [] => true,
            [b' ', next, ..] if next.is_ascii_digit() || *next == b'(' => false,
            [b' ', words @ ..] => {
                let word_end = words
                    .iter()
                    .position(|b| !b.is_ascii_lowercase())
                    .unwrap_or(words.len());
                let word = std::str::from_utf8(&words[..word_end]).unwrap_or("");
                !UNITS.contains(&word)
            }
            [b, ..] => !b.is_ascii_alphanumeric() && !matches!(b, b'-' | b'.' | b':' | b'/' | b'%'),
        }
}

/// True when "PlayStation 2" stands so: a number of one or two digits after one space,
/// ending there (not a score's "2-1" or a year).
fn model_number_after(after: &[u8]) -> bool {
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
}

/// True when the last word of the name `name` (of two words or more) is two or more capitals
/// (one alone is an initial: "Ali G", "Roland Z") and the name's first word is not: a model's
/// letters or an acronym ("Athlon XP", "Super PAC"), not a generation's numeral ("Henry
/// VIII") or a name in a headline's capitals.
fn ends_in_capitals(name: &[u8]) -> bool {
    // (Asked of every guessed person: the last two bytes rule nearly all out.)
    if !matches!(name, [.., a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase()) {
        return false;
    }
    let Some(space) = name.iter().rposition(|&b| b == b' ') else {
        return false;
    };
    let last = &name[space + 1..];
    let first_word_capitals = name
        .iter()
        .take_while(|&&b| b != b' ')
        .all(|b| !b.is_ascii_lowercase());
    let numeral = last.iter().all(|b| matches!(b, b'I' | b'V' | b'X'));
    last.len() >= 2 && last.iter().all(u8::is_ascii_uppercase) && !numeral && !first_word_capitals
}

/// The lower-case word that follows the name ending at byte `end` after one space, and the
/// text after that word ("console" of "PSP console").
fn lower_word_after(text: &str, end: usize) -> Option<(&str, &str)> {
    // (Asked of every guessed mention: the next two bytes rule most out.)
    let after = &text.as_bytes()[end..];
    if !(after.first() == Some(&b' ') && after.get(1).is_some_and(u8::is_ascii_lowercase)) {
        return None;
    }
    let rest = &text[end + 1..];
    let word_end = rest
        .find(|c: char| !c.is_ascii_lowercase())
        .unwrap_or(rest.len());
    Some(rest.split_at(word_end))
}

/// True when the word after a name (see [`lower_word_after`]) is a device noun ("PSP
/// console", "Windows operating system").
fn is_device_noun((word, rest): (&str, &str)) -> bool {
    DEVICE_NOUNS.contains(&word) || (word == "operating" && rest.starts_with(" system"))
}

/// Drops from `mentions` (sorted, not overlapping) the names that the document shows to be
/// products (see the module docs).
pub(super) fn drop_products(text: &str, mentions: &mut Vec<Entity>) {
    let bytes = text.as_bytes();
    let mut products: HashSet<&[u8]> = HashSet::default();
    // Guessed organisations written before a device noun, and those written right after an
    // organisation: a name in both is a product.
    let mut before_device: HashSet<&[u8]> = HashSet::default();
    let mut after_firm: HashSet<&[u8]> = HashSet::default();
    for (k, mention) in mentions.iter().enumerate() {
        if !guessed(mention.rule) {
            continue;
        }
        let span = mention.span;
        let name = span.bytes(text);
        let previous = k.checked_sub(1).map(|j| &mentions[j]);
        let firm_before = previous.filter(|owner| owner.label == Label::Org);
        // "Sony's PSP", "Mozilla's new Firefox"; not a part of the firm ("Sun Microsystems
        // Inc.'s JavaSoft unit"). A firm's possessive right before a name guessed by other
        // rules is as often its staff's ("the BBC's Sarah Mukherjee") or its subsidiary
        // ("Deutsche Telekom's T-Mobile"): there the adjective must tell.
        let owned = firm_before.is_some_and(|owner| {
            possessive_before_product(&text[owner.span.end..span.start], !by_shape(mention.rule))
                && !PARTS_OF_FIRMS
                    .contains(&text[span.end..].split_whitespace().next().unwrap_or(""))
        });
        let after = &bytes[span.end..];
        // A person's name before a number is in a poll or a table of results.
        let numbered = (mention.label != Label::Per && version_after(after))
            || (mention.rule == "camel-case" && model_number_after(after));
        // A person's alias linked to a fuller name is that person ("the Beckham virus").
        let fuller_person = mention.label == Label::Per && *mention.canonical != *span.slice(text);
        let next = lower_word_after(text, span.end);
        let device = next.is_some_and(is_device_noun) && !fuller_person;
        // A guessed person before an award's noun that ends there is the award ("a Cesar
        // prize", "Cesar awards."; not "Cesar prizewinner").
        let award = mention.label == Label::Per
            && !fuller_person
            && next.is_some_and(|(word, _)| AWARD_NOUNS.contains(&word));
        let maker_possible = mention.label == Label::Org && mention.rule != "the+plural-name";
        if maker_possible {
            if device {
                before_device.insert(name);
            }
            if firm_before.is_some_and(|owner| &bytes[owner.span.end..span.start] == b" ") {
                after_firm.insert(name);
            }
        }
        // A person's name has no digits: "Archos AV400", "Citreon C4" guessed people are models.
        // (Not a character reference's digits: "Pascal Pap&#233;".)
        let model_name = mention.label == Label::Per
            && name.iter().any(u8::is_ascii_digit)
            && memchr::memmem::find(name, b"&#").is_none();
        // Nor does it end in capitals, unless a generation's numeral or a name all in
        // capitals: "Cadillac BLS", "Athlon XP", "Super PAC" (not "Henry VIII", "KEVIN BROWN").
        let lettered = mention.label == Label::Per && ends_in_capitals(name);
        if owned
            || award
            || numbered
            || model_name
            || lettered
            || (device && !maker_possible)
            || (by_shape(mention.rule) && work_noun_before(text, span.start).is_some())
            // (A name by its given name only right after the noun: after "of", a person is
            // the work's author or subject, "a drama of Mervyn Peake's fantasy".)
            || (mention.rule == "given-name" && work_noun_before(text, span.start) == Some(false))
        {
            products.insert(name);
        }
    }
    products.extend(before_device.intersection(&after_firm));
    if products.is_empty() {
        return;
    }
    // (An alias goes with the name it is linked to: "RipGuard" of "RipGuard DVD".)
    mentions.retain(|m| {
        !(guessed(m.rule)
            && (products.contains(m.span.bytes(text))
                || (m.rule == "alias" && products.contains(m.canonical.as_bytes()))))
    });
}
