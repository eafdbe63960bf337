//! The review server behind `crosscheck review --serve`: the review page
//! and a small JSON API that records decisions in the decisions file, for
//! one reviewer in a browser on this machine.
//!
//! A page on 127.0.0.1 is reachable by every web page the reviewer opens,
//! so the server trusts no request by where it comes from:
//! - it listens on 127.0.0.1 only;
//! - every request must name this server in `Host` (`127.0.0.1:PORT` or
//!   `localhost:PORT`), else 421: a hostile site whose name was re-pointed
//!   at 127.0.0.1 (DNS rebinding) sends its own name;
//! - a request carrying an `Origin` other than this server's is refused
//!   (403), so another site's script cannot post decisions;
//! - every API call carries a token drawn from the system's random source
//!   for this run and written only into the page (403 without it);
//! - bodies are capped at [`BODY_LIMIT`] (413), malformed ones refused
//!   (400), and only the fixed routes exist: no request names a file.
//!
//! Decisions go through [`decisions::record`], the same locked, atomic
//! write as the terminal review. The library never prints: [`Server::bind`]
//! returns the address, the binary announces it, and [`Server::run`] serves
//! until SIGINT or SIGTERM.

use std::collections::HashMap;
use std::future::IntoFuture;
use std::io;
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;

use crate::audit::Audit;
use crate::decisions::{self, Decision, Decisions, DecisionsError, Verdict};
use crate::report::{self, html};

/// The most a request body may hold: a decision with a long reason is a
/// few kilobytes, and nothing else is ever posted.
pub const BODY_LIMIT: usize = 16 * 1024;

/// The header that carries the token on every API call.
pub const TOKEN_HEADER: &str = "x-crosscheck-token";

/// How long requests under way get to finish once a stop is asked for, so
/// a half-open connection cannot hold the server up.
const DRAIN: Duration = Duration::from_secs(3);

/// Why the review server could not start or stopped early.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The port is taken, or not ours to use.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// Why, as the system said it.
        source: io::Error,
    },
    /// No token could be drawn: serving without one would let any page
    /// record decisions.
    #[error("cannot draw a review token from the system's random source: {0}")]
    Token(getrandom::Error),
    /// The runtime or the signal handlers could not be set up.
    #[error("cannot start the review server: {0}")]
    Runtime(io::Error),
    /// The page or the findings could not be rendered.
    #[error("cannot render the review page: {0}")]
    Page(io::Error),
    /// The server failed while serving.
    #[error("the review server stopped: {0}")]
    Serve(io::Error),
    /// The decisions file cannot be read: refused at start rather than on
    /// the first click.
    #[error(transparent)]
    Decisions(#[from] DecisionsError),
}

/// A review server bound to its port, not yet serving.
pub struct Server {
    runtime: tokio::runtime::Runtime,
    listener: tokio::net::TcpListener,
    stop: [Stop; 2],
    app: Router,
    addr: SocketAddr,
}

impl Server {
    /// Binds 127.0.0.1:`port` (0: a free port) for reviewing the findings of
    /// `audit` into `decisions_file`, which must be readable now. The stop
    /// signals are caught from here on, so a Ctrl-C right after the address
    /// is announced still stops the server cleanly.
    pub fn bind(port: u16, audit: &Audit, decisions_file: PathBuf) -> Result<Server, ServeError> {
        Decisions::load(&decisions_file)?;
        let token = token()?;
        let report = report::build(audit);
        let mut page = Vec::new();
        html::write(
            &report,
            Some(&html::ReviewHooks {
                token: token.clone(),
            }),
            &mut page,
        )
        .map_err(ServeError::Page)?;
        let mut findings_json = Vec::new();
        report::json::write(&report, &mut findings_json).map_err(ServeError::Page)?;

        let asked = SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, port));
        let bind_error = |source| ServeError::Bind {
            addr: asked,
            source,
        };
        let std_listener = std::net::TcpListener::bind(asked).map_err(bind_error)?;
        std_listener.set_nonblocking(true).map_err(bind_error)?;
        let addr = std_listener.local_addr().map_err(bind_error)?;

        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(ServeError::Runtime)?;
        let (listener, stop) = {
            let _inside = runtime.enter();
            let listener = tokio::net::TcpListener::from_std(std_listener).map_err(bind_error)?;
            // Tokio tells every listener of a signal: one stop starts the
            // graceful shutdown, the other the deadline for it.
            let stop = [
                Stop::new().map_err(ServeError::Runtime)?,
                Stop::new().map_err(ServeError::Runtime)?,
            ];
            (listener, stop)
        };

        let port = addr.port();
        let shared = Arc::new(Review {
            token,
            hosts: [format!("127.0.0.1:{port}"), format!("localhost:{port}")],
            origins: [
                format!("http://127.0.0.1:{port}"),
                format!("http://localhost:{port}"),
            ],
            page: Bytes::from(page),
            findings_json: Bytes::from(findings_json),
            findings: audit
                .findings
                .iter()
                .map(|f| (f.fingerprint.clone(), decisions::summary(f)))
                .collect(),
            decisions_file,
        });
        Ok(Server {
            runtime,
            listener,
            stop,
            app: router(shared),
            addr,
        })
    }

    /// Where the server listens (127.0.0.1 and the port it got).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Serves until SIGINT (Ctrl-C) or SIGTERM, then lets requests under
    /// way finish for a moment and returns.
    pub fn run(self) -> Result<(), ServeError> {
        let Server {
            runtime,
            listener,
            stop: [graceful, deadline],
            app,
            ..
        } = self;
        let served = runtime.block_on(async move {
            let serving = axum::serve(listener, app)
                .with_graceful_shutdown(graceful.wait())
                .into_future();
            tokio::select! {
                served = serving => served.map_err(ServeError::Serve),
                () = async {
                    deadline.wait().await;
                    tokio::time::sleep(DRAIN).await;
                } => Ok(()),
            }
        });
        // A decision being written finishes (its write is atomic either way).
        runtime.shutdown_timeout(DRAIN);
        served
    }
}

/// What every request handler shares.
struct Review {
    token: String,
    /// The `Host` values that name this server.
    hosts: [String; 2],
    /// The `Origin` values of this server's own page.
    origins: [String; 2],
    page: Bytes,
    findings_json: Bytes,
    /// Fingerprint of each current finding, and the line its decision keeps.
    findings: HashMap<String, String>,
    decisions_file: PathBuf,
}

/// The state, shared by the handlers.
type Shared = Arc<Review>;

/// The fixed routes; everything else is 404.
fn router(shared: Shared) -> Router {
    let api = Router::new()
        .route("/api/findings", get(findings))
        .route("/api/decisions", get(list_decisions).post(decide))
        .route_layer(middleware::from_fn_with_state(
            shared.clone(),
            require_token,
        ));
    Router::new()
        .route("/", get(page))
        .merge(api)
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(middleware::from_fn_with_state(shared.clone(), guard))
        .with_state(shared)
}

/// Refuses requests that do not name this server (DNS rebinding) or that
/// come from another site's page, and keeps every answer out of caches
/// and frames.
async fn guard(State(shared): State<Shared>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    let mut hosts = headers.get_all(header::HOST).iter();
    let named = match (hosts.next(), hosts.next()) {
        (Some(host), None) => host
            .to_str()
            .is_ok_and(|h| shared.hosts.iter().any(|ours| ours.eq_ignore_ascii_case(h))),
        _ => false,
    };
    let authority_ok = request.uri().authority().is_none_or(|a| {
        shared
            .hosts
            .iter()
            .any(|ours| ours.eq_ignore_ascii_case(a.as_str()))
    });
    if !named || !authority_ok {
        return error(
            StatusCode::MISDIRECTED_REQUEST,
            "this server answers only to 127.0.0.1 and localhost on its own port",
        );
    }
    let foreign = headers.get_all(header::ORIGIN).iter().any(|origin| {
        !origin.to_str().is_ok_and(|o| {
            shared
                .origins
                .iter()
                .any(|ours| ours.eq_ignore_ascii_case(o))
        })
    });
    if foreign {
        return error(
            StatusCode::FORBIDDEN,
            "requests from another site's page are refused",
        );
    }
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CACHE_CONTROL, "no-store"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::CONTENT_SECURITY_POLICY, "frame-ancestors 'none'"),
        (header::REFERRER_POLICY, "no-referrer"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

/// API calls without this run's token are refused before anything is read.
async fn require_token(State(shared): State<Shared>, request: Request, next: Next) -> Response {
    let given = request.headers().get(TOKEN_HEADER);
    if !given.is_some_and(|g| same(g.as_bytes(), shared.token.as_bytes())) {
        return error(
            StatusCode::FORBIDDEN,
            "missing or wrong review token (reload the review page)",
        );
    }
    next.run(request).await
}

async fn page(State(shared): State<Shared>) -> Response {
    (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        shared.page.clone(),
    )
        .into_response()
}

/// The report of the findings under review, as `audit --format json`
/// writes it with no decisions applied.
async fn findings(State(shared): State<Shared>) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        shared.findings_json.clone(),
    )
        .into_response()
}

/// The decisions recorded so far, so the page can show them: the file may
/// have been written by another reviewer since the page was loaded.
async fn list_decisions(State(shared): State<Shared>) -> Response {
    let file = shared.decisions_file.clone();
    match tokio::task::spawn_blocking(move || Decisions::load(&file)).await {
        Ok(Ok(loaded)) => Json(serde_json::json!({ "decisions": loaded.entries })).into_response(),
        Ok(Err(e)) => decisions_error(&e),
        Err(_) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "reading the decisions was interrupted",
        ),
    }
}

/// A decision as the page posts it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Posted {
    fingerprint: String,
    decision: Verdict,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    note: Option<String>,
}

/// Records one decision about a current finding.
async fn decide(State(shared): State<Shared>, request: Request) -> Response {
    let too_large = || {
        error(
            StatusCode::PAYLOAD_TOO_LARGE,
            &format!("a decision is at most {BODY_LIMIT} bytes"),
        )
    };
    // Refused on its announced length, before waiting for a body that a
    // client may never finish sending.
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|n| n > BODY_LIMIT as u64) {
        return too_large();
    }
    let body = match Bytes::from_request(request, &shared).await {
        Ok(body) => body,
        Err(rejected) if rejected.status() == StatusCode::PAYLOAD_TOO_LARGE => return too_large(),
        Err(rejected) => return error(rejected.status(), &rejected.body_text()),
    };
    let posted: Posted = match serde_json::from_slice(&body) {
        Ok(posted) => posted,
        Err(e) => {
            return error(
                StatusCode::BAD_REQUEST,
                &format!("malformed decision: {e} (expected {{\"fingerprint\": \"...\", \"decision\": \"confirmed\" or \"dismissed\", \"reason\": \"...\", \"note\": \"...\"}})"),
            )
        }
    };
    let kept = |text: Option<String>| text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
    let (reason, note) = (kept(posted.reason), kept(posted.note));
    if posted.decision == Verdict::Dismissed && reason.is_none() {
        return error(StatusCode::BAD_REQUEST, "a dismissal needs a reason");
    }
    let Some(summary) = shared.findings.get(&posted.fingerprint) else {
        return error(
            StatusCode::NOT_FOUND,
            &format!(
                "no finding with fingerprint {} in this audit",
                posted.fingerprint
            ),
        );
    };
    let decision = Decision {
        fingerprint: posted.fingerprint.clone(),
        decision: posted.decision,
        reason,
        note,
        date: decisions::today(),
        finding: Some(summary.clone()),
    };
    let file = shared.decisions_file.clone();
    match tokio::task::spawn_blocking(move || decisions::record(&file, decision)).await {
        Ok(Ok(())) => Json(serde_json::json!({
            "fingerprint": posted.fingerprint,
            "decision": posted.decision,
        }))
        .into_response(),
        Ok(Err(e)) => decisions_error(&e),
        Err(_) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "recording the decision was interrupted",
        ),
    }
}

/// A decisions file that could not be read or written: busy is worth a
/// retry, anything else needs the reviewer to look at the file.
fn decisions_error(e: &DecisionsError) -> Response {
    let status = match e {
        DecisionsError::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    };
    error(status, &e.to_string())
}

async fn not_found() -> Response {
    error(
        StatusCode::NOT_FOUND,
        "not found: this server serves /, /api/findings and /api/decisions",
    )
}

async fn method_not_allowed() -> Response {
    error(StatusCode::METHOD_NOT_ALLOWED, "method not allowed here")
}

/// Every error the server answers: `{"error": "..."}`.
fn error(status: StatusCode, message: &str) -> Response {
    (status, Json(serde_json::json!({ "error": message }))).into_response()
}

/// 16 bytes from the system's random source, as hex.
fn token() -> Result<String, ServeError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(ServeError::Token)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Compares in time that does not depend on where the inputs differ, so
/// the token cannot be guessed a character at a time.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// SIGINT or SIGTERM, caught from creation on.
#[cfg(unix)]
struct Stop {
    interrupt: tokio::signal::unix::Signal,
    terminate: tokio::signal::unix::Signal,
}

#[cfg(unix)]
impl Stop {
    fn new() -> io::Result<Stop> {
        use tokio::signal::unix::{signal, SignalKind};
        Ok(Stop {
            interrupt: signal(SignalKind::interrupt())?,
            terminate: signal(SignalKind::terminate())?,
        })
    }

    async fn wait(mut self) {
        tokio::select! {
            _ = self.interrupt.recv() => {}
            _ = self.terminate.recv() => {}
        }
    }
}

/// Ctrl-C, where there are no Unix signals.
#[cfg(not(unix))]
struct Stop;

#[cfg(not(unix))]
impl Stop {
    fn new() -> io::Result<Stop> {
        Ok(Stop)
    }

    async fn wait(self) {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_hex_and_differ() {
        let (a, b) = (token().unwrap(), token().unwrap());
        assert_eq!(a.len(), 32);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()), "{a}");
        assert_ne!(a, b);
    }

    #[test]
    fn tokens_compare_whole() {
        assert!(same(b"abc", b"abc"));
        assert!(!same(b"abc", b"abd"));
        assert!(!same(b"abc", b"ab"));
        assert!(!same(b"", b"a"));
    }
}
