"""A candidate's application: checking and accepting an upload, the private status link,
and confirming the parsed details."""
