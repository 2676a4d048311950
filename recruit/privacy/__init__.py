"""Keeping only what we need and handing it back: erasure, retention, data export."""
