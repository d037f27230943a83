//! A minimal static file server for `dist/` on 127.0.0.1, on a thread per connection, that
//! records every path requested (so tests can see what the app fetched). Its offline switch
//! plays a dead network: while set, every connection is closed without an answer.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

pub struct StaticServer {
    pub url: String,
    /// The folder served.
    pub root: PathBuf,
    pub requests: Arc<Mutex<Vec<String>>>,
    /// While true, connections are closed unanswered (and not logged in `requests`).
    pub offline: Arc<AtomicBool>,
    /// How many connections the offline switch refused.
    pub refused: Arc<AtomicUsize>,
}

impl StaticServer {
    pub fn start(root: PathBuf) -> StaticServer {
        let served = root.clone();
        let listener = TcpListener::bind("127.0.0.1:0").expect("binding a loopback port");
        let url = format!("http://{}", listener.local_addr().expect("local address"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = requests.clone();
        let (offline, refused) = (Arc::new(AtomicBool::new(false)), Arc::new(AtomicUsize::new(0)));
        let (dead, refusals) = (offline.clone(), refused.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                if dead.load(Ordering::SeqCst) {
                    refusals.fetch_add(1, Ordering::SeqCst);
                    drop(stream);
                    continue;
                }
                let (root, log) = (root.clone(), log.clone());
                std::thread::spawn(move || {
                    let mut reader = BufReader::new(&stream);
                    let mut request_line = String::new();
                    if reader.read_line(&mut request_line).is_err() {
                        return;
                    }
                    // Drain the headers; the body of a GET is empty.
                    let mut header = String::new();
                    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
                        header.clear();
                    }
                    let path = request_line
                        .split_whitespace()
                        .nth(1)
                        .unwrap_or("/")
                        .split('?')
                        .next()
                        .unwrap_or("/")
                        .to_owned();
                    log.lock().expect("request log").push(path.clone());
                    let relative =
                        if path == "/" { "index.html".to_owned() } else { path.trim_start_matches('/').to_owned() };
                    let file = root.join(&relative);
                    let inside = !relative.split('/').any(|part| part == "..");
                    let mut stream = &stream;
                    match std::fs::read(&file) {
                        Ok(body) if inside => {
                            let _ = write!(
                                stream,
                                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
                                content_type(&relative),
                                body.len()
                            );
                            let _ = stream.write_all(&body);
                        }
                        _ => {
                            let _ = write!(
                                stream,
                                "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            );
                        }
                    }
                });
            }
        });
        StaticServer { url, root: served, requests, offline, refused }
    }
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript",
        "wasm" => "application/wasm",
        "css" => "text/css",
        "yaml" | "yml" => "application/yaml",
        "ttf" => "font/ttf",
        "json" => "application/json",
        _ => "application/octet-stream",
    }
}
