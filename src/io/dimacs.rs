//! The DIMACS graph format (`.col`) used by the coloring benchmarks.
//!
//! ```text
//! c a comment
//! p edge 4 3      <- once, before any edge: vertices and edges
//! e 1 2           <- an edge, vertices numbered from 1
//! e 2 3
//! e 3 4
//! ```
//!
//! `p col N M` is accepted as a synonym of `p edge N M`. Blank lines are
//! skipped. The reader is strict: a missing or second `p` line, an unknown
//! line type, a missing or extra token, a number that is not a non-negative
//! integer, a vertex outside `1..=N` and a self-loop are errors naming the
//! line. Repeated edges (either orientation) are merged with a warning, and
//! an edge count different from `M` is a warning: many published files list
//! both orientations of each edge.

use std::path::Path;

use super::error::ReadError;
use super::parsed::Warning;
use super::source::read_text;

/// A graph read from a DIMACS file.
#[derive(Clone, Debug)]
pub struct DimacsGraph {
    /// The number of vertices.
    pub vertices: u32,
    /// The distinct edges `(u, v)`, vertices renumbered from 0, `u < v`,
    /// sorted (`generate::Graph::new` takes them as they are).
    pub edges: Vec<(u32, u32)>,
    /// Accepted oddities (repeated edges, a wrong edge count).
    pub warnings: Vec<Warning>,
}

/// Reads a DIMACS graph file (optionally `.gz`).
///
/// # Errors
/// I/O failure or any syntax error (see the [module documentation](self)).
pub fn read_graph(path: impl AsRef<Path>) -> Result<DimacsGraph, ReadError> {
    let path = path.as_ref();
    let text = read_text(path)?;
    parse(&text, &path.display().to_string())
}

fn number(token: Option<&str>, what: &str, file: &str, line: usize) -> Result<u32, ReadError> {
    let token = token.ok_or_else(|| ReadError::syntax(file, line, format!("missing {what}")))?;
    token.parse::<u32>().map_err(|_| {
        ReadError::syntax(
            file,
            line,
            format!("expected {what} (a non-negative integer), found '{token}'"),
        )
    })
}

/// Parses DIMACS graph text; `file` labels the errors.
///
/// # Errors
/// Any syntax error, with its line (see the [module documentation](self)).
pub fn parse(text: &str, file: &str) -> Result<DimacsGraph, ReadError> {
    let mut header: Option<(u32, u32, usize)> = None;
    let mut edges: Vec<(u32, u32, usize)> = Vec::new();
    let mut warnings = Vec::new();
    let mut last_line = 0;
    for (k, raw) in text.lines().enumerate() {
        let line = k + 1;
        last_line = line;
        let mut tokens = raw.split_whitespace();
        let Some(kind) = tokens.next() else {
            continue;
        };
        match kind {
            "c" => continue,
            "p" => {
                if header.is_some() {
                    return Err(ReadError::syntax(file, line, "second 'p' line"));
                }
                match tokens.next() {
                    Some("edge" | "col") => {}
                    Some(other) => {
                        return Err(ReadError::syntax(
                            file,
                            line,
                            format!("expected 'p edge N M', found format '{other}'"),
                        ));
                    }
                    None => return Err(ReadError::syntax(file, line, "expected 'p edge N M'")),
                }
                let n = number(tokens.next(), "the number of vertices", file, line)?;
                let m = number(tokens.next(), "the number of edges", file, line)?;
                if n == 0 {
                    return Err(ReadError::syntax(
                        file,
                        line,
                        "a graph needs at least 1 vertex",
                    ));
                }
                header = Some((n, m, line));
            }
            "e" => {
                let Some((n, _, _)) = header else {
                    return Err(ReadError::syntax(
                        file,
                        line,
                        "edge before the 'p edge N M' line",
                    ));
                };
                let u = number(tokens.next(), "the first vertex", file, line)?;
                let v = number(tokens.next(), "the second vertex", file, line)?;
                for w in [u, v] {
                    if w == 0 || w > n {
                        return Err(ReadError::syntax(
                            file,
                            line,
                            format!("vertex {w} outside 1..={n}"),
                        ));
                    }
                }
                if u == v {
                    return Err(ReadError::syntax(
                        file,
                        line,
                        format!("self-loop on vertex {u}"),
                    ));
                }
                edges.push(((u - 1).min(v - 1), (u - 1).max(v - 1), line));
            }
            other => {
                return Err(ReadError::syntax(
                    file,
                    line,
                    format!("expected a line starting with 'c', 'p' or 'e', found '{other}'"),
                ));
            }
        }
        if let Some(extra) = tokens.next() {
            return Err(ReadError::syntax(
                file,
                line,
                format!("unexpected token '{extra}' at the end of the line"),
            ));
        }
    }
    let Some((n, m, header_line)) = header else {
        return Err(ReadError::syntax(
            file,
            last_line.max(1),
            "no 'p edge N M' line",
        ));
    };
    // stable sort: the first occurrence of a repeated edge stays first
    edges.sort_by_key(|&(u, v, _)| (u, v));
    let mut list = Vec::with_capacity(edges.len());
    for (k, &(u, v, line)) in edges.iter().enumerate() {
        if k > 0 && (edges[k - 1].0, edges[k - 1].1) == (u, v) {
            warnings.push(Warning {
                line,
                message: format!("edge {} {} repeated; merged", u + 1, v + 1),
            });
        } else {
            list.push((u, v));
        }
    }
    warnings.sort_by_key(|w| w.line);
    if list.len() != m as usize {
        warnings.push(Warning {
            line: header_line,
            message: format!(
                "'p' line announces {m} edges, found {} distinct",
                list.len()
            ),
        });
    }
    Ok(DimacsGraph {
        vertices: n,
        edges: list,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    #[test]
    fn reads_comments_header_and_edges() {
        let g = parse("c test\np edge 4 3\ne 1 2\n\ne 2 3\ne 4 3\n", "t.col").unwrap();
        assert_eq!(g.vertices, 4);
        assert_eq!(&g.edges[..], &[(0, 1), (1, 2), (2, 3)]);
        assert!(g.warnings.is_empty());
    }

    #[test]
    fn repeated_edge_in_either_orientation_is_merged_with_a_warning() {
        let g = parse("p col 3 3\ne 1 2\ne 2 1\ne 2 3\n", "t.col").unwrap();
        assert_eq!(g.edges.len(), 2);
        assert_eq!(g.warnings[0].line, 3);
        assert!(g.warnings.iter().any(|w| w.message.contains("announces 3")));
    }

    fn error_line(text: &str) -> (usize, String) {
        let e = parse(text, "t.col").unwrap_err();
        (e.line().unwrap(), e.to_string())
    }

    #[test]
    fn malformed_lines_are_errors_with_their_line() {
        assert_eq!(error_line("e 1 2\n").0, 1);
        assert_eq!(error_line("p edge 3 1\nc ok\ne 1 4\n").0, 3);
        assert_eq!(error_line("p edge 3 1\ne 2 2\n").0, 2);
        assert_eq!(error_line("p edge 3 1\ne 1 x\n").0, 2);
        assert_eq!(error_line("p edge 3 1\ne 1\n").0, 2);
        assert_eq!(error_line("p edge 3 1\ne 1 2 3\n").0, 2);
        assert_eq!(error_line("p edge 3 1\np edge 3 1\n").0, 2);
        assert_eq!(error_line("p edge 3 1\nn 1 5\n").0, 2);
        assert_eq!(error_line("p matrix 3 1\n").0, 1);
        assert_eq!(error_line("p edge 0 0\n").0, 1);
        let (line, msg) = error_line("c only\n");
        assert_eq!(line, 1);
        assert!(msg.contains("no 'p edge"), "{msg}");
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_text_never_panics(text in "\\PC{0,300}") {
            let _ = parse(&text, "fuzz.col");
        }

        #[test]
        fn accepted_graphs_have_edges_in_range_and_oriented(
            lines in proptest::collection::vec(
                proptest::prop_oneof![
                    (0u32..6, 0u32..12).prop_map(|(n, m)| format!("p edge {n} {m}")),
                    (0u32..8, 0u32..8).prop_map(|(u, v)| format!("e {u} {v}")),
                    proptest::strategy::Just("c note".to_string()),
                    proptest::strategy::Just(String::new()),
                ],
                0..20,
            )
        ) {
            if let Ok(g) = parse(&lines.join("\n"), "fuzz.col") {
                let n = g.vertices;
                proptest::prop_assert!(n >= 1);
                for &(u, v) in &g.edges[..] {
                    proptest::prop_assert!(u < v && v < n);
                }
            }
        }
    }

    #[test]
    fn error_message_names_file_line_and_token() {
        let (_, msg) = error_line("p edge 3 1\ne 1 -2\n");
        assert!(msg.starts_with("t.col:2:"), "{msg}");
        assert!(msg.contains("'-2'"), "{msg}");
    }
}
