//! crosscheck: reads documents about the same events, extracts checkable
//! claims (figures, dates, attributions, roles) and flags where sources
//! disagree.
//!
//! Data flows one way, a module per stage:
//! [`source`] → [`segment`] → [`normalise`] → [`extract`] → [`names`]
//! (the corpus lexicon before claims, spellings merged after) → [`pair`]
//! (blocks) → [`slot`] (slots, asked of [`judge`], and camps) → [`report`],
//! driven end to end in memory by [`audit`], or stage by stage over JSONL
//! records by [`stage`] (for map/reduce engines); [`serve`] serves the
//! findings for review in a browser. The library never prints; the binary
//! does.

pub mod audit;
pub mod boilerplate;
pub mod config;
pub mod decisions;
pub mod error;
pub mod extract;
pub mod facts;
pub mod judge;
pub mod names;
pub mod normalise;
pub mod pair;
pub mod report;
pub mod rules;
pub mod segment;
pub mod serve;
pub mod slot;
pub mod source;
pub mod stage;
pub mod warning;
pub mod yaml;

pub use error::Error;
