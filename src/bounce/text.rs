//! The human-readable part of a bounce, as the MTAs that send no DSN (or an unhelpful one) write
//! it: qmail's `<addr>:` paragraphs, Exim's indented address and `SMTP error from remote mail
//! server after RCPT TO`, Sendmail's `----- The following addresses had permanent fatal errors`
//! and `... while talking to` transcript, Postfix's `<addr>: host … said:`, Exchange's `addr on
//! <date>` and `Remote Server returned '…'`, Gmail's indented address, and the like.
//!
//! The layouts share one shape, so one reader serves them all: a line that names a recipient
//! starts a block, and the block's lines up to the next recipient say why it failed. In the block,
//! the reply that failed is the first 4xx or 5xx reply that is not an echo of a command; a session
//! transcript (`220 … ESMTP`, `354 Enter mail`) is context.

use super::address;
use super::codes::{bare_enhanced, reply_code, reply_in};
use crate::reason::Command;
use std::collections::{HashMap, HashSet};

/// What the text says of one recipient.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Block {
    pub address: String,
    /// The failed reply (`550 5.1.1 …`, continuation lines joined), else the block's words.
    pub diagnostic: String,
    /// Whether `diagnostic` holds a reply with a code.
    pub has_reply: bool,
    pub remote_host: Option<String>,
    /// The words of the block around the reply (for the reason).
    pub context: String,
    /// The command the reply answered, where the block says.
    pub command: Option<Command>,
}

/// Lines that start the returned message in plain-text bounces; what follows is not the report.
fn ends_report(line: &str) -> bool {
    // Separators are short lines; a long one is text.
    if line.len() > 100 {
        return false;
    }
    let l = line.trim().to_ascii_lowercase();
    let decorated = l.starts_with("--") || l.starts_with("==") || l.starts_with("**") || l.ends_with(':');
    // Only a decorated line is searched for the phrases (most lines are not).
    let phrase = || {
        [
            "below this line is a copy of the message", "this is a copy of the message", "original message",
            "unsent message below", "unsent message follows", "message header follows",
            "header of the original message", "headers of the original message", "original message header",
            "returned message", "copy of the original", "original mail", "the text you sent follows",
            "original-message", "message headers follow", "this is the original message",
        ]
        .iter()
        .any(|p| l.contains(p))
    };
    // Whole lines that say the returned message follows.
    let said = l.trim_end_matches(['.', ':', ' ']);
    let whole = [
        "message headers follow", "original message follows", "original message headers",
        "headers of your message follow", "the original message follows", "your message reads (in part)",
        "copy of the message follows",
    ]
    .contains(&said);
    (decorated && phrase())
        || whole
        || l.starts_with("--- below this line is a copy")
        || l == "original message headers:"
        || l.starts_with("------ this is a copy of the message")
}

/// A header field line of a returned message (`Received: from …`), by its name.
fn returned_field(line: &str) -> bool {
    const NAMES: &[&str] = &[
        "return-path:", "received:", "dkim-signature:", "message-id:", "date:", "from:", "to:", "subject:",
        "mime-version:", "x-mailer:", "content-type:", "arc-seal:", "x-received:", "delivered-to:",
    ];
    let l = line.as_bytes();
    NAMES.iter().any(|n| l.len() >= n.len() && l[..n.len()].eq_ignore_ascii_case(n.as_bytes()))
}

/// The report's lines: up to the returned message, whose start is a separator line or a run of
/// header fields.
pub fn report_lines(text: &str) -> Vec<&str> {
    let lines: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    let mut end = lines.len();
    for (i, l) in lines.iter().enumerate() {
        if ends_report(l) {
            end = i;
            break;
        }
        // Three fields in a row, beginning with one that starts a message.
        if returned_field(l)
            && lines[i..].iter().take(3).filter(|x| returned_field(x) || x.starts_with([' ', '\t'])).count() == 3
        {
            let first = l.to_ascii_lowercase();
            if first.starts_with("return-path:")
                || first.starts_with("received:")
                || first.starts_with("dkim-signature:")
                || first.starts_with("message-id:")
                || first.starts_with("from:")
            {
                end = i;
                break;
            }
        }
    }
    lines[..end].to_vec()
}

/// The recipient a line names, if the line is about one: the address starts it (`<a@b>:`,
/// `a@b on <date>`, `  a@b`), and it is not an echo of a command or a reply.
fn anchor(line: &str) -> Option<(String, String)> {
    let t = line.trim();
    if t.is_empty()
        || reply_code(t.trim_start_matches(['<', '('])).is_some()
        || t.starts_with(">>>")
        || t.starts_with("<<<")
    {
        return None;
    }
    let (start, end) = address::all(t).next()?;
    let lead = t[..start].trim_end().trim_end_matches(['<', '"', '\'', '(']).trim_end();
    let lead_ok = lead.is_empty() || matches!(lead, "*" | "-" | "<<" | ">") || label(lead);
    if !lead_ok {
        return None;
    }
    let rest = t[end..].trim_start_matches(['>', '"', '\'']);
    // What may follow the address on a recipient line.
    let r = rest.trim_start().to_ascii_lowercase();
    let rest_ok = r.is_empty()
        || [
            "...", ":", "on ", "(expanded from", "(generated from", "<mailto:", ",", "- ", "(", "[", "failed", "is ",
            "for ", "was ", "has ", "could ", "does ", "did ", "because",
        ]
        .iter()
        .any(|p| r.starts_with(p))
        || reply_in(rest).is_some()
        || bare_enhanced(rest).is_some();
    if !rest_ok {
        return None;
    }
    // A label before the address (`Unknown user:`) says something about the recipient too.
    let rest = rest.trim_start_matches(':').trim();
    let said = if lead.is_empty() { rest.to_string() } else { format!("{lead} {rest}") };
    Some((address::normal(&t[start..end]), said))
}

/// A short label that ends in a colon before an address on a recipient line (`Unknown user:`,
/// `Failed recipient:`), but not a header field of the returned message (`To:`, `From:`).
fn label(lead: &str) -> bool {
    let Some(words) = lead.strip_suffix(':') else { return false };
    let lower = words.trim().to_ascii_lowercase();
    let fields = [
        "to", "from", "cc", "bcc", "reply-to", "sender", "return-path", "x-original-to", "delivered-to", "envelope-to",
        "resent-to", "mail from", "rcpt to", "message-id", "in-reply-to", "references",
    ];
    !lower.is_empty() && words.split_whitespace().count() <= 5 && words.len() <= 48 && !fields.contains(&lower.as_str())
}

/// Host names that a block names as the remote server: `host mx.example.com[192.0.2.1]`,
/// `while talking to mx.example.com.`, `by mx.example.com. [192.0.2.1]`.
pub fn remote_host(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    for mark in ["while talking to ", "host ", "remote host ", "by ", "server "] {
        let mut from = 0;
        while let Some(p) = lower[from..].find(mark) {
            let at = from + p + mark.len();
            from = at;
            if at > mark.len() && lower.as_bytes()[at - mark.len() - 1].is_ascii_alphanumeric() {
                continue;
            }
            let tok: String =
                text[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')).collect();
            let tok = tok.trim_end_matches('.');
            if tok.contains('.') && tok.chars().any(|c| c.is_ascii_alphabetic()) && !tok.contains('@') && tok.len() > 3
            {
                return Some(tok.to_ascii_lowercase());
            }
        }
    }
    None
}

/// The failed reply in a block's lines: its start line and the reply with the lines that
/// continue it (`550-…` lines, and wrapped text up to a blank line or the next reply).
fn failed_reply(lines: &[&str]) -> Option<(usize, String)> {
    let mut found: Option<(usize, usize)> = None;
    for (i, l) in lines.iter().enumerate() {
        if let Some((at, code)) = reply_in(l) {
            if code >= 400 {
                found = Some((i, at));
                break;
            }
        }
    }
    let Some((i, at)) = found else {
        // A status without a reply code (qmail's `… (#5.1.2)`): the paragraph around it is the
        // diagnostic, the words before the status included.
        let i = lines.iter().position(|l| bare_enhanced(l).is_some())?;
        let start = lines[..i].iter().rposition(|l| l.trim().is_empty()).map_or(0, |p| p + 1);
        let end = lines[i..].iter().position(|l| l.trim().is_empty()).map_or(lines.len(), |p| i + p);
        let para: Vec<&str> = lines[start..end].iter().map(|l| l.trim()).collect();
        return Some((i, para.join(" ")));
    };
    let mut reply = lines[i][at..].trim().trim_end_matches('\'').to_string();
    for (j, l) in lines.iter().enumerate().skip(i + 1) {
        let t = l.trim();
        if t.is_empty()
            || t.starts_with(">>>")
            || t.starts_with("<<<")
            || t.starts_with("...")
            || (!l.starts_with([' ', '\t']) && anchor(l).is_some())
        {
            break;
        }
        // A new reply of another code is another answer; the same code continues (`550-` lines).
        if let Some((_, c)) = reply_in(l).filter(|(a, _)| *a <= l.len() - t.len() + 1) {
            if Some(c) != reply_code(&reply) {
                break;
            }
        }
        // An unindented line without a code continues the reply where it is an annotation
        // (`[RCPT_TO]`), or where the line before it was wrapped: long, mid-sentence, and this
        // one goes on in lower case. MTAs indent their own continuations.
        let annotation = t.starts_with(['[', '(']);
        let wrapped =
            lines[j - 1].len() >= 64 && !reply.ends_with(['.', '!', '?']) && t.starts_with(|c: char| c.is_lowercase());
        if !l.starts_with([' ', '\t']) && reply_code(t).is_none() && !annotation && !wrapped {
            break;
        }
        reply.push(' ');
        reply.push_str(t.trim_end_matches('\''));
        if reply.len() > 2000 {
            break;
        }
    }
    Some((i, unbalanced_close(&reply).to_string()))
}

/// `s` without the closing parentheses at its end that close nothing in it: those of the MTA's
/// text around the reply (`(… said: 550 …)`), not the reply's own `(in reply to RCPT TO command)`.
fn unbalanced_close(s: &str) -> &str {
    let mut depth = s.bytes().fold(0i32, |d, b| match b {
        b'(' => d + 1,
        b')' => d - 1,
        _ => d,
    });
    let mut s = s.trim_end();
    while depth < 0 && s.ends_with(')') {
        s = s[..s.len() - 1].trim_end().trim_end_matches('\'');
        depth += 1;
    }
    s
}

/// The first `n` bytes of `s`, cut back to a character boundary.
fn clip(s: &str, n: usize) -> &str {
    let mut n = n.min(s.len());
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    &s[..n]
}

/// The blocks of a report, in order; an address named twice keeps its first block, with the
/// lines of the second added to it.
pub fn blocks(lines: &[&str]) -> Vec<Block> {
    let mut starts: Vec<(usize, String, String)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if let Some((a, rest)) = anchor(l) {
            // An indented line that names the block's own address again continues it (Postfix
            // wraps `<a@b>: host … said: 550 5.2.1` onto `    <a@b>... User Unknown`).
            let continues = l.starts_with([' ', '\t'])
                && i > 0
                && !lines[i - 1].trim().is_empty()
                && starts.last().is_some_and(|(_, prev, _)| *prev == a);
            if !continues {
                starts.push((i, a, rest));
            }
        }
    }
    let mut out: Vec<Block> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (n, (i, addr, rest)) in starts.iter().enumerate() {
        let end = starts.get(n + 1).map_or(lines.len(), |s| s.0);
        let mut body: Vec<&str> = Vec::with_capacity(end - i);
        if !rest.is_empty() {
            body.push(rest.as_str());
        }
        body.extend(&lines[i + 1..end]);
        // The words before the first recipient (Exim's "permanent error") are context for all.
        let context = body.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ");
        let reply = failed_reply(&body);
        let command = reply.as_ref().and_then(|(at, r)| Command::find(&body[..*at].join("\n"), r));
        let block = Block {
            address: addr.clone(),
            has_reply: reply.is_some(),
            command,
            diagnostic: reply.map(|(_, r)| r).unwrap_or_else(|| clip(&context, 600).to_string()),
            remote_host: remote_host(&context),
            context: clip(&context, 2000).to_string(),
        };
        match seen.get(&block.address) {
            Some(&k) => {
                let b = &mut out[k];
                if !b.has_reply && block.has_reply {
                    b.diagnostic = block.diagnostic;
                    b.has_reply = true;
                    b.command = block.command;
                    b.remote_host = b.remote_host.take().or(block.remote_host);
                }
            }
            None => {
                seen.insert(block.address.clone(), out.len());
                out.push(block);
            }
        }
    }
    out
}

/// The failed reply anywhere in the report, for bounces that name no recipient in their text.
pub fn any_reply(lines: &[&str]) -> Option<(String, Option<Command>)> {
    let (at, reply) = failed_reply(lines)?;
    let command = Command::find(&lines[..at].join("\n"), &reply);
    Some((reply, command))
}

/// The recipients of the returned message as a plain-text bounce quotes it after the report
/// (`Original Message:` … `To: 0000000000@vzwpix.com`): its first `To:` line.
pub fn quoted_to(text: &str) -> Vec<String> {
    let report = report_lines(text).len();
    text.split('\n')
        .skip(report)
        .map(|l| l.trim())
        .find(|l| l.len() > 3 && l.as_bytes()[..3].eq_ignore_ascii_case(b"to:"))
        .map(|l| address::all(l).map(|(a, b)| address::normal(&l[a..b])).collect())
        .unwrap_or_default()
}

/// The addresses a report's prose names (`There was an error delivering your mail to <a@b>.`),
/// but for the ones in `skip` (the bounce's own sender and recipient) and mailer daemons.
pub fn prose_addresses(lines: &[&str], skip: &[&str]) -> Vec<String> {
    let skip: Vec<String> = skip.iter().flat_map(|s| address::all(s).map(|(a, b)| address::normal(&s[a..b]))).collect();
    let mut v: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for l in lines {
        for (a, b) in address::all(l) {
            let addr = address::normal(&l[a..b]);
            let lower = addr.to_ascii_lowercase();
            if skip.iter().any(|s| s.eq_ignore_ascii_case(&addr))
                || lower.starts_with("mailer-daemon@")
                || lower.starts_with("postmaster@")
                || !seen.insert(addr.clone())
            {
                continue;
            }
            v.push(addr);
        }
    }
    v
}

/// A line that names an address as the recipient (`RCPT TO:<a@b>`), for reports whose only
/// mention of the recipient is in the transcript.
pub fn rcpt_addresses(lines: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for l in lines {
        let lower = l.to_ascii_lowercase();
        if let Some(p) = lower.find("rcpt to:") {
            if let Some(a) = address::first(&l[p..]) {
                let a = address::normal(a);
                if seen.insert(a.clone()) {
                    v.push(a);
                }
            }
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Block {
        let lines = report_lines(text);
        let b = blocks(&lines);
        assert_eq!(b.len(), 1, "{b:?}");
        b.into_iter().next().unwrap()
    }

    #[test]
    fn qmail() {
        let b = one("Hi. This is the qmail-send program at a.example.\n\n<u@example.jp>:\n192.0.2.153 does not like recipient.\nRemote host said: 550 5.1.1 <u@example.jp>... User Unknown\nGiving up on 192.0.2.153.\n\n--- Below this line is a copy of the message.\n\nTo: x@example.com\n");
        assert_eq!(b.address, "u@example.jp");
        assert_eq!(b.diagnostic, "550 5.1.1 <u@example.jp>... User Unknown");
    }

    #[test]
    fn exim() {
        let b = one("The following address(es) failed:\n\n  kijitora@example.or.jp\n    SMTP error from remote mail server after end of data:\n    host mx.example.jp [192.0.2.20]: 554 5.7.0 Header error\n\n------ This is a copy of the message, including all the headers. ------\n");
        assert_eq!(b.diagnostic, "554 5.7.0 Header error");
        assert_eq!(b.remote_host.as_deref(), Some("mx.example.jp"));
    }

    #[test]
    fn sendmail_transcript_picks_the_failure() {
        let b = one("   ----- The following addresses had permanent fatal errors -----\n<u@example.jp>\n    (reason: 550 5.1.1 <u@example.jp>... User Unknown)\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.jp.:\n>>> DATA\n<<< 550 5.1.1 <u@example.jp>... User Unknown\n<<< 503 5.0.0 Need RCPT (recipient)\n");
        assert_eq!(b.diagnostic, "550 5.1.1 <u@example.jp>... User Unknown");
    }

    #[test]
    fn the_reply_keeps_its_own_parentheses() {
        let b = one("This is the mail system at host mx.example.org.\n\n<u@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1\n    <u@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO\n    command)\n");
        assert!(b.diagnostic.ends_with("(in reply to RCPT TO command)"), "{}", b.diagnostic);
        assert_eq!(unbalanced_close("(reason: 550 5.1.1 User Unknown)"), "(reason: 550 5.1.1 User Unknown)");
        assert_eq!(unbalanced_close("550 5.1.1 User Unknown (mailbox)')"), "550 5.1.1 User Unknown (mailbox)");
    }
}
