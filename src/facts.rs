//! Fact tables: established facts a team keeps, checked against what the
//! documents claim (being written).
