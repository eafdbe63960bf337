//! Sources: turns the paths named on the command line into documents, each
//! with the metadata (id, title, outlet, url, publication date) that lets its
//! claims be placed in time and attributed.
//!
//! Metadata comes from two places:
//! - a manifest, `sources.yaml` (or `sources.yml`), in a folder: a list of
//!   `{path, id, title, outlet, url, published}` where `path` is relative to
//!   that folder, under `sources:` or on its own. A folder's manifest is read when the folder is walked, and
//!   also when a file in it is named on its own.
//! - YAML front matter at the top of the file, between a `---` line and a
//!   closing `---` (or `...`) line.
//!
//! When both describe a file, front matter wins field by field: a front
//! matter `title` replaces the manifest's title, while a `published` date given
//! only in the manifest is kept.
//!
//! Folders are walked recursively in sorted order; hidden entries (names
//! starting with `.`) are skipped, and only `.txt`, `.md`, `.markdown` and
//! `.jsonl` files are read. A `.jsonl` file is a corpus, one document per line
//! (see [`jsonl`]). Paths named on the command line are read in the order given.
//! Files that cannot be used (unreadable, binary, empty) become warnings and
//! the run goes on; mistakes in metadata stop it, with file, line and column.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use jiff::civil::Date;
use serde::Deserialize;
use serde_saphyr::{Location, Spanned};

use crate::warning::Warning;
use crate::yaml::{self, YamlError};

mod encoding;
mod html;
mod jsonl;

/// Metadata that lets claims be placed in time and attributed to an outlet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// The headline, for display.
    pub title: Option<String>,
    /// Who published it, for attribution.
    pub outlet: Option<String>,
    /// Where it was published, for citing.
    pub url: Option<String>,
    /// The publication date that relative dates ("Monday", "last month") are
    /// resolved against; without it they stay unresolved.
    pub published: Option<Date>,
}

/// One document to cross-check: its text and where it came from.
#[derive(Debug, Clone)]
pub struct Document {
    /// Stable name used in reports and decision fingerprints: the manifest or
    /// front matter `id`, else the file stem (made longer with the relative
    /// path when two stems collide).
    pub id: String,
    /// The file as the user named it (joined with the folder), for citing.
    pub path: PathBuf,
    /// The whole file text (without a UTF-8 BOM), so line numbers match the file.
    pub text: String,
    /// Byte offset where the body begins: just after the front matter's
    /// closing line, else 0.
    pub body_start: usize,
    /// Title, outlet, url and publication date.
    pub meta: Metadata,
    /// For text taken out of another format (a web page): where each of its
    /// lines starts in the original file, so reports cite that file; lines
    /// past the last anchor start where it does (a JSONL record's one line).
    /// Empty when the text is the file.
    pub origin: Vec<Anchor>,
}

/// A place in an original file: 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    /// Line in the file.
    pub line: usize,
    /// Column (in characters) in the file.
    pub column: usize,
}

impl Document {
    /// A (line, column) of the text as the place in the file the user
    /// has: through `origin` for a web page.
    pub fn in_file(&self, line: usize, column: usize) -> (usize, usize) {
        let anchor = self
            .origin
            .get(line.saturating_sub(1))
            .or(self.origin.last());
        match anchor {
            Some(anchor) => (anchor.line, anchor.column + column - 1),
            None => (line, column),
        }
    }

    /// The text after any front matter: what claims are read from.
    pub fn body(&self) -> &str {
        self.text.get(self.body_start..).unwrap_or("")
    }
}

/// A problem with the inputs that stops the run (exit 2 upstream).
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// A path named on the command line does not exist.
    #[error("{}: no such file or folder", .0.display())]
    NotFound(PathBuf),
    /// An `--exclude` glob that does not parse.
    #[error("--exclude {glob:?}: {message}")]
    Glob {
        /// The glob as given.
        glob: String,
        /// What is wrong with it.
        message: String,
    },
    /// A manifest or front matter mistake, with line and column.
    #[error(transparent)]
    Yaml(#[from] YamlError),
    /// A named path, a folder or a manifest that could not be read.
    #[error("{}: {}{source}", path.display(), if *.manifest { "cannot read manifest: " } else { "" })]
    Io {
        /// The path that could not be read.
        path: PathBuf,
        /// Whether it is a folder's `sources.yaml`.
        manifest: bool,
        /// Why, as the system said it.
        source: io::Error,
    },
    /// Two documents claim the same id, so claims could not be told apart.
    #[error("duplicate document id `{id}`: {} and {}", first.display(), second.display())]
    DuplicateId {
        /// The id both documents have.
        id: String,
        /// The document loaded first, and where its id is written
        /// ("sources.yaml:3").
        first: PathBuf,
        /// The document loaded later, and where its id is written.
        second: PathBuf,
    },
}

/// The documents found, and what was passed over on the way.
#[derive(Debug)]
pub struct Loaded {
    /// Documents in load order: command-line order, sorted by path within folders.
    pub documents: Vec<Document>,
    /// Files skipped or read imperfectly, so nothing is dropped silently.
    pub warnings: Vec<Warning>,
}

/// Reads every `.txt` and `.md` document under `paths` (files or folders, recursive), in a stable sorted order.
///
/// Paths are taken in the order given; within a folder, files come sorted by
/// path. A file reached twice (named twice, or through a symbolic link) is read
/// once.
pub fn load(paths: &[PathBuf], exclude: &Exclude) -> Result<Loaded, SourceError> {
    let mut loader = Loader {
        exclude: exclude.clone(),
        ..Loader::default()
    };
    for path in paths {
        loader.add_root(path)?;
    }
    loader.finish()
}

/// What a folder walk passes over: files and folders whose path below the
/// folder given (or whose name) matches a glob, as ripgrep's `--glob '!…'`
/// does, and files by identity (the report being written, so a second run
/// does not read the first one's output). A file named on the command line
/// is always read.
#[derive(Debug, Clone, Default)]
pub struct Exclude {
    globs: Option<globset::GlobSet>,
    /// Absolute paths, their folders resolved.
    files: Vec<PathBuf>,
}

impl Exclude {
    /// Reads the globs (`drafts/**`, `*.tmp.md`); a glob that does not
    /// parse is an error naming it.
    pub fn new(globs: &[String], files: &[PathBuf]) -> Result<Exclude, SourceError> {
        let globs = if globs.is_empty() {
            None
        } else {
            let mut set = globset::GlobSetBuilder::new();
            for glob in globs {
                let parsed = globset::Glob::new(glob).map_err(|err| SourceError::Glob {
                    glob: glob.clone(),
                    message: err.kind().to_string(),
                })?;
                set.add(parsed);
            }
            Some(set.build().map_err(|err| SourceError::Glob {
                glob: globs.join(", "),
                message: err.to_string(),
            })?)
        };
        Ok(Exclude {
            globs,
            files: files.iter().map(|f| resolved(f)).collect(),
        })
    }

    /// Whether a walk passes over `path` (`rel` below the folder given).
    fn skips(&self, rel: &Path, path: &Path) -> bool {
        let globbed = self.globs.as_ref().is_some_and(|set| {
            set.is_match(rel) || rel.file_name().is_some_and(|name| set.is_match(name))
        });
        globbed || (!self.files.is_empty() && self.files.contains(&resolved(path)))
    }
}

/// Whether following the symbolic link at `path` comes back to a link
/// already followed (a link to itself, or a ring of links), or goes on for
/// more links than the system follows.
fn link_loops(path: &Path) -> bool {
    /// Linux gives up after 40 links (ELOOP).
    const MAX_LINKS: usize = 40;
    let mut seen = HashSet::new();
    let mut at = path.to_path_buf();
    while let Ok(target) = fs::read_link(&at) {
        if seen.len() > MAX_LINKS {
            return true;
        }
        let next = match at.parent() {
            Some(parent) if target.is_relative() => parent.join(&target),
            _ => target,
        };
        if !seen.insert(at) {
            return true;
        }
        at = next;
    }
    false
}

/// `path` made absolute with its folder resolved, whether or not the file
/// exists yet (a report about to be written).
fn resolved(path: &Path) -> PathBuf {
    if let Ok(full) = fs::canonicalize(path) {
        return full;
    }
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    match (fs::canonicalize(folder), path.file_name()) {
        (Ok(folder), Some(name)) => folder.join(name),
        _ => path.to_path_buf(),
    }
}

/// File extensions (lowercase) that are read as documents.
const EXTENSIONS: [&str; 6] = ["txt", "md", "markdown", "jsonl", "html", "htm"];

/// Only this much of a file is scanned for NUL bytes to spot binary files.
const BINARY_SNIFF_LEN: usize = 8 * 1024;

/// Fields a manifest entry or a front matter block may set.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct MetaFields {
    id: Option<Spanned<String>>,
    title: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    published: Option<Spanned<String>>,
}

/// Whether a manifest is written as the bare list of entries rather than
/// under `sources:`: both are natural to write, and the list is read either
/// way. Decided from the first line that holds YAML, so each form keeps its
/// own error messages.
fn written_as_list(text: &str) -> bool {
    text.lines()
        .map(str::trim_start)
        .find(|line| !line.is_empty() && !line.starts_with('#') && *line != "---")
        .is_some_and(|line| line.starts_with('-') || line.starts_with('['))
}

/// A manifest file: `sources: [...]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    sources: Vec<ManifestRecord>,
}

/// One manifest entry as written (serde cannot combine `flatten` with
/// `deny_unknown_fields`, so the fields of [`MetaFields`] are repeated).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestRecord {
    path: Spanned<String>,
    id: Option<Spanned<String>>,
    title: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    published: Option<Spanned<String>>,
}

/// Metadata a manifest gives one file.
#[derive(Debug)]
struct ManifestEntry {
    manifest: PathBuf,
    line: u64,
    id: Option<String>,
    meta: Metadata,
}

/// A document read but not yet given its final id.
#[derive(Debug)]
struct Pending {
    doc: Document,
    /// Whether `doc.id` was written in a manifest or front matter.
    explicit: bool,
    /// Where the id is written ("id at sources.yaml:3", "record at line
    /// 7"), for an error about it.
    written_at: Option<String>,
    /// Path relative to the folder named on the command line (the file name
    /// for a file named directly); used to lengthen colliding stem ids.
    rel: PathBuf,
}

/// Work left in a folder walk.
enum Item {
    Dir {
        path: PathBuf,
        rel: PathBuf,
        /// Canonical path of the folder it was found in (None for the root).
        parent: Option<PathBuf>,
    },
    File {
        path: PathBuf,
        rel: PathBuf,
    },
}

#[derive(Default)]
struct Loader {
    exclude: Exclude,
    pending: Vec<Pending>,
    warnings: Vec<Warning>,
    /// Canonical file path -> the path it was first read under.
    seen_files: HashMap<PathBuf, PathBuf>,
    /// Canonical folder path -> the path it was first walked under.
    seen_dirs: HashMap<PathBuf, PathBuf>,
    /// Canonical folders whose manifest has been looked for.
    manifest_dirs: HashSet<PathBuf>,
    /// Canonical file path -> the manifest entry describing it.
    manifest_entries: HashMap<PathBuf, ManifestEntry>,
}

impl Loader {
    fn warn(&mut self, path: &Path, message: impl Into<String>) {
        self.warnings.push(Warning::new(path, message));
    }

    fn add_root(&mut self, path: &Path) -> Result<(), SourceError> {
        let meta = fs::metadata(path).map_err(|err| match err.kind() {
            io::ErrorKind::NotFound => SourceError::NotFound(path.to_path_buf()),
            _ => io_error(path, err),
        })?;
        if meta.is_dir() {
            return self.walk(path);
        }
        if !meta.is_file() {
            self.warn(path, "not a regular file or folder, skipped");
            return Ok(());
        }
        if !is_supported(path) {
            self.warn(
                path,
                format!(
                    "not a supported document type (expected {}), skipped",
                    supported_types()
                ),
            );
            return Ok(());
        }
        let parent = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if let Ok(canonical) = fs::canonicalize(&parent) {
            self.load_manifest(&parent, canonical)?;
        }
        let rel = path.file_name().map(PathBuf::from).unwrap_or_default();
        self.read_document(path, rel)
    }

    /// Walks a folder depth first, entries sorted by name, so documents come
    /// out sorted by path.
    fn walk(&mut self, root: &Path) -> Result<(), SourceError> {
        let mut stack = vec![Item::Dir {
            path: root.to_path_buf(),
            rel: PathBuf::new(),
            parent: None,
        }];
        while let Some(item) = stack.pop() {
            match item {
                Item::File { path, rel } => self.read_document(&path, rel)?,
                Item::Dir { path, rel, parent } => {
                    let mut children = self.open_dir(&path, &rel, parent.as_deref())?;
                    children.reverse();
                    stack.extend(children);
                }
            }
        }
        Ok(())
    }

    /// Lists one folder (reading its manifest first) and returns its
    /// documents and subfolders in sorted order. A folder named on the command
    /// line that cannot be listed is an error; a subfolder is a warning.
    fn open_dir(
        &mut self,
        path: &Path,
        rel: &Path,
        parent: Option<&Path>,
    ) -> Result<Vec<Item>, SourceError> {
        let is_root = parent.is_none();
        let canonical = match fs::canonicalize(path) {
            Ok(c) => c,
            Err(err) if is_root => return Err(io_error(path, err)),
            Err(err) => {
                self.warn(path, format!("cannot read folder: {err}"));
                return Ok(Vec::new());
            }
        };
        if let Some(first) = self.seen_dirs.get(&canonical) {
            let message = match parent {
                Some(p) if p.starts_with(&canonical) => format!(
                    "symbolic link loop (leads back to {}), not followed",
                    first.display()
                ),
                _ => format!("same folder as {}, already read", first.display()),
            };
            self.warn(path, message);
            return Ok(Vec::new());
        }
        self.seen_dirs.insert(canonical.clone(), path.to_path_buf());

        let reader = match fs::read_dir(path) {
            Ok(r) => r,
            Err(err) if is_root => return Err(io_error(path, err)),
            Err(err) => {
                self.warn(path, format!("cannot read folder: {err}"));
                return Ok(Vec::new());
            }
        };
        self.load_manifest(path, canonical.clone())?;

        let mut names = Vec::new();
        for entry in reader {
            match entry {
                Ok(entry) => names.push(entry.file_name()),
                Err(err) => self.warn(path, format!("cannot list every entry: {err}")),
            }
        }
        names.sort();

        let mut items = Vec::new();
        for name in names {
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let child = path.join(&name);
            let child_rel = rel.join(&name);
            if self.exclude.skips(&child_rel, &child) {
                continue;
            }
            match fs::metadata(&child) {
                Ok(meta) if meta.is_dir() => items.push(Item::Dir {
                    path: child,
                    rel: child_rel,
                    parent: Some(canonical.clone()),
                }),
                Ok(meta) if meta.is_file() => {
                    if is_supported(&child) {
                        items.push(Item::File {
                            path: child,
                            rel: child_rel,
                        });
                    }
                }
                Ok(_) => {
                    if is_supported(&child) {
                        self.warn(&child, "not a regular file, skipped");
                    }
                }
                Err(err) => {
                    let broken_link = fs::symlink_metadata(&child)
                        .map(|m| m.file_type().is_symlink())
                        .unwrap_or(false);
                    if broken_link && link_loops(&child) {
                        self.warn(
                            &child,
                            "symbolic link loop (a link that leads back to itself), not followed",
                        );
                    } else if broken_link {
                        self.warn(&child, "cannot read: broken symbolic link, skipped");
                    } else {
                        self.warn(&child, format!("cannot read: {err}"));
                    }
                }
            }
        }
        Ok(items)
    }

    /// Reads `sources.yaml` (or `sources.yml`) in `dir` once, remembering
    /// which file each entry describes.
    fn load_manifest(&mut self, dir: &Path, canonical_dir: PathBuf) -> Result<(), SourceError> {
        if !self.manifest_dirs.insert(canonical_dir) {
            return Ok(());
        }
        let yaml_name = dir.join("sources.yaml");
        let yml_name = dir.join("sources.yml");
        let file = match (yaml_name.is_file(), yml_name.is_file()) {
            (true, true) => {
                self.warn(
                    &yml_name,
                    "ignored: sources.yaml in the same folder is used",
                );
                yaml_name
            }
            (true, false) => yaml_name,
            (false, true) => yml_name,
            (false, false) => return Ok(()),
        };
        let text = fs::read_to_string(&file).map_err(|source| SourceError::Io {
            path: file.clone(),
            manifest: true,
            source,
        })?;
        let records = if written_as_list(&text) {
            yaml::parse::<Vec<ManifestRecord>>(&file, &text)?
        } else {
            match yaml::parse::<Option<Manifest>>(&file, &text)? {
                Some(manifest) => manifest.sources,
                None => return Ok(()),
            }
        };

        let mut listed: HashMap<PathBuf, u64> = HashMap::new();
        for record in records {
            let location = record.path.referenced;
            let line = location.line();
            let written = record.path.value;
            let rel = manifest_relative_path(&written)
                .map_err(|reason| YamlError::at(&file, location, reason))?;
            if let Some(first_line) = listed.get(&rel) {
                return Err(YamlError::at(
                    &file,
                    location,
                    format!("`{written}` is listed twice (first at line {first_line})"),
                )
                .into());
            }
            listed.insert(rel.clone(), line);
            let fields = MetaFields {
                id: record.id,
                title: record.title,
                outlet: record.outlet,
                url: record.url,
                published: record.published,
            };
            let (id, meta) = read_fields(&file, 0, fields)?;

            let target = dir.join(&rel);
            match fs::metadata(&target) {
                Ok(m) if m.is_file() => {}
                Ok(_) => {
                    self.warn(&file, format!("line {line}: `{written}` is not a file"));
                    continue;
                }
                Err(err) if err.kind() == io::ErrorKind::NotFound => {
                    self.warn(&file, format!("line {line}: `{written}` does not exist"));
                    continue;
                }
                Err(err) => {
                    self.warn(
                        &file,
                        format!("line {line}: cannot read `{written}`: {err}"),
                    );
                    continue;
                }
            }
            if let Some(reason) = not_read_reason(&rel) {
                self.warn(
                    &file,
                    format!("line {line}: `{written}` {reason}, so a folder walk skips it"),
                );
            }
            let key = fs::canonicalize(&target).unwrap_or(target);
            match self.manifest_entries.entry(key) {
                Entry::Occupied(other) => {
                    let other = other.get();
                    let message = if other.manifest == file {
                        format!(
                            "`{written}` is the same file as the entry at line {}",
                            other.line
                        )
                    } else {
                        format!(
                            "`{written}` is also described by {}:{}",
                            other.manifest.display(),
                            other.line
                        )
                    };
                    return Err(YamlError::at(&file, location, message).into());
                }
                Entry::Vacant(slot) => {
                    slot.insert(ManifestEntry {
                        manifest: file.clone(),
                        line,
                        id,
                        meta,
                    });
                }
            }
        }
        Ok(())
    }

    /// Reads one file into a pending document, or records why it was skipped.
    fn read_document(&mut self, path: &Path, rel: PathBuf) -> Result<(), SourceError> {
        let canonical = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if let Some(first) = self.seen_files.get(&canonical) {
            let message = format!("same file as {}, read once", first.display());
            self.warn(path, message);
            return Ok(());
        }
        self.seen_files
            .insert(canonical.clone(), path.to_path_buf());
        if jsonl::is_jsonl(path) {
            let corpus = jsonl::read(path, &mut self.warnings);
            self.pending.extend(corpus.into_iter().map(|doc| {
                Pending {
                    written_at: doc
                        .origin
                        .first()
                        .map(|a| format!("record at line {}", a.line)),
                    doc,
                    explicit: true,
                    rel: rel.clone(),
                }
            }));
            return Ok(());
        }

        let bytes = match fs::read(path) {
            Ok(bytes) => bytes,
            Err(err) => {
                self.warn(path, format!("cannot read: {err}"));
                return Ok(());
            }
        };
        if !encoding::has_utf16_bom(&bytes) && bytes.iter().take(BINARY_SNIFF_LEN).any(|&b| b == 0)
        {
            self.warn(path, "binary file, skipped");
            return Ok(());
        }
        let decoded = encoding::decode(&bytes);
        if let Some(note) = decoded.note {
            self.warn(path, note);
        }
        let mut text = decoded.text;
        let mut origin = Vec::new();
        let mut page_meta = Metadata::default();
        if html::is_html(path) {
            match html::read(&text) {
                Ok(page) => {
                    for note in page.notes {
                        self.warn(path, note);
                    }
                    text = page.text;
                    origin = page.origin;
                    page_meta = page.meta;
                }
                Err(message) => {
                    self.warn(path, format!("{message}; skipped"));
                    return Ok(());
                }
            }
        }
        if text.trim().is_empty() {
            self.warn(path, "empty document, skipped");
            return Ok(());
        }

        let (front, body_start) = match split_front_matter(&text) {
            FrontMatter::Absent => (MetaFields::default(), 0),
            FrontMatter::Unclosed => {
                self.warn(
                    path,
                    "starts with `---` but has no closing `---` line; read as plain text",
                );
                (MetaFields::default(), 0)
            }
            FrontMatter::Found { yaml, body_start } => {
                // The YAML starts on line 2 of the file.
                let fields = yaml::parse::<Option<MetaFields>>(path, yaml)
                    .map_err(|err| shift_lines(err, 1))?;
                (fields.unwrap_or_default(), body_start)
            }
        };
        let (front_id, front_meta) = read_fields(path, 1, front)?;
        if text.get(body_start..).unwrap_or("").trim().is_empty() {
            self.warn(path, "empty document (only front matter), skipped");
            return Ok(());
        }

        let (manifest_id, manifest_meta, manifest_at) = match self.manifest_entries.get(&canonical)
        {
            Some(entry) => (
                entry.id.clone(),
                entry.meta.clone(),
                Some(format!("id at {}:{}", entry.manifest.display(), entry.line)),
            ),
            None => (None, Metadata::default(), None),
        };
        let written_at = if front_id.is_some() {
            Some("id in its front matter".to_string())
        } else if manifest_id.is_some() {
            manifest_at
        } else {
            None
        };
        let meta = Metadata {
            title: front_meta.title.or(manifest_meta.title).or(page_meta.title),
            outlet: front_meta
                .outlet
                .or(manifest_meta.outlet)
                .or(page_meta.outlet),
            url: front_meta.url.or(manifest_meta.url).or(page_meta.url),
            published: front_meta
                .published
                .or(manifest_meta.published)
                .or(page_meta.published),
        };
        let explicit_id = front_id.or(manifest_id);
        let explicit = explicit_id.is_some();
        let id = explicit_id.unwrap_or_else(|| stem_id(path));
        self.pending.push(Pending {
            doc: Document {
                id,
                path: path.to_path_buf(),
                text,
                body_start,
                meta,
                origin,
            },
            explicit,
            written_at,
            rel,
        });
        Ok(())
    }

    /// Gives colliding stem ids longer names, then refuses duplicate ids.
    fn finish(mut self) -> Result<Loaded, SourceError> {
        let mut level = vec![0; self.pending.len()];
        loop {
            let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
            for (i, p) in self.pending.iter().enumerate() {
                if !p.explicit {
                    groups.entry(implicit_id(p, level[i])).or_default().push(i);
                }
            }
            let mut changed = false;
            for members in groups.values().filter(|m| m.len() > 1) {
                for &i in members {
                    if level[i] < MAX_ID_LEVEL {
                        level[i] += 1;
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }
        for (i, p) in self.pending.iter_mut().enumerate() {
            if !p.explicit {
                p.doc.id = implicit_id(p, level[i]);
            }
        }

        let cited = |p: &Pending| -> PathBuf {
            match &p.written_at {
                Some(at) => PathBuf::from(format!("{} ({at})", p.doc.path.display())),
                None => p.doc.path.clone(),
            }
        };
        let mut owners: HashMap<&str, &Pending> = HashMap::new();
        for p in &self.pending {
            if let Some(first) = owners.insert(&p.doc.id, p) {
                return Err(SourceError::DuplicateId {
                    id: p.doc.id.clone(),
                    first: cited(first),
                    second: cited(p),
                });
            }
        }
        Ok(Loaded {
            documents: self.pending.into_iter().map(|p| p.doc).collect(),
            warnings: self.warnings,
        })
    }
}

/// The longest form [`implicit_id`] falls back to.
const MAX_ID_LEVEL: u8 = 4;

/// The id of a document without an explicit one, from shortest to longest:
/// the file stem; the path relative to the folder named (no extension); the
/// same with the extension; the path as named (no extension); the same with
/// the extension.
fn implicit_id(p: &Pending, level: u8) -> String {
    match level {
        0 => stem_id(&p.doc.path),
        1 => slash_path(&p.rel.with_extension("")),
        2 => slash_path(&p.rel),
        3 => slash_path(&p.doc.path.with_extension("")),
        _ => slash_path(&p.doc.path),
    }
}

fn stem_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A path written with `/` whatever the platform, without `.` components.
fn slash_path(path: &Path) -> String {
    let parts: Vec<String> = path
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .map(|c| match c {
            Component::RootDir => String::new(),
            other => other.as_os_str().to_string_lossy().into_owned(),
        })
        .collect();
    parts.join("/")
}

/// One line of a JSONL corpus read on its own, as an engine that splits a
/// corpus hands it over: `path` is the corpus as cited, `line` the line's
/// number in it. What cannot be used is a warning naming the line; ids are
/// not checked against other lines (the report stage refuses a corpus
/// whose ids repeat).
pub fn corpus_line(
    path: &Path,
    line: usize,
    text: &str,
    warnings: &mut Vec<Warning>,
) -> Option<Document> {
    jsonl::read_line(path, line, text, None, warnings)
}

/// The file types read, as messages list them: ".txt, .md, … or .htm".
pub fn supported_types() -> String {
    let dotted: Vec<String> = EXTENSIONS.iter().map(|e| format!(".{e}")).collect();
    match dotted.split_last() {
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

fn is_supported(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// Why a folder walk would not read the file a manifest entry names.
fn not_read_reason(rel: &Path) -> Option<&'static str> {
    if rel
        .components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
    {
        Some("is hidden (its name starts with `.`)")
    } else if !is_supported(rel) {
        Some("is not a .txt, .md, .markdown or .jsonl file")
    } else {
        None
    }
}

/// Checks a manifest `path` and normalises it (no `.` components).
fn manifest_relative_path(written: &str) -> Result<PathBuf, &'static str> {
    let mut rel = PathBuf::new();
    for component in Path::new(written).components() {
        match component {
            Component::Normal(part) => rel.push(part),
            Component::CurDir => {}
            Component::ParentDir => {
                return Err("`path` must stay inside the manifest's folder (no `..`)")
            }
            Component::RootDir | Component::Prefix(_) => {
                return Err("`path` must be relative to the manifest's folder")
            }
        }
    }
    if rel.as_os_str().is_empty() {
        return Err("`path` must name a file in the manifest's folder");
    }
    Ok(rel)
}

fn io_error(path: &Path, err: io::Error) -> SourceError {
    SourceError::Io {
        path: path.to_path_buf(),
        manifest: false,
        source: err,
    }
}

/// Checks the id and date of parsed metadata fields. `line_offset` is added
/// to reported lines (front matter YAML starts on the file's second line).
fn read_fields(
    path: &Path,
    line_offset: u64,
    fields: MetaFields,
) -> Result<(Option<String>, Metadata), YamlError> {
    let at = |location: Location, message: String| {
        shift_lines(YamlError::at(path, location, message), line_offset)
    };
    let id = match fields.id {
        Some(id) if id.value.trim().is_empty() => {
            return Err(at(id.referenced, "`id` must not be empty".to_string()))
        }
        Some(id) => Some(id.value),
        None => None,
    };
    let published = match fields.published {
        Some(p) => Some(parse_published(&p.value).map_err(|m| at(p.referenced, m))?),
        None => None,
    };
    Ok((
        id,
        Metadata {
            title: fields.title,
            outlet: fields.outlet,
            url: fields.url,
            published,
        },
    ))
}

/// Moves an error found inside front matter to its line in the whole file,
/// (the message itself carries no position: `yaml::parse` strips it).
fn shift_lines(mut err: YamlError, offset: u64) -> YamlError {
    if offset == 0 {
        return err;
    }
    if err.line > 0 {
        err.line += offset;
    }
    err
}

/// A publication date: `YYYY-MM-DD`, or an RFC 3339 timestamp whose date
/// part (as written, in its own offset) is taken.
fn parse_published(value: &str) -> Result<Date, String> {
    let value = value.trim();
    let expected = "a date like 2025-08-19 or an RFC 3339 timestamp like 2025-08-19T14:30:00Z";
    let date_part = value.get(..10).filter(|d| is_date_shape(d));
    let Some(date_part) = date_part else {
        return Err(format!("`published` must be {expected}, found `{value}`"));
    };
    if value.len() > 10 && value.parse::<jiff::Timestamp>().is_err() {
        return Err(format!("`published` must be {expected}, found `{value}`"));
    }
    date_part
        .parse::<Date>()
        .map_err(|_| format!("`published`: `{date_part}` is not a real calendar date"))
}

fn is_date_shape(s: &str) -> bool {
    s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        })
}

/// What the top of a file holds.
enum FrontMatter<'a> {
    Absent,
    /// An opening `---` line with no closing line.
    Unclosed,
    Found {
        yaml: &'a str,
        body_start: usize,
    },
}

fn split_front_matter(text: &str) -> FrontMatter<'_> {
    let mut lines = text.split_inclusive('\n');
    let Some(first) = lines.next() else {
        return FrontMatter::Absent;
    };
    if !is_fence(first, &["---"]) {
        return FrontMatter::Absent;
    }
    let yaml_start = first.len();
    let mut offset = yaml_start;
    for line in lines {
        if is_fence(line, &["---", "..."]) {
            return FrontMatter::Found {
                yaml: text.get(yaml_start..offset).unwrap_or(""),
                body_start: offset + line.len(),
            };
        }
        offset += line.len();
    }
    FrontMatter::Unclosed
}

fn is_fence(line: &str, marks: &[&str]) -> bool {
    let bare = line.trim_end_matches(['\n', '\r', ' ', '\t']);
    marks.contains(&bare)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn write(dir: &Path, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        fs::write(&path, contents).unwrap();
        path
    }

    fn date(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn ids(loaded: &Loaded) -> Vec<&str> {
        loaded.documents.iter().map(|d| d.id.as_str()).collect()
    }

    fn load_one(path: &Path) -> Result<Loaded, SourceError> {
        load(&[path.to_path_buf()], &Exclude::default())
    }

    fn yaml_err(result: Result<Loaded, SourceError>) -> YamlError {
        match result {
            Err(SourceError::Yaml(err)) => err,
            other => panic!("expected a YAML error, got {other:?}"),
        }
    }

    fn has_warning(loaded: &Loaded, path: &Path, needle: &str) -> bool {
        loaded
            .warnings
            .iter()
            .any(|w| w.path == path && w.message.contains(needle))
    }

    #[test]
    fn manifest_gives_ids_and_dates() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "one.txt", "A bakery opened on Tuesday.\n");
        write(dir.path(), "two.md", "The bakery closed a week later.\n");
        write(
            dir.path(),
            "sources.yaml",
            "sources:\n  - path: one.txt\n    id: opening\n    outlet: Town Crier\n    \
             published: 2024-03-05\n  - path: two.md\n    id: closing\n    title: Closed\n    \
             url: https://example.org/closed\n    published: 2024-03-12\n",
        );
        let loaded = load_one(dir.path()).unwrap();
        assert_eq!(ids(&loaded), ["opening", "closing"]);
        let first = &loaded.documents[0];
        assert_eq!(first.meta.published, Some(date("2024-03-05")));
        assert_eq!(first.meta.outlet.as_deref(), Some("Town Crier"));
        assert_eq!(first.path, dir.path().join("one.txt"));
        let second = &loaded.documents[1];
        assert_eq!(second.meta.published, Some(date("2024-03-12")));
        assert_eq!(second.meta.title.as_deref(), Some("Closed"));
        assert_eq!(
            second.meta.url.as_deref(),
            Some("https://example.org/closed")
        );
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    }

    #[test]
    fn seeds_folder_loads_with_its_manifest() {
        // Beside the repository, in every clone and in CI.
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
        assert!(
            seeds.is_dir(),
            "{} must hold the seed articles",
            seeds.display()
        );
        let loaded = load_one(&seeds).unwrap();
        assert_eq!(
            ids(&loaded),
            [
                "whats-next",
                "broker-direct-talks",
                "new-lease-of-life",
                "steps-back",
                "kremlin-talks"
            ]
        );
        let dates: Vec<_> = loaded.documents.iter().map(|d| d.meta.published).collect();
        let expected: Vec<_> = [
            "2025-08-19",
            "2025-08-19",
            "2025-08-07",
            "2025-08-22",
            "2025-12-03",
        ]
        .iter()
        .map(|d| Some(date(d)))
        .collect();
        assert_eq!(dates, expected);
        assert_eq!(
            loaded.documents[0].path,
            seeds.join("000_347d6141eb2c54fa.txt")
        );
        assert!(loaded.documents.iter().all(|d| d.body_start == 0));
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    }

    #[test]
    fn front_matter_is_parsed_and_body_start_follows_it() {
        let dir = tempfile::tempdir().unwrap();
        let text = "---\nid: harbour\ntitle: Harbour report\noutlet: Coast Weekly\n\
                    published: 2023-11-30\n---\nThe ferry ran late twice.\n";
        let path = write(dir.path(), "h.md", text);
        let loaded = load_one(&path).unwrap();
        let doc = &loaded.documents[0];
        assert_eq!(doc.id, "harbour");
        assert_eq!(doc.text, text, "the whole file is kept");
        assert_eq!(doc.body_start, text.find("The ferry").unwrap());
        assert_eq!(doc.body(), "The ferry ran late twice.\n");
        assert_eq!(
            doc.meta,
            Metadata {
                title: Some("Harbour report".into()),
                outlet: Some("Coast Weekly".into()),
                url: None,
                published: Some(date("2023-11-30")),
            }
        );
    }

    #[test]
    fn front_matter_closed_by_dots_with_crlf() {
        let dir = tempfile::tempdir().unwrap();
        let text = "---\r\ntitle: Lines\r\n...\r\nBody here.\r\n";
        let path = write(dir.path(), "crlf.txt", text);
        let doc = &load_one(&path).unwrap().documents[0];
        assert_eq!(doc.meta.title.as_deref(), Some("Lines"));
        assert_eq!(doc.body(), "Body here.\r\n");
        assert_eq!(doc.id, "crlf");
    }

    #[test]
    fn empty_front_matter_is_allowed() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "e.txt", "---\n---\nJust a body.\n");
        let doc = &load_one(&path).unwrap().documents[0];
        assert_eq!(doc.body_start, 8);
        assert_eq!(doc.meta, Metadata::default());
    }

    #[test]
    fn unclosed_front_matter_is_plain_text_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "u.txt", "---\ntitle: never closed\nText.\n");
        let loaded = load_one(&path).unwrap();
        assert_eq!(loaded.documents[0].body_start, 0);
        assert_eq!(loaded.documents[0].meta, Metadata::default());
        assert!(has_warning(&loaded, &path, "no closing"));
    }

    #[test]
    fn front_matter_unknown_key_reports_line_in_original_file() {
        let dir = tempfile::tempdir().unwrap();
        // File lines: 1 `---`, 2 title, 3 auther.
        let path = write(
            dir.path(),
            "a.md",
            "---\ntitle: Ok\nauther: Someone\n---\nBody.\n",
        );
        let err = yaml_err(load_one(&path));
        assert_eq!(err.path, path);
        assert_eq!((err.line, err.column), (3, 1), "{err}");
        assert!(err.message.contains("auther"), "{err}");
        assert!(!err.message.contains("line 2"), "stale position: {err}");
    }

    #[test]
    fn front_matter_bad_date_reports_its_position() {
        let dir = tempfile::tempdir().unwrap();
        // Line 4 of the file, value at column 12.
        let path = write(
            dir.path(),
            "b.md",
            "---\nid: b\ntitle: T\npublished: 2024-02-30\n---\nBody.\n",
        );
        let err = yaml_err(load_one(&path));
        assert_eq!((err.line, err.column), (4, 12), "{err}");
        assert!(err.message.contains("2024-02-30"), "{err}");
        let path = write(
            dir.path(),
            "c.md",
            "---\npublished: last week\n---\nBody.\n",
        );
        let err = yaml_err(load_one(&path));
        assert_eq!((err.line, err.column), (2, 12), "{err}");
        assert!(err
            .to_string()
            .starts_with(&format!("{}:2:12:", path.display())));
    }

    #[test]
    fn front_matter_type_error_is_shifted() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "t.md", "---\ntitle: [a, b]\n---\nBody.\n");
        let err = yaml_err(load_one(&path));
        assert_eq!(err.line, 2, "{err}");
    }

    #[test]
    fn empty_id_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "i.md", "---\nid: \"  \"\n---\nBody.\n");
        let err = yaml_err(load_one(&path));
        assert_eq!(err.line, 2, "{err}");
        assert!(err.message.contains("id"), "{err}");
    }

    #[test]
    fn rfc3339_timestamp_gives_its_date_part() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "x.txt", "Body one.\n");
        write(dir.path(), "y.txt", "Body two.\n");
        write(
            dir.path(),
            "sources.yml",
            "sources:\n  - path: x.txt\n    published: 2024-06-01T23:30:00-05:00\n  \
             - path: y.txt\n    published: \"2024-06-02T08:00:00Z\"\n",
        );
        let loaded = load_one(dir.path()).unwrap();
        assert_eq!(
            loaded.documents[0].meta.published,
            Some(date("2024-06-01")),
            "the date as written, not converted to UTC"
        );
        assert_eq!(loaded.documents[1].meta.published, Some(date("2024-06-02")));
    }

    #[test]
    fn published_parsing_rules() {
        assert_eq!(parse_published("2020-02-29"), Ok(date("2020-02-29")));
        assert_eq!(parse_published(" 2020-02-29 "), Ok(date("2020-02-29")));
        assert_eq!(
            parse_published("2020-02-29T10:00:00+01:00"),
            Ok(date("2020-02-29"))
        );
        for bad in [
            "2021-02-29",
            "2020-2-29",
            "2020",
            "29/02/2020",
            "2020-02-29T25:00:00Z",
            "2020-02-29junk",
            "2020-02-29T10:00:00",
            "",
        ] {
            assert!(parse_published(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn manifest_may_be_the_bare_list() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "one.txt", "A bakery opened on Tuesday.\n");
        write(
            dir.path(),
            "sources.yaml",
            "# the list alone\n- {path: one.txt, id: opening, published: 2024-03-05}\n",
        );
        let loaded = load_one(dir.path()).unwrap();
        assert_eq!(ids(&loaded), ["opening"]);
        assert_eq!(loaded.documents[0].meta.published, Some(date("2024-03-05")));

        write(
            dir.path(),
            "sources.yaml",
            "- {path: one.txt, id: opening, publised: 2024-03-05}\n",
        );
        let err = yaml_err(load_one(dir.path()));
        assert_eq!(err.line, 1, "{err}");
        assert!(err.message.contains("publised"), "{err}");
    }

    #[test]
    fn manifest_unknown_key_reports_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", "Body.\n");
        let manifest = write(
            dir.path(),
            "sources.yaml",
            "sources:\n  - path: a.txt\n    titel: Oops\n",
        );
        let err = yaml_err(load_one(dir.path()));
        assert_eq!(err.path, manifest);
        assert_eq!((err.line, err.column), (3, 5), "{err}");
        assert!(err.message.contains("titel"), "{err}");
    }

    #[test]
    fn manifest_bad_date_reports_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", "Body.\n");
        write(
            dir.path(),
            "sources.yaml",
            "sources:\n  - path: a.txt\n    id: a\n    published: 2024-13-01\n",
        );
        let err = yaml_err(load_one(dir.path()));
        assert_eq!((err.line, err.column), (4, 16), "{err}");
        assert!(err.message.contains("published"), "{err}");
    }

    #[test]
    fn manifest_entry_without_path_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "sources.yaml", "sources:\n  - id: lonely\n");
        let err = yaml_err(load_one(dir.path()));
        assert_eq!(err.line, 2, "{err}");
        assert!(err.message.contains("path"), "{err}");
    }

    #[test]
    fn manifest_missing_file_is_a_warning_with_line() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "here.txt", "Body.\n");
        let manifest = write(
            dir.path(),
            "sources.yaml",
            "sources:\n  - path: here.txt\n    id: here\n  - path: gone.txt\n    id: gone\n",
        );
        let loaded = load_one(dir.path()).unwrap();
        assert_eq!(ids(&loaded), ["here"]);
        assert_eq!(loaded.warnings.len(), 1, "{:?}", loaded.warnings);
        let warning = &loaded.warnings[0];
        assert_eq!(warning.path, manifest);
        assert!(warning.message.contains("line 4"), "{warning:?}");
        assert!(warning.message.contains("gone.txt"), "{warning:?}");
    }

    #[test]
    fn manifest_duplicate_path_is_an_error_with_line() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", "Body.\n");
        write(
            dir.path(),
            "sources.yaml",
            "sources:\n  - path: a.txt\n  - path: ./a.txt\n",
        );
        let err = yaml_err(load_one(dir.path()));
        assert_eq!((err.line, err.column), (3, 11), "{err}");
        assert!(
            err.message.contains("listed twice (first at line 2)"),
            "{err}"
        );
        // Caught even when the file does not exist.
        write(
            dir.path(),
            "sources.yaml",
            "sources:\n  - path: gone.txt\n  - path: a.txt\n  - path: gone.txt\n",
        );
        let err = yaml_err(load_one(dir.path()));
        assert_eq!(err.line, 4, "{err}");
    }

    #[test]
    fn manifest_entries_reaching_one_file_are_an_error() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", "Body.\n");
        std::os::unix::fs::symlink(dir.path().join("a.txt"), dir.path().join("alias.txt")).unwrap();
        write(
            dir.path(),
            "sources.yaml",
            "sources:\n  - path: a.txt\n  - path: alias.txt\n",
        );
        let err = yaml_err(load_one(dir.path()));
        assert_eq!(err.line, 3, "{err}");
        assert!(
            err.message.contains("same file as the entry at line 2"),
            "{err}"
        );
    }

    #[test]
    fn manifest_path_must_stay_inside_its_folder() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "outside.txt", "Body.\n");
        write(dir.path(), "inner/a.txt", "Body.\n");
        write(
            dir.path(),
            "inner/sources.yaml",
            "sources:\n  - path: ../outside.txt\n",
        );
        let err = yaml_err(load_one(&dir.path().join("inner")));
        assert_eq!(err.line, 2, "{err}");
        assert!(err.message.contains(".."), "{err}");
        write(
            dir.path(),
            "inner/sources.yaml",
            "sources:\n  - path: /etc/hosts\n",
        );
        let err = yaml_err(load_one(&dir.path().join("inner")));
        assert!(err.message.contains("relative"), "{err}");
        write(dir.path(), "inner/sources.yaml", "sources:\n  - path: .\n");
        let err = yaml_err(load_one(&dir.path().join("inner")));
        assert!(err.message.contains("name a file"), "{err}");
    }

    #[test]
    fn manifest_entry_for_unread_file_is_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", "Body.\n");
        write(dir.path(), "notes.pdf", "not really a pdf");
        write(dir.path(), ".draft.txt", "Hidden body.\n");
        write(dir.path(), "sub/b.txt", "Body b.\n");
        let manifest = write(
            dir.path(),
            "sources.yaml",
            "sources:\n  - path: notes.pdf\n  - path: .draft.txt\n  - path: sub\n  \
             - path: sub/b.txt\n    id: bee\n",
        );
        let loaded = load_one(dir.path()).unwrap();
        assert_eq!(ids(&loaded), ["a", "bee"]);
        assert!(has_warning(
            &loaded,
            &manifest,
            "line 2: `notes.pdf` is not a .txt"
        ));
        assert!(has_warning(
            &loaded,
            &manifest,
            "line 3: `.draft.txt` is hidden"
        ));
        assert!(has_warning(
            &loaded,
            &manifest,
            "line 4: `sub` is not a file"
        ));
    }

    #[test]
    fn nested_manifests_must_not_describe_the_same_file() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "sub/a.txt", "Body.\n");
        write(
            dir.path(),
            "sources.yaml",
            "sources:\n  - path: sub/a.txt\n",
        );
        let inner = write(
            dir.path(),
            "sub/sources.yaml",
            "sources:\n  - path: a.txt\n",
        );
        let err = yaml_err(load_one(dir.path()));
        assert_eq!(err.path, inner);
        assert!(err.message.contains("also described by"), "{err}");
    }

    #[test]
    fn both_manifest_names_prefer_yaml() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", "Body.\n");
        write(
            dir.path(),
            "sources.yaml",
            "sources:\n  - path: a.txt\n    id: from-yaml\n",
        );
        let yml = write(
            dir.path(),
            "sources.yml",
            "sources:\n  - path: a.txt\n    id: from-yml\n",
        );
        let loaded = load_one(dir.path()).unwrap();
        assert_eq!(ids(&loaded), ["from-yaml"]);
        assert!(has_warning(&loaded, &yml, "ignored"));
    }

    #[test]
    fn empty_manifest_is_allowed() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", "Body.\n");
        write(dir.path(), "sources.yaml", "# nothing yet\n");
        assert_eq!(ids(&load_one(dir.path()).unwrap()), ["a"]);
    }

    #[test]
    fn front_matter_wins_over_manifest_field_by_field() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "a.md",
            "---\nid: own-a\ntitle: Own title\noutlet: Own outlet\nurl: https://own.example\n---\nBody.\n",
        );
        write(
            dir.path(),
            "b.md",
            "---\npublished: 2022-02-02\n---\nBody.\n",
        );
        write(
            dir.path(),
            "sources.yaml",
            "sources:\n  - path: a.md\n    id: listed-a\n    title: Listed title\n    \
             outlet: Listed outlet\n    url: https://listed.example\n    published: 2022-01-01\n  \
             - path: b.md\n    id: listed-b\n    title: Listed b\n    published: 2021-01-01\n",
        );
        let loaded = load_one(dir.path()).unwrap();
        let a = &loaded.documents[0];
        assert_eq!(a.id, "own-a");
        assert_eq!(
            a.meta,
            Metadata {
                title: Some("Own title".into()),
                outlet: Some("Own outlet".into()),
                url: Some("https://own.example".into()),
                published: Some(date("2022-01-01")),
            }
        );
        let b = &loaded.documents[1];
        assert_eq!(b.id, "listed-b");
        assert_eq!(b.meta.title.as_deref(), Some("Listed b"));
        assert_eq!(b.meta.published, Some(date("2022-02-02")));
    }

    #[test]
    fn a_file_named_alone_uses_its_folders_manifest() {
        let dir = tempfile::tempdir().unwrap();
        let file = write(dir.path(), "a.txt", "Body.\n");
        write(dir.path(), "b.txt", "Other body.\n");
        write(
            dir.path(),
            "sources.yaml",
            "sources:\n  - path: a.txt\n    id: alpha\n    published: 2021-05-06\n",
        );
        let loaded = load_one(&file).unwrap();
        assert_eq!(ids(&loaded), ["alpha"]);
        assert_eq!(loaded.documents[0].meta.published, Some(date("2021-05-06")));
        assert_eq!(loaded.documents[0].path, file);
    }

    #[test]
    fn missing_path_is_not_found() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nope");
        match load_one(&missing) {
            Err(SourceError::NotFound(p)) => assert_eq!(p, missing),
            other => panic!("expected NotFound, got {other:?}"),
        }
        let err = load_one(&missing).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("{}: no such file or folder", missing.display())
        );
    }

    #[test]
    fn binary_file_is_skipped_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", "First body.\n");
        let bin = write(dir.path(), "b.txt", b"GIF89a\x00\x01\x02rest");
        write(dir.path(), "c.txt", "Third body.\n");
        let loaded = load_one(dir.path()).unwrap();
        assert_eq!(ids(&loaded), ["a", "c"]);
        assert!(has_warning(&loaded, &bin, "binary file, skipped"));
    }

    #[test]
    fn nul_after_the_first_8_kib_is_not_binary() {
        let dir = tempfile::tempdir().unwrap();
        let mut bytes = vec![b'a'; BINARY_SNIFF_LEN];
        bytes.push(0);
        let path = write(dir.path(), "late.txt", bytes);
        let loaded = load_one(&path).unwrap();
        assert_eq!(ids(&loaded), ["late"]);
    }

    #[test]
    fn empty_and_blank_files_are_warnings() {
        let dir = tempfile::tempdir().unwrap();
        let empty = write(dir.path(), "empty.txt", "");
        let blank = write(dir.path(), "blank.md", " \n\t\n");
        let only_front = write(dir.path(), "front.md", "---\ntitle: x\n---\n\n");
        write(dir.path(), "real.txt", "Something.\n");
        let loaded = load_one(dir.path()).unwrap();
        assert_eq!(ids(&loaded), ["real"]);
        assert!(has_warning(&loaded, &empty, "empty document"));
        assert!(has_warning(&loaded, &blank, "empty document"));
        assert!(has_warning(&loaded, &only_front, "empty document"));
    }

    #[test]
    fn latin1_and_utf16_files_are_decoded_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "latin.txt", b"caf\xe9 au lait\n");
        let loaded = load_one(&path).unwrap();
        assert_eq!(loaded.documents[0].text, "café au lait\n");
        assert!(has_warning(&loaded, &path, "Windows-1252"));

        let mut bytes = vec![0xfe, 0xff];
        bytes.extend(
            "Floods struck Tornvik.\n"
                .encode_utf16()
                .flat_map(u16::to_be_bytes),
        );
        let path = write(dir.path(), "wide.txt", &bytes);
        let loaded = load_one(&path).unwrap();
        assert_eq!(loaded.documents[0].text, "Floods struck Tornvik.\n");
        assert!(has_warning(&loaded, &path, "UTF-16BE"));
    }

    #[test]
    fn bom_is_stripped_and_front_matter_still_found() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "bom.md", "\u{feff}---\nid: bom\n---\nBody.\n");
        let loaded = load_one(&path).unwrap();
        let doc = &loaded.documents[0];
        assert_eq!(doc.text, "---\nid: bom\n---\nBody.\n");
        assert_eq!(doc.id, "bom");
        assert_eq!(doc.body(), "Body.\n");
        assert!(loaded.warnings.is_empty());
    }

    #[test]
    fn broken_symlink_is_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", "Body.\n");
        let link = dir.path().join("dangling.txt");
        std::os::unix::fs::symlink(dir.path().join("nowhere.txt"), &link).unwrap();
        let loaded = load_one(dir.path()).unwrap();
        assert_eq!(ids(&loaded), ["a"]);
        assert!(has_warning(&loaded, &link, "broken symbolic link"));
    }

    /// A file that opens but cannot be read (an I/O error), whoever runs
    /// the test: a link to `/proc/self/mem`, whose first page is never
    /// mapped. Mode 000 would not do, as root reads it anyway.
    #[test]
    #[cfg(target_os = "linux")]
    fn unreadable_file_is_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", "Body.\n");
        let broken = dir.path().join("broken.txt");
        std::os::unix::fs::symlink("/proc/self/mem", &broken).unwrap();
        assert!(fs::read(&broken).is_err(), "reading it must fail");
        let loaded = load_one(dir.path()).unwrap();
        assert_eq!(ids(&loaded), ["a"]);
        assert!(has_warning(&loaded, &broken, "cannot read"));
    }

    #[test]
    fn fifo_is_never_opened() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", "Body.\n");
        let pipe = dir.path().join("pipe.txt");
        // mkfifo is coreutils: where it is missing the test fails, never
        // passes without looking.
        let made = std::process::Command::new("mkfifo").arg(&pipe).status();
        assert!(
            made.is_ok_and(|s| s.success()),
            "mkfifo could not make a pipe"
        );
        let loaded = load_one(dir.path()).unwrap();
        assert_eq!(ids(&loaded), ["a"]);
        assert!(has_warning(&loaded, &pipe, "not a regular file"));
        let loaded = load_one(&pipe).unwrap();
        assert!(loaded.documents.is_empty());
        assert!(has_warning(&loaded, &pipe, "not a regular file or folder"));
    }

    #[test]
    fn symlink_loop_is_a_warning_and_terminates() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "top.txt", "Top body.\n");
        write(dir.path(), "sub/inner.txt", "Inner body.\n");
        let link = dir.path().join("sub/back");
        std::os::unix::fs::symlink(dir.path(), &link).unwrap();
        let loaded = load_one(dir.path()).unwrap();
        assert_eq!(ids(&loaded), ["inner", "top"]);
        assert!(has_warning(&loaded, &link, "symbolic link loop"));
    }

    #[test]
    fn same_folder_and_file_are_read_once() {
        let dir = tempfile::tempdir().unwrap();
        let a = write(dir.path(), "real/a.txt", "Body.\n");
        write(
            dir.path(),
            "real/sources.yaml",
            "sources:\n  - path: a.txt\n    id: ay\n",
        );
        let alias = dir.path().join("zlink");
        std::os::unix::fs::symlink(dir.path().join("real"), &alias).unwrap();
        let loaded = load(&[dir.path().to_path_buf(), a.clone()], &Exclude::default()).unwrap();
        assert_eq!(ids(&loaded), ["ay"]);
        assert_eq!(loaded.warnings.len(), 2, "{:?}", loaded.warnings);
        assert!(has_warning(&loaded, &alias, "same folder as"));
        assert!(has_warning(&loaded, &a, "read once"));
    }

    #[test]
    fn duplicate_explicit_ids_are_an_error_naming_both() {
        let dir = tempfile::tempdir().unwrap();
        let a = write(dir.path(), "a.md", "---\nid: same\n---\nBody a.\n");
        let b = write(dir.path(), "b.md", "Body b.\n");
        write(
            dir.path(),
            "sources.yaml",
            "sources:\n  - path: b.md\n    id: same\n",
        );
        match load_one(dir.path()) {
            Err(SourceError::DuplicateId { id, first, second }) => {
                assert_eq!(id, "same");
                let (first, second) = (first.display().to_string(), second.display().to_string());
                assert!(first.starts_with(&a.display().to_string()), "{first}");
                assert!(first.ends_with("(id in its front matter)"), "{first}");
                assert!(second.starts_with(&b.display().to_string()), "{second}");
                // Where the id is written, with its line.
                assert!(second.ends_with("sources.yaml:2)"), "{second}");
            }
            other => panic!("expected DuplicateId, got {other:?}"),
        }
    }

    #[test]
    fn explicit_id_equal_to_a_stem_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.txt", "Body a.\n");
        write(dir.path(), "b.md", "---\nid: a\n---\nBody b.\n");
        assert!(matches!(
            load_one(dir.path()),
            Err(SourceError::DuplicateId { .. })
        ));
    }

    #[test]
    fn colliding_stems_get_relative_paths() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "report.txt", "Body.\n");
        write(dir.path(), "sub/report.txt", "Body.\n");
        write(dir.path(), "note.txt", "Body.\n");
        write(dir.path(), "note.md", "Body.\n");
        write(dir.path(), "unique.txt", "Body.\n");
        let loaded = load_one(dir.path()).unwrap();
        assert_eq!(
            ids(&loaded),
            ["note.md", "note.txt", "report", "sub/report", "unique"]
        );
    }

    #[test]
    fn colliding_stems_across_roots_use_the_named_path() {
        let dir = tempfile::tempdir().unwrap();
        let x = dir.path().join("x");
        let y = dir.path().join("y");
        write(&x, "a.txt", "Body.\n");
        write(&y, "a.txt", "Body.\n");
        let loaded = load(&[y.clone(), x.clone()], &Exclude::default()).unwrap();
        let expect_y = slash_path(&y.join("a"));
        let expect_x = slash_path(&x.join("a"));
        assert_eq!(ids(&loaded), [expect_y.as_str(), expect_x.as_str()]);
    }

    #[test]
    fn order_is_sorted_by_path_and_repeatable() {
        let dir = tempfile::tempdir().unwrap();
        // Created out of order on purpose.
        for name in ["b/z.txt", "c.md", "a.txt", "b/a.markdown", "b.txt", "B.TXT"] {
            write(dir.path(), name, format!("Body of {name}.\n"));
        }
        let first = load_one(dir.path()).unwrap();
        let rel: Vec<_> = first
            .documents
            .iter()
            .map(|d| d.path.strip_prefix(dir.path()).unwrap().to_path_buf())
            .collect();
        let expected: Vec<PathBuf> = ["B.TXT", "a.txt", "b/a.markdown", "b/z.txt", "b.txt", "c.md"]
            .iter()
            .map(PathBuf::from)
            .collect();
        assert_eq!(rel, expected);
        let second = load_one(dir.path()).unwrap();
        assert_eq!(ids(&first), ids(&second));
    }

    #[test]
    fn command_line_order_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let a = write(dir.path(), "a.txt", "Body a.\n");
        let b = write(dir.path(), "b.txt", "Body b.\n");
        assert_eq!(
            ids(&load(&[b, a], &Exclude::default()).unwrap()),
            ["b", "a"]
        );
    }

    #[test]
    fn hidden_and_unsupported_entries_are_skipped_in_folders() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "keep.txt", "Body.\n");
        write(dir.path(), ".hidden.txt", "Body.\n");
        write(dir.path(), ".git/inside.txt", "Body.\n");
        write(dir.path(), "image.png", "not text");
        write(dir.path(), "data.json", "{}");
        let loaded = load_one(dir.path()).unwrap();
        assert_eq!(ids(&loaded), ["keep"]);
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    }

    #[test]
    fn named_unsupported_file_is_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        let json = write(dir.path(), "data.json", "{}");
        let loaded = load_one(&json).unwrap();
        assert!(loaded.documents.is_empty());
        assert!(has_warning(&loaded, &json, "not a supported document type"));
    }

    #[test]
    fn named_hidden_file_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let hidden = write(dir.path(), ".draft.md", "Body.\n");
        assert_eq!(ids(&load_one(&hidden).unwrap()), [".draft"]);
    }

    #[test]
    fn split_front_matter_cases() {
        assert!(matches!(split_front_matter("Body\n"), FrontMatter::Absent));
        assert!(matches!(
            split_front_matter("----\nx\n----\n"),
            FrontMatter::Absent
        ));
        assert!(matches!(split_front_matter("---"), FrontMatter::Unclosed));
        match split_front_matter("---  \na: 1\n---") {
            FrontMatter::Found { yaml, body_start } => {
                assert_eq!(yaml, "a: 1\n");
                assert_eq!(body_start, 14);
            }
            _ => panic!("expected front matter"),
        }
    }
}
