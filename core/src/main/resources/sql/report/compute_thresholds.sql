-- The training-compute thresholds of open_weight_compute the engine prepared (report --thresholds), in FLOP.
SELECT threshold FROM compute_thresholds ORDER BY threshold;
