-- Every distinct subject key and value key per relation, with its mentions: the input of
-- variant merging.
SELECT relation, 'subject' AS field, subject_key AS key, count(*) AS mentions
FROM read_parquet($facts_files)
GROUP BY relation, subject_key
UNION ALL
SELECT relation, 'value' AS field, value_key AS key, count(*) AS mentions
FROM read_parquet($facts_files)
GROUP BY relation, value_key;
