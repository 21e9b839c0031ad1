//! What a code string is: a basic reply code (`221`), an enhanced status code (`5.7.26`, `X.1.1`),
//! both (`550 5.7.26`), or a provider's tag (`S3140`); normalised for display and look-up.

use std::fmt;

/// An enhanced status code; `class` is `None` for the class-free `X.s.d` form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Enhanced {
    pub class: Option<u8>,
    pub subject: u16,
    pub detail: u16,
}

impl fmt::Display for Enhanced {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.class {
            Some(c) => write!(f, "{c}.{}.{}", self.subject, self.detail),
            None => write!(f, "X.{}.{}", self.subject, self.detail),
        }
    }
}

impl Enhanced {
    /// Parses `5.7.26` or `X.7.26`: class 2, 4, 5 or X, then two numbers of 1–3 digits (RFC 3463).
    pub fn parse(s: &str) -> Result<Self, Hint> {
        let mut parts = s.split('.');
        let (Some(c), Some(sub), Some(det), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(Hint::NotACode);
        };
        let num = |p: &str| -> Option<u16> {
            (!p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok())?
        };
        let (Some(subject), Some(detail)) = (num(sub), num(det)) else {
            return Err(Hint::NotACode);
        };
        let class = match c {
            "2" => Some(2),
            "4" => Some(4),
            "5" => Some(5),
            "X" | "x" => None,
            _ if num(c).is_some() => return Err(Hint::EnhancedClass),
            _ => return Err(Hint::NotACode),
        };
        Ok(Enhanced { class, subject, detail })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Code {
    Basic(u16),
    Enhanced(Enhanced),
    /// A basic code with the enhanced code that follows it in a reply: `550 5.7.26`.
    Both(u16, Enhanced),
    /// A provider's tag known to the catalog, as the catalog spells it.
    Tag(&'static str),
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Basic(b) => write!(f, "{b}"),
            Code::Enhanced(e) => write!(f, "{e}"),
            Code::Both(b, e) => write!(f, "{b} {e}"),
            Code::Tag(t) => f.write_str(t),
        }
    }
}

/// Why a text is not a code, so that the card can say what a code looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    /// Three digits, but not a reply code (first digit outside 2–5).
    BasicRange,
    /// An enhanced code whose class digit is not 2, 4 or 5.
    EnhancedClass,
    /// Nothing like a code.
    NotACode,
}

/// Parses a basic code: three digits, the first from 2 to 5 (RFC 5321 §4.2). `299` parses: it is
/// well-formed, merely not in the catalog.
pub fn parse_basic(s: &str) -> Result<u16, Hint> {
    if s.len() != 3 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Hint::NotACode);
    }
    match s.as_bytes()[0] {
        b'2'..=b'5' => Ok(s.parse().unwrap_or(0)),
        _ => Err(Hint::BasicRange),
    }
}

/// Parses what a user or an attribute gives as a code. `Ok(None)` is empty input.
pub fn parse(input: &str) -> Result<Option<Code>, Hint> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(None);
    }
    // `550 5.7.26` or `550-5.7.26`, as replies write them.
    if let Some((b, e)) = s.split_once([' ', '-']) {
        let e = e.trim_start();
        if b.len() == 3 && !e.contains(' ') {
            let basic = parse_basic(b)?;
            let enhanced = Enhanced::parse(e)?;
            return Ok(Some(Code::Both(basic, enhanced)));
        }
        return Err(Hint::NotACode);
    }
    if s.contains('.') {
        return Enhanced::parse(s).map(|e| Some(Code::Enhanced(e)));
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return parse_basic(s).map(|b| Some(Code::Basic(b)));
    }
    match crate::catalog::provider_tag(s).map(|p| p.key) {
        Some(crate::catalog::ProviderKey::Tag(t)) => Ok(Some(Code::Tag(t))),
        _ => Err(Hint::NotACode),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        parse(s).unwrap().unwrap().to_string()
    }

    #[test]
    fn normalises_every_form() {
        assert_eq!(norm(" 221 "), "221");
        assert_eq!(norm("5.7.26"), "5.7.26");
        assert_eq!(norm("x.1.1"), "X.1.1");
        assert_eq!(norm("550 5.7.26"), "550 5.7.26");
        assert_eq!(norm("550-5.7.26"), "550 5.7.26");
        assert_eq!(norm("299"), "299");
    }

    #[test]
    fn says_why_text_is_not_a_code() {
        assert_eq!(parse(""), Ok(None));
        assert_eq!(parse("   "), Ok(None));
        assert_eq!(parse("hello"), Err(Hint::NotACode));
        assert_eq!(parse("22"), Err(Hint::NotACode));
        assert_eq!(parse("2210"), Err(Hint::NotACode));
        assert_eq!(parse("600"), Err(Hint::BasicRange));
        assert_eq!(parse("3.1.1"), Err(Hint::EnhancedClass));
        assert_eq!(parse("5.1"), Err(Hint::NotACode));
        assert_eq!(parse("5.1.1000"), Err(Hint::NotACode));
        assert_eq!(parse("5..1"), Err(Hint::NotACode));
        assert_eq!(parse("550 5.7.26 extra"), Err(Hint::NotACode));
        assert_eq!(parse("<script>alert(1)</script>"), Err(Hint::NotACode));
    }
}
