//! Values as intervals, so hedged and exact figures compare by overlap:
//! "at least 14" is [14, ∞) and agrees with 19; "nearly 4" is [3.5, 4).

use crate::rules::IntervalTemplate;

/// A closed, open or half-open interval; `high` may be infinite.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Interval {
    /// Lower bound.
    #[serde(with = "bound")]
    pub low: f64,
    /// Upper bound (`f64::INFINITY` when unbounded).
    #[serde(with = "bound")]
    pub high: f64,
    /// The lower bound is excluded.
    pub low_open: bool,
    /// The upper bound is excluded.
    pub high_open: bool,
}

impl Interval {
    /// [low, high].
    pub fn closed(low: f64, high: f64) -> Self {
        Interval {
            low,
            high,
            low_open: false,
            high_open: false,
        }
    }

    /// The interval a hedge template makes of the stated value `x`.
    pub fn from_template(x: f64, template: IntervalTemplate) -> Self {
        Interval {
            low: template.low.map_or(f64::NEG_INFINITY, |f| f * x),
            high: template.high.map_or(f64::INFINITY, |f| f * x),
            low_open: template.low_open,
            high_open: template.high_open,
        }
    }

    /// True for a single value.
    pub fn is_point(&self) -> bool {
        self.low == self.high
    }

    /// How far apart the two intervals are (0 when they touch or overlap).
    /// Open bounds count as touching: "more than 3" and "3" are 0 apart, but
    /// [`Interval::separated`] still tells them apart.
    pub fn gap(&self, other: &Interval) -> f64 {
        if self.high < other.low {
            other.low - self.high
        } else if other.high < self.low {
            self.low - other.high
        } else {
            0.0
        }
    }

    /// True when no value lies in both, given `slack` either way.
    pub fn separated(&self, other: &Interval, slack: f64) -> bool {
        let gap = self.gap(other);
        if gap > slack {
            return true;
        }
        if gap > 0.0 || slack > 0.0 {
            return false;
        }
        // They touch at one point: apart only if that point is excluded.
        let touch_low = self.high == other.low && (self.high_open || other.low_open);
        let touch_high = other.high == self.low && (other.high_open || self.low_open);
        (self.high == other.low && touch_low) || (other.high == self.low && touch_high)
    }

    /// The size used to scale a relative tolerance.
    pub fn magnitude(&self) -> f64 {
        if self.high.is_finite() {
            self.high.abs().max(self.low.abs())
        } else {
            self.low.abs()
        }
    }

    /// Shifts the interval by `delta` (used to age a duration to a later date).
    pub fn shifted(&self, delta: f64) -> Interval {
        Interval {
            low: self.low + delta,
            high: self.high + delta,
            ..*self
        }
    }

    /// Human form in the given unit: "14", "[14, ∞)", "[3.5, 4)".
    pub fn display(&self, per_unit: f64) -> String {
        let fmt = |v: f64| format_number(v / per_unit);
        if self.is_point() {
            return fmt(self.low);
        }
        let low = if self.low.is_finite() {
            fmt(self.low)
        } else {
            "-∞".into()
        };
        let high = if self.high.is_finite() {
            fmt(self.high)
        } else {
            "∞".into()
        };
        format!(
            "{}{low}, {high}{}",
            if self.low_open { '(' } else { '[' },
            if self.high_open || !self.high.is_finite() {
                ')'
            } else {
                ']'
            }
        )
    }
}

/// Writes a number without float noise: 90000000000, 3.5, 0.67.
pub fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e18 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_and_separation() {
        let at_least_14 = Interval {
            high: f64::INFINITY,
            ..Interval::closed(14.0, 14.0)
        };
        assert!(!at_least_14.separated(&Interval::closed(19.0, 19.0), 0.0));
        assert!(Interval::closed(12.0, 12.0).separated(&Interval::closed(21.0, 21.0), 0.0));
        assert!(!Interval::closed(100.0, 100.0).separated(&Interval::closed(101.0, 101.0), 1.0));
        let more_than_3 = Interval {
            low_open: true,
            high: f64::INFINITY,
            ..Interval::closed(3.0, 3.0)
        };
        assert!(more_than_3.separated(&Interval::closed(3.0, 3.0), 0.0));
        assert!(!more_than_3.separated(&Interval::closed(3.5, 3.5), 0.0));
    }

    #[test]
    fn display() {
        assert_eq!(Interval::closed(9.0e10, 9.0e10).display(1.0), "90000000000");
        let nearly = Interval {
            high_open: true,
            ..Interval::closed(3.5, 4.0)
        };
        assert_eq!(nearly.display(1.0), "[3.5, 4)");
        let open = Interval {
            high: f64::INFINITY,
            ..Interval::closed(14.0, 14.0)
        };
        assert_eq!(open.display(1.0), "[14, ∞)");
        assert_eq!(Interval::closed(2400.0, 2400.0).display(60.0), "40");
    }
}

/// Bounds in the stage records: JSON has no infinity, so an unbounded end
/// is written "inf" or "-inf"; finite bounds are numbers, exact both ways.
mod bound {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize, Deserialize)]
    #[serde(untagged)]
    enum Written {
        Number(f64),
        Word(String),
    }

    pub fn serialize<S: Serializer>(value: &f64, out: S) -> Result<S::Ok, S::Error> {
        match *value {
            v if v.is_finite() => Written::Number(v),
            v if v > 0.0 => Written::Word("inf".into()),
            _ => Written::Word("-inf".into()),
        }
        .serialize(out)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(input: D) -> Result<f64, D::Error> {
        match Written::deserialize(input)? {
            Written::Number(v) => Ok(v),
            Written::Word(w) if w == "inf" => Ok(f64::INFINITY),
            Written::Word(w) if w == "-inf" => Ok(f64::NEG_INFINITY),
            Written::Word(w) => Err(serde::de::Error::custom(format!(
                "`{w}` is not a bound: a number, \"inf\" or \"-inf\""
            ))),
        }
    }
}
