"""Data-only package holding the shipped default model (``zhclean-line.joblib``) and its card."""
