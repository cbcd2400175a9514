//! [`Names`]: the names of a problem's variables or rows, kept in one
//! string with the end of each name beside it, so a problem with a million
//! names holds two allocations rather than a million.

use std::fmt;

/// An ordered list of names stored back to back in one `String`.
///
/// Name `i` is `text[ends[i - 1]..ends[i]]` (from 0 for the first).
/// [`Problem::var_names`](super::Problem::var_names) and
/// [`Problem::row_names`](super::Problem::row_names) return it; it is read
/// like a slice of `&str`:
///
/// ```
/// use symbreak::model::{ProblemBuilder, VarKind};
/// let mut b = ProblemBuilder::new("p");
/// b.add_var("x", VarKind::Continuous, 0.0, 1.0, 0.0).unwrap();
/// b.add_var("y", VarKind::Continuous, 0.0, 1.0, 0.0).unwrap();
/// let p = b.build().unwrap();
/// let names = p.var_names();
/// assert_eq!(names.len(), 2);
/// assert_eq!(names.get(1), Some("y"));
/// assert_eq!(&names[0], "x");
/// assert_eq!(names.iter().collect::<Vec<_>>(), ["x", "y"]);
/// assert_eq!(*names, ["x", "y"]);
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Names {
    text: String,
    ends: Vec<usize>,
}

impl Names {
    /// An empty list.
    pub fn new() -> Self {
        Names::default()
    }

    /// The number of names.
    #[inline]
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True if there are no names.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Name `i`, or `None` past the end.
    #[inline]
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        // Every end was taken after pushing a whole `&str`, so both ends
        // are char boundaries.
        Some(&self.text[start..end])
    }

    /// The last name, if any.
    pub fn last(&self) -> Option<&str> {
        self.len().checked_sub(1).and_then(|i| self.get(i))
    }

    /// The names in order.
    pub fn iter(&self) -> NamesIter<'_> {
        NamesIter {
            names: self,
            next: 0,
        }
    }

    /// Room for `names` more names of `bytes` bytes in all.
    pub(crate) fn reserve(&mut self, names: usize, bytes: usize) {
        self.ends.reserve(names);
        self.text.reserve(bytes);
    }

    /// Appends `name`.
    #[inline]
    pub(crate) fn push(&mut self, name: &str) {
        self.text.push_str(name);
        self.ends.push(self.text.len());
    }

    /// Removes the last name, if any.
    pub(crate) fn pop(&mut self) {
        if self.ends.pop().is_some() {
            let end = self.ends.last().copied().unwrap_or(0);
            self.text.truncate(end);
        }
    }
}

impl std::ops::Index<usize> for Names {
    type Output = str;

    /// Name `i`.
    ///
    /// # Panics
    /// If `i >= self.len()`, like a slice.
    #[inline]
    fn index(&self, i: usize) -> &str {
        match self.get(i) {
            Some(name) => name,
            None => panic!("name index {i} out of range for {} names", self.ends.len()),
        }
    }
}

impl fmt::Debug for Names {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<S: AsRef<str>> PartialEq<[S]> for Names {
    fn eq(&self, other: &[S]) -> bool {
        self.len() == other.len() && self.iter().zip(other).all(|(a, b)| a == b.as_ref())
    }
}

impl<S: AsRef<str>, const N: usize> PartialEq<[S; N]> for Names {
    fn eq(&self, other: &[S; N]) -> bool {
        *self == other[..]
    }
}

impl<S: AsRef<str>, const N: usize> PartialEq<[S; N]> for &Names {
    fn eq(&self, other: &[S; N]) -> bool {
        **self == other[..]
    }
}

impl<S: AsRef<str>> PartialEq<Vec<S>> for Names {
    fn eq(&self, other: &Vec<S>) -> bool {
        *self == other[..]
    }
}

impl<'n> IntoIterator for &'n Names {
    type Item = &'n str;
    type IntoIter = NamesIter<'n>;

    fn into_iter(self) -> NamesIter<'n> {
        self.iter()
    }
}

impl<S: AsRef<str>> FromIterator<S> for Names {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Self {
        let mut names = Names::new();
        for name in iter {
            names.push(name.as_ref());
        }
        names
    }
}

/// The names of a [`Names`] in order (from [`Names::iter`]).
#[derive(Clone, Debug)]
pub struct NamesIter<'n> {
    names: &'n Names,
    next: usize,
}

impl<'n> Iterator for NamesIter<'n> {
    type Item = &'n str;

    #[inline]
    fn next(&mut self) -> Option<&'n str> {
        let name = self.names.get(self.next)?;
        self.next += 1;
        Some(name)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.names.len() - self.next;
        (left, Some(left))
    }
}

impl ExactSizeIterator for NamesIter<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_get_pop_and_compare_like_a_vector_of_strings() {
        let mut names = Names::new();
        assert!(names.is_empty());
        assert_eq!(names.get(0), None);
        for name in ["a", "", "bcd", "é€"] {
            names.push(name);
        }
        assert_eq!(names.len(), 4);
        assert_eq!(names, ["a", "", "bcd", "é€"]);
        assert_eq!(names.get(1), Some(""));
        assert_eq!(&names[3], "é€");
        assert_eq!(names.last(), Some("é€"));
        assert_eq!(names.iter().len(), 4);
        names.pop();
        assert_eq!(names, vec!["a", "", "bcd"]);
        names.push("z");
        assert_eq!(names.iter().collect::<Vec<_>>(), ["a", "", "bcd", "z"]);
        let copy: Names = names.iter().collect();
        assert_eq!(copy, names);
        assert_eq!(format!("{names:?}"), r#"["a", "", "bcd", "z"]"#);
        let mut empty = Names::new();
        empty.pop();
        assert!(empty.is_empty());
    }
}
