-- The most-stated conflicted subjects of each relation (at most $limit per relation), each with
-- every value stated for it; ordered by the subject's mentions, then its key.
WITH ranked AS (
    SELECT
        relation,
        subject_key,
        dense_rank() OVER (
            PARTITION BY relation ORDER BY subject_mentions DESC, subject_key
        ) AS place
    FROM (SELECT DISTINCT relation, subject_key, subject_mentions FROM conflicts)
)
SELECT c.relation, c.subject_key, c.subject, c.value, c.mentions, c.documents, r.place
FROM conflicts AS c
JOIN ranked AS r USING (relation, subject_key)
WHERE r.place <= $limit
ORDER BY c.relation, r.place, c.mentions DESC, c.value_key;
