-- A county's survey (issue 14's leftovers): the Arbeidslivssenter adviser sends it to the counsellors, mentors or
-- employers of every office of her county. office_id stays the unit that manages it (hers); county is set for such a
-- survey only, and its results are split per office with complementary suppression.
alter table survey add column county varchar(100);
