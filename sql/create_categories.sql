-- The report's per-category results, for dashboards: one row per relation, as in report.json.
CREATE OR REPLACE TABLE categories (
    relation VARCHAR PRIMARY KEY,
    count_basis VARCHAR,
    mentions BIGINT,
    documents BIGINT,
    distinct_facts BIGINT,
    singletons BIGINT,
    doubletons BIGINT,
    singleton_rate DOUBLE,
    singleton_rate_low DOUBLE,
    singleton_rate_high DOUBLE,
    coverage DOUBLE,
    chao1_distinct_facts DOUBLE,
    new_facts_if_doubled DOUBLE,
    theorem_lower_bound DOUBLE,
    hallucination_lower_bound DOUBLE,
    needs_retrieval BOOLEAN
);
