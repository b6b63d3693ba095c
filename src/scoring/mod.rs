//! The Standard Cost Model: hours per person and system-wide for each role, a rating from
//! the questionnaire's bands, the flags that fire, and the tasks that drive the total.
//! Pure functions: no I/O, no clock.

mod engine;
mod estimate;
mod results;

pub use engine::{Headcounts, score};
pub use estimate::Estimate;
pub use results::{
    Driver, FiredFlag, RatingBasis, Results, RoleFigures, TaskFigures, TaskRoleFigures,
    compare_results,
};
