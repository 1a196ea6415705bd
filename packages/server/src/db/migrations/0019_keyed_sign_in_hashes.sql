-- Sign-in counters keyed with the server's secret (issue 7, hardening).
--
-- login_failure and login_device held plain SHA-256 hashes of `account:<id>`, `login:<name>`,
-- `address:<ip>` and `device:<token>`. Account ids, a government's logins and IPv4 addresses are
-- few enough to hash them all, so the rows told who failed to sign in and from where. The server
-- now keys these hashes with its secret (HMAC-SHA-256, JENJANG_SECRET or <data>/secret.key), and
-- old rows match no new key. Both tables are short-lived throttle state (failures are forgotten
-- after a day): they are emptied rather than converted. A device that signed in before counts as
-- an unknown one until its next successful sign-in.
truncate login_failure;
truncate login_device;
