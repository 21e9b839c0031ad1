//! The bounce reader against real bounces: `../shared/corpus/sisimai/` (messages from Sisimai's
//! public test set, with Sisimai's expected results). Prints a table of the misses by MTA and
//! asserts the figures of issue 7. `SMTP_CODE_CORPUS_MISSES=1` prints every miss.

mod common;

use smtp_code::bounce::{self, Recipient};
use smtp_code::reason::Bounce;
use std::collections::BTreeMap;

struct Row {
    status: String,
    reply_code: String,
    reason: String,
    hard: bool,
}

#[derive(Default)]
struct Tally {
    hit: usize,
    of: usize,
}

impl Tally {
    fn add(&mut self, ok: bool) {
        self.of += 1;
        self.hit += usize::from(ok);
    }
    fn pct(&self) -> f64 {
        if self.of == 0 {
            100.0
        } else {
            100.0 * self.hit as f64 / self.of as f64
        }
    }
}

/// `lhost-postfix-01.eml` → `postfix`.
fn mta(file: &str) -> String {
    let stem = file.trim_end_matches(".eml");
    let stem = stem.trim_end_matches(|c: char| c.is_ascii_digit()).trim_end_matches('-');
    stem.split_once('-').map_or(stem, |(_, m)| m).to_string()
}

#[test]
fn reads_the_sisimai_corpus() {
    let Some(dir) = common::corpus_dir() else {
        panic!("../shared/corpus/sisimai/ is absent (nor is SMTP_CODE_CORPUS set): the corpus test needs it, see ../shared/corpus/README.md");
    };
    let verbose = std::env::var_os("SMTP_CODE_CORPUS_MISSES").is_some();
    let tsv = std::fs::read_to_string(dir.join("expected.tsv")).unwrap();
    let mut expected: BTreeMap<String, Vec<Row>> = BTreeMap::new();
    for line in tsv.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        expected.entry(f[0].to_string()).or_default().push(Row {
            status: f[2].into(),
            reply_code: f[3].into(),
            reason: f[4].into(),
            hard: f[5] == "true",
        });
    }
    let (mut reply, mut enhanced, mut found, mut reason, mut verdict, mut count) =
        (Tally::default(), Tally::default(), Tally::default(), Tally::default(), Tally::default(), Tally::default());
    let mut misses: BTreeMap<String, [usize; 6]> = BTreeMap::new();
    for (file, rows) in &expected {
        let bytes = std::fs::read(dir.join("emails").join(file)).unwrap();
        let raw = String::from_utf8_lossy(&bytes);
        let got = bounce::read(&bytes).recipients;
        let m = misses.entry(mta(file)).or_default();
        let mut miss = |k: usize, what: String| {
            m[k] += 1;
            if verbose {
                println!("MISS {file}: {what}");
            }
        };
        found.add(!got.is_empty());
        if got.is_empty() {
            miss(0, "nothing found".into());
        }
        count.add(got.len() == rows.len());
        if got.len() != rows.len() {
            miss(
                1,
                format!(
                    "{} recipients, expected {}: {:?}",
                    got.len(),
                    rows.len(),
                    got.iter().map(|r| &r.address).collect::<Vec<_>>()
                ),
            );
        }
        for (i, row) in rows.iter().enumerate() {
            let r: Option<&Recipient> = got.get(i);
            if !row.reply_code.is_empty() {
                let ours = r.and_then(|r| r.basic).map(|b| b.to_string()).unwrap_or_default();
                reply.add(ours == row.reply_code);
                if ours != row.reply_code {
                    miss(
                        2,
                        format!(
                            "#{} reply code {ours:?}, expected {}: {:?}",
                            i + 1,
                            row.reply_code,
                            r.map(|r| &r.reply)
                        ),
                    );
                }
            }
            // Sisimai's own placeholders (x.0.9xx) and codes it inferred are not in the message.
            if !row.status.contains(".0.9") && raw.contains(&row.status) {
                let ours = r.and_then(|r| r.enhanced).map(|e| e.to_string()).unwrap_or_default();
                enhanced.add(ours == row.status);
                if ours != row.status {
                    miss(
                        3,
                        format!("#{} enhanced {ours:?}, expected {}: {:?}", i + 1, row.status, r.map(|r| &r.reply)),
                    );
                }
            }
            let ours = r.and_then(|r| r.reason).map(|r| r.name()).unwrap_or("");
            reason.add(ours == row.reason);
            if ours != row.reason {
                miss(4, format!("#{} reason {ours}, expected {}: {:?}", i + 1, row.reason, r.map(|r| &r.reply)));
            }
            let hard = r.and_then(|r| r.bounce) == Some(Bounce::Hard);
            verdict.add(hard == row.hard);
            if hard != row.hard {
                miss(5, format!("#{} hard {hard}, expected {}", i + 1, row.hard));
            }
        }
    }
    println!("misses by MTA        nothing  count  reply  enhanced  reason  verdict");
    for (mta, m) in &misses {
        if m.iter().any(|&n| n > 0) {
            println!("  {mta:<18} {:>7} {:>6} {:>6} {:>9} {:>7} {:>8}", m[0], m[1], m[2], m[3], m[4], m[5]);
        }
    }
    let figures = [
        ("something found", &found, 97.0),
        ("recipients", &count, 95.0),
        ("reply code", &reply, 97.0),
        ("enhanced code", &enhanced, 97.0),
        ("reason", &reason, 85.0),
        ("hard/soft verdict", &verdict, 95.0),
    ];
    for (what, t, _) in &figures {
        println!("{what:<18} {:>3}/{:<3} {:5.1}%", t.hit, t.of, t.pct());
    }
    for (what, t, min) in &figures {
        assert!(t.pct() >= *min, "{what}: {:.1}% < {min}%", t.pct());
    }
}
