//! The junit printer (being written).
