//! The reported points of a unit for the trend charts (to be filled in).
