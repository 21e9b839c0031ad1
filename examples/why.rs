//! Prints what the bounce reader makes of a file: `cargo run --example why -- FILE`.
fn main() {
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).unwrap();
        let report = smtp_code::bounce::read(&bytes);
        println!("{path}: {:?}", report.shape);
        for r in report.recipients {
            println!("  {r:#?}");
        }
    }
}
