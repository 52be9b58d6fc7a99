-- The spelling variants merged into the given canonical keys of one relation and field: an
-- answer written as a merged variant is as right as the canonical form.
SELECT canonical, variant
FROM variants
WHERE relation = $relation AND field = $field AND list_contains($keys, canonical)
ORDER BY canonical, variant;
