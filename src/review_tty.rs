//! The interactive review: one undecided finding at a time, "finding N of
//! M" above it, then a key: [c]onfirm, [d]ismiss (asks for a reason),
//! [s]kip, [n]ote, [q]uit. Decisions are written as they are made, so
//! quitting loses none.
//!
//! On a terminal a key is read on its own, without Enter, in raw mode that
//! lasts only while waiting for it; free text (a reason, a note) is read as
//! a line with the terminal as usual. Piped input (`--interactive`) is read
//! a line at a time, a key being the line's first character, so scripts and
//! tests can drive the same loop.

use std::io::{BufRead, IsTerminal, StdinLock};
use std::path::Path;
use std::process::ExitCode;

use crosscheck::audit::{Audit, Finding};
use crosscheck::decisions::{self, Decision, Decisions, Verdict};
use crosscheck::report::{self, Format, Printable};
use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::{emit, print, summary, verdict_word, Failure};

/// What a review key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Confirm,
    Dismiss,
    Skip,
    Note,
    Quit,
}

/// What was pressed at the prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Press {
    Action(Action),
    /// Not a review key: its name, for the message that lists the keys.
    Unknown(String),
    /// End of input, Ctrl-C or Ctrl-D: the reviewer is gone, stop now.
    End,
}

const PROMPT: &str = "[c]onfirm [d]ismiss [s]kip [n]ote [q]uit > ";

/// Said after an unknown key, so a mistyped key is never met with silence.
const VALID_KEYS: &str = "press c, d, s, n or q";

/// The action of a key, either case.
fn action(key: char) -> Option<Action> {
    match key.to_ascii_lowercase() {
        'c' => Some(Action::Confirm),
        'd' => Some(Action::Dismiss),
        's' => Some(Action::Skip),
        'n' => Some(Action::Note),
        'q' => Some(Action::Quit),
        _ => None,
    }
}

/// A typed line as a key: its first character, as the review has always
/// read piped answers ("confirm" confirms); an empty line is Enter.
fn line_press(line: &str) -> Press {
    match line.trim().chars().next() {
        None => Press::Unknown("Enter".to_string()),
        Some(c) => action(c).map_or_else(|| Press::Unknown(format!("'{c}'")), Press::Action),
    }
}

/// A key event in raw mode as a press. Raw mode turns off the terminal's
/// signals, so Ctrl-C arrives here as a key: it must stop the review, never
/// read as `c` (confirm).
fn key_press(key: KeyEvent) -> Press {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Char('c' | 'd') if ctrl => Press::End,
        KeyCode::Char(c) if !ctrl && !key.modifiers.contains(KeyModifiers::ALT) => {
            action(c).map_or_else(|| Press::Unknown(format!("'{c}'")), Press::Action)
        }
        KeyCode::Char(c) => Press::Unknown(format!("{}+{c}", key.modifiers)),
        other => Press::Unknown(other.to_string()),
    }
}

/// Where the answers come from: a terminal or lines of piped input.
trait Answers {
    /// Shows `prompt` and waits for one key.
    fn key(&mut self, prompt: &str) -> Result<Press, Failure>;
    /// Shows `prompt` and reads a line of free text, trimmed; `None` at the
    /// end of input.
    fn line(&mut self, prompt: &str) -> Result<Option<String>, Failure>;
}

/// Answers a line at a time, for piped input.
struct Lines(StdinLock<'static>);

impl Lines {
    fn read(&mut self) -> Result<Option<String>, Failure> {
        let mut line = String::new();
        match self.0.read_line(&mut line) {
            Ok(0) => Ok(None),
            Ok(_) => Ok(Some(line.trim().to_string())),
            Err(e) => Err(format!("cannot read standard input: {e}").into()),
        }
    }
}

impl Answers for Lines {
    fn key(&mut self, prompt: &str) -> Result<Press, Failure> {
        emit(prompt)?;
        Ok(self.read()?.map_or(Press::End, |l| line_press(&l)))
    }

    fn line(&mut self, prompt: &str) -> Result<Option<String>, Failure> {
        emit(prompt)?;
        self.read()
    }
}

/// Single keys from the terminal.
struct Keys;

/// Raw mode for as long as it lives: dropped on every way out of a key
/// read (a key, an error, a panic unwinding), so the terminal is never left
/// without echo or line editing.
struct RawMode;

impl RawMode {
    fn enter() -> Result<RawMode, Failure> {
        crossterm::terminal::enable_raw_mode().map_err(|e| {
            format!("cannot read single keys from the terminal: {e}; pipe the answers in with --interactive, or record with --confirm ID / --dismiss ID --reason TEXT")
        })?;
        Ok(RawMode)
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        // Nothing more can be done if the terminal refuses: the error that
        // brought us here, if any, is the one to report.
        let _ = crossterm::terminal::disable_raw_mode();
    }
}

impl Answers for Keys {
    fn key(&mut self, prompt: &str) -> Result<Press, Failure> {
        let press = {
            let _raw = RawMode::enter()?;
            // The prompt comes after raw mode is on, so a key typed once
            // it shows is read as a key, never as terminal input (Ctrl-C
            // as a signal). It has no newline, which raw mode would not
            // return to the line's start.
            emit(prompt)?;
            loop {
                match event::read() {
                    Ok(Event::Key(key)) if key.kind != KeyEventKind::Release => {
                        break key_press(key)
                    }
                    Ok(_) => continue,
                    Err(e) => return Err(format!("cannot read the terminal: {e}").into()),
                }
            }
        };
        // Raw mode does not echo: show what was pressed.
        match &press {
            Press::Action(a) => emit(&format!("{}\n", key_of(*a)))?,
            Press::Unknown(_) | Press::End => emit("\n")?,
        }
        Ok(press)
    }

    fn line(&mut self, prompt: &str) -> Result<Option<String>, Failure> {
        emit(prompt)?;
        let mut line = String::new();
        match std::io::stdin().lock().read_line(&mut line) {
            Ok(0) => Ok(None),
            Ok(_) => Ok(Some(line.trim().to_string())),
            Err(e) => Err(format!("cannot read the terminal: {e}").into()),
        }
    }
}

/// The key that asks for an action, for echoes and messages.
fn key_of(action: Action) -> char {
    match action {
        Action::Confirm => 'c',
        Action::Dismiss => 'd',
        Action::Skip => 's',
        Action::Note => 'n',
        Action::Quit => 'q',
    }
}

/// What happens after a finding.
enum Next {
    Finding,
    Stop,
}

/// Walks the findings that have no decision yet, asking about each; single
/// keys on a terminal, lines otherwise.
pub(crate) fn review(audit: &Audit, file: &Path) -> Result<ExitCode, Failure> {
    let existing = Decisions::load(file)?;
    let report = report::build(audit);
    let undecided: Vec<_> = audit
        .findings
        .iter()
        .zip(&report.findings)
        .filter(|(f, _)| existing.for_fingerprint(&f.fingerprint).is_none())
        .collect();
    if undecided.is_empty() {
        emit(&if audit.findings.is_empty() {
            "nothing to review: no findings\n".to_string()
        } else {
            format!(
                "nothing to review: all {} finding(s) have a decision in {}\n",
                audit.findings.len(),
                file.display()
            )
        })?;
        return Ok(ExitCode::SUCCESS);
    }
    let stdin = std::io::stdin();
    let mut answers: Box<dyn Answers> = if stdin.is_terminal() {
        Box::new(Keys)
    } else {
        Box::new(Lines(stdin.lock()))
    };
    let total = undecided.len();
    let today = decisions::today();
    for (n, (finding, shown)) in undecided.into_iter().enumerate() {
        emit(&format!("\nfinding {} of {total}\n", n + 1))?;
        let mut one = report.clone();
        one.findings = vec![shown.clone()];
        one.warnings.clear();
        print(Printable::Audit(&one), Format::Table, None)?;
        if let Next::Stop = decide(finding, answers.as_mut(), file, &today)? {
            emit(&format!(
                "\nreview stopped at finding {} of {total}: run it again to go on with the undecided ones\n",
                n + 1
            ))?;
            break;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Asks about one finding until it is decided, skipped or the review ends.
/// A note waits for the decision it is kept with; skipping or quitting
/// would drop it, so the first such key only warns and a second one goes.
fn decide(
    finding: &Finding,
    answers: &mut dyn Answers,
    file: &Path,
    today: &str,
) -> Result<Next, Failure> {
    let mut note: Option<String> = None;
    let mut warned: Option<Action> = None;
    loop {
        let action = match answers.key(PROMPT)? {
            Press::Action(action) => action,
            Press::Unknown(key) => {
                emit(&format!("unknown key {key}: {VALID_KEYS}\n"))?;
                continue;
            }
            Press::End => {
                if note.is_some() {
                    emit("note not saved: the review ended before a decision\n")?;
                }
                return Ok(Next::Stop);
            }
        };
        let repeated = warned.take() == Some(action);
        let verdict = match action {
            Action::Skip | Action::Quit => {
                let next = if action == Action::Skip {
                    Next::Finding
                } else {
                    Next::Stop
                };
                if note.is_none() {
                    return Ok(next);
                }
                if repeated {
                    emit("note dropped\n")?;
                    return Ok(next);
                }
                let (key, what) = if action == Action::Skip {
                    ('s', "skip")
                } else {
                    ('q', "quit")
                };
                emit(&format!("note not saved: a note is kept with a decision; press c or d to keep it, or {key} again to {what} without it\n"))?;
                warned = Some(action);
                continue;
            }
            Action::Note => {
                note = answers.line("note > ")?.filter(|n| !n.is_empty());
                if note.is_some() {
                    emit("the note will be kept with this finding's decision (c or d)\n")?;
                }
                continue;
            }
            Action::Confirm => Verdict::Confirmed,
            Action::Dismiss => Verdict::Dismissed,
        };
        let reason = if verdict == Verdict::Dismissed {
            match answers.line("reason > ")? {
                Some(r) if !r.is_empty() => Some(r),
                _ => {
                    emit(
                        "a dismissal needs a reason: nothing recorded; press d again to give one\n",
                    )?;
                    continue;
                }
            }
        } else {
            None
        };
        let decision = Decision {
            fingerprint: finding.fingerprint.clone(),
            decision: verdict,
            reason,
            note: note.take(),
            date: today.to_string(),
            finding: Some(summary(finding)),
        };
        decisions::record(file, decision)?;
        emit(&format!("{} {}\n", finding.id, verdict_word(verdict)))?;
        return Ok(Next::Finding);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> Press {
        key_press(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn review_keys_map_to_their_actions_in_either_case() {
        for (c, want) in [
            ('c', Action::Confirm),
            ('D', Action::Dismiss),
            ('s', Action::Skip),
            ('n', Action::Note),
            ('Q', Action::Quit),
        ] {
            assert_eq!(
                key(KeyCode::Char(c), KeyModifiers::NONE),
                Press::Action(want)
            );
            assert_eq!(
                key(KeyCode::Char(c), KeyModifiers::SHIFT),
                Press::Action(want)
            );
            assert_eq!(line_press(&format!(" {c}\n")), Press::Action(want));
        }
    }

    #[test]
    fn ctrl_c_and_ctrl_d_end_the_review_and_never_confirm_or_dismiss() {
        assert_eq!(key(KeyCode::Char('c'), KeyModifiers::CONTROL), Press::End);
        assert_eq!(key(KeyCode::Char('d'), KeyModifiers::CONTROL), Press::End);
    }

    #[test]
    fn other_keys_are_named_for_the_message() {
        assert_eq!(
            key(KeyCode::Char('x'), KeyModifiers::NONE),
            Press::Unknown("'x'".to_string())
        );
        assert_eq!(
            key(KeyCode::Enter, KeyModifiers::NONE),
            Press::Unknown("Enter".to_string())
        );
        // The modifier's name is the platform's ("Alt", "Option").
        let Press::Unknown(alt_s) = key(KeyCode::Char('s'), KeyModifiers::ALT) else {
            panic!("Alt+s is no review key");
        };
        assert!(alt_s.ends_with("+s"), "{alt_s}");
        assert_eq!(line_press("x"), Press::Unknown("'x'".to_string()));
        assert_eq!(line_press("  \n"), Press::Unknown("Enter".to_string()));
    }
}
