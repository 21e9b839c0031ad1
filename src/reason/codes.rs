//! The reason an enhanced status code names by itself, where it names one (RFC 3463 and later
//! registry entries). Generic codes (`X.0.0`, `X.7.0`, `X.5.0`) name none: the words decide.

use super::Reason;
use crate::code::Enhanced;

pub fn reason(enhanced: Option<Enhanced>, basic: Option<u16>) -> Option<Reason> {
    use Reason::*;
    if let Some(e) = enhanced {
        let permanent = e.class != Some(4);
        let r = match (e.subject, e.detail) {
            (1, 1) | (1, 3) if permanent => UserUnknown,
            (1, 0) if permanent => UserUnknown,
            (1, 2) if permanent => HostUnknown,
            (1, 10) => NotAccept,
            (1, 4) => Filtered,
            (1, 6) => HasMoved,
            (1, 7) | (1, 8) => Rejected,
            (1, 9) => SystemError,
            (2, 1) => Filtered,
            (2, 2) => MailboxFull,
            (2, 3) => ExceedLimit,
            (2, 4) => Filtered,
            (3, 0) if permanent => SystemError,
            (3, 1) => SystemFull,
            (3, 2) => NotAccept,
            (3, 3) | (3, 5) => SystemError,
            (3, 4) => MesgTooBig,
            (4, 1) => Expired,
            (4, 2) | (4, 4) if !permanent => NetworkError,
            (4, 4) => HostUnknown,
            (4, 6) | (4, 8) => NetworkError,
            (4, 3) => SystemError,
            (4, 5) => SystemFull,
            (4, 7) => Expired,
            (5, 1) => SyntaxError,
            (5, 3) => TooManyConn,
            (5, 2) | (5, 6) if permanent => SyntaxError,
            (5, 4) | (5, 5) => SystemError,
            (6, _) => ContentError,
            (7, 13) => Suspend,
            (7, 16) => MesgTooBig,
            (7, 17) | (7, 18) => HasMoved,
            (7, 20..=24) | (7, 26) | (7, 29) => AuthFailure,
            (7, 25) => RequirePtr,
            (7, 27) => NotAccept,
            (7, 28) => SpamDetected,
            (7, 1) | (7, 2) if !permanent => Blocked,
            // Microsoft's own 4.7.500-4.7.699: the sending IP is throttled.
            (7, 500..=699) if !permanent => Speeding,
            (7, 1..=12) | (7, 14) | (7, 15) | (7, 19) | (7, 30) if permanent => SecurityError,
            _ => return None,
        };
        return Some(r);
    }
    basic_reason(basic)
}

/// The few basic codes that say why by themselves.
fn basic_reason(basic: Option<u16>) -> Option<Reason> {
    match basic? {
        552 => Some(Reason::MailboxFull),
        523 => Some(Reason::MesgTooBig),
        _ => None,
    }
}
