//! `atlas`: the Shrinkage Atlas on the command line, for researchers and
//! scripts. The bundle (`public/data/atlas.json`) is compiled in, so the
//! binary works from any directory. See [`args::USAGE`].
//!
//! Exit codes: 0 success, 2 bad arguments, unknown unit or rejected weights
//! (one line on stderr saying what was wrong).

mod args;
mod commands;
mod lookup;
mod output;
mod record;

use std::io::Write;
use std::process::ExitCode;

/// The data files the app ships, embedded at compile time.
const FILES: commands::Files = commands::Files {
    atlas: include_str!("../../../public/data/atlas.json"),
    details: include_str!("../../../public/data/details.json"),
    cohorts: include_str!("../../../public/data/cohorts.json"),
};

fn main() -> ExitCode {
    let result = args::parse(std::env::args_os().skip(1))
        .and_then(|command| commands::run(&command, &FILES));
    match result {
        Ok(text) => {
            // A closed pipe (`atlas list | head`) is the reader's choice, not
            // an error worth a panic or a message.
            let mut stdout = std::io::stdout().lock();
            let _ = stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("atlas: {message}");
            ExitCode::from(2)
        }
    }
}
