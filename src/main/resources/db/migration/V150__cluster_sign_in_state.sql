-- Failed sign-ins per client address, shared by every node: in memory, N nodes would allow
-- N times the limit. One row per address and window; rows of past windows are deleted.
create table login_address_throttle (
    address varchar(64) primary key,
    window_start timestamp not null,
    failures integer not null
);

create index ix_login_address_throttle_window on login_address_throttle (window_start);

-- The key that signs known-device cookies, the same on every node (one row, id 1; the first
-- node that starts writes it). Not used when BORDSPIEGEL_DEVICE_KEY is set.
create table device_key (
    id integer primary key,
    secret varchar(64) not null
);
