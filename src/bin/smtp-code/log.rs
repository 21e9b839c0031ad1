//! `smtp-code log`: a mail log streamed through `tally::Tally`, then the sums printed. One thread
//! reads blocks of whole lines and the others sum them, a `Tally` each, merged at the end; a
//! bounded queue of blocks keeps memory constant however long the log is.

use crate::cli::{failed, open_error, Done};
use anstyle::Style;
use smtp_code::tally::{Counts, Replies, Tally};
use std::fmt::Write;
use std::io::{self, BufRead, BufReader, Read};
use std::path::PathBuf;
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::Instant;

/// A line longer than this is read only this far: log lines are short, and a stray binary file
/// must not cost memory.
const LINE_BYTES: usize = 64 * 1024;
/// The size of a block of lines handed to a thread, and how many blocks may wait.
const BLOCK: usize = 256 * 1024;
const QUEUED: usize = 4;

pub fn run(file: Option<&PathBuf>, top: usize, replies: usize, json: bool, stats: bool) -> Done {
    let started = Instant::now();
    let input: Box<dyn Read> = match file {
        Some(p) => match std::fs::File::open(p) {
            Ok(f) => Box::new(f),
            Err(e) => return failed(&open_error(file, &e)),
        },
        None => Box::new(io::stdin().lock()),
    };
    let tally = match sum(BufReader::with_capacity(1 << 16, input)) {
        Ok(t) => t,
        Err(e) => return failed(&open_error(file, &e)),
    };
    let out = if json { tally.to_value(top, replies).to_json() + "\n" } else { summary(&tally, top, replies) };
    let err = if stats { figures(&tally, started) } else { String::new() };
    Done { out, err, status: 0 }
}

/// Reads the log in blocks and sums them on as many threads as there are cores.
fn sum(mut r: impl BufRead) -> io::Result<Tally> {
    let threads = thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    let (send, receive) = mpsc::sync_channel::<Vec<u8>>(QUEUED);
    let receive = Arc::new(Mutex::new(receive));
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let receive = Arc::clone(&receive);
            thread::spawn(move || {
                let mut tally = Tally::default();
                // The lock is held only to take a block.
                while let Ok(block) = receive.lock().map_err(|_| ()).and_then(|r| r.recv().map_err(|_| ())) {
                    lines(&block, &mut tally);
                }
                tally
            })
        })
        .collect();
    let read = blocks(&mut r, &send);
    drop(send);
    let mut total = Tally::default();
    for w in workers {
        // A thread that panicked has lost its part; the sums would be wrong, so say so.
        let part = w.join().map_err(|_| io::Error::other("a thread summing the log failed"))?;
        total.merge(part);
    }
    read.map(|()| total)
}

/// Sends the log as blocks of whole lines (about `BLOCK` bytes each), a line cut at `LINE_BYTES`.
fn blocks(r: &mut impl BufRead, send: &mpsc::SyncSender<Vec<u8>>) -> io::Result<()> {
    loop {
        let mut block = Vec::with_capacity(BLOCK + 1024);
        while block.len() < BLOCK {
            let start = block.len();
            if r.by_ref().take(LINE_BYTES as u64).read_until(b'\n', &mut block)? == 0 {
                break;
            }
            if block.len() - start == LINE_BYTES && block.last() != Some(&b'\n') {
                // Skip the rest of an overlong line.
                let mut rest = Vec::new();
                while r.by_ref().take(LINE_BYTES as u64).read_until(b'\n', &mut rest)? == LINE_BYTES
                    && rest.last() != Some(&b'\n')
                {
                    rest.clear();
                }
                block.push(b'\n');
            }
        }
        if block.is_empty() {
            return Ok(());
        }
        if send.send(block).is_err() {
            return Ok(());
        }
    }
}

/// Sums the lines of a block.
fn lines(block: &[u8], tally: &mut Tally) {
    let block = block.strip_suffix(b"\n").unwrap_or(block);
    // Text as a whole (the usual case), split with memchr; else line by line, lossily.
    match std::str::from_utf8(block) {
        Ok(text) => text.split('\n').for_each(|l| tally.line(l)),
        Err(_) => {
            for line in block.split(|&b| b == b'\n') {
                tally.line(&String::from_utf8_lossy(line));
            }
        }
    }
}

/// Lines per second and peak memory, for `make bench`.
fn figures(t: &Tally, started: Instant) -> String {
    let secs = started.elapsed().as_secs_f64();
    // VmHWM: the peak resident set, on Linux.
    let peak = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l[6..].trim().to_string()))
        .unwrap_or_else(|| "unknown".into());
    format!(
        "smtp-code log: {} lines in {secs:.2} s, {:.0} lines/s, peak memory {peak}\n",
        t.lines,
        t.lines as f64 / secs.max(1e-9)
    )
}

/// The sums as text: totals, then each table with its top groups and their top replies.
fn summary(t: &Tally, top: usize, replies: usize) -> String {
    let bold = Style::new().bold();
    let dim = Style::new().dimmed();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{bold}{} lines{bold:#}: {} delivered, {} bounced, {} deferred",
        t.lines, t.delivered, t.bounced, t.deferred
    );
    let failed = t.bounced + t.deferred;
    if failed == 0 {
        out.push_str("No bounces or deferrals.\n");
        return out;
    }
    let tables: [(&str, &Counts<Replies>); 4] = [
        ("By verdict", &t.by_verdict),
        ("By reason", &t.by_reason),
        ("By provider", &t.by_provider),
        ("By recipient domain", &t.by_domain),
    ];
    for (title, table) in tables {
        let note = if table.approximate { " (the heaviest kept; counts are lower bounds)" } else { "" };
        let _ = writeln!(out, "\n{bold}{title}{bold:#}{dim}{note}{dim:#}");
        let groups = table.top();
        let width = groups.iter().take(top).map(|g| g.0.chars().count()).max().unwrap_or(0);
        for (key, n, r) in groups.iter().take(top) {
            let pct = *n as f64 * 100.0 / failed as f64;
            let key = if key.is_empty() { "(none)" } else { key };
            let _ = writeln!(out, "  {key:width$}  {n:>8}  {pct:5.1}%");
            for (reply, m, _) in r.top().into_iter().take(replies) {
                let _ = writeln!(out, "  {dim}{:width$}  {m:>8}  {reply}{dim:#}", "");
            }
        }
        if groups.len() > top {
            let _ = writeln!(out, "  {dim}… {} more{dim:#}", groups.len() - top);
        }
    }
    out
}
