-- The frequency of frequencies of one count basis, for the statistics module.
SELECT relation, r, n_r
FROM freq_of_freq
WHERE basis = $basis
ORDER BY relation, r;
