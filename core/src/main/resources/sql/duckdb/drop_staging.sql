DROP VIEW IF EXISTS temp.main.stage_winners;
DROP TABLE IF EXISTS temp.main.stage_losers;
DROP TABLE IF EXISTS temp.main.stage_models;
DROP TABLE IF EXISTS temp.main.stage_edges;
