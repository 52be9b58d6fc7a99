-- Frequency of frequencies per relation: n_r = how many distinct facts occur exactly r times,
-- with r counted in mentions and, separately, in documents (the two count bases).
CREATE OR REPLACE TABLE freq_of_freq AS
SELECT relation, 'mentions' AS basis, mentions AS r, count(*) AS n_r
FROM fact_counts
GROUP BY relation, mentions
UNION ALL
SELECT relation, 'documents' AS basis, documents AS r, count(*) AS n_r
FROM fact_counts
GROUP BY relation, documents;
