-- A forum's details (title, year, its start and end, place, the policies it discusses) change while
-- it is not closed: a date moved, a hall changed, a policy added to its discussion. Replacing the
-- policies it discusses removes rows of forum_policy, which 0033 granted no delete on.
grant delete on forum_policy to jenjang_app;
