//! The UI's words (labels, headings, messages) in every language of `catalog/languages.toml`, from
//! `catalog/ui/<tag>.toml` (a key missing in a language stops the build), and the wording of the
//! computed facts around the catalog's content.

use crate::catalog::{Actor, Phase, Severity};
use crate::code::Hint;
use crate::compare::{Fact, Retry};
use crate::entry::Outcome;
use crate::reason::Bounce;
use crate::reply::Warning;

include!(concat!(env!("OUT_DIR"), "/ui_data.rs"));

impl Lang {
    /// Picks the language of a BCP 47 tag by its primary subtag (`ko-KR` is Korean, `zh-Hans-CN`
    /// Chinese, `pt-BR` Portuguese); `in` is the old code for Indonesian. `None` for a language we
    /// lack, so the caller can look further.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        let primary = if primary == "in" { "id".to_string() } else { primary };
        Lang::ALL.iter().copied().find(|l| l.tag() == primary)
    }

    /// The first tag we speak, else English: never fails.
    pub fn pick<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter().find_map(Lang::from_tag).unwrap_or_default()
    }

    /// A UI word in this language: English is built in; the others come with their `ui` chunk
    /// (native builds have them all), and show English until it has arrived.
    pub fn t(self, m: Msg) -> &'static str {
        let en = MSG_EN[m as usize];
        if self == Lang::En {
            return en;
        }
        crate::text::ui_word(self, m as usize).unwrap_or(en)
    }
}

pub fn outcome(lang: Lang, o: Outcome) -> &'static str {
    lang.t(match o {
        Outcome::Success => Msg::Success,
        Outcome::Continue => Msg::Continue,
        Outcome::Transient => Msg::Transient,
        Outcome::Permanent => Msg::Permanent,
    })
}

pub fn retry(lang: Lang, r: Retry) -> &'static str {
    lang.t(match r {
        Retry::NotNeeded => Msg::RetryNotNeeded,
        Retry::Continue => Msg::RetryContinue,
        Retry::Later => Msg::RetryLater,
        Retry::NotUnchanged => Msg::RetryNotUnchanged,
    })
}

pub fn severity(lang: Lang, s: Severity) -> &'static str {
    lang.t(match s {
        Severity::None => Msg::SeverityNone,
        Severity::Low => Msg::SeverityLow,
        Severity::Medium => Msg::SeverityMedium,
        Severity::High => Msg::SeverityHigh,
    })
}

pub fn actor(lang: Lang, a: Actor) -> &'static str {
    lang.t(match a {
        Actor::None => Msg::ActorNone,
        Actor::Sender => Msg::ActorSender,
        Actor::Receiver => Msg::ActorReceiver,
        Actor::Both => Msg::ActorBoth,
    })
}

/// SMTP commands keep their names in every language; the other phases are words.
pub fn phase(lang: Lang, p: Phase) -> &'static str {
    match p {
        Phase::Connect => lang.t(Msg::PhaseConnect),
        Phase::Any => lang.t(Msg::PhaseAny),
        Phase::EndOfData => lang.t(Msg::PhaseEndOfData),
        Phase::Ehlo => "EHLO/HELO",
        Phase::Starttls => "STARTTLS",
        Phase::Auth => "AUTH",
        Phase::Mail => "MAIL FROM",
        Phase::Rcpt => "RCPT TO",
        Phase::Data => "DATA",
        Phase::Quit => "QUIT",
        Phase::Vrfy => "VRFY",
        Phase::Expn => "EXPN",
        Phase::Help => "HELP",
        Phase::Etrn => "ETRN",
        Phase::Atrn => "ATRN",
    }
}

pub fn warning(lang: Lang, w: Warning) -> &'static str {
    lang.t(match w {
        Warning::ClassMismatch => Msg::WarnClassMismatch,
        Warning::CodesDiffer => Msg::WarnCodesDiffer,
    })
}

/// The verdict's heading: hard, soft, or nothing failed.
pub fn verdict(lang: Lang, b: Option<Bounce>) -> &'static str {
    lang.t(match b {
        Some(Bounce::Hard) => Msg::HardBounce,
        Some(Bounce::Soft) => Msg::SoftBounce,
        None => Msg::NothingFailed,
    })
}

/// A DSN action (`failed`, `delayed` …) worded; an unknown one as it is.
pub fn action(lang: Lang, a: &str) -> &str {
    match a {
        "failed" => lang.t(Msg::ActionFailed),
        "delayed" => lang.t(Msg::ActionDelayed),
        "delivered" => lang.t(Msg::ActionDelivered),
        "relayed" => lang.t(Msg::ActionRelayed),
        "expanded" => lang.t(Msg::ActionExpanded),
        "complained" => lang.t(Msg::ActionComplained),
        other => other,
    }
}

pub fn hint(lang: Lang, h: Hint) -> &'static str {
    lang.t(match h {
        Hint::NotACode => Msg::HintNotACode,
        Hint::BasicRange => Msg::HintBasicRange,
        Hint::EnhancedClass => Msg::HintEnhancedClass,
    })
}

/// The label of a comparison row.
pub fn aspect(lang: Lang, f: &Fact) -> &'static str {
    lang.t(match f {
        Fact::Class(_) => Msg::Class,
        Fact::Outcome(_) => Msg::Outcome,
        Fact::Retry(_) => Msg::Retry,
        Fact::Phases(_) => Msg::Phase,
        Fact::Actor(_) => Msg::WhoActs,
        Fact::Severity(_) => Msg::Severity,
        Fact::Standard(_) => Msg::Standard,
    })
}

/// A fact worded: `retry later`, `MAIL FROM, RCPT TO`, `—` where nothing is known.
pub fn fact(lang: Lang, f: &Fact) -> String {
    match f {
        Fact::Class(c) => c.clone(),
        Fact::Outcome(o) => o.map_or("—", |o| outcome(lang, o)).to_string(),
        Fact::Retry(r) => r.map_or("—", |r| retry(lang, r)).to_string(),
        Fact::Phases([]) => "—".to_string(),
        Fact::Phases(ps) => ps.iter().map(|&p| phase(lang, p)).collect::<Vec<_>>().join(", "),
        Fact::Actor(a) => actor(lang, *a).to_string(),
        Fact::Severity(s) => severity(lang, *s).to_string(),
        Fact::Standard(b) => lang.t(if *b { Msg::Yes } else { Msg::No }).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_language_by_primary_subtag_and_falls_back() {
        assert_eq!(Lang::from_tag("ko-KR"), Some(Lang::Ko));
        assert_eq!(Lang::from_tag("DE"), Some(Lang::De));
        assert_eq!(Lang::from_tag("in"), Some(Lang::Id));
        assert_eq!(Lang::from_tag("zh-Hans-CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("pt_BR"), Some(Lang::Pt));
        assert_eq!(Lang::from_tag("sw"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::pick(["xx", "", "de-AT"]), Lang::De);
        assert_eq!(Lang::pick(["zz-ZZ"]), Lang::En);
        assert_eq!(Lang::Ja.content(), Lang::En);
        assert_eq!(Lang::Ko.content(), Lang::Ko);
    }

    #[test]
    fn every_language_is_complete_and_translated() {
        for &m in Msg::ALL {
            for lang in Lang::ALL {
                assert!(!lang.t(m).trim().is_empty(), "{m:?} is empty in {lang:?}");
            }
        }
        // Languages in other scripts share no text with English; the others only a few words
        // ("Standard", "vs", "Status").
        for lang in Lang::ALL.into_iter().skip(1) {
            let same: Vec<_> = Msg::ALL.iter().filter(|&&m| lang.t(m) == Lang::En.t(m)).collect();
            let other_script = matches!(lang, Lang::Ko | Lang::Ja | Lang::Zh | Lang::Ru);
            let allowed = if other_script { 1 } else { Msg::ALL.len() / 10 };
            assert!(same.len() <= allowed, "{lang:?}: {} texts equal to English: {same:?}", same.len());
        }
    }
}
