-- One row per scan or report rebuild into this OUT, kept across runs (a dashboard's history).
-- JSON columns hold JSON text.
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY,
    command VARCHAR,
    tool_version VARCHAR,
    started TIMESTAMPTZ,
    finished TIMESTAMPTZ,
    inputs VARCHAR,
    config_hash VARCHAR,
    configuration VARCHAR,
    shards BIGINT,
    documents BIGINT,
    facts BIGINT,
    skipped VARCHAR,
    facts_files VARCHAR,
    ignored_files BIGINT
);
