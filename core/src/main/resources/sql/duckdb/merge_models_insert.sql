-- Merge where no staged id has a stored record: the staged winners go in.
INSERT INTO models SELECT * FROM stage_winners;
