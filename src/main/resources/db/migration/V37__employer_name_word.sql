-- The employer search's word index (issue 12's speed). A broad word ("tromsø": 33 000 of a million names) or a short
-- prefix ("sk") made the trigram index (V32) hand back every match scattered over the whole heap, which was then read
-- and sorted: 1.2–1.5 s at scale 0.2. Here each word of an employer's search_text is a row of its own, with the sort
-- keys the list needs, so that a term is a range of one btree: for one word, (word, sort_name, employer_id) is already
-- the page's order and the search stops after the page; the sorts by size and municipality read the range's index
-- entries alone (index-only), never the employer heap.
--
-- A word row exists for each distinct word of each employer's search_text (V21's words: lower case, without accents,
-- letters and digits). A term matches an employer when one of its words starts with the term, exactly what
-- "search_text like '% term%'" meant. listed: neither deleted in the register nor missing from it.
create table employer_name_word (
    word                  text collate "C" not null,
    employer_id           bigint           not null,
    sort_name             text             not null,
    employee_count        integer,
    business_municipality varchar(100),
    listed                boolean          not null,
    primary key (employer_id, word)
);

-- Kept by statement-level triggers with transition tables, so the import's upsert of 10 000 rows maintains their
-- words in three set-based statements instead of 10 000 row triggers. No foreign key: its check would be a row trigger
-- per word; the delete trigger removes an employer's words instead. The statements are run with EXECUTE so each is
-- planned for its own transition table's size (a cached plan made for a million rows would scan the word table for
-- one renamed employer, and the other way round).
create function employer_name_word_insert() returns trigger
    language plpgsql as $$
begin
    execute $q$
        insert into employer_name_word (word, employer_id, sort_name, employee_count, business_municipality, listed)
        select distinct w.word, n.id, lower(n.name), n.employee_count, n.business_municipality,
               n.register_deleted_on is null and n.missing_from_register_since is null
        from employer_name_word_new n cross join lateral string_to_table(btrim(n.search_text), ' ') w(word)
        where w.word <> ''$q$;
    return null;
end $$;

-- An update rewrites the words of the employers whose name, sort keys or listing changed; other changes (NAV's
-- fields, the register's address) leave them alone.
create function employer_name_word_update() returns trigger
    language plpgsql as $$
begin
    execute $q$
        delete from employer_name_word w
        using employer_name_word_new n join employer_name_word_old o on o.id = n.id
        where w.employer_id = n.id
          and (n.name, n.employee_count, n.business_municipality,
               n.register_deleted_on is null and n.missing_from_register_since is null)
              is distinct from
              (o.name, o.employee_count, o.business_municipality,
               o.register_deleted_on is null and o.missing_from_register_since is null)$q$;
    execute $q$
        insert into employer_name_word (word, employer_id, sort_name, employee_count, business_municipality, listed)
        select distinct w.word, n.id, lower(n.name), n.employee_count, n.business_municipality,
               n.register_deleted_on is null and n.missing_from_register_since is null
        from employer_name_word_new n join employer_name_word_old o on o.id = n.id
        cross join lateral string_to_table(btrim(n.search_text), ' ') w(word)
        where w.word <> ''
          and (n.name, n.employee_count, n.business_municipality,
               n.register_deleted_on is null and n.missing_from_register_since is null)
              is distinct from
              (o.name, o.employee_count, o.business_municipality,
               o.register_deleted_on is null and o.missing_from_register_since is null)$q$;
    return null;
end $$;

create function employer_name_word_delete() returns trigger
    language plpgsql as $$
begin
    execute 'delete from employer_name_word w using employer_name_word_old o where w.employer_id = o.id';
    return null;
end $$;

create trigger employer_name_word_insert after insert on employer
    referencing new table as employer_name_word_new
    for each statement execute function employer_name_word_insert();
create trigger employer_name_word_update after update on employer
    referencing old table as employer_name_word_old new table as employer_name_word_new
    for each statement execute function employer_name_word_update();
create trigger employer_name_word_delete after delete on employer
    referencing old table as employer_name_word_old
    for each statement execute function employer_name_word_delete();
-- also in session_replication_role = replica, which the benchmark's bulk load uses to skip foreign key checks
alter table employer enable always trigger employer_name_word_insert;
alter table employer enable always trigger employer_name_word_update;
alter table employer enable always trigger employer_name_word_delete;

insert into employer_name_word (word, employer_id, sort_name, employee_count, business_municipality, listed)
select distinct w.word, e.id, lower(e.name), e.employee_count, e.business_municipality,
       e.register_deleted_on is null and e.missing_from_register_since is null
from employer e cross join lateral string_to_table(btrim(e.search_text), ' ') w(word)
where w.word <> '';

create index employer_name_word_order_idx on employer_name_word (word, sort_name, employer_id)
    include (listed, employee_count, business_municipality);
