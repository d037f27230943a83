//! Fuzz target `verify`: any bytes checked by `certready verify` as a report PDF.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = certready_fuzz::verify(data);
});
