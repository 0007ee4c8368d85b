-- The language a person reads the pages in (BCP 47 tag: nb, en), chosen by the candidate on her own pages and
-- kept on the account so that it holds on every device and in every session. Staff pages stay bokmål; the app
-- accepts only the languages it has message bundles for (no.treklover.language.Languages), so a new language is a
-- translation away and needs no migration.
alter table app_user add column language varchar(20) not null default 'nb'
    check (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');
