//! The content's translations (`catalog/l10n/<lang>/`): every field of every entry in every content
//! language, none left as the English text (codes and names aside), list lengths as in English,
//! and nothing translated that English lacks. The build falls back to English where a translation
//! is missing and records it; this test shows every such place.

use smtp_code::catalog;
use smtp_code::i18n::Lang;
use smtp_code::text::L10N_PROBLEMS;

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
