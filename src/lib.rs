pub mod normalise;
pub mod rules;
pub mod warning;
pub mod yaml;
