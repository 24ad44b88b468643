//! What drives a result (to be filled in).
