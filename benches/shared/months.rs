//! Months' names, in order: the corpora write dates with them. Shared by
//! the benchmarks through `#[path]`.

/// January to December.
pub const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
