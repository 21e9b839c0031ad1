//! The explainer's speed (`make bench`): time per byte on inputs of each shape from 1 KB to 1 MB
//! (flat as the input grows 1000-fold means linear), and time per message over the Sisimai corpus.

use smtp_code::explanation::explain_bytes;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// A named way to make an input of about `n` bytes.
type Shape = (&'static str, Box<dyn Fn(usize) -> String>);

fn fill(unit: &str, n: usize) -> String {
    unit.repeat(n / unit.len() + 1)[..n].to_string()
}

/// A DSN with as many recipients as fit in `n` bytes.
fn dsn(n: usize) -> String {
    let head = "From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\nThis is the mail system at host mx.example.org.\n\n";
    let mut text = String::new();
    let mut status = String::new();
    let mut i = 0;
    while head.len() + text.len() + status.len() < n {
        text += &format!("<user{i}@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <user{i}@example.com>:\n    Recipient address rejected: User unknown (in reply to RCPT TO command)\n\n");
        status += &format!("Final-Recipient: rfc822; user{i}@example.com\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.com\nDiagnostic-Code: smtp; 550 5.1.1 <user{i}@example.com>: Recipient address rejected: User unknown\n\n");
        i += 1;
    }
    format!("{head}{text}--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n{status}--B--\n")
}

fn shapes() -> Vec<Shape> {
    vec![
        (
            "reply, multi-line",
            Box::new(|n| {
                fill("550-5.7.26 This mail is unauthenticated and has been blocked.\r\n", n) + "550 5.7.26 end - gsmtp"
            }),
        ),
        ("reply, flattened", Box::new(|n| fill("550-5.7.26 words words words ", n) + " 550 5.7.26 end")),
        ("DSN, many recipients", Box::new(dsn)),
        (
            "DSN, base64 part",
            Box::new(|n| {
                let body = dsn(n * 3 / 4);
                let b64: String = body.as_bytes().chunks(57).map(|c| b64(c) + "\n").collect();
                format!("Content-Type: multipart/mixed; boundary=O\n\n--O\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n{b64}--O--\n")
            }),
        ),
        (
            "qmail, many blocks",
            Box::new(|n| {
                format!("Hi. This is the qmail-send program at mx.example.org.\n\n{}", fill("<u@example.jp>:\n192.0.2.153 does not like recipient.\nRemote host said: 550 5.1.1 <u@example.jp>... User Unknown\nGiving up on 192.0.2.153.\n\n", n))
            }),
        ),
        (
            "one long diagnostic",
            Box::new(|n| {
                format!(
                    "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 {}\n",
                    fill("user unknown mailbox full spam blocked ", n)
                )
            }),
        ),
        (
            "log lines",
            Box::new(|n| {
                fill("Jul  1 12:00:01 mx postfix/smtp[1]: A2: to=<gone@example.org>, relay=mx.example.org[192.0.2.2]:25, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.2] said: 550 5.1.1 User unknown (in reply to RCPT TO command))\n", n)
            }),
        ),
        (
            "SES notification",
            Box::new(|n| {
                let one = r#"{"emailAddress":"u@example.com","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"},"#;
                format!(
                    r#"{{"notificationType":"Bounce","bounce":{{"bounceType":"Permanent","bouncedRecipients":[{}{{"emailAddress":"z@example.com"}}]}}}}"#,
                    fill(one, n / one.len() * one.len())
                )
            }),
        ),
        ("prose, no reply", Box::new(|n| fill("the quick brown fox 12 34.56 jumps; ", n))),
        ("addresses and marks", Box::new(|n| fill("<a@b>: 5.1.1 =?x?B? @@ #550 (#5. ", n))),
        ("digits and dots", Box::new(|n| fill("5.5.5.5.5", n))),
    ]
}

fn b64(bytes: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for c in bytes.chunks(3) {
        let n =
            (u32::from(c[0]) << 16) | (u32::from(*c.get(1).unwrap_or(&0)) << 8) | u32::from(*c.get(2).unwrap_or(&0));
        for k in 0..4 {
            out.push(if k <= c.len() { char::from(A[((n >> (18 - 6 * k)) & 63) as usize]) } else { '=' });
        }
    }
    out
}

fn time(input: &[u8], budget: Duration) -> Duration {
    let mut runs = 0u32;
    let start = Instant::now();
    while runs < 3 || start.elapsed() < budget {
        black_box(explain_bytes(black_box(input)));
        runs += 1;
    }
    start.elapsed() / runs
}

fn main() {
    println!("== explainer, native release: ns per byte from 1 KB to 1 MB; growth = the most a byte costs more in a larger input (linear: under 2x)");
    println!(
        "  {:<22} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}   1 MB in    growth",
        "shape", "1K", "4K", "16K", "64K", "256K", "1M"
    );
    // `BENCH_SHAPE=qmail` measures only the shapes whose name holds it (for a profiler).
    let only = std::env::var("BENCH_SHAPE").unwrap_or_default();
    for (name, make) in shapes().into_iter().filter(|(name, _)| name.contains(only.as_str())) {
        let mut per = Vec::new();
        let mut last = Duration::ZERO;
        for size in [1_000, 4_000, 16_000, 64_000, 256_000, 1_000_000] {
            let input = make(size);
            last = time(input.as_bytes(), Duration::from_millis(if size > 100_000 { 400 } else { 150 }));
            per.push(last.as_nanos() as f64 / input.len() as f64);
        }
        // Growth: how much more a byte costs in a larger input than in any smaller one. Linear
        // stays near 1; the fixed cost of a call makes the smallest inputs dearer per byte.
        let growth = (0..per.len())
            .flat_map(|i| (i + 1..per.len()).map(move |j| (i, j)))
            .map(|(i, j)| per[j] / per[i])
            .fold(1f64, f64::max);
        let cells: String = per.iter().map(|p| format!(" {:>8.1}", p)).collect();
        println!(
            "  {name:<22}{cells}   {:>7.1?}   {:.2}x{}",
            last,
            growth,
            if growth > 2.0 { "  NOT LINEAR" } else { "" }
        );
    }

    let dir = [
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/sisimai/emails"),
        "/work/shared/corpus/sisimai/emails".into(),
    ]
    .into_iter()
    .find(|d| d.is_dir())
    .unwrap_or_default();
    let Ok(rd) = std::fs::read_dir(&dir) else {
        println!("== corpus: {} is absent", dir.display());
        return;
    };
    let messages: Vec<Vec<u8>> = rd.filter_map(|e| e.ok()).filter_map(|e| std::fs::read(e.path()).ok()).collect();
    let mut times: Vec<(usize, Duration)> =
        messages.iter().map(|m| (m.len(), time(m, Duration::from_millis(10)))).collect();
    times.sort_by_key(|t| t.1);
    let total: Duration = times.iter().map(|t| t.1).sum();
    let bytes: usize = times.iter().map(|t| t.0).sum();
    let typical: Vec<Duration> = times.iter().filter(|t| (4_000..=6_000).contains(&t.0)).map(|t| t.1).collect();
    println!("== corpus, native release: {} messages, {:.1} KB", times.len(), bytes as f64 / 1024.0);
    println!(
        "  per message: median {:.1?}, mean {:.1?}, slowest {:.1?} ({} B); messages of 4-6 KB: median {:.1?} ({} of them)",
        times[times.len() / 2].1,
        total / times.len() as u32,
        times.last().unwrap().1,
        times.last().unwrap().0,
        typical.get(typical.len() / 2).copied().unwrap_or_default(),
        typical.len()
    );
}
