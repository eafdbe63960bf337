//! Text encodings: what a saved page or an old archive file was written in.
//!
//! A byte-order mark decides (UTF-8, UTF-16 LE or BE). Without one, valid
//! UTF-8 is UTF-8; bytes that are not UTF-8 anywhere are read as Windows-1252
//! (which covers Latin-1), the usual encoding of older Western pages; a file
//! that is mostly UTF-8 with a few bad bytes keeps its UTF-8 and has those
//! bytes replaced. Every decision other than plain UTF-8 is reported.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// Decoded text, and a note for the user when it was not clean UTF-8.
pub(super) struct Decoded {
    pub text: String,
    pub note: Option<String>,
}

/// Whether the bytes start with a UTF-16 byte-order mark: such text is full
/// of NUL bytes and must not be taken for a binary file.
pub(super) fn has_utf16_bom(bytes: &[u8]) -> bool {
    Encoding::for_bom(bytes).is_some_and(|(encoding, _)| encoding != UTF_8)
}

/// Decodes a file's bytes; the byte-order mark, if any, is dropped.
pub(super) fn decode(bytes: &[u8]) -> Decoded {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_with_bom_removal(bytes);
        let note = (had_errors || encoding != UTF_8).then(|| {
            let mut note = format!("read as {} (byte-order mark)", encoding.name());
            if had_errors {
                note.push_str("; invalid bytes were replaced with U+FFFD");
            }
            note
        });
        return Decoded {
            text: text.into_owned(),
            note,
        };
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded {
            text: text.to_string(),
            note: None,
        },
        Err(_) => {
            let lossy = String::from_utf8_lossy(bytes);
            let some_utf8 = lossy.chars().any(|c| !c.is_ascii() && c != '\u{fffd}');
            if some_utf8 {
                Decoded {
                    text: lossy.into_owned(),
                    note: Some("not valid UTF-8: invalid bytes were replaced with U+FFFD".into()),
                }
            } else {
                let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
                Decoded {
                    text: text.into_owned(),
                    note: Some("not UTF-8: read as Windows-1252 (Latin-1)".into()),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_encoding_is_read_and_reported() {
        let plain = decode("café".as_bytes());
        assert_eq!((plain.text.as_str(), plain.note), ("café", None));

        let bom = decode(b"\xef\xbb\xbfcaf\xc3\xa9");
        assert_eq!((bom.text.as_str(), bom.note), ("café", None));

        let mut utf16 = vec![0xff, 0xfe];
        utf16.extend("café".encode_utf16().flat_map(u16::to_le_bytes));
        assert!(has_utf16_bom(&utf16));
        let utf16 = decode(&utf16);
        assert_eq!(utf16.text, "café");
        assert!(utf16.note.unwrap().contains("UTF-16LE"));

        let latin = decode(b"caf\xe9 \x93quoted\x94");
        assert_eq!(latin.text, "café \u{201c}quoted\u{201d}");
        assert!(latin.note.unwrap().contains("Windows-1252"));

        let broken = decode(b"caf\xc3\xa9 and \xff");
        assert_eq!(broken.text, "café and \u{fffd}");
        assert!(broken.note.unwrap().contains("replaced"));
    }
}
