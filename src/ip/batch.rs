//! `ip -batch FILE` / `ip -batch -`: one command per line, `Command failed FILE:LINE`, `-force`.

use super::opts::Opts;
use crate::cli::Args;
use crate::error::{exit, io_text, Error, Result};
use std::io::{BufRead, BufReader, Read};

/// Split a batch line into words: blanks separate, "..." and '...' quote, `#` starts a comment.
pub fn split_line(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_ascii_whitespace()) {
            chars.next();
        }
        let Some(&c) = chars.peek() else { break };
        if c == '#' {
            break;
        }
        let mut w = String::new();
        if c == '"' || c == '\'' {
            chars.next();
            for d in chars.by_ref() {
                if d == c {
                    break;
                }
                w.push(d);
            }
        } else {
            while let Some(&d) = chars.peek() {
                if d.is_ascii_whitespace() {
                    break;
                }
                w.push(d);
                chars.next();
            }
        }
        words.push(w);
    }
    words
}

/// Run the lines of `file` (`-`: stdin) through `do_cmd`, the `ip` command runner.
pub fn run(file: &str, opts: &Opts, do_cmd: fn(&mut Args, &Opts) -> Result<()>) -> Result<()> {
    let input: Box<dyn Read> = if file == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(file).map_err(|e| {
            Error::ip_fail(format_args!(
                "Cannot open file \"{file}\" for reading: {}",
                io_text(&e)
            ))
        })?)
    };
    let mut opts = opts.clone();
    opts.batch = true;
    let mut failed = false;
    let mut lines = BufReader::new(input).lines();
    let mut n = 0;
    while let Some(line) = lines.next() {
        let mut line = line.map_err(|e| Error::ip_fail(io_text(&e)))?;
        n += 1;
        // a trailing backslash continues the command on the next line
        while line.ends_with('\\') {
            line.pop();
            match lines.next() {
                Some(next) => {
                    line.push_str(&next.map_err(|e| Error::ip_fail(io_text(&e)))?);
                    n += 1;
                }
                None => break,
            }
        }
        let words = split_line(&line);
        if words.is_empty() {
            continue;
        }
        let mut args = Args::from_strs(&words);
        if let Err(e) = do_cmd(&mut args, &opts) {
            // usage-type errors end the whole run, like the reference's exit(-1)
            if e.code == 255 {
                return Err(e);
            }
            eprint!("{}", e.text);
            eprintln!("Command failed {file}:{n}");
            failed = true;
            if !opts.force {
                return Err(Error::exit(exit::IP_FAIL));
            }
        }
    }
    if failed {
        Err(Error::exit(exit::IP_FAIL))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::split_line;

    #[test]
    fn words_quotes_and_comments() {
        assert_eq!(split_line("  netns  add red "), ["netns", "add", "red"]);
        assert_eq!(split_line("netns add \"b c\""), ["netns", "add", "b c"]);
        assert_eq!(
            split_line("netns add 'x y' z"),
            ["netns", "add", "x y", "z"]
        );
        assert!(split_line("# comment").is_empty());
        assert!(split_line("").is_empty());
        assert_eq!(split_line("netns list # tail"), ["netns", "list"]);
    }
}
