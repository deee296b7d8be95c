-- Trust (issue 16). The demo school is marked, so its published password works there only.
alter table school add column demo boolean default false not null;

-- A set-password link an admin makes for someone who already has a password waits until
-- that person allows it: an admin never chooses a colleague's password unasked.
alter table set_password_token add column awaits_confirmation boolean default false not null;
