-- The groups the report counts origin codes under (report --group), as the engine prepared them: label, code.
SELECT label, code FROM origin_groups ORDER BY label, code;
