//! The languages of a report and the criteria texts in them. A report speaks one language of
//! the message catalog and shows the criteria texts in one or two languages of the criteria file
//! (`--lang fr,en`): each text carries the language it is actually written in, which is the
//! file's default language where a translation is missing, so that renderers can mark it.

use std::fmt;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::i18n::{self, Lang, LANGUAGES};
use crate::model::{Questionnaire, Text};

/// One text in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Localized {
    /// The language the text is written in (BCP 47).
    pub lang: String,
    pub text: String,
}

/// A text in each of the report's criteria languages (the same text is given once). In JSON, a
/// string when there is one, else an object of language to text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Texts(pub Vec<Localized>);

impl Texts {
    pub fn plain(text: &str, lang: &str) -> Texts {
        Texts(vec![Localized { lang: lang.to_owned(), text: text.to_owned() }])
    }

    /// The text in the first language.
    pub fn first(&self) -> &str {
        self.0.first().map_or("", |t| t.text.as_str())
    }

    /// The text in the first language alone.
    pub fn first_only(&self) -> Texts {
        Texts(self.0.iter().take(1).cloned().collect())
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|t| t.text.trim().is_empty())
    }

    /// Every language's text, joined by `separator`.
    pub fn joined(&self, separator: &str) -> String {
        self.0.iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(separator)
    }
}

impl Serialize for Texts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0.as_slice() {
            [] => serializer.serialize_str(""),
            [one] => serializer.serialize_str(&one.text),
            many => {
                let mut map = serializer.serialize_map(Some(many.len()))?;
                for text in many {
                    map.serialize_entry(&text.lang, &text.text)?;
                }
                map.end()
            }
        }
    }
}

/// The languages a report is made in.
#[derive(Debug, Clone, PartialEq)]
pub struct Languages {
    /// The report's own words.
    pub words: Lang,
    /// The criteria texts' languages, in order (never empty).
    pub criteria: Vec<String>,
    /// The criteria file's default language.
    default: String,
}

/// Why a report cannot be made in the languages asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum LanguagesError {
    /// The first language must be one the catalog has.
    NotInCatalog(String),
    /// A bilingual report names two languages at most.
    TooMany(usize),
}

impl fmt::Display for LanguagesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LanguagesError::NotInCatalog(code) => {
                let known: Vec<&str> = LANGUAGES.iter().map(|row| row.1).collect();
                write!(f, "certready cannot write a report in `{code}`: its languages are {}", known.join(", "))
            }
            LanguagesError::TooMany(count) => {
                write!(f, "{count} languages were given; a report takes one, or two for a bilingual report")
            }
        }
    }
}

impl std::error::Error for LanguagesError {}

impl Languages {
    /// The languages `asked` for (e.g. `["fr", "en"]`): the report's words in the first, the
    /// criteria texts in each. Without any, the criteria file's default language (the report's
    /// words in English when the catalog lacks it).
    pub fn new(questionnaire: &Questionnaire, asked: Option<&[String]>) -> Result<Languages, LanguagesError> {
        let Some(asked) = asked.filter(|asked| !asked.is_empty()) else {
            return Ok(Languages::of(questionnaire));
        };
        let default = questionnaire.languages.first().cloned().unwrap_or_else(|| "en".to_owned());
        if asked.len() > 2 {
            return Err(LanguagesError::TooMany(asked.len()));
        }
        let words = Lang::from_code(&asked[0]).ok_or_else(|| LanguagesError::NotInCatalog(asked[0].clone()))?;
        let mut criteria: Vec<String> = Vec::new();
        for code in asked {
            let code = code.trim().to_owned();
            if !criteria.contains(&code) {
                criteria.push(code);
            }
        }
        Ok(Languages { words, criteria, default })
    }

    /// The criteria file's default language, for the report's words and the criteria texts.
    pub fn of(questionnaire: &Questionnaire) -> Languages {
        let default = questionnaire.languages.first().cloned().unwrap_or_else(|| "en".to_owned());
        let words = Lang::from_code(&default).unwrap_or(Lang::En);
        Languages { words, criteria: vec![default.clone()], default }
    }

    /// `text` in each criteria language: a translation, else the default language's text (once).
    pub fn texts(&self, text: &Text) -> Texts {
        let mut out: Vec<Localized> = Vec::new();
        for lang in &self.criteria {
            let actual = text.language_of(lang, &self.default);
            if !out.iter().any(|t| t.lang == actual) {
                out.push(Localized { lang: actual.to_owned(), text: text.get(lang).to_owned() });
            }
        }
        Texts(out)
    }

    /// A message of the catalog, as a text in the report's own language.
    pub fn words(&self, id: &str) -> Texts {
        Texts::plain(&i18n::text(self.words, id), self.words.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn questionnaire() -> Questionnaire {
        crate::model::parse_questionnaire(include_bytes!("../../questionnaires/demo.yaml"))
            .0
            .expect("the demo is valid")
    }

    #[test]
    fn bilingual_texts_come_in_order_and_once() {
        let q = questionnaire();
        let asked = ["fr".to_owned(), "en".to_owned()];
        let languages = Languages::new(&q, Some(&asked)).unwrap();
        assert_eq!(languages.words, Lang::Fr);
        let title = languages.texts(&q.title);
        assert_eq!(title.0.iter().map(|t| t.lang.as_str()).collect::<Vec<_>>(), ["fr", "en"]);
        let untranslated = Text::plain("Only English");
        assert_eq!(
            languages.texts(&untranslated).0,
            vec![Localized { lang: "en".into(), text: "Only English".into() }]
        );
    }

    #[test]
    fn languages_outside_the_catalog_are_refused() {
        let q = questionnaire();
        let de = ["de".to_owned()];
        assert_eq!(Languages::new(&q, Some(&de)), Err(LanguagesError::NotInCatalog("de".into())));
        let three = ["fr".to_owned(), "en".to_owned(), "zh".to_owned()];
        assert_eq!(Languages::new(&q, Some(&three)), Err(LanguagesError::TooMany(3)));
        assert_eq!(Languages::new(&q, None).unwrap().criteria, ["en"]);
    }
}
