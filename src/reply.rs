//! Reading a raw SMTP reply, as servers send it or as a bounce reports it: one line or many
//! (`550-…` continuations and the final `550 …`), continuations flattened into one line,
//! `Diagnostic-Code: smtp; …` and `Status:` fields, replies without an enhanced code. Finds the basic
//! and enhanced codes, the text without the repeated prefixes, the provider and its tags, and where
//! the codes disagree. Linear in the input's length; never panics.

use crate::catalog::{self, ProviderCode, ProviderKey};
use crate::code::{parse_basic, Enhanced};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Warning {
    /// The enhanced code's class digit differs from the basic code's first digit (`550 4.7.1`).
    ClassMismatch,
    /// The lines of one reply carry different codes.
    CodesDiffer,
}

#[derive(Clone, Debug, Default)]
pub struct Explained {
    pub basic: Option<u16>,
    pub enhanced: Option<Enhanced>,
    /// The human text, code prefixes removed, lines joined by a space.
    pub text: String,
    /// The reply's lines, a flattened reply split back into its lines.
    pub lines: Vec<String>,
    pub provider: Option<&'static str>,
    /// The provider's own tags found in the text (`TSS04`, `S3140`).
    pub tags: Vec<&'static ProviderCode>,
    pub warnings: Vec<Warning>,
}

/// `DDD` followed by `-`, a space or the end: a reply line's code.
fn line_code(line: &str) -> Option<(u16, &str)> {
    let b = line.as_bytes();
    if b.len() < 3 || !(b.len() == 3 || b[3] == b'-' || b[3] == b' ') {
        return None;
    }
    let code = parse_basic(line.get(..3)?).ok()?;
    Some((code, line.get(3..)?))
}

/// An enhanced code at the start of `s`, and the rest after it. Looks at a few bytes only (a code
/// is at most 11 long), so that scanning a long reply stays linear.
fn leading_enhanced(s: &str) -> Option<(Enhanced, &str)> {
    let s = s.trim_start_matches(['-', ' ', '#']);
    let end = s
        .char_indices()
        .take(16)
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '.'))
        .map_or_else(|| s.char_indices().nth(16).map_or(s.len(), |(i, _)| i), |(i, _)| i);
    let e = Enhanced::parse(s[..end].trim_end_matches('.')).ok()?;
    Some((e, &s[end..]))
}

/// Strips what MTAs put before a reply in a report: `smtp;`, `#`, quotes.
fn strip_lead(s: &str) -> &str {
    let s = s.trim_start();
    let s = match s.get(..5) {
        Some(p) if p.eq_ignore_ascii_case("smtp;") => s[5..].trim_start(),
        _ => s,
    };
    s.trim_start_matches(['#', '"', '\'', '<', '('])
}

/// A Diagnostic-Code's value without its type (`smtp;`, `X-Postfix;`).
fn diagnostic_type(value: &str) -> &str {
    match value.split_once(';') {
        Some((kind, rest)) if !kind.is_empty() && kind.len() <= 20 && !kind.trim().contains(' ') => rest.trim_start(),
        _ => value,
    }
}

/// The value of a header field (`Diagnostic-Code:`), with its folded continuation lines.
fn field<'a>(lines: &[&'a str], name: &str) -> Option<Vec<&'a str>> {
    let i = lines.iter().position(|l| l.get(..name.len()).is_some_and(|p| p.eq_ignore_ascii_case(name)))?;
    let mut v = vec![lines[i][name.len()..].trim()];
    v.extend(lines[i + 1..].iter().take_while(|l| l.starts_with([' ', '\t'])).map(|l| l.trim()));
    Some(v)
}

/// Finds a reply inside prose (`host mx said: 550 5.1.1 …`): the first three-digit code followed
/// by an enhanced code, else the first that starts a line-like piece after `said:` or `:`.
fn find_inline(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let mut fallback = None;
    for i in 0..bytes.len().saturating_sub(2) {
        let boundary = i == 0 || !bytes[i - 1].is_ascii_alphanumeric() && bytes[i - 1] != b'.';
        if !boundary || !bytes[i].is_ascii_digit() {
            continue;
        }
        let Some(rest) = text.get(i..) else { continue };
        if let Some((_, after)) = line_code(rest) {
            if leading_enhanced(after).is_some() {
                return Some(rest);
            }
            let before = text[..i].trim_end();
            if fallback.is_none() && (i == 0 || before.ends_with(':') || before.ends_with(';') || before.ends_with('#'))
            {
                fallback = Some(rest);
            }
        }
    }
    fallback
}

/// Splits a reply whose lines were flattened into one (`550-5.7.26 a 550-5.7.26 b 550 5.7.26 c`)
/// at each repeated prefix: `DDD-` always, `DDD ` when the same enhanced code follows it.
fn unflatten(line: &str, code: u16, enhanced: Option<Enhanced>) -> Vec<&str> {
    let prefix = format!(" {code}");
    let dash = format!(" {code}-");
    let space = format!(" {code} ");
    let mut parts = Vec::new();
    let mut start = 0;
    let mut from = 3.min(line.len());
    while let Some(off) = line.get(from..).and_then(|s| s.find(&prefix)) {
        let at = from + off;
        let tail = &line[at..];
        let split = tail.starts_with(&dash)
            || (tail.starts_with(&space)
                && match enhanced {
                    Some(e) => leading_enhanced(&tail[space.len()..]).is_some_and(|(f, _)| f == e),
                    // Without enhanced codes, `DDD ` ends a run of `DDD-` lines.
                    None => line[start..at].get(3..4) == Some("-"),
                });
        if split {
            parts.push(line[start..at].trim());
            start = at + 1;
        }
        from = at + 1;
    }
    parts.push(line[start..].trim());
    parts
}

/// A reply explained: its codes, text and lines, and the provider and tags it names.
pub fn explain(input: &str) -> Explained {
    let mut out = read(input);
    out.provider = provider(input);
    out.tags = tags(input, out.provider);
    if out.provider.is_none() {
        out.provider = out.tags.first().map(|t| t.provider);
    }
    if out.provider.is_none() {
        // A private code (Microsoft's 5.7.606) names its provider too.
        if let Some(Enhanced { class: Some(c), subject, detail }) = out.enhanced {
            if catalog::enhanced(subject, detail).is_none() {
                out.provider = catalog::provider_codes(c, subject, detail).next().map(|p| p.provider);
            }
        }
    }
    out
}

/// A reply's codes, text, lines and warnings, without looking for its provider.
pub fn read(input: &str) -> Explained {
    // Lines end in CRLF, LF or a lone CR; blank lines carry nothing.
    // (Split on each byte in turn: a single-byte pattern is searched with memchr.)
    let all: Vec<&str> = input.split('\n').flat_map(|l| l.split('\r')).filter(|l| !l.trim().is_empty()).collect();
    let status = field(&all, "Status:").and_then(|v| leading_enhanced(v[0]).map(|(e, _)| e));
    // The reply itself: from a bounce's Diagnostic-Code, else the lines that start with a code,
    // else a code found inside prose.
    let diagnostic = field(&all, "Diagnostic-Code:").map(|mut v| {
        v[0] = strip_lead(diagnostic_type(v[0]));
        v
    });
    let mut reply: Vec<&str> = match &diagnostic {
        Some(v) => v.clone(),
        None => all.iter().map(|l| strip_lead(l)).filter(|l| line_code(l).is_some()).collect(),
    };
    if reply.iter().all(|l| line_code(l).is_none()) {
        reply = match all.iter().find_map(|l| find_inline(l.trim())) {
            Some(found) => vec![found],
            // A diagnostic in words only (Postfix's own): its text is still the explanation.
            None => diagnostic.unwrap_or_default(),
        };
    }
    let mut out = Explained::default();
    let first = reply.first().and_then(|l| line_code(l));
    out.basic = first.map(|(c, _)| c);
    out.enhanced = first.and_then(|(_, rest)| leading_enhanced(rest)).map(|(e, _)| e).or(status);

    // A reply of one line may be several lines flattened into one.
    let lines: Vec<&str> = match (reply.as_slice(), out.basic) {
        ([one], Some(code)) => unflatten(one, code, out.enhanced),
        _ => reply.iter().map(|l| l.trim()).collect(),
    };
    let mut texts = Vec::new();
    let mut codes_differ = false;
    for l in &lines {
        let mut rest = *l;
        if let Some((c, r)) = line_code(l) {
            codes_differ |= Some(c) != out.basic;
            rest = r.trim_start_matches(['-', ' ']);
            if let Some((e, r2)) = leading_enhanced(rest) {
                codes_differ |= Some(e) != out.enhanced;
                rest = r2;
            }
        }
        let t = rest.trim();
        if !t.is_empty() {
            texts.push(t);
        }
    }
    out.text = texts.join(" ");
    out.lines = lines.iter().map(|l| l.to_string()).collect();
    if let (Some(b), Some(Enhanced { class: Some(c), .. })) = (out.basic, out.enhanced) {
        if matches!(b / 100, 2 | 4 | 5) && u16::from(c) != b / 100 {
            out.warnings.push(Warning::ClassMismatch);
        }
    }
    if codes_differ {
        out.warnings.push(Warning::CodesDiffer);
    }
    out
}

/// The provider whose servers wrote the reply, by the marks they leave in it.
pub fn provider(input: &str) -> Option<&'static str> {
    const MARKS: &[(&str, &[&str])] = &[
        ("Google", &["gsmtp", "google.com", "gmail"]),
        ("Microsoft", &["outlook.com", "resolver.", "hotmail", "protection.outlook", "microsoft"]),
        ("Yahoo", &["yahoo", "verizonmedia", "aol.com", "[ts"]),
        ("Apple", &["icloud", "apple.com", "me.com"]),
    ];
    let lower = input.to_ascii_lowercase();
    if let Some((p, _)) = MARKS.iter().find(|(_, ms)| ms.iter().any(|m| lower.contains(m))) {
        return Some(p);
    }
    // Outlook.com's block reasons: `(S3140)`.
    let b = input.as_bytes();
    let s_reason = b.windows(3).enumerate().any(|(i, w)| {
        w[0] == b'(' && w[1] == b'S' && w[2].is_ascii_digit() && {
            let digits = b[i + 2..].iter().take_while(|c| c.is_ascii_digit()).count();
            (3..=5).contains(&digits) && b.get(i + 2 + digits) == Some(&b')')
        }
    });
    s_reason.then_some("Microsoft")
}

/// The catalog's provider tags, sorted, for looking a token up.
fn provider_tags() -> &'static [(&'static str, &'static ProviderCode)] {
    static TAGS: std::sync::OnceLock<Vec<(&'static str, &'static ProviderCode)>> = std::sync::OnceLock::new();
    TAGS.get_or_init(|| {
        let mut v: Vec<_> = catalog::PROVIDER_CODES
            .iter()
            .filter_map(|p| match p.key {
                ProviderKey::Tag(t) => Some((t, p)),
                ProviderKey::Range { .. } => None,
            })
            .collect();
        v.sort_unstable_by_key(|(t, _)| *t);
        v
    })
}

/// The catalog's provider tags that the text carries: in brackets or parentheses (`[TSS04]`,
/// `(S3140)`), or bare where the provider is already recognised (Yahoo's `dd`).
fn tags(input: &str, provider: Option<&str>) -> Vec<&'static ProviderCode> {
    let mut found: Vec<&'static ProviderCode> = Vec::new();
    let known = provider_tags();
    let b = input.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if i - start > 8 {
            continue;
        }
        // Tokens are ASCII, so these are character boundaries.
        let token = &input[start..i];
        let prev = if start > 0 { b[start - 1] } else { b' ' };
        let next = b.get(i).copied().unwrap_or(b' ');
        let bracketed = matches!((prev, next), (b'[', b']') | (b'(', b')'));
        let at = known.partition_point(|(t, _)| *t < token);
        for &(t, p) in &known[at..] {
            if t != token {
                break;
            }
            if (bracketed || provider == Some(p.provider)) && !found.iter().any(|f| std::ptr::eq(*f, p)) {
                found.push(p);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flattened_prefixes_only_split_on_the_same_code() {
        let parts = unflatten("550-5.7.26 a 550-5.7.26 b 550 5.7.26 c", 550, Enhanced::parse("5.7.26").ok());
        assert_eq!(parts, ["550-5.7.26 a", "550-5.7.26 b", "550 5.7.26 c"]);
        let parts = unflatten("550 5.2.2 message of 550 bytes", 550, Enhanced::parse("5.2.2").ok());
        assert_eq!(parts.len(), 1);
    }
}
