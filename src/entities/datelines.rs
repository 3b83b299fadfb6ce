//! Datelines: the place a wire report was filed from opens its first lines ("NICE, France
//! 1996-08-28", "ST HELENS, England (Reuters) -"). It stays a place whatever the rules made of
//! the same word elsewhere in the report (the club Nice, an acronym's shape in "SUGO").

use super::Entity;
use crate::gazetteer::Label;

/// Makes a place of each mention that opens a line and is followed by ", ", a place and a
/// date or an agency's bracket. `mentions` are in text order.
pub(crate) fn keep_places(text: &str, mentions: &mut [Entity]) {
    let bytes = text.as_bytes();
    for i in 0..mentions.len() {
        let mention = &mentions[i];
        let start = mention.span.start;
        // (Cheap tests first: most mentions open no line.)
        if mention.label == Label::Loc || (start > 0 && bytes[start - 1] != b'\n') {
            continue;
        }
        let end = mention.span.end;
        if !text[end..].starts_with(", ") {
            continue;
        }
        let Some(place) = mentions.get(i + 1) else {
            continue;
        };
        if place.span.start != end + 2 || place.label != Label::Loc {
            continue;
        }
        let rest = text[place.span.end..].trim_start_matches(' ');
        if rest.starts_with(|c: char| c.is_ascii_digit()) || rest.starts_with('(') {
            let mention = &mut mentions[i];
            mention.label = Label::Loc;
            mention.rule = "dateline";
        }
    }
}
