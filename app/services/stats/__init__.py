"""Statistics of help sessions (figures, breakdowns, series, heat map), read from summary tables in SQL."""
