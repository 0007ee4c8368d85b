-- Login hardening (issue 4): OpenID Connect accounts and login throttling shared by all app nodes.

-- The issuer that vouches for an account created at OIDC login; null for local (password) accounts.
-- An OIDC login may only use a row its own issuer created, so it never takes over a local account.
alter table app_user add column oidc_issuer varchar(500);

-- Failed password logins per username and per client address, counted in the database so every node
-- sees the same numbers. The subject is a SHA-256 hash: what was typed as username may be a national id.
create table login_throttle (
    subject_hash        varchar(64)  primary key,
    failures            integer      not null,
    window_started_at   timestamptz  not null,
    locked_until        timestamptz
);
create index login_throttle_window_idx on login_throttle (window_started_at);
