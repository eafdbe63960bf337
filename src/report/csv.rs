//! The csv printer (being written).
