//! The codes of a reply as bounces quote it: `550 5.1.1 …`, `554 554 5.7.0 …` (the code twice),
//! `550 … (#5.1.1)` (qmail), `5.2.2 <a@b>... Mailbox Full` (no basic code), `ResponseCode 421`,
//! `550, ERROR_CODE :5.1.1` (Zoho). Every search looks at a few bytes per position: linear.

use crate::code::Enhanced;

fn ends_with_word(s: &str, w: &str) -> bool {
    s.len() >= w.len() && s.is_char_boundary(s.len() - w.len()) && s[s.len() - w.len()..].eq_ignore_ascii_case(w)
}

/// A three-digit reply code that starts `s` (`550 `, `550-`, `550` at the end).
pub fn reply_code(s: &str) -> Option<u16> {
    let b = s.as_bytes();
    if b.len() < 3 || !b[..3].iter().all(u8::is_ascii_digit) || !(b'2'..=b'5').contains(&b[0]) {
        return None;
    }
    if b.len() > 3 && !matches!(b[3], b' ' | b'-' | b'\t' | b'.' | b',' | b')' | b'\'' | b'"' | b']' | b';' | b':') {
        return None;
    }
    // `203.0.113.7`, `250.5`: an address or a number, not a code.
    if b.len() > 4 && b[3] == b'.' && b[4].is_ascii_digit() {
        return None;
    }
    s[..3].parse().ok()
}

/// Where a reply starts in a line of a bounce: after echo marks (`<<<`), `said:`, `returned '`,
/// `(reason:` and the like, or at the first code that an enhanced code follows.
pub fn reply_in(line: &str) -> Option<(usize, u16)> {
    let t = line.trim_start();
    let lead = line.len() - t.len();
    // `>>> RCPT TO:<a@b>` is what the client sent; `<<< 550 …` what the server answered.
    if t.starts_with(">>>") || t.starts_with("->") {
        return None;
    }
    let stripped = t.trim_start_matches(['<', ' ', '(', '#', '"', '\'', '[']);
    let off = lead + (t.len() - stripped.len());
    if let Some(c) = reply_code(stripped) {
        return Some((off, c));
    }
    // Inside prose: the first code after a colon, `said`, a quote or `#`, or followed by an enhanced code.
    let b = line.as_bytes();
    for i in 1..b.len().saturating_sub(2) {
        if !b[i].is_ascii_digit() || b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'.' || b[i - 1] == b'-' {
            continue;
        }
        let Some(code) = line.get(i..).and_then(reply_code) else { continue };
        let before = line[..i].trim_end();
        // `[2606:2800:220:6d…]`: a colon inside an IPv6 address marks nothing.
        if b[i - 1] == b':' && i >= 2 && b[i - 2].is_ascii_hexdigit() {
            continue;
        }
        let marked = before.ends_with([':', '\'', '"', '#', '(', '[', ','])
            || ends_with_word(before, "said")
            || ends_with_word(before, "code")
            || ends_with_word(before, "responsecode");
        let enhanced_follows = line
            .get(i + 4..)
            .is_some_and(|r| crate::code::Enhanced::parse(first_token(r)).is_ok_and(|e| e.class.is_some()));
        if marked || enhanced_follows {
            return Some((i, code));
        }
    }
    None
}

/// The code-like token at the start of `s` (`5.1.1` in `5.1.1 User unknown`), at most 16 bytes
/// looked at: a code is at most 11 long, and a bounded look keeps every scan linear.
pub fn first_token(s: &str) -> &str {
    let s = s.trim_start_matches(' ');
    let end = s.bytes().take(16).position(|c| !(c.is_ascii_alphanumeric() || c == b'.')).unwrap_or(s.len().min(16));
    s[..end].trim_end_matches('.')
}

/// An enhanced code in prose, where no basic code goes with it: qmail's `(#5.1.1)`, `Status: 5.1.1`,
/// `#550 5.1.1` has a basic code and is found by `reply_in`.
pub fn bare_enhanced(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    for i in 0..b.len().saturating_sub(4) {
        if !(matches!(b[i], b'2' | b'4' | b'5') && b[i + 1] == b'.') {
            continue;
        }
        if i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'.') {
            continue;
        }
        let tok = first_token(&line[i..]);
        if tok.len() >= 5 && crate::code::Enhanced::parse(tok).is_ok() {
            // A version number or a date (`2.4.1 build`, `4.1.2021`) is not a status: require a mark.
            let before = line[..i].trim_end();
            if before.ends_with('#')
                || before.ends_with('(')
                || before.ends_with(':')
                || before.ends_with('[')
                || i == 0
                || line[i + tok.len()..].starts_with(')')
            {
                return Some(i);
            }
        }
    }
    None
}

/// The basic and the enhanced code of a quoted reply. The enhanced code that follows the basic
/// one wins; else one marked in the text (`#5.1.1`, `(5.7.1)`, `: 5.7.1`). When the reply is a
/// sender's summary that it expired (X.4.7) and quotes the remote server's reply (`<421 4.4.2 …>`),
/// the quoted reply is the real problem, as RFC 3463 asks of X.4.7.
pub fn find(reply: &str) -> (Option<u16>, Option<Enhanced>) {
    let (basic, enhanced) = direct(reply);
    if let Some(Enhanced { subject: 4, detail: 7, .. }) = enhanced {
        if let Some(p) = reply.find('<') {
            let (b, e) = direct(&reply[p + 1..]);
            if b.is_some() && e.is_some() {
                return (b, e);
            }
        }
    }
    (basic, enhanced)
}

fn direct(reply: &str) -> (Option<u16>, Option<Enhanced>) {
    let (basic, after) = match reply_in(reply) {
        Some((at, code)) => {
            let mut rest = &reply[at + 3..];
            // `554 554 5.7.0`: the code written twice.
            let again = rest.trim_start_matches([' ', '-']);
            if again.starts_with(&reply[at..at + 3]) && reply_code(again).is_some() {
                rest = &again[3..];
            }
            (Some(code), rest)
        }
        None => (None, reply),
    };
    let next = first_token(after.trim_start_matches([' ', '-', ',', ':', '#']));
    let mut enhanced = Enhanced::parse(next).ok().filter(|e| e.class.is_some());
    if enhanced.is_none() {
        enhanced = bare_enhanced(reply).and_then(|at| Enhanced::parse(first_token(&reply[at..])).ok());
    }
    (basic, enhanced)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(s: &str) -> (Option<u16>, Option<String>) {
        let (b, e) = find(s);
        (b, e.map(|e| e.to_string()))
    }

    #[test]
    fn quoted_replies() {
        assert_eq!(codes("550 5.1.1 <a@b>... User unknown"), (Some(550), Some("5.1.1".into())));
        assert_eq!(codes("554 554 5.7.0 Header error (state 18)."), (Some(554), Some("5.7.0".into())));
        assert_eq!(
            codes("550 sorry, no mailbox here by that name (#5.1.1 - chkusr)"),
            (Some(550), Some("5.1.1".into()))
        );
        assert_eq!(codes("5.2.2 <a@b>... Mailbox Full"), (None, Some("5.2.2".into())));
        assert_eq!(codes("550, ERROR_CODE :5.2.1 <a@b>... User Unknown"), (Some(550), Some("5.2.1".into())));
        assert_eq!(codes("[Status: Error, Address: , ResponseCode 421, , Host not reachable.]"), (Some(421), None));
        assert_eq!(
            codes("554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>"),
            (Some(421), Some("4.4.2".into()))
        );
        assert_eq!(codes("Delivered in 2.5.10 seconds at 12:550"), (None, None));
    }
}
