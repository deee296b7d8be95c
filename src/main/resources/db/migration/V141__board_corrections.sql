-- Corrections on the board (issue 14). A deleted card stays as a marked row for a while, so
-- "Ongedaan maken" brings it back with its id and its comments; the board and every report
-- leave marked rows out.
alter table goal add column deleted_at timestamp;
alter table idea add column deleted_at timestamp;
alter table success add column deleted_at timestamp;
alter table board_comment add column deleted_at timestamp;

-- A change line holds a whole card text (up to 2000) plus what happened to it: never cut short.
alter table board_change alter column description set data type varchar(2100);
