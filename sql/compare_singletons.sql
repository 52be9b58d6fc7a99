-- Facts whose singleton status differs between two audits attached as `a` and `b`, on the count
-- basis $basis: r_a and r_b are the fact's counts (0 where the audit does not have the fact).
-- A fact is matched by (relation, subject_key, value_key), each audit's merged keys.
WITH
a AS (
    SELECT relation, subject_key, value_key, subject, value,
        CASE WHEN $basis = 'documents' THEN documents ELSE mentions END AS r
    FROM a.fact_counts
),
b AS (
    SELECT relation, subject_key, value_key, subject, value,
        CASE WHEN $basis = 'documents' THEN documents ELSE mentions END AS r
    FROM b.fact_counts
)
SELECT
    coalesce(b.relation, a.relation) AS relation,
    coalesce(b.subject, a.subject) AS subject,
    coalesce(b.value, a.value) AS value,
    coalesce(a.r, 0) AS r_a,
    coalesce(b.r, 0) AS r_b
FROM a
FULL OUTER JOIN b USING (relation, subject_key, value_key)
WHERE (coalesce(a.r, 0) = 1) <> (coalesce(b.r, 0) = 1)
ORDER BY relation, md5(coalesce(b.subject_key, a.subject_key) || chr(31)
    || coalesce(b.value_key, a.value_key));
