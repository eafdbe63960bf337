//! The README's example output is the program's: the excerpt it shows is
//! produced again by the command it names, line for line, so it cannot
//! drift.

use std::path::Path;

use assert_cmd::Command;

#[test]
fn the_readme_excerpt_is_what_the_audit_prints() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let marker = "`COLUMNS=100 crosscheck audit fixtures/harbour-flood`";
    let at = readme.find(marker).expect("the README shows the audit");
    let block = &readme[at..];
    let start = block.find("```text\n").expect("its output block") + "```text\n".len();
    let end = start + block[start..].find("```").expect("the block closes");
    let shown: Vec<&str> = block[start..end].lines().collect();
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(root)
        .env("COLUMNS", "100")
        .env_remove("NO_COLOR")
        .args(["audit", "fixtures/harbour-flood"])
        .output()
        .unwrap();
    let printed = String::from_utf8(out.stdout).unwrap();
    let printed: Vec<&str> = printed.lines().collect();
    // The excerpt is the first lines, "...", then the last line.
    let gap = shown.iter().position(|l| *l == "...").expect("an elision");
    assert!(gap > 3, "the excerpt shows a finding");
    assert_eq!(shown[..gap], printed[..gap], "the README's excerpt drifted");
    assert_eq!(
        shown[gap + 1..],
        printed[printed.len() - (shown.len() - gap - 1)..]
    );
}
