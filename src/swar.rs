//! Tests on eight bytes of text at a time in one 64-bit word, one byte per lane ("SIMD within
//! a register"): the scans of the hot path find the end of a word or run from a mask instead
//! of a loop over bytes, whose exit the processor mispredicts for nearly every word (words
//! differ in length). Plain integer arithmetic: portable, and no `unsafe`.
//!
//! Every test leaves its answer in bit 7 of each lane and clears the other bits, so that the
//! first lane that holds is `mask.trailing_zeros() / 8` (words are read little-endian).

/// Every byte 0x01, for tests on eight bytes at a time (one byte per lane).
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;

/// Bit 7 of every byte: where the lane tests leave their answers.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// Eight bytes of `bytes` from `at` as one little-endian word.
#[inline(always)]
pub(crate) fn load8(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"))
}

/// Bit 7 of each lane (byte) of the result is set where `lanes` (seven-bit values, bit 7
/// clear) is in `from..=to` and the same byte of `word` has bit 7 clear (is ASCII); every
/// other bit is clear. The sums cannot carry into the next lane: a seven-bit value plus at
/// most 0x80 stays within its byte.
#[inline(always)]
pub(crate) fn lanes_in(lanes: u64, word: u64, from: u8, to: u8) -> u64 {
    let at_least = lanes + ONES * (0x80 - u64::from(from));
    let past = lanes + ONES * (0x80 - (u64::from(to) + 1));
    at_least & !past & !word & HIGH
}

/// Bit 7 of each byte of the results is set where that byte of `word` is an ASCII letter or
/// digit respectively. (A letter is a byte whose value with bit 5 set is in `a..=z`.)
#[inline(always)]
pub(crate) fn ascii_letter_digit_masks(word: u64) -> (u64, u64) {
    let low = word & !HIGH;
    (
        lanes_in(low | (ONES * 0x20), word, b'a', b'z'),
        lanes_in(low, word, b'0', b'9'),
    )
}

/// Bit 7 of each byte of the result is set where that byte of `word` is ASCII white space as
/// [`u8::is_ascii_whitespace`] has it: space, tab, line feed, form feed, carriage return (not
/// the vertical tab).
#[inline(always)]
pub(crate) fn ascii_space_mask(word: u64) -> u64 {
    let low = word & !HIGH;
    lanes_in(low, word, b'\t', b'\n')
        | lanes_in(low, word, 0x0C, b'\r')
        | lanes_in(low, word, b' ', b' ')
}

/// `word` with its ASCII capitals in lower case (what [`u8::to_ascii_lowercase`] does to each
/// byte): bit 5 set where a lane is in `A..=Z`.
#[inline(always)]
pub(crate) fn ascii_lowercase(word: u64) -> u64 {
    word | (lanes_in(word & !HIGH, word, b'A', b'Z') >> 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every byte value in every lane, against the standard library's byte tests.
    #[test]
    fn lane_tests_agree_with_the_byte_tests() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                // The byte in one lane, its neighbours set to values that could disturb it.
                let mut bytes = [0xFFu8; 8];
                if lane > 0 {
                    bytes[lane - 1] = 0x7F;
                }
                bytes[lane] = b;
                let word = u64::from_le_bytes(bytes);
                let bit = |mask: u64| mask >> (8 * lane + 7) & 1 == 1;
                let (letter, digit) = ascii_letter_digit_masks(word);
                assert_eq!(bit(letter), b.is_ascii_alphabetic(), "{b:#x}");
                assert_eq!(bit(digit), b.is_ascii_digit(), "{b:#x}");
                assert_eq!(
                    bit(ascii_space_mask(word)),
                    b.is_ascii_whitespace(),
                    "{b:#x}"
                );
                let lowered = ascii_lowercase(word).to_le_bytes();
                assert_eq!(lowered[lane], b.to_ascii_lowercase(), "{b:#x}");
                for other in (0..8).filter(|&k| k != lane) {
                    assert_eq!(lowered[other], bytes[other].to_ascii_lowercase());
                }
            }
        }
    }
}
