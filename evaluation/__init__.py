"""Evaluation harness for claim-compare: `python -m evaluation` (alignment and divergence figures) and
`python -m evaluation.calibrate` (fit models/alignment.json). See evaluation/README.md."""
