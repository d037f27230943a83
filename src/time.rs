//! Calendar formatting of a moment in time that the caller supplies.
//!
//! The core never reads a clock (so output is reproducible): the CLI and the browser take the
//! current time and pass a [`Timestamp`] in.

/// Seconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// (year, month, day, hour, minute, second) in UTC.
    pub fn civil(self) -> (i64, u32, u32, u32, u32, u32) {
        let days = self.0.div_euclid(86_400);
        let seconds = self.0.rem_euclid(86_400) as u32;
        // Days to civil date in the proleptic Gregorian calendar (eras of 400 years).
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_index = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u32;
        let month = if month_index < 10 { month_index + 3 } else { month_index - 9 } as u32;
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        (year, month, day, seconds / 3600, seconds / 60 % 60, seconds % 60)
    }

    /// `2026-11-24T10:00:00Z`
    pub fn rfc3339(self) -> String {
        let (y, mo, d, h, mi, s) = self.civil();
        format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
    }

    /// `2026-11-24`
    pub fn date(self) -> String {
        let (y, mo, d, ..) = self.civil();
        format!("{y:04}-{mo:02}-{d:02}")
    }

    /// `2026-11-24 10:00 UTC`
    pub fn human(self) -> String {
        let (y, mo, d, h, mi, _) = self.civil();
        format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02} UTC")
    }

    /// A PDF date string, `D:20261124100000Z`.
    pub fn pdf_date(self) -> String {
        let (y, mo, d, h, mi, s) = self.civil();
        format!("D:{y:04}{mo:02}{d:02}{h:02}{mi:02}{s:02}Z")
    }
}

#[cfg(test)]
mod tests {
    use super::Timestamp;

    #[test]
    fn formats_known_moments() {
        assert_eq!(Timestamp(0).rfc3339(), "1970-01-01T00:00:00Z");
        assert_eq!(Timestamp(951_782_400).date(), "2000-02-29");
        assert_eq!(Timestamp(1_795_516_200).rfc3339(), "2026-11-24T10:30:00Z");
        assert_eq!(Timestamp(1_795_516_200).pdf_date(), "D:20261124103000Z");
    }
}
