//! One module per screen: its state, how keys change it, how it is drawn.

pub mod assess;
pub mod assessor;
pub mod done;
pub mod evidence;
pub mod home;
pub mod inputs;
pub mod log_form;
pub mod own_review;
pub mod portfolio;
pub mod review_compare;
pub mod review_mode;
pub mod review_record;
pub mod review_respond;
pub mod review_state;
pub mod review_table;
pub mod tasks;
