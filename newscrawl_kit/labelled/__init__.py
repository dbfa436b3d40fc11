"""Labelled sets generated from rules (attribution, dedup) and their scoring; measured on, never shipped."""
