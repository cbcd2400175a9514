//! The words and characters of the LP format: which bytes make a name,
//! which words open a section, which words can never be a variable.
//!
//! Reader and writer share these tables, so what the writer accepts as a
//! name is exactly what the reader reads back as that name.

/// Punctuation that may start a name: CPLEX's list, with `.` (CPLEX's
/// documentation forbids a leading `.`, but HiGHS and SCIP write and read
/// such names; a `.` followed by a digit starts a number instead).
const NAME_PUNCT: &[u8] = b"!\"#$%&()/,;?@_`'{}|~.";

/// Byte classes: bit 0 = may start a name, bit 1 = may continue a name.
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphabetic() {
            t[b] = 3;
        } else if c.is_ascii_digit() {
            t[b] = 2;
        }
        b += 1;
    }
    let mut i = 0;
    while i < NAME_PUNCT.len() {
        t[NAME_PUNCT[i] as usize] = 3;
        i += 1;
    }
    t
};

/// True if `b` may be the first byte of a name.
#[inline]
pub(super) fn is_name_start(b: u8) -> bool {
    CLASS[b as usize] & 1 != 0
}

/// True if `b` may follow the first byte of a name.
#[inline]
pub(super) fn is_name_char(b: u8) -> bool {
    CLASS[b as usize] & 2 != 0
}

/// A section of an LP file, as named by its header line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Section {
    /// `Minimize`, `Minimum`, `Min`.
    Minimize,
    /// `Maximize`, `Maximum`, `Max`.
    Maximize,
    /// `Subject To`, `Such That`, `st`, `s.t.`.
    SubjectTo,
    /// `Bounds`, `Bound`.
    Bounds,
    /// `General`, `Generals`, `Gen`, `Integer`, `Integers`.
    General,
    /// `Binary`, `Binaries`, `Bin`.
    Binary,
    /// `End`.
    End,
    /// `Semi-Continuous`, `Semi`, `Semis`: the semi-continuous variables
    /// (HiGHS writes a `semi` section, often empty, into every LP file).
    SemiContinuous,
    /// A CPLEX section this reader does not support (`SOS`): rejected
    /// rather than misread.
    Unsupported,
}

impl Section {
    /// The canonical spelling, for messages.
    pub(super) fn title(self) -> &'static str {
        match self {
            Section::Minimize => "Minimize",
            Section::Maximize => "Maximize",
            Section::SubjectTo => "Subject To",
            Section::Bounds => "Bounds",
            Section::General => "General",
            Section::Binary => "Binary",
            Section::End => "End",
            Section::SemiContinuous => "Semi-Continuous",
            Section::Unsupported => "(unsupported section)",
        }
    }
}

/// How a word at the start of a line may open a section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum HeaderWord {
    /// The word alone is the header.
    Alone(Section),
    /// The word is the header only when the next word on the same line is
    /// the given one (`subject to`, `such that`).
    Then(&'static str, Section),
}

/// The section a word opens when it starts a line (case-insensitive), if any.
pub(super) fn header_word(word: &str) -> Option<HeaderWord> {
    if word.len() > 8 || word.is_empty() {
        return None;
    }
    let mut buf = [0u8; 8];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    use HeaderWord::{Alone, Then};
    Some(match &*lower {
        b"minimize" | b"minimum" | b"min" => Alone(Section::Minimize),
        b"maximize" | b"maximum" | b"max" => Alone(Section::Maximize),
        b"subject" => Then("to", Section::SubjectTo),
        b"such" => Then("that", Section::SubjectTo),
        b"st" | b"s.t." | b"s.t" => Alone(Section::SubjectTo),
        b"bounds" | b"bound" => Alone(Section::Bounds),
        b"general" | b"generals" | b"gen" | b"integer" | b"integers" => Alone(Section::General),
        b"binary" | b"binaries" | b"bin" => Alone(Section::Binary),
        b"end" => Alone(Section::End),
        b"semi" | b"semis" => Alone(Section::SemiContinuous),
        b"sos" | b"sos1" | b"sos2" => Alone(Section::Unsupported),
        _ => return None,
    })
}

/// True for `inf` and `infinity` (case-insensitive): infinite values in
/// bounds and right-hand sides, never names of variables.
pub(super) fn is_infinity_word(word: &str) -> bool {
    word.eq_ignore_ascii_case("inf") || word.eq_ignore_ascii_case("infinity")
}

/// True for words that can never be a variable: `inf`, `infinity`, `nan`.
pub(super) fn is_reserved_value_word(word: &str) -> bool {
    is_infinity_word(word) || word.eq_ignore_ascii_case("nan")
}

/// Why `name` cannot be written as an LP identifier, or `None` if it can.
///
/// The alphabet: the first character is an ASCII letter or one of
/// ``! " # $ % & ( ) / , ; ? @ _ ` ' { } | ~ .`` (but not `.` followed by a
/// digit, which starts a number); later characters may also be ASCII
/// digits.
pub(super) fn identifier_problem(name: &str) -> Option<String> {
    let bytes = name.as_bytes();
    let Some(&first) = bytes.first() else {
        return Some("it is empty".to_string());
    };
    if !is_name_start(first) {
        return Some(format!(
            "it starts with {:?}, which cannot start an LP name",
            name.chars().next().unwrap_or(' ')
        ));
    }
    if first == b'.' && bytes.get(1).is_some_and(u8::is_ascii_digit) {
        return Some("it starts with '.' and a digit, which reads as a number".to_string());
    }
    label_problem(name)
}

/// Why `name` cannot be written as a label (`name:`, the name of a row or
/// of the objective), or `None` if it can: any non-empty run of name
/// characters, including ones that start with a digit (`001:`), since a
/// `:` directly after it makes it a label.
pub(super) fn label_problem(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("it is empty".to_string());
    }
    if let Some(bad) = name
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii() && is_name_char(c as u8)))
    {
        return Some(format!(
            "it contains {:?}, which an LP name cannot contain",
            bad.1
        ));
    }
    None
}

/// Why `name` cannot be written as a variable name, or `None` if it can.
///
/// Beyond the identifier alphabet, a variable cannot be called `inf`,
/// `infinity` or `nan`, nor any word that opens a section when it starts a
/// line (the writer puts variable names at line starts in the `General` and
/// `Binary` sections): `minimize minimum min maximize maximum max subject
/// such st s.t s.t. bounds bound general generals gen integer integers
/// binary binaries bin end semi semis sos sos1 sos2` (all case-insensitive).
pub(super) fn variable_name_problem(name: &str) -> Option<String> {
    if let Some(why) = identifier_problem(name) {
        return Some(why);
    }
    if is_reserved_value_word(name) {
        return Some("it is a reserved value word (inf, infinity, nan)".to_string());
    }
    if header_word(name).is_some() {
        return Some("it is an LP section keyword".to_string());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_alphabet_matches_the_documented_one() {
        for c in b"aZ!\"#$%&()/,;?@_`'{}|~." {
            assert!(is_name_start(*c), "{}", *c as char);
        }
        for c in b"09" {
            assert!(!is_name_start(*c) && is_name_char(*c));
        }
        for c in b" +-*^:<>=[]\\\t\n\x7f" {
            assert!(!is_name_char(*c), "{}", *c as char);
        }
        assert!(!is_name_char(0xc3));
    }

    #[test]
    fn headers_are_case_insensitive_and_multiword_ones_need_their_second_word() {
        assert_eq!(
            header_word("MINIMIZE"),
            Some(HeaderWord::Alone(Section::Minimize))
        );
        assert_eq!(
            header_word("Max"),
            Some(HeaderWord::Alone(Section::Maximize))
        );
        assert_eq!(
            header_word("S.T."),
            Some(HeaderWord::Alone(Section::SubjectTo))
        );
        assert_eq!(
            header_word("Subject"),
            Some(HeaderWord::Then("to", Section::SubjectTo))
        );
        assert_eq!(
            header_word("Integers"),
            Some(HeaderWord::Alone(Section::General))
        );
        assert_eq!(header_word("free"), None);
        assert_eq!(header_word("maximizer"), None);
        assert_eq!(header_word("generalsx"), None);
    }

    #[test]
    fn writer_name_rules() {
        assert_eq!(variable_name_problem("x_1.a(b)"), None);
        assert_eq!(variable_name_problem("e12"), None);
        assert_eq!(variable_name_problem("free"), None);
        assert!(variable_name_problem("1x").is_some());
        assert_eq!(variable_name_problem(".x"), None);
        assert_eq!(variable_name_problem("..."), None);
        assert!(variable_name_problem(".5x").is_some());
        assert!(variable_name_problem("a b").is_some());
        assert!(variable_name_problem("a:b").is_some());
        assert!(variable_name_problem("a-b").is_some());
        assert!(variable_name_problem("INF").is_some());
        assert!(variable_name_problem("NaN").is_some());
        assert!(variable_name_problem("End").is_some());
        assert!(variable_name_problem("").is_some());
        assert!(variable_name_problem("größe").is_some());
        assert_eq!(identifier_problem("end"), None);
        assert_eq!(label_problem("001"), None);
        assert_eq!(label_problem(".5"), None);
        assert_eq!(label_problem("1.0.0"), None);
        assert!(label_problem("").is_some());
        assert!(label_problem("a:b").is_some());
        assert!(label_problem("1 2").is_some());
    }
}
