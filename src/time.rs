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

    /// The inverse of [`Timestamp::rfc3339`]: only its exact form (`2026-11-24T10:00:00Z`) is read.
    pub fn from_rfc3339(text: &str) -> Option<Timestamp> {
        let bytes = text.as_bytes();
        let separators = [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':'), (19, b'Z')];
        if bytes.len() != 20 || separators.iter().any(|&(at, byte)| bytes[at] != byte) {
            return None;
        }
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        Timestamp::from_pdf_date(&format!("D:{digits}Z"))
    }

    /// The inverse of [`Timestamp::pdf_date`]: only its exact form (UTC, every field) is read.
    pub fn from_pdf_date(text: &str) -> Option<Timestamp> {
        let digits = text.strip_prefix("D:")?.strip_suffix('Z')?;
        if digits.len() != 14 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let field = |range: std::ops::Range<usize>| digits[range].parse::<i64>().ok();
        let (year, month, day) = (field(0..4)?, field(4..6)?, field(6..8)?);
        let (hour, minute, second) = (field(8..10)?, field(10..12)?, field(12..14)?);
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 || second > 59 {
            return None;
        }
        // Civil date to days in the proleptic Gregorian calendar (eras of 400 years).
        let shifted_year = if month <= 2 { year - 1 } else { year };
        let era = shifted_year.div_euclid(400);
        let year_of_era = shifted_year.rem_euclid(400);
        let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        let days = era * 146_097 + day_of_era - 719_468;
        let time = Timestamp(days * 86_400 + hour * 3600 + minute * 60 + second);
        // A day that the month does not have (e.g. February 30) does not come back unchanged.
        (time.pdf_date() == text).then_some(time)
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

    #[test]
    fn pdf_dates_read_back() {
        for seconds in [0, 951_782_400, 1_795_516_200, 4_107_542_399, -86_401] {
            assert_eq!(Timestamp::from_pdf_date(&Timestamp(seconds).pdf_date()), Some(Timestamp(seconds)));
            assert_eq!(Timestamp::from_rfc3339(&Timestamp(seconds).rfc3339()), Some(Timestamp(seconds)));
        }
        for wrong in ["D:20260230103000Z", "D:2026112410300Z", "20261124103000Z", "D:20261124103000+01'00'"] {
            assert_eq!(Timestamp::from_pdf_date(wrong), None, "{wrong}");
        }
        for wrong in
            ["2026-11-24T10:30:00+01:00", "2026-11-24 10:30:00Z", "2026-02-30T10:30:00Z", "2026-1-24T10:30:00Z"]
        {
            assert_eq!(Timestamp::from_rfc3339(wrong), None, "{wrong}");
        }
    }
}
