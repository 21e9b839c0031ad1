//! Mail-log lines: Postfix (`to=<a@b>, relay=…, dsn=5.1.1, status=bounced (host … said: 550 …)`),
//! Exim (`** a@b R=… T=… H=…: SMTP error from remote mail server after RCPT TO:<a@b>: 550 …`, `==`
//! for a deferral, `=>` for a delivery) and Sendmail (`to=<a@b>, … dsn=5.1.1, stat=User unknown`).
//! One line at a time, so a whole log streams through in constant memory.

use super::{address, Found};
use crate::reason::Command;

/// What a log line that `line` reads carries somewhere: a quick test before reading line by line.
pub(crate) const MARKS: &[&str] = &["status=", "stat=", " ** ", " == ", " => ", " -> "];

/// `name=value` in a log line: the value up to the next `, ` (or the end).
fn field<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    field_at(line, name).map(|rest| rest[..rest.find(", ").unwrap_or(rest.len())].trim())
}

/// What follows `name=` in a log line, to its end: Postfix's `status=` comes last and its text
/// has commas of its own.
fn field_at<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(p) = line[from..].find(name) {
        let at = from + p;
        from = at + name.len();
        let boundary = at == 0 || matches!(line.as_bytes()[at - 1], b' ' | b',' | b':');
        if boundary {
            return Some(&line[at + name.len()..]);
        }
    }
    None
}

/// `mx.example.com[192.0.2.1]:25` → `mx.example.com`.
fn host(relay: &str) -> Option<String> {
    let h = relay.split(['[', ' ', ':']).next()?.trim_end_matches('.');
    (!h.is_empty() && h != "none" && h.contains('.')).then(|| h.to_ascii_lowercase())
}

/// The reply in Postfix's parenthesised status text or Exim's error text, and what it answered
/// (named in the reply, or in the words before it).
fn reply_of(text: &str) -> (String, Option<Command>) {
    let lower = text.to_ascii_lowercase();
    for mark in [" said: ", "smtp error from remote mail server after ", "smtp error from remote server after "] {
        if let Some(p) = lower.find(mark) {
            let mut rest = &text[p + mark.len()..];
            if mark.starts_with("smtp error") {
                // `after RCPT TO:<a@b>: 550 …`: the reply follows the command's colon.
                if let Some(q) = rest.find(">: ").or_else(|| rest.find(": ")) {
                    rest = rest[q..].trim_start_matches(['>', ':', ' ']);
                }
                // Older Exims name the host there: `host mx.example.com [192.0.2.1]: 550 …`.
                if rest.starts_with("host ") {
                    if let Some(c) = rest.find(": ") {
                        rest = &rest[c + 2..];
                    }
                }
            }
            let before = &text[..text.len() - rest.len()];
            return (rest.trim().to_string(), Command::find(before, rest));
        }
    }
    (text.trim().to_string(), Command::find(text, text))
}

/// The MTA whose log format a line is in.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Format {
    Postfix,
    Sendmail,
    /// Exim, with where its mark (`**`, `==`, `=>`) ends.
    Exim(usize),
}

/// Where `name=` starts a field of `l` (after a space, a comma or a colon), for the first `=`
/// whose name is one of `names`, in the order given; one pass over the `=` signs.
fn first_field(l: &str, names: &[&str]) -> Option<(usize, usize)> {
    let b = l.as_bytes();
    let mut best: Option<(usize, usize)> = None;
    for (p, _) in l.match_indices('=') {
        for (i, name) in names.iter().enumerate() {
            let n = name.len();
            let boundary = p == n || (p > n && matches!(b[p - n - 1], b' ' | b',' | b':'));
            if p >= n && boundary && &b[p - n..p] == name.as_bytes() && best.is_none_or(|(j, _)| i < j) {
                best = Some((i, p + 1));
            }
        }
        if best.is_some_and(|(i, _)| i == 0) {
            break;
        }
    }
    best
}

/// What a log line reports (`failed`, `delayed`, `delivered`) and in which format, read no
/// further: a whole log is mostly deliveries and lines that report nothing.
pub(crate) fn kind(l: &str) -> Option<(Format, &'static str)> {
    match first_field(l, &["status", "stat"]) {
        Some((0, at)) => {
            let action = match l[at..].split([' ', '(']).next().unwrap_or("") {
                "bounced" | "expired" | "undeliverable" => "failed",
                "deferred" => "delayed",
                "sent" | "delivered" => "delivered",
                _ => return None,
            };
            return Some((Format::Postfix, action));
        }
        Some((_, at)) => {
            let stat = &l[at..];
            let action = match field(l, "dsn=").and_then(|d| d.bytes().next()) {
                Some(b'2') => "delivered",
                Some(b'4') => "delayed",
                _ if stat.starts_with("Deferred") => "delayed",
                _ if stat.starts_with("Sent") => "delivered",
                _ => "failed",
            };
            return Some((Format::Sendmail, action));
        }
        None => {}
    }
    // Exim: `<date> <time> <id> ** a@b …` (`==` a deferral, `=>` and `->` a delivery), perhaps
    // after a syslog prefix: the mark is one of the first words.
    let mut at = 0;
    for word in l.split(' ').take(12) {
        let action = match word {
            "**" => Some("failed"),
            "==" => Some("delayed"),
            "=>" | "->" => Some("delivered"),
            _ => None,
        };
        at += word.len() + 1;
        if let Some(a) = action {
            return (at <= l.len()).then_some((Format::Exim(at), a));
        }
    }
    None
}

/// One log line, if it reports a delivery, a deferral or a bounce.
pub(crate) fn line(l: &str) -> Option<Found> {
    let (format, action) = kind(l)?;
    found(l, format, action)
}

/// What a line of a known format and action says of its recipient.
pub(crate) fn found(l: &str, format: Format, action: &'static str) -> Option<Found> {
    let l = l.trim_end_matches(['\r', '\n']);
    match format {
        Format::Postfix => {
            let status = field_at(l, "status=")?;
            let text = status.find('(').map_or("", |p| {
                let t = status[p + 1..].trim_end();
                t.strip_suffix(')').unwrap_or(t)
            });
            let (reply, command) = reply_of(text);
            Some(Found {
                address: address::normal(field(l, "to=")?),
                reply,
                status: field(l, "dsn=").map(str::to_string),
                action: Some(action.into()),
                remote_host: field(l, "relay=").and_then(host),
                command,
                context: text.to_string(),
                ..Found::default()
            })
        }
        Format::Sendmail => {
            // `stat=` comes last, and its text may hold commas.
            let stat = field_at(l, "stat=")?.trim();
            let to = field(l, "to=")?;
            let reply = field(l, "reply=").unwrap_or(stat.trim_start_matches("Deferred: "));
            Some(Found {
                address: address::normal(to.split(',').next().unwrap_or(to)),
                reply: reply.to_string(),
                status: field(l, "dsn=").map(str::to_string),
                action: Some(action.into()),
                remote_host: field(l, "relay=").and_then(host),
                command: None,
                context: stat.to_string(),
                ..Found::default()
            })
        }
        Format::Exim(at) => {
            let rest = &l[at..];
            let addr = address::first(rest.split(' ').next().unwrap_or(""))?;
            let text = rest.find(": ").map_or("", |q| &rest[q + 2..]);
            let (reply, command) = reply_of(text);
            Some(Found {
                address: address::normal(addr),
                reply,
                action: Some(action.into()),
                remote_host: field(rest, "H=").and_then(host),
                command,
                context: text.to_string(),
                ..Found::default()
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postfix_exim_sendmail() {
        let p = line("Jul  1 12:00:00 mx postfix/smtp[123]: 4F3A2: to=<u@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <u@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))").unwrap();
        assert_eq!(
            (p.address.as_str(), p.action.as_deref(), p.status.as_deref()),
            ("u@example.com", Some("failed"), Some("5.1.1"))
        );
        assert_eq!(
            p.reply,
            "550 5.1.1 <u@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)"
        );
        assert_eq!((p.remote_host.as_deref(), p.command), (Some("mx.example.com"), Some(Command::Rcpt)));
        let e = line("2024-01-01 00:00:00 1rAbCd-000Efg-Hi ** u@example.com R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<u@example.com>: 550 5.1.1 User unknown").unwrap();
        assert_eq!(
            (e.reply.as_str(), e.action.as_deref(), e.command),
            ("550 5.1.1 User unknown", Some("failed"), Some(Command::Rcpt))
        );
        let s = line("Jul  1 00:00:00 host sm-mta[123]: x61AbC: to=<u@example.com>, delay=00:00:01, mailer=esmtp, relay=mx.example.com. [192.0.2.1], dsn=5.1.1, stat=User unknown").unwrap();
        assert_eq!(
            (s.reply.as_str(), s.status.as_deref(), s.remote_host.as_deref()),
            ("User unknown", Some("5.1.1"), Some("mx.example.com"))
        );
        assert!(line("Jul  1 00:00:00 host postfix/qmgr[1]: 4F3A2: removed").is_none());
    }
}
