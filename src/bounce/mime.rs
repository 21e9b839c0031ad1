//! The MIME structure of a message, as far as reading a bounce needs it: header fields (unfolded,
//! encoded words decoded), multipart bodies split at their boundaries, nested messages, transfer
//! encodings and charsets. Broken structure degrades to text; nothing here fails. Each nesting level
//! copies its part once and nesting is capped, so the work stays linear in the input.

use super::decode;

/// How deep multiparts and enclosed messages are followed; real bounces nest three or four levels.
const MAX_DEPTH: usize = 8;

/// Header fields in order: names lowercased, values unfolded and trimmed.
#[derive(Clone, Debug, Default)]
pub struct Headers(pub Vec<(String, String)>);

impl Headers {
    /// The first field of that (lowercase) name.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// Reads header fields from the start of `bytes` up to the first blank line, and returns them
    /// with the offset of the body. Text that does not start with a field has no header.
    pub fn parse(bytes: &[u8]) -> (Headers, usize) {
        let mut fields: Vec<(String, String)> = Vec::new();
        let mut at = 0;
        while at < bytes.len() {
            let end = bytes[at..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |p| at + p + 1);
            let line = trim_eol(&bytes[at..end]);
            if line.iter().all(|b| b.is_ascii_whitespace()) {
                return (Headers(fields), end);
            }
            if line[0] == b' ' || line[0] == b'\t' {
                match fields.last_mut() {
                    Some((_, v)) => {
                        v.push(' ');
                        v.push_str(String::from_utf8_lossy(line).trim());
                    }
                    None => return (Headers(fields), 0),
                }
            } else if let Some(colon) = field_name_end(line) {
                let name = String::from_utf8_lossy(&line[..colon]).trim_end().to_ascii_lowercase();
                let value = String::from_utf8_lossy(&line[colon + 1..]).trim().to_string();
                fields.push((name, value));
            } else if at == 0 || fields.is_empty() {
                return (Headers::default(), 0);
            } else {
                // A line that is no field ends the header without a blank line (broken, but seen).
                return (Headers(fields), at);
            }
            at = end;
        }
        (Headers(fields), bytes.len())
    }

    /// A field's parameter (`boundary`, `charset`), unquoted.
    pub fn param(&self, field: &str, name: &str) -> Option<String> {
        param(self.get(field)?, name)
    }

    /// `type/subtype` of Content-Type, lowercased; `text/plain` when absent.
    pub fn mime_type(&self) -> String {
        match self.get("content-type") {
            Some(v) => v.split(';').next().unwrap_or("").trim().to_ascii_lowercase(),
            None => "text/plain".into(),
        }
    }
}

fn trim_eol(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// The colon of `Name: value`: a name of printable characters, no spaces (RFC 5322 §2.2), at most
/// 76 long; a space before the colon is tolerated, as old MTAs wrote it.
fn field_name_end(line: &[u8]) -> Option<usize> {
    let colon = line.iter().take(80).position(|&b| b == b':')?;
    let name = line[..colon].strip_suffix(b" ").unwrap_or(&line[..colon]);
    (!name.is_empty() && name.iter().all(|&b| b.is_ascii_graphic() && b != b':')).then_some(colon)
}

/// A parameter of a structured field value: `boundary="abc"`, `charset=utf-8`, case-insensitive.
pub fn param(value: &str, name: &str) -> Option<String> {
    let mut rest = value;
    while let Some(semi) = rest.find(';') {
        rest = rest[semi + 1..].trim_start();
        let eq = rest.find('=')?;
        let key = rest[..eq].trim();
        let after = rest[eq + 1..].trim_start();
        let (val, tail) = if let Some(q) = after.strip_prefix('"') {
            match q.find('"') {
                Some(end) => (&q[..end], &q[end + 1..]),
                None => (q, ""),
            }
        } else {
            let end = after.find(';').unwrap_or(after.len());
            (after[..end].trim(), &after[end..])
        };
        if key.eq_ignore_ascii_case(name) {
            return Some(val.to_string());
        }
        rest = tail;
    }
    None
}

/// What a bounce reader wants of a message: its header, the text meant for people, the delivery
/// reports, and the header of the message that came back.
#[derive(Debug, Default)]
pub struct Message {
    pub headers: Headers,
    /// The human-readable parts, decoded, in order; outside the returned message.
    pub texts: Vec<String>,
    /// The bodies of `message/delivery-status` parts, decoded.
    pub reports: Vec<String>,
    /// The header of the returned message (`message/rfc822` or `text/rfc822-headers`).
    pub returned: Option<Headers>,
    /// Enclosed messages that are not the returned one: a bounce forwarded as an attachment.
    pub enclosed: Vec<Vec<u8>>,
}

pub fn parse(bytes: &[u8]) -> Message {
    // An mbox file starts with a `From ` line, which is no header field.
    let bytes = match bytes.strip_prefix(b"From ") {
        Some(_) => bytes.iter().position(|&b| b == b'\n').map_or(&bytes[..0], |p| &bytes[p + 1..]),
        None => bytes,
    };
    let (headers, body_at) = Headers::parse(bytes);
    let mut m = Message::default();
    walk(&headers, &bytes[body_at..], 0, false, &mut m);
    m.headers = headers;
    m
}

fn walk(headers: &Headers, body: &[u8], depth: usize, in_returned: bool, m: &mut Message) {
    let mime = headers.mime_type();
    let decoded = || decode::transfer(headers.get("content-transfer-encoding").unwrap_or(""), body);
    let text = |bytes: &[u8]| decode::charset(&headers.param("content-type", "charset").unwrap_or_default(), bytes);
    if mime.starts_with("multipart/") && depth < MAX_DEPTH {
        let Some(boundary) = headers.param("content-type", "boundary").filter(|b| !b.is_empty()) else {
            return m.texts.push(text(body));
        };
        let parts = split(body, &boundary);
        if parts.is_empty() {
            return m.texts.push(text(body));
        }
        let alternative = mime == "multipart/alternative";
        let has_plain = alternative && parts.iter().any(|p| Headers::parse(p).0.mime_type() == "text/plain");
        for part in parts {
            let (h, at) = Headers::parse(part);
            if has_plain && h.mime_type() == "text/html" {
                continue;
            }
            walk(&h, &part[at..], depth + 1, in_returned, m);
        }
        return;
    }
    if in_returned {
        return;
    }
    match mime.as_str() {
        "message/delivery-status" | "message/global-delivery-status" => m.reports.push(text(&decoded())),
        "message/rfc822" | "message/global" if depth < MAX_DEPTH => {
            let inner = decoded();
            let h = Headers::parse(&inner).0;
            if m.returned.is_none() && looks_returned(&h) {
                m.returned = Some(h);
            } else {
                m.enclosed.push(inner);
            }
        }
        "text/rfc822-headers" | "message/rfc822-headers" | "text/rfc822-header" if m.returned.is_none() => {
            m.returned = Some(Headers::parse(&decoded()).0);
        }
        "text/rfc822-headers" | "message/rfc822-headers" | "text/rfc822-header" => {}
        "text/html" => m.texts.push(html_text(&text(&decoded()))),
        t if t.starts_with("text/") || t.is_empty() => m.texts.push(text(&decoded())),
        _ => {}
    }
}

/// An enclosed message is the returned one unless it is itself a delivery report.
fn looks_returned(h: &Headers) -> bool {
    let t = h.mime_type();
    !(t == "multipart/report" || h.get("content-type").is_some_and(|v| v.contains("delivery-status")))
}

/// The parts of a multipart body between `--boundary` lines, up to `--boundary--`.
fn split<'a>(body: &'a [u8], boundary: &str) -> Vec<&'a [u8]> {
    let delim = format!("--{boundary}");
    let mut parts = Vec::new();
    let mut start: Option<usize> = None;
    let mut at = 0;
    while at < body.len() {
        let end = body[at..].iter().position(|&b| b == b'\n').map_or(body.len(), |p| at + p + 1);
        // Some MTAs indent the delimiter; RFC 2046 does not, but nothing else starts with it.
        let line = trim_eol(&body[at..end]);
        let line = &line[line.iter().take_while(|b| **b == b' ' || **b == b'\t').count()..];
        if let Some(rest) = line.strip_prefix(delim.as_bytes()) {
            let closing = rest.starts_with(b"--");
            if rest.iter().all(|b| b.is_ascii_whitespace()) || closing {
                if let Some(s) = start {
                    parts.push(&body[s..at]);
                }
                if closing {
                    return parts;
                }
                start = Some(end);
            }
        }
        at = end;
    }
    // No closing delimiter: the last part runs to the end.
    if let Some(s) = start {
        parts.push(&body[s..]);
    }
    parts
}

/// The text of an HTML part: tags dropped, block ends as line breaks, common entities decoded.
pub fn html_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let tag_end = rest[lt..].find('>').map_or(rest.len(), |p| lt + p + 1);
        let raw = &rest[lt + 1..tag_end.saturating_sub(1).max(lt + 1)];
        let closing = raw.starts_with('/');
        let tag = raw.trim_start_matches('/').to_ascii_lowercase();
        let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if matches!(name.as_str(), "br" | "p" | "div" | "tr" | "li" | "h1" | "h2" | "h3" | "h4" | "table" | "pre") {
            out.push('\n');
        } else if matches!(name.as_str(), "td" | "th") {
            out.push(' ');
        }
        rest = &rest[tag_end..];
        // Style and script contents are not text.
        if matches!(name.as_str(), "style" | "script") && !closing {
            let close = format!("</{name}");
            let lower_at = find_ci(rest, &close).unwrap_or(rest.len());
            rest = &rest[lower_at..];
        }
    }
    out.push_str(rest);
    entities(&out)
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    (0..h.len().saturating_sub(n.len() - 1)).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

fn entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let semi = rest.char_indices().take(10).find(|&(_, c)| c == ';').map(|(i, _)| i);
        let decoded = semi.and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "lt" => '<',
                "gt" => '>',
                "amp" => '&',
                "quot" => '"',
                "apos" | "#39" => '\'',
                "nbsp" => ' ',
                _ => {
                    let num = name.strip_prefix('#')?;
                    let n = match num.strip_prefix(['x', 'X']) {
                        Some(h) => u32::from_str_radix(h, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(n)?
                }
            };
            Some((c, end + 1))
        });
        match decoded {
            Some((c, used)) => {
                out.push(c);
                rest = &rest[used..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_fields_unfold_and_params_unquote() {
        let (h, at) = Headers::parse(b"Content-Type: multipart/report;\r\n\treport-type=delivery-status;\r\n boundary=\"a;b\"\r\nSubject: x\r\n\r\nbody");
        assert_eq!(h.mime_type(), "multipart/report");
        assert_eq!(h.param("content-type", "boundary").as_deref(), Some("a;b"));
        assert_eq!(h.param("content-type", "report-type").as_deref(), Some("delivery-status"));
        assert_eq!(&b"Content-Type: multipart/report;\r\n\treport-type=delivery-status;\r\n boundary=\"a;b\"\r\nSubject: x\r\n\r\nbody"[at..], b"body");
        assert!(Headers::parse(b"Hi. This is the qmail-send program").0 .0.is_empty());
    }

    #[test]
    fn multipart_report_parts() {
        let msg = b"Content-Type: multipart/report; boundary=B\n\npreamble\n--B\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\nNTUwIFVzZXIgdW5rbm93bg==\n--B\nContent-Type: message/delivery-status\n\nStatus: 5.1.1\n--B\nContent-Type: message/rfc822\n\nTo: a@example.com\n\nhello 550\n--B--\n";
        let m = parse(msg);
        assert_eq!(m.texts, ["550 User unknown"]);
        assert_eq!(m.reports, ["Status: 5.1.1\n"]);
        assert_eq!(m.returned.unwrap().get("to"), Some("a@example.com"));
    }

    #[test]
    fn html_becomes_text() {
        assert_eq!(html_text("<p>550 &lt;a@b&gt;</p><style>p{}</style>x&nbsp;y&#33;"), "\n550 <a@b>\nx y!");
    }
}
