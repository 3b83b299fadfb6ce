//! Case folding for look-ups on the hot path, without allocating.

/// Calls `f` with `word` in lower case: folded in a stack buffer when the word is short ASCII
/// (nearly every word of news text), in a new string otherwise (full Unicode lower case).
#[inline]
pub(crate) fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0u8; 32];
    if word.is_ascii() && word.len() <= buffer.len() {
        let folded = &mut buffer[..word.len()];
        folded.copy_from_slice(word.as_bytes());
        folded.make_ascii_lowercase();
        // ASCII in, ASCII out: always valid UTF-8.
        return f(std::str::from_utf8(folded).unwrap_or_default());
    }
    f(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_short_ascii_and_long_or_accented_words_alike() {
        assert_eq!(with_lowercase("Said", str::to_string), "said");
        let long = "A".repeat(40);
        assert_eq!(with_lowercase(&long, str::to_string), "a".repeat(40));
        assert_eq!(with_lowercase("ÉCOLE", str::to_string), "école");
    }
}
