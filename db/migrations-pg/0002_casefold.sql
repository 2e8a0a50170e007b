-- casefold(): SQLite's connections register it (db/connection.ts) so a search folds Cyrillic as
-- well as Latin ("иванов" finds "Иванов"); here it is lower() under ICU's root collation, whose
-- case mapping is Unicode's whatever locale the cluster was created with.
CREATE FUNCTION "casefold"(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(value COLLATE "und-x-icu")
$$;
