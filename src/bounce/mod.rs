//! Reading what people paste when mail failed: a bounce message (RFC 3464 DSNs and the plain-text
//! layouts of real MTAs, any MIME structure and transfer encoding), mail-log lines, or an Amazon SES
//! notification. Each recipient comes out with its address, codes, the server's words, the remote
//! host, a reason and a verdict. Plain Rust, linear in the input, never panics.

pub mod address;
mod codes;
pub mod decode;
mod dsn;
mod json;
mod log;
mod mime;
mod ses;
mod text;

use crate::code::Enhanced;
use crate::reason::{self, Bounce, Command, Evidence, Reason};
use crate::reply;
use std::collections::HashMap;

/// What the input was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A reply or replies, with no recipient named.
    Reply,
    /// A bounce message.
    Message,
    /// Mail-log lines.
    Log,
    /// An ESP's notification (Amazon SES JSON).
    Notification,
}

/// One recipient of a bounce and what happened to it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Recipient {
    pub address: String,
    pub basic: Option<u16>,
    pub enhanced: Option<Enhanced>,
    /// The reply as the report gives it (`550 5.1.1 <a@b>... User unknown`), for explaining.
    pub reply: String,
    /// The server's words without the codes.
    pub text: String,
    pub remote_host: Option<String>,
    /// `failed`, `delayed`, `delivered`, `relayed`, `expanded` (RFC 3464), where known.
    pub action: Option<String>,
    pub reason: Option<Reason>,
    pub bounce: Option<Bounce>,
}

#[derive(Clone, Debug)]
pub struct Report {
    pub shape: Shape,
    pub recipients: Vec<Recipient>,
}

/// How much of a report's words go with each recipient as context: enough for the reason.
const CONTEXT: usize = 4000;

/// A reply on its own (no recipient named): its codes, reason and verdict. Text with no code
/// has no reason.
pub fn read_reply(text: &str) -> (Recipient, reply::Explained) {
    let (mut r, explained) = finish_explained(Found { reply: text.trim().to_string(), ..Found::default() }, true);
    if r.basic.is_none() && r.enhanced.is_none() {
        r.reason = None;
        r.bounce = None;
    }
    (r, explained)
}

/// A mail-log line that reports a delivery, a deferral or a bounce, for streaming a whole log
/// (`smtp-code log`): its action is known at once, its recipient read only when asked for.
pub struct LogLine<'a> {
    line: &'a str,
    format: log::Format,
    /// `failed`, `delayed` or `delivered`.
    pub action: &'static str,
}

impl LogLine<'_> {
    /// The recipient, its reason and verdict.
    pub fn recipient(&self) -> Option<Recipient> {
        log::found(self.line, self.format, self.action).map(finish)
    }
}

/// A mail-log line, if it reports a delivery, a deferral or a bounce.
pub fn log_line(line: &str) -> Option<LogLine<'_>> {
    log::kind(line).map(|(format, action)| LogLine { line, format, action })
}

/// Reads a bounce, log lines or a notification; anything else is a reply (`Shape::Reply`, no
/// recipients) for `reply::explain`.
pub fn read(input: &[u8]) -> Report {
    let head = String::from_utf8_lossy(&input[..input.len().min(4096)]);
    if head.trim_start().starts_with('{') {
        if let Some(found) = ses::read(&String::from_utf8_lossy(input)) {
            return Report { shape: Shape::Notification, recipients: found.into_iter().map(finish).collect() };
        }
    }
    // Log lines: every line that reports a delivery, a deferral or a bounce. A message (it starts
    // with header fields) is never read as a log, and text without a log's marks is not searched.
    if mime::Headers::parse(input).0 .0.is_empty() {
        let text = String::from_utf8_lossy(input);
        if log::MARKS.iter().any(|m| text.contains(m)) {
            let logged: Vec<Found> = text.lines().filter_map(log::line).collect();
            if !logged.is_empty() {
                return Report { shape: Shape::Log, recipients: logged.into_iter().map(finish).collect() };
            }
        }
    }
    let (shape, found) = message(input);
    if found.is_empty() {
        return Report { shape: Shape::Reply, recipients: Vec::new() };
    }
    Report { shape, recipients: found.into_iter().map(finish).collect() }
}

/// What the input says of one recipient, before its codes, reason and verdict are worked out.
#[derive(Clone, Debug, Default)]
pub(crate) struct Found {
    address: String,
    reply: String,
    status: Option<String>,
    action: Option<String>,
    remote_host: Option<String>,
    diagnostic_type: Option<String>,
    command: Option<Command>,
    context: String,
}

/// How much of a reply the reason is read from: servers say why in the first lines, and a bound
/// keeps a pasted megabyte cheap.
const WORDS: usize = 8 * 1024;

fn finish(f: Found) -> Recipient {
    finish_explained(f, false).0
}

/// A recipient, and its reply explained (what the top level of an explanation shows; `full` looks
/// for the provider and its tags as well).
fn finish_explained(f: Found, full: bool) -> (Recipient, reply::Explained) {
    let (basic, quoted) = codes::find(&f.reply);
    let status = f.status.as_deref().and_then(|s| Enhanced::parse(codes::first_token(s)).ok());
    let enhanced = match (quoted, status) {
        // A generic code says less than a specific one.
        (Some(e), Some(s)) if e.detail == 0 && s.detail != 0 => Some(s),
        (Some(e), _) => Some(e),
        (None, s) => s,
    };
    let explained = if full { reply::explain(&f.reply) } else { reply::read(&f.reply) };
    let coded = explained.basic.is_some() || explained.enhanced.is_some();
    let text = if coded { explained.text.clone() } else { f.reply.split_whitespace().collect::<Vec<_>>().join(" ") };
    // The words to read: the server's, and what the reporting MTA wrote before the reply on its
    // line (`host mx refused to talk to me: 421 …`); the codes inside a flattened reply go.
    let lead = codes::reply_in(&f.reply).map_or("", |(at, _)| &f.reply[..at]);
    let said = if coded { format!("{} {}", clip(lead, WORDS), clip(&text, WORDS)) } else { clip(&text, WORDS) };
    let ev = Evidence {
        basic,
        enhanced,
        text: &text,
        reply: &said,
        context: &f.context,
        action: f.action.as_deref(),
        command: f.command.or_else(|| Command::find("", &said)),
        diagnostic_type: f.diagnostic_type.as_deref(),
        address: &f.address,
    };
    let reason = reason::classify(&ev);
    let bounce = reason::verdict(reason, ev.class());
    let r = Recipient {
        address: f.address,
        basic,
        enhanced,
        reply: f.reply,
        text,
        remote_host: f.remote_host,
        action: f.action,
        reason: Some(reason),
        bounce,
    };
    (r, explained)
}

/// The first `n` bytes of `s` or fewer, cut at a character boundary.
fn clip(s: &str, n: usize) -> String {
    let mut n = n.min(s.len());
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    s[..n].to_string()
}

fn message(input: &[u8]) -> (Shape, Vec<Found>) {
    let m = mime::parse(input);
    // An SES notification that came by email.
    for t in &m.texts {
        if t.contains("\"notificationType\"") || t.contains("\"eventType\"") {
            if let Some(found) = ses::read(t) {
                return (Shape::Notification, found);
            }
        }
    }
    let mut groups: Vec<dsn::Fields> = m.reports.iter().flat_map(|r| dsn::parse(r)).collect();
    if groups.is_empty() {
        // DSN fields written into the text, or pasted on their own.
        for t in &m.texts {
            let lower = t.to_ascii_lowercase();
            if lower.contains("final-recipient:") || lower.contains("original-recipient:") {
                groups.extend(dsn::parse(t));
            }
        }
        if groups.is_empty() && m.headers.get("final-recipient").is_some() {
            let fields: String = m.headers.0.iter().map(|(n, v)| format!("{n}: {v}\n")).collect();
            groups.extend(dsn::parse(&fields));
        }
    }
    let lines: Vec<&str> = m.texts.iter().flat_map(|t| text::report_lines(t)).collect();
    let blocks = text::blocks(&lines);
    let all_context = clip(&lines.join(" "), CONTEXT);

    if !groups.is_empty() {
        let by_address: HashMap<String, &text::Block> =
            blocks.iter().map(|b| (b.address.to_ascii_lowercase(), b)).collect();
        let found = groups
            .iter()
            .filter_map(|g| {
                let address = address::normal(g.address()?);
                let block = by_address.get(&address.to_ascii_lowercase()).copied().or_else(|| {
                    let original = address::normal(g.original_recipient.as_deref()?);
                    by_address.get(&original.to_ascii_lowercase()).copied()
                });
                let diag = g.diagnostic.clone().unwrap_or_default();
                let diag_has_code = codes::find(&diag).0.is_some();
                // The block's reply where the DSN's has no code, or was cut short (Sendmail
                // writes only the first line of a multi-line reply into Diagnostic-Code).
                let fuller = |b: &text::Block| {
                    b.diagnostic.len() > diag.len() + 8 && codes::find(&b.diagnostic).0 == codes::find(&diag).0
                };
                let (reply, command) = match block {
                    Some(b) if b.has_reply && (!diag_has_code || fuller(b)) => (b.diagnostic.clone(), b.command),
                    _ if !diag.trim().is_empty() => (diag, block.and_then(|b| b.command)),
                    Some(b) => (b.diagnostic.clone(), b.command),
                    // No diagnostic: the status's comment (`4.0.0 (host name lookup failure)`).
                    None => match g.status.as_deref().and_then(|s| s.split_once('(')) {
                        Some((_, comment)) => (comment.trim_end_matches(')').to_string(), None),
                        None if groups.len() == 1 => text::any_reply(&lines).unwrap_or_default(),
                        None => Default::default(),
                    },
                };
                Some(Found {
                    address,
                    reply,
                    status: g.status.clone(),
                    action: g.action.clone(),
                    remote_host: g.remote_mta.clone().or_else(|| block.and_then(|b| b.remote_host.clone())),
                    diagnostic_type: g.diagnostic_type.clone(),
                    command,
                    context: block.map_or_else(|| all_context.clone(), |b| b.context.clone()),
                })
            })
            .collect();
        return (Shape::Message, found);
    }
    if !blocks.is_empty() {
        let found = blocks
            .into_iter()
            .map(|b| Found {
                address: b.address,
                reply: b.diagnostic,
                remote_host: b.remote_host,
                command: b.command,
                context: b.context,
                ..Found::default()
            })
            .collect();
        return (Shape::Message, found);
    }
    // A reply on its own (every line a reply line or its continuation) names no recipient, even
    // when its text holds an address.
    let only_reply =
        lines.iter().all(|l| l.trim().is_empty() || l.starts_with([' ', '\t']) || codes::reply_code(l).is_some());
    if m.headers.0.is_empty() && only_reply {
        return (Shape::Message, Vec::new());
    }
    // No recipient line: the header names the recipient, or the transcript, or the prose, or the
    // returned message does.
    let addresses = |v: &str| -> Vec<String> { address::all(v).map(|(a, b)| address::normal(&v[a..b])).collect() };
    let mut named: Vec<String> = m.headers.get("x-failed-recipients").map(addresses).unwrap_or_default();
    if named.is_empty() {
        named = text::rcpt_addresses(&lines);
    }
    if named.is_empty() {
        named =
            text::prose_addresses(&lines, &[m.headers.get("to").unwrap_or(""), m.headers.get("from").unwrap_or("")]);
    }
    if named.is_empty() {
        named = m.returned.as_ref().and_then(|h| h.get("to")).map(addresses).unwrap_or_default();
    }
    if named.is_empty() {
        named = m.texts.iter().flat_map(|t| text::quoted_to(t)).collect();
    }
    let reply = text::any_reply(&lines);
    if named.is_empty() || (reply.is_none() && !looks_like_bounce(&m)) {
        return (Shape::Message, Vec::new());
    }
    let (reply, command) = reply.unwrap_or_else(|| (clip(&all_context, 600), None));
    let found = named
        .into_iter()
        .map(|address| Found {
            address,
            reply: reply.clone(),
            remote_host: text::remote_host(&all_context),
            command,
            context: all_context.clone(),
            ..Found::default()
        })
        .collect();
    (Shape::Message, found)
}

/// A message from a mailer daemon, or one whose subject says delivery failed.
fn looks_like_bounce(m: &mime::Message) -> bool {
    let from = m.headers.get("from").unwrap_or("").to_ascii_lowercase();
    let subject = decode::header_words(m.headers.get("subject").unwrap_or("")).to_ascii_lowercase();
    from.contains("mailer-daemon")
        || from.contains("postmaster")
        || m.returned.is_some()
        || ["undeliver", "failure", "returned", "delivery", "not delivered", "bounce", "fail"]
            .iter()
            .any(|w| subject.contains(w))
}
