"""Rule families, one module each; modules register their rules on import."""
