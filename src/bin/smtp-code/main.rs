//! `smtp-code`, the command line: the same core as the widget, natively (`cargo install --path .`).

#[cfg(not(target_arch = "wasm32"))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod log;
#[cfg(not(target_arch = "wasm32"))]
mod show;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::run()
}

// trunk builds every target of the package for wasm; there, this binary is empty and so are its
// dependencies.
#[cfg(target_arch = "wasm32")]
fn main() {}
