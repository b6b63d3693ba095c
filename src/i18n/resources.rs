//! The message files, one pair per area of the program: (area, English, Welsh).
//! A new area adds one line here and its two files under `i18n/`.

pub const RESOURCES: &[(&str, &str, &str)] = &[(
    "common",
    include_str!("../../i18n/en/common.ftl"),
    include_str!("../../i18n/cy/common.ftl"),
)];
