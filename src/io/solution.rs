//! Solution files: the plain format of MIPLIB, SCIP and HiGHS, and JSON.
//!
//! Plain (`.sol`):
//!
//! ```text
//! =obj= 1120
//! C0001 1
//! C0017 1
//! ```
//!
//! One `name value` pair per line; a variable that is not listed is 0. The
//! reader also accepts SCIP's header lines (`solution status: ...`,
//! `objective value: ...`), its trailing `(obj:...)` annotations, `#`
//! comment lines and blank lines. An unknown or repeated name, a missing or
//! non-finite value, or MIPLIB's `=infeas=` marker are errors with the line.
//!
//! JSON (`.json`): `{"objective": 1120.0, "values": {"C0001": 1.0, ...}}`,
//! names not listed are 0; `objective` may be absent or null.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::error::ReadError;
use super::source::{read_text, write_text};
use crate::model::{Problem, Solution};

/// A solution read from a file.
#[derive(Clone, Debug, PartialEq)]
pub struct SolutionFile {
    /// One value per variable of the problem it was read against.
    pub solution: Solution,
    /// The objective value the file claims, if it states one.
    pub claimed_objective: Option<f64>,
}

#[derive(Serialize, Deserialize)]
struct JsonSolution {
    #[serde(default)]
    objective: Option<f64>,
    values: BTreeMap<String, f64>,
}

fn is_json(path: &Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    name.ends_with(".json") || name.ends_with(".json.gz")
}

/// Reads a solution for `problem` from a `.sol` (plain) or `.json` file,
/// optionally gzipped.
///
/// # Errors
/// I/O failure, non-UTF-8 bytes, or a malformed line (with its number).
pub fn read(path: impl AsRef<Path>, problem: &Problem) -> Result<SolutionFile, ReadError> {
    let path = path.as_ref();
    let label = path.display().to_string();
    let text = read_text(path)?;
    if is_json(path) {
        parse_json(&text, &label, problem)
    } else {
        parse_plain(&text, &label, problem)
    }
}

fn parse_value(token: &str, file: &str, line: usize) -> Result<f64, ReadError> {
    match token.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err(ReadError::syntax(
            file,
            line,
            format!("expected a finite number, found '{token}'"),
        )),
    }
}

/// Parses the plain format; `file` labels errors.
///
/// # Errors
/// A malformed line, an unknown or repeated variable, a non-finite value.
pub fn parse_plain(text: &str, file: &str, problem: &Problem) -> Result<SolutionFile, ReadError> {
    let mut solution = Solution::zeros(problem);
    let mut seen = vec![false; problem.num_vars()];
    let mut claimed = None;
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix("solution status:") {
            let status = rest.trim().to_ascii_lowercase();
            if status.contains("infeasible") || status.contains("no solution") {
                return Err(ReadError::syntax(
                    file,
                    line,
                    format!("the file holds no solution (status '{}')", rest.trim()),
                ));
            }
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix("objective value:") {
            claimed = Some(parse_value(rest.trim(), file, line)?);
            continue;
        }
        let mut tokens = trimmed.split_whitespace();
        let (Some(name), value) = (tokens.next(), tokens.next()) else {
            continue;
        };
        if name == "=infeas=" {
            return Err(ReadError::syntax(
                file,
                line,
                "the file marks the problem infeasible (=infeas=): no solution to read",
            ));
        }
        let Some(value) = value else {
            return Err(ReadError::syntax(
                file,
                line,
                format!("expected a value after '{name}', found the end of the line"),
            ));
        };
        let value = parse_value(value, file, line)?;
        match tokens.next() {
            None => {}
            Some(t) if t.starts_with("(obj:") => {}
            Some(t) => {
                return Err(ReadError::syntax(
                    file,
                    line,
                    format!("expected 'name value', found an extra token '{t}'"),
                ));
            }
        }
        if name == "=obj=" {
            claimed = Some(value);
            continue;
        }
        let Some(v) = problem.var_by_name(name) else {
            return Err(ReadError::syntax(
                file,
                line,
                format!("unknown variable '{name}'"),
            ));
        };
        if std::mem::replace(&mut seen[v.index()], true) {
            return Err(ReadError::syntax(
                file,
                line,
                format!("variable '{name}' is given twice"),
            ));
        }
        solution[v] = value;
    }
    Ok(SolutionFile {
        solution,
        claimed_objective: claimed,
    })
}

/// Parses the JSON format; `file` labels errors.
///
/// # Errors
/// Invalid JSON (with its line), an unknown variable, a non-finite value.
pub fn parse_json(text: &str, file: &str, problem: &Problem) -> Result<SolutionFile, ReadError> {
    let parsed: JsonSolution = serde_json::from_str(text).map_err(|e| {
        ReadError::syntax(
            file,
            e.line().max(1),
            format!(
                "expected a JSON object {{\"objective\": .., \"values\": {{name: value}}}}: {e}"
            ),
        )
    })?;
    let mut solution = Solution::zeros(problem);
    for (name, value) in parsed.values {
        let Some(v) = problem.var_by_name(&name) else {
            return Err(ReadError::syntax(
                file,
                1,
                format!("unknown variable '{name}'"),
            ));
        };
        if !value.is_finite() {
            return Err(ReadError::syntax(
                file,
                1,
                format!("value of '{name}' must be finite, found {value}"),
            ));
        }
        solution[v] = value;
    }
    Ok(SolutionFile {
        solution,
        claimed_objective: parsed.objective,
    })
}

/// The plain format: `=obj= value`, then `name value` for every nonzero,
/// with numbers written to round-trip exactly.
pub fn to_plain(problem: &Problem, solution: &Solution, objective: f64) -> String {
    let mut out = format!("=obj= {objective:?}\n");
    for v in problem.vars() {
        let x = solution[v];
        if x != 0.0 {
            out.push_str(problem.var_name(v));
            out.push(' ');
            out.push_str(&format!("{x:?}"));
            out.push('\n');
        }
    }
    out
}

/// The JSON format, every variable listed (zeros included), names sorted.
pub fn to_json(problem: &Problem, solution: &Solution, objective: f64) -> String {
    let values = problem
        .vars()
        .map(|v| (problem.var_name(v).to_string(), solution[v]))
        .collect();
    let doc = JsonSolution {
        objective: Some(objective),
        values,
    };
    // Serializing a map of finite floats cannot fail.
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// Writes a solution file, plain or JSON by extension (optionally `.gz`).
///
/// # Errors
/// I/O failure.
pub fn write(
    path: impl AsRef<Path>,
    problem: &Problem,
    solution: &Solution,
    objective: f64,
) -> Result<(), ReadError> {
    let path = path.as_ref();
    let text = if is_json(path) {
        to_json(problem, solution, objective)
    } else {
        to_plain(problem, solution, objective)
    };
    let gz = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    write_text(path, &text, gz)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProblemBuilder, VarKind};

    fn problem() -> Problem {
        let mut b = ProblemBuilder::new("p");
        b.add_var("a", VarKind::Binary, 0.0, 1.0, 1.0).unwrap();
        b.add_var("b", VarKind::Continuous, 0.0, 9.0, 2.0).unwrap();
        b.add_var("c", VarKind::Integer, -5.0, 5.0, 0.0).unwrap();
        b.build().unwrap()
    }

    #[test]
    fn plain_round_trip_is_exact_and_missing_names_are_zero() {
        let p = problem();
        let s = Solution::from_values(vec![1.0, 0.1 + 0.2, 0.0]);
        let text = to_plain(&p, &s, 1.7);
        assert!(!text.contains("\nc "), "zeros are not written: {text}");
        let back = parse_plain(&text, "t.sol", &p).unwrap();
        assert_eq!(back.solution, s);
        assert_eq!(back.claimed_objective, Some(1.7));
    }

    #[test]
    fn scip_style_file_is_read() {
        let p = problem();
        let text = "solution status: optimal solution found\nobjective value: 3\na 1 \t(obj:1)\nb 1 (obj:2)\n";
        let back = parse_plain(text, "t.sol", &p).unwrap();
        assert_eq!(back.solution.values(), &[1.0, 1.0, 0.0]);
        assert_eq!(back.claimed_objective, Some(3.0));
    }

    #[test]
    fn bad_lines_name_their_line() {
        let p = problem();
        let cases = [
            ("=obj= 1\nzz 1\n", 2, "unknown variable 'zz'"),
            ("a 1\n\na 0\n", 3, "given twice"),
            ("a\n", 1, "expected a value"),
            ("a 1\nb nan\n", 2, "finite number"),
            ("a 1 2\n", 1, "extra token"),
            ("=infeas=\n", 1, "infeasible"),
        ];
        for (text, line, fragment) in cases {
            let e = parse_plain(text, "t.sol", &p).unwrap_err();
            assert_eq!(e.line(), Some(line), "{text:?}: {e}");
            assert!(e.to_string().contains(fragment), "{text:?}: {e}");
        }
    }

    #[test]
    fn json_round_trip_and_errors() {
        let p = problem();
        let s = Solution::from_values(vec![0.0, 2.5, -3.0]);
        let back = parse_json(&to_json(&p, &s, 4.0), "t.json", &p).unwrap();
        assert_eq!(back.solution, s);
        assert_eq!(back.claimed_objective, Some(4.0));
        let e = parse_json("{\"values\": {\"q\": 1}}", "t.json", &p).unwrap_err();
        assert!(e.to_string().contains("unknown variable 'q'"), "{e}");
        let e = parse_json("{\n\"values\": [}", "t.json", &p).unwrap_err();
        assert_eq!(e.line(), Some(2), "{e}");
    }
}
