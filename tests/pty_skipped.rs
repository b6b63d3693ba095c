//! Where there is no Unix pseudo-terminal (Windows), the tests that drive wia through
//! one cannot run: `tui_e2e`, `evidence_e2e` and `pty_harness` are compiled out there
//! (they also send Unix signals), and single tests elsewhere are ignored with this same
//! reason. This placeholder makes the skip show in the test output instead of passing
//! silently as zero tests.
#![cfg(not(unix))]

#[test]
#[ignore = "tui_e2e, evidence_e2e and pty_harness need a Unix pseudo-terminal (see docs/platforms.md)"]
fn pseudo_terminal_tests_need_unix() {}

#[test]
#[ignore = "hostile_corpus needs prlimit, GNU time, process groups, FIFOs and links (see its header)"]
fn the_hostile_corpus_needs_unix() {}
