//! The command line, run as a user runs it: `lookup`, `compare`, `explain`, `term` and `log`, their
//! exit statuses and messages for bad input, colour only when asked for or on a terminal, and `log`
//! on a generated log of a million lines, whose sums must be exact and whose memory must not grow.

mod common;
#[path = "common/mail_log.rs"]
mod mail_log;

use serde_json::Value;
use smtp_code::explanation::explain_bytes;
use smtp_code::i18n::Lang;
use smtp_code::record;
use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `smtp-code ARGS` with `stdin` as its input, in a plain environment (no locale, no
/// colour settings) unless `env` adds to it.
fn run_with(args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_smtp-code"));
    cmd.args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for v in ["LANG", "LC_ALL", "LC_MESSAGES", "NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "TERM"] {
        cmd.env_remove(v);
    }
    cmd.envs(env.iter().copied());
    let mut child = cmd.spawn().expect("smtp-code runs");
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn run(args: &[&str]) -> Output {
    run_with(args, b"", &[])
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn lookup_prints_the_card_in_the_language_asked_for() {
    let o = run(&["lookup", "550", "5.7.26", "--lang", "de"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.starts_with("550  "), "{text}");
    assert!(text.contains("So beheben Sie es"), "German labels: {text}");
    assert!(text.contains("5.7.26"), "the enhanced card follows: {text}");
    // Not a terminal and no --color: no escape sequences.
    assert!(!text.contains('\x1b'));
    // The locale of the environment picks the language when --lang is not given.
    let o = run_with(&["lookup", "421"], b"", &[("LANG", "ko_KR.UTF-8")]);
    assert!(stdout(&o).contains("해결 방법") || stdout(&o).contains("조치"), "{}", stdout(&o));
}

#[test]
fn json_is_the_js_apis_object() {
    let o = run(&["lookup", "550 5.7.26", "--json", "--lang", "ko"]);
    let text = stdout(&o);
    let entry = smtp_code::entry::resolve("550 5.7.26").entries.remove(0);
    assert_eq!(text.trim_end(), record::entry(&entry, Lang::Ko).to_json());
    assert!(text.contains(r#""lang":"ko""#) && text.contains(r#""kind":"basic""#));
    let o = run(&["compare", "221", "250", "--json"]);
    assert!(stdout(&o).starts_with(r#"{"a":{"code":"221""#), "{}", stdout(&o));
    assert!(stdout(&o).contains(r#""whenWhich":"#));
    let o = run(&["term", "greylisting", "--json", "--lang", "id"]);
    assert!(stdout(&o).contains(r#""slug":"greylisting""#) && stdout(&o).contains(r#""lang":"id""#));
}

#[test]
fn bad_input_gets_a_message_and_a_status_never_a_panic() {
    let o = run(&["lookup", "299"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("299 is well-formed, but not in the catalog"), "{}", stderr(&o));
    assert!(stderr(&o).contains("Nearest known codes"));
    let o = run(&["lookup", "hello", "--json"]);
    assert_eq!((o.status.code(), stdout(&o).trim()), (Some(2), "null"));
    assert!(stderr(&o).contains("This is not an SMTP code"));
    let o = run(&["compare", "221", "nope"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["term", "no-such-term"]);
    assert_eq!(o.status.code(), Some(1));
    let o = run_with(&["explain"], b"hello there", &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("No SMTP code found"));
    let o = run(&["explain", "/no/such/file.eml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot read /no/such/file.eml"));
    // Arguments clap rejects: a usage message, status 2.
    let o = run(&["lookup"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("Usage"));
    // Bytes that are no text at all.
    let junk: Vec<u8> = (0..20_000u32).map(|i| (i * 7919 % 251) as u8).collect();
    for cmd in ["explain", "log"] {
        let o = run_with(&[cmd], &junk, &[]);
        assert!(o.status.code().is_some_and(|c| c <= 2), "{cmd}: {o:?}");
        assert!(!stderr(&o).contains("panicked"), "{cmd}: {}", stderr(&o));
    }
}

#[test]
fn colour_only_when_asked_or_on_a_terminal_and_never_with_no_color() {
    let o = run(&["lookup", "550", "--color", "always"]);
    assert!(stdout(&o).contains("\x1b["), "escape sequences when forced");
    let o = run(&["lookup", "550", "--color", "never"]);
    assert!(!stdout(&o).contains('\x1b'));
    let o = run_with(&["lookup", "550"], b"", &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")]);
    assert!(!stdout(&o).contains('\x1b'), "NO_COLOR wins");
}

#[test]
fn explain_reads_a_file_or_standard_input_and_its_json_is_the_explanation() {
    let dir = common::corpus_dir().expect("the Sisimai corpus (../shared/corpus/sisimai)");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir.join("emails")).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let want = record::explanation(&explain_bytes(&bytes), Lang::En).to_json();
        let args = ["explain", path.to_str().unwrap(), "--json", "--lang", "en"];
        let o = run(&args);
        assert_eq!(stdout(&o).trim_end(), want, "{}", path.display());
        checked += 1;
        if checked % 50 == 1 {
            // The same through standard input.
            let o = run_with(&["explain", "--json", "--lang", "en"], &bytes, &[]);
            assert_eq!(stdout(&o).trim_end(), want, "{} on stdin", path.display());
        }
    }
    assert!(checked > 200, "{checked} messages");
    // A human reading: the verdict first.
    let o = run_with(&["explain"], b"550 5.1.1 <a@example.com>: Recipient address rejected: User unknown", &[]);
    assert!(stdout(&o).starts_with("Hard bounce: remove this address\n"), "{}", stdout(&o));
    assert!(stdout(&o).contains("(userunknown)"));
}

/// The `log` JSON's groups of one table, as (key, count).
fn groups(json: &Value, table: &str) -> Vec<(String, u64)> {
    let groups = json[table]["groups"].as_array().unwrap();
    groups.iter().map(|g| (g["key"].as_str().unwrap().to_string(), g["count"].as_u64().unwrap())).collect()
}

fn peak_kb(stderr: &str) -> u64 {
    let p = stderr.find("peak memory ").expect("--stats prints the peak") + 12;
    stderr[p..].split(' ').next().unwrap().parse().unwrap()
}

#[test]
fn log_sums_a_million_lines_exactly_in_constant_memory() {
    let mut small = Vec::new();
    mail_log::write(10_000, 5_000, &mut small).unwrap();
    let mut big = Vec::new();
    let written = mail_log::write(1_000_000, 5_000, &mut big).unwrap();
    let args = ["log", "--json", "--stats", "--top", "50"];
    let o = run_with(&args, &big, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let json: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let total = |k: &str| json[k].as_u64().unwrap();
    assert_eq!(total("lines"), written.lines);
    assert_eq!(total("delivered"), written.delivered);
    assert_eq!(total("bounced"), written.bounced);
    assert_eq!(total("deferred"), written.deferred);
    let mut reasons = groups(&json, "reason");
    reasons.sort();
    let want: Vec<(String, u64)> = written.reasons.iter().map(|(k, n)| (k.to_string(), *n)).collect();
    assert_eq!(reasons, want, "by reason");
    let hard: u64 = written.reasons.get("userunknown").copied().unwrap_or(0);
    let verdicts = groups(&json, "verdict");
    assert!(verdicts.contains(&("hard".to_string(), hard)), "{verdicts:?}");
    let providers = groups(&json, "provider");
    let google = written.domains["gmail.com"];
    assert!(providers.contains(&("Google".to_string(), google)), "{providers:?}");
    // 5,000 domains take the timeouts: more than the table keeps, so the heavy ones stay with
    // counts at most n/cap short, and the table says it is approximate.
    let domains = groups(&json, "domain");
    assert_eq!(json["domain"]["approximate"], true);
    for (d, n) in &domains[..7] {
        let real = written.domains[d.as_str()];
        assert!(*n <= real && real - n <= (written.bounced + written.deferred) / 1000, "{d}: {n} of {real}");
    }
    // Memory: a hundred times the lines, about the same peak.
    let small_peak = peak_kb(&stderr(&run_with(&["log", "--stats"], &small, &[])));
    let big_peak = peak_kb(&stderr(&o));
    assert!(big_peak < small_peak + 8 * 1024, "peak {big_peak} kB for 1,000,000 lines, {small_peak} kB for 10,000");
    // And as text: totals first, the tables after.
    let o = run_with(&["log"], &small, &[]);
    let text = stdout(&o);
    assert!(text.starts_with("10000 lines: "), "{text}");
    for t in ["By verdict", "By reason", "By provider", "By recipient domain", "userunknown", "gmail.com"] {
        assert!(text.contains(t), "{t}: {text}");
    }
}
