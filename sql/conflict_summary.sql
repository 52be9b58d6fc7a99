-- Per relation: subjects, subjects in conflict, and the mentions and documents of all facts and
-- of the facts whose subject is in conflict.
SELECT
    fc.relation,
    count(DISTINCT fc.subject_key) AS subjects,
    count(DISTINCT c.subject_key) AS conflicted_subjects,
    sum(fc.mentions) AS mentions,
    coalesce(sum(fc.mentions) FILTER (WHERE c.subject_key IS NOT NULL), 0) AS conflicted_mentions
FROM fact_counts AS fc
LEFT JOIN (SELECT DISTINCT relation, subject_key FROM conflicts) AS c
    USING (relation, subject_key)
GROUP BY fc.relation
ORDER BY fc.relation;
