//! Undoing what mail transport did to text: transfer encodings (base64, quoted-printable), RFC 2047
//! encoded words in header fields, and charsets. Lenient by design: a broken encoding decodes as far
//! as it goes and never fails, because a bounce is read to find codes and words, not to be shown.

use std::sync::OnceLock;

/// Decodes base64, skipping anything outside the alphabet (line breaks, stray spaces, garbage).
pub fn base64(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len() / 4 * 3);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &c in input {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => {
                // Padding ends a group; a new group may follow (concatenated encodings).
                acc = 0;
                bits = 0;
                continue;
            }
            _ => continue,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

fn hex(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'A'..=b'F' => Some(c - b'A' + 10),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    }
}

/// Decodes quoted-printable: `=XX` escapes and soft line breaks; an `=` that starts neither is kept.
/// `underscore` is the RFC 2047 Q form, where `_` stands for a space.
pub fn quoted_printable(input: &[u8], underscore: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        let c = input[i];
        if c == b'=' {
            match (input.get(i + 1).copied(), input.get(i + 2).copied()) {
                (Some(a), Some(b)) if hex(a).is_some() && hex(b).is_some() => {
                    out.push(hex(a).unwrap_or(0) << 4 | hex(b).unwrap_or(0));
                    i += 3;
                    continue;
                }
                (Some(b'\r'), Some(b'\n')) => {
                    i += 3;
                    continue;
                }
                (Some(b'\n'), _) => {
                    i += 2;
                    continue;
                }
                _ => {}
            }
        }
        out.push(if underscore && c == b'_' { b' ' } else { c });
        i += 1;
    }
    out
}

/// Decodes a body by its Content-Transfer-Encoding; 7bit, 8bit, binary and unknown ones pass as they are.
pub fn transfer(encoding: &str, body: &[u8]) -> Vec<u8> {
    match encoding.trim().to_ascii_lowercase().as_str() {
        "base64" => base64(body),
        "quoted-printable" => quoted_printable(body, false),
        _ => body.to_vec(),
    }
}

/// A decoder for the charsets this module does not know itself (ISO-2022-JP, Shift_JIS, GB2312 …):
/// `encoding_rs` natively, the browser's `TextDecoder` in the wasm, so the wasm carries no tables.
pub type Decoder = fn(charset: &str, bytes: &[u8]) -> Option<String>;

static DECODER: OnceLock<Decoder> = OnceLock::new();

/// Sets the decoder for other charsets, once; later calls are ignored.
pub fn set_decoder(d: Decoder) {
    let _ = DECODER.set(d);
}

#[cfg(not(target_arch = "wasm32"))]
fn other(charset: &str, bytes: &[u8]) -> Option<String> {
    if let Some(d) = DECODER.get() {
        return d(charset, bytes);
    }
    let enc = encoding_rs::Encoding::for_label(charset.as_bytes())?;
    Some(enc.decode_without_bom_handling(bytes).0.into_owned())
}

#[cfg(target_arch = "wasm32")]
fn other(charset: &str, bytes: &[u8]) -> Option<String> {
    DECODER.get().and_then(|d| d(charset, bytes))
}

/// Text in the given charset. UTF-8, US-ASCII, Latin-1, Windows-1252 and UTF-7 are decoded here;
/// others by the `Decoder`; what nobody can decode is read as UTF-8 with replacement characters.
pub fn charset(name: &str, bytes: &[u8]) -> String {
    let mut name = name.trim().trim_matches(['"', '\'']).to_ascii_lowercase();
    // Unlabelled text (a DSN field, a header) in ISO-2022-JP gives itself away by its escapes.
    if name.is_empty() && bytes.windows(3).any(|w| w == b"\x1b$B" || w == b"\x1b$@") {
        name = "iso-2022-jp".into();
    }
    if bytes.is_ascii() && !name.contains("2022") && !name.contains("utf-7") {
        // Every charset a mail carries is ASCII-compatible on ASCII bytes, but for the 7-bit ones.
        return String::from_utf8_lossy(bytes).into_owned();
    }
    match name.as_str() {
        "" | "utf-8" | "utf8" | "us-ascii" | "ascii" | "uft-8" => lossy(bytes),
        "iso-8859-1" | "latin1" | "latin-1" => bytes.iter().map(|&b| char::from(b)).collect(),
        "utf-7" | "unicode-1-1-utf-7" => utf7(bytes),
        _ => other(&name, bytes).unwrap_or_else(|| lossy(bytes)),
    }
}

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// UTF-7 (RFC 2152), which old Exchange servers label `unicode-1-1-utf-7`: `+` starts base64 of
/// UTF-16, `-` or any non-base64 byte ends it, `+-` is a plus sign.
fn utf7(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c != b'+' {
            out.push(char::from(c));
            i += 1;
            continue;
        }
        let start = i + 1;
        let end = bytes[start..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || *b == b'+' || *b == b'/'))
            .map_or(bytes.len(), |p| start + p);
        if end == start {
            out.push('+');
        } else {
            let raw = base64(&bytes[start..end]);
            let units = raw.chunks_exact(2).map(|p| u16::from_be_bytes([p[0], p[1]]));
            out.extend(char::decode_utf16(units).map(|r| r.unwrap_or('\u{FFFD}')));
        }
        i = if bytes.get(end) == Some(&b'-') { end + 1 } else { end };
    }
    out
}

/// A header field's value with its RFC 2047 encoded words (`=?utf-8?B?…?=`) decoded; the white
/// space between two encoded words goes, as the RFC says.
pub fn header_words(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    let mut after_word = false;
    while let Some(start) = rest.find("=?") {
        let Some((decoded, used)) = encoded_word(&rest[start..]) else {
            out.push_str(&rest[..start + 2]);
            rest = &rest[start + 2..];
            after_word = false;
            continue;
        };
        let between = &rest[..start];
        if !(after_word && between.trim().is_empty()) {
            out.push_str(between);
        }
        out.push_str(&decoded);
        rest = &rest[start + used..];
        after_word = true;
    }
    out.push_str(rest);
    out
}

fn floor_char_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `=?charset?B|Q?text?=` at the start of `s`: the text and the bytes it used.
fn encoded_word(s: &str) -> Option<(String, usize)> {
    let body = s.strip_prefix("=?")?;
    // An encoded word is at most 75 bytes (RFC 2047 §2); looking no further keeps a header full
    // of stray `=?` linear.
    let window = &body[..floor_char_boundary(body, 200)];
    let (cs, body) = window.split_once('?')?;
    let (enc, body) = body.split_once('?')?;
    let end = body.find("?=")?;
    if cs.len() > 40 || enc.len() != 1 || body[..end].contains(' ') {
        return None;
    }
    let used = 2 + cs.len() + 1 + enc.len() + 1 + end + 2;
    let raw = &body.as_bytes()[..end];
    let bytes = match enc {
        "B" | "b" => base64(raw),
        "Q" | "q" => quoted_printable(raw, true),
        _ => return None,
    };
    // `charset*language` (RFC 2231) names the charset before the star.
    let cs = cs.split('*').next().unwrap_or(cs);
    Some((charset(cs, &bytes), used))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transfer_encodings() {
        assert_eq!(base64(b"NTUwIDUuMS4x\r\nIFVzZXIgdW5rbm93bg=="), b"550 5.1.1 User unknown");
        assert_eq!(quoted_printable(b"550 5.1.1 =\r\nUser=20unknown =3D=ZZ", false), b"550 5.1.1 User unknown ==ZZ");
    }

    #[test]
    fn header_words_and_charsets() {
        assert_eq!(header_words("=?utf-8?B?44OG44K544OI?= =?utf-8?Q?_ok?= tail"), "テスト ok tail");
        assert_eq!(header_words("Undelivered =?iso-8859-1?q?Mail_R=FCckkehr?="), "Undelivered Mail Rückkehr");
        assert_eq!(header_words("no =?words here"), "no =?words here");
        assert_eq!(charset("unicode-1-1-utf-7", b"Hi +AGkAbgBmAG8-. A+-B"), "Hi info. A+B");
        assert_eq!(charset("iso-2022-jp", b"\x1b$B%F%9%H\x1b(B"), "テスト");
        assert_eq!(charset("x-unknown", b"caf\xc3\xa9"), "café");
    }
}
