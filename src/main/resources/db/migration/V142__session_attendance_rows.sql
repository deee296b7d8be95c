-- Issue 14: attendance marks are rows of their own, with their own version, so marking
-- someone no longer changes the session row: every screen of the room can mark at once.
alter table attendance add column version integer not null default 0;

-- One running session per team, guaranteed by the database: running_team_id holds the team
-- while the session runs and is null otherwise. A unique constraint lets any number of
-- nulls through on both H2 and PostgreSQL, so closed and cancelled sessions never collide.
alter table board_session add column running_team_id bigint;
update board_session set running_team_id = team_id
    where state = 'RUNNING'
      and id = (select max(r.id) from board_session r where r.team_id = board_session.team_id and r.state = 'RUNNING');
update board_session set state = 'CANCELLED', cancel_reason = 'Tweede lopende sessie van dit team'
    where state = 'RUNNING' and running_team_id is null;
alter table board_session add constraint uq_board_session_running unique (running_team_id);
