INSERT INTO categories VALUES (
    $relation, $count_basis, $mentions, $documents, $distinct_facts, $singletons, $doubletons,
    $singleton_rate, $singleton_rate_low, $singleton_rate_high, $coverage,
    $chao1_distinct_facts, $new_facts_if_doubled, $theorem_lower_bound,
    $hallucination_lower_bound, $needs_retrieval
);
