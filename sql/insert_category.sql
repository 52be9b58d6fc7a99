INSERT INTO categories VALUES (
    $relation, $count_basis, $mentions, $documents, $distinct_facts, $singletons, $doubletons,
    $singleton_rate, $hallucination_lower_bound, $needs_retrieval
);
