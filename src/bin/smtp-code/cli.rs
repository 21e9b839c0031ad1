//! The arguments (clap) and what each command does with them. Output goes out in one write, so a
//! closed pipe (`| head`) ends the program quietly instead of panicking; colour goes only to a
//! terminal and never with `NO_COLOR` (anstream).

use crate::{log, show};
use clap::{Parser, Subcommand, ValueEnum};
use smtp_code::entry::{self, State};
use smtp_code::i18n::{self, Lang, Msg};
use smtp_code::record::{self, Value};
use smtp_code::{catalog, compare, explanation};
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "smtp-code", version, about = "Explains SMTP reply codes, bounce messages and mail logs.")]
#[command(after_help = "Exit status: 0 when the input was understood; 1 for a well-formed code, pair or term \
the catalog lacks, or an explain input with no code or recipient in it; 2 for input that is not a code, a file \
that cannot be read, or wrong arguments.")]
struct Cli {
    /// When to colour the output: auto colours a terminal unless NO_COLOR is set.
    #[arg(long, value_enum, global = true, default_value_t = Color::Auto)]
    color: Color,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(clap::Args)]
struct Output {
    /// Language of the text (en, de, ko-KR …); else from LC_ALL, LC_MESSAGES or LANG; else en.
    #[arg(long, short)]
    lang: Option<String>,
    /// Print JSON: the object the JavaScript API returns.
    #[arg(long)]
    json: bool,
}

#[derive(Subcommand)]
enum Command {
    /// The card of a code: basic (550), enhanced (5.7.26), both (550 5.7.26) or a provider's tag (S3140).
    Lookup {
        #[arg(required = true, num_args = 1..=2, value_name = "CODE")]
        code: Vec<String>,
        #[command(flatten)]
        out: Output,
    },
    /// Two codes side by side: what differs and when you see which.
    Compare {
        a: String,
        b: String,
        #[command(flatten)]
        out: Output,
    },
    /// Explains a reply, a bounce message (.eml), log lines or an Amazon SES notification, from FILE
    /// or standard input: every recipient with its reason and a hard/soft verdict.
    Explain {
        file: Option<PathBuf>,
        #[command(flatten)]
        out: Output,
    },
    /// A glossary term (greylisting, spf, dmarc …); without a slug, every term.
    Term {
        slug: Option<String>,
        #[command(flatten)]
        out: Output,
    },
    /// Reads a whole mail log (Postfix, Exim, Sendmail) from FILE or standard input, and sums its
    /// bounces and deferrals by verdict, reason, provider and recipient domain, with the top replies
    /// of each. Streams: memory stays bounded however long the log is.
    Log {
        file: Option<PathBuf>,
        /// How many groups of each table to print.
        #[arg(long, default_value_t = 10)]
        top: usize,
        /// How many replies to print under each group.
        #[arg(long, default_value_t = 3)]
        replies: usize,
        /// Print the sums as JSON.
        #[arg(long)]
        json: bool,
        /// Also print to standard error the lines read per second and the peak memory.
        #[arg(long)]
        stats: bool,
    },
}

/// What a command prints, and how it ends.
pub struct Done {
    pub out: String,
    pub err: String,
    pub status: u8,
}

impl Done {
    fn ok(out: String) -> Done {
        Done { out, err: String::new(), status: 0 }
    }
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    match cli.color {
        Color::Auto => {}
        Color::Always => anstream::ColorChoice::Always.write_global(),
        Color::Never => anstream::ColorChoice::Never.write_global(),
    }
    let done = match cli.command {
        Command::Lookup { code, out } => lookup(&code.join(" "), &out),
        Command::Compare { a, b, out } => compare(&a, &b, &out),
        Command::Explain { file, out } => match read(file.as_ref()) {
            Ok(input) => explain(&input, &out),
            Err(e) => e,
        },
        Command::Term { slug, out } => term(slug.as_deref(), &out),
        Command::Log { file, top, replies, json, stats } => log::run(file.as_ref(), top, replies, json, stats),
    };
    // A reader that went away (`| head`) has all it wanted.
    let _ = anstream::stdout().write_all(done.out.as_bytes());
    if !done.err.is_empty() {
        let _ = anstream::stderr().write_all(done.err.as_bytes());
    }
    ExitCode::from(done.status)
}

/// The input of `explain`: the file, or standard input.
fn read(file: Option<&PathBuf>) -> Result<Vec<u8>, Done> {
    let mut buf = Vec::new();
    let r = match file {
        Some(p) => std::fs::File::open(p).and_then(|mut f| f.read_to_end(&mut buf)),
        None => io::stdin().lock().read_to_end(&mut buf),
    };
    r.map(|_| buf).map_err(|e| failed(&open_error(file, &e)))
}

pub fn open_error(file: Option<&PathBuf>, e: &io::Error) -> String {
    match file {
        Some(p) => format!("cannot read {}: {e}", p.display()),
        None => format!("cannot read standard input: {e}"),
    }
}

/// A failure that is the caller's: a message and status 2.
pub fn failed(message: &str) -> Done {
    Done { out: String::new(), err: format!("smtp-code: {message}\n"), status: 2 }
}

/// `--lang`, else the locale of the environment (`de_DE.UTF-8`), else English.
fn language(flag: Option<&str>) -> Lang {
    let env = ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()));
    Lang::pick(flag.into_iter().chain(env.as_deref().map(|s| s.split('.').next().unwrap_or(s))))
}

fn json(v: &Value, status: u8, err: String) -> Done {
    Done { out: v.to_json() + "\n", err, status }
}

/// Why a code was not shown, and the status that goes with it.
fn not_shown(r: &entry::Resolved, asked: &str, lang: Lang) -> (String, u8) {
    match r.state {
        State::Unknown => {
            let nearest: Vec<&str> = r.unknown.iter().flat_map(|u| u.nearest.iter().map(String::as_str)).collect();
            let mut m = format!("{} {}", r.code, lang.t(Msg::UnknownCode));
            if !nearest.is_empty() {
                m += &format!(" {}: {}", lang.t(Msg::Nearest), nearest.join(", "));
            }
            (m, 1)
        }
        State::Empty => (lang.t(Msg::EmptyCode).to_string(), 2),
        _ => {
            let hint = r.hint.map_or("", |h| i18n::hint(lang, h));
            (format!("{} ({asked:?}). {hint}", lang.t(Msg::InvalidCode)), 2)
        }
    }
}

fn lookup(code: &str, out: &Output) -> Done {
    let lang = language(out.lang.as_deref());
    let r = entry::resolve(code);
    if r.entries.is_empty() {
        let (m, status) = not_shown(&r, code, lang);
        let err = format!("smtp-code: {m}\n");
        return if out.json { json(&Value::Null, status, err) } else { Done { out: String::new(), err, status } };
    }
    if out.json {
        return json(&record::entry(&r.entries[0], lang), 0, String::new());
    }
    Done::ok(show::resolved(&r, lang))
}

fn compare(a: &str, b: &str, out: &Output) -> Done {
    let lang = language(out.lang.as_deref());
    let Some(c) = compare::compare(a, b) else {
        let bad = [a, b].into_iter().map(|x| (x, entry::resolve(x))).find(|(_, r)| r.entries.is_empty());
        let (m, status) = bad.map_or((String::new(), 1), |(x, r)| not_shown(&r, x, lang));
        let err = format!("smtp-code: {m}\n");
        return if out.json { json(&Value::Null, status, err) } else { Done { out: String::new(), err, status } };
    };
    if out.json {
        return json(&record::comparison(&c, lang), 0, String::new());
    }
    Done::ok(show::comparison(&c, lang))
}

fn explain(input: &[u8], out: &Output) -> Done {
    let lang = language(out.lang.as_deref());
    let e = explanation::explain_bytes(input);
    let understood = e.state() == State::Ready || e.state() == State::Unknown;
    let err = if understood { String::new() } else { format!("smtp-code: {}\n", lang.t(Msg::NotInReply)) };
    let status = if understood { 0 } else { 1 };
    if out.json {
        return json(&record::explanation(&e, lang), status, err);
    }
    Done { out: if understood { show::explanation(&e, lang) } else { String::new() }, err, status }
}

fn term(slug: Option<&str>, out: &Output) -> Done {
    let lang = language(out.lang.as_deref());
    let Some(slug) = slug else {
        if out.json {
            return json(&catalog::TERMS.iter().map(|t| t.slug).collect(), 0, String::new());
        }
        return Done::ok(show::terms(lang));
    };
    match catalog::term(slug.trim().to_ascii_lowercase().as_str()) {
        Some(t) if out.json => json(&record::term(t, lang), 0, String::new()),
        Some(t) => Done::ok(show::term(t, lang)),
        None => {
            let err = format!("smtp-code: {slug:?} {} (smtp-code term)\n", lang.t(Msg::NoSuchTerm));
            if out.json {
                json(&Value::Null, 1, err)
            } else {
                Done { out: String::new(), err, status: 1 }
            }
        }
    }
}
