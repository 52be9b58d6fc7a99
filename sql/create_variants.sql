-- Every merge of a spelling variant into its canonical key, from the registered Arrow table
-- `merges` (relation, field, variant, canonical, similarity, mentions of the variant).
CREATE OR REPLACE TABLE variants AS
SELECT relation, field, variant, canonical, similarity, mentions
FROM merges;
