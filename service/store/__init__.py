"""Persistence behind a small interface."""
