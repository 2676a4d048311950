"""Which candidates a recruiter sees, in what order and with what counts: filters, keyset
pages, facet counts and the CSV of a view."""
