//! The message files, one pair per area of the program: (area, English, Welsh).
//! A new area adds one line here and its two files under `i18n/`.

macro_rules! area {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("../../i18n/en/", $name, ".ftl")),
            include_str!(concat!("../../i18n/cy/", $name, ".ftl")),
        )
    };
}

// One area per line (the comments keep rustfmt from joining them), so that adding an
// area never conflicts with another.
pub const RESOURCES: &[(&str, &str, &str)] = &[
    area!("common"), // language names, counts
    area!("cli"),    // command-line output
    area!("domain"), // answers, records, files
    area!("tui"),    // the full-screen interface
    // The Markdown summary of a record (a comment above, so rustfmt leaves the rest be).
    area!("summary"),
    // `wia check --require-lang`.
    area!("translations"),
    // The answers template.
    area!("template"),
    // The headteachers' evidence log: entries, reports, CSV, the form and the overlay.
    area!("evidence"),
    // Review mode: the list, a record, comparisons and responses.
    area!("review"),
];
