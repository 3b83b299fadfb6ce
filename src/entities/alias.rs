//! Document-level linking: every mention gets the canonical name of its entity.
//!
//! Aliases come from the document itself: the words that end a person's full name ("Mirkov"
//! from "Radoslav Mirkov"), acronyms defined in parentheses ("Mountain Liberation Front (MLF)"),
//! company names without their legal suffix ("Northgate Foods" from "Northgate Foods plc"), a
//! listed firm's first word ("Goldman" from "Goldman Sachs", for a word taken for a surname)
//! and an organisation's head word after "the" ("the Commission" from "European Commission").
//! Mentions found by weak rules, unknown capitalised words left over by the sentence pass, and
//! words of headlines in capitals are then looked up among the aliases; the same surface gets
//! the same label and canonical name throughout the document.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::cell::OnceCell;
use std::sync::Arc;

use super::{Entity, EntityTagger, LowercaseWords};
use crate::gazetteer::lexicon::Gender;
use crate::gazetteer::{Label, Lexicon, OrgConnector};
use crate::span::Span;
use crate::swar::{lanes_in, load8, HIGH};

/// Legal suffixes dropped to make a company's short form.
const LEGAL_SUFFIXES: &[&str] = &[
    "plc", "PLC", "Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "Co", "Co.", "LLC", "AG", "SA",
    "S.A.", "NV", "N.V.", "GmbH", "Group", "Holdings",
];

/// Records `key` as a name of `mention`'s entity when it is longer than a byte and `accepts`
/// it. The first full name wins; a longer canonical name replaces a shorter one. (`accepts`
/// is asked last: it may search the text, and a name mentioned again finds its key taken.)
fn insert_alias<'t>(
    key: Cow<'t, str>,
    mention: &Entity,
    aliases: &mut Aliases<'t>,
    accepts: impl FnOnce(&str) -> bool,
) {
    let taken = aliases
        .get(key.as_bytes())
        .is_some_and(|old| old.canonical.len() >= mention.canonical.len());
    if key.len() >= 2 && !taken && accepts(&key) {
        aliases.insert(bytes_of(key), Alias::of(mention));
    }
}

/// The aliases of a document by their key. Keys are bytes (of text, so UTF-8), so that the
/// surfaces looked up need no slicing as `str`, which checks UTF-8 boundaries.
type Aliases<'t> = HashMap<Cow<'t, [u8]>, Alias>;

/// A key as bytes, borrowed or owned as it was.
fn bytes_of(key: Cow<'_, str>) -> Cow<'_, [u8]> {
    match key {
        Cow::Borrowed(key) => Cow::Borrowed(key.as_bytes()),
        Cow::Owned(key) => Cow::Owned(key.into_bytes()),
    }
}

/// True when `mention` is an organisation or a country that the lists name.
fn is_listed_firm_or_country(lexicon: &Lexicon, mention: &Entity) -> bool {
    mention.rule.starts_with("gazetteer")
        && super::is_firm_or_country(lexicon, mention.label, &mention.canonical)
}

/// True when the lists name `word` alone as something that an organisation's longer name
/// starting with it is not: a person or a place ("Damascus" of "Damascus Radio"), or an
/// organisation whose canonical name is the word itself ("BBC", "Barclays": the word names
/// that organisation, not "BBC News" or "Barclays Capital"). An organisation that the lists
/// resolve to a longer name gives way to the one the document names in full ("Continental"
/// of "Continental Airlines", not Continental AG).
fn listed_as_other(tagger: &EntityTagger, word: &str) -> bool {
    let gazetteer = tagger.gazetteer();
    gazetteer.entries_named(word).iter().any(|&e| {
        let entry = gazetteer.entry(e);
        entry.label != Label::Org || &*entry.canonical == word
    })
}

/// Rules whose label a document-level alias may override.
fn is_weak(rule: &str) -> bool {
    matches!(
        rule,
        "surname"
            | "name-shape"
            | "acronym"
            | "preposition+place"
            | "gazetteer-common"
            | "cue+name"
    )
}

#[derive(Debug, Clone)]
struct Alias {
    label: Label,
    canonical: Arc<str>,
    id: Option<Arc<str>>,
    /// A person's given name alone ("Morag"): weaker evidence than a surname, it relabels no
    /// organisation or country of the lists ("China" after a "China Southern", "Mercedes"
    /// after a "Mercedes Benz" taken for a person's name). A town may be a given name too:
    /// "Clive" after "Clive Woodward" is the person.
    given_name: bool,
}

impl Alias {
    /// The entity that `mention` names.
    fn of(mention: &Entity) -> Alias {
        Alias {
            label: mention.label,
            canonical: mention.canonical.clone(),
            id: mention.id.clone(),
            given_name: false,
        }
    }

    /// A mention at `span` of the entity this alias names.
    fn mention(&self, span: Span) -> Entity {
        Entity {
            span,
            label: self.label,
            canonical: self.canonical.clone(),
            id: self.id.clone(),
            rule: "alias",
            title: None,
        }
    }
}

/// A run of capitalised words that the sentence rules left to the document pass.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Run {
    /// The run, from its first word's start to its last word's end.
    pub span: Span,
    /// The rules labelled part of it (the place "Europe" of "Lycos Europe said"): then only
    /// a mention of the same run names it, not an alias ("Ohio Republican", the alias of "Ohio
    /// Republican Party", is no name of the run in "the Ohio Republican convention").
    pub partly_labelled: bool,
}

/// Links the mentions of one document (see the module docs). `unresolved` are capitalised words
/// no sentence rule labelled; `unlabelled_runs` are runs of capitalised words that no sentence
/// rule labelled either or labelled only in part, among them those a sentence opens with an
/// ordinary word ("Virgin Radio said"), named only by a mention of the same run or an alias;
/// `caps_sentences` are sentences written in capitals.
pub(crate) fn link<'t>(
    tagger: &EntityTagger,
    text: &'t str,
    mentions: &mut Vec<Entity>,
    unresolved: &[Span],
    unlabelled_runs: &[Run],
    caps_sentences: &[Span],
    lowercase_words: &LowercaseWords<'t>,
) {
    drop_words_glued_to_surnames(text, mentions, tagger.lexicon());
    // Keys are slices of the text, copied only when a name is written with odd spacing.
    // Maps sized for the document up front: growing them from empty costs more than filling.
    let mut aliases: Aliases<'t> =
        HashMap::with_capacity_and_hasher(mentions.len(), Default::default());
    // A surname that is also an English word ("Trump", "Brown") names the person in a
    // document that never writes the word in lower case, when the surname list has it (not
    // "Lions" of a team mistaken for a person); a month or weekday never does ("Theresa May"
    // and "in May").
    let not_a_word = |key: &str| !tagger.lexicon().is_common_word_folded(key);
    // A word the document uses only as a name: never in lower case, and no month or weekday.
    let only_a_name = |key: &str| {
        !super::is_calendar_word(tagger.lexicon(), key)
            && !lowercase_words.contains(&key.to_lowercase())
    };
    let surname_fits =
        |key: &str| not_a_word(key) || (tagger.lexicon().is_surname(key) && only_a_name(key));
    let add = |key: Cow<'t, str>, mention: &Entity, aliases: &mut Aliases<'t>| {
        insert_alias(key, mention, aliases, not_a_word);
    };
    let mut given_names: Vec<(&str, &Entity)> = Vec::new();
    // The last word and canonical name of every person's full name.
    let mut surnames: Vec<(&str, &Arc<str>)> = Vec::new();
    let mut firm_words: HashMap<&[u8], Alias> = HashMap::default();
    // The labels that strong rules give each surface, gathered on the first question.
    let strong_labels = OnceCell::new();
    // The names that a strong rule gives something other than an organisation, and the last
    // words of people's names, gathered on the first question.
    let names_not_organisations = OnceCell::new();
    // The words right before a verb of speech, gathered on the first question.
    let speaking_words = OnceCell::new();
    // The words of people's names of two words or more, gathered on the first question.
    let person_words = OnceCell::new();
    // The words that an apposition calls firms, and the firms (see after the loop).
    let mut firms_by_apposition: Vec<(&[u8], Alias)> = Vec::new();
    for mention in mentions.iter() {
        // (Sliced as text only by the rules below that read it: most mentions reach none.)
        let surface = || mention.span.slice(text);
        let word_count = count_words_at(text, mention.span);
        // Acronym defined in parentheses right after the name of an organisation or place,
        // or after its possessive ("USA Track & Field's (USATF) top honour"); after a
        // person's name it is a country or a party: "Anthony Washington (U.S.)".
        if word_count >= 2 && mention.label != Label::Per {
            let end = mention.span.end;
            let end = ["'s", "\u{2019}s"]
                .iter()
                .find(|s| text[end..].starts_with(*s))
                .map_or(end, |s| end + s.len());
            if let Some(acronym) =
                parenthesised_acronym(text, end).or_else(|| acronym_after_comma(text, mention.span))
            {
                add(acronym.into(), mention, &mut aliases);
            }
        }
        match mention.label {
            // A full name (of two words or more, whatever rule found it): its last words
            // ("Raman", "Kowalczyk") and, unless taken, its given name ("Morag").
            Label::Per if (2..=6).contains(&word_count) => {
                let surface = surface();
                // A name whose first word the given-name list knows, or that a title
                // introduced, is a person's for sure: its last word names the person wherever
                // the document never writes it in lower case, listed surname or not ("Thomas
                // Muster" ... "Muster said"); not a word the lists name otherwise ("Labour",
                // "Windows"), a plural ("Lions" of a side taken for a person's name) or a
                // number ("Five" of "the Jackson Five").
                let sure = matches!(mention.rule, "given-name" | "title+name");
                let fits = |key: &str| {
                    surname_fits(key)
                        || (sure
                            && !key.ends_with('s')
                            && !super::NUMBER_WORDS.contains_folded(key)
                            && !tagger.gazetteer().has_word_entry(key)
                            && only_a_name(key))
                };
                for suffix in word_suffixes(surface) {
                    if tagger.lexicon().title(&suffix).is_none() {
                        insert_alias(suffix, mention, &mut aliases, fits);
                    }
                }
                // "Kabariti" for "Abdul-Karim al-Kabariti": the surname without its article.
                let last = surface.rsplit(' ').next().unwrap_or_default();
                surnames.push((last, &mention.canonical));
                if let Some(bare) = last
                    .strip_prefix("al-")
                    .or_else(|| last.strip_prefix("el-"))
                    .filter(|bare| bare.starts_with(|c: char| c.is_uppercase()))
                {
                    insert_alias(bare.into(), mention, &mut aliases, fits);
                }
                // The first word of a full name is the given name (titles are not part of
                // the mention), whether or not the given-name list knows it ("Morag").
                let given = surface.split_whitespace().next().unwrap_or(surface);
                given_names.push((given, mention));
                // So are all its words but the last, after a listed given name, when the last
                // is a surname's word: "Juan Carlos" of "Juan Carlos Ferrero" (not "Adam
                // Smith" of "Adam Smith Lecture", "Adam Smith Sr" or "Adam Smith III", nor
                // "Hard Rock" of a firm's name taken for a person's). Of a name of two words,
                // that is the given name again.
                let pair = tagger
                    .lexicon()
                    .given_name(given)
                    .is_some()
                    .then(|| surface.rsplit_once(' '))
                    .flatten()
                    .filter(|(pair, last)| {
                        last.len() > 2
                            && not_a_word(last)
                            && last.bytes().any(|b| b.is_ascii_lowercase())
                            // (Not a listed name: "Santa Monica" of a run taken for a name.)
                            && tagger.gazetteer().entries_named(pair).is_empty()
                    });
                if let Some((pair, _)) = pair {
                    given_names.push((pair, mention));
                }
            }
            // A place found by its context ("the Selvana region") names every other mention;
            // after a preposition alone, only when no strong rule names the word otherwise
            // ("oil group Yukos" ... "a role in Yukos"), the document never has it speak
            // ("at Argonaut" ... "Argonaut warned that it was low on cash") and no person's
            // name has it ("in Kilroy" ... "Robert Kilroy Silk").
            Label::Loc
                if word_count == 1
                    && (mention.rule == "place-noun"
                        || (mention.rule == "preposition+place"
                            && !named_otherwise(text, mentions, mention, &strong_labels)
                            && !speakers(text, &speaking_words).contains(surface())
                            && !words_of_people(text, mentions, &person_words)
                                .contains(surface()))) =>
            {
                add(surface().into(), mention, &mut aliases);
            }
            // A company without its legal suffix ("Northgate Foods" for "Northgate Foods
            // plc"); a club by its town and, for a distinctive word, by that word alone
            // ("Bramhall" and "Wexley", "Rovers").
            Label::Org if word_count >= 2 => {
                let mut words = surface().split_whitespace();
                let last = words.next_back().unwrap_or_default();
                let club = tagger.lexicon().is_club_head(last);
                let company = LEGAL_SUFFIXES.contains(&last);
                // "Qwest" for "Qwest Communications", "Standard Life" for "Standard Life
                // Investments": the words before the head word that ends the name, unless the
                // document names them as something else by a strong rule (a person, "Stan Lee"
                // of "Stan Lee Media", or the surname of a person's full name, "Gingrich" of
                // "Gingrich Congress" after "Newt Gingrich"; a place, "Los Angeles" of "Los
                // Angeles Times"; not "Warner" taken for a surname), or they are one word
                // that the lists name ("Damascus Radio") or an adjective ("European
                // Parliament").
                let headed = tagger.lexicon().is_org_suffix(last);
                if company || club || headed {
                    let rest: Vec<&str> = words.collect();
                    let lexicon = tagger.lexicon();
                    let key = rest.join(" ");
                    let other_name = || {
                        names_otherwise(text, mentions, &names_not_organisations)
                            .contains(key.as_bytes())
                            || (rest.len() == 1
                                && (listed_as_other(tagger, rest[0])
                                    || lexicon.demonym(rest[0]).is_some()
                                    || super::has_adjective_ending(rest[0])))
                    };
                    if company || club {
                        add(key.into(), mention, &mut aliases);
                    } else if !other_name() {
                        // (An English word too, when the document never writes it in lower
                        // case: "Continental" for "Continental Airlines"; not a function word
                        // or a number, "First" of "First Bank".)
                        insert_alias(key.into(), mention, &mut aliases, |key| {
                            not_a_word(key)
                                || (only_a_name(key)
                                    && !super::is_function_word(key)
                                    && !super::NUMBER_WORDS.contains_folded(key)
                                    && !matches!(key, "Second" | "Third" | "Fourth" | "Fifth"))
                        });
                    }
                    // "Marlow" for "Marlow Rail Systems Ltd", unless it is a nationality.
                    let first = rest[0];
                    if company && rest.len() >= 2 && tagger.lexicon().demonym(first).is_none() {
                        add(first.into(), mention, &mut aliases);
                    }
                }
                // "Rovers" alone, though an English word, names the club here.
                if club
                    && !matches!(last, "City" | "Town")
                    && !aliases.contains_key(last.as_bytes())
                {
                    aliases.insert(last.as_bytes().into(), Alias::of(mention));
                }
                // A listed firm by its first word ("Goldman" for "Goldman Sachs", "Warner"
                // for "Warner Bros"), and a firm's branch by the firm's word where nothing
                // else names it ("Lycos said" after "Lycos Europe"; the BBC of "BBC
                // Scotland" stays the BBC); the first name listed wins.
                if mention.rule.starts_with("gazetteer") || mention.rule == "org+place" {
                    let first = surface().split_whitespace().next().unwrap_or_default();
                    // (A branch's acronym, "RT America", "AOL UK", is settled as acronyms
                    // are.)
                    let acronym = || first.bytes().all(|b| !b.is_ascii_lowercase());
                    if first.starts_with(|c: char| c.is_uppercase())
                        && (mention.rule != "org+place" || !acronym())
                    {
                        firm_words
                            .entry(first.as_bytes())
                            .or_insert_with(|| Alias::of(mention));
                    }
                }
            }
            Label::Org if mention.rule == "apposition+org" => {
                firms_by_apposition.push((mention.span.bytes(text), Alias::of(mention)));
            }
            _ => {}
        }
    }
    // A word that an apposition calls a firm ("Ford, the US car company") names the firm
    // throughout the document, though a person's full name ends with it ("Bill Ford"): set
    // after the loop, over any alias a person's name gave the word.
    for (word, firm) in &firms_by_apposition {
        aliases.insert(Cow::Borrowed(*word), firm.clone());
    }

    // Whether two people's full names end with the same word (see `link_namesakes`, which
    // most documents need not run).
    let shared_surname = surnames.len() >= 2 && {
        surnames.sort_unstable();
        surnames
            .windows(2)
            .any(|pair| pair[0].0 == pair[1].0 && pair[0].1 != pair[1].1)
    };
    // A given name alone names the person only when no other alias claims the word.
    for (given, mention) in given_names {
        if given.len() >= 2 && !aliases.contains_key(given.as_bytes()) && not_a_word(given) {
            let alias = Alias {
                given_name: true,
                ..Alias::of(mention)
            };
            aliases.insert(given.as_bytes().into(), alias);
        }
    }

    // A short name that the document defines in brackets after an organisation's name ("Bay
    // Area Lab Co-Operative (Balco)", "Greek Athletics Federation (Segas)") names the
    // organisation wherever the word stands, before the definition or after it, and whatever
    // a weaker reading made of it there ("Segas chairman").
    let bracketed: Vec<Option<Entity>> = unresolved
        .iter()
        .map(|&span| in_brackets_after_name(text, mentions, span))
        .collect();
    for found in bracketed.iter().flatten() {
        // (After a name of several words: a word in brackets after an acronym is more often
        // the acronym of a term, "Voice over IP (Voip)", than an organisation's.)
        if is_short_name(text, found) && found.canonical.contains(' ') {
            insert_alias(found.span.slice(text).into(), found, &mut aliases, |_| true);
        }
    }

    // Weak single mentions take the alias's label and name; so does a one-word list entry
    // that the document uses as a person's surname ("Priya Raman" ... "Raman"), also with
    // the possessive that the entry has ("Darren Campbell" ... "Campbell's", not the soup).
    for mention in mentions.iter_mut() {
        // "Parmalat Finanziaria" after "Parmalat, the Italian food group": a name taken for a
        // person's by its shape that starts with the firm's word is the firm's longer name.
        if !firms_by_apposition.is_empty()
            && mention.rule == "name-shape"
            && firms_by_apposition.iter().any(|(firm, _)| {
                let surface = mention.span.bytes(text);
                surface.starts_with(firm) && surface.get(firm.len()) == Some(&b' ')
            })
        {
            mention.label = Label::Org;
            continue;
        }
        let person = Some(mention.span)
            .filter(|_| mention.rule.starts_with("gazetteer"))
            .and_then(|span| without_possessive(text, span))
            .filter(|bare| !bare.bytes(text).contains(&b' '))
            .and_then(|bare| {
                let alias = aliases.get(bare.bytes(text))?;
                let weak = alias.given_name && is_listed_firm_or_country(tagger.lexicon(), mention);
                (alias.label == Label::Per && !weak).then(|| alias.mention(bare))
            });
        if let Some(person) = person {
            *mention = person;
            continue;
        }
        // Initials and a surname ("B O'Driscoll", "C. Hodgson" in a team sheet) name the
        // person whose full name the document gives, when the first initial is that name's.
        if mention.rule == "initials+name" {
            if let Some(person) = initials_name(text, mention.span, &aliases) {
                mention.canonical = person.canonical.clone();
                mention.id = person.id.clone();
                continue;
            }
        }
        let surface = mention.span.bytes(text);
        // A word taken for a surname that only a listed firm's name has begun ("Goldman
        // said" after "Goldman Sachs"; no person's name in the document ends with it), or an
        // organisation named by itself alone ("Pernod shares" after "Pernod Ricard").
        let firm = || {
            // (Not an organisation that the lists name by this word itself: "Siemens" after
            // "Siemens Energy" is the parent firm.)
            let self_named = mention.label == Label::Org
                && mention.canonical.as_bytes() == surface
                && !mention.rule.starts_with("gazetteer");
            (self_named || matches!(mention.rule, "surname" | "name-shape"))
                .then(|| firm_words.get(surface))
                .flatten()
        };
        if let Some(alias) = aliases.get(surface).or_else(firm).filter(|alias| {
            !(alias.given_name && is_listed_firm_or_country(tagger.lexicon(), mention))
        }) {
            let surname_over_entry = alias.label == Label::Per
                && mention.label != Label::Per
                && mention.rule.starts_with("gazetteer")
                && !surface.contains(&b' ');
            if is_weak(mention.rule)
                || surname_over_entry
                || mention.canonical.as_bytes() == surface && alias.canonical.as_bytes() != surface
            {
                mention.label = alias.label;
                mention.canonical = alias.canonical.clone();
                mention.id = alias.id.clone();
                mention.rule = "alias";
            }
        }
    }
    // Unknown capitalised words (and sentence openers) that the document defines elsewhere:
    // by an alias, or as the same name found by a strong rule.
    // A common-word entry accepted in mid-sentence ("Labour") counts: the sentence pass
    // checked that the document never writes the word in lower case. So does a speaker's
    // name after a verb of speech ("said Juninho."), which an alias may relabel but which
    // names the same word elsewhere.
    // (An unresolved span is one word; a run of words that a sentence opens with an ordinary
    // word is named only by a mention of the whole run: "Virgin Radio said" after "listeners
    // of Virgin Radio".)
    let mut named: HashMap<&[u8], Alias> =
        HashMap::with_capacity_and_hasher(mentions.len(), Default::default());
    for mention in mentions
        .iter()
        .filter(|m| !is_weak(m.rule) || matches!(m.rule, "gazetteer-common" | "cue+name"))
    {
        let surface = mention.span.bytes(text);
        // (A name of several words can only name an unlabelled run.)
        if unlabelled_runs.is_empty() && surface.iter().any(u8::is_ascii_whitespace) {
            continue;
        }
        named.entry(surface).or_insert_with(|| Alias::of(mention));
    }
    // (The mentions so far are in text order and do not overlap; those found here are
    // appended.)
    let sorted = mentions.len();
    // Organisations by their initials, made when a word in capitals first asks.
    let mut initials: Option<HashMap<String, Option<usize>>> = None;
    for (&span, bracketed) in unresolved.iter().zip(bracketed) {
        let surface = span.bytes(text);
        // (An organisation's short name first; a word in brackets after a person's name is
        // the club or firm only when the document names it no other way: "Boris Nikolayevich
        // (Yeltsin)".)
        let (short_name, in_brackets) = match bracketed {
            Some(found) if is_short_name(text, &found) => (Some(found), None),
            other => (None, other),
        };
        if let Some(found) = short_name {
            mentions.push(found);
        } else if let Some(alias) = aliases.get(surface).or_else(|| named.get(surface)) {
            mentions.push(alias.mention(span));
        } else if let Some(found) = in_brackets {
            mentions.push(found);
        } else if let Some(firm) = firm_words.get(surface).filter(|_| {
            // ("Pernod said" after "Pernod Ricard"; not an English word or an adjective,
            // "General" of "General Motors", "British" of "British Airways", "African" of
            // "African National Congress": "-an" makes the adjectives of places.)
            let word = span.slice(text);
            not_a_word(word)
                && tagger.lexicon().demonym(word).is_none()
                && !super::has_adjective_ending(word)
                && !word.ends_with("an")
        }) {
            mentions.push(firm.mention(span));
        } else if let Some(found) = coordinated_with_organisation(
            text,
            &mentions[..sorted],
            span,
            tagger.lexicon(),
            &only_a_name,
        ) {
            mentions.push(found);
        } else if let Some(i) = by_initials(surface, text, &mentions[..sorted], &mut initials) {
            let organisation = Alias::of(&mentions[i]);
            mentions.push(organisation.mention(span));
        }
    }
    // A word found listed with an organisation names it wherever else the document leaves
    // the word unlabelled ("Can Yahoo dominate?" before "between Google and Yahoo").
    let mut coordinated: HashMap<&[u8], Alias> = HashMap::default();
    for mention in mentions[sorted..]
        .iter()
        .filter(|m| m.rule == "coordinated-organisation")
    {
        coordinated
            .entry(mention.span.bytes(text))
            .or_insert_with(|| Alias::of(mention));
    }
    // (The word found so is among them, and its second mention goes with the overlaps.)
    if !coordinated.is_empty() {
        for &span in unresolved {
            if let Some(firm) = coordinated.get(span.bytes(text)) {
                mentions.push(firm.mention(span));
            }
        }
    }
    for run in unlabelled_runs {
        // (Or by an alias: "Standard Life said" after "Standard Life Investments".)
        let surface = run.span.bytes(text);
        let found = named.get(surface).or_else(|| {
            (!run.partly_labelled)
                .then(|| aliases.get(surface))
                .flatten()
        });
        if let Some(alias) = found {
            mentions.push(alias.mention(run.span));
        } else if let Some(found) =
            coordinated_run(text, &mentions[..sorted], run.span, tagger.lexicon())
        {
            mentions.push(found);
        }
    }
    // A word in capitals that an organisation's initials spell, found by its shape ("FA"
    // for "Football Association" without "(FA)" after it), takes the organisation's name.
    // So does an acronym a list gives another organisation's name when the document names
    // in full only the organisation it spells ("LSE" after "the London Stock Exchange", not
    // the London School of Economics).
    for i in 0..sorted {
        let by_shape = mentions[i].rule == "acronym"
            && *mentions[i].canonical == *mentions[i].span.slice(text);
        let listed = mentions[i].label == Label::Org && mentions[i].rule.starts_with("gazetteer");
        if by_shape || listed {
            let surface = mentions[i].span.bytes(text);
            if let Some(j) =
                by_initials(surface, text, &mentions[..sorted], &mut initials).filter(|&j| {
                    by_shape
                        || !same_name_spelt_otherwise(
                            &mentions[j].canonical,
                            &mentions[i].canonical,
                        )
                })
            {
                let organisation = Alias::of(&mentions[j]);
                mentions[i] = organisation.mention(mentions[i].span);
            }
        }
    }
    // Headlines in capitals: aliases and the document's own names, compared in upper case.
    if !caps_sentences.is_empty() {
        let mut upper: HashMap<String, Alias> = HashMap::default();
        for (key, alias) in &aliases {
            upper
                .entry(String::from_utf8_lossy(key).to_uppercase())
                .or_insert_with(|| alias.clone());
        }
        for mention in mentions.iter() {
            let surface = mention.span.slice(text);
            upper
                .entry(surface.to_uppercase())
                .or_insert_with(|| Alias::of(mention));
        }
        let mut found = Vec::new();
        resolve_overlaps(mentions);
        for &sentence in caps_sentences {
            find_caps_aliases(text, sentence, &upper, mentions, &mut found);
        }
        mentions.extend(found);
    }
    link_organisation_short_forms(text, mentions);
    link_titled_surnames(text, mentions);
    link_head_words(text, mentions, tagger.lexicon());
    unify_surfaces(text, mentions, tagger.lexicon());
    resolve_overlaps(mentions);
    take_in_words_of_the_name(text, mentions);
    if shared_surname {
        link_namesakes(text, mentions, tagger.lexicon());
    }
}

/// A surname alone that ends the full names of several people of the document ("Jarek
/// Kujda" and his sister "Malgorzata Kujda", "Tony Blair" and "Cherie Blair") names the one
/// the document names in full most often, the first named of equals: news names the person
/// it is about first and most, and a relative in passing. An honorific ("Mrs Blair") passes
/// over the people whose given name has the other gender. (The aliases give a surname the
/// person with the longest name, which a stray word glued onto a name wins: "Euro-Sceptic
/// Kilroy-Silk" over "Robert Kilroy-Silk".)
fn link_namesakes(text: &str, mentions: &mut [Entity], lexicon: &Lexicon) {
    /// A person named in full: canonical name, id, how many full mentions.
    type Namesake = (Arc<str>, Option<Arc<str>>, usize);
    let mut by_surname: HashMap<&str, Vec<Namesake>> = HashMap::default();
    for m in mentions.iter().filter(|m| m.label == Label::Per) {
        let Some((_, surname)) = m.span.slice(text).rsplit_once(' ') else {
            continue;
        };
        let people = by_surname.entry(surname).or_default();
        match people.iter_mut().find(|p| p.0 == m.canonical) {
            Some(person) => person.2 += 1,
            None => people.push((m.canonical.clone(), m.id.clone(), 1)),
        }
    }
    // Surnames of two people or more. (Given names that open alike are one person's name
    // written two ways: "David" and "Dave Collins", "Victor" and "Viktor Makarov".)
    let given_start = |canonical: &str| {
        let bytes = canonical.as_bytes();
        (bytes.first().copied(), bytes.get(1).copied())
    };
    by_surname.retain(|_, people| {
        people.len() >= 2 && {
            let first = given_start(&people[0].0);
            people.iter().any(|p| given_start(&p.0) != first)
        }
    });
    for mention in mentions.iter_mut().filter(|m| m.label == Label::Per) {
        let Some(people) = by_surname.get(mention.span.slice(text)) else {
            continue;
        };
        let wanted = mention
            .title
            .and_then(|title| honorific_gender(title.slice(text)));
        let fits = |person: &&Namesake| {
            let given = person.0.split(' ').next().unwrap_or_default();
            wanted.is_none_or(|wanted| {
                lexicon
                    .given_name(given)
                    .is_none_or(|g| g == wanted || g == Gender::Unknown)
            })
        };
        // (`max_by_key` keeps the last of equals: reversed, the first named.)
        if let Some(person) = people.iter().filter(fits).rev().max_by_key(|p| p.2) {
            mention.canonical = person.0.clone();
            mention.id = person.1.clone();
        }
    }
}

/// The gender an honorific says: "Mr" a man's, "Mrs" a woman's.
fn honorific_gender(title: &str) -> Option<Gender> {
    match title.trim_end_matches('.') {
        "Mr" | "Sir" | "Lord" => Some(Gender::Male),
        "Mrs" | "Ms" | "Miss" | "Lady" | "Dame" => Some(Gender::Female),
        _ => None,
    }
}

/// True when two names of an organisation are the same name, or the same spelt otherwise:
/// word for word (joining words aside) each pair shares its first five letters or is equal
/// ("International Labour Organisation" and "... Organization", "Europe Union" and
/// "European Union", "Food & Agriculture ..." and "Food and Agriculture ...").
fn same_name_spelt_otherwise(a: &str, b: &str) -> bool {
    let content = |name: &str| -> Vec<String> {
        name.split_whitespace()
            .filter(|w| *w != "&" && !super::acronyms::JOINING_WORDS.contains(w))
            .map(str::to_lowercase)
            .collect()
    };
    let (a, b) = (content(a), content(b));
    a.len() == b.len()
        && a.iter().zip(&b).all(|(x, y)| {
            x == y || {
                let prefix = x.chars().zip(y.chars()).take_while(|(p, q)| p == q).count();
                prefix >= 5
            }
        })
}

/// The organisation among `mentions` whose initials `word` spells, when `word` is two to six
/// capital letters and one organisation alone has those initials: "FA" for "Football
/// Association", "WLGA" for "Welsh Local Government Association" (joining words such as "of"
/// left out). The table of initials is made on the first call that needs it.
fn by_initials(
    word: &[u8],
    text: &str,
    mentions: &[Entity],
    table: &mut Option<HashMap<String, Option<usize>>>,
) -> Option<usize> {
    if !(2..=6).contains(&word.len()) || !word.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    let table = table.get_or_insert_with(|| {
        let mut table: HashMap<String, Option<usize>> = HashMap::default();
        for (i, m) in mentions.iter().enumerate() {
            // (Only a name written out: an acronym's own mention spells nothing.)
            if m.label != Label::Org
                || !m.canonical.contains(' ')
                || !m.span.bytes(text).contains(&b' ')
            {
                continue;
            }
            // The initials without the joining words ("SEC") and, when the name has "of",
            // with its "O" too ("BOA" for "Bank of America", "DOJ" for "Department of
            // Justice").
            let mut letters = String::new();
            let mut with_of = String::new();
            let mut capitals = true;
            for w in m.canonical.split_whitespace() {
                if w == "of" {
                    with_of.push('O');
                    continue;
                }
                if super::acronyms::JOINING_WORDS.contains(w) {
                    continue;
                }
                let first = w.chars().next().unwrap_or(' ');
                capitals &= first.is_ascii_uppercase();
                letters.push(first);
                with_of.push(first);
            }
            if !capitals {
                continue;
            }
            for key in [letters, with_of] {
                if !(2..=6).contains(&key.len()) {
                    continue;
                }
                match table.get_mut(&key) {
                    Some(seen) => {
                        if seen.is_some_and(|j| mentions[j].canonical != m.canonical) {
                            *seen = None;
                        }
                    }
                    None => {
                        table.insert(key, Some(i));
                    }
                }
            }
        }
        table
    });
    std::str::from_utf8(word)
        .ok()
        .and_then(|word| table.get(word))
        .and_then(|&i| i)
}

/// An unknown word in brackets right after a name ("Ramon Vega (Cagliari)", "Den Norske
/// Stats Oljeselskap AS (Statoil)"): after an organisation, its short name; after a person, the
/// organisation the person belongs to (a club in a squad list, a firm). Places and acronyms in
/// brackets are found by the other rules.
fn in_brackets_after_name(text: &str, mentions: &[Entity], span: Span) -> Option<Entity> {
    let bracketed = text[..span.start].ends_with(" (") && text[span.end..].starts_with(')');
    if !bracketed {
        return None;
    }
    let name_end = span.start - 2;
    // (The mentions are in text order and do not overlap, so their ends are in order too.)
    let name = mentions
        .get(mentions.partition_point(|m| m.span.end < name_end))
        .filter(|m| m.span.end == name_end)?;
    let (canonical, id) = match name.label {
        Label::Org => (name.canonical.clone(), name.id.clone()),
        // (Not a country written short, as draws do: "Lleyton Hewitt (Aus)".)
        Label::Per if span.len() > 3 => (span.slice(text).into(), None),
        _ => return None,
    };
    Some(Entity {
        span,
        label: Label::Org,
        canonical,
        id,
        rule: "bracketed-name",
        title: None,
    })
}

/// True when `found` (from [`in_brackets_after_name`]) is an organisation's short name, named
/// after the organisation before the brackets, not a club or firm named by itself.
fn is_short_name(text: &str, found: &Entity) -> bool {
    *found.canonical != *found.span.slice(text)
}

/// An unknown word listed with an organisation that the lists name is an organisation:
/// "Cellnet and Vodafone", "Tiscali, BT or Wanadoo". Not an English word ("Mobile and
/// Vodafone"), unless the document uses it only as a name (`only_a_name`: never in lower
/// case), not to open a sentence and not after a capitalised word, as the last word of a
/// longer name ("Google, Yahoo and Amazon"; not "Zurich Financial, Allianz and Axa"). (A
/// word the lists know as a name never gets here: a surname is a person's already, and a
/// given name alone no mention.) `mentions` are in text order and do not overlap.
fn coordinated_with_organisation(
    text: &str,
    mentions: &[Entity],
    span: Span,
    lexicon: &Lexicon,
    only_a_name: &dyn Fn(&str) -> bool,
) -> Option<Entity> {
    // (The word is looked up last: most words are listed with nothing.)
    let word = span.slice(text);
    let opens_sentence = || {
        let before = text[..span.start].trim_end();
        before.is_empty() || before.ends_with(['.', '!', '?', '"', '\u{201c}', ':'])
    };
    let name_like = || {
        word.len() >= 3
            && (!lexicon.is_common_word_folded(word)
                || (!opens_sentence() && !after_name_word(text, span.start) && only_a_name(word)))
    };
    (listed_beside(text, mentions, span) && name_like())
        .then(|| coordinated_organisation(text, span))
}

/// A run of words listed with an organisation that the lists name is one too: "Intel and
/// Advanced Micro Devices". Not a run that holds a mention ("Miners Rio Tinto"), ends with a
/// compass adjective ("Middle Eastern"), has a nationality or an event's head word ("Super
/// Bowl"), or a word of two capitals, a model's or a title's ("XDA II", "Windows PC", "AG
/// Lynch"). `mentions` are in text order and do not overlap.
fn coordinated_run(
    text: &str,
    mentions: &[Entity],
    span: Span,
    lexicon: &Lexicon,
) -> Option<Entity> {
    let run = span.slice(text);
    let ordinary = |word: &str| {
        lexicon.demonym(word).is_some()
            || lexicon.is_event_head(word)
            || (word.len() <= 2 && word.bytes().all(|b| b.is_ascii_uppercase()))
    };
    (listed_beside(text, mentions, span)
        && !overlaps_any(mentions, span)
        && !run
            .rsplit(' ')
            .next()
            .is_some_and(|last| super::COMPASS.contains(last))
        && !run.split(' ').any(ordinary))
    .then(|| coordinated_organisation(text, span))
}

/// True when an organisation that the lists name stands right before or after `span`, joined
/// to it by "and", "or" or a comma. `mentions` are in text order and do not overlap.
fn listed_beside(text: &str, mentions: &[Entity], span: Span) -> bool {
    const JOINS: [&str; 3] = [" and ", " or ", ", "];
    let listed = |m: &Entity| m.label == Label::Org && m.rule.starts_with("gazetteer");
    let ending_at = |end: usize| {
        let i = mentions.partition_point(|m| m.span.end < end);
        mentions.get(i).filter(|m| m.span.end == end)
    };
    let starting_at = |start: usize| {
        let i = mentions.partition_point(|m| m.span.start < start);
        mentions.get(i).filter(|m| m.span.start == start)
    };
    let before = JOINS.iter().any(|join| {
        text[..span.start].ends_with(join) && ending_at(span.start - join.len()).is_some_and(listed)
    });
    before
        || JOINS.iter().any(|join| {
            text[span.end..].starts_with(join)
                && starting_at(span.end + join.len()).is_some_and(listed)
        })
}

/// True when a mention of `mentions` (in text order, not overlapping) overlaps `span`.
fn overlaps_any(mentions: &[Entity], span: Span) -> bool {
    let i = mentions.partition_point(|m| m.span.end <= span.start);
    mentions.get(i).is_some_and(|m| m.span.start < span.end)
}

/// The organisation `span` names, found listed with another.
fn coordinated_organisation(text: &str, span: Span) -> Entity {
    Entity {
        span,
        label: Label::Org,
        canonical: span.slice(text).into(),
        id: None,
        rule: "coordinated-organisation",
        title: None,
    }
}

/// True when the word right before byte `start` of `text`, after one space, is a capitalised
/// word other than an article ("Zurich Financial", "JP Morgan Chase"; not "A Yahoo"), or a
/// connector inside a name ("Need for Speed", "Bank of Velmont").
fn after_name_word(text: &str, start: usize) -> bool {
    text[..start].strip_suffix(' ').is_some_and(|head| {
        let word = &head[head.rfind(' ').map_or(0, |k| k + 1)..];
        (word.starts_with(|c: char| c.is_uppercase())
            && word.ends_with(|c: char| c.is_alphanumeric())
            && !super::is_function_word(word))
            || matches!(word, "of" | "for" | "the")
    })
}

/// A name of two words found by its shape alone ("Matchwinner Keane was full of praise"),
/// whose first word ends as words for what a person is do
/// ([`super::has_person_noun_ending`]) and whose second is the last word of another
/// person's name in the document ("Robbie Keane"), is that surname with a word glued on: the
/// mention shrinks to the surname, which the aliases then give the full name. (Other first
/// words are often given names the list lacks: "Wasim Akram" beside "Mohammad Akram",
/// "Martyn Williams" beside "Shane Williams"; a listed given name is never cut off, "Roger
/// Knapman", whatever rule found the name.)
fn drop_words_glued_to_surnames(text: &str, mentions: &mut [Entity], lexicon: &Lexicon) {
    let glued = |m: &Entity| -> Option<usize> {
        if m.label != Label::Per || m.rule != "name-shape" {
            return None;
        }
        let (first, last) = m.span.slice(text).split_once(' ')?;
        let glued = !last.contains(' ')
            && super::has_person_noun_ending(first)
            && lexicon.given_name(first).is_none();
        glued.then_some(first.len() + 1)
    };
    // (Most documents have no such name: one look first.)
    if !mentions.iter().any(|m| glued(m).is_some()) {
        return;
    }
    let surnames: HashSet<&str> = mentions
        .iter()
        .filter(|m| m.label == Label::Per && glued(m).is_none())
        .filter_map(|m| m.span.slice(text).rsplit_once(' ').map(|(_, last)| last))
        .collect();
    for m in mentions.iter_mut() {
        let Some(cut) = glued(m) else { continue };
        let surname = Span::new(m.span.start + cut, m.span.end);
        if surnames.contains(surname.slice(text)) {
            m.span = surname;
            m.canonical = surname.slice(text).into();
        }
    }
}

/// A mention of part of a person's name takes in the words before it that end the name too:
/// "Suu Kyi said" for "Aung San Suu Kyi" (the sentence pass left "Suu", opening the
/// sentence, to the document) and "said Van Moer" for "Wilfried Van Moer". A mention that
/// the word before was makes way ("Van" of a place); one that reaches further back stops the
/// extension. `mentions` are sorted and do not overlap, and stay so.
fn take_in_words_of_the_name(text: &str, mentions: &mut Vec<Entity>) {
    let mut swallowed = Vec::new();
    for i in 0..mentions.len() {
        let (before, rest) = mentions.split_at_mut(i);
        let mention = &mut rest[0];
        if mention.label != Label::Per || mention.canonical.len() <= mention.span.len() {
            continue;
        }
        let mut kept_before = before.len();
        while let Some(start) = name_word_before(text, mention) {
            // A mention inside the word makes way; one that starts before it stops here.
            if kept_before > 0 && before[kept_before - 1].span.end > start {
                if before[kept_before - 1].span.start < start {
                    break;
                }
                kept_before -= 1;
                swallowed.push(kept_before);
            }
            mention.span = Span::new(start, mention.span.end);
        }
    }
    if !swallowed.is_empty() {
        let mut index = 0;
        mentions.retain(|_| {
            index += 1;
            !swallowed.contains(&(index - 1))
        });
    }
}

/// The start of the word right before `mention` (after one space) when that word and the
/// mention end its canonical name after a space, and the mention alone does too.
fn name_word_before(text: &str, mention: &Entity) -> Option<usize> {
    let canonical = mention.canonical.as_bytes();
    let ends_name = |surface: &[u8]| {
        canonical.len() > surface.len()
            && canonical.ends_with(surface)
            && canonical[canonical.len() - surface.len() - 1] == b' '
    };
    let bytes = text.as_bytes();
    let start = mention.span.start;
    if start < 2 || bytes[start - 1] != b' ' || !ends_name(mention.span.bytes(text)) {
        return None;
    }
    let word_start = bytes[..start - 1]
        .iter()
        .rposition(u8::is_ascii_whitespace)
        .map_or(0, |k| k + 1);
    (word_start < start - 1 && ends_name(&bytes[word_start..mention.span.end]))
        .then_some(word_start)
}

/// `span` without the possessive "'s" (or "’s") that ends it, if it ends so.
fn without_possessive(text: &str, span: Span) -> Option<Span> {
    let surface = span.slice(text);
    let cut = ["'s", "’s"]
        .iter()
        .find(|p| surface.len() > p.len() && surface.ends_with(*p))?
        .len();
    Some(Span::new(span.start, span.end - cut))
}

/// The person that initials and a surname at `span` name ("B O'Driscoll", "J.P. Smith"): the
/// alias of the surname, when it is a person's whose canonical name begins with the first
/// initial.
fn initials_name<'a>(text: &str, span: Span, aliases: &'a Aliases<'_>) -> Option<&'a Alias> {
    let surface = span.slice(text);
    let mut rest = surface;
    let mut first = None;
    // Initials: words of capitals and periods, each capital at most one letter long.
    while let Some((word, after)) = rest.split_once(' ') {
        let initial = !word.is_empty()
            && word.split('.').all(|part| {
                part.is_empty() || (part.len() == 1 && part.as_bytes()[0].is_ascii_uppercase())
            });
        if !initial {
            break;
        }
        first = first.or(word.bytes().next());
        rest = after;
    }
    let initial = first?;
    let alias = aliases.get(rest.as_bytes())?;
    (alias.label == Label::Per
        && alias.canonical.as_bytes().first() == Some(&initial)
        && alias.canonical.len() > surface.len())
    .then_some(alias)
}

/// The surfaces that name something other than an organisation in `mentions`: those of
/// mentions that a strong rule labels otherwise, and the last words of people's names
/// ("Gingrich" of "Newt Gingrich"). Gathered once per document into `cell`, so that a long
/// document of organisations stays linear.
fn names_otherwise<'c, 't>(
    text: &'t str,
    mentions: &[Entity],
    cell: &'c OnceCell<HashSet<&'t [u8]>>,
) -> &'c HashSet<&'t [u8]> {
    cell.get_or_init(|| {
        let mut names = HashSet::default();
        for m in mentions.iter().filter(|m| m.label != Label::Org) {
            let name = m.span.bytes(text);
            if !is_weak(m.rule) {
                names.insert(name);
            }
            if m.label == Label::Per {
                for (k, _) in name.iter().enumerate().filter(|(_, &b)| b == b' ') {
                    names.insert(&name[k + 1..]);
                }
            }
        }
        names
    })
}

/// The words of the names of two words or more that `mentions` give people, gathered once per
/// document into `cell`.
fn words_of_people<'c, 't>(
    text: &'t str,
    mentions: &[Entity],
    cell: &'c OnceCell<HashSet<&'t str>>,
) -> &'c HashSet<&'t str> {
    cell.get_or_init(|| {
        let mut words = HashSet::default();
        for m in mentions.iter().filter(|m| m.label == Label::Per) {
            let name = m.span.slice(text);
            if name.contains(' ') {
                words.extend(name.split(' '));
            }
        }
        words
    })
}

/// Verbs of speech after their subject, which a place found by its preposition alone never
/// takes.
const SPEECH_AFTER: [&str; 6] = [" said", " says", " warned", " told", " added", " announced"];

/// The words of `text` right before a verb of speech ("Argonaut warned"), gathered once per
/// document into `cell` by a search for each verb.
fn speakers<'c, 't>(text: &'t str, cell: &'c OnceCell<HashSet<&'t str>>) -> &'c HashSet<&'t str> {
    cell.get_or_init(|| {
        let mut words = HashSet::default();
        for verb in SPEECH_AFTER {
            for at in memchr::memmem::find_iter(text.as_bytes(), verb.as_bytes()) {
                let head = &text[..at];
                let from = head
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(0, |(k, c)| k + c.len_utf8());
                words.insert(&head[from..]);
            }
        }
        words
    })
}

/// True when a mention of another label by a strong rule has the same surface as `place`.
/// The labels of each surface (one bit a label) are gathered once per document into `cell`,
/// on the first question, so that a document of many such places stays linear.
fn named_otherwise<'t>(
    text: &'t str,
    mentions: &[Entity],
    place: &Entity,
    cell: &OnceCell<HashMap<&'t [u8], u8>>,
) -> bool {
    let bit = |label: Label| 1u8 << label as u8;
    let labels = cell.get_or_init(|| {
        let mut labels: HashMap<&[u8], u8> = HashMap::default();
        for m in mentions.iter().filter(|m| !is_weak(m.rule)) {
            *labels.entry(m.span.bytes(text)).or_default() |= bit(m.label);
        }
        labels
    });
    labels
        .get(place.span.bytes(text))
        .is_some_and(|&seen| seen & !bit(place.label) != 0)
}

/// A one-word organisation named by nothing but itself takes the name of a longer
/// organisation in the document that it shortens: the last word ("Independents" for
/// "Calderbrook Independents"), or the members of a party ("Greens" for "Green Party",
/// "Democrats" for "Democratic Party"). Only organisations link this way, so a place that
/// ends an organisation's name ("Bank of England") keeps its own.
fn link_organisation_short_forms(text: &str, mentions: &mut [Entity]) {
    let mut full: HashMap<&str, usize> = HashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        if m.label != Label::Org {
            continue;
        }
        let surface = m.span.slice(text);
        if !surface.contains(' ') {
            continue;
        }
        let mut words = surface.split_whitespace();
        let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
            continue;
        };
        if last == "Party" {
            full.entry(first).or_insert(i);
        } else if last.ends_with('s') {
            full.entry(last).or_insert(i);
        }
    }
    if full.is_empty() {
        return;
    }
    // ("Democrats" for "Democratic Party": tried only where such a key exists, since it
    // costs a string built per mention.)
    let adjectives = full.keys().any(|k| k.ends_with("ic"));
    for i in 0..mentions.len() {
        let m = &mentions[i];
        if m.label != Label::Org {
            continue;
        }
        let surface = m.span.slice(text);
        if surface.contains(' ') || *m.canonical != *surface {
            continue;
        }
        let stem = surface.strip_suffix('s').unwrap_or(surface);
        let target = full
            .get(surface)
            .or_else(|| full.get(stem))
            .or_else(|| {
                adjectives
                    .then(|| full.get(format!("{stem}ic").as_str()))
                    .flatten()
            })
            .copied();
        if let Some(j) = target.filter(|&j| j != i) {
            let (canonical, id) = (mentions[j].canonical.clone(), mentions[j].id.clone());
            let m = &mut mentions[i];
            m.canonical = canonical;
            m.id = id;
            m.rule = "alias";
        }
    }
}

/// A surname after a title ("Mr Jobs", "Ms King") names the one person of the document
/// whose full name ends with it ("Steve Jobs"), though the word is an English one that the
/// aliases leave alone: the title says it is a person's name here. With two such people
/// ("Paul King" and "Oona King") it is left as it is.
fn link_titled_surnames(text: &str, mentions: &mut [Entity]) {
    let titled = |m: &Entity| {
        m.label == Label::Per
            && m.rule == "title+name"
            && *m.canonical == *m.span.slice(text)
            && !m.canonical.contains(' ')
    };
    if !mentions.iter().any(titled) {
        return;
    }
    // The last word of each full name, and the mention that gives it (None when two people
    // share it).
    // (A map, so that a long document of many people stays linear.)
    let mut people: HashMap<&str, Option<usize>> = HashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        if m.label != Label::Per {
            continue;
        }
        let Some((_, last)) = m.canonical.rsplit_once(' ') else {
            continue;
        };
        people
            .entry(last)
            .and_modify(|seen| {
                if seen.is_some_and(|j| mentions[j].canonical != m.canonical) {
                    *seen = None;
                }
            })
            .or_insert(Some(i));
    }
    let found: Vec<(usize, usize)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| titled(m))
        .filter_map(|(i, m)| {
            let person = people.get(m.span.slice(text))?;
            Some((i, (*person)?))
        })
        .collect();
    for (i, j) in found {
        let (canonical, id) = (mentions[j].canonical.clone(), mentions[j].id.clone());
        mentions[i].canonical = canonical;
        mentions[i].id = id;
    }
}

/// "The Commission said", "the Bank": the head word of an organisation's name that the
/// document gives in full ("European Commission", "Bank of England"), capitalised after
/// "the", names that organisation; so does a place's head word name the place ("the Dome" for
/// "the Millennium Dome"). Only when one name of the document has that head (with a
/// "European Central Bank" and a "World Bank", "the Bank" is left alone), and not
/// when a capitalised word, a number or "of" follows (the start of another name: "the Bank of
/// Japan", "the Radio 1 show").
fn link_head_words(text: &str, mentions: &mut Vec<Entity>, lexicon: &Lexicon) {
    // Head words and the mention that gives each, None when two organisations share it, in
    // the order first found; and where each head is in that list.
    let mut heads: Vec<(&str, Option<usize>)> = Vec::new();
    let mut head_at: HashMap<&str, usize> = HashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        if !matches!(m.label, Label::Org | Label::Loc) || m.rule == "alias" {
            continue;
        }
        let surface = m.span.slice(text);
        // (Names of one word, most of them, are passed over without splitting.)
        let (Some(first_end), Some(last_start)) = (surface.find(' '), surface.rfind(' ')) else {
            continue;
        };
        let (first, last) = (&surface[..first_end], &surface[last_start + 1..]);
        let head = if m.label == Label::Loc {
            // A place by its head word: "the Dome" for "the Millennium Dome".
            if !lexicon.is_place_suffix(last) {
                continue;
            }
            last
        } else if surface[first_end..].starts_with(" of ")
            && lexicon.is_org_prefix_with(first, OrgConnector::Of)
        {
            first
        } else if lexicon.is_org_suffix(last) && !LEGAL_SUFFIXES.contains(&last) {
            last
        } else {
            continue;
        };
        if head.len() < 4 || !head.bytes().all(|b| b.is_ascii_alphabetic()) {
            continue;
        }
        match head_at.get(head) {
            Some(&k) => {
                let seen = &mut heads[k].1;
                if seen.is_some_and(|j| *mentions[j].canonical != *m.canonical) {
                    *seen = None;
                }
            }
            None => {
                head_at.insert(head, heads.len());
                heads.push((head, Some(i)));
            }
        }
    }
    if heads.iter().all(|(_, target)| target.is_none()) {
        return;
    }
    // Each head searched for over the text by its capital (a substring searcher costs more
    // to build than the few capitals of a document cost to compare), then the "the" before
    // it checked.
    let bytes = text.as_bytes();
    let before = mentions.len();
    for &(head, target) in &heads {
        let Some(target) = target else { continue };
        let head_bytes = head.as_bytes();
        let found = memchr::memchr_iter(head_bytes[0], bytes)
            .filter(|&at| bytes[at..].starts_with(head_bytes));
        for start in found {
            let end = start + head.len();
            let after_the = bytes[..start].ends_with(b"the ") || bytes[..start].ends_with(b"The ");
            let word_start = start < 5 || !bytes[start - 5].is_ascii_alphanumeric();
            if !after_the || !word_start {
                continue;
            }
            let word_ends = !text[end..].starts_with(|c: char| c.is_alphanumeric() || c == '-');
            let next_word = text[end..].split_whitespace().next().unwrap_or("");
            let longer_name = next_word == "of"
                || next_word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
            if !word_ends || longer_name {
                continue;
            }
            let span = Span::new(start, end);
            if mentions[..before].iter().any(|m| m.span.overlaps(span)) {
                continue;
            }
            let t = &mentions[target];
            let mention = Entity {
                span,
                label: t.label,
                canonical: t.canonical.clone(),
                id: t.id.clone(),
                rule: "alias",
                title: None,
            };
            mentions.push(mention);
        }
    }
    if mentions.len() > before {
        mentions.sort_by_key(|m| m.span.start);
    }
}

/// The endings of a name that start at a word after its first, longest first: "Priya Raman"
/// and "Raman" of "Anna Priya Raman". Slices of `surface`, or copies with the words joined by
/// one space when the name is written with other white space.
fn word_suffixes(surface: &str) -> impl Iterator<Item = Cow<'_, str>> {
    let name: Cow<'_, str> = if is_oddly_spaced(surface) {
        Cow::Owned(surface.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        Cow::Borrowed(surface)
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        at += name[at..].find(' ')? + 1;
        Some(match &name {
            Cow::Borrowed(name) => {
                let name: &str = name;
                Cow::Borrowed(&name[at..])
            }
            Cow::Owned(name) => Cow::Owned(name[at..].to_string()),
        })
    })
}

/// True when the words of `surface` are not separated by single spaces: two spaces in a row,
/// or white space other than a space. (One pass: this runs for every person's full name.)
fn is_oddly_spaced(surface: &str) -> bool {
    if surface.is_ascii() {
        let bytes = surface.as_bytes();
        return bytes.iter().any(|b| (b'\t'..=b'\r').contains(b))
            || bytes.windows(2).any(|pair| pair == b"  ");
    }
    let mut after_space = false;
    for c in surface.chars() {
        if c == ' ' {
            if after_space {
                return true;
            }
            after_space = true;
        } else if c.is_whitespace() {
            return true;
        } else {
            after_space = false;
        }
    }
    false
}

/// The number of words of `surface` (what `split_whitespace` gives), counted over bytes when
/// the surface is ASCII, as nearly every name is: this runs for every mention.
fn count_words(surface: &str) -> usize {
    if !surface.is_ascii() {
        return surface.split_whitespace().count();
    }
    let mut count = 0;
    let mut in_word = false;
    for &b in surface.as_bytes() {
        // ASCII white space: the space and tab to carriage return.
        let space = b == b' ' || (b'\t'..=b'\r').contains(&b);
        count += usize::from(!space && !in_word);
        in_word = !space;
    }
    count
}

/// [`count_words`] of `text[span]`, eight bytes at a time while they are ASCII: a word starts
/// at each byte that is not white space after one that is (or at the start). A loop over
/// bytes ends at a branch mispredicted for nearly every name (names differ in length).
fn count_words_at(text: &str, span: Span) -> usize {
    let bytes = text.as_bytes();
    if span.end + 8 > bytes.len() {
        return count_words(span.slice(text));
    }
    let mut count = 0;
    // Bit 7 set when the byte before the next eight is white space (or there is none).
    let mut space_before = 0x80;
    let mut at = span.start;
    while at < span.end {
        let word = load8(bytes, at);
        let left = span.end - at;
        let inside = if left >= 8 {
            HIGH
        } else {
            ((1u64 << (8 * left)) - 1) & HIGH
        };
        if word & inside != 0 {
            // Beyond ASCII: the standard library's notion of white space.
            return count_words(span.slice(text));
        }
        // ASCII white space: the space and tab to carriage return.
        let low = word & !HIGH;
        let space = lanes_in(low, word, b'\t', b'\r') | lanes_in(low, word, b' ', b' ');
        let starts = !space & inside & ((space << 8) | space_before);
        count += starts.count_ones() as usize;
        space_before = (space >> 56) & 0x80;
        at += 8;
    }
    count
}

/// An acronym in parentheses right after `end`: " (MLF)".
pub(super) fn parenthesised_acronym(text: &str, end: usize) -> Option<&str> {
    // (The closing bracket is looked for near the opening one only: this runs for every
    // " (" of a text, and an unclosed one must not cost a search to the text's end.)
    const LONGEST: usize = 32;
    let rest = text[end..].strip_prefix(" (")?;
    let close = rest.bytes().take(LONGEST).position(|b| b == b')')?;
    let inside = &rest[..close];
    let letters = inside.chars().filter(|c| c.is_alphabetic()).count();
    let is_acronym = (2..=8).contains(&letters)
        && inside
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit());
    is_acronym.then_some(inside)
}

/// The short name set off by a comma right after the name at `name` when its letters, in any
/// case, are the initials of the name's words (joining words left out): "the Internet
/// Corporation for Assigned Names and Numbers, Icann."
fn acronym_after_comma(text: &str, name: Span) -> Option<&str> {
    // (The comma first: the name is sliced only after one.)
    let rest = text[name.end..].strip_prefix(", ")?;
    let name = name.slice(text);
    let word = &rest[..rest.bytes().take_while(u8::is_ascii_alphabetic).count()];
    // (A word in lower case is never looked up: aliases are keyed by a capitalised surface.)
    let mut initials = name
        .split([' ', '-'])
        .filter(|w| !w.is_empty() && !super::acronyms::JOINING_WORDS.contains(w))
        .map(|w| w.as_bytes()[0]);
    let spelled = word
        .bytes()
        .all(|b| initials.next().is_some_and(|i| i.eq_ignore_ascii_case(&b)));
    (spelled && initials.next().is_none()).then_some(word)
}

/// Words of a headline (in capitals or title case) that match an alias, compared in upper
/// case (longest run of up to four words first).
fn find_caps_aliases(
    text: &str,
    sentence: Span,
    upper: &HashMap<String, Alias>,
    mentions: &[Entity],
    found: &mut Vec<Entity>,
) {
    let mut tokens = Vec::new();
    super::tokens::tokenize(text, sentence, &mut tokens);
    let words: Vec<Span> = tokens
        .iter()
        .filter(|t| t.kind == super::tokens::TokenKind::Word)
        .map(|t| t.span)
        .collect();
    // `mentions` is sorted and does not overlap, so one binary search finds any overlap.
    let taken = |span: Span| {
        let i = mentions.partition_point(|m| m.span.end <= span.start);
        mentions.get(i).is_some_and(|m| m.span.start < span.end)
    };
    let mut i = 0;
    while i < words.len() {
        let mut matched = None;
        for width in (1..=4.min(words.len() - i)).rev() {
            let span = Span::new(words[i].start, words[i + width - 1].end);
            let surface = span.slice(text);
            // Only words separated by single spaces form a name.
            if surface.split(' ').count() != width || taken(span) {
                continue;
            }
            // (A headline in title case is compared in upper case too.)
            let found = if surface.chars().any(char::is_lowercase) {
                upper.get(&surface.to_uppercase())
            } else {
                upper.get(surface)
            };
            if let Some(alias) = found {
                matched = Some((width, span, alias));
                break;
            }
        }
        match matched {
            Some((width, span, alias)) => {
                found.push(alias.mention(span));
                i += width;
            }
            None => i += 1,
        }
    }
}

/// The same surface gets one label and canonical name: the one given by the strongest rule.
fn unify_surfaces(text: &str, mentions: &mut [Entity], lexicon: &Lexicon) {
    let strength = |rule: &str| if is_weak(rule) { 0 } else { 1 };
    // Each distinct surface is a group (numbered in order of first mention), whose best
    // mention is the first of the strongest rule (a titled person before a town of the same
    // name); each mention's group is kept, so that the surface is hashed once.
    // (Keyed by the surface's bytes: slicing bytes checks no UTF-8 boundaries.)
    let mut groups: HashMap<&[u8], usize> =
        HashMap::with_capacity_and_hasher(mentions.len(), Default::default());
    let mut best: Vec<usize> = Vec::with_capacity(mentions.len());
    let mut group_of: Vec<usize> = Vec::with_capacity(mentions.len());
    for (i, mention) in mentions.iter().enumerate() {
        let new = best.len();
        let surface = mention.span.bytes(text);
        let group = *groups.entry(surface).or_insert(new);
        if group == new {
            best.push(i);
        } else if strength(mentions[best[group]].rule) < strength(mention.rule)
            || titled_person_over_town(&mentions[best[group]], mention, lexicon)
        {
            best[group] = i;
        }
        group_of.push(group);
    }
    let decided: Vec<(usize, Alias)> = mentions
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let j = best[group_of[i]];
            let overrides = strength(m.rule) < strength(mentions[j].rule)
                || titled_person_over_town(m, &mentions[j], lexicon);
            (j != i && overrides).then(|| (i, Alias::of(&mentions[j])))
        })
        .collect();
    for (i, alias) in decided {
        mentions[i].label = alias.label;
        mentions[i].canonical = alias.canonical;
        mentions[i].id = alias.id;
        mentions[i].rule = "alias";
    }
}

/// True when `person`, a person named with a title ("President Obama"), names the mention
/// `place` of the same surface that the lists took for a town (Obama, in Japan): the title is
/// the document's own evidence. Not a country ("Prince of Wales" is no evidence against
/// Wales), nor an organisation.
fn titled_person_over_town(place: &Entity, person: &Entity, lexicon: &Lexicon) -> bool {
    person.rule == "title+name"
        && person.label == Label::Per
        && place.rule == "gazetteer"
        && place.label == Label::Loc
        && !lexicon.is_country(&place.canonical)
}

/// Sorts the mentions and drops any that overlaps an earlier (or, at the same start, longer)
/// one, so the output never overlaps.
fn resolve_overlaps(mentions: &mut Vec<Entity>) {
    mentions.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(b.span.end.cmp(&a.span.end))
    });
    let mut last_end = 0;
    mentions.retain(|m| {
        let keep = m.span.start >= last_end;
        if keep {
            last_end = m.span.end;
        }
        keep
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_and_odd_spacing_found_as_the_standard_library_would() {
        for surface in [
            "",
            " ",
            "Anna",
            "Anna Priya Raman",
            "  Anna  Raman ",
            "Anna\tRaman",
            "Anna\u{b}Raman",
            "Anna\u{a0}Raman",
            "Ánna Ráman",
            "Anna\u{2003}\u{2003}Raman",
            "International Committee of the Red Cross",
            "Abdel  Fattah\tal-Burhan\x0b of\r\nthe  Sudan",
            "Seventeen-letters Seventeen-letters",
        ] {
            assert_eq!(
                count_words(surface),
                surface.split_whitespace().count(),
                "{surface:?}"
            );
            // At every offset in a text, near its end and far from it.
            for pad in [0, 1, 7, 9, 20] {
                let text = format!("{}{surface} x{}", "y ".repeat(pad), " ".repeat(pad));
                let span = Span::new(2 * pad, 2 * pad + surface.len());
                assert_eq!(
                    count_words_at(&text, span),
                    surface.split_whitespace().count(),
                    "{surface:?} {pad}"
                );
            }
            let odd =
                surface.contains("  ") || surface.chars().any(|c| c != ' ' && c.is_whitespace());
            assert_eq!(is_oddly_spaced(surface), odd, "{surface:?}");
        }
    }

    #[test]
    fn word_suffixes_are_slices_unless_spacing_is_odd() {
        let suffixes: Vec<Cow<'_, str>> = word_suffixes("Anna Priya Raman").collect();
        assert_eq!(suffixes, ["Priya Raman", "Raman"]);
        assert!(suffixes.iter().all(|s| matches!(s, Cow::Borrowed(_))));
        let odd: Vec<Cow<'_, str>> = word_suffixes("Anna \n Priya\tRaman").collect();
        assert_eq!(odd, ["Priya Raman", "Raman"]);
        assert_eq!(word_suffixes("Raman").count(), 0);
    }

    #[test]
    fn names_spelt_otherwise_are_told_from_other_names() {
        assert!(same_name_spelt_otherwise(
            "International Labour Organisation",
            "International Labour Organization"
        ));
        assert!(same_name_spelt_otherwise(
            "Food & Agriculture Organisation",
            "Food and Agriculture Organization"
        ));
        assert!(same_name_spelt_otherwise("Europe Union", "European Union"));
        assert!(!same_name_spelt_otherwise(
            "London Stock Exchange",
            "London School of Economics"
        ));
        assert!(!same_name_spelt_otherwise(
            "World Tourism Organisation",
            "World Trade Organization"
        ));
    }
}
