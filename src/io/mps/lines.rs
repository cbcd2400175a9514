//! Splitting MPS text into lines: the [`Lines`] iterator, which finds each
//! `\n` eight bytes at a time, and [`section_data_lines`], which counts the
//! data lines of a section before it is read so the reader can reserve
//! room for them.

/// The number of lines at the start of `rest` (the text after a section
/// header) before the next header, counting only those long enough to be
/// a data line (a blank, a type and a name: 4 bytes or more) and not
/// comments. It counts lines that are there, so capacities sized from it
/// are bounded by the text's own length, whatever the file claims.
pub(super) fn section_data_lines(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    let mut i = 0;
    let mut count = 0;
    while i < bytes.len() {
        let first = bytes[i];
        if first == b'*' {
            // A comment line.
        } else if first.is_ascii_whitespace() {
            // Counted below if long enough.
        } else {
            break;
        }
        let end = find_newline(&bytes[i..]).map_or(bytes.len(), |k| i + k);
        if first != b'*' && end - i >= 4 {
            count += 1;
        }
        i = end + 1;
    }
    count
}

/// The pieces of `text` between `\n` bytes, like `text.split('\n')`
/// (a final empty piece after a trailing `\n` included), found eight bytes
/// at a time.
pub(super) struct Lines<'a> {
    pub(super) text: &'a str,
    /// Where the next line starts; `None` once the last piece was returned.
    pub(super) start: Option<usize>,
}

impl<'a> Lines<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Lines {
            text,
            start: Some(0),
        }
    }

    /// The text not yet returned.
    pub(super) fn rest(&self) -> &'a str {
        self.start.map_or("", |start| &self.text[start..])
    }
}

/// The index of the first `\n` in `bytes`, if any.
#[inline]
fn find_newline(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let newlines = ONES * u64::from(b'\n');
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word) ^ newlines;
        // The lowest set high bit marks the first zero byte of `x` exactly
        // (borrows only create false marks above a true one).
        let zero = x.wrapping_sub(ONES) & !x & HIGHS;
        if zero != 0 {
            return Some(offset + (zero.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == b'\n')
        .map(|k| offset + k)
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let start = self.start?;
        let rest = &self.text.as_bytes()[start..];
        match find_newline(rest) {
            Some(k) => {
                self.start = Some(start + k + 1);
                // `\n` is ASCII, so both ends are char boundaries.
                Some(&self.text[start..start + k])
            }
            None => {
                self.start = None;
                Some(&self.text[start..])
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lines;

    #[test]
    fn lines_split_like_str_split_at_every_length_and_position() {
        let mut texts = vec![String::new(), "\n".into(), "\n\n".into(), "ab\r\n".into()];
        for len in 0..40 {
            for at in 0..len {
                let mut t: Vec<u8> = (0..len).map(|k| b'a' + (k % 26) as u8).collect();
                t[at] = b'\n';
                if at + 9 < len {
                    t[at + 9] = b'\n';
                }
                texts.push(String::from_utf8(t).unwrap());
            }
        }
        texts.push("é\nü\n€ x\n".into());
        for text in &texts {
            let ours: Vec<&str> = Lines::new(text).collect();
            let std: Vec<&str> = text.split('\n').collect();
            assert_eq!(ours, std, "{text:?}");
        }
    }
}
