//! The sarif printer (being written).
