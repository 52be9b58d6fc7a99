-- Every fact mention, as a view over the facts files (the database does not hold each mention
-- twice), with subject_key and value_key replaced by their merged identity where a spelling
-- variant was merged (see the variants table); subject and value stay as written. A view cannot
-- hold prepared parameters: counting.py writes $facts_files in as a list of quoted string
-- literals (absolute paths of files the scan itself named).
CREATE OR REPLACE VIEW facts AS
SELECT
    f.doc_id,
    f.shard,
    f.relation,
    f.subject,
    f.value,
    coalesce(s.canonical, f.subject_key) AS subject_key,
    coalesce(v.canonical, f.value_key) AS value_key,
    f."start",
    f."end",
    f.context,
    f.context_start
FROM read_parquet($facts_files) AS f
LEFT JOIN variants AS s
    ON s.relation = f.relation AND s.field = 'subject' AND s.variant = f.subject_key
LEFT JOIN variants AS v
    ON v.relation = f.relation AND v.field = 'value' AND v.variant = f.value_key;
