//! Normalisation: folded tokens, quantities as intervals, and names resolved
//! to canonical entities, so differently written claims can meet.

pub mod calendar;
pub mod dates;
pub mod entities;
pub mod interval;
pub mod number;
pub mod quantity;
pub mod senses;
pub mod tokens;
pub mod verbs;
