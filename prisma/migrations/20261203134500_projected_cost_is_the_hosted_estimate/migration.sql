-- An episode's projected cost is now the sum of each entry's projection, else its charge (lib/domain/projected-cost.ts):
-- hosted entries count what they cost. Episodes metered before kept only the offline projections.
UPDATE "Episode" e
SET "projectedCost" = coalesce(
  (SELECT sum(coalesce(c."projectedAmount", c.amount)) FROM "CostEntry" c WHERE c."episodeId" = e.id),
  0
);
