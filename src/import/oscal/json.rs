//! OSCAL JSON (catalogs and profiles) into the neutral model: a serde mirror of the fields the
//! mapping reads (others are ignored), with every error located by line, column and path.

use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::{markdown_prose, Catalog, Control, Group, Param, Part, Prop, Select, Selection};
use crate::diag::Diagnostic;

#[derive(Deserialize)]
struct Root<T> {
    catalog: Option<T>,
    profile: Option<T>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct JMetadata {
    title: String,
    version: Option<String>,
    #[serde(rename = "oscal-version")]
    oscal_version: Option<String>,
    published: Option<String>,
}

#[derive(Deserialize)]
struct JCatalog {
    #[serde(default)]
    metadata: JMetadata,
    #[serde(default)]
    params: Vec<JParam>,
    #[serde(default)]
    groups: Vec<JGroup>,
    #[serde(default)]
    controls: Vec<JControl>,
}

#[derive(Deserialize)]
struct JGroup {
    id: Option<String>,
    #[serde(default)]
    title: String,
    #[serde(default)]
    props: Vec<JProp>,
    #[serde(default)]
    params: Vec<JParam>,
    #[serde(default)]
    parts: Vec<JPart>,
    #[serde(default)]
    groups: Vec<JGroup>,
    #[serde(default)]
    controls: Vec<JControl>,
}

#[derive(Deserialize)]
struct JControl {
    id: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    props: Vec<JProp>,
    #[serde(default)]
    params: Vec<JParam>,
    #[serde(default)]
    parts: Vec<JPart>,
    #[serde(default)]
    controls: Vec<JControl>,
}

#[derive(Deserialize)]
struct JParam {
    id: String,
    label: Option<String>,
    usage: Option<String>,
    #[serde(default)]
    values: Vec<String>,
    select: Option<JSelect>,
}

#[derive(Deserialize)]
struct JSelect {
    #[serde(rename = "how-many")]
    how_many: Option<String>,
    #[serde(default)]
    choice: Vec<String>,
}

#[derive(Deserialize)]
struct JProp {
    name: String,
    value: String,
}

#[derive(Deserialize)]
struct JPart {
    name: String,
    #[serde(default)]
    props: Vec<JProp>,
    prose: Option<String>,
    #[serde(default)]
    parts: Vec<JPart>,
}

#[derive(Deserialize)]
struct JProfile {
    #[serde(default)]
    metadata: JMetadata,
    #[serde(default)]
    imports: Vec<JImport>,
}

#[derive(Deserialize)]
struct JImport {
    #[serde(rename = "include-all")]
    include_all: Option<serde_json::Value>,
    #[serde(rename = "include-controls", default)]
    include_controls: Vec<JSelectControls>,
    #[serde(rename = "exclude-controls", default)]
    exclude_controls: Vec<JSelectControls>,
}

#[derive(Deserialize)]
struct JSelectControls {
    #[serde(rename = "with-ids", default)]
    with_ids: Vec<String>,
    #[serde(rename = "with-child-controls")]
    with_child_controls: Option<String>,
    #[serde(default)]
    matching: Vec<serde_json::Value>,
}

/// The document's `kind` member (`catalog` or `profile`), or a located diagnostic.
fn document<T: DeserializeOwned>(name: &str, bytes: &[u8], kind: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<T> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let read = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|e| (e.path().to_string(), e.into_inner()))
        .and_then(|root| deserializer.end().map(|()| root).map_err(|e| (String::new(), e)));
    let root: Root<T> = match read {
        Ok(root) => root,
        Err((path, inner)) => {
            let code = if inner.is_syntax() || inner.is_eof() { "oscal-syntax" } else { "oscal-model" };
            let path = match (name.is_empty(), path.as_str()) {
                (_, "." | "") => name.to_owned(),
                (true, path) => path.to_owned(),
                (false, path) => format!("{name}.{path}"),
            };
            let message = inner.to_string();
            let message = message.split(" at line ").next().unwrap_or(&message).to_owned();
            diagnostics.push(
                Diagnostic::error(code, path, format!("not a readable OSCAL {kind}: {message}"))
                    .at(inner.line().max(1), inner.column().max(1))
                    .with_hint(format!("pass an OSCAL {kind} in JSON (OSCAL 1.0 or 1.1)")),
            );
            return None;
        }
    };
    let (wanted, other, other_kind) = match kind {
        "catalog" => (root.catalog, root.profile, "profile"),
        _ => (root.profile, root.catalog, "catalog"),
    };
    match wanted {
        Some(document) => Some(document),
        None => {
            let message = if other.is_some() {
                format!("this is an OSCAL {other_kind}, not a {kind}")
            } else {
                format!("no `{kind}` member: not an OSCAL {kind}")
            };
            let hint = match kind {
                "catalog" => "pass the catalog as CATALOG and a baseline profile with --profile",
                _ => "pass an OSCAL profile (with `imports`) to --profile",
            };
            diagnostics.push(Diagnostic::error("oscal-model", name, message).at(1, 1).with_hint(hint));
            None
        }
    }
}

pub(super) fn catalog(name: &str, bytes: &[u8], diagnostics: &mut Vec<Diagnostic>) -> Option<Catalog> {
    let catalog: JCatalog = document(name, bytes, "catalog", diagnostics)?;
    Some(Catalog {
        title: catalog.metadata.title.clone(),
        version: catalog.metadata.version,
        oscal_version: catalog.metadata.oscal_version,
        published: catalog.metadata.published,
        params: catalog.params.into_iter().map(param).collect(),
        groups: catalog.groups.into_iter().map(group).collect(),
        controls: catalog.controls.into_iter().map(control).collect(),
    })
}

pub(super) fn profile(name: &str, bytes: &[u8], diagnostics: &mut Vec<Diagnostic>) -> Option<Selection> {
    let profile: JProfile = document(name, bytes, "profile", diagnostics)?;
    let mut selection = Selection { title: profile.metadata.title, ..Default::default() };
    for import in profile.imports {
        selection.include_all |= import.include_all.is_some();
        for include in import.include_controls {
            unsupported_matching(name, &include, diagnostics);
            let children = include.with_child_controls.as_deref() == Some("yes");
            selection.include.extend(include.with_ids.into_iter().map(|id| (id, children)));
        }
        for exclude in import.exclude_controls {
            unsupported_matching(name, &exclude, diagnostics);
            selection.exclude.extend(exclude.with_ids);
        }
    }
    Some(selection)
}

fn unsupported_matching(name: &str, select: &JSelectControls, diagnostics: &mut Vec<Diagnostic>) {
    if !select.matching.is_empty() {
        diagnostics.push(
            Diagnostic::warning("oscal-profile", name, "control selection by `matching` pattern is not followed")
                .with_hint("list the controls with `with-ids`, or import the resolved profile catalog instead"),
        );
    }
}

fn props(props: Vec<JProp>) -> Vec<Prop> {
    props.into_iter().map(|p| Prop { name: p.name, value: p.value }).collect()
}

fn param(param: JParam) -> Param {
    Param {
        id: param.id,
        label: param.label,
        usage: param.usage,
        values: param.values,
        select: param
            .select
            .map(|s| Select { how_many: s.how_many, choices: s.choice.iter().map(|c| markdown_prose(c)).collect() }),
    }
}

fn part(part: JPart) -> Part {
    Part {
        name: part.name,
        props: props(part.props),
        prose: part.prose.as_deref().map(markdown_prose).unwrap_or_default(),
        parts: part.parts.into_iter().map(self::part).collect(),
    }
}

fn control(control: JControl) -> Control {
    Control {
        id: control.id,
        title: control.title,
        props: props(control.props),
        params: control.params.into_iter().map(param).collect(),
        parts: control.parts.into_iter().map(part).collect(),
        controls: control.controls.into_iter().map(self::control).collect(),
    }
}

fn group(group: JGroup) -> Group {
    Group {
        id: group.id,
        title: group.title,
        props: props(group.props),
        params: group.params.into_iter().map(param).collect(),
        parts: group.parts.into_iter().map(part).collect(),
        groups: group.groups.into_iter().map(self::group).collect(),
        controls: group.controls.into_iter().map(control).collect(),
    }
}
