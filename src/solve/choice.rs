//! [`BackendChoice`]: a backend picked by name (CLI flag, config).

use std::fmt;
use std::str::FromStr;

use super::{Backend, BnbBackend, MicrolpBackend, SolveError};

/// The backends symbreak knows, compiled in or not.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum BackendChoice {
    /// symbreak's own branch-and-cut (pure Rust): always built; the
    /// default.
    #[default]
    Bnb,
    /// good_lp's pure-Rust microlp: always built.
    Microlp,
    /// HiGHS: needs the cargo feature `highs` (and cmake, libclang-dev).
    Highs,
}

impl BackendChoice {
    /// Every backend, compiled in or not.
    pub const ALL: [BackendChoice; 3] = [
        BackendChoice::Bnb,
        BackendChoice::Microlp,
        BackendChoice::Highs,
    ];

    /// The backend's name, as in reports and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            BackendChoice::Bnb => "bnb",
            BackendChoice::Microlp => "microlp",
            BackendChoice::Highs => "highs",
        }
    }

    /// True when this build contains the backend.
    pub fn is_available(self) -> bool {
        match self {
            BackendChoice::Bnb | BackendChoice::Microlp => true,
            BackendChoice::Highs => cfg!(feature = "highs"),
        }
    }

    /// The backends compiled into this build.
    pub fn available() -> Vec<BackendChoice> {
        Self::ALL.into_iter().filter(|b| b.is_available()).collect()
    }

    /// The backend itself.
    ///
    /// # Errors
    /// [`SolveError::BackendNotCompiled`] ("rebuild with --features highs")
    /// when this build does not contain it.
    pub fn backend(self) -> Result<Box<dyn Backend>, SolveError> {
        match self {
            BackendChoice::Bnb => Ok(Box::new(BnbBackend::default())),
            BackendChoice::Microlp => Ok(Box::new(MicrolpBackend)),
            #[cfg(feature = "highs")]
            BackendChoice::Highs => Ok(Box::new(super::HighsBackend)),
            #[cfg(not(feature = "highs"))]
            BackendChoice::Highs => Err(SolveError::BackendNotCompiled {
                backend: "highs",
                feature: "highs",
            }),
        }
    }
}

impl fmt::Display for BackendChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A name that is not a known backend.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown backend '{0}' (expected bnb, microlp or highs)")]
pub struct UnknownBackend(pub String);

impl FromStr for BackendChoice {
    type Err = UnknownBackend;

    /// Case-insensitive: `bnb`, `microlp`, `highs`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|b| b.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownBackend(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_case_insensitively_and_unknown_names_are_errors() {
        assert_eq!("microlp".parse(), Ok(BackendChoice::Microlp));
        assert_eq!("HiGHS".parse(), Ok(BackendChoice::Highs));
        assert!("cbc".parse::<BackendChoice>().is_err());
        for b in BackendChoice::ALL {
            assert_eq!(b.to_string().parse(), Ok(b));
        }
    }

    #[test]
    fn microlp_is_always_available_and_highs_follows_the_feature() {
        assert!(BackendChoice::Microlp.backend().is_ok());
        assert_eq!(BackendChoice::Highs.is_available(), cfg!(feature = "highs"));
        match BackendChoice::Highs.backend() {
            Ok(b) => assert_eq!(b.name(), "highs"),
            Err(e) => assert!(
                e.to_string().contains("rebuild with --features highs"),
                "{e}"
            ),
        }
    }
}
