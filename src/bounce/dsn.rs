//! RFC 3464 delivery status notifications: the per-recipient fields of a `message/delivery-status`
//! part (`Final-Recipient`, `Original-Recipient`, `Action`, `Status`, `Remote-MTA`,
//! `Diagnostic-Code`), and the same fields where an MTA writes them into plain text.

/// One recipient's fields. Values are as written, the address type (`rfc822;`) removed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fields {
    pub final_recipient: Option<String>,
    pub original_recipient: Option<String>,
    pub action: Option<String>,
    pub status: Option<String>,
    pub remote_mta: Option<String>,
    /// The diagnostic's type (`smtp`, `X-Postfix`, `X-Unix`), lowercased.
    pub diagnostic_type: Option<String>,
    pub diagnostic: Option<String>,
}

impl Fields {
    pub fn address(&self) -> Option<&str> {
        self.final_recipient.as_deref().or(self.original_recipient.as_deref())
    }

    fn is_empty(&self) -> bool {
        *self == Fields::default()
    }
}

/// `rfc822; <a@example.com>` → `a@example.com`.
fn typed_address(value: &str) -> String {
    let v = match value.split_once(';') {
        Some((_, a)) => a,
        None => value,
    };
    v.trim().trim_start_matches('<').trim_end_matches('>').trim().to_string()
}

/// `dns; mx.example.com` → `mx.example.com`.
fn typed_host(value: &str) -> String {
    let v = match value.split_once(';') {
        Some((_, h)) => h,
        None => value,
    };
    v.trim().trim_end_matches('.').to_string()
}

/// The recipient groups of a delivery-status body, in order. Groups are separated by blank lines;
/// where an MTA leaves those out, a second `Final-Recipient` starts the next group. A line that is
/// no field continues the one before it (unindented continuations are common in the wild).
pub fn parse(text: &str) -> Vec<Fields> {
    let mut groups = Vec::new();
    let mut cur = Fields::default();
    let mut last: Option<&'static str> = None;
    // Whether another field followed the group's recipient fields.
    let mut past_recipient = false;
    for line in text.split('\n') {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if cur.address().is_some() {
                groups.push(std::mem::take(&mut cur));
            } else if !cur.is_empty() && (cur.status.is_some() || cur.diagnostic.is_some()) {
                // Per-message fields before the first recipient only go with an address.
                cur = Fields::default();
            }
            last = None;
            past_recipient = false;
            continue;
        }
        match field(line) {
            Some((name, value)) => {
                // Either recipient field may come first (RFC 3464 puts Original- first, Postfix
                // Final- first); a repeated one, or one after the status, starts the next group.
                let starts_next = match name {
                    "final-recipient" => {
                        cur.final_recipient.is_some() || (past_recipient && cur.original_recipient.is_some())
                    }
                    "original-recipient" => {
                        cur.original_recipient.is_some() || (past_recipient && cur.final_recipient.is_some())
                    }
                    _ => false,
                };
                if starts_next {
                    groups.push(std::mem::take(&mut cur));
                }
                last = set(&mut cur, name, value);
                past_recipient = !name.ends_with("-recipient") && cur.address().is_some();
            }
            None => {
                if let Some(name) = last {
                    append(&mut cur, name, line.trim());
                }
            }
        }
    }
    if cur.address().is_some() {
        groups.push(cur);
    }
    groups
}

/// `Name: value` for the fields this module knows; names case-insensitive.
fn field(line: &str) -> Option<(&'static str, &str)> {
    const NAMES: &[&str] = &[
        "final-recipient", "original-recipient", "action", "status", "remote-mta", "diagnostic-code",
        "x-actual-recipient", "reporting-mta", "arrival-date", "last-attempt-date", "received-from-mta",
        "will-retry-until", "x-postfix-sender", "x-postfix-queue-id", "x-original-message-id", "x-display-name",
        "x-supplementary-info", "x-remote-mta",
    ];
    if line.starts_with([' ', '\t']) {
        return None;
    }
    let (name, value) = line.split_once(':')?;
    let name = name.trim();
    NAMES.iter().find(|n| n.eq_ignore_ascii_case(name)).map(|n| (*n, value.trim()))
}

fn set(f: &mut Fields, name: &'static str, value: &str) -> Option<&'static str> {
    match name {
        "final-recipient" => f.final_recipient = Some(typed_address(value)),
        "original-recipient" => f.original_recipient = Some(typed_address(value)),
        "action" => f.action = Some(value.split([' ', '(']).next().unwrap_or("").to_ascii_lowercase()),
        "status" => f.status = Some(value.to_string()),
        "remote-mta" | "x-remote-mta" if f.remote_mta.is_none() => f.remote_mta = Some(typed_host(value)),
        "diagnostic-code" => {
            let (kind, text) = match value.split_once(';') {
                Some((k, t)) if !k.trim().is_empty() && k.len() <= 20 && !k.trim().contains(' ') => {
                    (Some(k.trim().to_ascii_lowercase()), t.trim())
                }
                _ => (None, value),
            };
            f.diagnostic_type = kind;
            f.diagnostic = Some(text.to_string());
        }
        _ => return None,
    }
    Some(name)
}

fn append(f: &mut Fields, name: &str, more: &str) {
    let target = match name {
        "diagnostic-code" => &mut f.diagnostic,
        "final-recipient" => &mut f.final_recipient,
        "status" => &mut f.status,
        _ => return,
    };
    if let Some(v) = target {
        if !more.is_empty() {
            v.push(' ');
            v.push_str(more);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_and_folded_diagnostics() {
        let text = "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; <a@example.com>\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.com.\nDiagnostic-Code: smtp; 550-5.1.1 The email account\n    550 5.1.1 does not exist\nFinal-Recipient: RFC822; b@example.com\nAction: delayed\nStatus: 4.4.1\n";
        let g = parse(text);
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].address(), Some("a@example.com"));
        assert_eq!(g[0].remote_mta.as_deref(), Some("mx.example.com"));
        assert_eq!(g[0].diagnostic_type.as_deref(), Some("smtp"));
        assert_eq!(g[0].diagnostic.as_deref(), Some("550-5.1.1 The email account 550 5.1.1 does not exist"));
        assert_eq!((g[1].action.as_deref(), g[1].status.as_deref()), (Some("delayed"), Some("4.4.1")));
    }
}
