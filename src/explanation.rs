//! What someone pasted, explained: a reply, a bounce message, mail-log lines or an ESP's
//! notification. The top level describes the first failed recipient (else the first delayed one,
//! else the first), or the reply itself when no recipient is named; `recipients` lists them all.

use crate::bounce::{self, Recipient, Shape};
use crate::code::{Code, Enhanced};
use crate::entry::{self, Entry, Resolved, State};
use crate::reason::{Bounce, Reason};
use crate::reply::{self, Explained};

#[derive(Clone, Debug)]
pub struct Explanation {
    pub shape: Shape,
    /// The top level's reply, explained: its lines, text, provider, tags and warnings.
    pub reply: Explained,
    pub basic: Option<u16>,
    pub enhanced: Option<Enhanced>,
    pub reason: Option<Reason>,
    pub bounce: Option<Bounce>,
    pub recipients: Vec<Recipient>,
    /// The recipient the top level describes.
    pub lead: Option<usize>,
    /// The top level's codes, resolved like a `code` attribute.
    pub resolved: Resolved,
    /// The provider's tags found in the reply, as entries.
    pub tags: Vec<Entry>,
}

/// Explains text (a reply, a bounce, log lines, a notification).
pub fn explain(input: &str) -> Explanation {
    explain_bytes(input.as_bytes())
}

/// Explains raw bytes, as a `.eml` file holds them (charsets are decoded per MIME part).
pub fn explain_bytes(input: &[u8]) -> Explanation {
    let report = bounce::read(input);
    let (lead, top, mut explained) = match lead(&report.recipients) {
        Some(i) => (Some(i), report.recipients[i].clone(), reply::explain(&report.recipients[i].reply)),
        None => {
            let (r, e) = bounce::read_reply(&String::from_utf8_lossy(input));
            (None, r, e)
        }
    };
    // The bounce reader finds codes in more shapes than a reply line (`(#5.1.1)`, `Status:`), and
    // words where there is no reply line (an MTA's own diagnostic).
    explained.basic = top.basic;
    explained.enhanced = top.enhanced;
    if explained.text.is_empty() {
        explained.text = top.text.clone();
    }
    let code = match (top.basic, top.enhanced) {
        (Some(b), Some(x)) => Some(Code::Both(b, x)),
        (Some(b), None) => Some(Code::Basic(b)),
        (None, x) => x.map(Code::Enhanced),
    };
    let resolved = code.map_or_else(|| entry::resolve(""), entry::resolve_code);
    let tags = explained.tags.iter().map(|p| Entry::provider(p, p.label())).collect();
    Explanation {
        shape: report.shape,
        basic: top.basic,
        enhanced: top.enhanced,
        reason: top.reason,
        bounce: top.bounce,
        reply: explained,
        recipients: report.recipients,
        lead,
        resolved,
        tags,
    }
}

/// The first failed recipient, else the first delayed one, else the first.
fn lead(rs: &[Recipient]) -> Option<usize> {
    let failed = |r: &&Recipient| r.bounce.is_some() && r.action.as_deref() != Some("delayed");
    rs.iter().position(|r| failed(&r)).or_else(|| rs.iter().position(|r| r.bounce.is_some())).or(if rs.is_empty() {
        None
    } else {
        Some(0)
    })
}

impl Explanation {
    /// `550 5.7.26`, `550` or `5.1.1`: the top level's codes.
    pub fn code(&self) -> &str {
        &self.resolved.code
    }

    /// Ready when something was understood: a known code, or recipients with a reason. Text with
    /// neither is not a reply: invalid.
    pub fn state(&self) -> State {
        match self.resolved.state {
            State::Empty if !self.recipients.is_empty() => State::Ready,
            State::Empty => State::Invalid,
            s => s,
        }
    }

    pub fn basic_entry(&self) -> Option<&Entry> {
        self.resolved.entries.iter().find(|e| e.kind == entry::Kind::Basic)
    }

    pub fn enhanced_entry(&self) -> Option<&Entry> {
        self.resolved.entries.iter().find(|e| e.kind != entry::Kind::Basic)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_reply_has_a_reason_and_no_recipients() {
        let e = explain("550 5.1.1 <a@example.com>: Recipient address rejected: User unknown in local recipient table");
        assert_eq!((e.shape, e.recipients.len()), (Shape::Reply, 0));
        assert_eq!((e.reason, e.bounce), (Some(Reason::UserUnknown), Some(Bounce::Hard)));
        assert_eq!(e.code(), "550 5.1.1");
        let e = explain("hello there");
        assert_eq!((e.reason, e.bounce, e.state()), (None, None, State::Invalid));
        let e = explain("250 2.0.0 Ok: queued as 4F3A2");
        assert_eq!((e.reason, e.bounce), (Some(Reason::Delivered), None));
    }

    #[test]
    fn the_text_wins_over_a_generic_code() {
        let e = explain("550 5.1.1 <a@example.com> - 203.0.113.7 has sent to too many recipients this hour.");
        assert_eq!((e.reason, e.bounce), (Some(Reason::Speeding), Some(Bounce::Soft)));
    }

    #[test]
    fn log_lines_give_a_recipient_each_and_lead_with_the_failure() {
        let log = "Jul  1 12:00:00 mx postfix/smtp[1]: A1: to=<ok@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.1]:25: Connection timed out)\n\
                   Jul  1 12:00:01 mx postfix/smtp[1]: A2: to=<gone@example.org>, relay=mx.example.org[192.0.2.2]:25, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.2] said: 550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))";
        let e = explain(log);
        assert_eq!(e.shape, Shape::Log);
        assert_eq!(e.recipients.len(), 2);
        assert_eq!(e.lead, Some(1));
        assert_eq!((e.reason, e.bounce), (Some(Reason::UserUnknown), Some(Bounce::Hard)));
        assert_eq!(e.recipients[0].reason, Some(Reason::Expired));
        assert_eq!(e.recipients[0].action.as_deref(), Some("delayed"));
    }
}
