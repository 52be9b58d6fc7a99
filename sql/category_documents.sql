-- Per relation: the number of mentions, of distinct documents that state at least one fact,
-- and of spelling variants merged. Document ids are only unique within a shard.
SELECT
    f.relation,
    count(*) AS mentions,
    count(DISTINCT (f.shard, f.doc_id)) AS documents,
    (SELECT count(*) FROM variants AS v WHERE v.relation = f.relation) AS merged_variants
FROM facts AS f
GROUP BY f.relation;
