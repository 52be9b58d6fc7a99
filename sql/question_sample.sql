-- A stratified sample of facts for `auditor questions`: per relation and count bucket (the
-- fact's count on the scan's basis: 1, 2-3, 4-10, 11-100, >100), up to $per_bucket facts, drawn
-- in the order of md5(seed, keys): a seeded shuffle that does not depend on how rows are stored.
-- Each row carries its bucket's and its relation's totals, for weighting buckets as the corpus does.
WITH counted AS (
    SELECT
        relation, subject_key, value_key, subject, value, mentions, documents,
        CASE WHEN $basis = 'documents' THEN documents ELSE mentions END AS n
    FROM fact_counts
    WHERE list_contains($relations, relation)
),
bucketed AS (
    SELECT
        *,
        CASE
            WHEN n <= 1 THEN '1'
            WHEN n <= 3 THEN '2-3'
            WHEN n <= 10 THEN '4-10'
            WHEN n <= 100 THEN '11-100'
            ELSE '>100'
        END AS bucket
    FROM counted
),
ranked AS (
    SELECT
        *,
        row_number() OVER (
            PARTITION BY relation, bucket
            ORDER BY md5(concat_ws(chr(31), $seed, relation, subject_key, value_key))
        ) AS draw,
        count(*) OVER (PARTITION BY relation, bucket) AS bucket_facts,
        sum(n) OVER (PARTITION BY relation, bucket) AS bucket_count,
        sum(n) OVER (PARTITION BY relation) AS relation_count
    FROM bucketed
)
SELECT
    relation, subject_key, value_key, subject, value, mentions, documents, n, bucket,
    bucket_facts, bucket_count, relation_count
FROM ranked
WHERE draw <= $per_bucket
ORDER BY relation, bucket, draw;
