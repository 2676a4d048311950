"""What we know about a candidate and how it changes: the effective profile (parse <
candidate-confirmed < recruiter corrections), its projection for the queue, search,
corrections, duplicates and the recruiter's workflow."""
