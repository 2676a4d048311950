"""Operators' tools: migrations, backup, blob garbage collection, health checks."""
