"""The DuckDB queries of fact-auditor, one per file; installed as the package ``auditor.sql``."""
