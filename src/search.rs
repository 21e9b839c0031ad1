//! Search over the catalog by number (`55`, `5.7`) or by words (`quota` finds 552): every word must
//! occur in an entry; a hit in the code or title ranks above one in the text.

use crate::catalog::{self, BasicEntry, EnhancedEntry, ProviderKey};

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
    pub title: &'static str,
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
    let enhanced =
        catalog::ENHANCED.iter().map(|e| Hit { code: e.code(), link: e.code(), title: e.title, shelf: Shelf::Enhanced });
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
    all().into_iter().map(|h| h.code).collect()
}

fn basic_text(e: &BasicEntry) -> String {
    let mut s = format!("{} {} {} {}", e.title, e.description, e.when, e.causes.join(" "));
    for m in e.meanings {
        s.push(' ');
        s.push_str(m.title);
        s.push(' ');
        s.push_str(m.description);
    }
    s
}

fn enhanced_text(e: &EnhancedEntry) -> String {
    format!("{} {} {} {}", e.title, e.description, e.when, e.causes.join(" "))
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
pub fn search(query: &str) -> Vec<Hit> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut ranked: Vec<(u32, usize, Hit)> = Vec::new();
    for (order, hit) in all().into_iter().enumerate() {
        let r = match hit.shelf {
            Shelf::Basic(_) => catalog::basic(hit.code.parse().unwrap_or(0))
                .and_then(|e| rank(query, &words, &hit.code, e.title, || basic_text(e))),
            Shelf::Enhanced => catalog::ENHANCED
                .iter()
                .find(|e| e.code() == hit.code)
                .and_then(|e| rank(query, &words, &hit.code, e.title, || enhanced_text(e))),
            Shelf::Provider => provider_rank(query, &words, &hit),
        };
        if let Some(r) = r {
            ranked.push((r, order, hit));
        }
    }
    // (rank, order) is unique: an unstable sort keeps the catalog order among equals.
    ranked.sort_unstable_by_key(|(r, order, _)| (*r, *order));
    ranked.into_iter().map(|(_, _, h)| h).collect()
}

fn provider_rank(query: &str, words: &[String], hit: &Hit) -> Option<u32> {
    let p = catalog::PROVIDER_CODES.iter().find(|p| p.label() == hit.code)?;
    let title = format!("{} {}", p.provider, p.title);
    rank(query, words, &hit.code, &title, || format!("{} {}", p.description, p.sample)).or_else(|| {
        // A range such as 5.7.606-5.7.649 also answers a query for one code inside it.
        let e = crate::code::Enhanced::parse(query.trim()).ok()?;
        e.class.filter(|&c| p.covers(c, e.subject, e.detail)).map(|_| 0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes_of(q: &str) -> Vec<String> {
        search(q).into_iter().map(|h| h.code).collect()
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
        let hits = search("5.7.612");
        let range = hits.iter().find(|h| h.shelf == Shelf::Provider).expect("range hit");
        assert_eq!((range.code.as_str(), range.link.as_str()), ("5.7.606-5.7.649", "5.7.606"));
    }
}
