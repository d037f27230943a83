//! The PDF worker's entry, built by Trunk as a Web Worker (`data-type="worker"` in
//! index.html): everything is in `certready::worker::engine`.

fn main() {
    certready::worker::engine::start();
}
