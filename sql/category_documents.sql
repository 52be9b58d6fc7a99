-- Per relation: the number of mentions and of distinct documents that state at least one fact.
-- Document ids are only unique within a shard.
SELECT relation, count(*) AS mentions, count(DISTINCT (shard, doc_id)) AS documents
FROM read_parquet($facts_files)
GROUP BY relation;
