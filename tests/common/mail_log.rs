//! A synthetic mail log for `smtp-code log` (tests/cli.rs, `make bench`): Postfix, Exim and
//! Sendmail lines in a fixed pseudo-random mix, with the replies that real servers send (Gmail,
//! Outlook.com, Yahoo, iCloud, Postfix and greylisting), deliveries and lines that report nothing.
//! It counts what it writes, so a test can check the sums exactly.

use std::collections::BTreeMap;
use std::io::{self, Write};

/// A bounce or deferral to write: recipient domain, remote host, DSN code, reply ("" for none),
/// whether it is a deferral, and the reason a mail admin reading it would give.
struct Failure {
    domain: &'static str,
    host: &'static str,
    dsn: &'static str,
    reply: &'static str,
    deferred: bool,
    reason: &'static str,
}

const FAILURES: &[Failure] = &[
    Failure { domain: "gmail.com", host: "gmail-smtp-in.l.google.com", dsn: "5.1.1", reply: "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser {id} - gsmtp", deferred: false, reason: "userunknown" },
    Failure { domain: "gmail.com", host: "gmail-smtp-in.l.google.com", dsn: "5.7.26", reply: "550-5.7.26 Unauthenticated email from example.net is not accepted due to domain's DMARC policy. Please contact the administrator of example.net domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection {id} - gsmtp", deferred: false, reason: "authfailure" },
    Failure { domain: "gmail.com", host: "gmail-smtp-in.l.google.com", dsn: "4.2.2", reply: "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp {id} - gsmtp", deferred: true, reason: "mailboxfull" },
    Failure { domain: "hotmail.com", host: "hotmail-com.olc.protection.outlook.com", dsn: "5.7.1", reply: "550 5.7.1 Unfortunately, messages from [192.0.2.10] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [{id}.eop-nam02.prod.protection.outlook.com]", deferred: false, reason: "blocked" },
    Failure { domain: "outlook.com", host: "outlook-com.olc.protection.outlook.com", dsn: "5.5.0", reply: "550 5.5.0 Requested action not taken: mailbox unavailable. [{id}.eop-nam02.prod.protection.outlook.com]", deferred: false, reason: "userunknown" },
    Failure { domain: "yahoo.com", host: "mta7.am0.yahoodns.net", dsn: "4.7.0", reply: "421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", deferred: true, reason: "badreputation" },
    Failure { domain: "yahoo.com", host: "mta7.am0.yahoodns.net", dsn: "5.7.9", reply: "554 5.7.9 Message not accepted for policy reasons.  See https://senders.yahooinc.com/error-codes", deferred: false, reason: "policyviolation" },
    Failure { domain: "icloud.com", host: "mx01.mail.icloud.com", dsn: "5.1.1", reply: "550 5.1.1 <{addr}>: user does not exist", deferred: false, reason: "userunknown" },
    Failure { domain: "example.org", host: "mx.example.org", dsn: "5.1.1", reply: "550 5.1.1 <{addr}>: Recipient address rejected: User unknown in virtual mailbox table", deferred: false, reason: "userunknown" },
    Failure { domain: "example.org", host: "mx.example.org", dsn: "5.2.2", reply: "552 5.2.2 <{addr}>: Mailbox full", deferred: false, reason: "mailboxfull" },
    Failure { domain: "example.com", host: "mx.example.com", dsn: "4.7.1", reply: "450 4.7.1 <{addr}>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html", deferred: true, reason: "blocked" },
    Failure { domain: "*", host: "mx.{domain}", dsn: "4.4.1", reply: "", deferred: true, reason: "expired" },
];

/// What a generated log holds: lines, deliveries, bounces, deferrals, and failures by reason.
#[derive(Debug, Default)]
pub struct Written {
    pub lines: u64,
    pub delivered: u64,
    pub bounced: u64,
    pub deferred: u64,
    pub reasons: BTreeMap<&'static str, u64>,
    pub domains: BTreeMap<String, u64>,
}

/// A small fixed generator (xorshift), so every run writes the same log.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Writes `n` lines of log; `spread` other domains get the timeouts (more than `tally` keeps
/// when large).
pub fn write(n: u64, spread: u64, out: &mut impl Write) -> io::Result<Written> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut w = Written::default();
    for i in 0..n {
        let id = format!("{:X}", rng.next() & 0xFF_FFFF_FFFF);
        let when = format!("Nov 30 {:02}:{:02}:{:02}", (i / 3600) % 24, (i / 60) % 60, i % 60);
        let mta = rng.below(10);
        let kind = rng.below(100);
        w.lines += 1;
        if kind < 40 {
            // Deliveries.
            w.delivered += 1;
            let addr = format!("user{}@example.net", rng.below(100_000));
            match mta {
                0..=5 => writeln!(out, "{when} mx postfix/smtp[{i}]: {id}: to=<{addr}>, relay=mx.example.net[192.0.2.20]:25, delay=0.9, delays=0.1/0/0.3/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as {id}1)")?,
                6..=7 => writeln!(out, "2026-11-30 10:00:00 1{id}-000Efg-Hi => {addr} R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.20] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C=\"250 2.0.0 Ok: queued as {id}\"")?,
                _ => writeln!(out, "{when} mail sm-mta[{i}]: {id}: to=<{addr}>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120, relay=mx.example.net. [192.0.2.20], dsn=2.0.0, stat=Sent ({id} Message accepted for delivery)")?,
            }
            continue;
        }
        if kind < 75 {
            // Lines that report no recipient.
            match rng.below(4) {
                0 => writeln!(out, "{when} mx postfix/qmgr[2]: {id}: removed")?,
                1 => writeln!(out, "{when} mx postfix/cleanup[3]: {id}: message-id=<{id}@example.net>")?,
                2 => writeln!(
                    out,
                    "{when} mx postfix/qmgr[2]: {id}: from=<news@example.net>, size=4096, nrcpt=1 (queue active)"
                )?,
                _ => writeln!(out, "{when} mx postfix/smtpd[4]: connect from unknown[198.51.100.{}]", rng.below(255))?,
            }
            continue;
        }
        let f = &FAILURES[rng.below(FAILURES.len() as u64) as usize];
        let domain =
            if f.domain == "*" { format!("d{}.example", rng.below(spread.max(1))) } else { f.domain.to_string() };
        let addr = format!("user{}@{domain}", rng.below(100_000));
        let host = f.host.replace("{domain}", &domain);
        let reply = f.reply.replace("{id}", &id).replace("{addr}", &addr);
        if f.deferred {
            w.deferred += 1;
        } else {
            w.bounced += 1;
        }
        *w.reasons.entry(f.reason).or_default() += 1;
        *w.domains.entry(domain).or_default() += 1;
        let status = if f.deferred { "deferred" } else { "bounced" };
        // Sendmail words a bounce in its own terms (`stat=User unknown`), which says less than the
        // reply; it writes only those it can word exactly, and deferrals with the reply.
        let mta = if mta >= 8 && !f.deferred && f.dsn != "5.1.1" { 0 } else { mta };
        match (mta, reply.is_empty()) {
            (0..=5, true) => writeln!(out, "{when} mx postfix/smtp[{i}]: {id}: to=<{addr}>, relay=none, delay=30, delays=0/0/30/0, dsn={}, status={status} (connect to {host}[192.0.2.30]:25: Connection timed out)", f.dsn)?,
            (0..=5, false) => writeln!(out, "{when} mx postfix/smtp[{i}]: {id}: to=<{addr}>, relay={host}[192.0.2.30]:25, delay=1.2, delays=0.1/0/0.4/0.7, dsn={}, status={status} (host {host}[192.0.2.30] said: {reply} (in reply to RCPT TO command))", f.dsn)?,
            (6..=7, true) => writeln!(out, "2026-11-30 10:00:00 1{id}-000Efg-Hi == {addr} R=dnslookup T=remote_smtp defer (110): Connection timed out")?,
            (6..=7, false) => {
                let mark = if f.deferred { "==" } else { "**" };
                let defer = if f.deferred { " defer (-44)" } else { "" };
                writeln!(out, "2026-11-30 10:00:00 1{id}-000Efg-Hi {mark} {addr} R=dnslookup T=remote_smtp{defer} H={host} [192.0.2.30]: SMTP error from remote mail server after RCPT TO:<{addr}>: {reply}")?
            }
            (_, true) => writeln!(out, "{when} mail sm-mta[{i}]: {id}: to=<{addr}>, delay=00:05:00, xdelay=00:05:00, mailer=esmtp, pri=120, relay={host}., dsn={}, stat=Deferred: Connection timed out with {host}.", f.dsn)?,
            (_, false) if f.deferred => writeln!(out, "{when} mail sm-mta[{i}]: {id}: to=<{addr}>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120, relay={host}. [192.0.2.30], dsn={}, stat=Deferred: {reply}", f.dsn)?,
            (_, false) => writeln!(out, "{when} mail sm-mta[{i}]: {id}: to=<{addr}>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120, relay={host}. [192.0.2.30], dsn={}, stat=User unknown", f.dsn)?,
        }
    }
    Ok(w)
}
