-- Issue 13: one number per school that grows with every change of its board, session or time
-- record (module dataversion). Cached mirrors and nudges are valid only at the number they were
-- computed at, on every node. No foreign key: a school's row is made by its first change.
create table data_version (
    school_id bigint not null primary key,
    version bigint not null
);
