//! Search over the catalog by number (`55`, `5.7`) or by words (`quota` finds 552): every word must
//! occur in an entry, in the page's language or in English; a hit in the code or title ranks above
//! one in the text. The caller has the texts of both loaded (`needs`).

use crate::catalog::{self, BasicEntry, EnhancedEntry, ProviderKey, T};
use crate::i18n::Lang;

/// Which shelf of the catalog a code sits on, for browsing by class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shelf {
    /// Basic codes of one class: 2, 3, 4 or 5.
    Basic(u8),
    Enhanced,
    Provider,
}

/// A code as a list shows it: the code as people write it, where its card is, its title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub code: String,
    /// What to look up for its card: the code itself, or the first code of a provider's range.
    pub link: String,
    pub title: T,
    pub shelf: Shelf,
}

/// Every code in the catalog, in catalog order: basic codes, enhanced codes in `X.s.d` form, and
/// providers' codes and tags (those outside the registry).
pub fn all() -> Vec<Hit> {
    let basic = catalog::BASIC.iter().map(|e| Hit {
        code: e.code.to_string(),
        link: e.code.to_string(),
        title: e.title,
        shelf: Shelf::Basic((e.code / 100) as u8),
    });
    let enhanced = catalog::ENHANCED.iter().map(|e| Hit {
        code: e.code(),
        link: e.code(),
        title: e.title,
        shelf: Shelf::Enhanced,
    });
    let provider = catalog::PROVIDER_CODES.iter().map(|p| Hit {
        code: p.label(),
        link: match p.key {
            ProviderKey::Range { class, subject, lo, .. } => format!("{class}.{subject}.{lo}"),
            ProviderKey::Tag(t) => t.to_string(),
        },
        title: p.title,
        shelf: Shelf::Provider,
    });
    let mut hits: Vec<Hit> = basic.chain(enhanced).collect();
    for p in provider {
        if !hits.iter().any(|h| h.code == p.code) {
            hits.push(p);
        }
    }
    hits
}

/// Every code in the catalog, as strings.
pub fn codes() -> Vec<String> {
    // A provider's range (`5.7.606-5.7.649`) is listed for browsing, but is no code to look up.
    all().into_iter().map(|h| h.code).filter(|c| !c.contains('-')).collect()
}

/// The words of an entry in the page's language and in English, for matching.
fn both(f: impl Fn(Lang) -> String, lang: Lang) -> String {
    if lang.content() == Lang::En {
        f(Lang::En)
    } else {
        f(lang) + " " + &f(Lang::En)
    }
}

fn basic_text(e: &BasicEntry, lang: Lang) -> String {
    both(
        |l| {
            let mut s = format!("{} {} {} {}", e.title.get(l), e.description.get(l), e.when.get(l), e.causes.0.get(l));
            for m in e.meanings {
                s.push(' ');
                s.push_str(m.title.get(l));
                s.push(' ');
                s.push_str(m.description.get(l));
            }
            s
        },
        lang,
    )
}

fn enhanced_text(e: &EnhancedEntry, lang: Lang) -> String {
    both(|l| format!("{} {} {} {}", e.title.get(l), e.description.get(l), e.when.get(l), e.causes.0.get(l)), lang)
}

/// Ranks a code for the query: `None` when it does not match. Lower is better.
fn rank(query: &str, words: &[String], code: &str, title: &str, text: impl FnOnce() -> String) -> Option<u32> {
    let code_l = code.to_ascii_lowercase();
    let q = query.trim().to_lowercase();
    // A query of digits and dots is a code prefix: `55` finds 550–556, `5.7` finds 5.7.x.
    if q.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'x') && !q.is_empty() {
        let as_x = q.strip_prefix(|c: char| c.is_ascii_digit()).map(|r| format!("x{r}"));
        let hit = code_l.starts_with(&q) || as_x.is_some_and(|x| code_l.starts_with(&x) && q.contains('.'));
        return hit.then_some(if code_l == q { 0 } else { 1 });
    }
    let title_l = title.to_lowercase();
    if words.iter().all(|w| title_l.contains(w.as_str()) || code_l == *w) {
        return Some(2);
    }
    let text_l = text().to_lowercase();
    words.iter().all(|w| title_l.contains(w.as_str()) || text_l.contains(w.as_str())).then_some(3)
}

/// The codes matching `query`, best first; empty for an empty query.
pub fn search(query: &str, lang: Lang) -> Vec<Hit> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut ranked: Vec<(u32, usize, Hit)> = Vec::new();
    for (order, hit) in all().into_iter().enumerate() {
        let r = match hit.shelf {
            Shelf::Basic(_) => catalog::basic(hit.code.parse().unwrap_or(0)).and_then(|e| {
                rank(query, &words, &hit.code, &both(|l| e.title.get(l).to_string(), lang), || basic_text(e, lang))
            }),
            Shelf::Enhanced => catalog::ENHANCED.iter().find(|e| e.code() == hit.code).and_then(|e| {
                rank(query, &words, &hit.code, &both(|l| e.title.get(l).to_string(), lang), || enhanced_text(e, lang))
            }),
            Shelf::Provider => provider_rank(query, &words, &hit, lang),
        };
        if let Some(r) = r {
            ranked.push((r, order, hit));
        }
    }
    // (rank, order) is unique: an unstable sort keeps the catalog order among equals.
    ranked.sort_unstable_by_key(|(r, order, _)| (*r, *order));
    ranked.into_iter().map(|(_, _, h)| h).collect()
}

fn provider_rank(query: &str, words: &[String], hit: &Hit, lang: Lang) -> Option<u32> {
    let p = catalog::PROVIDER_CODES.iter().find(|p| p.label() == hit.code)?;
    let title = format!("{} {}", p.provider, both(|l| p.title.get(l).to_string(), lang));
    rank(query, words, &hit.code, &title, || {
        format!("{} {}", both(|l| p.description.get(l).to_string(), lang), p.sample.en())
    })
    .or_else(|| {
        // A range such as 5.7.606-5.7.649 also answers a query for one code inside it.
        let e = crate::code::Enhanced::parse(query.trim()).ok()?;
        e.class.filter(|&c| p.covers(c, e.subject, e.detail)).map(|_| 0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes_of(q: &str) -> Vec<String> {
        search(q, Lang::En).into_iter().map(|h| h.code).collect()
    }

    #[test]
    fn every_code_listed_looks_up() {
        let all = codes();
        assert!(all.len() > 150, "{}", all.len());
        for c in &all {
            assert_eq!(crate::entry::resolve(c).state, crate::entry::State::Ready, "{c}");
        }
    }

    #[test]
    fn finds_by_number_prefix() {
        let r = codes_of("55");
        assert!(r.contains(&"550".to_string()) && r.contains(&"552".to_string()));
        assert!(r.iter().all(|c| c.starts_with("55")));
        assert_eq!(codes_of("221").first().map(String::as_str), Some("221"));
    }

    #[test]
    fn finds_enhanced_codes_by_prefix_in_any_class() {
        let r = codes_of("5.7.2");
        assert!(r.contains(&"X.7.26".to_string()), "{r:?}");
    }

    #[test]
    fn finds_by_words() {
        assert!(codes_of("quota").contains(&"552".to_string()));
        assert!(codes_of("Quota").contains(&"552".to_string()));
        assert!(codes_of("relay").iter().any(|c| c == "550" || c == "X.7.1"));
        assert!(codes_of("zzzzqqq").is_empty());
        assert!(codes_of("   ").is_empty());
    }

    #[test]
    fn finds_by_words_in_the_page_language_and_in_english() {
        let de: Vec<String> = search("Postfach", Lang::De).into_iter().map(|h| h.code).collect();
        assert!(de.contains(&"552".to_string()), "{de:?}");
        assert!(search("quota", Lang::De).iter().any(|h| h.code == "552"));
    }

    #[test]
    fn lists_every_code_once() {
        let all = codes();
        assert!(all.contains(&"221".to_string()) && all.contains(&"X.7.26".to_string()));
        let mut sorted = all.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), all.len());
    }

    #[test]
    fn a_code_inside_a_provider_range_finds_the_range() {
        let hits = search("5.7.612", Lang::En);
        let range = hits.iter().find(|h| h.shelf == Shelf::Provider).expect("range hit");
        assert_eq!((range.code.as_str(), range.link.as_str()), ("5.7.606-5.7.649", "5.7.606"));
    }
}
