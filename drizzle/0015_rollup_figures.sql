-- Roll-ups gained the 'figures' measure (units with key-project figures but no evaluation):
-- forget which years are built, so the next read rebuilds them from the raw tables.
DELETE FROM "tree_years";
