-- The most-stated facts of each relation on the count basis $basis (mentions or documents):
-- at most $limit per relation, ties broken by key so the list is stable.
SELECT relation, subject, value, mentions, documents
FROM fact_counts
QUALIFY row_number() OVER (
    PARTITION BY relation
    ORDER BY (CASE WHEN $basis = 'documents' THEN documents ELSE mentions END) DESC,
        subject_key, value_key
) <= $limit
ORDER BY relation, (CASE WHEN $basis = 'documents' THEN documents ELSE mentions END) DESC,
    subject_key, value_key;
