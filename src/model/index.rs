//! The criteria index: which files of the served `questionnaires/` folder the app offers.
//!
//! `questionnaires/index.txt` names one criteria file per line, in the order shown; blank lines
//! and `#` comments are ignored. A scheme owner who hosts the app publishes new criteria by
//! adding the file and its line, without rebuilding. Only plain file names in that same folder
//! are accepted, so an index can never make the app fetch from anywhere else.

use crate::diag::Diagnostic;

/// The file names listed in an index, and a located diagnostic for every line refused.
pub fn parse_index(text: &str) -> (Vec<String>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let name = line.trim();
        if name.is_empty() || name.starts_with('#') {
            continue;
        }
        let plain = name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        let yaml = name.ends_with(".yaml") || name.ends_with(".yml");
        if !plain || !yaml || name.starts_with('.') {
            let column = line.len() - line.trim_start().len() + 1;
            diagnostics.push(
                Diagnostic::error("invalid-index-entry", "", format!("`{name}` is not a criteria file name"))
                    .with_hint(
                        "list plain `.yaml` file names of this folder, one per line, such as `postal-security.yaml`",
                    )
                    .at(number + 1, column),
            );
        } else if files.iter().any(|f| f == name) {
            diagnostics.push(
                Diagnostic::warning("duplicate-index-entry", "", format!("`{name}` is listed twice"))
                    .with_hint("list each file once")
                    .at(number + 1, 1),
            );
        } else {
            files.push(name.to_owned());
        }
    }
    (files, diagnostics)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_plain_yaml_names_and_refuses_paths() {
        let (files, diagnostics) = parse_index(
            "# bundled\npostal-security.yaml\n\n  demo.yml\n../secret.yaml\nhttps://x.test/a.yaml\ndemo.yml\n",
        );
        assert_eq!(files, ["postal-security.yaml", "demo.yml"]);
        let found: Vec<_> = diagnostics.iter().map(|d| (d.code, d.line)).collect();
        assert_eq!(
            found,
            [("invalid-index-entry", Some(5)), ("invalid-index-entry", Some(6)), ("duplicate-index-entry", Some(7))]
        );
    }
}
