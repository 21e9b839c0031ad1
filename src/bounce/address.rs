//! Finding email addresses in bounce text: `user@example.com`, `<user@example.com>`,
//! `"user"@example.com`, and Exchange's `user@example.com<mailto:user@example.com>`.

/// Bytes an address's local part may hold (RFC 5322 atext and the dot).
fn local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-/=?^_`{|}~.".contains(&b)
}

fn domain_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b'_'
}

/// The address around the `@` at `at`: its start and end, if it is one.
fn around(s: &[u8], at: usize) -> Option<(usize, usize)> {
    let mut start = at;
    while start > 0 && local_byte(s[start - 1]) && at - start < 128 {
        start -= 1;
    }
    let mut end = at + 1;
    while end < s.len() && domain_byte(s[end]) && end - at < 256 {
        end += 1;
    }
    while end > at + 1 && matches!(s[end - 1], b'.' | b'-') {
        end -= 1;
    }
    let local = &s[start..at];
    let local_start = local.iter().position(|&b| b != b'.').map_or(at, |p| start + p);
    (local_start < at && end > at + 1 && s[at + 1].is_ascii_alphanumeric()).then_some((local_start, end))
}

/// Every address in `s`, in order, with its byte range.
pub fn all(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = s.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(p) = b.get(from..)?.iter().position(|&c| c == b'@') {
            let at = from + p;
            from = at + 1;
            if let Some((st, en)) = around(b, at) {
                from = en;
                return Some((st, en));
            }
        }
        None
    })
}

/// The first address in `s`.
pub fn first(s: &str) -> Option<&str> {
    all(s).next().map(|(a, b)| &s[a..b])
}

/// An address as the recipient of a bounce: lowercase domain, no brackets or quotes.
pub fn normal(a: &str) -> String {
    let a = a.trim().trim_matches(['<', '>', '"', '\'', ',', ';', ':', '(', ')', '[', ']']);
    match a.rsplit_once('@') {
        Some((l, d)) => format!("{l}@{}", d.to_ascii_lowercase()),
        None => a.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_addresses() {
        let s = "<a.b+c@Example.COM>: x@y and kijitora@example.com<mailto:kijitora@example.com> not@ @x";
        let v: Vec<&str> = all(s).map(|(a, b)| &s[a..b]).collect();
        assert_eq!(v, ["a.b+c@Example.COM", "x@y", "kijitora@example.com", "kijitora@example.com"]);
        assert_eq!(normal("<A@Example.COM>"), "A@example.com");
    }
}
