//! Why a delivery failed, as a name (compatible with Sisimai's reasons) and the verdict that follows
//! from it: a hard bounce when the address itself will not take mail, soft otherwise. The reason is
//! read from the server's words first (`phrases`), then from the codes (`codes`), then from where in
//! the session it failed; words win because servers send generic codes with specific text.

mod codes;
mod phrases;

use crate::code::Enhanced;

macro_rules! reasons {
    ($($variant:ident => $name:literal,)*) => {
        /// A reason a message was not (or was) delivered.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Reason { $($variant),* }
        impl Reason {
            pub const ALL: &'static [Reason] = &[$(Reason::$variant),*];
            /// The reason's name, as DESIGN.md and Sisimai spell it.
            pub fn name(self) -> &'static str {
                match self { $(Reason::$variant => $name),* }
            }
            pub fn from_name(name: &str) -> Option<Reason> {
                match name { $($name => Some(Reason::$variant),)* _ => None }
            }
        }
    };
}

reasons! {
    UserUnknown => "userunknown",
    HostUnknown => "hostunknown",
    HasMoved => "hasmoved",
    MailboxFull => "mailboxfull",
    MesgTooBig => "mesgtoobig",
    ExceedLimit => "exceedlimit",
    Suspend => "suspend",
    SyntaxError => "syntaxerror",
    NotAccept => "notaccept",
    AuthFailure => "authfailure",
    BadReputation => "badreputation",
    Blocked => "blocked",
    SpamDetected => "spamdetected",
    VirusDetected => "virusdetected",
    PolicyViolation => "policyviolation",
    Rejected => "rejected",
    Filtered => "filtered",
    SecurityError => "securityerror",
    NoRelaying => "norelaying",
    NotCompliantRfc => "notcompliantrfc",
    RequirePtr => "requireptr",
    Speeding => "speeding",
    TooManyConn => "toomanyconn",
    ContentError => "contenterror",
    NetworkError => "networkerror",
    SystemError => "systemerror",
    SystemFull => "systemfull",
    MailerError => "mailererror",
    Expired => "expired",
    OnHold => "onhold",
    Delivered => "delivered",
    Vacation => "vacation",
    Feedback => "feedback",
    Undefined => "undefined",
}

/// Hard: remove the address from your lists. Soft: the address may be fine; fix and retry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bounce {
    Hard,
    Soft,
}

impl Bounce {
    pub fn as_str(self) -> &'static str {
        match self {
            Bounce::Hard => "hard",
            Bounce::Soft => "soft",
        }
    }
}

/// The SMTP command a reply answered, where a bounce says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Connect,
    Ehlo,
    StartTls,
    Auth,
    Mail,
    Rcpt,
    Data,
}

impl Command {
    /// The command a reply answered: `(in reply to RCPT TO command)` in the reply itself, else
    /// the last one that the text before it names (`>>> DATA`, `after RCPT TO:<a@b>:`).
    pub fn find(before: &str, reply: &str) -> Option<Command> {
        let r = reply.to_ascii_lowercase();
        if let Some(p) = r.find("in reply to ") {
            let tail = &r[p + 12..];
            let end = tail.char_indices().nth(28).map_or(tail.len(), |(i, _)| i);
            return Command::last(&tail[..end]);
        }
        // Words only a reply to RCPT TO carries (Postfix's, Yahoo's `[RCPT_TO]` mark).
        if ["recipient address rejected", "[rcpt_to]", "rcpt to"].iter().any(|w| r.contains(w)) {
            return Some(Command::Rcpt);
        }
        Command::last(&before.to_ascii_lowercase())
    }

    /// The command named last in `t` (lowercase).
    fn last(t: &str) -> Option<Command> {
        const WORDS: &[(&str, Command)] = &[
            ("rcpt to", Command::Rcpt),
            ("does not like recipient", Command::Rcpt),
            ("rcpt", Command::Rcpt),
            ("end of data", Command::Data),
            (">>> data", Command::Data),
            ("after data", Command::Data),
            ("data command", Command::Data),
            ("end of message", Command::Data),
            ("mail from", Command::Mail),
            ("ehlo", Command::Ehlo),
            ("helo", Command::Ehlo),
            ("starttls", Command::StartTls),
            ("auth ", Command::Auth),
            ("initial connection", Command::Connect),
            ("connect to", Command::Connect),
            ("greeting", Command::Connect),
            ("banner", Command::Connect),
        ];
        WORDS
            .iter()
            .filter_map(|&(w, c)| t.rfind(w).map(|p| (p + w.len(), c)))
            .max_by_key(|&(end, _)| end)
            .map(|(_, c)| c)
    }
}

/// What is known of one recipient's failure.
#[derive(Clone, Copy, Debug, Default)]
pub struct Evidence<'a> {
    pub basic: Option<u16>,
    pub enhanced: Option<Enhanced>,
    /// The server's words without the codes.
    pub text: &'a str,
    /// The reply as quoted, with what the reporting MTA wrote around it on its line.
    pub reply: &'a str,
    /// What the bounce says around them (read when the server's words name no reason).
    pub context: &'a str,
    /// The DSN `Action` (`failed`, `delayed`, `delivered` …), lowercased.
    pub action: Option<&'a str>,
    pub command: Option<Command>,
    /// The type of the DSN's `Diagnostic-Code` (`smtp`, `x-unix`, `x-postfix`), lowercased.
    pub diagnostic_type: Option<&'a str>,
    /// The recipient's address, for the rules of services that answer without SMTP replies.
    pub address: &'a str,
}

impl Evidence<'_> {
    /// The class of the failure: 2, 4 or 5, from the enhanced code, else the basic code.
    pub fn class(&self) -> Option<u8> {
        self.enhanced
            .and_then(|e| e.class)
            .or_else(|| self.basic.map(|b| (b / 100) as u8))
            .filter(|c| matches!(c, 2 | 4 | 5))
    }
}

/// The reasons tried first, in order: each holds when the code names it or the server's words do
/// (with the exceptions in `holds`). Specific reasons come before the broad ones.
const FIRST: &[Reason] = &[
    Reason::MailboxFull,
    Reason::MesgTooBig,
    Reason::ExceedLimit,
    Reason::Suspend,
    Reason::HasMoved,
    Reason::NoRelaying,
    Reason::AuthFailure,
    Reason::UserUnknown,
    Reason::Filtered,
    Reason::RequirePtr,
    Reason::NotCompliantRfc,
    Reason::BadReputation,
    Reason::ContentError,
    Reason::Rejected,
    Reason::HostUnknown,
    Reason::VirusDetected,
    Reason::SpamDetected,
    Reason::TooManyConn,
    Reason::Speeding,
    Reason::Blocked,
];

/// Then, where the code names no reason or only a vague one, the words of these reasons.
const THEN: &[Reason] = &[
    Reason::MailboxFull,
    Reason::AuthFailure,
    Reason::BadReputation,
    Reason::Speeding,
    Reason::SpamDetected,
    Reason::VirusDetected,
    Reason::PolicyViolation,
    Reason::NoRelaying,
    Reason::SystemError,
    Reason::NetworkError,
    Reason::Suspend,
    Reason::ContentError,
    Reason::SystemFull,
    Reason::NotAccept,
    Reason::Expired,
    Reason::SecurityError,
    Reason::MailerError,
    Reason::SyntaxError,
];

/// Reasons a code names that say little on their own: the words may say more.
fn vague(r: Option<Reason>) -> bool {
    r.is_none_or(|r| {
        matches!(
            r,
            Reason::Undefined
                | Reason::OnHold
                | Reason::SystemError
                | Reason::SecurityError
                | Reason::Expired
                | Reason::NetworkError
                | Reason::HostUnknown
                | Reason::UserUnknown
        )
    })
}

/// `specific`: the reply carries an enhanced code that is not about the mailbox or a policy (X.2.x,
/// X.7.x); with the command unknown, that tips words of an unknown user towards `userunknown` rather than `filtered`.
fn holds(
    r: Reason,
    code: Option<Reason>,
    words: phrases::Words,
    command: Option<Command>,
    coded: bool,
    specific: bool,
) -> bool {
    use Reason::*;
    match r {
        // An unknown user by the code alone, unless the words say it is something else; by the
        // words alone in reply to RCPT TO, or in the reporting MTA's own words (no reply code). A
        // server that says so to another command, or to one the bounce does not name, answered
        // after its filters had seen the message: Sisimai calls that filtered, and so do we.
        UserUnknown => {
            (code == Some(UserUnknown)
                && !words.any(&[Blocked, MailboxFull, HasMoved, Rejected, NotAccept, Speeding, Suspend, AuthFailure]))
                || (words.has(UserUnknown)
                    && (command == Some(Command::Rcpt) || !coded || specific)
                    && (vague(code) || matches!(code, Some(Filtered | NotAccept))))
        }
        Filtered => {
            words.has(Filtered)
                || (words.has(UserUnknown) && coded && (code == Some(Filtered) || vague(code)) && !specific)
        }
        // A size the recipient's own limit refuses is that limit's, not the system's.
        MesgTooBig => code == Some(MesgTooBig) || (words.has(MesgTooBig) && code != Some(ExceedLimit)),
        // Broad words give way to the narrower reason they come with.
        Rejected => code == Some(Rejected) || (words.has(Rejected) && !words.has(Blocked)),
        HostUnknown => (code == Some(HostUnknown) || words.has(HostUnknown)) && !words.any(&[NetworkError, NotAccept]),
        Blocked => code == Some(Blocked) || (words.has(Blocked) && !words.has(PolicyViolation)),
        _ => code == Some(r) || words.has(r),
    }
}

/// The reason for one recipient.
pub fn classify(ev: &Evidence) -> Reason {
    let action = ev.action.unwrap_or("");
    if matches!(action, "delivered" | "relayed" | "expanded") || ev.class() == Some(2) {
        return Reason::Delivered;
    }
    if action == "complained" {
        return Reason::Feedback;
    }
    let code = codes::reason(ev.enhanced, ev.basic);
    let words = phrases::words(ev.reply);
    let coded = ev.basic.is_some() || ev.enhanced.is_some();
    // Google Groups answers a post to a group that does not exist, or that you may not post to,
    // with a notice in the reader's language and no SMTP reply.
    if !coded && ev.address.to_ascii_lowercase().ends_with("@googlegroups.com") {
        return Reason::Rejected;
    }
    // A diagnostic of a local program (`X-Unix;`: a pipe, procmail) is the reporting MTA's own
    // failure; its words are read below, after the codes.
    let smtp = ev.diagnostic_type.is_none_or(|t| !t.starts_with("x-unix"));
    if smtp {
        let specific = ev.command.is_none() && ev.enhanced.is_some_and(|e| !matches!(e.subject, 2 | 7));
        if let Some(&r) = FIRST.iter().find(|&&r| holds(r, code, words, ev.command, coded, specific)) {
            return r;
        }
    }
    if vague(code) || !smtp {
        // The words of the bounce around the reply count too, now.
        let around = phrases::words(ev.context);
        for w in [words, around] {
            if let Some(&r) = THEN.iter().find(|&&r| w.has(r)) {
                return r;
            }
        }
    }
    if let Some(r) = code {
        return r;
    }
    match ev.enhanced.map(|e| e.subject) {
        Some(6) => return Reason::ContentError,
        Some(7) => return Reason::SecurityError,
        _ => {}
    }
    if ev.diagnostic_type.is_some_and(|t| t.starts_with("x-unix")) {
        return Reason::MailerError;
    }
    if action == "delayed" || action == "expired" {
        return Reason::Expired;
    }
    match ev.command {
        Some(Command::Connect | Command::Ehlo) => return Reason::Blocked,
        Some(Command::Mail) => return Reason::Rejected,
        _ => {}
    }
    if ev.text.trim().is_empty() && ev.basic.is_none() && ev.enhanced.is_none() {
        Reason::Undefined
    } else {
        Reason::OnHold
    }
}

/// The verdict of DESIGN.md: hard when the address itself will not take mail.
pub fn verdict(reason: Reason, class: Option<u8>) -> Option<Bounce> {
    match reason {
        Reason::Delivered | Reason::Vacation | Reason::Feedback => None,
        Reason::UserUnknown | Reason::HostUnknown | Reason::HasMoved => Some(Bounce::Hard),
        // Hard unless the server said 4xx: a domain found to take no mail (a null MX, no MX) is as
        // final as a 5xx refusal, as Sisimai has it.
        Reason::NotAccept if class != Some(4) => Some(Bounce::Hard),
        _ => Some(Bounce::Soft),
    }
}
