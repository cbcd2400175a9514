//! Unit tests of the MPS reader and writer.
