//! The explainer's speed on inputs from 1 KB to 1 MB, for several shapes: if time per byte stays
//! flat as the input grows 1000-fold, the parser is linear. Run by `make bench`.

use smtp_code::reply::explain;
use std::hint::black_box;
use std::time::Instant;

/// A named way to make an input of about `n` bytes.
type Shape = (&'static str, Box<dyn Fn(usize) -> String>);

fn shapes() -> Vec<Shape> {
    fn fill(unit: &str, n: usize) -> String {
        unit.repeat(n / unit.len() + 1)[..n].to_string()
    }
    vec![
        ("multi-line 550-5.7.26", Box::new(|n| fill("550-5.7.26 This mail is unauthenticated and has been blocked.\r\n", n) + "550 5.7.26 end - gsmtp")),
        ("flattened one line", Box::new(|n| fill("550-5.7.26 words words words ", n) + " 550 5.7.26 end")),
        ("bounce, folded field", Box::new(|n| format!("Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n{}", fill("  continued diagnostic text\n", n)))),
        ("prose, no reply", Box::new(|n| fill("the quick brown fox 12 34.56 jumps; ", n))),
        ("codes without spaces", Box::new(|n| fill("550-", n))),
        ("digits and dots", Box::new(|n| fill("5.5.5.5.5", n))),
        ("tags", Box::new(|n| fill("[TSS04] (S3140) ", n))),
    ]
}

fn main() {
    println!("{:<24} {:>9} {:>12} {:>10}", "shape", "size", "time", "ns/byte");
    for (name, make) in shapes() {
        for size in [1_000, 10_000, 100_000, 1_000_000] {
            let input = make(size);
            let runs = (2_000_000 / size).clamp(3, 2000);
            let start = Instant::now();
            for _ in 0..runs {
                black_box(explain(black_box(&input)));
            }
            let per = start.elapsed() / runs as u32;
            println!(
                "{:<24} {:>9} {:>12} {:>10.2}",
                name,
                input.len(),
                format!("{per:.2?}"),
                per.as_nanos() as f64 / input.len() as f64
            );
        }
    }
}
