//! Byte spans into the original text, and the conversion of byte offsets to the unit the
//! user asked for (Unicode code points, UTF-16 code units or bytes) at the output edge.
//!
//! Every stage works in byte offsets because Rust strings are indexed by byte; the output
//! contract speaks Python `str` indices (code points) by default. The conversion is done once
//! per document in one linear pass ([`convert_offsets`]), never per span.

use crate::swar::{load8, HIGH};
use serde::Serialize;

/// A half-open byte range `start..end` into a document's text.
///
/// Both ends always lie on `char` boundaries of the text the span was made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes, end exclusive).
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The covered slice of `text`.
    #[inline]
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The covered bytes of `text`: for a word that is only compared or looked up, cheaper
    /// than [`Self::slice`], since slicing bytes checks the bounds only, where slicing a
    /// `str` also checks that both ends fall on UTF-8 boundaries.
    #[inline(always)]
    pub fn bytes<'t>(&self, text: &'t str) -> &'t [u8] {
        &text.as_bytes()[self.start..self.end]
    }

    /// True when `other` lies entirely inside `self`.
    #[inline]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    #[inline]
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span with leading and trailing white space of `text` removed (what `str::trim`
    /// removes). ASCII white space is stepped over a byte at a time; the general search
    /// takes over only at a byte beyond ASCII, so that the usual case decodes nothing.
    pub fn trim(self, text: &str) -> Span {
        // The ASCII characters with the White_Space property: tab to carriage return, space.
        let ascii_space = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
        let bytes = text.as_bytes();
        let (mut start, mut end) = (self.start, self.end);
        while start < end && ascii_space(bytes[start]) {
            start += 1;
        }
        if start < end && bytes[start] >= 0x80 {
            let rest = &text[start..end];
            start = end - rest.trim_start().len();
        }
        while end > start && ascii_space(bytes[end - 1]) {
            end -= 1;
        }
        if end > start && bytes[end - 1] >= 0x80 {
            end = start + text[start..end].trim_end().len();
        }
        Span { start, end }
    }
}

/// The unit in which offsets are written to the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OffsetUnit {
    /// Unicode code points: Python `str` indices (the default of the output contract).
    #[default]
    Chars,
    /// UTF-8 bytes: Rust `str` indices.
    Bytes,
    /// UTF-16 code units: JavaScript string indices.
    Utf16,
}

impl std::str::FromStr for OffsetUnit {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "chars" => Ok(OffsetUnit::Chars),
            "bytes" => Ok(OffsetUnit::Bytes),
            "utf16" => Ok(OffsetUnit::Utf16),
            other => Err(format!(
                "unknown offset unit {other:?} (expected chars, bytes or utf16)"
            )),
        }
    }
}

/// Converts byte offsets (on char boundaries of `text`, in any order, duplicates allowed) into
/// `unit`, in place and keeping their order, so that a writer can take them back one by one in
/// the order it registered them: no search per offset.
///
/// The text is walked once, counting the units before every block of 16 bytes;
/// an offset is then its block's count plus the units of at most a block's bytes before it.
/// So the cost is linear in the text and in the number of offsets, whatever their order (a
/// sort of the offsets, as before, cost more than the counting). Pure-ASCII documents (most
/// news) and byte offsets need no work at all.
pub fn convert_offsets(text: &str, unit: OffsetUnit, offsets: &mut [usize]) {
    if unit == OffsetUnit::Bytes || text.is_ascii() {
        return;
    }
    let bytes = text.as_bytes();
    // `before[k]`: the units in the blocks before block k.
    let mut before = Vec::with_capacity(bytes.len() / OFFSET_BLOCK + 1);
    let mut count = 0;
    for block in bytes.chunks_exact(OFFSET_BLOCK) {
        before.push(count);
        // A block of known length: counted by a few vector instructions, no loop.
        let block: &[u8; OFFSET_BLOCK] = block.try_into().expect("a whole block");
        count += units(block, unit);
    }
    // The last, partial block (or the end of the text) is counted from here.
    before.push(count);
    for offset in offsets.iter_mut() {
        let target = (*offset).min(bytes.len());
        let block = target / OFFSET_BLOCK;
        *offset = before[block] + units_in_block(bytes, block * OFFSET_BLOCK, target, unit);
    }
}

/// The bytes counted at a time by [`convert_offsets`]: an offset costs the count of at most
/// this many bytes less one, the table of counts a number per block.
const OFFSET_BLOCK: usize = 16;

/// The units of `unit` in `bytes` (whole UTF-8 characters, or cut only at block edges, which
/// still counts each character once, by its first byte): every byte that starts a character
/// counts once, and in UTF-16 a 4-byte character counts twice.
#[inline(always)]
fn units(bytes: &[u8], unit: OffsetUnit) -> usize {
    let mut count = 0;
    for &b in bytes {
        count += usize::from((b as i8) >= -0x40);
        if unit == OffsetUnit::Utf16 {
            count += usize::from(b >= 0xF0);
        }
    }
    count
}

/// [`units`] of `bytes[from..to]`, a stretch at the start of a block (fewer than
/// [`OFFSET_BLOCK`] bytes), counted with masks over the block's two eight-byte words when the
/// whole block lies in the text: a loop over bytes ends at a branch mispredicted for nearly
/// every offset, as they fall anywhere in their block.
#[inline(always)]
fn units_in_block(bytes: &[u8], from: usize, to: usize, unit: OffsetUnit) -> usize {
    const _: () = assert!(OFFSET_BLOCK == 16);
    if from + OFFSET_BLOCK > bytes.len() {
        return units(&bytes[from..to], unit);
    }
    // Bit 7 of the lanes to count (the first `n` bytes of the sixteen).
    let n = to - from;
    let lanes = |count: usize| {
        if count >= 8 {
            HIGH
        } else {
            ((1u64 << (8 * count)) - 1) & HIGH
        }
    };
    let count = |word: u64, keep: u64| {
        // Every byte but a continuation byte (bit 7 set, bit 6 clear) starts a character.
        let starts = !(word & !(word << 1)) & keep;
        let mut units = starts.count_ones();
        if unit == OffsetUnit::Utf16 {
            // A 4-byte character (lead byte 0xF0 and up) is two UTF-16 units.
            units += (word & (word << 1) & (word << 2) & (word << 3) & keep).count_ones();
        }
        units as usize
    };
    count(load8(bytes, from), lanes(n)) + count(load8(bytes, from + 8), lanes(n.saturating_sub(8)))
}

/// The at most `max` bytes of `text` that end at byte `end` (which must be a char boundary),
/// widened to start on a char boundary. Rules that read a few words back from a position use
/// it, so that a long stretch without white space is never scanned more than once per rule.
pub fn text_before(text: &str, end: usize, max: usize) -> &str {
    let mut start = end.saturating_sub(max);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    &text[start..end]
}

/// The at most `max` bytes of `text` that start at byte `start` (which must be a char
/// boundary), cut back to end on a char boundary: [`text_before`]'s counterpart for rules
/// that read a few words ahead.
pub fn text_after(text: &str, start: usize, max: usize) -> &str {
    let mut end = start.saturating_add(max).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(text: &str, byte: usize, unit: OffsetUnit) -> usize {
        let prefix = &text[..byte];
        match unit {
            OffsetUnit::Bytes => byte,
            OffsetUnit::Chars => prefix.chars().count(),
            OffsetUnit::Utf16 => prefix.encode_utf16().count(),
        }
    }

    #[test]
    fn converts_every_unit_like_the_naive_count() {
        let text = "Zoë said “hi” 🎉 to Łódź.";
        let offsets: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        // Out of order and repeated, as a record's spans are.
        let registered: Vec<usize> = offsets.iter().rev().chain(&offsets).copied().collect();
        for unit in [OffsetUnit::Chars, OffsetUnit::Bytes, OffsetUnit::Utf16] {
            let mut converted = registered.clone();
            convert_offsets(text, unit, &mut converted);
            for (&o, &c) in registered.iter().zip(&converted) {
                assert_eq!(c, naive(text, o, unit), "offset {o} unit {unit:?}");
            }
        }
    }

    /// Offsets in many blocks, at and around the block edges, and at the end of a text whose
    /// length is a multiple of the block.
    #[test]
    fn converts_across_blocks_like_the_naive_count() {
        let mut text = String::new();
        while text.len() < 5 * OFFSET_BLOCK {
            text.push_str("Zoë £5 🎉 a\n");
        }
        while text.len() % OFFSET_BLOCK != 0 {
            text.push('x');
        }
        let offsets: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .rev()
            .collect();
        for unit in [OffsetUnit::Chars, OffsetUnit::Utf16] {
            let mut converted = offsets.clone();
            convert_offsets(&text, unit, &mut converted);
            for (&o, &c) in offsets.iter().zip(&converted) {
                assert_eq!(c, naive(&text, o, unit), "offset {o} unit {unit:?}");
            }
        }
    }

    /// The byte steps give what `str::trim` gives, with white space in and beyond ASCII on
    /// either side, mixed, and spans of nothing but white space.
    #[test]
    fn trim_agrees_with_the_standard_library() {
        let pieces = [
            "", " ", "\t", "\n", "\r\n", "\u{b}", "\u{c}", "\u{1c}", "\u{a0}", "\u{2028}",
            "\u{3000}", "a", "é", "a b", "x\u{a0}y", "\u{85}",
        ];
        for left in pieces {
            for middle in pieces {
                for right in pieces {
                    let text = format!("{left}{middle}{right}");
                    let span = Span::new(0, text.len()).trim(&text);
                    let trimmed = text.trim();
                    let start = text.len() - text.trim_start().len();
                    assert_eq!(span, Span::new(start, start + trimmed.len()), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn trim_removes_surrounding_space_only() {
        let text = "  a b \n";
        assert_eq!(Span::new(0, text.len()).trim(text), Span::new(2, 5));
        assert!(Span::new(0, 2).trim(text).is_empty());
    }

    #[test]
    fn offset_unit_parses_its_names() {
        assert_eq!("utf16".parse::<OffsetUnit>(), Ok(OffsetUnit::Utf16));
        assert!("lines".parse::<OffsetUnit>().is_err());
    }

    #[test]
    fn text_after_stops_on_a_char_boundary() {
        let text = "naïve café";
        assert_eq!(text_after(text, 0, 100), text);
        assert_eq!(text_after(text, 7, 3), "caf");
        // One byte into "ï" is inside it: the window ends before it.
        assert_eq!(text_after(text, 0, 3), "na");
    }

    #[test]
    fn text_before_stops_on_a_char_boundary() {
        let text = "naïve café";
        assert_eq!(text_before(text, text.len(), 5), "café");
        assert_eq!(text_before(text, 4, 100), "naï");
        // One byte back from "ï"'s end falls inside it: the window widens to take it whole.
        assert_eq!(text_before(text, 4, 1), "ï");
        assert_eq!(text_before(text, 0, 4), "");
    }
}
