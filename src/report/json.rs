//! The JSON printer: the stable report programs and CI read.

use std::io::{self, Write};

use serde::Serialize;

/// Any report as pretty-printed JSON with a final newline, written as it is
/// serialised.
pub fn write<T: Serialize + ?Sized>(report: &T, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    out.write_all(b"\n")
}
