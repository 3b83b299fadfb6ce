//! The rows and fields of the lists' TSV files, without an allocation per line: the default
//! lists have about 150,000 lines, read on every start.

/// The most fields a row keeps (the lists use at most five; more is an error the callers
/// report with the true count).
const MAX_FIELDS: usize = 8;

/// The tab-separated fields of one line.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields<'a> {
    items: [&'a str; MAX_FIELDS],
    /// How many fields the line has (may exceed [`MAX_FIELDS`]).
    count: usize,
}

impl<'a> Fields<'a> {
    /// Splits `line` at its tabs.
    pub(crate) fn of(line: &'a str) -> Fields<'a> {
        let mut items = [""; MAX_FIELDS];
        let mut count = 0;
        let mut start = 0;
        // Tabs are ASCII: a byte search, cheaper than a char pattern on short fields.
        for (at, &b) in line.as_bytes().iter().enumerate() {
            if b == b'\t' {
                if count < MAX_FIELDS {
                    items[count] = &line[start..at];
                }
                count += 1;
                start = at + 1;
            }
        }
        if count < MAX_FIELDS {
            items[count] = &line[start..];
        }
        Fields {
            items,
            count: count + 1,
        }
    }

    /// How many fields the line has.
    pub(crate) fn len(&self) -> usize {
        self.count
    }

    /// Field `index`, when the line has it.
    pub(crate) fn get(&self, index: usize) -> Option<&'a str> {
        (index < self.count.min(MAX_FIELDS)).then(|| self.items[index])
    }
}

impl<'a> std::ops::Index<usize> for Fields<'a> {
    type Output = &'a str;

    /// Field `index`; panics when the line has fewer fields (check [`Fields::len`] first).
    fn index(&self, index: usize) -> &&'a str {
        assert!(
            index < self.count.min(MAX_FIELDS),
            "field {index} of {}",
            self.count
        );
        &self.items[index]
    }
}

/// The rows of a TSV list as (1-based line number, fields), skipping comment lines (`#`) and
/// blank lines; a `\r` before the line end is dropped.
pub(crate) fn rows(contents: &str) -> impl Iterator<Item = (usize, Fields<'_>)> + '_ {
    contents.lines().enumerate().filter_map(|(i, line)| {
        let line = line.trim_end_matches('\r');
        (!line.trim().is_empty() && !line.starts_with('#')).then(|| (i + 1, Fields::of(line)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_str_split_and_counts_every_field() {
        for line in [
            "a",
            "a\tb",
            "\t",
            "a\t\tc\t",
            "é\tü\tx y",
            "1\t2\t3\t4\t5\t6\t7\t8\t9\t10",
        ] {
            let expected: Vec<&str> = line.split('\t').collect();
            let fields = Fields::of(line);
            assert_eq!(fields.len(), expected.len(), "{line:?}");
            for (i, want) in expected.iter().enumerate().take(MAX_FIELDS) {
                assert_eq!(fields.get(i), Some(*want), "{line:?} field {i}");
            }
            assert_eq!(fields.get(expected.len()), None);
        }
        let listed: Vec<usize> = rows("# c\nx\n\n  \ny\tz\r\n").map(|(n, _)| n).collect();
        assert_eq!(listed, [2, 5]);
    }
}
