-- The console signs in with the same DB-backed tokens as the API (valid on every node, no sticky sessions), but its
-- tokens slide: each use, and each live alert socket, pushes expires_at to now + idle_seconds, never past
-- max_expires_at. API tokens keep both columns NULL and a fixed expiry.
ALTER TABLE auth_token
  ADD COLUMN idle_seconds   int      DEFAULT NULL COMMENT 'sliding tokens: idle timeout in seconds',
  ADD COLUMN max_expires_at datetime DEFAULT NULL COMMENT 'sliding tokens: never valid after this';
