//! Small components shared by several views.

pub mod search;
