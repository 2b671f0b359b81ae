"""The check stage: statements (document -> statements), index (figures a statement may state,
scored), verdict (statement -> assessment)."""
