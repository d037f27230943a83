//! Fuzz target `scoring`: A valid assessment scored, explained and turned into report data, CSV and JSON.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = certready_fuzz::scoring(data);
});
