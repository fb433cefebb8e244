"""Readers: inputs -> caption text with its context."""
