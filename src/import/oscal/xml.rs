//! OSCAL XML (catalogs and profiles) into the neutral model, with roxmltree: elements are matched
//! by local name, markup (`<p>`, lists, `<em>`, `<a>`...) becomes plain text and `<insert
//! type="param" id-ref="..."/>` a parameter. A DTD is refused (no entity expansion), and so is
//! nesting deeper than the mapping's limit; every error is located by line and column.

use roxmltree::{Document, Node, ParsingOptions};

use super::{max_depth, too_deep, Catalog, Control, Group, Inline, Param, Part, Prop, Prose, Select, Selection};
use crate::diag::Diagnostic;

fn parse<'a>(name: &str, text: &'a str, kind: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<Document<'a>> {
    let options = ParsingOptions { allow_dtd: false, ..ParsingOptions::default() };
    match Document::parse_with_options(text, options) {
        Ok(document) => {
            let root = document.root_element();
            if root.tag_name().name() == kind {
                return Some(document);
            }
            let (line, column) = position(&document, root);
            diagnostics.push(
                Diagnostic::error(
                    "oscal-model",
                    name,
                    format!("the root element is <{}>: not an OSCAL {kind}", root.tag_name().name()),
                )
                .at(line, column)
                .with_hint(match kind {
                    "catalog" => "pass the catalog as CATALOG and a baseline profile with --profile",
                    _ => "pass an OSCAL profile (with <import>) to --profile",
                }),
            );
            None
        }
        Err(error) => {
            let position = error.pos();
            let (mut line, mut column) = (position.row as usize, position.col as usize);
            if matches!(error, roxmltree::Error::DtdDetected) {
                // roxmltree says 1:1; point at the declaration itself.
                if let Some(at) = text.find("<!DOCTYPE") {
                    line = text[..at].matches('\n').count() + 1;
                    column = text[..at].rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                }
            }
            diagnostics.push(
                Diagnostic::error("oscal-syntax", name, format!("not well-formed XML: {error}"))
                    .at(line, column)
                    .with_hint(format!("pass an OSCAL {kind} in XML (OSCAL 1.0 or 1.1), without a DTD")),
            );
            None
        }
    }
}

fn text_of<'a>(name: &str, bytes: &'a [u8], diagnostics: &mut Vec<Diagnostic>) -> Option<&'a str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(error) => {
            let before = &bytes[..error.valid_up_to()];
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let column =
                before.rsplit(|&b| b == b'\n').next().map_or(0, |l| String::from_utf8_lossy(l).chars().count()) + 1;
            diagnostics.push(
                Diagnostic::error("oscal-syntax", name, "not UTF-8 text")
                    .at(line, column)
                    .with_hint("OSCAL XML files are UTF-8: convert the file"),
            );
            None
        }
    }
}

fn position(document: &Document, node: Node) -> (usize, usize) {
    let position = document.text_pos_at(node.range().start);
    (position.row as usize, position.col as usize)
}

fn children<'a, 'i>(node: Node<'a, 'i>, name: &'static str) -> impl Iterator<Item = Node<'a, 'i>> {
    node.children().filter(move |c| c.is_element() && c.tag_name().name() == name)
}

fn child<'a, 'i>(node: Node<'a, 'i>, name: &'static str) -> Option<Node<'a, 'i>> {
    children(node, name).next()
}

/// All the text under a node, each run of whitespace one space.
fn all_text(node: Node) -> String {
    let text: String = node.descendants().filter(|n| n.is_text()).filter_map(|n| n.text()).collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Reader<'d, 'a> {
    name: &'d str,
    document: &'d Document<'a>,
    diagnostics: &'d mut Vec<Diagnostic>,
    failed: bool,
}

impl Reader<'_, '_> {
    fn error(&mut self, node: Node, message: String) {
        let (line, column) = position(self.document, node);
        self.diagnostics.push(
            Diagnostic::error("oscal-model", self.name, message)
                .at(line, column)
                .with_hint("check the catalog against the OSCAL XML schema"),
        );
        self.failed = true;
    }

    fn deep(&mut self, node: Node, depth: usize) -> bool {
        if depth <= max_depth() {
            return false;
        }
        if !self.failed {
            let (line, column) = position(self.document, node);
            self.diagnostics.push(too_deep(self.name).at(line, column));
            self.failed = true;
        }
        true
    }

    fn props(&mut self, node: Node) -> Vec<Prop> {
        children(node, "prop")
            .map(|p| Prop {
                name: p.attribute("name").unwrap_or_default().to_owned(),
                value: p.attribute("value").unwrap_or_default().to_owned(),
            })
            .collect()
    }

    fn param(&mut self, node: Node) -> Param {
        let id = node.attribute("id").unwrap_or_default().to_owned();
        if id.is_empty() {
            self.error(node, "a <param> without an id".to_owned());
        }
        Param {
            id,
            label: child(node, "label").map(all_text),
            usage: child(node, "usage").map(all_text),
            values: children(node, "value").map(all_text).collect(),
            select: child(node, "select").map(|select| Select {
                how_many: select.attribute("how-many").map(str::to_owned),
                choices: children(select, "choice").map(|c| inline(c, 0)).collect(),
            }),
        }
    }

    fn part(&mut self, node: Node, depth: usize) -> Part {
        if self.deep(node, depth) {
            return Part::default();
        }
        Part {
            name: node.attribute("name").unwrap_or_default().to_owned(),
            props: self.props(node),
            prose: prose(node),
            parts: children(node, "part").map(|p| self.part(p, depth + 1)).collect(),
        }
    }

    fn control(&mut self, node: Node, depth: usize) -> Control {
        if self.deep(node, depth) {
            return Control::default();
        }
        let id = node.attribute("id").unwrap_or_default().to_owned();
        if id.is_empty() {
            self.error(node, "a <control> without an id".to_owned());
        }
        Control {
            id,
            title: child(node, "title").map(all_text).unwrap_or_default(),
            props: self.props(node),
            params: children(node, "param").map(|p| self.param(p)).collect(),
            parts: children(node, "part").map(|p| self.part(p, depth + 1)).collect(),
            controls: children(node, "control").map(|c| self.control(c, depth + 1)).collect(),
        }
    }

    fn group(&mut self, node: Node, depth: usize) -> Group {
        if self.deep(node, depth) {
            return Group::default();
        }
        Group {
            id: node.attribute("id").map(str::to_owned),
            title: child(node, "title").map(all_text).unwrap_or_default(),
            props: self.props(node),
            params: children(node, "param").map(|p| self.param(p)).collect(),
            parts: children(node, "part").map(|p| self.part(p, depth + 1)).collect(),
            groups: children(node, "group").map(|g| self.group(g, depth + 1)).collect(),
            controls: children(node, "control").map(|c| self.control(c, depth + 1)).collect(),
        }
    }
}

/// The prose of a part: its block children (`<p>`, headings, lists, tables...) one per line.
fn prose(node: Node) -> Prose {
    let mut prose = Vec::new();
    block(node, &mut prose, 0);
    prose
}

fn block(node: Node, prose: &mut Prose, depth: usize) {
    if depth > max_depth() {
        return;
    }
    for child in node.children().filter(Node::is_element) {
        match child.tag_name().name() {
            "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "pre" | "td" | "th" => {
                prose.extend(inline(child, depth + 1));
                prose.push(Inline::Break);
            }
            "li" => {
                prose.push(Inline::Text("- ".to_owned()));
                prose.extend(inline(child, depth + 1));
                prose.push(Inline::Break);
            }
            "ol" | "ul" | "table" | "tr" | "blockquote" | "thead" | "tbody" => block(child, prose, depth + 1),
            _ => {}
        }
    }
}

/// Inline markup as text, `<insert type="param">` as a parameter; nested lists become lines.
fn inline(node: Node, depth: usize) -> Prose {
    let mut prose = Vec::new();
    if depth > max_depth() {
        return prose;
    }
    for child in node.children() {
        if child.is_text() {
            // Line breaks inside XML text are layout, not meaning.
            prose.push(Inline::Text(child.text().unwrap_or_default().replace(['\n', '\r', '\t'], " ")));
            continue;
        }
        if !child.is_element() {
            continue;
        }
        match child.tag_name().name() {
            "insert" => match (child.attribute("type"), child.attribute("id-ref")) {
                (Some("param"), Some(id)) => prose.push(Inline::Param(id.to_owned())),
                (_, Some(id)) => prose.push(Inline::Text(id.to_owned())),
                _ => {}
            },
            "br" => prose.push(Inline::Break),
            "ol" | "ul" => {
                prose.push(Inline::Break);
                block(child, &mut prose, depth + 1);
            }
            _ => prose.extend(inline(child, depth + 1)),
        }
    }
    prose
}

pub(super) fn catalog(name: &str, bytes: &[u8], diagnostics: &mut Vec<Diagnostic>) -> Option<Catalog> {
    let text = text_of(name, bytes, diagnostics)?;
    let document = parse(name, text, "catalog", diagnostics)?;
    let root = document.root_element();
    let metadata = child(root, "metadata");
    let field = |field: &'static str| metadata.and_then(|m| child(m, field)).map(all_text);
    let mut reader = Reader { name, document: &document, diagnostics, failed: false };
    let catalog = Catalog {
        title: field("title").unwrap_or_default(),
        version: field("version"),
        oscal_version: field("oscal-version").map(|v| v.trim().to_owned()),
        published: field("published").map(|v| v.trim().to_owned()),
        params: children(root, "param").map(|p| reader.param(p)).collect(),
        groups: children(root, "group").map(|g| reader.group(g, 1)).collect(),
        controls: children(root, "control").map(|c| reader.control(c, 1)).collect(),
    };
    if reader.failed {
        None
    } else {
        Some(catalog)
    }
}

pub(super) fn profile(name: &str, bytes: &[u8], diagnostics: &mut Vec<Diagnostic>) -> Option<Selection> {
    let text = text_of(name, bytes, diagnostics)?;
    let document = parse(name, text, "profile", diagnostics)?;
    let root = document.root_element();
    let title = child(root, "metadata").and_then(|m| child(m, "title")).map(all_text).unwrap_or_default();
    let mut selection = Selection { title, ..Default::default() };
    let ids = |node: Node| children(node, "with-id").map(|w| all_text(w).trim().to_owned()).collect::<Vec<_>>();
    for import in children(root, "import") {
        selection.include_all |= child(import, "include-all").is_some();
        for include in children(import, "include-controls") {
            let with_children = include.attribute("with-child-controls") == Some("yes");
            selection.include.extend(ids(include).into_iter().map(|id| (id, with_children)));
            matching(name, &document, include, diagnostics);
        }
        for exclude in children(import, "exclude-controls") {
            selection.exclude.extend(ids(exclude));
            matching(name, &document, exclude, diagnostics);
        }
    }
    Some(selection)
}

fn matching(name: &str, document: &Document, node: Node, diagnostics: &mut Vec<Diagnostic>) {
    if let Some(pattern) = child(node, "matching") {
        let (line, column) = position(document, pattern);
        diagnostics.push(
            Diagnostic::warning("oscal-profile", name, "control selection by <matching> pattern is not followed")
                .at(line, column)
                .with_hint("list the controls with <with-id>, or import the resolved profile catalog instead"),
        );
    }
}
