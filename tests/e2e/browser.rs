//! Starting chromedriver and a headless Chromium session with a fresh profile and a download
//! folder, and ending both on every path; small waiting helpers.
//!
//! chromedriver runs in a process group of its own, which the Chromium it starts inherits. A
//! test ends its session with [`Session::close`]; a session dropped without it (a failed
//! assertion, an early return) has its whole group killed. Either way the session then checks
//! that no process of its group or its profile is left, and fails the test if one is.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use fantoccini::{elements::Element, Client, ClientBuilder, Locator};

use crate::server::StaticServer;

/// Everything one test needs. End it with [`Session::close`]; dropping it kills what is left.
pub struct Session {
    pub client: Client,
    pub server: StaticServer,
    pub downloads: PathBuf,
    chromedriver: Child,
    _site: Option<TempDir>,
    profile: TempDir,
    _download_dir: TempDir,
}

impl Session {
    /// Ends the WebDriver session (chromedriver quits Chromium), stops chromedriver and checks
    /// that no browser process is left; panics if one is.
    pub async fn close(self) {
        self.client.clone().close().await.expect("ending the WebDriver session");
        let chromedriver = self.chromedriver.id();
        let started = Instant::now();
        loop {
            let browsers: Vec<_> = self.processes().into_iter().filter(|(pid, _)| *pid != chromedriver).collect();
            if browsers.is_empty() {
                break;
            }
            assert!(started.elapsed() < Duration::from_secs(10), "Chromium outlived its closed session: {browsers:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        // Drop stops chromedriver and checks again.
    }

    /// chromedriver's process group, which Chromium inherits.
    pub fn group(&self) -> u32 {
        self.chromedriver.id()
    }

    /// This session's Chromium profile folder.
    pub fn profile(&self) -> &Path {
        &self.profile.0
    }

    /// The processes of this session still running: those of chromedriver's process group and
    /// any whose command line names this session's profile.
    pub fn processes(&self) -> Vec<(u32, String)> {
        browser_processes(self.chromedriver.id(), &self.profile.0)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let group = self.chromedriver.id();
        // The whole group: chromedriver and every Chromium process it started.
        let _ = Command::new("kill").args(["-KILL", "--", &format!("-{group}")]).stderr(Stdio::null()).status();
        let _ = self.chromedriver.wait();
        let started = Instant::now();
        let mut left = self.processes();
        while !left.is_empty() && started.elapsed() < Duration::from_secs(5) {
            for (pid, _) in &left {
                let _ = Command::new("kill").args(["-KILL", &pid.to_string()]).stderr(Stdio::null()).status();
            }
            std::thread::sleep(Duration::from_millis(50));
            left = self.processes();
        }
        if !left.is_empty() && !std::thread::panicking() {
            panic!("browser processes outlived their test: {left:?}");
        }
    }
}

/// The processes (pid, command line) in process group `group` or whose command line names
/// `profile`, read from /proc. Zombies are left out: they are gone but for their exit status.
pub fn browser_processes(group: u32, profile: &Path) -> Vec<(u32, String)> {
    let profile = profile.display().to_string();
    let Ok(entries) = std::fs::read_dir("/proc") else { return Vec::new() };
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(|name| name.parse::<u32>().ok()) else { continue };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else { continue };
        // pid (comm) state ppid pgrp ...: comm may hold spaces, so split after its ')'.
        let fields: Vec<&str> = stat.rsplit_once(')').map_or("", |(_, rest)| rest).split_whitespace().collect();
        if fields.first() == Some(&"Z") {
            continue;
        }
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
        if fields.get(2) == Some(&group.to_string().as_str()) || cmdline.contains(&profile) {
            found.push((pid, cmdline.trim().to_owned()));
        }
    }
    found
}

/// A directory removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    /// `certready-e2e-<process>-<n>-<label>` in the system's temporary folder.
    pub fn new(label: &str) -> TempDir {
        static COUNT: AtomicU32 = AtomicU32::new(0);
        let n = COUNT.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("certready-e2e-{}-{n}-{label}", std::process::id()));
        std::fs::create_dir_all(&path).expect("creating a temporary directory");
        TempDir(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The built app, or why the test cannot run.
fn prerequisites() -> Result<PathBuf, String> {
    let dist = std::env::var_os("CERTREADY_E2E_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("dist"));
    if !dist.join("index.html").is_file() {
        return Err(format!("{} has no index.html: run `trunk build --release` (scripts/test does)", dist.display()));
    }
    for tool in ["/usr/bin/chromium", "/usr/bin/chromedriver"] {
        if !Path::new(tool).exists() {
            return Err(format!("{tool} is missing: run scripts/setup"));
        }
    }
    Ok(dist)
}

/// Starts a session, or returns `None` (after printing why) when prerequisites are missing
/// outside CI. Under CI a missing prerequisite is a failure.
pub async fn start() -> Option<Session> {
    start_serving(|_| None).await
}

/// Like [`start`], but serves a copy of the built app that `change` may edit first, as a scheme
/// owner hosting the app would (e.g. publishing a criteria file).
pub async fn start_with_site(change: impl FnOnce(&Path)) -> Option<Session> {
    start_serving(|dist| {
        let site = TempDir::new("site");
        copy_dir(dist, &site.0);
        change(&site.0);
        Some(site)
    })
    .await
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("creating the site copy");
    for entry in std::fs::read_dir(from).expect("listing dist") {
        let path = entry.expect("entry").path();
        let target = to.join(path.file_name().expect("a file name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copying dist");
        }
    }
}

async fn start_serving(site: impl FnOnce(&Path) -> Option<TempDir>) -> Option<Session> {
    let dist = match prerequisites() {
        Ok(dist) => dist,
        Err(reason) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("end-to-end prerequisites missing under CI: {reason}")
        }
        Err(reason) => {
            eprintln!("SKIPPED end-to-end test: {reason}");
            return None;
        }
    };
    let site = site(&dist);
    let server = StaticServer::start(site.as_ref().map_or(dist, |site| site.0.clone()));
    let port = free_port();
    let chromedriver = Command::new("/usr/bin/chromedriver")
        .arg(format!("--port={port}"))
        // A group of its own, inherited by Chromium: one signal ends them all.
        .process_group(0)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("starting chromedriver");
    let profile = TempDir::new("profile");
    let download_dir = TempDir::new("downloads");
    let capabilities = serde_json::json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000",
                format!("--user-data-dir={}", profile.0.display()),
            ],
            "prefs": {
                "download.default_directory": download_dir.0.display().to_string(),
                "download.prompt_for_download": false,
            },
        },
        // Every network request the page makes, and the console (CSP violations land there).
        "goog:loggingPrefs": { "performance": "ALL", "browser": "ALL" },
    });
    let serde_json::Value::Object(capabilities) = capabilities else { unreachable!("a JSON object literal") };
    let webdriver = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    let client = loop {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector).capabilities(capabilities.clone()).connect(&webdriver).await {
            Ok(client) => break client,
            Err(error) if started.elapsed() < Duration::from_secs(20) => {
                let _ = error;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(error) => panic!("could not start a Chromium session: {error}"),
        }
    };
    let downloads = download_dir.0.clone();
    Some(Session { client, server, downloads, chromedriver, _site: site, profile, _download_dir: download_dir })
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

/// Waits up to 10 s for the element to appear.
pub async fn find(client: &Client, css: &str) -> Element {
    let started = Instant::now();
    loop {
        match client.find(Locator::Css(css)).await {
            Ok(element) => return element,
            Err(_) if started.elapsed() < Duration::from_secs(10) => {
                tokio::time::sleep(Duration::from_millis(50)).await
            }
            Err(error) => panic!("{css} did not appear: {error}"),
        }
    }
}

/// Whether the radio button or checkbox `css` is checked (waiting for it to appear).
pub async fn is_selected(client: &Client, css: &str) -> bool {
    find(client, css).await.is_selected().await.unwrap_or(false)
}

/// Waits up to 10 s until the element's text satisfies `accept`; returns the text.
pub async fn text_until(client: &Client, css: &str, accept: impl Fn(&str) -> bool) -> String {
    let started = Instant::now();
    loop {
        let text = find(client, css).await.text().await.unwrap_or_default();
        if accept(&text) {
            return text;
        }
        if started.elapsed() > Duration::from_secs(10) {
            panic!("{css} still reads {text:?}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits up to 20 s for a completed download named `name`; returns its bytes.
pub async fn downloaded(folder: &Path, name: &str) -> Vec<u8> {
    let path = folder.join(name);
    let started = Instant::now();
    loop {
        // Chromium writes `name.crdownload` first and renames it when complete.
        if let Ok(bytes) = std::fs::read(&path) {
            if !bytes.is_empty() {
                return bytes;
            }
        }
        if started.elapsed() > Duration::from_secs(20) {
            let present: Vec<_> =
                std::fs::read_dir(folder).map(|d| d.flatten().map(|e| e.file_name()).collect()).unwrap_or_default();
            panic!("{name} was not downloaded; the folder holds {present:?}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// From the home page: starts a new assessment of questionnaire `id` for `facility` and waits
/// for the walk-through; returns the assessment's local id (from the address).
pub async fn new_assessment(client: &Client, id: &str, facility: &str) -> String {
    find(client, &format!("#open-{id}")).await.click().await.expect("new assessment");
    find(client, "#new-facility").await.send_keys(facility).await.expect("typing the facility");
    find(client, "#create-assessment").await.click().await.expect("creating it");
    find(client, "#verdict").await;
    let url = client.current_url().await.expect("the address");
    let fragment = url.fragment().unwrap_or_default().to_owned();
    fragment.strip_prefix("assessment/").unwrap_or_else(|| panic!("the address names the assessment: {url}")).to_owned()
}

/// The id of the element that has the keyboard focus.
pub async fn focused_id(client: &Client) -> String {
    let value = client.execute("return document.activeElement ? document.activeElement.id : ''", vec![]).await;
    value.ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// Presses and releases one key (e.g. '\u{E004}', Tab) wherever the focus is, as a person at
/// the keyboard would: no element is targeted.
pub async fn press(client: &Client, key: char) {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let actions =
        KeyActions::new("keyboard".to_owned()).then(KeyAction::Down { value: key }).then(KeyAction::Up { value: key });
    client.perform_actions(actions).await.expect("pressing a key");
}

/// Runs a script in the page and returns its value.
pub async fn script(client: &Client, source: &str) -> serde_json::Value {
    client.execute(source, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}\n{source}"))
}

/// A ChromeDriver command beyond the W3C set: `POST <session>/<path>` with a JSON body.
#[derive(Debug)]
struct ChromeCommand {
    path: &'static str,
    body: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for ChromeCommand {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/{}", session.unwrap_or_default(), self.path))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

/// Runs a Chrome DevTools Protocol command in the page (e.g. `Page.crash`).
pub async fn devtools(client: &Client, command: &str, params: serde_json::Value) -> Result<serde_json::Value, String> {
    let body = serde_json::json!({ "cmd": command, "params": params });
    client.issue_cmd(ChromeCommand { path: "goog/cdp/execute", body }).await.map_err(|e| e.to_string())
}

/// The entries of a Chromium log (`performance` or `browser`) since the last call, each the
/// entry's `message` text.
pub async fn log_entries(client: &Client, log: &str) -> Vec<String> {
    let body = serde_json::json!({ "type": log });
    let entries = client.issue_cmd(ChromeCommand { path: "se/log", body }).await.expect("reading a Chromium log");
    let entries = entries.as_array().cloned().unwrap_or_default();
    entries.iter().filter_map(|e| e["message"].as_str().map(str::to_owned)).collect()
}

/// One network request of the browser, from its own log.
#[derive(Debug)]
pub struct Request {
    pub url: String,
    /// Why the browser stopped it before it left (e.g. `csp`), if it did.
    pub blocked: Option<String>,
}

/// Every request the browser sent or stopped since the last call, in order, from Chromium's
/// own network log: nothing a page does escapes it.
pub async fn requests(client: &Client) -> Vec<Request> {
    let mut requests: Vec<(String, Request)> = Vec::new();
    for message in log_entries(client, "performance").await {
        let Ok(entry) = serde_json::from_str::<serde_json::Value>(&message) else { continue };
        let (method, params) = (&entry["message"]["method"], &entry["message"]["params"]);
        let id = params["requestId"].as_str().unwrap_or_default().to_owned();
        if method == "Network.requestWillBeSent" {
            let url = params["request"]["url"].as_str().unwrap_or_default().to_owned();
            requests.push((id, Request { url, blocked: None }));
        } else if method == "Network.loadingFailed" {
            if let (Some(reason), Some((_, request))) =
                (params["blockedReason"].as_str(), requests.iter_mut().rev().find(|(i, _)| *i == id))
            {
                request.blocked = Some(reason.to_owned());
            }
        }
    }
    requests.into_iter().map(|(_, request)| request).collect()
}

/// Saves a screenshot as `name` when CERTREADY_E2E_SCREENSHOTS names a folder.
pub async fn screenshot(client: &Client, name: &str) {
    if let Some(dir) = std::env::var_os("CERTREADY_E2E_SCREENSHOTS") {
        let png = client.screenshot().await.expect("screenshot");
        std::fs::write(Path::new(&dir).join(name), png).expect("writing the screenshot");
    }
}

/// The bundled default questionnaire, as the app reads it.
pub fn bundled() -> certready::model::Questionnaire {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/postal-security.yaml");
    certready::model::parse_questionnaire(&std::fs::read(path).expect("bundled questionnaire")).0.expect("valid")
}
