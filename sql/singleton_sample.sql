-- A sample of each relation's singletons (facts counted once on the count basis $basis), at
-- most $limit per relation, with the document that states it and the stating text. The sample
-- is fixed by a hash of the fact's keys, so it is the same at every run; a fact stated several
-- times in its one document shows its first statement.
WITH picked AS (
    SELECT relation, subject_key, value_key, subject, value,
        md5(relation || chr(31) || subject_key || chr(31) || value_key) AS draw
    FROM fact_counts
    WHERE (CASE WHEN $basis = 'documents' THEN documents ELSE mentions END) = 1
    QUALIFY row_number() OVER (PARTITION BY relation ORDER BY draw) <= $limit
)
SELECT
    p.relation,
    p.subject,
    p.value,
    f.doc_id,
    f.shard,
    f.context,
    f."start" - f.context_start AS fact_start,
    least(f."end", f."start" + 400, f.context_start + length(f.context)) - f.context_start
        AS fact_end,
    p.draw
FROM picked AS p
JOIN facts AS f USING (relation, subject_key, value_key)
QUALIFY row_number() OVER (
    PARTITION BY p.relation, p.subject_key, p.value_key ORDER BY f.shard, f.doc_id, f."start"
) = 1
ORDER BY p.relation, p.draw;
