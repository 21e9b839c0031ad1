//! Writes the synthetic mail log of `tests/common/mail_log.rs` (`make bench` times `smtp-code log`
//! on it): `cargo run --release --example mail_log -- LINES > mail.log`.

#[path = "../tests/common/mail_log.rs"]
mod mail_log;

fn main() {
    let n = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(1_000_000);
    let out = std::io::stdout().lock();
    let mut out = std::io::BufWriter::new(out);
    if let Err(e) = mail_log::write(n, 5_000, &mut out) {
        eprintln!("mail_log: {e}");
        std::process::exit(1);
    }
}
