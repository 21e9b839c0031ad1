//! Amazon SES notifications (JSON, as SNS delivers them by HTTP or email, or as event publishing
//! writes them): `Bounce` with `bouncedRecipients`, `Complaint`, `Delivery`. An SNS envelope's
//! `Message` is itself such a notification, as a string.

use super::json::{self, Value};
use super::Found;

/// The notification in `text`, if it is one: its recipients' evidence.
pub fn read(text: &str) -> Option<Vec<Found>> {
    let start = text.find('{')?;
    let end = text.rfind('}')?;
    let mut v = json::parse(text.get(start..=end)?)?;
    if let Some(inner) = v.get("Message").and_then(Value::str).and_then(json::parse) {
        v = inner;
    }
    let kind = v.get("notificationType").or_else(|| v.get("eventType")).and_then(Value::str)?.to_string();
    let mut out = Vec::new();
    match kind.as_str() {
        "Bounce" => {
            let b = v.get("bounce")?;
            let permanent = b.get("bounceType").and_then(Value::str) == Some("Permanent");
            let sub = b.get("bounceSubType").and_then(Value::str).unwrap_or("").to_string();
            let mta =
                b.get("reportingMTA").and_then(Value::str).map(|m| m.trim_start_matches("dsn;").trim().to_string());
            for r in b.get("bouncedRecipients")?.items() {
                let Some(address) = r.get("emailAddress").and_then(Value::str) else { continue };
                let diag = r.get("diagnosticCode").and_then(Value::str).unwrap_or("");
                let reply = diag
                    .split_once(';')
                    .filter(|(k, _)| k.len() < 20 && !k.contains(' '))
                    .map_or(diag, |(_, t)| t.trim());
                out.push(Found {
                    address: super::address::normal(address),
                    reply: reply.to_string(),
                    status: r.get("status").and_then(Value::str).map(str::to_string),
                    action: Some(
                        r.get("action")
                            .and_then(Value::str)
                            .unwrap_or(if permanent { "failed" } else { "delayed" })
                            .to_string(),
                    ),
                    remote_host: mta.clone(),
                    diagnostic_type: None,
                    command: None,
                    // SES's own classification is words like any other: "NoEmail", "MailboxFull".
                    context: sub_type_words(&sub).to_string(),
                });
            }
        }
        "Delivery" => {
            let d = v.get("delivery")?;
            let reply = d.get("smtpResponse").and_then(Value::str).unwrap_or("250 OK").to_string();
            let host = d.get("reportingMTA").and_then(Value::str).map(str::to_string);
            for r in d.get("recipients")?.items() {
                let Some(address) = r.str() else { continue };
                out.push(Found {
                    address: super::address::normal(address),
                    reply: reply.clone(),
                    status: None,
                    action: Some("delivered".into()),
                    remote_host: host.clone(),
                    diagnostic_type: None,
                    command: None,
                    context: String::new(),
                });
            }
        }
        "Complaint" => {
            for r in v.get("complaint")?.get("complainedRecipients")?.items() {
                let Some(address) = r.get("emailAddress").and_then(Value::str) else { continue };
                out.push(Found {
                    address: super::address::normal(address),
                    reply: String::new(),
                    status: None,
                    action: Some("complained".into()),
                    remote_host: None,
                    diagnostic_type: None,
                    command: None,
                    context: String::new(),
                });
            }
        }
        _ => return None,
    }
    Some(out)
}

/// SES's bounce sub-types as the words the reason reader knows.
fn sub_type_words(sub: &str) -> &'static str {
    match sub {
        "NoEmail" => "no such user",
        "MailboxFull" => "mailbox full",
        "MessageTooLarge" => "message too large",
        "ContentRejected" | "AttachmentRejected" => "content rejected",
        "Suppressed" | "OnAccountSuppressionList" => "suppressed",
        _ => "",
    }
}
