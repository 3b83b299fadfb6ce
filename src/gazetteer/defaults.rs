//! The default lists, compiled into the binary, and the loading of a replacement folder.
//!
//! Entity lists are added in priority order: when several entries share a surface, the rules
//! prefer the list added first, so curated lists come before generated ones.

use std::path::Path;

use super::{GazetteerBuilder, Lexicon};
use crate::error::{Error, Result};

macro_rules! list {
    ($name:literal) => {
        ($name, include_str!(concat!("../../gazetteers/", $name)))
    };
}

/// Entity lists (`surface, label, canonical, id, flags`), highest priority first.
pub const ENTITY_LISTS: &[(&str, &str)] = &[
    list!("per_curated.tsv"),
    list!("org_curated.tsv"),
    list!("loc_countries.tsv"),
    list!("loc_regions.tsv"),
    list!("loc_subdivisions.tsv"),
    list!("org_companies.tsv"),
    list!("org_universities.tsv"),
    list!("loc_cities.tsv"),
    list!("loc_stations.tsv"),
    list!("loc_subdivisions_iso.tsv"),
    list!("loc_countries_former.tsv"),
];

/// Word lists for the rules, by role.
pub const GIVEN_NAMES: (&str, &str) = list!("given_names.tsv");
/// Surnames.
pub const SURNAMES: (&str, &str) = list!("surnames.tsv");
/// Titles and roles.
pub const TITLES: (&str, &str) = list!("titles.tsv");
/// Organisation head words.
pub const ORG_HEADS: (&str, &str) = list!("org_heads.tsv");
/// Words that end a sports club's name.
pub const CLUB_HEADS: (&str, &str) = list!("entities/club_heads.txt");
/// Words that end an event's name.
pub const EVENT_HEADS: (&str, &str) = list!("entities/event_heads.txt");
/// Nouns that introduce an organisation's name.
pub const ORG_NOUNS: (&str, &str) = list!("entities/org_nouns.txt");
/// Place head words.
pub const PLACE_HEADS: (&str, &str) = list!("entities/place_heads.tsv");
/// Demonyms.
pub const DEMONYMS: (&str, &str) = list!("demonyms.tsv");
/// Common English words.
pub const COMMON_WORDS: (&str, &str) = list!("common_words.txt");
/// Capitalised words that are never names (days, months).
pub const NON_ENTITIES: (&str, &str) = list!("entities/non_entities.txt");
/// Places that field national teams without being countries.
pub const NATIONAL_SIDES: (&str, &str) = list!("entities/national_sides.txt");
/// Words after which "of" joins a name.
pub const JOINING_HEADS: (&str, &str) = list!("entities/joining_heads.txt");
/// Abbreviations of ordinary things ("TV", "GMT").
pub const COMMON_ACRONYMS: (&str, &str) = list!("entities/common_acronyms.txt");
/// Festivals and prizes, never a person alone ("Christmas", "Oscar").
pub const NOT_NAMES: (&str, &str) = list!("entities/not_names.txt");

/// Adds the entity lists: the compiled-in ones, or those of `dir` (see [`load_dir`]).
pub fn load_entity_lists(dir: Option<&Path>, builder: &mut GazetteerBuilder) -> Result<()> {
    let Some(dir) = dir else {
        for (name, contents) in ENTITY_LISTS {
            builder.add_tsv(name, contents)?;
        }
        return Ok(());
    };
    let listing = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut names: Vec<String> = Vec::new();
    for entry in listing {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_entity_list =
            name.ends_with(".tsv") && ["per_", "org_", "loc_"].iter().any(|p| name.starts_with(p));
        if is_entity_list {
            names.push(name);
        }
    }
    names.sort_by_key(|n| (!n.contains("curated"), n.clone()));
    for name in names {
        let path = dir.join(&name);
        let contents = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
        builder.add_tsv(&path.display().to_string(), &contents)?;
    }
    Ok(())
}

/// Fills `lexicon` with the word lists: the compiled-in ones, or those of `dir` by their
/// default names (a missing file leaves that list empty).
pub fn load_word_lists(dir: Option<&Path>, lexicon: &mut Lexicon) -> Result<()> {
    let Some(dir) = dir else {
        return load_lexicon(lexicon, |(name, contents)| {
            Ok(Some((name.to_string(), contents.to_string())))
        });
    };
    load_lexicon(lexicon, |(name, _)| {
        let path = dir.join(name);
        match std::fs::read_to_string(&path) {
            Ok(contents) => Ok(Some((path.display().to_string(), contents))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io(&path, e)),
        }
    })
}

/// Fills `builder` and `lexicon` with the compiled-in lists.
pub fn load_defaults(builder: &mut GazetteerBuilder, lexicon: &mut Lexicon) -> Result<()> {
    load_entity_lists(None, builder)?;
    load_word_lists(None, lexicon)
}

fn load_lexicon(
    lexicon: &mut Lexicon,
    mut read: impl FnMut((&str, &str)) -> Result<Option<(String, String)>>,
) -> Result<()> {
    if let Some((name, contents)) = read(GIVEN_NAMES)? {
        lexicon.add_given_names(&name, &contents)?;
    }
    if let Some((name, contents)) = read(SURNAMES)? {
        lexicon.add_surnames(&name, &contents)?;
    }
    if let Some((name, contents)) = read(TITLES)? {
        lexicon.add_titles(&name, &contents)?;
    }
    if let Some((name, contents)) = read(ORG_HEADS)? {
        lexicon.add_org_heads(&name, &contents)?;
    }
    if let Some((name, contents)) = read(CLUB_HEADS)? {
        lexicon.add_club_heads(&name, &contents)?;
    }
    if let Some((name, contents)) = read(PLACE_HEADS)? {
        lexicon.add_place_heads(&name, &contents)?;
    }
    if let Some((name, contents)) = read(DEMONYMS)? {
        lexicon.add_demonyms(&name, &contents)?;
    }
    if let Some((name, contents)) = read(COMMON_WORDS)? {
        lexicon.add_common_words(&name, &contents)?;
    }
    if let Some((name, contents)) = read(NON_ENTITIES)? {
        lexicon.add_non_entities(&name, &contents)?;
    }
    if let Some((name, contents)) = read(NATIONAL_SIDES)? {
        lexicon.add_national_sides(&name, &contents)?;
    }
    if let Some((name, contents)) = read(JOINING_HEADS)? {
        lexicon.add_joining_heads(&name, &contents)?;
    }
    if let Some((name, contents)) = read(COMMON_ACRONYMS)? {
        lexicon.add_common_acronyms(&name, &contents)?;
    }
    if let Some((name, contents)) = read(NOT_NAMES)? {
        lexicon.add_not_names(&name, &contents)?;
    }
    if let Some((name, contents)) = read(ORG_NOUNS)? {
        lexicon.add_org_nouns(&name, &contents)?;
    }
    if let Some((name, contents)) = read(EVENT_HEADS)? {
        lexicon.add_event_heads(&name, &contents)?;
    }
    Ok(())
}

/// Fills `builder` and `lexicon` from a folder laid out like `gazetteers/`: every
/// `per_*.tsv`, `org_*.tsv` and `loc_*.tsv` is an entity list (curated lists first, then by
/// name); the word lists are read by their default names and may be absent.
pub fn load_dir(dir: &Path, builder: &mut GazetteerBuilder, lexicon: &mut Lexicon) -> Result<()> {
    load_entity_lists(Some(dir), builder)?;
    load_word_lists(Some(dir), lexicon)
}
