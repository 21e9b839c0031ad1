//! The words servers use for each reason, in English and in the languages of large mail systems
//! (German, French, Spanish, Portuguese, Italian, Japanese), collected from real bounces and MTA
//! documentation. Matching is case-insensitive on ASCII; `a*b` means `a`, then `b` within a short
//! distance. `words` tells every reason whose phrases occur; `mod.rs` decides between them.

use super::Reason::{self, *};
use std::sync::OnceLock;

/// How far `b` may follow `a` in an `a*b` phrase, in bytes.
const GAP: usize = 48;

// Phrases grouped on lines by theme, which rustfmt would put one per line.
#[rustfmt::skip]
const TABLE: &[(Reason, &[&str])] = &[
    (MailboxFull, &[
        "mailbox exceeds",
        "mailbox full", "mailbox is full", "mailbox*is full", "mailbox*exceeded", "mailbox size limit", "mailbox*over*quota",
        "over quota", "overquota", "over the quota", "quota exceeded", "quota*exceeded", "exceeded*quota", "exceeds*quota",
        "quota full", "quota violation", "disk quota", "would exceed*quota", "exceed the quota", "storage quota", "mail quota",
        "not enough storage", "insufficient storage space for user", "inbox is full", "account is full", "out of storage",
        "is over its storage", "user is over", "mailfolder is full", "full mailbox", "mailbox is over", "has reached its limit",
        "too much mail data", "is over the allowed", "exceeded storage allocation", "mailbox has exceeded",
        "postfach voll", "postfach ist voll", "speicherplatz", "speicherkontingent", "quota überschritten",
        "boîte pleine", "boite pleine", "boîte aux lettres pleine", "boite aux lettres pleine", "quota dépassé", "quota depasse",
        "buzón lleno", "buzon lleno", "buzón*lleno", "cuota excedida", "caixa postal cheia", "caixa de correio cheia",
        "caixa cheia", "cota excedida", "quota excedida", "casella piena", "spazio esaurito",
        "容量超過", "容量オーバー", "容量が一杯", "容量がいっぱい", "満杯", "メールボックスがいっぱい", "メールボックスが一杯",
    ]),
    (MesgTooBig, &[
        "message too big", "message too large", "message is too large", "message is too big", "message size exceeds",
        "message size*exceeds", "exceeds size limit", "exceeds the maximum size", "exceeded the maximum message size",
        "maximum message size", "email is too large", "message file too big", "larger than the maximum",
        "exceeds the message size", "size exceeds", "too large for this", "message too long", "mail size limit",
        "nachricht ist zu groß", "nachricht zu groß", "message trop volumineux", "message trop gros", "taille maximale",
        "mensaje demasiado grande", "tamaño máximo", "mensagem muito grande", "tamanho máximo", "messaggio troppo grande",
        "サイズが大きすぎ", "サイズ超過", "サイズの上限",
    ]),
    (ExceedLimit, &["message length exceeds", "exceeds limit set by recipient", "exceeds the limit set by"]),
    (Suspend, &[
        "account disabled", "account has been disabled", "account is disabled", "account*disabled", "account suspended",
        "account has been suspended", "account is suspended", "account*suspended", "mailbox disabled", "mailbox is disabled",
        "mailbox has been disabled", "mailbox suspended", "mailbox is inactive", "mailbox inactive", "inactive account",
        "account inactive", "account is inactive", "is inactive", "account expired", "account has expired", "has been deactivated",
        "is deactivated", "is frozen", "user suspended", "recipient suspended", "address is no longer active",
        "currently suspended", "temporarily deactivated", "account is locked", "mailbox is locked", "account locked",
        "temporary locked", "temporarily locked", "disabled recipient", "recipient account is blocked", "compte du destinataire est bloque",
        "konto deaktiviert", "konto gesperrt", "postfach gesperrt", "compte désactivé", "compte suspendu", "cuenta desactivada",
        "cuenta suspendida", "conta desativada", "conta suspensa", "account sospeso", "利用停止", "停止中",
    ]),
    (HasMoved, &["has moved", "has been moved", "mailbox moved", "user has moved", "no longer at this address", "address has changed"]),
    (NoRelaying, &[
        "relay access denied", "relaying denied", "relay denied", "relaying not permitted", "not permitted to relay",
        "relay not permitted", "unable to relay", "relaying disallowed", "we do not relay", "relay prohibited",
        "not allowed to relay", "relaying is prohibited", "relay not allowed", "cannot be relayed", "denied relay",
        "relay rejected", "allowed rcpthosts", "relay not authorized", "relaying is not allowed", "configured to relay",
        "not a gateway", "no relaying", "relais refusé", "relay nicht erlaubt",
    ]),
    (AuthFailure, &[
        "authentication information", "fails to pass authentication",
        "spf check", "spf fail", "spf validation", "spf record", "failed spf", "spf=fail", "sender policy framework",
        "dkim fail", "dkim=fail", "dkim check failed", "failed dkim", "dkim signature", "dmarc", "unauthenticated email",
        "not pass authentication", "authentication checks failed", "must pass either spf or dkim", "domain authentication",
        "sender authentication failed", "arc validation", "not authenticated with spf",
    ]),
    (UserUnknown, &[
        "recipient address rejected: access denied", "not listed in domino directory", "not listed in the directory",
        "recipientnotfound",
        "user unknown", "unknown user", "unknown recipient", "recipient unknown", "no such user", "no such recipient",
        "no such mailbox", "no such address", "no such person", "user not found", "user doesn't exist", "user does not exist",
        "user*does not exist", "user*doesn't exist", "mailbox does not exist", "mailbox*does not exist", "mailbox not found",
        "mailbox unavailable", "mailbox is unavailable", "mailbox not available", "invalid mailbox", "invalid recipient",
        "recipient not found", "recipient does not exist", "recipient*does not exist", "address does not exist",
        "address*does not exist", "account does not exist", "account*does not exist", "address not found", "address unknown",
        "unknown address", "invalid address", "bad address", "bad destination mailbox", "does not exist here",
        "not a valid mailbox", "not a valid recipient", "not a valid user", "no mailbox", "unknown local part",
        "unknown local-part", "unrouteable address", "no valid recipients", "is not a known user", "mailbox unknown",
        "user not known", "user is unknown", "user*unknown", "email address could not be found", "doesn't have a*account",
        "unknown or illegal alias", "badrcptto", "validrcptto", "not a local address", "recipient is not local",
        "recipnotfound", "recipient name is not recognized", "invalid final delivery userid",
        "no account by that name", "address rejected: user", "recipient address rejected: unknown",
        "recipient address rejected: invalid", "no such local user", "userid not found", "mailbox name not allowed",
        "the email account that you tried to reach does not exist", "unknown email address",
        "benutzer unbekannt", "unbekannter benutzer", "unbekannter empfänger", "empfänger unbekannt", "adresse unbekannt",
        "existiert nicht", "ungültige adresse", "kein postfach", "utilisateur inconnu", "destinataire inconnu",
        "adresse inconnue", "n'existe pas", "adresse invalide", "destinataire invalide", "usuario desconocido",
        "destinatario desconocido", "no existe", "dirección no válida", "usuário desconhecido", "usuario desconhecido",
        "destinatário desconhecido", "não existe", "endereço inválido", "utente sconosciuto", "destinatario sconosciuto",
        "non esiste", "indirizzo non valido", "存在しません", "存在しない", "ユーザが見つかりません",
        "ユーザーが見つかりません", "見つかりません", "宛先不明", "該当するユーザ", "アドレスが見つかりません",
    ]),
    (Filtered, &[
        "message filtered", "filtered", "rejected due to user rules", "refuse to receive", "refuses to receive",
        "user reject", "only accepting mail from", "blocked by the recipient", "recipient preferences", "protected by",
    ]),
    (RequirePtr, &[
        "reverse dns", "reverse lookup", "reverse-dns", "reverse hostname", "no ptr", "ptr record", "rdns",
        "cannot find your hostname", "could not resolve your hostname", "hostname does not resolve", "valid ptr",
        "cannot resolve your address", "unresolvable hostname", "fcrdns", "reverse mapping", "ip name lookup failed",
        "unverifyable sending ip", "mismatches client ip", "client host*no reverse", "name lookup failed",
    ]),
    (NotCompliantRfc, &[
        "rfc 5322", "rfc5322", "rfc 2822", "rfc2822", "not rfc compliant", "not compliant with rfc", "multiple from headers",
        "multiple addresses in from", "bare lf", "bare line feed", "headers are not rfc",
    ]),
    (BadReputation, &[
        "reputation", "sender score", "senderscore", "poorly rated", "unexpected volume or user complaints",
        "user complaints", "temporarily deferred due to",
    ]),
    (ContentError, &[
        "duplicate header","media error", "headers too large", "header too long", "invalid header", "illegal attachment", "8bit data"]),
    (Rejected, &[
        "sender address rejected", "sender rejected", "sender verify failed", "domain of sender address", "sender domain",
        "envelope sender", "bad sender", "sender is not", "sender not", "address rejected: sender", "purported responsible address",
        "from address", "sender address", "not a registered gateway user", "access denied",
    ]),
    (HostUnknown, &[
        "domain is not reachable",
        "host unknown", "unknown host", "host not found", "domain not found", "no such domain", "domain does not exist",
        "unknown domain", "domain unknown", "host or domain name not found", "unrouteable mail domain", "unroutable domain",
        "no such host", "domain name not found", "invalid domain", "unresolvable domain", "nxdomain", "domain may not exist",
        "ドメインが存在しません", "domaine inconnu", "domaine inexistant", "dominio inexistente", "domain existiert nicht",
    ]),
    (SpamDetected, &[
        "spam content", "as spam", "spam message", "detected as spam", "spam detected", "considered spam", "likely spam", "spam filter", "spam policy", "identified as spam", "is spam", "probable spam", "spam-", "mcspam", "junk mail", "unsolicited", "looks like spam", "content rejected", "message content rejected",
        "spamassassin", "classified as junk", "identified as junk", "spam score", "message scored", "blacklisted url",
        "uribl", "surbl", "als spam", "como spam", "comme spam", "come spam", "pourriel", "correo no deseado", "迷惑メール", "スパム",
    ]),
    (Speeding, &[
        "rate limit", "rate-limit", "ratelimit", "too fast", "sending rate", "too many messages", "too many emails",
        "too many recipients", "exceeded the rate", "unusual rate", "throttl", "slow down", "receiving mail at a rate",
    ]),
    (TooManyConn, &["too many connections", "too many concurrent", "connection limit", "too many sessions", "connection frequency", "connection rate limit", "maximum number of connections"]),
    (Blocked, &[
        "smtp server of your isp", "use your isp", "your internet service provider", "dynamic ip", "dial-up", "dialup",
        "blocked", "blacklist", "blocklist", "block list", "black list", "listed in", "listed on", "dnsbl", "rbl", "spamhaus",
        "spamcop", "barracuda", "sorbs", "client host rejected", "refused to talk", "not allowed to send", "banned sending ip",
        "connection refused", "your ip", "bloquee", "bloquée", "gesperrt", "blockiert", "bloqué", "bloqueado",
        "ブロック",
    ]),
    (VirusDetected, &["virus", "malware", "infected", "trojan", "malicious", "security policies", "phishing", "logiciel malveillant"]),
    (PolicyViolation, &[
        "content presents a potential security issue","policy", "violat", "potential security issue", "prohibited by", "richtlinie", "politique", "política"]),
    (SystemFull, &["system full", "disk full", "insufficient system storage", "no space left", "out of disk space", "mail system full"]),
    (SystemError, &[
        "currently unavailable",
        "system error", "internal error", "server error", "local error", "configuration error", "misconfigured",
        "service unavailable", "server busy", "local delivery failed", "queue file write error",
        "could not load", "resources", "service refuse", "service refused",
    ]),
    (NetworkError, &[
        "mail loop", "loop detected", "is looping", "too many hops",
        "establish an smtp connection", "couldn't connect", "unable to establish", "could not connect", "failed to connect",
        "hop count exceeded", "routing loop", "host not found, try again",
        "network error", "no route to host", "network is unreachable", "connection reset", "lost connection",
        "name service error", "dns error", "dns lookup", "unreachable",
    ]),
    (MailerError, &["mailer error", "command died", "exit code", "pipe to", "procmail", "unknown mailer"]),
    (Expired, &[
        "retry time", "retry timeout", "delivery time expired", "message expired", "envelope expired", "expired", "could not be delivered within", "connection timed out",
        "timed out", "timeout", "did not accept our requests to connect", "delivery failed*attempts", "has been delayed",
        "will be retried", "message will be retried", "gave up", "giving up",
    ]),
    (NotAccept, &[
        "couldn't find a mail exchanger", "could not find a mail exchanger",
        "does not accept mail", "does not accept e-mail", "accepts no mail", "null mx", "no mx", "no smtp service",
        "not accepting mail", "no mail accepted",
    ]),
    (SyntaxError, &[
        "need rcpt", "need mail", "bad sequence of commands","syntax error", "command unrecognized", "unrecognized command", "invalid command", "improper sequence", "bad sequence", "line too long"]),
    (SecurityError, &[
        "tls required", "starttls", "must issue a starttls", "encryption required", "certificate", "authentication required",
        "must authenticate", "unauthenticated senders", "not authorized to send", "security",
    ]),
];

/// The set of reasons whose words a text holds, as a bit per reason.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Words(u64);

impl Words {
    pub fn has(self, r: Reason) -> bool {
        self.0 & (1 << r as u64) != 0
    }

    pub fn any(self, rs: &[Reason]) -> bool {
        rs.iter().any(|&r| self.has(r))
    }
}

/// The table's phrases by their first three bytes (lowercase), built once, so that a text is
/// read once and only the phrases that can start at a position are tried there: a bit per
/// two-byte start (8 KB) turns most positions away, and the rank of that bit finds the phrases
/// that start so, without a search.
struct Index {
    starts: Vec<u64>,
    /// Per word of `starts`, the bits set in the words before it.
    rank: Vec<u16>,
    /// Per bit set in `starts`, in order, its phrases' range in `entries`.
    ranges: Vec<(u16, u16)>,
    /// (first three bytes, reason, the phrase split at its `*`), sorted by the three bytes.
    entries: Vec<(u32, Reason, &'static str, Option<&'static str>)>,
}

fn key3(b: &[u8]) -> u32 {
    u32::from(b[0].to_ascii_lowercase()) << 16
        | u32::from(b[1].to_ascii_lowercase()) << 8
        | u32::from(b[2].to_ascii_lowercase())
}

fn bit2(a: u8, b: u8) -> (usize, u64) {
    let k = usize::from(a.to_ascii_lowercase()) << 8 | usize::from(b.to_ascii_lowercase());
    (k / 64, 1 << (k % 64))
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut entries = Vec::new();
        let mut starts = vec![0u64; 1024];
        for (reason, phrases) in TABLE {
            for p in *phrases {
                // Every phrase is three bytes or more (a test checks it).
                let b = p.as_bytes();
                if b.len() >= 3 {
                    let (w, bit) = bit2(b[0], b[1]);
                    starts[w] |= bit;
                    let (head, tail) = p.split_once('*').map_or((*p, None), |(h, t)| (h, Some(t)));
                    entries.push((key3(b), *reason, head, tail));
                }
            }
        }
        entries.sort_unstable_by_key(|e| e.0);
        let mut rank = Vec::with_capacity(starts.len());
        let mut n = 0u16;
        for w in &starts {
            rank.push(n);
            n += w.count_ones() as u16;
        }
        // Entries sorted by three bytes are grouped by their first two, in the order of the bits.
        let mut ranges: Vec<(u16, u16)> = Vec::with_capacity(usize::from(n));
        for (i, e) in entries.iter().enumerate() {
            match ranges.last_mut() {
                Some(r) if entries[usize::from(r.0)].0 >> 8 == e.0 >> 8 => r.1 = i as u16 + 1,
                _ => ranges.push((i as u16, i as u16 + 1)),
            }
        }
        Index { starts, rank, ranges, entries }
    })
}

/// Whether `pat` (lowercase) occurs at `at` in `text`, ASCII case folded.
fn at(text: &[u8], at: usize, pat: &[u8]) -> bool {
    text.len() >= at + pat.len() && text[at..at + pat.len()].iter().zip(pat).all(|(a, b)| a.to_ascii_lowercase() == *b)
}

/// `head` at `pos`, then `tail` (if any) within `GAP` bytes after it.
fn matches(text: &[u8], pos: usize, head: &str, tail: Option<&str>) -> bool {
    if !at(text, pos, head.as_bytes()) {
        return false;
    }
    let Some(tail) = tail else { return true };
    let from = pos + head.len();
    let to = (from + GAP).min(text.len());
    (from..=to).any(|p| at(text, p, tail.as_bytes()))
}

/// Every reason the text's words name.
pub fn words(text: &str) -> Words {
    let idx = index();
    let t = text.as_bytes();
    let mut set = 0u64;
    for pos in 0..t.len().saturating_sub(2) {
        let (w, bit) = bit2(t[pos], t[pos + 1]);
        if idx.starts[w] & bit == 0 {
            continue;
        }
        let r = usize::from(idx.rank[w]) + (idx.starts[w] & (bit - 1)).count_ones() as usize;
        let (lo, hi) = idx.ranges[r];
        let key = key3(&t[pos..]);
        for &(k, reason, head, tail) in &idx.entries[usize::from(lo)..usize::from(hi)] {
            if k != key {
                continue;
            }
            if set & (1 << reason as u64) == 0 && matches(t, pos, head, tail) {
                set |= 1 << reason as u64;
            }
        }
    }
    Words(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_every_language() {
        assert!(words("550 5.1.1 <a@example.com>: Recipient address rejected: User unknown").has(UserUnknown));
        assert!(words("552 5.2.2 Mailbox full: user is over quota").has(MailboxFull));
        assert!(words("550 5.7.1 Relay access denied").has(NoRelaying));
        assert!(words("554 Benutzer unbekannt").has(UserUnknown));
        assert!(words("552 Boîte pleine").has(MailboxFull));
        assert!(words("550 Buzón lleno").has(MailboxFull));
        assert!(words("550 Usuário desconhecido").has(UserUnknown));
        assert!(words("550 この宛先は存在しません").has(UserUnknown));
        assert!(words("550 Ihre Nachricht wurde als Spam eingestuft").has(SpamDetected));
        assert_eq!(words("nothing here"), Words::default());
        // The index keys phrases by their first three bytes.
        assert!(TABLE.iter().flat_map(|(_, ps)| ps.iter()).all(|p| p.len() >= 3 && !p.starts_with('*')));
    }
}
