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

/// The reply in Postfix's parenthesised status text or Exim's error text, and what it answered.
fn reply_of(text: &str) -> (String, Option<Command>) {
    let lower = text.to_ascii_lowercase();
    let command = Command::find(text, text);
    for mark in [" said: ", "smtp error from remote mail server after ", "smtp error from remote server after "] {
        if let Some(p) = lower.find(mark) {
            let mut rest = &text[p + mark.len()..];
            if mark.starts_with("smtp error") {
                // `after RCPT TO:<a@b>: 550 …`: the reply follows the command's colon.
                if let Some(q) = rest.find(">: ").or_else(|| rest.find(": ")) {
                    rest = rest[q..].trim_start_matches(['>', ':', ' ']);
                }
                if let Some(h) = rest.to_ascii_lowercase().find("host ") {
                    if let Some(c) = rest[h..].find(": ") {
                        rest = &rest[h + c + 2..];
                    }
                }
            }
            return (rest.trim().to_string(), command);
        }
    }
    (text.trim().to_string(), command)
}

/// One log line, if it reports a delivery, a deferral or a bounce.
pub(crate) fn line(l: &str) -> Option<Found> {
    let l = l.trim_end_matches('\r');
    if let Some(status) = field_at(l, "status=") {
        // Postfix.
        let to = field(l, "to=")?;
        let word = status.split([' ', '(']).next().unwrap_or("");
        let action = match word {
            "bounced" | "expired" | "undeliverable" => "failed",
            "deferred" => "delayed",
            "sent" | "delivered" => "delivered",
            _ => return None,
        };
        let text = status.find('(').map_or("", |p| {
            let t = status[p + 1..].trim_end();
            t.strip_suffix(')').unwrap_or(t)
        });
        let (reply, command) = reply_of(text);
        return Some(Found {
            address: address::normal(to),
            reply,
            status: field(l, "dsn=").map(str::to_string),
            action: Some(action.into()),
            remote_host: field(l, "relay=").and_then(host),
            command,
            context: text.to_string(),
            ..Found::default()
        });
    }
    if let Some(stat) = field(l, "stat=") {
        // Sendmail.
        let to = field(l, "to=")?;
        let dsn = field(l, "dsn=");
        let action = match dsn.and_then(|d| d.bytes().next()) {
            Some(b'2') => "delivered",
            Some(b'4') => "delayed",
            _ if stat.starts_with("Deferred") => "delayed",
            _ if stat.starts_with("Sent") => "delivered",
            _ => "failed",
        };
        let reply = field(l, "reply=").unwrap_or(stat.trim_start_matches("Deferred: "));
        return Some(Found {
            address: address::normal(to.split(',').next().unwrap_or(to)),
            reply: reply.to_string(),
            status: dsn.map(str::to_string),
            action: Some(action.into()),
            remote_host: field(l, "relay=").and_then(host),
            command: None,
            context: stat.to_string(),
            ..Found::default()
        });
    }
    // Exim: `<id> ** a@b …`, `<id> == a@b … defer (…): …`, `<id> => a@b …`.
    for (mark, action) in [(" ** ", "failed"), (" == ", "delayed"), (" => ", "delivered"), (" -> ", "delivered")] {
        let Some(p) = l.find(mark) else { continue };
        let rest = &l[p + mark.len()..];
        let addr = address::first(rest.split(' ').next().unwrap_or(""))?;
        let text = rest.find(": ").map_or("", |q| &rest[q + 2..]);
        let (reply, command) = reply_of(text);
        let remote_host = field(rest, "H=").and_then(host);
        return Some(Found {
            address: address::normal(addr),
            reply,
            action: Some(action.into()),
            remote_host,
            command,
            context: text.to_string(),
            ..Found::default()
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postfix_exim_sendmail() {
        let p = line("Jul  1 12:00:00 mx postfix/smtp[123]: 4F3A2: to=<u@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <u@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))").unwrap();
        assert_eq!((p.address.as_str(), p.action.as_deref(), p.status.as_deref()), ("u@example.com", Some("failed"), Some("5.1.1")));
        assert_eq!(p.reply, "550 5.1.1 <u@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)");
        assert_eq!((p.remote_host.as_deref(), p.command), (Some("mx.example.com"), Some(Command::Rcpt)));
        let e = line("2024-01-01 00:00:00 1rAbCd-000Efg-Hi ** u@example.com R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<u@example.com>: 550 5.1.1 User unknown").unwrap();
        assert_eq!((e.reply.as_str(), e.action.as_deref(), e.command), ("550 5.1.1 User unknown", Some("failed"), Some(Command::Rcpt)));
        let s = line("Jul  1 00:00:00 host sm-mta[123]: x61AbC: to=<u@example.com>, delay=00:00:01, mailer=esmtp, relay=mx.example.com. [192.0.2.1], dsn=5.1.1, stat=User unknown").unwrap();
        assert_eq!((s.reply.as_str(), s.status.as_deref(), s.remote_host.as_deref()), ("User unknown", Some("5.1.1"), Some("mx.example.com")));
        assert!(line("Jul  1 00:00:00 host postfix/qmgr[1]: 4F3A2: removed").is_none());
    }
}
