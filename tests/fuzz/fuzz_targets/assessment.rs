//! Fuzz target `assessment`: An assessment file against the bundled criteria: parse, validate, save and re-read.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = certready_fuzz::assessment(data);
});
