-- The training-compute thresholds of open_weight_compute for the report being made (report --thresholds; default
-- 1e23, 1e24, 1e25 (EU AI Act) and 1e26 (US EO 14110) FLOP).
CREATE OR REPLACE TEMP TABLE compute_thresholds (
  threshold DOUBLE NOT NULL,
  label VARCHAR NOT NULL      -- '>=1e25', written by TrendSettings.flop so that every engine says the same
);
