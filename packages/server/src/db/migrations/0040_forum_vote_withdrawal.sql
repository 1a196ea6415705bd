-- A vote is withdrawn while the forum is open (pressing one's stance again): its row goes, so the
-- counts are of those who hold a stance now. 0033 granted no delete on forum_vote.
grant delete on forum_vote to jenjang_app;
