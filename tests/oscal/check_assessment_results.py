"""Checks OSCAL assessment-results JSON files against NIST's OSCAL 1.1.3 assessment-results
model as compliance-trestle ships it (pydantic classes generated from NIST's published JSON
schema: required fields, patterns such as UUIDs, tokens and date-times, no unknown fields).

Usage: python3 tests/oscal/check_assessment_results.py FILE...
Prints one line per file; exits 0 when every file is valid, 1 when one is not, 2 when the
checker cannot run (compliance-trestle missing: scripts/setup installs it).
"""

import json
import sys

try:
    from trestle.oscal import OSCAL_VERSION
    from trestle.oscal.assessment_results import AssessmentResults
except ImportError as error:
    print(f"cannot run: {error} (scripts/setup installs compliance-trestle)")
    sys.exit(2)


def main(paths):
    status = 0
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        try:
            AssessmentResults.parse_obj(document["assessment-results"])
        except (KeyError, ValueError) as error:
            print(f"{path}: INVALID against OSCAL {OSCAL_VERSION} assessment-results: {error}")
            status = 1
            continue
        print(f"{path}: valid OSCAL {OSCAL_VERSION} assessment-results")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
