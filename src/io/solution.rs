//! Solution files (being written).
