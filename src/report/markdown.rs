//! The markdown printer (being written).
