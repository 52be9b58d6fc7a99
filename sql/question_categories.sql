-- What `auditor questions` needs of each category: its count basis and singleton rate with the
-- interval (the predicted floor an evaluation is compared with).
SELECT relation, count_basis, mentions, documents, distinct_facts, singleton_rate,
    singleton_rate_low, singleton_rate_high
FROM categories
ORDER BY relation;
