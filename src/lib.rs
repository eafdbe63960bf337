pub mod warning;
pub mod yaml;
