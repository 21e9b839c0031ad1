//! The explainer end to end on the shapes people paste: replies in several languages, mail-log
//! lines of Postfix, Exim and Sendmail, and an Amazon SES notification.

use smtp_code::bounce::Shape;
use smtp_code::explanation::explain;
use smtp_code::reason::{Bounce, Reason};

fn reason(text: &str) -> Option<Reason> {
    explain(text).reason
}

#[test]
fn replies_in_other_languages_name_their_reason() {
    use Reason::*;
    let cases = [
        // German
        ("550 5.1.1 Benutzer unbekannt", UserUnknown),
        ("552 5.2.2 Postfach voll", MailboxFull),
        ("554 5.7.1 Ihre IP-Adresse ist gesperrt", Blocked),
        ("550 5.7.1 Ihre Nachricht wurde als Spam eingestuft", SpamDetected),
        // French
        ("550 5.1.1 Utilisateur inconnu", UserUnknown),
        ("552 5.2.2 Boîte aux lettres pleine", MailboxFull),
        ("554 5.7.1 Adresse IP source bloquée", Blocked),
        ("550 5.7.1 Message considéré comme pourriel", SpamDetected),
        // Spanish
        ("550 5.1.1 Usuario desconocido", UserUnknown),
        ("552 5.2.2 Buzón lleno", MailboxFull),
        ("554 5.7.1 Su dirección IP ha sido bloqueado", Blocked),
        ("550 5.7.1 Mensaje rechazado: correo no deseado", SpamDetected),
        // Portuguese
        ("550 5.1.1 Usuário desconhecido", UserUnknown),
        ("552 5.2.2 Caixa postal cheia", MailboxFull),
        ("554 5.7.1 Endereço IP bloqueado", Blocked),
        ("550 5.7.1 Mensagem identificada como spam", SpamDetected),
        // Japanese
        ("550 5.1.1 宛先のユーザーは存在しません", UserUnknown),
        ("552 5.2.2 メールボックスの容量オーバーです", MailboxFull),
        ("554 5.7.1 送信元IPアドレスはブロックされています", Blocked),
        ("550 5.7.1 迷惑メールと判定されました", SpamDetected),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(t, r)| reason(t) != Some(*r))
        .map(|(t, r)| format!("{t:?}: {:?}, expected {r:?}", reason(t)))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_words_win_over_a_generic_code_and_the_verdict_follows() {
    let e = explain("550 5.1.1 <a@example.com> - 203.0.113.7 has sent to too many recipients this hour. IB607");
    assert_eq!((e.reason, e.bounce), (Some(Reason::Speeding), Some(Bounce::Soft)));
    let e = explain("550 5.1.1 <a@example.com>: Recipient address rejected: User unknown in virtual mailbox table");
    assert_eq!((e.reason, e.bounce), (Some(Reason::UserUnknown), Some(Bounce::Hard)));
    let e = explain("421 4.3.2 Service shutting down, closing channel");
    assert_eq!((e.reason, e.bounce), (Some(Reason::NotAccept), Some(Bounce::Soft)));
    let e = explain("521 5.3.2 example.com does not accept mail");
    assert_eq!((e.reason, e.bounce), (Some(Reason::NotAccept), Some(Bounce::Hard)));
}

#[test]
fn mail_log_lines_of_postfix_exim_and_sendmail() {
    let log = "\
Jul  1 12:00:00 mx postfix/smtp[1]: A1: to=<later@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=3, dsn=4.7.1, status=deferred (host mx.example.com[192.0.2.1] said: 450 4.7.1 Greylisted, see http://postgrey.schweikert.ch/help/example.com.html (in reply to RCPT TO command))
2024-01-01 00:00:00 1rAbCd-000Efg-Hi ** gone@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.2]: SMTP error from remote mail server after RCPT TO:<gone@example.org>: 550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown
Jul  1 00:00:02 host sm-mta[123]: x61AbC: to=<full@example.net>, delay=00:00:01, mailer=esmtp, relay=mx.example.net. [192.0.2.3], dsn=5.2.2, stat=Service unavailable
Jul  1 12:00:03 mx postfix/qmgr[2]: A1: removed";
    let e = explain(log);
    assert_eq!(e.shape, Shape::Log);
    type Row<'a> = (&'a str, Option<&'a str>, Option<Reason>, Option<Bounce>);
    let got: Vec<Row> =
        e.recipients.iter().map(|r| (r.address.as_str(), r.action.as_deref(), r.reason, r.bounce)).collect();
    assert_eq!(
        got,
        [
            ("later@example.com", Some("delayed"), Some(Reason::Blocked), Some(Bounce::Soft)),
            ("gone@example.org", Some("failed"), Some(Reason::UserUnknown), Some(Bounce::Hard)),
            ("full@example.net", Some("failed"), Some(Reason::MailboxFull), Some(Bounce::Soft)),
        ]
    );
    assert_eq!(e.lead, Some(1), "the top level is the first failure's");
    assert_eq!(e.recipients[1].remote_host.as_deref(), Some("mx.example.org"));
}

#[test]
fn an_ses_notification_in_its_sns_envelope() {
    let inner = r#"{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General","bouncedRecipients":[{"emailAddress":"a@example.com","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"},{"emailAddress":"b@example.com","action":"failed","status":"5.2.2","diagnosticCode":"smtp; 552 5.2.2 Mailbox full"}],"reportingMTA":"dsn; a8-1.smtp-out.amazonses.com"}}"#;
    let sns = format!(r#"{{"Type":"Notification","MessageId":"x","Message":{}}}"#, escape(inner));
    let e = explain(&sns);
    assert_eq!(e.shape, Shape::Notification);
    let got: Vec<_> = e.recipients.iter().map(|r| (r.address.as_str(), r.reason, r.bounce)).collect();
    assert_eq!(
        got,
        [
            ("a@example.com", Some(Reason::UserUnknown), Some(Bounce::Hard)),
            ("b@example.com", Some(Reason::MailboxFull), Some(Bounce::Soft))
        ]
    );
    let e = explain(
        r#"{"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"c@example.com"}]}}"#,
    );
    assert_eq!((e.recipients[0].reason, e.recipients[0].bounce), (Some(Reason::Feedback), None));
}

fn escape(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}
