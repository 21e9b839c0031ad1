//! A whole mail log summed: its bounces and deferrals by reason, verdict, provider and recipient
//! domain, with the commonest replies of each. Fed one line at a time (`smtp-code log`), in memory
//! bounded however long the log is: every table keeps at most a fixed number of keys, and past that
//! keeps the heaviest ones (Misra-Gries), whose counts then become lower bounds.

use crate::bounce::{self, Recipient};
use crate::reason::Bounce;
use crate::record::Value;
use crate::reply;
use std::collections::HashMap;

/// Keys a table of groups keeps, and replies each group keeps.
const GROUPS: usize = 1000;
const REPLIES: usize = 16;
/// How much of a reply is kept, in bytes.
const REPLY_BYTES: usize = 200;

/// Counts per key in bounded memory. Until `cap` keys it is exact; a new key after that takes one
/// from every count and drops those at zero (Misra-Gries), so any key seen more than n/cap times
/// stays, with a count at most n/cap too low.
#[derive(Clone, Debug)]
pub struct Counts<V> {
    cap: usize,
    map: HashMap<String, (u64, V)>,
    /// The counts were cut at least once.
    pub approximate: bool,
}

impl<V: Default> Counts<V> {
    pub fn new(cap: usize) -> Self {
        Counts { cap, map: HashMap::new(), approximate: false }
    }

    /// Counts one more of `key`; its value when `key` is kept, to add to.
    pub fn add(&mut self, key: &str) -> Option<&mut V> {
        if !self.map.contains_key(key) {
            if self.map.len() >= self.cap {
                self.approximate = true;
                self.map.retain(|_, (n, _)| {
                    *n -= 1;
                    *n > 0
                });
                return None;
            }
            self.map.insert(key.to_string(), (0, V::default()));
        }
        let (n, v) = self.map.get_mut(key)?;
        *n += 1;
        Some(v)
    }

    /// Adds another table's counts (of another part of the same log). Past `cap` keys, every count
    /// drops by the count of the first key too many, and those at zero go: the merge of two
    /// Misra-Gries summaries is one of their union, with the same bound.
    pub fn merge(&mut self, other: Counts<V>, merge_value: impl Fn(&mut V, V)) {
        self.approximate |= other.approximate;
        for (k, (n, v)) in other.map {
            match self.map.get_mut(&k) {
                Some((m, w)) => {
                    *m += n;
                    merge_value(w, v);
                }
                None => {
                    self.map.insert(k, (n, v));
                }
            }
        }
        if self.map.len() > self.cap {
            self.approximate = true;
            let mut counts: Vec<u64> = self.map.values().map(|(n, _)| *n).collect();
            counts.sort_unstable_by(|a, b| b.cmp(a));
            let cut = counts[self.cap];
            self.map.retain(|_, (n, _)| {
                *n = n.saturating_sub(cut);
                *n > 0
            });
        }
    }

    /// The keys, most frequent first (ties by key, so the order is stable).
    pub fn top(&self) -> Vec<(&str, u64, &V)> {
        let mut v: Vec<(&str, u64, &V)> = self.map.iter().map(|(k, (n, x))| (k.as_str(), *n, x)).collect();
        v.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v
    }
}

impl Default for Counts<()> {
    fn default() -> Self {
        Counts::new(REPLIES)
    }
}

/// One group's replies.
pub type Replies = Counts<()>;

/// The sums of a log so far.
#[derive(Debug)]
pub struct Tally {
    pub lines: u64,
    pub delivered: u64,
    pub bounced: u64,
    pub deferred: u64,
    pub by_verdict: Counts<Replies>,
    pub by_reason: Counts<Replies>,
    pub by_provider: Counts<Replies>,
    pub by_domain: Counts<Replies>,
}

impl Default for Tally {
    fn default() -> Self {
        Tally {
            lines: 0,
            delivered: 0,
            bounced: 0,
            deferred: 0,
            by_verdict: Counts::new(GROUPS),
            by_reason: Counts::new(GROUPS),
            by_provider: Counts::new(GROUPS),
            by_domain: Counts::new(GROUPS),
        }
    }
}

impl Tally {
    /// Reads one line of the log.
    pub fn line(&mut self, line: &str) {
        self.lines += 1;
        match bounce::log_line(line) {
            None => {}
            Some(l) if l.action == "delivered" => self.delivered += 1,
            Some(l) => {
                if let Some(r) = l.recipient() {
                    self.recipient(&r);
                }
            }
        }
    }

    /// Counts a recipient that a log line reported.
    pub fn recipient(&mut self, r: &Recipient) {
        match r.action.as_deref() {
            Some("delivered" | "relayed" | "expanded") => {
                self.delivered += 1;
                return;
            }
            Some("delayed") => self.deferred += 1,
            _ => self.bounced += 1,
        }
        let reply = normal_reply(&r.reply);
        let verdict = match r.bounce {
            Some(Bounce::Hard) => "hard",
            Some(Bounce::Soft) => "soft",
            None => "none",
        };
        let reason = r.reason.map_or("undefined", |x| x.name());
        let seen = format!("{} {} {}", r.reply, r.remote_host.as_deref().unwrap_or(""), r.address);
        let provider = reply::provider(&seen).unwrap_or("other");
        let domain = r.address.rsplit_once('@').map_or("", |(_, d)| d);
        for (table, key) in [
            (&mut self.by_verdict, verdict),
            (&mut self.by_reason, reason),
            (&mut self.by_provider, provider),
            (&mut self.by_domain, domain),
        ] {
            if let Some(replies) = table.add(key) {
                replies.add(&reply);
            }
        }
    }

    /// Adds the sums of another part of the same log (read by another thread).
    pub fn merge(&mut self, other: Tally) {
        self.lines += other.lines;
        self.delivered += other.delivered;
        self.bounced += other.bounced;
        self.deferred += other.deferred;
        let replies = |a: &mut Replies, b: Replies| a.merge(b, |_, _| {});
        self.by_verdict.merge(other.by_verdict, replies);
        self.by_reason.merge(other.by_reason, replies);
        self.by_provider.merge(other.by_provider, replies);
        self.by_domain.merge(other.by_domain, replies);
    }

    /// The sums as data (the CLI's `--json`): totals, then each table's groups with their top
    /// `replies` replies, at most `groups` groups each.
    pub fn to_value(&self, groups: usize, replies: usize) -> Value {
        let table = |t: &Counts<Replies>| {
            let rows = t.top().into_iter().take(groups).map(|(k, n, r)| {
                let top = r
                    .top()
                    .into_iter()
                    .take(replies)
                    .map(|(text, n, _)| Value::Obj(vec![("reply", text.into()), ("count", n.into())]));
                Value::Obj(vec![("key", k.into()), ("count", n.into()), ("replies", top.collect())])
            });
            Value::Obj(vec![("approximate", t.approximate.into()), ("groups", rows.collect())])
        };
        Value::Obj(vec![
            ("lines", self.lines.into()),
            ("delivered", self.delivered.into()),
            ("bounced", self.bounced.into()),
            ("deferred", self.deferred.into()),
            ("verdict", table(&self.by_verdict)),
            ("reason", table(&self.by_reason)),
            ("provider", table(&self.by_provider)),
            ("domain", table(&self.by_domain)),
        ])
    }
}

/// A reply with what differs between recipients taken out, so that like replies sum: addresses
/// become `<address>`, and long tokens with digits in them (queue ids, IP addresses, timestamps)
/// become `…`. Codes and short tags (`550`, `5.1.1`, `(S3140)`) stay.
pub fn normal_reply(reply: &str) -> String {
    // Postfix's `(in reply to RCPT TO command)` is the log's, not the server's.
    let reply = reply.find(" (in reply to ").map_or(reply, |p| &reply[..p]);
    let mut out = String::new();
    // The codes lead (`550-5.1.1`) and are kept as they are.
    let mut leading = true;
    for token in reply.split_whitespace() {
        if out.len() >= REPLY_BYTES {
            out.push_str(" …");
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        let bare = token.trim_matches(|c: char| !c.is_alphanumeric());
        leading &= token.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'-');
        if leading {
            out.push_str(token);
        } else if token.contains('@') {
            // `<a@b>:` keeps its colon.
            let tail = token.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '>');
            out.push_str("<address>");
            out.push_str(&token[tail.len()..]);
        } else if bare.len() > 6 && bare.bytes().filter(u8::is_ascii_digit).count() >= 2 {
            out.push('…');
        } else {
            out.push_str(token);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_exact_until_full_then_keep_the_heavy_keys() {
        let mut c: Counts<()> = Counts::new(3);
        for k in ["a", "a", "b", "c", "a"] {
            c.add(k);
        }
        assert!(!c.approximate);
        assert_eq!(c.top().iter().map(|(k, n, _)| (*k, *n)).collect::<Vec<_>>(), [("a", 3), ("b", 1), ("c", 1)]);
        // A fourth key: every count drops by one, and the heavy key stays.
        for i in 0..50 {
            c.add(&format!("rare{i}"));
            c.add("a");
        }
        assert!(c.approximate);
        assert_eq!(c.top()[0].0, "a");
        assert!(c.map.len() <= 3);
    }

    #[test]
    fn merged_counts_keep_the_heavy_keys_within_the_cap() {
        let mut a: Counts<()> = Counts::new(3);
        let mut b: Counts<()> = Counts::new(3);
        for k in ["x", "x", "x", "y", "z"] {
            a.add(k);
        }
        for k in ["x", "w", "w", "v"] {
            b.add(k);
        }
        a.merge(b, |_, _| {});
        let top: Vec<(&str, u64)> = a.top().iter().map(|(k, n, _)| (*k, *n)).collect();
        // x 4, w 2, then y, z and v at 1: the fourth largest (1) comes off every count.
        assert_eq!(top, [("x", 3), ("w", 1)]);
        assert!(a.approximate);
    }

    #[test]
    fn like_replies_sum() {
        let a = normal_reply(
            "550 5.1.1 <jo@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
        );
        let b = normal_reply(
            "550 5.1.1 <al@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
        );
        assert_eq!(a, b);
        assert!(a.starts_with("550 5.1.1 <address>: Recipient"));
        let g =
            normal_reply("550 5.7.26 This mail has been blocked. 41be03b00d2f7-5e2c5d0c0e4si1003781a12.412 - gsmtp");
        assert_eq!(g, "550 5.7.26 This mail has been blocked. … - gsmtp");
        assert_eq!(normal_reply("550 5.7.1 Service unavailable (S3140)"), "550 5.7.1 Service unavailable (S3140)");
    }

    #[test]
    fn a_log_sums_by_reason_verdict_provider_and_domain() {
        let mut t = Tally::default();
        let bounce = |to: &str, said: &str| {
            format!("Jul  1 12:00:00 mx postfix/smtp[1]: 4F3A2: to=<{to}>, relay=mx.example.com[192.0.2.1]:25, delay=1, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: {said} (in reply to RCPT TO command))")
        };
        t.line(&bounce("a@gmail.com", "550-5.1.1 The email account that you tried to reach does not exist. - gsmtp"));
        t.line(&bounce("b@gmail.com", "550-5.1.1 The email account that you tried to reach does not exist. - gsmtp"));
        t.line(&bounce("c@example.org", "552 5.2.2 Mailbox full"));
        t.line("Jul  1 12:00:01 mx postfix/smtp[1]: 4F3A3: to=<d@example.org>, relay=mx.example.org[192.0.2.2]:25, delay=1, dsn=4.7.0, status=deferred (host mx.example.org[192.0.2.2] said: 421 4.7.0 Try again later (in reply to MAIL FROM command))");
        t.line("Jul  1 12:00:02 mx postfix/smtp[1]: 4F3A4: to=<e@example.org>, relay=mx.example.org[192.0.2.2]:25, delay=1, dsn=2.0.0, status=sent (250 2.0.0 Ok)");
        t.line("Jul  1 12:00:03 mx postfix/qmgr[2]: 4F3A4: removed");
        assert_eq!((t.lines, t.bounced, t.deferred, t.delivered), (6, 3, 1, 1));
        let top = |c: &Counts<Replies>| c.top().iter().map(|(k, n, _)| (k.to_string(), *n)).collect::<Vec<_>>();
        assert_eq!(top(&t.by_verdict), [("hard".to_string(), 2), ("soft".to_string(), 2)]);
        assert_eq!(top(&t.by_reason)[0], ("userunknown".to_string(), 2));
        assert_eq!(top(&t.by_provider)[0], ("Google".to_string(), 2));
        assert_eq!(top(&t.by_domain), [("example.org".to_string(), 2), ("gmail.com".to_string(), 2)]);
        let userunknown = t.by_reason.top().into_iter().find(|g| g.0 == "userunknown").unwrap().2.top();
        assert_eq!(userunknown.len(), 1, "the two Gmail replies are one");
        assert_eq!(userunknown[0].1, 2);
    }
}
