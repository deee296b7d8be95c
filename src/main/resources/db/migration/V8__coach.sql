-- The day an improvement action was done (or dropped): the coach overview's "days to close".
-- The board sets it when an action's status becomes DONE or DROPPED and clears it when the
-- action is reopened. Null for actions closed before this column existed, and for imported
-- histories (school-history/1 has no such date): those do not count in the median.
alter table improvement_action add column closed_on date;
