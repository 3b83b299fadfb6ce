//! US states written short, as US news writes them after a place and a comma: "Irvine,
//! Calif.", "Trenton, N.J.", "Jackson, Miss.". Alone, most of these abbreviations are words,
//! titles or names ("Miss.", "Ill.", "Mo"); after "Place," they are the state.

use rustc_hash::FxHashMap as HashMap;

use crate::gazetteer::{Gazetteer, Label};

/// The Associated Press's abbreviations of the states' names (with their periods), and the
/// names. States of five letters or fewer (Ohio, Utah, Iowa, ...) are not abbreviated.
const AP_STATES: &[(&str, &str)] = &[
    ("Ala.", "Alabama"),
    ("Ariz.", "Arizona"),
    ("Ark.", "Arkansas"),
    ("Calif.", "California"),
    ("Colo.", "Colorado"),
    ("Conn.", "Connecticut"),
    ("Del.", "Delaware"),
    ("Fla.", "Florida"),
    ("Ga.", "Georgia"),
    ("Ill.", "Illinois"),
    ("Ind.", "Indiana"),
    ("Kan.", "Kansas"),
    ("Kans.", "Kansas"),
    ("Ky.", "Kentucky"),
    ("La.", "Louisiana"),
    ("Md.", "Maryland"),
    ("Mass.", "Massachusetts"),
    ("Mich.", "Michigan"),
    ("Minn.", "Minnesota"),
    ("Miss.", "Mississippi"),
    ("Mo.", "Missouri"),
    ("Mont.", "Montana"),
    ("Neb.", "Nebraska"),
    ("Nebr.", "Nebraska"),
    ("Nev.", "Nevada"),
    ("N.H.", "New Hampshire"),
    ("N.J.", "New Jersey"),
    ("N.M.", "New Mexico"),
    ("N.Y.", "New York"),
    ("N.C.", "North Carolina"),
    ("N.D.", "North Dakota"),
    ("Okla.", "Oklahoma"),
    ("Ore.", "Oregon"),
    ("Pa.", "Pennsylvania"),
    ("R.I.", "Rhode Island"),
    ("S.C.", "South Carolina"),
    ("S.D.", "South Dakota"),
    ("Tenn.", "Tennessee"),
    ("Tex.", "Texas"),
    ("Va.", "Virginia"),
    ("Vt.", "Vermont"),
    ("Wash.", "Washington"),
    ("W.Va.", "West Virginia"),
    ("Wis.", "Wisconsin"),
    ("Wyo.", "Wyoming"),
];

/// Each abbreviation's gazetteer entry: the state, whose canonical name and id the mention
/// takes. Made once with the tagger.
#[derive(Debug, Clone, Default)]
pub(crate) struct StateAbbreviations(HashMap<&'static str, u32>);

impl StateAbbreviations {
    /// The entries of the states that `gazetteer` lists under their own names (a replacement
    /// gazetteer without them gives none).
    pub(crate) fn new(gazetteer: &Gazetteer) -> StateAbbreviations {
        let mut map = HashMap::default();
        for &(abbreviation, name) in AP_STATES {
            // Listed under its name, or as "X State" where a city has the name ("New York").
            let entry = [name.to_string(), format!("{name} State")]
                .iter()
                .find_map(|surface| state_entry(gazetteer, surface, name));
            if let Some(entry) = entry {
                map.insert(abbreviation, entry);
            }
        }
        StateAbbreviations(map)
    }

    /// The state's entry for `abbreviation`, written with its period ("Calif.").
    pub(crate) fn get(&self, abbreviation: &str) -> Option<u32> {
        self.0.get(abbreviation).copied()
    }
}

/// The entry of the place named `name` that `surface` is written for, if the gazetteer has it.
fn state_entry(gazetteer: &Gazetteer, surface: &str, name: &str) -> Option<u32> {
    gazetteer.entries_named(surface).iter().copied().find(|&e| {
        let entry = gazetteer.entry(e);
        entry.label == Label::Loc && &*entry.canonical == name
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_abbreviation_ends_with_its_period_and_names_a_listed_state() {
        let pipeline = crate::pipeline::Pipeline::new().unwrap();
        let states = StateAbbreviations::new(pipeline.entity_tagger().gazetteer());
        for &(abbreviation, name) in AP_STATES {
            assert!(abbreviation.ends_with('.'), "{abbreviation}");
            assert!(states.get(abbreviation).is_some(), "{abbreviation} {name}");
        }
    }
}
