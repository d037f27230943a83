//! The app in the pseudo-language (`qps`: the English catalog accented, about 40 % longer and
//! bracketed; src/i18n.rs): every view at 360 and 1,440 px must show no text that bypassed the
//! catalog (a run of four or more plain ASCII letters outside the criteria files' texts and the
//! names typed here) and, at 360 px, nothing may stick out past the window's edge. Screenshots
//! `pseudo-<view>-<width>.png` are saved when CERTREADY_E2E_SCREENSHOTS names a folder.

use fantoccini::Client;

use crate::browser::{find, screenshot, script, start};

/// The facility typed into the new-assessment form: no run of four plain letters in it.
const FACILITY: &str = "Dépôt 7";

/// Every text node and every `title`, `aria-label` and `placeholder` of the page that is in the
/// page's language (an element with another `lang`, such as a criteria text or a language's
/// own name, is left out), with the known texts (`arguments[0]`, longest first) taken out: what
/// still holds four plain ASCII letters in a row, described.
const BYPASSES: &str = r#"
const known = arguments[0];
const page = document.documentElement.lang;
const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '');
const foreign = el => { const tagged = el.closest('[lang]'); return tagged !== null && tagged.lang !== page; };
const found = [];
const check = (text, el, where) => {
  let rest = text;
  for (const k of known) {
    if (!rest.includes(k)) continue;
    const word = new RegExp('(?<![A-Za-z])' + k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '(?![A-Za-z])', 'g');
    rest = rest.replace(word, ' ');
  }
  const runs = rest.match(/[A-Za-z]{4,}/g);
  if (runs) found.push(`${describe(el)} ${where} “${text.trim().slice(0, 100)}” (${runs.join(', ')})`);
};
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const el = node.parentElement;
  if (el === null || el.closest('script, style, noscript') || foreign(el)) continue;
  check(node.nodeValue, el, 'text');
}
for (const el of document.body.querySelectorAll('[title], [aria-label], [placeholder]')) {
  if (foreign(el)) continue;
  for (const name of ['title', 'aria-label', 'placeholder']) {
    if (el.hasAttribute(name)) check(el.getAttribute(name), el, name);
  }
}
return found;
"#;

/// The elements whose box passes the window's left or right edge (outermost only; inside a
/// container that clips or scrolls sideways, as the section list does on a phone, is fine), and
/// whether the page itself scrolls sideways.
const OVERFLOWS: &str = r#"
const width = document.documentElement.clientWidth;
const found = [];
const sideways = document.documentElement.scrollWidth - width;
if (sideways > 0) found.push(`the page scrolls sideways by ${sideways} px`);
const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '');
const clipped = el => {
  for (let up = el.parentElement; up !== null && up !== document.documentElement; up = up.parentElement) {
    if (getComputedStyle(up).overflowX !== 'visible') return true;
  }
  return false;
};
const outside = el => {
  const box = el.getBoundingClientRect();
  return (box.width > 0 || box.height > 0) && (box.right > width + 0.5 || box.left < -0.5) && !clipped(el);
};
for (const el of document.body.querySelectorAll('*')) {
  if (!outside(el) || el.closest('.visually-hidden') || (el.parentElement && outside(el.parentElement))) continue;
  const box = el.getBoundingClientRect();
  found.push(`${describe(el)} spans ${Math.round(box.left)} to ${Math.round(box.right)} px of ${width}: “${(el.innerText || '').trim().slice(0, 60)}”`);
}
// Text can stick out of a box that fits (a word longer than its line).
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const range = document.createRange();
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const el = node.parentElement;
  if (el === null || el.closest('.visually-hidden') || clipped(node) || outside(el)) continue;
  range.selectNodeContents(node);
  const box = range.getBoundingClientRect();
  if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5)) {
    found.push(`the text of ${describe(el)} spans ${Math.round(box.left)} to ${Math.round(box.right)} px of ${width}: “${node.nodeValue.trim().slice(0, 60)}”`);
  }
}
return found;
"#;

/// Every string of the bundled criteria files (titles, texts, labels, ids…): the texts the
/// catalog does not own, which show as the files have them.
fn criteria_strings() -> Vec<String> {
    fn collect(value: &serde_yaml::Value, into: &mut Vec<String>) {
        match value {
            serde_yaml::Value::String(text) => into.push(text.trim().to_owned()),
            serde_yaml::Value::Sequence(items) => items.iter().for_each(|item| collect(item, into)),
            serde_yaml::Value::Mapping(map) => map.values().for_each(|item| collect(item, into)),
            serde_yaml::Value::Tagged(tagged) => collect(&tagged.value, into),
            _ => {}
        }
    }
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires");
    let mut strings = vec![FACILITY.to_owned()];
    for file in ["postal-security.yaml", "cross-border-ecommerce.yaml", "demo.yaml"] {
        let text = std::fs::read_to_string(folder.join(file)).expect("a bundled criteria file");
        collect(&serde_yaml::from_str(&text).expect("YAML"), &mut strings);
    }
    strings.retain(|s| !s.is_empty());
    strings.sort_by_key(|s| std::cmp::Reverse(s.len()));
    strings
}

async fn check(client: &Client, known: &[String], view: &str, width: u32, problems: &mut Vec<String>) {
    // Folded details too: their words come from the catalog as well.
    script(client, "document.querySelectorAll('details').forEach(d => d.open = true); return 0;").await;
    let found = client.execute(BYPASSES, vec![serde_json::json!(known)]).await.expect("looking for bypasses");
    for bypass in found.as_array().into_iter().flatten() {
        problems.push(format!("{view} @ {width}px, not from the catalog: {}", bypass.as_str().unwrap_or_default()));
    }
    if width == 360 {
        for overflow in script(client, OVERFLOWS).await.as_array().into_iter().flatten() {
            problems.push(format!("{view} @ {width}px, overflow: {}", overflow.as_str().unwrap_or_default()));
        }
    }
    screenshot(client, &format!("pseudo-{view}-{width}.png")).await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_pseudo_language_finds_no_bypass_and_no_overflow() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let mut known = criteria_strings();
    let folder = crate::browser::TempDir::new("pseudo");
    let not_a_report = folder.0.join("r7.pdf");
    std::fs::write(&not_a_report, "qqqq").expect("writing a file that is no PDF");
    known.push("qqqq".to_owned());
    client.goto(&session.server.url).await.unwrap();
    find(client, "#open-postal-security").await;
    // Reachable without the switch: the remembered language `qps`.
    script(client, "localStorage.setItem('certready/language', 'qps'); return 0;").await;
    let mut problems = Vec::new();
    for width in [360, 1440] {
        client.set_window_size(width, 900).await.expect("resizing the window");
        client.goto(&session.server.url).await.unwrap();
        find(client, "#open-postal-security").await;
        assert_eq!(script(client, "return document.documentElement.lang;").await.as_str(), Some("qps-ploc"));
        let heading = find(client, "#home-title").await.text().await.unwrap();
        assert!(heading.starts_with('⟦') && heading.ends_with('⟧'), "the home title is pseudo-transformed: {heading}");
        // The home page holds the verify drop zone too.
        find(client, "#verify-drop").await;
        check(client, &known, "home", width, &mut problems).await;

        find(client, "#open-postal-security").await.click().await.unwrap();
        find(client, "#new-facility").await.send_keys(FACILITY).await.unwrap();
        check(client, &known, "new-assessment", width, &mut problems).await;
        find(client, "#create-assessment").await.click().await.unwrap();
        find(client, "#verdict").await;
        check(client, &known, "walkthrough", width, &mut problems).await;

        // Answers of every kind in the first section: met, a gap, N/A without its justification.
        script(
            client,
            "const cards = [...document.querySelectorAll('article.criterion')];
             const radios = card => [...card.querySelectorAll('input[type=radio]')];
             if (cards[0]) radios(cards[0])[0].click();
             if (cards[1]) radios(cards[1]).at(-2).click();
             if (cards[2]) radios(cards[2]).at(-1).click();
             return 0;",
        )
        .await;
        find(client, ".subject summary").await.click().await.unwrap();
        check(client, &known, "answered", width, &mut problems).await;

        let sections = script(client, "return document.querySelectorAll('.section-link').length;").await;
        for index in 1..sections.as_u64().unwrap_or(0) {
            script(client, &format!("document.querySelectorAll('.section-link')[{index}].click(); return 0;")).await;
            find(client, &format!(".sections li:nth-child({}) > .section-link.current", index + 1)).await;
            check(client, &known, &format!("section-{}", index + 1), width, &mut problems).await;
        }

        // A search that matches nothing.
        find(client, "#search").await.send_keys("qqqq").await.unwrap();
        find(client, "#no-match").await;
        check(client, &known, "no-match", width, &mut problems).await;
        find(client, "#search").await.clear().await.unwrap();

        find(client, "#filter-gaps").await.click().await.unwrap();
        find(client, "#match-count").await;
        check(client, &known, "results", width, &mut problems).await;

        find(client, "#home").await.click().await.unwrap();
        find(client, "#assessments .card").await;
        check(client, &known, "home-with-assessment", width, &mut problems).await;

        // A file that is no report, given to the verify drop zone: the reason it cannot be checked.
        find(client, "#verify-file").await.send_keys(&not_a_report.display().to_string()).await.unwrap();
        find(client, "#verify-result .problem").await;
        check(client, &known, "verify-result", width, &mut problems).await;
    }
    assert!(problems.is_empty(), "{} problems in the pseudo-language:\n{}", problems.len(), problems.join("\n"));
    session.close().await;
}
