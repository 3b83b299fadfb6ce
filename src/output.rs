//! The output contract (`docs/OUTPUT.md` of the shared docs, summarised in the README): one JSON
//! object per document. The types here are serialize-only views over borrowed data; offsets are
//! converted from bytes to the requested unit in one pass per document.

use serde::Serialize;

use crate::document::{Annotations, Document};
use crate::span::{convert_offsets, OffsetUnit, Span};
use crate::swar::{lanes_in, load8, HIGH};

/// Output settings.
#[derive(Debug, Clone, Copy, Default)]
pub struct OutputOptions {
    /// The unit of every `start`/`end` offset.
    pub offsets: OffsetUnit,
}

/// The JSON of one record, written straight into the output buffer. Serde's derived
/// serialisers cost about as much as the whole entity stage did; this writer produces the same
/// bytes (same field order, same escapes as `serde_json`) with a table look-up per byte of text.
struct Json<'o> {
    out: &'o mut Vec<u8>,
    /// Every offset of the record, converted, in the order the record writes them.
    offsets: std::vec::IntoIter<usize>,
    /// Whether the object or array being written already has a member (a comma is due).
    started: bool,
}

/// What `serde_json` writes for each byte of a string: 0 for the byte itself, else the letter
/// after the backslash (`u` for a `\u00XX` escape).
const ESCAPE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b'u';
        b += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0A] = b'n';
    table[0x0C] = b'f';
    table[0x0D] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

/// True when a byte of `bytes` needs an escape in JSON: a control character, `"` or `\\`.
/// Eight bytes at a time (the last eight read again when the length is not a multiple of
/// eight, which is harmless for a test of any byte): a loop over bytes ends at a branch
/// mispredicted for nearly every string, as strings differ in length.
#[inline]
fn needs_escape(bytes: &[u8]) -> bool {
    let len = bytes.len();
    if len < 8 {
        return bytes
            .iter()
            .fold(false, |e, &b| e | (b < 0x20) | (b == b'"') | (b == b'\\'));
    }
    let lanes = |word: u64| {
        let low = word & !HIGH;
        lanes_in(low, word, 0, 0x1F)
            | lanes_in(low, word, b'"', b'"')
            | lanes_in(low, word, b'\\', b'\\')
    };
    let mut found = lanes(load8(bytes, len - 8));
    let mut at = 0;
    while at + 8 <= len {
        found |= lanes(load8(bytes, at));
        at += 8;
    }
    found != 0
}

impl<'o> Json<'o> {
    fn new(out: &'o mut Vec<u8>, offsets: Vec<usize>) -> Json<'o> {
        Json {
            out,
            offsets: offsets.into_iter(),
            started: false,
        }
    }

    fn open(&mut self, bracket: u8) {
        self.out.push(bracket);
        self.started = false;
    }

    fn close(&mut self, bracket: u8) {
        self.out.push(bracket);
        self.started = true;
    }

    /// Starts a member `"name":` (with the comma before it when due). In line, so that the
    /// name's length is known where it is copied (no call to `memcpy` for a few bytes).
    #[inline(always)]
    fn key(&mut self, name: &str) {
        self.comma();
        self.out.push(b'"');
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(b"\":");
    }

    /// Starts an array element (the comma before it when due).
    fn element(&mut self) {
        self.comma();
    }

    fn comma(&mut self) {
        if self.started {
            self.out.push(b',');
        }
        self.started = true;
    }

    /// A string that the program itself names (a label, a rule, a kind): plain ASCII with
    /// nothing to escape, written as it is.
    fn name(&mut self, value: &'static str) {
        debug_assert!(value.bytes().all(|b| ESCAPE[b as usize] == 0 && b < 0x80));
        self.out.push(b'"');
        self.out.extend_from_slice(value.as_bytes());
        self.out.push(b'"');
    }

    fn string(&mut self, value: &str) {
        let bytes = value.as_bytes();
        // Most strings are a few words (entity names, ids) with nothing to escape: one test
        // over the whole string (no branch per byte), then one copy.
        if bytes.len() < 64 && !needs_escape(bytes) {
            self.out.push(b'"');
            self.out.extend_from_slice(bytes);
            self.out.push(b'"');
            return;
        }
        self.out.push(b'"');
        let mut from = 0;
        // Skip, a block at a time, the bytes that need no escape (comparisons the compiler
        // turns into vector instructions): most strings have none.
        const BLOCK: usize = 16;
        let mut clean = 0;
        while clean + BLOCK <= bytes.len() {
            let mut escape = false;
            for &b in &bytes[clean..clean + BLOCK] {
                escape |= (b < 0x20) | (b == b'"') | (b == b'\\');
            }
            if escape {
                break;
            }
            clean += BLOCK;
        }
        for (i, &b) in bytes.iter().enumerate().skip(clean) {
            let escape = ESCAPE[b as usize];
            if escape == 0 {
                continue;
            }
            self.out.extend_from_slice(&bytes[from..i]);
            from = i + 1;
            if escape == b'u' {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.out.extend_from_slice(b"\\u00");
                self.out.push(HEX[(b >> 4) as usize]);
                self.out.push(HEX[(b & 0xF) as usize]);
            } else {
                self.out.push(b'\\');
                self.out.push(escape);
            }
        }
        self.out.extend_from_slice(&bytes[from..]);
        self.out.push(b'"');
    }

    /// Appends the decimal digits of `value`. Below 10^8 (every offset of a text under
    /// 100 MB) the digits are built in one 8-byte word, appended whole (a copy of fixed
    /// length, a single store) and the bytes past the last digit dropped again: a copy of
    /// variable length is a call to `memcpy`, which cost more than the digits themselves, and
    /// a record writes two numbers for every span.
    #[inline]
    fn number(&mut self, value: usize) {
        if value >= 100_000_000 {
            self.out
                .extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
            return;
        }
        // Least significant digits first, two at a time from a table, each pair shifting the
        // earlier ones up two bytes: the most significant digit ends in the lowest byte, first
        // in memory.
        const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
            2021222324252627282930313233343536373839\
            4041424344454647484950515253545556575859\
            6061626364656667686970717273747576777879\
            8081828384858687888990919293949596979899";
        let pair = |n: usize| u64::from(PAIRS[2 * n]) | u64::from(PAIRS[2 * n + 1]) << 8;
        let (mut word, mut digits, mut rest) = (0u64, 0, value);
        while rest >= 100 {
            word = (word << 16) | pair(rest % 100);
            rest /= 100;
            digits += 2;
        }
        if rest >= 10 {
            word = (word << 16) | pair(rest);
            digits += 2;
        } else {
            word = (word << 8) | u64::from(b'0' + rest as u8);
            digits += 1;
        }
        let end = self.out.len() + digits;
        self.out.extend_from_slice(&word.to_le_bytes());
        self.out.truncate(end);
    }

    fn null(&mut self) {
        self.out.extend_from_slice(b"null");
    }

    /// The members `"start":S,"end":E`, taking the span's two converted offsets.
    fn span(&mut self) {
        // `self.key("start")` without its key: `start_end` writes that with the offsets.
        if self.started {
            self.out.push(b',');
        }
        self.started = true;
        self.start_end();
    }

    /// `"start":S,"end":E` with the span's two converted offsets. The record registers its
    /// offsets in the order it writes them (see write_record). The pieces are of fixed length,
    /// so that each is copied without a call.
    #[inline(always)]
    fn start_end(&mut self) {
        let start = self.offsets.next().unwrap_or_default();
        let end = self.offsets.next().unwrap_or_default();
        self.out.extend_from_slice(b"\"start\":");
        self.number(start);
        self.out.extend_from_slice(b",\"end\":");
        self.number(end);
    }

    /// `"start":S,"end":E,"text":"..."`.
    fn span_text(&mut self, span: Span, text: &str) {
        self.span();
        self.key("text");
        self.string(span.slice(text));
    }

    /// An array of `n` `{"start","end"}` objects.
    fn spans(&mut self, n: usize) {
        // The bytes that `element`, `open`, `span` and `close` would write, in fewer pieces:
        // a record has about as many of these objects as it has sentences and paragraphs.
        self.out.reserve(n * 28 + 2);
        self.out.push(b'[');
        for k in 0..n {
            if k > 0 {
                self.out.push(b',');
            }
            self.out.push(b'{');
            self.start_end();
            self.out.push(b'}');
        }
        self.close(b']');
    }
}

#[derive(Serialize)]
struct ErrorRecord<'a> {
    id: &'a str,
    error: &'a str,
}

/// Appends the JSON line (with its `\n`) for one annotated document to `out`.
pub fn write_record(
    document: &Document,
    annotations: &Annotations,
    options: OutputOptions,
    out: &mut Vec<u8>,
) {
    let spans = annotations
        .sentences
        .iter()
        .map(|s| s.span)
        .chain(annotations.paragraphs.iter().copied())
        .chain(annotations.entities.iter().map(|e| e.span))
        .chain(annotations.quotes.iter().flat_map(|q| {
            [Some(q.span), q.cue, q.speaker.as_ref().map(|s| s.span)]
                .into_iter()
                .flatten()
        }));
    // In the order they are written below (sized first: a chain of iterators does not
    // know its length, and growing the vector would copy it several times).
    let count = annotations.sentences.len()
        + annotations.paragraphs.len()
        + annotations.entities.len()
        + 3 * annotations.quotes.len();
    let mut offsets: Vec<usize> = Vec::with_capacity(2 * count);
    for span in spans {
        offsets.extend([span.start, span.end]);
    }
    convert_offsets(&document.text, options.offsets, &mut offsets);
    let text = document.text.as_str();
    // Records are about twice the size of their text; one allocation instead of several.
    out.reserve(2 * text.len() + 256);
    let mut json = Json::new(out, offsets);
    json.open(b'{');
    json.key("id");
    json.string(&document.id);
    if let Some(encoding) = document.encoding {
        json.key("encoding");
        json.string(encoding);
    }
    json.key("sentences");
    json.spans(annotations.sentences.len());
    json.key("paragraphs");
    json.spans(annotations.paragraphs.len());
    json.key("entities");
    json.open(b'[');
    for entity in &annotations.entities {
        json.element();
        json.open(b'{');
        json.span_text(entity.span, text);
        json.key("label");
        json.name(entity.label.as_str());
        json.key("canonical");
        json.string(&entity.canonical);
        if let Some(id) = entity.id.as_deref() {
            json.key("id");
            json.string(id);
        }
        json.key("rule");
        json.name(entity.rule);
        json.close(b'}');
    }
    json.close(b']');
    json.key("quotes");
    json.open(b'[');
    for quote in &annotations.quotes {
        json.element();
        json.open(b'{');
        json.span_text(quote.span, text);
        json.key("kind");
        json.name(quote.kind.as_str());
        json.key("cue");
        match quote.cue {
            Some(cue) => {
                json.open(b'{');
                json.span_text(cue, text);
                json.close(b'}');
            }
            None => json.null(),
        }
        json.key("speaker");
        match &quote.speaker {
            Some(speaker) => {
                json.open(b'{');
                json.span_text(speaker.span, text);
                json.key("entity");
                match &speaker.entity {
                    Some(referent) => {
                        json.open(b'{');
                        json.key("canonical");
                        json.string(&referent.canonical);
                        json.key("label");
                        json.name(referent.label.as_str());
                        json.close(b'}');
                    }
                    None => json.null(),
                }
                json.close(b'}');
            }
            None => json.null(),
        }
        json.key("rule");
        json.name(quote.rule);
        json.close(b'}');
    }
    json.close(b']');
    json.close(b'}');
    out.push(b'\n');
}

/// Appends the JSON line `{"id", "error"}` for a document that could not be processed.
pub fn write_error(id: &str, message: &str, out: &mut Vec<u8>) {
    serde_json::to_writer(&mut *out, &ErrorRecord { id, error: message })
        .expect("serialising to memory cannot fail");
    out.push(b'\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Numbers are written as serde_json writes them, on both sides of the 8-digit fast path.
    #[test]
    fn numbers_are_written_like_serde_json() {
        let mut values = vec![0, 1, 9, 10, 99, 100, 12_345, 99_999_999, 100_000_000];
        values.extend([123_456_789, usize::MAX]);
        values.extend((0..20).map(|k| 10usize.pow(k) - 1));
        values.extend((0..20).map(|k| 10usize.pow(k)));
        for value in values {
            let mut out = b"[".to_vec();
            Json::new(&mut out, Vec::new()).number(value);
            out.push(b']');
            assert_eq!(out, serde_json::to_vec(&[value]).unwrap(), "{value}");
        }
    }

    /// The hand-written string escapes are serde_json's, byte for byte.
    #[test]
    fn escapes_are_found_at_every_place_and_length() {
        for len in 0..40 {
            for at in 0..len {
                for b in 0..=255u8 {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = b;
                    let expected = b < 0x20 || b == b'"' || b == b'\\';
                    assert_eq!(needs_escape(&bytes), expected, "{len} {at} {b:#x}");
                }
            }
            assert!(!needs_escape(&vec![0xC3; len]));
        }
    }

    #[test]
    fn strings_are_escaped_like_serde_json() {
        let mut every_byte_char: String = (0u8..0x80).map(char::from).collect();
        every_byte_char.push_str("é€😀\u{2028}\u{7f}\"\\/");
        let mut out = Vec::new();
        Json::new(&mut out, Vec::new()).string(&every_byte_char);
        assert_eq!(out, serde_json::to_vec(&every_byte_char).unwrap());
        // Escapes after, between and at the edges of the clean blocks skipped whole.
        for at in [0, 15, 16, 17, 31, 32, 40] {
            for escaped in ["\"", "\\", "\n", "\u{1}", "é"] {
                let mut value = "a".repeat(48);
                value.insert_str(at, escaped);
                let mut out = Vec::new();
                Json::new(&mut out, Vec::new()).string(&value);
                assert_eq!(out, serde_json::to_vec(&value).unwrap(), "{value:?}");
            }
        }
    }
}
