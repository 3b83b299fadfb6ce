//! Resolving a speaker mention to an entity of the document.
//!
//! In order: a name inside the mention (its entity); a pronoun (he/she -> the person named in
//! the sentence leading into the quotation, or in the sentence that a chain of sentences
//! opening with the pronoun goes back to, else the most recent person of compatible gender,
//! preferring the previous quotation's speaker; it/they -> the most recent organisation); a
//! description ("the governor" -> the person introduced with that title; "the ministry" -> the
//! most recent organisation whose name contains the word; "the company", "the group" -> the
//! most recent organisation).

use super::{Context, Quote, QuoteKind, Referent, PREPOSITIONS};
use crate::entities::{Entity, NUMBER_WORDS};
use crate::fold::WordSet;
use crate::gazetteer::lexicon::{Gender, TitleKind};
use crate::gazetteer::Label;
use crate::span::Span;

/// True when one of the words of `name`, in lower case, is `lower_word`. (Run for every
/// organisation or titled person in the window of a description: without allocating for words
/// in ASCII.)
fn has_word(name: &str, lower_word: &str) -> bool {
    name.split_whitespace()
        .any(|w| is_lower_case_of(w, lower_word))
}

/// Titles written short, and the nouns that take them up ("Sen. Marco Rubio" ... "the
/// Florida senator").
const SHORT_TITLES: &[(&str, &str)] = &[
    ("Sen.", "senator"),
    ("Sens.", "senator"),
    ("Gov.", "governor"),
    ("Rep.", "congressman"),
    ("Rep.", "congresswoman"),
    ("Rep.", "representative"),
    ("Pres.", "president"),
    ("Gen.", "general"),
    ("Sec.", "secretary"),
    ("Atty.", "attorney"),
    ("Supt.", "superintendent"),
];

/// Words that make a title another office than the one its noun names: "Deputy Prime
/// Minister John Prescott" is not "the prime minister", nor "Shadow Chancellor Oliver Letwin"
/// "the chancellor". (Not "former" or "acting": a former captain is still described as "the
/// captain", and an acting president acts as the president.)
const RANKS: &[&str] = &["deputy", "vice", "shadow", "assistant"];

/// The rank word ([`RANKS`]) among the words of `words`, a title or a description, if any.
fn rank_of(words: &str) -> Option<&'static str> {
    words
        .split(|c: char| c.is_whitespace() || c == '-')
        .find_map(|w| {
            RANKS
                .iter()
                .find(|&&rank| is_lower_case_of(w, rank))
                .copied()
        })
}

/// True when a word of the title `title` is the noun `lower_word` or its short form.
fn title_has(title: &str, lower_word: &str) -> bool {
    title.split_whitespace().any(|w| {
        is_lower_case_of(w, lower_word)
            || SHORT_TITLES
                .iter()
                .any(|&(short, noun)| noun == lower_word && w == short)
    })
}

/// Nouns that stand for whatever organisation was last spoken of.
const GENERIC_ORGANISATION: &[&str] = &[
    "company",
    "firm",
    "group",
    "organisation",
    "organization",
    "club",
    "team",
    "government",
    "agency",
    "department",
    "ministry",
    "party",
    "bank",
    "union",
    "council",
    "committee",
    "commission",
    "campaign",
    "charity",
    "retailer",
    "business",
    "board",
    "institute",
    "cooperative",
    "police",
    "army",
    "military",
    "office",
    "authority",
    "federation",
    "league",
    "court",
    "operator",
    "regulator",
];

/// Nouns for those who speak for a place, after its name ("a UK government official").
const PLACE_VOICES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "embassy",
    "treasury",
    "parliament",
    "administration",
    "executive",
    "authorities",
    "statement",
];

/// Nouns after an organisation's name for one who speaks for it rather than a person of
/// standing in it: "a Microsoft spokesman" is Microsoft's voice, "the Lions coach" a person.
const ORGANISATION_VOICES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "representative",
    "source",
    "sources",
    "statement",
    "lawyer",
    "lawyers",
];

/// Nouns for a document that speaks for whoever issued it ("said the statement").
const DOCUMENT_NOUNS: &[&str] = &[
    "statement",
    "report",
    "document",
    "letter",
    "memo",
    "release",
    "study",
    "survey",
    "communique",
    "announcement",
];

/// The labels of an entity that can speak.
const SPEAKERS: &[Label] = &[Label::Per, Label::Org];

/// How many entities back a pronoun or description may refer.
const RECENT_ENTITIES: usize = 300;
/// How many quotations back a pronoun may take its speaker from.
const RECENT_QUOTES: usize = 8;

fn referent(entity: &Entity) -> Referent {
    Referent {
        canonical: entity.canonical.clone(),
        label: entity.label,
    }
}

/// The referent of the speaker mention `span`, which attributes a quotation opening at byte
/// `quote_at`; `earlier` are the document's quotations before it.
pub(crate) fn resolve(
    ctx: &Context<'_>,
    span: Span,
    quote_at: usize,
    earlier: &[Quote],
) -> Option<Referent> {
    let entities = ctx.entities;
    // A name inside the mention: the person if there is one, else the last organisation or place.
    let first = entities.partition_point(|e| e.span.end <= span.start);
    let inside = &entities[first..];
    let inside = &inside[..inside
        .iter()
        .take_while(|e| e.span.start < span.end)
        .count()];
    // (Not a possessor: "Tony Blair's spokesman Tom Kelly" is Tom Kelly, "Rangers manager
    // Alex McLeish of Novo's punishment" Alex McLeish. A possessor alone is taken below, as
    // the last name inside: "Mr Dusil's lawyer" speaks for Mr Dusil.)
    if let Some(person) = inside
        .iter()
        .rev()
        .find(|e| e.label == Label::Per && !is_possessor(ctx, e))
    {
        return Some(referent(person));
    }
    let mention = span.slice(ctx.text);
    let position = span.start.min(quote_at);
    // The entities mentioned before, within a window: a referent is recent.
    let count = entities.partition_point(|e| e.span.start < position);
    let before = &entities[count.saturating_sub(RECENT_ENTITIES)..count];
    // Mentions after the previous quotation's end are new to the reader. (A fragment quoted
    // in a sentence and attributed by no verb does not end it: "Mr Bradshaw felt that
    // Leigh's \"masterpiece\" was ... \"I will be cheering,\" he added" takes up Mr
    // Bradshaw.)
    let last_attributed = earlier.iter().rev().find(|q| {
        q.kind == QuoteKind::Direct || !matches!(q.rule, "sentence-subject" | "no-speaker")
    });
    let since = last_attributed.map_or(0, |q| q.span.end);
    // A person of an organisation ("the Lions coach", "the charity's director", "Oxfam's
    // director"): the person the document gave that title, or the one it describes so; the
    // organisation itself only when it names no such person. (Not after "a": "a BBC
    // correspondent" is someone new.)
    let definite_phrase = mention.contains(['\'', '’'])
        || mention
            .split_whitespace()
            .next()
            .is_some_and(|w| is_lower_case_of(w, "the"));
    let person_of_organisation = |noun: &str| {
        (definite_phrase && !ORGANISATION_VOICES.contains(&noun) && is_person_noun(ctx, noun))
            .then(|| described_person(ctx, before, noun, rank_of(mention), position, since))
            .flatten()
    };
    if let Some(other) = inside.last() {
        if other.label == Label::Org {
            let noun = noun_after(ctx.text, other.span.end, span.end);
            if let Some(person) = noun.and_then(|noun| person_of_organisation(&noun)) {
                return Some(referent(person));
            }
        }
        // A place that only qualifies the noun that names the speaker ("the England
        // captain", "US critics", "the Salford MP") is not who speaks: the person the noun
        // introduced is, or no one known. A place's government, office or spokesman may
        // speak for it ("the US government", "a Downing Street spokesman").
        if other.label == Label::Loc {
            if let Some(noun) = noun_after(ctx.text, other.span.end, span.end) {
                if !GENERIC_ORGANISATION.contains(&noun.as_str())
                    && !PLACE_VOICES.contains(&noun.as_str())
                {
                    // "the Liverpool player" after "The versatile Finnan, who starred ...":
                    // a description takes up the person in sight, as one without the place.
                    return person_of_organisation(&noun)
                        .or_else(|| titled_person(ctx, before, &noun, rank_of(mention)))
                        .map(referent);
                }
            }
        }
        return Some(referent(other));
    }
    // A name that no rule tagged, where the speaker stands ("said Spacey"): the document's
    // entity whose name it ends ("Kevin Spacey"), the nearest before it first.
    if is_capitalised_name(mention) {
        let ends_name = |e: &&Entity| {
            let canonical = e.canonical.as_bytes();
            canonical.len() > mention.len()
                && canonical.ends_with(mention.as_bytes())
                && canonical[canonical.len() - mention.len() - 1] == b' '
                && e.label != Label::Loc
        };
        let named = entities[..count]
            .iter()
            .rev()
            .find(ends_name)
            .or_else(|| entities[count..].iter().find(ends_name));
        if let Some(entity) = named {
            return Some(referent(entity));
        }
    }
    let mut split = mention.split_whitespace();
    let (Some(first_word), second_word) = (split.next(), split.next()) else {
        return None;
    };
    // (A fragment quoted inside a sentence leaves the sentence's subject before it.)
    let after_fragment = last_attributed.is_some_and(|q| q.kind == QuoteKind::Partial);
    // (The lead-in of a description or an organisation's noun reads the sentence before as
    // it is, whatever quotation ends inside it.)
    let lead_in = |at: usize, label: Label| lead_in_subject(ctx, at, since, false, label);
    let alone = second_word.is_none();
    let is = |word: &str| is_lower_case_of(first_word, word);
    // A relative pronoun stands for the name right before it: "French President Jacques
    // Chirac, who announced", "the Music Managers' Forum (MMF), who say".
    if alone && is("who") {
        return antecedent(ctx, span.start).map(referent);
    }
    if alone && (is("he") || is("she")) {
        let wanted = if is("he") {
            Gender::Male
        } else {
            Gender::Female
        };
        let gender = |canonical: &str| {
            let given = canonical.split_whitespace().next().unwrap_or("");
            ctx.lexicon.given_name(given).unwrap_or(Gender::Unknown)
        };
        // A person who opens the sentence leading into the quotation, named after the
        // previous quotation, is the one the pronoun takes up: "Gen. Taras Melnychuk, who
        // heads ..., said ... \"...,\" he said." Any gender but the wrong one will do.
        // Or the person that a chain of sentences opening with the same pronoun goes back
        // to: "Wilkinson, who has scored 817 points, ... But he then missed the 2004 season.
        // \"It's the ambition of so many players ...,\" he said."
        // "He added:", "..., she added": the previous quotation's speaker goes on, when no
        // one is named between, whatever gender the lists give the name (they count births
        // in one country, where "Tama" is a girl's name).
        // (Not when a person of the pronoun's gender is named since the previous speaker:
        // "Rep. Steve Israel said Clinton called on members to be \"closely coordinated.\"
        // She added ...".)
        // (Past a person named as a preposition's object: "the backing of boss Martin
        // O'Neill. \"...,\" he continued".)
        if adds_to_what_went_before(ctx, span) {
            let counts = |e: &Entity| !named_as_preposition_object(ctx, e);
            if let Some(speaker) = previous_speaker_going_on(earlier, before, counts) {
                // (After the previous speaker's mention when it leads in, else from its
                // quotation: not "Keane" of "Keane frontman Tom Chaplin".)
                let from = earlier.last().map_or(0, |q| match &q.speaker {
                    Some(s) if s.span.start < q.span.start => s.span.end,
                    _ => q.span.start,
                });
                let other_fits = before
                    .iter()
                    .rev()
                    .take_while(|e| e.span.start >= from)
                    .any(|e| e.label == Label::Per && gender(&e.canonical) == wanted && counts(e));
                if !other_fits {
                    return Some(speaker);
                }
            }
        }
        let subject = lead_in_subject(ctx, quote_at, since, after_fragment, Label::Per)
            .or_else(|| pronoun_chain_subject(ctx, quote_at, since, first_word))
            .or_else(|| reported_speaker(ctx, since, quote_at));
        if let Some(subject) = subject {
            let g = gender(&subject.canonical);
            if g == Gender::Unknown || g == wanted {
                return Some(referent(subject));
            }
        }
        // The spokesman of the previous quotation goes on speaking: "\"...,\" a spokeswoman
        // said. She added ..." takes up the spokeswoman (and the body she speaks for, if any),
        // not a person the story is about. (A person named in between leads in, above.)
        if let Some(spokesman) = earlier.last().and_then(|q| {
            let speaker = q.speaker.as_ref()?;
            is_spokesman(speaker.span.slice(ctx.text), wanted).then_some(speaker)
        }) {
            return spokesman.entity.clone();
        }
        // So does a spokesman who leads in with reported speech, whom no one named follows:
        // "But a UKIP spokesman said Labour had spent £10m. \"...,\" he added."
        if let Some(body) = spokesman_leading_in(ctx, quote_at, wanted) {
            return body.map(referent);
        }
        // Then, most likely first: the previous quotation's speaker (the usual
        // referent), then the people mentioned before, nearest first, but not those named
        // inside a quotation, whom a speaker talks about ("\"Andre would like to go into
        // acting,\" says the DJ. ... \"...,\" he adds."). A person whose given name has the
        // pronoun's gender wins over one whose gender is unknown.
        let previous = earlier
            .iter()
            .rev()
            .take(RECENT_QUOTES)
            .find_map(|q| q.speaker.as_ref()?.entity.clone())
            .filter(|r| r.label == Label::Per);
        let candidates = previous.into_iter().chain(
            before
                .iter()
                .rev()
                .filter(|e| {
                    e.label == Label::Per
                        && !inside_quotation(earlier, e.span)
                        && !after_article(ctx, e)
                })
                .map(referent),
        );
        // The speaker of the quotation right before, whose gender the lists cannot tell
        // ("Lord Hattersley said ... \"immense sadness\". \"It was not a surprise,\" he
        // said."), goes on speaking when nobody is named between the two quotations: no one
        // named before is likelier.
        let last_speaker = previous_speaker_going_on(earlier, before, |_| true)
            .filter(|speaker| gender(&speaker.canonical) == Gender::Unknown);
        if last_speaker.is_some() {
            return last_speaker;
        }
        let mut unknown = None;
        for candidate in candidates {
            match gender(&candidate.canonical) {
                g if g == wanted => return Some(candidate),
                Gender::Unknown if unknown.is_none() => unknown = Some(candidate),
                _ => {}
            }
        }
        unknown
    } else if alone && (is("it") || is("they")) {
        // The organisation that opens the sentence leading in ("Norbank said Velmor's
        // offer was too low. \"...,\" it said."), else the last one named.
        lead_in(position, Label::Org)
            .or_else(|| before.iter().rev().find(|e| e.label == Label::Org))
            .map(referent)
    } else if !alone && ["the", "a", "an", "its", "their"].into_iter().any(is) {
        // "the charity's director": a person of the organisation the possessor stands for.
        if mention.contains(['\'', '’']) {
            let last = mention.split_whitespace().last().unwrap_or_default();
            if let Some(person) = person_of_organisation(&last.to_lowercase()) {
                return Some(referent(person));
            }
        }
        // (Descriptions are rare: their noun is folded into a new string.)
        let noun = head_noun(mention)?;
        // A nationality after a word for a person describes the person by that word: "the
        // 24-year-old Swiss".
        let noun = word_before_nationality(ctx, mention).unwrap_or(noun);
        let noun = noun.as_str();
        // "the governor": the person introduced with that title.
        if let Some(person) = titled_person(ctx, before, noun, rank_of(mention)) {
            return Some(referent(person));
        }
        // Another word for a person ("the chancellor", "the Frenchman", "the 31-year-old")
        // takes up the person the lead-in names before it: news names a speaker, then
        // describes them.
        // (Only after "the", the noun in lower case and no possessive: "a spokesman" is
        // someone new, "The Scottish Executive" a body, "the prime minister's spokesman"
        // not the prime minister.)
        let definite = is("the")
            && (mention.split_whitespace().any(|w| w == noun) || is_nationality_noun(ctx, noun))
            && !mention.contains(['\'', '’']);
        // A person introduced with another title is someone else ("Home Secretary David
        // Blunkett" is not "the prime minister"); a spokesman speaks for someone else.
        if definite && !noun.starts_with("spokes") && is_person_noun(ctx, noun) {
            return described_person_in_sight(ctx, noun, rank_of(mention), position, since)
                .map(referent);
        }
        // "the ministry": the organisation whose name has the word, else the last one. (For
        // "the company" or "the firm", the name as the document writes it: "Disney" is no
        // more "the company" than any other firm because a list calls it "The Walt Disney
        // Company".)
        let written = matches!(noun, "company" | "firm");
        let named = before.iter().rev().find(|e| {
            e.label == Label::Org
                && has_word(
                    if written {
                        e.span.slice(ctx.text)
                    } else {
                        &e.canonical
                    },
                    noun,
                )
        });
        if let Some(org) = named {
            return Some(referent(org));
        }
        // "the statement", "the report": whoever the document was last said to come from.
        if DOCUMENT_NOUNS.contains(&noun) {
            return document_author(ctx, span, noun, position).map(referent);
        }
        if GENERIC_ORGANISATION.contains(&noun) {
            // The organisation that opens the lead-in sentence ("Ardmore Dairies plc,
            // which supplies Northgate, said ..."), else the last one named; read before the
            // description, not up to the quotation ("The group told BBC Radio 4 there were
            // \"...\"" is not the radio's).
            // "The government" is a government's body only ("the Home Office", "the Finance
            // Ministry"), not any organisation named before: "The government says the Tories
            // are late" is not the Tories'.
            let fits = |e: &Entity| noun != "government" || is_government_body(&e.canonical);
            if let Some(subject) = lead_in(position, Label::Org) {
                if fits(subject) {
                    return Some(referent(subject));
                }
            }
            return before
                .iter()
                .rev()
                .find(|e| e.label == Label::Org && fits(e))
                .map(referent);
        }
        None
    } else {
        None
    }
}

/// The person who speaks the quotation right before (the last of `earlier`), when no person
/// is named between it and the mentions `before` end.
fn previous_speaker_going_on(
    earlier: &[Quote],
    before: &[Entity],
    counts: impl Fn(&Entity) -> bool,
) -> Option<Referent> {
    let q = earlier.last()?;
    let speaker = q.speaker.as_ref()?.entity.clone()?;
    let nobody_between = !before
        .iter()
        .rev()
        .take_while(|e| e.span.start >= q.span.end)
        .any(|e| e.label == Label::Per && counts(e));
    (speaker.label == Label::Per && nobody_between).then_some(speaker)
}

/// True when the pronoun at `span` is followed by "added", "adds", "continued" or
/// "continues": the speaker goes on.
fn adds_to_what_went_before(ctx: &Context<'_>, span: Span) -> bool {
    let after = ctx.text[span.end..].trim_start_matches(' ');
    after.starts_with("added") || after.starts_with("adds") || after.starts_with("continue")
}

/// True when the person `e` is named as the object of a preposition in its sentence ("the
/// backing of boss Martin O'Neill", "a challenge with Roma's Olivier Dacourt"): a person so
/// named is seldom the one a pronoun takes up.
fn named_as_preposition_object(ctx: &Context<'_>, e: &Entity) -> bool {
    let start = ctx
        .sentence_of(e.span.start)
        .map_or(e.span.start, |s| s.start);
    object_of_preposition(ctx, &ctx.text[start..e.span.start])
}

/// The body that a spokesman ("a spokeswoman", "A Labour spokesman"; not "the spokesman",
/// who may be a person named before) of the sentence before byte `quote_at`, or of its own
/// sentence before it, speaks for: `Some(None)` for a spokesman of no body named ("a
/// spokeswoman said ..."), `None` when no spokesman whom a pronoun of the gender `wanted`
/// may take up leads in so, or a person is named after him or right before his phrase (then
/// the spokesman is that person, or speaks of one).
fn spokesman_leading_in<'e>(
    ctx: &Context<'e>,
    quote_at: usize,
    wanted: Gender,
) -> Option<Option<&'e Entity>> {
    let from = sentences_before(ctx, quote_at, 1);
    let lead_in = ctx.text.get(from..quote_at)?;
    let at = from + lead_in.rfind("spokes")?;
    let word_end = ctx.text[at..]
        .find(|c: char| !c.is_alphabetic())
        .map_or(ctx.text.len(), |k| at + k);
    // An indefinite spokesman ("The Tory spokesman" after "Mr Ancram" is Mr Ancram), by the
    // article of his own phrase (no punctuation between).
    let definite = ctx.text[from..at]
        .split_whitespace()
        .rev()
        .take_while(|w| !w.ends_with([',', '.', ';', ':']))
        .find(|w| matches!(*w, "a" | "an" | "A" | "An" | "the" | "The"))
        .is_none_or(|w| w.eq_ignore_ascii_case("the"));
    if definite || !is_spokesman(&ctx.text[at..word_end], wanted) {
        return None;
    }
    // Not a spokesman named next to the phrase ("Brian Fallon, a spokesman for the campaign,
    // said", "A spokesman for DLF Builders, Dr Vancheshwar, told"), nor one who speaks of a
    // person named after him.
    let entities = ctx.entities;
    let first_after = entities.partition_point(|e| e.span.start < at);
    let named_after = entities[first_after..]
        .iter()
        .take_while(|e| e.span.start < quote_at)
        .any(|e| e.label == Label::Per);
    let phrase_start = ctx.text[from..at]
        .rfind([',', '.', ';', ':'])
        .map_or(from, |k| from + k);
    // (`get`: a span over the word would make the range run backwards.)
    let nothing_between = |from: usize, to: usize| {
        ctx.text
            .get(from..to)
            .is_some_and(|between| between.trim().is_empty())
    };
    let last_before = entities[..first_after].last();
    let named_before = last_before
        .is_some_and(|e| e.label == Label::Per && nothing_between(e.span.end, phrase_start));
    if named_after || named_before {
        return None;
    }
    // "a UKIP spokesman": the organisation right before the word; "a spokesman for the Home
    // Office": the one right after its "for".
    let before = last_before.filter(|e| e.label == Label::Org && nothing_between(e.span.end, at));
    let after = || {
        let rest = ctx.text[word_end..].strip_prefix(" for ")?;
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        let start = ctx.text.len() - rest.len();
        entities
            .get(first_after)
            .filter(|e| e.label == Label::Org && e.span.start == start)
    };
    Some(before.or_else(after))
}

/// True when the speaker phrase `phrase` is a spokesman's ("a spokeswoman", "The BPI
/// spokesman", "A spokesman for distributor Toho"), one whom a pronoun of the gender `wanted`
/// may take up.
fn is_spokesman(phrase: &str, wanted: Gender) -> bool {
    let kind = phrase
        .split_whitespace()
        .find_map(|w| w.strip_prefix("spokes"));
    match kind {
        Some("man") => wanted == Gender::Male,
        Some("woman") => wanted == Gender::Female,
        Some(kind) => kind.starts_with("person"),
        None => false,
    }
}

/// Words that make an organisation's name a government body's: "Home Office", "Finance
/// Ministry", "Department of Health", "Scottish Executive".
const GOVERNMENT_WORDS: &[&str] = &[
    "Government",
    "Ministry",
    "Department",
    "Office",
    "Executive",
    "Treasury",
    "Cabinet",
];

/// True when the canonical name of an organisation names a government body (it has one of
/// [`GOVERNMENT_WORDS`]).
fn is_government_body(canonical: &str) -> bool {
    canonical
        .split_whitespace()
        .any(|word| GOVERNMENT_WORDS.contains(&word))
}

/// True when the mention `e` is a possessor: "'s" or a lone apostrophe after it ("Tony
/// Blair's spokesman", "Matt Williams' side").
fn is_possessor(ctx: &Context<'_>, e: &Entity) -> bool {
    let after = &ctx.text.as_bytes()[e.span.end..];
    after.starts_with(b"'s")
        || after.starts_with("\u{2019}s".as_bytes())
        || after.starts_with(b"' ")
        || after.starts_with("\u{2019} ".as_bytes())
}

/// True when the mention `e` follows an article ("an Alan Shearer strike", "the Tony Blair
/// years"): a person's name so placed modifies the noun after it.
fn after_article(ctx: &Context<'_>, e: &Entity) -> bool {
    let Some(before) = ctx.text[..e.span.start].strip_suffix(' ') else {
        return false;
    };
    let word = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or(before);
    matches!(word, "a" | "an" | "the" | "A" | "An" | "The")
}

/// True when `span` lies inside one of the quotations `earlier` (in text order).
fn inside_quotation(earlier: &[Quote], span: Span) -> bool {
    let i = earlier.partition_point(|q| q.span.start <= span.start);
    i > 0 && span.end <= earlier[i - 1].span.end
}

/// True when the lower-case noun `noun` names a person: a title or role of the lists
/// ("chancellor", "full-back"), one shared or held in second place ("co-chairman"), a
/// nationality's man or woman ("Frenchman"), or an age ("31-year-old").
fn is_person_noun(ctx: &Context<'_>, noun: &str) -> bool {
    let age = noun
        .strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    let title = |word: &str| {
        ctx.lexicon.title(word).is_some() || ctx.lexicon.title(&capitalise(word)).is_some()
    };
    // A role shared or held in second place is a role: "co-chairman", "vice-president".
    let shared = || {
        ["co-", "vice-", "deputy-"]
            .iter()
            .find_map(|prefix| noun.strip_prefix(prefix))
            .is_some_and(title)
    };
    is_nationality_noun(ctx, noun) || age || title(noun) || shared()
}

/// True when the lower-case noun `noun` is a nationality's man or woman ("frenchman"), or a
/// nationality's word that counts people ("american", "briton": its plural is one too, where
/// "french" or "swiss" has none and stands for a whole nation), which is written capitalised.
fn is_nationality_noun(ctx: &Context<'_>, noun: &str) -> bool {
    let man = ["man", "woman"].iter().any(|end| {
        noun.strip_suffix(end)
            .is_some_and(|stem| stem.len() >= 3 && ctx.lexicon.demonym(&capitalise(stem)).is_some())
    });
    man || (noun.len() >= 3 && {
        let singular = capitalise(noun);
        ctx.lexicon
            .demonym(&singular)
            .is_some_and(|country| ctx.lexicon.demonym(&format!("{singular}s")) == Some(country))
    })
}

/// The word right before the last word of `mention`, in lower case, when it is a word for a
/// person ([`is_person_noun`]) and the last word a nationality: "24-year-old" in "the
/// 24-year-old Swiss" (not "the" in "the American", whose noun is the nationality).
fn word_before_nationality(ctx: &Context<'_>, mention: &str) -> Option<String> {
    let mut words = mention.split_whitespace().rev();
    let (last, before) = (words.next()?, words.next()?.to_lowercase());
    (ctx.lexicon.demonym(last).is_some() && is_person_noun(ctx, &before)).then_some(before)
}

/// True when the lower-case person noun `noun` says nothing of a person's office: an age
/// ("36-year-old"), a rank ("number", of "number one") or a nationality ("american"), which
/// a person introduced with any title may be described by.
fn is_officeless_noun(ctx: &Context<'_>, noun: &str) -> bool {
    noun.ends_with("-year-old") || noun == "number" || is_nationality_noun(ctx, noun)
}

/// The person or organisation whose mention ends right before byte `at`, where a relative
/// pronoun stands: after a comma or none, and after an acronym in brackets ("Forum (MMF),
/// who").
fn antecedent<'e>(ctx: &Context<'e>, at: usize) -> Option<&'e Entity> {
    let mut before = ctx.text[..at].trim_end();
    before = before.strip_suffix(',').unwrap_or(before).trim_end();
    if before.ends_with(')') {
        let open = before.rfind('(')?;
        before = before[..open].trim_end();
    }
    let end = before.len();
    let entities = ctx.entities;
    let i = entities.partition_point(|e| e.span.end < end);
    entities
        .get(i)
        .filter(|e| e.span.end == end && matches!(e.label, Label::Per | Label::Org))
}

/// The person among `before` introduced with a title that has the word `noun` ("England
/// captain Michael Vaughan" for "the captain") and the description's rank (`rank`, of
/// [`rank_of`]), the nearest first.
fn titled_person<'e>(
    ctx: &Context<'_>,
    before: &'e [Entity],
    noun: &str,
    rank: Option<&str>,
) -> Option<&'e Entity> {
    before
        .iter()
        .rev()
        .find(|e| e.label == Label::Per && e.title.is_some_and(|t| title_fits(ctx, t, noun, rank)))
}

/// True when the title `title` has the noun `noun` and the rank `rank`, no other.
fn title_fits(ctx: &Context<'_>, title: Span, noun: &str, rank: Option<&str>) -> bool {
    let title = title.slice(ctx.text);
    title_has(title, noun) && rank_of(title) == rank
}

/// True when `person` may be the one a description with the person noun `noun` and the rank
/// `rank` takes up: introduced with no title, or with one that has the noun and the rank
/// (not "Home Secretary David Blunkett", nor "Deputy Prime Minister John Prescott", for "the
/// prime minister"), or any person for an age or a nationality ("Former Chelsea captain
/// Desailly" is "the 36-year-old").
fn fits_description(ctx: &Context<'_>, person: &Entity, noun: &str, rank: Option<&str>) -> bool {
    person
        .title
        .is_none_or(|title| title_fits(ctx, title, noun, rank))
        || is_officeless_noun(ctx, noun)
        || only_honoured(ctx, person, noun)
}

/// Nouns for what a person does for a living, which news uses to describe a person it has
/// named before, and which no office is (an honorific says nothing against them).
static OCCUPATIONS: WordSet<64> = WordSet::new(&[
    "actor",
    "actress",
    "singer",
    "star",
    "entrepreneur",
    "businessman",
    "businesswoman",
    "tycoon",
    "writer",
    "author",
    "novelist",
    "artist",
    "musician",
    "rapper",
    "comedian",
    "presenter",
    "designer",
    "scientist",
    "academic",
    "economist",
    "campaigner",
    "lawyer",
]);

/// True when `noun` is an occupation ([`OCCUPATIONS`]) and `person`'s mention and the
/// recent mentions of the same person have no titles but honorifics ("Mr Neeson") and roles
/// with that noun. An honorific says nothing of an occupation, so "The actor said" may take
/// up Mr Neeson. (Not an office: a document names its ministers "Mr Blair" and "Mr Brown"
/// alike, and "the chancellor" is not whichever of them opened the sentence before.)
fn only_honoured(ctx: &Context<'_>, person: &Entity, noun: &str) -> bool {
    if !OCCUPATIONS.contains(noun) {
        return false;
    }
    let honorific =
        |title: Span| ctx.lexicon.title(title.slice(ctx.text)) == Some(TitleKind::Honorific);
    // (The person's own mention among them.)
    let count = ctx
        .entities
        .partition_point(|e| e.span.start <= person.span.start);
    ctx.entities[count.saturating_sub(RECENT_ENTITIES)..count]
        .iter()
        .filter(|e| e.label == Label::Per && e.canonical == person.canonical)
        .filter_map(|e| e.title)
        .all(|title| honorific(title) || title_has(title.slice(ctx.text), noun))
}

/// The person a description with the person noun `noun` and the rank `rank` takes up, the
/// description standing at byte `position`: one introduced with that title among `before`,
/// else [`described_person_in_sight`].
fn described_person<'e>(
    ctx: &Context<'e>,
    before: &'e [Entity],
    noun: &str,
    rank: Option<&str>,
    position: usize,
    since: usize,
) -> Option<&'e Entity> {
    titled_person(ctx, before, noun, rank)
        .or_else(|| described_person_in_sight(ctx, noun, rank, position, since))
}

/// The person that a description with the person noun `noun` (and rank `rank`, for
/// [`fits_description`]) at byte `position` takes up
/// without a title to match: the person the lead-in names before the description's sentence
/// (news names a speaker, then describes them; "The 14-year-old said she hoped to meet
/// DiCaprio" takes up the previous sentence's subject), else the one person the last few
/// sentences name ("Jamie Costin should be paralysed. He says so himself ... says the
/// Waterford man"); not a person introduced with another title ("Home Secretary David
/// Blunkett" is not "the prime minister").
fn described_person_in_sight<'e>(
    ctx: &Context<'e>,
    noun: &str,
    rank: Option<&str>,
    position: usize,
    since: usize,
) -> Option<&'e Entity> {
    let fits = |person: &&Entity| fits_description(ctx, person, noun, rank);
    // A lead-in that opens with a pronoun takes up the person its chain goes back to, across
    // a quotation too, whose speaker the chain's subject is: "Mr Wilson ... said he would
    // \"rather not\" appear. He made a cameo ... played by Steve Coogan. \"...,\" said the
    // Factory Records founder" is Mr Wilson. (There an honorific says nothing against a role:
    // the chain itself says who the description is.)
    let chain = || {
        pronoun_chain_subject(ctx, position, 0, "he")
            .or_else(|| pronoun_chain_subject(ctx, position, 0, "she"))
            .filter(|person| {
                fits(person)
                    || person.title.is_some_and(|title| {
                        ctx.lexicon.title(title.slice(ctx.text)) == Some(TitleKind::Honorific)
                    })
            })
    };
    // A person the description's own sentence names before it as a preposition's object is
    // someone else ("Reacting to a comment by chairman Tim Phillips, the American said"):
    // then the sentence before leads in. (The subject of a clause may be the one described:
    // "When Lleyton Hewitt shook his hand ..., the Australian said".)
    let own_start = ctx.sentence_of(position).map_or(position, |s| s.start);
    let named_as_object = |person: &Entity| {
        person.span.start >= own_start
            && object_of_preposition(ctx, &ctx.text[own_start..person.span.start])
    };
    // The person whom the sentence before, or the description's own, names as the speaker
    // of its reported speech in a closing clause comes first: "Tony Blair has failed,
    // Michael Howard has said. \"...\", the Conservative leader said" is Michael Howard.
    let closing = || {
        attributed_in(
            ctx,
            since.max(sentences_before(ctx, position, 1)),
            position,
            true,
        )
    };
    let lead_in =
        closing().or_else(
            || match lead_in_subject(ctx, position, since, false, Label::Per) {
                Some(person) if named_as_object(person) => {
                    lead_in_subject(ctx, own_start, since, false, Label::Per)
                }
                other => other,
            },
        );
    lead_in.filter(fits).or_else(chain).or_else(|| {
        only_person_in_sight(ctx, position)
            .filter(fits)
            .filter(|person| !named_as_object(person))
    })
}

/// True when the words `before` a person's name (from the start of its sentence) end in a
/// preposition, read back over capitalised words and titles: "by All England Club chairman".
fn object_of_preposition(ctx: &Context<'_>, before: &str) -> bool {
    before
        .split_whitespace()
        .rev()
        .find(|word| {
            !word.starts_with(|c: char| c.is_uppercase()) && ctx.lexicon.title(word).is_none()
        })
        .is_some_and(|word| PREPOSITIONS.contains(word))
}

/// The noun that the words of `text[from..to]` (after a mention at `from`) end in, in lower
/// case ([`head_noun`]: "captain" in "the England captain", "president" in "Argentina's
/// President"), when it is a word of letters.
fn noun_after(text: &str, from: usize, to: usize) -> Option<String> {
    let noun = head_noun(text.get(from..to)?)?;
    let word = noun.trim_end_matches(|c: char| !c.is_alphanumeric());
    (word.starts_with(char::is_alphabetic) && word.chars().all(|c| c.is_alphabetic() || c == '-'))
        .then(|| word.to_string())
}

/// The noun that names who speaks in the words `words`, in lower case: the possessor if a word
/// is one ("the ministry's reply"), without its "'s", else the last word.
fn head_noun(words: &str) -> Option<String> {
    let possessor = words.split_whitespace().find_map(|w| {
        let lower = w.to_lowercase();
        let bare = lower
            .strip_suffix("'s")
            .or_else(|| lower.strip_suffix("’s"))?;
        (!bare.is_empty()).then(|| bare.to_string())
    });
    possessor.or_else(|| words.split_whitespace().last().map(str::to_lowercase))
}

/// True when `mention` is one to three capitalised words of letters (a name's shape), not a
/// pronoun.
fn is_capitalised_name(mention: &str) -> bool {
    let mut count = 0;
    for word in mention.split_whitespace() {
        count += 1;
        let mut chars = word.chars();
        if count > 3
            || !chars.next().is_some_and(char::is_uppercase)
            || !chars.all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        {
            return false;
        }
    }
    count >= 1 && !["He", "She", "It", "They", "We", "I", "You"].contains(&mention)
}

/// True when `word` in lower case is `lower` (without allocating for a word in ASCII).
fn is_lower_case_of(word: &str, lower: &str) -> bool {
    if word.is_ascii() {
        word.eq_ignore_ascii_case(lower)
    } else {
        word.to_lowercase() == lower
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The first entity labelled one of `labels` that starts in bytes `from..to` of the text.
fn first_named<'e>(
    ctx: &Context<'e>,
    from: usize,
    to: usize,
    labels: &[Label],
) -> Option<&'e Entity> {
    first_entity(ctx, from, to, |e| labels.contains(&e.label))
}

/// The first entity that starts in bytes `from..to` of the text and passes `wanted`.
pub(super) fn first_entity<'e>(
    ctx: &Context<'e>,
    from: usize,
    to: usize,
    wanted: impl Fn(&Entity) -> bool,
) -> Option<&'e Entity> {
    let i = ctx.entities.partition_point(|e| e.span.start < from);
    ctx.entities[i..]
        .iter()
        .take_while(|e| e.span.start < to)
        .find(|e| wanted(e))
}

/// The author of the document that the lower-case noun `noun` ("statement") names in the
/// speaker mention `mention`, which stands at byte `at` or after it: the organisation or
/// person named right after the mention with "from" or "by" ("The letter, from the Home
/// Office, says"), else the first person or organisation named in the last sentence within
/// [`IN_SIGHT`] that mentions such a document and names someone ("In a statement, the party
/// said ...", "according to a World Bank report"). A mention of the noun counts where it
/// introduces a document, after "a", a possessive or a name; not after "the", nor as a verb
/// ("failing to report fraud").
fn document_author<'e>(
    ctx: &Context<'e>,
    mention: Span,
    noun: &str,
    at: usize,
) -> Option<&'e Entity> {
    let text = ctx.text;
    let after = text[mention.end..].trim_start_matches([',', ' ']);
    if let Some(rest) = after
        .strip_prefix("from ")
        .or_else(|| after.strip_prefix("by "))
    {
        let from = text.len() - rest.len();
        let named = first_named(ctx, from, from + 40.min(rest.len()), SPEAKERS);
        if named.is_some() {
            return named;
        }
    }
    let sentences = ctx.sentences;
    let from = in_sight_from(ctx, at).min(at);
    let bytes = text.as_bytes();
    let is_letter = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphanumeric);
    // The word before the noun: "a", a possessive, an adjective or a name; not "the" (a
    // mention of the document already introduced, "The report's figures surpass a WSIS
    // goal"), nor a verb's companion ("failing to report fraud").
    let as_noun = |k: usize| {
        let before = text[..k].trim_end();
        let word = before.rsplit([' ', '\n']).next().unwrap_or_default();
        !matches!(
            word,
            "to" | "not"
                | "and"
                | "or"
                | "will"
                | "would"
                | "could"
                | "must"
                | "the"
                | "The"
                | "this"
                | "This"
                | "that"
                | "That"
        )
    };
    memchr::memmem::rfind_iter(&bytes[from..at], noun.as_bytes())
        .map(|k| from + k)
        .filter(|&k| !is_letter(k.wrapping_sub(1)) && !is_letter(k + noun.len()) && as_noun(k))
        .find_map(|k| {
            let sentence = sentences[sentences.partition_point(|s| s.end <= k)..]
                .first()
                .filter(|s| s.start <= k)?;
            first_named(ctx, sentence.start, sentence.end.min(at), SPEAKERS)
        })
}

/// Sentences before a description of a person in which [`only_person_in_sight`] looks.
const IN_SIGHT: usize = 5;

/// The byte where the [`IN_SIGHT`] sentences before byte `at` start.
fn in_sight_from(ctx: &Context<'_>, at: usize) -> usize {
    sentences_before(ctx, at, IN_SIGHT)
}

/// The byte where the `count` sentences before the one holding byte `at` start (that
/// sentence's own start for none).
fn sentences_before(ctx: &Context<'_>, at: usize, count: usize) -> usize {
    let here = ctx.sentences.partition_point(|s| s.end <= at);
    ctx.sentences[here.saturating_sub(count)..]
        .first()
        .map_or(0, |s| s.start)
}

/// The person named in the [`IN_SIGHT`] sentences before byte `at` (and in its own sentence
/// before it) when they name only one (by canonical name): the one a description such as "the
/// 22-year-old" takes up.
fn only_person_in_sight<'e>(ctx: &Context<'e>, at: usize) -> Option<&'e Entity> {
    let from = in_sight_from(ctx, at);
    let first = ctx.entities.partition_point(|e| e.span.start < from);
    let mut people = ctx.entities[first..]
        .iter()
        .take_while(|e| e.span.start < at)
        .filter(|e| e.label == Label::Per);
    let person = people.next()?;
    people
        .all(|other| other.canonical == person.canonical)
        .then_some(person)
}

/// Sentences a pronoun's chain is followed back (besides the one [`lead_in_subject`] reads).
const PRONOUN_CHAIN: usize = 3;

/// The first person named in the sentence that a chain of sentences opening with `pronoun`
/// ("he", "she"; after "But", "And" ...) leads back to, the chain ending at the sentence before
/// the quotation opening at byte `quote_at` (the one [`lead_in_subject`] read and found no
/// person in). Only sentences after byte `since` (the previous quotation's end) count: a
/// quotation in between would be the pronoun's usual referent.
fn pronoun_chain_subject<'e>(
    ctx: &Context<'e>,
    quote_at: usize,
    since: usize,
    pronoun: &str,
) -> Option<&'e Entity> {
    let sentences = ctx.sentences;
    let here = sentences.partition_point(|s| s.end <= quote_at);
    let mut k = here.checked_sub(1)?;
    // The nouns of the descriptions passed: the person found must fit each ("the Tory
    // leader" is the person introduced as such, or one introduced with no title).
    let mut nouns: Vec<String> = Vec::new();
    for _ in 0..PRONOUN_CHAIN {
        let sentence = sentences[k];
        if sentence.start < since {
            return None;
        }
        let opening = sentence.slice(ctx.text);
        if !opens_with_pronoun(opening, pronoun) && !ends_with_attribution(opening, pronoun) {
            let noun = opens_with_description(ctx, opening)?;
            let count = ctx
                .entities
                .partition_point(|e| e.span.start < sentence.start);
            let before = &ctx.entities[count.saturating_sub(RECENT_ENTITIES)..count];
            if let Some(person) = titled_person(ctx, before, &noun, None) {
                return Some(person);
            }
            nouns.push(noun);
        }
        k = k.checked_sub(1)?;
        let earlier = sentences[k];
        // The chain may reach the sentence of the previous quotation, whose attribution
        // names the person right after it: "\"...,\" Obama said after meeting with Vladimir
        // Putin. He did not suggest retaliation. \"...\"" goes back to Obama. (Not to a
        // person named before the quotation, inside it or later in the clause: "\"...,\" he
        // said as some wearing Cruz shirts booed.")
        if earlier.start < since {
            return first_named(ctx, since, earlier.end, &[Label::Per])
                .filter(|person| attribution_before(ctx, since, person.span.start))
                .filter(|person| {
                    nouns
                        .iter()
                        .all(|noun| fits_description(ctx, person, noun, None))
                });
        }
        if let Some(person) = first_named(ctx, earlier.start, earlier.end, &[Label::Per]) {
            return nouns
                .iter()
                .all(|noun| fits_description(ctx, person, noun, None))
                .then_some(person);
        }
    }
    None
}

/// True when the text from a quotation's end at byte `from` to a name at byte `to` is an
/// attribution's start: closing marks and punctuation, verbs of speech and titles only
/// ("\"...,\" Obama said", "\"...,\" said Mr Palmer").
fn attribution_before(ctx: &Context<'_>, from: usize, to: usize) -> bool {
    ctx.text[from..to]
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '"' | '\'' | '’' | '”'))
        .filter(|w| !w.is_empty())
        .all(|word| REPORTING_VERBS.contains(&word) || ctx.lexicon.title(word).is_some())
}

/// Verbs of a reporting clause that closes a sentence of reported speech.
const REPORTING_VERBS: &[&str] = &["said", "says", "added", "argued", "warned"];

/// The person to whom the latest sentence between byte `since` (the previous quotation's
/// end) and `quote_at` attributes reported speech in a closing clause (", said Stuart Hensel
/// of the Economist Intelligence Unit.", ", Mr Hensel said."): the pronoun of the quotation
/// after it takes up the one who has been speaking since, not the previous quotation's
/// speaker.
fn reported_speaker<'e>(ctx: &Context<'e>, since: usize, quote_at: usize) -> Option<&'e Entity> {
    attributed_in(ctx, since, quote_at, false)
}

/// The last person between bytes `since` and `to` named in a clause that attributes reported
/// speech, closing its sentence (", said Stuart Hensel of the Economist Intelligence Unit.",
/// ", Mr Hensel said.", ", Michael Howard has said."); with `name_ends` the name must end the
/// sentence after the verb (", said Mr Hensel."), not start a clause of its own ("said
/// Melzer was an example").
fn attributed_in<'e>(
    ctx: &Context<'e>,
    since: usize,
    to: usize,
    name_ends: bool,
) -> Option<&'e Entity> {
    let text = ctx.text;
    let first = ctx.entities.partition_point(|e| e.span.start < since);
    let last = ctx.entities.partition_point(|e| e.span.start < to);
    // (No further back than a referent may be: a document of many quotations stays linear.)
    let first = first.max(last.saturating_sub(RECENT_ENTITIES));
    ctx.entities[first..last].iter().rev().find(|e| {
        if e.label != Label::Per {
            return false;
        }
        let before = text[..e.span.start].trim_end();
        let verb_before = before
            .rsplit_once(", ")
            .is_some_and(|(_, verb)| REPORTING_VERBS.contains(&verb))
            && (!name_ends || text[e.span.end..].starts_with('.'));
        let clause_opens = || before.ends_with(',');
        // (Perhaps after "has": ", Michael Howard has said.")
        let verb_after = || {
            let after = text[e.span.end..].strip_prefix(' ').unwrap_or_default();
            let after = after.strip_prefix("has ").unwrap_or(after);
            REPORTING_VERBS
                .iter()
                .any(|verb| after.strip_prefix(verb).is_some_and(|a| a.starts_with('.')))
        };
        verb_before || (clause_opens() && verb_after())
    })
}

/// True when `sentence` ends with `pronoun` and one lower-case word after a comma, the clause
/// that attributes reported speech (", he said.", ", she added."): its speaker is the person
/// the chain goes back to, as for a sentence that opens with the pronoun.
fn ends_with_attribution(sentence: &str, pronoun: &str) -> bool {
    let Some(rest) = sentence.trim_end().strip_suffix('.') else {
        return false;
    };
    let mut words = rest.rsplit(' ');
    let verb = words.next().unwrap_or("");
    let subject = words.next().unwrap_or("");
    !verb.is_empty()
        && verb.bytes().all(|b| b.is_ascii_lowercase())
        && subject == pronoun
        && words.next().is_some_and(|w| w.ends_with(','))
}

/// Conjunctions and adverbs that may open a sentence before its subject pronoun ("But he",
/// "However, he", "Now he").
static PRONOUN_OPENERS: WordSet<64> = WordSet::new(&[
    "but",
    "and",
    "yet",
    "so",
    "however",
    "still",
    "then",
    "later",
    "now",
    "earlier",
    "meanwhile",
    "instead",
    "also",
    "previously",
    "recently",
    "today",
    "yesterday",
]);

/// True when `sentence` opens with `pronoun` as its subject, perhaps after one of
/// [`PRONOUN_OPENERS`] and a comma ("He", "But he", "However, he", "Now he").
fn opens_with_pronoun(sentence: &str, pronoun: &str) -> bool {
    let mut words = sentence
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return false;
    };
    if is_lower_case_of(first, pronoun) {
        return true;
    }
    PRONOUN_OPENERS.contains_folded(first)
        && words.next().is_some_and(|w| is_lower_case_of(w, pronoun))
}

/// The noun, in lower case, of the definite description of a person that opens `sentence`
/// as its subject ("The 31-year-old was", "But the chancellor said"), if one does: "the", at
/// most two words, and a noun for a person ([`is_person_noun`]) written in lower case (a
/// nationality's man aside).
fn opens_with_description(ctx: &Context<'_>, sentence: &str) -> Option<String> {
    let mut words = sentence.split_whitespace();
    let mut first = words.next().unwrap_or("");
    if matches!(first, "But" | "And") {
        first = words.next().unwrap_or("");
    }
    if !is_lower_case_of(first, "the") {
        return None;
    }
    // (Not a possessive, "The musical's director is Matthew Warchus", nor a person
    // introduced by a relative clause, "The barrister who had represented Mr Martin".)
    let words: Vec<&str> = words.take(4).collect();
    // A rank describes a player: "The world number one was forced to ..." (the noun taken is
    // "number").
    let rank = |k: usize| {
        words[k] == "number"
            && words
                .get(k + 1)
                .is_some_and(|w| NUMBER_WORDS.contains(w) || w.bytes().all(|b| b.is_ascii_digit()))
    };
    let noun = (0..words.len().min(3)).find(|&k| {
        let word = words[k];
        let lower = word.to_lowercase();
        ((word == lower || is_nationality_noun(ctx, &lower)) && is_person_noun(ctx, &lower))
            || rank(k)
    })?;
    let described = !words[..noun].iter().any(|w| w.contains(['\'', '’']))
        && !words
            .get(noun + 1)
            .is_some_and(|w| matches!(*w, "who" | "whose" | "that"));
    described.then(|| words[noun].to_lowercase())
}

/// The first entity labelled `label` named in the sentence that leads into a quotation
/// opening at byte `quote_at`: the sentence holding `quote_at` when one is named in it before
/// the quote, else the sentence before it. Only mentions after byte `since` (the previous
/// quotation's end) count; when that quotation is a fragment (`after_fragment`) ending inside
/// the sentence before, that sentence names no subject here.
fn lead_in_subject<'e>(
    ctx: &Context<'e>,
    quote_at: usize,
    since: usize,
    after_fragment: bool,
    label: Label,
) -> Option<&'e Entity> {
    let sentences = ctx.sentences;
    let here = sentences.partition_point(|s| s.end <= quote_at);
    // A person named after a personal pronoun that opens the sentence is no subject: "He
    // thanked Eastwood ..." (the chain of such sentences is followed back instead).
    // So is one named after a description of a person that opens it ("The 31-year-old was
    // third behind Hayley Yelling"): the description takes up an earlier sentence's subject.
    let first_person_in = |from: usize, to: usize, since: usize| {
        let opening = ctx.text[from..to].trim_start();
        let pronoun = label == Label::Per
            && (opens_with_pronoun(opening, "he")
                || opens_with_pronoun(opening, "she")
                || opens_with_description(ctx, opening).is_some());
        if pronoun {
            return None;
        }
        // (Not a person as a possessor: "Matt Williams' side has shown little, but Johnson
        // insisted" has the side for its subject. A firm's possessive still leads to it:
        // "Siemens' plans ..., says the firm's president".)
        // Nor a name that modifies a noun after an article: "An early own goal followed by an
        // Alan Shearer strike earned them a 2-1 win. \"...,\" he said" goes back further.
        first_entity(ctx, from.max(since), to, |e| {
            e.label == label
                && !(label == Label::Per && (is_possessor(ctx, e) || after_article(ctx, e)))
        })
    };
    let own = sentences
        .get(here)
        .filter(|s| s.start < quote_at)
        .and_then(|s| first_person_in(s.start, quote_at, since));
    own.or_else(|| {
        let previous = sentences[..here.min(sentences.len())].last()?;
        // (A sentence that the previous quotation, a fragment, ends inside has its subject
        // before it: "Michael Howard is to ... urging people who feel \"taken for granted\"
        // by Tony Blair to ..." leads into "He will say": Howard, the fragment's speaker, not
        // Blair; the referent's other rules find him.)
        if after_fragment && previous.start < since {
            return None;
        }
        first_person_in(previous.start, previous.end, since)
    })
}
