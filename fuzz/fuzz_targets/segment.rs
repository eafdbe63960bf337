//! Any bytes, split into sentences: no panic, and every sentence a trimmed,
//! ordered span on character boundaries of the text.
#![no_main]

use crosscheck::segment::segment;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut last_end = 0;
    for sentence in segment(&text) {
        assert!(sentence.start < sentence.end, "empty sentence");
        assert!(sentence.start >= last_end, "sentences overlap or go back");
        let span = text
            .get(sentence.start..sentence.end)
            .expect("a sentence ends on character boundaries");
        assert_eq!(span, span.trim(), "a sentence is trimmed");
        last_end = sentence.end;
    }
});
