//! One file per screen: the home page (pick a questionnaire) and the walk-through.

pub mod assess;
pub mod home;
