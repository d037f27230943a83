//! The gap register as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they
//! hold a comma, a quote or a line break, quotes doubled), for a remediation plan in a
//! spreadsheet. One header row, then one row per gap in priority order.
//!
//! Texts come from files other people wrote, and spreadsheets run a cell that starts with `=`,
//! `+`, `-` or `@` as a formula (CSV injection): such a field is written with a leading `'`,
//! which spreadsheets show as text and hide.

use super::Report;

const HEADER: [&str; 8] =
    ["priority", "id", "section", "critical", "answer", "impact_points", "requirement", "remediation"];

/// The report's gap register as CSV text (UTF-8).
pub fn gap_register(report: &Report) -> String {
    let mut out = String::new();
    push_record(&mut out, &HEADER);
    for gap in &report.gaps {
        let priority = gap.rank.to_string();
        let impact = format!("{:.1}", gap.impact_points);
        let critical = if gap.critical { "yes" } else { "no" };
        // A bilingual report's criteria texts: one line per language.
        let [section, answer, requirement, remediation] =
            [&gap.section_title, &gap.answer, &gap.requirement, &gap.remediation].map(|texts| texts.joined("\n"));
        push_record(
            &mut out,
            &[&priority, &gap.criterion_id, &section, critical, &answer, &impact, &requirement, &remediation],
        );
    }
    out
}

fn push_record(out: &mut String, fields: &[&str]) {
    for (index, field) in fields.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        let guarded;
        let field = if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            guarded = format!("'{field}");
            guarded.as_str()
        } else {
            field
        };
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::push_record;

    #[test]
    fn quotes_only_what_needs_it() {
        let mut out = String::new();
        push_record(&mut out, &["plain", "a,b", "say \"hi\"", "two\nlines", "élevé", ""]);
        assert_eq!(out, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",élevé,\r\n");
    }

    #[test]
    fn formulas_are_written_as_text() {
        let mut out = String::new();
        push_record(&mut out, &["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "a=b", "3.5"]);
        assert_eq!(out, "\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),'\tx,a=b,3.5\r\n");
    }
}
