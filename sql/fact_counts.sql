-- One row per distinct fact (relation, subject_key, value_key): how many times it is stated
-- (mentions) and in how many distinct documents. Document ids are only unique within a shard.
CREATE OR REPLACE TABLE fact_counts AS
SELECT
    relation,
    subject_key,
    value_key,
    min(subject) AS subject,
    min(value) AS value,
    count(*) AS mentions,
    count(DISTINCT (shard, doc_id)) AS documents
FROM facts
GROUP BY relation, subject_key, value_key;
