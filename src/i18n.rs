//! The message catalog: every word the app says, in each language it speaks, from the Fluent
//! files of `locales/<language>/` compiled in (so everything works offline).
//!
//! Messages take named values ([`Args`]); plural forms come from Fluent's CLDR plural rules, and
//! the number format (decimal separator, percent sign and its spacing) from the catalog itself,
//! so that a translator owns every choice of a language. A message missing from a language falls
//! back to English (`tests/it/catalog.rs` keeps that from happening).
//!
//! [`Lang::Pseudo`] is a test language made from the English catalog as it is read: every
//! letter of its texts accented, each message about 40 % longer and bracketed (`⟦Ñéẋţ šéćţîöñ
//! ~~~~~⟧`), so that a word the catalog did not provide, a cut-off text or a layout that cannot
//! take longer words shows on screen. It has no catalog of its own and is not in the language
//! switch; the app speaks it when the remembered language is `qps` (locales/README.md).

use std::cell::OnceCell;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// A language the catalog has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Fr,
    Zh,
    /// The pseudo-language (`qps-ploc`): English, transformed (see the module's notes).
    Pseudo,
}

/// The pseudo-language's BCP 47 code (a private-use code that Windows also uses for it).
const PSEUDO_CODE: &str = "qps-ploc";

/// Every language with its BCP 47 code, its own name (what the language switch shows) and its
/// catalog of the app's words. A fourth language is one more row here (and in
/// [`REPORT_CATALOGS`]) and one more folder in `locales/`.
pub const LANGUAGES: [(Lang, &str, &str, &str); 3] = [
    (Lang::En, "en", "English", include_str!("../locales/en/app.ftl")),
    (Lang::Fr, "fr", "Français", include_str!("../locales/fr/app.ftl")),
    (Lang::Zh, "zh", "中文", include_str!("../locales/zh/app.ftl")),
];

/// The report's words in each language, in the order of [`LANGUAGES`] (`locales/<language>/
/// report.ftl`): only where reports are made (feature `pdf`: the CLI and the PDF worker), so
/// that the page, which never makes one, does not download them.
#[cfg(feature = "pdf")]
pub const REPORT_CATALOGS: [&str; LANGUAGES.len()] = [
    include_str!("../locales/en/report.ftl"),
    include_str!("../locales/fr/report.ftl"),
    include_str!("../locales/zh/report.ftl"),
];

impl Lang {
    /// The row of `LANGUAGES` whose catalog this language speaks (English's for the
    /// pseudo-language).
    fn row(self) -> &'static (Lang, &'static str, &'static str, &'static str) {
        let lang = if self == Lang::Pseudo { Lang::En } else { self };
        LANGUAGES.iter().find(|row| row.0 == lang).expect("every language has its row")
    }

    /// The BCP 47 code (`en`, `fr`, `zh`, `qps-ploc`), as in criteria files' `languages`.
    pub fn code(self) -> &'static str {
        if self == Lang::Pseudo {
            PSEUDO_CODE
        } else {
            self.row().1
        }
    }

    /// The language's name in itself (English, Français, 中文; English's for the pseudo-language,
    /// which the switch does not list).
    pub fn own_name(self) -> &'static str {
        self.row().2
    }

    /// The language of a code: exact, or by its primary subtag (`fr-CA` → French, `zh-Hans-CN`
    /// → Chinese, `qps` → the pseudo-language).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        if primary == "qps" {
            return Some(Lang::Pseudo);
        }
        LANGUAGES.iter().find(|row| row.1 == primary).map(|row| row.0)
    }

    /// The first of the user's preferred languages (e.g. `navigator.languages`) that the catalog
    /// has; English otherwise.
    pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred.iter().find_map(|code| Lang::from_code(code.as_ref())).unwrap_or(Lang::En)
    }

    /// Where this language's bundle is kept: its row, or the one after the table.
    fn index(self) -> usize {
        LANGUAGES.iter().position(|row| row.0 == self).unwrap_or(LANGUAGES.len())
    }
}

/// Named values for a message: `Args::new().with("count", 3).with("file", "a.yaml")`.
#[derive(Default)]
pub struct Args<'a>(FluentArgs<'a>);

impl<'a> Args<'a> {
    pub fn new() -> Self {
        Args(FluentArgs::new())
    }

    /// Adds a named value: a number (plural rules select on it) or a text.
    pub fn with(mut self, name: &'a str, value: impl Into<FluentValue<'a>>) -> Self {
        self.0.set(name, value);
        self
    }
}

thread_local! {
    static BUNDLES: [OnceCell<FluentBundle<FluentResource>>; LANGUAGES.len() + 1] = Default::default();
}

fn bundle_for(lang: Lang) -> FluentBundle<FluentResource> {
    let &(_, code, _, source) = lang.row();
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(resource, _)| resource);
    let id = code.parse().expect("the catalog's language codes are valid");
    let mut bundle = FluentBundle::new(vec![id]);
    // No Unicode isolation marks around values: the languages here are all left to right, and
    // marks would land in file names, the PDF and the tests' text.
    bundle.set_use_isolating(false);
    if lang == Lang::Pseudo {
        // Text elements only: values, selectors and their keys stay as they are.
        bundle.set_transform(Some(accented));
    }
    // Errors (a message defined twice) keep the first definition; the catalog test reports them.
    let _ = bundle.add_resource(resource);
    #[cfg(feature = "pdf")]
    {
        let row = LANGUAGES.iter().position(|row| row.1 == code).unwrap_or(0);
        let report = FluentResource::try_new(REPORT_CATALOGS[row].to_owned()).unwrap_or_else(|(resource, _)| resource);
        let _ = bundle.add_resource(report);
    }
    bundle
}

/// The message `id` in `lang` with `args`, falling back to English, then to the id itself.
pub fn message(lang: Lang, id: &str, args: &Args) -> String {
    resolve(lang, id, Some(&args.0)).or_else(|| resolve(Lang::En, id, Some(&args.0))).unwrap_or_else(|| id.to_owned())
}

/// The message `id` in `lang`, for a message without values.
pub fn text(lang: Lang, id: &str) -> String {
    message(lang, id, &Args::new())
}

fn resolve(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    BUNDLES.with(|bundles| {
        let bundle = bundles[lang.index()].get_or_init(|| bundle_for(lang));
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
        let text = if lang == Lang::Pseudo { lengthened(text) } else { text };
        errors.is_empty().then_some(text)
    })
}

/// The pseudo-language's letters: each ASCII letter's accented look-alike, `a` to `z` then `A`
/// to `Z`.
const ACCENTED: [char; 52] = [
    'á', 'ƀ', 'ć', 'ď', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ĺ', 'ɱ', 'ñ', 'ö', 'þ', 'ǫ', 'ŕ', 'š', 'ţ', 'û', 'ṽ', 'ŵ',
    'ẋ', 'ý', 'ž', 'Á', 'Ɓ', 'Ć', 'Đ', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ĺ', 'Ṁ', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ', 'Š', 'Ţ',
    'Û', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
];

/// A text element of the pseudo-language: every ASCII letter accented.
fn accented(text: &str) -> std::borrow::Cow<'_, str> {
    text.chars()
        .map(|c| match c {
            'a'..='z' => ACCENTED[c as usize - 'a' as usize],
            'A'..='Z' => ACCENTED[c as usize - 'A' as usize + 26],
            _ => c,
        })
        .collect::<String>()
        .into()
}

/// A whole message of the pseudo-language: bracketed and padded to about 140 % of its length,
/// when it has letters (a decimal separator or a bare percentage stays as it is). The padding
/// is in words of up to eight tildes, so that it wraps as a translation's words would.
fn lengthened(text: String) -> String {
    if !text.chars().any(char::is_alphabetic) {
        return text;
    }
    let mut padded = format!("⟦{text}");
    for at in 0..(text.chars().count() * 2).div_ceil(5) {
        padded.push_str(if at % 8 == 0 { " ~" } else { "~" });
    }
    padded + "⟧"
}

/// `value` with `decimals` digits after the language's decimal separator (`49.4`, `49,4`).
pub fn number(lang: Lang, value: f64, decimals: usize) -> String {
    number_text(lang, &format!("{value:.decimals$}"))
}

/// A number written with a `.` (e.g. `0.2083`), with the language's decimal separator instead.
pub fn number_text(lang: Lang, plain: &str) -> String {
    let separator = text(lang, "number-decimal-separator");
    if separator == "." {
        plain.to_owned()
    } else {
        plain.replace('.', &separator)
    }
}

/// A percentage as the language writes it: `49.4%`, `49,4 %` (narrow no-break space), `49.4%`.
pub fn percent(lang: Lang, value: f64, decimals: usize) -> String {
    message(lang, "percent", &Args::new().with("value", number(lang, value, decimals)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_negotiated_from_the_users_preferences() {
        assert_eq!(Lang::negotiate(&["de-DE", "fr-CA", "en"]), Lang::Fr);
        assert_eq!(Lang::negotiate(&["zh-Hans-CN"]), Lang::Zh);
        assert_eq!(Lang::negotiate::<&str>(&[]), Lang::En);
        assert_eq!(Lang::negotiate(&["de"]), Lang::En);
    }

    #[test]
    fn percentages_follow_each_language() {
        assert_eq!(percent(Lang::En, 49.44, 1), "49.4%");
        assert_eq!(percent(Lang::Fr, 49.44, 1), "49,4\u{202F}%");
        assert_eq!(percent(Lang::Zh, 49.44, 1), "49.4%");
        assert_eq!(percent(Lang::Pseudo, 49.44, 1), "49.4%");
    }

    #[test]
    fn the_pseudo_language_transforms_english_texts_and_keeps_their_values() {
        assert_eq!(Lang::from_code("qps"), Some(Lang::Pseudo));
        assert_eq!(Lang::Pseudo.code(), "qps-ploc");
        assert_eq!(text(Lang::Pseudo, "next-section"), "⟦Ñéẋţ šéćţîöñ → ~~~~~~⟧");
        let matches = |count: usize| message(Lang::Pseudo, "matches", &Args::new().with("count", count));
        assert_eq!(matches(1), "⟦1 ćŕîţéŕîöñ ɱáţćĥéš ~~~~~~~~⟧");
        assert_eq!(matches(2), "⟦2 ćŕîţéŕîá ɱáţćĥ ~~~~~~~⟧");
        let read = message(Lang::Pseudo, "read-failed", &Args::new().with("file", "Plan.yaml").with("problem", "gone"));
        assert!(read.contains("Plan.yaml") && read.contains("gone"), "{read}");
        assert_eq!(number(Lang::Pseudo, 49.44, 1), "49.4");
    }
}
