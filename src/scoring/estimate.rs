//! A three-point estimate (low, likely, high) with its PERT expected value.

use serde::{Deserialize, Serialize};

use crate::answers::Change;

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Estimate {
    pub low: f64,
    pub likely: f64,
    pub high: f64,
    /// (low + 4 x likely + high) / 6
    pub expected: f64,
}

impl Estimate {
    pub fn new(low: f64, likely: f64, high: f64) -> Self {
        Estimate {
            low,
            likely,
            high,
            expected: (low + 4.0 * likely + high) / 6.0,
        }
    }

    /// Multiply by a factor of 0 or more (a count, a number of people, 1 / weeks).
    pub fn scale(self, k: f64) -> Self {
        Estimate {
            low: self.low * k,
            likely: self.likely * k,
            high: self.high * k,
            expected: self.expected * k,
        }
    }

    /// The contribution of a task to a net total. Removed work counts negative, and its
    /// range flips so that sums stay conservative: the net low subtracts removed highs,
    /// the net high subtracts removed lows.
    pub fn signed(self, change: Change) -> Self {
        match change {
            Change::New => self,
            Change::Removed => Estimate {
                low: -self.high,
                likely: -self.likely,
                high: -self.low,
                expected: -self.expected,
            },
        }
    }

    /// The largest difference between two estimates' four figures.
    pub fn max_difference(&self, other: &Estimate) -> f64 {
        [
            self.low - other.low,
            self.likely - other.likely,
            self.high - other.high,
            self.expected - other.expected,
        ]
        .iter()
        .fold(0.0, |m, d| m.max(d.abs()))
    }
}

impl std::ops::Add for Estimate {
    type Output = Estimate;

    fn add(self, other: Estimate) -> Estimate {
        Estimate {
            low: self.low + other.low,
            likely: self.likely + other.likely,
            high: self.high + other.high,
            expected: self.expected + other.expected,
        }
    }
}

impl std::ops::AddAssign for Estimate {
    fn add_assign(&mut self, other: Estimate) {
        *self = *self + other;
    }
}
