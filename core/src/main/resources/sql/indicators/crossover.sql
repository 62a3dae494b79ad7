-- 13. Crossover: for the two leading foundation origins of new derivatives (the most dated derivatives over the
-- whole series, as in new_derivatives_by_month, with its min_downloads), each taken once as leader and once as
-- challenger: the first month from which the challenger's monthly share of new derivatives stays above the
-- leader's for at least 3 consecutive calendar months (a month without any dated derivative breaks a run; a run
-- that starts in the series' first month is a lead held from the start, not a crossover), how many months that
-- run lasted, and both shares in the month before (the latest earlier month with derivatives) and in the
-- crossover month; month NULL when the challenger never overtakes so. Months are numbered year * 12 + month - 1
-- (plain arithmetic, the same in every engine) and formatted at the end.
WITH d AS (
  SELECT year(n.created_at) * 12 + month(n.created_at) - 1 AS mi, r.foundation_origin AS origin,
         sum(r.weight) AS derivatives
  FROM r_roots r
  JOIN r_nodes n ON n.idx = r.node
  CROSS JOIN trend_settings s
  WHERE r.depth > 0 AND n.created_at IS NOT NULL
    AND (s.min_downloads = 0 OR (n.has_record AND n.downloads >= s.min_downloads))
  GROUP BY 1, 2
),
shares AS (
  SELECT mi, origin, derivatives / sum(derivatives) OVER (PARTITION BY mi) AS share FROM d
),
months AS (
  SELECT mi, lag(mi) OVER (ORDER BY mi) AS prev_mi, min(mi) OVER () AS first_mi
  FROM (SELECT DISTINCT mi FROM d) dm
),
ranked AS (
  SELECT origin, row_number() OVER (ORDER BY sum(derivatives) DESC, origin) AS place
  FROM d GROUP BY origin
),
pairs AS (
  SELECT a.origin AS leader, b.origin AS challenger
  FROM ranked a JOIN ranked b ON a.origin <> b.origin
  WHERE a.place <= 2 AND b.place <= 2
),
grid AS (
  SELECT p.leader, p.challenger, mo.mi, mo.prev_mi, mo.first_mi,
         coalesce(l.share, 0) AS leader_share, coalesce(c.share, 0) AS challenger_share
  FROM pairs p
  CROSS JOIN months mo
  LEFT JOIN shares l ON l.mi = mo.mi AND l.origin = p.leader
  LEFT JOIN shares c ON c.mi = mo.mi AND c.origin = p.challenger
),
above AS (            -- consecutive months above share one value of mi - row number (gaps and islands)
  SELECT leader, challenger, mi, prev_mi, first_mi,
         mi - row_number() OVER (PARTITION BY leader, challenger ORDER BY mi) AS island
  FROM grid
  WHERE challenger_share > leader_share
),
runs AS (             -- a run that starts in the series' first month is a lead held from the start
  SELECT leader, challenger, min(mi) AS start_mi, min(prev_mi) AS before_mi, count(*) AS months_above,
         row_number() OVER (PARTITION BY leader, challenger ORDER BY min(mi)) AS nth
  FROM above
  GROUP BY leader, challenger, island
  HAVING count(*) >= 3 AND min(mi) > min(first_mi)
),
firsts AS (SELECT leader, challenger, start_mi, before_mi, months_above FROM runs WHERE nth = 1)
SELECT p.leader, p.challenger,
       CAST(CAST(floor(f.start_mi / 12) AS BIGINT) AS STRING) || '-'
         || lpad(CAST(CAST(f.start_mi - 12 * floor(f.start_mi / 12) + 1 AS BIGINT) AS STRING), 2, '0') AS month,
       coalesce(f.months_above, 0) AS months_above,
       CAST(CAST(floor(f.before_mi / 12) AS BIGINT) AS STRING) || '-'
         || lpad(CAST(CAST(f.before_mi - 12 * floor(f.before_mi / 12) + 1 AS BIGINT) AS STRING), 2, '0')
         AS month_before,
       b.leader_share AS leader_share_before, b.challenger_share AS challenger_share_before,
       g.leader_share AS leader_share_at, g.challenger_share AS challenger_share_at
FROM pairs p
LEFT JOIN firsts f ON f.leader = p.leader AND f.challenger = p.challenger
LEFT JOIN grid g ON g.leader = p.leader AND g.challenger = p.challenger AND g.mi = f.start_mi
LEFT JOIN grid b ON b.leader = p.leader AND b.challenger = p.challenger AND b.mi = f.before_mi
ORDER BY f.start_mi IS NULL, f.start_mi, p.leader;
