//! The content's translations (`catalog/l10n/<lang>/`): every field of every entry in every content
//! language, none left as the English text (codes and names aside), list lengths as in English,
//! and nothing translated that English lacks. The build falls back to English where a translation
//! is missing and records it; this test shows every such place.

use smtp_code::catalog;
use smtp_code::i18n::Lang;
use smtp_code::text::{self, L10N_PROBLEMS};

#[test]
fn every_entry_is_translated_into_every_content_language() {
    assert!(L10N_PROBLEMS.is_empty(), "{} problem(s):\n{}", L10N_PROBLEMS.len(), L10N_PROBLEMS.join("\n"));
}

#[test]
fn translated_lists_keep_their_items() {
    for lang in [Lang::De, Lang::Ko, Lang::Id] {
        for e in catalog::BASIC {
            assert_eq!(e.fix_sender.len(lang), e.fix_sender.len(Lang::En), "{} {lang:?}", e.code);
            assert_ne!(e.description.get(lang), e.description.en(), "{} {lang:?}", e.code);
        }
        for t in catalog::TERMS {
            assert!(!t.words.is_empty() && t.words.len(lang) > 0, "{} {lang:?}: no words", t.slug);
        }
    }
}

#[test]
fn other_ui_languages_show_english_content() {
    let e = catalog::basic(550).unwrap();
    assert_eq!(e.title.get(Lang::Ja), e.title.en());
    assert_ne!(e.title.get(Lang::Ko), e.title.en());
}

#[test]
fn glossary_terms_are_linked_in_card_text_in_every_content_language() {
    let greylisting = catalog::TERMS.iter().position(|t| t.slug == "greylisting").unwrap();
    let spf = catalog::TERMS.iter().position(|t| t.slug == "spf").unwrap();
    for lang in [Lang::En, Lang::De, Lang::Ko, Lang::Id] {
        // Every linked span is that term's word in the text; a card links a term once, where it
        // first mentions it.
        let mut linked = std::collections::HashSet::new();
        for e in catalog::BASIC {
            let mut in_card = std::collections::HashSet::new();
            for (_, l) in e.description.links(lang).iter().chain(e.when.links(lang)) {
                assert!(in_card.insert(l.term), "{} {lang:?}: {} linked twice", e.code, catalog::TERMS[l.term].slug);
                linked.insert(l.term);
            }
            let text = e.description.get(lang);
            for (_, l) in e.description.links(lang) {
                let word = &text[l.start..l.start + l.len];
                let words = catalog::TERMS[l.term].words;
                assert!(
                    words.iter(lang).any(|w| w == word),
                    "{} {lang:?}: {word:?} is not a word of {}",
                    e.code,
                    catalog::TERMS[l.term].slug
                );
            }
        }
        assert!(linked.contains(&greylisting) && linked.contains(&spf), "{lang:?}: {} terms linked", linked.len());
    }
    // Every term has a short definition in every content language, which an element shows inline.
    let defs = text::PART_NAMES.iter().position(|p| *p == "defs").unwrap();
    for (i, _) in ["en", "de", "ko", "id"].iter().enumerate() {
        let all: Vec<&str> = text::embedded(i, defs).split('\u{1e}').collect();
        assert_eq!(all.len(), catalog::TERMS.len() + 1);
        assert!(all[1..].iter().all(|d| d.len() > 20), "language {i}: a short definition is missing");
    }
    // A term's own card does not link itself.
    let t = &catalog::TERMS[spf];
    assert!(t.definition.links(Lang::En).iter().all(|(_, l)| l.term != spf));
}
