-- Merge where no staged id has a stored record: the staged winners go in.
INSERT INTO models BY NAME SELECT * FROM stage_winners;
