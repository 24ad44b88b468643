//! Small components shared by several views.

pub mod embed_code;
pub mod feedback_diagram;
pub mod loading;
pub mod print;
pub mod search;
pub mod share;
pub mod simple_table;
pub mod track_record;
pub mod upload;
