//! The github printer (being written).
