//! The reply explainer on replies of every shape: one line, many lines (CRLF, LF, lone CR),
//! continuations flattened into one line, bounce fields, `smtp;` prefixes, prose around a reply,
//! replies without an enhanced code, and the marks and tags of providers.

use smtp_code::reply::{explain, Warning};

struct Case {
    input: &'static str,
    basic: Option<u16>,
    enhanced: Option<&'static str>,
    /// A part of the cleaned text, and a part it must no longer contain.
    text_has: &'static str,
    text_lacks: &'static str,
    lines: usize,
    provider: Option<&'static str>,
    tags: &'static [&'static str],
    warnings: &'static [Warning],
}

const NONE: Case = Case {
    input: "",
    basic: None,
    enhanced: None,
    text_has: "",
    text_lacks: "\u{0}",
    lines: 0,
    provider: None,
    tags: &[],
    warnings: &[],
};

fn check(c: &Case) {
    let e = explain(c.input);
    let what = c.input.chars().take(60).collect::<String>();
    assert_eq!(e.basic, c.basic, "basic of {what:?}");
    assert_eq!(e.enhanced.map(|x| x.to_string()).as_deref(), c.enhanced, "enhanced of {what:?}");
    assert!(e.text.contains(c.text_has), "text of {what:?}: {:?}", e.text);
    assert!(!e.text.contains(c.text_lacks), "text of {what:?} still has {:?}: {:?}", c.text_lacks, e.text);
    assert_eq!(e.lines.len(), c.lines, "lines of {what:?}: {:?}", e.lines);
    assert_eq!(e.provider, c.provider, "provider of {what:?}");
    let tags: Vec<String> = e.tags.iter().map(|t| t.label()).collect();
    assert_eq!(tags, c.tags, "tags of {what:?}");
    assert_eq!(e.warnings, c.warnings, "warnings of {what:?}");
}

#[test]
fn one_line_replies() {
    for c in [
        Case {
            input: "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
            basic: Some(550),
            enhanced: Some("5.1.1"),
            text_has: "Recipient address rejected: User unknown",
            text_lacks: "550",
            lines: 1,
            ..NONE
        },
        Case {
            input: "451 4.7.1 Please try again later",
            basic: Some(451),
            enhanced: Some("4.7.1"),
            text_has: "Please try again later",
            text_lacks: "4.7.1",
            lines: 1,
            ..NONE
        },
        Case { input: "221 2.0.0 Bye", basic: Some(221), enhanced: Some("2.0.0"), text_has: "Bye", lines: 1, ..NONE },
        Case {
            input: "250 2.0.0 OK  1700000000 a1b2c3d4e5f6.7 - gsmtp",
            basic: Some(250),
            enhanced: Some("2.0.0"),
            text_has: "OK",
            lines: 1,
            provider: Some("Google"),
            ..NONE
        },
        Case {
            input: "354 End data with <CR><LF>.<CR><LF>",
            basic: Some(354),
            text_has: "End data with",
            text_lacks: "354",
            lines: 1,
            ..NONE
        },
        Case {
            input: "  421 4.3.2 Service shutting down  ",
            basic: Some(421),
            enhanced: Some("4.3.2"),
            text_has: "Service shutting down",
            lines: 1,
            ..NONE
        },
        Case {
            input: "550 5.1.1 Адрес не существует",
            basic: Some(550),
            enhanced: Some("5.1.1"),
            text_has: "Адрес не существует",
            lines: 1,
            ..NONE
        },
        Case {
            input: "530 5.7.0: Must issue a STARTTLS command first",
            basic: Some(530),
            enhanced: Some("5.7.0"),
            text_has: "Must issue a STARTTLS",
            lines: 1,
            ..NONE
        },
    ] {
        check(&c);
    }
}

#[test]
fn replies_without_an_enhanced_code() {
    for c in [
        Case { input: "550 Sender verify failed", basic: Some(550), text_has: "Sender verify failed", text_lacks: "550", lines: 1, ..NONE },
        Case {
            input: "554 delivery error: dd This user doesn't have a yahoo.com account (bob@yahoo.com) [0] - mta1234.mail.gq1.yahoo.com",
            basic: Some(554),
            text_has: "delivery error: dd This user",
            lines: 1,
            provider: Some("Yahoo"),
            tags: &["dd"],
            ..NONE
        },
        Case { input: "500 Command unrecognized", basic: Some(500), text_has: "Command unrecognized", lines: 1, ..NONE },
        Case { input: "550", basic: Some(550), lines: 1, ..NONE },
    ] {
        check(&c);
    }
}

#[test]
fn multi_line_replies_in_every_line_ending() {
    let gmail = Case {
        input: "550-5.7.26 This mail is unauthenticated, which poses a security risk to the\r\n550-5.7.26 sender and Gmail users, and has been blocked.\r\n550 5.7.26 https://support.google.com/mail/answer/81126 - gsmtp",
        basic: Some(550),
        enhanced: Some("5.7.26"),
        text_has: "This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked.",
        text_lacks: "550-",
        lines: 3,
        provider: Some("Google"),
        ..NONE
    };
    check(&gmail);
    check(&Case { input: &*Box::leak(gmail.input.replace("\r\n", "\n").into_boxed_str()), ..gmail });
    check(&Case { input: &*Box::leak(gmail.input.replace("\r\n", "\r").into_boxed_str()), ..gmail });
    check(&Case {
        input: "421-4.7.28 [203.0.113.9      15] Our system has detected an unusual rate of\n421-4.7.28 unsolicited mail originating from your IP address. To protect our\n421 4.7.28 users from spam, mail sent from your IP address has been temporarily rate limited. - gsmtp",
        basic: Some(421),
        enhanced: Some("4.7.28"),
        text_has: "unusual rate of unsolicited mail",
        text_lacks: "421",
        lines: 3,
        provider: Some("Google"),
        ..NONE
    });
    check(&Case {
        input: "452-4.2.2 The email account that you tried to reach is over quota. Please direct\n452 4.2.2 the recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp",
        basic: Some(452),
        enhanced: Some("4.2.2"),
        text_has: "over quota. Please direct the recipient",
        lines: 2,
        provider: Some("Google"),
        ..NONE
    });
    // An EHLO reply: capabilities, no enhanced code.
    check(&Case {
        input: "250-mx.example.com at your service\r\n250-SIZE 157286400\r\n250-8BITMIME\r\n250 SMTPUTF8",
        basic: Some(250),
        text_has: "SIZE 157286400 8BITMIME SMTPUTF8",
        lines: 4,
        ..NONE
    });
}

#[test]
fn continuation_lines_flattened_into_one() {
    check(&Case {
        input: "550-5.7.26 This mail is unauthenticated, 550-5.7.26 which poses a security risk. 550 5.7.26 Learn more - gsmtp",
        basic: Some(550),
        enhanced: Some("5.7.26"),
        text_has: "This mail is unauthenticated, which poses a security risk. Learn more - gsmtp",
        text_lacks: "550",
        lines: 3,
        provider: Some("Google"),
        ..NONE
    });
    check(&Case {
        input: "550-Line one of the policy 550 Line two",
        basic: Some(550),
        text_has: "Line one of the policy Line two",
        text_lacks: "550",
        lines: 2,
        ..NONE
    });
    // A number inside the text that only looks like a prefix stays text.
    check(&Case {
        input: "552 5.3.4 Message size 552 bytes over the limit",
        basic: Some(552),
        enhanced: Some("5.3.4"),
        text_has: "Message size 552 bytes",
        lines: 1,
        ..NONE
    });
}

#[test]
fn bounce_messages_and_report_fields() {
    let bounce = "Reporting-MTA: dns; mail.example.org\r\n\r\nFinal-Recipient: rfc822; bob@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\nRemote-MTA: dns; mx.example.com\r\nDiagnostic-Code: smtp; 550 5.1.1 <bob@example.com>: Recipient address\r\n    rejected: User unknown in local recipient table\r\n";
    check(&Case {
        input: bounce,
        basic: Some(550),
        enhanced: Some("5.1.1"),
        text_has: "Recipient address rejected: User unknown",
        text_lacks: "smtp;",
        lines: 2,
        ..NONE
    });
    check(&Case {
        input: "Action: failed\nStatus: 5.4.4\nDiagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found",
        enhanced: Some("5.4.4"),
        text_has: "Host or domain name not found",
        lines: 1,
        ..NONE
    });
    check(&Case { input: "Status: 4.2.2", enhanced: Some("4.2.2"), ..NONE });
    check(&Case {
        input: "Diagnostic-Code: smtp; 550-5.7.1 [203.0.113.9] Our system has detected that this\n message is likely unsolicited mail. - gsmtp",
        basic: Some(550),
        enhanced: Some("5.7.1"),
        text_has: "detected that this message is likely unsolicited mail",
        lines: 2,
        provider: Some("Google"),
        ..NONE
    });
}

#[test]
fn smtp_prefixes_and_prose_around_a_reply() {
    for c in [
        Case {
            input: "smtp; 554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org",
            basic: Some(554),
            enhanced: Some("5.7.1"),
            text_has: "Service unavailable; Client host",
            text_lacks: "smtp;",
            lines: 1,
            ..NONE
        },
        Case { input: "SMTP;550 5.1.1 user unknown", basic: Some(550), enhanced: Some("5.1.1"), text_has: "user unknown", lines: 1, ..NONE },
        Case {
            input: "host mx.example.com[203.0.113.5] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)",
            basic: Some(550),
            enhanced: Some("5.1.1"),
            text_has: "Recipient address rejected",
            text_lacks: "said:",
            lines: 1,
            ..NONE
        },
        Case {
            input: "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
            basic: Some(550),
            enhanced: Some("5.1.1"),
            text_has: "RESOLVER.ADR.RecipNotFound",
            lines: 1,
            provider: Some("Microsoft"),
            ..NONE
        },
        Case {
            input: "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
            basic: Some(550),
            enhanced: Some("5.1.1"),
            text_has: "not found",
            lines: 1,
            provider: Some("Microsoft"),
            ..NONE
        },
    ] {
        check(&c);
    }
}

#[test]
fn providers_and_their_tags() {
    for c in [
        Case {
            input: "421 4.7.0 [TSS04] Messages from 203.0.113.9 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
            basic: Some(421),
            enhanced: Some("4.7.0"),
            text_has: "[TSS04] Messages from",
            lines: 1,
            provider: Some("Yahoo"),
            tags: &["TSS04"],
            ..NONE
        },
        Case {
            input: "550 5.7.1 Unfortunately, messages from [203.0.113.9] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM0PR01MB1234.eurprd01.prod.exchangelabs.com]",
            basic: Some(550),
            enhanced: Some("5.7.1"),
            text_has: "on our block list (S3140)",
            lines: 1,
            provider: Some("Microsoft"),
            tags: &["S3140"],
            ..NONE
        },
        Case {
            input: "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
            basic: Some(550),
            enhanced: Some("5.1.10"),
            text_has: "Recipient not found",
            lines: 1,
            provider: Some("Microsoft"),
            ..NONE
        },
        Case {
            input: "550 5.7.606 Access denied, banned sending IP [203.0.113.9]. To request removal from this list please visit https://sender.office.com/ and follow the directions.",
            basic: Some(550),
            enhanced: Some("5.7.606"),
            text_has: "banned sending IP",
            lines: 1,
            provider: Some("Microsoft"),
            ..NONE
        },
        Case {
            input: "550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
            basic: Some(550),
            enhanced: Some("5.7.1"),
            text_has: "Message rejected due to local policy",
            lines: 1,
            provider: Some("Apple"),
            tags: &["CS01"],
            ..NONE
        },
        Case {
            input: "554 5.7.1 [HM08] Message rejected due to local policy. icloud.com",
            basic: Some(554),
            enhanced: Some("5.7.1"),
            text_has: "local policy",
            lines: 1,
            provider: Some("Apple"),
            tags: &["HM08"],
            ..NONE
        },
    ] {
        check(&c);
    }
}

#[test]
fn warnings_where_the_codes_disagree() {
    check(&Case {
        input: "550 4.7.1 Greylisted, please retry",
        basic: Some(550),
        enhanced: Some("4.7.1"),
        text_has: "Greylisted",
        lines: 1,
        warnings: &[Warning::ClassMismatch],
        ..NONE
    });
    check(&Case {
        input: "550-5.1.1 first line\n551 5.1.1 second line",
        basic: Some(550),
        enhanced: Some("5.1.1"),
        text_has: "first line second line",
        lines: 2,
        warnings: &[Warning::CodesDiffer],
        ..NONE
    });
    check(&Case {
        input: "421-4.7.0 first\n421 4.7.1 second",
        basic: Some(421),
        enhanced: Some("4.7.0"),
        text_has: "first second",
        lines: 2,
        warnings: &[Warning::CodesDiffer],
        ..NONE
    });
}

#[test]
fn text_without_a_reply() {
    for input in
        ["", "   \r\n  ", "hello world", "Your message could not be delivered.", "version 1.2.3 of 2024", "6000 apples"]
    {
        let e = explain(input);
        assert_eq!((e.basic, e.enhanced), (None, None), "{input:?}");
    }
}
