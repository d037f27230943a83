#!/usr/bin/env python3
"""Trunk post-build hook: give the built page a strict Content-Security-Policy.

The policy allows only the app's own files ('self'), WebAssembly compilation, and the one
inline module script Trunk writes to start the app, by the SHA-256 of its exact text. No
remote origin appears anywhere, so nothing the page does can reach another machine. Runs
before precache-list.sh (see Trunk.toml), so the offline cache holds the final page.
"""

import base64
import hashlib
import os
import re
import sys

page = os.path.join(os.environ["TRUNK_STAGING_DIR"], "index.html")
with open(page, encoding="utf-8") as f:
    html = f.read()

inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
if len(inline) != 1:
    sys.exit(f"csp.py: expected Trunk's one inline start-up script, found {len(inline)}")
digest = base64.b64encode(hashlib.sha256(inline[0].encode("utf-8")).digest()).decode("ascii")

policy = "; ".join(
    [
        "default-src 'none'",
        f"script-src 'self' 'wasm-unsafe-eval' 'sha256-{digest}'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "object-src 'none'",
    ]
)
meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}" />'
charset = '<meta charset="utf-8" />'
if charset not in html or "Content-Security-Policy" in html:
    sys.exit("csp.py: index.html must have exactly one place for the policy, after <meta charset>")
# Right after the charset, before any script: a policy applies only to what follows it.
html = html.replace(charset, f"{charset}\n    {meta}", 1)
with open(page, "w", encoding="utf-8") as f:
    f.write(html)
print(f"csp.py: policy set, start-up script sha256-{digest}")
