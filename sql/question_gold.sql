-- Every fact of one relation whose subject key (or, with $by = 'value', value key) is among
-- $keys: the answers the corpus states to the questions about those subjects (values).
SELECT relation, subject_key, value_key, subject, value, mentions, documents
FROM fact_counts
WHERE relation = $relation
    AND list_contains($keys, CASE WHEN $by = 'value' THEN value_key ELSE subject_key END)
ORDER BY subject_key, value_key;
