"""Clinical domain data and rules: vocabularies, regions, compacts and eligibility (pure)."""

from recruit.clinical.eligibility import compact_for, eligible_states

__all__ = ["compact_for", "eligible_states"]
