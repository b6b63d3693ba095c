//! Hostile variants of a valid file: every way a careless or malicious hand can damage
//! it, generated from a fixed seed so a failure names a file that can be made again.

use std::path::PathBuf;

/// What to put at a file's place: bytes, or a special file that is not a regular one.
#[derive(Debug, Clone)]
pub enum Content {
    Bytes(Vec<u8>),
    /// A named pipe that nobody writes to: opening it for reading blocks forever.
    Fifo,
    /// A symbolic link to this target (which may not exist, or be the link itself).
    Symlink(PathBuf),
}

#[derive(Debug, Clone)]
pub struct Variant {
    /// Short and unique within a kind; it becomes part of the case's name.
    pub label: String,
    pub content: Content,
    /// Whether an error about this file has a place (line, column) wia must name.
    pub placed: bool,
    /// A link to a file wia would accept: reading through it is the defect to catch.
    pub follows_valid_link: bool,
}

impl Variant {
    fn bytes(label: impl Into<String>, bytes: Vec<u8>, placed: bool) -> Self {
        Variant {
            label: label.into(),
            content: Content::Bytes(bytes),
            placed,
            follows_valid_link: false,
        }
    }
}

/// xorshift64*: a fixed seed gives the same corpus on every machine, with no crate.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Control sequences a file could try to send to the terminal of whoever reads it, as
/// YAML double-quoted escapes, JSON escapes and the raw characters.
pub const PAYLOADS: [(&str, &str, &str, &str); 6] = [
    (
        "esc-clear",
        "\\e[2J\\e[31m",
        "\\u001b[2J\\u001b[31m",
        "\u{1b}[2J\u{1b}[31m",
    ),
    (
        "osc-title",
        "\\e]0;pwned\\a",
        "\\u001b]0;pwned\\u0007",
        "\u{1b}]0;pwned\u{7}",
    ),
    ("bel", "\\a\\a", "\\u0007\\u0007", "\u{7}\u{7}"),
    ("c1-csi", "\\x9b2J", "\\u009b2J", "\u{9b}2J"),
    (
        "bidi",
        "\\u202Egnp.exe",
        "\\u202egnp.exe",
        "\u{202E}gnp.exe",
    ),
    (
        "nul-del",
        "\\0\\x7f\\b",
        "\\u0000\\u007f\\b",
        "\u{0}\u{7f}\u{8}",
    ),
];

pub const EXTREME_NUMBERS: [&str; 14] = [
    "1e308",
    "-1e308",
    "1e309",
    "-0",
    "-0.0",
    ".nan",
    ".inf",
    "-.inf",
    "18446744073709551616",
    "-9223372036854775809",
    "4.9e-324",
    "0x7fffffffffffffff",
    "1_000_000_000_000",
    "99999999999999999999999999999999999999",
];

/// Nesting `depth` deep in each of YAML's three shapes.
pub fn deep(depth: usize) -> Vec<(&'static str, String)> {
    vec![
        ("dash", format!("{}x\n", "- ".repeat(depth))),
        (
            "bracket",
            format!("{}{}\n", "[".repeat(depth), "]".repeat(depth)),
        ),
        (
            "brace",
            format!("{}1{}\n", "{a: ".repeat(depth), "}".repeat(depth)),
        ),
        // Unclosed: the parser must give up at the depth, not at the end of the input.
        ("bracket-open", "[".repeat(depth)),
    ]
}

/// The classic "billion laughs": nine levels of nine aliases each.
pub fn alias_bomb(top_key: &str) -> String {
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    let mut s = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for w in names.windows(2) {
        let (prev, name) = (w[0], w[1]);
        let refs = vec![format!("*{prev}"); 9].join(",");
        s.push_str(&format!("{name}: &{name} [{refs}]\n"));
    }
    s.push_str(&format!("{top_key}: *i\n"));
    s
}

/// Byte-level damage that does not depend on the file's format.
pub fn generic(seed: &[u8], limit: usize, rng: &mut Rng) -> Vec<Variant> {
    let mut v = Vec::new();
    v.push(Variant::bytes("empty", Vec::new(), false));
    v.push(Variant::bytes("newline-only", b"\n".to_vec(), false));
    v.push(Variant::bytes(
        "whitespace-only",
        b"  \t \r\n \n".to_vec(),
        false,
    ));
    // Truncated at many points, some inside a multi-byte character.
    let n = seed.len();
    for i in 1..=14 {
        let at = (n * i / 15).max(1);
        v.push(Variant::bytes(
            format!("trunc-{at}"),
            seed[..at].to_vec(),
            false,
        ));
    }
    if let Some(at) = seed.iter().position(|b| *b >= 0xc0) {
        v.push(Variant::bytes(
            "trunc-mid-char",
            seed[..at + 1].to_vec(),
            true,
        ));
    }
    for i in 0..12 {
        let mut b = seed.to_vec();
        for _ in 0..=rng.below(8) {
            let at = rng.below(b.len());
            b[at] = rng.next() as u8;
        }
        v.push(Variant::bytes(format!("flip-{i}"), b, false));
    }
    for (label, bad) in [
        ("utf8-ff", &[0xffu8][..]),
        ("utf8-continuation", &[0x80]),
        ("utf8-overlong", &[0xc0, 0xaf]),
        ("utf8-surrogate", &[0xed, 0xa0, 0x80]),
        ("utf8-short", &[0xe2, 0x82]),
    ] {
        let mut b = seed.to_vec();
        let at = middle_line_start(seed);
        b.splice(at..at, bad.iter().copied());
        v.push(Variant::bytes(label, b, true));
    }
    let text = String::from_utf8_lossy(seed);
    let mut le = vec![0xff, 0xfe];
    let mut be = vec![0xfe, 0xff];
    for u in text.encode_utf16() {
        le.extend(u.to_le_bytes());
        be.extend(u.to_be_bytes());
    }
    v.push(Variant::bytes("utf16le-bom", le, false));
    v.push(Variant::bytes("utf16be-bom", be, false));
    let mut bom = vec![0xef, 0xbb, 0xbf];
    bom.extend(seed);
    v.push(Variant::bytes("utf8-bom", bom, false));
    v.push(Variant::bytes(
        "crlf",
        text.replace('\n', "\r\n").into_bytes(),
        false,
    ));
    v.push(Variant::bytes(
        "cr-only",
        text.replace('\n', "\r").into_bytes(),
        false,
    ));
    let mut nul = seed.to_vec();
    nul.insert(middle_line_start(seed), 0);
    v.push(Variant::bytes("nul-byte", nul, true));
    let binary: Vec<u8> = (0..4096).map(|_| rng.next() as u8).collect();
    v.push(Variant::bytes("binary", binary, false));
    let elf: Vec<u8> = b"\x7fELF\x02\x01\x01\0"
        .iter()
        .copied()
        .chain(std::iter::repeat_n(0, 200))
        .collect();
    v.push(Variant::bytes("elf", elf, false));
    // Just over the limit, and ten megabytes: both refused unread, or read in bounded memory.
    if limit > 0 {
        v.push(Variant::bytes(
            format!("over-limit-{limit}"),
            padded(seed, limit + 1),
            false,
        ));
    }
    v.push(Variant::bytes("huge-10mb", padded(seed, 10 << 20), false));
    v.push(Variant::bytes(
        "one-long-line-10mb",
        vec![b'x'; 10 << 20],
        false,
    ));
    v
}

/// The start of a line near the middle, so inserted bytes break a value, not the header.
fn middle_line_start(seed: &[u8]) -> usize {
    let mid = seed.len() / 2;
    seed[mid..]
        .iter()
        .position(|b| *b == b'\n')
        .map_or(mid, |i| mid + i + 1)
}

/// The seed made `size` bytes long with a trailing comment, or cut to it.
fn padded(seed: &[u8], size: usize) -> Vec<u8> {
    let mut b = seed.to_vec();
    if !b.ends_with(b"\n") {
        b.push(b'\n');
    }
    while b.len() < size {
        let line = b"# padding padding padding padding padding padding padding padding\n";
        let take = line.len().min(size - b.len());
        if take < line.len() {
            b.extend(std::iter::repeat_n(b'#', take));
        } else {
            b.extend_from_slice(line);
        }
    }
    b.truncate(size);
    b
}

/// A plain value in a YAML file found line by line: enough to aim damage at every field
/// without a YAML parser of the tests' own.
#[derive(Debug, Clone)]
struct Field {
    line: usize,
    start: usize,
    end: usize,
    /// The last line of a folded or literal block that follows `key: >-`.
    block_end: usize,
    numeric: bool,
}

fn is_number(v: &str) -> bool {
    let v = v.replace('_', "");
    !v.is_empty() && v.parse::<f64>().is_ok()
}

/// The value spans of every `key: value`, `- value` and `{k: v, ...}` entry.
fn fields(lines: &[&str]) -> Vec<Field> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim_start();
        if trimmed.starts_with('#') || trimmed.is_empty() {
            i += 1;
            continue;
        }
        let indent = line.len() - trimmed.len();
        let mut pos = indent;
        while line[pos..].starts_with("- ") {
            pos += 2;
        }
        let rest = &line[pos..];
        let value_at = match rest.find(": ") {
            Some(k)
                if rest[..k]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') =>
            {
                pos + k + 2
            }
            _ if pos > indent => pos,
            _ => {
                i += 1;
                continue;
            }
        };
        let value = line[value_at..].trim_end();
        let end = value_at + value.len();
        if value.starts_with('{') && value.ends_with('}') && !value[1..].contains('{') {
            // A flow mapping on one line: each `k: v` inside is a field.
            let mut at = value_at + 1;
            for part in value[1..value.len() - 1].split(", ") {
                if let Some(k) = part.find(": ") {
                    let s = at + k + 2;
                    let e = at + part.len();
                    let v = line[s..e].trim();
                    if !v.is_empty() && !v.starts_with(['{', '[', '&', '*', '!']) {
                        out.push(Field {
                            line: i,
                            start: s,
                            end: e,
                            block_end: i,
                            numeric: is_number(v),
                        });
                    }
                }
                at += part.len() + 2;
            }
        } else if value == ">-" || value == "|" || value == ">" || value == "|-" {
            let mut j = i + 1;
            while j < lines.len()
                && (lines[j].trim().is_empty()
                    || lines[j].len() - lines[j].trim_start().len() > indent)
            {
                j += 1;
            }
            out.push(Field {
                line: i,
                start: value_at,
                end,
                block_end: j - 1,
                numeric: false,
            });
            i = j;
            continue;
        } else if !value.is_empty()
            && !value.starts_with(['{', '[', '&', '*', '!', '|', '>', '#'])
            && !value.contains(" #")
        {
            out.push(Field {
                line: i,
                start: value_at,
                end,
                block_end: i,
                numeric: is_number(value) || matches!(value, "true" | "false" | "~" | "null"),
            });
        }
        i += 1;
    }
    out
}

/// The text with each chosen field's value replaced by `make(old value)`.
fn replace(text: &str, chosen: &[&Field], make: &dyn Fn(&str) -> String) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let mut dropped = vec![false; lines.len()];
    // From the end of each line backwards, so earlier spans stay valid.
    let mut sorted: Vec<&&Field> = chosen.iter().collect();
    sorted.sort_by_key(|f| (f.line, std::cmp::Reverse(f.start)));
    for f in sorted {
        let old = if f.block_end > f.line {
            lines[f.line + 1..=f.block_end]
                .iter()
                .map(|l| l.trim())
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            lines[f.line][f.start..f.end]
                .trim_matches(['"', '\''])
                .to_string()
        };
        let line = &mut out[f.line];
        let (s, e) = (f.start, f.end.min(line.len()));
        line.replace_range(s..e, &make(&old));
        for d in dropped.iter_mut().take(f.block_end + 1).skip(f.line + 1) {
            *d = true;
        }
    }
    let mut s: String = out
        .into_iter()
        .zip(dropped)
        .filter(|(_, d)| !d)
        .map(|(l, _)| l + "\n")
        .collect();
    if !text.ends_with('\n') {
        s.pop();
    }
    s
}

fn yaml_quoted(old: &str) -> String {
    old.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Evenly spread picks of at most `cap` items.
fn spread<T>(items: &[T], cap: usize) -> Vec<&T> {
    if items.len() <= cap {
        return items.iter().collect();
    }
    (0..cap).map(|i| &items[i * items.len() / cap]).collect()
}

/// The hostile variants of record seeds (each with how many variants a field) that are
/// text, for tests that read records from text rather than through the commands.
// The corpus run itself goes through the commands and does not call this.
#[allow(dead_code)]
pub fn record_texts(seeds: &[(&str, usize)], rng: &mut Rng) -> Vec<String> {
    let mut out = Vec::new();
    for &(seed, per_field) in seeds {
        for v in yaml(seed, 8 * 1024 * 1024, "answers", rng, per_field) {
            if let Content::Bytes(bytes) = v.content
                && let Ok(text) = String::from_utf8(bytes)
            {
                out.push(text);
            }
        }
    }
    out
}

/// Damage aimed at a YAML file's structure and at each of its fields. `top_key` is a
/// key the format requires, used to hang a deep or exploding value where it is read.
pub fn yaml(
    seed: &str,
    limit: usize,
    top_key: &str,
    rng: &mut Rng,
    per_field: usize,
) -> Vec<Variant> {
    let mut v = generic(seed.as_bytes(), limit, rng);
    let lines: Vec<&str> = seed.lines().collect();
    let all = fields(&lines);
    let (numbers, texts): (Vec<Field>, Vec<Field>) = all.iter().cloned().partition(|f| f.numeric);
    assert!(!texts.is_empty(), "no text fields found in the seed");
    for depth in [10_000, 50_000] {
        for (shape, body) in deep(depth) {
            v.push(Variant::bytes(
                format!("deep-{shape}-{depth}"),
                body.clone().into_bytes(),
                true,
            ));
            // The same depth as the value of a field the format reads.
            let nested = format!("{}{top_key}:\n  {body}", seed_without_key(seed, top_key));
            v.push(Variant::bytes(
                format!("deep-{shape}-{depth}-in-{top_key}"),
                nested.into_bytes(),
                true,
            ));
        }
    }
    v.push(Variant::bytes(
        "alias-bomb",
        alias_bomb(top_key).into_bytes(),
        true,
    ));
    v.push(Variant::bytes(
        "alias-bomb-in-seed",
        format!("{}{}", seed_without_key(seed, top_key), alias_bomb(top_key)).into_bytes(),
        true,
    ));
    v.push(Variant::bytes(
        "alias-self-merge",
        format!("{seed}\nx: &x {{<<: *x}}\n").into_bytes(),
        true,
    ));
    v.push(Variant::bytes(
        "alias-undefined",
        format!("{}{top_key}: *nowhere\n", seed_without_key(seed, top_key)).into_bytes(),
        true,
    ));
    for (label, tag) in [
        ("tag-binary", "!!binary aGVsbG8="),
        ("tag-custom", "!custom {a: 1}"),
        (
            "tag-python",
            "!!python/object/apply:os.system [\"echo pwned\"]",
        ),
        ("tag-str-on-map", "!!str {a: 1}"),
    ] {
        for f in spread(&texts, 3) {
            let t = replace(seed, &[f], &|_| tag.to_string());
            v.push(Variant::bytes(
                format!("{label}-line{}", f.line + 1),
                t.into_bytes(),
                true,
            ));
        }
    }
    v.push(Variant::bytes(
        "tag-directive",
        format!("%TAG ! tag:evil.example,2026:\n--- !thing\n{seed}").into_bytes(),
        true,
    ));
    v.push(Variant::bytes(
        "yaml-directive-9",
        format!("%YAML 9.9\n---\n{seed}").into_bytes(),
        true,
    ));
    // Duplicate keys: the first top-level key again at the end, and a nested key twice.
    if let Some(first) = lines
        .iter()
        .find(|l| !l.starts_with(['#', ' ', '-']) && l.contains(':'))
    {
        v.push(Variant::bytes(
            "dup-top-key",
            format!("{seed}\n{first}\n").into_bytes(),
            true,
        ));
    }
    if let Some(i) = lines.iter().position(|l| {
        l.starts_with("  ")
            && !l.trim_start().starts_with(['-', '#'])
            && l.contains(": ")
            && !l.trim_end().ends_with(':')
    }) {
        let mut l2 = lines.clone();
        l2.insert(i + 1, lines[i]);
        v.push(Variant::bytes(
            "dup-nested-key",
            (l2.join("\n") + "\n").into_bytes(),
            true,
        ));
    }
    // Two documents, a document end with junk after it, a lone document start.
    v.push(Variant::bytes(
        "two-docs",
        format!("{seed}\n---\n{seed}").into_bytes(),
        true,
    ));
    v.push(Variant::bytes(
        "doc-end-junk",
        format!("{seed}\n...\n\u{1}junk: [\n").into_bytes(),
        true,
    ));
    v.push(Variant::bytes("doc-start-only", b"---\n".to_vec(), false));
    v.push(Variant::bytes(
        "scalar-doc",
        b"just a sentence\n".to_vec(),
        true,
    ));
    v.push(Variant::bytes("list-doc", b"- 1\n- 2\n".to_vec(), true));
    v.push(Variant::bytes(
        "tab-indent",
        seed.replace("\n  ", "\n\t").into_bytes(),
        true,
    ));
    // Wrong types in each field.
    let wrong = [
        "[1, 2]", "{x: 1}", "~", "true", "12", "\"\"", "[]", "{}", "- a\n- b",
    ];
    for (i, f) in spread(&all, per_field).into_iter().enumerate() {
        let w = wrong[i % wrong.len()];
        let t = replace(seed, &[f], &|_| w.to_string());
        v.push(Variant::bytes(
            format!("type-line{}-{i}", f.line + 1),
            t.into_bytes(),
            true,
        ));
    }
    // Extreme numbers in each numeric field, and in all at once.
    for (i, f) in spread(&numbers, per_field).into_iter().enumerate() {
        let x = EXTREME_NUMBERS[i % EXTREME_NUMBERS.len()];
        let t = replace(seed, &[f], &|_| x.to_string());
        v.push(Variant::bytes(
            format!("num-line{}-{x}", f.line + 1),
            t.into_bytes(),
            true,
        ));
    }
    let every_number: Vec<&Field> = numbers.iter().filter(|f| f.block_end == f.line).collect();
    for x in [".nan", "1e308", "-.inf", "18446744073709551616", "-0"] {
        let t = replace(seed, &every_number, &|_| x.to_string());
        v.push(Variant::bytes(format!("num-all-{x}"), t.into_bytes(), true));
    }
    // Control sequences in every text field at once (escaped, and raw where YAML allows).
    let every_text: Vec<&Field> = texts.iter().collect();
    for (name, yaml_esc, _, raw) in PAYLOADS {
        let t = replace(seed, &every_text, &|old| {
            format!("\"{yaml_esc}{}\"", yaml_quoted(old))
        });
        v.push(Variant::bytes(
            format!("ctl-all-{name}"),
            t.into_bytes(),
            true,
        ));
        if !raw.chars().any(|c| (c as u32) < 0x20 || c == '\u{7f}') {
            let t = replace(seed, &every_text, &|old| {
                format!("\"{raw}{}\"", yaml_quoted(old))
            });
            v.push(Variant::bytes(
                format!("ctl-all-raw-{name}"),
                t.into_bytes(),
                true,
            ));
        }
    }
    // And in each text field on its own, so one refusal cannot hide another field's leak.
    for (i, f) in spread(&texts, per_field).into_iter().enumerate() {
        let (name, yaml_esc, _, _) = PAYLOADS[i % PAYLOADS.len()];
        let t = replace(seed, &[f], &|old| {
            format!("\"{yaml_esc}{}\"", yaml_quoted(old))
        });
        v.push(Variant::bytes(
            format!("ctl-line{}-{name}", f.line + 1),
            t.into_bytes(),
            true,
        ));
    }
    v
}

/// The seed without the top-level `key:` and its block, so the key can be given again.
fn seed_without_key(seed: &str, key: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for line in seed.lines() {
        if line.starts_with(&format!("{key}:")) {
            skipping = true;
            continue;
        }
        if skipping && (line.starts_with([' ', '-']) || line.is_empty()) {
            continue;
        }
        skipping = false;
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The special files, named like the kind they stand in for. Unix only: Windows has no
/// FIFOs, and symbolic links there need a privilege the tests do not have.
pub fn special(valid: PathBuf) -> Vec<Variant> {
    let link = |label: &str, target: PathBuf| Variant {
        label: label.into(),
        content: Content::Symlink(target),
        placed: false,
        follows_valid_link: false,
    };
    let mut to_valid = link("symlink-to-valid", valid);
    to_valid.follows_valid_link = true;
    vec![
        Variant {
            label: "fifo".into(),
            content: Content::Fifo,
            placed: false,
            follows_valid_link: false,
        },
        to_valid,
        link("symlink-to-dev-zero", "/dev/zero".into()),
        link("symlink-to-dev-urandom", "/dev/urandom".into()),
        link("symlink-dangling", "/nonexistent/wia-corpus".into()),
        // A link to itself: the target is filled in where the link is made.
        link("symlink-loop", PathBuf::new()),
        link("symlink-to-dir", "/".into()),
    ]
}

/// Makes a whole file from one entry's (key, raw JSON value) pairs.
pub type Render = dyn Fn(&[(String, String)]) -> String;

/// A JSON string with control characters escaped.
pub fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Damage aimed at each field of one-object-a-line JSON, given as (key, raw JSON value)
/// pairs for one valid entry; `render(fields)` makes the whole file from one entry's fields.
pub fn json_fields(entry: &[(&str, String)], render: &Render, per_field: usize) -> Vec<Variant> {
    let own: Vec<(String, String)> = entry
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    let mut v = Vec::new();
    let with = |i: usize, val: String| {
        let mut f = own.clone();
        f[i].1 = val;
        render(&f)
    };
    let wrong = [
        "[1,2]",
        "{\"x\":1}",
        "null",
        "true",
        "12",
        "\"\"",
        "\"12\"",
        "-1",
    ];
    for (i, (key, val)) in own.iter().enumerate() {
        let is_text = val.starts_with('"');
        for (name, _, json_esc, _) in PAYLOADS {
            if is_text {
                let body = &val[1..val.len() - 1];
                v.push(Variant::bytes(
                    format!("ctl-{key}-{name}"),
                    with(i, format!("\"{json_esc}{body}\"")).into_bytes(),
                    true,
                ));
            }
        }
        for w in wrong.iter().skip(i % 3).step_by(3).take(per_field) {
            v.push(Variant::bytes(
                format!("type-{key}-{w}"),
                with(i, w.to_string()).into_bytes(),
                true,
            ));
        }
        if !is_text {
            for x in [
                "1e308",
                "-0",
                "18446744073709551616",
                "1e309",
                "-9223372036854775809",
                "4.9e-324",
            ] {
                v.push(Variant::bytes(
                    format!("num-{key}-{x}"),
                    with(i, x.to_string()).into_bytes(),
                    true,
                ));
            }
        }
    }
    let mut dup = own.clone();
    dup.push(own[0].clone());
    v.push(Variant::bytes("dup-key", render(&dup).into_bytes(), true));
    for depth in [10_000, 50_000] {
        v.push(Variant::bytes(
            format!("deep-array-{depth}"),
            with(1, format!("{}{}", "[".repeat(depth), "]".repeat(depth))).into_bytes(),
            true,
        ));
        v.push(Variant::bytes(
            format!("deep-object-{depth}"),
            with(
                1,
                format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth)),
            )
            .into_bytes(),
            true,
        ));
    }
    v
}
