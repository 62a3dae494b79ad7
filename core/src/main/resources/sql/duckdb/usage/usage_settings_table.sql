-- The savings assumptions of this report (report --efficiency MIN:MAX).
CREATE OR REPLACE TEMP TABLE usage_settings (
  efficiency_min DOUBLE NOT NULL,   -- tokens an open model uses per task, relative to the closed model
  efficiency_max DOUBLE NOT NULL
);
