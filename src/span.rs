//! Byte spans into the original text, and the conversion of byte offsets to the unit the
//! user asked for (Unicode code points, UTF-16 code units or bytes) at the output edge.
//!
//! Every stage works in byte offsets because Rust strings are indexed by byte; the output
//! contract speaks Python `str` indices (code points) by default. The conversion is done once
//! per document in one linear pass ([`OffsetMap`]), never per span.

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

    /// The span with leading and trailing white space of `text` removed.
    pub fn trim(self, text: &str) -> Span {
        let slice = self.slice(text);
        let trimmed_start = slice.trim_start();
        let start = self.start + (slice.len() - trimmed_start.len());
        let end = start + trimmed_start.trim_end().len();
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

/// Converts byte offsets of one document into another unit.
///
/// Built from the set of byte offsets the output needs: they are sorted once and the text is
/// walked once, so the cost is linear in the text plus `n log n` in the number of offsets,
/// whatever order the spans come in. Pure-ASCII documents (most news) skip the walk.
#[derive(Debug)]
pub struct OffsetMap {
    unit: OffsetUnit,
    identity: bool,
    bytes: Vec<usize>,
    converted: Vec<usize>,
}

impl OffsetMap {
    /// Prepares the conversion of every offset in `offsets` (byte offsets on char boundaries
    /// of `text`, in any order, duplicates allowed) into `unit`.
    pub fn new(text: &str, unit: OffsetUnit, mut offsets: Vec<usize>) -> OffsetMap {
        let identity = unit == OffsetUnit::Bytes || text.is_ascii();
        if identity {
            return OffsetMap {
                unit,
                identity,
                bytes: Vec::new(),
                converted: Vec::new(),
            };
        }
        offsets.sort_unstable();
        offsets.dedup();
        let mut converted = Vec::with_capacity(offsets.len());
        let bytes = text.as_bytes();
        let (mut at_byte, mut count) = (0usize, 0usize);
        for &target in &offsets {
            // Count units in bytes[at_byte..target]: every byte that starts a char counts once,
            // and in UTF-16 a 4-byte char counts twice.
            for &b in &bytes[at_byte..target.min(bytes.len())] {
                if (b as i8) >= -0x40 {
                    count += 1;
                    if unit == OffsetUnit::Utf16 && b >= 0xF0 {
                        count += 1;
                    }
                }
            }
            at_byte = target.max(at_byte);
            converted.push(count);
        }
        OffsetMap {
            unit,
            identity,
            bytes: offsets,
            converted,
        }
    }

    /// The offset `byte` in the map's unit.
    ///
    /// `byte` must be one of the offsets the map was built with (or any offset when the text
    /// is ASCII or the unit is bytes); an unknown offset is a bug and panics in debug builds.
    #[inline]
    pub fn convert(&self, byte: usize) -> usize {
        if self.identity {
            return byte;
        }
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.converted[i],
            Err(_) => {
                debug_assert!(false, "offset {byte} was not registered with the OffsetMap");
                0
            }
        }
    }

    /// The unit this map converts into.
    pub fn unit(&self) -> OffsetUnit {
        self.unit
    }
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
        for unit in [OffsetUnit::Chars, OffsetUnit::Bytes, OffsetUnit::Utf16] {
            let map = OffsetMap::new(text, unit, offsets.iter().rev().copied().collect());
            for &o in &offsets {
                assert_eq!(
                    map.convert(o),
                    naive(text, o, unit),
                    "offset {o} unit {unit:?}"
                );
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
}
