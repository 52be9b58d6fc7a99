-- Conflicts: a subject stated with two or more different values in one relation, after
-- variant merging (two birth dates for one person, two capitals for one country). One row per
-- (relation, subject, value) of a conflicted subject. Relations listed in $multi_valued (a
-- family name has many paper titles) have no conflicts by nature and are left out.
CREATE OR REPLACE TABLE conflicts AS
WITH conflicted AS (
    SELECT
        relation,
        subject_key,
        count(*) AS values_stated,
        sum(mentions) AS subject_mentions
    FROM fact_counts
    WHERE NOT list_contains($multi_valued, relation)
    GROUP BY relation, subject_key
    HAVING count(*) >= 2
)
SELECT
    fc.relation,
    fc.subject_key,
    fc.subject,
    fc.value_key,
    fc.value,
    fc.mentions,
    fc.documents,
    c.values_stated,
    c.subject_mentions
FROM fact_counts AS fc
JOIN conflicted AS c USING (relation, subject_key);
