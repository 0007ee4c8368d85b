-- How many employers the counsellor contacted in Arbeidsgiverkontakt, the chosen one included (BRIEF §3.2, issue 15:
-- «the employers contacted before one was chosen, since the statistics need both»). A count, not the list: the
-- statistics count processes by bands of it; the employers themselves and each approach belong to the employer
-- contact log (`employer_contact`), which holds no candidate data. Null until recorded.
alter table inclusion_process
    add column employers_contacted integer check (employers_contacted between 1 and 500);
