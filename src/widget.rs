//! What one widget shows for its attributes (`code`, `compare`, `reply`): its state, the normalised
//! code for `data-code`, and the content to render. Plain Rust, so it is tested natively; the DOM
//! side (`ui`, `element`) only renders it.

use crate::catalog::{self, ReasonCard, Term};
use crate::compare::{self, Comparison};
use crate::entry::{self, Resolved, State};
use crate::explanation::{self, Explanation};
use crate::i18n::Lang;
use crate::text::Needs;

#[derive(Clone, Debug)]
pub enum Content {
    Code(Resolved),
    Compare(Box<CompareView>),
    Reply(Box<Explanation>),
    /// A glossary term, or `None` with the slug asked for.
    Term(Option<&'static Term>, String),
}

/// Two codes resolved, and their comparison when both are known.
#[derive(Clone, Debug)]
pub struct CompareView {
    pub a: Resolved,
    pub b: Resolved,
    pub comparison: Option<Comparison>,
}

#[derive(Clone, Debug)]
pub struct Model {
    pub state: State,
    pub code: String,
    pub content: Content,
}

impl Model {
    /// The text chunks its view reads in `lang`: a widget renders once they are loaded.
    pub fn needs(&self, lang: Lang) -> Needs {
        let mut n = Needs::new(lang);
        match &self.content {
            Content::Code(r) => r.needs(&mut n),
            Content::Compare(c) => {
                c.a.needs(&mut n);
                c.b.needs(&mut n);
                if let Some(w) = c.comparison.as_ref().and_then(|x| x.written) {
                    n.text(w.summary).list(w.differences).text(w.when_which);
                }
            }
            // Only the full wasm (and native builds) explain: the lean one never builds a reply,
            // and would otherwise carry every reason card's data for this arm.
            #[cfg(any(feature = "explain", not(target_arch = "wasm32")))]
            Content::Reply(e) => {
                e.resolved.needs(&mut n);
                for t in &e.tags {
                    t.needs(&mut n);
                }
                if let Some(c) = e.reason.and_then(catalog::reason) {
                    reason_needs(c, &mut n);
                }
            }
            #[cfg(not(any(feature = "explain", not(target_arch = "wasm32"))))]
            Content::Reply(_) => {}
            Content::Term(t, _) => {
                if let Some(t) = t {
                    term_needs(t, &mut n);
                }
            }
        }
        n
    }
}

/// The texts of a term's card, its related terms' titles with them.
pub fn term_needs(t: &Term, n: &mut Needs) {
    n.text(t.title).text(t.definition).text(t.why).list(t.words);
    for s in t.see.iter().filter_map(catalog::term) {
        n.text(s.title);
    }
}

/// The texts of a reason's card.
pub fn reason_needs(c: &ReasonCard, n: &mut Needs) {
    n.text(c.title)
        .text(c.summary)
        .text(c.description)
        .text(c.when)
        .list(c.fix_sender)
        .list(c.fix_admin)
        .list(c.causes);
}

/// The model of an explanation already made (a `.eml` file read as bytes).
pub fn explained(view: Explanation) -> Model {
    Model { state: view.state(), code: view.code().to_string(), content: Content::Reply(Box::new(view)) }
}

/// The model for an element's attributes: `reply` wins, then `code` with `compare`, then `code`.
pub fn model(code: &str, compare_with: &str, reply_text: &str) -> Model {
    model_with_term(code, compare_with, reply_text, "")
}

/// The model for every attribute that picks content: `reply`, then `term`, then `code` (with
/// `compare`), as DESIGN.md orders them.
pub fn model_with_term(code: &str, compare_with: &str, reply_text: &str, term: &str) -> Model {
    if !reply_text.trim().is_empty() {
        return explained(explanation::explain(reply_text));
    }
    card_model(code, compare_with, term)
}

/// The model of a code, a comparison or a term: everything but a reply (the lean wasm's).
pub fn card_model(code: &str, compare_with: &str, term: &str) -> Model {
    let slug = term.trim();
    if !slug.is_empty() {
        let t = catalog::term(&slug.to_ascii_lowercase());
        let state = if t.is_some() { State::Ready } else { State::Unknown };
        return Model { state, code: slug.to_ascii_lowercase(), content: Content::Term(t, slug.to_string()) };
    }
    let a = entry::resolve(code);
    if compare_with.trim().is_empty() {
        return Model { state: a.state, code: a.code.clone(), content: Content::Code(a) };
    }
    let b = entry::resolve(compare_with);
    let comparison = compare::compare(code, compare_with);
    // The comparison is as good as its weaker side.
    let state = match (a.state, b.state) {
        _ if comparison.is_some() => State::Ready,
        (State::Invalid, _) | (_, State::Invalid) => State::Invalid,
        (State::Empty, _) | (_, State::Empty) => State::Empty,
        _ => State::Unknown,
    };
    let code = format!("{} {}", a.code, b.code).trim().to_string();
    Model { state, code, content: Content::Compare(Box::new(CompareView { a, b, comparison })) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_and_codes() {
        let m = model("221", "", "");
        assert_eq!((m.state, m.code.as_str()), (State::Ready, "221"));
        let m = model("299", "", "");
        assert_eq!((m.state, m.code.as_str()), (State::Unknown, "299"));
        let m = model("hello", "", "");
        assert_eq!(m.state, State::Invalid);
        assert_eq!(model("", "", "").state, State::Empty);
        let m = model("550 5.7.26", "", "");
        assert_eq!((m.state, m.code.as_str()), (State::Ready, "550 5.7.26"));
    }

    #[test]
    fn comparison_states() {
        let m = model("221", "250", "");
        assert_eq!((m.state, m.code.as_str()), (State::Ready, "221 250"));
        assert_eq!(model("221", "299", "").state, State::Unknown);
        assert_eq!(model("221", "xyz", "").state, State::Invalid);
    }

    #[test]
    fn reply_wins_over_code() {
        let m = model("221", "", "550-5.7.26 Unauthenticated email\r\n550 5.7.26 more - gsmtp");
        assert_eq!((m.state, m.code.as_str()), (State::Ready, "550 5.7.26"));
        assert_eq!(model("", "", "hello there").state, State::Invalid);
    }

    #[test]
    fn term_comes_after_reply_and_before_code() {
        let m = model_with_term("221", "", "", "Greylisting");
        assert_eq!((m.state, m.code.as_str()), (State::Ready, "greylisting"));
        assert!(matches!(m.content, Content::Term(Some(t), _) if t.slug == "greylisting"));
        assert_eq!(model_with_term("221", "", "", "no-such-term").state, State::Unknown);
        assert_eq!(model_with_term("", "", "550 5.1.1 x", "spf").code, "550 5.1.1");
    }

    #[test]
    fn needs_name_the_chunks_of_what_is_shown() {
        let names = |m: Model, lang: Lang| {
            let mut v: Vec<String> = m.needs(lang).all().into_iter().map(|n| n.name()).collect();
            v.sort();
            v
        };
        // One English 550 card: its own English chunk, nothing else.
        assert_eq!(names(model("550", "", ""), Lang::En), ["en-550"]);
        // Google's note on 5.7.26 comes in that code's chunk; the groups are shared.
        assert_eq!(names(model("550 5.7.26", "", ""), Lang::De), ["de-550", "de-X.7.26", "de-groups", "de-ui"]);
        // Japanese labels, English content.
        assert_eq!(names(model("221", "", ""), Lang::Ja), ["en-221", "ja-ui"]);
        assert_eq!(names(model_with_term("", "", "", "spf"), Lang::Ko), ["ko-glossary", "ko-ui"]);
    }
}
