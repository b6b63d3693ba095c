//! A role's weekly hours as a bar: solid up to the low end of the range, dark shade up to
//! the expected figure, light shade on to the high end, so the range reads at a glance
//! beside the figure. Every bar in one picture shares a scale (`Scale`), so bars compare.
//!
//! The three characters are in WGL4 (and the old DOS code page), so the classic Windows
//! console draws them as they are (`glyphs::basic` leaves them alone), and without colour
//! they still differ by shape.

use crate::scoring::Estimate;

/// From zero to the end of the range nearer zero: at least this much.
pub const SURE: char = '█';
/// On to the expected figure.
pub const TO_EXPECTED: char = '▓';
/// On to the far end of the range.
pub const TO_FAR: char = '░';

/// The values the bars of one picture span; always includes zero, where bars start.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    lo: f64,
    hi: f64,
}

impl Scale {
    pub fn of<'a>(estimates: impl IntoIterator<Item = &'a Estimate>) -> Scale {
        let (mut lo, mut hi) = (0.0f64, 0.0f64);
        for e in estimates {
            for v in [e.low, e.likely, e.high, e.expected] {
                if v.is_finite() {
                    lo = lo.min(v);
                    hi = hi.max(v);
                }
            }
        }
        Scale { lo, hi }
    }
}

fn between(a: f64, b: f64, x: f64) -> bool {
    a.min(b) <= x && x <= a.max(b)
}

/// `e` drawn in `width` cells on `scale`: removed work (below zero) grows leftwards from
/// where zero is, added work rightwards. A figure too small to fill half a cell still
/// shows one cell, so an affected role never looks unaffected.
pub fn bar(e: &Estimate, scale: Scale, width: usize) -> String {
    let span = scale.hi - scale.lo;
    if width == 0 || span <= 0.0 || !span.is_finite() {
        return " ".repeat(width);
    }
    let (lo_b, hi_b) = (e.low.min(e.high), e.low.max(e.high));
    // The end of the range nearer zero; zero itself when the range crosses it.
    let near = if lo_b >= 0.0 {
        lo_b
    } else if hi_b <= 0.0 {
        hi_b
    } else {
        0.0
    };
    let step = span / width as f64;
    let mut cells: Vec<char> = (0..width)
        .map(|i| {
            let c = scale.lo + (i as f64 + 0.5) * step;
            if near != 0.0 && between(0.0, near, c) {
                SURE
            } else if between(near, e.expected, c) {
                TO_EXPECTED
            } else if between(lo_b, hi_b, c) {
                TO_FAR
            } else {
                ' '
            }
        })
        .collect();
    if e.expected != 0.0 && !cells.iter().any(|&c| c == SURE || c == TO_EXPECTED) {
        let zero = ((-scale.lo / step) as usize).min(width - 1);
        let at = if e.expected < 0.0 {
            zero.saturating_sub(1)
        } else {
            zero
        };
        cells[at] = TO_EXPECTED;
    }
    cells.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bar_is_solid_to_low_dark_to_expected_and_light_to_high() {
        let e = Estimate::new(1.0, 2.0, 4.0);
        // expected = (1 + 8 + 4) / 6 = 2.17; each cell is half an hour.
        assert_eq!(bar(&e, Scale::of([&e]), 8), "██▓▓░░░░");
    }

    #[test]
    fn bars_share_a_scale_and_a_tiny_figure_still_shows() {
        let big = Estimate::new(8.0, 8.0, 8.0);
        let tiny = Estimate::new(0.01, 0.01, 0.01);
        let scale = Scale::of([&big, &tiny]);
        assert_eq!(bar(&big, scale, 8), "████████");
        assert_eq!(bar(&tiny, scale, 8), "▓       ");
    }

    #[test]
    fn removed_work_grows_left_of_zero() {
        let added = Estimate::new(2.0, 2.0, 2.0);
        let removed = Estimate::new(-2.0, -2.0, -2.0);
        let scale = Scale::of([&added, &removed]);
        assert_eq!(bar(&added, scale, 8), "    ████");
        assert_eq!(bar(&removed, scale, 8), "████    ");
    }

    #[test]
    fn nothing_to_draw_is_blank_not_a_panic() {
        let zero = Estimate::new(0.0, 0.0, 0.0);
        assert_eq!(bar(&zero, Scale::of([&zero]), 5), "     ");
        assert_eq!(bar(&zero, Scale::of([&zero]), 0), "");
    }

    #[test]
    fn the_bar_characters_need_no_stand_in_on_the_classic_console() {
        for c in [SURE, TO_EXPECTED, TO_FAR] {
            assert_eq!(crate::tui::glyphs::basic(&c.to_string()), None);
        }
    }
}
