//! What one widget shows for its attributes (`code`, `compare`, `reply`): its state, the normalised
//! code for `data-code`, and the content to render. Plain Rust, so it is tested natively; the DOM
//! side (`ui`, `element`) only renders it.

use crate::compare::{self, Comparison};
use crate::entry::{self, Resolved, State};
use crate::explanation::{self, Explanation};

#[derive(Clone, Debug)]
pub enum Content {
    Code(Resolved),
    Compare(Box<CompareView>),
    Reply(Box<Explanation>),
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

/// The model of an explanation already made (a `.eml` file read as bytes).
pub fn explained(view: Explanation) -> Model {
    Model { state: view.state(), code: view.code().to_string(), content: Content::Reply(Box::new(view)) }
}

/// The model for an element's attributes: `reply` wins, then `code` with `compare`, then `code`.
pub fn model(code: &str, compare_with: &str, reply_text: &str) -> Model {
    if !reply_text.trim().is_empty() {
        return explained(explanation::explain(reply_text));
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
}
