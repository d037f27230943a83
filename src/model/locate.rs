//! Source positions for document paths.
//!
//! serde gives values but forgets where they were. To point every diagnostic at its line and
//! column, [`Locations::index`] walks the YAML event stream once and records where each node
//! (mapping value or sequence item) starts, keyed by its path of mapping keys and sequence
//! indices. Lookups that miss fall back to the nearest recorded ancestor.

use std::collections::{HashMap, HashSet};

use saphyr_parser::{Event, Parser};

/// One step of a path into a YAML document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// Line and column (both 1-based) of every node of one YAML document, as a tree of nodes keyed
/// by (parent, step): recording and looking up a node hashes one step, not its whole path.
#[derive(Debug)]
pub struct Locations {
    children: HashMap<(usize, Step), usize>,
    /// Where each node's value starts; node 0 is the document root.
    values: Vec<Option<(usize, usize)>>,
    /// Where the key of each mapping entry is written, by the node of its value.
    keys: Vec<Option<(usize, usize)>>,
}

enum Frame {
    Mapping { key: Option<String> },
    Sequence { next: usize },
}

impl Locations {
    /// Index the first document of `source`. Syntax errors simply end the walk: what was
    /// recorded until then stays usable, and the syntax error itself is reported by serde.
    pub fn index(source: &str) -> Locations {
        let mut locations = Locations { children: HashMap::new(), values: vec![None], keys: vec![None] };
        // The node of each open collection (and of the value being read), root first.
        let mut path: Vec<usize> = vec![0];
        let mut frames: Vec<Frame> = Vec::new();
        for item in Parser::new_from_str(source) {
            let Ok((event, span)) = item else { break };
            let position = (span.start.line(), span.start.col() + 1);
            let parent = *path.last().unwrap_or(&0);
            match event {
                Event::DocumentEnd => break,
                Event::Scalar(..) | Event::Alias(_) | Event::SequenceStart(..) | Event::MappingStart(..) => {
                    // A scalar in key position names the next value; it is not a node of its own.
                    if let Some(Frame::Mapping { key }) = frames.last_mut() {
                        if key.is_none() {
                            let name = match &event {
                                Event::Scalar(text, ..) => text.to_string(),
                                _ => "?".to_owned(),
                            };
                            let node = locations.node(parent, Step::Key(name.clone()));
                            locations.keys[node].get_or_insert(position);
                            *key = Some(name);
                            if matches!(event, Event::SequenceStart(..) | Event::MappingStart(..)) {
                                // Complex keys are not part of our formats; skip their contents.
                                frames.push(Frame::Sequence { next: 0 });
                                path.push(locations.node(parent, Step::Key("?".into())));
                            }
                            continue;
                        }
                    }
                    let step = match frames.last_mut() {
                        Some(Frame::Mapping { key }) => Some(Step::Key(key.take().unwrap_or_default())),
                        Some(Frame::Sequence { next }) => {
                            *next += 1;
                            Some(Step::Index(*next - 1))
                        }
                        None => None,
                    };
                    let node = match step {
                        Some(step) => locations.node(parent, step),
                        None => 0,
                    };
                    locations.values[node].get_or_insert(position);
                    match event {
                        Event::SequenceStart(..) => {
                            frames.push(Frame::Sequence { next: 0 });
                            path.push(node);
                        }
                        Event::MappingStart(..) => {
                            frames.push(Frame::Mapping { key: None });
                            path.push(node);
                        }
                        _ => {}
                    }
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    frames.pop();
                    if path.len() > 1 {
                        path.pop();
                    }
                }
                _ => {}
            }
        }
        locations
    }

    /// The node for `step` under `parent`, created when new.
    fn node(&mut self, parent: usize, step: Step) -> usize {
        let next = self.values.len();
        let node = *self.children.entry((parent, step)).or_insert(next);
        if node == next {
            self.values.push(None);
            self.keys.push(None);
        }
        node
    }

    /// The nodes along `path` that exist, root first.
    fn walk<'a>(&'a self, path: &'a [Step]) -> impl Iterator<Item = usize> + 'a {
        let mut at = 0;
        std::iter::once(0).chain(path.iter().map_while(move |step| {
            at = *self.children.get(&(at, step.clone()))?;
            Some(at)
        }))
    }

    /// Position of the key whose value is at `path`; else as [`Locations::find`].
    pub fn find_key(&self, path: &[Step]) -> Option<(usize, usize)> {
        let nodes: Vec<usize> = self.walk(path).collect();
        let exact = (nodes.len() == path.len() + 1).then(|| nodes.last().and_then(|&n| self.keys[n])).flatten();
        exact.or_else(|| self.find(path))
    }

    /// Position of the node at `path`, or of its nearest recorded ancestor.
    pub fn find(&self, path: &[Step]) -> Option<(usize, usize)> {
        self.walk(path).filter_map(|node| self.values[node]).last()
    }
}

/// The [`Locations`] of one source, indexed on first use: a file without diagnostics never
/// needs them, so reading a valid file parses it once, not twice.
pub struct LazyLocations<'a> {
    source: &'a str,
    index: std::cell::OnceCell<Locations>,
}

impl<'a> LazyLocations<'a> {
    pub fn new(source: &'a str) -> LazyLocations<'a> {
        LazyLocations { source, index: std::cell::OnceCell::new() }
    }

    fn index(&self) -> &Locations {
        self.index.get_or_init(|| Locations::index(self.source))
    }

    /// As [`Locations::find_key`].
    pub fn find_key(&self, path: &[Step]) -> Option<(usize, usize)> {
        self.index().find_key(path)
    }

    /// As [`Locations::find`].
    pub fn find(&self, path: &[Step]) -> Option<(usize, usize)> {
        self.index().find(path)
    }
}

/// Collections nested deeper than this are refused (serde_yaml's own limit; checked first here,
/// because its parser takes time quadratic in the depth of flow collections to get there).
pub const MAX_DEPTH: usize = 128;

/// Where flow collections (`[...]`, `{...}`) open more than [`MAX_DEPTH`] deep, by a byte scan
/// that knows just enough YAML (quotes, comments, where a node starts) to find them: both YAML
/// parsers take time quadratic in that depth, so ten thousand `[` must be refused before either
/// runs. Brackets inside plain text do not count (`text: see [1]`); a block scalar line made of
/// more than 128 `[` would, which no criteria file has.
pub fn flow_too_deep(source: &str) -> Option<(usize, usize)> {
    let bytes = source.as_bytes();
    let (mut depth, mut line, mut line_start, mut i) = (0usize, 1, 0, 0);
    // Whether a flow indicator here would start a node (else it is inside plain text).
    let mut node_start = true;
    let spaced = |at: usize| bytes.get(at).is_none_or(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'));
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' => {
                line += 1;
                line_start = i + 1;
                node_start = true;
            }
            b' ' | b'\t' | b'\r' => {}
            b'#' if i == 0 || spaced(i - 1) => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'"' | b'\'' if node_start || depth > 0 => {
                i += 1;
                while i < bytes.len() {
                    match bytes[i] {
                        b'\\' if b == b'"' => i += 1,
                        b'\'' if b == b'\'' && bytes.get(i + 1) == Some(&b'\'') => i += 1,
                        c if c == b => break,
                        b'\n' => {
                            line += 1;
                            line_start = i + 1;
                        }
                        _ => {}
                    }
                    i += 1;
                }
                node_start = false;
            }
            b'[' | b'{' if node_start || depth > 0 => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some((line, source[line_start..i].chars().count() + 1));
                }
                node_start = true;
            }
            b']' | b'}' if depth > 0 => {
                depth -= 1;
                node_start = false;
            }
            b',' if depth > 0 => node_start = true,
            b':' | b'-' | b'?' if spaced(i + 1) || (depth > 0 && b == b':') => node_start = true,
            _ => node_start = false,
        }
        i += 1;
    }
    None
}

/// Which cap a document goes over first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Over {
    /// More items than the limit (criteria, answers).
    Items,
    /// Collections nested more than [`MAX_DEPTH`] deep.
    Depth,
}

/// Whether `source` may hold more than `limit` items in all. Every item of a collection is
/// introduced by an indicator of its own: in block style `-`, `?` or `:` followed by a space,
/// a line break or the end; in flow style `[` or `{` (the first) or `,`. A file with no more
/// of them than `limit`, quoted or not, cannot be over it, and is spared [`item_over`]'s parse.
pub fn may_hold_more_items(source: &str, limit: usize) -> bool {
    let bytes = source.as_bytes();
    let blank_at = |i: usize| bytes.get(i).is_none_or(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'));
    let indicators = bytes
        .iter()
        .enumerate()
        .filter(|&(i, b)| match b {
            b'-' | b'?' | b':' => blank_at(i + 1),
            b',' | b'[' | b'{' => true,
            _ => false,
        })
        .count();
    indicators > limit
}

/// Where the item after the first `limit` is written, counting the items of every collection
/// that is the value of a key named `key` (`criteria` lists at any depth, the `answers`
/// mapping), or where nesting goes deeper than [`MAX_DEPTH`]: a streaming pass that stops there,
/// so that a file far over a cap is refused after reading only as much of it as the cap allows.
/// `None` when within the caps or not well-formed (the parser that reads it says why).
pub fn item_over(source: &str, key: &str, limit: usize) -> Option<(Over, (usize, usize))> {
    struct Open {
        mapping: bool,
        /// For mappings: whether the next node is a key.
        expect_key: bool,
        /// Whether this collection's items are counted.
        counted: bool,
        /// For mappings: whether the last key read was `key`.
        key_matches: bool,
    }
    let mut open: Vec<Open> = Vec::new();
    let mut count = 0;
    for item in Parser::new_from_str(source) {
        let Ok((event, span)) = item else { return None };
        match event {
            Event::Scalar(..) | Event::Alias(_) | Event::SequenceStart(..) | Event::MappingStart(..) => {
                let mut counted = false;
                if let Some(top) = open.last_mut() {
                    let is_item = !top.mapping || top.expect_key;
                    if is_item && top.counted {
                        count += 1;
                        if count > limit {
                            return Some((Over::Items, (span.start.line(), span.start.col() + 1)));
                        }
                    }
                    if top.mapping {
                        if top.expect_key {
                            top.key_matches = matches!(&event, Event::Scalar(text, ..) if text == key);
                        } else {
                            counted = top.key_matches;
                        }
                        top.expect_key = !top.expect_key;
                    }
                }
                match event {
                    Event::SequenceStart(..) => {
                        open.push(Open { mapping: false, expect_key: false, counted, key_matches: false })
                    }
                    Event::MappingStart(..) => {
                        open.push(Open { mapping: true, expect_key: true, counted, key_matches: false })
                    }
                    _ => {}
                }
                if open.len() > MAX_DEPTH {
                    return Some((Over::Depth, (span.start.line(), span.start.col() + 1)));
                }
            }
            Event::SequenceEnd | Event::MappingEnd => {
                open.pop();
            }
            Event::DocumentEnd => return None,
            _ => {}
        }
    }
    None
}

/// Where a key is written a second time in the same mapping, if anywhere: the position of that
/// second occurrence.
pub fn first_duplicate_key(source: &str) -> Option<(usize, usize)> {
    // For each open collection: the keys seen and whether the next node is a key (mappings),
    // or `None` (sequences).
    let mut open: Vec<Option<(HashSet<String>, bool)>> = Vec::new();
    for item in Parser::new_from_str(source) {
        let Ok((event, span)) = item else { return None };
        match event {
            Event::Scalar(..) | Event::Alias(_) | Event::SequenceStart(..) | Event::MappingStart(..) => {
                if let Some(Some((keys, expect_key))) = open.last_mut() {
                    if *expect_key {
                        if let Event::Scalar(text, ..) = &event {
                            if !keys.insert(text.to_string()) {
                                return Some((span.start.line(), span.start.col() + 1));
                            }
                        }
                    }
                    *expect_key = !*expect_key;
                }
                match event {
                    Event::SequenceStart(..) => open.push(None),
                    Event::MappingStart(..) => open.push(Some((HashSet::new(), true))),
                    _ => {}
                }
            }
            Event::SequenceEnd | Event::MappingEnd => {
                open.pop();
            }
            Event::DocumentEnd => return None,
            _ => {}
        }
    }
    None
}

/// Where to point a parser error that came without a position (serde_yaml's "more than one
/// document" and "repetition limit exceeded"): saphyr's own syntax error if it finds one, else
/// the start of the second document, else the first alias, else the start of the file.
pub fn unplaced_problem(source: &str) -> (usize, usize) {
    let mut documents = 0;
    let mut first_alias = None;
    for item in Parser::new_from_str(source) {
        let (event, span) = match item {
            Ok(item) => item,
            Err(error) => return (error.marker().line(), error.marker().col() + 1),
        };
        let position = (span.start.line(), span.start.col() + 1);
        match event {
            Event::DocumentStart(..) => {
                documents += 1;
                if documents == 2 {
                    return position;
                }
            }
            Event::Alias(_) => {
                first_alias.get_or_insert(position);
            }
            _ => {}
        }
    }
    first_alias.unwrap_or((1, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(k: &str) -> Step {
        Step::Key(k.into())
    }

    #[test]
    fn finds_nested_values_and_falls_back_to_ancestors() {
        let source = "a: 1\nlist:\n  - id: x\n    w: 2\n  - {id: y, w: 3}\n";
        let locations = Locations::index(source);
        assert_eq!(locations.find(&[key("a")]), Some((1, 4)));
        assert_eq!(locations.find(&[key("list"), Step::Index(0), key("w")]), Some((4, 8)));
        assert_eq!(locations.find(&[key("list"), Step::Index(1), key("w")]), Some((5, 16)));
        assert_eq!(locations.find(&[key("list"), Step::Index(1), key("missing")]), Some((5, 5)));
        assert_eq!(locations.find_key(&[key("list"), Step::Index(0), key("w")]), Some((4, 5)));
    }

    #[test]
    fn items_over_a_cap_and_duplicate_keys_are_found() {
        let source = "a: 1\nlist:\n  - id: x\n    w: 2\n  - {id: y, w: 3}\nmap: {k: 1}\n";
        assert_eq!(first_duplicate_key(source), None);
        let lists = "s:\n  - criteria: [a, b]\n  - criteria:\n      - c\n      - d\nanswers: {x: 1, y: 2}\n";
        assert_eq!(item_over(lists, "criteria", 3), Some((Over::Items, (5, 9))));
        assert_eq!(item_over(lists, "criteria", 4), None);
        assert_eq!(item_over(lists, "answers", 1), Some((Over::Items, (6, 17))));
        let flows = "a: [1, {b: \"[[\"}, '[''['] # [[\ntext: see [1] [2 {3\n- [x]\n";
        assert_eq!(flow_too_deep(flows), None);
        let deep = format!("x: {}{}\n", "[".repeat(200), "]".repeat(200));
        assert_eq!(flow_too_deep(&deep), Some((1, 4 + MAX_DEPTH)));
        assert_eq!(flow_too_deep(&format!("x: text {}\n", "[".repeat(200))), None);
        assert_eq!(flow_too_deep(&format!("x:\n  - {}\n", "{a: ".repeat(200))), Some((2, 5 + 4 * MAX_DEPTH)));
        // The root mapping counts as a level.
        assert_eq!(item_over(&deep, "criteria", 4), Some((Over::Depth, (1, 3 + MAX_DEPTH))));
        assert_eq!(first_duplicate_key("a:\n  - {b: 1, c: 2, b: 3}\n"), Some((2, 18)));
        assert_eq!(first_duplicate_key("a: {b: 1}\nc: {b: 2}\na: 3\n"), Some((3, 1)));
    }

    #[test]
    fn unplaced_problems_point_at_the_second_document_or_the_first_alias() {
        assert_eq!(unplaced_problem("a: 1\n---\nb: 2\n"), (2, 1));
        assert_eq!(unplaced_problem("a: &x [1]\nb: *x\n"), (2, 4));
        assert_eq!(unplaced_problem("a: 1\n"), (1, 1));
    }
}
