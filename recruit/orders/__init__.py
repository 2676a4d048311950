"""Job orders: import and editing, matching candidates to them, and submittals with the
candidate's consent. Domain services only; the recruiters' pages are in recruit.orderdesk."""
