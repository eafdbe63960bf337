//! `crosscheck review --serve`: the built binary serves the review page on
//! 127.0.0.1, records decisions posted with its token in the decisions
//! file the config names, refuses every hostile request without touching
//! that file, and stops with exit 0 on SIGINT or SIGTERM. Requests are plain
//! HTTP/1.1 over `TcpStream`, so the test sees exactly what a browser or an
//! attacker would send.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

mod common;
use common::{fingerprints, fixture};

use serde_json::Value;

/// A folder with a config that puts the decisions in `reviews/`, so the
/// test proves the server writes where the config says.
struct Workspace {
    dir: tempfile::TempDir,
}

impl Workspace {
    fn new() -> Workspace {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("reviews")).unwrap();
        std::fs::write(
            dir.path().join("crosscheck.yaml"),
            "decisions: reviews/decided.yaml\n",
        )
        .unwrap();
        Workspace { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn decisions_file(&self) -> PathBuf {
        self.path().join("reviews").join("decided.yaml")
    }

    /// The decisions file's bytes, or None while it does not exist.
    fn decisions_bytes(&self) -> Option<Vec<u8>> {
        std::fs::read(self.decisions_file()).ok()
    }

    fn crosscheck(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_crosscheck"));
        cmd.current_dir(self.path()).env_remove("GITHUB_ACTIONS");
        cmd
    }
}

/// A running `review --serve`, killed if the test fails before it is
/// stopped on purpose.
struct Served {
    child: Child,
    addr: SocketAddr,
    url: String,
}

impl Served {
    fn start(work: &Workspace, fixture_name: &str) -> Served {
        let mut child = work
            .crosscheck()
            .args(["review", "--serve", "--port", "0"])
            .arg(fixture(fixture_name))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary starts");
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let read = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(read.map(|_| line));
        });
        // Owned by the guard from here on: a failed assertion kills it.
        let mut served = Served {
            child,
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            url: String::new(),
        };
        let line = match rx.recv_timeout(Duration::from_secs(120)) {
            Ok(Ok(line)) => line,
            Ok(Err(e)) => panic!("cannot read the server's stdout: {e}"),
            Err(_) => panic!("no URL on stdout within 120 s"),
        };
        if line.is_empty() {
            let _ = served.child.kill();
            let mut err = String::new();
            if let Some(mut stderr) = served.child.stderr.take() {
                let _ = stderr.read_to_string(&mut err);
            }
            panic!("the server printed nothing; stderr: {err}");
        }
        let url = line.trim_end().to_string();
        let port: u16 = url
            .strip_prefix("http://127.0.0.1:")
            .and_then(|rest| rest.strip_suffix('/'))
            .and_then(|port| port.parse().ok())
            .unwrap_or_else(|| panic!("first line is not http://127.0.0.1:PORT/: {url:?}"));
        assert_ne!(port, 0);
        served.addr = SocketAddr::from(([127, 0, 0, 1], port));
        served.url = url;
        served
    }

    fn port(&self) -> u16 {
        self.addr.port()
    }

    /// The `Host` a browser sends for the printed URL.
    fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port())
    }

    /// Sends `signal` and waits (at most 10 s) for the exit.
    fn stop(&mut self, signal: libc::c_int) -> ExitStatus {
        let pid = libc::pid_t::try_from(self.child.id()).expect("a pid fits pid_t");
        // SAFETY: kill(2) with the pid of our own child and a valid signal.
        assert_eq!(unsafe { libc::kill(pid, signal) }, 0, "kill failed");
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "the server did not stop within 10 s of signal {signal}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// An HTTP answer: status, headers (names lower-cased) and body.
#[derive(Debug)]
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.body))
    }

    /// An error answer: the status asked for and `{"error": "..."}`.
    fn assert_error(&self, status: u16, what: &str) {
        assert_eq!(self.status, status, "{what}: {self:?}");
        let json = self.json();
        assert!(
            json["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{what}: {json}"
        );
    }
}

/// Sends `head` (request line and headers, each ending in CRLF, without
/// the blank line) and `body` on a fresh connection and reads the answer
/// until the server closes it.
fn send(addr: SocketAddr, head: &str, body: &[u8]) -> Answer {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream
        .set_write_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let mut request = format!("{head}Connection: close\r\n");
    let framed = ["content-length", "transfer-encoding"]
        .iter()
        .any(|h| head.to_ascii_lowercase().contains(h));
    if !body.is_empty() && !framed {
        request.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    // A server that answers before reading the whole body may close first.
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    if let Err(e) = stream.read_to_end(&mut raw) {
        // A reset after the answer was read is fine; no answer is not.
        assert!(!raw.is_empty(), "no answer to {head:?}: {e}");
    }
    let text = String::from_utf8_lossy(&raw).to_string();
    let (head_text, body) = text
        .split_once("\r\n\r\n")
        .unwrap_or_else(|| panic!("no header end in {text:?}"));
    let mut lines = head_text.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {text:?}"));
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    assert!(
        !headers
            .iter()
            .any(|(n, v)| n == "transfer-encoding" && v.contains("chunked")),
        "answers carry a length: {text:?}"
    );
    Answer {
        status,
        headers,
        body: body.to_string(),
    }
}

fn get(served: &Served, path: &str, extra: &str) -> Answer {
    send(
        served.addr,
        &format!("GET {path} HTTP/1.1\r\nHost: {}\r\n{extra}", served.host()),
        b"",
    )
}

fn post(served: &Served, token: &str, body: &str) -> Answer {
    send(
        served.addr,
        &format!(
            "POST /api/decisions HTTP/1.1\r\nHost: {}\r\nX-Crosscheck-Token: {token}\r\nContent-Type: application/json\r\n",
            served.host()
        ),
        body.as_bytes(),
    )
}

/// The token from the page's `<meta name="crosscheck-token" content="…">`.
fn token_of(page: &str) -> String {
    let meta = page
        .split('<')
        .find(|tag| tag.starts_with("meta") && tag.contains("name=\"crosscheck-token\""))
        .unwrap_or_else(|| panic!("no token meta in the page: {page}"));
    let token = meta
        .split("content=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no content in {meta}"));
    assert!(
        token.len() >= 32 && token.bytes().all(|c| c.is_ascii_hexdigit()),
        "a long hex token: {token}"
    );
    token.to_string()
}

/// The findings' fingerprints, as `audit --format json` gives them.
fn audit_json(work: &Workspace) -> Value {
    let out = work
        .crosscheck()
        .args(["audit", "--format", "json"])
        .arg(fixture("harbour-flood"))
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).expect("JSON report")
}

#[test]
fn decisions_made_in_the_browser_are_recorded_and_hide_findings() {
    let work = Workspace::new();
    let all = fingerprints(&audit_json(&work));
    assert_eq!(all.len(), 3, "harbour-flood has three findings");
    let mut served = Served::start(&work, "harbour-flood");
    assert_eq!(served.url, format!("http://127.0.0.1:{}/", served.port()));

    let page = get(&served, "/", "");
    assert_eq!(page.status, 200, "{page:?}");
    assert!(page
        .header("content-type")
        .unwrap()
        .starts_with("text/html"));
    assert_eq!(page.header("cache-control"), Some("no-store"));
    assert_eq!(page.header("x-frame-options"), Some("DENY"));
    for fingerprint in &all {
        assert!(page.body.contains(fingerprint.as_str()), "{fingerprint}");
    }
    let token = token_of(&page.body);
    // `localhost` names the server as well as 127.0.0.1 does.
    let by_name = send(
        served.addr,
        &format!("GET / HTTP/1.1\r\nHost: localhost:{}\r\n", served.port()),
        b"",
    );
    assert_eq!(by_name.status, 200);

    // The findings the page shows, for the page's script and for us.
    let findings = get(
        &served,
        "/api/findings",
        &format!("X-Crosscheck-Token: {token}\r\n"),
    );
    assert_eq!(findings.status, 200, "{findings:?}");
    assert_eq!(fingerprints(&findings.json()), all);

    // Confirm one, dismiss another with a reason and a note; the page's
    // own origin is welcome.
    let confirmed = post(
        &served,
        &token,
        &format!(
            r#"{{"fingerprint": "{}", "decision": "confirmed"}}"#,
            all[1]
        ),
    );
    assert_eq!(confirmed.status, 200, "{confirmed:?}");
    assert_eq!(
        confirmed.json(),
        serde_json::json!({"fingerprint": all[1], "decision": "confirmed"})
    );
    let dismissed = send(
        served.addr,
        &format!(
            "POST /api/decisions HTTP/1.1\r\nHost: localhost:{port}\r\nOrigin: http://localhost:{port}\r\nX-Crosscheck-Token: {token}\r\n",
            port = served.port()
        ),
        format!(
            r#"{{"fingerprint": "{}", "decision": "dismissed", "reason": "two different funds", "note": "checked with the council"}}"#,
            all[0]
        )
        .as_bytes(),
    );
    assert_eq!(dismissed.status, 200, "{dismissed:?}");
    assert_eq!(dismissed.json()["decision"], "dismissed");

    // The file the config names holds both, as the terminal review writes them.
    let text = std::fs::read_to_string(work.decisions_file()).expect("decisions written");
    let file: Value = serde_saphyr::from_str(&text).expect("YAML");
    assert_eq!(file["version"], 2);
    let decisions = file["decisions"].as_array().expect("decisions");
    assert_eq!(decisions.len(), 2, "{text}");
    let of = |fingerprint: &str| {
        decisions
            .iter()
            .find(|d| d["fingerprint"] == fingerprint)
            .unwrap_or_else(|| panic!("no decision for {fingerprint} in {text}"))
    };
    assert_eq!(of(&all[1])["decision"], "confirmed");
    assert_eq!(of(&all[0])["decision"], "dismissed");
    assert_eq!(of(&all[0])["reason"], "two different funds");
    assert_eq!(of(&all[0])["note"], "checked with the council");
    assert!(of(&all[0])["finding"]
        .as_str()
        .is_some_and(|f| f.starts_with("F1 ")));
    assert!(!work.path().join("crosscheck.decisions.yaml").exists());

    // The page can list them.
    let listed = get(
        &served,
        "/api/decisions",
        &format!("X-Crosscheck-Token: {token}\r\n"),
    );
    assert_eq!(listed.status, 200, "{listed:?}");
    assert_eq!(listed.json()["decisions"].as_array().map(Vec::len), Some(2));

    // The audit, in the same folder, hides the dismissed finding.
    let after = audit_json(&work);
    assert_eq!(fingerprints(&after), all[1..].to_vec());
    assert_eq!(after["hidden"]["dismissed"], 1);
    let table = work
        .crosscheck()
        .arg("audit")
        .arg(fixture("harbour-flood"))
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&table.stdout).contains("1 finding(s) hidden"),
        "{}",
        String::from_utf8_lossy(&table.stdout)
    );

    // Ctrl-C stops it cleanly, an idle keep-alive connection open or not.
    let idle = TcpStream::connect(served.addr).unwrap();
    let started = Instant::now();
    let status = served.stop(libc::SIGINT);
    assert_eq!(status.code(), Some(0), "{status:?}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    drop(idle);
}

#[test]
fn hostile_requests_change_nothing() {
    let work = Workspace::new();
    let all = fingerprints(&audit_json(&work));
    let mut served = Served::start(&work, "harbour-flood");
    let token = token_of(&get(&served, "/", "").body);
    let first = post(
        &served,
        &token,
        &format!(
            r#"{{"fingerprint": "{}", "decision": "confirmed"}}"#,
            all[0]
        ),
    );
    assert_eq!(first.status, 200, "{first:?}");
    let before = work.decisions_bytes().expect("a decisions file");
    let port = served.port();
    let host = served.host();
    let decision = format!(
        r#"{{"fingerprint": "{}", "decision": "dismissed", "reason": "hostile"}}"#,
        all[1]
    );
    let wrong_token: String = token
        .chars()
        .map(|c| if c == '0' { '1' } else { '0' })
        .collect();

    // (what, request head, body, expected status)
    let mut hostile: Vec<(&str, String, Vec<u8>, u16)> = vec![
        (
            "no token",
            format!("POST /api/decisions HTTP/1.1\r\nHost: {host}\r\n"),
            decision.clone().into_bytes(),
            403,
        ),
        (
            "a wrong token of the right length",
            format!("POST /api/decisions HTTP/1.1\r\nHost: {host}\r\nX-Crosscheck-Token: {wrong_token}\r\n"),
            decision.clone().into_bytes(),
            403,
        ),
        (
            "a prefix of the token",
            format!("POST /api/decisions HTTP/1.1\r\nHost: {host}\r\nX-Crosscheck-Token: {}\r\n", &token[..8]),
            decision.clone().into_bytes(),
            403,
        ),
        (
            "the token in the body instead",
            format!("POST /api/decisions HTTP/1.1\r\nHost: {host}\r\n"),
            format!(r#"{{"token": "{token}", "fingerprint": "{}", "decision": "confirmed"}}"#, all[1]).into_bytes(),
            403,
        ),
        (
            "a rebound name (DNS rebinding) with the token",
            format!("POST /api/decisions HTTP/1.1\r\nHost: attacker.example:{port}\r\nX-Crosscheck-Token: {token}\r\n"),
            decision.clone().into_bytes(),
            421,
        ),
        (
            "our address on another port",
            format!("POST /api/decisions HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nX-Crosscheck-Token: {token}\r\n", port.wrapping_add(1)),
            decision.clone().into_bytes(),
            421,
        ),
        (
            "two Host headers",
            format!("POST /api/decisions HTTP/1.1\r\nHost: {host}\r\nHost: attacker.example\r\nX-Crosscheck-Token: {token}\r\n"),
            decision.clone().into_bytes(),
            421,
        ),
        (
            "an absolute URI naming another host",
            format!("POST http://attacker.example/api/decisions HTTP/1.1\r\nHost: {host}\r\nX-Crosscheck-Token: {token}\r\n"),
            decision.clone().into_bytes(),
            421,
        ),
        (
            "another site's page",
            format!("POST /api/decisions HTTP/1.1\r\nHost: {host}\r\nOrigin: http://attacker.example\r\nX-Crosscheck-Token: {token}\r\n"),
            decision.clone().into_bytes(),
            403,
        ),
        (
            "an opaque origin",
            format!("POST /api/decisions HTTP/1.1\r\nHost: {host}\r\nOrigin: null\r\nX-Crosscheck-Token: {token}\r\n"),
            decision.clone().into_bytes(),
            403,
        ),
        (
            "a page on another local port",
            format!("POST /api/decisions HTTP/1.1\r\nHost: {host}\r\nOrigin: http://127.0.0.1:{}\r\nX-Crosscheck-Token: {token}\r\n", port.wrapping_add(1)),
            decision.clone().into_bytes(),
            403,
        ),
        (
            "https on our port",
            format!("POST /api/decisions HTTP/1.1\r\nHost: {host}\r\nOrigin: https://127.0.0.1:{port}\r\nX-Crosscheck-Token: {token}\r\n"),
            decision.clone().into_bytes(),
            403,
        ),
        (
            "a body over the limit",
            format!("POST /api/decisions HTTP/1.1\r\nHost: {host}\r\nX-Crosscheck-Token: {token}\r\n"),
            format!(
                r#"{{"fingerprint": "{}", "decision": "dismissed", "reason": "{}"}}"#,
                all[1],
                "x".repeat(20 * 1024)
            )
            .into_bytes(),
            413,
        ),
        (
            "a length over the limit, body never sent",
            format!("POST /api/decisions HTTP/1.1\r\nHost: {host}\r\nX-Crosscheck-Token: {token}\r\nContent-Length: 100000000\r\n"),
            Vec::new(),
            413,
        ),
        (
            "a chunked body over the limit, no length announced",
            format!("POST /api/decisions HTTP/1.1\r\nHost: {host}\r\nX-Crosscheck-Token: {token}\r\nTransfer-Encoding: chunked\r\n"),
            {
                let big = format!(
                    r#"{{"fingerprint": "{}", "decision": "dismissed", "reason": "{}"}}"#,
                    all[1],
                    "x".repeat(20 * 1024)
                );
                format!("{:x}\r\n{big}\r\n0\r\n\r\n", big.len()).into_bytes()
            },
            413,
        ),
        (
            "malformed JSON",
            format!("POST /api/decisions HTTP/1.1\r\nHost: {host}\r\nX-Crosscheck-Token: {token}\r\n"),
            format!(r#"{{"fingerprint": "{}", "decision": "#, all[1]).into_bytes(),
            400,
        ),
        (
            "not UTF-8",
            format!("POST /api/decisions HTTP/1.1\r\nHost: {host}\r\nX-Crosscheck-Token: {token}\r\n"),
            b"{\"fingerprint\": \"\xff\xfe\", \"decision\": \"confirmed\"}".to_vec(),
            400,
        ),
        (
            "an unknown verdict",
            format!("POST /api/decisions HTTP/1.1\r\nHost: {host}\r\nX-Crosscheck-Token: {token}\r\n"),
            format!(r#"{{"fingerprint": "{}", "decision": "deleted"}}"#, all[1]).into_bytes(),
            400,
        ),
        (
            "an unknown field",
            format!("POST /api/decisions HTTP/1.1\r\nHost: {host}\r\nX-Crosscheck-Token: {token}\r\n"),
            format!(r#"{{"fingerprint": "{}", "decision": "confirmed", "path": "/etc/passwd"}}"#, all[1]).into_bytes(),
            400,
        ),
        (
            "a dismissal with a blank reason",
            format!("POST /api/decisions HTTP/1.1\r\nHost: {host}\r\nX-Crosscheck-Token: {token}\r\n"),
            format!(r#"{{"fingerprint": "{}", "decision": "dismissed", "reason": "   "}}"#, all[1]).into_bytes(),
            400,
        ),
        (
            "a fingerprint of no current finding",
            format!("POST /api/decisions HTTP/1.1\r\nHost: {host}\r\nX-Crosscheck-Token: {token}\r\n"),
            br#"{"fingerprint": "0000000000000000", "decision": "confirmed"}"#.to_vec(),
            404,
        ),
        (
            "the findings without the token",
            format!("GET /api/findings HTTP/1.1\r\nHost: {host}\r\n"),
            Vec::new(),
            403,
        ),
        (
            "the decisions without the token",
            format!("GET /api/decisions HTTP/1.1\r\nHost: {host}\r\n"),
            Vec::new(),
            403,
        ),
        (
            "another method",
            format!("PUT /api/decisions HTTP/1.1\r\nHost: {host}\r\nX-Crosscheck-Token: {token}\r\n"),
            decision.clone().into_bytes(),
            405,
        ),
        (
            "a post to the page",
            format!("POST / HTTP/1.1\r\nHost: {host}\r\nX-Crosscheck-Token: {token}\r\n"),
            decision.clone().into_bytes(),
            405,
        ),
    ];
    for path in [
        "/../decisions.yaml",
        "/../reviews/decided.yaml",
        "/reviews/decided.yaml",
        "/crosscheck.yaml",
        "/%2e%2e/reviews/decided.yaml",
        "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/static/../../etc/passwd",
        "//etc/passwd",
        "/api/../reviews/decided.yaml",
        "/api/findings/../../reviews/decided.yaml",
        "/index.html",
    ] {
        hostile.push((
            "a path naming a file",
            format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nX-Crosscheck-Token: {token}\r\n"),
            Vec::new(),
            404,
        ));
    }
    for (what, head, body, status) in &hostile {
        let answer = send(served.addr, head, body);
        answer.assert_error(*status, &format!("{what} ({head:?})"));
        assert!(
            !answer.body.contains("version: 2") && !answer.body.contains("root:"),
            "{what}: a file's contents in {answer:?}"
        );
        assert_eq!(
            work.decisions_bytes().as_deref(),
            Some(before.as_slice()),
            "{what} changed the decisions file"
        );
    }

    // The page itself, asked for under another name, gives no token away.
    let rebound = send(
        served.addr,
        &format!("GET / HTTP/1.1\r\nHost: attacker.example:{port}\r\n"),
        b"",
    );
    rebound.assert_error(421, "the page under a rebound name");
    assert!(!rebound.body.contains(&token));

    // Still serving, and still recording for the page that holds the token.
    let again = post(&served, &token, &decision);
    assert_eq!(again.status, 200, "{again:?}");
    assert_ne!(work.decisions_bytes().as_deref(), Some(before.as_slice()));

    let status = served.stop(libc::SIGTERM);
    assert_eq!(status.code(), Some(0), "{status:?}");
}

#[test]
fn serving_refuses_what_it_cannot_do() {
    let work = Workspace::new();
    let set = fixture("harbour-flood");
    let run = |args: &[&str]| {
        let out = work.crosscheck().args(args).arg(&set).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    // Serving and recording from the command line are two different runs.
    let (code, err) = run(&["review", "--serve", "--confirm", "F1"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("--confirm"), "{err}");
    let (code, err) = run(&["review", "--port", "8080", "--confirm", "F1"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("--serve"), "{err}");

    // A port in use is named in the error, never a panic.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let (code, err) = run(&["review", "--serve", "--port", &port]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains(&format!("127.0.0.1:{port}")), "{err}");
    assert!(!err.contains("panicked"), "{err}");

    // A decisions file it could not write to stops it before it serves.
    std::fs::write(
        work.decisions_file(),
        "decisions:\n  - fingerprint: 0123456789abcdef\n    decision: confirmed\n    date: 2025-01-01\n",
    )
    .unwrap();
    let out = work
        .crosscheck()
        .args(["review", "--serve", "--port", "0"])
        .arg(&set)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "no URL printed");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("decided.yaml"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
